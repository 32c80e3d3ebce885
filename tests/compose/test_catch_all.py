"""The task part follows the brief (plan25; reading 46's first ask): the brief's priorities each a block, the level's
standing areas one catch-all block after them, each a numbered item of it; the lead counts the blocks there are."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.standing import CATCH_ALL_HEADINGS
from jianggao.writers import render_text

BENCH = Path(__file__).resolve().parents[2] / "bench" / "briefs"
SECTION = re.compile(r"^　　（([一二三四五六七八九十]+)）([^。]+)")


def _task_part(text: str) -> list[str]:
    start = text.index("\n　　三、")
    end = text.index("\n　　四、", start) if "\n　　四、" in text[start:] else len(text)
    return text[start:end].split("\n")


@pytest.mark.parametrize(("name", "seed"), [("b01_annual_2012_county_rich", 1), ("b05_annual_2018_county_rich", 2),
                                            ("b04_work_report_2017_district_rich", 1)])
def test_standing_areas_are_one_block_after_the_brief_s_own(real, name, seed):
    brief = load_brief(BENCH / f"{name}.yaml")
    lines = _task_part(render_text(compose(brief, real.bank, real.templates, seed=seed), "txt"))
    heads = [m.group(2) for line in lines if (m := SECTION.match(line))]
    catch = [i for i, h in enumerate(heads) if h in CATCH_ALL_HEADINGS]
    assert len(catch) == 1, heads
    # the brief's priorities first, each a block; after the catch-all at most Party building
    assert catch[0] >= len(brief.priorities)
    assert len(heads) - catch[0] - 1 <= 1 and all("党" in h for h in heads[catch[0] + 1:]), heads
    # its items run 一是, 二是 … and the part's lead counts the blocks (N个方面) as there are
    at = next(i for i, line in enumerate(lines) if SECTION.match(line) and SECTION.match(line).group(2) in CATCH_ALL_HEADINGS)
    ordinals = [m.group(1) for line in lines[at + 1:] if (m := re.match(r"^　　([一二三四五六七八九十])是", line))]
    assert len(ordinals) >= 2 and ordinals == list("一二三四五六七八九十"[:len(ordinals)])
    counted = [m.group(1) for line in lines[:at] for m in re.finditer(r"([一二两三四五六七八九十])个方面", line)]
    assert all(c in ("两" if len(heads) == 2 else "一二三四五六七八九十"[len(heads) - 1]) for c in counted), (counted, heads)


def test_a_thin_brief_s_speech_with_no_priority_keeps_its_areas_as_blocks(real):
    # (every area is a standing one: there is no brief's own block for a catch-all to follow)
    brief = load_brief(BENCH / "b02_annual_2014_district_thin.yaml")
    # (b02 is the bench's brief with no priority: a skip here would hide a changed bench brief, so it is asserted)
    assert not brief.priorities
    text = render_text(compose(brief, real.bank, real.templates, seed=1), "txt")
    assert not any(h in text for h in CATCH_ALL_HEADINGS)


def test_a_safeguards_heading_claims_only_the_items_the_part_has():
    from jianggao.compose.plan import safeguards_backed
    four = ("leadership", "coordination", "funding", "supervision")
    # (reading 46's r1: 改进作风 over 领导, 合力, 投入 and 督导)
    assert not safeguards_backed("加强领导，改进作风，以钉钉子精神抓好工作落实", four)
    assert safeguards_backed("强化保障，狠抓落实，确保各项目标任务圆满完成", four)
    assert safeguards_backed("加强领导，落实责任，努力开创卫生健康工作新局面", four)
    assert safeguards_backed("加强领导，改进作风，以钉钉子精神抓好工作落实", (*four, "style"))


def test_a_special_meeting_adds_no_facet_on_a_brief_item_s_subject(real, tmp_path):
    # (reading 46's r4: （三）抓好重点传染病防控 beside the brief's item 加强传染病监测预警 under （一）)
    path = tmp_path / "r4.yaml"
    path.write_text("""
kind: special_topic
year: 2026
region: {name: 青禾县}
meeting: 2026年全县疾病预防控制工作会议
speaker: {name: 宋立群, title: 副县长}
date: 2026-03-24
length: 3500
achievements:
  - topic: 疾病预防控制
    metrics:
      - {name: 肺结核患者成功治疗率, value: 93.5, unit: "%"}
problems: [医防协同机制不够顺畅]
priorities:
  - topic: 疾病预防控制
    items: [健全医防协同机制, 加强传染病监测预警]
  - topic: 卫生应急
    items: [提升突发公共卫生事件处置能力]
""", encoding="utf-8")
    brief = load_brief(path)
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        heads = [m.group(2) for line in text.split("\n") if (m := SECTION.match(line))]
        assert not any("传染病防控" in h for h in heads), heads


@pytest.mark.parametrize("n", range(1, 20))
def test_a_catch_all_item_is_one_paragraph_and_one_continuation_neither_a_heap(n):
    """A speech short of its floor keeps a whole standing area in the catch-all (b05's 人口家庭: fourteen sentences at
    seed 1, said five and then nine, test_serve's heap): standing._split_at puts the second paragraph on a line that
    stands, and neither paragraph reaches finish.HEAP_LEAST with the item's heading clause counted."""
    from jianggao.compose.finish import HEAP_LEAST
    from jianggao.compose.needs import needs_of
    from jianggao.compose.standing import ITEM_MOST, _split_at

    kept = [f"第{k}项措施要落实到位。" if k % 3 else f"同时要把第{k}项工作抓实。" for k in range(n)][:2 * (HEAP_LEAST - 1) - 1]
    cut = _split_at(kept)
    first, second = kept[:cut], kept[cut:]
    assert len(first) + 1 < HEAP_LEAST and len(second) < HEAP_LEAST, (n, cut)
    assert len(second) != 1
    if second:
        assert len(first) >= 2 and not needs_of(second[0]) & {"antecedent", "follows"}, (n, cut)
    if n <= ITEM_MOST + 1:
        assert not second
