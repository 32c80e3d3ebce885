"""A draft orders only what its speaker's level and body may, on its date (compose.voice.in_remit and the picker ask
model/levels_powers), and an urban street says no rural words."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.model.brief import Brief
from jianggao.model.levels_powers import beyond_powers
from jianggao.writers.text import render_text

STREET = {
    "kind": "midyear_review", "year": 2023, "date": "2023-07-20",
    "region": {"name": "东湖街道", "level": "街道", "parent": "临江区"},
    "speaker": {"name": "周丽", "title": "街道办事处副主任", "on_behalf_of": "街道党工委、办事处"},
    "problems": ["老旧小区病媒生物密度偏高", "严重精神障碍患者管理还有薄弱环节", "婴幼儿照护服务供给不足"],
    "priorities": [
        {"topic": "公共卫生", "items": ["做好严重精神障碍患者服务管理", "做好夏秋季传染病防控"]},
        {"topic": "人口家庭", "items": ["发展普惠托育服务"]},
        {"topic": "爱国卫生", "items": ["巩固国家卫生城市创建成果"]},
        {"topic": "健康促进", "items": ["加强慢性病综合防控"]},
    ],
}
TOWN = {
    "kind": "annual_conference", "year": 2017, "date": "2017-03-02",
    "region": {"name": "青石镇", "level": "镇", "parent": "安平县"},
    "speaker": {"name": "王建国", "title": "镇长", "on_behalf_of": "镇党委、镇政府"},
    "problems": ["村医队伍老化", "镇卫生院人才引不进留不住", "慢性病患者规范管理率不高"],
    "priorities": [
        {"topic": "基层卫生", "items": ["推进村卫生室标准化建设", "做实家庭医生签约服务"]},
        {"topic": "医改", "items": ["落实健康扶贫政策"]},
        {"topic": "健康促进", "items": ["加强慢性病防治"]},
        {"topic": "人才队伍", "items": ["稳定乡村医生队伍"]},
    ],
}
CITY_BUREAU = {
    "kind": "work_report", "year": 2026, "date": "2026-02-10",
    "region": {"name": "临州市"}, "speaker": {"name": "郑伟", "title": "市卫生健康委主任"},
    "problems": ["欺诈骗保行为仍有发生", "托育服务供给不足"],
    "priorities": [{"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                   {"topic": "综合监管", "items": ["加强医疗机构监管"]}],
}


@pytest.mark.parametrize("data", [STREET, TOWN, CITY_BUREAU], ids=["street", "town", "city_bureau"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_order_beyond_the_speaker_s_powers(data, seed, real):
    brief = Brief.model_validate(data)
    plan = plan_of(brief, real.templates)
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]
    own = [*brief.problems, *(i for p in brief.priorities for i in p.items)]
    beyond = []
    for s in sentences_of(text):
        judged = s
        for w in own:
            judged = judged.replace(w, "")
        if beyond_powers(judged, plan.voice, plan.level, plan.date):
            beyond.append(s)
    assert not beyond, beyond


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_urban_street_says_no_rural_words(seed, real):
    brief = Brief.model_validate(STREET)
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]
    assert not re.findall(r"[^。]*(?:农村|城乡(?!居民)|生产生活|改厕|各村|卫生城镇)[^。]*。", text)


def test_the_2018_reform_moves_insurance_fraud_out_of_the_health_body_s_mouth(real):
    brief = Brief.model_validate({**CITY_BUREAU, "year": 2022, "date": "2022-02-18"})
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        for s in sentences_of(text.split("同志们：", 1)[1]):
            if "欺诈骗保" in s and "欺诈骗保行为仍有发生" not in s:
                assert "医保" in s.replace("欺诈骗保", ""), s
