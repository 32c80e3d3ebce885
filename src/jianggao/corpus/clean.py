"""Cleaning: a raw corpus document → simplified, noise-free paragraphs (CleanBlock) that remember their raw lines."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import chrome
from .corrections import correct
from .load import RawDocument
from .normalize import (
    PLACEHOLDER,
    YEAR_PLACEHOLDER,
    close_spaces,
    mark_placeholders,
    normalize_punctuation,
    remove_stray_marks,
    simplify_line,
)
from .pinyin import has_pinyin, mend_annotation_across, strip_leading_pinyin
from .synonyms import detect_substitution, reverse_with_shifts

__all__ = ["PLACEHOLDER", "YEAR_PLACEHOLDER", "CleanBlock", "clean_document", "detect_substitution"]


_STARTS: dict[tuple, list[int]] = {}   # spans → their offsets, for line_at (blocks are frozen)


@dataclass(frozen=True)
class CleanBlock:
    """One logical source paragraph, cleaned; ``spans`` map text offsets back to 1-based raw lines."""

    text: str
    spans: tuple[tuple[int, int], ...]   # (offset in text, raw line) where each raw line's contribution starts

    def line_at(self, offset: int) -> int:
        """The raw line holding character ``offset`` of ``text``."""
        if len(self.spans) == 1:
            return self.spans[0][1]     # most blocks come from one raw line
        starts = _STARTS.get(self.spans)
        if starts is None:
            starts = _STARTS[self.spans] = [start for start, _ in self.spans]
            if len(_STARTS) > 4096:
                _STARTS.clear()
        index = bisect.bisect_right(starts, max(offset, 0)) - 1
        return self.spans[max(index, 0)][1]


# --- what a segment is -------------------------------------------------------------------------------------------

_TERMINATORS = "。！？!?；;：:…"
_CLOSERS = "”’）)」』》"
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[)）]"
    r"|第[一二三四五六七八九十]{1,3}[，,、是]|[一二三四五六七八九十]是|[一二三四五六七八九十]要|首先|其次|再次|最后[，,]|——)"
)
_SALUTATION = re.compile(
    r"^(?:尊敬的[^，。：:]{1,40}[，、,])?(?:各位[^，。：:]{1,12}[、，,])*同志们[：:]$"
)
_SALUTATION_INLINE = re.compile(
    r"(?:尊敬的[^，。：:\s]{1,40}[，、,])?(?:各位[^，。：:\s]{1,12}[、，,])*同志们[：:]"
)
_TITLE = re.compile(r"(?:讲话|讲话稿|致辞|发言|报告|总结|会议|大会|纪要|通知|意见|工作)(?:篇[一二三四五六七八九十]+)?$")
# A page splice of a document-sharing preview: `1、…` `2、…` cut wherever the page ended.
_PAGE_NUMBER = re.compile(r"^(\d{1,2})、")


def _is_heading(text: str) -> bool:
    """A heading line: numbered and without a sentence in it (`（一）…。要…` is a paragraph that starts numbered)."""
    return bool(_HEADING.match(text)) and not any(c in text for c in "。！？!?")


def _is_closed(text: str) -> bool:
    """True when ``text`` ends a sentence (a terminator, possibly followed by closing quotes/brackets)."""
    text = text.rstrip().rstrip("".join(_CLOSERS))   # one pass: slicing per closer was quadratic in their number
    return bool(text) and text[-1] in _TERMINATORS


@dataclass
class _Segment:
    text: str
    line: int
    kind: str              # text | heading | salutation | piece | link | gap
    after_blank: bool = False
    continues: bool = False   # a page splice: joins the text before it whatever lies between


# --- document-level decisions ------------------------------------------------------------------------------------

def _page_splice_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that are numbered preview pages (`1、` `2、` … cutting mid-sentence) rather than headings."""
    runs: list[list[int]] = []
    expected, run = 1, []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        match = _PAGE_NUMBER.match(stripped)
        if match and int(match.group(1)) == expected:
            run.append(index)
            expected += 1
            continue
        if match and int(match.group(1)) == 1:
            runs.append(run)
            run, expected = [index], 2
            continue
        if run and not chrome.is_chrome_line(stripped):
            runs.append(run)
            run, expected = [], 1
    runs.append(run)
    found: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        # Pages break wherever the page was full, so most of them end mid-sentence; numbered headings do not.
        cut = sum(1 for index in run[:-1] if not _is_closed(lines[index]))
        average = sum(len(lines[index]) for index in run) / len(run)
        if cut * 2 >= len(run) - 1 and average >= 50:
            found.update(run)
    return found


