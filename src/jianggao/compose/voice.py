"""Who speaks decides who is told to act (issue 13, third reading: level and voice).

A government leader (副县长, or anyone speaking for 县委、县政府) speaks at the government's level: he tells
the health department, the townships (属地责任) and the departments whose power a measure is (编办 for 编制,
人社 for pay and titles, 财政 for money, 医保 for payment) what to do, and names single units sparingly.
A bureau's head speaks to his own system's units: he never directs 各级政府, 县直部门, 各乡镇 or 有关部门,
never calls his own department 卫生健康部门 in the third person, and what is another body's power
(政府办医责任, 财政补助, 医保基金监管, 医疗服务价格, 集采) is something he 积极争取 or 配合 in his mouth.

Whose work a measure is also decides its actor (WRONG_ACTOR): a hospital does not 查处, a 卫生院 does not run
the 村（居）民委员会公共卫生委员会, a community centre does not supervise employers, 疾控 does not treat TB.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..model import body_work, levels, levels_powers
from ..model.levels_powers import (  # (decided there; said here for the callers that ask compose.voice)
    ASKS_ABOVE,
    CARRIES_OUT,
    Remit,
    beyond_level,
    pools_insurance_fund,
    within_level,
)
from ..model.patterns import Lazy, Words, matcher
from ..model.speech import Block, said_at_most

GOVERNMENT, BUREAU, UNIT, TOWNSHIP = "government", "bureau", "unit", "township"

_GOVERNMENT_TITLE = Lazy(r"[省市县区旗州盟]长|[省市县区旗州盟]委(?:副?书记|常委)|常委|[乡镇]长|主任委员")
_GOVERNMENT_BODY = Lazy(r"[省市县区旗州盟乡镇]委|政府|办事处|行政公署|党工委")
_BUREAU_TITLE = Words(r"局长|主任|书记|处长|科长")
_UNIT_TITLE = Words(r"院长|站长|所长")
# A unit named in a township's speaker's title or body: its head is a 主任 (西城街道社区卫生服务中心主任, sec37's r5: the
# pledge spoke for 街道党工委、街道办事处 and promised to 支持社区卫生服务中心, itself).
_UNIT_BODY = Lazy(r"卫生院|卫生服务中心|卫生服务站|医院|保健院|保健所|疾控中心|疾病预防控制中心|卫生室")


def role_of(title: str, on_behalf_of: str, level: str) -> str:
    """The speaker's standing: a government leader, a bureau's head, a unit's head (a hospital), or a township.

    on_behalf_of names the body: 县委、县政府 is the government's voice; a bureau or a hospital named there is
    its own.  Without it the title decides (副县长 → government; 卫生健康局局长 → bureau; 院长 → unit)."""
    who = on_behalf_of or ""
    title = title or ""
    if levels.is_township(level):
        # a township's 卫生院院长 speaks for the 卫生院, never for the 镇党委、镇政府 (the thirtieth reading: a 镇卫生院院长's
        # pledge "代表芦塘镇党委、镇政府" promised town land and 属地责任)
        if (_UNIT_TITLE.search(title) or _UNIT_BODY.search(title) or _UNIT_BODY.search(who)) \
                and not _GOVERNMENT_BODY.search(who):
            return UNIT
        return TOWNSHIP
    if who and _GOVERNMENT_BODY.search(who) and not any(w in who for w in ("局", "委员会", "卫健委", "卫计委", "中心", "医院")):
        return GOVERNMENT
    if who and (any(w in who for w in ("医院", "中心", "卫生院", "保健院")) or who.endswith(("所", "所\n"))):
        return UNIT
    if who and any(w in who for w in ("局", "卫健委", "卫计委", "委员会")):
        return BUREAU
    if _GOVERNMENT_TITLE.search(title):
        return GOVERNMENT
    if _UNIT_TITLE.search(title):
        return UNIT
    if _BUREAU_TITLE.search(title):
        return BUREAU
    return GOVERNMENT


# 各级政府 (and 各级党委政府): addressed by the one government with others below it, the province; a city's or a
# county's leader, a bureau's head and anyone below never addresses them (the eleventh reading, three drafts).
ALL_GOVERNMENTS = Lazy(r"各级(?:党委(?:、|和)?)?政府")


def addresses_all_governments(sentence: str, level: str) -> bool:
    """Whether ``sentence`` addresses 各级政府 in a speech at ``level`` that has no such address (below the province)."""
    return level != "省" and bool(ALL_GOVERNMENTS.search(sentence))


# Addresses only a government gives: a bureau's head never directs these (the township wording, 各乡镇要, too).
_DIRECTS_OTHERS = Lazy(ALL_GOVERNMENTS.pattern + r"|[县区市旗]直(?:有关)?(?:部门|单位)|各(?:有关)?部门(?:要|和)|有关部门要|"
                       r"各(?:苏木)?乡镇(?:（街道）)?要|各镇（街道）要|各街道要|各乡镇、各部门|各乡镇和|"
                       # (各乡镇、部门、单位要…健全爱卫会组织机构 in a 局长's speech: sec42's y1)
                       r"各(?:苏木)?乡镇、(?:各)?部门")
# A department speaking of itself in the third person (卫生健康部门要…): a bureau's head says 我们要.
_SELF = Lazy(r"(?<!各级)(?:卫生(?:健康|计生)?(?:行政)?(?:部门|局|委)要|卫健(?:部门|局|委)要)")
# Another body's power: the government's (办医责任, money), 医保局's (fund supervision), the province's (prices,
# 集采).  A bureau's head can only 争取 or 配合 these.
_GOVERNMENT_POWER = Words(r"政府办医|办医责任|财政补助|财政投入|加大投入|投入责任|政府投入|编制")
_OTHERS_POWER = Words(r"医保基金监管|基金监管|医疗服务价格|带量采购|集中采购|集采|医保支付|农村改厕|厕所革命")
_ASKS_ALREADY = Words(r"争取|配合|协调|支持|推动落实|协同")
_CLAUSE = Lazy(r"(?<=[，；。])")
_LEADING_VERB = Lazy(r"^(要)?(统筹推进|稳妥推进|深化|推进|落实|完善|健全|压实|加大|保障|加强|做好)")


# The government's other departments and the bodies beside it (the eighteenth reading: a 局长's 教育、民政、妇联等各单位要…,
# 医疗保障和社会救助要跟上, 人社 pay, 新闻媒体 columns).  Only the government's own leader tells them what to do; a
# bureau's head, a unit's or a township's names them only as those he works with (会同, 配合, 争取).  Data: add a body
# here and every sentence that opens on it is out of those speakers' mouths.
PEER_BODIES: tuple[str, ...] = (
    "人社", "人力资源社会保障", "人力资源和社会保障", "医保", "医疗保障", "教育", "民政", "妇联", "财政", "发改", "发展改革",
    "公安", "住建", "住房城乡建设", "城管", "城市管理", "农业农村", "市场监管", "生态环境", "水利", "残联", "工会",
    "共青团", "团委", "宣传", "新闻媒体", "编办", "自然资源", "交通运输", "应急管理", "工伤保险", "社会救助",
    "医疗救助", "爱卫会成员单位", "各成员单位", "用人单位", "企业", "学校",
    # (the bodies of before the 2018 reform, and the others a health speech names: sec50's h4, a 2014 局长's report
    # with 农业部门要加强动物疫情监测和报告)
    "农业", "畜牧兽医", "畜牧", "林业", "工商", "食品药品监管", "食药监", "商务", "交通", "文化", "体育", "广电",
)
# a body, not a field of work: 教育、民政、妇联等, 医疗保障和…, 新闻媒体 — never 健康教育要…, 宣传教育要…, 财政资金要…
_PEER_SUBJECT = Lazy(r"(?<![健康卫生安全科普传])(?:" + "|".join(PEER_BODIES) + r")(?=部门|局|委|办|等|、|和|与|$)")
_OWN_SUBJECT = Words(r"卫生|卫健|卫计|医院|卫生院|疾控|妇幼保健|我们|我局|我委")
_SUBJECT = re.compile(r"^(?:同时|此外|并且|并|还要|也要)?([^，。；要]{2,20})要")


def orders_peers(sentence: str) -> bool:
    """Whether a clause of ``sentence`` opens on another department or body and tells it to act (教育、民政、妇联等各
    单位要…; 医疗保障和社会救助要跟上): the government's leader's to say, no one else's."""
    for clause in re.split(r"[，。；]", sentence):
        m = _SUBJECT.match(clause)
        if m and _PEER_SUBJECT.search(m.group(1)) and not _OWN_SUBJECT.search(m.group(1)):
            return True
    return False


