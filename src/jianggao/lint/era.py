"""`era` findings: 提法 used outside their window, and a year framed as what it was not."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from . import departments, framing
from .events import check_events
from .finding import Finding
from .occasion import Occasion
from .registry import current_form, entry_for, registry, window
from .sentences import sentence_at, sentence_spans

if TYPE_CHECKING:
    from ..model.tifa import Entry, Hit, Registry

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
# `原卫生计生委`: a former body named as former is history, not an outdated 提法.
_FORMER = ("原", "前")


def _sentence_bounds(paragraph: str, offset: int) -> tuple[int, int]:
    for start, end in sentence_spans(paragraph):
        if start <= offset < end:
            return start, end
    return 0, len(paragraph)


def _years_named_before(paragraph: str, offset: int) -> list[int]:
    """Years named in the sentence before ``offset`` (`2016年，我县卫生计生…`)."""
    start, _ = _sentence_bounds(paragraph, offset)
    return [int(y) for y in _YEAR.findall(paragraph[start:offset])]


def _fits_some_day(entry: Entry, days: Iterable[date], level: str | None = None) -> bool:
    return any(entry.valid_on(d, level) for d in days)


def _fits_named_year(entry: Entry, years: Iterable[int], level: str | None = None) -> bool:
    return any(entry.valid_on(date(y, m, 1), level) for y in years for m in (1, 4, 7, 10, 12))


# A body's or a meeting's name follows the speech's own date; a policy may be named in a review of the years
# it ran (五年来，单独两孩政策平稳实施).
_BODY_SUFFIXES = ("委", "局", "委员会", "会议", "系统", "工作", "事业")
# Plain words, looked for with ``in`` (as regexes they cost a compile on every start for a rare question).
_FIVE_YEARS = ("五年来", "过去五年", "五年间", "期间", "以来")
# (… and a review's own headings: （八）党建廉政工作迈出新步伐。深入开展创先争优活动 in a Feb 2013 report was marked as
# a 提法 out of use, fresh64's x3)
_PAST = ("了", "去年", "上年", "过去", "一年来", "五年来", "以来", "期间", "先后", "累计", "全年", "取得新", "迈出新",
         "取得明显", "取得积极", "取得显著")
_FUTURE = ("要", "力争", "今年", "必须", "确保", "将", "继续")


def _says(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _is_body_name(entry: Entry, term: str) -> bool:
    area = getattr(entry, "area", None)
    if area:
        return area in ("机构", "会议")
    return term.endswith(_BODY_SUFFIXES)


def _review_years(paragraph: str, offset: int, occ: Occasion) -> list[int]:
    """The years a sentence may be reporting on: none when it sets a task (要…, 力争…); the year before the
    speech when it looks back (an annual speech reports last year's work); five when it reviews a plan period."""
    start, end = _sentence_bounds(paragraph, offset)
    sentence = paragraph[start:end]
    if _says(sentence, _FUTURE) or not (_says(sentence, _PAST) or _says(paragraph, _PAST)):
        return []  # a task for this year, not a look back
    back = 5 if _says(sentence, _FIVE_YEARS) else 1
    return list(range(occ.first.year - back, occ.first.year))


def _in_use(term: str, occ: Occasion) -> str | None:
    """The form in use for an out-of-window ``term`` on the speech's (last possible) day."""
    return current_form(term, occ.last, occ.level)


def _latest_held(term: str, occ: Occasion) -> str | None:
    """For a congress or plenum cited before it met: the latest one held by the speech's date."""
    return framing.latest_plenum(occ.last) if term.endswith("全会") else framing.latest_congress(occ.last)


def _find(paragraph: str) -> tuple[Hit, ...]:
    """The registry's terms in ``paragraph``: each paragraph is scanned once though three steps ask."""
    return _found(registry(), paragraph)


@lru_cache(maxsize=512)
def _found(reg: Registry, paragraph: str) -> tuple[Hit, ...]:
    # (the spellings, and the wordings of the entries given by pattern that lint dates: model.tifa.Registry.find_all)
    return tuple(reg.find_all(paragraph))


def _day(value: date | None) -> str:
    """A window's edge as a secretary reads it: the month, or the day where the edge falls inside a
    month (医药领域腐败问题集中整治 from 2023-07-21: a 2023-07-20 speech is told 2023年7月21日起, not
    the 2023年7月起 that its own date seems to meet)."""
    if value is None:
        return ""
    month = f"{value.year}年{value.month}月"
    inside = value.day != 1 and (value + timedelta(days=1)).month == value.month
    return f"{month}{value.day}日" if inside else month


def _newer_forms(paragraphs: list[str], occ: Occasion) -> set[date]:
    """Window starts of the registry terms a draft uses that are in their time: the reforms it already
    speaks in the language of (a draft naming 卫生健康委员会 has passed the 2018 reform)."""
    starts: set[date] = set()
    for paragraph in paragraphs:
        for hit in _find(paragraph):
            start, _ = window(hit.entry)
            if start and _fits_some_day(hit.entry, occ.days(), occ.level):
                starts.add(start)
    return starts


def _superseded_in_draft(entry: Entry, newer: set[date], paragraph: str) -> bool:
    """True when the draft itself already uses the form that replaced ``entry`` elsewhere: a paragraph
    naming both is telling of the change (卫生计生委更名为卫生健康委; a merger's new director leading the
    old bureau, as in a 2015 report), so only another paragraph's newer form counts."""
    successor = entry_for(getattr(entry, "successor", None) or "")
    if successor is None:
        return False
    start, _ = window(successor)
    if start not in newer:
        return False
    return not any(h.entry is not entry and window(h.entry)[0] == start for h in _find(paragraph))


def _registry_findings(index: int, paragraph: str, occ: Occasion, newer: set[date]) -> list[Finding]:
    found = []
    days = occ.days()
    # Department names are the level model's to judge (by tier and date): see departments.py.
    taken = departments.spans(paragraph)
    for hit in _find(paragraph):
        entry = hit.entry
        if any(a < hit.end and hit.start < b for a, b in taken):
            continue
        if _UPCOMING.search(paragraph[max(0, hit.start - 8):hit.start]):
            continue
        if entry.told_as_history(paragraph[slice(*_sentence_bounds(paragraph, hit.start))]):
            continue  # 取消药品加成后，药品零差率…: the registry marks the wording that tells of it as past
        if _fits_some_day(entry, days, occ.level):
            if not (_is_body_name(entry, hit.term) and _superseded_in_draft(entry, newer, paragraph)
                    and paragraph[max(0, hit.start - 1):hit.start] not in _FORMER
                    and not departments.tells_of_merger(paragraph, hit.start)):
                continue
            suggestion = entry.successor_for(hit.term) if hasattr(entry, "successor_for") else entry.successor
            found.append(Finding(index, sentence_at(paragraph, hit.start), "era", hit.term,
                                 f"本稿已使用新名称“{suggestion}”一类的提法，此处仍用旧称“{hit.term}”", suggestion,
                                 hit.start, hit.end))
            continue
        if paragraph[max(0, hit.start - 1):hit.start] in _FORMER:
            continue
        if _fits_named_year(entry, _years_named_before(paragraph, hit.start), occ.level):
            continue
        if not _is_body_name(entry, hit.term) and _fits_named_year(entry, _review_years(paragraph, hit.start, occ),
                                                                   occ.level):
            continue
        start, end = window(entry, occ.level)
        said = hit.term.replace("“", "").replace("”", "")
        reason = getattr(entry, "reason", "") or ""
        spells = entry.windows_at(occ.level) if hasattr(entry, "windows_at") else ()
        if len(spells) > 1:
            # Used in several spells (开好局、起好步 in each plan's first year): no single from/to to quote.
            suggestion = _in_use(hit.term, occ)
            message = f"“{said}”只在特定年份使用，{occ.describe()}不适用"
        elif start and occ.last < start:
            suggestion = _latest_held(hit.term, occ) if getattr(entry, "area", "") == "党代会" else None
            message = f"“{said}”{_day(start)}起才使用，{occ.describe()}尚无此提法"
        else:
            suggestion = _in_use(hit.term, occ)
            message = f"“{said}”{_day(end)}后已不再使用" if end else f"“{said}”在{occ.describe()}不宜使用"
            if suggestion:
                message += f"，{occ.describe()}应称“{suggestion}”"
        if reason:
            message += f"（{reason}）"
        found.append(Finding(index, sentence_at(paragraph, hit.start), "era", hit.term, message, suggestion,
                             hit.start, hit.end))
    return found


_PLAN_PLACE = re.compile(r"[“\"]?(十[一二三四五]五)[”\"]?(?:规划)?(?:的)?(开局之年|收官之年|开局年|收官年)")
_PLAN_NAME = re.compile(r"[“\"]?(十[一二三四五]五)[”\"]?")
_OPENING_PHRASE = re.compile(r"开好局[、，,]?起好步")
_PLENUM = re.compile(r"(十[六七八九]|二十)届([一二三四五六七八九])中全会")
_CONGRESS = re.compile(r"(?:党的)(十[六七八九]|二十)(?:次全国代表)?大|(十[六七八九]|二十)大(?=精神|报告|以来|胜利召开|提出|作出|擘画|部署)")
# 以优异成绩迎接党的二十大胜利召开: a congress still to come, named as such, is not cited before its time.
_UPCOMING = re.compile(r"(?:迎接|喜迎|即将召开的?|筹备)\s*$")
# … or said as the event ahead of the work (为党的二十大召开营造安全稳定环境: fresh61's u4, July 2022, was marked as a
# congress not yet held); not 胜利召开 nor 召开以来, said of one held.
_UPCOMING_AFTER = re.compile(r"召开(?:营造|创造|做好|提供|前|期间)")
_RELATIVE = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}


