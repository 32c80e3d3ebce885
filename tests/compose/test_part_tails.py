"""No two part headings end on one clause (the wizard in tmux, session 31: 三、强化措施，凝心聚力，努力开创卫生健康工作新局面
then 四、加强领导，落实责任，努力开创卫生健康工作新局面)."""
from __future__ import annotations

import pytest

from jianggao.compose.core import _new_tail, _tail, compose
from jianggao.model.brief import Brief
from jianggao.render import load_resources
from jianggao.writers.text import render_text


def test_a_tail_said_is_no_fit_and_the_part_s_own_fit_still_holds():
    fits = _new_tail({"努力开创卫生健康工作新局面"}, lambda t: "落实" in t)
    assert not fits("加强领导，落实责任，努力开创卫生健康工作新局面")
    assert fits("强化保障，狠抓落实，确保各项目标任务圆满完成")
    assert not fits("强化保障，确保各项目标任务圆满完成")
    assert _tail("加强领导‖强化领导，落实责任") == "加强领导"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_wizards_thin_brief_ends_each_part_heading_its_own_way(seed):
    brief = Brief.model_validate({"kind": "annual_conference", "year": 2019, "region": {"name": "临川县"},
                                  "speaker": {"on_behalf_of": "县委、县政府"}, "length": 5000, "seed": seed,
                                  "problems": ["卫生投入不足，历史欠账较多", "分级诊疗推进缓慢，县域内就诊率不高"],
                                  "priorities": [{"topic": "基层卫生"}]})
    r = load_resources()
    text = render_text(compose(brief, r.bank, r.templates), "txt")
    tails = [line.rsplit("，", 1)[-1] for line in text.splitlines() if line.strip()[1:2] == "、"]
    assert len(tails) >= 3 and len(set(tails)) == len(tails), tails
