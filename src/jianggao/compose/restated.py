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
from . import samepoint
from .finish import _carries_data
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


def _kept(sentences: list[str], keep: tuple[str, ...]) -> list[str]:
    """``sentences`` (one paragraph's, in order) without a later one on the point of an earlier one (an item's head
    aside)."""
    out: list[str] = []
    for k, s in enumerate(sentences):
        leaned_on = k + 1 < len(sentences) and bool(needs_of(sentences[k + 1]) & {"antecedent", "follows", "partner"})
        held = _carries_data(s, keep) or bool(_COURTESY.search(s))
        # (an item's head, 一是巩固基本药物制度。, heads what follows: what develops it is no restatement)
        earlier = [e for e in out if not is_run_in_head(e) and not bare_headline(e)]
        if out and not leaned_on and not held and any(_same(s, e) for e in earlier):
            continue
        out.append(s)
    return out


def restated_gone(blocks: list[Block], keep: tuple[str, ...] = ()) -> list[Block]:
    """``blocks`` with no sentence of a paragraph (or of a run-on heading's body) that restates an earlier one of the
    same paragraph; ``keep``: the brief's clauses, never cut."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Heading):
            if b.body:
                said = sentences_of(b.body)
                kept = _kept(said, keep)
                b = Heading(b.level, b.number, b.text, "".join(kept)) if len(kept) < len(said) else b
        elif isinstance(b, Paragraph) and b.text:
            said = sentences_of(b.text)
            kept = _kept(said, keep)
            b = Paragraph("".join(kept)) if len(kept) < len(said) else b
        out.append(b)
    return out
