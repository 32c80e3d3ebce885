"""The 提法 registry's dates for the wording the eighteenth reading found out of its time (model/tifa.yaml): each
term is in use inside its window and out of it outside, and each entry names its reason and two sources."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.model import tifa

D = dt.date.fromisoformat

# (text, a date it fits, a date it does not)
CASES = [
    ("人民健康是民族昌盛和国家强盛的重要标志。", "2023-02-20", "2022-08-19"),      # the 二十大, 2022-10-16
    ("人民健康是民族昌盛和国家富强的重要标志。", "2022-08-19", "2024-03-01"),      # the 十九大's, to 2023-03
    ("坚决守住不发生规模性疫情的底线。", "2022-05-10", "2021-04-08"),
    ("坚决守住不发生规模性疫情的底线。", "2022-05-10", "2024-02-20"),
    ("加强重点场所、重点人群的健康监测。", "2021-03-01", "2017-07-17"),
    ("新冠病毒感染实施乙类乙管以后，要做好重点人群健康服务。", "2023-07-20", "2025-03-01"),
    ("做到有房子、有设备、有村医，能看常见病。", "2019-02-20", "2025-03-01"),
    ("让每个乡镇都有一所达标的卫生院、每个村都有一个合格的村卫生室。", "2018-02-20", "2022-02-20"),
    ("做好妇幼健康工作。", "2014-02-20", "2012-02-22"),
    ("健康是幸福生活最重要的指标，健康是1，其他是后面的0。", "2022-08-19", "2019-08-19"),
    ("开展儿童孤独症筛查。", "2023-02-20", "2012-02-22"),
    ("推动基层医疗卫生机构全面配备和优先使用基本药物。", "2019-02-20", "2012-02-22"),
    ("建立乡村医生执业考核制度。", "2004-03-01", "2012-02-22"),
    ("农村改厕要做到建一户、成一户、用一户。", "2019-04-10", "2012-02-22"),
    ("推动各项工作提质增效。", "2015-02-20", "2012-02-22"),
    # era27 (session 24): the readers' terms and the ten most frequent the registry did not know
    ("要把医疗服务价格调整好，按照腾空间、调结构、保衔接的路径推进。", "2017-02-20", "2014-02-20"),
    ("对橙色、红色等高风险孕产妇实行专人专案、全程管理。", "2018-02-20", "2016-02-20"),
    ("落实孕产妇妊娠风险五色管理。", "2018-02-20", "2013-02-20"),
    ("工商部门要加强农贸市场的摊点卫生管理。", "2014-02-20", "2021-02-20"),
    ("质监部门要做好计量器具检定。", "2016-02-20", "2022-02-20"),
    ("民政部门要落实困难群众医疗救助。", "2016-02-20", "2021-02-20"),
    ("做好计划生育特殊家庭扶助关怀工作。", "2016-02-20", "2012-02-20"),
    ("习近平总书记强调，没有全民健康，就没有全面小康。", "2016-02-20", "2012-02-20"),
    ("发挥城市医疗集团和专科联盟的作用。", "2019-02-20", "2015-02-20"),
    ("倡导文明健康、绿色环保的生活方式。", "2021-02-20", "2018-02-20"),
    ("加快社区医院建设。", "2021-02-20", "2016-02-20"),
    ("强化医疗卫生行业综合监管。", "2019-02-20", "2013-02-20"),
    ("合理布局核酸采样点。", "2021-02-20", "2024-02-20"),
    ("要全面开展日间手术。", "2017-02-20", "2013-02-20"),
    ("解决好婴幼儿照护问题。", "2021-02-20", "2014-02-20"),
    # found reading a 2012 work report (its task.item.106 and the templates' 等级保护 line)
    ("落实网络安全等级保护制度，保护好群众的个人健康信息。", "2018-02-20", "2012-02-20"),
    ("积极开展预约诊疗、疾病管理、线上支付、移动医护、移动随访等业务应用。", "2017-02-20", "2012-02-20"),
    # era28 (reading 51's ERA): a pair of needs, a service, a programme's graduates, a team and its slogan, a party
    # phrase and a system of a later date; and a reform task said after it was done (its successor stays in use)
    ("三是加强产科儿科服务能力。", "2017-02-20", "2013-02-26"),
    ("为老年人、残疾人等群体提供导诊、陪诊等帮助。", "2022-02-20", "2013-02-26"),
    ("定向生毕业回到乡镇卫生院，要在岗位安排上给予支持。", "2016-02-20", "2013-02-26"),
    ("发动各村干部配合家庭医生团队入户，把签约服务做实。", "2017-02-20", "2014-02-20"),
    ("把会议部署同上级的要求结合起来一体推进。", "2020-02-20", "2014-02-20"),
    ("要建立母婴安全形势分析制度。", "2017-02-20", "2014-02-20"),
    ("推进城市公立医院综合改革，关键在破除以药补医。", "2016-02-20", "2019-05-09"),
    ("要巩固破除以药补医成果，完善公立医院补偿机制。", "2019-05-09", "2011-02-20"),
    ("要开展卫生行政权责清单梳理，整合行政执法职能。", "2016-02-20", "2012-02-20"),
]


@pytest.mark.parametrize("text,fits,not_fits", CASES)
def test_a_term_is_in_use_only_in_its_window(text, fits, not_fits):
    assert not tifa.outside_window(text, D(fits), "县"), fits
    assert tifa.outside_window(text, D(not_fits), "县"), not_fits


def test_the_new_entries_carry_their_reasons_and_sources():
    reg = tifa.load_registry()
    for entry_id in ("jkzg.minzu_changsheng_20da", "yiqing.bu_fasheng_guimoxing", "yiqing.zhongdian_changsuo_jiance",
                     "xiangcun.sange_yi", "jigou.fuyou_jiankang", "jkzg.jiankang_shi_yi", "fuyou.guduzheng_shaicha",
                     "yigai.jiyao_youxian_shiyong", "xiangcun.jianli_kaohe", "xiangcun.jian_yi_hu",
                     "jingji.tizhi_zengxiao", "fuyou.chanke_erke_nengli", "fuwu.peizhen", "rencai.dingxiang_yixuesheng",
                     "rencai.dingxiang_biye", "yigai.jiating_yisheng_tuandui", "lianzheng.yiti_tuijin",
                     "fuyou.muying_xingshi_fenxi", "yigai.pochu_yiyaobuyi", "yigai.gonggu_pochu",
                     "zhili.quanze_qingdan"):
        e = reg.by_id(entry_id)
        assert e.reason and len(e.sources) >= 2, entry_id


@pytest.mark.parametrize(("text", "before", "after"), [
    ("要加强短缺药品监测和应对，确保临床必需药品不断供。", "2013-03-01", "2018-03-01"),
    ("要对检查检验、药品耗材使用等重点环节加强监测，对费用异常增长的及时预警、约谈。", "2013-03-01", "2016-03-01"),
])
def test_compose_keeps_late_monitoring_out_of_early_drafts(text, before, after):
    """actor32: 短缺药品监测 (2014; 分级应对 2017) and 费用异常增长的预警约谈 (2015) are not a 2012–2013 speech's."""
    import datetime as dt

    from jianggao.compose.era import out_of_time
    assert out_of_time(text, dt.date.fromisoformat(before))
    assert not out_of_time(text, dt.date.fromisoformat(after))
