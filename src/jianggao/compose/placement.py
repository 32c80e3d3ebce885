"""A numbered item's and a subsection's sentences on its own subject (issue 13, the thirty-eighth reading: 一是加快镇卫生院
标准化建设 over 村卫生室; 医疗广告 and 医共体 staff rotation under （二）深化医保支付方式改革).

After the items are worded and before the cut to length (compose.finish), every sentence under a numbered item (一是…)
or a subsection heading is judged against that heading with the judgement the picker uses when it picks (serve:
subject_of, on_item_subject, names_business): one clearly on another subject (off_subject) goes to the
item or subsection of its own subject in the same part, at the end of its paragraph where it reads there without what
came before it (needs.needs_of); where the part has none, it is dropped while the speech keeps its length floor
(once.Room).  Never moved or dropped: the brief's data or its words (``kept``), a problem's answer, a paragraph's only
sentence (an item's only measure), a sentence the next one leans on."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model.patterns import ORDINAL_ITEM as _ORDINAL
from ..model.speech import Block, Heading
from ..model.topics import classify
from . import once as one_home
from . import samepoint
from .context import _MEASURE_VERB
from .delivery import HEADING_DELIVERY, beyond_heading, delivers
from .ideas import ideas_of
from .needs import needs_of
from .offsubject import _ALIEN, _WHOLE, _WORDS, _pairs, _solid, _tier, off_subject
from .picker import on_other_business
from .serve import NAMED, STANDING_HEADS, names_business, on_item_subject, on_work, score, subject_of, subject_of_item
from .subject import SUBJECT_LEAST, area_forms, same_subject, sibling_work, subject_words, work_held, work_words

# How many sentences a paragraph holds before a moved one goes elsewhere (serve.PARAGRAPH_SENTENCES' 3 to 6).
_MOST = 6
# Where a bench collects the (sentence, heading) pairs judged on subject and kept (bench/bench_own_subject.py); None
# in a render.
JUDGED: list[tuple[str, str]] | None = None


def _home_fits(sentence: str, head: str) -> int:
    """How well the heading ``head`` is a home for ``sentence`` (serve.score), 0 where it is none: on the sentence's
    own subject, borne out by its ideas, or its grassroots tier, and naming its business or words."""
    if off_subject(sentence, head):
        return 0
    homes = [home for says, home in _ALIEN if says.search(sentence)]
    if homes:
        # (not off: one of its homes; the earlier the home's word that the heading names, the closer: 传染病防控
        # before 基本公共卫生服务 for a 接种 line)
        return max(len(words) - next((i for i, w in enumerate(words) if re.search(w, head)), len(words) - 1)
                   for home in homes if home.search(head) for words in (home.pattern.split("|"),))
    mine, theirs = subject_of(sentence), subject_of(head)
    mine = next((name for words, name in _WORDS if words.search(sentence)), mine)
    tier = _tier(sentence)
    if not (mine and mine == theirs and _solid(head, theirs) or tier and _tier(head) == tier):
        return 0
    if not (on_item_subject(sentence, head) or names_business(sentence, head)
            or _pairs(subject_of_item(head) or head) & _pairs(sentence)):
        return 0
    return max(1, score(sentence, head))


def _units(part: list[list[str]], shell: list[Block]) -> list[tuple[str, list[int], int]]:
    """(heading, paragraph indexes, first sentence index) of each numbered item and subsection of a part: an item is
    its paragraph (its measures after its run-in heading) and the unnumbered paragraphs after it up to the next item or
    heading, a subsection its own body and the unnumbered paragraphs after it up to its first item or the next
    heading."""
    out: list[tuple[str, list[int], int]] = []
    for i, para in enumerate(part):
        block = shell[i]
        if isinstance(block, Heading) and block.level == 2:
            paras = [i]
            for k in range(i + 1, len(part)):
                if isinstance(shell[k], Heading) or part[k] and (_ORDINAL.match(part[k][0]) or
                                                                 part[k][0].startswith("同志们")):
                    break
                paras.append(k)
            out.append((block.text.rstrip("。"), paras, 0))
        elif para and not isinstance(block, Heading):
            m = _ORDINAL.match(para[0])
            if m:
                # (with the unnumbered paragraphs after it up to the next item or heading: they read as its own, and a
                # one-sentence one runs on in it (finish's orphan join) — reading 43's kind: a subsection's vaccine
                # line after its last item, 加强严重精神障碍患者管理, once the 传染病防控 item before it was folded)
                paras = [i]
                for k in range(i + 1, len(part)):
                    if isinstance(shell[k], Heading) or not part[k] or _ORDINAL.match(part[k][0]) or \
                            part[k][0].startswith("同志们"):
                        break
                    paras.append(k)
                out.append((para[0][m.end():].rstrip("。"), paras, 1))
    return out


def _briefed(head: str, items: Sequence[str]) -> bool:
    """Whether the item or subsection ``head`` is one of the brief's ``items`` (as said, or its words within it)."""
    return any(it == head or len(it) >= 4 and it in head for it in items)


