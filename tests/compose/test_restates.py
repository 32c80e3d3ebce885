"""compose.points.restates: a measure that only says its item's head again in other words (fresh49–57's drafts: 做好计划
生育特殊家庭扶助关怀工作，落实好各项扶助政策 under 关心关爱计划生育特殊家庭) is not placed under it, and is taken out of
its paragraph where a later pass brought it there; a measure that develops the head stays (read one by one: of the 47
measures one point both ways with their head, those adding a step, a body's duty or a standard develop it)."""
from __future__ import annotations

import pytest

from jianggao.compose.points import restates
from jianggao.compose.restated import restated_gone
from jianggao.model.speech import Paragraph

RESTATED = [
    ("关心关爱计划生育特殊家庭", "做好计划生育特殊家庭扶助关怀工作，落实好各项扶助政策。"),
    ("持续改善城乡环境卫生面貌", "扎实开展爱国卫生运动，改善城乡人居环境。"),
    ("推进流动人口卫生计生基本公共服务均等化", "做好流动人口健康服务，推进流动人口基本公共卫生服务均等化。"),
    ("完善常态化疫情防控应急预案并开展演练", "完善卫生应急预案体系，加强应急队伍建设，定期开展应急演练。"),
    ("做好新中国成立70周年重大活动医疗卫生保障", "各基层医疗卫生机构要做好重大活动和节假日期间的医疗卫生保障工作。"),
    ("推进托育从业人员培训和持证上岗", "加强托育从业人员培训，提高保育照护的专业水平。"),
    ("守护妇女儿童健康，加强出生缺陷防治", "加强儿童健康管理和出生缺陷综合防治，提升妇幼健康服务水平。"),
    ("巩固完善基本药物制度和基层运行新机制，落实基层医疗卫生机构多渠道补偿",
     "基层医疗卫生机构实施基本药物制度后的补偿政策要落实到位，保证机构正常运行。"),
]

DEVELOPED = [
    ("高标准完成国家慢性病综合防控示范区创建",
     "慢性病综合防控示范区创建要按照国家标准认真自评，哪一项达不到就在哪一项上补课，不搞突击迎检。"),
    ("提高适龄儿童免疫规划疫苗接种率，确保适龄儿童免疫规划疫苗接种率继续稳定在95%以上",
     "各接种单位要规范开展免疫规划疫苗接种，做到预约接种、按时接种，不漏种、不错种。"),
    ("加强胸痛、卒中、创伤、危重孕产妇和新生儿救治中心建设",
     "胸痛、卒中、创伤和危重孕产妇、危重儿童新生儿救治这几个中心，要按建设标准配齐人员和设备，院内多学科协作、一条通道救到底。"),
    ("按照省、市统一部署，积极稳妥启动县级公立医院综合改革试点，探索破除“以药补医”机制",
     "县级公立医院改革要以破除以药补医为关键，试点启动前要摸清县级医院的收支结构、药品收入、人员编制和债务情况。"),
    ("实施“千县工程”，补齐县人民医院重症医学、肿瘤、儿科等专科短板", "围绕群众外出就医较多的病种，补齐急诊、重症、儿科等薄弱专科的短板。"),
    ("加强乡村医生队伍建设，推动医疗资源向乡村延伸", "要进一步加强全科医生和乡村医生队伍建设，落实待遇保障，稳定基层卫生人才队伍。"),
    # (not one point at all)
    ("推进医联体建设", "各乡镇卫生院要把辖区高血压、糖尿病患者的名单逐人核实，没有按时随访的由家庭医生团队上门补上。"),
]


@pytest.mark.parametrize(("head", "measure"), RESTATED)
def test_a_measure_adding_nothing_to_its_head_restates_it(head, measure):
    assert restates(measure, head)


@pytest.mark.parametrize(("head", "measure"), DEVELOPED)
def test_a_measure_with_a_step_of_its_own_develops_its_head(head, measure):
    assert not restates(measure, head)


def test_the_restating_measure_leaves_its_paragraph_and_what_develops_stays():
    head, measure = RESTATED[0]
    other_head, develops = DEVELOPED[0]
    text = "一是" + head + "。" + measure + "二是" + other_head + "。" + develops
    assert restated_gone([Paragraph(text)]) == [Paragraph("一是" + head + "。二是" + other_head + "。" + develops)]


def test_a_restating_measure_the_next_line_leans_on_stays():
    head, measure = RESTATED[1]
    text = "一是" + head + "。" + measure + "这项工作要列入年度考核。"
    assert restated_gone([Paragraph(text)]) == [Paragraph(text)]
