"""Words a listener hears again (issue 13, REP): a long run of one sentence said in another part, and a weight word
said a third time in one paragraph.

Both are what is left after the idea passes (once.py, echoes.py, homes.py) have given each idea one home: those judge
by ideas and content words, and two sentences that share ten characters word for word in different parts (基层医疗卫生
机构标准化建设要稳步推进 in the situation, 推进基层医疗卫生机构标准化建设 as a task item; 远程会诊、远程影像等服务 in two
items) or a paragraph that says 加强 three times (加强儿童健康管理…；加强孕前…。持续加强…) pass them.  So, in place, after
the repeat passes:
- ``runs_once``: a sentence sharing a RUN-character run with an earlier one (the brief's words and the bodies given
  duties aside) loses the clause that says it where the rest stands, else goes while the speech keeps its floor, else
  gives way to an unsaid measure of its area (the ``swap`` of finish); where it cannot change (an item's head, the brief's words), the
  earlier sentence changes instead, if it can;
- ``weights_vary``: a weight word (加强, 做好, 落实, 推进 …) said a third time within WINDOW characters of a paragraph is
  said in another word of the same weight the paragraph has not said twice (加强 → 强化, 做好 → 抓好); never in the
  brief's words, a title in 《》 or a set phrase (抓落实, 加强针).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ..model.text import starts_of
from . import echoes, era
from .needs import needs_of
from .once import _BODIES, _DIGIT, _HAN, _ORDINAL, optional, without

# Two sentences sharing this many characters in a row say one thing twice (bench_quality's same_measure).
RUN = 10

# A body given a duty (各社区卫生服务中心要…): two duties of one body share its name, not a measure.  A body inside a
# measure (推进基层医疗卫生机构标准化建设) is the measure's own words.
_DUTY_BODY = re.compile(rf"(?:{_BODIES.pattern})(?=要|将|必须|也要|还要|都要)")

Take = Callable[[str], bool]
Swap = Callable[[int, str, list[str], str], "str | None"]


def _runs(sentence: str, words: tuple[str, ...]) -> set[str]:
    """The RUN-character runs of ``sentence``, the bodies given its duties and ``words`` (the brief's own) left out; a
    list is one run (人员、财务、药品)."""
    text = _DUTY_BODY.sub("|", sentence).replace("、", "")
    for w in words:
        text = text.replace(w, "|")
    return {piece[i:i + RUN] for piece in _HAN.findall(text) for i in range(len(piece) - RUN + 1)}


def _fixed(sentence: str, keep: Sequence[str]) -> bool:
    """Whether ``sentence`` may not change at all: an item's head, the brief's data or words, a list's lead-in."""
    return bool(_ORDINAL.match(sentence) or _DIGIT.search(sentence) or sentence.endswith(("！", "："))
                or "我代表" in sentence or any(c and c in sentence for c in keep))


def _item_sole(para: list[str], k: int) -> bool:
    """Whether sentence ``k`` is the only one of its item (一是…。X。二是…): the item's home, never taken."""
    return k > 0 and bool(_ORDINAL.match(para[k - 1])) and (k + 1 == len(para) or bool(_ORDINAL.match(para[k + 1])))


# A sentence whose repeated run cannot be cut out goes (or gives way) where the run is this share of it.
MOSTLY = 1 / 2


def _change(para: list[str], k: int, again: set[str], words: tuple[str, ...], keep: Sequence[str], take: Take,
            trim: Take, swap: Callable[[str], str | None] | None,
            clause_swap: Callable[[str, str], str | None] | None, lead: bool = False) -> bool:
    """Say sentence ``k`` of ``para`` without the runs ``again``: cut their clauses (within the clause floor, ``trim``;
    else an unsaid measure said in their place, ``clause_swap``), else drop it (within the floor, ``take``), else
    ``swap`` it; whether it changed.  ``lead``: the paragraph goes on from the one before (its lead may change)."""
    s = para[k]
    if _fixed(s, keep):
        return False
    rest = without(s, again, lambda c: _runs(c, words))
    if rest and not (k + 1 < len(para) and needs_of(para[k + 1]) & {"antecedent", "follows"}):
        # (a clause may go from a paragraph's lead or only sentence: the sentence stays)
        if trim(s[:len(s) - len(rest)]):
            para[k] = rest
            return True
        instead = clause_swap(rest, "，".join(c for c in s[:-1].split("，") if c not in rest) + "。") \
            if clause_swap is not None else None
        if instead and not _runs(instead, words) & again:
            para[k] = instead
            return True
        return False
    if not optional(para, k, keep, lead) or _item_sole(para, k):
        return False
    if rest is None and len(again) + RUN - 1 < MOSTLY * len("".join(_HAN.findall(s))):
        return False          # the run is a small part of what the sentence says: it stands
    if take(s):
        para.pop(k)
        return True
    instead = swap(s) if swap is not None else None
    if instead and not _runs(instead, words) & again:
        para[k] = instead
        return True
    return False


def runs_once(parts: list[list[list[str]]], headings: list[list[str]], keep: Sequence[str], take: Take, trim: Take,
              swap: Swap | None = None, clause_swap: Swap | None = None) -> None:
    """No RUN-character run said in two sentences of a speech (see the module's docstring; in place).  ``headings``
    gives each paragraph's subsection heading (for ``swap``), ``keep`` the brief's words; ``take`` says whether a
    sentence may go, ``trim`` whether a clause may (a clause is short: it may go nearer the length's edge)."""
    words = tuple(sorted({w for w in keep if len(w) >= 4}, key=len, reverse=True))
    seen: dict[str, tuple[int, int, str]] = {}
    for i, part in enumerate(parts):
        for j, para in enumerate(part):
            k = 0
            while k < len(para):
                s = para[k]
                mine = _runs(s, words)
                hit = mine & seen.keys()
                if hit:
                    heading = headings[i][j]
                    turn = (lambda x, i=i, para=para, heading=heading: swap(i, x, para, heading)) if swap else None
                    turn_clause = (lambda cut, out, i=i, para=para, heading=heading:
                                   echoes.clause_swapped(i, cut, out, para, heading, [*para, heading], clause_swap,
                                                         fresh=lambda c: not _runs(c, words) & seen.keys())) \
                        if clause_swap else None
                    lead = k == 0 and j > 0 and headings[i][j] == headings[i][j - 1] and not _ORDINAL.match(s)
                    if _change(para, k, hit, words, keep, take, trim, turn, turn_clause, lead):
                        continue        # the sentence changed or went: asked again as it is now
                    # the later one cannot change (an item's head, the brief's words): the earlier one may
                    for run in sorted(hit):
                        if run not in seen:
                            continue
                        a, b, earlier = seen[run]
                        there = parts[a][b]
                        if earlier in there and (a, b) != (i, j):
                            at = there.index(earlier)
                            gone = _runs(earlier, words) & mine
                            if _change(there, at, gone, words, keep, take, trim, None, None):
                                for r in [r for r, v in seen.items() if v[2] == earlier]:
                                    del seen[r]
                                if at < len(there):
                                    for r in _runs(there[at], words):
                                        seen.setdefault(r, (a, b, there[at]))
                for r in mine:
                    seen.setdefault(r, (i, j, s))
                k += 1


# --- a weight word said a third time in a paragraph ---------------------------------------------------------------

# How near three of one word are heard as the word, not the point (bench_quality's word_thrice: 200 characters).
WINDOW = 200
MOST = 2

# Each weight word, where it may give way (what follows it, what precedes it), and the words of its weight that may
# stand for it there, in the order tried.  A word that is half of a set phrase stays (抓落实, 贯彻落实, 加强针, 推进会).
_WEIGHTS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("加强", re.compile(r"(?<![不])加强(?![针版和与、，。；]|免疫)(?=[\u4e00-\u9fff])"), ("强化", "抓好")),
    ("强化", re.compile(r"强化(?![和与、，。；])(?=[\u4e00-\u9fff])"), ("加强",)),
    ("做好", re.compile(r"做好(?![了，。；、])(?=[\u4e00-\u9fff])(?![^，。；]{0,12}准备)"), ("抓好", "抓实")),
    ("抓好", re.compile(r"(?<![要])抓好(?![了，。；、])(?=[\u4e00-\u9fff])"), ("做好", "抓实")),
    ("推进", re.compile(r"(?<![在的])推进(?![会中情滞慢度的了，。；、过])(?=[\u4e00-\u9fff])"), ("推动",)),
    ("推动", re.compile(r"推动(?![会中的了，。；、])(?=[\u4e00-\u9fff])"), ("推进",)),
    ("提高", re.compile(r"提高(?![了到，。；、])(?=[\u4e00-\u9fff])"), ("提升",)),
    ("提升", re.compile(r"提升(?![了到，。；、])(?=[\u4e00-\u9fff])"), ("提高",)),
    # (落实 is said of duties (压实) and of policies (执行); 抓落实, 贯彻落实, 落实落细 and a duty's end, 要落实。, stay)
    ("落实", re.compile(r"(?<![抓贯彻狠真])落实(?=[^，。；]{0,6}责任)"), ("压实",)),
    # (not after 进一步: a rule is kept, not kept further — 要进一步执行传染病疫情报告制度, sec44's w2 and again after it)
    ("落实", re.compile(r"(?<![抓贯彻狠真])(?<!进一步)落实(?=[^，。；]{1,16}(?:政策|制度|规定|标准|办法)[，。；])"), ("执行",)),
    ("完善", re.compile(r"(?<![巩固健])完善(?=[^，。；、]{1,6}(?:机制|制度|体系))"), ("健全",)),
    ("健全", re.compile(r"健全(?![完])(?=[^，。；、]{1,6}(?:机制|制度|体系))"), ("完善",)),
    ("确保", re.compile(r"确保(?=[\u4e00-\u9fff])"), ("保证",)),
)
_TITLE = re.compile(r"《[^》]*》|“[^”]*”")


