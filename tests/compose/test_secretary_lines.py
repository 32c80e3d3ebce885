"""Lines a secretary would have to rewrite (style29): a fact with no one doing it, an aim said three times in a
paragraph, a lone 一是 in a review of one area, a count said as its name pasted before 达到."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.account import with_actor
from jianggao.compose.core import compose
from jianggao.compose.thrice import aims_twice_at_most, kinds_in
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


def _brief(**over) -> Brief:
    data = {"kind": "annual_conference", "year": 2020, "region": {"name": "河西区"}, "date": "2020-02-20",
            "speaker": {"name": "周平", "title": "副区长", "on_behalf_of": "区委、区政府"},
            "achievements": [
                {"topic": "爱国卫生", "facts": ["协助全市通过国家卫生城市复审"]},
                {"topic": "基层卫生", "metrics": [{"name": "社区卫生服务中心标准化建设", "value": 6, "unit": "个"}]},
                {"topic": "老龄健康", "metrics": [{"name": "65岁及以上老年人健康管理", "value": 2.1, "unit": "万人"}]}],
            "priorities": [{"topic": "医疗服务", "items": ["改善群众就医体验"]}]}
    data.update(over)
    return Brief.model_validate(data)


@pytest.mark.parametrize("fact, said", [
    ("协助全市通过国家卫生城市复审", "我区协助全市通过国家卫生城市复审"),
    ("顺利通过国家慢性病综合防控示范区复审", "我区顺利通过国家慢性病综合防控示范区复审"),
    ("荣获全省健康促进先进单位", "我区荣获全省健康促进先进单位"),
    # a fact with its own subject, or plain work done, is the secretary's as typed
    ("区人民医院胸痛中心通过国家认证", "区人民医院胸痛中心通过国家认证"),
    ("建成智慧医疗平台", "建成智慧医疗平台"),
])
def test_a_fact_that_needs_an_actor_is_given_the_place(fact, said):
    assert with_actor(fact, "全区") == said


@pytest.mark.parametrize("seed", [1, 2])
def test_the_review_says_counts_by_what_they_count_and_facts_with_their_actor(real, seed):
    text = render_text(compose(_brief(), real.bank, real.templates, seed=seed), "txt")
    flat = text.replace("\n", "")
    assert "我区协助全市" in flat
    assert "6个社区卫生服务中心完成标准化建设" in flat
    assert "为65岁及以上老年人提供健康管理服务2.1万人" in flat
    assert not re.search(r"标准化建设达到|健康管理达到", flat)


def test_an_aim_said_a_third_time_in_a_paragraph_goes():
    para = ["要优化就诊流程，改善群众就医感受。", "推行预约诊疗，缩短候诊时间，让群众的就医体验更好。",
            "开展志愿服务，提升服务水平，改善群众就医感受。", "要加强医德医风建设。"]
    joined = ["要把慢病管理和家庭医生签约结合起来。", "把健康教育和义诊活动结合起来，提高知晓率。",
              "医防两头要衔接起来，做到防治并重。"]
    parts = [[list(para), list(joined)]]
    aims_twice_at_most(parts, [], lambda s: True, lambda p, k: True)
    out, out_joined = parts[0]
    assert sum(1 for s in out if "patient_feel" in kinds_in(s)) == 2
    assert out[2] == "开展志愿服务，提升服务水平。"           # the clause goes, the measure stays
    assert len(out_joined) == 2                            # a sentence that is all the manner goes whole
    # the brief's own words are never cut
    parts = [[list(para)]]
    aims_twice_at_most(parts, ["开展志愿服务"], lambda s: True, lambda p, k: True)
    assert parts[0][0] == para


def test_a_review_of_one_area_has_no_lone_ordinal(real):
    brief = Brief.model_validate({
        "kind": "midyear_review", "year": 2012, "region": {"name": "临州市"}, "date": "2012-07-20",
        "speaker": {"name": "汪大成", "title": "副市长"},
        "achievements": [{"topic": "医改", "metrics": [{"name": "上半年新农合基金支出", "value": 2.36, "unit": "亿元",
                                                      "change": 14.2, "change_unit": "%"}]}],
        "priorities": [{"topic": "医改", "items": ["推进县级公立医院改革试点"]}]})
    text = render_text(compose(brief, real.bank, real.templates, seed=1), "txt")
    review = re.search(r"\n\s*一、.*?(?=\n\s*二、)", text, re.S)
    assert review, text
    assert not ("一是" in review.group(0) and "二是" not in review.group(0)), review.group(0)
