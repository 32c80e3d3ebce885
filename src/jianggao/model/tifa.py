"""The 提法 registry: when each official formulation was in use, what replaced it, and each year's framing.

The data is ``tifa.yaml`` beside this module (loaded once, on first use). Every entry
names a formulation (with its variant spellings), the window in which it is in use,
the form that replaced it, and the policy, reform or event behind the dates.

API (pure; no I/O beyond reading the packaged YAML once)::

    reg = load_registry()                      # cached Registry
    reg.find(text)            -> list[Hit]     # leftmost-longest matches, in text order
    reg.outside_window(text, date, level=None) -> list[Hit]   # hits not valid on date
    reg.modernise(text, date, level=None) -> str              # swap in successors
    reg.window_of(text, on=None, level=None) -> (from, to)    # intersection of windows
    reg.entry(term)           -> Entry | None  # by any of its spellings
    entry.valid_on(date, level=None) -> bool
    reg.year_framing(date, level=None) -> YearFraming
    reg.department_name(date, level, full=False) -> str  # 卫生局 / 卫生计生局 (卫生和计划生育局) / 卫生健康局
    reg.meeting_name(date, level)    -> str    # 卫生工作会议 / 卫生计生工作会议 / 卫生健康工作会议

    reg.current_form(term, date, level=None) -> str | None    # the successor in use, chains followed

The same functions exist at module level on the default registry
(``window_of``, ``year_framing``, ``department_name``, ``meeting_name``,
``outside_window``, ``modernise``, ``find``).

``Entry`` carries ``id``, ``area``, ``terms`` (main spelling first), ``windows`` (spells
of (from, to)), ``levels`` (per-tier spells where a name changed at different dates),
``successor`` and ``successor_forms`` (per spelling), ``swap`` (False where the
successor would change what a sentence says: 脱贫攻坚 is not 巩固拓展脱贫攻坚成果),
``reason``, ``sources``, ``uncertain`` (why a window is wider than the event),
``verified`` (pages read when checking the dates) and, for year-bound phrases (area
年度), ``years``. ``YearFraming`` carries ``plan`` (十四五), ``plan_year`` (1–5),
``plan_place`` and ``plan_phrase`` (十四五规划承上启下的关键之年), ``year_roles`` (the
year as the government work report described it), ``congress``, ``plenum`` (the
latest closed before the date, never a 一中全会), ``spirit`` (党的二十大和二十届二中、
三中全会精神; five or more plenums read 历次全会), ``spirit_forms`` (every accepted
phrasing: from two cited plenums on also 二十届历次全会精神), ``department``, ``meeting`` and
``slogans`` (year-bound phrases valid on the date that frame that calendar year).
Framing covers 2006–2030 (the plans and congresses in the data).

Guards (``guards:`` in the YAML) are longer phrases that are never dated but contain
a dated term (卫生部门 holds 卫生部): matching them first keeps the shorter term
quiet; they are never returned as hits.

Dates: a ``datetime.date``, an ISO string (``"2025-02-18"``) or a year as int
(``2025`` stands for 15 February, when most annual work conferences sit).
Levels are the brief's (省 市 州 盟 县 区 旗 市辖区 乡 镇 街道, also 国家); they fold into
tiers 国家 / 省 / 市 / 县 / 乡, and a 乡/镇/街道 takes its county's windows and names
(it has no health department of its own and speaks at the county's meeting).  An entry may
also give a city district (区, 市辖区, and the 街道 within one) spells of its own, where a
reform reached the districts first (新农合's merger into the city's 城乡居民医保).
An unknown or missing level uses an entry's overall window, the union of all levels.

Matching: the text is scanned once, left to right, looking each position's two characters
up in a dict of the terms that start with them (longest first); at each position the
longest term wins (健康中国行动 is one hit, not 健康中国). A spelling whose entry lists
``not_after`` words is no hit when one of them comes earlier in its clause (全面取消公立
医院药品加成 is not 药品加成); an entry's ``history`` phrases mark a sentence that tells of
it as past (取消药品加成后，…零差率…), which lint does not fault. Quotation
marks and book-title marks (“” ‘’ 《》 「」) inside a term are ignored, so
“互联网+”医疗健康 matches 互联网+医疗健康; ＋ counts as +. ``Hit.term`` is the slice of
the original text, ``Hit.start``/``Hit.end`` index the original text.

``window_of`` returns ``(None, None)`` when the text names no dated term; ``from`` or
``to`` is None where that end is open. When the terms' windows do not overlap it
returns the empty window as is (``from > to``): no date fits such a sentence.
An entry used in several separate spells (开好局、起好步 in each plan's first
year) has several windows; ``window_of(text, on=date)`` picks the spell around the
source's date, else the hull of all spells is used.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..prepared import Answers

DateLike = _dt.date | str | int
Window = tuple["_dt.date | None", "_dt.date | None"]

#: brief levels → the tier whose windows and names apply.
TIERS: Mapping[str, str] = {
    "国家": "国家", "全国": "国家", "中央": "国家",
    "省": "省", "自治区": "省", "直辖市": "省",
    "市": "市", "州": "市", "盟": "市", "地区": "市", "自治州": "市", "地级市": "市",
    "县": "县", "区": "县", "旗": "县", "市辖区": "县", "县级市": "县", "自治县": "县",
    "自治旗": "县", "特区": "县", "林区": "县",
    "乡": "乡", "镇": "乡", "街道": "乡", "苏木": "乡", "民族乡": "乡",
}
#: levels an entry may give spells of their own (``levels: {区: …}``) before its tier's, and the levels that take
#: them (a 市辖区 is a 区; a 街道, an urban district's subdivision, speaks as its district).
_OWN_LEVEL: Mapping[str, str] = {"区": "区", "市辖区": "区", "街道": "区"}
#: a tier without its own window or name borrows the next one up this chain.
_TIER_FALLBACK = {"乡": "县", "县": "市", "市": "省", "省": "国家"}

# Quote and title marks vanish before matching; full-width plus counts as plus.
_DROP = dict.fromkeys(map(ord, "“”‘’\"'「」『』《》〈〉"), None)
_SWAP = str.maketrans({"＋": "+"})
_DROP_RE = re.compile("[" + re.escape("".join(map(chr, _DROP))) + "]")


def tier_of(level: str | None) -> str | None:
    """The tier (国家 省 市 县 乡) of a brief's level, or None when unknown."""
    if not level:
        return None
    return TIERS.get(level.strip())


