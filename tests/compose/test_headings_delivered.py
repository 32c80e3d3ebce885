"""A numbered item is kept only where its paragraph says something on its own subject (the twenty-second reading:
建立现代医院管理制度 over 试点效果评估 and 公益性; 抓好重点人群健康管理 over 网底 and 建档; 推进疾控体系改革 with nothing on the
reform)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.compose.plan import delivers
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

_ITEM = re.compile(r"[一二三四五六七八九十]是([^。]{2,30})。")


def test_a_heading_is_delivered_by_a_measure_on_its_subject():
    assert not delivers("建立现代医院管理制度", ["建立城市公立医院综合改革试点效果评估制度，群众费用负担要跟踪监测。",
                                          "坚持公立医院公益性，前提是政府办医责任落到实处。"])
    assert delivers("建立现代医院管理制度", ["各公立医院要制定章程，健全党委领导下的院长负责制。"])
    assert not delivers("抓好重点人群健康管理", ["要筑牢基层网底。", "健康档案要提高建档质量。"])
    assert delivers("抓好重点人群健康管理", ["老年人、孕产妇和儿童的健康管理要落到每一个人。"])
    assert delivers("加强医疗质量管理", ["医疗质量是医院的生命线。"])          # no listed subject: kept
    # the thirty-eighth reading
    assert not delivers("加快镇卫生院标准化建设", ["各村卫生室要按标准配齐常用设备。"])
    assert delivers("加快镇卫生院标准化建设", ["各镇卫生院要对照建设标准补齐业务用房和设备。"])
    assert not delivers("推进胸痛、卒中、创伤等急诊急救中心建设", ["要修订卫生应急预案，每年组织应急演练。"])
    assert delivers("推进胸痛、卒中、创伤等急诊急救中心建设", ["县人民医院要按标准建设卒中中心，打通急救绿色通道。"])
    assert not delivers("统筹推进医改各项重点任务", ["落实药品耗材集中带量采购，做好中选产品使用。"])
    assert delivers("统筹推进医改各项重点任务", ["落实药品集中带量采购。", "推进医共体建设，完善分级诊疗。"])
    assert not delivers("深入开展创先争优活动", ["要加强党的建设。"])


def _city_2018() -> Brief:
    return Brief.model_validate({
        "kind": "annual_conference", "year": 2018, "date": "2018-03-02", "region": {"name": "东阳市"},
        "speaker": {"name": "刘振华", "title": "副市长"},
        "priorities": [{"topic": "医改", "items": ["推进医疗联合体建设", "建立现代医院管理制度"]},
                       {"topic": "基层卫生", "items": ["提高家庭医生签约服务质量"]},
                       {"topic": "公共卫生", "items": ["做实基本公共卫生服务项目"]}],
    })


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_brief_item_stays_numbered_and_a_standing_one_only_where_delivered(real, seed):
    # a brief's item is the secretary's priority: numbered, its measure on its subject first where it has one (as
    # 此外，还要… it read as an afterthought: the twenty-third reading)
    brief = _city_2018()
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
    assert re.search("[一二三四五六七八]是建立现代医院管理制度。", text)
    assert "此外，还要建立现代医院管理制度" not in text and "同时，还要建立现代医院管理制度" not in text


def test_a_measure_restating_its_heading_does_not_deliver_it():
    # the twenty-ninth reading: 二是做好计划生育特殊家庭扶助关怀 kept by its restating line (cut later as a repeat), 计生协会
    # and 流动人口 left under it; 做好人口监测和家庭发展工作 over 托育 alone; 加强医疗质量管理 over nursing
    head = "做好计划生育特殊家庭扶助关怀"
    assert not delivers(head, ["要做好计划生育特殊家庭扶助关怀工作，落实好各项扶助政策。", "进一步发挥计划生育协会的作用。"])
    assert delivers(head, ["对计划生育特殊家庭，要落实联系人制度，每户都有专人联系，逢年过节上门看望。"])
    # the heading's words again (a run of twelve) are cut by once as said already: no delivery
    assert not delivers(head, ["落实计划生育特殊家庭扶助关怀政策，要建立联系人制度，确保每户特殊家庭都有人联系、有人关心。"])
    assert delivers("加强发热门诊建设", ["发热门诊建设要按标准设置，做到布局合理、流程规范、设备齐全，能够承担筛查和隔离留观任务。"])
    assert not delivers("做好人口监测和家庭发展工作", ["发展普惠托育服务", "每千人口拥有3岁以下婴幼儿托位数"])
    assert not delivers("加强医疗质量管理", ["要推行责任制整体护理，提高护理服务质量。"])