def government_power(sentence: str) -> bool:
    """Whether a sentence names what only a government decides (办医责任, 财政投入, 编制)."""
    return bool(_GOVERNMENT_POWER.search(sentence) or "政府" in sentence)


def in_bureau_voice(sentence: str) -> str | None:
    """``sentence`` as a bureau's head says it, or None where he cannot say it at all."""
    text = _SELF.sub("我们要", sentence)
    if "有关部门要" in text:
        text = re.sub(r"(?<!直)(?:各有关部门|有关部门)要", "各单位要", text)
    if _DIRECTS_OTHERS.search(text) or levels_powers.NOT_A_BUREAU_S.search(text) or orders_peers(text):
        return None
    clauses = _CLAUSE.split(text)
    out = []
    for c in clauses:
        if (_GOVERNMENT_POWER.search(c) or _OTHERS_POWER.search(c)) and not _ASKS_ALREADY.search(c):
            m = _LEADING_VERB.match(c)
            if not m:
                return None
            verb = "积极争取" if _GOVERNMENT_POWER.search(c) else "配合"
            rest = c[m.end():]
            said_verb = m.group(2)
            if verb == "配合" and said_verb in ("统筹推进", "稳妥推进", "深化", "推进"):
                c = (m.group(1) or "") + "配合推进" + rest
            else:
                c = (m.group(1) or "") + verb + said_verb + rest
        out.append(c)
    return "".join(out)


# A clinic's routine, below what a government leader orders at a work conference (the eighth reading: 孕妇学校,
# 出生医学证明, 接种后留观, 电话回访, 处方点评, 分解收费 in a 副县长's speech); the ninth reading's 县长 reading a 局长's
# lists: 基药 and 医保 mechanics (不良记录, 市场清退, 谈判协商, 复合型付费), 新生儿复苏, 网络直报, 配送资格, the 妇幼
# clinic list (营养指导, 托幼保健, 婚检, 妇女病, 留守儿童), 岗位管理, 财务管理, the 公卫 monitoring list (碘缺乏,
# 食源性, 放射防护).  And a line in another office's voice: 督促检查的职能 is the 督查室's, not a 副县长's.
_TOO_FINE = Lazy(r"孕妇学校|出生医学证明|留观|电话回访|回访制度|处方点评|分解收费|重复收费|叶酸|喂养指导|新生儿访视|"
                 r"溺水|跌落|眼保健|视力检查|产后抑郁|更年期|青春期保健|消毒隔离|临床用血|输血|(?<!进口)冷链(?!食品|物流|物品)|出入库|"
                 r"新生儿复苏|网络直报|配送资格|不良记录|市场清退|谈判协商|风险分担机制|复合型付费|监测评价体系|"
                 r"营养指导|贫血|营养不良|营养性疾病|托幼机构卫生保健|婚前保健|孕前优生|妇女常见病|留守儿童|"
                 r"健康信息完整|按需设岗|竞聘上岗|岗位管理|职业规范教育|老年人用药指导|财务管理|财务制度|"
                 r"碘缺乏|地方病|食源性|放射防护|学生常见病|医疗废弃物|产后访视|孕期检查|死因监测|"
                 r"督促检查的职能|组织协调、督促检查|"
                 # the eleventh reading's DETAIL: room layouts, utility bills, siting, project procedure, attendance,
                 # contract clauses, trainees' placements, IT specs, meeting frequency, drug distribution
                 r"诊室、治疗室|治疗室、药房|水电|选址|基本建设程序|考勤|在校期间|见习|违约责任|服务年限|接口规范|"
                 r"数据标准|每月至少|晨午检|建证、建卡|菌毒种|暴露处置|手术分级|抗菌药物临床应用|危险因素监测|"
                 r"孤独症|口腔、视力|服务半径|村民小组|设备闲置|配送和使用监测|基本药物配送|单独设置|联合设置|"
                 # the thirteenth and fourteenth readings' DETAIL: notice boards, fee posting, drills, vaccination-clinic
                 # hours, induction, trainee follow-up, places by village, forms (more of their list cost b05 its length)
                 r"宣传栏|收费公示|急救演练|接种证查验|接种时间|进入角色|跟踪联系制度|名额要根据|所需材料|候诊区|"
                 # the twenty-second and twenty-third readings: nursing models and day surgery, clinics' online
                 # follow-up and personal plans, the 医共体's internal quality standards — for a 副县长 or 副市长
                 r"责任制整体护理|日间手术|在线咨询|复诊提醒|个性化的健康管理方案|统一的质量控制标准|"
                 # the twenty-second reading's DETAIL for a 副市长 and a 副旗长: the 合管办's own procedure, parents'
                 # counselling, the division of labour between 科室
                 r"合管办要|合管办及时|和学生、家长|科室之间|查房制度|身份核查")
# A deputy's DETAIL the finished speech drops (in_remit) rather than the picker refuses.  Empty for now: licences
# (持证上岗, the twenty-second reading, three times in 副市长's and 副县长's drafts) refused while picking move every later
# draw of a deputy's speech (test_ideas' remedies), and dropped when finishing they leave a run-in heading bare
# (test_standing_items, b05's 三是加强产科儿科服务能力) — the picker must offer the item another measure first.
_DEPUTY_DETAIL = Lazy(r"(?!)")


