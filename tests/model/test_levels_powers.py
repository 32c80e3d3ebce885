"""What each level's speaker may order (model/levels_powers): bodies and verbs, by level, role and date."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.model import levels_powers
from jianggao.model.levels_powers import beyond_powers, said_within_powers

D = dt.date


@pytest.mark.parametrize(("sentence", "business"), [
    ("建立精神卫生综合管理工作机制，卫生健康、公安、民政、残联等部门定期会商。", "convene"),
    ("新建小区要按规划配套建设托育服务设施，让家长就近送托。", "planning"),
    ("进一步支持有条件的幼儿园开设托班。", "schools"),
    ("做好传染病防控物资和检测试剂的储备。", "monitoring"),
    ("要加强慢性病危险因素监测，摸清居民吸烟、饮酒的情况。", "monitoring"),
    ("推进基层医疗卫生机构标准化建设。", "base_standard"),
    ("各医疗机构要规范设置肠道门诊。", "providers"),
    ("要建立托育服务质量评估制度。", "sector_rules"),
])
def test_a_street_orders_none_of_the_district_s_business(sentence, business):
    assert business in beyond_powers(sentence, "township", "街道", D(2023, 7, 20))
    assert said_within_powers(sentence, "township", "街道", D(2023, 7, 20)) is None
    # the district's government orders all of it
    assert not beyond_powers(sentence, "government", "区", D(2023, 7, 20))


@pytest.mark.parametrize("sentence", [
    "把《中国防治慢性病中长期规划》各项任务分解落实到具体单位。",
    "在职称评聘、待遇保障等方面予以倾斜，在住房、子女入学等方面落实好优惠政策。",
    "健康扶贫涉及民政、医保和卫生计生等部门，要建立信息共享机制。",
    "对镇卫生院的服务能力逐院对照。",
])
def test_a_town_orders_none_of_the_county_s_business(sentence):
    assert beyond_powers(sentence, "township", "镇", D(2017, 3, 2))
    assert said_within_powers(sentence, "township", "镇", D(2017, 3, 2)) is None


def test_a_town_keeps_what_it_asks_for_or_helps_with():
    for s in ("积极争取县里在职称评聘上向镇卫生院倾斜。", "镇卫生院要配合县疾控中心做好危险因素监测。",
              "推进村卫生室标准化建设。"):
        assert not beyond_powers(s, "township", "镇", D(2017, 3, 2)), s


def test_a_bureau_asks_its_government_to_assign_lead_roles():
    s = "县卫生健康局要把需要几个部门一起办的事列出清单，明确牵头部门和配合部门。"
    assert beyond_powers(s, "bureau", "县", D(2021, 3, 5)) == ["assign"]
    assert said_within_powers(s, "bureau", "县", D(2021, 3, 5)) == \
        "县卫生健康局要把需要几个部门一起办的事列出清单，报请县政府明确牵头部门和配合部门。"
    # the county's government assigns them itself
    assert not beyond_powers(s, "government", "县", D(2021, 3, 5))


def test_insurance_business_is_the_medical_security_bureau_s_from_2019():
    s = "严厉打击欺诈骗保和非法行医。"
    # under 卫生监督 after the reform: the health body keeps its own 非法行医
    assert said_within_powers(s, "government", "县", D(2021, 3, 5)) == "严厉打击非法行医。"
    assert said_within_powers(s, "bureau", "市", D(2022, 2, 18)) == "严厉打击非法行医。"
    # before it, 新农合's fund and its fraud were the health body's own
    assert not beyond_powers(s, "bureau", "县", D(2015, 3, 1))
    assert said_within_powers("市级医院要落实先诊疗后付费和一站式结算。", "government", "市", D(2020, 1, 15)) == \
        "市级医院要落实先诊疗后付费。"
    assert said_within_powers("完善医保基金监管机制。", "bureau", "市", D(2022, 2, 18)) == "配合医保部门完善医保基金监管机制。"
    # a government leader orders 医保 itself, and the 医保局 named as actor is its own business
    assert not beyond_powers("完善医保基金监管机制。", "government", "区", D(2026, 2, 25))
    assert not beyond_powers("医保部门要严厉打击欺诈骗保。", "bureau", "县", D(2021, 3, 5))


def test_family_planning_was_the_population_body_s_before_the_merger():
    s = "做好流动人口计划生育服务管理。"
    assert said_within_powers(s, "bureau", "县", D(2013, 2, 20)) == "配合人口计生部门做好流动人口计划生育服务管理。"
    assert not beyond_powers(s, "bureau", "县", D(2016, 3, 1))      # 卫生计生局
    assert not beyond_powers(s, "bureau", "县", D(2024, 3, 1))      # 卫生健康局
    assert not beyond_powers(s, "government", "县", D(2013, 2, 20))


def test_workplace_health_was_work_safety_s_before_2019():
    s = "加强用人单位职业卫生监管。"
    assert said_within_powers(s, "bureau", "县", D(2016, 3, 1)) == "配合安监部门加强用人单位职业卫生监管。"
    assert not beyond_powers(s, "bureau", "县", D(2021, 3, 1))


# ---- the providers a level has (level17): the clause's subject, or the object of 推动/支持/督促 ----

@pytest.mark.parametrize(("sentence", "level", "said"), [
    ("医院要完善便民服务设施，方便老年人就医。", "镇", "镇卫生院要完善便民服务设施，方便老年人就医。"),
    ("推动医疗机构与养老机构签订合作协议，为入住老人提供巡诊服务。", "镇",
     "推动镇卫生院与养老机构签订合作协议，为入住老人提供巡诊服务。"),
    ("基层医疗卫生机构要立足自身条件开设特色科室。", "镇", "镇卫生院要立足自身条件开设特色科室。"),
    ("推动有条件的基层医疗卫生机构设置康复、护理床位。", "乡", "推动乡卫生院设置康复、护理床位。"),
    ("医疗机构接诊发现传染病病例，要按规定时限网络直报。", "街道", "社区卫生服务中心接诊发现传染病病例，要按规定时限网络直报。"),
    ("要督促医疗机构落实公共卫生职责。", "街道", "要督促社区卫生服务中心落实公共卫生职责。"),
])
def test_a_township_says_the_generic_providers_as_its_own_clinic(sentence, level, said):
    date = D(2025, 7, 10)
    assert said_within_powers(sentence, "township", level, date) == said
    assert beyond_powers(sentence, "township", level, date) == ["providers"]
    assert not beyond_powers(said, "township", level, date)
    # the county's government and bureau tell all of them as they are
    assert said_within_powers(sentence, "bureau", "县", date) == sentence


@pytest.mark.parametrize("sentence", [
    "二级以上综合医院要把老年医学科建起来，配备经过专门培训的医护人员。",
    "推进健康促进医院和健康促进学校建设，发挥其在健康教育中的示范作用。",
    "精神卫生医疗机构要与基层医疗卫生机构建立转诊和技术指导关系。",
    "县级医院要发挥龙头作用，带动乡镇卫生院提升服务能力。",
])
def test_a_township_tells_no_provider_of_the_county(sentence):
    for level in ("镇", "街道"):
        assert said_within_powers(sentence, "township", level, D(2025, 7, 10)) is None
        assert beyond_powers(sentence, "township", level, D(2025, 7, 10)) == ["providers"]
    assert not beyond_powers(sentence, "government", "县", D(2025, 7, 10))


def test_a_county_tells_no_city_hospital_but_asks_it():
    date = D(2024, 3, 1)
    assert said_within_powers("市级医院要加强对县级医院的帮扶。", "government", "县", date) is None
    assert said_within_powers("积极争取市级医院对县级医院的帮扶。", "government", "县", date) is not None
    assert not beyond_powers("市级医院要加强对县级医院的帮扶。", "government", "市", date)
    # a provider's name inside a longer noun tells no one (国家区域医疗中心建设是补短板的关键)
    assert not beyond_powers("国家区域医疗中心建设是补短板的关键，要定下时间表。", "bureau", "市", date)
    assert not beyond_powers("加强医院管理，提升服务质量。", "township", "镇", date)


def test_a_heading_on_work_beyond_the_speaker_says_his_part():
    from jianggao.model.levels_powers import heading_within_powers as heading
    # a 2014 county 卫生局, before the county merged it with the 人口计生局
    assert heading("着力提升计划生育工作水平", "计划生育", "population_family", "bureau", "县", D(2014, 2, 18)) \
        == "配合做好计划生育工作"
    # … the merged 卫生计生局 (2016) and the county's government leader (2014) say it as their own
    assert heading("着力提升计划生育工作水平", "计划生育", "population_family", "bureau", "县", D(2016, 2, 18)) \
        == "着力提升计划生育工作水平"
    assert heading("着力提升计划生育工作水平", "计划生育", "population_family", "government", "县", D(2014, 2, 18)) \
        == "着力提升计划生育工作水平"
    # a street's hospitals are the district's; a 镇's own 卫生院 gives it medical services of its own
    assert heading("着力提升医疗服务质量和水平", "医疗服务", "medical_services", "township", "街道", D(2021, 7, 1)) \
        == "配合做好医疗服务工作"
    assert heading("着力提升医疗服务质量和水平", "医疗服务", "medical_services", "township", "镇", D(2021, 7, 1)) \
        == "着力提升医疗服务质量和水平"
    assert heading("扎实推进信息化工作", "信息化", "informatization", "township", "镇", D(2021, 7, 1)) == "配合做好信息化工作"


def test_a_township_helps_the_county_oversee_providers_and_names_no_other_township_s_clinic():
    date = D(2025, 7, 1)
    assert said_within_powers("要加强医养结合服务的监管，规范服务内容和收费。", "township", "镇", date) \
        == "要配合县卫生健康局加强医养结合服务的监管，规范服务内容和收费。"
    # the health body by its name on the date
    assert "县卫生计生局" in said_within_powers("要加强医养结合服务的监管。", "township", "镇", D(2016, 3, 1))
    assert said_within_powers("养老机构内设的医务室、护理站要纳入医疗质量管理。", "township", "镇", date) is None
    assert not beyond_powers("加强食品安全监管。", "township", "镇", date)      # 市场监管's, not the health body's
    assert not beyond_powers("要加强医养结合服务的监管。", "bureau", "县", date)
    for level in ("镇", "街道"):
        assert said_within_powers("医院候诊区、社区卫生服务中心和村卫生室都要设立健康教育宣传栏。", "township", level, date) \
            is None


def test_only_a_city_or_a_province_addresses_the_health_departments_of_every_level():
    s = "各级卫生行政部门要加强对卫生监督工作的领导。"
    assert beyond_powers(s, "bureau", "县", D(2021, 3, 1)) == ["all_levels"]
    assert said_within_powers(s, "government", "区", D(2021, 3, 1)) is None
    assert not beyond_powers(s, "bureau", "市", D(2021, 3, 1))


@pytest.mark.parametrize("level", ["镇", "乡", "街道"])
def test_a_township_promises_no_hospital_admissions(level):
    """应收尽收 (admitting every mental patient who needs it) is the county's hospitals', not a township's to promise
    (readings 38 and 39: a 2017 镇 and a 2023 街道)."""
    from jianggao.model.levels_powers import above_township
    assert above_township(level).search("对病情不稳定的严重精神障碍患者，要落实救治救助政策，做到应治尽治、应收尽收。")


def test_one_search_for_every_business_gives_the_same_answers(monkeypatch):
    """out_of_powers asks one alternation of the businesses' words before searching each in turn: over the bank's
    sentences (and clauses of them), for every role, several levels and dates, its answers are those of the walk alone."""
    import re

    from jianggao.model import levels_powers as lp
    from jianggao.model.bank import load_bank
    from jianggao.resources import phrasebank_dir

    assert lp._any_business() is not None
    sentences = [s for p in load_bank(phrasebank_dir()) for s in (p.sentences or [p.text])]
    clauses = sorted({c for s in sentences for c in (s, *re.split(r"(?<=[，。；：])", s)) if c})
    cases = [(role, level, day) for role in (lp.GOVERNMENT, lp.BUREAU, lp.UNIT, lp.TOWNSHIP)
             for level in ("市", "县", "镇", "街道") for day in (D(2013, 6, 1), D(2018, 6, 1), D(2024, 6, 1))]
    gated = [[lp.out_of_powers(c, *case) for c in clauses] for case in cases]
    assert any(b is not None for row in gated for b in row) and any(b is None for row in gated for b in row)
    monkeypatch.setattr(lp, "_any_business", lambda: None)
    assert gated == [[lp.out_of_powers(c, *case) for c in clauses] for case in cases]


@pytest.mark.parametrize("sentence", ["要完善中医药服务价格和医保支付政策，支持中医药特色优势发挥。",
                                      "完善医疗服务价格政策，理顺比价关系。"])
def test_a_hospital_does_not_set_prices_or_payment_policy(sentence):
    """lead24: a county 中医医院's pledge said 着力完善中医药服务价格和医保支付政策 — the 医保局's and the government's to do."""
    day = dt.date(2026, 3, 3)
    assert beyond_powers(sentence, "unit", "县", day) == ["prices"]
    assert beyond_powers(sentence, "government", "县", day) == []