def as_date(value: DateLike) -> _dt.date:
    """A date from a date, an ISO string or a year (a bare year means its 15 February)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, int):
        return _dt.date(value, 2, 15)
    text = str(value).strip()
    if text.isdigit() and len(text) == 4:
        return _dt.date(int(text), 2, 15)
    return _dt.date.fromisoformat(text)


def _fold(text: str) -> tuple[str, list[int] | None]:
    """The text as the matcher sees it, and where its dropped marks were (see ``_unfold``; None: none)."""
    # str.translate walks every character through Python-level lookups; most drafts need neither pass.
    swapped = text.translate(_SWAP) if "＋" in text else text
    dropped = [m.start() for m in _DROP_RE.finditer(swapped)]
    if not dropped:
        return swapped, None
    # For the k-th dropped mark at original index r, r - k is where it would sit in the folded text.
    return _DROP_RE.sub("", swapped), [r - k for k, r in enumerate(dropped)]


def _unfold(index: int, gaps: list[int]) -> int:
    """The original index of the character at ``index`` in the folded text."""
    return index + bisect_right(gaps, index)


def _earliest(starts: list[_dt.date | None]) -> _dt.date | None:
    """The earliest of some windows' starts; None (open) when one of them is open."""
    known = [s for s in starts if s is not None]
    return min(known) if len(known) == len(starts) else None


def _latest(ends: list[_dt.date | None]) -> _dt.date | None:
    """The latest of some windows' ends; None (open) when one of them is open."""
    known = [e for e in ends if e is not None]
    return max(known) if len(known) == len(ends) else None


def _in(d: _dt.date, window: Window) -> bool:
    lo, hi = window
    return (lo is None or lo <= d) and (hi is None or d <= hi)


COMPOSE = "compose"     # Entry.scope: a window compose keeps and lint does not


@dataclass(frozen=True, repr=False)
class Entry:
    """One formulation: its spellings, when it is in use (overall and per tier), and what replaced it."""

    id: str
    area: str
    terms: tuple[str, ...]
    windows: tuple[Window, ...]
    levels: Mapping[str, tuple[Window, ...]]
    successor: str | None
    successor_forms: Mapping[str, str]
    swap: bool
    reason: str
    sources: tuple[str, ...]
    uncertain: str | None = None
    verified: tuple[str, ...] = ()
    note: str | None = None
    years: tuple[int, ...] = ()  # for 年度 phrases: the calendar years they frame (开局之年 …)
    successor_at: Mapping[str, str] = field(default_factory=dict)  # per tier (市: 卫生计生委 for 卫生局)
    # Words that, earlier in the same clause, make a spelling part of another statement (取消…药品加成).
    not_after: tuple[str, ...] = ()
    # Phrases that, in the sentence, tell of the term as past (取消药品加成后，药品零差率…): history, not an error.
    history: tuple[str, ...] = ()
    # Regular expressions for a wording no list of spellings holds (补齐…短板, 孕产妇…救治中心): compose's windows,
    # folded in from compose/era.py (level31); matched beside the spellings, never by the leftmost-longest scan.
    patterns: tuple[str, ...] = ()
    # COMPOSE where the window is compose's own, narrower than a real speech of the date may say it (lint leaves it).
    scope: str | None = None

    def __repr__(self) -> str:
        return f"Entry({self.id}: {self.term})"

    @property
    def term(self) -> str:
        """The main spelling (an entry given by pattern alone: its first pattern)."""
        return self.terms[0] if self.terms else self.patterns[0]

    @property
    def start(self) -> _dt.date | None:
        """The earliest date it is in use anywhere (None: open)."""
        return _earliest([w[0] for w in self._all_windows()])

    @property
    def end(self) -> _dt.date | None:
        """The last date it is in use anywhere (None: still in use)."""
        return _latest([w[1] for w in self._all_windows()])

    def _all_windows(self) -> list[Window]:
        out = list(self.windows)
        for spells in self.levels.values():
            out.extend(spells)
        return out

    def windows_at(self, level: str | None = None) -> tuple[Window, ...]:
        """The spells in which it is in use at a level (the overall ones when the level has none of its own)."""
        # a level with spells of its own first (区: a city district's 新农合 merged into its city's scheme before a
        # county's did), then its tier and the tiers above it
        own = _OWN_LEVEL.get(level.strip()) if level else None
        if own and own in self.levels:
            return self.levels[own]
        tier = tier_of(level)
        while tier is not None:
            if tier in self.levels:
                return self.levels[tier]
            tier = _TIER_FALLBACK.get(tier)
        return self.windows

    def valid_on(self, date: DateLike, level: str | None = None) -> bool:
        """Whether a speech of that date (and level) may use it."""
        d = as_date(date)
        return any(_in(d, w) for w in self.windows_at(level))

    def told_as_history(self, sentence: str) -> bool:
        """Whether ``sentence`` speaks of this formulation as past (取消药品加成后 for 零差率)."""
        return any(phrase in sentence for phrase in self.history)

    def successor_for(self, term: str, level: str | None = None) -> str | None:
        """The successor form for one of its spellings (卫生和计划生育委员会 → 卫生健康委员会), at a level
        where the successor differs by tier (a city's 卫生局 became a 卫生计生委, a county's a 卫生计生局)."""
        tier = tier_of(level)
        tier = "县" if tier == "乡" else tier  # a township's words are its county's; no other tier borrows
        if tier is not None and tier in self.successor_at:
            return self.successor_at[tier]
        folded, _ = _fold(term)
        return self.successor_forms.get(folded, self.successor)


