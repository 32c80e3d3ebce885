"""Particulars → slots: a mined phrase names no place, person, unit, project or date, or it is dropped."""
from __future__ import annotations

import re
from functools import lru_cache

from .wordset import trie_pattern

PLACEHOLDER = "⟨某⟩"        # mirrors clean.PLACEHOLDER; kept here so slotting runs without importing the cleaner
YEAR_PLACEHOLDER = "⟨年⟩"

R = re.compile
LEVELS = "县区市"

# Ordered replacements of the speaker's own authorities and territory (004 and 001 name them three ways).
SLOT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (R(rf"([{LEVELS}])委[、，]?\1?(人民)?政府"), "{org}"),
    (R(rf"([{LEVELS}])委[、，]\1?管委"), "{org}"),
    (R(r"[县区市]?(卫生和计划生育委员会|卫生计生委|卫计委|卫计局|卫生计生局|卫生局|卫生健康局|卫健局|卫健委|卫生健康委员会|卫生健康委)"
       r"(?!员)"), "{bureau}"),
    (R(rf"(?<![乡镇各级省])[{LEVELS}](人民)?政府"), "{government}"),
    (R(rf"(?<![各省])[{LEVELS}]委(?=[、，。的和要对高正坚既领])"), "{party}"),
    (R(rf"(?<![健完齐安保周成顾])全([{LEVELS}])(?![委长])"), "{scope}"),  # 健全县乡村三级网络 is no 全县
    (R(rf"我([{LEVELS}省])"), "我{level}"),
    (R(rf"本([{LEVELS}])(?![级部单])"), "本{level}"),
)
_REGEX_CHARS = set("[]()?*+.^$\\")
_SLOT_NEEDS = ("委", "委", "卫局委", "府", "委", "全", "我", "本")

# Outdated policy, abolished bodies and past campaigns: a 2025 secretary cannot use a phrase tied to them.
_OUTDATED_WORDS = (
    r"新农合|合作医疗|合管|计划生育|计生|两孩|二孩|二胎|单独|十一五|十二五|十三五|十五大|十六大|十七大|十八大|十九大|十六届|十七届|"
    r"十八届|十九届|三个代表|科学发展观|先进性教育|群众路线|两学一做|三严三实|新常态|小康|非典|甲流|甲型|流感|h1n1|新冠|奥运|"
    r"大冬会|卫生部|卫生厅|卫生计生|卫生和计划生育|食品卫生|食品安全|创先争优|效能风暴|三好一满意|九不准|一票否决|社会抚养费|"
    r"人口计生|两非|独生子女|失独|奖扶|零差率|零差价|以药养医|新医改|赤脚医生|自治区|自治县|苏木|农牧场|牧区|高原|藏医|蒙医|"
    r"枸杞|扶贫|新农村|四个全面|依法治国的开局|五大发展|生育政策|优生优育|大病保险|三证|人情证|两基|国检|创国优|雪凝|"
    r"医闹|花钱买平安|新医改|深水区和攻坚期|上下联动、资源共享|五零|五看|五用|五抓|五清|药监|工商|物价|农业公园|强富美高|"
    r"幸福家庭|爱婴|叶酸|转移支付|管办分离|发改|人社|编制部门|财政局|教育局|公安局|水务局|住房和城乡建设局|交通局|农牧局|"
    r"卫生城市复审|迎检|迎国检|国医堂|中藏|中蒙|鼠疫|包虫|血吸虫|血地防|灭螺|碘|疟疾|地方病").split("|")
OUTDATED = R(trie_pattern(w for w in _OUTDATED_WORDS if not _REGEX_CHARS & set(w))
             + "".join("|" + w for w in _OUTDATED_WORDS if _REGEX_CHARS & set(w)))
