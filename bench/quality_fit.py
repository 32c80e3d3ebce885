"""Time, place and truth in a draft: era words, another level's words, other places' particulars, logic slips and
claims the brief did not make (the bench's second half of detectors; quality_checks holds the first).

jieba (optional) sharpens the detection of other places' names; without it a plainer regex does the job.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re

from quality_checks import Draft, Finding, sentence_at, sentences, split_sentences

# --- era words (built-in list; jianggao's 提法 registry or lint are used on top when present) ----------------------

D = dt.date
# (term, not before, not after, why). A window is generous where the date is uncertain.
ERA_TERMS: list[tuple[str, D | None, D | None, str]] = [
    ("卫生健康", D(2018, 3, 13), None, "卫生健康委/局 formed by the 2018 State Council reform"),
    ("卫生计生", D(2013, 3, 14), D(2019, 12, 31), "卫生计生委 existed 2013-03 to the 2018-19 reform"),
    ("卫计", D(2013, 3, 14), D(2019, 12, 31), "short form of 卫生计生"),
    ("人口计生", None, D(2014, 12, 31), "人口计生 bodies merged into 卫生计生 2013-14"),
    ("人口和计划生育", None, D(2014, 12, 31), "as above"),
    ("卫生局", None, D(2016, 12, 31), "county 卫生局 merged into 卫生计生局 2013-15"),
    ("医保局", D(2018, 5, 31), None, "国家医疗保障局 formed 2018-05-31; local ones 2018-19"),
    ("习近平新时代中国特色社会主义思想", D(2017, 10, 18), None, "named at the 19th congress"),
    ("新时代党的卫生与健康工作方针", D(2017, 10, 18), None, "new-era formulation after the 19th congress"),
    ("党的十九大", D(2017, 1, 1), None, "19th congress 2017-10 (announced 2017)"),
    ("十九大精神", D(2017, 10, 18), None, "19th congress 2017-10-18"),
    ("十九届", D(2017, 10, 24), None, "19th central committee"),
    ("二十大", D(2022, 1, 1), None, "20th congress 2022-10 (announced 2022)"),
    ("二十大精神", D(2022, 10, 16), None, "20th congress 2022-10-16"),
    ("二十届三中全会", D(2024, 7, 15), None, "plenum 2024-07-15..18"),
    ("二十届四中全会", D(2025, 10, 20), None, "plenum 2025-10-20..23"),
    ("十八大以来", D(2012, 11, 15), None, "18th congress 2012-11"),
    ("十八届", D(2012, 11, 15), None, "18th central committee"),
    ("十三五", D(2014, 1, 1), D(2022, 12, 31), "13th five-year plan 2016-20 (planning from 2014)"),
    ("十四五", D(2019, 1, 1), None, "14th five-year plan 2021-25 (planning from 2019)"),
    ("十五五", D(2024, 1, 1), None, "15th five-year plan 2026-30 (planning from 2024)"),
    ("十二五", None, D(2017, 12, 31), "12th five-year plan 2011-15"),
    ("三孩", D(2021, 5, 31), None, "三孩 policy announced 2021-05-31"),
    ("全面两孩", D(2015, 10, 29), None, "decided at the 18th CC 5th plenum 2015-10-29"),
    ("单独两孩", D(2013, 11, 15), D(2016, 6, 30), "2013-11 to the 全面两孩 policy"),
    ("生育支持", D(2021, 6, 1), None, "优化生育政策 decision 2021-07"),
    ("育儿补贴", D(2023, 1, 1), None, "local subsidies from 2023, national 2025"),
    ("托育", D(2019, 1, 1), None, "国办发〔2019〕15号 on 3-and-under care"),
    ("新冠", D(2020, 1, 20), None, "COVID-19 named a notifiable disease 2020-01-20"),
    ("核酸检测", D(2020, 1, 20), None, "COVID-19"),
    ("常态化疫情防控", D(2020, 4, 1), D(2023, 6, 30), "COVID-19 normalised phase"),
    ("疫情防控常态化", D(2020, 4, 1), D(2023, 6, 30), "as above"),
    ("乙类乙管", D(2022, 12, 26), None, "COVID-19 downgraded 2022-12-26 (effective 2023-01-08)"),
    ("动态清零", D(2021, 8, 1), D(2022, 12, 31), "policy 2021-08 to 2022-12"),
    ("规模性疫情", D(2021, 1, 1), None, "COVID-19 era wording"),
    ("人民至上、生命至上", D(2020, 5, 1), None, "2020 formulation"),
    ("医药领域腐败问题集中整治", D(2023, 7, 1), None, "national campaign from 2023-07"),
    ("新质生产力", D(2023, 9, 7), None, "first used 2023-09"),
    ("急难愁盼", D(2020, 1, 1), None, "wording of 2020-21 onwards"),
    ("医防协同", D(2020, 1, 1), None, "post-COVID public-health reform wording"),
    ("医防融合", D(2018, 1, 1), None, "wording from about 2018"),
    ("健康中国行动", D(2019, 7, 15), None, "国发〔2019〕13号 2019-07-15"),
    ("健康中国战略", D(2017, 10, 18), None, "19th congress report"),
    ("健康中国2030", D(2016, 8, 19), None, "national health conference 2016-08"),
    ("紧密型", D(2019, 5, 1), None, "紧密型县域医共体 pilots 2019-05"),
    ("医共体", D(2016, 1, 1), None, "county medical communities, from 2016-17"),
    ("城乡居民医保", D(2016, 1, 12), None, "国发〔2016〕3号 merged the schemes"),
    ("城乡居民基本医疗保险", D(2016, 1, 12), None, "as above"),
    ("新农合", None, D(2019, 12, 31), "merged into 城乡居民医保 by 2019"),
    ("家庭医生签约", D(2015, 1, 1), None, "national roll-out 2016 (pilots 2015)"),
    ("分级诊疗", D(2013, 11, 12), None, "18th CC 3rd plenum 2013-11"),
    ("DRG", D(2019, 5, 1), None, "national DRG pilots 2019-05"),
    ("DIP", D(2020, 10, 1), None, "DIP pilots 2020-10"),
    ("带量采购", D(2018, 11, 1), None, "4+7 procurement 2018-11"),
    ("两票制", D(2016, 4, 1), None, "2016 policy"),
    ("健康扶贫", D(2016, 6, 1), None, "2016-06 健康扶贫工程"),
    ("脱贫攻坚", D(2015, 6, 1), None, "2015 wording"),
    ("乡村振兴", D(2017, 10, 18), None, "19th congress"),
    ("高质量发展", D(2017, 10, 18), None, "19th congress"),
    ("公立医院高质量发展", D(2021, 5, 14), None, "国办发〔2021〕18号"),
    ("中国式现代化", D(2021, 7, 1), None, "from the 2021-07-01 speech"),
    ("两个确立", D(2021, 11, 11), None, "19th CC 6th plenum"),
    ("两个维护", D(2018, 1, 1), None, "wording from 2018"),
    ("四个意识", D(2016, 1, 1), None, "wording from 2016"),
    ("新发展理念", D(2015, 10, 29), None, "18th CC 5th plenum"),
    ("新发展格局", D(2020, 5, 1), None, "2020 wording"),
    ("不忘初心、牢记使命", D(2017, 10, 18), None, "19th congress theme"),
    ("主题教育", D(2019, 5, 31), None, "不忘初心 主题教育 from 2019-05"),
    ("党史学习教育", D(2021, 2, 20), None, "from 2021-02-20"),
    ("两学一做", D(2016, 2, 1), None, "from 2016-02"),
    ("三严三实", D(2014, 3, 9), None, "from 2014-03"),
    ("群众路线教育实践活动", D(2013, 4, 1), None, "2013-14 campaign"),
    ("八项规定", D(2012, 12, 4), None, "Politburo 2012-12-04"),
    ("互联网+医疗健康", D(2018, 4, 28), None, "国办发〔2018〕26号"),
    ("医养结合", D(2013, 9, 1), None, "国发〔2013〕35号"),
    ("新时代爱国卫生运动", D(2020, 11, 14), None, "国发〔2020〕15号"),
    ("放管服", D(2015, 5, 1), None, "from 2015"),
    ("最多跑一次", D(2016, 12, 1), None, "from 2016-12"),
    ("一老一小", D(2020, 10, 1), None, "2020 wording"),
    ("住院分娩补助", None, D(2020, 12, 31), "the subsidy was folded into basic public health services"),
    ("非政府办基层医疗卫生机构", None, D(2020, 12, 31), "essential-drug roll-out wording of the 2010s"),
    ("供给侧结构性改革", D(2015, 11, 10), None, "from 2015-11"),
    ("基本医疗卫生与健康促进法", D(2019, 12, 28), None, "passed 2019-12-28"),
    ("疫苗管理法", D(2019, 6, 29), None, "passed 2019-06-29"),
]


def era_words(text: str, when: dt.date) -> list[Finding]:
    """Terms of ERA_TERMS used outside their window on ``when`` (卫生健康 inside 卫生健康工作会议 before 2018 too)."""
    found = []
    for term, start, end, why in ERA_TERMS:
        if term not in text:
            continue
        if (start and when < start) or (end and when > end):
            # 新时代党的卫生与健康工作方针 holds 卫生与健康, not 卫生健康: only count a real occurrence.
            sent = next((s for s in split_sentences(text.replace("\n", "。")) if term in s), term)
            found.append(Finding("era", sent, f"{term} ({why})"))
    return found


# --- level words --------------------------------------------------------------------------------------------------

_LEVEL_CHARS = ("省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "街道")
_ABOVE = {"省": set(), "市": {"省"}, "州": {"省"}, "盟": {"省"}, "县": {"市", "州", "盟", "省"},
          "区": {"市", "省"}, "旗": {"盟", "市", "省"}, "市辖区": {"市", "省"},
          "镇": {"县", "区", "市", "旗", "省"}, "乡": {"县", "区", "市", "旗", "省"}, "街道": {"区", "市", "县", "省"}}


def level_words(text: str, level: str, parent_level: str | None = None) -> list[Finding]:
    """Another level's scope words and bodies: 全区/区委/区政府/区卫生健康局 in a 县 draft, and so on.

    Levels above the speaker's (全市 in a 县 speech carrying out the city's meeting) and lower units spoken to
    (各乡镇) are fine.
    """
    own = "区" if level == "市辖区" else level
    allowed = {own} | _ABOVE.get(level, set()) | ({parent_level} if parent_level else set())
    found = []
    for other in _LEVEL_CHARS:
        if other in allowed:
            continue
        pattern = rf"(?:全{other}(?!级|域|委|政府)|{other}委、{other}政府|{other}委{other}政府|{other}卫生健康局|{other}卫健局|" \
                  rf"{other}卫生计生局|{other}卫生局|{other}人民政府|我{other}(?!级))"
        if other in ("镇", "乡", "街道") and level in ("县", "区", "市", "旗", "市辖区"):
            pattern = rf"(?:我{other}|{other}党委、{other}政府)"  # 全镇 / 各乡镇 may be addressed from above
        for m in re.finditer(pattern, text):
            word = m.group(0)
            if other == "区" and text[max(0, m.start() - 1):m.start()] in ("城", "社", "辖", "园", "景", "牧", "山", "市"):
                continue
            if word.startswith("全") and text[m.start():m.start() + 5] in ("全市区", "全县区", "全区县"):
                continue
            found.append(Finding("level", sentence_at(text, m.start()), word))
    if level in ("区", "市辖区", "街道"):
        # County-only units and goals in a district: 县级医院, 县域医共体, 大病不出县.
        for m in re.finditer(r"县级(?:公立|中医|综合)?医院|县级中医医院|县域|大病不出县|县乡村", text):
            found.append(Finding("level", sentence_at(text, m.start()), m.group(0)))
    return found



# --- powers: what a level's speaker and its bodies can and cannot do (reading 48's BODY class) -------------------

_TOWNSHIPS = ("乡", "镇", "街道")
_CLAUSES = re.compile(r"[^，。；：]+[，。；：]?")
# (pattern, why) judged in a township's speech (乡, 镇, 街道): the county's indicators, the county's reform run from
# inside, services above a 卫生院's grade, 疾控's monitoring
_TOWNSHIP_BEYOND = (
    (re.compile(r"县域内?就诊率"), "a county indicator"),
    (re.compile(r"医共体内[^，。；]{0,12}(?:统一|一体化|核算)|财务统一核算|统一的药品耗材采购配送|药品耗材[^，。；]{0,4}统一采购"),
     "the county's 医共体 run from inside"),
    (re.compile(r"老年综合评估门诊|多病共管|多学科(?:联合)?诊疗|日间手术|胸痛中心|卒中中心"), "above a 卫生院's grade"),
    (re.compile(r"食品安全风险监测"), "the county 疾控's monitoring"),
)
_ASKED = re.compile(r"配合|协助|争取|参与|作为[^，。；]{0,8}成员单位|按照[^，。；]{0,10}部署")
# a township's 约谈 over a reform the county leads
_COUNTY_REFORM = re.compile(r"医共体|医联体|医改|公立医院|分级诊疗|综合改革|支付方式")
# a city or a county defining what the province and the nation set
_SET_ABOVE = re.compile(r"理顺疾控机构的职能定位|疾控机构的?职能定位")
# the market regulator's names: one per speech, the one of its date (工商/食药监 before the 2018 reform, 市场监管 after)
_MARKET_NAMES = re.compile(r"工商(?:行政管理)?部门|市场管理部门|市场监管部门|市场监督管理部门")


def powers_lines(text: str, level: str, date: dt.date, speaker_title: str = "", on_behalf_of: str = "") -> list[Finding]:
    """Lines a speaker at ``level`` on ``date`` cannot say: a township running the county's business (县域内就诊率, the
    医共体's finance and procurement, services above a 卫生院, food-risk monitoring, 约谈 over a county reform); a city
    or county defining 疾控's functions; a health body ordering 医保's 医保电子凭证; 医疗救助 given to 医保 before the 2018
    reform (民政's); the market regulator under a name not of its date, or under two names in one speech."""
    found: list[Finding] = []
    sents = split_sentences(text)
    government = bool(re.search(r"[省市县区旗州盟乡镇]长|政府|党委|县委|区委|市委", speaker_title + on_behalf_of))
    for s in sents:
        clauses = _CLAUSES.findall(s)
        if level in _TOWNSHIPS:
            for words, why in _TOWNSHIP_BEYOND:
                for i, c in enumerate(clauses):
                    m = words.search(c)
                    # (a clause running on from one that 配合s is asked too: 配合…统一管理，逐步实现…一体化运行)
                    if m and not _ASKED.search("".join(clauses[:i + 1])):
                        found.append(Finding("powers", s, f"{m.group(0)} ({why})"))
            if "约谈" in s and _COUNTY_REFORM.search(s):
                found.append(Finding("powers", s, "约谈 over a county-led reform"))
        if level != "省":
            m = _SET_ABOVE.search(s)
            if m and not re.search(r"按照|落实|配合", s):
                found.append(Finding("powers", s, f"{m.group(0)} (set by the nation and the province)"))
        if not government and date >= dt.date(2019, 1, 1):
            for c in clauses:
                if "医保电子凭证" in c and not re.search(r"配合|医保部门|医保局", c):
                    found.append(Finding("powers", s, "医保电子凭证 (the 医保局's)"))
        if date < dt.date(2018, 3, 17):
            for c in clauses:
                if "医疗救助" in c and re.search(r"医保|新农合|合管|人社|卫生", c.split("医疗救助")[0]) \
                        and "民政" not in c:
                    found.append(Finding("powers", s, "医疗救助 (民政's before 2018)"))
    names = {m.group(0) for m in _MARKET_NAMES.finditer(text)}
    reform = dt.date(2018, 3, 17) if level in ("省", "市", "州", "盟") else dt.date(2019, 1, 1)
    for m in _MARKET_NAMES.finditer(text):
        name = m.group(0)
        wrong = name == "市场管理部门" or (name.startswith("工商") and date >= reform) or \
            (name.startswith("市场") and name != "市场管理部门" and date < dt.date(2018, 3, 17))
        if wrong or len(names) > 1:
            found.append(Finding("powers", sentence_at(text, m.start()), f"{name} ({'not of its date' if wrong else 'two names'})"))
    seen: set[str] = set()
    return [f for f in found if not (f.text in seen or seen.add(f.text))]     # one line, one finding




# --- particulars ------------------------------------------------------------------------------------------------

_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢"
                "姜崔钟谭陆汪范廖石邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤窦庞")
