"""The one level model (DESIGN "Time and place"): per level of government, its bodies, scope word, health
department by date, the units that exist there, and the level above.

Every other module asks here; nothing else decides that a 市辖区 speaks as 区, that a 街道 has a 党工委
and an 办事处, or that a 盟's government is a 行政公署.

The health department's name and the meeting's on a date come from the 提法 registry (model/tifa.yaml),
where each change carries its date, reason and sources; this module adds the level word.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

LEVELS = ("省", "市", "州", "盟", "县", "区", "旗", "市辖区", "乡", "镇", "街道")

PROVINCE, PREFECTURE, COUNTY, TOWNSHIP = "province", "prefecture", "county", "township"

_D = dt.date

_TIER = {"省": PROVINCE, "市": PREFECTURE, "州": PREFECTURE, "盟": PREFECTURE, "县": COUNTY, "区": COUNTY,
         "旗": COUNTY, "市辖区": COUNTY, "乡": TOWNSHIP, "镇": TOWNSHIP, "街道": TOWNSHIP}

# The level a township, county or prefecture usually sits under, when the brief names no parent.
_DEFAULT_ABOVE = {"乡": "县", "镇": "县", "街道": "区", "县": "市", "区": "市", "旗": "盟", "市辖区": "市",
                  "市": "省", "州": "省", "盟": "省", "省": None}

def tier_of(level: str) -> str:
    """province / prefecture / county / township for one of LEVELS."""
    return _TIER[level]


# The tiers from the top down.
TIERS = (PROVINCE, PREFECTURE, COUNTY, TOWNSHIP)


def higher(level: str, than: str) -> bool:
    """Whether ``level`` stands on a higher tier than ``than`` (市 over 县, 县 over 镇; 县 and 区 are one tier)."""
    return TIERS.index(_TIER[level]) < TIERS.index(_TIER[than])


def opening_level(text: str) -> str | None:
    """The level a body's name or a title opens on (市卫生局副局长 → 市, 县委副书记 → 县), or None."""
    return next((lv for lv in sorted(LEVELS, key=len, reverse=True) if text.startswith(lv)), None)


def level_of(name: str) -> str | None:
    """The level a place name ends in (临江区 → 区, 石门镇 → 镇, 和平街道 → 街道), or None."""
    return next((lv for lv in sorted(LEVELS, key=len, reverse=True) if name.endswith(lv) and name != lv), None)


def word(level: str) -> str:
    """The administrative word used in 区委 / 县政府 / 全区: a 市辖区 speaks as 区."""
    return "区" if level == "市辖区" else level


def scope(level: str) -> str:
    """全县 / 全区 / 全市 / 全镇 / 全街道 …, as speeches say 全县卫生健康系统."""
    return f"全{word(level)}"


@dataclass(frozen=True)
class Bodies:
    """The party committee and the government of a level, as a speech names them."""

    party: str          # 县委 · 镇党委 · 街道党工委 · 盟委
    government: str     # 县政府 · 镇政府 · 街道办事处 · 行政公署

    @property
    def both(self) -> str:
        """县委、县政府 · 街道党工委、街道办事处 · 盟委、行政公署 (whom a leader speaks on behalf of)."""
        return f"{self.party}、{self.government}"


def bodies(level: str) -> Bodies:
    """The party committee and government of ``level``."""
    w = word(level)
    if w in ("乡", "镇"):
        return Bodies(f"{w}党委", f"{w}政府")
    if w == "街道":
        return Bodies("街道党工委", "街道办事处")
    if w == "盟":
        return Bodies("盟委", "行政公署")
    return Bodies(f"{w}委", f"{w}政府")


@lru_cache(maxsize=256)  # asked hundreds of times a speech, of one level and date
def meeting_word(level: str, date: dt.date) -> str:
    """What the system's meeting was called at ``level`` on ``date``: 卫生 · 卫生计生 · 卫生健康 (as in
    全县卫生健康工作会议). It follows the department's name (the 提法 registry); a township follows its county."""
    from .tifa import meeting_name

    return meeting_name(date, level).removesuffix("工作会议")


@lru_cache(maxsize=256)  # asked hundreds of times a speech, of one level and date
def department(level: str, date: dt.date, *, short: bool = False) -> str | None:
    """The health department of ``level`` on ``date`` with its level word (县卫生健康局, 市卫生计生委,
    省卫生厅), from the 提法 registry's dated names; None for a township, which has no department of its own."""
    if tier_of(level) == TOWNSHIP:
        return None
    from .tifa import department_name

    return f"{word(level)}{department_name(date, level, full=not short)}"


