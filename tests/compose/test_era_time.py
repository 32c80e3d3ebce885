"""Every word right for the speech's date (the thirty-fifth reading's ERA): a meeting from November plans the next
year (明年, its 十四五开局), the brief's own naming of the department decides the speech's (a 2014 city 卫生计生委),
terms before and after their time are dated, and our later forms are said in an earlier year's words."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jianggao.compose import era
from jianggao.compose.core import compose
from jianggao.compose.finish import _fit_time
from jianggao.model import levels
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

D = dt.date


# ---------------------------------------------------------------- the year a speech plans

@pytest.mark.parametrize(("date", "year", "kind", "planned"), [
    (D(2020, 12, 23), 2020, "special_topic", 2021),      # the readers' 疾控 meeting eight days before the year ended
    (D(2020, 12, 28), 2021, "annual_conference", 2021),  # a brief that already names the year ahead
    (D(2020, 11, 5), 2020, "annual_conference", 2021),
    (D(2020, 10, 30), 2020, "annual_conference", 2020),
    (D(2021, 2, 20), 2021, "annual_conference", 2021),
    (D(2021, 1, 8), 2021, "work_report", 2021),
    (D(2021, 12, 1), 2021, "midyear_review", 2021),       # a half-year review speaks of its own year
    (D(2021, 1, 12), 2020, "annual_conference", 2021),   # a 2020 brief's meeting held in January 2021 plans 2021
])
def test_a_meeting_from_november_plans_the_next_year(date, year, kind, planned):
    assert era.plan_year(date, year, kind) == planned


@pytest.mark.parametrize(("ours", "said"), [
    ("下面，就做好今年的卫生健康工作，我讲三点意见。", "下面，就做好明年的卫生健康工作，我讲三点意见。"),
    ("今年以来，全区上下共同努力。", "今年以来，全区上下共同努力。"),
    ("去年，全区卫生健康工作取得新成效。", "今年，全区卫生健康工作取得新成效。"),
    ("年中、年底各对一次账。", "明年年中、年底各对一次账。"),
    ("这项工作年底前要对账销号，年底逐项考核。", "这项工作明年年底前要对账销号，年底逐项考核。"),
    ("今年要下决心解决，年内见效。", "明年要下决心解决，年内见效。"),
    ("上半年和全年的任务。", "上半年和全年的任务。"),
])
def test_a_december_speech_says_the_work_ahead_is_next_year_s(ours, said):
    assert era.ahead_words(ours) == said


def test_a_december_speech_frames_the_year_it_plans():
    framing = era.year_framing(D(2020, 12, 23), "区", era.plan_year(D(2020, 12, 23), 2020, "special_topic"))
    assert framing is not None and framing.plan == "十四五" and "开局" in framing.place
    assert framing.congress and "五中全会" in framing.congress          # the spirit is still the date's
    assert "收官" in (era.year_framing(D(2020, 2, 20), "区") or framing).place


def test_our_words_but_never_the_brief_s_are_put_in_the_year_ahead():
    clause = "今年要完成的改厕任务"
    out = _fit_time([f"做好今年的工作，落实{clause}。"], D(2020, 12, 23), "区", (clause,), ahead=True)
    assert out == [f"做好明年的工作，落实{clause}。"]


_DECEMBER = {"kind": "special_topic", "year": 2020, "region": {"name": "澄湖区", "short": "澄湖"},
             "meeting": "全区疾病预防控制工作会议", "date": "2020-12-23",
             "speaker": {"name": "王强", "title": "副区长"}, "length": 5000,
             "previous_speakers": [{"name": "陈明", "title": "区卫生健康局局长", "content": "工作报告"}],
             "achievements": [{"topic": "公共卫生", "metrics": [
                 {"name": "适龄儿童免疫规划疫苗接种率", "value": 98.2, "unit": "%", "change": 0.4}]}],
             "problems": ["冬春季传染病防控压力较大", "基层疾控人员不足"],
             "priorities": [{"topic": "疾病预防控制", "items": ["做好冬春季传染病防控", "做好重点传染病防控"],
                             "targets": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 95, "unit": "%"}]},
                            {"topic": "爱国卫生", "items": ["开展冬春季爱国卫生运动"]}]}
_PLANS_THIS_YEAR = re.compile(r"(?:做好|抓好|部署|安排)今年|今年(?:要|的(?:重点|目标|主要|各项|工作|任务)|重点)"
                              r"|年中、年底|年底前|收官之年")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_december_meeting_never_plans_the_year_that_is_ending(real, seed):
    text = render_text(compose(Brief.model_validate(_DECEMBER), real.bank, real.templates, seed=seed), "txt")
    body = text.split("同志们：", 1)[1]
    for sentence in re.findall(r"[^。！？\n]+", body):
        if "明年" not in sentence:     # (明年提出的指标…年中、年底两次对账 dates its deadlines once)
            assert not _PLANS_THIS_YEAR.search(sentence), sentence
    assert "明年" in body and "十三五" not in body
    # the same brief dated in February plans its own year (nothing changed for the usual meeting)
    feb = Brief.model_validate({**_DECEMBER, "date": "2020-02-20"})
    assert "明年" not in render_text(compose(feb, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]


# ---------------------------------------------------------------- the brief's own naming of the department

@pytest.mark.parametrize(("level", "date", "texts", "stem", "department"), [
    ("市", D(2014, 2, 20), ("市卫生计生委主任",), "卫生计生", "市卫生计生委"),        # reading 35's r1
    ("市", D(2014, 2, 20), ("2014年全市卫生和计划生育工作会议",), "卫生计生", "市卫生计生委"),
    ("市", D(2014, 2, 20), ("市卫生局局长",), "卫生", "市卫生局"),
    ("市", D(2014, 2, 20), ("副市长",), "卫生", "市卫生局"),                          # no naming: the registry's
    ("市", D(2014, 2, 20), ("市卫健委主任",), "卫生", "市卫生局"),                    # a slip of four years: not taken
    ("市", D(2014, 2, 20), ("2014年全市爱国卫生工作会议",), "卫生", "市卫生局"),       # 爱国卫生 is work, not a body
    ("县", D(2018, 12, 20), ("县卫生健康局局长",), "卫生健康", "县卫生健康局"),
    ("县", D(2019, 3, 1), ("县卫生计生局局长",), "卫生计生", "县卫生计生局"),         # a county not yet reformed
])
def test_the_brief_s_naming_decides_the_department(level, date, texts, stem, department):
    named = levels.naming_date(level, date, texts)
    assert levels.meeting_word(level, named) == stem
    assert levels.department(level, named, short=True) == department


def test_the_default_meeting_follows_the_brief_s_naming():
    b = Brief.model_validate({"kind": "work_report", "year": 2014, "region": {"name": "淇阳市"}, "date": "2014-02-20",
                              "speaker": {"name": "刘卫东", "title": "市卫生计生委主任"}})
    assert b.meeting_name == "2014年全市卫生计生工作会议"
    assert Brief.model_validate({"year": 2014, "region": {"name": "淇阳市"}, "date": "2014-02-20"}).meeting_name \
        == "2014年全市卫生工作会议"


@pytest.mark.parametrize("seed", [1, 2])
def test_a_2014_city_commission_s_report_says_its_sector_as_named(real, seed):
    b = Brief.model_validate({
        "kind": "work_report", "year": 2014, "region": {"name": "淇阳市", "short": "淇阳"}, "date": "2014-02-20",
        "speaker": {"name": "刘卫东", "title": "市卫生计生委主任"}, "length": 6000,
        "achievements": [{"topic": "医改", "metrics": [{"name": "基本药物制度实施覆盖率", "value": 100, "unit": "%"}]},
                         {"topic": "公共卫生", "metrics": [
                             {"name": "适龄儿童免疫规划疫苗接种率", "value": 96.8, "unit": "%", "change": 0.3}]}],
        "problems": ["基层卫生人才短缺"],
        "priorities": [{"topic": "医改", "items": ["推进县级公立医院综合改革"]},
                       {"topic": "公共卫生", "items": ["做好重大传染病防控"]},
                       {"topic": "妇幼健康", "items": ["降低孕产妇和婴儿死亡率"]}]})
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    plain = re.findall(r"(?<![公共爱国环境精神职业学校饮水食品妇幼基层乡村农村城乡医疗])卫生(?=系统|事业|工作|战线|行业|队伍|局)", text)
    assert not plain, plain
    assert "卫生计生" in text.split("同志们：", 1)[1]
    assert "市卫生局" not in text


# ---------------------------------------------------------------- terms before and after their time

@pytest.mark.parametrize(("sentence", "inside", "outside"), [
    ("全力保障母婴安全", D(2017, 2, 20), D(2014, 2, 20)),
    ("让信息多跑路、群众少跑腿", D(2017, 2, 20), D(2014, 2, 20)),
    ("按照应接尽接的要求，加快构筑人群免疫屏障", D(2021, 6, 1), D(2020, 12, 23)),
    ("落实农村贫困人口大病专项救治", D(2018, 2, 20), D(2016, 2, 20)),
    ("要加快建立疾病应急救助制度", D(2014, 2, 20), D(2020, 12, 23)),
    ("落实基层医疗卫生机构经常性收支差额补助", D(2013, 2, 20), D(2024, 7, 15)),
    ("完善基本药物制度实施后的多渠道补偿机制", D(2013, 2, 20), D(2024, 7, 15)),
    ("遏制大处方、滥检查", D(2013, 2, 20), D(2024, 7, 15)),
    ("健康扶贫涉及民政、医保和卫生计生等部门", D(2019, 2, 20), D(2016, 2, 20)),
    ("要推进电子健康档案和电子病历的开放应用", D(2019, 2, 20), D(2014, 2, 20)),
    ("对急需紧缺的公共卫生专业人才，可以按规定采取直接考察等方式公开招聘", D(2021, 2, 20), D(2014, 2, 20)),
    ("要把垃圾分类知识纳入健康教育", D(2020, 2, 20), D(2013, 4, 12)),
    ("建立粪污清掏和设施维修的长效机制", D(2020, 2, 20), D(2013, 4, 12)),
    ("统筹做好重点地区、重点人群的结核病主动筛查", D(2020, 2, 20), D(2013, 4, 12)),
    ("考核指标要少而精，不能以填表代替工作", D(2020, 2, 20), D(2013, 4, 12)),
    ("加强婚前、孕前保健服务，提高出生人口素质", D(2016, 2, 20), D(2026, 2, 20)),
    ("补齐急诊急救、儿科、精神科等薄弱学科短板", D(2017, 2, 20), D(2014, 2, 20)),
])
def test_terms_the_readers_dated_are_out_of_their_time(sentence, inside, outside):
    assert not era.out_of_time(sentence, inside, "县"), era.out_of_time(sentence, inside, "县")
    assert era.out_of_time(sentence, outside, "县")


@pytest.mark.parametrize(("ours", "said"), [
    ("要加强临床专科能力建设，补齐急诊急救、儿科、精神科等薄弱学科短板。",
     "要加强临床专科能力建设，弥补急诊急救、儿科、精神科等薄弱学科的不足。"),
    ("要坚持问题导向，突出重点、补齐短板。", "要坚持问题导向，突出重点、弥补不足。"),
    ("人才是最难补齐的短板。", "人才是最难弥补的不足。"),
    ("各乡镇卫生院要对照建设标准补齐房屋、设备和人员的短板。", "各乡镇卫生院要对照建设标准弥补房屋、设备和人员的不足。"),
    ("卫生健康、医保、民政等部门要加强协作。", "卫生、人社、民政等部门要加强协作。"),
    ("推动医疗、医保、医药联动。", "推动医疗、医保、医药联动。"),
])
def test_our_later_forms_are_said_in_an_earlier_year_s_words(ours, said):
    assert era.modernise(ours, D(2014, 2, 20), "县") == said
    assert not era.out_of_time(said, D(2014, 2, 20), "县")
    assert era.modernise(ours, D(2019, 2, 20), "县") == ours


@pytest.mark.parametrize(("text", "day", "dated"), [
    # 国发〔2014〕66号 still said 有针对性地组织开展“除四害”活动; 国发〔2020〕15号 (2020-11-27) says 病媒生物防制 (situ20)
    ("除四害要抓住季节，春季灭鼠、夏季灭蚊蝇。", D(2019, 4, 10), False),
    ("认真开展“除四害”工作", D(2025, 4, 15), True),
    ("要科学开展病媒生物防制，降低病媒生物密度。", D(2025, 4, 15), False),
    ("要科学开展病媒生物防制，降低病媒生物密度。", D(2012, 4, 15), False),
])
def test_chusihai_is_a_word_of_its_time_and_its_neighbour_is_not(text, day, dated):
    assert bool(era.outside_window(text, day)) is dated


def test_the_nations_own_body_keeps_its_name_in_a_district_whose_department_is_older():
    # (a 2014 district's 卫生局: 国家卫生和计划生育委员会 was reworded to 国家卫生委员会, situ20)
    said = era.modernise("国家卫生和计划生育委员会组建以后，卫生工作要统筹推进。", D(2014, 2, 20), "区")
    assert "国家卫生和计划生育委员会" in said
