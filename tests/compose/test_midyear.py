"""A half-year meeting (半年推进会) weighs its figures against the year's targets, says 时间过半、任务过半 only where
the brief's figures show it, and says how the second half of each thin area is run — never progress nobody gave."""
from __future__ import annotations

import re

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose
from jianggao.compose.numbers import year_goal
from jianggao.model.brief import Metric
from tests.compose.test_speech_contract import speech_violations


def m(**kw) -> Metric:
    return Metric.model_validate({"name": "指标", "value": 1, **kw})


@pytest.mark.parametrize("result, target, expected", [
    (dict(value=67.8, unit="%"), dict(value=70, unit="%"), ("70%", "short")),
    (dict(value=72, unit="%"), dict(value=70, unit="%"), ("70%", "met")),
    (dict(value=8.1, unit="天", better="lower"), dict(value="8.0", unit="天", better="lower"), ("控制在8.0天以内", "short")),
    (dict(name="新增家庭医生", value=130, unit="人"), dict(name="新增家庭医生", value=200, unit="人"), ("200人", "half")),
    (dict(name="新增家庭医生", value=80, unit="人"), dict(name="新增家庭医生", value=200, unit="人"), ("200人", "behind")),
    # people served this year grow like a tally: 2,860 of 4,200 by July is half done, not a gap (nineteenth reading)
    (dict(name="65岁以上老年人健康管理人数", value=2860, unit="人"), dict(name="65岁以上老年人健康管理人数", value=4200, unit="人"),
     ("4200人", "half")),
    # three quarters of the year's number by July is most of it, not 一半以上 (the twenty-third reading: 38.4 of 45)
    (dict(name="新增家庭医生", value=160, unit="人"), dict(name="新增家庭医生", value=200, unit="人"), ("200人", "most")),
    (dict(name="执业医师人数", value=260, unit="人"), dict(name="执业医师人数", value=300, unit="人"), ("300人", "short")),
    (dict(value=60, unit="%"), dict(value=70, unit="人"), None),          # other units: not compared
    (dict(value=0, unit="例", better="lower"), dict(value=0, unit="例", better="lower"), None),   # a zero target is 为零
])
def test_year_goal_says_only_what_the_two_figures_say(result, target, expected):
    assert year_goal(m(**result), m(**target)) == expected


def _half_year(**extra):
    data = dict(kind="midyear_review", year=2023, region={"name": "宁川市"}, date="2023-07-20",
                speaker={"name": "孙卫东", "title": "市卫生健康委员会主任"},
                achievements=[{"topic": "老龄健康", "metrics": [
                    {"name": "65岁及以上老年人健康管理率", "value": 67.8, "unit": "%", "change": 1.9}]},
                    {"topic": "医疗服务", "facts": ["市中心医院国家胸痛中心通过复审"]}],
                priorities=[{"topic": "老龄健康", "items": ["做好老年人健康管理"],
                             "targets": [{"name": "65岁及以上老年人健康管理率", "value": 70, "unit": "%"}]},
                            {"topic": "医疗服务", "items": ["开展全面提升医疗质量行动"]}])
    data.update(extra)
    return brief(**data)


def _body(speech) -> str:
    return "".join(getattr(b, "number", "") + getattr(b, "text", "") + getattr(b, "body", "") for b in speech.blocks)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_half_year_result_is_weighed_against_its_target(real, seed):
    b = _half_year()
    sp = compose(b, real.bank, real.templates, seed=seed)
    review = _body(sp).split("二、")[0]
    # weighed against the year's figure; the gap in words (还差2.2个百分点 would be a number the brief lacks: DESIGN)
    assert "全年" in review and "70%" in review and "差距" in review and "2.2" not in review
    assert "任务过半" not in _body(sp)          # a rate short of its target is no 任务过半
    assert speech_violations(sp, b) == []


def test_time_half_task_half_only_where_a_tally_is_past_half(real):
    tally = {"name": "新增家庭医生", "value": 130, "unit": "人"}
    b = _half_year(achievements=[{"topic": "基层卫生", "metrics": [tally]}],
                   priorities=[{"topic": "基层卫生", "items": ["做实家庭医生签约服务"],
                                "targets": [{**tally, "value": 200}]}])
    said = _body(compose(b, real.bank, real.templates, seed=1))
    assert "时间过半、任务过半" in said
    behind = _half_year(achievements=[{"topic": "基层卫生", "metrics": [{**tally, "value": 80}]}],
                        priorities=b.model_dump()["priorities"])
    said = _body(compose(behind, real.bank, real.templates, seed=1))
    assert "任务过半" not in said and "不到一半" in said


