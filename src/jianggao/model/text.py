"""Text hygiene for anything written into XML: drop what XML 1.0 cannot hold and stray control characters."""
from __future__ import annotations

import re
from functools import lru_cache

# XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# We go further and also drop C1 controls (U+0080–U+009F) and DEL: they are legal XML but
# come only from mis-decoded web copies, and Word shows them as boxes.
_FORBIDDEN = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
# Invisible characters that a pasted brief often carries (BOM, zero-width space/joiners);
# in a printed speech they only break searching and character counts. Also the bidirectional
# controls (U+200E/F, U+061C, U+202A–202E, U+2066–2069: U+202E printed a name backwards) and the
# tag characters (U+E0000–E007F, invisible text riding along with an emoji): what prints must be
# what was typed and seen.
_INVISIBLE = ("[\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
              "\U000e0000-\U000e007f]")
# Everything a brief's text loses (line breaks stay: a brief value may hold several lines), and what xml_safe drops:
# one pattern of single characters, so removing it is removing the two sets one after the other (one compile).
UNPRINTABLE = re.compile(f"{_FORBIDDEN}|{_INVISIBLE}")
# A paragraph is one line of the speech: a tab or line break inside it is pasting noise.
_LINE_BREAKS = re.compile("[\t\r\n\u2028\u2029\x85]+")


def xml_safe(text: str) -> str:
    """Return ``text`` with every character XML 1.0 forbids, control characters and
    invisible zero-width marks removed; tabs and line breaks become a single space."""
    return UNPRINTABLE.sub("", _LINE_BREAKS.sub(" ", text))


# What an unfilled template leaves behind (DESIGN: a finished speech never contains it), each piece with what it
# is. The one definition: the brief refuses it typed into a value (model.brief), the picker skips a bank phrase
# holding it (compose.picker), lint reports it in a draft (lint.residue), the bank audit flags an entry (corpus.audit).
# The table is pattern text: only lint, on a draft where RESIDUE found something, compiles the rules one by one
# (``residue_rules``); everyone else asks the one pattern below.
_RESIDUE_TABLE: tuple[tuple[str, str], ...] = (
    (r"\{\{?[^{}\n]{0,30}\}?\}|[{}｛｝]", "模板占位符未替换"),                          # {region}, {{ … }}, a lone brace
    (r"(?:19|20)[xX×＊*]{2}年?|[xX×]{1,4}年(?=[\u4e00-\u9fff])", "年份占位符未替换"),     # 20xx年, x年x月
    (r"(?<![A-Za-z])(?:[xX]{2,}|[Ｘｘ]{2,})(?![A-Za-z])", "“xx”占位符未替换"),          # xx县 (not Foxx)
    (r"×{2,}", "“××”占位符未替换"),
    (r"某某", "“某某”占位符未替换"),
    (r"\*{2,}|＊{2,}", "“**”残留（占位符或 Markdown 标记）"),
    (r"[_＿]{2,}|＿", "“__”填空线残留"),
    (r"“\s*”|\"\s*\"|‘\s*’|《\s*》|（\s*）|\(\s*\)", "空引号或空括号：内容缺失"),
    (r"【[^】\n]{0,30}】", "“【】”占位标记残留"),
)
# All of them in one pattern, for a yes/no (callers add their own: the picker also skips digits, for example).
RESIDUE = re.compile("|".join(f"(?:{rx})" for rx, _ in _RESIDUE_TABLE))


@lru_cache(maxsize=1)
def residue_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each piece of residue's pattern with what it is, in order (lint names the piece it found)."""
    return tuple((re.compile(rx), what) for rx, what in _RESIDUE_TABLE)


def template_residue(text: str) -> str | None:
    """The first piece of template residue in ``text`` (某某, xx, 20xx, {…}, 【…】, ＿＿ …), or None."""
    found = RESIDUE.search(text)
    return found.group(0) if found else None


@lru_cache(maxsize=65536)
def shares_run(a: str, b: str, n: int) -> bool:
    """Whether ``a`` and ``b`` share a run of at least ``n`` characters (``longest_run(a, b) >= n``, asked by its
    runs of ``n``: a run of ``n`` or more holds one of them; kept, as compose asks the same pairs in each wording of a
    brief held to its length)."""
    return any(map(b.__contains__, (a[i:i + n] for i in range(len(a) - n + 1)))) if n > 0 else True


@lru_cache(maxsize=16384)   # (a render asks ~1,000 times of ~300 pairs: plan, answers and finish ask the same again)
def longest_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share (compose.plan and compose.answers: a problem
    and the item or area that names it)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def starts_of(word: str, text: str, overlapping: bool = True) -> list[int]:
    """Where ``word`` starts in ``text``: every start, overlapping ones too (什么什 in 什么什么什: 0 and 2), or, not
    ``overlapping``, each search going on after the last found (as ``re.finditer`` does: 0 only).  Found with
    ``str.find``: compose asks it of every sentence for every clause of the brief, where building an escaped pattern
    for each pair cost a tenth of a render (issue 11)."""
    out: list[int] = []
    if not word:
        return out
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + (1 if overlapping else len(word)))
    return out