# Names of places, people and units the corpus holds that carry no 县/市 suffix (found by reading all five files).
_NAMED_WORDS = (

    r"大丰|盐城|中宁|西宁|青海|抚州|安顺|科尔沁|科区|南城|金溪|建昌|盱江|菏泽|吉林|哈尔滨|东城|靠山|水洛|南湖|韩店|岳堡|赵墩|"
    r"大庄|阳川|南坪|郑河|朱店|卧龙|通化|盘安|永宁|良邑|万泉|三龙|小海|南阳|城西|万盈|草庙|白驹|方强|大中|草堰|刘庄|大桥|新丰|"
    r"西团|恒北|鹿乡|运盛|同仁|权健|江苏|江西|山东|内蒙古|浙江|北京|上海|南京|天津|河南|豫都|码头李|南午|龙潭|舟塔|恩和|"
    r"徐大鹏|窦晓蓓|崔延华|邹小燕|袁国萍|桑淑娥|王晓|敏尔|张伟光|胡锦涛|温家宝|霞波|茂业|贵诚|庭前|天仁|希平|文渊|海英|丰华|"
    r"王军|索厅长|吴局长|刁局长|冯局长|吕县长|龙区长|徐区长|窦主任|大山镇|龙井|多巴|南川|北川|阜外|中日友好|泰达|"
    r"人民医院|中医院|[县区市]医院|[县区市]中医|[一二三]院|公司|电视台|栏目|网站|学校食堂|美国|who|gdp|区域中心|农区|城区爱国|爱卫月|卯酉|康福家|"
    r"“建卫”|“创城”|清洁西宁|幸福西宁|健康青海|盐城|鹿乡|示范市|先进市|先进县|示范县|先进集体|二等奖|一等奖|三等奖|荣誉称号"
).split("|")
# A trie of the literal names (a flat alternation of 140 names was the costliest pattern) and the rest.
NAMED = R(trie_pattern(w for w in _NAMED_WORDS if not _REGEX_CHARS & set(w))
          + "|" + "|".join(w for w in _NAMED_WORDS if _REGEX_CHARS & set(w)))
# Words ending in a territorial suffix that name no particular place (城乡, 乡镇, 社区 …).
GENERIC_TERRITORY = frozenset(
    "全市 全县 全区 全省 我市 我县 我区 我省 本市 本县 本区 各市 各县 各区 城市 城区 城乡 城镇 超市 市县 县市 县区 市区 区县 省市 "
    "乡镇 乡村 农村 社区 辖区 地区 园区 景区 片区 郊区 山区 误区 盲区 小区 疫区 灾区 老区 边区 城郊 郊县 省区 卫生村 卫生镇 "
    "卫生乡 卫生县 卫生市 卫生区 集镇 村镇 乡里 镇村 县乡 乡村 县城 县域 市域 区域 新村 在村 到村 进村 驻村 各村 每村 包村 "
    "同村 村村 村组 村居 村医 村级 村民 村庄 村屯 村委 市场 市民 市容 市政 省里 市里 县里 区里 省上 市上 县上 省级 市级 县级 "
    "区级 镇级 乡级 村级 省委 省政府 市委 县委 区委 省内 市内 县内 区内 镇街 乡镇街 设区 区划 社区卫生 全省 外省 兄弟省 各省 "
    "省外 街镇 城中村 城区 乡（镇）村 镇（乡） 乡（镇） 禁区 分区 区分 地市 县市区 市县区 省市县 都市 上市 下乡 返乡 城镇化 "
    "县级 下村 驻区 入村 农区 牧区".split())

NAME_TITLE = R(r"(?:^|(?<=[，。、：；\s])|(?<=刚才)|(?<=刚刚)|(?<=前面)|(?<=方才))([\u4e00-\u9fff]{1,3}?)"
               r"(副局长|局长|副书记|书记|副主任|主任|副县长|县长|副区长|区长|副市长|市长|厅长|会长|省长|同志)(?!们)")
GENERIC_BEFORE_TITLE = R(r"(各位|有关|广大|全体|与会|在座|参会|青年|分管|主要|的|位|些|名|老|院|机关|领导|办|会|部|所|站|中心|局|委)$")
COUNT = R(r"(?<![第初])[两二三四五六七八九十百千万]+(?:个|项|件|点|条|类|种|批|名|所|家|座|张|次|大|支|场|期|届|轮|年|看|抓|用|清|零)")
COUNT_OK = R(r"二十大|二十届|[一二三]级|两个责任|一岗双责|两癌|三医|两手抓|二次供水|三三|三级")
_CN_COUNT_HINT = R(r"[两二三四五六七八九十百千万]")
QUOTED_COUNT = R(r"“[一二三四五六七八九十两]+[\u4e00-\u9fff]{0,3}”|[两二三四五六七八九十]+个“")
RESIDUE = R(r"\*|[0-9０-９A-Za-zＡ-Ｚａ-ｚ]|⟨|⟩|\*\*|__|……|“”|‘’|\{\{|《|》|（\s*）|\(\s*\)|[#@/\\|<>＜＞]"
            r"|^[、，；：]|[、，](、|，)|、”|“、")
