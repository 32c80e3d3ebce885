"""The wizard's problem menu (templates/wording/problem_menu.yaml): every line is one the speech answers with a measure of
its own subject at some date it may be said, the brief's own areas come first, and a line is offered only in its time."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose.answers import entries_of, is_catch_all
from jianggao.model.tifa import outside_window
from jianggao.model.topics import topic_keys
from jianggao.render import load_resources
from jianggao.wizard.flow import bank_problem_items

WORDING = load_resources().templates.wording
MENU = WORDING["PROBLEM_MENU"]
YEARS = range(2012, 2027)


def test_the_menu_is_keyed_by_known_areas():
    assert set(MENU) - {"general"} <= set(topic_keys())


@pytest.mark.parametrize("problem", [p for ps in MENU.values() for p in ps])
def test_every_menu_problem_is_answered_on_its_subject_in_some_year_it_may_be_said(problem):
    years = [y for y in YEARS if not outside_window(problem, dt.date(y, 2, 20), "县")
             and any(not is_catch_all(e) for e in entries_of(problem, WORDING["PROBLEM_ANSWERS"], dt.date(y, 2, 20)))]
    assert years, problem
    assert 8 <= len(problem) <= 30 and not problem.endswith("。")


@pytest.mark.parametrize("year", [2013, 2019, 2025])
def test_the_briefs_own_areas_come_first_and_only_in_their_time(year):
    answers = {"year": year, "region": {"name": "临江县"}, "priorities": [{"topic": "基层卫生"}]}
    items = bank_problem_items(answers)
    assert items[:len(MENU["primary_care"])] == [p for p in MENU["primary_care"] if p in items[:len(MENU["primary_care"])]]
    assert items[0] in MENU["primary_care"]
    assert [t for t in items if outside_window(t, dt.date(year, 2, 20), "县")] == []


def test_a_2013_speech_is_offered_no_yigongti():
    items = bank_problem_items({"year": 2013, "region": {"name": "临江县"}, "priorities": [{"topic": "医改"}]}, limit=40)
    assert items and not [t for t in items if "医共体" in t]


def test_a_checked_summary_sets_off_items_that_hold_their_own_commas():
    from jianggao.wizard.prompts import checkbox_answer

    assert checkbox_answer(["医改", "公共卫生"]) == "已选 2 项：医改、公共卫生"
    assert checkbox_answer(["卫生投入不足，历史欠账较多", "农贸市场管理不规范"]) == \
        "已选 2 项：卫生投入不足，历史欠账较多；农贸市场管理不规范"