def _protected(text: str, keep: Sequence[str]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _TITLE.finditer(text)]
    return spans + [(at, at + len(c)) for c in keep if len(c) >= 2 for at in starts_of(c, text)]


def _thrice(positions: list[int]) -> int | None:
    """The index of the first word of ``positions`` that is the third within WINDOW characters, or None."""
    for n in range(MOST, len(positions)):
        if positions[n] - positions[n - MOST] <= WINDOW:
            return n
    return None


# A body's long name and what it is called once the paragraph has named it twice (blind37's reader: 各基层医疗卫生机构
# four times in one answer, 市级医院要向各基层医疗卫生机构派驻…；…把各基层医疗卫生机构房屋…纳入对各基层医疗卫生机构的考核…).
_SHORT_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"各?基层医疗卫生机构"), "基层机构"),
    (re.compile(r"各?二级以上(?:公立)?医疗机构"), "二级以上医院"),
)
NAMED_IN_FULL = 2


def names_short(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """A body's long name said more than NAMED_IN_FULL times in a paragraph is said short from then on (_SHORT_NAMES;
    in place); never inside the brief's words or a clause kept whole (``keep``)."""
    for part in parts:
        for para in part:
            for pattern, short in _SHORT_NAMES:
                said = 0
                for k, s in enumerate(para):
                    if not pattern.search(s):
                        continue
                    kept = [(at, at + len(c)) for c in keep if c and len(c) >= 4 for at in starts_of(c, s, overlapping=False)]
                    out: list[str] = []
                    end = 0
                    for m in pattern.finditer(s):
                        said += 1
                        if said > NAMED_IN_FULL and not any(a <= m.start() < b for a, b in kept):
                            out += [s[end:m.start()], short]
                            end = m.end()
                    para[k] = "".join(out) + s[end:]


def weights_vary(parts: list[list[list[str]]], keep: Sequence[str], date: dt.date | None = None) -> None:
    """A weight word said a third time near its others in a paragraph is said in another (see the module's
    docstring; in place).  A paragraph's item heads (一是…) are counted as they are never changed; an item's head is
    the bench's and the listener's anchor, the words after it are what varies.  A word not yet in use on ``date`` is
    not put in (压实 before 2016: a 2012 county's 各乡镇要压实属地责任, found when lint came to date it, level31)."""
    for part in parts:
        for para in part:
            for word in dict.fromkeys(w for w, _, _ in _WEIGHTS):
                _vary(para, word, keep, date)


def _vary(para: list[str], word: str, keep: Sequence[str], date: dt.date | None = None) -> None:
    for _ in range(8):
        text = "".join(para)
        where = [m.start() for m in re.finditer(word, text)]
        third = _thrice(where)
        if third is None:
            return
        # the later words of the run of three that may give way, the last first
        changed = False
        for n in range(third, third - MOST - 1, -1):
            if _replace_at(para, where[n], word, keep, date):
                changed = True
                break
        if not changed:
            return


def _replace_at(para: list[str], at: int, word: str, keep: Sequence[str], date: dt.date | None = None) -> bool:
    """Say the ``word`` at ``at`` of the paragraph's text in another word of its weight, where one fits."""
    k, start = 0, 0
    while k < len(para) and at >= start + len(para[k]):
        start += len(para[k])
        k += 1
    if k == len(para):
        return False
    s, offset = para[k], at - start
    if _ORDINAL.match(s) or any(a <= offset < b for a, b in _protected(s, keep)):
        return False
    text = "".join(para)
    for name, pattern, others in _WEIGHTS:
        if name != word:
            continue
        m = pattern.match(s, offset)
        if not m:
            continue
        for other in others:
            # (a word of its weight the paragraph says twice already would be the next word said thrice; one said in
            # this sentence or the one before is the same word running on: 要强化…；强化…)
            if text.count(other) >= MOST or other in s or k and other in para[k - 1]:
                continue
            if date is not None and era.out_of_time(other, date):
                continue
            para[k] = s[:offset] + other + s[offset + len(word):]
            return True
    return False