def _serves_here(sentence: str, head: str, there: str, items: Sequence[str]) -> bool:
    """Whether ``sentence`` under ``head`` stays there rather than go to ``there`` (a heading, "" for dropped): it serves
    the brief's item ``head`` (serve.score) and scores nothing on ``there``, no brief item of its own.  A business table
    (offsubject._ALIEN: 值守 is 应急's) is coarser than the item's own judge: 急救车辆…人员值守…随时出车 went from 完善院前
    急救网络 (score 5) to the standing 抓好传染病防控 (score 0), leaving the brief's item two sentences (fix30)."""
    if not _briefed(head, items) or score(sentence, head) <= 0:
        return False
    return not there or not _briefed(there, items) and score(sentence, there) <= 0


def _brief_home(sentence: str, head: str, units: list[tuple[str, list[int], int]], part: list[list[str]],
                items: Sequence[str]) -> tuple[int, str] | None:
    """The paragraph and heading of the brief item ``sentence`` serves best (serve.score) where it sits under a standing
    item (``head``, none of the brief's ``items``) it scores nothing on, an item with room (_MOST); None otherwise.
    A standing item drawn by the picker takes any line of its area, and the brief's item was left short of the line
    made for it (fix30: 急救车辆…随时出车 under 四是抓好传染病防控 beside 完善院前急救网络)."""
    if not items or _briefed(head, items) or needs_of(sentence) or score(sentence, head) > 0:
        return None
    best: tuple[int, str] | None = None
    most = 0
    for h, paras, _ in units:
        if h == head or not _briefed(h, items):
            continue
        n = score(sentence, h)
        if n > most and len(part[paras[-1]]) < _MOST and not on_other_business(sentence, h):
            best, most = (paras[-1], h), n
    return best


def _move(sentence: str, para: list[str], k: int, part: list[list[str]], home: tuple[int, str], head: str,
          done: list[tuple[str, str, str]]) -> None:
    """Sentence ``k`` of ``para`` (``sentence``) moved to the end of paragraph ``home[0]`` of ``part`` (once: where it
    is said there already it only leaves), the move noted in ``done`` as (sentence, from ``head``, to ``home[1]``)."""
    at, there = home
    if sentence not in part[at]:
        part[at].append(sentence)
    para.pop(k)
    done.append((sentence, head, there))


