"""How a brief's problem is answered where a task takes it up (templates/wording/problem_answers.yaml): a short
reference back to the problem by name, then what will be done about it, by whom (the bodies of the speaker's level
and date, in the speaker's voice) and, once a speech, how progress is checked (issue 13, the eighteenth reading:
problems read out three times and answered with 要有实质性的进展)."""
from __future__ import annotations

import datetime as dt
import random
import re
import zlib
from collections.abc import Container, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import body_work, levels, levels_powers
from ..model.text import longest_run, starts_of
from . import era, voice
from .gaps import CONDITION
from .numbers import year_progress
from .serve import score, subject_of

if TYPE_CHECKING:
    from ..model.brief import Brief

# Words that qualify a problem but are no part of its name (部分老旧小区… → 老旧小区…).
_QUALIFIER = re.compile(r"^(?:辖区内?|全[县区市旗镇]|我[县区市旗镇])")
# 部分 restricts what follows (部分县区…进度落后 is not every 县区): dropped only with the unit it restricts.
_SOME = re.compile(r"^(?:部分|一些|个别|少数)")
# A unit named before the staff or the project a problem is about (社区卫生服务中心全科医生数量不足 → 全科医生数量不足).
_UNIT_FIRST = re.compile(r"^(?:社区卫生服务中心|乡镇卫生院|基层医疗卫生机构|村卫生室)"
                         r"(?=全科|人才|人员|医生|基本公共卫生|乡村医生|村医|基础设施|业务用房|用房)|"
                         r"^[县区市]?(?:级医院|人民医院|医院|中医医院)(?=重点专科|专科|急诊|急救|人才)")
# The setting a problem is found in, said before it (疫情防控常态化下基层防控力量偏弱 → 基层防控力量偏弱).
_SETTING = re.compile(r"^.{2,12}?(?:常态化|背景|形势|条件)下")


# Words that say something falls short (不足, 不及时, 偏低, 滞后 …): a problem's clause holding one names the shortfall.
_SHORTFALL = re.compile(r"不|没有|未|低|少|缺|差|弱|慢|难|滞后|短板|薄弱|偏|下降|老化|反弹|超|过快|过重|紧张|短缺|"
                        r"加大|加剧|繁重|较重|突出|压力|空档|空白|漏洞|隐患|脱节|断档")


def problem_name(problem: str) -> str:
    """The short name a speech refers back to a problem by, once it has been read out (its first clause, less the
    qualifiers and the unit it is found in): 部分乡镇卫生院基本公共卫生服务项目进度滞后 → 基本公共卫生服务项目进度滞后."""
    clauses = [c for c in re.split(r"[，；。,;]", problem.strip()) if c]
    head = clauses[0] if clauses else problem.strip()
    # a first clause that only gives the cause (外出务工人员多，孕情和出生信息掌握不及时) is no name for the shortfall: the
    # clause that says what falls short names it (the thirty-second blind reader: 在…外出务工人员多这两件事上见到变化)
    if len(clauses) > 1 and not _SHORTFALL.search(head) and _SHORTFALL.search(clauses[-1]):
        head = clauses[-1]
    # (…，但签约服务履约质量不高: the turn is no part of the name)
    head = re.sub(r"^(?:但是|但|而且|而|可是|不过)", "", head)
    name = _SETTING.sub("", _QUALIFIER.sub("", head))
    bare = _SOME.sub("", name)
    if _UNIT_FIRST.match(bare):
        name = _UNIT_FIRST.sub("", bare)
    # (…问题突出 names the problem and judges it: 解决乡村医生养老保障问题突出 was a broken clause, the twenty-fourth reading)
    # (… and 问题比较普遍, 的问题仍然存在: fresh64's x2 read 对前面讲到的…防鼠防蝇设施缺失等问题比较普遍问题)
    name = re.sub(r"(?:的)?问题(?:比较|较为|十分|仍然|依然|仍|还|都)?(?:突出|较多|多发|普遍|严重|存在|常见)?$", "", name)
    return name if len(name) >= 4 else head


def without_unit(problem: str) -> str:
    """``problem`` less the unit it is found in, where a unit opens it before its staff or its project (社区卫生服务中心
    全科医生数量不足 → 全科医生数量不足): the unit names where, not what (plan._by_own_words)."""
    bare = _SOME.sub("", _QUALIFIER.sub("", problem))
    return _UNIT_FIRST.sub("", bare) if _UNIT_FIRST.match(bare) else problem


def entry_of(problem: str, table: Sequence[Mapping[str, Any]], date: dt.date) -> Mapping[str, Any] | None:
    """The first entry of ``table`` whose words the problem names (``when``, and one of ``also`` if given) and whose
    window holds ``date``; None when none does (the problem is then answered by the area's measures, or said
    honestly to have no answer yet)."""
    return next(entries_of(problem, table, date), None)


def entries_of(problem: str, table: Sequence[Mapping[str, Any]], date: dt.date) -> Iterator[Mapping[str, Any]]:
    """Every entry of ``table`` that answers ``problem`` on ``date`` (see entry_of), the most specific first: where the
    speech cannot say the first (its date, level or voice refuses a word of it), the next on the same subject is tried
    (answer19: 新农合基金运行风险加大 and 老年人慢性病管理不到位 went unanswered when their one entry was refused)."""
    head = re.split(r"[，；。,;]", problem.strip())[0]
    seen: set[int] = set()
    out_of_time = False
    # the problem's first clause says what it is (基层服务能力不强，群众就医仍有外流 is about 基层, not about 外流)
    for text in dict.fromkeys((head, problem)):
        for entry in table:
            if id(entry) in seen:
                continue
            start, end = entry.get("from"), entry.get("to")
            named = names_entry(text, entry)
            if any(w in problem for w in entry.get("unless") or ()):
                continue
            if (start and date < dt.date.fromisoformat(str(start))) or (end and date > dt.date.fromisoformat(str(end))):
                # a subject whose own measure is out of its time (托育 before 2019) is not answered by a catch-all
                # either: the work was not the speaker's to do then
                out_of_time = out_of_time or named
                continue
            # a catch-all worded on the problem's subject needs one to name (人员不足 names none)
            if "{subject}" in str(entry.get("text") or "") and (not subject_name(problem) or out_of_time):
                continue
            if named:
                seen.add(id(entry))
                yield entry


# A hospital's own name (市中心医院, 县中医院, 区中医医院, 旗蒙医医院, 市妇幼保健院): where a problem is found, not what
# it is about (names_entry; plan._by_own_words).
HOSPITAL_NAME = re.compile(r"(?:[省市县区旗盟州]级?)?(?:第[一二三四五六七八九十]+)?(?:中心|人民|中医|中西医结合|蒙医|藏医|"
                           r"维医|民族|妇幼保健|妇女儿童|儿童|传染病|精神卫生|精神病)医?院|[省市县区旗盟州]妇幼保健院")


def names_entry(text: str, entry: Mapping[str, Any]) -> bool:
    """Whether ``text`` names ``entry``'s subject: one of its ``when`` words, not as part of a word of its
    ``not_inside`` (性病 in 慢性病: fresh54's m2 answered 已脱贫人口中慢性病患者占比较高 with 艾滋病检测), and, where it has
    ``also``, one of those; with ``near``, an ``also`` word within that many characters of a ``when`` word (fresh54's
    m3: 医务人员对…腐败问题危害性认识不足 was answered as a staff shortage, by 人员 and 不足 nineteen characters apart)."""
    when = entry.get("when") or ()
    if not any(w in text for w in when):   # (blanking words out below never makes one: most entries end here)
        return False
    for word in entry.get("not_inside") or ():
        text = text.replace(word, "□" * len(word))
    # (a hospital's name is where a problem is found, not its subject: 中医 of 区中医医院 names no 中医药 problem, fresh62's
    # v3 answered …仅区人民医院和区中医医院两家具备检测能力… with 中医药适宜技术 and then 中医重点专科)
    named = HOSPITAL_NAME.sub(lambda m: "□" * len(m.group(0)), text)
    spans = [(at, at + len(w)) for w in when
             for at in starts_of(w, text if "院" in w else named, overlapping=False)]
    if not spans:
        return False
    also = entry.get("also") or ()
    if not also:
        return True
    near = entry.get("near")
    found = [(at, at + len(w)) for w in also for at in starts_of(w, text, overlapping=False)]
    if near is None:
        return bool(found)
    return any(-near <= a0 - w1 <= near or 0 <= w0 - a1 <= near for w0, w1 in spans for a0, a1 in found)


def is_catch_all(entry: Mapping[str, Any]) -> bool:
    """Whether ``entry`` is one of the table's catch-alls (``catch_all: true``): it answers a kind of shortfall (a lag, a
    low rate, a weak subject) on whatever subject the problem names, knowing nothing of that subject (answer32)."""
    return bool(entry.get("catch_all"))


def remedy_of(problem: str, remedies: Sequence[Mapping[str, Any]], date: dt.date) -> tuple[str, re.Pattern[str]] | None:
    """The kind of ``problem`` (model/problem_remedies.yaml: the first whose ``when`` words, and one of its
    ``also`` if given, the problem names) and the pattern a measure acting on it names (its remedies); None where the
    table knows no kind of it on ``date``."""
    for kind in remedies:
        start, end = kind.get("from"), kind.get("to")
        if (start and date < dt.date.fromisoformat(str(start))) or (end and date > dt.date.fromisoformat(str(end))):
            continue
        if any(w in problem for w in kind.get("unless") or ()):
            continue
        also = kind.get("also") or ()
        if any(w in problem for w in kind.get("when") or ()) and (not also or any(w in problem for w in also)):
            return str(kind.get("kind") or ""), _acts(str(kind.get("acts") or "(?!)"))
    return None


