"""When a mined speech was given, and until when its wording was still said.

A sentence of a 2012 speech can be right in a 2025 speech (要加强领导，狠抓落实) or plainly of its time
(落实卫生民生工程, 推进以总额控制下的按病种…复合型付费方式改革, 深化新形势下县级公立医院运行机制的综合改革).
The 提法 registry lists the policy terms it knows; this module gives every entry a window from its source
instead, so that wording no registry lists still ages:

- ``speech_years`` dates a speech from what it says: the department's name (卫生局 before the 2013–14 merger,
  卫生计生 to 2018–19, 卫生健康委/局 after), the five-year plans it names, the terms of the 提法 registry, and the
  years it writes that fit those;
- ``registry_start`` is the earliest year a speech can have been given by the registry's start dates of its terms:
  a line from a speech whose title writes no year is never said before it (mine.valid_window);
- ``last_use`` is, for every word (jieba), the latest dated speech of the corpus that still says it;
- ``stale_year`` is the year after which an entry's wording is no longer attested: the earliest last use
  among its words.  An entry is used at most ``AGE`` years past it (mine.valid_window).  A sentence whose
  every word is still said in the corpus's recent speeches keeps an open window: it holds nothing of its time.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Years past the last attested use of an entry's wording during which it may still be said: about one
# five-year plan and a half, as local speeches lag the national wording.
AGE = 6
# Evidence of a speech's date: (pattern, earliest year, latest year) of a speech that says it.
_MARKERS: tuple[tuple[re.Pattern[str], int | None, int | None], ...] = tuple(
    (re.compile(p), lo, hi) for p, lo, hi in (
        (r"卫生健康(?:委|局|委员会)|卫健(?:委|局)", 2018, None),
        (r"卫生计生|卫计(?:委|局)", 2013, 2019),
        (r"十一五", 2005, 2012),
        (r"十二五", 2010, 2017),
        (r"十三五", 2015, 2022),
        (r"十四五", 2020, 2027),
        (r"十五五", 2025, None),
        (r"新农合|新型农村合作医疗", None, 2019),
    ))
_OLD_DEPARTMENT = re.compile(r"卫生局")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)年")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# Words too common to date anything.
_COMMON = frozenset("我们 工作 卫生 健康 加强 推进 进一步 全面 各级 各项 提高 建设 发展 要求 问题 服务 医疗".split())


def speech_years(text: str) -> tuple[int, int | None] | None:
    """(earliest, latest) year the speech ``text`` can have been given (latest None: up to now), or None
    when it says nothing that dates it or its evidence disagrees."""
    from ..model.tifa import window_of

    lo, hi = 1990, None
    found = False
    for pattern, a, b in _MARKERS:
        if pattern.search(text):
            found = True
            lo = max(lo, a) if a else lo
            hi = b if hi is None else (min(hi, b) if b else hi)
    if _OLD_DEPARTMENT.search(text) and not _MARKERS[0][0].search(text) and not _MARKERS[1][0].search(text):
        found = True
        hi = 2015 if hi is None else min(hi, 2015)
    try:
        start, end = window_of(text)
    except Exception:  # a registry that cannot judge the text dates nothing
        start = end = None
    if start is not None:
        found, lo = True, max(lo, start.year)
    if end is not None:
        found, hi = True, end.year + 1 if hi is None else min(hi, end.year + 1)
    if hi is not None and lo > hi:
        return None
    # the years it writes: the latest that fits the rest is the year planned (the speech is given then or
    # the year before it; site noise such as an upload year falls outside the window and is ignored)
    years = [y for y in map(int, _YEAR.findall(text)) if y >= lo and (hi is None or y <= hi + 1)]
    if years:
        found = True
        lo = max(lo, max(years) - 1)
        hi = max(years) if hi is None else min(hi, max(years))
        lo = min(lo, hi)
    return (lo, hi) if found else None


def registry_start(text: str) -> int | None:
    """The year the speech ``text`` was given at the earliest by the 提法 registry's start dates of the terms it says
    (the latest of them: a speech that says 卫生健康委 was given in 2018 or after), or None when it says none.  Only
    the registry's dates: the years a speech writes may be targets (到2020年) and date nothing."""
    from ..model.tifa import window_of

    try:
        start, _end = window_of(text)
    except Exception:  # a registry that cannot judge the text dates nothing
        return None
    return start.year if start is not None else None


def words(text: str) -> frozenset[str]:
    """The words of ``text`` (jieba) that could date it: two or more Chinese characters, not the commonest."""
    return _words(re.sub(r"\{[a-z_]+\}", "，", text))


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    import jieba

    return frozenset(w for w in jieba.lcut(text) if _HAN.match(w) and w not in _COMMON)


def last_use(speeches: Iterable[tuple[tuple[int, int | None] | None, frozenset[str]]]) -> dict[str, int]:
    """For every word, the latest year a dated speech says it (9999 for a speech dated up to now)."""
    out: dict[str, int] = {}
    for years, said in speeches:
        if years is None:
            continue
        latest = years[1] if years[1] is not None else 9999
        for w in said:
            if out.get(w, 0) < latest:
                out[w] = latest
    return out


def stale_year(text: str, said: int, uses: dict[str, int]) -> int | None:
    """The year after which ``text`` (from a speech given by ``said`` at the latest) is no longer attested:
    the earliest last use among its words, or None when all of them are still said (or ``said`` is now)."""
    if said >= 9999:
        return None
    last = min((uses.get(w, said) for w in words(text)), default=9999)
    return None if last >= 9999 else last
