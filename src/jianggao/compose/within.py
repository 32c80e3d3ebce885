"""Structure within a part: a subsection's lead that names one of its items' objects is said in that item, and a
safeguards part's preview promises only the headings that follow it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.patterns import ORDINAL_ITEM as _ORDINAL
from ..model.speech import Block
from . import placement, samepoint
from .needs import needs_of
from .picker import on_other_business
from .serve import names_business, on_item_subject, score
from .subject import SUBJECT_LEAST, work_held, work_words

# A lead that introduces the list (…抓好以下几点：) or frames the whole subsection stays where it is.
_FRAMES = re.compile(r"以下|几个方面|几项工作|几点|各项(?:工作|任务)|[：:]$")
# … and so does one listing works with 等 (把慢性病防治、传染病防控等专项行动的任务分解到部门): an overview of the items
_LISTS = re.compile(r"、[^，。；：]{1,12}等")


def leads_to_items(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str]) -> list[tuple[str, str]]:
    """In place: a sentence of a tasks subsection's lead (between its heading and its 一是) that is on one of its
    numbered items' work and not on the subsection's own goes to that item, right after the item's head (the readers'
    "母婴安全是…底线…。一是…" above 三是保障母婴安全; a 健康素养 target above 一是健全疾病预防控制体系): a target or a
    lead sits in the item whose object it names.  The judgement is placement's sibling test (the item's work words,
    borne out by serve), as for a sentence under one item on another's; a lead that frames the list, leans on the
    sentence before it or is leant on by the next stays.  Returns (sentence, item heading) of each move."""
    moved: list[tuple[str, str]] = []
    for n, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        if n >= len(roles) or roles[n] != "tasks":
            continue
        units = placement._units(part, shell)
        for u, (head, paras, first) in enumerate(units):
            if first:
                continue
            items = []
            for v in range(u + 1, len(units)):
                if not units[v][2]:
                    break
                items.append(units[v])
            if len(items) < 2:
                continue
            # (an item run on in the subsection's own paragraph, 。一是做好夏秋季传染病防控。, is named too: a lead on its
            # work and another's is an overview; it takes no lead, being the paragraph the lead is in)
            run_in = [m.group(1) for i in paras for x in part[i] for m in [_HEAD_WORDS.match(x)] if m]
            heads = [h for h, _, _ in items] + run_in
            ended = False
            for i in paras:
                para = part[i]
                k = 0
                while k < len(para) and not ended:
                    s = para[k]
                    if _ORDINAL.match(s):
                        ended = True        # (a 一是 run on in the heading's paragraph: the lead ends there)
                        break
                    held = _FRAMES.search(s) or _LISTS.search(s) or needs_of(s) or \
                        k + 1 < len(para) and needs_of(para[k + 1]) & {"antecedent", "follows"}
                    home = None if held else _item_named(s, head, heads)
                    if home is None or home in run_in:
                        k += 1
                        continue
                    at = part[next(ps for h, ps, _ in items if h == home)[0]]
                    _after_head(at, s, [x for x, h in moved if h == home])
                    para.pop(k)
                    moved.append((s, home))
    return moved



def _item_named(sentence: str, head: str, items: Sequence[str]) -> str | None:
    """The one item of ``items`` whose work ``sentence`` names where it names none of the subsection ``head``'s work
    (placement._sibling_home's test, without its room rule: the lead opens the item, it does not heap on its end), or
    None; a lead naming two items' work is the subsection's and stays."""
    own = work_words(head)
    # (a lead that also delivers its heading still goes where its object is: the items deliver the heading together)
    if own and work_held(sentence, head):
        return None
    loose = bool(on_item_subject(sentence, head) or names_business(sentence, head) or score(sentence, head))
    if loose and not own:
        return None
    shared = frozenset.intersection(*(samepoint.forms(h) for h in (*items, head)))
    weights = sorted(((work_held(sentence, h, shared), h) for h in items), reverse=True)
    weight, best = weights[0]
    # (most of the item's work, not one word of it: 居民 alone is no 规范居民健康档案管理 for a 健康素养 target)
    # (a lead naming two items' work is the subsection's overview: 把慢性病防治、传染病防控等专项行动的任务分解到部门)
    if weight < SUBJECT_LEAST or len(weights) > 1 and weights[1][0] > 0 or \
            weight <= placement.SIBLING_WORK_SHARE * sum(v for v, _ in work_words(best, shared).values()):
        return None
    if not (on_item_subject(sentence, best) or names_business(sentence, best) or score(sentence, best)) or \
            on_other_business(sentence, best):
        return None
    return best


def _after_head(para: list[str], sentence: str, before: Sequence[str]) -> None:
    """``sentence`` said in the item ``para`` right after its head (二是…。) and the leads moved there ``before`` it; a
    head run on with its first measure in one piece takes it inside that piece."""
    m = _HEAD.match(para[0]) if para else None
    if m is None:
        para.insert(len(before), sentence)
    elif m.end() < len(para[0]):
        at = m.end() + sum(map(len, before))
        para[0] = para[0][:at] + sentence + para[0][at:]
    else:
        para.insert(1 + len(before), sentence)


_HEAD_WORDS = re.compile(r"^[一二三四五六七八九十]+是([^。！？]+)")
_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^。！？]*[。！？]")