_TITLES = "同志|局长|主任|书记|县长|区长|市长|镇长|乡长|旗长|院长|部长|副局长|副主任|副县长|副区长|副市长"
_PERSON = re.compile(rf"(?<![\u4e00-\u9fff])?([\u4e00-\u9fff]{{2,3}}?)(?:{_TITLES})")
_UNIT = re.compile(r"([\u4e00-\u9fff]{2,10}?)(人民医院|中医医院|中医院|中西医结合医院|妇幼保健院|妇幼保健计划生育服务中心|"
                   r"疾控中心|疾病预防控制中心|卫生院|社区卫生服务中心|医疗集团|医共体|卫生监督所|急救中心)")
_GENERIC_UNIT_PREFIX = re.compile(r"(?:^|.*(?:县|区|市|旗|镇|乡|街道|各|基层|县级|市级|区级|旗级|二级|三级|公立|民营|村|城市|"
                                  r"城区|农村|中心|社会办|政府办|综合|专科|所有|每个|全部|一所|我|本|域|合|的|和|与|、|及|在|对|将|是|们|把|让|使|了|着|到|于|给|向|"
                                  r"组建|建设|推进|依托|加强|推动|支持|以|由|等|紧密型|型|所属|辖|服务|乡镇|苏木|街道|强|共建|牵头))$")