def test_a_half_year_meeting_weighs_each_target_in_words_and_names_who_supplies_the_rest(real):
    """18.6 of 22万人 is most of it, 180 of 400 beds less than half; the second half's target is not another 400 (the
    twenty-sixth reading), and the lagging beds are handed out with 民政.  The share and the gap are said in words: a
    derived 84.5% or 还差220张 is a number the brief does not contain (DESIGN, "what a finished speech never contains";
    numbers.SAY_PROGRESS)."""
    signed = {"name": "家庭医生签约人数", "value": 18.6, "unit": "万人"}
    beds = {"name": "新增医养结合床位", "value": 180, "unit": "张"}
    b = _half_year(achievements=[{"topic": "基层卫生", "metrics": [signed]}, {"topic": "老龄健康", "metrics": [beds]}],
                   problems=["医养结合床位进度滞后"],
                   priorities=[{"topic": "基层卫生", "items": ["做实家庭医生签约服务"], "targets": [{**signed, "value": 22}]},
                               {"topic": "老龄健康", "items": ["推进医养结合"], "targets": [{**beds, "value": 400}]}])
    for seed in (1, 2):
        sp = compose(b, real.bank, real.templates, seed=seed)
        said = _body(sp)
        review, tasks = said.split("二、")[0], said.split("二、")[1]
        assert "完成大部分" in review and "不到一半" in review
        assert "84.5%" not in said and "220张" not in said
        assert "年底前力争达到400张" in tasks and "剩下的床位" in tasks and "民政" in tasks
        assert "力争新增医养结合床位达到400张" not in said
        assert speech_violations(sp, b) == []


def test_an_annual_meeting_does_not_weigh_half_a_year(real):
    b = _half_year(kind="annual_conference", date="2023-02-20")
    assert "对照全年70%" not in _body(compose(b, real.bank, real.templates, seed=1))


def test_a_lagging_brief_is_weighed_against_the_calendar_and_no_other(real):
    lag = _half_year(problems=["部分县区上半年重点指标进度落后"])
    said = _body(compose(lag, real.bank, real.templates, seed=1))
    assert "时间已经过半" in said
    calm = _half_year(problems=["托育服务供给与群众需求还有差距"])
    assert "时间已经过半" not in _body(compose(calm, real.bank, real.templates, seed=1))


def test_a_thin_area_says_how_its_second_half_is_run(real):
    # 新农合 is not a registered area: the bank has little for it; the half-year speech still says how it is pushed on
    b = _half_year(priorities=[{"topic": "新农合", "items": ["提高新农合住院报销比例"]},
                               {"topic": "医疗服务", "items": ["开展全面提升医疗质量行动"]}])
    sp = compose(b, real.bank, real.templates, seed=1)
    tasks = _body(sp).split("二、")[1].split("三、")[0]
    # in 2023 the registry says 新农合 as 城乡居民医保 (merged 2016–2019), in the item too
    area = re.split("提高(?:新农合|城乡居民医保)住院报销比例", tasks)[1][:200]
    assert any(w in area for w in ("按月", "每月", "每个月", "每季度", "到月")), area
    assert speech_violations(sp, b) == []


def test_a_time_that_falls_is_shortened():
    from jianggao.compose.numbers import metric_phrase
    said = metric_phrase(m(name="三级医院平均住院日", value=8.1, unit="天", change=-0.4, better="lower"))
    assert said == "三级医院平均住院日降至8.1天，同比缩短0.4天"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_review_says_progress_first_and_lagging_work_is_answered_by_name(real, seed):
    b = _half_year(problems=["部分县区上半年重点指标进度落后", "托育服务供给与群众需求还有差距"],
                   priorities=[{"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                               {"topic": "医疗服务", "items": ["开展全面提升医疗质量行动"]}])
    said = _body(compose(b, real.bank, real.templates, seed=seed))
    review, rest = said.split("二、")[0], said.split("二、")[1]
    assert "从进展情况看" in review or "从进展看" in review or "进展主要有" in review
    assert "按计划开展" not in review             # no routine claim after a half-year's fact
    lead = rest.split("（一）")[0]
    assert "约谈" in lead and "统筹解决" not in lead
    assert "年中、年底" not in said              # the mid-year count is this meeting itself


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_problem_is_weighed_against_the_progress_of_its_own_area(real, seed):
    b = _half_year(achievements=[{"topic": "基层卫生", "metrics": [
                       {"name": "家庭医生签约服务人数", "value": 8.6, "unit": "万人", "change": 0.9}]}],
                   problems=["家庭医生签约履约质量不高", "社区卫生服务中心医疗服务量增长缓慢"],
                   priorities=[{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]},
                               {"topic": "医疗服务", "items": ["开展全面提升医疗质量行动"]}])
    review = _body(compose(b, real.bank, real.templates, seed=seed)).split("二、")[0]
    assert "质量" in review.split("家庭医生签约履约质量不高")[1]       # progress in numbers, not yet in quality
    assert review.count("家庭医生签约履约质量不高") == 1            # weighed without naming the problem again
    assert "时间已经过半" not in review                              # 增长缓慢 is no lagging schedule


def test_a_service_given_to_people_is_completed_for_them():
    from jianggao.compose.numbers import metric_phrase
    assert metric_phrase(m(name="农村妇女两癌检查", value=1.2, unit="万人")) == "完成农村妇女两癌检查1.2万人"
    assert metric_phrase(m(name="农村妇女两癌检查覆盖率", value=80, unit="%")) == "农村妇女两癌检查覆盖率达到80%"


def test_an_item_that_names_a_system_keeps_its_own_verb():
    from jianggao.compose.context import as_measure
    assert as_measure("巩固完善基本药物制度") == "巩固完善基本药物制度"
    assert as_measure("改善医疗服务行动计划") == "实施改善医疗服务行动计划"
    # (readings 39 and 40: 一是实施坚决打赢健康扶贫攻坚战)
    assert as_measure("坚决打赢健康扶贫攻坚战，落实“三个一批”行动计划") == "坚决打赢健康扶贫攻坚战，落实“三个一批”行动计划"