def own_subjects(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
                 kept: Callable[[str], bool], floor: one_home.Room,
                 answered: Sequence[str] = (), items: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """Each sentence under an item or subsection clearly on another subject moved to the item or subsection of its
    subject in the same part, or dropped (in place; see the module docstring); a sentence serving one of the brief's
    ``items`` stays under it unless another brief item takes it, and one under a standing item it does not serve goes
    to the brief item it serves (_serves_here, _brief_home).  Returns what was done, as (sentence, from heading, to
    heading or "" for dropped), for the bench."""
    done: list[tuple[str, str, str]] = []
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        # (the tasks' items: a review's achievements are the brief's, a pledge's commitments its own)
        units = _units(part, shell) if n < len(roles) and roles[n] == "tasks" else []
        if not units:
            continue
        sections = _sections(units)
        for u, (head, paras, first) in enumerate(units):
            siblings = [units[v] for v in sections.get(u, ())]
            # (the subsection's own subject, 疾控 under （三）加强疾病预防控制: no item's work of its own)
            over = next((units[v][0] for v in range(u, -1, -1) if not units[v][2]), "")
            areas = classify(over) if over else []
            section_forms = area_forms(areas[0] if areas else "", over) if over else frozenset()
            for i in paras:
                para = part[i]
                start = first if i == paras[0] else 0
                k = start
                while k < len(para):
                    s = para[k]
                    # (an item's later paragraph of one sentence may go: the item keeps its own paragraph)
                    movable = _movable(para, k, start, kept, answered, alone=bool(first) and i != paras[0])
                    sibling = _sibling_home(s, head, siblings, part, section_forms) if movable and first else None
                    briefed = _brief_home(s, head, units, part, items) if movable and first else None
                    if briefed is not None:
                        _move(s, para, k, part, briefed, head, done)
                        continue
                    if not movable or not (sibling is not None or off_subject(s, head)):
                        if JUDGED is not None and movable:
                            JUDGED.append((s, head))
                        k += 1
                        continue
                    home = sibling if sibling is not None else _best_home(s, units, head, part)
                    if _serves_here(s, head, home[1] if home is not None and not needs_of(s) else "", items):
                        k += 1
                        continue
                    if home is not None and not needs_of(s):
                        _move(s, para, k, part, home, head, done)
                        continue
                    # (a later paragraph of this one sentence runs on in the item's own (finish's orphan join) and
                    # reads as its measure: with no home it goes even past the length floor, the item said short —
                    # b01's 2012 新农合参合筹资 line under 四是推进医保支付方式改革 once the re-dated bank shifted the picks)
                    stray = bool(first) and i != paras[0] and len(para) == 1 and sibling is None
                    if floor.take(s) or stray:
                        para.pop(k)
                        done.append((s, head, ""))
                        continue
                    k += 1
    return done


def _sections(units: list[tuple[str, list[int], int]]) -> dict[int, tuple[int, ...]]:
    """For each numbered item of ``units`` (_units), the indexes of the other items of its subsection."""
    groups: list[list[int]] = [[]]
    for u, (_, _, first) in enumerate(units):
        if not first:
            groups.append([])
        else:
            groups[-1].append(u)
    return {u: tuple(v for v in group if v != u) for group in groups for u in group}


def _held(sentence: str, head: str, skip: frozenset[str] = frozenset()) -> float:
    """The subject weight of ``head`` (compose.subject.subject_words beyond ``skip``) that ``sentence`` names."""
    said = samepoint.forms(sentence)
    return sum(v for v, inner in subject_words(head, skip).values() if inner & said)


# A sentence naming none of its own item's work goes to a sibling whose work it names at least this share of (beyond
# what the siblings share), even where serve finds it loosely on its own item: reading 45's r1, an item headed 出生缺陷
# mostly on training and migrants; r2's 孤独症 line inside 传染病监测预警.  The share keeps one middling word (安全 of
# 保障母婴安全 in a 托育机构 line) from moving anything.
SIBLING_WORK_SHARE = 0.5


def _sibling_home(sentence: str, head: str, siblings: Sequence[tuple[str, list[int], int]],
                  part: list[list[str]], section: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """The paragraph and heading of the sibling item (another numbered item of the same subsection) whose subject
    ``sentence`` is on where it is not on its own item's ``head``: it names none of the head's work words
    (compose.subject.work_words: the words naming a body, 疾控机构's 疾控, 乡镇卫生院, left out: struct23 moved 实验室
    lines to 加强疾控机构人员配备 for its 疾控) nor delivers it (delivery.delivers), and names at least
    subject.SUBJECT_LEAST of the sibling's work weight beyond what the siblings share — SIBLING_WORK_SHARE of it where
    serve finds it loosely on its own item (on_item_subject, names_business, score) —, the sibling bearing it out by
    serve's judgement; the subsection's own subject (``section``: its heading's and area's forms) is no sibling's.
    The forty-second reading's 产科 beds under 加强儿童健康服务 beside 保障母婴安全; never to a
    sibling beside whose business it is (picker.on_other_business: 入学查验 is no line of 有序推进新冠病毒疫苗接种); None
    where no sibling has room (_MOST) or the sentence needs what came before it."""
    if not siblings or _WHOLE.search(sentence) or needs_of(sentence):
        return None
    own_work = work_words(head)
    if delivers(head, [sentence]):
        return None
    if work_held(sentence, head) if own_work else _held(sentence, head):
        return _pair_home(sentence, head, siblings, part, section) if own_work else None
    loose = bool(on_item_subject(sentence, head) or names_business(sentence, head) or score(sentence, head))
    if loose and not own_work:
        return None
    shared = frozenset.intersection(*(samepoint.forms(h) for h, _, _ in (*siblings, (head, [], 1))))
    # (the old judgement, loose: the subsection's own subject is left to it; the new one, on work words, sets it aside)
    apart = shared | section if loose else shared
    best: tuple[int, str] | None = None
    most = 0.0
    for h, paras, _ in siblings:
        weight = work_held(sentence, h, apart)
        whole = sum(v for v, _ in work_words(h, apart).values())
        if weight < SUBJECT_LEAST or weight <= most or len(part[paras[-1]]) >= _MOST:
            continue
        if loose and weight < SIBLING_WORK_SHARE * whole:
            continue
        if not _bears_out(sentence, h):
            continue
        best, most = (paras[-1], h), weight
    return best


def _bears_out(sentence: str, head: str) -> bool:
    """Whether serve's judgement puts ``sentence`` on the item ``head`` (its subject, business or score) and on no other
    business beside it."""
    return bool(on_item_subject(sentence, head) or names_business(sentence, head) or score(sentence, head)) \
        and not on_other_business(sentence, head)


def _pair_home(sentence: str, head: str, siblings: Sequence[tuple[str, list[int], int]],
               part: list[list[str]], section: frozenset[str]) -> tuple[int, str] | None:
    """The sibling item whose own work ``sentence`` names where it names of its own item's ``head`` only what the two
    headings share (read67's u2: 明确医共体内…功能定位 and 统一采购、统一配送 under 配合县医疗保障局推进医共体医保基金总额
    打包付费 beside 推进县域医共体由“松散型”向紧密型转变，实行…药品耗材统一采购配送: 医共体 is both items', 打包付费 the
    first's own); the sibling it names the most of, bearing it out by serve's judgement and with room; None where the
    sentence names any of its own item's own work, or no sibling's."""
    best: tuple[int, str] | None = None
    most = 0.0
    for h, paras, _ in siblings:
        weight = sibling_work(sentence, head, h, section)
        if weight <= most or len(part[paras[-1]]) >= _MOST or not _bears_out(sentence, h):
            continue
        best, most = (paras[-1], h), weight
    return best


def _movable(para: list[str], k: int, start: int, kept: Callable[[str], bool], answered: Sequence[str],
             alone: bool = False) -> bool:
    """Whether sentence ``k`` of ``para`` may leave it: not the brief's, not an answer, not its only sentence (after an
    item's heading) unless ``alone`` may go (a later paragraph of an item), not leant on by the next."""
    s = para[k]
    if len(para) - start <= 1 and not alone or kept(s) or _ORDINAL.match(s):
        return False
    if any(s[:12] in a or a[:12] in s for a in answered if a):
        return False
    return not (k + 1 < len(para) and needs_of(para[k + 1]) & {"antecedent", "follows"})


def _best_home(sentence: str, units: list[tuple[str, list[int], int]], head: str,
               part: list[list[str]]) -> tuple[int, str] | None:
    """The paragraph (an item's, or a subsection's last before its items) of the unit fitting ``sentence`` best, an
    item before a subsection on a tie, one with room (_MOST); None where none fits."""
    best: tuple[int, str] | None = None
    fit = 0
    for h, paras, first in units:
        if h == head:
            continue
        n = _home_fits(sentence, h) * 2 + (1 if first else 0)
        at = paras[-1]
        if n > fit and len(part[at]) < _MOST and _home_fits(sentence, h) and not on_other_business(sentence, h):
            best, fit = (at, h), n
    return best


def delivering(parts: list[list[list[str]]], shells: list[list[Block]]) -> tuple[str, ...]:
    """The sentences that deliver their item's or subsection's heading (plan.HEADING_DELIVERY: 要深化新农合支付方式改革，
    推行总额预付和按病种付费 under 推进医保支付方式改革), the first for each part of its entry: finish keeps them as it
    keeps the brief's words.  bench_delivery found 17 headings on the bench drafts undelivered though their paragraph
    delivered them when worded: the cut to length and the repeat passes had taken just that sentence (推进医保支付方式改革
    left with 医保支付杠杆 alone, 抓好重点人群健康管理 with 癌症筛查 and 健康档案)."""
    out: list[str] = []
    for part, shell in zip(parts, shells, strict=True):
        for head, paras, first in _units(part, shell):
            needs = [says for pattern, says in HEADING_DELIVERY if pattern.search(head)]
            if not needs:
                continue
            if not first:
                # a subsection: its lead, then its items (everything up to the next subsection)
                last = next((k for k in range(paras[-1] + 1, len(part))
                             if isinstance(shell[k], Heading)), len(part))
                paras = list(range(paras[0], last))
            body = [s for i in paras for s in part[i][first if i == paras[0] else 0:] if not _ORDINAL.match(s)]
            for says in needs:
                for bit in says.pattern.split(" & "):
                    hit = next((s for s in body if re.search(bit, beyond_heading(s, head))), None)
                    if hit is not None and hit not in out:
                        out.append(hit)
    return tuple(out)


# Narrower wordings of a heading naming two things (plan.HEADING_DELIVERY's " & " entries and the subsection headings
# of templates/wording/task_headings.yaml): the one its body delivers replaces it (round 39: a 精神卫生和心理健康 item on
# 严重精神障碍 alone; 不断提高医疗质量和服务水平 over 就医感受 and 临床能力).
_NARROWER: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(head), alternatives) for head, alternatives in (
        (r"精神卫生和心理健康", ("加强严重精神障碍患者管理", "加强心理健康服务")),
        (r"医疗质量和服务水平", ("持续提升医疗质量", "不断提高医疗服务水平")),
        (r"考核奖惩", ("强化督查考核", "严格督导问效", "抓好跟踪问效")),
        (r"医疗质量.{0,6}万里行", ("加强医疗质量管理", "持续提升医疗质量")),
        # a subsection named for one facet of its area over items mostly on the others (reading 43: （七）全力保障母婴安全
        # over 出生缺陷, 产科儿科 and 儿童健康 with 近视、肥胖): the area's broader wordings
        (r"全力保障母婴安全", ("全面提升妇幼健康服务水平", "扎实做好妇幼健康工作", "守护妇女儿童健康")),
        # (reading 43: （十）党风廉政建设 opening on 用人导向 and closing on 基层党组织; the work-report sample's over 党建引领,
        # 院长负责制, 支部建在科室: the heading naming both)
        (r"^(?:持之以恒)?加强党风廉政建设$", ("加强党的建设和党风廉政建设",)),
    ))


