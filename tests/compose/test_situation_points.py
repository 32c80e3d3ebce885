"""Every situation point leads to a task of the speech (the twenty-second reading: 全面两孩…保障母婴安全的任务更加艰巨
raised in a speech with no 妇幼 task; 巩固拓展健康扶贫成果同乡村振兴有效衔接…政治责任 in a report with no 健康扶贫 task)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose, plan_of
from jianggao.compose.plan import leads_to_task
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

_PART = re.compile(r"^[一二三四五六七八九十]、")


def _part(text: str, head: str) -> str:
    lines = [x.strip() for x in text.splitlines()]
    start = next(i for i, x in enumerate(lines) if x.startswith(head))
    end = next((i for i in range(start + 1, len(lines)) if _PART.match(lines[i])), len(lines))
    return "".join(lines[start + 1:end])


def _city_2018() -> Brief:
    # 妇幼 is reviewed (婴儿死亡率), not tasked: its landmark (全面两孩…母婴安全) is no point of this speech's situation
    return Brief.model_validate({
        "kind": "annual_conference", "year": 2018, "date": "2018-03-02", "region": {"name": "东阳市"},
        "speaker": {"name": "刘振华", "title": "副市长"},
        "achievements": [
            {"topic": "医改", "metrics": [{"name": "城市公立医院药占比", "value": 29.8, "unit": "%"}]},
            {"topic": "妇幼健康", "metrics": [{"name": "婴儿死亡率", "value": 3.9, "unit": "‰"}]},
        ],
        "priorities": [{"topic": "医改", "items": ["推进医疗联合体建设"]},
                       {"topic": "人才队伍", "items": ["加强紧缺专业人才培养"]}],
    })


def _county_report_2022() -> Brief:
    return Brief.model_validate({
        "kind": "work_report", "year": 2022, "date": "2022-02-18", "region": {"name": "青山县"},
        "speaker": {"name": "王立", "title": "县卫生健康局局长"},
        "priorities": [{"topic": "公共卫生", "items": ["做好常态化疫情防控"]},
                       {"topic": "基层卫生", "items": ["推进村卫生室标准化建设"]},
                       {"topic": "医疗服务", "items": ["加强县级医院重点学科建设"]}],
    })


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_reviewed_area_with_no_task_is_no_situation_point(real, seed):
    brief = _city_2018()
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
    situation = _part(text, "二、")
    assert "母婴安全" not in situation and "全面两孩" not in situation, situation
    tasked = {t.view.topic.key for t in plan_of(brief, real.templates).tasks}
    for sentence in situation.split("。"):
        assert leads_to_task(sentence, tasked), sentence


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_policy_of_the_moment_with_no_task_is_not_said(real, seed):
    text = render_text(compose(_county_report_2022(), real.bank, real.templates, seed=seed), "txt")
    assert "健康扶贫" not in text, text[:400]


def test_a_point_names_no_area_or_a_tasked_one():
    assert leads_to_task("做好今年的卫生健康工作意义重大", {"medical_reform"})
    assert leads_to_task("免疫规划是最基础、最有效的公共卫生措施", {"disease_control"})   # a near area takes it up
    assert not leads_to_task("全面两孩政策实施后，高龄孕产妇比例上升，保障母婴安全的任务更加艰巨", {"medical_reform"})
    assert leads_to_task("全面两孩政策实施后，高龄孕产妇比例上升", set())       # a speech with no task takes every point