@lru_cache(maxsize=64)
def _acts(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def acting_first(entries: Sequence[Mapping[str, Any]], acts: re.Pattern[str] | None, role: str,
                 level: str = "", below: bool = False) -> list[Mapping[str, Any]]:
    """``entries`` with those whose measure, as the speaker's voice says it (the system's own wording and the
    government's or the bureau's part; a township's own), names a remedy of ``acts`` first, the rest after them in
    their order (said only where none acting can be): the forty-third reading's 县级医院服务能力 answered by 新增床位
    and county doctors sent down, when the table held 对口支援 and 专科 a few entries further on."""
    if acts is None:
        return list(entries)

    def wording(entry: Mapping[str, Any]) -> str:
        if level and level in levels.LEVELS and levels.tier_of(level) == levels.TOWNSHIP:
            return township_answer(entry, level)
        # (a city's problem below its level: the city's own part, where the entry words it: below_city)
        entry = (city_answer(entry) or entry) if below else entry
        own = entry.get("government" if role == voice.GOVERNMENT else "bureau") or ""
        return f"{entry.get('text') or ''}；{own}"

    # (a catch-all comes after every entry on the problem's own subject, acting or not: 编制核定滞后 was answered by the
    # lag catch-all's 时间节点 and 约谈 before the 编制 entry, answer32)
    own = [e for e in entries if not is_catch_all(e)]
    acting = [e for e in own if acts.search(wording(e))]
    rest = [e for e in entries if e not in own]
    return acting + [e for e in own if e not in acting] + [e for e in rest if acts.search(wording(e))] + \
        [e for e in rest if not acts.search(wording(e))]


def clause_of(problem: str, entry: Mapping[str, Any]) -> str:
    """The clause of ``problem`` that ``entry`` answers (the first naming one of its ``when`` words), the problem itself
    where that is its first clause or none is."""
    clauses = [c for c in re.split(r"[，；。,;]", problem.strip()) if c]
    for c in clauses[1:]:
        if any(w in c for w in entry.get("when") or ()) and not any(w in clauses[0] for w in entry.get("when") or ()):
            return c
    return problem


def bodies(level: str, date: dt.date, role: str, kind: str, *, rural: bool = False,
           county_city: bool = False, naming: dt.date | None = None) -> dict[str, str]:
    """The names an answer's slots take at ``level`` on ``date`` in the speaker's voice (``role``): the health
    department (局里 in its own head's mouth), its units, the level's other departments, and the time words; the
    department and its units as named on ``naming`` (brief.naming_date: a 2014 brief's 县卫生和计划生育局 is 县卫生计生局
    throughout, never 县卫生局 in its answers, fresh54's m1)."""
    w = levels.word(level)
    # a county-level city speaks to its 镇（街道）, never to 各县（市、区） (era10: levels.is_county_city)
    u = levels.units(level, naming or date, rural=rural, county_city=county_city)
    dept = u.department or f"{w}卫生健康局"
    # a bureau's head tells his units what 局里 will do; in his work report he speaks for the bureau (我们)
    own = dept if role == voice.GOVERNMENT else "我们" if kind == "work_report" else "委里" if dept.endswith("委") else "局里"
    county = levels.tier_of(level) == levels.COUNTY
    hospital = (u.hospitals[1] if len(u.hospitals) > 1 else u.hospitals[0]) if u.hospitals else "各医院"
    cdc = next((x for x in u.public_health if "疾控" in x), f"{w}疾控中心")
    mch = next((x for x in u.public_health if "妇幼" in x), f"{w}妇幼保健院")
    grassroots = u.grassroots[0] if u.grassroots else "各基层医疗卫生机构"
    reformed = date >= dt.date(2019, 1, 1)     # the 2018–2019 institutional reform: 医保局, 农业农村局
    # a county's (旗's) 医共体, a district's or a city's 医联体 (voice.unsaid_alliance keeps the other out)
    alliance = ("医共体" if county and w in ("县", "旗") else "医联体") if date >= dt.date(2017, 1, 1) else "城乡对口支援"
    return {
        "dept": own, "dept_name": dept, "gov": levels.bodies(level).government, "w": w,
        "hospital": hospital, "cdc": cdc, "mch": mch, "grassroots": grassroots,
        "subdiv": u.subdivisions or "", "aiwei": f"{w}爱卫办",
        "bianban": f"{w}委编办", "renshe": f"{w}人社局", "caizheng": f"{w}财政局",
        # (before the insurance schemes were joined, a county's 新农合 was run by its own office under the health
        # bureau: read64's readers marked 县医保经办机构 running 新农合 in 2016)
        "yibao": f"{w}医保局" if reformed else f"{w}新农合管理中心" if w in ("县", "旗") and date < dt.date(2017, 1, 1)
        else f"{w}医保经办机构",
        # (who sets the schemes' reimbursement before the 2018–2019 reform: 人社 for the urban schemes, the health body for
        # 新农合 — an 经办机构 pays, it sets no ratio: fresh62's v2, 市医保经办机构要拉开…报销比例)
        "yibao_policy": f"{w}医保局" if reformed else f"{w}人社局和{w}卫生计生部门" if date >= dt.date(2013, 3, 14)
        else f"{w}人社局和{w}卫生部门",
        "nongye": f"{w}农业农村局" if reformed else f"{w}农业局",
        # (国土资源 until the reform: read65's readers marked 自然资源部门 in a 2015 speech)
        "ziran": "自然资源" if reformed else "国土资源",
        "chengguan": f"{w}城管局", "jiaoyu": f"{w}教育局", "minzheng": f"{w}民政局", "alliance": alliance,
        "by": "年底前" if kind == "midyear_review" else "今年内", "study": study_by(date, kind),
        "gap": "下半年剩下的" if kind == "midyear_review" else "今年的", "lab_use": "",
        # the date the other bodies' lines are said on (body_parts: 医疗救助 is no 医保经办机构's before the 2018 reform)
        "as_of": date.isoformat(),
    }


# Measures that work against a problem the brief names, refused anywhere in its speech (the twenty-seventh and
# twenty-ninth readings: 新农合基金支出增长过快 answered by 提高筹资和保障水平 and 门诊统筹 in the same speech).  The
# secretary's own item is hers: a brief that asks for the measure keeps it.
_CONTRADICTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"基金.{0,8}(?:支出增长过快|支出过快|增长过快|超支|透支|穿底|赤字|收不抵支)"),
     r"提高[^，。；]{0,12}(?:保障水平|报销比例|补偿比例|报销水平|待遇水平)|扩大[^，。；]{0,8}(?:报销|补偿)范围|门诊统筹"),
)


def contradicting(brief_words: Sequence[str]) -> str:
    """The pattern of measures that work against one of the problems among ``brief_words`` (the brief's own texts),
    "" where none does; a measure the brief's own words ask for is not refused."""
    text = " ".join(brief_words)
    out = [pattern for problem, pattern in _CONTRADICTS
           if problem.search(text) and not any(re.search(pattern, w) for w in brief_words)]
    return "|".join(out)


# A lag of pace at the end of a problem's name (…进度滞后于时间进度), and the words that name no object of their own.
_PACE_TAIL = re.compile(r"(?:的)?(?:工作)?(?:推进)?进度(?:滞后|落后|偏慢|较慢|缓慢|不快|慢)(?:于(?:时间|序时)进度)?$")
_NO_OBJECT = re.compile(r"^(?:目标任务|重点指标|指标|任务|工作|项目|重点工作|各项工作|部分工作)$")


def lag_object(problem: str) -> str:
    """What a problem of lagging pace lags in (部分社区重点人群健康管理进度滞后于时间进度 → 重点人群健康管理), "" where it
    names nothing of its own (部分目标任务进度滞后于时间进度): the lagging work is then named by its kind."""
    name = _SOME.sub("", problem_name(problem))
    if not _PACE_TAIL.search(name):
        return ""
    obj = re.sub(r"^(?:社区|乡镇|村|单位|街道|县区|区县)", "", _PACE_TAIL.sub("", name))
    return "" if len(obj) < 3 or _NO_OBJECT.match(obj) else obj


def study_by(date: dt.date, kind: str) -> str:
    """By when a problem with no measure of its own is looked into ({study}): the speech's next quarter or half, said in
    words (a date would be a number the brief never gave)."""
    if kind == "midyear_review" or 6 <= date.month <= 8:
        return "三季度"
    return "上半年" if date.month <= 5 else "年底前"


# The business a problem of attention names (部分单位对爱国卫生工作重视不够 → 爱国卫生工作: {work}).
_WORK_OF = re.compile(r"对([\u4e00-\u9fff]{2,12}?)(?:工作)?(?:的)?(?:重视|认识|支持|责任)")


# … or whose duty is not carried out (部分医疗机构依法执业主体责任落实不到位 → 依法执业工作: read57's g5 read 强化各单位相关
# 工作责任 and 对相关工作不落实的单位点名通报), its holders left out.
_HOLDERS = r"(?:部分|一些|少数|个别)?(?:医疗卫生机构|医疗机构|医院|单位|部门|乡镇|社区|村|各级)"
_DUTY_OF = re.compile(_HOLDERS + r"?([\u4e00-\u9fff]{2,8}?)(?:工作)?(?:的)?(?:主体)?责任(?:落实)?(?:不到位|不落实|落实不够)")


def work_of(problem: str) -> str:
    """The work ``problem`` says is not taken seriously enough ({work}: 爱国卫生工作), or whose duty is not carried out
    (依法执业工作); 相关工作 where it names none."""
    m = _WORK_OF.search(problem) or _DUTY_OF.search(problem)
    if m and re.fullmatch(_HOLDERS + "*", m.group(1)):
        m = None          # (一些乡镇责任落实不到位 names whose duty, not which)
    return f"{m.group(1)}工作" if m else "相关工作"


def township_bodies(level: str, kind: str) -> dict[str, str]:
    """The names a township's answers use ({clinic}: its own 卫生院 — a 街道's 社区卫生服务中心 —, {village}, {by}): it
    orders its 卫生院 and its 村, and asks the county for what is the county's (招聘, 定向培养, 项目资金)."""
    w = levels.word(level) if level in levels.LEVELS else "镇"
    own = levels.units(level, dt.date.today()).grassroots if level in levels.LEVELS else ()
    clinic = own[0] if own else f"{w}卫生院"
    village = own[1] if len(own) > 1 else "各村卫生室"
    return {"clinic": clinic, "village": village, "village_name": village.removeprefix("各"), "w": w,
            "by": "年底前" if kind == "midyear_review" else "今年内", "dept": clinic,
            "study": "三季度" if kind == "midyear_review" else "上半年"}


# What a street never says of itself: its people live in 社区, not villages, and neither farm nor 改厕 (the thirty-sixth
# reading).  A town answer with these words and no ``street:`` wording of its own is not a street's to answer.
_RURAL = re.compile(r"村|农村|城乡(?!居民)|生产生活|改厕")


# Words that put a problem below a city's own level (县级疾控机构检测能力不足, 乡镇卫生院人员不足, 村医队伍老化,
# 农村改厕后续管护不到位): the counties' own bodies hold it, and the city's part is to guide, train, back up, press and
# fund them (answer33, a reader's 2025 city 疾控 meeting: 县级疾控机构检测能力不足 answered by tasks for the 市疾控中心).
_BELOW_CITY = re.compile(r"县级|县域|县区|区县|各县|县（|乡镇|乡村|基层|村医|村卫生|行政村|卫生院|卫生室|社区卫生|农村")
# … unless the problem names the city's own bodies too (市疾控中心和县级疾控机构…): the city's own wording then holds.
_CITY_OWN = re.compile(r"[市州盟]级|[市州盟]疾控|[市州盟]妇幼|[市州盟]人民医院|[市州盟]中医|[市州盟]直|全[市州盟]")


def below_city(problem: str, level: str, county_city: bool = False) -> bool:
    """Whether ``problem`` in a speech of ``level`` is found at a level below the speaker's: a city's (州's, 盟's)
    problem that names the counties' or townships' bodies (a county-level city is a county: its 镇 are its own)."""
    return (level in levels.LEVELS and levels.tier_of(level) == levels.PREFECTURE and not county_city
            and bool(_BELOW_CITY.search(problem)) and not _CITY_OWN.search(problem))