# Colloquial or one-occasion words: a speech for another place and year cannot reuse a phrase holding them.
_UNFIT_WORDS = (r"咱们|咱|我想|我看|县上|局里|卫生院长|各位院长|院长们|前不久|最近|上次|这几天|近日|日前|去年|本月|月底|月份|上旬|"
          r"中旬|下旬|春节刚过|今天的会上|这次会上|会后|本次会|此次活动|这里需要|我这里|就不多讲|不重复了|点名|在座各位|"
          r"等等|上述|这八个|这两项|这三项|这项工作已经|已经结束|已于|省厅|厅党组|厅机关|厅直|局党委|换届|"
          r"⟨某⟩|某些地方|有的同志|有些同志|副同志|正同志|^同志[，在]").split("|")
UNFIT = R(trie_pattern(w for w in _UNFIT_WORDS if not _REGEX_CHARS & set(w))
             + "".join("|" + w for w in _UNFIT_WORDS if _REGEX_CHARS & set(w)))
# One place's own event, contest, ceremony or honour (继续开展…心肺复苏操作比赛, 我县承办了…): true of one place.
EVENT = R(r"比赛|竞赛|大赛|技能比武|知识竞答|运动会|启动仪式|现场会|观摩会|揭牌|挂牌成立|落成|竣工|开工|奠基|签约仪式|"
          r"签订了|承办|荣获|被评为|被授予|被确定为|被命名为|授予|称号|获评|入选|表彰了|考察了|视察|调研了|"
          r"我[县区市镇乡旗][^，。；]{0,12}(?:举办|召开|成功|建成|完成了|投入使用|通过了|实现了|获得|新建|引进)")
TERRITORY_SUFFIX = "省市县区镇乡村"
HAN = R(r"[\u4e00-\u9fff]")


def slot_persons(text: str) -> str:
    """刚才，吴局长通报了… → 刚才，{person}通报了…; generic titles (各位同志, 分管局长) are left alone."""
    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if not name or GENERIC_BEFORE_TITLE.search(name) or name in ("同志", "领导", "大家"):
            return m.group(0)
        return "{person}"
    return NAME_TITLE.sub(repl, text)


def slot_years(text: str, *, review: bool) -> str | None:
    """⟨年⟩年 / 2024年 → {prev_year}年 in review context, {year}年 in planning context; None when undecidable."""
    years = list(re.finditer(rf"(?:{YEAR_PLACEHOLDER}|20\d\d|二〇[一二〇]\w)(?=年)", text))
    if not years:
        return text
    if re.search(r"之年|一年(是|，是)", text):
        return None  # "2016年是十三五开局之年": true of one year only
    if len(years) == 1 and re.match(r"年(时间)?(已经)?过半|年上半年|年下半年", text[years[0].end():]):
        return text[:years[0].start()] + "{year}" + text[years[0].end():]  # 20xx年时间已经过半: the current year
    planning = re.search(r"(部署|安排|要|将|力争|计划|目标|重点|启动|确保|召开)", text)
    past = re.search(r"(回顾|总结|过去|取得|完成了|回望|成绩|成效|进行了|作了|情况)", text)
    if review or (past and not planning):
        slot = "{prev_year}"
    elif planning and not past:
        slot = "{year}"
    elif len(years) == 2 and re.search(r"回顾|总结", text[:years[0].start() + 12]):
        # 总结20xx年工作，安排部署20xx年任务: the first is last year, the second this year
        return text[:years[0].start()] + "{prev_year}" + text[years[0].end():years[1].start()] + "{year}" + text[years[1].end():]
    else:
        return None
    return text[:years[0].start()] + slot + text[years[0].end():] if len(years) == 1 else None


def slot_counts(text: str) -> str:
    """讲三点意见 → 讲{count}点意见 (only in the outline announcement, where the number counts the parts)."""
    return re.sub(r"(讲|谈|强调|提)([两一二三四五六七八九十]+)(点|个方面)", r"\1{count}\3", text)


# A place-branded slogan (建设健康临江, 打造“幸福西宁”, 推进健康大丰建设) names the speaker's region by its short name.
SLOGAN = R(r"(建设|打造|推进|建成|创建)(“?)(健康|幸福|平安|美丽|魅力|活力|实力|智慧|文明|清洁)([\u4e00-\u9fff]{2})"
           r"(?=”|[、，。！）；]|建设|作出|做出|提供|贡献|$)")
