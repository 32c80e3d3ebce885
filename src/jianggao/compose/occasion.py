"""What a special or seasonal meeting's lines must fit beyond its subject: how its diseases spread, its season, its town.

A meeting on one kind of disease deploys that kind's tools.  Dengue and chikungunya are carried by mosquitoes: their
tools are the vector's (伊蚊监测, 清积水) and fever screening, never 密切接触者管理 (the thirty-sixth reading's August
2025 蚊媒 meeting, r5); a winter 呼吸道 meeting takes no 结核、艾滋 lines (special15's report).  The brief says which
diseases the meeting is about (its name, items and problems); where it names none, nothing is limited.

A line's season words follow the meeting's month: 春季爱国卫生运动 is deployed from winter to spring, not in August;
今冬明春 and 冬春季 need a meeting from autumn to spring, 夏秋季 and 汛期 one from spring to autumn.  An annual
conference plans the whole year and says every season; a special meeting and a half-year review speak of the weeks
ahead.  An urban district's or a street's speech never says 农村人居环境 (Picker's farm gate, levels' rural flag).

``off_occasion`` gives the patterns of lines a speech may not say (Picker.ruled_out and Picker._timely apply them).
"""
from __future__ import annotations

import datetime as dt
import re

# How each kind of disease spreads, by the words that name it (a disease may spread more than one way: 禽流感 is
# caught from poultry and through the air).
SPREADS: dict[str, re.Pattern[str]] = {
    "vector": re.compile(r"登革热|基孔肯雅热|寨卡|疟疾|乙脑|流行性乙型脑炎|蚊媒|伊蚊|蚊虫|灭蚊|病媒|黄热病|西尼罗|夏秋季"),
    "respiratory": re.compile(r"呼吸道|流感|新冠|肺炎|麻疹|百日咳|水痘|腮腺炎|猩红热|结核|H7N9|禽流感|支原体|冬春季|秋冬季"),
    "enteric": re.compile(r"肠道|腹泻|诺如|手足口|霍乱|伤寒|痢疾|甲肝|戊肝|食源性|食物中毒|夏秋季"),
    "blood": re.compile(r"艾滋|(?<![集急慢染])性病|梅毒|乙肝|丙肝|病毒性肝炎|血源"),
    "zoonotic": re.compile(r"人畜共患|禽流感|H7N9|活禽|布病|布鲁氏|狂犬|鼠疫|包虫|炭疽|出血热|猴痘"),
    # a meeting on vaccination (接种, 疫苗) deploys its tools whatever the disease; the children's programme (免疫规划,
    # 入学查验) only where the brief speaks of children's vaccines, not at a flu-vaccine meeting (special15's report)
    "vaccine": re.compile(r"接种|疫苗|免疫规划"),
    "childhood": re.compile(r"免疫规划|预防接种|适龄儿童|儿童接种|查漏补种|入托入学|麻疹|脊灰|百日咳|手足口"),
    # the COVID epidemic itself: its tools where the brief speaks of it (and its era, through the 提法 registry)
    "covid": re.compile(r"新冠|新型冠状|常态化疫情防控|常态化防控|冬春季疫情|冷链"),
}

# A tool with the ways of spreading it serves: a line naming it fits a meeting on one of them (any meeting where the
# brief names no disease).  Words that say a disease outright (结核, 艾滋) are the disease's own.
_TOOLS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(words), frozenset(ways.split())) for words, ways in (
        # close contacts are traced for what passes person to person or from one source (cholera, poultry)
        (r"密切接触者|密接", "respiratory enteric zoonotic covid"),
        (r"人畜共患|动物疫病|畜间|家畜|犬只|犬伤", "zoonotic"),
        (r"肠道门诊|逢泻必检|腹泻病|食源性|集体聚餐|农村宴席|饮食卫生", "enteric"),
        (r"晨午检|因病缺课", "respiratory enteric vaccine"),
        (r"通风换气|戴口罩|佩戴口罩|咳嗽礼仪", "respiratory covid"),
        (r"结核", "blood respiratory_tb"),
        # (性病, not the 性病 of 聚集性病例 or 急性病)
        (r"艾滋|(?<![集急慢染])性病|梅毒|高危行为|美沙酮|暗娼", "blood"),
        (r"病毒性肝炎|乙肝|丙肝", "blood"),
        (r"预防接种|疫苗|免疫规划|接种率|查漏补种|入托入学查验|接种门诊", "vaccine respiratory enteric blood zoonotic"),
        (r"免疫规划|适龄儿童|入托入学|入学查验|接种证|漏种儿童|流动儿童", "childhood"),
        (r"伊蚊|蚊媒|灭蚊|蚊虫|布雷图|诱蚊", "vector"),
        (r"鼠类|灭鼠|鼠密度|蝇类|灭蝇|蟑螂", "vector zoonotic enteric"),
        (r"发热门诊|发热病人|发热患者", "vector respiratory zoonotic covid"),
        # a meeting on infectious disease says nothing of chronic disease (慢性病综合防控和重点传染病防治是…两项基础性
        # 工作 at the thirty-sixth reading's mosquito meeting)
        (r"慢性病|慢病", "chronic"),
        (r"核酸|隔离观察|集中隔离|健康码|行程卡|扫码|场所码|落地检|返乡人员", "covid"),
    ))