_NAMED = frozenset({"奖惩", "万里行"})


def _delivered_by(head: str, body: Sequence[str]) -> bool:
    """Whether ``body`` delivers ``head``: its HEADING_DELIVERY entry met where it has one, else its STANDING_HEADS
    words (a wording's ``|`` words) named by a sentence of the body."""
    if any(pattern.search(head) for pattern, _ in HEADING_DELIVERY):
        # (a named campaign or 奖惩 is said whatever else the body delivers: 医疗质量万里行 over 核心制度 alone)
        named = [says for pattern, says in HEADING_DELIVERY if pattern.pattern in _NAMED and pattern.search(head)]
        return delivers(head, body) and all(any(says.search(s) for s in body) for says in named)
    words = next((w for heads in STANDING_HEADS.values() for h, w, _ in heads if h == head), None)
    return words is None or any(words.search(s) for s in body)


# A heading listing things before 等 (抓好结核病、艾滋病和严重精神障碍等重点疾病防治): its verb, the list, the rest.
_LISTED = re.compile(r"^(.*?[^\u4e00-\u9fff]?)((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}[和及与、][\u4e00-\u9fff]{2,8})(等.+)$")
_VERB = re.compile(r"^(?:抓好|加强|做好|推进|深化|落实|提升|强化|完善|健全|开展|实施|推动|扎实推进|深入开展|持续)")


