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
