"""Whether a sentence is on another subject than a heading (off_subject), and the tables it reads: the grassroots
tiers, the subjects near enough to share an item, the businesses at home under a few headings only (_ALIEN).

Apart from compose.placement so that the picker may ask it without importing placement, which imports compose.once,
which imports the picker (test_layout: no import cycle, imports inside functions counted).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .ideas import BROAD, ideas_of
from .serve import OTHER_DISEASE, SUBJECTS, names_business, on_item_subject, other_object, other_work, score, subject_of, subject_of_item

_SUBJECT_IDEAS = dict(SUBJECTS)
# The two grassroots tiers a heading may name one of: a measure on the other tier's body alone is not its work
# (村卫生室 under 加快镇卫生院标准化建设; 卫生院 staffing under 落实乡村医生待遇保障).
_TOWN = re.compile(r"卫生院")
_VILLAGE = re.compile(r"村卫生室|村医|乡村医生|村级")


def _tier(text: str) -> str:
    town, village = bool(_TOWN.search(text)), bool(_VILLAGE.search(text))
    return "town" if town and not village else "village" if village and not town else ""


# A city's alliance of hospitals and community centres, and a county's of county hospital, 卫生院 and 村卫生室: the one is
# no place for the other's lines.
_CITY_GROUP = re.compile(r"城市医疗集团|城市医联体|城市医疗联合体")
_COUNTY_GROUP = re.compile(r"医共体|县域|乡镇卫生院|县级医院|县乡|村卫生室")


# Pairs of characters too common in headings to tie a sentence to one (加强, 建设, 服务 …).
_COMMON = frozenset({"加强", "推进", "推动", "深化", "完善", "健全", "提升", "提高", "落实", "做好", "抓好", "建设", "服务",
                     "工作", "卫生", "医疗", "健康", "管理", "机制", "制度", "体系", "能力", "水平", "改革", "持续", "全面",
                     "进一", "一步", "切实", "着力", "大力", "扎实", "不断", "加快", "强化", "规范", "实施", "开展", "发展",
                     "质量", "综合", "医疗卫", "疗卫", "生服", "务能", "力建", "设工"})
# A line on the tasks as a whole (今天部署的任务中…, 2021年的目标任务已经明确…): no item's own.
_WHOLE = re.compile(r"部署的任务|任务已经明确|目标任务|各项任务|短板能不能|一级抓一级|抓落实|^同志们")


# (placement._home_fits reads a home pattern word by word, split at |: a home holds no group with | inside it)

# Subjects near enough to share one numbered item (narrower than serve.FAMILIES, which says what may close a
# paragraph: 医疗广告 or 医共体 staffing is no line of 深化医保支付方式改革, the thirty-eighth reading).
_NEAR = tuple(frozenset(f.split()) for f in (
    "公立医院 医联体", "公立医院 医疗服务", "公立医院 药品供应", "医保支付 药品供应", "医联体 签约服务", "签约服务 慢性病",
    "人才 村医 建设", "疾控 传染病 应急", "慢性病 健康教育", "妇幼 儿童", "生育 计生家庭 儿童", "信息化 医疗服务",
    "监督 医疗服务", "爱国卫生 健康教育"))
# Words that give a sentence naming no idea of a subject its subject (serve's _SUBJECT_WORDS, and 医疗广告).
_WORDS = ((re.compile(r"医疗(?:机构)?广告|依法执业|非法行医"), "监督"),)


# Business a sentence names that is at home under a few headings only (round 39's readers: 严格执行中央八项规定精神 in an
# 出生缺陷 paragraph, a 24小时值班 rule in 全面从严治党, 死因监测 in a 新农合 item, 健康谣言 under 信息化建设, 卫生监督队伍
# onto a medical-talent paragraph, 村医补助 in 公卫, 慢病随访 inside 基本药物制度): (what the sentence names, the
# headings it belongs under).  A sentence naming one under a heading of neither is off its heading (off_subject),
# whatever subject_of makes of the two; its home is a heading of the second pattern (_best_home).
_ALIEN: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(says), re.compile(home)) for says, home in (
        (r"八项规定|四风|形式主义|官僚主义|廉洁自律|廉政",
         r"党|作风|廉|纪|行风|从严|政治|思想|组织|落实|保障|责任|督查|考核|队伍|形象|依法行政|文化"),
        (r"值班|带班|值守", r"应急|值守|安全|疫情|防控|汛|节日|假日|突发|保障"),
        (r"谣言|舆情|舆论引导|虚假健康信息|健康类节目", r"宣传|舆|健康教育|健康促进|素养|科普|新闻|意识形态|应急|突发|疫情"),
        (r"死因监测", r"监测|疾控|疾病预防|慢性病|慢病|统计|信息|报告|公共卫生"),
        (r"卫生监督(?:的)?(?:执法)?队伍", r"监督|执法"),
        (r"村医补助|乡村医生补助|村医.{0,4}(?:收入|待遇)|乡村医生.{0,4}(?:收入|待遇)",
         r"村|乡村医生|基层|网底|补助|待遇|人才|队伍|医改|医药卫生体制"),
        (r"慢病随访|慢性病.{0,8}随访|高血压.{0,12}随访|糖尿病.{0,8}随访",
         r"慢性病|慢病|公共卫生|签约|健康管理|重点人群|高血压|糖尿病|家庭医生|基层|医防|网底|健康档案|医改|改革"),
        # (struct21, the forty-second outside reading's STRUCT class: a measure whose business is narrower than the
        # coarse subjects of serve.SUBJECTS, under a heading of the same coarse subject but another business)
        # a mother's care, the child not named: not 加强儿童健康服务's (高危孕产妇专案管理 under 儿童健康)
        (r"^(?!.*(?:儿童|婴幼儿|新生儿|0-6岁)).*(?:高危孕产妇|孕产妇.{0,4}(?:专案|管理|救治|保健)|助产机构|产科质量|母婴安全)",
         r"母婴|孕产|妇幼|妇女|产科|助产|出生缺陷|危重|生育|妇儿"),
        # cancer screening is a programme of its own, not a 基本公共卫生 project (推进重点癌症早诊早治 opening 做实基本公卫)
        (r"癌症|早诊早治|肿瘤",
         r"癌|肿瘤|慢性病|慢病|重大疾病|早诊|健康管理|重点人群"),
        # vaccination: 接种点 staffing, 留观 and 接种人员持证上岗 are immunisation work (inside 急诊急救 and 人才)
        (r"接种点|接种单位|接种门诊|接种人员|留观|预防接种|免疫规划|疫苗(?:接种|管理|流通|冷链)",
         r"接种|免疫|疫苗|传染病|疾控|疫情|疾病预防|儿童|公共卫生|防控"),
        # emergency preparedness is not the emergency department (完善卫生应急预案体系 inside 健全急诊急救体系)
        (r"^(?!.*心理).*(?:应急预案|卫生应急|应急演练|应急物资|应急队伍|突发公共卫生事件)",
         r"应急|突发|疫情|防控|安全|疾控|传染病|风险|公共卫生|值守"),
        # a hospital's disciplines are its clinical capacity (补齐儿科、精神科薄弱学科 inside 健全急诊急救体系)
        (r"薄弱学科|重点专科|临床专科|学科建设|专科建设|专科联盟",
         r"学科|专科|中医|儿科|精神|妇幼|老年|康复|医院|医疗(?!服务价格)|服务能力|诊疗能力|临床|人才|龙头|县域|医共体|医联体|"
         r"高质量"),
        # health promotion: 健康生活方式指导员 training is not the health workforce's (inside 人才)
        (r"健康生活方式指导员|健康知识普及|健康科普",
         r"健康促进|健康教育|生活方式|素养|科普|知识|慢性病|慢病|爱国卫生|健康.{0,4}行动|宣传|全民|健康城市|健康细胞|"
         r"公共卫生|健康中国|健康[县区市旗镇村]|健康管理|老年|妇幼|中医"),
        # (fit29, the outside readers' "headings that do not hold their content") vectors are sanitation and
        # infectious-disease work (鼠蚊蝇蟑 lines under 推进药品集中带量采购)
        (r"病媒|四害|鼠蚊蝇蟑|灭鼠|灭蚊|灭蝇|蚊蝇",
         r"爱国卫生|病媒|四害|环境|卫生城市|卫生县城|卫生乡镇|卫生村|创卫|创建|传染病|登革热|蚊媒|疟疾|疾控|疾病预防|"
         r"健康城市|城乡|整治|季|防控|公共卫生|应急"),
        # investigating and punishing corruption is the clean-government or the campaign's work (医药领域腐败问题集中整治's
        # 查处 line under 深化医改)
        (r"腐败|回扣|红包|商业贿赂|行贿|受贿|(?:查处|惩处)[^，。；]{0,12}(?:违纪|违法违规|案件|问题线索)",
         r"党|作风|廉|纪|行风|从严|腐败|整治|医德|监督|监管|执法|政治|纠风|不正之风"),
        # recruiting and posts are the workforce's (招聘 and 编制 lines under 推进乡镇卫生院标准化建设)
        (r"招聘|招录|公开招考|编制|周转池|引进[^，。；]{0,6}人才",
         r"人才|队伍|人员|人事|招聘|编制|医改|改革|保障|待遇|运行机制|薪酬|定向|全科|村医|乡村医生|一体化|用人|岗位|"
         r"引进|留住|机构|疾控|监督|急救|精神|儿科|产科|妇幼|体系"),
        # (sec36, fresh35's readers: businesses each at home under few headings, found under another of the same
        # coarse subject) occupational disease is no infectious disease's (职业病 under 做好重大传染病防控, q1)
        (r"职业病|职业健康|尘肺|劳动者健康",
         r"职业|公共卫生|疾控|疾病预防|监督|执法|劳动者|健康中国|健康促进|慢性病|慢病|重点人群"),
        # … a big event's medical cover is emergency work (重大活动医疗卫生保障 under 做好重大传染病防控, q1)
        (r"重大活动[^，。；]{0,6}保障",
         r"应急|保障|安全|突发|活动|值守|其他"),
        # … healthy villages and towns are sanitation and health promotion (健康村镇建设 under 实施乡镇卫生院能力提升工程
        # and under 巩固拓展健康扶贫成果, q2)
        (r"健康村镇|健康乡镇|健康村(?!民)|健康细胞|文明村镇",
         r"爱国卫生|健康促进|健康教育|健康[县区市城镇村]|村镇|环境|创建|细胞|健康中国|生活方式|素养"),
        # … the village doctors' training is their staff's (乡村医生轮训 closing a 基本公共卫生服务 paragraph, q3)
        (r"乡村医生(?:轮训|培训)|村医(?:轮训|培训)",
         r"人才|队伍|村医|乡村医生|培训|基层|能力|网底|医改|改革"),
        # … and the staff of other trades are not the grassroots' (信息化人才, 干部队伍, 医德, 院长 under 加强基层人才队伍建设,
        # q1): each at home under its trade's heading or the workforce's as a whole
        (r"干部队伍|用人导向",
         r"干部|党|作风|行风|组织|卫生人才|卫生计生人才|卫生健康人才|人才支撑|人才强|^加强人才队伍|^强化人才队伍|^抓好人才队伍"),
        (r"医德考评|医德医风",
         r"医德|行风|作风|党|廉|纪|职业道德|卫生人才|卫生计生人才|卫生健康人才|人才支撑|^加强人才队伍|^强化人才队伍"),
        (r"信息化人才",
         r"信息|数字|智慧|互联网|卫生人才|卫生计生人才|卫生健康人才|人才支撑|人才强|专业技术|^加强人才队伍|^强化人才队伍|^抓好人才队伍"),
        (r"院长队伍|院长职业化",
         r"院长|医院|卫生人才|卫生计生人才|卫生健康人才|人才支撑|人才强|^加强人才队伍|^强化人才队伍|^抓好人才队伍"),
    ))


def alien(sentence: str, head: str) -> re.Pattern[str] | None:
    """The home pattern of the business of _ALIEN ``sentence`` names where ``head`` is none of its homes, else None."""
    return next((home for says, home in _ALIEN if says.search(sentence) and not home.search(head)), None)


def near(one: str, other: str) -> bool:
    """Whether subjects ``one`` and ``other`` may share a numbered item (_NEAR)."""
    return one == other or any(one in f and other in f for f in _NEAR)


def _pairs(text: str) -> set[str]:
    han = "".join(re.findall(r"[\u4e00-\u9fff]", text))
    return {han[i:i + 2] for i in range(len(han) - 1)} - _COMMON


def _solid(text: str, subject: str) -> bool:
    """Whether ``text`` names a narrow idea of ``subject`` (compose.ideas, BROAD aside): its subject is its business,
    not a word it says in passing (及时报告 is no 疫情报告 line)."""
    return bool(subject) and bool(ideas_of(text) - BROAD & _SUBJECT_IDEAS.get(subject, frozenset()))


@lru_cache(maxsize=16384)
def off_subject(sentence: str, head: str) -> bool:
    """Whether ``sentence`` is clearly on another subject than the heading ``head``: it is on the other grassroots
    tier's body alone; or both have a subject (subject_of) that their own narrow ideas bear out (_solid), the two not
    near (_NEAR), and the sentence names neither the heading's business (names_business), its words
    (on_item_subject, a pair of its characters beyond the common ones) nor scores on it (serve.score); or the sentence
    has no subject but names a business (compose.ideas) none of the heading's.  A sentence on how work is steered
    (推进), on 健康扶贫 (every kind of work), or on the tasks as a whole is on any heading's subject."""
    if _WHOLE.search(sentence):
        return False
    if alien(sentence, head) is not None:
        return True
    if other_object(sentence, head):
        return True           # another object of the heading's kind (serve.other_object: 孩子 under 老年人…接种)
    if other_work(sentence, head):
        return True           # the heading's body but not its work (村医 考核 under 推进乡村医生签约服务: fit29)
    if any(one in head and other in sentence and one not in sentence for one, other in OTHER_DISEASE):
        return True           # another disease than the heading's season's (艾滋病、结核病 under 做好夏季传染病防控: fit29)
    mine_tier, their_tier = _tier(sentence), _tier(head)
    if mine_tier and their_tier and mine_tier != their_tier:
        return True
    if _CITY_GROUP.search(head) and not _COUNTY_GROUP.search(head) and _COUNTY_GROUP.search(sentence):
        return True           # a county's 医共体 under a city's 医疗集团 (read66's t2: 县级医院下转…乡镇卫生院要做好接续治疗)
    mine, theirs = subject_of(sentence), subject_of(head)
    if "推进" in (mine, theirs) or "健康扶贫" in (mine, theirs) or not _solid(head, theirs):
        return False
    worded = next((name for words, name in _WORDS if words.search(sentence)), "")
    if worded:
        mine = worded
    elif mine and not _solid(sentence, mine):
        return False
    if mine and near(mine, theirs):
        return False
    own = ideas_of(sentence)
    if not own or own & (ideas_of(head) | _SUBJECT_IDEAS.get(theirs, frozenset())):
        return False
    if _pairs(subject_of_item(head) or head) & _pairs(sentence):
        return False
    return not (on_item_subject(sentence, head) or names_business(sentence, head) or score(sentence, head))
