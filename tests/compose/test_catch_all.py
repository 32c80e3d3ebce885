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
    if brief.priorities:
        pytest.skip("b02 gives priorities")
    text = render_text(compose(brief, real.bank, real.templates, seed=1), "txt")
    assert not any(h in text for h in CATCH_ALL_HEADINGS)
