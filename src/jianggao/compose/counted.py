"""A count said as a secretary says it, by what its name counts: the units that did something, the people served, the
things done so many times — never the brief's metric name with 达到 pasted after it.

The held-out readings (STYLE 23–27) marked 乡镇卫生院标准化建设达到12所, 65岁及以上老年人健康管理达到2.1万人, 家庭医生签约
达到1.8万人 and 病媒生物密度控制水平达标街道的有8个: a name is a noun phrase plus its unit, and its grammar says how the
figure goes in — 12所乡镇卫生院完成标准化建设, 为65岁及以上老年人提供健康管理服务2.1万人, 家庭医生签约1.8万人, 8个街道病媒
生物密度控制水平达标.  Only the grammar of the name is read (what it ends on, the noun it counts, its verb), never a list of
metrics: outside briefs use names no sample has.  The value and unit are said as typed (DESIGN), and every word of the
name is said; only their order and a verb of our own (完成, 开展, 举办, 提供…服务) change.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.brief import Metric

# Units a count of places, bodies or households is given in (12所, 8个, 34家).
_UNIT_COUNT = ("所", "个", "家", "处", "座", "间", "户", "站")
# Units a count of people is given in.
_PEOPLE_UNIT = re.compile(r"^万?(?:人|名)$")
# Units a count of events or of visits is given in (36场, 2360户次).
_EVENT_UNIT = re.compile(r"^万?(?:场|次|期|批|轮|户次|家次|场次)$")

# The noun a count of places counts: a body or a place that takes 所/个/家 (乡镇卫生院, 街道, 用人单位).
_PLACE_NOUN = (r"(?:卫生院|卫生室|卫生所|医院|服务中心|服务站|机构|诊所|门诊部|中医馆|国医馆|名医堂|医共体|医联体|科室|"
               r"街道|乡镇|社区|行政村|村|嘎查|单位|企业|学校|机关|小区|场所|药店|养老院|托育机构)")
# What the places did to completion (标准化建设, 提档升级, 改造): 12所乡镇卫生院完成标准化建设.
_DONE_BY_THEM = re.compile(r"(?:建设|改造|改建|扩建|升级|创建|验收|认证|备案|达标创建)$")
# What was done to them (监督检查, 督导): 对318家用人单位开展职业卫生监督检查.
_DONE_TO_THEM = re.compile(r"(?:检查|督查|督导|抽检|抽查|巡查|执法|监测|检测|评估|指导)$")
# A verb of reaching that a place's predicate may open on (达到服务能力基本标准, 通过复审).
_REACHING = re.compile(r"^(?:达到|通过|完成|实现|建成|获评|获得|开展|开设|设立|落实|实行|推行)")
# A predicate the place holds of itself, said after it (病媒生物密度控制水平达标 → 8个街道病媒生物密度控制水平达标).
_HOLDS = re.compile(r"(?:达标|合格|达到[^的]{0,12}标准)$")
# A verb taking the places as its object (基本药物制度覆盖乡镇卫生院 → 基本药物制度覆盖18所乡镇卫生院).
_REACHES_THEM_MID = re.compile(r"(?<=.)(?:覆盖|纳入|惠及|进驻|托管|帮扶|对口支援)")

# Those served, as a name opens on them (65岁及以上老年人, 农村妇女, 0—6岁儿童, 严重精神障碍患者).
_SERVED_GROUP = re.compile(r"^(?P<group>.{1,16}?(?:老年人|老人|儿童|妇女|孕产妇|产妇|患者|居民|群众|学生|婴幼儿|新生儿|"
                           r"劳动者|人群|对象|村民|农民|职工|病人))(?P<service>.{2,10})$")
# A service given to them (健康管理, 关爱, 康复): 为…提供健康管理服务 (检查 and 筛查 are done, not provided: numbers).
_PROVIDED = re.compile(r"(?:管理|关爱|康复|救助|保健|干预|照护|护理|服务|指导)$")
# A name closing on those a service was given to (职业健康培训劳动者, 救治患者).
_DONE_FOR_GROUP = re.compile(r"(?:培训|救治|救助|帮扶|服务|体检|筛查|接种|随访|管理)[^，]{0,4}(?:老年人|儿童|妇女|孕产妇|患者|"
                             r"居民|群众|学生|劳动者|人群|村民|农民|职工|病人|人员|医生|村医)$")
# A name closing on what was done for people or things (家庭医生签约, 接种): its count straight after, as a tally.
_TALLY_TAIL = re.compile(r"(?:签约|接种|建档|培训|救治|随访|服务|转诊|诊疗|救助)$")
# Object-then-verb names that read the other way round (居民电子健康档案建档 → 建立居民电子健康档案).
_VO = {"建档": "建立", "接种": "接种", "发放": "发放", "招聘": "招聘", "引进": "引进", "采购": "采购", "配备": "配备",
       "培训": "培训"}
# An event held (讲座, 义诊) or work carried out (监督检查, 宣传): 举办健康教育讲座36场, 开展公共场所控烟监督检查2360户次.
_HELD = re.compile(r"(?:讲座|培训班|研讨会|座谈会|会议|比赛|竞赛|大赛|论坛|学习班)$")
_CARRIED_OUT = re.compile(r"(?:活动|义诊|演练|检查|督查|督导|抽检|抽查|巡查|执法|宣传|宣讲|咨询|家访|入户)$")


def count_clause(metric: Metric, value: str) -> str | None:
    """The head of a result clause for a count (``value`` its value and unit as typed), or None where the name's
    grammar gives no better shape than compose's plain one."""
    if metric.is_rate:
        return None
    name, unit = metric.name, metric.unit or ""
    if unit in _UNIT_COUNT:
        return _places(name, value)
    if _PEOPLE_UNIT.match(unit) or unit.endswith("人次"):
        return _people(name, value, unit)
    if _EVENT_UNIT.match(unit):
        return _events(name, value)
    return _done(name, value)


