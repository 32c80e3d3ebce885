"""A standing item's heading is dated after it is worded for the place (Picker._standing_items): a county's 医联体 is
its 医共体, a word of later years than 2013, so that heading is not said in 2013 and the numbering stays whole (the
twenty-third reading: 推进医共体建设 dropped by finish, its measures left unnumbered between 三是 and 五是)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

ORDINALS = "一二三四五六七八九十"


def _reform_meeting_2013() -> Brief:
    return Brief.model_validate({
        "kind": "special_topic", "year": 2013, "region": {"name": "安远县"}, "date": "2013-04-16",
        "meeting": "2013年全县深化医药卫生体制改革工作会议",
        "speaker": {"name": "唐建", "title": "副县长"},
        "achievements": [{"topic": "医改", "metrics": [{"name": "新农合参合率", "value": 98.2, "unit": "%"}]}],
        "problems": ["县级公立医院补偿机制尚未建立", "乡村医生养老保障问题突出"],
        "priorities": [{"topic": "医改", "items": ["推进县级公立医院综合改革试点", "巩固基本药物制度", "提高新农合筹资水平"]}]})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_county_alliance_is_not_a_2013_heading_and_the_numbering_stays_whole(real, seed):
    text = render_text(compose(_reform_meeting_2013(), real.bank, real.templates, seed=seed), "txt")
    assert "医共体" not in text
    tasks = text[text.index("\n　　二、"):text.index("\n　　三、")]
    for sub in re.split(r"\n　　（[一二三四五六七八九十]+）", tasks)[1:]:
        said = re.findall(r"(?:^|。|\n　　)([一二三四五六七八九十]+)是", sub)
        assert said == list(ORDINALS[:len(said)]), said
        # after the first numbered item, an unnumbered paragraph only as the one continuation of the item before it
        paragraphs = [p for p in sub.split("\n") if p.strip()]
        first = next((i for i, p in enumerate(paragraphs) if re.search(r"(^|。|　)一是", p)), None)
        run = 0
        for p in paragraphs[first + 1:] if first is not None else []:
            run = 0 if re.match(r"\s*[一二三四五六七八九十]+是", p) else run + 1
            assert run <= 1, p
