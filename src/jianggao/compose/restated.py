"""No point said twice in one paragraph, asked of the finished blocks.

The repeat passes of compose.finish run before the catch-all (compose.standing) joins the standing areas' lines into
one block, before owned.lines_home moves a line to its subject's block and before placement says a brief item short:
sentences that were apart then meet in one paragraph afterwards.  The secretary reading fresh33 (sec35) found
发展互联网医疗和远程医疗，推进远程会诊、远程影像等服务向基层延伸。 and 要加强远程会诊、远程影像等服务，使群众在家门口享受上级医院的
诊疗服务。 in one paragraph of a report's catch-all, and 推进基层医疗卫生机构标准化建设 twice running after its area's
heading.  Here the later of two sentences of one paragraph on one point (samepoint.same both ways) goes, a run-on
heading's body as a paragraph of its own; an item's head (一是…) is no point a measure restates; never a sentence
that says the brief's own words or figures (finish._carries_data), thanks or wishes, the paragraph's first, or one
the next sentence leans on.
"""
from __future__ import annotations

import re

from ..model.speech import Block, Heading, Paragraph
from . import points, samepoint
from .finish import _carries_data
from .ideas import content_pairs
from .needs import needs_of
from .paragraph import bare_headline
from .picker import sentences_of
from .voice import is_run_in_head

# thanks, welcome and wishes are the occasion's acts, each said once in its place whatever it shares with the line before
# (在此，向全系统广大干部职工道一声辛苦，表示衷心的感谢！ after 一年的成绩，是全系统干部职工逐项干出来的)
_COURTESY = re.compile(r"感谢|谢意|欢迎|敬意|祝|问候|！$")


def _same(a: str, b: str) -> bool:
    """Both on one point, each of the other's (a measure under an item's head is on the head's point, one way only: it
    develops the head, it does not restate it)."""
    return samepoint.same(a, b) and samepoint.same(b, a)


# an item's head as its numbered opening gives it (三是加强妇女保健服务。 → 加强妇女保健服务)
_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|首先，要|其次，要|再次，要|最后，要)(.+?)[。！？]$")
# the doing words around an item's object (要毫不放松抓好…, 常态化做好…), not its point
_DOING = re.compile(r"要|毫不放松|坚持|持续|不断|进一步|切实|扎实|认真|全力|大力|着力|深入|积极|稳步|全面|继续|"
                    r"做好|抓好|做实|抓实|推进|推动|加强|强化|落实|开展|实施|提升|提高|完善|健全")


# the head's point words said again in the next sentence's first clause: at least this share of its content bigrams
HEAD_ECHO_SHARE = 0.8


def _head_echo_gone(head: str, s: str, keep: tuple[str, ...]) -> str:
    """``s`` without its first clause where that clause only says again the item ``head`` it follows (一是常态化做好疫情
    防控。毫不放松抓好常态化疫情防控，坚持外防输入、内防反弹，… → 坚持外防输入、内防反弹，…: fresh44's w2), the rest
    standing as a sentence of its own; ``s`` as it is where its first clause says more than the head, is the whole
    sentence, or carries the brief's words."""
    m = _HEAD.match(head)
    if not m or "，" not in s:
        return s
    first, rest = s.split("，", 1)
    named = content_pairs(_DOING.sub("|", m.group(1)))
    if len(named) < 2 or _carries_data(first, keep) or len(rest) < 8 or needs_of(rest) & {"antecedent", "follows"}:
        return s
    said = content_pairs(_DOING.sub("|", first))
    if len(named & said) < HEAD_ECHO_SHARE * len(named) or len(said - named) > 2:
        return s
    return rest


# Set phrases that make one point wherever they are said (建而不用, 多劳多得、优绩优酬, 入户核查…真实准确): a second sentence
# of one paragraph saying one again says its point again (fresh62's v1: 决不能建而不用 … 防止建而不用 … 建成一个、验收一个
# in one item; 入户核查 twice in another, the blind reader's first tell).
_SET_POINT = re.compile(r"建而不用|多劳多得|优绩优酬|专款专用|真实准确|弄虚作假|入户核查|一人一档|应(.)尽\1")


def _phrase_again(s: str, earlier: list[str]) -> bool:
    """Whether ``s`` says a set phrase (_SET_POINT) an earlier sentence of its paragraph has said."""
    mine = {m.group(0) for m in _SET_POINT.finditer(s)}
    return bool(mine) and any(m.group(0) in mine for e in earlier for m in _SET_POINT.finditer(e))


