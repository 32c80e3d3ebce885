"""compose.done: what the brief says is done is not ordered again (reading 36: 医院章程, 人财物统一管理, 医共体试点,
白血病/先心病 coverage), decided by what a sentence shares with the brief's own statements."""
from __future__ import annotations

import re

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose
from jianggao.compose.done import done_model, order_for_done, said_instead
from jianggao.writers.text import render_text

FACTS = ["全市二级以上公立医院全部完成医院章程制定", "儿童白血病、先天性心脏病纳入新农合重大疾病保障范围",
         "基本药物制度在政府办基层医疗卫生机构实现全覆盖",
         "组建两个紧密型县域医共体，实现乡镇全覆盖", "医共体内人员、财务、药品统一管理全面实现"]


@pytest.mark.parametrize(("sentence", "instead"), [
    # what was drawn up is carried out
    ("公立医院要制定医院章程，明确议事规则和决策程序。", "公立医院要执行医院章程，明确议事规则和决策程序。"),
    # what is under one management is made real (the problem is then 形联实不联)
    ("县人民医院要把人员、财务、药品在医共体内统一管理起来，向成员单位派驻骨干。",
     "县人民医院要把人员、财务、药品在医共体内统一管理落到实处，向成员单位派驻骨干。"),
    ("要推进医共体内人员、财务、药品、信息统一管理。", "要做实医共体内人员、财务、药品、信息统一管理。"),
    # what was brought in is the base from which the cover is widened
    ("进一步做好重大疾病保障工作，把儿童白血病、先天性心脏病等重大疾病纳入保障范围，合管办要做好救治和结算。",
     "进一步做好重大疾病保障工作，在儿童白血病、先天性心脏病等重大疾病纳入保障范围的基础上，逐步扩大保障范围，"
     "合管办要做好救治和结算。"),
    # what was reached is kept
    ("实现基本药物制度全覆盖。", "巩固基本药物制度全覆盖成果。"),
    # pilot words for work that covers every township: not said
    ("医共体试点要以群众满意度检验成效，定期评估、及时调整，成熟一项、推开一项。", ""),
])
def test_an_order_for_done_work_is_said_as_its_next_step_or_not_at_all(sentence, instead):
    found = order_for_done(sentence, done_model(FACTS, []))
    assert found is not None
    assert said_instead(sentence, found) == instead


def test_the_done_thing_is_known_by_its_words_in_any_order():
    # 完成章程制定 and 制定医院章程 share only 医院 and 章程 as runs of characters (reading 39)
    found = order_for_done("公立医院要制定医院章程，明确议事规则。", done_model(["二级以上公立医院全部完成章程制定"], []))
    assert found is not None and found.instead.startswith("公立医院要执行医院章程")
    # a general word alone names nothing done
    assert order_for_done("要建立医院管理制度。", done_model(["二级以上公立医院全部完成章程制定"], [])) is None


def test_what_is_carried_out_everywhere_is_continued_not_ordered_anew():
    model = done_model(["区内医疗机构全部落实发热病人蚊媒传染病筛查和防蚊隔离措施"], [])
    found = order_for_done("确诊病例要严格落实防蚊隔离，防止传播。", model)
    assert found is not None
    assert said_instead("确诊病例要严格落实防蚊隔离，防止传播。", found) == "确诊病例要继续严格落实防蚊隔离，防止传播。"
    assert order_for_done("各街道要落实属地责任。", model) is None
    # carried out in part is no cover: 落实 stands
    assert order_for_done("确诊病例要落实防蚊隔离。", done_model(["部分医疗机构落实防蚊隔离措施"], [])) is None


@pytest.mark.parametrize("sentence", [
    "要建立健全现代医院管理制度。",                     # the charter is one part of it, not the whole
    "建立医共体内双向转诊制度，畅通转诊渠道。",         # only 医共体 is shared: a new thing in it
    "要把慢性病患者的管理纳入医共体，由牵头医院和乡镇卫生院共同负责。",   # brought in: not the diseases covered
    "要开展家庭医生签约服务试点，积累经验。",           # another work's pilot
    "推进村卫生室标准化建设。",
])
def test_an_order_for_other_work_stands(sentence):
    assert order_for_done(sentence, done_model(FACTS, [])) is None


def test_a_pilot_the_brief_still_calls_one_keeps_its_pilot_words():
    model = done_model(["组建两个紧密型县域医共体，实现乡镇全覆盖"], [], problems=["医共体试点范围偏小"])
    assert order_for_done("医共体试点要定期评估、及时调整，成熟一项、推开一项。", model) is None


def test_an_item_that_takes_a_pilot_to_everyone_ends_its_pilot_words():
    model = done_model([], [], items=["全面推开紧密型城市医疗集团建设"])
    assert order_for_done("城市医疗集团试点要总结经验，以点带面。", model) is not None


def test_a_level_reached_is_no_work_done():
    assert done_model([], ["县域内就诊率达到87.4%，同比提高2.1个百分点"]) == ()