# Without jieba: a 2–3 character name, a level, then a body or unit (泸州市人民医院, 石门镇卫生院, 青山县政府).
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3})(省|自治州|市|县|区|镇|乡|街道|旗)"
                    r"(?=人民医院|中医|卫生院|卫生健康|卫健|卫生局|疾控|妇幼|医院|人民政府|政府|党委|委员会|的经验|经验)")
_NOT_NAME = set("要推进着力切实解决落实稳定推动力争历届代表确每纳入将们是以好在和与及对了把为从向到等的全各本我该城社辖园景牧山"
                "老省县市区乡镇旗加强建设开展实施完善健全提升提高深化做抓个一二三四五六七八九十鉴学习借参照考察赴去")
_PLACE_OK = {"中国", "全国", "我国", "三明", "健康中国", "长三角", "京津冀", "粤港澳", "井冈山", "延安", "西柏坡",
             "中华", "国家", "华北", "华东", "东部", "西部", "中部"}
_EVENT = re.compile(r"第[一二三四五六七八九十\d]+届|[\u4e00-\u9fff]{0,12}(?:比赛|大赛|竞赛|擂台赛|运动会|文化节|健康节|博览会|"
                    r"启动仪式|揭牌仪式|签约仪式|现场会|观摩会)")
_MY_LEVEL = re.compile(r"我(省|市|州|盟|县|区|旗|镇|乡|街道)(?!级)")