def city_answer(entry: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """``entry`` as a city says it of a problem below its level: its ``city:`` wording (what the city's commission and
    units do about the counties' problem) with ``city_government:`` or ``city_bureau:`` after it; None where it has
    none (the entry's own wording is then said, its bodies being the city's)."""
    city = entry.get("city") or ""
    if not city:
        return None
    return {**entry, "text": city, "government": entry.get("city_government") or "",
            "bureau": entry.get("city_bureau") or ""}


def township_answer(entry: Mapping[str, Any], level: str, problem: str = "") -> str:
    """The wording a township's speech answers ``entry`` with: a 街道's own ``street:`` wording where the entry has one,
    else the town's where it fits a street (names no village), else nothing; a 乡 or 镇 says the ``town:`` wording.
    A ``street:`` wording of a broad entry is said only of a ``problem`` naming one of its ``street_when`` words (the
    首诊 entry answers 服务能力 anywhere; its street wording is the 街道's own centre's: answer33)."""
    town = entry.get("town") or ""
    if not levels.is_street(level):
        return town
    street = entry.get("street") or ""
    if street and problem and entry.get("street_when") and not any(w in problem for w in entry["street_when"]):
        return ""
    if street:
        return street
    return "" if _RURAL.search(town) else town


def remaining(brief: Brief) -> dict[str, str]:
    """At a half-year meeting, what is left of each target the first half's figure falls short of (新增医养结合床位 →
    220张), for the answer of a problem about it to name ({gap}); nothing at other meetings."""
    if brief.kind != "midyear_review":
        return {}
    done = {m.name: m for g in brief.achievements for m in g.metrics}
    out = {}
    for t in (t for p in brief.priorities for t in p.targets):
        progress = year_progress(done[t.name], t) if t.name in done else None
        if progress and progress[0]:
            out[t.name] = progress[1]
    return out


# A laboratory the brief says was built (县疾控中心新建生物安全二级实验室投入使用): the surveillance answer puts it to use
# (the twenty-sixth reading: the county's one new surveillance asset listed and never used).
_LAB = re.compile(r"(?:生物安全二级|P2|PCR|核酸检测|病原微生物)实验室")


def assets(brief: Brief) -> dict[str, str]:
    """The slots a brief's own facts give the answers: {lab_use}, what the new laboratory is for ("" where none), and
    {alliance} where the brief names its own (a district whose brief says 区域医共体 has a 医共体: the level's default
    医联体 was refused by voice.unsaid_alliance, and its answer to 基层医疗服务能力仍然薄弱 with it)."""
    facts = [f for g in brief.achievements for f in g.facts]
    lab = next((m.group(0) for f in facts for m in [_LAB.search(f)] if m), "")
    said = f"，用好新建的{lab}，把常见传染病的病原学检测开展起来" if lab else ""
    out = {"lab_use": said}
    words = " ".join([*facts, *brief.problems, *(i for p in brief.priorities for i in p.items)])
    named = [a for a in ("医共体", "医联体") if a in words]
    if len(named) == 1 and brief.year >= 2017:
        out["alliance"] = named[0]
        # (a city's or a district's 医共体 are its counties', led by their county hospitals: fresh66's z2, a 2024 city,
        # had 市级医院要把人员、财务、药品在医共体内实行统一管理, blind71's reader's first tell)
        if named[0] == "医共体" and levels.tier_of(brief.region.level or "") != levels.COUNTY:
            out["hospital"] = "各医共体牵头医院"
    return out


def gap_of(problem: str, gaps: Mapping[str, str]) -> str:
    """What is left of the target ``problem`` is about (its name shares a run of words with the target's), "" if none."""
    name = problem_name(problem)
    best = max(gaps, key=lambda t: longest_run(name, t), default="")
    return gaps[best] if best and longest_run(name, best) >= _SAME_SUBJECT else ""


def _fill(text: str, slots: Mapping[str, str]) -> str:
    filled = re.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), m.group(0)), text)
    # (the market regulator by its name on the date: 工商部门 before the 2018 reform reached the county — fresh50's h4,
    # a 2014 report's 会同公安、市场监管部门)
    as_of = slots.get("as_of")
    return levels.market_body_named(filled, dt.date.fromisoformat(as_of)) if as_of else filled


# What kind of shortfall a problem's name states (its last words): a shortage, a lag, a rise.
_SHORTAGE = re.compile(r"(?:不足|短缺|缺口|紧缺|缺乏|偏少|薄弱|不强|偏弱|较弱|弱|老化|紧张|短板|差距|不够|不高|偏低|较低|低)$")
_LAG = re.compile(r"(?:滞后|缓慢|落后|推进慢|不平衡|不到位)$")
_RISE = re.compile(r"(?:偏高|过快|较多|过多|反复|增多|上升)$")
# A shortfall built up over years (乡村医生年龄老化、学历偏低; 优质医疗资源总量不足、分布不均): closed step by step, never
# promised for one year (session 12's thirty-fifth reading: …今年要下决心解决 said of both, read as a promise no leader makes).
_LASTING = re.compile(r"老化|学历|职称结构|总量不足|分布不均|不均衡|结构不(?:合理|优)|底子薄|基础薄弱|历史欠账|"
                      r"招不来|留不住|引不进|人才[^，；。]{0,2}(?:短缺|匮乏|缺乏|总量不足)")

# How an answer names the gap it answers.  A problem is read out once, where it is weighed (the review's 问题主要有…),
# and at its answer it is named only as what the measure changes: its aim (aim_of: 提升乡镇卫生院服务能力, 缩短院前急救
# 平均反应时间, 增加婴幼儿照护服务供给), worded by the kind of gap (a shortfall is made up, a slow process sped up, a weak
# body strengthened, a rise held down), with the measure after it.  Never the brief's words pasted back as the
# sentence's opener with a pledge (round 42's reader, in five drafts of six: 乡镇卫生院服务能力弱，各乡镇卫生院要…;
# 婴幼儿照护服务供给不足，要作为今年的重点来解决; 急诊急救体系衔接不畅，今年要下决心解决), and never the problem
# alone under an item whose heading already names its subject (the measure is said, the heading and the review name
# it).  {n} the problem's name, {a} its aim, {soon} 逐步/尽快, {m} the measure's first clause, {r} the rest (the other
# bodies, the check), {now} 今年 or 下半年.  Each frame is said once a speech (Answers.frame); the kind says which
# names it fits ("" any).
FRAMES: tuple[tuple[str, str, str], ...] = (
    ("aim", "aim", "{a}，{m}{r}。"),
    ("for", "aim", "为{a}，{m}{r}。"),
    ("then", "aim", "{m}，{soon}{a}{r}。"),
    # a lag whose aim says no more than 加快 (项目进度滞后): the lag is caught up
    ("catch", "lag", "{m}，把落下的进度赶上来{r}。"),
    # a condition is said as the ground the work stands on, never as a gap to close (shortfall_of: "condition")
    ("fact", "condition", "{n}，这是{now}做工作必须面对的实际，{m}{r}。"),
    ("around", "condition", "{n}，这个情况一时改变不了，我们的服务要跟着调整，{m}{r}。"),
    # a shortfall built up over years (_LASTING) is taken a step at a time, its aim said as a long task
    # ({m} may open on its body, 区卫生健康局要…: nothing of the frame runs into it)
    ("long", "lasting", "{a}不是一两年的事，要一年接着一年抓，{m}{r}。"),
    ("step", "lasting", "{a}要立足长远、逐年推进，{m}{r}。"),
    # … or, with no aim to name it by (招不来、留不住), its measure said as work of years
    ("years", "lasting-any", "{m}，这项工作要作为一项长期任务逐年推进{r}。"),
    # the measure alone: under an item on the problem's subject (its heading names it), or once the aims are said
    ("lead", "measure", "{m}{r}。"),
    # the measure first, the state it changes after it (a name aim_of has no aim for)
    ("end", "ends", "{m}，{fix}{r}。"),
)
# Frames that pledge the problem solved or taken on for years: one a speech, and never with a check (the
# thirty-eighth reading's four-step shape: problem, pledge, 某单位要…某单位要…, 每季度通报一次).
# (years too: 这项工作要作为一项长期任务逐年推进；我们年底前组织一次评估 pledged years and a year-end check in one breath,
# reading 51 r2)
PLEDGES = frozenset({"long", "step", "fact", "years"})
# The frames that name the problem by its aim (aim_of).
_AIMED = frozenset({"aim", "for", "then", "long", "step"})

# What a gap's aim does to what the problem names, by the words its name ends on (aim_of): (the ending, the verb for a
# name whose subject is an ability, a staff, a system or anything else).  The subject is the name less its ending.
_ABILITY = re.compile(r"(?:能力|水平|质量|素养|意识|积极性|效率|效益|覆盖面|知晓率|[率度])$")
_STAFF = re.compile(r"(?:人员|人才|医生|医师|护士|村医|力量|队伍|骨干|专干|人手)$")
_SYSTEM = re.compile(r"(?:体系|机制|制度|网络|网底|基础)$")
_AIM_BY_END: tuple[tuple[re.Pattern[str], str, str, str, str], ...] = (
    # (ending, for an ability, a staff, a system, anything else: {s} the subject)
    (re.compile(r"(?:还|仍)?(?:有|存在)(?:短板|差距|不足|弱项)$|(?:还|仍)?不(?:适应|能适应|能满足)[\u4e00-\u9fff]*$"),
     "提升{s}", "充实{s}队伍", "健全{s}", "加强{s}"),
    (re.compile(r"(?:青黄不接|后继乏人|断档)$"), "充实{s}队伍", "充实{s}队伍", "充实{s}队伍", "充实{s}队伍"),
    (re.compile(r"(?:存在|有|还有)?盲区$"), "消除{s}盲区", "消除{s}盲区", "消除{s}盲区", "消除{s}盲区"),
    (re.compile(r"(?:存在|有|还有)?死角$"), "消除{s}死角", "消除{s}死角", "消除{s}死角", "消除{s}死角"),
    (re.compile(r"(?:存在|有|还有)?漏洞$"), "堵塞{s}漏洞", "堵塞{s}漏洞", "堵塞{s}漏洞", "堵塞{s}漏洞"),
    (re.compile(r"(?:存在|有|还有)?空白$"), "填补{s}空白", "填补{s}空白", "填补{s}空白", "填补{s}空白"),
    (re.compile(r"(?:不均衡|不平衡|不均|失衡)$"), "优化{s}", "优化{s}", "优化{s}", "优化{s}"),
    (re.compile(r"(?:偏长|过长|较长)$"), "缩短{s}", "缩短{s}", "缩短{s}", "缩短{s}"),
    (re.compile(r"(?:不畅|不顺|不紧密|脱节)$"), "理顺{s}", "理顺{s}", "理顺{s}", "理顺{s}"),
    (re.compile(r"(?:推进)?(?:滞后|缓慢|偏慢|较慢|不快|落后)$"), "加快{s}", "加快{s}", "加快{s}", "加快{s}"),
    (re.compile(r"不到位$"), "把{s}落实到位", "把{s}配备到位", "把{s}落实到位", "把{s}落实到位"),
    (re.compile(r"(?:不健全|不完善|不够完善|不够健全)$"), "健全{s}", "健全{s}", "健全{s}", "完善{s}"),
    (re.compile(r"(?:不高|偏低|较低|不够高)$"), "提高{s}", "提高{s}", "提高{s}", "提高{s}"),
    (re.compile(r"(?:不足|短缺|缺乏|偏少|紧缺|紧张|缺口(?:较大|很大|大)?|不够|匮乏)$"), "提升{s}", "充实{s}队伍", "健全{s}",
     "增加{s}"),
    (re.compile(r"(?:薄弱|不强|偏弱|较弱|弱)$"), "提升{s}", "充实{s}队伍", "夯实{s}", "加强{s}"),
    (re.compile(r"(?:偏高|过快|较快|较多|过多|增多|上升|增长快)$"), "控制{s}", "控制{s}", "控制{s}", "控制{s}"),
    (re.compile(r"(?:反复|反弹|回潮)(?:出现)?$"), "防止{s}反弹", "防止{s}反弹", "防止{s}反弹", "防止{s}反弹"),
)
# A subject that is a doing (资源下沉, 结果互认): its aim furthers it.
_DOING = re.compile(r"(?:下沉|共享|互认|互通|衔接|联动|协同|落实|覆盖|利用|使用|流动|转诊)$")
# Words a subject keeps from the problem that its aim does not say (…推进滞后 → 加快…; …的 before the ending).
_AIM_TRIM = re.compile(r"与[\u4e00-\u9fff]{2,10}?(?:需求|要求|期待|期盼)$|"
                       r"(?:的|编制|推进|工作推进|总量|数量|规模|程度|仍然|依然|还|较为|比较|相对|明显|严重)+$")