def too_fine(sentence: str) -> bool:
    """Whether a measure is a clinic's routine (or another office's line) rather than a government leader's order.
    A department told to see that the routine is kept (教育部门要督促学校…落实晨午检) is his order (field16)."""
    return bool(_TOO_FINE.search(sentence)) and not _DEPARTMENT_SEES_TO.match(sentence)


# a department a government leader tells to see to another's routine (compose.duties)
_DEPARTMENT_SEES_TO = re.compile(r"[\u4e00-\u9fa5、]{2,14}部门要督促")


def speakable(sentence: str, role: str, date: dt.date | None = None) -> bool:
    """Whether a mined sentence is in the speaker's remit as it stands (mined text is never rewritten)."""
    if role != GOVERNMENT and pools_insurance_fund(sentence):
        return False
    if role == BUREAU:
        return in_bureau_voice(sentence) == sentence and not wrong_actor(sentence, date)
    if role in (UNIT, TOWNSHIP) and orders_peers(sentence):
        return False
    return not wrong_actor(sentence, date)


# Whose work a measure is not: (actor, work) pairs the third reading found.
_WRONG_ACTOR: tuple[tuple[Words | Lazy, Words | Lazy], ...] = (
    # 查处 and 行政处罚 are the 卫生监督 (综合执法) body's: not a hospital's, nor a 疾控中心's or a 妇幼保健院's
    (matcher(r"医院|医疗机构|卫生院|卫生室|社区卫生服务|医疗卫生单位|疾控|疾病预防控制中心|妇幼保健"),
     matcher(r"查处|行政处罚|立案|吊销")),
    # 行政许可 (校验, 执业登记) is the health department's or the 行政审批 bureau's
    (matcher(r"医院|医疗机构|卫生院|疾控|妇幼保健"), matcher(r"行政许可|执业登记|审批")),
    # a 监督 body, a 医保局 and a township government see no patients
    # (their own doing, not what they steer others to: 医保部门要…引导医疗机构合理诊疗 stands)
    (matcher(r"监督|执法|医保|各乡镇(?!卫生院)|各街道|各镇(?!卫生院)"),
     matcher(r"(?:做好|开展|负责|承担|抓好)[^，。；]{0,8}(?:诊疗|救治|治疗|手术)|患者救治|危重[^，。；]{0,4}救治|接诊")),
    # 医疗质量 and 院感 are the health department's to manage, not the 医保局's; so are 电子健康卡 and hospital data
    # standards (the seventh reading)
    (matcher(r"医保"), matcher(r"(?:加强|抓好|做好|强化)[^，。；]{0,4}(?:医疗质量|院感|质控)|电子健康卡|数据标准|接口规范")),
    (matcher(r"卫生院|卫生室|社区卫生服务|医疗机构|医院"), matcher(r"公共卫生委员会")),
    # a 卫生院 or 社区中心 does no 健康危害因素 or 职业卫生 work, staffs no 卫生监督 or 疾控 and keeps no 名老中医
    # heritage (the seventh reading)
    (matcher(r"卫生院|卫生室|社区卫生服务"),
     matcher(r"健康危害因素|职业病|职业健康|用人单位|饮用水卫生|卫生监督|疾控、妇幼|名老中医")),
    # a 疾控中心 sees no patients: TB is treated at 定点医院, patients in hospitals
    # nor sets county strategy (外防输入、内防反弹 is the 联防联控机制's, 属地责任 the governments'), keeps an expert pool
    # (the department's 应急办) or checks 接种证 (schools and 托幼机构 do, with the 接种单位): the seventh reading
    (matcher(r"疾控"), matcher(r"结核病?(?:患者)?的?(?:治疗|诊治|诊疗|救治)|耐药|住院|手术|门诊诊疗|临床救治|患者救治|"
                               r"外防输入|内防反弹|属地责任|专家库|群众性应急救护|接种证查验|查验[^，。；]{0,4}接种证")),
    # a 村卫生室 admits and operates on no one, and trains no one (the ninth reading: 各村卫生室要加强基层医务人员培训)
    (matcher(r"卫生室"), matcher(r"住院|手术|分娩|培训|进修|对口帮扶|带教")),
    # the ninth reading's bodies: 人社 pays no 村医 subsidy and makes no 尊医重卫 climate (养老保险 is its); 编办 sets
    # 编制 only, not 待遇 or 财政补助; 财政 and 人社 run no 编制 reform; a 社区中心 has no 老年医学科 (a 二级 hospital's);
    # 疾控 staffs no 妇幼 or 卫生监督; a 中医医院 builds no 中医馆 (the bureau does, with project money); a 卫生院
    # supervises no 中药 quality; the health department 统筹 no 医保支付 or 价格 (医保's, 发改's)
    (matcher(r"人社"), matcher(r"乡村医生|村医|补助|补贴|尊医重卫|氛围|编制")),
    (matcher(r"编办"), matcher(r"待遇|薪酬|补助|财政|经费")),
    (matcher(r"财政"), matcher(r"编制|人事改革|人事制度")),
    (matcher(r"社区卫生服务|卫生院"), matcher(r"老年医学科|中药质量监管|药品质量监管")),
    (matcher(r"疾控"), matcher(r"妇幼、卫生监督|配齐[^。；]{0,8}(?:妇幼|卫生监督)")),
    (matcher(r"中医医院|中医院"), matcher(r"中医馆建设|建设[^。；]{0,6}中医馆")),
    (matcher(r"卫生(?:计生|健康)?(?:局|部门|委)|卫计|卫健"), matcher(r"统筹[^，。；]{0,6}(?:医保支付|价格调整|价格)")),
    # 早孕建册 is the 乡镇卫生院's and the 社区卫生服务中心's (孕产妇健康管理, basic public health), not a 助产机构's
    # (the twenty-sixth reading, n1)
    (matcher(r"助产机构"), matcher(r"孕前|早孕建册")),
    # 120 dispatch (接警、调度) is the 急救指挥中心's, not a hospital's or a 卫生院's (the eighteenth reading: 县人民医院要
    # 加强急救指挥调度，做到接警快); a hospital receives and treats
    (matcher(r"医院|卫生院|社区卫生服务|医疗机构"), matcher(r"指挥调度|调度指挥|急救指挥|接警")),
    # 农村改厕 is led by 农业农村 (农村人居环境整治三年行动方案, 2018-02; 农村厕所革命, 2019): a health body gives technical
    # guidance and monitors, it does not lead or build (the eighteenth reading: 爱卫会牵头 placed as 改厕's lead body)
    # Before that plan the 爱卫会 ran 农村改厕 (its 办公室 in the health department): dated, see _DATED_WRONG_ACTOR.
    # a 村卫生室 plans no county's succession and allocates no graduates (the seventeenth and eighteenth readings)
    (matcher(r"卫生室"), matcher(r"年龄结构|村医接续|定向培养|统筹使用|向基层延伸")),
    # a 社区卫生服务中心 runs no 住院医师规范化培训 (accredited bases do) and no 转岗培训 (province's and city's bases)
    (matcher(r"卫生院|卫生室|社区卫生服务"), matcher(r"住院医师规范化培训|规范化培训|转岗培训")),
    # the eighteenth reading's i4 (a 2025 county): 疾控 organises cancer screening, hospitals diagnose; 中西医协同 on
    # 重大疾病 is the hospitals' (not a 卫生院's); a 卫生院 buys no 村医 liability insurance (the county pays, if anyone)
    (matcher(r"疾控"), matcher(r"早诊早治|早期诊断|诊断率")),
    (matcher(r"卫生院|卫生室|社区卫生服务|基层医疗卫生机构"), matcher(r"重大疾病|中西医协同|中西医结合救治")),
    # reading 51 (fresh23): medical cover at big events and holidays is the hospitals' and 120's, not a 疾控中心's; a
    # 财政 department funds the public-health projects, it runs none and raises no service's level; a 助产机构 runs
    # no 对口支援 or training of the grassroots' doctors (the health department and the lead hospitals do)
    (matcher(r"疾控"), matcher(r"医疗(?:卫生)?保障")),
    (matcher(r"财政"), matcher(r"(?:抓好|做好|开展|实施)[^，。；]{0,24}(?:项目|服务)|提高服务水平|服务能力")),
    (matcher(r"助产机构"), matcher(r"对口支援|进修培训")),
    (matcher(r"卫生院|卫生室|社区卫生服务"), matcher(r"购买[^，。；]{0,8}保险")),
    # the twenty-second reading's BODY class: 外防输入、内防反弹 over every 场所 is the 防控指挥部's and the township
    # governments', not a clinic's or a hospital's; referral standards are set by the 医共体's lead hospital and the
    # county bureau, not by a village clinic; 职业病诊断 is done by licensed 诊断机构 and 鉴定 by the city's or the
    # province's 鉴定委员会, not by a 疾控中心; 村医 pay and numbers and 绩效工资 policy are the county government's
    # (人社、财政、卫健), not an institution's; transfer from villages is 120's and the county's, not a 助产机构's
    (matcher(r"卫生院|卫生室|社区卫生服务|医疗机构|医院|疾控"), matcher(r"外防输入|内防反弹|每一个场所")),
    (matcher(r"卫生室"), matcher(r"转诊标准|标准和流程|考核评价|绩效考核")),
    (matcher(r"疾控"), matcher(r"职业病(?:的)?(?:诊断|鉴定)")),
    (matcher(r"卫生院|卫生室|社区卫生服务|基层医疗卫生机构|医疗卫生机构"),
     matcher(r"稳定乡村医生队伍|乡村医生队伍|绩效工资政策|收入合理增长机制")),
    (matcher(r"助产机构"), matcher(r"转运")),
    # the twenty-third reading's town: 研判, 方案 and 流调 are the county CDC's and its 指挥部's; a village creates no
    # 卫生城镇 (the town does); a 村卫生室 is the village doctor and cares for no one's working life
    (matcher(r"卫生院|卫生室"), matcher(r"疫情研判|防控方案|流行病学调查|流调")),
    (matcher(r"^各?村|村（社区）"), matcher(r"卫生城镇|卫生乡镇|卫生城市")),
    # a 街道 is never a 卫生镇 (it takes part in the city's 卫生城市 work), and a department creates nothing: 卫生城镇
    # 创建 is the towns' and the counties' (the twenty-ninth reading, p4: 各街道（镇）要推进卫生城镇创建)
    (matcher(r"街道|直有关部门|直各单位|有关部门|各部门"), matcher(r"卫生城镇|卫生乡镇|卫生镇创建|创建卫生镇|国家卫生镇")),
    (matcher(r"卫生室"), matcher(r"关心[^，。；]{0,6}(?:乡村医生|村医)")),
    # prices are led by the 价格主管部门 (发改/物价) and, from the 2018 reform, by 医保: 发改 'assisting' on pricing turns
    # the roles upside down; punishing false advertising is 工商's (市场监管's from 2019), not a health body's
    (matcher(r"发改|物价"), matcher(r"配合[^，。；]{0,10}价格")),
    (matcher(r"卫生(?:计生|健康)?(?:局|部门|委)|卫计|卫健|医院|医疗机构|卫生院"),
     matcher(r"查处[^，。；]{0,10}(?:虚假宣传|虚假广告|违法广告|医疗广告)")),
    # a provider is supervised, it supervises no one: 监管 of 医养结合 services and their fees is the health
    # department's (medical) and 民政's (elderly care), fees 医保's and 发改's (the twenty-sixth reading: 各社区卫生服务
    # 中心要加强医养结合服务的监管).  A 卫生院's 指导和监管 of its village clinics (乡村一体化管理) is its own.
    # the twenty-seventh reading: a 卫生院 drives no 中医药 industry (养老、旅游); a grassroots site keeps and gives
    # vaccines but does not run the cold chain's transport (疾控 and the distributors); 医疗机构 do not build the
    # 院前急救网络 (the government and the 急救中心 plan and pay for it); a 卫生院 reports, the county CDC 研判s
    (matcher(r"卫生院|卫生室|社区卫生服务"), matcher(r"产业融合|旅游")),
    (matcher(r"卫生院|卫生室|社区卫生服务|基层医疗卫生机构"), matcher(r"冷链运输")),
    (matcher(r"医疗机构|医院|卫生院|社区卫生服务"), matcher(r"院前急救网络|急救网络建设")),
    (matcher(r"卫生院|卫生室"), matcher(r"分析研判")),
    (matcher(r"(?:社区卫生服务(?:中心|站)?|卫生院|卫生室|医疗机构|医院)$"),
     matcher(r"(?:加强|强化|做好|负责|落实)[^，。；]{0,12}(?<!指导和)监管|监管[^，。；]{0,6}(?:服务内容|收费)")),
)
# Another's work from a date on: (actor, work, from).
_DATED_WRONG_ACTOR = (
    (matcher(r"卫生|卫健|卫计|爱卫|疾控|卫生院|社区卫生服务"),
     matcher(r"牵头[^，。；]{0,8}改厕|改厕[^，。；]{0,6}牵头|(?:建设|新建|改建)[^，。；]{0,4}(?:卫生)?厕所|组织实施[^，。；]{0,4}改厕"),
     dt.date(2019, 1, 1)),   # 农村厕所革命专项行动 (2019-01), led by 农业农村; the 2018 plan began the handover
    # prices moved to 医保 with the 2018 reform (levels.lead_of): 发改 no longer adjusts medical service prices
    (matcher(r"发改|物价"), matcher(r"医疗服务价格|价格调整"), dt.date(2019, 1, 1)),
    # 医疗救助 went to the 医保局 with the same reform (the twenty-third reading, m1: 民政部门要落实困难群众医疗救助)
    (matcher(r"民政"), matcher(r"医疗救助"), dt.date(2019, 1, 1)),
)
# (compiled at import: searched ~1,000 times a render, where a lazy pattern's extra call costs more than compiling)
_ACTOR_SAYS = re.compile(r"^([^，。；要]{2,16})要")
_SENTENCE_PARTS = re.compile(r"[。；]")