def _fewer(head: str, body: Sequence[str]) -> str:
    """``head`` listing things before 等 with only those ``body`` names (round 39: 抓好结核病、艾滋病和严重精神障碍等重点
    疾病防治 over 精神障碍 alone → 抓好严重精神障碍等重点疾病防治); "" where it lists none, or the body names all or none."""
    m = _LISTED.match(head)
    if not m:
        return ""
    # the verbs before the list, as many as open it (补齐产科、儿科等…: 补齐 is no element; sec49's g3 read
    # 二是儿科等紧缺专业人才短板 when only _VERB's were known)
    lead = ""
    while (verb := _VERB.match((m.group(1) + m.group(2))[len(lead):])
           or _MEASURE_VERB.match((m.group(1) + m.group(2))[len(lead):])) and verb.group(0):
        lead += verb.group(0)
    listed = re.split(r"[、和及与]", (m.group(1) + m.group(2))[len(lead):])
    text = "".join(body)
    named = [x for x in listed if x and (x in text or len(x) >= 4 and x[:3] in text or x[-3:] in text)]
    if not named or len(named) == len(listed):
        return ""
    return lead + ("、".join(named[:-1]) + "和" + named[-1] if len(named) > 1 else named[0]) + m.group(3)


def _alternatives(head: str, body: Sequence[str] = ()) -> list[str]:
    """The headings that may stand for ``head`` over another body: the list it names cut to what the body names
    (_fewer), its narrower wordings (_NARROWER), then the other standing wordings of its subject (serve.STANDING_HEADS),
    those with a delivery entry of their own first."""
    out = [x for x in (_fewer(head, body),) if x]
    out += [a for pattern, alts in _NARROWER if pattern.search(head) for a in alts]
    for heads in STANDING_HEADS.values():
        if any(h == head for h, _, _ in heads):
            others = [h for h, _, _ in heads if h != head]
            out += sorted(others, key=lambda h: not any(p.search(h) for p, _ in HEADING_DELIVERY))
    return out


def _strays(body: Sequence[str], new: str, head: str, kept: Callable[[str], bool]) -> bool:
    """Whether a sentence of ``body`` (not the brief's) fits ``head`` and would be off the subject of heading ``new``
    (rehead and unecho take no heading its body then strays from)."""
    return any(off_subject(s, new) and not off_subject(s, head) for s in body if not kept(s))


def _mostly_elsewhere(head: str, part: list[list[str]], paras: Sequence[int]) -> bool:
    """Whether the subsection ``head`` (its paragraphs ``paras``) has two or more numbered items and fewer than half of
    them deliver it (each item by its own heading and sentences: delivery.delivers), or, with no items, three or more
    sentences and fewer than half of them delivering it, the heading having a delivery entry: its heading names one
    facet, its body mostly the others (reading 43's 全力保障母婴安全 over 出生缺陷、产科儿科 and 儿童健康)."""
    if not any(pattern.search(head) for pattern, _ in HEADING_DELIVERY):
        return False
    items: list[list[str]] = []
    for i in paras:
        for s in part[i]:
            if _ORDINAL.match(s):
                items.append([_ORDINAL.sub("", s)])
            elif items:
                items[-1].append(s)
    if not items:
        # (no items: its sentences, three or more, fewer than half of them delivering it)
        body = [s for i in paras for s in part[i]]
        return len(body) >= 3 and 2 * sum(delivers(head, [s]) for s in body) < len(body)
    return len(items) >= 2 and 2 * sum(delivers(head, item) for item in items) < len(items)


