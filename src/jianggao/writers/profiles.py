"""The print profiles (gbt9704, speech): page geometry, type sizes and line pitch, as plain numbers.

Kept apart from the python-docx code so that the CLI can list the profiles without importing it."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import UsageError

# Chinese type sizes (字号) in points.
ERHAO = 22.0      # 二号
SANHAO = 16.0     # 三号
XIAOER = 18.0     # 小二
SIHAO = 14.0      # 四号

# Page geometry in twips (1 mm = 1440/25.4 twips), GB/T 9704-2012 §5.2.1 / §5.2.2.
MM = 1440 / 25.4
PAGE_WIDTH = 11906        # A4 210 mm
PAGE_HEIGHT = 16838       # A4 297 mm
MARGIN_TOP = round(37 * MM)
MARGIN_BOTTOM = round(35 * MM)
MARGIN_LEFT = round(28 * MM)
MARGIN_RIGHT = round(26 * MM)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT      # 156 mm
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM    # 225 mm


@dataclass(frozen=True)
class Profile:
    """Type sizes and line pitch of one print profile; the page itself is the same A4 for both."""

    name: str
    body_pt: float        # 正文, headings, 称谓
    title_pt: float       # 公文标题 (and a thematic main title)
    front_pt: float       # 副标题, 讲话人, 日期
    line_twips: int       # exact line pitch of every paragraph, and the grid's linePitch
    chars_per_line: int   # characters a line of body text (sets the character spacing)
    widow_control: bool   # keep a paragraph's first/last line from standing alone on a page
    page_number_pt: float = SIHAO

    @property
    def lines_per_page(self) -> int:
        """How many lines of body text the grid fits on a page."""
        return TEXT_HEIGHT // self.line_twips

    @property
    def char_spacing(self) -> int:
        """w:rPr/w:spacing of body-size text, in 1/20 pt: squeezes (or widens) each character
        just enough that exactly ``chars_per_line`` fill the 156 mm text width.

        Why not a character grid (docGrid linesAndChars + charSpace −841)? Word honours it,
        but LibreOffice then gives every 16 pt character two 15.8 pt grid cells (18 characters
        a line). Character spacing on the styles gives 28 a line in Word, WPS and LibreOffice.
        """
        pitch_twips = TEXT_WIDTH / self.chars_per_line
        return math.floor(pitch_twips - self.body_pt * 20)


PROFILES: dict[str, Profile] = {
    # GB/T 9704-2012 §5.2.2: 三号仿宋, 22 lines × 28 characters. 579 twips = 28.95 pt,
    # and 22 × 579 = 12738 twips fits the 12756-twip (225 mm) text height. Widow control
    # off: with it on, a page often ends a line short and the 22-line page is lost.
    "gbt9704": Profile("gbt9704", body_pt=SANHAO, title_pt=ERHAO, front_pt=SANHAO,
                       line_twips=579, chars_per_line=28, widow_control=False),
    # For reading aloud at the lectern: body, headings, subtitle, speaker and date one size
    # up (小二 18 pt) at a pitch of 35.4 pt (708 twips, about twice the type size) so the eye
    # keeps its line when the speaker looks up. The title stays 二号 22 pt: at 小一 the usual
    # 19-character title (在2025年全区卫生健康工作会议上的讲话) wraps one character onto a
    # second line. 18 × 708 = 12744 twips fills the same text height:
    # 18 lines × 24 characters a page, the same page and margins as gbt9704. Widow control
    # on: a speaker should not turn the page for one line.
    "speech": Profile("speech", body_pt=XIAOER, title_pt=ERHAO, front_pt=XIAOER,
                      line_twips=708, chars_per_line=24, widow_control=True),
}


def get_profile(name: str) -> Profile:
    """The profile called ``name``; UsageError naming the known ones otherwise."""
    try:
        return PROFILES[name]
    except KeyError:
        known = "、".join(PROFILES)
        raise UsageError(f"未知的排版方案「{name}」，可选：{known}", field="--profile",
                         english=f"unknown profile {name!r}; choose one of {', '.join(PROFILES)}") from None
