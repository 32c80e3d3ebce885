"""What session 47 mended from read67's reports on fresh61 (u1–u6) and its own reading of fresh62: a leader after the
bureau head's report reading the report's facts again, items whose bodies serve a sibling or one of their objects only,
answers under the wrong item or none, an integrity campaign's problems answered by pay and elderly-care lines, a
problem list's 四是 cut, a 2021 slogan in 2022, a figure moved ahead of the review's opening."""
from __future__ import annotations

import datetime as dt

import pytest
from compose_helpers import FRESH, wording_table

from jianggao.briefs.load import load_brief
from jianggao.compose import samepoint
from jianggao.compose.answers import entries_of
from jianggao.compose.context import as_measure
from jianggao.compose.core import compose, short_topic
from jianggao.compose.finish import _removable
from jianggao.compose.framing import _framing
from jianggao.compose.item_content import content_groups, object_words
from jianggao.compose.once import clause_once
from jianggao.compose.subject import sibling_work

_table = wording_table


@pytest.fixture(scope="module")
def drafts(real):
    """fresh61's u2, u4, u5 and u6 and fresh62's v2, each composed once at seed 1."""
    names = {"u2": "fresh61_u2", "u4": "fresh61_u4", "u5": "fresh61_u5", "u6": "fresh61_u6", "v2": "fresh62_v2"}
    return {k: compose(load_brief(FRESH / f"{v}.yaml"), real.bank, real.templates, seed=1).all_text()
            for k, v in names.items()}


def _item(text: str, opening: str) -> str:
    """The numbered item of ``text`` that opens on ``opening``, to its paragraph's end."""
    at = text.index(opening)
    end = text.find("\n", at)
    return text[at:end if end >= 0 else len(text)]


def test_the_line_that_says_the_report_gave_the_figures_is_no_sentence_to_cut():
    para = ["过去的一年，全县卫生健康系统各项工作取得了新的成效。", "工作报告对去年的工作作了全面总结，主要指标我从四个方面简要回顾一下。",
            "首先是健康扶贫，建档立卡贫困人口家庭医生签约服务率达到100%。"]
    assert _removable(para, ("建档立卡贫困人口家庭医生签约服务率达到100%",)) is None


def test_after_the_report_the_leader_says_so_before_the_figures(drafts):
    review = drafts["u2"][drafts["u2"].index("一、"):drafts["u2"].index("二、")]
    assert "简要回顾" in review
    assert "90.6%" in review and "86.4%" in review and "一站式" in review     # every figure and fact still said


def test_an_items_objects_lead_its_body_in_the_order_it_names_them():
    table = _table("item_content.yaml")
    day = dt.date(2019, 6, 27)
    groups = content_groups(table, "持续做好重大传染病、严重精神障碍患者管理和预防接种规范管理", day, "县")
    assert [g[0][:4] for g in groups] == ["传染病防", "严重精神", "接种单位"]
    # (医共体 only qualifies 打包付费: the payment's own lines first, and its words alone name the item's object)
    item = "配合县医疗保障局推进医共体医保基金总额打包付费，落实结余留用、合理超支分担"
    assert content_groups(table, item, dt.date(2019, 2, 27), "县")[0][0].startswith("医保基金打包付费")
    assert "医共体" not in object_words(table, item, dt.date(2019, 2, 27), "县")


def test_a_line_on_a_siblings_own_work_is_the_siblings():
    payment = "配合县医疗保障局推进医共体医保基金总额打包付费，落实结余留用、合理超支分担"
    closer = "推进县域医共体由“松散型”向紧密型转变，实行医共体内人员统一招聘使用、财务统一管理、药品耗材统一采购配送"
    assert sibling_work("统一医共体内的药品目录，推进检查检验结果互认，药品实行统一采购、统一配送。", payment, closer)
    assert not sibling_work("医保基金打包付费的总额要按参保人数测算。", payment, closer)


def test_the_hiring_answer_goes_to_the_item_on_hiring_not_to_pay(drafts):
    county = _item(drafts["u2"], "三是推行乡镇卫生院人员“县管乡用”")
    assert "招聘" in county[len("三是推行乡镇卫生院人员“县管乡用”，由医共体牵头医院统筹招聘后派驻乡镇卫生院。"):]
    pay = _item(drafts["u2"], "四是落实“两个允许”要求")
    assert "空编" not in pay and "两个允许”，" in pay or "允许突破" in pay


