"""Composition, the pure core: Brief × PhraseBank × Templates → Speech (no file or terminal I/O)."""
from __future__ import annotations

import re
from typing import Any

from ..errors import TemplateError
from ..model.bank import PhraseBank
from ..model.brief import Brief
from ..model.slots import fill_slots
from ..model.speech import HEADING_LEVELS, Block, Heading, Paragraph, Speech
from .context import BriefView, brief_view, review_topics, slot_values, task_topics
from .numbers import chinese_count, how_many, ordinal_item
from .picker import (
    Picker,
    TopicView,
    as_fragment,
    as_sentence,
    is_headline,
    sentence_key,
    sentences_of,
)
from .templating import Outline, Templates

__all__ = ["compose", "parse_markup", "number_headings", "MAX_FILL"]

# How far the templates may stretch a speech: at fill 0 each part says the least it can, each step
# adds picks and areas.  compose walks up from 0 until the body reaches brief.target_length.
MAX_FILL = 36
# Fill levels rendered first (see compose): the steep part of the curve ends around the second.
KNOTS = (0, 16, MAX_FILL)

_HEADING_LINE = re.compile(r"^(#{1,4})\s+(.*)$")
_MARKER = re.compile(r"¶|(?<!#)#{1,4} ")
# Template lines join without spaces; spaces next to Chinese text are layout, spaces between Latin
# words or inside a brief value such as "{{ 7*7 }}" are kept.
_CJK = "\u3000-\u9fff\uff00-\uffef"
_TIDY = ((re.compile(r"([。！？；，：、])[。，；]+"), r"\1"),
         (re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+|[ \t\u3000]+(?=[{_CJK}])"), ""),
         (re.compile(r"：。"), "："))


def _tidy(text: str) -> str:
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text


def parse_markup(text: str) -> list[Block]:
    """Template text → blocks.  The markup is line based so that an empty pick never breaks a paragraph:

    - ``¶ text`` starts a paragraph;
    - ``## text`` starts a heading of that level (1–4 ``#``); the lines after it, up to the next
      ``¶`` or heading, run on as its body (（一）加强组织领导。要……);
    - any other line continues the current block, joined without spaces (Chinese);
    - blank lines mean nothing.
    """
    pending: list[tuple[int, list[str], list[str]]] = []   # (level or 0, title parts, body parts)
    # trim_blocks eats the newline after a block tag, so a marker may follow text on the same line.
    text = _MARKER.sub(lambda m: "\n" + m.group(0), text)
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = _HEADING_LINE.match(line)
        if m:
            pending.append((len(m.group(1)), [m.group(2)], []))
        elif line.startswith("¶"):
            pending.append((0, [], [line[1:]]))
        elif pending:
            pending[-1][2].append(line)
        else:
            pending.append((0, [], [line]))
    blocks: list[Block] = []
    for level, title_parts, body_parts in pending:
        body = _tidy("".join(body_parts))
        if level:
            title = _tidy("".join(title_parts))
            title = as_sentence(title) if body else as_fragment(title)
            if title:
                blocks.append(Heading(level=level, number="", text=title, body=body))
                continue
        if body and body.strip("。，；："):
            blocks.append(Paragraph(body))
    return blocks


def _number(level: int, n: int) -> str:
    if level == 1:
        return chinese_count(n) + "、"
    if level == 2:
        return f"（{chinese_count(n)}）"
    if level == 3:
        return f"{n}."
    return f"（{n}）"


def number_headings(blocks: list[Block]) -> tuple[Block, ...]:
    """Number every heading in sequence (一、 （一） 1. （1）), restarting below each higher heading."""
    assert set(HEADING_LEVELS) == {1, 2, 3, 4}
    counters = [0, 0, 0, 0, 0]
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Heading):
            counters[b.level] += 1
            for deeper in range(b.level + 1, 5):
                counters[deeper] = 0
            out.append(Heading(b.level, _number(b.level, counters[b.level]), b.text, b.body))
        else:
            out.append(b)
    return tuple(out)