def wrong_actor(sentence: str, date: dt.date | None = None) -> bool:
    """Whether a sentence tells a unit to do another's work (各乡镇卫生院要…健康危害因素监测); a rule with a date
    holds from it on (without ``date``, always)."""
    if "要" not in sentence:
        return False            # (no clause of it tells a unit to act: _ACTOR_SAYS needs its 要)
    for clause in _SENTENCE_PARTS.split(sentence):
        m = _ACTOR_SAYS.match(clause)
        if not m:
            continue
        who = m.group(1)
        works, dated = _works_of(who)
        if any(w.search(clause) for w in works):
            return True
        if body_work.mismatch(who, clause, date) is not None:
            return True         # the table of what each body does (model/body_work)
        if any(w.search(clause) and (date is None or date >= since) for w, since in dated):
            return True
    return False


@lru_cache(maxsize=4096)
def _works_of(who: str) -> tuple[tuple[Words | Lazy, ...], tuple[tuple[Words | Lazy, dt.date], ...]]:
    """The works of _WRONG_ACTOR and _DATED_WRONG_ACTOR (with their dates) that are not ``who``'s, in their order: a
    render asks ~1,000 sentences, and the units told are a few dozen (各医疗机构, 县疾控中心…)."""
    return (tuple(w for a, w in _WRONG_ACTOR if a.search(who)),
            tuple((w, since) for a, w, since in _DATED_WRONG_ACTOR if a.search(who)))