# How a brief names the health department in its own words (the speaker's title, the meeting, an earlier speaker's
# title): 卫生健康 · 卫生计生 · 卫生.  公共卫生, 爱国卫生 … are work, not the department.
_NAMED = (("卫生健康", re.compile(r"卫生健康(?:委|局|工作会议|系统)|卫健(?:委|局)")),
          ("卫生计生", re.compile(r"卫生(?:和计划生育|计生)(?:委|局|工作会议|系统)|卫计(?:委|局)")),
          ("卫生", re.compile(r"(?<![公共爱国环境精神职业学校食品妇幼基层乡村农村城乡医疗])卫生(?:局|厅|工作会议|系统)")))


def named_word(texts: Iterable[str]) -> str | None:
    """The department's stem (卫生 · 卫生计生 · 卫生健康) the first of ``texts`` naming the department says, or None."""
    for text in texts:
        for stem, pattern in _NAMED:
            if text and pattern.search(text):
                return stem
    return None


@lru_cache(maxsize=256)
def naming_date(level: str, date: dt.date, texts: tuple[str, ...]) -> dt.date:
    """The date the health department's name is read at: ``date``, unless ``texts`` (the brief's own words: meeting,
    speaker's title, earlier speakers' titles, in that order) name the department in a form the registry gives that
    tier only a little earlier or later (a city's 卫生计生委 of February 2014, merged before the registry's 2015 for
    cities: reading 35).  Then the nearest date of that form, so that its department, meeting and compounds
    (卫生计生系统, 卫生计生工作) all follow the brief.  A form not in use anywhere near the date (a 卫健委 in 2014) is
    taken for a slip, and the registry's form stands."""
    stem = named_word(texts)
    if stem is None or meeting_word(level, date) == stem:
        return date
    names = department_names(level, date)
    plain = {"卫生健康": ("卫生健康",), "卫生计生": ("卫生计生", "卫生和计划生育")}.get(stem)
    if plain is None:
        in_use = any(n.startswith("卫生") and not n.startswith(("卫生计生", "卫生和计划生育", "卫生健康")) for n in names)
    else:
        in_use = any(n.startswith(plain) for n in names)
    if not in_use:
        return date
    from .tifa import named_date

    return named_date(date, level, stem) or date


# The department's name in a meeting's or a brief's (卫生计生系统…工作会议): it says no subject of the speech (a 计生
# cue read in it made a 党风廉政 meeting a 计生 one: compose.context.meeting_topic, compose.special.meeting_field).
DEPARTMENT_STEMS = re.compile(r"卫生和计划生育|卫生计生|卫计")

# The department as the brief's own words name it, 局 or 委 (遵义市卫生健康局局长): cities and districts chose either in the
# 2018 reform, and the registry gives each tier one.
_OWN_HOUSE = re.compile(r"(卫生健康|卫生计生|卫生和计划生育|卫生)(委员会|委|局)(?!长)|(卫健|卫计)(委|局)")


def department_as_named(level: str, date: dt.date, texts: Iterable[str]) -> tuple[str, str] | None:
    """(the registry's short name for ``level``'s department on ``date``, the one ``texts`` — the brief's own words —
    give it) where they differ only in 局 and 委 (市卫生健康委 → 市卫生健康局: fresh44's w6, a 市卫生健康局局长 whose
    speech said 报市卫生健康委备案); None where the brief does not name it so or names it alike."""
    said = department(level, date, short=True)
    if not said or said[-1] not in "局委":
        return None
    stem = said[len(word(level)):-1]
    for text in texts:
        for m in _OWN_HOUSE.finditer(text or ""):
            named_stem = {"卫健": "卫生健康", "卫计": "卫生计生", "卫生和计划生育": "卫生计生"}.get(
                m.group(1) or m.group(3), m.group(1) or m.group(3))
            suffix = "委" if (m.group(2) or m.group(4)).startswith("委") else "局"
            if named_stem == stem:
                return (said, said[:-1] + suffix) if suffix != said[-1] else None
    return None


_DEPARTMENT_ENTRIES = ("jigou.weishengting", "jigou.weishengju", "jigou.weisheng_jishengwei", "jigou.weisheng_jishengju",
                       "jigou.weisheng_jiankangwei", "jigou.weisheng_jiankangju")


