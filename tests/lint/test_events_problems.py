"""A review's list of the meeting's own problems, and what followed an event, are no claims about the reviewed year
(fresh50's h1: render's self-check flagged a February 2016 speech's 三是全面两孩政策实施后生育服务需求增加)."""
from __future__ import annotations

import datetime as dt

from jianggao.lint import lint_text


def test_a_problem_in_the_review_s_list_is_the_meeting_s_own():
    found = lint_text(["一、2015年工作回顾", "存在的问题主要有：一是全面两孩政策实施后生育服务需求增加。"], dt.date(2016, 2, 20), "县")
    assert not [f for f in found if "两孩" in f.term], found


def test_an_event_claimed_among_the_year_s_results_is_still_found():
    review = "主要做了以下工作：一是医疗服务持续改善；二是平稳有序实施新冠病毒感染“乙类乙管”，保障了群众就医。"
    found = lint_text(["一、2022年工作回顾", review], dt.date(2023, 2, 20), "县")
    assert [f for f in found if f.term == "乙类乙管"], found