@pytest.mark.parametrize("level", ["区", "县", "旗", "市"])
def test_a_speaker_asks_the_hospitals_above_him_and_tells_them_nothing(level):
    """(answer22, the forty-third reading's r3) 上级医院 is above whoever speaks: asked (协调、争取), never told."""
    told = "上级医院对家庭医生转诊的签约居民，要做到优先接诊、优先检查"
    asked = "要积极协调上级医院，对家庭医生转诊的签约居民做到优先接诊"
    assert levels_powers.providers_within(told, "bureau", level) is None
    assert levels_powers.providers_within(asked, "bureau", level) == asked


# ---- reading 48: what a township, a 卫生院 and a city commission can and cannot do ----

def test_a_town_says_its_clinic_s_part_in_the_county_s_alliance():
    """The 医共体's finance, procurement and unified management are the county's and its lead hospital's: a town's
    clinic is a member that 配合s (r5, a 2026 镇长); the county's own speakers order them."""
    when = D(2026, 3, 5)
    for sentence in ("不断加强医共体内的财务统一核算，规范成员单位的收支管理和资产管理。",
                     "要完善医共体内统一的药品耗材采购配送机制，保障镇卫生院和村卫生室用药衔接。",
                     "推进医共体内人员、财务、药品、信息统一管理，逐步实现医共体内一体化运行。"):
        assert "alliance_run" in beyond_powers(sentence, "township", "镇", when)
        said = said_within_powers(sentence, "township", "镇", when)
        assert said and said.startswith("镇卫生院作为医共体成员单位，要配合县卫生健康局"), said
        assert "不断" not in said[:30]
        assert beyond_powers(sentence, "bureau", "县", when) == []
        assert beyond_powers(sentence, "government", "县", when) == []
    # its assessment is the county's over the town's clinic: said by no town
    assert said_within_powers("要建立医共体考核评价机制，把基层诊疗量和群众满意度作为主要指标。", "township", "镇", when) is None


