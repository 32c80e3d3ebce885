"""What a ceremony's address (致辞) is given at, read from the meeting's name: the kind of event, what it launches or
opens, and whether the speaker's own place hosts it.

A secretary names the event as it is printed on the banner, in many phrasings: 2025年临江区全民健康促进月启动仪式,
望江社区卫生服务中心启用仪式, 县域医共体揭牌仪式, “世界家庭医生日”义诊活动, 庆祝“5·12”国际护士节暨优秀护士表彰大会.
Each kind of event says its own meaning (templates/wording/ceremonies.yaml): a launch says what is launched and how it
will run, an opening what the new building or service offers, a 义诊 who serves whom, a 护士节 honours the nurses and a
医师节 the doctors (a day that exists from 2018: 国务院 approved it in November 2017 and it was first kept on
2018-08-19).  A leader at his own place's launch hosts it (welcomes and thanks; he does not congratulate his own
government on holding it, reading 27's h18); a leader from the level above, or at a unit's opening, congratulates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The first year a 中国医师节 was kept (国函〔2017〕140号 of 2017-11-03: every 8月19日 from 2018).
DOCTORS_DAY_FROM = 2018

TRAINING, AWARD, NURSES_DAY, DOCTORS_DAY = "training", "award", "nurses_day", "doctors_day"
CLINIC, ALLIANCE, OPENING, GROUNDBREAKING = "clinic", "alliance", "opening", "groundbreaking"
SIGNING, COOPERATION, PROMOTION, LAUNCH = "signing", "cooperation", "promotion", "launch"
PATRIOTIC = "patriotic"
ANNIVERSARY, FORUM, OTHER = "anniversary", "forum", "other"

# The kinds in the order they are tried: a 护士节 that is also a 表彰 is the nurses' day; a 义诊 launched with a
# 启动仪式 is a 义诊; a 医共体 揭牌 is the alliance's founding, not a building's opening.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (NURSES_DAY, re.compile(r"护士节|5[·.．•]12|五一二")),
    (DOCTORS_DAY, re.compile(r"医师节|8[·.．•]19|八一九")),
    (TRAINING, re.compile(r"培训|研修|开班|进修班|轮训|训练营")),
    (AWARD, re.compile(r"表彰|颁奖|先进事迹报告")),
    (CLINIC, re.compile(r"义诊|巡诊|送医|健康下乡|三下乡|服务下基层")),
    (ALLIANCE, re.compile(r"医共体|医联体|医疗集团|健康共同体|专科联盟|医疗联合体|共同体")),
    (SIGNING, re.compile(r"家庭医生|家医|签约服务")),
    (GROUNDBREAKING, re.compile(r"奠基|开工|动工")),
    (OPENING, re.compile(r"启用|开业|开诊|落成|投入使用|投用|揭牌|挂牌|乔迁|竣工|开馆|运营")),
    (COOPERATION, re.compile(r"签约|合作|对口支援|对口帮扶|结对")),
    # (爱国卫生月 cleans the places people live: no 健康知识 campaign)
    (PATRIOTIC, re.compile(r"爱国卫生|卫生大扫除|环境卫生(?:集中)?整治|病媒|灭蚊|清洁家园|城乡清洁|卫生城市|卫生县城|卫生乡镇")),
    (PROMOTION, re.compile(r"宣传(?:周|月|日)|健康促进|健康教育|科普|健康知识|主题(?:宣传|活动)|世界\S{0,12}日|全国\S{0,10}日|"
                           r"健康生活方式|控烟|无烟|献血")),
    (LAUNCH, re.compile(r"启动|开幕|首发|上线|推介")),
    (ANNIVERSARY, re.compile(r"周年|院庆|建院")),
    (FORUM, re.compile(r"论坛|研讨会|年会|峰会|学术|交流会|座谈会")),
)

# What opens: the facility's kind by the words of its name, most particular first (a 中医院 is no plain 医院).
_FACILITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("centre_service", re.compile(r"胸痛中心|卒中中心|创伤中心|危重孕产妇救治中心|危重新生儿救治中心|透析中心|急救站|120")),
    ("tcm", re.compile(r"中医馆|国医堂|中医院|中医医院|中医")),
    ("maternal", re.compile(r"妇幼|妇产|儿童医院")),
    ("community", re.compile(r"社区卫生服务(?:中心|站)|社区医院")),
    ("township", re.compile(r"卫生院")),
    ("village", re.compile(r"卫生室|卫生所")),
    ("elderly", re.compile(r"医养|养老|康养|护理院|安宁疗护")),
    ("cdc", re.compile(r"疾控|疾病预防控制")),
    ("hospital", re.compile(r"医院|院区|门诊楼|住院楼|病房楼|医技楼|综合楼|大楼")),
)

# Where an event's own name ends: the ceremony words after what it is about (…启动仪式, …揭牌暨签约仪式).
_TAIL = re.compile(r"(?:正式)?(?:启动仪式|启动会|启动大会|启动式|开幕式|开幕仪式|启用仪式|开业仪式|开诊仪式|揭牌仪式|"
                   r"挂牌仪式|落成仪式|奠基仪式|开工仪式|签约仪式|仪式|庆典|大会|活动|启动|揭牌|启用|开业|开诊|挂牌|落成|"
                   r"奠基|开工|签约)+$")
_HEAD = re.compile(r"^(?:\d{4}年(?:度)?)?(?:庆祝|纪念)?")
# A unit's generic name after its place (石门镇|卫生院): the place is part of the unit's name.
_UNIT_HEAD = re.compile(r"(?:中心)?卫生院|人民医院|中医院|中医医院|妇幼|社区卫生服务|疾控|疾病预防控制|第[一二三四五六七八九十]人民医院")
_SCOPE = re.compile(r"^全(?:省|市|州|盟|县|区|旗|乡|镇|街道)")


@dataclass(frozen=True)
class Event:
    """A ceremony as its name gives it.  ``kind`` is one of the kinds above; ``subject`` what it launches or opens,
    as the name says it (全民健康促进月, 望江社区卫生服务中心: "" where the name says nothing more than the ceremony);
    ``facility`` the kind of place an opening opens (community, hospital … or ""); ``own`` whether the name is the
    speaker's place's own event (its name or its scope word: 临江区…, 全区…); ``done`` what the ceremony does to its
    subject, as congratulated (正式启用, 揭牌成立, 正式启动: "" for an event that is held, not done); ``it`` how the
    speech names the subject again once the welcome has named it in full (中心, 医共体, 新院区: a name said five times
    in 500 characters reads as a form, and once.py cuts a brief item's name said more than twice)."""

    kind: str
    subject: str
    facility: str
    own: bool
    done: str = ""
    it: str = ""


def event_kind(meeting: str, year: int) -> str:
    """The kind of event ``meeting`` names (OTHER where none matches).  A 医师节 before DOCTORS_DAY_FROM is no
    festival: it is taken for what else its name says (a 表彰, else OTHER)."""
    for kind, words in _KINDS:
        if kind == DOCTORS_DAY and year < DOCTORS_DAY_FROM:
            continue
        if words.search(meeting):
            return kind
    return OTHER


def subject_of(meeting: str, region: str = "", short: str = "") -> str:
    """What the event is about, by its name without the year, the place and the ceremony's words:
    2025年临江区全民健康促进月启动仪式 → 全民健康促进月; 东城区望江社区卫生服务中心启用仪式 → 望江社区卫生服务中心."""
    name = _HEAD.sub("", meeting.strip())
    place = next((p for p in (region, short) if p and name.startswith(p)), "")
    # (a unit named by its place keeps it: 石门镇卫生院, 安平县人民医院, not a bare 卫生院)
    if place and len(name) > len(place) + 1 and not _UNIT_HEAD.match(name[len(place):]):
        name = name[len(place):]
    # (…启用暨…行动启动仪式: the event before 暨 is the one the banner leads with)
    name = name.split("暨")[0] if "暨" in name[2:] else name
    name = re.sub(r"建设$", "", _TAIL.sub("", name)).strip("　 ")
    # (全民健康促进月 keeps its 全民; 全区健康知识竞赛 loses its scope word, said by the speech itself)
    name = _SCOPE.sub("", name) if _SCOPE.match(name) and len(name) > 3 else name
    name = re.sub(r"^(?:庆祝|纪念)|庆祝$", "", name)
    return name if 2 <= len(name) <= 24 else ""


def facility_of(subject: str) -> str:
    """The kind of facility a subject names (see _FACILITIES), "" where it names none."""
    for key, words in _FACILITIES:
        if words.search(subject):
            return key
    return ""


def own_event(meeting: str, region: str, short: str = "") -> bool:
    """Whether ``meeting`` is the place's own event: after its year, its name opens on the place (or its short name)
    or on the place's scope word (全区…)."""
    name = _HEAD.sub("", meeting.strip())
    return bool((region and name.startswith(region)) or (short and len(short) >= 2 and name.startswith(short))
                or _SCOPE.match(name))


# What the ceremony does, by the first of its words the name holds (揭牌 of an alliance founds it; of a building, opens it).
_DONE: tuple[tuple[str, str], ...] = (
    ("开业", "正式开业"), ("开诊", "正式开诊"), ("落成", "落成启用"), ("竣工", "落成启用"), ("投入使用", "正式投入使用"),
    ("投用", "正式投入使用"), ("启用", "正式启用"), ("开馆", "正式开馆"), ("运营", "正式运营"), ("乔迁", "乔迁新址"),
    ("揭牌", "揭牌"), ("挂牌", "挂牌"), ("成立", "正式成立"), ("奠基", "开工建设"), ("开工", "开工建设"), ("动工", "开工建设"),
    ("启动", "正式启动"), ("开幕", "开幕"), ("上线", "正式上线"),
)


def _done(meeting: str, kind: str) -> str:
    for word, said in _DONE:
        if word in meeting:
            return ("揭牌成立" if kind == ALLIANCE else "揭牌运行") if said in ("揭牌", "挂牌") else said
    return "正式成立" if kind == ALLIANCE else ""


# The head noun a subject is named by again, by how the subject ends (社区卫生服务中心 → 中心).
_HEAD_NOUN = re.compile(r"(新院区|院区|新院|新门诊楼|门诊楼|住院楼|病房楼|医技楼|综合楼|大楼|中医馆|国医堂|服务中心|服务站|卫生院|卫生室|"
                        r"社区医院|中医院|医院|中心|医共体|医联体|医疗集团|共同体|联盟|项目|工程)$")


def head_noun(subject: str) -> str:
    """How ``subject`` is named again (see Event.it): its head noun, else the subject itself."""
    m = _HEAD_NOUN.search(subject)
    if not m:
        return subject
    word = m.group(1)
    return "中心" if word == "服务中心" else "服务站" if word == "服务站" else word


def event_of(meeting: str, year: int, region: str = "", short: str = "") -> Event:
    """The ceremony ``meeting`` names (see Event)."""
    kind = event_kind(meeting, year)
    subject = subject_of(meeting, region, short)
    facility = facility_of(subject) if kind in (OPENING, GROUNDBREAKING) else ""
    # an anniversary is its unit's (宁川市第二人民医院建院六十周年 → 医院): the unit is congratulated, not its years
    unit = re.split(r"建院|建站|建所|成立|创建|组建", subject)[0] if kind == ANNIVERSARY else subject
    return Event(kind, subject, facility, own_event(meeting, region, short), _done(meeting, kind),
                 head_noun(unit or subject))
