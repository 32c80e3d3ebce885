"""The safeguards' lead and the close name the year's tasks all together or not at all (issue 13, reading 39:
「XX这样的任务能不能见效，关键看落实」 picked one task of five, 「X是补短板的关键，要定下时间表、路线图」 one item of
several, each in six drafts of different kinds and years); 补短板 is not a 2012 speech's word."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

_ITEMS = {
    "医改": ["推进紧密型县域医共体建设", "做实家庭医生签约服务"],
    "公共卫生": ["完善传染病监测预警体系", "提高适龄儿童免疫规划疫苗接种率"],
    "基层卫生": ["完成村卫生室标准化建设", "加强乡村医生队伍建设"],
    "妇幼健康": ["保障母婴安全", "加强出生缺陷防治"],
    "人才队伍": ["实施卫生人才引育工程"],
}


def _brief(year: int, topics: list[str]) -> Brief:
    return Brief.model_validate({
        "year": year, "region": {"name": "石门县", "level": "县"}, "length": 6000,
        "speaker": {"name": "张明", "title": "副县长"},
        "problems": ["基层医疗服务能力仍然薄弱", "公共卫生应急能力不足", "卫生人才引不进、留不住"],
        "priorities": [{"topic": t, "items": _ITEMS[t]} for t in topics]})


def _ending(text: str) -> str:
    return "".join(re.split(r"\n　　[一二三四五六七]、", text)[3:])


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("year", [2012, 2021, 2025])
def test_no_single_task_stands_for_the_whole_set(real, year, seed):
    text = render_text(compose(_brief(year, list(_ITEMS)), real.bank, real.templates, seed=seed), "txt")
    ending = _ending(text)
    assert "这样的任务" not in ending
    # five tasks: the lead does not name two of them and an 等 for the rest
    assert "等各项任务" not in ending, ending
    if year < 2016:
        assert "补短板" not in ending


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_tasks_may_be_named_together(real, seed):
    text = render_text(compose(_brief(2024, ["医改", "公共卫生", "基层卫生"]), real.bank, real.templates, seed=seed),
                       "txt")
    ending = _ending(text)
    assert "这样的任务" not in ending
    lead = re.search(r"\n　　四、[^\n]*\n　　([^。\n]*。)", text)
    assert lead
    named = [w for w in ("医共体", "传染病监测预警体系", "村卫生室标准化建设") if w in lead.group(1)]
    assert len(named) in (0, 3), lead.group(1)