def department_names(level: str, date: dt.date) -> tuple[str, ...]:
    """Every name (full and short, without the level word) a health department at ``level`` could plausibly
    have carried on ``date``: the registry's generous windows, since local reforms straggled (what lint accepts)."""
    from .tifa import load_registry

    registry = load_registry()
    names: list[str] = []
    for entry_id in _DEPARTMENT_ENTRIES:
        entry = registry.by_id(entry_id)
        if entry.valid_on(date, level):
            names += entry.terms
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class Units:
    """Who acts at a level: the bodies a speech assigns work to (县疾控中心要…, 各乡镇卫生院要…)."""

    department: str | None          # 县卫生健康局 (None in a township)
    hospitals: tuple[str, ...]      # 县级医院 / 区级医院 / 市级医院 (what exists there)
    public_health: tuple[str, ...]  # 县疾控中心, 县妇幼保健院, 县卫生监督所 …
    grassroots: tuple[str, ...]     # 各乡镇卫生院, 各村卫生室 / 各社区卫生服务中心
    subdivisions: str | None        # 各乡镇 / 各街道 / 各县（市、区） / 各村（社区）
    departments_word: str           # 县直有关部门 / 区直有关部门 / 市直有关部门 / 镇直有关单位

    def all(self) -> tuple[str, ...]:
        """Every unit named here, department first."""
        return tuple(u for u in (self.department, *self.hospitals, *self.public_health, *self.grassroots,
                                 self.subdivisions) if u)


def is_county_city(level: str, parent: str | None) -> bool:
    """Whether a 市 is a county-level city (安丘市 under 潍坊市): its brief names a 市, 州 or 盟 above it.  It has 镇 and
    街道 beneath it, not 县（市、区） (the eighteenth reading: 青州市 told 各县（市、区） to act, three times)."""
    return level == "市" and bool(parent) and level_of(parent or "") in ("市", "州", "盟")


@lru_cache(maxsize=256)  # asked hundreds of times a speech, of one level and date
def units(level: str, date: dt.date, *, rural: bool = False, county_city: bool = False) -> Units:
    """The units that exist at ``level`` on ``date`` (县级医院 only in a 县 or 旗; 社区卫生服务中心 in a 区).

    A 区 is urban: 社区卫生服务中心 and 街道, no 卫生院 or 村卫生室, unless ``rural`` (its brief names a 镇, 乡
    or 村: a suburban district keeps its 镇卫生院).  A 街道 has no 卫生院 of its own.  A ``county_city`` (see
    is_county_city) has a county's units under the 市's name: 各镇（街道）, 市人民医院."""
    w = word(level)
    tier = tier_of(level)
    dept = department(level, date, short=True)
    cdc = f"{w}疾控中心"
    # (the merged 妇幼保健计划生育服务中心 of the guidance on merging the two services (国卫妇幼发〔2013〕44号): at the end of 2015
    # two in five counties had merged, so not before 2016 — fresh61's u1, a March 2014 district, heard a body it did
    # not yet have; a brief naming its own body is said as named, units_as_named)
    mch = f"{w}妇幼保健院" if date < _D(2016, 1, 1) or date >= _D(2019, 1, 1) else f"{w}妇幼保健计划生育服务中心"
    # (a city's enforcement body is a 支队, a county's a 大队: sec48's f2, 市卫生健康综合执法大队)
    inspect = f"{w}卫生监督所" if date < _D(2019, 1, 1) else f"{w}卫生健康综合执法" + (
        "支队" if tier == PREFECTURE and not county_city else "大队")
    if tier == PROVINCE:
        return Units(dept, ("省级医院",), ("省疾控中心", "省卫生监督所" if date < _D(2019, 1, 1) else "省卫生健康监督所"),
                     ("各基层医疗卫生机构",), "各市（州）", "省直有关部门")
    if tier == PREFECTURE and county_city:
        return Units(dept, ("市级医院", "市人民医院", "市中医医院"), (cdc, mch, inspect), ("各镇卫生院", "各村卫生室"),
                     "各镇（街道）", "市直有关部门")
    if tier == PREFECTURE:
        return Units(dept, (f"{w}级医院",), (cdc, f"{w}妇幼保健院", inspect), ("各基层医疗卫生机构",),
                     "各县（市、区）", f"{w}直有关部门")
    if tier == COUNTY:
        if w == "区" and rural:
            return Units(dept, ("区级医院",), (cdc, mch, inspect), ("各社区卫生服务中心", "各镇卫生院"),
                         "各街道（镇）", "区直有关部门")
        if w == "区":
            return Units(dept, ("区级医院",), (cdc, mch, inspect), ("各社区卫生服务中心", "各社区卫生服务站"),
                         "各街道", "区直有关部门")
        return Units(dept, (f"{w}级医院", f"{w}人民医院", f"{w}中医医院"), (cdc, mch, inspect),
                     ("各苏木乡镇卫生院", "各嘎查村卫生室") if w == "旗" else ("各乡镇卫生院", "各村卫生室"),
                     "各乡镇" if w == "县" else "各苏木乡镇", f"{w}直有关部门")
    if w == "街道":
        return Units(None, (), (), ("街道社区卫生服务中心", "各社区卫生服务站"), "各社区", "街道各科室")
    return Units(None, (), (), (f"{w}卫生院", "各村卫生室"), "各村（社区）", f"{w}直各单位")