# A lag of pace (进度滞后, 推进缓慢): caught up (FRAMES "catch"); a merger 不到位 has no 进度 to 赶上来 (answer29).
# (a lag of pace only: a discipline or a layout that 滞后 lags behind a need, not behind a schedule, and has no 进度 to
# 赶上来 — fresh59's s2 said 区级医院要…选准几个重点学科…；把落下的进度赶上来 of 学科建设相对滞后)
_PACE = re.compile(r"进度|推进(?:缓慢|慢|滞后|迟缓)|进展(?:慢|缓慢)|(?:项目|工程|改造|任务|建设)(?:推进|实施)?(?:缓慢|滞后|落后)")
_NO_SCHEDULE = re.compile(r"学科|专科|布局|人才|能力|水平|机制|体系")
# A run of the problem's words this long said again is the problem read out a second time (answer29).
ECHO_RUN = 10
# An aim sharing this long a run with an item of its subsection says that item's heading again.
_AIM_RUN = 4


def aim_near(problem: str, items: Sequence[str]) -> bool:
    """Whether ``problem``'s aim (aim_of) says one of ``items`` again (a run of _AIM_RUN characters past its verb)."""
    aim = aim_of(problem)
    return bool(aim) and any(longest_run(aim, i) >= _AIM_RUN for i in items)


def aim_of(problem: str) -> str:
    """What the answer to ``problem`` sets out to change, said as a verb and the problem's subject (乡镇卫生院服务能力弱 →
    提升乡镇卫生院服务能力; 院前急救平均反应时间偏长 → 缩短院前急救平均反应时间; 婴幼儿照护服务供给不足 → 增加婴幼儿照护
    服务供给; 基层防控力量偏弱 → 充实基层防控力量), "" where the name's ending says no gap an aim can turn (a condition,
    a burden, a name the unit was taken from, a list of gaps)."""
    name = _DEGREE.sub("", problem_name(problem))
    if shortfall_of(problem) == "condition" or _BURDEN.search(name) or "、" in name or len(name) <= _BARE_NAME:
        return ""
    for ending, ability, staff, system, other in _AIM_BY_END:
        hit = ending.search(name)
        if not hit:
            continue
        subject = _SOME.sub("", _AIM_TRIM.sub("", name[:hit.start()]))
        if len(subject) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", subject):
            return ""
        if other == "控制{s}" and re.search(r"(?:患者|病人|人口|人群|老年人|儿童|妇女|群众|居民|对象|家庭|户)$", subject):
            return ""                          # (贫困人口中慢性病患者较多: people are cared for, not 控制led: fresh57's q5)
        if other == "优化{s}" and not re.search(r"(?:配置|布局|结构|资源|分布)$", subject):
            return ""                          # (救治工作推进不平衡: only a layout is 优化d)
        if _DOING.search(subject) and other in ("增加{s}", "加强{s}"):
            return f"推动{subject}"          # (资源下沉不够: 推动资源下沉, not 增加资源下沉)
        form = (ability if _ABILITY.search(subject) else staff if _STAFF.search(subject)
                else system if _SYSTEM.search(subject) else other)
        if form == "理顺{s}" and _DOING.search(subject):
            subject += "机制"          # (医共体内部人员统筹使用不畅: 理顺…统筹使用机制, not 理顺…统筹使用: sec44's w4)
        if "落实到位" in form and subject.endswith("落实") and len(subject) > 5:
            subject = subject[:-2]       # (院感防控制度落实不到位: 把院感防控制度落实到位, not …落实落实到位; answer32)
        # (a staff named as a body already, 村医队伍 / 防控力量, is 充实 as it is)
        return form.replace("{s}队伍", "{s}" if re.search(r"队伍|力量|人员|人才|人手|骨干$", subject) else "{s}队伍"
                            ).replace("{s}", subject)
    return ""


# The kinds of meeting whose answers may say how progress is checked: the year's plan, or a special meeting's work,
# is tracked; a pledge or an address sets no reporting of its own.
_CHECK_KINDS = frozenset({"annual_conference", "work_report", "midyear_review", "special_topic"})
# A load carried, not a gap closed (健康扶贫任务仍然繁重, 医保基金压力较大): never pledged solved within the year (the
# thirty-eighth reading: 健康扶贫任务仍然繁重，今年要下决心解决).
_BURDEN = re.compile(r"(?:繁重|较重|艰巨|压力(?:较|很|比较|仍然)?大|任务重)$")
# Words of degree in a problem's name that the measure-first frame leaves out (…薄弱的状况, not …仍然薄弱的状况).
_DEGREE = re.compile(r"(?:仍然|依然|仍|还|尚|较为|比较|相对)(?=[\u4e00-\u9fff]{1,3}$)")
# A name the measure-first frame can say as a state changed (…不足, …滞后, …薄弱; not …差距, …短板, …繁重).
_ENDS = re.compile(r"(?:不足|短缺|缺乏|偏少|薄弱|不强|偏弱|较弱|不够|不高|偏低|较低|滞后|缓慢|不到位|不健全|不完善|不平衡)$")
# A sentence naming a problem that the measures after it answer (a problem the templates have no answer for, taken
# up by an item's own measures): no 前面讲到的, no 要在这项工作上下功夫解决 (the twenty-seventh blind reader).
# (answer19: none any more.  Every row said the problem back as its own answer — X，这项工作要拿出有针对性的办法 /
# 抓这项工作，重点是解决X的问题 / X，这项工作的进度要赶上来 — with no measure after it; round 39's readers marked each REP
# or FILL.  A problem the table has no measure for is left to the bank's measures of its subject, and the table's
# catch-alls answer each kind of gap on the problem's own subject ({subject}).)
REFERS: tuple[tuple[str, str, str], ...] = ()
# (each frame one sentence, as the back reference it replaces was: a numbered item's sentences are counted against
# its neighbours', test_standing_items; each names the gap where the brief's words stand as a clause of their own,
# after a comma or at the head and before ，or 的, so that finish keeps them as the secretary typed them:
# 说到急救站点布局不均衡 was read as our words and dropped by a district's remit, voice._LAYS_EMERGENCY)


# The four steps the thirty-eighth blind reader spotted every answered problem by: the problem named and pledged
# (…，今年要下决心解决), two or more bodies each told what to do (某单位要…，某单位要…), and a check (由某单位每季度
# 通报一次).  answer_shape tells them apart, for bench_problems and the tests.
_PLEDGED = re.compile(r"下决心解决|作为(?:今年|下半年)的重点来解决|短板[^，。]{0,6}补上|一年接着一年抓|长期任务逐年推进|立足长远、逐年解决|"
                      r"势头要尽快扭转|必须面对的实际")
_TOLD = re.compile(r"(?:局|委|中心|院|办|室|所|站|体|局里|委里|我们)要")
_CHECKED = re.compile(r"(?:每[周月季年]|每半年|每季度|按月|按季)[^，；。]{0,8}(?:通报|评估|检查|分析|排名|调度|对账)")


def answer_shape(said: str) -> set[str]:
    """The steps of the answer formula ``said`` takes: pledge (the problem named and pledged to be solved), bodies (two
    or more bodies told 要), check (a cadence of reporting), weekly (a weekly one), four (all three), measure_first
    (the answer opens on the measure, its problem named after it or not at all)."""
    out = set()
    if _PLEDGED.search(said):
        out.add("pledge")
    if len(_TOLD.findall(said)) >= 2:
        out.add("bodies")
    if _CHECKED.search(said):
        out.add("check")
        if "每周" in said:
            out.add("weekly")
    if {"pledge", "bodies", "check"} <= out:
        out.add("four")
    if _TOLD.search(said.split("，")[0]) or said.startswith(("抓", "把")):
        out.add("measure_first")
    return out


# An answer's first clause this long is kept as the brief's own when it opens on the measure (Answers.opened_on_measure).
_OPENING_KEPT = 8
# A problem's name this short has lost the unit it is about (人员不足): not said alone.
_BARE_NAME = 5


def shortfall_of(problem: str) -> str:
    """Which kind of shortfall ``problem``'s name states: condition (a fact no body changes: 人口老龄化程度加深), shortage,
    lag, rise, or "" (a state no word tells)."""
    name = problem_name(problem)
    if CONDITION.search(name):
        return "condition"
    for kind, pattern in (("lag", _LAG), ("rise", _RISE), ("shortage", _SHORTAGE)):
        if pattern.search(name):
            return kind
    return ""


def framed(frame: str, problem: str, main: str, rest: str, slots: Mapping[str, str]) -> str:
    """``frame`` filled with ``problem``'s name and the measure (its first clause ``main``, the rest ``rest``)."""
    now = "下半年" if slots.get("by") == "年底前" else "今年"
    name = problem_name(problem)
    soon = "逐步" if _LASTING.search(name) else "尽快"
    fix = f"{soon}改变{_DEGREE.sub('', name)}的状况"
    aim = aim_of(problem) if "{a}" in frame else ""
    return (frame.replace("{n}", name).replace("{a}", aim).replace("{soon}", soon).replace("{now}", now)
            .replace("{by}", slots.get("by", "今年内")).replace("{fix}", fix)
            .replace("{m}", main.rstrip("。；，")).replace("{r}", rest.rstrip("。；，")))