def _opens_plan(year: int) -> bool:
    """Whether ``year`` is the first year of a five-year plan."""
    plan = framing.plan_of(year)
    return plan is not None and plan[1] == year


def _referred_years(paragraph: str, offset: int, occ: Occasion) -> set[int]:
    """The year a framing phrase speaks of: one named in its sentence (2020年是…, 去年是…), else the speech's."""
    start, _ = _sentence_bounds(paragraph, offset)
    before = paragraph[start:offset]
    named = [int(y) for y in _YEAR.findall(before)]
    if named:
        return {named[-1]}
    for word, shift in _RELATIVE.items():
        if word in before:
            return {y + shift for y in occ.years()}
    return occ.years()


def _framing_findings(index: int, paragraph: str, occ: Occasion) -> list[Finding]:
    found: list[Finding] = []

    def add(m: re.Match[str], term: str, message: str, suggestion: str | None) -> None:
        found.append(Finding(index, sentence_at(paragraph, m.start()), "era", term, message, suggestion,
                             m.start(), m.end()))

    for m in _PLAN_PLACE.finditer(paragraph):
        plan, place = m.group(1), m.group(2)
        first = framing.plans()[plan]
        wanted = first if place.startswith("开局") else first + 4
        years = _referred_years(paragraph, m.start(), occ)
        if wanted not in years:
            year = min(years)
            right = framing.place_in_plan(year)
            add(m, m.group(), f"{plan}的{place[:2]}之年是{wanted}年，不是{year}年", right)
    for m in _PLAN_NAME.finditer(paragraph):
        first = framing.plans()[m.group(1)]
        # A plan is talked of from its drafting (about two years ahead); before that it does not exist.
        if occ.last.year < first - 2:
            current = framing.plan_of(occ.last.year)
            add(m, m.group(1), f"“{m.group(1)}”规划{first}年开始，{occ.describe()}尚无此提法",
                current[0] if current else None)
    for m in _OPENING_PHRASE.finditer(paragraph):
        if entry_for(m.group()) is not None:
            continue  # the registry knows its spells (each plan's first year, and 2023 after the 二十大)
        years = _referred_years(paragraph, m.start(), occ)
        if not any(_opens_plan(y) for y in years):
            year = min(years)
            add(m, m.group(), f"“开好局、起好步”用于五年规划的开局之年，{year}年是{framing.place_in_plan(year) or '非开局之年'}",
                None)
    for m in _PLENUM.finditer(paragraph):
        held = framing.opened(m.group())
        if held and held > occ.last and not _UPCOMING.search(paragraph[max(0, m.start() - 8):m.start()]):
            add(m, m.group(), f"{m.group()}于{held.year}年{held.month}月召开，晚于讲话日期（{occ.describe()}）",
                framing.latest_plenum(occ.last))
    for m in _CONGRESS.finditer(paragraph):
        ordinal = m.group(1) or m.group(2)
        held = framing.opened(f"{ordinal}大")
        if held and held > occ.last and not _UPCOMING.search(paragraph[max(0, m.start() - 8):m.start()]) \
                and not _UPCOMING_AFTER.match(paragraph, m.end()):
            add(m, m.group(), f"党的{ordinal}大于{held.year}年{held.month}月召开，晚于讲话日期（{occ.describe()}）",
                framing.latest_congress(occ.last))
    return found


def check_era(paragraphs: list[str], occ: Occasion) -> list[Finding]:
    """Era findings of every paragraph (1-based paragraph numbers)."""
    found = departments.check_departments(paragraphs, occ)
    newer = _newer_forms(paragraphs, occ)
    for index, paragraph in enumerate(paragraphs, 1):
        mine = _registry_findings(index, paragraph, occ, newer)
        # The registry dates congresses and slogans too; the framing check adds what it did not see.
        mine += [f for f in _framing_findings(index, paragraph, occ)
                 if not any(g.start < f.end and f.start < g.end for g in mine)]
        found += mine
    # an event said as a result of a year before it began (乙类乙管 among 2022's results: reading 45)
    found += [f for f in check_events(paragraphs, occ)
              if not any(g.paragraph == f.paragraph and g.start < f.end and f.start < g.end for g in found)]
    return found