# Words for units and places that do not exist at a level: a 区 has no 县级医院; an urban 区 or a 街道 has no
# 村组, 村卫生室, 乡村医生 or 乡镇卫生院; a 县 has no 区级医院.  Compose skips wording that carries them.
_COUNTY_WORDS = r"县级|县域|出县|县直|全县"
_VILLAGE_WORDS = r"村组|村卫生室|乡村医生|村医|乡镇卫生院|每个乡镇|每一个乡镇|各乡镇|乡镇一级|村民小组|行政村|村级"


# An urban street's people neither farm nor live in villages (the thirty-sixth reading: 各社区要把环境卫生整治与群众
# 生产生活结合起来, 提升城乡环境卫生管理水平 in a city street): no 农村, 城乡 (城乡居民医保 aside), 生产生活, 改厕 or 各村;
# an urban 区 keeps 城乡 and 农村 (its city's 城乡 work, 农村饮水安全 named as the programme) but has no 改厕 or 各村 of
# its own — nor 集镇 and 村庄 to clean, nor a 卫生乡镇 title to keep (actor32: an urban 区's 爱卫 meeting told to
# 巩固卫生乡镇创建成果…与集镇和村庄的环境综合整治结合; a 街道's 街巷、村庄干不干净).
_STREET_RURAL = r"农村|城乡(?!居民)|生产生活|改厕|各村|卫生镇|卫生乡镇|卫生城镇|集镇|村庄"
_URBAN_DISTRICT_RURAL = r"改厕|各村|卫生乡镇|集镇|村庄"


def absent_words(level: str, *, rural: bool = False) -> str | None:
    """A pattern of the unit and place words that do not exist at ``level`` (see units), or None."""
    w = word(level)
    if w == "区" and rural:
        return _COUNTY_WORDS
    if w == "区":
        return f"{_COUNTY_WORDS}|各乡镇卫生院|{_VILLAGE_WORDS}|{_URBAN_DISTRICT_RURAL}"
    if w == "街道" and rural:
        return f"{_COUNTY_WORDS}|{_VILLAGE_WORDS}|{_NO_PAPERS}|{_CLINIC_GRADE}"
    if w == "街道":
        return f"{_COUNTY_WORDS}|{_VILLAGE_WORDS}|{_STREET_RURAL}|{_NO_PAPERS}|{_CLINIC_GRADE}"
    if w == "县":
        return rf"区级|区直|全区|{_RESEARCH}|{_CITY_REFORM}"
    if w == "旗":
        return rf"县级|县直|全县|区级|区直|{_RESEARCH}|{_CITY_REFORM}"
    if w == "乡":
        # a 乡 of villages has no streets: 背街小巷 and 老旧小区 are a town's or a city's (the twenty-sixth reading: 各村
        # 要加强…背街小巷等重点区域环境卫生整治)
        return (rf"背街小巷|老旧小区|城乡接合部|城乡结合部|{_CITY_IMAGE}|{_TOWNSHIP_LACKS}|{_CLINIC_GRADE}|{_URBAN_PROGRAMMES}"
                rf"|{_CITY_REFORM}|{_RURAL_TOWNSHIP_LACKS}")
    if w == "镇":
        return rf"{_CITY_IMAGE}|{_TOWNSHIP_LACKS}|{_CLINIC_GRADE}|{_URBAN_PROGRAMMES}|{_CITY_REFORM}|{_RURAL_TOWNSHIP_LACKS}"
    return None


