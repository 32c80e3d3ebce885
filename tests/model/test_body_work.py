"""What each kind of body does (model/body_work): the work given to its own body, or not said."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose.duties import line_needed
from jianggao.compose.voice import Remit, in_remit, unsaid_alliance
from jianggao.model import body_work

D = dt.date(2021, 3, 1)


@pytest.mark.parametrize(("body", "clause", "key"), [
    ("区疾控中心", "区疾控中心要加强医务人员继续教育和岗位培训", "staff_training"),
    ("区疾控中心", "区疾控中心要合理设置新冠病毒疫苗临时接种点", "vaccination_sites"),
    ("各医疗机构", "各医疗机构要做好流行季节和节假日期间的疫情研判", "epidemic_judgement"),
    ("各乡镇卫生院", "各乡镇卫生院要推进重点癌症早诊早治，对高风险人群开展筛查", "cancer_screening"),
    ("发改部门", "发改部门要把托育服务设施纳入规划", "estate_planning"),
    ("各医疗机构", "各医疗机构要做好重点传染病的流行病学调查和密切接触者管理", "field_investigation"),
    ("各乡镇卫生院", "各乡镇卫生院要加强病原学检测能力建设", "pathogen_testing"),
    ("各乡镇卫生院", "各乡镇卫生院要做好传染病防控物资和检测试剂的储备", "reagent_stock"),
    ("各基层医疗卫生机构", "各基层医疗卫生机构要加强医养结合服务的监管，规范服务内容和收费", "oversight"),
    ("各助产机构", "各助产机构要把流动孕产妇纳入属地管理", "territory"),
    ("县卫生健康局", "县卫生健康局要健全医保基金监管机制", "insurance_fund"),
    # answer22 (the forty-third reading's BODY class), on other bodies and levels than the reading's
    ("区卫生健康局", "区卫生健康局要保障各社区卫生服务中心慢性病用药的供应", "drug_supply"),
    ("旗卫生健康局", "旗卫生健康局要把新增床位优先安排到边远苏木乡镇", "bed_allocation"),
    ("县医保局", "县医保局要做实家庭医生签约服务", "family_doctor"),
    ("各乡镇卫生院", "各乡镇卫生院要对照标准把业务用房、设备配齐", "unit_provision"),
    ("县妇幼保健院", "县妇幼保健院要加强产前诊断能力建设", "prenatal_diagnosis"),
    ("区人民医院", "区人民医院要开展产前诊断服务", "prenatal_diagnosis"),
    # level29: a clinic runs no press column, solves no village doctor's pension, leads no 中西医协同
    ("各基层医疗卫生机构", "各基层医疗卫生机构要发挥新闻媒体在健康教育中的作用，开设健康栏目", "media_columns"),
    ("各社区卫生服务中心", "各社区卫生服务中心要开设健康专栏", "media_columns"),
    ("各乡镇卫生院", "各乡镇卫生院要落实乡村医生养老保障和待遇补助政策", "village_doctor_pension"),
    ("镇卫生院", "镇卫生院要推进中西医协同，在重大疾病防治中更好发挥中医药作用", "tcm_integration"),
    ("各乡镇卫生院", "各乡镇卫生院要关心乡村医生的工作和生活，帮助解决他们在执业、养老等方面的实际困难", "village_doctor_pension"),
    ("各乡镇卫生院", "各乡镇卫生院要加强慢性病危险因素监测，摸清本地居民吸烟、饮酒等方面的情况", "risk_monitoring"),
    ("各社区卫生服务中心", "各社区卫生服务中心要加强食源性疾病监测和食品安全风险监测", "risk_monitoring"),
])
def test_another_bodys_work_is_found(body, clause, key):
    work = body_work.mismatch(body, clause, D)
    assert work is not None and work.key == key


@pytest.mark.parametrize(("body", "clause"), [
    ("县人民医院", "县人民医院要加强医务人员继续教育和岗位培训"),
    ("县疾控中心", "县疾控中心要做好疫情研判"),
    ("县级医院", "县级医院要推进重点癌症早诊早治"),
    ("村卫生室标准化建设", "村卫生室标准化建设要纳入乡村建设规划统筹安排"),   # a work, not a body
    ("乡镇卫生院", "乡镇卫生院要加强对村卫生室的指导和监管"),
    ("县卫生健康局", "县卫生健康局要配合医保部门加强医保基金监管"),
    # answer22: who stocks the drugs, who steers their delivery, who pays the 签约 fee, who may diagnose before birth
    ("各村卫生室", "各村卫生室要保障常用药的供应"),
    ("市卫生健康委", "市卫生健康委要督促配送企业保障基层医疗卫生机构常用药的供应"),
    ("区卫生健康局", "区卫生健康局要在区域卫生规划中把新增床位向薄弱片区倾斜"),
    ("市医保局", "市医保局要按规定及时拨付签约服务费"),
    ("市妇幼保健院", "市妇幼保健院要加强产前诊断能力建设"),
    ("县卫生健康局", "县卫生健康局要督促各助产机构做好产前筛查和转诊"),
    ("市卫生健康委", "市卫生健康委要会同宣传部门，在主流媒体开设健康栏目"),
    ("县卫生健康局", "县卫生健康局要落实乡村医生养老保障和待遇补助政策"),
    ("市中医医院", "市中医医院要推进中西医协同，在重大疾病防治中更好发挥中医药作用"),
    ("县疾控中心", "县疾控中心要加强慢性病危险因素监测"),
    ("县教育局", "县教育局要把学校的健康教育课开足开好，新闻媒体要开设健康栏目"),
    ("各乡镇卫生院", "各乡镇卫生院要把健康知识讲座办到村里"),
])
def test_own_work_stands(body, clause):
    assert body_work.mismatch(body, clause, D) is None


def test_work_goes_to_its_own_body():
    gov = Remit("government", "区", D)
    assert in_remit("区疾控中心要合理设置新冠病毒疫苗临时接种点，科学安排接种时段。", gov) \
        == "区卫生健康局要合理设置新冠病毒疫苗临时接种点，科学安排接种时段。"
    assert in_remit("各乡镇卫生院要推进重点癌症早诊早治，对高风险人群开展筛查。", Remit("government", "县", D)) \
        == "县级医院要推进重点癌症早诊早治，对高风险人群开展筛查。"
    # a bureau's head says his own department's work as 我们; a department is not his to tell
    assert in_remit("区疾控中心要加强医务人员继续教育和岗位培训。", Remit("bureau", "区", D)).startswith("我们要")
    assert in_remit("发改部门要把托育服务设施纳入规划。", Remit("bureau", "区", D)) is None


def test_a_government_does_not_join_its_own_department():
    said = in_remit("我们要会同体育部门推动体医融合，把运动处方纳入健康管理服务。", Remit("government", "市", D))
    assert said is not None and said.startswith("市卫生健康委要会同体育部门")


def test_a_city_commission_tells_the_counties_bureaus():
    said = in_remit("各乡镇卫生院要加强村医培训。", Remit("bureau", "市", dt.date(2016, 3, 1)))
    assert said == "各县（市、区）卫生计生局要督促乡镇卫生院加强村医培训。"


def test_the_level_decides_the_alliance():
    assert unsaid_alliance("", "市").search("建立医共体内统一的药品耗材采购配送机制")
    assert unsaid_alliance("", "区").search("让群众在县域内就能看好病")
    assert unsaid_alliance("", "区", rural=True) is None
    assert unsaid_alliance("", "县") is None
    assert unsaid_alliance("", "市", county_city=True) is None
    assert unsaid_alliance("区域医共体实现镇街全覆盖", "区").search("推进医联体建设")


def test_a_partner_is_told_what_the_tasks_need():
    assert not line_needed("教育部门要抓好学校卫生和学生健康工作", "加强慢性病管理；提升基层服务能力")
    assert line_needed("教育部门要抓好学校卫生和学生健康工作", "做好儿童青少年近视防控")
    assert line_needed("教育部门要落实学校传染病防控措施", "加强传染病监测预警")
    assert line_needed("财政部门要落实政府办医投入责任", "")


def test_a_body_told_work_with_no_owner_at_its_level_is_not_said():
    """(answer22) a commission told to hand out beds or supply drugs has no body to give the work to: the sentence goes
    (voice.in_remit), never to a hospital in its place."""
    for level in ("市", "县", "区"):
        assert body_work.given_to_owner(f"{level}卫生健康局要保障基层医疗卫生机构常用药的供应", level, D) is None
    said = body_work.given_to_owner("县医保局要做实家庭医生签约服务", "县", D)
    assert said is not None and said.startswith("县卫生健康局要")


def test_medical_aid_was_civil_affairs_s_before_the_2018_reform():
    """r6 (2013, a 副市长): 市医保经办机构要把医保报销和医疗救助的待遇落实到位 — 医疗救助 was 民政's."""
    from jianggao.model import body_work
    sentence = "市医保经办机构要把医保报销和医疗救助的待遇落实到位。"
    assert body_work.mismatch("市医保经办机构", sentence, dt.date(2013, 4, 16)) is not None
    assert body_work.mismatch("市医保局", "市医保局要把医保报销和医疗救助的待遇落实到位。", dt.date(2021, 4, 16)) is None
    assert body_work.own_items_kept(sentence, dt.date(2013, 4, 16)) == "市医保经办机构要把医保报销的待遇落实到位。"
    assert body_work.mismatch("市民政局", "市民政局要落实医疗救助。", dt.date(2013, 4, 16)) is None