# 县卫生健康局要 (one character before the body) and 县妇幼保健院要 were not counted: b19 told its 妇幼保健院 five
# sentences running.
_TOLD = re.compile(r"(?:^|(?<=[。；！]))([^，。；！要]{1,16}?"
                   r"(?:卫生院|卫生室|保健院|中心|医院|机构|部门|编办|所|站|大队|单位|乡镇|街道|（街道）|卫生健康局|卫生计生局|卫生局|"
                   r"医保局|卫生健康委|卫生计生委|卫健委|卫健局))要")


def told_in(text: str) -> list[str]:
    """The units a text tells to act, one entry per sentence that opens on one (各医疗机构要…)."""
    return [m.group(1) for m in _TOLD.finditer(text)]


def fits(unit: str, said: str) -> bool:
    """Whether ``unit`` may be told to carry out ``said`` (_WRONG_ACTOR, and the table of what each body does)."""
    return not any(a.search(unit) and w.search(said) for a, w in _WRONG_ACTOR) \
        and body_work.mismatch(unit, said) is None


# Measures that are a government department's own (a government leader tells it): 编制 is 编办's, pay and titles
# 人社's, money 财政's, payment 医保's (a 医保局 at county level from 2019), 属地 work the townships'.
def departments(level: str, date: dt.date, rural: bool = True) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(what a measure names, the department a government leader tells to do it) at ``level`` on ``date``."""
    w = levels.word(level)
    subdivisions = levels.units(level, date, rural=rural).subdivisions
    out: list[tuple[re.Pattern[str], str]] = [
        (re.compile(r"编制"), f"{w}委编办" if levels.tier_of(level) != levels.PROVINCE else "省委编办"),
        # 人社 sets pay, titles and recruitment; training doctors (全科医生培养, 定向培养, 规培) is 卫健's with 教育
        (re.compile(r"^(?!.*(?:培养|培训|规培|进修|带教|队伍建设|全科医生)).*(?:薪酬|待遇|职称|人事制度|公开招聘)"), "人社部门"),
        (re.compile(r"财政|投入|补助|经费保障"), "财政部门"),
    ]
    if date >= dt.date(2019, 1, 1):
        # the measure's own object, in its first clause: 推进紧密型医共体实质化运行，在…医保支付上打通 is 卫健's (the
        # seventh reading found 医保部门 told to run the 医共体 and issue 电子健康卡)
        out.append((re.compile(r"^[^，。；]{0,10}(?:医保(?!、医疗)|支付方式|基金监管)"), "医保部门"))
    if subdivisions and levels.tier_of(level) == levels.COUNTY:
        out.append((re.compile(r"属地|爱国卫生|公共卫生委员会|改厕|人居环境|环境卫生|村（居）"), subdivisions))
    return tuple(out)


# How often one actor may be told to act in one work area (the third reading: 各乡镇卫生院要 ×4 in a paragraph).
PER_AREA = 2
# How many single units a government leader names in one work area: he speaks to departments and townships.
GOVERNMENT_UNITS_PER_AREA = 2


# The county's 医共体 and the city's 医联体 are different things: a speech says the one its brief reported
# (the third reading: 医联体 said in a county that reported a 医共体).
_ALLIANCES = {"医共体": r"医共体|医疗共同体|医疗卫生共同体|医疗服务共同体", "医联体": r"医联体|医疗联合体|城市医疗集团"}


# The county model's own words beside 医共体: care kept 县域内, 县乡一体 services (reading 41's city speech).
_COUNTY_MODEL = r"县域内|县乡一体|县乡村一体"


def unsaid_alliance(brief_text: str, level: str = "", *, rural: bool = False,
                    county_city: bool = False) -> re.Pattern[str] | None:
    """The form of medical alliance a speech does not name: the other one, when the brief names only one (a city
    district's 城市医疗集团 is its 医联体: the seventh reading found it filled with a county's 医共体 measures).
    Where the brief names neither, the level decides (DESIGN's "Time and place"): the 医共体 is the county's model,
    a 市 (not a county-level city) and an urban 区 have the 医联体 and, from 2023, the 紧密型城市医疗集团 (reading 41:
    a city speech on 县域内就能看好病 and 县乡一体 signing, a district's 医共体内统一的药品耗材采购 beside its 医联体)."""
    named = [k for k, words in _ALLIANCES.items() if Words(words).search(brief_text)]
    if not named and level in levels.LEVELS and not county_city and not re.search(r"县域|县级", brief_text) and (
            levels.tier_of(level) == levels.PREFECTURE or (levels.word(level) == "区" and not rural)):
        return re.compile(f"{_ALLIANCES['医共体']}|{_COUNTY_MODEL}")
    if len(named) != 1:
        return None
    other = "医联体" if named[0] == "医共体" else "医共体"
    return re.compile(_ALLIANCES[other])


# ---- The speaker's remit, sentence by sentence (finish asks here of every sentence a speech says) ----

# A run-in subheading (一是…, 其次…): judged where it was chosen, never dropped from under its numbering here.
_RUN_IN_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、])")
# A party committee's working body told to act (县委编办要…, 编办、人社部门要…): a government leader who does not speak
# for the party committee asks it (请县委编办…), he does not order it (the twenty-second reading, k4).
_PARTY_TOLD = re.compile(r"(^|[，；：])((?:[省市县区旗州盟]委)?(?:编办|机构编制委员会办公室|组织部门?|宣传部门?)"
                         r"(?:、[^，。；要]{1,12})?)要")