def _spaces_are_breaks(lines: list[str]) -> bool:
    """True when the document was flattened: paragraphs joined by spaces on very long lines (000, 003)."""
    after_stop = other = 0
    for line in lines:
        if len(line) >= 300:
            stops, others = _space_counts(line)
            after_stop += stops
            other += others
    return after_stop >= 3 and after_stop >= other


_INNER_SPACE = re.compile(r"(\S)\s+(?=\S)")


@lru_cache(maxsize=256)
def _space_counts(line: str) -> tuple[int, int]:
    """(spaces after a sentence's end, other spaces) inside ``line``."""
    stops = others = 0
    for match in _INNER_SPACE.finditer(line.strip()):
        if match.group(1) in _TERMINATORS or match.group(1) in _CLOSERS:
            stops += 1
        else:
            others += 1
    return stops, others


# --- line → segments ---------------------------------------------------------------------------------------------

_BREAK_SPACE = re.compile(rf"(?<=[。！？!?])\s+|(?<=[。！？!?][{_CLOSERS}])\s+|\s+(?={_HEADING.pattern[1:]})")
# `三、落实责任，密切配合，确保…取得新突破 爱国卫生运动涉及…`: a heading (it has a comma, so the space is not
# inside one of its words) run into its paragraph with only a space between.
_HEADING_THEN_BODY = re.compile(
    r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^\s。！？!?]{2,40}[，,][^\s。！？!?]{2,40})\s+(?=\S{8})"
)


@lru_cache(maxsize=2048)
def _split_paragraphs(text: str, flattened: bool) -> tuple[str, ...]:
    """A line cut where a space stands for a paragraph break (after 。！？, before a heading or 同志们：)."""
    if "同志们" in text:
        text = _SALUTATION_INLINE.sub(lambda m: f"\n{m.group(0)}\n", text)
    if flattened:
        # Every space between Chinese text is a former paragraph break; keep spaces between Latin words.
        text = re.sub(r"(?<![A-Za-z\d%])\s+|\s+(?![A-Za-z\d])", "\n", text)
    elif " " in text or "\u3000" in text or "\t" in text:
        text = _HEADING_THEN_BODY.sub("\\1\n", text, count=1)
        text = _BREAK_SPACE.sub("\n", text)
    return tuple(piece for piece in text.split("\n") if piece.strip())


@lru_cache(maxsize=4096)
def _repaired(piece: str) -> tuple[str, str]:
    """A line's piece repaired, and its kind (salutation, heading or text)."""
    text = _repair(piece)
    return text, "salutation" if _SALUTATION.match(text) else "heading" if _is_heading(text) else "text"


def _repair(text: str) -> str:
    text = normalize_punctuation(text)
    text = remove_stray_marks(text)
    text = mark_placeholders(text)
    return close_spaces(text)


# In a page whose characters were annotated with pinyin, a lost character shows as an ASCII `?` (with mojibake
# around it: `我们?cè)诮衲甑男l生`); a real question mark follows a question word.
_LOST_CHARACTER = re.compile(r"(?<![吗呢么吧啊呀何])\?")
_SENTENCE_END = "。！？；"


