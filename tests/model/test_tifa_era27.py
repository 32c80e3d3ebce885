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