def test_a_hospital_s_geriatric_services_are_no_clinic_s():
    from jianggao.model import body_work
    when = dt.date(2026, 3, 5)
    assert body_work.mismatch("镇卫生院", "镇卫生院要开设老年综合评估门诊。", when) is not None
    assert body_work.mismatch("社区卫生服务中心", "社区卫生服务中心要开展多学科诊疗。", when) is not None
    assert body_work.mismatch("县人民医院", "县人民医院要开设老年综合评估门诊。", when) is None


# actor32: a policy or a strategy is held by the government and its department, not by a unit; a bureau serves no
# resident itself (the providers do, the bureau 推动s them); the government's birth support is not a hospital's to carry
@pytest.mark.parametrize(("body", "clause", "key"), [
    ("各基层医疗卫生机构", "各基层医疗卫生机构要坚持外防输入、内防反弹总策略，把各项防控措施落实到位", "policy_line"),
    ("旗疾控中心", "旗疾控中心要贯彻新时代党的卫生与健康工作方针", "policy_line"),
    ("街道社区卫生服务中心", "街道社区卫生服务中心要树立大卫生、大健康理念", "policy_line"),
    ("市妇幼保健院", "市妇幼保健院要落实好各项生育支持措施，减轻家庭生育养育负担", "birth_support"),
    ("县卫生健康局", "县卫生健康局要为签约居民提供预约转诊、长期处方、慢病用药延伸配送等便利", "care_delivery"),
    ("区卫生健康局", "区卫生健康局要为行动不便的老年人提供上门服务", "care_delivery"),
])
def test_policy_and_service_go_to_their_own(body, clause, key):
    work = body_work.mismatch(body, clause, D)
    assert work is not None and work.key == key