# The body a problem is about, by its own words (the twenty-second reading: 村卫生室服务能力弱 answered at the 卫生院,
# 社区卫生服务中心人员不足 answered with 疾控 pay, 儿科、精神科紧缺 answered with 基层 posts): the first pattern the problem
# names gives the body its answer speaks of ({where}) and, for a staffing problem, how that body is staffed this year
# ({ways}) and, where it takes years, what is started for later ({later}).  定向培养 fills no post by year-end.
_WHERE: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"(?:嘎查)?村卫生室|乡村医生|村医"), "", "公开招聘、乡镇卫生院派人驻村", "定向培养"),
    (re.compile(r"社区卫生服务中心|社区卫生服务站|社区医务人员|社区医生"), "社区卫生服务中心", "公开招聘、转岗培训和返聘退休医生",
     "定向培养"),
    (re.compile(r"(?:苏木)?乡镇卫生院|卫生院"), "", "公开招聘、转岗培训", "定向培养"),
    # 基层疾控 is the 卫生院's and the 社区中心's public-health staff, not the county's CDC (the twenty-sixth reading, n4)
    (re.compile(r"基层疾控|基层公共卫生|基层防保|防保"), "{grassroots}公共卫生科室", "公开招聘、转岗培训", "定向培养"),
    (re.compile(r"疾控|公共卫生"), "疾控机构", "公开招聘", "委托培养"),
    # the mental-health staff: the specialist institution's (精神卫生专业人员不足, a gap of its own
    # once split from the patients' management, compose.gaps)
    (re.compile(r"精神卫生|精防"), "精神卫生专业机构", "专项招聘、转岗培训", ""),
    (re.compile(r"儿科|精神科|产科|麻醉|病理|重症|急诊|紧缺专业|紧缺学科"), "公立医院",
     "专项招聘、住院医师规范化培训和骨干进修", ""),
    (re.compile(r"医院|高层次|学科|专科"), "公立医院", "柔性引进、公开招聘和在职培养", ""),
)
# The specialties a shortage names (儿科、精神科等紧缺专业医生不足 → 儿科、精神科).
# (a specialty's name holds no unit's word: 社区卫生服务中心全科、儿科医生 gave 务中心全科、儿科, the thirty-third and
# thirty-fourth readings' 各公立医院要把务中心全科、儿科列为人才培养的重点)
_SPEC_NAME = r"(?:(?![中心院室站务局所的和及与])[\u4e00-\u9fff]){1,4}科"
_SPECIALTY = re.compile(rf"((?:{_SPEC_NAME}、)*{_SPEC_NAME})(?=等|医生|医师|人才|专业)")
# A township's, a village's unit as the problem names it (嘎查村卫生室, 苏木乡镇卫生院): said back in its own words.
_UNIT_NAMED = re.compile(r"(?:嘎查)?村卫生室|(?:苏木)?乡镇卫生院|社区卫生服务中心")

_COUNTY_HOSPITALS = re.compile(r"县级(?:公立)?医院|县医院")


def where_of(problem: str, slots: Mapping[str, str], kind: str = "") -> dict[str, str]:
    """The slots naming the body ``problem`` is about at the speaker's level ({where}, {unit}, {village}), the
    specialties it names ({specialty}) and how such a body is staffed ({ways}, {later})."""
    where, ways, later = "基层医疗卫生机构", "公开招聘、转岗培训", "定向培养"
    for pattern, w, r, lt in _WHERE:
        hit = pattern.search(problem)
        if hit:
            grassroots_unit = (slots.get("grassroots") or "基层医疗卫生机构").removeprefix("各")
            where, ways, later = (w.replace("{grassroots}", grassroots_unit) or hit.group(0)), r, lt
            break
    grassroots = [g for g in (slots.get("grassroots", ""),) if g]
    village = next((m.group(0) for m in re.finditer(r"(?:嘎查)?村卫生室", problem)), "")
    if not village:
        # a township's own (township_bodies: a 街道's 社区卫生服务站), else the village clinics of the level
        village = (slots.get("village", "").removeprefix("各")
                   or ("嘎查村卫生室" if "嘎查" in "".join(grassroots) or slots.get("w") == "旗" else "村卫生室"))
    unit = _UNIT_NAMED.search(problem)
    spec = _SPECIALTY.search(problem)
    # at a half-year meeting, 定向培养 is said as what is started for the years after, never as filling this year's posts
    later_said = f"，同时通过{later}为今后几年储备人手" if later else ""
    return {"where": where, "ways": ways, "later": later_said,
            "unit": unit.group(0) if unit else where, "village": f"各{village}", "village_name": village,
            "specialty": spec.group(1) if spec else "紧缺专业"}


def slots_for(problem: str, slots: Mapping[str, str], kind: str = "") -> dict[str, str]:
    """``slots`` with the body ``problem`` is about (where_of) and its hospitals: a problem of the county hospitals is
    theirs to answer in a city's speech too (the twenty-first reading: 部分县级医院服务能力不强 handed to the city's
    hospitals)."""
    out = {**slots, **where_of(problem, slots, kind)}
    # the speaker's own level's hospitals, whatever the problem's are ({hospital_own}: a city's 市级医院 back up the
    # county hospitals its problem names, answer33)
    out["hospital_own"] = slots.get("hospital", "各医院")
    if _COUNTY_HOSPITALS.search(problem) and not out.get("hospital", "").startswith(("县", "旗")):
        out["hospital"] = "各县级医院"
    out["hospital_name"] = out.get("hospital", "医院").removeprefix("各")
    out["subject"] = subject_name(problem)
    out["work"] = work_of(problem)
    out["owner"] = owner_of(problem, out)
    return out


# The body a problem's own words make answerable for it ({owner}, the catch-all's: answer32), the first pattern that
# names one; else the department.  A township's catch-all names none (it reports to the level above).
_OWNERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"疾控|传染病|疫情|免疫|接种|疫苗|结核|艾滋|地方病|消杀|病原"), "cdc"),
    (re.compile(r"妇幼|孕产|孕妇|儿童|新生儿|婴幼儿|出生缺陷|产科|助产"), "mch"),
    (re.compile(r"爱国卫生|爱卫|环境卫生|病媒|卫生城|卫生县城|卫生乡镇|创卫|厕所|垃圾"), "aiwei"),
    (re.compile(r"卫生院|社区卫生|基层|村卫生室|乡村医生|村医|家庭医生|签约"), "grassroots"),
    (re.compile(r"医院|专科|住院|手术|急诊|临床"), "hospital"),
)


# Prices and the fund's payment: the 医保局's once the 2018 reform reached the level (sec50's h5, a 2022 county: 县卫生
# 健康局要牵头把医疗服务价格动态调整机制上的症结找准); named so only in a government leader's mouth, who may task it.
_INSURER_OWNS = re.compile(r"价格|收费|医保基金|医保支付|支付方式|医保报销|报销比例")


def owner_of(problem: str, slots: Mapping[str, str]) -> str:
    """Who answers for ``problem`` where no entry knows it (its words' body: _OWNERS), the department else."""
    if _INSURER_OWNS.search(problem) and slots.get("dept") == slots.get("dept_name") \
            and slots.get("as_of", "") >= "2019-01-01" and slots.get("yibao"):
        return slots["yibao"]
    for pattern, key in _OWNERS:
        if pattern.search(problem) and slots.get(key):
            return slots[key]
    return slots.get("dept", "")


# The business a township does not decide, beyond levels_powers.above_township: a problem naming it is the level
# above's to solve (answer32).
_ABOVE_A_TOWNSHIP = re.compile(r"分级诊疗|价格|编制|医共体|医联体|医疗集团|疾控|科研|学科|专科|县级|人民医院|医保|综合改革|"
                               r"采购|三医|信息化|信息平台|妇幼保健机构|妇幼保健院|监督执法|社会办医|民营医院")


def beyond_township(problem: str, level: str) -> bool:
    """Whether ``problem`` is of the level above a township's business (its price, posts, hospitals, reforms)."""
    return bool(_ABOVE_A_TOWNSHIP.search(problem) or levels_powers.above_township(level).search(problem))


def one_of(text: str, key: str) -> str:
    """One of ``text``'s ‖-separated wordings, drawn by ``key`` (the problem: the same problem, the same wording; no
    draw from the speech's seeded picks, which would shift every later one)."""
    forms = [f for f in text.split("‖") if f]
    return forms[zlib.crc32(key.encode()) % len(forms)] if len(forms) > 1 else "".join(forms)


# The words that say how a subject falls short, at the end of a problem's name (群防群控氛围不浓 → 群防群控氛围).
_GAP_TAIL = re.compile(r"(?:的)?(?:还|仍然|仍|依然|尚|比较|较为|较|相对|不够|不太|有待)?"
                       r"(?:不足|不高|不强|不浓|不够规范|不够及时|不够完善|不够健全|不够|不到位|不及时|不规范|不完善|不健全|不平衡|不均衡|不明显|不理想|薄弱|"
                       r"偏低|偏弱|偏少|较低|较弱|滞后|缓慢|较慢|偏慢|不理想|不明显|短缺|紧张|有差距|存在差距|差距较大|提高|加强|"
                       r"有短板|存在短板|"
                       r"短板|环节|弱|低|差)$")


def subject_name(problem: str) -> str:
    """What ``problem`` is about, less the words saying how it falls short ({subject}: 群防群控氛围不浓 → 群防群控氛围,
    严重精神障碍患者管理还有薄弱环节 → 严重精神障碍患者管理), "" where that leaves too little to name it."""
    name = problem_name(problem)
    for _ in range(3):
        cut = _GAP_TAIL.sub("", name)
        cut = re.sub(r"(?:还有|存在|有)$", "", cut)
        # (and the degree words before them: 疫苗流通和预防接种管理仍存在薄弱环节 → …管理, not …管理仍, sec50's h3)
        cut = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:仍然|依然|仍|还|尚|也)$", "", cut)
        if cut == name:
            break
        name = cut
    # (a heading names the thing, not its share: 加强部分群众卫生意识 was fresh21 r4's heading)
    name = _SOME.sub("", name)
    # (… nor a shortfall still in it with its count: 专家每周在卫生院坐诊不足两天 made 加强专家每周在卫生院坐诊不足两天 and
    # 把专家每周在卫生院坐诊不足两天上的症结找准, read69's t3)
    if _STILL_SHORT.search(name):
        return ""
    return name if len(name) >= 4 and name != problem_name(problem) else ""


_STILL_SHORT = re.compile(r"不足|不够|不到|没有|未能|缺乏|仅有?|只有|少于|低于|不满")


def names_its_subject(entry: Mapping[str, Any]) -> bool:
    """Whether ``entry``'s measure names the problem's subject in its own words ({subject}, {work}): its frame names
    nothing more."""
    return bool(entry.get("names_subject") or re.search(r"\{(?:subject|work)\}", str(entry.get("text") or "")))


def body_of(problem: str, entry: Mapping[str, Any], slots: Mapping[str, str], role: str, check: bool,
            kind: str = "") -> str:
    """What ``entry`` says is done about ``problem`` and by whom (the government's departments only in a government
    leader's mouth, the bureau's 争取 in its head's) and, where ``check``, how progress is checked: one sentence."""
    main, rest = body_parts(problem, entry, slots, role, check, kind)
    return main + rest + "。"


