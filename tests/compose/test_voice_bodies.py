"""Who may be told to act (compose/voice.py, the eighteenth reading's BODY class): the government's other
departments only by the government's leader, 120 dispatch not by a hospital, 农村改厕 not led by a health body,
and below the city no one pushes the 医保 payment method or tells the hospitals above what to do.  Checked on
the rules and on drafts of our own briefs across years and levels."""
from __future__ import annotations

import pytest

from jianggao.compose import voice
from jianggao.compose.core import compose
from jianggao.compose.picker import sentences_of
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


@pytest.mark.parametrize("sentence", [
    "健全妇幼健康工作的部门协作机制，教育、民政、妇联等各单位要各负其责。",
    "对出生缺陷患儿，医疗保障和社会救助要跟上。",
    "人社部门要推进公立医院薪酬制度改革。",
    "新闻媒体要开设健康栏目，传播科学的健康知识。",
    "工伤保险和医疗救助政策要使患者用得上。",
    "学校要配齐校医和保健教师。",
    "重点行业的企业要开展专项治理。",
])
def test_a_bureau_s_head_tells_no_other_department_what_to_do(sentence):
    assert voice.orders_peers(sentence)
    assert voice.in_bureau_voice(sentence) is None
    assert not voice.speakable(sentence, voice.BUREAU)
    assert not voice.speakable(sentence, voice.TOWNSHIP)
    assert voice.speakable(sentence, voice.GOVERNMENT)      # the government's leader does


@pytest.mark.parametrize("sentence", [
    "我们要会同教育部门做好村医定向培养的招生宣传。",
    "县疾控中心要加强传染病监测。",
    "各乡镇卫生院要做好基本公共卫生服务。",
    "健康教育要从娃娃抓起。",             # a field of work, not the 教育 bureau
    "宣传教育要深入人心。",
    "财政资金要及时拨付到位。",
])
def test_his_own_units_and_working_with_others_stay(sentence):
    assert not voice.orders_peers(sentence)
    assert voice.speakable(sentence, voice.BUREAU)


def test_a_bureau_supports_rural_toilets_which_agriculture_leads():
    assert voice.in_bureau_voice("要推进农村改厕和生活污水治理，改善农村人居环境。") == \
        "要配合推进农村改厕和生活污水治理，改善农村人居环境。"
    assert voice.wrong_actor("县爱卫办要牵头抓好农村改厕。")
    assert not voice.wrong_actor("县疾控中心要做好农村改厕的技术指导和粪便无害化效果监测。")


@pytest.mark.parametrize("sentence,wrong", [
    ("县人民医院要加强急救指挥调度，做到接警快、派车快、到达快。", True),
    ("县急救中心要加强急救指挥调度，做到接警快、派车快。", False),
    ("各村卫生室要摸清村医的年龄结构和分布，提前谋划村医接续。", True),
    ("各社区卫生服务中心要加强住院医师规范化培训和全科医生培养。", True),
    ("县疾控中心要推进重点癌症早诊早治，对高风险人群开展筛查，提高早期诊断率。", True),
    ("县疾控中心要组织开展重点癌症筛查的质量控制。", False),
    ("各乡镇卫生院要进一步推进中西医协同，在重大疾病防治中更好发挥中医药作用。", True),
    ("各乡镇卫生院要为乡村医生购买医疗责任保险。", True),
])
def test_whose_work_it_is(sentence, wrong):
    assert voice.wrong_actor(sentence) is wrong


@pytest.mark.parametrize("sentence,county,city", [
    ("推进按病种付费等多元复合式医保支付方式改革。", True, False),
    ("配合医保部门落实DRG支付方式改革。", False, False),
    ("推进新农合支付方式改革，实行总额预付。", False, False),       # the county's own fund, before 2019
    ("城市大医院的专家、技术和管理要通过扩容下沉真正延伸到县级医院和基层。", True, False),
    ("推动优质医疗资源扩容和均衡布局。", True, False),
    ("积极争取优质医疗资源扩容和均衡布局。", False, False),
    ("加强医疗质量控制中心建设，完善医疗机构评审评价。", True, False),
    ("县人民医院要做好迎接三级医院等级评审的各项准备。", False, False),
    ("统筹用好签约服务费、基本公共卫生服务经费和医保资金，让家庭医生团队服务多。", True, False),
    ("签约服务费、基本公共卫生服务经费和医保资金要统筹使用。", True, False),
])
def test_what_is_set_above_a_county(sentence, county, city):
    assert voice.beyond_level(sentence, "县") is county
    assert voice.beyond_level(sentence, "区") is county
    assert voice.beyond_level(sentence, "镇") is county
    assert voice.beyond_level(sentence, "市") is city


# Our own briefs (not the held-out ones): a bureau's head at each level and date the readers found faults in.
BUREAU_BRIEFS = [
    ("work_report", 2012, {"name": "东阳县"}, "县卫生局局长"),
    ("annual_conference", 2017, {"name": "南岗县"}, "县卫生计生局局长"),
    ("annual_conference", 2019, {"name": "清河区"}, "区卫生健康局局长"),
    ("midyear_review", 2021, {"name": "江城市"}, "市卫生健康委主任"),
    ("work_report", 2025, {"name": "白水县"}, "县卫生健康局局长"),
]


def _bureau_brief(kind, year, region, title) -> Brief:
    return Brief.model_validate({
        "kind": kind, "year": year, "region": region, "speaker": {"name": "林峰", "title": title},
        "achievements": [{"topic": "妇幼", "facts": ["完成农村妇女两癌检查3200人"]},
                         {"topic": "基层卫生", "metrics": [{"name": "标准化村卫生室", "value": 42, "unit": "所"}]}],
        "problems": ["乡村医生年龄老化", "出生缺陷防治网络不健全"],
        "priorities": [{"topic": "妇幼", "items": ["加强出生缺陷综合防治"]},
                       {"topic": "基层卫生", "items": ["稳定乡村医生队伍"]},
                       {"topic": "医改", "items": ["推进公立医院综合改革"]},
                       {"topic": "急诊急救", "items": ["完善院前急救网络"]}],
        "length": 6000})


@pytest.mark.parametrize("case", BUREAU_BRIEFS, ids=lambda c: f"{c[0]}_{c[1]}_{c[2]['name']}")
@pytest.mark.parametrize("seed", [1, 2])
def test_a_bureau_s_draft_orders_only_what_is_his(real, case, seed):
    b = _bureau_brief(*case)
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    level = case[2]["name"][-1]
    for s in sentences_of(text):
        assert not voice.orders_peers(s), s
        assert not voice.wrong_actor(s), s
        assert not voice.beyond_level(s, level), s


def test_the_aiwei_office_led_rural_toilets_until_agriculture_took_them_over():
    """爱卫会 ran 农村改厕 until 农业农村 took it over (厕所革命, 2019): a 2013 line with 爱卫办牵头 is right for its date."""
    import datetime as dt
    said = "县爱卫办要牵头对已改厕户逐户回访，发现问题的今年内整改到位。"
    assert not voice.wrong_actor(said, dt.date(2013, 3, 1))
    assert voice.wrong_actor(said, dt.date(2021, 3, 1)) and voice.wrong_actor(said)
