"""What each kind of body does: the work a sentence may give it, and whose work it is when it may not (issue 13,
the forty-first reading's BODY and LOGIC classes).

A body is known by the words that name it (疾控中心, 卫生监督所, 医院, 卫生院, 社区卫生服务中心, 村卫生室, the
卫生健康局/委, a government, a partner department).  A line of work names the kinds whose work it is: the 疾控中心
trains no hospital's staff (继续教育 is the hospitals' and the department's) and sites no vaccination point (the
department's and the 指挥部's; 疾控 guides); 研判 of an epidemic is 疾控's and the department's, not a hospital's; a
卫生院 mobilises people for cancer screening, the hospitals screen; a 新建小区's 托育 places are planned by 自然资源和规划
and 住建, not by 发改 (which plans development and investment).  compose.voice asks here before it names who acts
(voice.fits) and, where a sentence already names the wrong body, gives the work to its own (voice.in_remit).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import levels

# The kinds of body, most particular first (a 社区卫生服务中心 is no 中心 of 疾控; a 医共体牵头医院 is a hospital).
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("village", re.compile(r"村卫生室|乡村医生|村医")),
    ("community", re.compile(r"社区卫生服务")),
    ("clinic", re.compile(r"卫生院")),
    ("grassroots", re.compile(r"基层医疗(?:卫生)?机构")),
    ("cdc", re.compile(r"疾控|疾病预防控制")),
    ("inspection", re.compile(r"卫生监督|综合执法|监督所|执法大队")),
    ("mch", re.compile(r"妇幼保健")),
    ("hospital", re.compile(r"医院|医疗机构|医共体|医联体|医疗集团|助产机构|医疗卫生单位|医疗卫生机构")),
    ("insurance", re.compile(r"医保|医疗保障")),
    ("civil_affairs", re.compile(r"民政")),
    ("health", re.compile(r"卫生(?:健康|计生)?(?:行政)?(?:局|委|部门)|卫健|卫计|^我们$|^局里$|^委里$")),
    ("planning", re.compile(r"自然资源|规划部门|国土")),
    ("housing", re.compile(r"住建|住房(?:和)?城乡建设")),
    ("development", re.compile(r"发改|发展改革|发展和改革")),
    ("sports", re.compile(r"体育")),
    ("education", re.compile(r"教育(?:部门|局)|^教育")),
    ("government", re.compile(r"政府|指挥部|^各(?:苏木)?乡镇$|^各街道|^各县（市、区）$|^各县区$")),
)


def kind_of(body: str) -> str | None:
    """The kind of the body ``body`` names (县疾控中心 → cdc), or None where it names none the table knows."""
    for kind, words in KINDS:
        if words.search(body):
            return kind
    return None


@dataclass(frozen=True)
class Work:
    """A line of work, the kinds of body whose work it is, and the kind it is given to when told to another."""

    key: str
    words: re.Pattern[str]
    doers: frozenset[str]
    owner: str
    since: dt.date | None = None
    # the kinds that may see the work done by others (督促、协调、指导: a 卫生健康委 督促s the 配送企业, it supplies no drugs)
    steers: frozenset[str] = frozenset()
    # bodies of a doer's kind that still may not do it, by their names (a county's 助产机构 screens and refers: 产前诊断 is
    # licensed to designated institutions, mostly at a city's level and above)
    not_named: re.Pattern[str] | None = None
    # … until this date (医疗救助 was 民政's until the 2018 reform reached the local 医保局s)
    until: dt.date | None = None
    # the work as one item of a list the clause gives its body (医保报销和医疗救助): taken out, the rest is the body's own
    listed: re.Pattern[str] | None = None
    # the whole system's work where the speaker says 我们 (我们要为群众提供…): only a body named is held to the doers
    collective: bool = False


def _w(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


WORKS: tuple[Work, ...] = (
    # the clinical staff's continuing education and training on the job: their employers' (hospitals, 卫生院, 社区) and
    # the department's that sets it; 疾控 trains in public health, not 医务人员's 继续教育 (reading 41)
    Work("staff_training", re.compile(r"医务人员[^，。；]{0,6}(?:继续教育|岗位培训|在岗培训|业务培训)|继续医学教育"),
         _w("health", "hospital", "clinic", "community", "grassroots", "mch", "government"), "health"),
    # where the vaccination points stand: the department's and the 指挥部's (疾控 gives technical guidance)
    Work("vaccination_sites", re.compile(r"设置[^，。；]{0,12}接种(?:点|单位|门诊|站)|接种(?:点|门诊)[^，。；]{0,4}(?:设置|布局)"),
         _w("health", "government"), "health"),
    # an epidemic's 研判: 疾控's and the department's (and its 指挥部's); a hospital or a clinic reports
    Work("epidemic_judgement", re.compile(r"疫情[^，。；]{0,4}研判|风险研判|研判疫情|会商研判|分析研判"),
         _w("cdc", "health", "government"), "cdc"),
    # screening of cancer and the 早诊早治 programme: the hospitals screen, the department and its 疾控 organise and
    # check its quality (a 卫生院 mobilises and follows up: reading 41; 疾控's diagnosing is voice._WRONG_ACTOR's)
    Work("cancer_screening", re.compile(r"早诊早治|癌[^，。；]{0,6}筛查|高风险人群[^，。；]{0,6}筛查|早期诊断率"),
         _w("hospital", "health", "mch", "cdc", "government"), "hospital"),
    # the places a new estate sets aside (托育, 养老, 社区卫生服务 premises): planning approval's and 住建's
    Work("estate_planning", re.compile(r"设施纳入[^，。；]{0,10}规划|新建(?:小区|居住区)|配套建设[^，。；]{0,8}(?:设施|用房)|"
                                       r"建设用地|用地保障"),
         _w("planning", "housing", "government"), "planning"),
    # an epidemic's field investigation and its contacts: 疾控's (with the department and its 指挥部); a hospital reports
    # and treats, a 卫生院 helps (reading 41's drafts: 各医疗机构要做好…流行病学调查和密切接触者管理)
    Work("field_investigation", re.compile(r"流行病学调查|流调|密切接触者(?:的)?(?:管理|追踪|排查)"),
         _w("cdc", "health", "government"), "cdc"),
    # pathogen testing: 疾控's laboratories and the hospitals' (a 卫生院 or a 社区 centre samples and sends on)
    Work("pathogen_testing", re.compile(r"病原学?检测能力|病原学检测"), _w("cdc", "hospital", "health", "government"),
         "cdc"),
    # test reagents held in stock: 疾控's and the hospitals' laboratories (a 卫生院 keeps its protective supplies, not the
    # county's 检测试剂: b19's 各乡镇卫生院要…做好传染病防控物资和检测试剂的储备)
    Work("reagent_stock", re.compile(r"检测试剂[^，。；]{0,4}储备|储备[^，。；]{0,12}检测试剂|物资和检测试剂"),
         _w("cdc", "hospital", "health", "government"), "cdc"),
    # oversight of services and their fees: the department's, its 卫生监督's, the government's and 医保's — a provider is
    # overseen, it oversees no one (各基层医疗卫生机构要加强医养结合服务的监管; a 卫生院's 指导和监管 of its village
    # clinics is its own)
    Work("oversight", re.compile(r"(?:加强|强化|严格|做好|负责)[^，。；]{0,12}(?<!指导和)(?<!内部)监管|"
                                 r"监管[^，。；]{0,6}(?:服务内容|收费)"),
         _w("health", "inspection", "government", "insurance"), "health"),
    # 属地管理 and 属地责任: the governments' and the townships' (a 助产机构 puts no one under 属地管理)
    Work("territory", re.compile(r"属地管理|属地责任"), _w("government", "health"), "government"),
    # the 医保 fund's oversight: the 医疗保障局's from the 2018–2019 reform (the department 配合s)
    Work("insurance_fund", re.compile(r"医保基金监管|基金监管"), _w("insurance", "government"), "insurance",
         since=dt.date(2019, 1, 1)),
    # 体医融合: the department with the sports bureau
    Work("sports_medicine", re.compile(r"体医融合|运动处方"), _w("health", "sports", "hospital", "community", "clinic"),
         "health"),
    # drugs on the shelf: the providers stock them and the 配送企业 deliver; a 卫生健康委, a government or 医保 督促s and
    # 协调s (the forty-third reading, r1: 市卫生健康委要保障基层医疗卫生机构常用药、慢性病用药的供应)
    Work("drug_supply", re.compile(r"保障[^，。；]{0,16}(?:药品|用药|常用药)[^，。；]{0,6}供应|(?:药品|用药)[^，。；]{0,4}供应保障|"
                                   r"(?:药品|用药)[^，。；]{0,6}配送到位"),
         _w("hospital", "clinic", "community", "grassroots", "village"), "none",
         steers=_w("health", "government", "insurance")),
    # beds and equipment handed out to places: a government's (and a hospital's own); the 卫生健康委 plans them
    # (区域卫生规划, 配置规划), it holds none to give (r1: 市卫生健康委要把新增的床位、设备优先安排到资源薄弱的片区)
    Work("bed_allocation", re.compile(r"(?:床位|设备)[^，。；]{0,6}(?:优先)?(?:安排|分配|调配)到|"
                                      r"把[^，。；]{0,4}新增的?(?:床位|设备)[^，。；]{0,12}(?:安排|分配)"),
         _w("government", "hospital"), "none", steers=_w("health")),
    # 家庭医生签约服务 is run by the health system; 医保 pays its fee and sets payment, it runs no 签约 (r4: 医保部门要统筹推进
    # 医保支付、价格调整、签约服务等配套政策)
    Work("family_doctor", re.compile(r"(?:推进|推动|统筹推进|做实|做好|开展|落实|提高)[^，。；]{0,14}签约服务(?!费)"),
         _w("health", "hospital", "clinic", "community", "grassroots", "village", "mch", "government"), "health"),
    # a unit's building, equipment and posts are provided by its government, 编办 and 财政: a 社区卫生服务中心 or a 卫生院
    # cannot equip itself (r5: 各社区卫生服务中心要对照建设标准把房屋、设备和人员配齐)
    Work("unit_provision", re.compile(r"把[^，。；]{0,8}(?:房屋|业务用房|用房|设备)[^，。；]{0,10}配齐"),
         _w("government", "health"), "none"),
    # 产前诊断 is licensed to designated institutions (母婴保健法; 产前诊断技术管理办法): a county's 助产机构 and 卫生院 do
    # 产前筛查 and refer (r2: 各助产机构要不断加强产前诊断能力建设)
    Work("prenatal_diagnosis", re.compile(r"(?:加强|开展|提升|提高|做好)[^，。；]{0,6}产前诊断(?!机构)"),
         _w("health", "government", "hospital", "mch"), "none",
         not_named=re.compile(r"助产机构|[县区旗乡镇]|卫生院|社区|基层")),
    # day surgery is a 二级以上 general hospital's (its 日间手术 wards and list of operations, 国卫医发〔2016〕44号 and
    # after): not every 医疗机构's — a 卫生院, a 社区 centre or a specialised clinic has none (reading 46's r2:
    # 各医疗机构要推行日间手术)
    Work("day_surgery", re.compile(r"日间手术"), _w("hospital", "health", "government", "insurance"), "hospital",
         not_named=re.compile(r"^各?(?:级|类|级各类)?医疗(?:卫生)?机构$|医疗卫生(?:机构|单位)|基层|卫生院|社区|专科|妇幼")),
    # consultation and referral between a hospital's 中医 and 西医 departments: a hospital's, which has both; a
    # 卫生院 has no separate 中医 and 西医 clinical departments (reading 46's r1: assigned to 苏木乡镇卫生院)
    Work("tcm_departments", re.compile(r"中医临床科室与西医临床科室|中西医(?:临床)?科室[^，。；]{0,6}(?:会诊|转诊)"),
         _w("hospital", "health", "government"), "hospital",
         not_named=re.compile(r"卫生院|社区|基层|妇幼")),
    # 检查检验结果互认 is between institutions: the department, an alliance or the hospitals together bring it in, not
    # one hospital inside itself (reading 46's r1: 旗人民医院要…推广预约诊疗和检查检验结果互认)
    Work("result_recognition", re.compile(r"(?:推广|推进|推行|实现|开展)[^，。；]{0,12}(?:检查检验|检验检查)结果(?:的)?互认"),
         _w("health", "government", "hospital", "insurance"), "health",
         not_named=re.compile(r"^(?!各)(?!.*(?:医联体|医共体|医疗集团|牵头|二级以上|各级)).*医院$")),
    # a hospital's geriatric and multi-specialty services (老年医学科, 老年综合评估门诊 and 多病共管, 多学科诊疗): a 二级以上
    # hospital's departments; a 卫生院 or a 社区 centre screens, manages and refers (reading 48's r5: 镇卫生院要开设老年
    # 综合评估门诊，为老年患者提供多病共管的诊疗服务)
    Work("hospital_geriatrics", re.compile(r"老年医学科|老年综合评估门诊|多病共管|多学科(?:联合)?诊疗"),
         _w("hospital", "health", "government", "mch"), "hospital",
         not_named=re.compile(r"卫生院|社区|基层|乡镇|村")),
    # 医疗救助 was 民政's until the 2018 reform gave it to the 医疗保障局 (local ones from late 2018 into 2019): before,
    # a 医保 office or a 新农合 office pays its own scheme, not the aid (reading 48's r6, 2013: 市医保经办机构要把医保
    # 报销和医疗救助的待遇落实到位)
    Work("medical_aid", re.compile(r"医疗救助"), _w("civil_affairs", "government"), "civil_affairs",
         until=dt.date(2019, 1, 1), listed=re.compile(r"(?:和|、|及)医疗救助|医疗救助(?:和|、|及)")),
    # the press and its columns (新闻媒体, 健康栏目): the department's with the 宣传部门; a clinic or a hospital gives
    # the talks and the content, it runs no one's column (level29: 各基层医疗卫生机构要…开设健康栏目)
    # (the providers are who may not: a sentence telling 县教育局 its part and 新闻媒体 theirs is a government's to say)
    Work("media_columns", re.compile(r"开设[^，。；]{0,8}(?:栏目|专栏)|新闻媒体[^，。；]{0,6}(?:作用|宣传)|主流媒体"),
         _w("health", "government", "education", "civil_affairs", "sports", "planning", "housing", "development",
            "insurance", "inspection"), "health"),
    # 乡村医生's pensions and pay subsidies (养老保障, 待遇补助): the government's policy with 人社 and 财政, which its
    # health department carries out and 争取s; no clinic solves its village doctors' pensions (level29: 各基层医疗卫生
    # 机构要落实乡村医生养老保障)
    Work("village_doctor_pension", re.compile(r"(?:乡村医生|村医)[^，。；]{0,6}养老|养老保障和待遇补助|"
                                              r"解决[^，。；]{0,12}养老"),
         _w("government", "health"), "health"),
    # the population's risk factors and food-safety risks monitored (慢性病危险因素监测, 食品安全风险监测): 疾控's surveys
    # and sentinel work with the department; a 卫生院 reports its cases and takes part (level29's drafts: 各乡镇卫生院要
    # 加强慢性病危险因素监测, 各乡镇卫生院要…加强食源性疾病监测和食品安全风险监测 in county bureaus' reports)
    Work("risk_monitoring", re.compile(r"危险因素监测|食品安全风险监测"), _w("cdc", "health", "government"), "cdc"),
    # the 名中医's (名老中医's) learning handed down (学术经验传承, 工作室): a hospital's with its 中医 doctors, and the
    # department's that sets it up; a 卫生院 offers 中医药 services, it keeps no 名中医's school (fresh42's y1: 各乡镇卫生院
    # 要加强中医药人才培养，做好本地名中医学术经验传承工作)
    Work("tcm_heritage", re.compile(r"名(?:老)?中医[^，。；]{0,10}(?:传承|经验|工作室)|学术经验传承"),
         _w("hospital", "health", "government"), "hospital",
         not_named=re.compile(r"卫生院|社区|基层|村|妇幼")),
    # 中西医协同 in major diseases (重大疑难疾病中西医临床协作): the general hospitals' and the 中医医院's, with the
    # department; a 卫生院 or a 社区 centre offers 中医药 services, it leads no 协同 (level29)
    Work("tcm_integration", re.compile(r"中西医协同|中西医(?:临床)?协作|中西医结合[^，。；]{0,6}重大疾病"),
         _w("hospital", "health", "government"), "hospital",
         not_named=re.compile(r"卫生院|社区|基层|村|妇幼")),
    # a policy or a strategy held (坚持外防输入、内防反弹总策略, 贯彻卫生与健康工作方针, 树立大卫生、大健康理念): the
    # government's and its health department's line, which the units carry out in their services; a unit told to hold
    # it reads as if it set it (actor32: 各基层医疗卫生机构要坚持外防输入、内防反弹总策略).  A hospital's own 公益性 and
    # its 以病人为中心的服务理念 are its own.
    Work("policy_line", re.compile(r"(?:坚持|贯彻|树立|执行)[^，。；]{0,24}(?<!服务)(?:方针|总策略|策略|原则|理念)"
                                   r"|(?:坚持|贯彻|树立)[^，。；]{0,6}(?:大卫生、?大健康|预防为主|以人民健康为中心)"),
         _w("health", "government", "insurance", "civil_affairs", "education", "sports", "planning", "housing",
            "development"), "health"),
    # the government's support policies for births and families (生育支持措施, 育儿补贴, 生育保险): set by the government
    # and carried out by its departments; a 妇幼保健院 or a hospital gives the care (actor32: 市妇幼保健院要落实好各项生育
    # 支持措施)
    Work("birth_support", re.compile(r"生育支持(?:政策|措施)|育儿补贴|生育保险|生育津贴|积极生育支持"),
         _w("health", "government", "insurance"), "health"),
    # care given to residents themselves (为签约居民提供…, 上门服务, 长期处方): the providers' — family doctors' teams,
    # the 基层医疗卫生机构, the hospitals; a bureau or a commission serves no patient, it 推动s, 督促s and 组织s the
    # providers to (actor32: 县卫生健康局要为签约居民提供预约转诊、长期处方…).  Its speaker's 我们 is the whole system.
    Work("care_delivery", re.compile(r"为[^，。；]{0,12}(?:居民|群众|患者|病人|老年人|孕产妇|儿童|妇女|家庭)[^，。；]{0,6}提供|"
                                     r"上门(?:服务|诊疗|随访|巡诊)|长期处方|延伸处方"),
         _w("hospital", "clinic", "community", "grassroots", "village", "mch", "cdc", "government"), "grassroots",
         steers=_w("health"), collective=True),
)


# The kinds of body with levels of their own under them (a department over its units, a hospital over its 科室 and
# 班组): "一级抓一级" is theirs to say.  One 社区卫生服务中心, 卫生院 or 村卫生室 has no levels to pass work down
# (reading 46's r5: 形成一级抓一级的工作格局 in a community centre's pledge).
_TIERED = frozenset({"health", "government", "hospital", "cdc", "mch", "inspection", "insurance"})


def has_tiers(body: str) -> bool:
    """Whether the body ``body`` names (a speaker's title, 河西街道社区卫生服务中心主任) has levels under it to pass work
    down; a body the table does not know is taken to have them."""
    kind = kind_of(body)
    return kind is None or kind in _TIERED


# A subject is a body only where it ends as one does (村卫生室标准化建设要… names a work, not the 村卫生室).
_BODY_END = re.compile(r"(?:中心|院|室|所|站|局|委|部门|机构|单位|队|大队|政府|指挥部|乡镇|街道|（市、区）|县区|我们|局里|委里|"
                       r"医共体|医联体|医疗集团|乡村医生|村医)$")


def mismatch(body: str, clause: str, date: dt.date | None = None) -> Work | None:
    """The work ``clause`` gives ``body`` that is not its kind's (None where the body or the work is not in the
    table, or the work is its own)."""
    kind = kind_of(body) if _BODY_END.search(body) else None
    if kind is None:
        return None
    for work in WORKS:
        if work.since is not None and date is not None and date < work.since:
            continue
        if work.until is not None and (date is None or date >= work.until):
            continue
        m = work.words.search(clause)
        if not m or _HELPS.search(clause[:m.start()]):
            continue
        if kind in work.steers and _STEERS.search(clause[:m.start()] + m.group(0)[:4]):
            continue
        if work.collective and _COLLECTIVE.match(body):
            continue
        if kind not in work.doers or (work.not_named is not None and kind in ("hospital", "mch")
                                       and work.not_named.search(body)):
            return work
    return None


# The speaker's own system as a whole (我们要为群众提供…): Work.collective work is its to say.
_COLLECTIVE = re.compile(r"^(?:我们|全系统|全县卫生|全区卫生|全市卫生)")
# A clause that helps with the work rather than does it (配合医保部门加强基金监管): anyone's.
_HELPS = re.compile(r"配合|协助")
# … and one that sees it done by others (督促配送企业保障…供应), the steering kinds' (Work.steers).
_STEERS = re.compile(r"督促|协调|指导|规划|推动")


def owner_name(work: Work, level: str, date: dt.date, *, rural: bool = False) -> str | None:
    """The body at ``level`` on ``date`` that ``work`` is given to (县卫生健康局, 县疾控中心, 县级医院, 自然资源和规划、
    住建部门), or None where the level has none (a township's speech: its county's bodies are not its to tell)."""
    if level not in levels.LEVELS or levels.is_township(level):
        return None
    units = levels.units(level, date, rural=rural)
    if work.owner == "health":
        return units.department
    if work.owner == "cdc":
        return next((u for u in units.public_health if "疾控" in u), None)
    if work.owner == "hospital":
        return units.hospitals[0] if units.hospitals else None
    if work.owner == "government":
        return units.subdivisions
    if work.owner == "insurance":
        return f"{levels.word(level)}医保局"
    if work.owner == "planning":
        return "自然资源、住建部门" if date >= dt.date(2019, 1, 1) else "规划、住建部门"
    if work.owner == "civil_affairs":
        return "民政部门"
    if work.owner == "grassroots":
        return units.grassroots[0] if units.grassroots else None
    return None


# A clause that names who acts: its subject before 要 (县疾控中心要…; 同时，各医疗机构要…).
SUBJECT = re.compile(r"^(?:同时，?|此外，?|并|还)?([^，。；：要]{2,18}?)(?:都|也|还)?要")


def told(clause: str) -> str | None:
    """The body ``clause`` tells to act (its subject before 要), or None."""
    m = SUBJECT.match(clause)
    return m.group(1) if m and _BODY_END.search(m.group(1)) else None


# The kinds that are the government's departments: only its leader tells them what to do (compose.voice.orders_peers).
_DEPARTMENTS = frozenset({"planning", "housing", "development", "sports", "education"})


def own_items_kept(sentence: str, date: dt.date) -> str:
    """``sentence`` with each work that is one item of a list its clause gives a body not its own taken out of the list
    (县医保经办机构要把医保报销和医疗救助的待遇落实到位 in 2013 → …把医保报销的待遇落实到位: 医疗救助 was 民政's)."""
    clauses = re.split(r"(?<=[。；])", sentence)
    out = []
    for c in clauses:
        body = told(c)
        work = mismatch(body, c, date) if body else None
        if body is not None and work is not None and work.listed is not None:
            kept = work.listed.sub("", c, count=1)
            if kept != c and mismatch(body, kept, date) is None:
                c = kept
        out.append(c)
    return "".join(out)


def given_to_owner(sentence: str, level: str, date: dt.date, *, rural: bool = False,
                   speaker_is_health: bool = False, government: bool = False) -> str | None:
    """``sentence`` with each clause that tells a body another's work said of the body whose work it is (区疾控中心要
    合理设置…接种点 → 区卫生健康局要合理设置…), the speaker's own department as 我们 where he heads it; None where
    the owner has no name at the level, or is a department only a ``government`` leader tells.  A sentence with no
    such clause comes back as it is."""
    clauses = re.split(r"(?<=[。；])", sentence)
    out = []
    for c in clauses:
        body = told(c)
        work = mismatch(body, c, date) if body else None
        if work is None or body is None:
            out.append(c)
            continue
        kept = own_items_kept(c, date) if work.listed is not None else c
        if kept != c:
            # the work one item of the body's list (医保报销和医疗救助): the list keeps the body's own items
            out.append(kept)
            continue
        owner = owner_name(work, level, date, rural=rural)
        if owner is None or (work.owner in _DEPARTMENTS and not government):
            return None
        if speaker_is_health and work.owner == "health":
            owner = "我们"
        at = c.index(body)
        out.append(c[:at] + owner + c[at + len(body):])
    return "".join(out)