_GENERIC_PLACES = {"各乡镇", "乡镇", "城乡", "市县", "县市", "县区", "区县", "城镇", "村镇", "市区", "城区", "社区", "辖区",
                   "山区", "牧区", "农村", "城市", "地区", "偏远地区", "贫困地区", "边远地区", "乡村", "街镇", "镇街"}
# verbs jieba tags ns out of context before a unit's head (len26: 普及中医养生保健 read as a place 普及 and its 中医院)
_NOT_PLACES = {"普及"}
_UNIT_HEADS = ("人民医院", "中医", "卫生院", "医院", "疾控", "疾病预防", "妇幼", "社区卫生", "卫生监督", "医疗集团")


def _tag(text: str) -> list[tuple[str, str]]:
    import logging

    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(logging.WARNING)
    return [(w.word, w.flag) for w in pseg.cut(text)]


def _jieba_places(text: str) -> list[str]:
    """Place names by jieba: an ns word ending in a level (泸州市, 石门镇), or an ns word followed by a level
    character or a unit (临江 区, 长寿 人民医院). Words such as 满意度 or 安宁 (tagged ns out of context) are not."""
    if not has_jieba():
        return []
    toks = _tag(text)
    out = []
    for i, (word, flag) in enumerate(toks):
        if flag != "ns" or len(word) < 2 or word in _GENERIC_PLACES or word in _NOT_PLACES or word[0] in "全各本我该每":
            continue
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if len(word) >= 3 and word[-1] in "省市县区镇乡旗" and not word.endswith(("地区", "城区", "社区", "辖区", "山区")):
            out.append(word)
        elif nxt in ("省", "市", "县", "区", "镇", "乡", "旗", "街道", "州", "盟"):
            out.append(word + nxt)
        elif nxt.startswith(_UNIT_HEADS):
            out.append(word)
    return out