# The public hospital reform as a city runs it (城市公立医院综合改革, 国办发〔2015〕38号: 地级以上城市, their districts'
# hospitals with them) is no county's or township's: a county's is the 县级公立医院综合改革 (国办发〔2012〕33号, 〔2015〕33号),
# a 城市医疗集团 the city's form of the 医联体 beside the county's 医共体 (国办发〔2017〕32号).  The thirtieth reading: a county
# citing the 城市公立医院 pilot.
_CITY_REFORM = r"城市公立医院|城市医疗集团"
# A town is no city: its 集镇 has no 城市形象 or 城市品位 to raise (reading 44's r3: 提升城市形象 at a town's 爱卫 meeting).
_CITY_IMAGE = r"城市形象|城市品位|城市品质|城市文明程度|城市管理水平"
# A county's or a banner's health system has no research platforms to offer (reading 46's r1: 高层次人才…科研平台 in a
# 旗's 基层 block); a city's and a province's hospitals and universities have.
_RESEARCH = r"科研平台"
# A township or a street sends out few papers of its own: 少开会、少发文 is a county's and a city's self-discipline (reading
# 46's r3, a 镇's half-year meeting).
_NO_PAPERS = r"少发文"
# What a township has not: 功能社区 (enterprises, schools, parks signed as communities: a city's family-doctor work),
# specialists of its own to put on a 卫生院's signing team, high-level talent and research platforms (reading 46's
# r3: 向功能社区延伸, 吸收专科医生 at a 镇)
# (len26: nor does it rule on broadcasting, 规范健康类节目和广告 in a 镇's 健康教育 block)
# (and a 乡's or a 镇's clinic is its 卫生院: a 2020 镇 whose 卫生院 was at standard heard 社区卫生服务中心的标准化建设要与
# 社区规划衔接, the district's line, session 42)
_TOWNSHIP_LACKS = rf"功能社区|吸收专科医生|高层次人才|{_RESEARCH}|{_NO_PAPERS}|健康类节目"
_RURAL_TOWNSHIP_LACKS = r"社区卫生服务中心"
# … nor a hospital's departments and services above its clinic's grade (a 卫生院 or a 社区卫生服务中心 screens, manages
# and refers: reading 48's r5, 老年医学科…开展综合评估和多学科诊疗 at a 镇), nor a city's embedded community service
# facilities (社区嵌入式服务设施, an urban programme: 探索社区嵌入式医养服务 at the same 镇)
_CLINIC_GRADE = r"老年医学科|老年综合评估门诊|多病共管|多学科(?:联合)?诊疗|日间手术|胸痛中心|卒中中心"
_URBAN_PROGRAMMES = r"社区嵌入式"


# An urban 区 or a 街道 says its own word where the templates name the village (村（居）民委员会 → 社区居民委员会).
_URBAN_WORDS = (("村（居）民委员会", "社区居民委员会"), ("村（居）委会", "社区居委会"), ("村（居）", "社区"), ("每一个村组", "每一个社区"),
                ("深入村组", "深入社区"), ("乡镇卫生院和村卫生室", "社区卫生服务中心和服务站"),
                ("全科医生和乡村医生", "全科医生"),
                ("确保每个乡镇都有一所达标的卫生院、每个村都有一个合格的村卫生室", "确保每个街道都有一所达标的社区卫生服务中心"),
                ("完善村卫生室布局，方便群众就近看病", "完善社区卫生服务站布局，方便群众就近看病"))


# A banner (旗) names its townships 苏木乡镇 and its villages 嘎查村 (the seventh reading: a 旗's draft drifted to
# 乡镇/村).
# Compiled when a 旗 speaks (re keeps them).
_BANNER_WORDS = ((r"(?<!苏木)乡镇卫生院", "苏木乡镇卫生院"), (r"(?<!嘎查)村卫生室", "嘎查村卫生室"), (r"每一个村组", "每一个嘎查村"))
# … and, as Inner Mongolia's banners and leagues do (内蒙古自治区蒙医药条例, 2010; 蒙医药中医药条例, 2021), speaks of
# 蒙医药 with 中医药: its medicine is 蒙医药中医药, its clinics 蒙中医馆, its techniques 蒙医中医适宜技术 (reading 46's
# r1: a 旗 whose brief names its 蒙医医院 heard only of 中医).  A hospital keeps the name the brief gives it.
# (a national document's or plan's own name and words stay as issued: “十四五”中医药发展规划, 中医药振兴发展, 中医药法)
_MONGOLIAN_MEDICINE = ((r"(?<!蒙医药)(?<!蒙)(?<!”)(?<!时期)中医药(?!管理局|局|发展规划|振兴发展|法|条例)", "蒙医药中医药"),
                       (r"(?<!蒙)中医馆", "蒙中医馆"),
                       (r"(?<!蒙医)(?<!蒙)中医(适宜技术|特色疗法|特色专科)", r"蒙医中医\1"),
                       (r"信中医、爱中医、用中医", "群众认可、信赖蒙医药中医药"))