@dataclass(frozen=True)
class Hit:
    """A registry term found in a text: the original slice, where it is, and its entry."""

    term: str
    start: int
    end: int
    entry: Entry


@dataclass(frozen=True)
class Congress:
    """A party congress or one of its plenary sessions."""

    name: str           # 二十大 / 二十届三中全会
    start: _dt.date
    end: _dt.date
    congress: str       # the congress it belongs to (二十大)
    ordinal: int        # 0 for the congress, N for the N中全会
    theme: str = ""


@dataclass(frozen=True)
class Plan:
    """A five-year plan (十四五) and its years."""

    name: str
    first: int
    last: int
    proposed: _dt.date  # the plenum that adopted the proposal (建议)

    def place(self, year: int) -> int:
        return year - self.first + 1


@dataclass(frozen=True)
class YearFraming:
    """What a speech on a date says its year is, and whose spirit it carries out. Nothing after the date."""

    date: _dt.date
    level: str | None
    plan: str                   # 十四五
    plan_year: int              # 1..5
    plan_place: str             # 开局之年 / 承上启下的关键之年 / 收官之年 …
    plan_phrase: str            # 十四五规划承上启下的关键之年
    year_roles: tuple[str, ...]  # the year's standing descriptions (建党100周年 …), official ones first
    congress: str               # 二十大
    plenum: str | None          # 二十届三中全会 (the latest before the date; never the 一中全会)
    spirit: str                 # 党的二十大和二十届二中、三中全会精神
    spirit_forms: tuple[str, ...]  # every accepted phrasing, ``spirit`` first (… 二十届历次全会精神)
    department: str             # 卫生健康局
    meeting: str                # 卫生健康工作会议
    slogans: tuple[str, ...]    # year-bound phrases that frame this year and are valid on the date


@dataclass(frozen=True)
class AgendaItem:
    """One national frame a health speech of its dates names (tifa.yaml ``agenda``): the year's study campaign, a
    health-policy landmark, a moment such as 乙类乙管; ``lines`` are what a speech says of it (no claim about the
    place: the nation's agenda and what it asks), ``marks`` the words by which a line already said names it."""

    id: str
    what: str
    kind: str                   # campaign · landmark · moment · outbreak
    start: _dt.date
    end: _dt.date | None
    lines: tuple[str, ...]
    marks: tuple[str, ...]
    topics: tuple[str, ...] = ()   # topic keys it is bound to (医改 for 三明); empty = any speech
    areas: tuple[str, ...] = ()    # the areas its lines raise (said only where a task takes one up); empty = general
    kinds: tuple[str, ...] = ()    # speech kinds it suits; empty = any
    rural: bool = False            # only where there are villages (健康扶贫)
    townships: bool = True         # a 乡/镇/街道 takes part (三严三实 was for 县处级以上 cadres)
    months: tuple[int, ...] = ()   # the season it belongs to (蚊媒 in summer and autumn); empty = any month
    source: str = ""               # the public page the dates were checked against

    def on(self, date: _dt.date) -> bool:
        return date >= self.start and (self.end is None or date <= self.end) and (
            not self.months or date.month in self.months)


@dataclass(frozen=True)
class Event:
    """Something a brief's fact may name that began on one day nationally (tifa.yaml ``events``): 乙类乙管 from
    2023-01-08.  A review of an earlier period does not claim it; it is said in its own time."""

    id: str
    what: str
    words: tuple[str, ...]
    began: _dt.date
    source: str = ""
    # the time a fact naming it is said in where the day is the nation's, not the fact's own (驰援湖北: a county's
    # nurses did not all go on the day the first teams did; 新冠肺炎疫情发生后 is true of every one of them)
    said: str = ""


def _event(raw: dict) -> Event:
    where = f"events {raw.get('id')}"
    if not raw.get("words"):
        raise ValueError(f"tifa.yaml: {where} needs words")
    return Event(raw["id"], raw.get("what", ""), tuple(raw["words"]), _required_date(raw["began"], where),
                 str(raw.get("source", "")), str(raw.get("said", "")))


def _agenda_item(raw: dict) -> AgendaItem:
    where = f"agenda {raw.get('id')}"
    lines = tuple(raw["lines"])
    if not lines or not raw.get("marks"):
        raise ValueError(f"tifa.yaml: {where} needs lines and marks")
    return AgendaItem(raw["id"], raw["what"], raw.get("kind", "landmark"), _required_date(raw["from"], where),
                      _date(raw.get("to"), where), lines, tuple(raw["marks"]), tuple(raw.get("topics") or ()),
                      tuple(raw.get("areas") or ()), tuple(raw.get("kinds") or ()), bool(raw.get("rural", False)),
                      bool(raw.get("townships", True)), tuple(raw.get("months") or ()), str(raw.get("source", "")))