_HAS_JIEBA: list[bool] = []


def has_jieba() -> bool:
    """Whether jieba's part-of-speech tagger is importable in this interpreter (optional; pip install jieba)."""
    if not _HAS_JIEBA:
        _HAS_JIEBA.append(importlib.util.find_spec("jieba") is not None)
    return _HAS_JIEBA[0]


def particulars(text: str, allowed_text: str, own_names: set[str], level: str) -> list[Finding]:
    """Other places, named units, named people, events and 我区/我县 of another level.

    ``allowed_text`` is the brief's own text (anything it names may be said); ``own_names`` are the region's
    name, short name and parent's names.
    """
    found: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, term: str, pos: int) -> None:
        if (kind, term) not in seen:
            seen.add((kind, term))
            found.append(Finding(kind, sentence_at(text, pos), term))

    own = {n for n in own_names if n}

    def is_own(name: str) -> bool:
        return any(name.startswith(n) or n.startswith(name) for n in own) or name in allowed_text
    for word in set(_jieba_places(text)):
        if word in _PLACE_OK or is_own(word) or word in ("全县", "全区", "全市", "全镇", "全旗", "全省", "城乡", "乡镇"):
            continue
        add("place", word, text.find(word))
    for m in ([] if has_jieba() else _PLACE.finditer(text)):
        name = m.group(1)
        while len(name) > 2 and name[0] in _NOT_NAME:
            name = name[1:]
        if any(c in _NOT_NAME for c in name) or name in _PLACE_OK or is_own(name + m.group(2)) or is_own(name) \
                or any((name + m.group(2)).endswith(n) for n in own):
            continue
        add("place", name + m.group(2), m.start())
    for m in _UNIT.finditer(text):
        prefix = m.group(1)
        if _GENERIC_UNIT_PREFIX.match(prefix) or is_own(prefix) or (prefix + m.group(2)) in allowed_text:
            continue
        if has_jieba():
            word, flag = _tag(prefix)[-1]
            if flag not in ("ns", "nr", "nrt", "nz", "nt") or word in _GENERIC_PLACES or is_own(word) or \
                    (word + m.group(2)) in allowed_text:
                continue
            prefix = word
        add("unit", prefix + m.group(2), m.start())
    for m in _PERSON.finditer(text):
        name = m.group(1)
        if name[0] not in _SURNAMES or name in allowed_text or name[1:] in ("同志", "志"):
            continue
        if re.search(r"[的在和与及是了把为从向到等、全各县区市镇乡委局部组院所心站]", name):
            continue
        add("person", name, m.start())
    for m in _EVENT.finditer(text):
        if m.group(0) in allowed_text:
            continue
        add("event", m.group(0), m.start())
    own_level = "区" if level == "市辖区" else level
    for m in _MY_LEVEL.finditer(text):
        if m.group(1) != own_level:
            add("my-other-level", m.group(0), m.start())
    return found