def body_parts(problem: str, entry: Mapping[str, Any], slots: Mapping[str, str], role: str, check: bool,
               kind: str = "") -> tuple[str, str]:
    """body_of in two: the health system's own measure, and what follows it (；the other bodies，the check)."""
    slots = slots_for(problem, slots, kind)
    own = entry.get("government" if role == voice.GOVERNMENT else "bureau") or ""
    main = _fill(one_of(str(entry.get("text") or ""), problem), slots).rstrip("。；")
    rest = ""
    extra = _fill(str(own), slots)
    if extra and slots.get("as_of"):
        # a body told one item of its list that was another's on the date (医疗救助, 民政's until 2019): the item goes
        extra = body_work.own_items_kept(extra, dt.date.fromisoformat(slots["as_of"]))
    if extra and set(re.findall(r"“[^”]+”", extra)) & set(re.findall(r"“[^”]+”", main)):
        extra = ""      # (its named business already the measure's: 打击“两非” twice in one answer, sec50's h4)
    if extra:
        rest += "；" + extra.rstrip("。；")
    if check and entry.get("check"):
        # one sentence with the measure: a check standing alone is the first thing the cut to length takes; a clause
        # of its own naming who reports (区财政局要…落实到位，急救平均反应时间每季度通报一次 left the finance bureau
        # reporting: the twenty-ninth reading)
        said = cadence(_fill(str(entry["check"]), slots).rstrip("。；"), f"{problem}|{slots.get('dept', '')}")
        # (an evaluation is the department's, never the unit's of its own work: 检测项目开展情况，县疾控中心年底前组织一次
        # 评估 was the CDC judging itself, sec42's y4)
        who = slots.get("dept", "") if "评估" in said else reporter(main, slots.get("dept", ""))
        rest += "；" + checked_by(said, who)
    return main, rest


# The quarterly check said in one of several ways, by the problem and the body (reading 43: 每季度通报一次 closed an
# answer in four of six drafts: the tool's tell).
_QUARTERLY = "每季度通报一次"
_QUARTERLY_SAID = ("每季度通报一次", "按季度通报", "按季度在全系统通报")


def cadence(check: str, key: str) -> str:
    """``check`` with its 每季度通报一次 said in the wording ``key`` draws (the same problem and body, the same)."""
    if not check.endswith(_QUARTERLY):
        return check
    return check.removesuffix(_QUARTERLY) + _QUARTERLY_SAID[zlib.crc32(key.encode()) % len(_QUARTERLY_SAID)]


# Where a check's time or place begins (急救平均反应时间|每季度通报一次): who reports is said before it.
_CHECK_WHEN = re.compile(r"每[周月季年]|每半年|年底前|年中|在全系统|按月|按季")
# A check that names its reporter already ({cdc}…, 委里…).
_CHECK_WHO = re.compile(r"^[^，；]{0,12}?(?:局|委|中心|办|院|我们)(?:要|每|在|按)")


# The body a measure opens on, where it is one that reports (区爱卫办要组织暗访检查…: the 爱卫办 reports its 暗访).
_LEADER = re.compile(r"^([^，；、要]{1,10}?(?:局|委|办|疾控中心)|局里|委里|我们)(?:要|会同)")


# The words a bureau's head says his own bureau by (answers' slots: dept).
_OWN_HOUSE = frozenset({"局里", "委里", "我们"})


def reporter(main: str, dept: str) -> str:
    """Who reports on a measure: the body it opens on where that is an office that reports, else ``dept``."""
    m = _LEADER.match(main)
    return m.group(1) if m else dept


def checked_by(check: str, dept: str) -> str:
    """``check`` with who reports it: 急救平均反应时间每季度通报一次 → 急救平均反应时间由区卫生健康局每季度通报一次."""
    if not dept or _CHECK_WHO.match(check):
        return check
    # (the bureau's head checks his own bureau's work unnamed: 由局里… became 由县卫生局每季度报告一次 once 局里 had been
    # said, the head naming his bureau as a third party reporting to him: sec42's y1)
    if dept in _OWN_HOUSE:
        return check.replace("报告一次", "通报一次")
    m = _CHECK_WHEN.search(check)
    if not m or m.start() == 0:
        return f"{dept}{check}" if m else check
    if m.group(0) == "年底前":
        return f"{check[:m.start()]}，{dept}{check[m.start():]}"
    return f"{check[:m.start()]}由{dept}{check[m.start():]}"


def heading_of(problem: str, entry: Mapping[str, Any] | None, slots: Mapping[str, str]) -> str:
    """The numbered item an answer stands as where no item of its area is on its subject (加强紧缺专业人才培养): the
    entry's ``heading``, "" where it has none (the answer then opens its subsection)."""
    if not entry or not entry.get("heading"):
        return ""
    # a shortage naming no specialty is of 紧缺专业 (not 紧缺专业等紧缺专业)
    said = _fill(str(entry["heading"]), slots_for(problem, slots)).replace("紧缺专业等紧缺专业", "紧缺专业")
    # a mechanism, a rule or a system is made whole, not 加强ed (sec50's h5: 三是加强医疗服务价格动态调整机制)
    said = re.sub(r"^加强(.{2,20}(?:机制|制度|体系))$", r"健全\1", said)
    # … and a will, an awareness or a sense is raised (fresh56's p3: 四是加强群众使用意愿)
    # (… wherever its subject names one: 加强群众送托意愿和支付能力, fresh56's p4)
    # … and hands are added, not 加强ed (read66's t4: 四是加强夜间出车人手)
    said = re.sub(r"^加强(?=.{2,20}(?:人手|人员)$)", "充实", said)
    return re.sub(r"^加强(?=.{0,18}(?:意愿|意识|积极性|主动性|获得感|满意度|素养))|^加强(?=.{2,20}(?:水平|覆盖率|率)$)",
                  "提高", said)


# The verb a heading opens on (加强, 提升 …): two characters, no part of its subject.
_HEAD_VERB = 2
# Characters an item and an answer's heading share to be on one subject (紧缺专业人才培养, 县级医院), and an item and the
# problem itself (县域内就诊率): the subject's words, not a verb's.
_SAME_SUBJECT = 4
_SAME_PROBLEM = 5
# How much longer a run another item shares with an answer's heading makes it the clearer home (Answers.closer_elsewhere)
_CLEARER_RUN = 2
# The fit (fit_of) a standing item needs to take an answer: the words of its subject, not a neighbour's.
_STANDING_FIT = 3
# The fit (fit_of) at which an item names a problem's own subject, its words or its answer's heading's: a bare brief item
# takes that answer before any problem only near it (Answers.names_subject) …
_NAMED_FIT = 3
# … and the fit at which the answer's heading names it: a second problem joins an item that holds an answer (Answers.joins)
_HEADING_FIT = 4


def fit_of(problem: str, heading: str, item: str) -> int:
    """How closely ``item`` is on the subject of ``problem``'s answer, 0 where it is not: 4 where it shares a run of
    words with the answer's heading (加强紧缺专业人才培养 and 加强儿科、精神科等紧缺专业人才培养), 3 with the problem
    (提升县级医院综合能力 and 部分县级医院服务能力不强), 2 where serve.score calls them near, 1 where both are of one
    subject (推进医疗联合体建设 and 分级诊疗格局尚未形成: serve.subject_of)."""
    # (a shortage of people is answered under an item on people, not on 疾控体系改革, its own item; nor under one that
    # shares only the place its heading names: 加强社区卫生服务中心人员配备 went under 推进社区卫生服务中心和村卫生室
    # 标准化建设 before 加强全科医生规范化培训…, fresh57's q1)
    # (but a shortage of beds and doctors both is answered under an item on the beds: 县级医院产科、儿科床位和医生严重不足
    # under 扩充…产科、儿科床位, not as 四是加强产科、儿科服务能力 beside it, fresh58's r1)
    if _STAFF_PROBLEM.search(problem) and not _STAFF_ITEM.search(item) \
            and not any(w in problem and w in item for w in _STAFF_AND_MORE):
        return 0
    if _PAY_PROBLEM.search(problem) and not _PAY_ITEM.search(item):
        return 0          # pay is answered under an item on pay, else as its own (绩效工资 under 标准化建设 read as premises)
    if any(f and _shared_words(f[_HEAD_VERB:], item) for f in heading.split("‖")):
        return 4
    if stands_apart(problem):
        return 0          # 重视不够, 合并后融合: no item of the area's business is about them (answer29)
    name = problem_name(problem)
    if longest_run(name, item) >= _SAME_PROBLEM or _shared_words(name, item):
        return 3
    if shortfall_of(problem) == "condition":
        return 0          # a condition is worked around in an item of its own, not under another's (人口流出 under 疫情防控)
    if near_items(problem, (item,)):
        return 2
    mine = subject_of(problem)
    return 1 if mine and mine != "推进" and subject_of(item) == mine else 0


# A problem of how the work is held, not of the work itself: units that do not take it seriously, a merger not yet one
# body (answer29: 部分单位对爱国卫生工作重视不够 answered inside 推进病媒生物防制, 卫生和计生机构合并后职能融合 inside
# 落实计划生育奖励扶助政策).  Its answer stands as a numbered item of its own (its heading), never under another's.
_APART = re.compile(r"重视(?:程度)?不(?:够|足|高)|不够重视|认识不(?:到位|足|够)|责任(?:落实)?不(?:到位|落实|够)|"
                    r"合并|机构改革|职能融合|职能整合|合署|机构整合|整合(?:后|以来)")


def stands_apart(problem: str) -> bool:
    """Whether ``problem`` is of how the work is held (_APART): answered by an item of its own, under no other."""
    return bool(_APART.search(problem))


# A problem of people and an item on people (fit_of: 县疾控中心专业技术人员不足 is no answer under 推进疾控体系改革).
_STAFF_PROBLEM = re.compile(r"(?:医生|医师|人才|人员|队伍|护士|村医).{0,6}(?:不足|短缺|缺口|紧缺|缺乏|偏少|流失|留不住|引不进|老化)")
_STAFF_AND_MORE = ("床位", "设备", "用房", "业务用房", "救护车")
_STAFF_ITEM = re.compile(r"人才|人员|队伍|医生|村医|引育|招聘|培养|培训|配备|编制")
# A problem of pay and an item on pay (fit_of: 乡镇卫生院绩效工资激励不足 is no answer under 推进乡镇卫生院标准化建设).
_PAY_PROBLEM = re.compile(r"绩效|薪酬|激励|收入偏低|收入不高|待遇偏低|待遇不高|积极性不")
_PAY_ITEM = re.compile(r"绩效|薪酬|收入|待遇|激励|分配|运行机制|综合改革")


# Four characters two texts share that say no subject of their own (服务能力 is every unit's).
GENERIC_RUNS = frozenset("服务能力 卫生服务 医疗卫生 公共卫生 卫生机构 基层医疗 能力建设 服务管理 卫生健康 医疗服务 疗卫生机 "
                          "工作机制 体系建设 队伍建设 综合能力 服务水平 服务质量 "
                          # (基层医疗卫生机构 is every 基层 item's: 运行机制 is no home under 标准化建设, answer29)
                          "层医疗卫 "
                          # (卫生计生 is every item's name of the system from 2013 to 2018: 推进卫生计生机构职能融合 is no
                          # home in 推进流动人口卫生计生基本公共服务均等化, fresh57's q1)
                          "卫生计生 生计生基".split())