def _drop_damaged_sentences(text: str) -> str:
    """``text`` without the sentences that hold a lost character (they cannot be repaired)."""
    while (match := _LOST_CHARACTER.search(text)) is not None:
        start = max(text.rfind(c, 0, match.start()) for c in _SENTENCE_END) + 1
        ends = [i for i in (text.find(c, match.end()) for c in _SENTENCE_END) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        text = text[:start] + text[end:]
    return text


def _segments(doc: RawDocument, simplified: list[str]) -> list[_Segment]:
    annotated = sum(1 for line in doc.lines if has_pinyin(line)) >= 3
    flattened = _spaces_are_breaks(simplified)
    splices = _page_splice_lines(simplified)
    segments: list[_Segment] = []
    in_tips = after_intro = False
    blank = False
    for index, raw in enumerate(simplified):
        line = raw.strip()
        number = index + 1
        if not line:
            blank = True
            continue
        if chrome.is_footer_start(line):
            break
        if line.startswith("温馨提示"):
            in_tips = True
            continue
        if in_tips and chrome.is_tip_item(line):
            continue
        in_tips = False
        if chrome.is_intro(line):
            after_intro = True
            continue
        if after_intro and not chrome.is_piece_marker(line) and (
                chrome.is_keyword_link(line) or len(line) <= 12 and not _is_closed(line)):
            continue   # the ad's keyword link and `，仅供参考。` tail
        after_intro = False
        if chrome.is_only_for_reference(line) or chrome.is_tag_line(line) or (
                chrome.is_chrome_line(line) and not chrome.is_truncation_notice(line)):
            continue
        if chrome.is_piece_marker(line):
            segments.append(_Segment(line, number, "piece", blank))
            blank = False
            continue
        if chrome.is_keyword_link(line):
            segments.append(_Segment(line, number, "link", blank))
            blank = False
            continue
        continues = False
        if index in splices:
            # A page may break between a character and its pinyin: `…三点|(diǎn)意见`.
            line = strip_leading_pinyin(_PAGE_NUMBER.sub("", line, count=1))
            continues = True
        line = chrome.remove_inline_ads(line)
        if annotated:
            line = _drop_damaged_sentences(line)
        before, after = chrome.cut_truncation(line)
        first = True
        for part, gap_follows in ((before, after is not None), (after or "", False)):
            for piece in _split_paragraphs(part, flattened or bool(splices)):
                text, kind = _repaired(piece)
                if not text:
                    continue
                segments.append(_Segment(text, number, kind, blank and first, continues and first))
                first = False
            if gap_follows:
                segments.append(_Segment("", number, "gap"))
        blank = False
    # Contents are found among the pieces, not the raw lines: a flattened page holds its contents block inline.
    contents = chrome.toc_lines([seg.text if seg.kind in ("text", "heading") else "" for seg in segments])
    return [seg for i, seg in enumerate(segments) if i not in contents]


# --- segments → blocks -------------------------------------------------------------------------------------------

_HALF_MARKS = re.compile(r"\((?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\)"
                         r"|[,;:!?](?<=[\u4e00-\u9fff”）][,;:!?])(?=[\u4e00-\u9fff“（])")
_FULL_WIDTH = {"(": "（", ")": "）", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


class _Builder:
    """Accumulates the pieces of one block with their raw lines."""

    def __init__(self, substituted: bool) -> None:
        self.parts: list[tuple[str, int]] = []
        self.kind = ""
        self.substituted = substituted
        self._joined: tuple[list, int, object, str] = ([], 0, None, "")   # (parts list, count, last part, text)

    @property
    def text(self) -> str:
        """The parts joined. Kept between calls and extended by the parts added since: joining afresh on
        every line made a block of n unterminated lines cost n² (20 000 lines of 甲 took 100 s)."""
        parts, count, last, text = self._joined
        if parts is not self.parts or count > len(parts) or (count and parts[count - 1] is not last):
            parts, count, text = self.parts, 0, ""
        if count < len(parts):
            text += "".join(part for part, _ in parts[count:])
            count = len(parts)
        self._joined = (parts, count, parts[count - 1] if count else None, text)
        return text

    def add(self, text: str, line: int, kind: str) -> None:
        if not self.parts:
            self.kind = kind
        self.parts.append((text, line))

    def take(self) -> CleanBlock | None:
        parts, self.parts = [p for p in self.parts if p[0]], []
        if not parts:
            return None
        spans: list[tuple[int, int]] = []
        offset = 0
        for text, line in parts:
            if not spans or spans[-1][1] != line:
                spans.append((offset, line))
            offset += len(text)
        text = "".join(text for text, _ in parts)
        if any(c in text for c in "(),;:!?"):
            # A page splice may cut `(四)` or `领导,离不开` in two; each half was repaired alone, so ASCII marks
            # left at a piece's edge are made full-width now (one for one, so spans hold).
            text = _HALF_MARKS.sub(lambda m: _FULL_WIDTH[m.group(0)], text)
        if self.substituted:
            # Reversed on the whole block: a page splice may cut a spun word's context (平|安保障) in two.
            text, shifts = reverse_with_shifts(text)
            spans = [(start + sum(delta for at, delta in shifts if at <= start), line) for start, line in spans]
        return CleanBlock(text, tuple(spans))

    def drop_open_tail(self) -> None:
        """Drop the unfinished sentence at the end (text lost after it)."""
        while self.parts:
            text, line = self.parts[-1]
            cut = max(text.rfind(c) for c in "。！？!?；")
            if cut >= 0:
                end = cut + 1
                while end < len(text) and text[end] in _CLOSERS:
                    end += 1
                self.parts[-1] = (text[:end], line)
                return
            self.parts.pop()


def _drop_open_head(text: str) -> str:
    """Drop the sentence fragment before the first terminator (its beginning was lost)."""
    positions = [text.find(c) for c in "。！？!?；" if c in text]
    if not positions:
        return ""
    end = min(positions) + 1
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    return text[end:]


def _mend_cut_annotations(lines: list[str]) -> list[str]:
    """Raw lines where a page splice cut a pinyin annotation in two (`…群(q` | `2、ún)众…`) have both halves removed."""
    if not any("(" in line or "（" in line or "[" in line for line in lines[:400]) and not has_pinyin("".join(lines[:200])):
        return lines
    splices = sorted(_page_splice_lines(lines))
    if len(splices) < 2:
        return lines
    lines = list(lines)
    for a, b in zip(splices, splices[1:], strict=False):  # each splice with the next: one pair fewer
        lines[a], lines[b] = mend_annotation_across(lines[a], lines[b])
    return lines


@lru_cache(maxsize=2048)
def _simplified(line: str) -> tuple[str, Counter | None]:
    """A raw line simplified and corrected, with the fixes made (an archive repeats its lines: each is done once)."""
    made: Counter = Counter()
    text = correct(simplify_line(line), made)
    return text, made or None


def clean_document(doc: RawDocument, titles: dict[int, str] | None = None, *,
                   corrections: Counter | None = None) -> list[CleanBlock]:
    """The cleaned paragraphs of ``doc``: noise gone, split lines re-joined, speech boundaries kept as blocks.

    Title lines are not blocks; when ``titles`` is given, each is recorded there under the index of the
    block it stands before (the miner cites a speech by its title).
    """
    # Spelling fixes (corrections.yaml) come with the 繁→简 step, so every later rule sees the right word;
    # ``corrections`` counts them for the report.
    simplified = []
    for line in _mend_cut_annotations(doc.lines):
        text, fixes = _simplified(line)
        if fixes and corrections is not None:
            corrections.update(fixes)
        simplified.append(text)
    segments = _segments(doc, simplified)
    blocks: list[CleanBlock] = []
    current = _Builder(detect_substitution("\n".join(simplified)))
    seen_body = False
    lose_head = False

    def flush() -> None:
        block = current.take()
        if block is not None:
            blocks.append(block)

    for index, seg in enumerate(segments):
        if seg.kind == "gap":
            if current.parts and not _is_closed(current.text):
                current.drop_open_tail()
                lose_head = True
            flush()
            continue
        if seg.kind in ("piece", "salutation"):
            flush()
            current.add(seg.text, seg.line, seg.kind)
            flush()
            # A new piece of a collection page may open with its own title line again.
            seen_body = seg.kind == "salutation"
            continue
        if seg.kind == "link":
            following = segments[index + 1] if index + 1 < len(segments) else None
            inside = (current.parts and current.kind != "heading" and not _is_closed(current.text)
                      and following is not None
                      and following.kind == "text" and not following.after_blank)
            if inside:
                current.add(seg.text, seg.line, "text")
            continue
        text = seg.text
        if lose_head:
            lose_head = False
            if seg.kind == "text" and not seg.continues:
                text = _drop_open_head(text)
                if not text:
                    continue
        # A numbered line starts a paragraph even after an unfinished one; only a page splice continues it.
        joins = (bool(current.parts) and seg.kind == "text" and not _is_closed(current.text)
                 and not seg.after_blank and current.kind != "heading" and not _HEADING.match(text)
                 and not (not seen_body and _looks_like_title(text)))
        if seg.continues and current.parts and not _is_closed(current.text):
            joins = True
        if not joins:
            flush()
            # Lines before the first real paragraph that are not sentences are the article's title lines.
            if not seen_body and seg.kind == "text" and not _is_closed(text) and _looks_like_title(text):
                if _TITLE.search(text) and not _DATE_LINE.match(text) and titles is not None:
                    titles[len(blocks)] = text
                continue
        current.add(text, seg.line, seg.kind)
        seen_body = seen_body or seg.kind != "heading" and _is_closed(text)
    flush()
    return blocks


# The front matter of a printed speech (GB/T 9704 layout, as in a secretary's own .docx): `副区长　张明`, `（2025年2月18日）`.
_SPEAKER_LINE = re.compile(
    r"^[^，。：；！？]{0,16}(?:书记|县长|区长|市长|州长|省长|旗长|镇长|乡长|局长|主任|部长|厅长|院长|委员|主席|常委|处长|科长|代表)"
    r"[^，。：；！？、]{2,4}$"
)
_DATE_LINE = re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$")


def _looks_like_title(text: str) -> bool:
    """Front matter: an article title (…讲话, …工作报告), the speaker line or the date line."""
    if len(text) > 60 or any(c in text for c in "。！？；"):
        return False
    return bool(_TITLE.search(text) or _SPEAKER_LINE.match(text) or _DATE_LINE.match(text))