# The wording of the government work reports: 2017 实施十三五规划的重要一年, 2023 十四五规划承上启下的
# 关键之年, 2024 实现十四五规划目标任务的关键一年, 2025 十四五规划收官之年.
_PLACE_NAMES = {
    1: ("开局之年", "{plan}开局之年"),
    2: ("重要一年", "实施{plan}规划的重要一年"),
    3: ("承上启下的关键之年", "{plan}规划承上启下的关键之年"),
    4: ("关键一年", "实现{plan}规划目标任务的关键一年"),
    5: ("收官之年", "{plan}规划收官之年"),
}
_CN_ORDINAL = "一二三四五六七八九十"


class Registry:
    """All 提法 entries, the year framing tables, and one compiled matcher over every spelling."""

    def __init__(self, entries: Iterable[Entry], guards: Iterable[str], plans: Iterable[Plan],
                 congresses: Iterable[Congress], departments: Mapping[str, list[_Department]],
                 year_roles: Mapping[int, tuple[str, ...]], agenda: Iterable[AgendaItem] = (),
                 events: Iterable[Event] = ()):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.events: tuple[Event, ...] = tuple(events)
        self.agenda: tuple[AgendaItem, ...] = tuple(sorted(agenda, key=lambda a: a.start))
        self.plans = tuple(sorted(plans, key=lambda p: p.first))
        self.congresses = tuple(sorted(congresses, key=lambda c: c.start))
        self.departments = departments
        self.year_roles = year_roles
        self._by_term: dict[str, Entry] = {}
        self._by_id: dict[str, Entry] = {}
        for entry in self.entries:
            if entry.id in self._by_id:
                raise ValueError(f"tifa.yaml: duplicate id {entry.id}")
            self._by_id[entry.id] = entry
            for term in entry.terms:
                key, _ = _fold(term)
                other = self._by_term.get(key)
                if other is not None and other is not entry:
                    raise ValueError(f"tifa.yaml: term {term} in both {other.id} and {entry.id}")
                self._by_term[key] = entry
        guard_keys = {_fold(g)[0] for g in guards} - set(self._by_term)
        self._guards = frozenset(guard_keys)
        self._starts = _start_index([*self._by_term, *self._guards])
        self._singles = any(len(head) == 1 for head in self._starts)
        # The packaged registry's answers for the bundled texts, worked out when the package was made (see
        # load_registry); None for any other registry.
        self.known: Answers | None = None
        # the entries given by pattern (compose's windows), in the data's order; compiled on first use
        self.patterned: tuple[Entry, ...] = tuple(e for e in self.entries if e.patterns)
        self._compiled: dict[str, tuple[tuple[re.Pattern[str], Entry], ...]] = {}

    # --- lookup -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def entry(self, term: str) -> Entry | None:
        """The entry one of whose spellings is ``term``, or None."""
        return self._by_term.get(_fold(term)[0])

    def by_id(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    # --- matching ---------------------------------------------------------------
    def find(self, text: str) -> list[Hit]:
        """Every registry term in the text, leftmost-longest, in order. Guard phrases shield but are not returned."""
        known = self.known.get(text) if self.known is not None else None
        if known is not None:
            return [Hit(text[s:e], s, e, self.entries[i]) for s, e, i in known]
        return self.scan(text)

    def scan(self, text: str) -> list[Hit]:
        """``find`` worked out (not looked up)."""
        folded, where = _fold(text)
        hits = []
        for s, e in _scan(folded, self._starts, self._singles):
            entry = self._by_term.get(folded[s:e])
            if entry is None:  # a guard phrase (爱国卫生工作会议 …): shields its inner terms
                continue
            if entry.not_after and _said_after(folded, s, entry.not_after):
                continue
            if where is not None:
                s, e = _unfold(s, where), _unfold(e - 1, where) + 1
            hits.append(Hit(text[s:e], s, e, entry))
        return hits

    def patterns_of(self, scope: str | None = None) -> tuple[tuple[re.Pattern[str], Entry], ...]:
        """The compiled patterns of the entries given by pattern, with their entries, in the data's order: every one
        (``scope`` COMPOSE: what compose keeps out of a draft), or those lint dates too (``scope`` None)."""
        key = scope or ""
        kept = self._compiled.get(key)
        if kept is None:
            kept = self._compiled[key] = tuple((re.compile(p), e) for e in self.patterned for p in e.patterns
                                               if scope == COMPOSE or e.scope != COMPOSE)
        return kept

    def find_all(self, text: str) -> list[Hit]:
        """``find``, and the wordings of the entries given by pattern that lint dates (not those of compose's own
        narrower windows), in text order."""
        hits = self.find(text)
        more = [Hit(m.group(0), m.start(), m.end(), e) for p, e in self.patterns_of() for m in p.finditer(text)
                if m.end() > m.start()]
        if not more:
            return hits
        # (a wording inside a spelling already found is that spelling's: 健康中国行动 is not also 健康中国)
        more = [h for h in more if not any(s.start <= h.start and h.end <= s.end for s in hits)]
        return sorted(hits + more, key=lambda h: (h.start, -h.end))

    def outside_window(self, text: str, date: DateLike, level: str | None = None) -> list[Hit]:
        """The hits not in use on that date at that level."""
        d = as_date(date)
        return [h for h in self.find(text)
                if not h.entry.valid_on(d, level) and not _told_as_history(text, h)]

    def current_form(self, term: str, date: DateLike, level: str | None = None) -> str | None:
        """The form in use on the date for a term out of its window, following successors; None if there is none."""
        d = as_date(date)
        entry = self.entry(term)
        form = term
        for _ in range(8):  # successor chains are short (卫生局 → 卫生计生局 → 卫生健康局)
            if entry is None or not entry.swap:
                return None
            nxt = entry.successor_for(form, level)
            if nxt is None:
                return None
            entry = self.entry(nxt)
            form = nxt
            if entry is None or entry.valid_on(d, level):  # an undated form (参保率) is always in use
                return form
        return None

    def modernise(self, text: str, date: DateLike, level: str | None = None) -> str:
        """The text with each out-of-window term that has a successor in use on the date swapped for it."""
        d = as_date(date)
        out, last = [], 0
        for hit in self.outside_window(text, d, level):
            form = self.current_form(hit.term, d, level)
            if form is None:
                continue
            out.append(text[last:hit.start])
            out.append(form)
            last = hit.end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def window_of(self, text: str, on: DateLike | None = None, level: str | None = None) -> Window:
        """The dates on which every dated term of the text is in use: (from, to); None ends are open."""
        hits = self.find(text)
        if not hits:
            return (None, None)
        d = as_date(on) if on is not None else None
        lo: _dt.date | None = None
        hi: _dt.date | None = None
        seen = set()
        for hit in hits:
            if hit.entry.id in seen or _told_as_history(text, hit):
                continue
            seen.add(hit.entry.id)
            a, b = _spell(hit.entry.windows_at(level), d)
            if a is not None and (lo is None or a > lo):
                lo = a
            if b is not None and (hi is None or b < hi):
                hi = b
        return (lo, hi)

    # --- framing ----------------------------------------------------------------
    def agenda_on(self, date: DateLike, *, topics: Iterable[str] = (), kind: str | None = None,
                  township: bool = False, rural: bool = True) -> list[AgendaItem]:
        """The agenda items a speech on ``date`` may name, newest first: in their window (and season), of any topic
        or one of ``topics``, for the speech's kind, and for a township only where townships took part."""
        d = as_date(date)
        wanted = set(topics)
        out = [a for a in self.agenda if a.on(d) and (not a.topics or wanted & set(a.topics))
               and (not a.kinds or kind is None or kind in a.kinds) and (a.townships or not township)
               and (rural or not a.rural)]
        return sorted(out, key=lambda a: (bool(a.topics), a.start), reverse=True)

    def events_in(self, text: str) -> list[tuple[int, int, Event]]:
        """The events ``text`` names, as (start, end, event) in reading order: at each place the longest word that
        names one (新冠病毒疫苗 is the vaccination's, not the outbreak's)."""
        spots: list[tuple[int, int, Event]] = []
        for event in self.events:
            for word in event.words:
                start = text.find(word)
                while start >= 0:
                    spots.append((start, start + len(word), event))
                    start = text.find(word, start + 1)
        spots.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        out: list[tuple[int, int, Event]] = []
        for spot in spots:
            if not out or spot[0] >= out[-1][1]:
                out.append(spot)
        return out

    def plan_for(self, year: int) -> Plan:
        for plan in self.plans:
            if plan.first <= year <= plan.last:
                return plan
        raise ValueError(f"no five-year plan covers {year}")

    def congress_before(self, date: DateLike) -> tuple[Congress, list[Congress]]:
        """The latest congress that closed before the date, and its plenums (from the 二中) closed before it."""
        d = as_date(date)
        congress = None
        for c in self.congresses:
            if c.ordinal == 0 and c.end < d:
                congress = c
        if congress is None:
            raise ValueError(f"no party congress in the registry before {d}")
        plenums = [c for c in self.congresses
                   if c.congress == congress.name and c.ordinal >= 2 and c.end < d]
        return congress, plenums

    def department_name(self, date: DateLike, level: str | None, full: bool = False) -> str:
        """The health department's name at that level on that date, without the level word: 卫生计生局, or
        with ``full`` 卫生和计划生育局 (a 乡/镇/街道 gets its county's; an unknown level a county's)."""
        row = self._department(date, level)
        return row.full if full else row.name

    def meeting_name(self, date: DateLike, level: str | None) -> str:
        """The annual meeting's default name at that level on that date (卫生健康工作会议 …)."""
        return self._department(date, level).meeting

    def named_date(self, date: DateLike, level: str | None, meeting_word: str) -> _dt.date | None:
        """The date nearest ``date`` on which the department at ``level`` went by ``meeting_word`` (卫生 · 卫生计生 ·
        卫生健康): the day its row begins, or the day before the next begins; None when no row has it."""
        d = as_date(date)
        tier = tier_of(level) or "县"
        while tier not in self.departments:
            tier = _TIER_FALLBACK[tier]
        rows = self.departments[tier]
        for i, row in enumerate(rows):
            if row.meeting.removesuffix("工作会议") != meeting_word:
                continue
            start = row.since
            end = rows[i + 1].since if i + 1 < len(rows) else None
            if start is not None and d < start:
                return start
            if end is not None and d >= end:
                return end - _dt.timedelta(days=1)
            return d
        return None

    def _department(self, date: DateLike, level: str | None) -> _Department:
        d = as_date(date)
        tier = tier_of(level) or "县"
        while tier not in self.departments:
            tier = _TIER_FALLBACK[tier]
        rows = self.departments[tier]
        current = rows[0]
        for row in rows:
            if row.since is None or row.since <= d:
                current = row
        return current

    def year_framing(self, date: DateLike, level: str | None = None) -> YearFraming:
        """The plan year, congress spirit, department, meeting name and year-bound slogans of a date."""
        d = as_date(date)
        plan = self.plan_for(d.year)
        n = plan.place(d.year)
        place, phrase = _PLACE_NAMES[n]
        congress, plenums = self.congress_before(d)
        row = self._department(d, level)
        # Only the phrases that frame this calendar year: a 年度 window also runs into the next
        # year's first quarter (for its review), which is no licence to call that year the same.
        slogans = tuple(e.term for e in self.entries
                        if e.area == "年度" and d.year in e.years and e.valid_on(d, level))
        return YearFraming(
            date=d, level=level, plan=plan.name, plan_year=n, plan_place=place,
            plan_phrase=phrase.format(plan=plan.name),
            year_roles=self.year_roles.get(d.year, ()),
            congress=congress.name, plenum=plenums[-1].name if plenums else None,
            spirit=_spirit(congress, plenums), spirit_forms=_spirit_forms(congress, plenums),
            department=row.name, meeting=row.meeting, slogans=slogans,
        )


@dataclass(frozen=True)
class _Department:
    since: _dt.date | None
    name: str       # 卫生计生局
    meeting: str    # 卫生计生工作会议
    full: str       # 卫生和计划生育局


def _spell(spells: tuple[Window, ...], on: _dt.date | None) -> Window:
    """The one spell of an entry that applies to a source dated ``on`` (the hull when unsure)."""
    if len(spells) == 1:
        return spells[0]
    if on is not None:
        for w in spells:
            if _in(on, w):
                return w
    return (_earliest([w[0] for w in spells]), _latest([w[1] for w in spells]))


def _spirit(congress: Congress, plenums: list[Congress]) -> str:
    """党的二十大和二十届二中、三中全会精神 — five or more plenums read 历次全会."""
    if not plenums:
        return f"党的{congress.name}精神"
    session = congress.name[:-1] + "届"
    if len(plenums) >= 5:
        return f"党的{congress.name}和{session}历次全会精神"
    names = "、".join(_CN_ORDINAL[p.ordinal - 1] + "中" for p in plenums)
    return f"党的{congress.name}和{session}{names}全会精神"


def _spirit_forms(congress: Congress, plenums: list[Congress]) -> tuple[str, ...]:
    """The phrasings in use: the plenums listed, and from the second cited plenum on also 历次全会 (the
    二十届四中全会 communiqué of October 2025 already says 二十大和二十届历次全会精神 after two)."""
    forms = [_spirit(congress, plenums)]
    if len(plenums) >= 2:
        forms.append(f"党的{congress.name}和{congress.name[:-1]}届历次全会精神")
    return tuple(dict.fromkeys(forms))


def _start_index(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each term's first two characters (one for a one-character term) → the terms starting so, longest first.

    A plain dict instead of a compiled regex: building it costs a millisecond, where compiling the
    trie-shaped pattern over every spelling cost ~50 ms on each process start."""
    index: dict[str, list[str]] = {}
    for term in terms:
        if term:
            index.setdefault(term[:2], []).append(term)
    return {head: tuple(sorted(group, key=len, reverse=True)) for head, group in index.items()}


def _scan(text: str, starts: Mapping[str, tuple[str, ...]], singles: bool = True) -> list[tuple[int, int]]:
    """Leftmost-longest matches of the indexed terms: at each position the longest term that starts there
    wins, and the scan goes on after it (the same spans the trie regex gave). ``singles``: the index holds
    one-character terms (none today; looked up only then)."""
    spans = []
    get = starts.get
    i, n = 0, len(text)
    while i < n:
        group = get(text[i:i + 2])
        if group is not None:
            for term in group:
                if text.startswith(term, i):
                    spans.append((i, i + len(term)))
                    i += len(term)
                    break
            else:
                if singles and text[i] in starts:
                    spans.append((i, i + 1))
                i += 1
        elif singles and text[i] in starts:
            spans.append((i, i + 1))
            i += 1
        else:
            i += 1
    return spans


_SENTENCE_ENDS = "。！？；!?;\n"


def _told_as_history(text: str, hit: Hit) -> bool:
    """Whether the sentence around ``hit`` tells of its formulation as past (its entry's ``history``)."""
    if not hit.entry.history:
        return False
    begin = max(text.rfind(mark, 0, hit.start) for mark in _SENTENCE_ENDS) + 1
    ends = [at for at in (text.find(mark, hit.end) for mark in _SENTENCE_ENDS) if at >= 0]
    return hit.entry.told_as_history(text[begin:min(ends, default=len(text))])


# A clause ends at these marks; `not_after` words count only within the term's own clause.
_CLAUSE_MARKS = "，。；：！？、,;:!?\n"


def _said_after(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` comes before ``start`` in the same clause (全面取消公立医院药品加成)."""
    begin = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    clause = text[begin:start]
    return any(word in clause for word in words)


# --- loading ----------------------------------------------------------------------
def _date(value: object, where: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):  # the JSON copy keeps dates as ISO text
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"tifa.yaml: {where}: not a date: {value!r}")


def _required_date(value: object, where: str) -> _dt.date:
    """A date the data must give (a plan's proposal, a congress's days)."""
    day = _date(value, where)
    if day is None:
        raise ValueError(f"tifa.yaml: {where}: not a date: {value!r}")
    return day


def _window(pair: Sequence[object], where: str) -> Window:
    lo, hi = (_date(pair[0], where), _date(pair[1], where))
    if lo and hi and lo > hi:
        raise ValueError(f"tifa.yaml: {where}: window {lo}..{hi} runs backwards")
    return (lo, hi)


def _entry(raw: dict) -> Entry:
    eid = raw["id"]
    if "windows" in raw:
        windows = tuple(_window(w, eid) for w in raw["windows"])
    else:
        windows = (_window((raw.get("from"), raw.get("to")), eid),)
    levels = {}
    for tier, spells in (raw.get("levels") or {}).items():
        if spells and not isinstance(spells[0], list):
            spells = [spells]
        levels[tier] = tuple(_window(w, f"{eid}.{tier}") for w in spells)
    forms = {_fold(k)[0]: v for k, v in (raw.get("successor_forms") or {}).items()}
    return Entry(
        id=eid, area=raw["area"], terms=tuple(raw.get("terms") or ()), windows=windows, levels=levels,
        successor=raw.get("successor"), successor_forms=forms, swap=raw.get("swap", True),
        reason=raw.get("reason", ""), sources=tuple(raw.get("sources") or ()),
        uncertain=raw.get("uncertain"), verified=tuple(raw.get("verified") or ()), note=raw.get("note"),
        years=tuple(raw.get("years") or ()), successor_at=dict(raw.get("successor_at") or {}),
        not_after=tuple(raw.get("not_after") or ()), history=tuple(raw.get("history") or ()),
        patterns=tuple(raw.get("patterns") or ()), scope=raw.get("scope"),
    )


def registry_from_data(data: dict) -> Registry:
    """A registry from the parsed YAML (for tests and tools that keep their own data)."""
    plans = [Plan(p["name"], p["first"], p["last"], _required_date(p["proposed"], p["name"])) for p in data["plans"]]
    congresses = []
    for c in data["congresses"]:
        start, end = _required_date(c["start"], c["name"]), _required_date(c["end"], c["name"])
        congresses.append(Congress(c["name"], start, end, c["name"], 0))
        for p in c.get("plenums", ()):
            start, end = _required_date(p["start"], p["name"]), _required_date(p["end"], p["name"])
            congresses.append(Congress(p["name"], start, end, c["name"], p["ordinal"], p.get("theme", "")))
    departments = {tier: [_Department(_date(row["since"], tier), row["department"], row["meeting"],
                                      row.get("full", row["department"])) for row in rows]
                   for tier, rows in data["departments"].items()}
    roles = {int(y): tuple(v) for y, v in (data.get("year_roles") or {}).items()}
    agenda = [_agenda_item(r) for r in data.get("agenda") or ()]
    events = [_event(r) for r in data.get("events") or ()]
    return Registry((_entry(r) for r in data["entries"]), data.get("guards") or (), plans, congresses,
                    departments, roles, agenda, events)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The packaged registry, parsed once per process (from the JSON copy in the user's cache when tifa.yaml
    is byte-for-byte the one it was made from: JSON loads in a tenth of the time YAML takes)."""
    # Beside this module in the installed package (package data); importlib.resources would add ~15 ms of
    # imports to every process for zip imports we never use.
    source = Path(__file__).with_name("tifa.yaml").read_bytes()
    built = shipped_registry(source)
    if built is not None:
        return _answering(built, source)
    shipped = shipped_data(source)
    if shipped is not None:
        return _answering(registry_from_data(shipped), source)
    data, copy = _parsed(source)
    try:
        return _answering(registry_from_data(data), source)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        if copy is None:
            raise  # the YAML itself is at fault: its error names the entry
        # A copy that passed its hash but not the loader (forged, or written by another layout): dropped, and
        # the YAML decides (which writes a fresh copy).
        print(f"jianggao: 提示：提法表缓存与本程序不符，已删除并重新读取 tifa.yaml：{copy}", file=sys.stderr)
        _unlink(copy)
        return _answering(registry_from_data(_parsed(source)[0]), source)


def answers_key(source: bytes) -> str:
    """The digest the packaged registry's answers (prepared/tifa_find.marshal) were made from: tifa.yaml and this code."""
    from .. import prepared

    return prepared.digest(b"tifa find", source, prepared.source_of(__file__))


def _answering(registry: Registry, source: bytes) -> Registry:
    """The packaged registry, answering ``find`` for the bundled texts from what was worked out at make time."""
    from .. import prepared

    registry.known = prepared.Answers("tifa_find", lambda: answers_key(source))
    return registry


def data_key(source: bytes) -> str:
    """The digest of tifa.yaml's bytes that the parsed copy shipped in the package was made from."""
    from .. import prepared

    return prepared.digest(b"tifa.yaml", source)


def registry_key(source: bytes) -> str:
    """The digest the registry shipped built (prepared/tifa_registry.pickle) was made from: tifa.yaml and this code."""
    from .. import prepared

    return prepared.digest(b"tifa registry", source, prepared.source_of(__file__))


def shipped_registry(source: bytes) -> Registry | None:
    """The registry as built when the package was made from ``source`` (tifa.yaml byte for byte) by this module's code,
    unpickled: building it from the parsed YAML (registry_from_data) took 2% of a render; else None."""
    from .. import prepared

    built = prepared.load_pickled("tifa_registry", registry_key(source))
    return built if isinstance(built, Registry) and built.known is None else None


def same_registry(a: Registry, b: Registry) -> bool:
    """Whether two registries hold the same entries, tables and indexes (for the shipped copy).  The start index's
    terms of one length may come in any order (they follow the guards' set, which follows the process's string
    hashing; two terms of one length cannot both match at one place, so the scan finds the same either way)."""
    def starts(r: Registry) -> dict[str, list[str]]:
        return {head: sorted(group, key=lambda t: (-len(t), t)) for head, group in r._starts.items()}

    def lengths(r: Registry) -> dict[str, list[int]]:
        return {head: [len(t) for t in group] for head, group in r._starts.items()}

    rest = [k for k in vars(a) if k != "_starts"]
    return (vars(a).keys() == vars(b).keys() and all(vars(a)[k] == vars(b)[k] for k in rest)
            and starts(a) == starts(b) and lengths(a) == lengths(b))


def shipped_data(source: bytes) -> dict | None:
    """tifa.yaml as parsed when the package was made (prepared/tifa.marshal), when ``source`` is byte for byte the
    file it was made from; else None."""
    from .. import prepared

    data = prepared.load("tifa", data_key(source))
    return data if isinstance(data, dict) else None


# --- the parsed registry, kept as plain JSON -----------------------------------------
# Data only: a copy is read with ``json`` (no code runs, unlike pickle), its body checked against the
# sha256 in its header, and keyed by the sha256 of tifa.yaml, so an edited registry never meets a stale copy.
_CACHE_FORMAT = 1
_CACHE_MAX_BYTES = 16 << 20  # the copy is ~0.25 MB
_CACHE_COPIES = 4            # each edit of tifa.yaml leaves a new copy; the newest few are kept


def _cache_dir() -> os.PathLike[str] | None:
    """Where the copy is kept: the project's cache folder, as the shared cache module decides
    ($JIANGGAO_CACHE_DIR, empty = off; else ~/.cache/jianggao)."""
    from ..cache import cache_dir

    return cache_dir()


def _load_yaml(source: bytes) -> dict:
    import yaml  # only when the JSON copy cannot answer: importing PyYAML alone costs ~20 ms

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(source.decode("utf-8"), Loader=loader)


def _parsed(source: bytes) -> tuple[dict, Path | None]:
    """tifa.yaml parsed, and the JSON copy it came from (used when it checks out; else None, the YAML is
    parsed and the copy written)."""
    root = _cache_dir()
    if root is None:
        return _load_yaml(source), None
    key = hashlib.sha256(source).hexdigest()
    copy = Path(root) / f"tifa-{key[:32]}.json"
    data = _read_copy(copy, key)
    if data is not None:
        return data, copy
    data = _load_yaml(source)
    body = json.dumps(data, ensure_ascii=False, default=_iso).encode("utf-8")
    header = json.dumps({"format": _CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()})
    from ..cache import prune_copies, write_copy

    write_copy(copy, header.encode("ascii") + b"\n" + body)
    prune_copies(copy.parent, "tifa-*.json", keep=_CACHE_COPIES)
    return data, None


def _iso(value: object) -> str:
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _read_copy(copy: Path, key: str) -> dict | None:
    """The parsed registry kept in ``copy``, or None: absent, or damaged (then removed, with a warning)."""
    import stat

    try:
        info = os.lstat(copy)
    except OSError:
        return None
    try:
        # Only a regular file of a plausible size is read: a FIFO or a link to /dev/zero would never end.
        if not stat.S_ISREG(info.st_mode) or info.st_size > _CACHE_MAX_BYTES:
            raise ValueError("not a copy we wrote")
        raw = copy.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if not (isinstance(header, dict) and header.get("format") == _CACHE_FORMAT and header.get("key") == key
                and header.get("sha256") == hashlib.sha256(body).hexdigest()):
            raise ValueError("header")
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ValueError("body")
        return data
    except OSError:
        return None
    except (ValueError, UnicodeDecodeError, RecursionError):
        print(f"jianggao: 提示：提法表缓存已损坏或不是本程序写的，已删除并重新读取 tifa.yaml：{copy}", file=sys.stderr)
        _unlink(copy)
        return None


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# --- module-level shortcuts on the packaged registry --------------------------------
def find(text: str) -> list[Hit]:
    return load_registry().find(text)


def outside_window(text: str, date: DateLike, level: str | None = None) -> list[Hit]:
    return load_registry().outside_window(text, date, level)


def modernise(text: str, date: DateLike, level: str | None = None) -> str:
    return load_registry().modernise(text, date, level)


def window_of(text: str, on: DateLike | None = None, level: str | None = None) -> Window:
    return load_registry().window_of(text, on, level)


def year_framing(date: DateLike, level: str | None = None) -> YearFraming:
    return load_registry().year_framing(date, level)


def department_name(date: DateLike, level: str | None, full: bool = False) -> str:
    return load_registry().department_name(date, level, full)


def meeting_name(date: DateLike, level: str | None) -> str:
    return load_registry().meeting_name(date, level)


def named_date(date: DateLike, level: str | None, meeting_word: str) -> _dt.date | None:
    return load_registry().named_date(date, level, meeting_word)


__all__ = [
    "Congress", "Entry", "Hit", "Plan", "Registry", "YearFraming", "as_date", "department_name", "find",
    "load_registry", "meeting_name", "modernise", "named_date", "outside_window", "registry_from_data", "tier_of",
    "window_of", "year_framing",
]