# --- logic: re-announced speakers, half-year looking back a year, 请予审议, claims -----------------------------------

def reannounced(text: str, names: list[str]) -> list[Finding]:
    """A previous speaker named as about to speak (下面请…/…同志还将…), or named more than once."""
    found = []
    for name in names:
        if not name:
            continue
        hits = [m.start() for m in re.finditer(re.escape(name), text)]
        for pos in hits:
            sent = sentence_at(text, pos)
            if re.search(r"下面|接下来|稍后|待会|一会儿|等一下|将要|还将|即将|请.{0,8}" + re.escape(name), sent):
                found.append(Finding("reannounced", sent, name))
        if len(hits) > 1:
            found.append(Finding("named-again", sentence_at(text, hits[1]), name))
    for m in re.finditer(r"下面，?请[\u4e00-\u9fff]{2,8}(?:同志)?(?:讲话|作|发言|部署|讲)", text):
        found.append(Finding("reannounced", sentence_at(text, m.start()), m.group(0)))
    return found


_YEAR_BACK = re.compile(r"过去一年|过去的一年|一年来|新的一年|回顾.{0,4}一年|总结了?去年|去年以来")
_REVIEW = re.compile(r"请予审议|请.{0,6}审议|提请.{0,10}审议|予以审议")


def logic(text: str, kind: str, speaker_title: str = "", on_behalf_of: str = "") -> list[Finding]:
    """A half-year meeting looking back over a year; a report put to 审议 at a 工作会议; a speaker 受委托 by
    his own body; an ``on_behalf_of`` that never becomes 我代表…."""
    found = []
    for m in re.finditer(r"受([\u4e00-\u9fff、]{2,16}?)(?:的)?委托", text):
        body = m.group(1)
        if speaker_title and (body in speaker_title or speaker_title.startswith(body)):
            found.append(Finding("commissioned-by-own-body", sentence_at(text, m.start()), m.group(0)))
    if on_behalf_of and "代表" + on_behalf_of not in text and "代表" + on_behalf_of.replace("、", "") not in text:
        found.append(Finding("on-behalf-missing", on_behalf_of, on_behalf_of))
    if kind == "midyear_review":
        for m in _YEAR_BACK.finditer(text):
            found.append(Finding("midyear-reviews-year", sentence_at(text, m.start()), m.group(0)))
    for m in _REVIEW.finditer(text):
        found.append(Finding("审议-at-work-meeting", sentence_at(text, m.start()), m.group(0)))
    for m in re.finditer(r"经.{1,12}审议通过，", text):
        found.append(Finding("审议-at-work-meeting", sentence_at(text, m.start()), m.group(0)))
    return found