# Punishing false advertising, said with no actor: 工商's (市场监管's from 2019), never the health body's.
_AD_PUNISH = re.compile(r"(^|[，；])(?:要)?(?:严厉|依法|坚决)?查处((?:虚假宣传|虚假广告|违法(?:医疗)?广告)[^，。；]*)")
_AD_BODY = Words(r"市场监管|工商")
# The health body setting prices in its own voice (理顺医疗服务价格): the 价格主管部门's business, which a bureau
# 配合s (levels.lead_of).
_SETS_PRICE = Lazy(r"(理顺|调整|制定|完善)医疗服务价格")
_PRICE_ASKED = Words(r"配合|会同|落实|执行|衔接|争取")
# Pay policy (绩效工资政策, 收入增长机制) is made by 人社 and 财政: a bureau or a unit 积极争取s its improvement.
_SETS_PAY = re.compile(r"(?:不断|持续|切实|进一步|继续)?(?<!争取)(建立|完善|健全|改革)"
                       r"([^，。；]{0,12}(?:绩效工资政策|绩效工资总量|收入合理增长机制))")
_PAY_ASKED = Words(r"争取|落实|配合|推动")
# What the province sets for a city too: the title system and its rules (人社 and 卫健 of the province).
_PROVINCE_LEVER = Lazy(r"(?:深化|推进|完善)[^，。；]{0,16}职称(?:制度改革|评价办法)")
# Laying out the 急救 network (levels.plans_emergency_network).
_LAYS_EMERGENCY = Lazy(r"急救站点[^，。；]{0,4}布局|布局[^，。；]{0,4}急救站点|急救半径")


# A government's leader joining with one of its own departments (我们要会同体育部门…, 要会同教育部门…).
_GOVERNMENT_JOINS = re.compile(r"(^|[。；，：])(?:我们)?(?:还|也)?要会同(?=[^，。；]{1,12}(?:部门|局|委))")


def is_run_in_head(sentence: str) -> bool:
    """Whether ``sentence`` is a subsection's run-in heading (三是加强妇女保健服务。)."""
    return bool(_RUN_IN_HEAD.match(sentence))


def in_remit(sentence: str, remit: Remit) -> str | None:
    """``sentence`` as the speaker may say it: a party body asked, not ordered, by a government leader who does not
    speak for the party committee; false advertising punished by 工商/市场监管; prices adjusted by the 价格主管部门
    with the bureau's 配合.  None where no such wording saves it: a unit told another's work (wrong_actor), or a
    clinic's routine in a government leader's mouth (too_fine)."""
    if _RUN_IN_HEAD.match(sentence):
        return sentence     # 三是推进医疗服务价格改革。: a subsection's run-in heading, whose numbering the rest follows
    if remit.level in levels.LEVELS:
        # a body told another's work: the work given to its own body (区疾控中心要合理设置…接种点 → 区卫生健康局要…;
        # model/body_work), or not said where the level has none to give it to
        given = body_work.given_to_owner(sentence, remit.level, remit.date, rural=remit.rural,
                                         speaker_is_health=remit.role == BUREAU, government=remit.role == GOVERNMENT)
        if given is None:
            return None
        sentence = given
    if remit.role == GOVERNMENT and remit.level in levels.LEVELS and not levels.is_township(remit.level):
        # a government does not 会同 its own departments: its health department does (reading 41: a city leader's
        # 我们要会同体育部门推动体医融合 → 市卫生健康委要会同…)
        dept = levels.department(remit.level, remit.date, short=True)
        if dept:
            sentence = _GOVERNMENT_JOINS.sub(lambda m: f"{m.group(1)}{dept}要会同", sentence)
    if wrong_actor(sentence, remit.date):
        return None
    if remit.role == GOVERNMENT and (too_fine(sentence) or _DEPUTY_DETAIL.search(sentence)):
        return None
    # the 合管委 is the county's (its 合管办 sits in the township): a 乡镇合管委 is no body at all (the twenty-third reading)
    # and a government leader tells the township governments themselves (各乡镇), not their offices
    text = sentence.replace("乡镇合管委", "各乡镇" if remit.role == GOVERNMENT else "乡镇合管办")
    if remit.role == GOVERNMENT and not remit.party and _PARTY_TOLD.search(text):
        w = levels.word(remit.level) if remit.level in levels.LEVELS else ""

        def asked(m: re.Match[str]) -> str:
            who = m.group(2)
            if "、" in who:
                # one of several departments told together (编办、人社、财政等部门要…): the others are his to tell
                rest = "、".join(x for x in who.split("、") if not levels.PARTY_BODIES.fullmatch(x))
                return f"{m.group(1)}{rest}要" if rest else m.group(0)
            if who.startswith("编办") and w and not levels.is_township(remit.level):
                who = f"{w}委{who}"
            return f"{m.group(1)}请{who}"
        text = _PARTY_TOLD.sub(asked, text)
    if _AD_PUNISH.search(text) and not _AD_BODY.search(text):
        lead = levels.lead_of("advertising", remit.date)
        if remit.role == UNIT:
            return None
        if remit.role == BUREAU:
            text = _AD_PUNISH.sub(lambda m: f"{m.group(1)}配合{lead}查处{m.group(2)}", text)
        else:
            text = _AD_PUNISH.sub(lambda m: f"{m.group(1)}{lead}要依法查处{m.group(2)}", text)
    if _LAYS_EMERGENCY.search(text) and remit.level in levels.LEVELS \
            and not levels.plans_emergency_network(remit.level, rural=remit.rural):
        return None
    if remit.role != GOVERNMENT and _SETS_PAY.search(text) and not _PAY_ASKED.search(text):
        text = _SETS_PAY.sub(lambda m: f"积极争取{m.group(1)}{m.group(2)}", text)
    if remit.role in (BUREAU, UNIT, TOWNSHIP):
        for clause in re.split(r"(?<=[，。；])", text):
            m = _SETS_PRICE.search(clause)
            if m and not _PRICE_ASKED.search(clause):
                lead = levels.lead_of("pricing", remit.date)
                text = text.replace(clause, clause[:m.start()] + f"配合{lead}" + clause[m.start():], 1)
    if beyond_level(text, remit.level):
        return None         # 建立城市医生支援基层的长效机制 in a county: set above it
    if remit.level != "省" and _PROVINCE_LEVER.search(text) and not ASKS_ABOVE.search(text):
        return None         # a city's 人社 'deepening' the title system the province sets (the twenty-second reading)
    if remit.role == TOWNSHIP and levels_powers.above_township(remit.level).search(text):
        return None         # the county's business in a township's mouth
    if remit.level in levels.LEVELS and levels.tier_of(remit.level) in (levels.COUNTY, levels.TOWNSHIP):
        # 职业病鉴定 is organised by the city's and the province's health bodies (职业病诊断与鉴定管理办法): a county's
        # speech, or a county hospital's pledge, does its 诊断 (the twenty-seventh reading's p6)
        text = text.replace("职业病诊断、鉴定和", "职业病诊断和").replace("职业病诊断、鉴定", "职业病诊断")
    if remit.role != GOVERNMENT and pools_insurance_fund(text):
        return None         # 医保资金要统筹使用 in a 卫健委主任's mouth: the fund is the 医保局's
    if remit.level in levels.LEVELS:
        # what the speaker's level and body may order on the date (planning, schools, departments convened, 医保's
        # business from 2019 …): re-voiced (配合, 积极争取, 报请) or not said (the thirty-sixth reading's BODY)
        within = levels_powers.said_within_powers(text, remit.role, remit.level, remit.naming or remit.date)
        if within is None:
            return None
        text = within
    return at_level(text, remit)


