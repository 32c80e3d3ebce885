"""`era` findings for a review that claims an event of a later time: 乙类乙管 (from 2023-01-08) among 2022's results.

Reading 45's r2: a February 2023 report listed 平稳有序实施新冠病毒感染“乙类乙管” under 一、…2022年…取得明显成效.  The
day each event began is the registry's (tifa.yaml ``events``), not a list of words here.  A sentence reports on a year
it names before the event, or else on the year its part's heading reviews (一、2022年工作回顾, 过去一年工作回顾); one
that gives the event its own time (今年1月8日起, 去年底以来) or looks ahead is not faulted.
"""
from __future__ import annotations

import re
from datetime import date

from .finding import Finding
from .occasion import Occasion
from .registry import registry
from .sentences import sentence_spans

_PART_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_LAST_YEAR = re.compile(r"过去一年|过去的一年|去年|上年|一年来")
# a time of the event's own, or a sentence that looks ahead or prepares: not a claim about the year reviewed
# the event as the time after which something holds (…政策实施后, …以后)
_SINCE = re.compile(r"(?:政策)?(?:全面)?(?:实施|施行|出台|调整|放开)?(?:以后|之后|后)")
# a list of the shortfalls the meeting faces (问题突出表现在：一是…；二是…)
_PROBLEM_LIST = re.compile(r"(?:问题|不足|差距|短板)[^。]{0,12}[：:][^。]*$")
_OWN_TIME = re.compile(r"今年|以来|\d{1,2}月\d{1,2}日起|起实施|目前|当前|截至|即将|将于|准备|筹备|要|力争|下一步|今后")


def _reviewed_year(heading: str, occ: Occasion) -> int | None:
    """The year a part's heading reviews: a year it names before the speech's, or last year's for 过去一年…."""
    years = [int(y) for y in _YEAR.findall(heading) if int(y) < occ.first.year]
    if years:
        return max(years)
    if _LAST_YEAR.search(heading) and re.search(r"回顾|成效|成绩|进展|总结", heading):
        return occ.first.year - 1
    return None


def _when(day: date, occ: Occasion) -> str:
    said = f"{day.month}月{day.day}日起"
    return ("今年" if day.year == occ.last.year else f"{day.year}年") + said


def check_events(paragraphs: list[str], occ: Occasion) -> list[Finding]:
    """Findings for events a review puts in a year before they began (1-based paragraph numbers)."""
    reg = registry()
    found: list[Finding] = []
    reviewed: int | None = None
    for index, paragraph in enumerate(paragraphs, 1):
        if _PART_HEADING.match(paragraph):
            reviewed = _reviewed_year(paragraph, occ)
        spots = reg.events_in(paragraph)
        if not spots:
            continue
        spans = sentence_spans(paragraph)
        for start, end, event in spots:
            s0, s1 = next(((a, b) for a, b in spans if a <= start < b), (0, len(paragraph)))
            sentence = paragraph[s0:s1]
            before = paragraph[s0:start]
            named = [int(y) for y in _YEAR.findall(before)]
            year: int | None
            if named:
                year = named[-1]
            elif _OWN_TIME.search(sentence) or _PART_HEADING.match(paragraph) and s0 == 0 and reviewed is None:
                continue
            elif _SINCE.match(paragraph, end) or _PROBLEM_LIST.search(paragraph[:s0]):
                # what followed the event (全面两孩政策实施后生育服务需求增加), or a problem named in the review's list of
                # shortfalls, which are the meeting's own (fresh50's h1: a February 2016 speech's 三是全面两孩政策实施后…)
                continue
            else:
                year = reviewed
            if year is None or not (date(year, 12, 31) < event.began <= occ.last):
                continue
            began = event.began
            found.append(Finding(index, sentence.strip(), "era", paragraph[start:end],
                                 f"“{paragraph[start:end]}”{began.year}年{began.month}月{began.day}日起才实施"
                                 f"（{event.what}），不是{year}年的工作，应说明其时间",
                                 _when(began, occ), start, end))
    return found