# A named 结核 meeting: 结核 is said where the meeting names it, not at a winter 呼吸道 meeting (special15's report)
_TB = re.compile(r"结核")


def spreads_of(text: str) -> frozenset[str]:
    """The ways the diseases ``text`` names spread (SPREADS)."""
    out = {way for way, words in SPREADS.items() if words.search(text)}
    if _TB.search(text):
        out.add("respiratory_tb")
    return frozenset(out)


def meeting_spreads(kind: str, meeting: str, brief_text: str) -> frozenset[str]:
    """The ways of spreading a special meeting's brief speaks of (its name, items, problems) where its name is on a
    disease or a season (…蚊媒传染病防控工作会议, 秋冬季传染病防控); empty, no limit, for the other kinds (an annual
    conference covers every disease) and for a meeting on the whole of the work (2021年全市疾病预防控制工作会议 plans
    the year's 疫情防控, 免疫规划, 慢病 and 结核 alike, whatever its items name)."""
    if kind != "special_topic" or not occasional(meeting):
        return frozenset()
    return spreads_of(f"{meeting} {brief_text}")


# A meeting's name that says it is on a season, a campaign or a disease, not the whole year's work
_OCCASION = re.compile(r"春季|夏季|秋季|冬季|冬春|夏秋|秋冬|汛期|今冬明春|运动|行动|活动月|宣传月|宣传周")


def occasional(meeting: str) -> bool:
    """Whether a special meeting named ``meeting`` is on a season, a campaign or particular diseases (see _OCCASION)."""
    return bool(_OCCASION.search(meeting) or spreads_of(meeting) - {"vaccine", "childhood"})


def tools_off(spreads: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The tools no disease of ``spreads`` calls for (_TOOLS): a mosquito meeting's 密切接触者, 肠道门诊, 结核."""
    if not spreads:
        return ()
    return tuple(words for words, ways in _TOOLS if not ways & spreads)


# Season words by the months in which a meeting that is not an annual conference may say them: 春季 deployed from
# winter to spring (a February meeting plans the spring campaign), 冬春季 and 今冬明春 from autumn to spring, 夏季,
# 夏秋季 and 汛期 from spring to autumn.  (春季 here is the season, not 冬春季's; 春节 is no season word.)
_SEASONS: tuple[tuple[re.Pattern[str], frozenset[int]], ...] = (
    (re.compile(r"(?<![冬])春季|春季爱国卫生"), frozenset({12, 1, 2, 3, 4, 5})),
    (re.compile(r"今冬明春|冬春季|秋冬季|冬季|入冬"), frozenset({9, 10, 11, 12, 1, 2, 3})),
    (re.compile(r"夏秋季|夏季|汛期|盛夏|高温季节"), frozenset({4, 5, 6, 7, 8, 9})),
)
# a half-year review looks at the months ahead: 冬春季 is the winter coming (下半年要提前做好冬春季…), 春季 is past
_MIDYEAR_SEASONS = (_SEASONS[0],)
# The holidays' crowds are said as at hand (元旦、春节期间人员流动和聚集明显增多): only from November to February, by any
# kind of meeting (fresh50's h6, a township's April conference, ordered 返乡人员 counted for 元旦、春节).
_HOLIDAYS = (re.compile(r"元旦、春节|两节期间|春节期间|春节前后|春运"), frozenset({11, 12, 1, 2}))


def seasons_off(kind: str, date: dt.date | None, meeting: str = "") -> tuple[re.Pattern[str], ...]:
    """The season words out of place at a ``kind`` meeting named ``meeting`` on ``date`` (see _SEASONS); none for an
    annual conference, a work report, a pledge or an address, nor a special meeting on the whole year's work
    (occasional), which speak of every season; the holidays' (_HOLIDAYS) out of their months at any meeting."""
    if date is None:
        return ()
    table = _SEASONS if kind == "special_topic" and occasional(meeting) else \
        _MIDYEAR_SEASONS if kind == "midyear_review" else ()
    return tuple(words for words, months in (*table, _HOLIDAYS) if date.month not in months)


def other_disease(text: str, spreads: frozenset[str]) -> bool:
    """Whether ``text`` speaks only of diseases that spread otherwise than the meeting's (``spreads``): 新冠病毒感染与
    流感等呼吸道传染病的诊疗 at a mosquito meeting.  A line naming none, or one of the meeting's, is not."""
    if not spreads:
        return False
    named = spreads_of(text)
    return bool(named) and not named & spreads


def off_occasion(kind: str, date: dt.date | None, meeting: str, brief_text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of lines a ``kind`` meeting named ``meeting`` on ``date`` whose brief says ``brief_text`` does
    not say: tools for diseases it is not about (tools_off) and words of another season (seasons_off).  The brief's
    own words are the secretary's and are never judged (the caller takes them out first)."""
    return tools_off(meeting_spreads(kind, meeting, brief_text)) + seasons_off(kind, date, meeting)