def in_local_words(text: str, level: str, *, rural: bool = False, keep: Iterable[str] = ()) -> str:
    """``text`` as an urban 区 (unless ``rural``) or a 街道 says it: its 社区, not the village's 村（居）; and as a
    banner says it: its 苏木乡镇卫生院 and 嘎查村卫生室, its 蒙医药中医药.  The brief's own words (``keep``: a
    metric's name, 能提供中医药服务的苏木乡镇卫生院占比) are said as the secretary wrote them."""
    w = word(level)
    if w in ("旗", "盟"):
        # (a statement of the brief's, not an area's bare name: 中医药 as a topic is the banner's 蒙医药中医药 too)
        held = sorted({k for k in keep if k and len(k) >= 6 and k in text}, key=len, reverse=True)
        for i, k in enumerate(held):
            text = text.replace(k, f"\x00{i}\x00")
        for pattern, local in (_BANNER_WORDS if w == "旗" else ()) + _MONGOLIAN_MEDICINE:
            text = re.sub(pattern, local, text)
        for i, k in enumerate(held):
            text = text.replace(f"\x00{i}\x00", k)
        return text
    if not (w == "街道" or (w == "区" and not rural)):
        return text
    for village, town in _URBAN_WORDS:
        text = text.replace(village, town)
    return text


def mentions_villages(texts: list[str] | tuple[str, ...]) -> bool:
    """Whether a brief's own text names a 镇, 乡 or 村 (a suburban 区 then keeps its township wording); an urban
    district's 城中村 and 城乡接合部 are no villages (the thirty-sixth reading's r5: an urban district told to join
    its 环境卫生整治 to 农村人居环境整治 because its brief named 城中村)."""
    return any(c in _NOT_VILLAGES.sub("", t) for t in texts if t for c in "镇乡村")


# words with 乡, 镇 or 村 that name a town's own parts (城中村, 城乡接合部, 城乡环境卫生) or its people (城镇居民医保,
# 城镇职工, 卫生城镇: fresh37's t2, an urban 区 whose 城镇居民医保参保率 made it rural, and its 基层 items spoke of
# 乡镇卫生院 and 村卫生室)
# … nor a national programme named for the rural people it began with (农村妇女“两癌”免费筛查, 农村孕产妇住院分娩补助,
# 农村部分计划生育家庭奖励扶助: fresh59's s2, an urban 区 whose 两癌 figure made it rural and its 优质服务基层行 line spoke
# of 乡镇卫生院)
_NOT_VILLAGES = re.compile(r"城中村|城乡|城镇|农村(?:妇女|孕产妇|部分计划生育家庭|计划生育家庭)")


def own_duties(level: str) -> tuple[str, ...]:
    """The health work a township does with its own hands (what its pledge promises): a 乡 or 镇 runs 爱国卫生,
    its 卫生乡镇 creation and its 村卫生室; a 街道 runs 爱国卫生 and its 健康社区 creation.  Counties and above
    direct; they have none of these as their own."""
    w = word(level)
    if w in ("乡", "镇"):
        return ("爱国卫生", f"卫生{w}创建", "村卫生室")
    if w == "街道":
        return ("爱国卫生", "健康社区创建")
    return ()


@dataclass(frozen=True)
class Above:
    """The level above a place: where a township pledges, and whose meeting its pledge is given at."""

    name: str | None    # 安平县, when the brief names it
    level: str          # 县
    scope: str          # 全县


def above(level: str, parent: str | None = None) -> Above | None:
    """The level above ``level``: the brief's ``region.parent`` if given, else the usual one (镇 → 县)."""
    if parent:
        lv = level_of(parent) or _DEFAULT_ABOVE.get(level) or "县"
        return Above(parent, lv, scope(lv))
    usual = _DEFAULT_ABOVE.get(level)
    return Above(None, usual, scope(usual)) if usual else None


def above_word(level: str, parent: str | None = None) -> str:
    """The word of the level above a township as its departments are named (镇 → 县, 东阳镇 under 巢湖市 → 市); "" for
    a level that is no township."""
    if level not in LEVELS or not is_township(level):
        return ""
    up = above(level, parent)
    return word(up.level) if up and up.level in LEVELS else "县"