def rehead(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
           kept: Callable[[str], bool], in_time: Callable[[str], bool] = lambda _: True) -> list[tuple[str, str]]:
    """Each numbered item's or subsection's heading of the tasks that its body, as finally worded, does not deliver
    (plan.delivers) replaced by one of its alternatives that the body does (_alternatives), where no other heading of
    the speech says it already and it is in use at the speech's date (``in_time``: 推进医防协同 is no heading of
    2018); never a heading in the brief's words (``kept``).  Returns (old, new) for the bench.
    bench_delivery: 17 headings undelivered on the bench drafts (72 drafts) at main."""
    done: list[tuple[str, str]] = []
    said = {b.text.rstrip("。") for shell in shells for b in shell if isinstance(b, Heading)}
    said |= {p[0][m.end():].rstrip("。") for part in parts for p in part if p and (m := _ORDINAL.match(p[0]))}
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        if n >= len(roles) or roles[n] not in ("tasks", "safeguards"):
            continue
        for head, paras, first in _units(part, shell):
            if roles[n] != "tasks" and (first or not any(p.search(head) for p, _ in _NARROWER)):
                continue      # (a safeguard's heading: only those named in _NARROWER)
            if not first:
                last = next((k for k in range(paras[-1] + 1, len(part)) if isinstance(shell[k], Heading)), len(part))
                paras = list(range(paras[0], last))
            body = [s for i in paras for s in part[i][first if i == paras[0] else 0:] if not _ORDINAL.match(s)]
            fewer = _fewer(head, body)
            if not first and not kept(head) and _mostly_elsewhere(head, part, paras):
                new = next((a for a in _alternatives(head, body) if a not in said and _delivered_by(a, body)
                            and in_time(a) and not _mostly_elsewhere(a, part, paras)), None)
                if new is not None:
                    said.add(new)
                    done.append((head, new))
                    b = shell[paras[0]]
                    assert isinstance(b, Heading)
                    shell[paras[0]] = Heading(b.level, b.number, new + ("。" if b.text.endswith("。") else ""), b.body)
                    continue
            if not body or kept(head) or not fewer and (_delivered_by(head, body) or not (first or any(
                    p.search(head) for p, _ in (*HEADING_DELIVERY, *_NARROWER)))):
                continue
            # (and none its body then strays from: 抓好重点人群健康管理 over 癌症早诊早治 and 健康档案 became 做实基本公共卫生
            # 服务, which the 健康档案 line delivers and the 癌症 line does not fit: b04's 2017 report, the merged tree)
            new = next((a for a in _alternatives(head, body) if a not in said and _delivered_by(a, body)
                        and in_time(a) and not _strays(body, a, head, kept)), None)
            if new is None:
                continue
            said.add(new)
            done.append((head, new))
            at = paras[0]
            if first:
                m = _ORDINAL.match(part[at][0])
                assert m is not None
                part[at][0] = part[at][0][:m.end()] + new + "。"
            else:
                b = shell[at]
                assert isinstance(b, Heading)
                shell[at] = Heading(b.level, b.number, new + ("。" if b.text.endswith("。") else ""), b.body)
    return done


# A national programme named as such is an item's own subject whatever its words share with the subsection's
# (做实基本公共卫生服务 under 全面提升公共卫生服务能力: the vocabulary reads it as 基本 + 公共卫生).
_PROGRAMME = re.compile(r"基本公共卫生|家庭医生签约|国家卫生[城县乡镇]|健康[城村]镇?建设|紧密型.{0,4}共同?体")


def _echo(head: str, section: str) -> bool:
    """Whether the item heading ``head`` says nothing beyond its subsection's subject ``section`` (compose.subject:
    its subject words all among the forms of the subsection's heading and area): 三是加强卫生人才队伍建设 under
    （七）筑牢卫生健康人才支撑, 加强老年健康服务 under 推动医养结合提质增效 (the forty-second outside reading)."""
    if _PROGRAMME.search(head) and not _PROGRAMME.search(section):
        return False
    areas = classify(section)
    return bool(subject_words(head)) and not subject_words(head, area_forms(areas[0] if areas else "", section))


def unecho(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
           kept: Callable[[str], bool], in_time: Callable[[str], bool] = lambda _: True) -> list[tuple[str, str]]:
    """Each numbered item of the tasks whose heading echoes its subsection's (_echo) reworded to a narrower heading of
    its subject (_alternatives) that its body delivers (_delivered_by), says beyond the subsection and no other heading
    of the speech says (subject.same_subject) and that is in use at the speech's date (``in_time``); never a heading
    in the brief's words (``kept``).  Where none fits the
    heading stays (a merge would renumber the items the picker already shaped).  Returns (old, new) for the bench."""
    done: list[tuple[str, str]] = []
    said = {b.text.rstrip("。") for shell in shells for b in shell if isinstance(b, Heading)}
    # (an item's heading wherever it stands: a subsection's first item runs on in the heading's own paragraph)
    said |= {s[m.end():].rstrip("。") for part in parts for p in part for s in p if (m := _ORDINAL.match(s))}
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        if n >= len(roles) or roles[n] != "tasks":
            continue
        section = ""
        for head, paras, first in _units(part, shell):
            if not first:
                section = head
                continue
            if not section or kept(head) or not _echo(head, section):
                continue
            body = [s for s in part[paras[0]][first:] if not _ORDINAL.match(s)]
            areas = classify(section)
            own = area_forms(areas[0] if areas else "", section)
            new = next((a for a in _alternatives(head, body)
                        if a not in said and not _echo(a, section) and _delivered_by(a, body) and in_time(a)
                        and not any(same_subject(a, h) or same_subject(a, h, own) for h in said if h != head)
                        and not _strays(body, a, head, kept)), None)
            if new is None:
                continue
            said.discard(head)
            said.add(new)
            done.append((head, new))
            m = _ORDINAL.match(part[paras[0]][0])
            assert m is not None
            part[paras[0]][0] = part[paras[0]][0][:m.end()] + new + "。"
    return done