def _front_matter(brief: Brief, outline: Outline) -> dict[str, str]:
    title = fill_slots(outline.title, {"meeting": brief.meeting_name})
    sp = brief.speaker
    speaker_line = "\u3000".join(x for x in (sp.title, sp.name) if x)
    date_line = f"（{brief.date.year}年{brief.date.month}月{brief.date.day}日）" if brief.date else ""
    return {"title": title, "speaker_line": speaker_line, "date_line": date_line,
            "salutation": outline.salutation}


def _context(view: BriefView, picker: Picker, outline: Outline, fill: int, kind: str) -> dict[str, Any]:
    parts = outline.part_count
    return {
        "b": view,
        "kind": kind,
        "fill": fill,
        "parts": parts,
        "parts_cn": how_many(parts) if parts else "",
        "tasks": task_topics(view, fill, kind),
        "reviews": review_topics(view, fill, kind),
        "pick": picker.pick,
        "picks": picker.picks,
        "vary": picker.vary,
        "deal": picker.deal,
        "available": picker.count,
        "cn": chinese_count,
        "many": how_many,
        "nth": ordinal_item,
        "sentence": as_sentence,
        "general": TopicView("general", view.main_topic.name),
    }


def _compose_once(brief: Brief, bank: PhraseBank, templates: Templates, seed: int, fill: int) -> Speech:
    outline = templates.outline(brief.kind)
    view = brief_view(brief)
    picker = Picker(bank, kind=brief.kind,
                    slots=slot_values(brief, parts=outline.part_count, topic=view.main_topic), seed=seed,
                    main_topic=view.main_topic.key, keep=brief_words(view))
    ctx = _context(view, picker, outline, fill, brief.kind)
    blocks: list[Block] = []
    for index, section in enumerate(outline.sections):
        if section.heading:
            text = picker.pick_or_own("heading", section.heading, [_fill_view(f, view) for f in section.fallback],
                                      topic=ctx["general"], max_len=40)
            blocks.append(Heading(1, "", as_fragment(text) or _fill_view(section.fallback[0], view)))
        text = templates.render(section.template, {**ctx, "section": section, "index": index,
                                                    "options": section.options})
        blocks.extend(parse_markup(text))
    front = _front_matter(brief, outline)
    blocks = tighten(blocks, brief_clauses(view))
    return Speech(kind=brief.kind, blocks=number_headings(blocks), **front)


def brief_clauses(view: BriefView) -> tuple[str, ...]:
    """The brief's own statements as they are written into the speech: a sentence carrying one is data."""
    out: list[str] = [*view.problems, view.closing]
    for r in view.achievements:
        out += [*r.results, *r.setbacks, *r.facts]
    for t in view.priorities:
        out += [*t.items, *t.targets]
    return tuple(x for x in out if x)


def brief_words(view: BriefView) -> tuple[str, ...]:
    """Everything the secretary typed as it enters the speech: names, areas and statements, which the
    templates' wording variants must leave exactly as typed."""
    out = [view.region, view.region_short, view.meeting, view.speaker, view.speaker_title, view.org,
           view.speaker_unit, view.main_topic.name, *brief_clauses(view)]
    out += [s.name + s.title + s.content for s in view.previous_speakers]
    out += [x for s in view.previous_speakers for x in (s.name, s.title, s.content)]
    out += [r.topic.name for r in view.achievements] + [t.topic.name for t in view.priorities]
    return tuple(x for x in out if x)


# Words shared by nearly every sentence of a health speech: sharing them is not saying the same thing.
_COMMON = ("卫生", "健康", "医疗", "工作", "群众", "人民", "一步", "各项", "服务")


def _key_words(key: str) -> set[str]:
    """The 4-character runs of a sentence key that are not shared health-speech vocabulary."""
    return {key[i:i + 4] for i in range(len(key) - 3)
            if not any(w in key[i:i + 4] for w in _COMMON)}


