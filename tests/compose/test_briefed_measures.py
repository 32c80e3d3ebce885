"""A brief priority the templates once had a line for (紧密型城市医疗集团, 普惠托育, 村庄清洁行动, 带量采购 …) is said in
several concrete measures under its item, each in its years (the twenty-fourth to twenty-sixth readings: such items got
one line, 「此外，还要做好药品耗材采购」)."""
from __future__ import annotations

import re

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose

_ORDINAL = re.compile(r"[一二三四五六七八九十]是|（[一二三四五六七八九十]+）")


def _under(text: str, item: str) -> list[str]:
    """The sentences said under ``item`` (its heading onward, to the next numbered item or subsection)."""
    at = text.find(item)
    assert at >= 0, item
    rest = text[at + len(item):]
    stop = _ORDINAL.search(rest)
    body = rest[:stop.start()] if stop else rest
    return [s for s in re.split(r"(?<=[。！？])", body) if len(s.strip("。\n　 ")) > 6]


_CASES = [
    (dict(year=2024, region={"name": "滨江区", "parent": "临海市"}, length=5000,
          priorities=[{"topic": "医疗服务", "items": ["推进紧密型城市医疗集团建设", "完善院前急救网络"]},
                      {"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                      {"topic": "公共卫生", "items": ["做好老年人健康管理"]}]),
     {"推进紧密型城市医疗集团建设": "医疗集团|集团", "发展普惠托育服务": "托育|托位", "完善院前急救网络": "急救"}),
    (dict(year=2020, region={"name": "青山县"}, length=5000,
          priorities=[{"topic": "爱国卫生", "items": ["开展村庄清洁行动"]},
                      {"topic": "医改", "items": ["推进药品耗材集中带量采购"]},
                      {"topic": "基层卫生", "items": ["加强全科医生队伍建设"]}]),
     # (the item's words need not recur: once.py cuts a key phrase said again within 300 characters, so a measure
     # says 清理房前屋后 under 开展村庄清洁行动)
     {"开展村庄清洁行动": "清洁|清理|垃圾", "推进药品耗材集中带量采购": "采购|集采|中选|药品|耗材"}),
]


@pytest.mark.parametrize("fields,subjects", _CASES, ids=["district-2024", "county-2020"])
def test_a_briefed_item_is_said_in_several_measures_on_its_subject(real, fields, subjects):
    b = brief(kind="annual_conference", **fields)
    for seed in (1, 2):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        for item, word in subjects.items():
            said = _under(text, item)
            on_subject = [s for s in said if re.search(word, s)]
            assert len(said) >= 3 and len(on_subject) >= 2, (seed, item, said)


def test_a_dated_measure_keeps_to_its_years(real):
    """村庄清洁行动 is the 2018-12 campaign's and 紧密型城市医疗集团 the 2023 pilot's: their measures are not lent to an
    earlier speech whose item only shares their words."""
    b = brief(kind="annual_conference", year=2016, region={"name": "青山县"}, length=5000,
              priorities=[{"topic": "爱国卫生", "items": ["开展农村环境卫生整治"]},
                          {"topic": "医改", "items": ["推进城市医疗集团建设"]},
                          {"topic": "基层卫生", "items": ["加强全科医生队伍建设"]}])
    for seed in (1, 2):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        assert "村庄清洁行动" not in text and "紧密型" not in text and "带量采购" not in text


def test_a_heading_of_two_subjects_is_delivered_only_by_a_paragraph_saying_each():
    from jianggao.compose.plan import delivers
    assert not delivers("健全医疗纠纷调解机制", ["加强医疗机构行风建设，不断改善医患关系。"])
    assert delivers("健全医疗纠纷调解机制", ["发挥医疗纠纷人民调解委员会的作用，纠纷调解不出医院门。"])
    assert not delivers("加强精神卫生和心理健康服务", ["严重精神障碍患者要纳入社区康复。"])
    assert delivers("加强精神卫生和心理健康服务", ["严重精神障碍患者要纳入社区康复。", "心理援助热线要有人接听。"])
    assert not delivers("保障群众基本用药", ["优先使用基本药物要落实到医生的处方上。"])


def test_a_subsection_heading_names_nothing_its_briefed_items_leave_out(real):
    """完善生育支持和托育服务体系 over 发展普惠托育服务 alone was not delivered (the twenty-seventh reading's p1)."""
    b = brief(kind="annual_conference", year=2024, region={"name": "滨江区", "parent": "临海市"}, length=5000,
              priorities=[{"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                          {"topic": "医疗服务", "items": ["完善院前急救网络"]},
                          {"topic": "公共卫生", "items": ["做好老年人健康管理"]}])
    for seed in range(1, 7):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        assert "完善生育支持和托育服务体系" not in text, seed


def test_the_tasks_lead_names_every_area_the_brief_sets_or_none(real):
    """重中之重是医疗服务、基层卫生和人口家庭 over a brief of four areas left out 公共卫生 and its 70% target (the
    twenty-seventh and twenty-ninth readings: the count of priorities holds from opening to close)."""
    fields = dict(_CASES[0][0])
    fields["priorities"] = [*fields["priorities"], {"topic": "基层卫生", "items": ["加强全科医生队伍建设"]}]
    # (at 5,000 characters with no review to say, the tasks have room for the core work the brief left out, 妇幼, and the
    # lead then names none: it names the brief's areas only where they are all the subsections, plan.core_areas)
    fields["length"] = 4000
    b = brief(kind="annual_conference", **fields)
    leads = 0
    for seed in (1, 2, 3):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        lead = re.search(r"今年的卫生健康工作，(?:重中之重是|重点在)([^。]*)。", text)
        if lead:
            leads += 1
            named = set(re.split(r"[、和]", lead.group(1)))
            assert named == {p.topic for p in b.priorities}, (seed, lead.group(0))
    assert leads