def test_a_town_leaves_out_the_county_s_indicator_and_keeps_the_rest():
    when = D(2026, 3, 5)
    sentence = "推进分级诊疗的关键在基层，要以紧密型医共体为载体，提高基层常见病、多发病的诊治能力，逐步提高县域内就诊率。"
    assert said_within_powers(sentence, "township", "镇", when) == \
        "推进分级诊疗的关键在基层，要以紧密型医共体为载体，提高基层常见病、多发病的诊治能力。"
    assert said_within_powers("逐步提高县域内就诊率。", "township", "镇", when) is None
    assert said_within_powers(sentence, "government", "县", when) == sentence


def test_a_town_holds_no_one_to_account_over_the_county_s_reform():
    when = D(2026, 3, 5)
    assert said_within_powers("对紧密型县域医共体建设等任务推进不力的，镇政府将通报约谈、限期整改。", "township", "镇",
                              when) is None
    assert said_within_powers("对村卫生室建设等任务推进不力的，镇政府将通报约谈、限期整改。", "township", "镇", when)
    assert said_within_powers("对紧密型县域医共体建设等任务推进不力的，县政府将通报约谈、限期整改。", "government", "县",
                              when)


def test_a_clinic_is_given_only_the_services_of_its_grade():
    """有条件的医院 in a town's mouth is its 卫生院 only for work of a 卫生院's grade (r5: 老年综合评估门诊)."""
    when = D(2026, 3, 5)
    assert said_within_powers("有条件的医院要开设老年综合评估门诊，为老年患者提供多病共管的诊疗服务。", "township", "镇",
                              when) is None
    assert said_within_powers("有条件的医院要开设老年综合评估门诊。", "government", "县", when)
    assert said_within_powers("医疗机构要做好老年人健康体检。", "township", "镇", when) == "镇卫生院要做好老年人健康体检。"