# A subsection's wrap-up: a sentence on the whole block's tasks, who leads them and how they are followed up (the
# report's owner line, a half-year meeting's catch-up line), not on any one item's work.  Reading 44: 各责任单位要把医改的
# 各项任务列入本单位年度重点工作 run on after 六是保障群众基本用药; 推进这方面的工作，牵头单位要… after 三是抓好传染病防控.
WRAP_UP = re.compile(
    r"各责任单位要把[^。！？]{1,16}的各项任务列入|牵头抓好[^。！？]{1,16}各项任务的落实|^[^。！？，]{1,16}工作由[^。！？，]{1,12}牵头负责|"
    r"^(?:推进)?[^。！？，]{1,16}(?:工作|的各项任务|的任务)(?:的时间节点)?[，]?(?:下半年要|要按月分解|要细化分解到月|要对照年初|的牵头单位要尽快|，牵头单位要(?:拿出|制定))|"
    r"^对照年初目标，[^。！？，]{1,16}工作要逐项盘点")


def wrap_ups_last(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str]) -> None:
    """Each subsection's wrap-up sentences (WRAP_UP) of a tasks part said at the end of the subsection, as a paragraph
    of their own after its last numbered item (in place: a paragraph inserted into ``part`` and ``shell`` alike), or at
    the end of its last paragraph where it has no numbered items; never inside an item, never before 一是."""
    from ..model.speech import Paragraph
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        if n >= len(roles) or roles[n] != "tasks":
            continue
        starts = [i for i, b in enumerate(shell) if isinstance(b, Heading) and b.level == 2]
        for start, end in reversed(list(zip(starts, starts[1:] + [len(shell)], strict=True))):
            group = range(start, end)
            found = [s for i in group for s in part[i] if WRAP_UP.search(s)]
            if not found:
                continue
            items = [i for i in group if part[i] and not isinstance(shell[i], Heading) and _ORDINAL.match(part[i][0])]
            for i in group:
                part[i][:] = [s for s in part[i] if not WRAP_UP.search(s)]
            if items:
                shell.insert(end, Paragraph("".join(found)))
                part.insert(end, list(dict.fromkeys(found)))
            else:
                last = max((i for i in group if part[i]), default=start)
                part[last].extend(dict.fromkeys(found))


# The units and people an item's sentences are about: sentences on one of them are said together (reading 44's
# 三是推进基层医疗卫生机构标准化建设: 村卫生室, 乡镇卫生院, 设备, 村卫生室布局 again, 社区医院 — the two 村卫生室 sentences
# apart).  Longer names first: 社区卫生服务中心 is not 社区.
ITEM_OBJECTS: tuple[tuple[str, ...], ...] = (
    ("村卫生室",), ("乡镇卫生院", "镇卫生院", "乡卫生院"), ("社区卫生服务中心", "社区卫生服务站"), ("社区医院",),
    ("县级医院", "县医院", "县人民医院"), ("妇幼保健院", "妇幼保健机构"), ("疾控中心", "疾病预防控制中心", "疾控机构"),
    ("家庭医生",), ("乡村医生", "村医"), ("养老机构",), ("托幼机构", "幼儿园"), ("中小学", "学校"),
    ("医共体",), ("医联体",), ("急救站", "急救中心"))
# The stages of care a sentence is on: prevention, then screening and finding, then treatment (reading 44: treatment
# before prevention before screening).  A sentence of two stages or none keeps its place beside the one before it.
CARE_STAGES = (re.compile(r"预防|健康教育|健康宣传|宣传教育|知识普及|科普|一级预防|孕前|婚前"),
               re.compile(r"筛查|早发现|早期发现|早识别|检测|监测"),
               re.compile(r"救治|治疗|诊治|转诊|康复|随访管理"))


def _objects(sentence: str) -> frozenset[int]:
    return frozenset(n for n, names in enumerate(ITEM_OBJECTS) if any(x in sentence for x in names))


def _stage(sentence: str) -> int | None:
    hits = [n for n, r in enumerate(CARE_STAGES) if r.search(sentence)]
    return hits[0] if len(hits) == 1 else None


def _leans(sentence: str) -> bool:
    return bool(needs_of(sentence))


def item_order(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
               kept: Callable[[str], bool]) -> None:
    """Each numbered item's paragraph of a tasks part in the order a secretary writes it (in place): a sentence coming
    back to a unit or people of ITEM_OBJECTS named two or more sentences before it, none between, goes to just after
    the last sentence on them; the sentences each on one stage of care (CARE_STAGES) go prevention → screening →
    treatment, each taking the unstaged sentences after it along.  The run-in heading stays, and the first measure
    where it is on no one stage (the item's opening on its whole subject) or where it is the first on an object; a
    sentence that leans on the one before it (needs_of), or one the next leans on, never moves; nor does the brief's
    own (``kept``: its data and words, said where the secretary put them)."""
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        if n >= len(roles) or roles[n] != "tasks":
            continue
        for i, para in enumerate(part):
            if isinstance(shell[i], Heading) or not para or not _ORDINAL.match(para[0]) or len(para) < 4:
                continue
            head = _objects(para[0])
            body = para[2:]
            para[2:] = _grouped(para[1], body, head, kept)
            para[1:] = _staged(para[1:], kept)


