"""The level's standing task areas said as one short catch-all block after the brief's own (reading 46's first ask)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.patterns import ORDINAL_ITEM
from ..model.speech import Block, Heading, Paragraph
from .finish import HEAP_LEAST
from .needs import needs_of
from .numbers import how_many, ordinal_item
from .offsubject import off_subject
from .paragraph import bare_headline
from .picker import SUBSECTION_ITEMS_MAX
from .plan import Plan
from .tics import _zero_subject

# The kinds whose task part deploys the brief's priorities and then the level's standing areas (plan._tasks): a special
# meeting's facets are its one subject's parts, not standing areas, and pledges and addresses have no task blocks.
CATCH_ALL_KINDS = frozenset({"annual_conference", "work_report", "midyear_review"})
# The areas kept as blocks of their own though standing: every real report closes its tasks with Party building.
OWN_BLOCK = frozenset({"party_building"})
# The catch-all's heading: the rest of the system's work, after the brief's priorities (its 其他 needs them before it).
CATCH_ALL_HEADINGS = ("统筹推进其他各项工作", "统筹抓好其他重点工作", "协调推进其他各项工作")
# … its sentences beyond this many (where the speech's floor keeps them) said in a second paragraph, as speeches do.
ITEM_MOST = 5
# … and no paragraph of it a heap (finish.HEAP_LEAST sentences, its heading's clause counted): a speech short of its
# floor keeps a whole area, and with a continuation of all but ITEM_MOST b05's standing 人口家庭 said five sentences and
# then nine (test_serve's heap, session 23); it is said as two paragraphs of under HEAP_LEAST each, split where the
# second opens on a line that stands, and what two such paragraphs cannot hold is not kept (its room goes to the areas
# after it).
PARAGRAPH_LEAST_HEAP = HEAP_LEAST

# The catch-all's bounds (catchall33; bench/bench_catchall_share.py): real speeches give the areas beyond their main
# ones 3–8% of the task part, one sentence listing them or a short run of one or two sentences an area
# (其他工作，诸如除四害、健康教育…，要…抓好抓实。); ours are shorter speeches with fewer priorities, so the block may take
# up to TASKS_SHARE_MOST of the task part and SPEECH_SHARE_MOST of the body, and an area says AREA_SENTENCES_MOST
# sentences after its heading clause at most.
TASKS_SHARE_MOST = 0.25
SPEECH_SHARE_MOST = 0.12
AREA_SENTENCES_MOST = 2
# … and a brief held to its length (three reviewed areas and three priorities: issue 13's bar of ±15%) whose speech
# is short of its floor without more of them says its areas up to these, never beyond: its own blocks hold what the
# bank has on its items (b05's own blocks reach 0.67 of its target, and no more at twice the target; b04's report
# 0.60), so there the rest of the length is still the standing areas' (catchall33 left it: the brief's items need
# more to say).
HELD_TASKS_SHARE_MOST = 0.45
HELD_SPEECH_SHARE_MOST = 0.35
HELD_AREA_SENTENCES_MOST = 2 * (HEAP_LEAST - 1) - 1
# … and in a work report, which deploys the system's whole year (plan.REPORT_AREAS: a real one heads every area it runs),
# up to these: at the bounds above five held-out rich reports of len35 stopped at 0.66–0.88 of their targets with the
# standing areas' own lines left unsaid (a report's own blocks are its brief's three or four one-item priorities).
REPORT_HELD_TASKS_SHARE_MOST = 0.70
REPORT_HELD_SPEECH_SHARE_MOST = 0.55
# … and, where a held brief's speech is still under issue 13's bar (LENGTH_BAR of its target, the bar's 0.85 with a
# margin; core.compose words a held brief's widest version below it too) at those, up to these: the length is the
# bar, the catch-all's share the readers' complaint.
LENGTH_BAR = 0.87
LAST_TASKS_SHARE_MOST = 0.60
LAST_SPEECH_SHARE_MOST = 0.45
REPORT_LAST_TASKS_SHARE_MOST = 0.78
REPORT_LAST_SPEECH_SHARE_MOST = 0.62
# … it names AREAS_LEAST to AREAS_MOST areas, as many as the brief's own priorities (areas_most), in the plan's order
# (plan.core_areas and plan._standing_areas: the level's and the date's core work first).
AREAS_LEAST = 2
AREAS_MOST = 4
# … and a speech past its target keeps the catch-all only within this margin over it (a rich brief at a short length:
# test_core's sample at 2,000 came out at 2,311 with whole areas).
TARGET_MARGIN = 0.10
# The stock lines the safeguards part says (plan._SAFEGUARD_CLAIMS' leadership, supervision and funding), not said
# again as an area's line.
_SAFEGUARD_LINE = re.compile(r"组织领导|督导检查|考核问责|经费保障|资金保障|加大.{0,4}投入|压实.{0,6}责任|一岗双责")

# The most item heads named after an area's heading in the catch-all (_points): three labels in one heading at most
# (a heading of four, 一是全面提升公共卫生服务能力，规范居民健康档案管理，加强精神卫生和心理健康服务，抓好传染病防控。,
# was the readers' stacked heading, sec35 and pair35).
POINTS_MOST = 2

_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
# the head of a numbered item inside a block: 一是…, 首先，要…, a lone item's 重点是…/今年要着力…
_ITEM_HEAD = re.compile(r"^(?:[一二三四五六七八九十]是|(?:首先|其次|再次|最后)，要|(?:今年|下半年)?(?:的)?(?:重点是|要着力|要重点))")
_DIGIT = re.compile(r"\d")
_COUNT = re.compile(r"([一二两三四五六七八九十]{1,3})(个方面)")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _body(block: Block) -> str:
    return block.body if isinstance(block, Heading) else block.text


def _size(blocks: Sequence[Block]) -> int:
    return sum(len(b.number) + len(b.text) + len(b.body) if isinstance(b, Heading) else len(b.text) for b in blocks)


def _said(group: Sequence[Block]) -> tuple[list[str], list[str]]:
    """A standing block's sentences in order, its numbered items' heads left out (the area's heading heads them all
    now; a head carrying a figure keeps its words, its ordinal dropped), and beside each the head of the item it was
    said under ("" for the block's lead)."""
    out: list[str] = []
    owners: list[str] = []
    owner = ""
    for b in group:
        for k, s in enumerate(_sentences(_body(b))):
            m = _ITEM_HEAD.match(s) if k == 0 or isinstance(b, Heading) else None
            # (an item left alone in its list lost its ordinal, 要推进医联体建设。: still the head of what follows, never a
            # headline stacked mid-paragraph once the catch-all joins the area's items, test_core on lead32)
            if m is None and k == 0 and not isinstance(b, Heading) and bare_headline(s):
                owner = re.sub(r"^(?:要|还要|同时要)", "", s).rstrip("。！？")
                continue
            if m is None:
                out.append(s)
                owners.append(owner)
            elif _DIGIT.search(s):
                out.append(s[m.end():])
                owners.append("")
            else:
                owner = s[m.end():].rstrip("。！？")
    return out, owners


def _points(kept: list[str], said: list[str], owners: list[str], heading: str = "") -> str:
    """The heads of the items whose sentences the catch-all keeps, as a run after the area's heading (一是全面提升公共卫生
    服务能力，做实基本公共卫生服务，抓好传染病防控。): what the area's item says, named where it is headed; none
    whose sentences all went, none with a comma of its own, POINTS_MOST at most (catch_all: only where its room
    still holds them)."""
    if not kept:
        return ""
    at = said.index(kept[0])
    # (nor one the kept lines say in its words: 推进基层医疗卫生机构标准化建设 named after the heading and said again by
    # the next sentence, sec35's h49)
    says = "".join(kept)
    heads = [h for h in dict.fromkeys(owners[at:at + len(kept)]) if h and "，" not in h and "、" not in h
             and h not in says]
    # (nor one opening on a verb the heading or a head before it said: 一是做好公共卫生服务，做好慢性病综合防治, sec37's r2)
    heads = [h for n, h in enumerate(heads) if h[:2] not in {x[:2] for x in (heading, *heads[:n]) if x}]
    return "".join("，" + h for h in heads[:POINTS_MOST])


def _within(sentences: list[str], cap: int, most: int = 10**6) -> list[str]:
    """The first of ``sentences`` that fit in ``cap`` characters, ``most`` at most, the first always, none leaning on
    one left out:
    no sentence pointing back opens the item, and 一方面 keeps its 另一方面 or goes with it."""
    while sentences and needs_of(sentences[0]) & {"antecedent", "follows"}:
        sentences = sentences[1:]
    kept: list[str] = []
    used = 0
    for s in sentences:
        if kept and (used + len(s) > cap or len(kept) >= most):
            break
        kept.append(s)
        used += len(s)
    while kept and "partner" in needs_of(kept[-1]):
        kept.pop()
    return kept


def _split_at(kept: list[str]) -> int:
    """Where a catch-all item's ``kept`` sentences go on in a second paragraph (len(kept): they do not): after ITEM_MOST,
    no one-sentence paragraph after it, the second opening on a line that stands (同时要… would lean on nothing), and
    neither paragraph a heap (the first holds the item's heading clause too): the stand-alone line nearest ITEM_MOST
    within those bounds, the earlier of two as near (a later split heaps the first paragraph, test_serve)."""
    if len(kept) <= ITEM_MOST + 1:
        return len(kept)
    most = PARAGRAPH_LEAST_HEAP - 2                      # the first paragraph's sentences after its heading clause
    lowest = max(2, len(kept) - (PARAGRAPH_LEAST_HEAP - 1))
    within = range(lowest, min(most, len(kept) - 2) + 1)
    stands = [c for c in within if not needs_of(kept[c]) & {"antecedent", "follows", "partner"}]
    if stands:
        return min(stands, key=lambda c: (abs(c - ITEM_MOST), c))
    return min(max(ITEM_MOST, lowest), most)


def _neighbours_apart(kept: list[str], heading: str, room: int) -> list[str]:
    """``kept`` without a sentence on the business of the one before it (a narrow subject the heading does not name,
    all of one's in the other's, or samepoint.same either way), while ``room`` characters above the floor allow: a
    merged area ran one former item's last line into the next's first on one business, 医联体 after 医联体 (plan25's
    adjacent 185 → 222).  The first always stays, and none that the next leans on."""
    from . import homes, samepoint

    head = homes.subjects(heading)
    out: list[str] = []
    for k, s in enumerate(kept):
        if out and room >= len(s) and not (k + 1 < len(kept) and needs_of(kept[k + 1]) & {"antecedent", "follows"}):
            a, b = homes.subjects(out[-1]), homes.subjects(s)
            if (a & b - head and (a <= b or b <= a)) or samepoint.same(s, out[-1]) or samepoint.same(out[-1], s):
                room -= len(s)
                continue
        out.append(s)
    return out


def areas_most(asked: int, held_to_length: bool) -> int:
    """The most standing areas the catch-all names: as many as the brief's own priorities (AREAS_LEAST to AREAS_MOST),
    AREAS_LEAST where the brief is too thin to be held to its length: the thinner the brief, the fewer areas."""
    return AREAS_LEAST if not held_to_length else max(AREAS_LEAST, min(AREAS_MOST, asked))


def bare_area(heading: str) -> str:
    """A standing block's heading as the clause that heads its area in the catch-all."""
    return heading.rstrip("。；，")


def _not_deployed(standing: list[int], asked: list[int], plan: Plan) -> list[int]:
    """The ``standing`` areas whose subject none of the brief's own (``asked``) blocks already hold (plan.held_by_brief:
    an item of theirs mainly on it, a problem they answer in it, a near neighbour of theirs)."""
    from .plan import held_by_brief

    named = [plan.tasks[n].view for n in asked]
    held = held_by_brief(named, [p for n in asked for p in plan.tasks[n].answers])
    return [n for n in standing if plan.tasks[n].view.topic.key not in held]


def _plain(sentences: list[str]) -> list[str]:
    """``sentences`` without the stock lines the safeguards part says (组织领导, 督导考核, 经费投入 …) and without a line
    leaning on one left out."""
    out: list[str] = []
    kept_last = True
    for s in sentences:
        leans = bool(needs_of(s) & {"antecedent", "follows"})
        if _SAFEGUARD_LINE.search(s) or (leans and not kept_last):
            kept_last = False
            continue
        out.append(s)
        kept_last = True
    while out and "partner" in needs_of(out[-1]):
        out.pop()
    return out


def _room(task_rest: int, body_rest: int, tasks_share: float, speech_share: float) -> int:
    """The catch-all's characters (its heading aside) that keep it within ``tasks_share`` of the task part and
    ``speech_share`` of the body, both counted with it in them (``task_rest``, ``body_rest``: the part and the body
    without the standing areas)."""
    return int(min(task_rest * tasks_share / (1 - tasks_share),
                   body_rest * speech_share / (1 - speech_share))) - max(map(len, CATCH_ALL_HEADINGS)) - len("（十）。")


def _bounded(areas: list[int], heads: dict[int, str], sentences: dict[int, list[str]], room: int,
             most: int = AREA_SENTENCES_MOST) -> dict[int, list[str]]:
    """The sentences each area of the catch-all keeps in ``room`` characters (ordinals and heading clauses counted):
    every area its first sentence, in order, while the room holds it (an area without one is not named), then each its
    next, up to ``most``; none where fewer than two areas fit (the brief's own blocks then say the year)."""
    kept: dict[int, list[str]] = {}
    used = 0
    for n in areas:
        first = _within(sentences[n], 0, 1)
        if not first or "partner" in needs_of(first[0]):
            continue
        cost = len(ordinal_item(len(kept) + 1)) + len(heads[n]) + 1 + len(first[0])
        if used + cost > room:
            continue
        kept[n] = first
        used += cost
    for _ in range(most - 1):
        for n, said in kept.items():
            rest = sentences[n][sentences[n].index(said[0]) + len(said):]
            if rest and used + len(rest[0]) <= room and "partner" not in needs_of(rest[0]):
                said.append(rest[0])
                used += len(rest[0])
    if len(kept) < 2:
        return {}
    for said in kept.values():
        _zero_subject(said, ())
    return kept


def catch_all(blocks: list[Block], plan: Plan, roles: Sequence[str], floor: int, target: int = 0) -> list[Block]:
    """``blocks`` with the task part's standing areas (plan tasks the brief did not give, OWN_BLOCK aside) said as the
    numbered items of one block after the brief's own, each its heading clause and its first whole sentences, within
    the class's bounds (catchall33): TASKS_SHARE_MOST of the task part and SPEECH_SHARE_MOST of the body,
    AREA_SENTENCES_MOST sentences an area, areas_most areas (the thinner the brief, the fewer), none the brief's own
    blocks already deploy (_not_deployed), no stock line of the safeguards part (_plain). A brief held to its length
    whose speech is short of ``floor`` characters of body without more says its areas up to the HELD_ bounds, never
    past the floor; a speech already past its ``target`` keeps the catch-all within TARGET_MARGIN of it. Where fewer
    than two areas fit, the standing areas go and the brief's own blocks say the year. The part's lead counts the
    blocks it now has (今年要突出抓好七个方面的工作 → 五个). Only where the brief gives a priority and the level at least
    two standing areas, in CATCH_ALL_KINDS, with one block a plan task (else left as it is). ``roles`` name the parts
    in order, "opening" first."""
    if plan.kind not in CATCH_ALL_KINDS or "tasks" not in roles:
        return blocks
    part, start, end = 0, None, len(blocks)
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and b.level == 1:
            part += 1
            if start is not None:
                end = i
                break
            if part < len(roles) and roles[part] == "tasks":
                start = i
    if start is None:
        return blocks
    # (a report's task part is its last numbered part: the closing after it, 同志们，…, is no block of its last area —
    # fresh50's h4 read its closing before （八）协调推进其他各项工作, the catch-all set after the areas it took)
    end = next((i for i in range(start + 1, end)
                if isinstance(blocks[i], Paragraph) and blocks[i].text.startswith("同志们")), end)
    heads = [i for i in range(start + 1, end) if isinstance(blocks[i], Heading)]
    if len(heads) != len(plan.tasks) or any(blocks[i].level != 2 for i in heads):  # type: ignore[union-attr]
        return blocks
    groups = [list(range(h, nxt)) for h, nxt in zip(heads, [*heads[1:], end], strict=True)]
    # (a standing area that answers a brief problem is the brief's business: it stays a block of its own, the
    # problem's measure in it — test_problem_measures' b26, whose 卫生人才总量不足 the standing 人才 block answers)
    asked = [n for n, t in enumerate(plan.tasks) if t.view.from_brief or t.answers]
    own = [n for n, t in enumerate(plan.tasks) if n not in asked and t.view.topic.key in OWN_BLOCK]
    standing = [n for n, t in enumerate(plan.tasks) if n not in asked and n not in own]
    if not any(plan.tasks[n].view.from_brief for n in asked) or len(standing) < 2:
        return blocks
    # (an area the brief's own blocks deploy is not said again in the catch-all)
    standing = _not_deployed(standing, asked, plan)
    said_of = {n: _said([blocks[i] for i in groups[n]])[0] for n in standing}
    owners_of = {n: _said([blocks[i] for i in groups[n]])[1] for n in standing}
    # (the room: the catch-all at most TASKS_SHARE_MOST of the task part and SPEECH_SHARE_MOST of the body, both
    # counted with the catch-all in them, so measured against what stays without the standing areas)
    dropped = sum(_size([blocks[i] for i in groups[n]]) for n in range(len(groups)) if n not in asked and n not in own)
    task_rest = _size(blocks[start:end]) - dropped
    body_rest = _size(blocks) - dropped
    room = _room(task_rest, body_rest, TASKS_SHARE_MOST, SPEECH_SHARE_MOST)
    priorities = sum(1 for n in asked if plan.tasks[n].view.from_brief)
    most, areas = AREA_SENTENCES_MOST, standing[:areas_most(priorities, plan.held_to_length)]
    beyond: list[int] = []
    if plan.held_to_length and body_rest < floor:
        # (short of its floor: more of each area, and every area the plan has, to the held bounds)
        report = plan.kind == "work_report"
        held = _room(task_rest, body_rest, REPORT_HELD_TASKS_SHARE_MOST if report else HELD_TASKS_SHARE_MOST,
                     REPORT_HELD_SPEECH_SHARE_MOST if report else HELD_SPEECH_SHARE_MOST)
        room = max(room, min(held, floor - body_rest))
        # (and where even those bounds leave the speech under issue 13's bar for a held brief, the catch-all takes what
        # reaches the bar, to the LAST_ bounds: fresh43's z1, a county-level city's 2019 conference with three reviewed
        # areas and three priorities, stopped at 0.76 of its target with the standing areas' lines unsaid)
        bar = int(LENGTH_BAR * target) if target else floor
        if body_rest + room < bar:
            reach = _room(task_rest, body_rest, REPORT_LAST_TASKS_SHARE_MOST if report else LAST_TASKS_SHARE_MOST,
                          REPORT_LAST_SPEECH_SHARE_MOST if report else LAST_SPEECH_SHARE_MOST)
            room = max(room, min(reach, bar - body_rest))
        # (a report's catch-all names no more areas than a headline subsection holds numbered items; the report's
        # further standing areas stand as subsections of their own before it, as a real report heads every area it runs:
        # b14's 协调推进其他各项工作 said 一是…六是 once YEAR_MORE gave it 综合监管 and 健康促进, test_standing_items)
        most, areas = HELD_AREA_SENTENCES_MOST, standing[:SUBSECTION_ITEMS_MAX + 1] if report else standing
        beyond = standing[SUBSECTION_ITEMS_MAX + 1:] if report else []
    heads_of = {n: bare_area(blocks[groups[n][0]].text) for n in areas}
    if target:
        # (a rich brief at a short length: the catch-all takes no more than the speech's own margin over its target)
        room = min(room, int(target * (1 + TARGET_MARGIN)) - body_rest)
    # (a neighbour on one business goes while the speech keeps its floor without it, as before the bounds)
    apart = 10**6 if most == AREA_SENTENCES_MOST else max(0, body_rest + room - floor)
    # (… none clearly on another subject than its head: an area's framing lead, 按照推进分级诊疗制度建设的要求，以强基层为
    # 重点…, is its subsection's line, and under 二是持续加强基层医疗卫生服务体系建设 it read as 医改's, b03)
    items = _bounded(areas, heads_of, {n: [s for s in _neighbours_apart(_plain(said_of[n]), heads_of[n], apart)
                                           if not off_subject(s, heads_of[n])] for n in areas},
                     room, most)
    # (an area's item heads named after its heading where the room still holds them: what the area's items say,
    # named where it is headed)
    for n, kept in items.items():
        points = _points(kept, said_of[n], owners_of[n], heads_of[n])
        used = sum(len(ordinal_item(k + 1)) + len(heads_of[m]) + 1 + sum(map(len, items[m]))
                   for k, m in enumerate(items))
        # (… and only where each kept line is on the heading so narrowed: 扎实做好公共卫生服务，做好慢性病综合防治，抓好重点
        # 人群健康管理 over a 传染病 直报 line, and 持续加强基层医疗卫生服务体系建设，推进…标准化建设 over 以强基层为重点)
        if points and used + len(points) <= room and not any(off_subject(s, heads_of[n] + points) for s in kept):
            heads_of[n] += points
    # (an area said at the held bounds runs to two paragraphs, split where the second opens on a line that stands)
    items = {n: [heads_of[n] + "。" + "".join(kept[:_split_at(kept)]), *(["".join(kept[_split_at(kept):])]
                                                                      if kept[_split_at(kept):] else [])]
             for n, kept in items.items()}
    if len(items) < 2:
        # (no room for two areas said whole: the standing areas go, the brief's own say the year)
        items = {}
    title = CATCH_ALL_HEADINGS[(len(plan.tasks) + plan.date.year) % len(CATCH_ALL_HEADINGS)]
    # (the heading on its own line, each area a paragraph headed 一是…: a standing block's items never run on in its
    # heading, test_core's stacked headlines)
    block: list[Block] = [Heading(2, "", title)] if items else []
    for k, paras in enumerate(items.values()):
        block += [Paragraph(ordinal_item(k + 1) + paras[0]), *(Paragraph(x) for x in paras[1:])]
    # (the standing areas the catch-all does not name go: the brief's own blocks, then the catch-all, then Party
    # building)
    rest = [blocks[i] for n in asked for i in groups[n]]
    # (a report's standing areas beyond the catch-all's, where the speech is short of its floor without them: before
    # the catch-all, whose 其他 comes last but for Party building — pair35's p1 had (四)协调推进其他各项工作 and then
    # (五)信息化, (六)中医药, (七)爱国卫生)
    beyond = [n for n in beyond if items and body_rest + sum(len(x) for paras in items.values() for x in paras) < floor]
    rest += [blocks[i] for n in beyond for i in groups[n]]
    last = [blocks[i] for n in own for i in groups[n]]
    was, now = len(plan.tasks), len(asked) + len(own) + len(beyond) + (1 if items else 0)
    lead = [_recounted(b, was, now) for b in blocks[start:heads[0]]]
    return [*blocks[:start], *lead, *rest, *block, *last, *blocks[end:]]


def _recounted(block: Block, was: int, now: int) -> Block:
    """The task part's lead with its count of blocks (N个方面) made ``now`` where it said ``was``."""
    from .numbers import chinese_count

    olds = {chinese_count(was), how_many(was)}

    def recount(text: str) -> str:
        return _COUNT.sub(lambda m: (how_many(now) if m.group(1) in olds else m.group(1)) + m.group(2), text)

    if isinstance(block, Heading):
        return Heading(block.level, block.number, block.text, recount(block.body))
    return Paragraph(recount(block.text))


# A subsection whose whole text is one sentence of at most this many characters reads as a heading left over (read57:
# 三 drafts of eight ended their tasks on （六）扎实做好妇幼健康工作。母婴安全是…底线，… or （五）加强医疗卫生综合监管。要严查…; a
# safeguards part on （三）树立实干导向。进一步精简会议文件…): where its part has at least THIN_AMONG subsections, it goes.
THIN_SUBSECTION_MOST = 90
THIN_AMONG = 4
_PART_COUNT = re.compile(r"(?<![每各第])([一二两三四五六七八九十]{1,3})(个方面)")


def thin_subsections_gone(blocks: list[Block], keep: Sequence[str]) -> list[Block]:
    """``blocks`` without a subsection that says one short sentence (THIN_SUBSECTION_MOST, of one clause group: no ；)
    and nothing of the brief (an item, a fact or a problem's answer of ``keep``, by its first words: a later pass may
    have cut an answer's last clause; a number), in a part of at least
    THIN_AMONG subsections (numbered as printed); its part's lead's count of them (今年要突出抓好四个方面的工作) said
    again."""
    tops = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1] + [len(blocks)]
    out: list[Block] = list(blocks[:tops[0]])
    for start, end in zip(tops, tops[1:], strict=False):
        part = blocks[start:end]
        subs = [i for i, b in enumerate(part) if isinstance(b, Heading) and b.level == 2] + [len(part)]
        if len(subs) - 1 < THIN_AMONG:
            out += part
            continue
        gone: set[int] = set()      # the blocks going
        dropped = 0                 # … and the subsections they make
        for a, b in zip(subs, subs[1:], strict=False):
            group = part[a:b]
            head = group[0]
            text = "".join(_body(x) for x in group)
            # (the catch-all of other work with fewer than two areas left is no catch-all: catch_all says none then, and
            # a later pass taking an area's only line left fresh57's q3 （六）统筹推进其他各项工作 with 要守护妇女儿童健康)
            lone = isinstance(head, Heading) and head.text.rstrip("。") in CATCH_ALL_HEADINGS \
                and sum(1 for x in group[1:] if ORDINAL_ITEM.match(_body(x))) < 2
            if not lone and (len(_sentences(text)) > 1 or len(text) > THIN_SUBSECTION_MOST or re.search(r"\d", text)
                             or "；" in text or not isinstance(head, Heading)
                             or any(k and (k[:24] in head.text + text or head.text.rstrip("。") in k) for k in keep)):
                continue
            if len(subs) - 1 - dropped - 1 < THIN_AMONG - 1:
                break
            gone.update(range(a, b))
            dropped += 1
        if not gone:
            out += part
            continue
        said = how_many(len(subs) - 1 - dropped)

        def recount(text: str, said: str = said) -> str:
            return _PART_COUNT.sub(lambda m: said + m.group(2), text)

        for i, x in enumerate(part):
            if i in gone:
                continue
            if i < subs[0] and isinstance(x, Paragraph):
                x = Paragraph(recount(x.text))
            elif i < subs[0] and isinstance(x, Heading) and x.level == 1 and x.body:
                x = Heading(x.level, x.number, x.text, recount(x.body))
            out.append(x)
    return out