SLOGAN_WORDS = frozenset("中国 城市 乡村 家庭 生活 教育 素养 知识 水平 服务 管理 促进 工作 事业 发展 档案 体检 环境 行为 产业 "
                         "细胞 社区 单位 企业 学校 医院 机关 村庄 城镇 小屋 步道 广场 公园 驿站 校园 机制 体系 屏障 家园 人生 生态 乡镇 "
                         "街道 县城 城区 新城 村镇 社会 民生 路径 模式 理念 文化 科普 人群 老人 儿童 妇女 青年 队伍 人才 "
                         "身体 心理 饮食 习惯 保障 红线 底线 防线 环境 示范".split())


def slot_region(text: str) -> str:
    """我代表⟨某⟩镇作如下发言 → 我代表{region}作如下发言: a blanked name right before a level word is our region;
    建设健康临水 → 建设健康{region_short}."""
    text = re.sub(rf"{PLACEHOLDER}(县|区|市|镇|乡|街道)", "{region}", text)
    return SLOGAN.sub(lambda m: m.group(0) if m.group(4) in SLOGAN_WORDS else
                      m.group(1) + m.group(2) + m.group(3) + "{region_short}", text)


@lru_cache(maxsize=16384)
def generalize(text: str, *, role_context: str = "", review: bool = False) -> str | None:
    """The phrase with particulars slotted, or None when a particular cannot be slotted (the phrase is dropped)."""
    t = text.strip()
    t = slot_region(t)
    years = slot_years(t, review=review)
    if years is None:
        return None
    t = years
    for (rx, slot), needed in zip(SLOT_RULES, _SLOT_NEEDS, strict=True):  # one string of characters per rule
        if any(ch in t for ch in needed):   # each rule names a word holding one of these characters
            t = rx.sub(slot, t)
    if role_context in ("agreement", "opening", "outline", "thanks"):
        t = slot_persons(t)
    if role_context == "outline":
        t = slot_counts(t)
    return t if is_general(t) else None


def particular_reason(text: str) -> str | None:
    """Why ``text`` (slots already filled in) is not general, or None when it is usable for any region."""
    if re.search(r"(^|[按在经照由的，。、])、|各[县区市]+\{", text):
        return "residue of a removed name"
    body = re.sub(r"\{[a-z_]+\}", "", text)
    m = RESIDUE.search(body)
    if m:
        return f"residue {m.group(0)!r}"
    if re.search(r"\s", body):
        return "whitespace"
    m = UNFIT.search(body)
    if m:
        return f"unfit {m.group(0)}"
    m = OUTDATED.search(body.lower())
    if m:
        return f"outdated {m.group(0)}"
    m = NAMED.search(body.lower())
    if m:
        return f"named {m.group(0)}"
    m = EVENT.search(body)
    if m:
        return f"event {m.group(0)}"
    if _CN_COUNT_HINT.search(body):
        stripped = COUNT_OK.sub("", body)
        m = COUNT.search(stripped) or QUOTED_COUNT.search(stripped)
        if m:
            return f"count {m.group(0)}"
    for i, ch in enumerate(body):
        if ch in TERRITORY_SUFFIX and i and HAN.match(body[i - 1]):
            pair, triple = body[i - 1:i + 1], body[max(0, i - 2):i + 1]
            after = body[i:i + 2]
            if pair in GENERIC_TERRITORY or triple in GENERIC_TERRITORY or after in GENERIC_TERRITORY:
                continue
            if ch in "市" and body[i:i + 2] in ("市场", "市民", "市容", "市政"):
                continue
            if ch == "区" and body[i:i + 2] in ("区域", "区分", "区别", "区县", "区划"):
                continue
            if ch == "村" and body[i:i + 2] in ("村卫", "村医", "村级", "村民", "村庄", "村组", "村居", "村委", "村屯", "村干"):
                continue
            if ch == "乡" and body[i:i + 2] in ("乡镇", "乡村", "乡里", "乡级", "乡医"):
                continue
            if ch == "县" and body[i:i + 2] in ("县级", "县域", "县城", "县乡", "县区", "县市"):
                continue
            return f"place {triple}"
    m = NAME_TITLE.search(body)
    if m and m.group(1) and not GENERIC_BEFORE_TITLE.search(m.group(1)) and m.group(1) not in ("同志", "领导", "大家"):
        return f"person {m.group(0)}"
    return None


def is_general(text: str) -> bool:
    """True when ``text`` names nothing particular and holds no residue, digit, Latin letter or outdated policy."""
    return particular_reason(text) is None