def is_township(level: str) -> bool:
    """A 乡, 镇 or 街道: no health department, and it pledges at the meeting of the level above."""
    return tier_of(level) == TOWNSHIP


def has_countryside(level: str, rural: bool = False) -> bool:
    """Whether a place of ``level`` has farmland and villages of its own: all but a 区 or a 街道, which are urban unless
    ``rural`` (its brief names a 镇, 乡 or 村: mentions_villages)."""
    return rural or level not in ("区", "市辖区", "街道")


def is_street(level: str) -> bool:
    """A 街道: a township of the city, whose people live in 社区 (no 村, no 卫生院 of its own)."""
    return level in LEVELS and word(level) == "街道"


def place_chars() -> str:
    """The one-character level words, for patterns that look for 全县 / 我区 / 县委 in text."""
    return "".join(dict.fromkeys(lv for lv in LEVELS if len(lv) == 1))


# ---- Who may do what (the twenty-second reading's BODY class): the business each body runs, by level and date ----

# The party committee's working bodies (县委编办, 组织部, 宣传部): a government leader orders them only when he speaks
# for the party committee as well (on_behalf_of 县委、县政府); a 副县长 speaking for the government alone asks them
# (请县委编办…: the twenty-second reading, k4).
PARTY_BODIES = re.compile(r"(?:[省市县区旗州盟]委)?(?:编办|机构编制委员会办公室|组织部(?:门)?|宣传部(?:门)?)")
_PARTY_NAMED = re.compile(r"[省市县区旗州盟乡镇]委|党委|党工委")


def holds_party_post(title: str | None) -> bool:
    """Whether a speaker's title holds a post on the party committee (区委副书记、区长; 县委常委、副县长; 镇党委书记): he
    speaks for the party committee and the government at a meeting of the whole place without being told to (DESIGN:
    我代表…; reading 45's r5: a 区委副书记、区长 said 我代表区政府 at the district's 医师节).  A department's 委 (卫健委,
    纪委) is no such post."""
    return bool(title and _PARTY_NAMED.search(title))


def speaks_for_party(on_behalf_of: str | None) -> bool:
    """Whether a speaker speaks for the party committee too (县委、县政府; 镇党委、镇政府), not the government alone."""
    return bool(on_behalf_of and _PARTY_NAMED.search(on_behalf_of))


# The body that leads a line of business, by date (DESIGN "Time and place": bodies by level and date).  The 2018
# reform (国务院机构改革方案, 2018-03-17) moved prices to the new 医疗保障局 and advertising enforcement to 市场监管;
# local bureaus were set up from late 2018 into 2019, so the county-level change is taken as 2019-01-01, as the
# responsibility lines' other departments are (市场监管, 农业农村, 应急管理).  The 医改 office moved from 发改 to the
# health department with the 2013 reform (国家卫生计生委 took the 国务院医改办; local offices followed into 2014).
_LEADS: dict[str, tuple[tuple[dt.date | None, str], ...]] = {
    "pricing": ((None, "发改（物价）部门"), (_D(2019, 1, 1), "医保部门")),
    "advertising": ((None, "工商部门"), (_D(2019, 1, 1), "市场监管部门")),
    "payment": ((None, "人社部门"), (_D(2019, 1, 1), "医保部门")),
    "reform_office": ((None, "发改部门"), (_D(2014, 1, 1), "卫生部门")),
}


def lead_of(business: str, date: dt.date) -> str:
    """The body that leads ``business`` (pricing, advertising, payment, reform_office) on ``date``: 发改（物价）部门
    sets prices until the 2018 reform reached the county, 医保部门 after; 工商部门 punishes false advertising, then
    市场监管部门."""
    lead = ""
    for since, body in _LEADS[business]:
        if since is None or date >= since:
            lead = body
    return lead


# The market regulator under any of its names (the 2018 reform merged 工商 into 市场监管; 市场管理部门 is no body's name):
# a speech names it once, as it was named on its date (reading 48's r1, 2014: 市场管理部门 and 工商部门 for one duty).
# (食品药品监管部门 was a body of its own until the same reform, and keeps its name.)
_MARKET_BODY = re.compile(r"市场管理部门|工商(?:行政管理)?部门|市场监(?:督)?管(?:理)?部门")


