"""Structure within a part (compose.within, struct30): a subsection's lead naming one item's object is said in that
item; a safeguards preview promises only what its headings say; one test says a reworded sentence is left a bare
headline (compose.paragraph.leaves_bare) for every pass that thins words."""
from __future__ import annotations

import re
import sys

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import paragraph as shape
from jianggao.compose import within
from jianggao.compose.core import compose
from jianggao.model.speech import Heading, Paragraph

sys.path.insert(0, str(REPO / "bench"))
import bench_structure  # noqa: E402

_HEADS = ("加强出生缺陷防治", "加强产科儿科服务能力", "保障母婴安全")


def _tasks(lead: list[str], heading: str = "守护妇女儿童健康") -> tuple[list[list[list[str]]], list[list]]:
    """An opening and a tasks part: one subsection with ``lead`` under its heading and three numbered items."""
    items = [[f"{n}是{h}。", body] for n, h, body in zip("一二三", _HEADS, (
        "产前筛查和新生儿疾病筛查要做到应筛尽筛，阳性病例要及时诊断和干预。",
        "要加强产科质量控制，定期开展助产机构产科质量检查，发现问题限期整改。",
        "艾滋病、梅毒和乙肝母婴阻断要从孕早期抓起，检测要覆盖全部孕产妇。"), strict=True)]
    shell = [Heading(1, "三、", "重点任务", ""), Heading(2, "（六）", heading, "".join(lead)),
             *(Paragraph("".join(it)) for it in items)]
    return [[["同志们："]], [[], list(lead), *items]], [[Paragraph("同志们：")], shell]


def test_a_lead_on_one_items_object_is_said_in_that_item_after_its_head():
    lead = ["母婴安全是妇幼健康工作的底线，危重孕产妇和新生儿救治的各项保障措施必须落实到位。"]
    parts, shells = _tasks(lead)
    moved = within.leads_to_items(parts, shells, ["opening", "tasks"])
    assert moved == [(lead[0], "保障母婴安全")]
    assert parts[1][1] == []
    assert parts[1][4][:2] == ["三是保障母婴安全。", lead[0]]
    # nothing else moved or lost
    assert parts[1][2][0].startswith("一是") and parts[1][3][0].startswith("二是")


@pytest.mark.parametrize("lead", [
    ["今年要重点抓好以下几项工作。"],                                                     # frames the list
    ["妇女儿童健康是全民健康的基础，要把妇女儿童健康放在优先位置。"],                      # the heading's own work
    ["母婴安全是妇幼健康工作的底线。", "这条底线任何时候都不能突破。"],                      # leant on by the next
])
def test_a_lead_framing_the_list_on_the_headings_own_work_or_leant_on_stays(lead):
    parts, shells = _tasks(lead)
    within.leads_to_items(parts, shells, ["opening", "tasks"])
    assert parts[1][1] == lead


def test_a_lead_outside_the_tasks_part_stays():
    lead = ["母婴安全是妇幼健康工作的底线，危重孕产妇和新生儿救治的各项保障措施必须落实到位。"]
    parts, shells = _tasks(lead)
    assert within.leads_to_items(parts, shells, ["opening", "review"]) == []
    assert parts[1][1] == lead


def test_a_head_run_on_with_its_first_measure_takes_the_lead_inside_that_piece():
    para = ["三是保障母婴安全。艾滋病母婴阻断要从孕早期抓起。"]
    within._after_head(para, "甲。", [])
    within._after_head(para, "乙。", ["甲。"])
    assert para == ["三是保障母婴安全。甲。乙。艾滋病母婴阻断要从孕早期抓起。"]


def test_one_test_says_a_reworded_sentence_is_left_a_bare_headline():
    # (turns' adverbs, finish's modal openers: 要推进医联体建设。 without its 要 reads as a heading in a paragraph)
    assert shape.leaves_bare("要纵深推进医药领域腐败问题集中整治工作。", "推进医药领域腐败问题集中整治。")
    assert shape.bare_headline("要推进医联体建设。")
    assert not shape.leaves_bare("推进医联体建设。", "推进医联体建设。")      # bare already: not made so
    assert not shape.bare_headline("县域内就诊率要提高到93%。")            # a figure is no heading's words
    assert not shape.leaves_bare("各医疗机构要切实加强院感防控，落实消毒隔离制度。", "各医疗机构要加强院感防控，落实消毒隔离制度。")


def _text(speech) -> str:
    return "同志们：\n" + "\n".join("　　" + ((b.number + b.text + ("。" if b.body and not b.text.endswith("。") else "")
                                             + b.body) if hasattr(b, "number") else b.text) for b in speech.blocks)


# Drafts whose safeguards preview named a heading the part lacked before struct30 (关键在责任、在督查、在保障 over 责任 /
# 协作 / 投入, over 责任 / 督导 / 作风, over 责任 / 协同 / 考核 / 宣传), and two whose lead stood above the item it names.
@pytest.mark.parametrize(("name", "seed"), [("b02_annual_2014_district_thin", 3), ("b06_midyear_2019_county", 3),
                                            ("b08_special_2021_jikong_city_rich", 1),
                                            ("b15_midyear_2024_district_thin", 1)])
def test_a_whole_speech_previews_only_its_headings_and_says_leads_in_their_items(real, name, seed):
    path = REPO / "bench" / "briefs" / f"{name}.yaml"
    text = _text(compose(load_brief(path), real.bank, real.templates, seed=seed))
    kind = bench_structure.kind_of(name)
    hits = bench_structure.measure(text, kind)
    assert hits["preview_miss"] == [], hits["preview_miss"]
    assert hits["no_safeguards"] == [], hits["no_safeguards"]
    # the subsection's lead on 母婴安全 is said under 三是保障母婴安全, not above 一是
    assert not re.search(r"（[一二三四五六七八九十]+）[^。]*。母婴安全是", text)
