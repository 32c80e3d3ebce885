"""`number` findings: GB/T 15835-2011 forms — Arabic for measures, Chinese for set phrases — and GB/T 9704
heading numbers (`1.` not `1、` at level 3)."""
from __future__ import annotations

import re

from .finding import Finding
from .sentences import sentence_at

_CN = "零一二三四五六七八九十百千万两"
_CN_VALUE = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def chinese_to_int(text: str) -> int | None:
    """`一百二十` → 120, `十五` → 15, `三万` → 30000; None when it is not a plain numeral."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_VALUE:
            if digit is not None:
                return None  # 三四: an approximation, not a number
            digit = _CN_VALUE[ch]
        elif ch in _CN_UNIT:
            section += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
        elif ch == "万":
            total = (total + section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


_ARABIC_TO_CN = "零一二三四五六七八九"


def int_to_chinese(n: int) -> str:
    """Counts of points and ordinals up to 99 (`3` → 三, `14` → 十四, `20` → 二十)."""
    if n < 10:
        return _ARABIC_TO_CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ARABIC_TO_CN[tens]) + "十" + (_ARABIC_TO_CN[ones] if ones else "")


# A level-3 heading numbered `1、` (GB/T 9704 §7.3.5 numbers it `1.`); `1、2、3、` inside a list is not a heading.
# (What follows the 、 is looked at in Python, _opens_text: a class spanning the CJK block costs ~0.7 ms to compile.)
_HEADING_COMMA = re.compile(r"^(\d{1,2})、(?=\s*(.))")
_HEADING_PAREN_COMMA = re.compile(r"^([（(][一二三四五六七八九十\d]{1,3}[)）])[、，.．]")
_HEADING_CN_DOT = re.compile(r"^([一二三四五六七八九十]{1,3})[.．](?!\d)")
# A rate's change: 覆盖率…同比提高3.1% should be 3.1个百分点.
_RATE_CHANGE = re.compile(
    r"(?:(?<![效频功速税汇利])率|占比|比重|比例)(?:(?:达到|达|为|升至|提高到|提升至|降至|下降到|降低到)\s*\d+(?:\.\d+)?\s*[%％][，,]?\s*)?"
    r"(?:同比|比上年|较上年|比去年|较去年|比\d{4}年|较\d{4}年)?"
    r"(?:提高|提升|增长|增加|上升|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*([%％])")
# Chinese numerals for a measure: 五十张床位, 三个百分点, 一百二十万元.
_CN_MEASURE = re.compile(
    rf"(?<![{_CN}第几])([{_CN}]{{1,8}})(?![多余来几])"
    r"(个百分点|万元|亿元|万人次|人次|平方米|张床位|张病床|张|万人|名|所|家|辆|台|例|个(?!方面)|项|户|对|处|人(?!口))")
# Arabic numerals in set phrases: 讲3点意见, 14五, 19届5中全会, 20大, 1是…2是….
_ARABIC_SET = (
    (re.compile(r"(讲|谈|强调|提出|说)(\d{1,2})(点)"), "讲话要点的数目用汉字"),
    (re.compile(r"(?<!\d)(\d{1,2})(个方面)"), "“几个方面”的数目用汉字"),
    (re.compile(r"[“\"]?(?<!\d)(1[1-5])(五)(?!\d)"), "五年规划的名称用汉字"),
    (re.compile(r"(?<!\d)(1[6-9]|20)(届)(\d)(中全会)"), "全会届次用汉字"),
    (re.compile(r"(?<!\d)(1[6-9]|20)(大)(?=精神|报告|以来|胜利召开)"), "党代会届次用汉字"),
    (re.compile(r"(?:^|(?<=[：:；;，,。]))(\d)(是)"), "“一是、二是”用汉字"),       # and a Chinese character next
)
_ORDINAL = _ARABIC_SET[-1][0]
_FULL_WIDTH_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
_LEADING_ZERO = re.compile(r"(\d{4})年0(\d)月|(?<=月)0(\d)日|(?<![\d.])0(\d)月(?=\d{1,2}日)")


def _han(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a CJK ideograph (U+4E00–U+9FFF); False past the end."""
    return at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


def _measure_is_fault(numeral: str, unit: str) -> bool:
    value = chinese_to_int(numeral)
    # 千家万户, 百家争鸣: a bare 十/百/千/万 is an idiom's, not a measure's.
    if value is None or not any(c in _CN_VALUE for c in numeral):
        return False
    if unit in ("个百分点", "万元", "亿元", "万人次", "人次", "平方米", "张床位", "张病床", "万人"):
        return True
    # 一名 两家 三所: small counts read naturally in Chinese; a measure of ten or more is written in figures.
    return value >= 10


def _full_width_to_half(text: str) -> str:
    return text.translate({0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0E: 0x2E})


def check_numbers(paragraphs: list[str]) -> list[Finding]:
    """Number-form findings of every paragraph."""
    return [f for index, paragraph in enumerate(paragraphs, 1) for f in _paragraph_numbers(index, paragraph)]


def _paragraph_numbers(index: int, paragraph: str) -> list[Finding]:
    """Number-form findings of one paragraph (``index`` counts from 1)."""
    found: list[Finding] = []

    def add(start: int, end: int, message: str, suggestion: str | None) -> None:
        found.append(Finding(index, sentence_at(paragraph, start), "number", paragraph[start:end], message,
                             suggestion, start, end))

    m = _HEADING_COMMA.match(paragraph)
    if m and (m.group(2) == "“" or _han(m.group(2), 0)):
        add(0, m.end(), "三级标题序号应写作“1.”，不用“1、”（GB/T 9704）", f"{m.group(1)}.")
    m = _HEADING_PAREN_COMMA.match(paragraph)
    if m:
        add(0, m.end(), "括号序号后不再加顿号或点号（GB/T 9704）", m.group(1))
    m = _HEADING_CN_DOT.match(paragraph)
    if m:
        add(0, m.end(), "一级标题序号应写作“一、”（GB/T 9704）", f"{m.group(1)}、")
    for m in _RATE_CHANGE.finditer(paragraph):
        a, b = m.start(1), m.end(2)
        add(a, b, "率的增减应以“个百分点”表示，不用“%”（GB/T 15835）", f"{m.group(1)}个百分点")
    for m in _CN_MEASURE.finditer(paragraph):
        numeral, unit = m.group(1), m.group(2)
        if _measure_is_fault(numeral, unit):
            add(m.start(), m.end(), "计量数值应使用阿拉伯数字（GB/T 15835）",
                f"{chinese_to_int(numeral)}{unit}")
    for rx, why in _ARABIC_SET:
        for m in rx.finditer(paragraph):
            if rx is _ORDINAL and not _han(paragraph, m.end()):
                continue
            groups = list(m.groups())
            fixed = "".join(int_to_chinese(int(g)) if g.isdigit() else g for g in groups)
            add(m.start(), m.end(), f"{why}（GB/T 15835）", fixed)
    for m in _FULL_WIDTH_DIGITS.finditer(paragraph):
        add(m.start(), m.end(), "数字应使用半角阿拉伯数字", _full_width_to_half(m.group()))
    for m in _LEADING_ZERO.finditer(paragraph):
        fixed = re.sub(r"(?<!\d)0(\d)", r"\1", m.group())
        add(m.start(), m.end(), "日期中的月、日不加前导零（GB/T 15835）", fixed)
    return found
