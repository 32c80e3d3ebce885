"""Segmenting a cleaned document: speeches → part headings and paragraphs → sentences, each traced to raw lines."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from .model import Heading, Paragraph, Sentence, Speech
from .roles import heading_role, label_paragraphs, speech_kind

CN_NUM = "一二三四五六七八九十"

# A part number opening a line: 一、  （一） (一)  1.  1、  ——农区工作 (a dash-led sub-title in 004 篇九).
HEADING_RES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^([{CN_NUM}]{{1,3}})[、，．.]\s*(?=\S)")),
    (2, re.compile(rf"^[（(]([{CN_NUM}]{{1,3}})[)）]\s*")),
    (3, re.compile(r"^(\d{1,2})[、.．](?!\d)\s*")),
    (2, re.compile(r"^(——)(?=[\u4e00-\u9fff])")),
)
# Where a heading hides inside a re-joined block (000 and 003 put a whole speech on one raw line).
INLINE_BREAK_RE = re.compile(
    rf"(?<=[。！？!?；：:”」）)\s])\s*(?=(?:[{CN_NUM}]{{1,3}}、|[（(][{CN_NUM}]{{1,3}}[)）]|同志们[：:]))")
SALUTATION_RE = re.compile(r"^((?:尊敬的[^：:。]{0,30}[，,、])?(?:各位领导[，,、])?同志们)[：:]\s*")
COLLECTION_TITLE_RE = re.compile(rf"篇[{CN_NUM}]{{1,3}}\s*$")
# An opening paragraph: the meeting is named and the speaker announces his points or agrees with earlier speakers.
OPENING_RE = re.compile(r"(召开|会议|调研).{0,200}?(讲[几两一二三四五六七八九十]+[点个]|讲几点|强调[几两一二三四五六七八九十]+点|"
                        r"讲一下|作如下|我完全(同意|赞同)|我都(同意|赞成))")
MAX_HEADING = 60


def _pieces(block) -> tuple[tuple[str, int], ...]:
    """(text, offset) of the line-like pieces of a clean block, split before inline headings and salutations."""
    return _text_pieces(block.text)


@lru_cache(maxsize=2048)
def _text_pieces(text: str) -> tuple[tuple[str, int], ...]:
    return tuple(_iter_pieces(text))


def _iter_pieces(text: str) -> Iterator[tuple[str, int]]:
    starts = [0] + [m.start() for m in INLINE_BREAK_RE.finditer(text) if m.start() > 0]
    for a, b in zip(starts, starts[1:] + [len(text)], strict=True):  # each piece runs to the next start or the end
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            yield piece, a + lead


@lru_cache(maxsize=4096)
def _split_heading(piece: str) -> tuple[int, str, str, str, str] | None:
    """(level, number, heading text, body after it, heading as printed) when ``piece`` opens with a part number, else None."""
    for level, rx in HEADING_RES:
        m = rx.match(piece)
        if not m:
            continue
        rest = piece[m.end():]
        number = m.group(1)
        # The heading runs to the first space (a former line break), else to the first 。, else the whole piece.
        cut = len(rest)
        space = re.search(r"\s", rest)
        stop = re.search(r"[。！？]", rest)
        if space and space.start() <= MAX_HEADING and (not stop or space.start() < stop.start()):
            cut = space.start()
        elif stop:
            cut = stop.end()
        head, body = rest[:cut].strip(), rest[cut:].strip()
        if not head or len(head) > MAX_HEADING + 2:
            return None
        if level == 1 and not body and len(head) > 45 and head.count("，") > 3:
            return None  # a long enumerated sentence, not a heading
        return level, number, head.rstrip("。"), body, (m.group(0).strip() + head)
    return None


def _sentences(text: str, offset: int, block, split_sentences) -> list[Sentence]:
    """Sentences of ``text`` (which sits at ``offset`` in ``block``) with the raw line each starts on."""
    last = len(block.text) - 1
    return [Sentence(s, block.line_at(min(offset + at, last) if block.text else 0))
            for s, at in _placed(text, split_sentences)]


@lru_cache(maxsize=2048)
def _placed(text: str, split_sentences) -> tuple[tuple[str, int], ...]:
    """The sentences of ``text`` with where each starts in it (a repeated paragraph is split once)."""
    out = []
    pos = 0
    for s in split_sentences(text):
        at = text.find(s[:8], pos)
        if at < 0:
            at = pos
        pos = at + max(1, len(s) - 2)
        out.append((s, at))
    return tuple(out)


def segment_document(doc_name: str, blocks: Sequence, split_sentences,
                     titles: dict[int, str] | None = None) -> list[Speech]:
    """The speeches of one cleaned document, labelled with roles and topics; ``titles`` (block index → title
    line, from the cleaner) name the speeches."""
    speeches: list[Speech] = []
    cur = Speech(doc_name, 1)
    pending_title = ""

    def start_new(title: str = "") -> None:
        nonlocal cur
        if cur.blocks or cur.salutation:
            speeches.append(cur)
            cur = Speech(doc_name, len(speeches) + 1)
        cur.title = title or cur.title

    for block_index, block in enumerate(blocks):
        if titles and block_index in titles:
            if cur.blocks:
                pending_title = titles[block_index]
            else:
                cur.title = titles[block_index]
        for piece, off in _pieces(block):
            line = block.line_at(off)
            if len(piece) <= 40 and COLLECTION_TITLE_RE.search(piece):
                # `…讲话稿篇八` is the page's label for its eighth speech: shown as `…讲话稿（第八篇）`
                start_new(COLLECTION_TITLE_RE.sub(lambda m: f"（第{m.group(0).strip()[1:]}篇）", piece))
                continue
            sal = SALUTATION_RE.match(piece)
            if sal:
                if cur.paragraphs and (cur.salutation or len(cur.paragraphs) > 1):
                    start_new(pending_title)
                    pending_title = ""
                cur.salutation, cur.salutation_line = sal.group(1) + "：", line
                piece, off = piece[sal.end():], off + sal.end()
                if not piece.strip():
                    continue
            head = _split_heading(piece)
            if head:
                level, number, htext, body, printed = head
                cur.blocks.append(Heading(level, number, htext, line, raw=printed))
                if not body:
                    continue
                off += piece.index(body) if body in piece else 0
                piece = body
            elif _looks_like_opening(piece) and _has_parts(cur):
                start_new()
            sents = _sentences(piece, off, block, split_sentences)
            if sents:
                cur.blocks.append(Paragraph(sents, sents[0].line))
    if cur.blocks or cur.salutation:
        speeches.append(cur)
    for sp in speeches:
        sp.kind = speech_kind(sp)
        label_paragraphs(sp)
    return speeches


@lru_cache(maxsize=4096)
def _looks_like_opening(piece: str) -> bool:
    return bool(OPENING_RE.search(piece[:400]))


def _has_parts(speech: Speech) -> bool:
    """A speech that already has a part heading and body under it: a new opening then starts a new speech."""
    seen_heading = False
    for b in speech.blocks:
        if isinstance(b, Heading):
            seen_heading = True
        elif seen_heading:
            return True
    return False


def render_segmented(speeches: Iterable[Speech]) -> str:
    """The cleaned, segmented text for a person to inspect (``jianggao mine --clean-dir``)."""
    from ..model.kinds import resolve_kind

    out: list[str] = []
    for sp in speeches:
        # The header names the speech as a phrase's source does: file, first line, title, kind in Chinese.
        lines = [ln for ln in [sp.salutation_line, *(b.line for b in sp.blocks)] if ln]
        start = f"（第{min(lines)}行起）" if lines else ""
        kind = resolve_kind(sp.kind)
        title = f"《{sp.title}》" if sp.title else "（无标题）"
        out.append(f"==== 讲话 {sp.index}{start} {sp.doc} {title} 〔{kind.name if kind else sp.kind}〕 ====")
        if sp.salutation:
            out.append(f"[L{sp.salutation_line}] 〈称谓〉 {sp.salutation}")
        for b in sp.blocks:
            if isinstance(b, Heading):
                out.append("")
                out.append(f"{'#' * b.level} [L{b.line}] 〈{b.role}〉 {b.printed}"
                           + (f"  {{{','.join(b.topics)}}}" if b.topics else ""))
            else:
                topics = ",".join(b.topics) or "general"
                out.append(f"  ¶ [L{b.line}] 〈{b.part_role}/{b.role}〉 {{{topics}}}")
                for s in b.sentences:
                    out.append(f"      [L{s.line}] {s.text}")
        out.append("")
    return "\n".join(out) + "\n"


def render_plain(speeches: Iterable[Speech]) -> str:
    """The cleaned text as a person would print it: title, salutation, headings verbatim, one paragraph a line."""
    out: list[str] = []
    for sp in speeches:
        if out:
            out.append("")
        if sp.title:
            out.append(sp.title)
        if sp.salutation:
            out.append(sp.salutation)
        for b in sp.blocks:
            out.append(b.printed if isinstance(b, Heading) else b.text)
    return "\n".join(out) + "\n"


__all__ = ["Sentence", "Heading", "Paragraph", "Speech", "segment_document", "render_segmented", "render_plain",
           "heading_role"]
