"""The 提法 registry's missing dates (era27): what outside readers found said too early or too late, and the most
frequent dated terms bench/tifa_unknown.py found the registry did not know.  Each term is out of its time on one
side and in it on the other; lint (the registry) stays silent on the real corpus speeches that said two of them
earlier than compose may (compose/era.py's own, narrower windows)."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose import era
from jianggao.model import tifa

D = dt.date.fromisoformat

# (text, a date it fits, a date it does not)
CASES = [
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
]


@pytest.mark.parametrize("text,fits,not_fits", CASES)
def test_a_term_is_in_use_only_in_its_window(text, fits, not_fits):
    assert not tifa.outside_window(text, D(fits), "县"), fits
    assert tifa.outside_window(text, D(not_fits), "县"), not_fits


@pytest.mark.parametrize("text,early,real", [
    # 004 of the corpus, a 2011–2013 county meeting (卫生部, 卫生厅, 三好一满意): 中医馆 under a provincial project
    ("一是要加快中医馆、县医院中医科的建设进度，尽快投入使用。", "2013-02-20", "2013-07-10"),
    # 004 again, a 2014–2016 Jiangxi county (省卫计委): the province's own pension policy for 村医
    ("积极宣传、认真落实乡村医生按照灵活就业人员参加职工基本养老保险政策。", "2014-02-20", "2014-07-10"),
])
def test_compose_keeps_out_what_a_real_speech_of_one_province_said_first(text, early, real):
    assert era.outside_window(text, D(early), "县"), "compose says it before the national document"
    assert not tifa.outside_window(text, D(real), "县"), "lint faults a real speech"


def test_every_new_entry_names_its_reason_and_two_sources():
    reg = tifa.load_registry()
    for entry_id in ("jigou.gongshang", "jigou.zhijian", "yigai.tengkongjian", "xiangcun.cunyi_linghuo_jiuye",
                     "fuwu.renshen_wuse", "yibao.minzheng_yiliao_jiuzhu", "renkou.jisheng_teshu_jiating",
                     "lilun.xi_zongshuji", "yigai.yiliaoti_xingshi", "aiwei.wenming_jiankang", "jiceng.shequ_yiyuan",
                     "zhili.hangye_zonghe_jianguan", "yiqing.hesuan_caiyang",
                     "fuwu.rijian_shoushu", "xinxi.wangluo_dengbao", "xinxi.yidong_yiliao"):
        e = reg.by_id(entry_id)
        assert e.reason and len(e.sources) >= 2, entry_id