def _grouped(first: str, body: list[str], head: frozenset[int], kept: Callable[[str], bool]) -> list[str]:
    out = list(body)
    k = 1
    while k < len(out):
        s = out[k]
        seq = [first] + out
        at = k + 1                       # s's index in seq
        mine = _objects(s) - head
        back = [o for o in mine if o not in _objects(seq[at - 1]) and any(o in _objects(x) for x in seq[:at - 1])]
        if not back or _leans(s) or kept(s) or (at + 1 < len(seq) and _leans(seq[at + 1])):
            k += 1
            continue
        o = back[0]
        last = max(j for j in range(at - 1) if o in _objects(seq[j]))
        # (after the run on the object: the sentence after it must not lean on it)
        if last + 1 < at and _leans(seq[last + 1]):
            k += 1
            continue
        seq.pop(at)
        seq.insert(last + 1, s)
        out = seq[1:]
        k += 1
    return out


def _staged(body: list[str], kept: Callable[[str], bool]) -> list[str]:
    seq = [x for x in map(_stage, body) if x is not None]
    if all(b >= a for a, b in zip(seq, seq[1:], strict=False)):
        return body
    # groups: a staged sentence with the unstaged ones after it; unstaged sentences before the first staged one stay
    # first (the item's opening on its whole subject)
    groups: list[list[str]] = []
    keys: list[int] = []
    for s in body:
        st = _stage(s)
        if st is not None and not _leans(s) and not kept(s) or not groups:
            groups.append([s])
            keys.append(st if st is not None else -1)
        else:
            groups[-1].append(s)
    order = sorted(range(len(groups)), key=lambda g: (keys[g], g))
    return [s for g in order for s in groups[g]]


# A brief item left with nothing of its own under it (its lines on another object gone, the bank holding none in the
# speech's date on its work: the readers' "headings that do not hold their content" — 推进乡村医生签约服务 over 村医
# staffing alone, fit29) is said short from itself, its own object and how it is to be carried out, before whatever
# else stands under it (a problem's answer); never filled with a neighbour's lines, no fact, figure or claim the brief
# did not give.
_SAID_SHORT = ("{}要明确牵头单位和责任人，细化推进措施，按时间节点抓好落实。",
               "{}要拿出具体工作方案，把任务分解到单位、落实到人。",
               "{}要列入重点工作安排，抓紧研究部署，确保按期推进。")
_ITEM_HEAD = re.compile(r"(?:^|(?<=。))(?:[一二三四五六七八九十]+是|要)([^。，；]+)。")


def items_said_short(blocks: list[Block], items: Sequence[str]) -> list[Block]:
    """``blocks`` with each brief item (``items``) that has nothing of its own after its heading clause — no sentence
    (up to the next item, in its paragraph or the unnumbered ones after it), or none on its own work (serve.on_work) —
    given one sentence built from the item (_SAID_SHORT) right after its heading clause."""
    wanted = {it.rstrip("。") for it in items}
    out = list(blocks)
    said = 0
    for i, block in enumerate(out):
        text = block.body if isinstance(block, Heading) else block.text
        # (要X。 heads only a paragraph whose one item was left alone: mid-paragraph it is a measure)
        heads = [h for h in _ITEM_HEAD.finditer(text or "") if not h.start() or not h.group(0).startswith("要")]
        for n in range(len(heads) - 1, -1, -1):
            m = heads[n]
            if m.group(1) not in wanted:
                continue
            end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
            body = re.findall(r"[^。！？]+[。！？]", text[m.end():end])
            if n + 1 == len(heads):
                for after in out[i + 1:]:
                    if isinstance(after, Heading) or _ORDINAL.match(after.text) or after.text.startswith("同志们"):
                        break
                    body += re.findall(r"[^。！？]+[。！？]", after.text)
            # (lines there: said short only where the item asks work of a body it names and none is on it — score
            # misses too many lines of other items' work to judge them all: b22's 落实母婴安全五项制度 over its 高危
            # 孕产妇 and 约谈通报 lines)
            if body and (not ideas_of(m.group(1)) & NAMED or any(on_work(x, m.group(1)) for x in body)):
                continue
            line = _SAID_SHORT[said % len(_SAID_SHORT)].format(subject_of_item(m.group(1)) or "这项工作")
            said += 1
            text = text[:m.end()] + line + text[m.end():]
        if text != (block.body if isinstance(block, Heading) else block.text):
            out[i] = Heading(block.level, block.number, block.text, text) if isinstance(block, Heading) \
                else type(block)(text)
    return out