# ---- The level's own bodies (the twenty-ninth reading's BODY: a 镇长, a 市卫健委主任, a 区, a 院长) ----

# The county's powers over a township's clinics and fund: the 合管办's 审核拨付 and its 定点 admission and exit (县级统筹),
# 执业注册 and 准入 (the county's health department).  A township 配合s them, or says nothing.
_COUNTY_POWER = Lazy(r"审核拨付|准入和退出|准入、退出|准入与退出|定点[^，。；]{0,6}准入|执业注册|执业资格|执业许可|"
                     r"执业证书|不得在村卫生室从事|费用的审核|审核和监管")
# A township builds with the county's project money: it strives for the standard, it cannot ensure it alone (the
# twenty-ninth reading, p5: a 镇长's 确保年内全部达标 for 村卫生室 names no funding).
_ENSURES_STANDARD = re.compile(r"确保(年内|今年|年底前)?全部达标")
_COUNTY_FUND_OFFICE = re.compile(r"(?:乡镇|镇|乡)?合管办要")
_HELPS = Words(r"配合|协助|争取|协调|支持")
_HEALTH_DEPT_TOLD = re.compile(r"^\s*(?:同时，|此外，)?((?:各级)?卫生(?:健康|计生)?(?:行政)?部门要)")
# What a township says of its own units in its own words (a 镇 has one 镇卫生院: 乡镇卫生院 is the county's word) and of
# what its people get (小病不出村、常见病不出镇, not the county's 大多数病在本地就能看好); 机关科室 serving the 基层 is a
# bureau's (a township's offices are the 基层).
_TOWN_OWN_WORDS = (("乡镇卫生院", "{w}卫生院"), ("乡镇合管办", "{w}合管办"), ("乡镇和村", "{w}和村"),
                   ("大多数病在本地就能看好、", "小病不出村、常见病不出{w}，"),
                   ("大多数病在本地就能看好", "小病不出村、常见病不出{w}"))
# A city's health commission speaks to the 县（市、区） and their bureaus: the township governments are theirs to move
# (through the 县区政府), and a 县区's clinics answer to its 卫生健康局, whose heads the city 约谈s.
_TOWNSHIPS_TOLD = re.compile(r"(^|[。；])(各?乡镇（街道）|各乡镇|各街道|各镇（街道）)要")
_CLINICS_TOLD = re.compile(r"(^|[。；])各?(乡镇卫生院|社区卫生服务中心|村卫生室)要")
# A clause that sets the county hospitals' reform with no doer of its own (要落实县级公立医院的功能定位).
_COUNTY_HOSPITALS_OWN = Lazy(r"(?:^|(?<=[。；]))((?:进一步|要进一步|要|同时要)?)((?:落实|推进|深化|完善|抓好)县级公立医院)")
_SKIPS_LEVEL = Lazy(r"约谈(?:主要负责同志|主要负责人|负责人)")
# The 医保 payment a 统筹区 (the city, from the 2018–19 reform) sets: a 县 or 区 asks the 市医保局 for it.
_PAY_DESIGN = Lazy(r"总额付费|结余留用|合理超支分担|打包付费|按人头付费")
# A 区's share of its city's 国家卫生城市 review: the city passes it (the twenty-ninth reading, p4).
_CITY_REVIEW = Lazy(r"(?:顺利)?通过国家卫生城市(?:复审|复核)")
# The health department's powers over providers (执业登记, 校验, 依法处理) and other bodies' policy (工伤保险, 医疗救助):
# not a hospital's to promise (the twenty-ninth reading's p6 pledge: 严格医疗机构执业登记和校验管理).
# (and 医疗机构广告, the regulator's: fresh38's u5, a 院长's 我们一定会规范医疗机构广告和诊疗信息发布)
_DEPARTMENT_POWER = Lazy(r"执业登记|校验管理|校验和|依法依规处理|依法查处|工伤保险|医疗救助政策|规范医疗机构广告")
# A hospital assigns no work to the 基层 (the county bureau does): 纳入基层医疗卫生机构的日常工作 in a 院长's pledge.
_ASSIGNS_GRASSROOTS = Lazy(r"纳入基层|基层医疗卫生机构的日常|(?:^|[，；])(?:各)?(?:乡镇卫生院|社区卫生服务中心|村卫生室|"
                           r"基层医疗卫生机构)要")



