"""Which 创建 titles a brief's place holds and which it is applying for: a line on the other status is not said."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Reading 44: 「已经命名的卫生镇要按期接受复审」 in the speech of a town only applying to be one (r3, county text addressed
# to many towns), and 「慢性病综合防控示范区创建要对照国家标准逐项自评，已经命名的要按要求接受复审」 to one district (r6): a
# place is creating a title or keeping one it holds, and its speech says which.  A title is re-examined (复审) only once
# it has been named, so a line on 复审, 已命名 or keeping a title's 成果 is said only where the brief says the place holds
# it; a line on creating or applying is not said where the place holds the title and the brief gives no new creation.

# The kinds of title, each with the words that name it in a line or a brief (卫生城市, 卫生县城, 卫生乡镇 are one
# campaign, 卫生城镇创建; the rest each its own).
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("health_town", re.compile(r"卫生(?:城市|县城|城镇|乡镇|强镇|[镇乡村])|卫生创建|创卫|卫生单位")),
    ("ncd_zone", re.compile(r"慢性病综合防控示范区|慢病(?:综合防控)?示范区|示范区")),
    ("healthy_city", re.compile(r"健康(?:城市|县城|乡镇|村镇|[镇村])(?!居民)|健康促进(?:县|区|市|示范)")),
    ("civilised_city", re.compile(r"文明城市|创文|文明城")),
    ("graded_hospital", re.compile(r"[二三]级甲等|[二三]甲|等级医院|等级评审")),
    ("tcm_county", re.compile(r"中医药(?:工作)?先进|全国基层中医药工作示范")),
)

# A line (or a brief's statement) on a title held: its 复审, its naming, keeping what it won.
HOLDING = re.compile(r"复审|复核|已经命名|已获命名|已命名|获得命名|命名的|被命名|命名为|称号|摘牌|"
                     r"巩固.{0,10}(?:创建|创卫|创文|示范区).{0,2}成果|(?:创建|创卫|示范区)成果.{0,6}(?:巩固|保持)")
# … a brief's statement that the place won it (成功创建国家卫生县城, 通过省级卫生镇考核验收, 获评…)
WON = re.compile(r"成功创建|创成|建成了|获评|荣获|获得|被命名|命名为|通过.{0,12}(?:验收|评审|复审|考核|鉴定)|顺利通过|保持")
# A line (or a brief's statement) on creating or applying for one.
CREATING = re.compile(r"创建|申报|争创|创卫|创文|迎检|达标|评审")
# A title of the townships and units below a county or a city (卫生乡镇, 卫生村, 卫生单位, or 卫生创建 with no title
# named): its speech speaks to many places, some named, some applying.
TOWNSHIP_TITLE = re.compile(r"卫生(?:乡镇|[镇乡村]|单位)|健康(?:乡镇|村镇|[镇村])")
# … unless the clause names the place's own title of that campaign
OWN_TITLE = re.compile(r"卫生(?:城市|县城|城镇)|健康(?:城市|县城)")


def kinds_in(text: str) -> set[str]:
    """The kinds of title ``text`` names."""
    return {kind for kind, words in KINDS if words.search(text)}


_CLAUSES = re.compile(r"(?<=[。；！])|‖")     # (fits: ~1,500 lines a speech)


class TitleStatus:
    """What a brief says of its place's titles: held (named, re-examined, kept) or applied for (创建, 申报)."""

    def __init__(self, statements: Iterable[str], township: bool = False) -> None:
        self.held: set[str] = set()
        self.applying: set[str] = set()
        self.township = township
        for s in statements:
            for clause in re.split(r"[，。；、]", s or ""):
                kinds = kinds_in(clause)
                if not kinds:
                    continue
                if HOLDING.search(clause) or WON.search(clause):
                    self.held |= kinds
                elif CREATING.search(clause) or re.search(r"推进|开展|建设", clause):
                    self.applying |= kinds

    def fits(self, text: str) -> bool:
        """Whether a line of the templates or the bank may be said of this place: a line on a title held only where the
        brief says the place holds it; a line on creating one not where the place holds it and creates nothing of it."""
        for clause in _CLAUSES.split(text):
            if not clause:
                continue
            # (the kinds named only where a line on holding or creating asks them: ~1,500 lines a speech, most neither)
            if HOLDING.search(clause):
                kinds = kinds_in(clause)
                if not kinds:
                    # 已经命名的单位要对标复审要求 names no title: a township's speech says it of its own title, a county's
                    # or a city's of its units too, unless the brief has them applying
                    if not self.held and (self.township or self.applying):
                        return False
                    continue
                for kind in kinds:
                    if kind in self.held:
                        continue
                    # a county's or a city's speech tells its towns: the named ones are re-examined, unless the brief
                    # has the towns applying (creating or re-examined, never both: reading 44)
                    below = TOWNSHIP_TITLE.search(clause) or not OWN_TITLE.search(clause)
                    if not self.township and below and kind in ("health_town", "healthy_city") \
                            and kind not in self.applying:
                        continue
                    return False
            elif self.held and CREATING.search(clause):
                kinds = kinds_in(clause)
                if kinds and all(k in self.held and k not in self.applying for k in kinds):
                    return False
        return True
