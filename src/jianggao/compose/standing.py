"""The level's standing task areas said as one short catch-all block after the brief's own (reading 46's first ask)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.speech import Block, Heading, Paragraph
from .finish import HEAP_LEAST
from .needs import needs_of
from .numbers import how_many, ordinal_item
from .paragraph import bare_headline
from .plan import Plan
from .tics import _zero_subject

# The kinds whose task part deploys the brief's priorities and then the level's standing areas (plan._tasks): a special
# meeting's facets are its one subject's parts, not standing areas, and pledges and addresses have no task blocks.
CATCH_ALL_KINDS = frozenset({"annual_conference", "work_report", "midyear_review"})
# The areas kept as blocks of their own though standing: every real report closes its tasks with Party building.
OWN_BLOCK = frozenset({"party_building"})
# The catch-all's heading: the rest of the system's work, after the brief's priorities (its 其他 needs them before it).
CATCH_ALL_HEADINGS = ("统筹推进其他各项工作", "统筹抓好其他重点工作", "协调推进其他各项工作")
# A standing area in the catch-all says at most this share of the shortest block of the brief's own (reading 46: r2's
# 妇幼 ~1,000 characters beside 托育 and 安全生产治本攻坚 ~600 together; "standing areas as a short catch-all"), and no
# less than its heading and one sentence.
ITEM_SHARE = 0.6
# … its sentences beyond this many (where the speech's floor keeps them) said in a second paragraph, as speeches do.
ITEM_MOST = 5
# … and no paragraph of it a heap (finish.HEAP_LEAST sentences, its heading's clause counted): a speech short of its
# floor keeps a whole area, and with a continuation of all but ITEM_MOST b05's standing 人口家庭 said five sentences and
# then nine (test_serve's heap, session 23); it is said as two paragraphs of under HEAP_LEAST each, split where the
# second opens on a line that stands, and what two such paragraphs cannot hold is not kept (its room goes to the areas
# after it).
PARAGRAPH_LEAST_HEAP = HEAP_LEAST

# The most item heads named after an area's heading in the catch-all (_points).
POINTS_MOST = 3

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


def _points(kept: list[str], said: list[str], owners: list[str]) -> str:
    """The heads of the items whose sentences the catch-all keeps, as a run after the area's heading (一是全面提升公共卫生
    服务能力，做实基本公共卫生服务，抓好传染病防控。): what the area's item says, named where it is headed; none
    whose sentences all went, none with a comma of its own, POINTS_MOST at most (catch_all: only where the speech
    needs their length to keep its floor)."""
    if not kept:
        return ""
    at = said.index(kept[0])
    heads = [h for h in dict.fromkeys(owners[at:at + len(kept)]) if h and "，" not in h and "、" not in h]
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


def catch_all(blocks: list[Block], plan: Plan, roles: Sequence[str], floor: int, target: int = 0) -> list[Block]:
    """``blocks`` with the task part's standing areas (plan tasks the brief did not give, OWN_BLOCK aside) said as the
    numbered items of one block after the brief's own, each its heading and its first sentences up to ITEM_SHARE of
    the shortest block of the brief's, while the speech keeps ``floor`` characters of body; the part's lead counts the
    blocks it now has (今年要突出抓好七个方面的工作 → 五个). Only where the brief gives a priority and the level at least
    two standing areas, in CATCH_ALL_KINDS, with one block a plan task (else left as it is). ``roles`` name the parts
    in order, "opening" first.  A speech already past its ``target`` (a rich brief at a short length) keeps only
    the items' heads: the first sentence each would add takes it past the length it was fitted to (test_core: the
    sample at 2,000 came out at 2,311)."""
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
    heads = [i for i in range(start + 1, end) if isinstance(blocks[i], Heading)]
    if len(heads) != len(plan.tasks) or any(blocks[i].level != 2 for i in heads):  # type: ignore[union-attr]
        return blocks
    groups = [list(range(h, nxt)) for h, nxt in zip(heads, [*heads[1:], end], strict=True)]
    asked = [n for n, t in enumerate(plan.tasks) if t.view.from_brief]
    own = [n for n, t in enumerate(plan.tasks) if not t.view.from_brief and t.view.topic.key in OWN_BLOCK]
    standing = [n for n, t in enumerate(plan.tasks) if not t.view.from_brief and n not in own]
    if not asked or len(standing) < 2:
        return blocks
    least = min(_size([blocks[i] for i in groups[n]]) for n in asked)
    cap = int(least * ITEM_SHARE)
    said_of = {n: _said([blocks[i] for i in groups[n]])[0] for n in standing}
    owners_of = {n: _said([blocks[i] for i in groups[n]])[1] for n in standing}
    # (the numbered items' heads the catch-all leaves out count against the room first: 2–4% of a report's standing
    # text, a draft at its floor keeps all the rest)
    body = _size(blocks) - sum(_size([blocks[i] for i in groups[n][1:]]) + len(_body(blocks[groups[n][0]]))
                               - sum(map(len, said_of[n])) for n in standing)
    items: dict[int, list[str]] = {}
    for n in standing:
        head = blocks[groups[n][0]]
        assert isinstance(head, Heading)
        said = said_of[n]
        full = sum(map(len, said))
        # (what the cut takes comes out of the speech's room above its floor: a short speech keeps more of each area)
        kept = (_within(said, max(cap, full - max(0, body - floor)), 2 * (PARAGRAPH_LEAST_HEAP - 1) - 1)
                if not (target and body > target) else [])
        kept = _neighbours_apart(kept, head.text, body - full + sum(map(len, kept)) - floor)
        # (the area's items run on now: a body the sentence before opened on is not said again, 各社区卫生服务中心要…。
        # 各社区卫生服务中心要… from two items' last and first sentences, b04 and b14 at seed 2; tics.thin_tics ran on each
        # item's paragraph before they were joined)
        kept = list(kept)
        _zero_subject(kept, ())
        body -= full - sum(map(len, kept))
        cut = _split_at(kept)
        # (its items' heads named after the area's heading only while the speech is short of its floor without them:
        # a head then said by the sentences after it is a repeat, bench_outline's adjacent)
        points = _points(kept, said, owners_of[n]) if body < floor else ""
        body += len(points)
        first = head.text.rstrip("。") + points + "。" + "".join(kept[:cut])
        items[n] = [first] + (["".join(kept[cut:])] if kept[cut:] else [])
    if len(items) < 2:
        return blocks
    title = CATCH_ALL_HEADINGS[(len(plan.tasks) + plan.date.year) % len(CATCH_ALL_HEADINGS)]
    # (the heading on its own line, each area a paragraph headed 一是…: a standing block's items never run on in its
    # heading, test_core's stacked headlines)
    block: list[Block] = [Heading(2, "", title)]
    for k, paras in enumerate(items.values()):
        block += [Paragraph(ordinal_item(k + 1) + paras[0]), *(Paragraph(x) for x in paras[1:])]
    rest = [blocks[i] for n in range(len(groups)) if n not in items and n not in own for i in groups[n]]
    last = [blocks[i] for n in own for i in groups[n]]
    was, now = len(plan.tasks), len(plan.tasks) - len(items) + 1
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