# A list of departments closed by (等)部门 (与医保、市场监管、公安等部门): its 医保 and 市场监管 are the 2018 reform's
# bodies, said before it reached the county as the bodies that then did the work, 人社 (medical insurance) and 工商
# (fresh38's u2, a 2013 county report: 卫生监督执法要加强与医保、市场监管、公安等部门的联合执法).
_DEPARTMENT_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,6}(?=等?部门)")
_BEFORE_REFORM = (("市场监管", "工商"), ("医保", "人社"))


def _listed_before_reform(m: re.Match[str]) -> str:
    named: list[str] = []
    for token in m.group(0).split("、"):
        for new, old in _BEFORE_REFORM:
            if token.endswith(new) and not token.endswith("基本" + new):
                token = token[:-len(new)] + old
        if token not in named:
            named.append(token)
    return "、".join(named)


def market_body_named(text: str, date: dt.date) -> str:
    """``text`` with the market regulator under its name on ``date`` (工商部门 until the 2018 reform reached the
    county, 市场监管部门 after: lead_of's "advertising"), and a list of departments in the names of its date (医保 and
    市场监管 in a list said 人社 and 工商 before the reform)."""
    if "部门" not in text:
        return text
    text = _MARKET_BODY.sub(lead_of("advertising", date), text)
    if date < _D(2019, 1, 1):
        text = _DEPARTMENT_LIST.sub(_listed_before_reform, text)
    return text


def pricing_set_here(level: str) -> bool:
    """Whether prices of medical services are set at ``level`` (the province, with the city for some items): a
    county, district or township carries out the price lists it is given."""
    return tier_of(level) in (PROVINCE, PREFECTURE)


def plans_emergency_network(level: str, *, rural: bool = False, county_city: bool = False) -> bool:
    """Whether ``level`` plans the pre-hospital network (急救站点, 急救半径): a county (its 县急救中心) and a city
    do; an urban district's stations are laid out by the city's 急救中心, and a township lays out none (the
    twenty-second reading, k3: a district placing 急救站点 for 城乡群众)."""
    w = word(level)
    if tier_of(level) == TOWNSHIP:
        return False
    return not (w == "区" and not rural) or county_city


# The kinds of unit a brief may call by its own name where the level model has a default (the maternity and child
# health body, the traditional-medicine hospital): read66's t5, a banner whose brief named its 旗蒙医医院 and 旗妇幼保健所,
# heard 旗中医医院 and 旗妇幼保健计划生育服务中心.  Each pattern takes the level word before the unit.
_UNIT_KINDS = (
    re.compile(r"([县区市旗])妇幼保健(?:计划生育服务中心|院|所|中心)"),
    re.compile(r"([县区市旗])(?:中蒙医医院|蒙中医医院|中蒙医院|蒙医医院|蒙医院|中医医院|中医院|民族医医院|民族医院|藏医医院|藏医院)"),
)


def units_as_named(texts: Sequence[str], level: str) -> dict[str, str]:
    """Each default unit name to say as the brief's own (旗中医医院 → 旗蒙医医院) for the kinds in _UNIT_KINDS: a kind
    the brief's ``texts`` name by exactly one name of the speaker's level word; nothing for a kind it names by two (a
    county with both a 中医院 and a 蒙医医院) or none."""
    w = word(level)
    joined = "\n".join(texts)
    out: dict[str, str] = {}
    for kind in _UNIT_KINDS:
        names = {m.group(0) for m in kind.finditer(joined) if m.group(1) == w}
        if len(names) == 1:
            out[kind.pattern] = names.pop()
    return out


def as_named_units(text: str, named: Mapping[str, str]) -> str:
    """``text`` with each unit of a kind the brief names (units_as_named) called by the brief's name."""
    for pattern, own in named.items():
        def said(m: re.Match[str], own: str = own) -> str:
            return own if m.group(1) == own[0] else m.group(0)
        text = re.sub(pattern, said, text)
    return text


# A city's counties as the brief lists them: 县（区） where it names no county-level city (read66's t2, a city whose
# brief said 县（区） heard 约谈所在县（市、区）卫生计生部门负责同志).
CITY_PARTS = re.compile(r"县（市、区）|县（区、市）|县（市）")


def city_parts_as_named(texts: Sequence[str]) -> str | None:
    """How the brief writes a city's subdivisions where it writes them one way only (县（区）), else None."""
    joined = "\n".join(texts)
    forms = set(re.findall(r"县（[市区、]+）", joined))
    return forms.pop() if len(forms) == 1 else None