def _places(name: str, value: str) -> str | None:
    """12所乡镇卫生院完成标准化建设 · 11所乡镇卫生院达到服务能力基本标准 · 对318家用人单位开展职业卫生监督检查 ·
    8个街道病媒生物密度控制水平达标 · 基本药物制度覆盖18所乡镇卫生院."""
    if re.match(r"(?:创建|建成|建设|新建|改造|培育|打造|命名|认定|评选出?)(?!率)", name) and len(name) > 3:
        return f"{name}{value}"        # 创建健康村30个: what was done, its count after (never 创建健康村达到30个)
    reach = re.search(_REACHES_THEM_MID, name)
    if reach and re.search(_PLACE_NOUN + "$", name) and not name[reach.end():].startswith("的"):
        return f"{name[:reach.end()]}{value}{name[reach.end():]}"
    if "的" in name:
        # 达到服务能力推荐标准的基层医疗卫生机构 → 58家基层医疗卫生机构达到服务能力推荐标准
        held, _, noun = name.rpartition("的")
        if (_REACHING.match(held) or _HOLDS.search(held)) and re.search(_PLACE_NOUN + "$", noun) and "的" not in held:
            return f"{value}{noun}{held}"
        return None
    if _REACHING.match(name) and len(name) > 4:
        # a name opening on what was done (完成农村户厕改造, 实现村卫生室全覆盖) is said whole, its count after: never
        # 486户完成农村完成户厕改造 (fresh57's q5, a noun 农村 cut out of the name after its verb)
        return f"{name}{value}"
    ends = sorted({i + len(m.group()) for i in range(len(name)) for m in [re.match(_PLACE_NOUN, name[i:])] if m},
                  reverse=True)
    for end in ends:
        noun, after = name[:end], name[end:]
        if not after:
            # the name ends on the places counted: what stands before them is what holds of them
            last = max(i for i in range(end) if re.fullmatch(_PLACE_NOUN, name[i:end]))
            head = name[:last]
            while head and re.search(_PLACE_NOUN + "$", head):
                head = head[:max(i for i in range(len(head)) if re.fullmatch(_PLACE_NOUN, head[i:]))]
            if head and _HOLDS.search(head):
                return f"{value}{name[len(head):]}{head}"
            continue
        if re.match(_PLACE_NOUN, after) or len(after) < 2:
            continue            # 乡镇卫生院: the noun goes on
        if _REACHING.match(after) or _HOLDS.search(after):
            return f"{value}{noun}{after}"
        if _DONE_BY_THEM.search(after):
            return f"{value}{noun}完成{after}"
        if _DONE_TO_THEM.search(after):
            return f"对{value}{noun}开展{after}"
    return None


def _people(name: str, value: str, unit: str) -> str | None:
    """为65岁及以上老年人提供健康管理服务2.1万人 · 家庭医生签约1.8万人 · 接种新冠病毒疫苗…; a name ending on 人数 or
    人次 (…健康管理人数达到3120人) reads right with 达到 and is left to compose."""
    if name.endswith(("人数", "人次", "例数")):
        return None
    served = _SERVED_GROUP.match(name)
    if served and _PROVIDED.search(served.group("service")) and "人次" not in unit:
        service = served.group("service")
        return f"为{served.group('group')}提供{service}{'' if service.endswith('服务') else '服务'}{value}"
    if _DONE_FOR_GROUP.search(name):
        return f"{name}{value}"     # 职业健康培训劳动者1.2万人, never …劳动者达到1.2万人
    return _done(name, value)


def _events(name: str, value: str) -> str | None:
    """举办健康教育讲座36场 · 开展公共场所控烟监督检查2360户次."""
    if name.startswith(("举办", "开展", "组织", "召开")):
        return f"{name}{value}"
    if _HELD.search(name):
        return f"举办{name}{value}"
    if _CARRIED_OUT.search(name):
        return f"开展{name}{value}"
    return None


def _done(name: str, value: str) -> str | None:
    """接种新冠病毒疫苗0.86万剂次 · 建立居民电子健康档案52.3万份 · 家庭医生签约1.2万人."""
    for tail, verb in _VO.items():
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return f"{verb}{name[:-len(tail)]}{value}"
    if _TALLY_TAIL.search(name) and len(name) > 3:
        return f"{name}{value}"
    return None