def _shared_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` share a run of _SAME_SUBJECT characters that names a subject (全科医生, 县级医院)."""
    n = _SAME_SUBJECT
    return any(a[i:i + n] in b and a[i:i + n] not in GENERIC_RUNS for i in range(len(a) - n + 1))


# How closely an item of the brief must speak of a problem for the problem's answer to open the subsection before the
# item (serve.score, not strict: 做好基本公共卫生服务项目 and 基本公共卫生服务项目进度滞后 score 10, 推进社区医院建设 and
# 社区卫生服务中心人员不足 3).
ITEM_NEAR = 5


def near_items(problem: str, items: Sequence[str]) -> bool:
    """Whether one of ``items`` is on ``problem``'s subject (its answer is then said first, before the item)."""
    return any(score(i, problem, strict=False) >= ITEM_NEAR for i in items)


class Answers:
    """The templates' ``answer(problems, items)``: (problem, paragraph, whether an item is on its subject) for each
    problem the table knows, said where its task takes it up, in the speaker's voice; the problems it answers are
    marked on the picker (Picker.answered_problems), which then neither answers them again from the bank nor says them
    honestly unanswered.  How progress is checked is said for the first problem a speech answers that has a check
    (纳入督查 in every paragraph was a form).  ``answer.heading(problem)`` is the numbered item the answer stands as
    where no item of its area is on its subject (the twenty-second reading: answers floating before 一是)."""

    def __init__(self, picker: Any, table: Sequence[Mapping[str, Any]], level: str, date: dt.date, role: str,
                 kind: str, *, rural: bool = False, county_city: bool = False,
                 gaps: Mapping[str, str] | None = None, own: Mapping[str, str] | None = None,
                 siblings: Mapping[str, Sequence[str]] | None = None,
                 remedies: Sequence[Mapping[str, Any]] = (), naming: dt.date | None = None) -> None:
        # a township's speech names no department of its own (levels.units): its problems are the bank's to answer
        self.township = levels.tier_of(level) == levels.TOWNSHIP if level in levels.LEVELS else False
        self.level = level
        self.county_city = county_city
        self.slots = (bodies(level, date, role, kind, rural=rural, county_city=county_city, naming=naming)
                      if not self.township
                      else township_bodies(level, kind))
        self.slots = {**self.slots, "study": study_by(date, kind), **(own or {})}
        self.picker, self.table, self.date, self.role, self.kind = picker, table, date, role, kind
        self.checked = False
        self.gaps = dict(gaps or {})           # what is left of each lagging target (remaining)
        self.leads: list[str] = []             # the problems answered so far in the speech
        self.said: dict[str, str] = {}          # each answered problem's sentence, as said
        self.framed: set[str] = set()           # the frames said so far (FRAMES, REFERS: each once a speech)
        self.frames: list[str] = []             # … in the order said (bench_problems counts a frame said twice)
        self._headings: dict[str, str] = {}     # each problem's numbered item, once chosen (heading)
        self.entries: dict[str, Mapping[str, Any]] = {}   # the entry each answered problem was answered by
        self._sources: dict[str, int] = {}      # … as the table has it (id: a township's is reworded)
        self._again_said: set[str] = set()      # the catch-all's ``again`` wordings said (one each a speech)
        # the other gaps of the brief problem each gap was split from (compose.gaps)
        self.siblings = {k: tuple(v) for k, v in (siblings or {}).items()}
        self.remedies = tuple(remedies)         # what acts on each kind of problem (remedy_of)

    def __call__(self, problems: Sequence[str], items: Sequence[str] = ()) -> list[tuple[str, str, bool]]:
        out: list[tuple[str, str, bool]] = []
        here: set[str] = set()
        if self.role == voice.UNIT and self.kind == "pledge":
            # a unit's head pledging names his unit's shortfalls and undertakes to mend them; the table's answers are the
            # departments' (fresh65 y5, read70: a 县人民医院院长 said 局里要摸清公立医院…，要积极争取县委编办…支持 and
            # 县人民医院要对照外转较多的病种… of his own hospital)
            return out
        for p in problems:
            covered = self._covered(p)
            if covered in here:
                # a gap whose measure a sibling gap's answer has just said in this subsection (托育机构收费偏高、入托率低:
                # one entry answers both) is answered there: the same measure is not said twice
                self.said[p] = self.said[covered]
                self.picker.answered_problems.add(p)
                continue
            # (said under another task, the sibling's measure is not said again: the gap takes its next entry)
            chosen = self._measure(p, items, skip=self._sources.get(covered, 0) if covered else 0)
            if chosen is None:
                continue
            entry, frame, main, rest, named, check = chosen
            said = framed(frame, named, main, rest, self.slots)
            self.leads.append(p)
            self.said[p] = said
            here.add(p)
            if check:
                self.checked = True
            self.picker.answered_problems.add(p)
            out.append((p, said, near_items(p, items)))
        return out

    def _covered(self, p: str) -> str:
        """The sibling gap of ``p`` (split from the same brief problem) already answered by the entry that would answer
        ``p`` first, "" where none is."""
        answered = [s for s in self.siblings.get(p, ()) if s != p and s in self.said and s in self._sources]
        if not answered:
            return ""
        first = entry_of(p, self.table, self.date)
        if first is None or "{subject}" in str(first.get("text") or ""):
            return ""         # a catch-all is worded on each gap's own subject: each says its own
        return next((s for s in answered if self._sources[s] == id(first)), "")

    def _measure(self, p: str, items: Sequence[str], skip: int = 0
                 ) -> tuple[Mapping[str, Any], str, str, str, str, bool] | None:
        """The first entry answering ``p`` whose measure this speech can say (its date, level and voice: picker.vary),
        with its frame, measure, rest, the clause it names and whether it carries the speech's check; None where none
        can be said.  The entry ``skip`` (its id) is not taken: a sibling gap's, said under another task."""
        kind = remedy_of(p, self.remedies, self.date)
        for entry in acting_first(list(entries_of(p, self.table, self.date)), kind[1] if kind else None, self.role,
                                  self.level, below_city(p, self.level, self.county_city)):
            source = id(entry)
            if source == skip:
                continue
            own = self._own_part(entry, p)
            if own is None:
                continue
            entry = own
            # a catch-all worded on the subject ({subject}: …的薄弱环节逐项列出来…) is said once a speech; a second gap
            # it answers takes its ``again`` wording, or the next entry (round 47's r3: 委里要把…的薄弱环节逐项列出来，
            # 一项一项明确责任人和完成时限，年底前先解决最急需的几项，其余的分年度推进 for two problems, word for word)
            if "{subject}" in str(entry.get("text") or "") and source in self._sources.values():
                again = entry.get("again_town" if self.township else "again")
                if not again:
                    continue
                # (answer32: each wording once a speech, the ``again`` ones in turn; a third gap it would answer goes to
                # the next entry: 也要有人抓、有人管 said of two problems in one speech)
                forms = [f for f in str(again).split("‖") if f and f not in self._again_said]
                if not forms:
                    continue
                self._again_said.add(forms[0])
                entry = {**entry, "text": forms[0], "check": ""}
            # the measure is the speech's own wording (checked for its date, level and voice); the gap it answers is
            # named in passing in the brief's own words, and is not
            gap = gap_of(p, self.gaps)
            slots = {**self.slots, "gap": f"剩下的{gap}"} if gap else self.slots
            # the gap is named by the clause the measure is about (出生人口持续下降，托育服务利用率不高: the 托育 clause,
            # the twenty-seventh reading's 解决出生人口持续下降的问题 by 托育 places)
            named = clause_of(p, entry)
            # a check once a speech, at a meeting that tracks its work, never weekly by default, and never after a
            # pledge (the four-step shape): the answer that says it takes a frame that pledges nothing
            check = (not self.checked and self.kind in _CHECK_KINDS and bool(entry.get("check"))
                     and "每周" not in str(entry.get("check") or ""))
            main, rest = body_parts(p, entry, slots, self.role, check=check, kind=self.kind)
            main = self.picker.vary(main + "。")
            if not main:
                continue
            # the problem goes unnamed only under an item of the brief on its subject, whose heading names it
            # (… or where an item's words are the aim's: 三是提升基层服务能力。…，尽快提升基层医疗卫生机构服务能力 said
            # the heading again at the end of its own item, b13)
            # … or where the measure names the problem's subject itself ({subject}, {work}): 为把X落实到位，我们要把X的…
            # said it twice in one sentence (answer29)
            frame = self.frame(named, FRAMES, pledge=not check,
                               unnamed=near_items(p, items) or aim_near(named, items) or names_its_subject(entry))
            self.entries[p] = entry
            self._sources[p] = source
            return entry, frame, main, rest, named, check
        return None

    def _own_part(self, entry: Mapping[str, Any], problem: str = "") -> Mapping[str, Any] | None:
        """``entry`` as this speech's level may say it: a township answers only where the table words its own part
        (镇卫生院, 村, 争取上级支持): the county's 合管办, 编办 and 定向培养 are not its to order (the twenty-ninth
        reading: 村医老化 answered by 轮训); None where it has none.  A catch-all's township wording (its 卫生院's
        tasks split by month) is not said of a ``problem`` of the level above's business (医疗服务价格调整滞后 at a 街道:
        answer32): the table's ``above_town`` is, which reports it up and takes the township's part."""
        if not self.township:
            # a city's problem below its level (县级疾控机构检测能力不足) is said as the city's part where the entry words
            # it: its commission and units guide, train, back up and press the counties', which do the work
            return (city_answer(entry) or entry) if problem and below_city(problem, self.level, self.county_city) \
                else entry
        if problem and is_catch_all(entry) and beyond_township(problem, self.level):
            above = next((e.get("above_town") for e in self.table if e.get("above_town")), "")
            name = re.sub(r"(?:工作)?(?:推进|建设)$", "", subject_name(problem) or lag_object(problem)
                          or problem_name(problem))
            said = one_of(str(above), problem).replace("{subject}", name)
            return ({**entry, "text": said, "government": "", "bureau": "", "check": "", "names_subject": True}
                    if above and name else None)
        town = township_answer(entry, self.level, problem)
        return {**entry, "text": town, "government": "", "bureau": "", "check": ""} if town else None

    def item_measures(self, item: str) -> list[str]:
        """The measures of the entries on a brief ``item``'s subject (entries_of, the item read as a gap; no catch-all
        worded on a subject, none a problem of this speech was answered by), in the speaker's voice, the speech's
        time and level, none claimed: what a brief item its area's measures leave thin says (reading 45: r4's
        提高新农合保障水平 said only its heading, while the 保障水平 entry holds 补偿方案 and 报销比例)."""
        out: list[str] = []
        used = set(self._sources.values())
        for entry in entries_of(item, self.table, self.date):
            if "{subject}" in str(entry.get("text") or "") or id(entry) in used:
                continue
            own = self._own_part(entry, "" if self.township else item)
            if own is None:
                continue
            entry = own
            main, _ = body_parts(item, entry, self.slots, self.role, check=False, kind=self.kind)
            said = main + "。"
            if main and "{" not in main and self.picker._timely(said) and self.picker._fresh(said) \
                    and self.picker._for_speaker(said):
                out.append(said)
        return out

    def opened_on_measure(self) -> tuple[str, ...]:
        """The first clause of each answer said that opens on its measure, not on its problem's name (FRAMES "lead",
        "end"): finish keeps a sentence holding one as the brief's own (core.brief_clauses)."""
        names = {problem_name(clause_of(p, self._entry(p) or {})) for p in self.said}
        heads = (re.split(r"[，；]", s, maxsplit=1)[0] for s in self.said.values())
        return tuple(h for h in heads if len(h) >= _OPENING_KEPT and h not in names)

    def frame(self, problem: str, frames: Sequence[tuple[str, str, str]], pledge: bool = True,
              unnamed: bool = True) -> str:
        """A frame of ``frames`` that fits ``problem``'s shortfall and this speech has not said yet (seeded by the
        speech's seed and the problem, so the rest of the speech draws as before); the plain one once all are said.
        A pledge (PLEDGES) only where ``pledge`` and none said yet; the problem not named at all only where
        ``unnamed`` (an item on its subject names it)."""
        kind = shortfall_of(problem)
        if frames is FRAMES and unnamed:
            # an item on the problem's subject heads the answer: its heading names the subject, the review named the
            # problem; the answer says what is done (round 42: 一是健全急诊急救体系。急诊急救体系衔接不畅，今年要下决心解决)
            self.frames.append("lead")
            return "{m}{r}。"
        lasting = frames is FRAMES and kind != "condition" and bool(_LASTING.search(problem_name(problem)))
        aim = aim_of(problem) if frames is FRAMES else ""
        # a frame that would say a long stretch of the problem again (为把卫生和计生机构合并后职能融合落实到位: the
        # brief's words read out a second time, answer29) is not said: the review read the problem out
        echo = frames is FRAMES and longest_run(_DEGREE.sub("", problem_name(problem)), problem) >= ECHO_RUN
        if aim and longest_run(aim, problem) >= ECHO_RUN:
            aim = ""
        pledged = not pledge or bool(PLEDGES & self.framed) or bool(_BURDEN.search(problem_name(problem)))
        ends = frames is FRAMES and kind != "condition" and bool(_ENDS.search(_DEGREE.sub("", problem_name(problem))))
        fits = [(key, text) for key, want, text in frames
                if key not in self.framed and not (pledged and key in PLEDGES)
                and ((want == "aim" and aim) or (want == "lasting" and lasting and aim)
                     or (want == "lasting-any" and lasting)
                     or (want == "lag" and kind == "lag" and bool(_PACE.search(problem_name(problem)))
                         and not (_NO_SCHEDULE.search(problem_name(problem)) and "进度" not in problem_name(problem)))
                     or (want == "condition" and kind == "condition" and not echo)
                     or (want == "ends" and ends and not aim and not echo) or not want)]
        # (a frame made for this kind of shortfall is one among the others: preferred, 这块短板 opened every draft's)
        pool = fits
        if not pool:
            # every frame said (or none fits): the measure alone; the review has named the problem
            self.frames.append("plain")
            return "{m}{r}。"
        key, text = random.Random(f"{getattr(self.picker, 'seed', 0)}|{problem}|{len(self.framed)}").choice(pool)
        self.framed.add(key)
        self.frames.append(key)
        return text

    def refer(self, problem: str) -> str:
        """A sentence naming ``problem`` before the measures of an item that answer it (REFERS), once a form a speech;
        "" where no form is left (a problem is never said back as its own answer)."""
        frame = self.frame(problem, REFERS) if REFERS else ""
        return framed(frame, problem, "", "", self.slots) if frame and "{m}" not in frame else ""

    def place(self, problem: str, items: Sequence[str], taken: Container[str] = (),
              brief: Container[str] = ()) -> str:
        """The item of ``items`` (none of ``taken``) most closely on the subject of ``problem``'s answer (fit_of), the
        first on a tie; "" where none is.  An item of the brief's (``brief``) takes it on any fit, a standing item only
        where it shares the answer's or the problem's words (提升基层医疗卫生服务能力 is no home for 社区卫生服务中心人员不足:
        its answer stands as 加强社区卫生服务中心人员配备)."""
        # every wording of its heading: an item sharing the words of any is on its subject
        heading = heading_of(problem, self._entry(problem), self.slots)
        best, fit = "", (0, 0)
        fits: dict[str, int] = {}
        ranks: dict[str, tuple[int, int]] = {}
        for item in items:
            n = fit_of(problem, heading, item) if item not in taken else 0
            if item not in brief and n < _STANDING_FIT:
                n = 0
            fits[item] = n
            # (of two items on its subject, the one sharing the longer run with the answer's heading: 加强乡镇卫生院人员
            # 配备 and 推行乡镇卫生院人员“县管乡用”… before 提高乡镇卫生院医务人员薪酬待遇, read67's u2)
            ranks[item] = self._rank(problem, heading, item, n)
            if ranks[item] > fit:
                best, fit = item, ranks[item]
        # an item another problem of the speech is more closely on goes to that one (the twenty-ninth reading's p4:
        # 环境卫生反弹 took 开展病媒生物防制 first, and 病媒生物防制常态化机制不健全 was left 巩固国家卫生城市创建成果)
        rivals = [r for rs in getattr(self.picker, "area_problems", {}).values() for r in rs if r != problem]
        for item in sorted((i for i in fits if fits[i] > 0), key=lambda i: (-ranks[i][0], -ranks[i][1])):
            if not any(fit_of(r, self._heading_words(r), item) > fits[item] for r in rivals):
                return item
        return best

    def joins(self, problem: str, items: Sequence[str], taken: Container[str]) -> str:
        """The brief's item (of ``items``, one ``taken`` by another problem's answer already) on whose own subject
        ``problem`` is (near_items: 家庭医生签约服务推进缓慢 and 做实家庭医生签约服务), the closest; "" where none is.  Its
        answer is said inside that item, after the first (answer33: it stood as a numbered item of its own,
        二是抓好工作进度落实, beside 一是做实家庭医生签约服务)."""
        best, fit = "", 0.0
        for item in items:
            if item in taken:
                n = score(item, problem, strict=False)
                if n < ITEM_NEAR and self.fits(problem, item) >= _HEADING_FIT:
                    # (the words of its answer's heading name the item's subject: 农贸市场管理不规范, answered as 抓好农贸市场
                    # 环境卫生整治, and 开展农贸市场环境整治 score 3, and the problem stood as a numbered item of its own,
                    # 规范农贸市场管理, two items after it: fresh32's h46.  Not a run shared with the problem alone:
                    # 基层卫生人员职称晋升难 under 补齐基层卫生人才缺口 lost its answer to the item's own 职称评聘)
                    n = ITEM_NEAR
                if n >= ITEM_NEAR and n > fit:
                    best, fit = item, n
        return best

    def fits(self, problem: str, item: str) -> int:
        """How closely ``item`` is on the subject of ``problem``'s answer (fit_of, with every wording of its heading)."""
        return fit_of(problem, self._heading_words(problem), item)

    @staticmethod
    def _rank(problem: str, heading: str, item: str, fit: int) -> tuple[int, int]:
        """``item``'s fit for ``problem``'s answer, then (where it fits at all) the longest run it shares with a wording of
        the answer's heading or with the problem's name: of two items on the subject, the closer one."""
        if not fit:
            return (0, 0)
        runs = [longest_run(f, item) for f in heading.split("‖") if f] + [longest_run(problem_name(problem), item)]
        return (fit, max(runs))

    def closer_elsewhere(self, problem: str, item: str, items: Sequence[str]) -> bool:
        """Whether another of ``items`` is more closely on the subject of ``problem``'s answer than ``item`` (its fit,
        then the run it shares with the answer's heading): the answer is said there, not under the first item that
        names its subject (read67's u2: 乡镇卫生院人员结构性短缺 answered under 两个允许's pay, not 县管乡用)."""
        heading = self._heading_words(problem)

        def rank(x: str) -> tuple[int, int]:
            return self._rank(problem, heading, x, fit_of(problem, heading, x))
        mine = rank(item)
        # (a run one character longer is no clearer home: read67's u3, 已组建的医联体多数还是松散的技术协作…, left 年底前每所
        # 三级医院至少牵头组建一个医疗联合体 bare for 建立医联体内利益共享机制 on a run of two against one)
        return any(r[0] > mine[0] or r[0] == mine[0] and r[1] >= mine[1] + _CLEARER_RUN
                   for r in (rank(x) for x in items if x != item))

    def heads_item(self, problem: str, item: str) -> bool:
        """Whether ``item`` shares the subject words of ``problem``'s answer heading (fit_of's 4): the item its answer
        is said under, even one that stands apart (推动卫生计生工作深度融合 under 推进卫生和计划生育机构…深度融合)."""
        return self.fits(problem, item) >= _HEADING_FIT

    def names_subject(self, problem: str, item: str) -> bool:
        """Whether ``item`` names the subject of ``problem`` or of its answer's heading (_NAMED_FIT)."""
        return self.fits(problem, item) >= _NAMED_FIT

    def apart(self, problem: str) -> bool:
        """Whether ``problem``'s answer stands as a numbered item of its own (stands_apart), never under another's."""
        return stands_apart(problem)

    def _entry(self, problem: str) -> Mapping[str, Any] | None:
        """The entry ``problem`` was answered by (its first that the speech could say), else the first that names it."""
        return self.entries.get(problem) or entry_of(problem, self.table, self.date)

    def _heading_words(self, problem: str) -> str:
        """Every wording of ``problem``'s answer heading (heading_of), "" in a township's speech."""
        return heading_of(problem, self._entry(problem), self.slots) if not self.township else ""

    def heading(self, problem: str) -> str:
        """The numbered item ``problem``'s answer stands as (heading_of: one of its ‖-separated wordings, chosen once
        a speech by the picker's seed, so that two seeds do not share it), "" where it has none."""
        if self.township:
            return ""
        if problem not in self._headings:
            forms = [f for f in heading_of(problem, self._entry(problem), self.slots).split("‖") if f]
            # a wording the date would have to say in its older words is left to the other (reading 51 r1, 2013:
            # 补齐县人民医院能力短板 said as 弥补县人民医院能力的不足 where 提升县人民医院服务能力 was there to say)
            timely = [f for f in forms if era.backdate(f, self.date) == f]
            forms = timely or forms
            self._headings[problem] = self.picker.rng.choice(forms) if len(forms) > 1 else "".join(forms)
        return self._headings[problem]


def answers_for(picker: Any, table: Sequence[Mapping[str, Any]], level: str, date: dt.date, role: str, kind: str,
                *, rural: bool = False, county_city: bool = False, gaps: Mapping[str, str] | None = None,
                own: Mapping[str, str] | None = None, siblings: Mapping[str, Sequence[str]] | None = None,
                remedies: Sequence[Mapping[str, Any]] = (), naming: dt.date | None = None) -> Answers:
    """The templates' ``answer`` for a speech (see Answers)."""
    return Answers(picker, table, level, date, role, kind, rural=rural, county_city=county_city, gaps=gaps, own=own,
                   siblings=siblings, remedies=remedies, naming=naming)
