"""Where a draft's date and level come from: the flags or the brief, else its own title and date line."""
from __future__ import annotations

import re
from datetime import date

from ..errors import UsageError
from .occasion import Occasion
from .place import level_named

_DATE_LINE = re.compile(r"^[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]$")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?")
_TITLE = re.compile(r"(?:讲话|致辞|发言|报告|讲话稿|表态|主持词)")
# 全县, 全区 … in the title (在2024年全市…会议上的讲话); the longest first (全街道 before 全街).
_SCOPE = re.compile(r"全(街道|市辖区|省|市|州|盟|县|区|旗|乡|镇)")
_SPEAKER = re.compile(r"(?:副)?(省|市|州|盟|县|区|旗|乡|镇)长|(?:街道)(?:党工委)?(?:书记|主任)")
_HEAD_LINES = 6


def read_front_matter(paragraphs: list[str]) -> tuple[date | None, int | None, str | None]:
    """(date, year, level) as the draft's own front matter states them, each None when it does not."""
    day = year = level = None
    head = paragraphs[:_HEAD_LINES]
    for text in head:
        m = _DATE_LINE.match(text.strip())
        if m and day is None:
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                day = None
    titles = [t for t in head if len(t) <= 80 and not t.endswith(("。", "！", "？")) and
              (_TITLE.search(t) or t.startswith("——"))]
    for title in titles:
        if year is None and (m := _TITLE_YEAR.search(title)):
            year = int(m.group(1))
        if level is None and (m := _SCOPE.search(title)):
            level = m.group(1)
    speaker_level = None
    for text in head:
        if len(text) <= 24 and (m := _SPEAKER.search(text)):
            speaker_level = m.group(1) or "街道"
            break
    # A township's pledge (表态发言) is given at the county's meeting: the title's 全县 names the meeting,
    # the speaker line (石门镇镇长) the level the speech speaks for.
    pledge = any("表态" in t or t.endswith("发言") for t in titles)
    if level is None or (pledge and speaker_level in ("乡", "镇", "街道")):
        level = speaker_level or level
    return day, year, level


def resolve(paragraphs: list[str], *, day: date | None, year: int | None, level: str | None,
            file: str) -> Occasion:
    """The occasion to check ``paragraphs`` against; the flags win over the draft's own front matter.

    Raises UsageError naming the missing flag when neither says."""
    own_day, own_year, own_level = read_front_matter(paragraphs)
    level = level or own_level
    if level is None:
        raise UsageError("无法从标题判断讲话的层级，请用 --level 指定（如 县、区、市、镇）", file=file)
    named = level_named(level)
    if named is None:
        raise UsageError(f"未知的层级“{level}”，--level 可为 省 市 州 盟 县 区 旗 市辖区 乡 镇 街道", file=file)
    level = named.name
    if day is not None:
        return Occasion.on(day, level)
    if year is not None:
        return Occasion.in_year(year, level)
    if own_day is not None:
        return Occasion.on(own_day, level)
    if own_year is not None:
        return Occasion.in_year(own_year, level)
    raise UsageError("无法从标题或日期行判断讲话日期，请用 --date YYYY-MM-DD 或 --year YYYY 指定", file=file)
