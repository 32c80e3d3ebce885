"""An annual conference deploys the health body's core work after the brief's own areas while the tasks have room
(plan.core_areas), 计划生育 as the 卫生计生 body's own duty, and the picker asks the same powers check of every line
whatever area names the brief gave (reading 43: a 2014 district's 卫生计生工作会议 with no public health at all and
「配合做好计划生育工作」; a street's 健康促进医院)."""
from __future__ import annotations

import datetime as dt

from compose_helpers import brief

from jianggao.compose.core import plan_of
from jianggao.compose.plan import core_areas
from jianggao.model.levels_powers import heading_within_powers

R5 = dict(kind="annual_conference", year=2014, date="2014-03-06", region={"name": "西塘区"}, length=4500,
          speaker={"name": "陈立新", "title": "区卫生计生局局长"},
          achievements=[{"topic": "公共卫生", "metrics": [{"name": "高血压患者规范管理率", "value": 62.3, "unit": "%"}]},
                        {"topic": "医疗服务", "facts": ["区人民医院新住院楼投入使用"]}],
          problems=["社区卫生服务机构服务能力不强"],
          priorities=[{"topic": "医改", "items": ["巩固基层综合改革成果"]},
                      {"topic": "计划生育", "items": ["稳妥实施单独两孩政策"]},
                      {"topic": "医疗服务", "items": ["改善医疗服务"]}])


def test_a_thin_annual_conference_still_deploys_its_core_public_health(real):
    plan = plan_of(brief(**R5), real.templates)
    keys = [t.view.topic.key for t in plan.tasks]
    assert keys[:3] == ["medical_reform", "population_family", "medical_services"]   # the brief's own first
    assert "public_health" in keys[3:]
    # (基层 is held by the brief's 基层综合改革 item and its problem: no second subsection on it)
    assert "primary_care" not in keys


def test_a_brief_that_fills_its_tasks_gets_no_core_area_added(real):
    data = dict(R5, length=1800)
    plan = plan_of(brief(**data), real.templates)
    assert [t.view.topic.key for t in plan.tasks] == ["medical_reform", "population_family", "medical_services"]


def test_family_planning_is_core_while_the_body_is_weisheng_jisheng():
    assert "population_family" in core_areas("县", dt.date(2016, 3, 1))
    assert "population_family" not in core_areas("县", dt.date(2012, 3, 1))     # 卫生局, before the merger
    assert "population_family" not in core_areas("县", dt.date(2020, 3, 1))     # 卫生健康局
    assert core_areas("镇", dt.date(2016, 3, 1)) == ()      # no health body of its own


def test_a_weisheng_jisheng_bureau_heads_family_planning_as_its_own(real):
    """The registry merges districts in 2015; a brief whose speaker is a 卫生计生局局长 in March 2014 names the merged body
    (plan.naming), and the body's statutory half is headed as its own work, never 配合做好计划生育工作."""
    plan = plan_of(brief(**R5), real.templates)
    assert plan.naming is not None and plan.naming != plan.date
    before = heading_within_powers("着力提升计划生育工作水平", "计划生育", "population_family", plan.voice, plan.level,
                                   plan.date)
    assert before == "配合做好计划生育工作"     # what the registry's date alone said
    assert heading_within_powers("着力提升计划生育工作水平", "计划生育", "population_family", plan.voice, plan.level,
                                 plan.naming) == "着力提升计划生育工作水平"


def test_an_area_name_of_the_brief_excuses_no_order_beyond_the_speaker_s_powers(real):
    """The brief's area 健康促进 is the secretary's word, but 要推进健康促进医院和健康促进学校建设 orders the district's
    hospitals and schools: a street may not, whatever its area is called."""
    from jianggao.compose.picker import Picker
    from jianggao.compose.voice import TOWNSHIP

    line = "要推进健康促进医院和健康促进学校建设，发挥其在健康教育中的示范作用。"
    slots = {"region": "东湖街道", "level": "街道", "year": "2023"}
    picker = Picker(real.bank, kind="midyear_review", slots=slots, seed=1, keep=("东湖街道", "健康促进"),
                    date=dt.date(2023, 7, 20), role=TOWNSHIP)
    assert not picker._timely(line)
    # … while the brief's own statement is the secretary's to make
    stated = Picker(real.bank, kind="midyear_review", slots=slots, seed=1, keep=("推进健康促进医院和健康促进学校建设",),
                    date=dt.date(2023, 7, 20), role=TOWNSHIP)
    assert stated._timely(line)