def test_a_speech_does_not_order_what_its_brief_says_is_done(real):
    """End to end over seeds: the 2012 county's two diseases and the 2019 city's charters are not ordered again."""
    county = brief(kind="work_report", year=2012, region={"name": "石桥县"}, date="2012-02-15",
                   speaker={"name": "刘国华", "title": "县卫生局局长"},
                   achievements=[{"topic": "医改", "facts": ["儿童白血病、先天性心脏病纳入新农合重大疾病保障范围"]}],
                   priorities=[{"topic": "医改", "items": ["扩大新农合重大疾病保障病种"]},
                               {"topic": "基层卫生", "items": ["加强乡村医生队伍建设"]}])
    city = brief(year=2019, region={"name": "临州市"}, date="2019-02-26",
                 achievements=[{"topic": "医改", "facts": ["全市二级以上公立医院全部完成医院章程制定"]}],
                 priorities=[{"topic": "医改", "items": ["加快建立现代医院管理制度", "推进城市医疗集团建设"]}])
    for seed in (1, 2, 3, 4):
        county_text = render_text(compose(county, real.bank, real.templates, seed=seed), "txt")
        assert not re.search(r"(?<!在)儿童白血病、先天性心脏病等重大疾病纳入保障范围(?!的基础上)", county_text)
        city_text = render_text(compose(city, real.bank, real.templates, seed=seed), "txt")
        assert "制定医院章程" not in city_text


@pytest.mark.parametrize("done, order, instead", [
    (["县级胸痛中心、卒中中心建成并投入使用"], "县人民医院要加快胸痛中心建设。", "县人民医院要用好胸痛中心。"),
    (["市急救指挥调度平台建成"], "推进急救指挥调度平台建设，提高院前急救效率。", "用好急救指挥调度平台，提高院前急救效率。"),
    (["市互联网医院监管平台上线运行"], "要抓紧互联网医院监管平台建设。", "要用好互联网医院监管平台。"),
])
def test_what_the_brief_says_stands_built_is_used_well_not_built_again(done, order, instead):
    """The outside reading of len21: the brief said 区域全民健康信息平台建成 and the tasks said 要加快推进全民健康信息平台建设;
    an order to build what stands built is said as its next step, to use it well."""
    found = order_for_done(order, done_model(done, []))
    assert found is not None and said_instead(order, found) == instead


@pytest.mark.parametrize("order", ["要加强胸痛中心建设。", "要加快推进医疗卫生机构信息化建设。", "要加强县级医院重点专科建设。"])
def test_an_order_to_build_what_the_brief_never_said_built_stands(order):
    """Only the thing the statement says is built: 信息化建设 or 重点专科 are not 全民健康信息平台, and 胸痛中心 is not built."""
    assert order_for_done(order, done_model(["区域全民健康信息平台建成"], [])) is None


def test_capacity_is_not_the_built_lab():
    """b19: 县疾控中心建成新冠病毒核酸检测实验室 does not make 加强核酸检测能力建设 a thing built: the capacity is still built up."""
    model = done_model(["县疾控中心建成新冠病毒核酸检测实验室"], [])
    assert order_for_done("加强核酸检测能力建设，做到采样、检测、报告各环节衔接顺畅。", model) is None


@pytest.mark.parametrize("result, order, instead", [
    ("开设中医馆的乡镇卫生院占比达到85%，同比提高10个百分点", "各乡镇卫生院要开设中医馆，配备中医药人员。",
     "尚未开设中医馆的乡镇卫生院要抓紧开设，配备中医药人员。"),
    ("二级以上综合医院设置康复医学科的比例达到64%", "二级以上综合医院要把康复医学科建起来。",
     "尚未设置康复医学科的二级以上综合医院要抓紧建起来。"),
    ("社区卫生服务中心开展家庭病床服务的比例为40%", "同时，社区卫生服务中心要开展家庭病床服务。",
     "同时，尚未开展家庭病床服务的社区卫生服务中心要抓紧开展。"),
])
def test_what_a_share_of_the_units_has_is_ordered_of_the_rest(result, order, instead):
    """The outside reading of len21: 72% of 二级以上综合医院 had a 老年医学科 and the task said 二级以上综合医院要把老年医学科
    建起来; an order to every unit to build what a share of them has speaks to those still without it."""
    from jianggao.compose.done import order_for_part, part_model

    assert order_for_part(order, part_model([result])) == instead


@pytest.mark.parametrize("result, order", [
    ("开设中医馆的乡镇卫生院占比达到100%", "各乡镇卫生院要开设中医馆。"),                 # all have it: done, not a share
    ("开设中医馆的乡镇卫生院占比达到85%", "各乡镇卫生院要加强中医馆服务能力建设。"),       # not an order to build it
    ("家庭医生签约服务覆盖率达到45.2%", "各乡镇卫生院要开设中医馆。"),                     # no share of units
])
def test_an_order_beyond_a_share_result_stands(result, order):
    from jianggao.compose.done import order_for_part, part_model

    assert order_for_part(order, part_model([result])) is None


def test_a_drafted_speech_orders_the_rest_of_the_units(real):
    """End to end: a brief whose review says 72% of 二级以上综合医院 set up a 老年医学科 never orders all of them to build it."""
    b = brief(kind="annual_conference", year=2025, region={"name": "临江区", "level": "区"},
              speaker={"name": "张明", "title": "区卫生健康局局长"}, length=5000,
              achievements=[{"topic": "老龄健康", "metrics": [{"name": "设置老年医学科的二级以上综合医院占比", "value": 72,
                                                             "unit": "%", "change": 12, "change_unit": "个百分点"}]}],
              priorities=[{"topic": "老龄健康", "items": ["加强老年医学科建设"]}])
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        assert not re.search(r"(?<!的)二级以上综合医院要(?:把老年医学科建起来|设立老年医学科)", text)