def _kept(sentences: list[str], keep: tuple[str, ...], before: tuple[str, ...] = ()) -> list[str]:
    """``sentences`` (one paragraph's, in order) without a later one on the point of an earlier one (an item's head
    aside), and without a first clause that says again the item's head just before it (_head_echo_gone); ``before``:
    the sentences of the paragraphs its numbered item said before it, whose set phrases count as said."""
    out: list[str] = []
    for k, s in enumerate(sentences):
        if out and is_run_in_head(out[-1]):
            s = _head_echo_gone(out[-1], s, keep)
        leaned_on = k + 1 < len(sentences) and bool(needs_of(sentences[k + 1]) & {"antecedent", "follows", "partner"})
        held = _carries_data(s, keep) or bool(_COURTESY.search(s))
        # (an item's head, 一是巩固基本药物制度。, heads what follows: what develops it is no restatement)
        earlier = [e for e in out if not is_run_in_head(e) and not bare_headline(e)]
        # (… unless it says nothing beyond the head: points.restates)
        heads = [_HEAD.sub(r"\1", e) for e in out if is_run_in_head(e)]
        if out and not leaned_on and not held and (any(_same(s, e) for e in earlier)
                                                   or any(points.restates(s, h) for h in heads)
                                                   or _phrase_again(s, earlier + list(before))):
            continue
        if not out and before and k + 1 < len(sentences) and not leaned_on and not held \
                and _phrase_again(s, list(before)):
            continue      # (the paragraph's first, where another sentence stays to open it)
        out.append(s)
    return out


# a subsection's lone item said as its lead (the template's 重点是…/今年要着力…)
_LEAD = re.compile(r"^(?:(?:今年|下半年)?(?:的)?重点是|(?:今年|下半年)?要(?:着力|重点))(.+?)。$")


def _lead_as_heading(b: Heading) -> Heading:
    """``b`` with a run-on lead that only says its heading again (（四）推动中医药传承创新发展。重点是推进中医药传承创新
    发展。: fresh44's w6) said once: the lead's words (the brief's item) become the heading, the rest its body; ``b`` as
    it is where the lead says more than the heading, or is all its body."""
    said = sentences_of(b.body)
    m = _LEAD.match(said[0]) if said else None
    if not m or len(said) < 2:
        return b
    head, lead = content_pairs(_DOING.sub("|", b.text)), content_pairs(_DOING.sub("|", m.group(1)))
    if not head or not lead or len(head & lead) < HEAD_ECHO_SHARE * max(len(head), len(lead)):
        return b
    end = b.text[-1] if b.text[-1:] in "。！？" else ""
    return Heading(b.level, b.number, m.group(1) + end, "".join(said[1:]))


def restated_gone(blocks: list[Block], keep: tuple[str, ...] = ()) -> list[Block]:
    """``blocks`` with no sentence of a paragraph (or of a run-on heading's body) that restates an earlier one of the
    same paragraph; ``keep``: the brief's clauses, never cut."""
    out: list[Block] = []
    # (the sentences of the numbered item the paragraph goes on: a long item is said in two paragraphs, and fresh62's
    # v1 said 决不能建而不用 at the end of one and 防止建而不用 in the next)
    item: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            item = []
            if b.body and b.level == 2:
                b = _lead_as_heading(b)
            if b.body:
                said = sentences_of(b.body)
                kept = _kept(said, keep)
                b = Heading(b.level, b.number, b.text, "".join(kept)) if kept != said else b
                item = kept if _ITEM_IN.search(b.body) else []
        elif isinstance(b, Paragraph) and b.text:
            said = sentences_of(b.text)
            if _ITEM_OPENS.match(b.text):
                kept = _kept(said, keep)
                item = list(kept)
            else:
                kept = _kept(said, keep, tuple(item))
                item = item + kept if item else []
            b = Paragraph("".join(kept)) if kept != said else b
        out.append(b)
    return out


# A paragraph that opens a numbered item (二是…), and a run-in body that holds one.
_ITEM_OPENS = re.compile(r"^[一二三四五六七八九十]+是")
_ITEM_IN = re.compile(r"(?:^|。)[一二三四五六七八九十]+是")