# A run of this many characters shared with the heading (or with an earlier sentence of the same paragraph)
# is the same thing said twice: 「（四）守牢母婴安全底线。要守牢母婴安全底线，……」.
_ECHO_LEAD = 8
_ECHO_BODY = 9


def _echoes(key: str, earlier: str, run: int) -> bool:
    return any(key[i:i + run] in earlier for i in range(len(key) - run + 1))


def _tighten_text(text: str, lead: str, seen: set[str], clauses: tuple[str, ...]) -> str:
    """One paragraph read as a listener hears it (issue 3, "stacked fragments"): a sentence said before
    goes; after the lead, a headline-short sentence goes, and so does a short one repeating the key
    words of an earlier one (加强领导 ×3), and one echoing a long run of the heading or of an earlier
    sentence.  The brief's own statements are never dropped here."""
    kept: list[str] = []
    lead_key = sentence_key(lead) if lead else ""
    earlier = lead_key          # keys said so far in this paragraph, "|"-separated
    for s in sentences_of(text):
        k = sentence_key(s)
        if not k or k in seen:
            continue
        if (kept or lead) and not any(c in s for c in clauses):
            if is_headline(s):
                continue
            if len(k) <= 20 and "我" not in s and any(g in earlier for g in _key_words(k)):
                continue
            if (lead_key and _echoes(k, lead_key, _ECHO_LEAD)) or _echoes(k, earlier[len(lead_key):], _ECHO_BODY):
                continue
        seen.add(k)
        earlier += "|" + k
        kept.append(s)
    return "".join(kept)


def tighten(blocks: list[Block], clauses: tuple[str, ...]) -> list[Block]:
    """Every paragraph and subheading body tightened (see _tighten_text); emptied paragraphs go."""
    seen: set[str] = set()
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Heading):
            body = _tighten_text(b.body, b.text, seen, clauses) if b.body else ""
            out.append(Heading(b.level, b.number, b.text, body))
        else:
            text = _tighten_text(b.text, "", seen, clauses)
            if text.strip("。，；："):
                out.append(Paragraph(text))
    return out


def _fill_view(pattern: str, view: BriefView) -> str:
    """An outline's own heading wording may name {region} {scope} {topic} {year}: filled in one pass."""
    values = {"region": view.region, "scope": view.scope, "topic": view.main_topic.name,
              "year": str(view.year), "prev_year": str(view.prev_year), "region_short": view.region_short, "level": view.level}
    try:
        return fill_slots(pattern, values)
    except KeyError as exc:
        raise TemplateError(f"提纲标题中的占位符 {{{exc.args[0]}}} 不可用", english="unknown slot in outline") from None


def compose(brief: Brief, bank: PhraseBank, templates: Templates, *, seed: int | None = None) -> Speech:
    """The speech for ``brief``: same brief, bank, templates and seed ⇒ the identical speech.

    Length: the templates are rendered at a few fill levels that bracket brief.target_length and at
    the fill their line puts at it; the render closest to it wins (DESIGN: within ±15% when the bank is rich
    enough; a thin bank caps how long a speech can honestly get).
    """
    seed = brief.seed if seed is None else seed
    target = brief.target_length
    tried: dict[int, int] = {}
    speeches: dict[int, Speech] = {}

    def at(fill: int) -> int:
        fill = max(0, min(MAX_FILL, fill))
        if fill not in tried:
            speeches[fill] = _compose_once(brief, bank, templates, seed, fill)
            tried[fill] = speeches[fill].body_length()
        return tried[fill]

    # Length grows with fill, steeply up to the middle knot and slowly after (the bank runs dry before the
    # templates do): render the KNOTS in turn until two bracket the target, then the fill
    # their line puts at the target -- two to four renders, instead of one per step.
    knots = KNOTS
    below = knots[0]
    for knot in knots:
        if at(knot) >= target:
            if knot != below and tried[below] < target:
                share = (target - tried[below]) / (tried[knot] - tried[below])
                at(below + round(share * (knot - below)))
            break
        below = knot
    best = min(tried, key=lambda f: (abs(tried[f] - target), tried[f]))
    return speeches[best]
