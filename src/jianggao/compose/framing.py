"""An area's framing line leads its paragraph, never trails it (blind31's first tell).

The templates' general statement of an area (TASK_WORDING: 要加强慢性病综合防控和重点传染病防治…) or of a special
meeting's facet (FACETS, the line after its heading: 要把公立医院改革作为医改的重中之重…) is served among the concrete
measures, and serve's seeded order may put it last.  Said after 县卫生计生局要逐院测算…做到补偿到位 it reads as a policy
sentence glued on (此外，要把公立医院改革作为医改的重中之重), and a blind reader picked the paragraph out by it.  A real
speech says the general line first, then what each body does: so the line moves to the head of its paragraph (after
the item's 一是… head), its connective dropped, wherever no sentence leans on where it stood.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model.speech import Block, Heading, Paragraph
from .needs import needs_of

_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
# what a served line may carry before its own words once turns and tics have said it: a connective, a modal
# the connective that joins a line to the one before it (此外，…): it goes when the line moves
_CONNECTIVE = re.compile(r"^(?:此外|同时|另外|与此同时)[，,]")
_LEAD = re.compile(r"^(?:此外|同时|另外|与此同时|还要|另一方面)[，,]?|^(?:要|还要|也要|同时要)")
# an item's head (一是…。) and a numbered lead-in the paragraph opens on
_ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^。]{2,}。$")
# … and the lead that names a lone item or an ordinal (今年的重点是推进健康村镇建设。首先，要…): what follows it is its
# content, and a framing line goes after it, never above it (test_item_content)
_ITEM_LEAD = re.compile(r"^(?:(?:今年|下半年)?(?:的)?(?:重点是|要着力|要重点)|(?:首先|其次|再次|最后)，)")
# how many characters of a line's own words identify it (rewording and local words change few of them)
KEY = 8


def unlinked(sentence: str) -> str:
    """``sentence`` without the connective that joined it to the one before."""
    return _CONNECTIVE.sub("", sentence.strip())


def _bare(sentence: str) -> str:
    return _LEAD.sub("", _LEAD.sub("", sentence.strip()))


def keys_of(task_wording: Mapping[str, Sequence[str]], facets: Mapping[str, Sequence[Any]]) -> frozenset[str]:
    """The opening words of every framing line: each TASK_WORDING option's forms, and each facet's first line."""
    lines: list[str] = [o for opts in task_wording.values() for o in opts]
    for groups in facets.values():
        for group in groups:
            if isinstance(group, list) and len(group) > 1 and isinstance(group[1], str):
                lines.append(group[1])
    return frozenset(_bare(f)[:KEY] for line in lines for f in line.split("‖") if len(_bare(f)) >= KEY)


def _shares_run(line: str, head: str, n: int = 6) -> bool:
    return any(line[i:i + n] in head for i in range(len(line) - n + 1))


def _framing(sentence: str, keys: frozenset[str]) -> bool:
    # (a figure's sentence is the brief's, never a framing line: fresh62's v2, a 副市长 after the report, opened his review
    # on 基本公共卫生服务人均经费达到45元…, moved ahead of 过去的一年… for the words it opens on)
    if _FIGURE.search(sentence):
        return False
    bare = _bare(sentence)
    return len(bare) >= KEY and bare[:KEY] in keys


_FIGURE = re.compile(r"\d")


def _led(text: str, keys: frozenset[str]) -> str:
    """``text`` with a framing line that trails its concrete measures moved to their head."""
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    head = 1 if sentences and _ITEM_HEAD.match(sentences[0]) else 0
    for i in range(head + 1, len(sentences)):
        s = sentences[i]
        first = max([head] + [j + 1 for j in range(head, i) if _ITEM_LEAD.match(sentences[j])])
        if first >= i:
            continue
        if not _framing(s, keys):
            continue
        if any(_framing(x, keys) for x in sentences[first:i]):
            # (a second framing line trailing the paragraph goes after the first, which leads: b04's 五是促进中医药事业振兴
            # 发展 led on 推广中医适宜技术… and ended on 中医医院要坚持以中医为主的办院方向…)
            if i == len(sentences) - 1 and _framing(sentences[first], keys) and first + 1 < i \
                    and not needs_of(s) & {"antecedent", "follows", "partner"} \
                    and not needs_of(sentences[first + 1]) & {"antecedent", "follows"}:
                return "".join([*sentences[:first + 1], s, *sentences[first + 1:i]])
            continue
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        if after and needs_of(after) & {"antecedent", "follows"}:
            continue
        # (its connective leaned on where it stood: 此外 goes with it; what else it needs keeps it there)
        moved = unlinked(s)
        if any(_shares_run(_bare(moved), x) for x in sentences[:first]):
            continue              # said right after the head it would restate it (rep24: the heading said again)
        if needs_of(moved) & {"antecedent", "follows", "partner"} or needs_of(sentences[first]) & {"antecedent"}:
            continue
        return "".join([*sentences[:first], moved, *sentences[first:i], *sentences[i + 1:]])
    return text


def framing_first(blocks: Iterable[Block], keys: frozenset[str]) -> list[Block]:
    """Each paragraph (and heading body) with its trailing framing line said first (_led)."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(Paragraph(_led(b.text, keys)))
        elif isinstance(b, Heading) and b.body:
            out.append(Heading(b.level, b.number, b.text, _led(b.body, keys)))
        else:
            out.append(b)
    return out
