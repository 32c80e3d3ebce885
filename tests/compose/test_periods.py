"""compose.periods: each figure said in its own period against the meeting's date (reading 36: 一年来 in June and
August for last year's figures, 去年 for a July reading, 年中对账 in August, 时间过半 three times)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose
from jianggao.compose.era import plan_year
from jianggao.compose.periods import checkpoint_once, figures_year, midyear_ahead, openers, own_time
from jianggao.writers.text import render_text


@pytest.mark.parametrize(("date", "planned", "said"), [
    (dt.date(2021, 2, 20), 2021, ["2020年", "一年来，", "去年"]),     # the year just ended
    (dt.date(2021, 6, 22), 2021, ["2020年", "去年"]),                # half a year on: not 一年来
    (dt.date(2025, 8, 6), 2025, ["2024年", "去年"]),
    (dt.date(2018, 11, 20), 2019, ["2018年", "今年以来，", "一年来，"]),  # a meeting that closes its year
])
def test_last_years_figures_are_a_year_just_ended_only_early_in_the_next(date, planned, said):
    assert openers(date, planned) == said


@pytest.mark.parametrize(("date", "year", "kind", "figures"), [
    (dt.date(2021, 1, 15), 2020, "annual_conference", 2020),   # a 2020 brief at a January 2021 meeting plans 2021
    (dt.date(2021, 2, 20), 2021, "annual_conference", 2020),
    (dt.date(2020, 12, 20), 2020, "annual_conference", 2020),  # a December meeting plans the next year
    (dt.date(2020, 12, 20), 2021, "annual_conference", 2020),
    (dt.date(2021, 7, 10), 2021, "midyear_review", 2020),      # a half-year review speaks of its own year
])
def test_the_figures_are_of_the_year_before_the_planned_one(date, year, kind, figures):
    assert figures_year(plan_year(date, year, kind)) == figures


def test_a_january_meeting_of_the_year_before_says_that_years_figures(real):
    data = {"kind": "annual_conference", "year": 2020, "date": "2021-01-15",
            "region": {"name": "临江县", "level": "县"},
            "achievements": [{"topic": "公共卫生", "metrics": [
                {"name": "适龄儿童免疫规划疫苗接种率", "value": 98.6, "unit": "%"}]}]}
    for seed in (1, 2, 3):
        text = render_text(compose(brief(**data), real.bank, real.templates, seed=seed), "txt")
        assert "98.6%" in text, seed
        assert "2019年" not in text.split("98.6%")[0][-60:], seed


@pytest.mark.parametrize(("clause", "own"), [
    ("2024年居民健康素养水平达到33.8%", True), ("7月蚊媒监测点平均布雷图指数降至6.8", True),
    ("1—9月肺结核患者成功治疗率达到91.3%", True), ("上半年门急诊人次为312.5万人次", True),
    ("县域内就诊率达到87.4%", False), ("年度目标完成", False),
])
def test_a_clause_with_its_own_time_is_seen(clause, own):
    assert own_time(clause) is own


def test_the_mid_year_checkpoint_is_set_only_while_it_is_ahead():
    assert midyear_ahead(dt.date(2025, 2, 18), ahead=False)
    assert not midyear_ahead(dt.date(2025, 8, 6), ahead=False)
    assert not midyear_ahead(dt.date(2021, 6, 24), ahead=False)   # a week before 年中: no 年中 stock-take is set
    assert midyear_ahead(dt.date(2021, 4, 10), ahead=False)
    assert midyear_ahead(dt.date(2025, 12, 20), ahead=True)       # next year's 年中


def test_the_years_point_in_time_is_told_once():
    parts = [[["全年时间已经过半，各项任务也要过半。", "今天召开这次会议。"]],
             [["一是抓好签约。", "全年时间已经过半，进度慢的工作要抓紧。", "各单位要对账。"],
              ["离年底只有不到半年时间，各单位要增强紧迫感。", "要抓重点。"]]]
    checkpoint_once(parts)
    said = "".join(s for part in parts for para in part for s in para)
    assert said.count("过半") == 2 and "不到半年" not in said
    assert "今天召开这次会议。" in said and "要抓重点。" in said


def _special(date: str, metrics: list[dict]):
    return brief(kind="special_topic", year=int(date[:4]), region={"name": "江北区"}, date=date,
                 meeting=f"{date[:4]}年全区爱国卫生工作会议", speaker={"name": "赵静", "title": "副区长"},
                 achievements=[{"topic": "爱国卫生", "metrics": metrics}],
                 priorities=[{"topic": "爱国卫生", "items": ["广泛开展清积水、灭蚊虫爱国卫生运动"]}])


def test_a_summer_meeting_says_last_years_figures_and_this_julys_in_their_own_periods(real):
    speech = _special("2025-08-06", [
        {"name": "2024年居民健康素养水平", "value": 33.8, "unit": "%", "change": 2.6},
        {"name": "7月蚊媒监测点平均布雷图指数", "value": 6.8, "change": -2.1, "better": "lower"},
        {"name": "国家卫生乡镇占比", "value": 40, "unit": "%"}])
    for seed in (1, 2, 3, 4):
        text = render_text(compose(speech, real.bank, real.templates, seed=seed), "txt")
        assert not re.search(r"(去年|一年来，|\d{4}年)(2024年居民|7月蚊媒)", text), seed
        assert not re.search(r"一年来，[^。]{0,20}国家卫生乡镇占比", text), seed
        assert not re.search(r"年中[^。]{0,6}(对账|对一次账|盘点)", text), seed