@pytest.mark.parametrize(("body", "clause"), [
    ("县卫生健康局", "县卫生健康局要坚持外防输入、内防反弹总策略"),
    ("各乡镇卫生院", "各乡镇卫生院要为签约居民提供预约转诊、长期处方等便利"),
    ("区卫生健康局", "区卫生健康局要推动各社区卫生服务中心与养老机构签约合作，为行动不便的老年人提供上门医疗服务"),
    ("我们", "我们要为群众提供安全、有效、方便的医疗服务"),
    ("各医院", "各医院要牢固树立以病人为中心的服务理念"),
    ("公立医院", "公立医院要坚持公益性，主动承担公共卫生任务"),
    ("县卫生健康局", "县卫生健康局要落实好各项生育支持措施"),
])
def test_policy_and_service_at_their_own_stand(body, clause):
    assert body_work.mismatch(body, clause, D) is None


def test_a_bureau_told_to_serve_gives_it_to_the_providers():
    assert body_work.given_to_owner("县卫生健康局要为签约居民提供预约转诊、长期处方等便利。", "县", D) \
        == "各乡镇卫生院要为签约居民提供预约转诊、长期处方等便利。"
    assert body_work.given_to_owner("区卫生健康局要为签约居民提供长期处方。", "区", D) \
        == "各社区卫生服务中心要为签约居民提供长期处方。"
    # a unit told to hold a strategy: its department holds it (我们 in a bureau head's mouth)
    assert body_work.given_to_owner("各基层医疗卫生机构要坚持外防输入、内防反弹总策略。", "市", D) \
        == "市卫生健康委要坚持外防输入、内防反弹总策略。"
