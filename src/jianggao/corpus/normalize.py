"""Character-level repairs of one line of corpus text: 繁→简, punctuation, placeholders, stray spaces and marks."""
from __future__ import annotations

import re
from functools import lru_cache

from .pinyin import strip_pinyin

PLACEHOLDER = "⟨某⟩"        # a name, place or number the site blanked out (xx / XX / ** / __ / empty “”)
YEAR_PLACEHOLDER = "⟨年⟩"   # a year the site blanked out (20xx / 20** / 二〇xx / xx年)

CJK = "\u3400-\u9fff\uf900-\ufaff"
# Full-width punctuation a space may sit next to without separating two words.
_FW_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】「」『』…—·⟨⟩％‰"


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # loaded on first use: `jianggao --help` must stay fast

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s); already-simplified text comes back unchanged."""
    return _t2s().convert(text) if text else text


def simplify_line(line: str) -> str:
    """Pinyin annotations dropped, then 繁→简: the first step for every raw line."""
    return to_simplified(strip_pinyin(line))


# --- punctuation -------------------------------------------------------------------------------------------------

# Some sites replace Chinese quotes with the vertical ones from the CJK compatibility block.
_NEEDS_FIX = re.compile("[〝〞＂％\u00a0\u3000\t\\\\]")
_QUOTE_FIX = str.maketrans({"〝": "“", "〞": "”", "＂": "\"", "％": "%", "\u00a0": " ", "\u3000": " ", "\t": " "})
_COMMA = re.compile(rf"(?<=[{CJK}{_FW_PUNCT}\d%)])\s*,\s*(?=[{CJK}{_FW_PUNCT}⟨\"“(])|(?<=[{CJK}{_FW_PUNCT}%)]),\s*")
_COLON = re.compile(rf"(?<=[{CJK}”）)])\s*:\s*")
_SEMICOLON = re.compile(rf"(?<=[{CJK}{_FW_PUNCT}\d%])\s*;\s*")
_BANG = re.compile(rf"(?<=[{CJK}”）)])\s*!")
_QUESTION = re.compile(rf"(?<=[{CJK}”）)])\s*\?")
# ASCII brackets around Chinese (or around a Chinese ordinal) become full-width: (一) → （一）, (试行) → （试行）.
_PARENS = re.compile(rf"\(([^()\n]{{0,60}}?[{CJK}⟨][^()\n]{{0,60}}?)\)")
_HALF_OPEN = re.compile(rf"\((?=[{CJK}])")
_HALF_CLOSE = re.compile(rf"(?<=[{CJK}])\)")
_DOUBLE_STOP = re.compile(r"。{2,}")
_STRAY_BRACKET = re.compile(r"(?<=《)[（(]")   # 《(传染病防治法》


def normalize_punctuation(text: str) -> str:
    """ASCII punctuation inside Chinese text turned full-width, as printed speeches have it."""
    if _NEEDS_FIX.search(text):
        text = text.translate(_QUOTE_FIX).replace("\\'", "").replace("\\\"", "")
    if "," in text:
        text = _COMMA.sub("，", text)
    if ":" in text:
        text = _COLON.sub("：", text)
    if ";" in text:
        text = _SEMICOLON.sub("；", text)
    if "!" in text:
        text = _BANG.sub("！", text)
    if "?" in text:
        text = _QUESTION.sub("？", text)
    if "(" in text:
        text = _PARENS.sub(r"（\1）", text)
        text = _HALF_OPEN.sub("（", text)
    if ")" in text:
        text = _HALF_CLOSE.sub("）", text)
    if "《" in text:
        text = _STRAY_BRACKET.sub("", text)
    return _DOUBLE_STOP.sub("。", text) if "。。" in text else text


# --- placeholders ------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?:20|二〇|二零|二0)(?:[xX×*＊_]{2})(?![xX*_])|(?<![A-Za-z\d])[xX×]{1,4}(?=年)")
# 示范 once went through a filter that masked 范 (范文 is a keyword these sites police): 示xx县 is 示范县.
_MASKED_FAN = re.compile(r"示[xX]{2}(?=[县区市乡镇村点单基项医])")
# Each alternative starts with the character it consumes (lookbehinds after it), so the scan jumps from one
# candidate character to the next instead of trying every position.
_MASK = re.compile(
    r"[xX×](?<![A-Za-z][xX×])[xX×]+(?![A-Za-z])"          # xx / XX / xxxx, not inside an English word (who, his)
    r"|[xX×](?<![A-Za-z][xX×])(?=[.．\d]|[" + CJK + r"])(?![光线])"   # x.24万 / x年: a masked digit or name
    r"|[*＊]{2,}|_{2,}|＿{2,}|“\s*”|\"\s*\""
    r"|[*＊](?<=[" + CJK + r"][*＊])(?=[" + CJK + r"\d])"     # 收集了*条: a single masked digit
)
_REPEATED = re.compile(f"(?:{re.escape(PLACEHOLDER)}){{2,}}")


# `在、政府的统一领导下`, `、县政府组织召开`: a name (县委) the site deleted in front of an enumeration comma.
# Only after marks and words that cannot end a list item (参与、 普及、 are real list items).
_DELETED_BEFORE_COMMA = re.compile(r"(?:^|(?<=[在经，。：；“（]))、")
# literal first, so the scan jumps from 、 to 、 (the pattern above starts with a lookbehind)
_DELETED_BEFORE_COMMA_HINT = re.compile(r"、(?<=[在经，。：；“（]、)")
# OCR read 11 as ll: `去年ll月`.
_OCR_ELEVEN = re.compile(r"(?<![A-Za-z])ll(?=月)")


def mark_placeholders(text: str) -> str:
    """Blanked-out names and years turned into PLACEHOLDER / YEAR_PLACEHOLDER, so the miner sees them."""
    if "、" in text and (text.startswith("、") or _DELETED_BEFORE_COMMA_HINT.search(text)):
        text = _DELETED_BEFORE_COMMA.sub(PLACEHOLDER + "、", text)
    if "ll" in text:
        text = _OCR_ELEVEN.sub("11", text)
    if not any(c in text for c in "xX×*＊_＿") and "“”" not in text and "\"\"" not in text and "“ " not in text:
        return text
    text = _MASKED_FAN.sub("示范", text)
    text = _YEAR.sub(YEAR_PLACEHOLDER, text)
    text = _MASK.sub(PLACEHOLDER, text)
    return _REPEATED.sub(PLACEHOLDER, text)


# --- marks a site scattered inside words -------------------------------------------------------------------------

# 胡-锦-涛: sites hyphenate leaders' names to dodge filters. 区-镇-村 (three levels) is a genuine series.
_HYPHEN_NAME = re.compile(rf"(?<!-)([{CJK}])-([{CJK}])-([{CJK}])(?:-([{CJK}]))?(?!-)")
_LEVELS = set("省市县区乡镇村组户")
# 一卡-通: a hyphen before the last character of a word.
_HYPHEN_TAIL = re.compile(rf"(?<=[{CJK}]{{2}})-(?=[{CJK}](?![{CJK}\-]))")
_STRAY_DOT = re.compile(rf"(?<=[{CJK}])\.(?=[{CJK}])")       # 合管委的.建设
_STRAY_UNDERSCORE = re.compile(rf"(?<=[{CJK}])_(?=[{CJK}])")  # 医药卫生_改革


def _join_name(match: re.Match) -> str:
    chars = [c for c in match.groups() if c]
    return match.group(0) if set(chars) <= _LEVELS else "".join(chars)


def remove_stray_marks(text: str) -> str:
    """Hyphens inside names (胡-锦-涛), dots and underscores dropped between characters."""
    if "-" in text:
        text = _HYPHEN_NAME.sub(_join_name, text)
        text = _HYPHEN_TAIL.sub("", text)
    if "." in text:
        text = _STRAY_DOT.sub("", text)
    if "_" in text:
        text = _STRAY_UNDERSCORE.sub("", text)
    return text


# --- spaces ------------------------------------------------------------------------------------------------------

_NARROW = f"[{CJK}{_FW_PUNCT}]"
# A space next to a Chinese character or full-width mark separates nothing: 综合 医 改试点, “ 十三五 ”.
_SPACE_CJK = re.compile(rf"(?<={_NARROW})\s+|\s+(?={_NARROW})")
# Digits spaced out one by one: 2 0 0 8年, 9 0％.
_SPACED_DIGITS = re.compile(r"(?<=\d) (?=\d(?:\D|$))|(?<=\d) (?=\d \d)")


def close_spaces(text: str) -> str:
    """Spaces inside Chinese text removed; a single space kept between two Latin words."""
    if " " not in text:
        return text
    text = _SPACE_CJK.sub("", text)
    text = _SPACED_DIGITS.sub("", text)
    return re.sub(r" {2,}", " ", text).strip()