def test_food_risk_monitoring_is_the_cdc_s_and_the_functions_of_the_cdc_the_province_s():
    assert "food_risk" in beyond_powers("镇卫生院要加强食源性疾病监测和食品安全风险监测。", "township", "镇", D(2026, 3, 5))
    assert beyond_powers("县疾控中心要加强食品安全风险监测。", "bureau", "县", D(2026, 3, 5)) == []
    sentence = "要理顺疾控机构的职能定位，强化疾控中心的技术指导和监测评估职能。"
    for level, role in (("市", "bureau"), ("市", "government"), ("县", "bureau")):
        assert "cdc_functions" in beyond_powers(sentence, role, level, D(2021, 2, 24))
    assert beyond_powers(sentence, "bureau", "省", D(2021, 2, 24)) == []


def test_the_insurance_e_voucher_is_the_medical_security_bureau_s():
    """r2 (2021, a 市卫健委主任): 推广使用电子健康卡和医保电子凭证 keeps the health body's card only."""
    when = D(2021, 2, 24)
    assert said_within_powers("要推广使用电子健康卡和医保电子凭证，方便群众看病就医。", "bureau", "市", when) == \
        "要推广使用电子健康卡，方便群众看病就医。"
    assert "insurance" in beyond_powers("推广使用医保电子凭证。", "bureau", "市", when)