def test_an_integrity_campaigns_problems_have_answers_of_their_own(drafts):
    text = drafts["u5"]
    assert "轮岗" in _item(text, "三是落实关键岗位定期轮岗交流")
    assert "设备逐台清点" not in text                        # not a staffing-and-equipment answer
    assert "加强老年医疗和康复护理" not in text and "完善社区卫生服务中心绩效工资分配" not in text
    assert "党建工作" not in text and "党建廉政工作" not in text
    table = _table("problem_answers.yaml")
    day = dt.date(2023, 9, 21)
    first = next(entries_of("区属医院纪检人员多为兼职，社区卫生服务中心绩效分配、物资采购等“小微权力”监督比较薄弱", table, day))
    assert "纪检" in str(first["heading"])
    assert short_topic("party_building", "医药领域腐败问题集中整治") == "集中整治"


def test_a_problem_lists_numbered_clause_is_never_cut_as_a_repeat(drafts):
    assert "；四是受疫情影响" in drafts["u4"]
    listed = "问题主要有：一是疫情防控任务重、持续时间长；二是发热哨点诊室设置不规范；三是疫情防控经费不足；四是受疫情影响，门诊量下降。"
    assert "四是受疫情影响" in clause_once(listed, frozenset(), ())


def test_the_2021_slogan_is_not_said_in_2022(drafts):
    assert "构筑人群免疫屏障" not in drafts["u4"]


def test_four_early_counts_as_its_four_words():
    later = "严格执行各项防控措施，做到早发现、早报告、早隔离、早治疗。"
    assert samepoint.forms(later) & samepoint.forms("坚持“动态清零”总方针，做到“四早”")


def test_a_gap_of_a_problem_a_brief_item_names_is_answered_there(drafts):
    text = drafts["u6"]
    assert "前面讲到的病房设施陈旧问题" not in text
    elderly = text[text.index("（二）"):text.index("（三）")]
    assert "病房设施陈旧" not in elderly and "推广针灸" not in elderly


def test_a_figure_is_never_moved_ahead_as_a_framing_line(drafts):
    review = drafts["v2"][drafts["v2"].index("一、"):]
    assert review[review.index("\n") + 1:].lstrip("　").startswith("过去的一年")
    assert not _framing("基本公共卫生服务人均经费达到45元，同比增加5元。", frozenset({"基本公共卫生服"}))


def test_headings_on_these_verbs_take_no_zhuahao():
    for item in ("严查“带金销售”、收受回扣、违规“统方”等行为", "保护医务人员干事创业的积极性",
                 "把集中整治与第二批学习贯彻习近平新时代中国特色社会主义思想主题教育结合起来，开展以案促改",
                 "把自查自纠做深做实", "在旗人民医院、旗蒙医医院和各苏木乡镇卫生院全面推行疾控监督员制度",
                 "将传染病报告质量纳入公立医疗机构绩效考核", "用足用好事业单位公开招聘政策，年内补充专业人员",
                 "每年至少组织一次旗、苏木、嘎查三级联动的传染病应急处置演练", "对照标准建设村卫生室"):
        assert as_measure(item) == item, item


def test_a_stage_passed_is_no_title_won_and_the_closing_stands_as_typed(real):
    from jianggao.compose.context import meeting_subject
    from jianggao.compose.done import done_model

    assert not done_model(["顺利通过省爱卫会组织的国家卫生县城省级考核鉴定，正式向全国爱卫办提出申报"], [])
    assert meeting_subject("全县创建国家卫生县城推进会暨第27个爱国卫生月活动动员会") == "创建国家卫生县城暨第27个爱国卫生月活动"
    text = compose(load_brief(FRESH / "fresh62_v4.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "坚决打赢创建国家卫生县城攻坚战" in text
    assert "巩固国家卫生县城" not in text and "巩固卫生县城" not in text


def test_an_urban_district_hears_of_no_township_clinic_nor_left_behind_children(real):
    text = compose(load_brief(FRESH / "fresh62_v3.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "卫生院" not in text and "留守" not in text and "不得上市销售" not in text
    assert "我完全同意" not in text        # a 通报 and a 交流发言 are not agreed with


def test_disease_control_and_inspection_merged_on_paper_are_answered_as_such(real):
    text = compose(load_brief(FRESH / "fresh62_v5.yaml"), real.bank, real.templates, seed=1).all_text()
    first = _item(text, "一是年底前完成旗疾病预防控制中心内设机构调整")
    assert "监督执法一体推进" in first and "医共体内的影像" not in first