def at_level(text: str, remit: Remit) -> str | None:
    """``text`` in the words and powers of the speaker's level: a township's own units by its own name, the county's
    powers 配合ed; a city's orders to the 县（市、区）, not past them to the townships; a county's or a district's 医保
    payment 争取ed from the city; a district's share of its city's review; a hospital's orders to itself.  None where
    no wording saves the sentence."""
    text = levels.market_body_named(text, remit.date)
    level = remit.level
    if level not in levels.LEVELS:
        return text
    said = within_level(text, remit)
    if said is None:
        return None
    text = said
    tier = levels.tier_of(level)
    w = levels.word(level)
    if remit.role == TOWNSHIP:
        if w in ("乡", "镇"):
            for county, own in _TOWN_OWN_WORDS:
                text = text.replace(county, own.format(w=w))
        if "机关科室" in text:
            return None
        up = remit.above or ("县" if w in ("乡", "镇") else "区")      # (巢湖市's 东阳镇 asks 市里: fresh46's u6)
        text = _ENSURES_STANDARD.sub(lambda m: f"积极争取{up}里项目和资金支持，力争{m.group(1) or ''}全部达标", text)
        clauses = re.split(r"(?<=[，。；])", text)
        for i, c in enumerate(clauses):
            told = _HEALTH_DEPT_TOLD.match(c)
            if told:
                # a township has no health department of its own: the county's 卫生健康部门 is told nothing by a 镇长,
                # and what it leads with other departments (会同财政、民政…) is not the town's to arrange; the town's
                # 卫生院 takes its part with the county (a 2026 town's 卫生健康部门要建立全科医生培养使用台账)
                if "会同" in c or _HELPS.search(c[told.end():told.end() + 4]):
                    return None
                own = f"{w}卫生院要配合{up}里" if w in ("乡", "镇") else f"社区卫生服务中心要配合{up}里"
                clauses[i] = c[:told.start(1)] + own + c[told.end():]
                continue
            if _COUNTY_POWER.search(c) and not _HELPS.search(c):
                m = _COUNTY_FUND_OFFICE.search(c)
                if not m:
                    return None       # 没有取得执业资格的人员不得…: the county's licence, not the town's rule
                clauses[i] = c[:m.start()] + "要配合县合管办" + c[m.end():]
        text = "".join(clauses)
    if remit.role == TOWNSHIP:
        # the township is itself the 乡镇（街道）: its government sets up what the template asks of 乡镇（街道） (j3, a 副镇长),
        # and its leader says so as a commitment (镇政府将…), not as an order to the body he speaks for (乡政府要…: the
        # leadership tell test_stock_lines keeps out of a township's speech; land22)
        text = _TOWNSHIPS_TOLD.sub(lambda m: f"{m.group(1)}{levels.bodies(level).government}将", text)
    if tier == levels.COUNTY and remit.role == BUREAU:
        # a county bureau's head moves the township governments only with them (the 县政府 orders them: k2, a 局长)
        below = levels.units(level, remit.date, rural=remit.rural).subdivisions or "乡镇（街道）"
        text = _TOWNSHIPS_TOLD.sub(lambda m: f"{m.group(1)}要推动{below.removeprefix('各')}", text)
    # (a county-level city has no 县（市、区） under it: its 镇's clinics are its own — fresh46's u3, 桐乡市卫生健康局
    # telling 各县（市、区）卫生健康局要督促村卫生室)
    if tier == levels.PREFECTURE and not remit.county_city:
        # a city sees the county hospitals' reform through the counties (sec37's r6 and fresh38's u1, a city's speech:
        # 进一步落实县级公立医院的功能定位, the county speech's sentence, as the city's own work)
        text = _COUNTY_HOSPITALS_OWN.sub(lambda m: f"{m.group(1)}督促各县（市、区）{m.group(2)}", text)
    if tier == levels.PREFECTURE and remit.role != GOVERNMENT and not remit.county_city:
        # … through the counties' bureaus: a commission's director tells the 县区卫生健康局, not the county governments
        # (reading 41: a 卫计委 director's 各县（市、区）要督促乡镇卫生院…)
        bureaus = f"各县（市、区）{levels.meeting_word('县', remit.date)}局"
        text = _TOWNSHIPS_TOLD.sub(lambda m: f"{m.group(1)}{bureaus}要推动{m.group(2).removeprefix('各')}", text)
        text = _CLINICS_TOLD.sub(lambda m: f"{m.group(1)}{bureaus}要督促{m.group(2)}", text)
        if _SKIPS_LEVEL.search(text) and not re.search(r"县（市、区）|县区", text):
            dept = levels.meeting_word("县", remit.date)      # 卫生 · 卫生计生 · 卫生健康, as the counties' bureaus were named
            text = _SKIPS_LEVEL.sub(f"约谈所在县（市、区）{dept}部门负责同志", text)
    if tier == levels.COUNTY and remit.date >= dt.date(2019, 1, 1):
        clauses = re.split(r"(?<=[。；])", text)
        for i, c in enumerate(clauses):
            if _PAY_DESIGN.search(c) and "争取" not in c:
                if "配合医保部门" in c:
                    clauses[i] = c.replace("配合医保部门", "积极争取市医保局支持，", 1)
                elif not CARRIES_OUT.search(c):
                    return None
        text = "".join(clauses)
    if tier == levels.COUNTY and w == "区":
        text = _CITY_REVIEW.sub("高标准完成国家卫生城市复审区级任务", text)
    if remit.role == UNIT and (_ASSIGNS_GRASSROOTS.search(text) or _DEPARTMENT_POWER.search(text)):
        return None
    return text


# Work a speech names only where its brief does (the twenty-sixth reading's CLAIMs: 民族医药 in two Han counties' drafts,
# 清廉医院 and 医养结合示范项目 presumed, 乡镇卫生院标准化建设完成以后 when nobody said it was done): each with the words
# of a brief (or the region's name) that allow it.  An autonomous 州, 盟 or 旗 has its 民族医药 without saying so.
_UNBACKED = (
    (re.compile(r"民族医|民族药|名老民族医"), re.compile(r"民族|自治|蒙医|藏医|维医|苗医|壮医|彝医|瑶医|侗医|土家|傣医|朝医")),
    (re.compile(r"清廉医院"), re.compile(r"清廉")),
    (re.compile(r"示范项目"), re.compile(r"示范")),
    (re.compile(r"标准化建设完成|建设完成以后|建成达标后|建成达标以后"), re.compile(r"标准化|达标")),
)


def unbacked(brief_text: str, level: str = "", region: str = "") -> tuple[re.Pattern[str], ...]:
    """The patterns of work a speech on this brief may not name: what presumes a programme or a people the brief
    (its words, the region's name) never gives."""
    said = f"{brief_text} {region}"
    ethnic_place = levels.word(level) in ("州", "盟", "旗") if level in levels.LEVELS else False
    return tuple(work for work, allowed in _UNBACKED
                 if not allowed.search(said) and not (ethnic_place and work.pattern.startswith("民族医")))


# A bureau head's word for his own bureau (局里要…, 报局里备案, 委里…): said once a speech it is a leader's plain way of
# talking; six times in one half-year speech a secretary marked it as the office's chat, not a speech (reading 56's h9).
# 委里 is the office's chat whatever the count (sec37's r3: 委里要组织专项检查 in a city's half-year speech, the
# commission named in full two sentences on): a commission's head names it.
_HOUSE = re.compile(r"局里|委里")
_COMMISSION_HOUSE = re.compile(r"委里")


def house_word_once(blocks: list[Block], name: str | None) -> list[Block]:
    """``blocks`` with 局里 said once and 委里 never: each other one that opens a duty (局里要…) is 我们, as the head
    says his own body's work (sec38 and sec39: 区卫生健康局要组织专项督查 after 局里要… read as the head speaking of
    his bureau in the third person), and the rest the bureau's own name (报县卫生健康局备案), where it has one."""
    if not name:
        return blocks

    def instead(m: re.Match[str]) -> str:
        return "我们" if m.string[m.end():m.end() + 1] == "要" and (m.start() == 0 or m.string[m.start() - 1] in "。；，") \
            else name

    return said_at_most(said_at_most(blocks, _COMMISSION_HOUSE, 0, instead), _HOUSE, 1, instead)