STRONG_CLAIMS = re.compile(r"成功创建|创建成功|荣获|被评为|被授予|被确定为|获评|通过(?:了)?(?:国家|省级|省|市级)?[\u4e00-\u9fff]{0,8}"
                           r"(?:认证|验收|评审|复审|考核|评估)|位居全(?:省|市|国)|排名第|名列前茅|走在全(?:省|市|国)?前列|"
                           r"全(?:省|市)第一|首次实现|零的突破|超额完成|圆满完成|全面完成|全国先进|全省先进|示范县|示范区|示范市")
SOFT_CLAIMS = re.compile(r"(?:明显|显著|大幅|稳步|持续|不断|进一步)?(?:提升|提高|增强|改善|下降|减轻)|取得(?:了)?(?:显著|明显|新的|新)?"
                         r"(?:成效|成绩|成就|进展|突破)|成效(?:明显|显著)|亮点纷呈")
_SOFT_STRONG_WORDS = re.compile(r"明显|显著|大幅|突破|亮点纷呈")
# A claim just after these words is a goal (确保成功创建…), not a boast.
_AIMED_AT = r"(?:确保|力争|争取|要|将|努力|积极|推进|加快|开展|创建国家|全力|为|以)[^。]{0,6}"


def claims(draft: Draft, brief_text: str, brief_numbers: set[str], thin: bool) -> tuple[list[Finding], list[Finding]]:
    """(strong, soft) claims of achievement the brief did not make.

    strong: 成功创建/荣获/通过…认证/排名… in a sentence that shares no fact or figure with the brief.
    soft: 明显提升/显著增强/取得显著成效 in such a sentence — counted only for briefs without achievements data.
    """
    strong, soft = [], []
    facts = [f for f in re.split(r"[\n，。；、]", brief_text) if len(f) >= 6]
    for s in sentences(draft):
        backed = any(n in s for n in brief_numbers) or any(f in s or f[:8] in s for f in facts)
        if backed:
            continue
        m = STRONG_CLAIMS.search(s)
        if m and not re.search(_AIMED_AT + re.escape(m.group(0)), s):
            strong.append(Finding("claim", s, m.group(0)))
        elif thin and (m := _SOFT_STRONG_WORDS.search(s)) and SOFT_CLAIMS.search(s) and \
                not re.search(r"要|必须|将|力争|确保|推动|加快|努力|进一步", s[:m.start()]):
            soft.append(Finding("soft-claim", s, m.group(0)))
    return strong, soft