# ---- level31: a township gives no care, a county's townships are no 责任主体, a county sets no staffing rules ----

@pytest.mark.parametrize(("sentence", "level", "date", "said"), [
    # the street's own event: its centre gives the care, the street supports it
    ("下一步，我们将做实家庭医生签约服务，开展老年人健康体检。", "街道", D(2024, 5, 19),
     "下一步，我们将支持社区卫生服务中心做实家庭医生签约服务，开展老年人健康体检。"),
    # the district's (the county's) reform is 配合ed, with the health body named as on that date
    ("在医改方面，我们将推进分级诊疗。", "街道", D(2017, 4, 11), "在医改方面，我们将配合区卫生计生局推进分级诊疗。"),
    ("在医改工作中，我们将推进紧密型县域医共体建设。", "镇", D(2025, 3, 26),
     "在医改工作中，我们将配合县卫生健康局推进紧密型县域医共体建设。"),
    ("镇政府将做好患者随访。", "镇", D(2021, 3, 1), "镇政府将支持镇卫生院做好患者随访。"),
    # … nor builds the district's centre
    ("基层卫生方面，我们将抓好社区卫生服务中心提档升级。", "街道", D(2019, 3, 1),
     "基层卫生方面，我们将配合区卫生健康局抓好社区卫生服务中心提档升级。"),
])
def test_a_township_supports_the_care_its_clinic_gives(sentence, level, date, said):
    remit = levels_powers.Remit(levels_powers.TOWNSHIP, level, date)
    assert "care" in beyond_powers(sentence, levels_powers.TOWNSHIP, level, date)
    assert levels_powers.within_level(sentence, remit) == said
    assert not beyond_powers(said, levels_powers.TOWNSHIP, level, date)


@pytest.mark.parametrize("sentence", [
    "我们将组织各社区做好家庭医生签约服务的宣传动员。",      # its own part: mobilising
    "发动社区干部配合家庭医生团队入户，把签约服务做实。",
    "我们将深入开展爱国卫生运动。",                          # its own work
])
def test_a_township_s_own_part_in_care_stands(sentence):
    remit = levels_powers.Remit(levels_powers.TOWNSHIP, "街道", D(2022, 3, 1))
    assert levels_powers.within_level(sentence, remit) == sentence


def test_a_clinic_s_head_at_a_street_gives_care_in_his_own_voice():
    remit = levels_powers.Remit(levels_powers.UNIT, "街道", D(2022, 3, 1))
    assert levels_powers.within_level("我们将做实家庭医生签约服务。", remit) == "我们将做实家庭医生签约服务。"


def test_township_measures_share_one_lead():
    said = levels_powers.township_measures(["做实家庭医生签约服务", "开展老年人健康体检", "推进分级诊疗", "开展爱国卫生运动"],
                                           "街道", D(2019, 3, 1),
                                           "做实家庭医生签约服务，开展老年人健康体检，推进分级诊疗，开展爱国卫生运动")
    assert said == ("支持社区卫生服务中心做实家庭医生签约服务、开展老年人健康体检，配合区卫生健康局推进分级诊疗，"
                    "开展爱国卫生运动")
    # a county's own speaker pledges his items as typed
    assert levels_powers.township_measures(["推进分级诊疗"], "县", D(2019, 3, 1), "推进分级诊疗") == "推进分级诊疗"


@pytest.mark.parametrize(("level", "area", "duty"), [
    ("市", "medical_reform", levels_powers.MAIN),       # a city's counties run its reform
    ("州", "", levels_powers.MAIN),
    ("县", "", levels_powers.LOCAL),                    # a county's townships: 属地 in health work as a whole
    ("县", "patriotic_health", levels_powers.LOCAL),
    ("区", "disease_control", levels_powers.LOCAL),
    ("县", "medical_reform", ""),                       # … and nothing of its reform, hospitals or staff
    ("县", "workforce", ""),
    ("区", "medical_services", ""),
    ("镇", "", ""),
])
def test_what_the_places_below_hold(level, area, duty):
    assert levels_powers.subdivision_duty(level, area) == duty


def test_a_county_s_townships_hold_local_duty_and_none_of_its_reform():
    remit = levels_powers.Remit(levels_powers.GOVERNMENT, "县", D(2018, 3, 1))
    assert levels_powers.within_level("各乡镇要把卫生计生工作摆上议事日程，作为责任主体抓好各项任务落地。", remit) == \
        "各乡镇要把卫生计生工作摆上议事日程，落实属地责任，抓好各项任务落地。"
    assert levels_powers.within_level("各乡镇要落实属地责任，把医改工作纳入本地的总体安排。", remit) is None
    assert "subdivisions" in beyond_powers("各乡镇要落实属地责任，把医改工作纳入本地的总体安排。", "government", "县",
                                           D(2018, 3, 1))
    # asked to help, they may be named; a city's counties are the 责任主体
    assert levels_powers.within_level("各乡镇要配合做好医共体建设。", remit) == "各乡镇要配合做好医共体建设。"
    city = levels_powers.Remit(levels_powers.GOVERNMENT, "市", D(2018, 3, 1))
    said = "各县（市、区）要把医改工作摆上议事日程，作为责任主体抓好各项任务落地。"
    assert levels_powers.within_level(said, city) == said


@pytest.mark.parametrize("role", ["government", "bureau"])
def test_a_county_carries_out_the_title_rules_set_above_it(role):
    eased = "县卫生健康局要把绩效工资向一线倾斜，对长期在基层工作的人员在职称评聘上适当放宽条件，稳定基层人员队伍。"
    said = said_within_powers(eased, role, "县", D(2020, 3, 1))
    assert said == "县卫生健康局要把绩效工资向一线倾斜，落实好对长期在基层工作的人员职称评聘的倾斜政策，稳定基层人员队伍。"
    assert "title_rules" in beyond_powers(eased, role, "县", D(2020, 3, 1))
    # the rule itself is not a county's to say at all
    assert said_within_powers("全科医生的职称晋升要突出基层服务实绩，不把论文作为硬性条件。", role, "县", D(2020, 3, 1)) is None
    # the province sets it
    assert not beyond_powers(eased, role, "省", D(2020, 3, 1))


def test_a_county_asks_for_more_posts_and_fills_the_ones_it_has():
    more = "要合理增加医务人员编制，落实公立医院在岗位设置、人员聘用上的自主权。"
    assert said_within_powers(more, "government", "县", D(2020, 3, 1)) == \
        "要积极争取上级支持，合理增加医务人员编制，落实公立医院在岗位设置、人员聘用上的自主权。"
    assert said_within_powers(more, "government", "省", D(2020, 3, 1)) == more
    vacant = "请县委编办把基层医疗卫生机构的空编优先用于招聘。"
    assert not beyond_powers(vacant, "government", "县", D(2020, 3, 1))


def test_a_township_s_concern_for_care_is_not_care():
    said = "我们要把党史学习教育落到“我为群众办实事”上，把群众看病就医的急难愁盼作为办实事的重点。"
    assert levels_powers.within_level(said, levels_powers.Remit(levels_powers.TOWNSHIP, "镇", D(2021, 3, 1))) == said
