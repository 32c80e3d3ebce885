"""Numbers in speech text per GB/T 15835: metrics as typed in Arabic numerals, counts of points in Chinese."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .counted import count_clause

if TYPE_CHECKING:
    from ..model.brief import Metric


_DIGITS = "零一二三四五六七八九"


def chinese_count(n: int) -> str:
    """A count in Chinese numerals, as in 讲三点意见, 十四五 or 第一百零五 (0–9999; GB/T 15835 §4.2 set usage).

    Below 100 the leading 一 of 一十 is dropped (十四五); above, it is kept (一百一十), and one 零 stands
    for any run of missing places (一百零五, 一千零一十), as Chinese numerals are read."""
    if not 0 <= n < 10000:
        raise ValueError(f"count out of range: {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 1 else _DIGITS[tens]
        return head + "十" + (_DIGITS[ones] if ones else "")
    out, gap = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if gap and out else "") + _DIGITS[digit] + unit
            gap = False
        else:
            gap = True
    return out


def how_many(n: int) -> str:
    """A count before a measure word: 两 for two (讲两点意见, 两个方面), else as chinese_count."""
    return "两" if n == 2 else chinese_count(n)


def ordinal_item(n: int) -> str:
    """一是 二是 … for items run on within a paragraph."""
    return chinese_count(n) + "是"


def five_year_plan(year: int) -> tuple[str, str] | None:
    """The five-year plan a year falls in and its place: ("十四五", "收官之年") for 2025.

    Plans run in five-year steps since the third (1966–1970); earlier years get None.
    """
    if year < 1966:
        return None
    number, place = divmod(year - 1966, 5)
    name = chinese_count(number + 3) + "五"
    stage = ("开局之年", "攻坚之年", "关键之年", "冲刺之年", "收官之年")[place]
    return name, stage


def _magnitude(text: str) -> tuple[str, bool]:
    """The number without its sign, and whether it was negative."""
    text = text.strip()
    if text.startswith("-") or text.startswith("−"):
        return text[1:], True
    return text.lstrip("+"), False


def _is_zero(text: str) -> bool:
    try:
        return float(text) == 0
    except ValueError:
        return False


# A count of what there is at a point in time (每千人口托位数, 每千人口执业(助理)医师数, 编制床位, 医养结合机构): its change
# runs from the end of last year.  Per-capita stocks by their head, others by what they count at their end.
_STOCK_HEAD = re.compile(r"^(?:每[千万](?:人口|名)|每百户|每个)")
_STOCK_NOUN = re.compile(r"(?:托位|床位|病床|医师|医生|护士|药师|卫技人员|卫生技术人员|卫生人员|人员|人才|专家|机构|"
                         r"医院|卫生院|卫生室|卫生所|诊所|门诊部|服务中心|服务站|养老院|托育机构|医联体|医共体|科室|"
                         r"工作室|名医堂|中医馆|国医馆|工作站)(?:数|人数|总数|数量)?$")
_STOCK_UNITS = ("个", "张", "家", "所", "人", "名", "万人", "支", "间", "处", "座")
# A count of what passed the year's assessment (绩效考核等次A以上医院, 达标单位) is the year's result, compared with
# last year's (比上年), not with a stock at last year's end.
_ASSESSED = re.compile(r"考核|评审|评价|评估|等次|等级评|达标|通过|获评|命名")


def is_stock(metric: Metric) -> bool:
    """Whether ``metric`` counts what there is at year end (床位、托位、人员、机构), whose change runs 比上年底; not a rate,
    not a tally of what was done in the year (新增…, 培训…), not people served."""
    if metric.is_rate or is_tally(metric) or _served(metric) or _ASSESSED.search(metric.name):
        return False
    if _STOCK_HEAD.match(metric.name):
        return True
    return (metric.unit or "") in _STOCK_UNITS and bool(_STOCK_NOUN.search(metric.name))


def change_unit(metric: Metric) -> str:
    """The unit its change is spoken in: as given; ‰ changes in 个千分点; otherwise the brief's own rule, which says
    a rate per 10万 changes by so much per 10万 (同比下降1.2/10万): 个十万分点 is no unit a secretary writes (read68:
    both readers, and every reading since len21, marked 同比下降6.2个十万分点).  The change is said with its amount:
    len21 found 孕产妇死亡率降至8.6/10万，同比下降 had dropped the brief's −1.2."""
    if metric.change_unit and metric.change_unit != metric.unit:
        return metric.change_unit
    if metric.unit == "‰":
        return "个千分点"
    return metric.effective_change_unit


def change_phrase(metric: Metric, compare: str = "同比") -> str:
    """同比提高2.1个百分点 / 同比增长8.6% / 同比下降0.3/10万 / 与上年持平; "" without a change.
    ``compare`` is the speech's one comparison word (同比, or 比上年 when the secretary writes that)."""
    if metric.change is None:
        return ""
    if compare == "同比" and is_stock(metric):
        # a count of what there is at year end is compared with the end of last year, not with a period (the thirty-
        # fifth reading: 每千人口托位数…同比增加0.5个 should be 比上年底增加); 同比 stays for rates and flows
        compare = "比上年底"
    if _is_zero(metric.change):
        return "与上年底持平" if compare == "比上年底" else "与上年持平"
    amount, falling = _magnitude(metric.change)
    unit = change_unit(metric)
    if unit == "%":
        verb = "下降" if falling else "增长"
    elif unit.startswith("个") and unit.endswith("分点") or metric.is_rate:
        verb = "下降" if falling else "提高"
    elif unit in _DURATION:
        # a length of time is shortened: 平均住院日降至8.1天，同比缩短0.4天 (not 降至…减少: the fifteenth reading)
        verb = "缩短" if falling else "延长"
    else:
        verb = "减少" if falling else "增加"
    return f"{compare}{verb}{amount}{unit}"


_DURATION = ("天", "日", "小时", "分钟", "周", "个月")


def value_text(metric: Metric) -> str:
    """Value and unit exactly as in the brief: 45.2%, 1.2万人次, 8.6/10万."""
    return f"{metric.value}{metric.unit}"


# A metric name that holds its own verb of reaching (乡镇卫生院达到服务能力基本标准, 村卫生室完成标准化建设).
_HAS_VERB = re.compile(r"达到|达标|建成|完成|通过|实现")
# A name opening on an act of the system's (核准, 受理, 发放, 组建 …) names what was done, its count after it.
_DONE_OPENS = re.compile(r"(?:核准|识别|认定|受理|办理|审批|发放|兑现|组建|新组建|收治|救治|确诊|招聘|招录|引进|培训|"
                         r"新增|新建|改造|派驻|下派|选派|查处|处理|立案|登记|免费|建立)(?![率])")
# A count named by what was done (新增床位, 培训村医, 招引人才): its number follows the name as a tally.
_TALLY = re.compile(r"(?:新增|新建|新招|新引进|招引|招聘|引进|培训|开展|举办|累计|共|改造|新开|签约|接种|筛查|救治|"
                    r"派驻|下派|选派|帮扶|义诊|查处|处理|收治)")


def metric_phrase(metric: Metric, compare: str = "同比", shape: int = 0) -> str:
    """One clause reporting a result, good news or not, without a closing stop.

    家庭医生签约服务覆盖率达到45.2%，同比提高3.1个百分点 · 孕产妇死亡率降至8.6/10万，同比下降0.3/10万 ·
    a lower-is-better metric that rose is said plainly: 婴儿死亡率为3.2‰，同比上升0.2个千分点.
    ``shape`` 1 (FigureShapes) says a clause of the plain 达到/降至 form with a change in figures change first
    (住院分娩率同比提高0.5个百分点，达到99.1%): every figure of the brief is still said as typed, its change in DESIGN's
    words (同比提高…个百分点, 同比增长…%), and none of our own.
    """
    said = _metric_phrase(metric, compare)
    if not shape:
        return said
    turned = _SHAPED.fullmatch(said)
    if not turned or not said.startswith(metric.name) or turned.group("name") != metric.name \
            or not turned.group("change").startswith(compare):
        return said
    name, verb, value, change = turned.group("name", "verb", "value", "change")
    return f"{name}{change}，{verb}{value}"


# The plain shape of a result with a change in figures: 覆盖率达到45.2%，同比提高3.1个百分点 (never the words-only
# changes of a rate per 10万, a zero, a tally or a count named by its own verb).
_SHAPED = re.compile(r"(?P<name>.+?)(?P<verb>达到|降至)(?P<value>[\d.]+[^，\d]*)，"
                     r"(?P<change>\D*?(?:提高|增长|增加|下降|减少|缩短|延长)[\d.]+\S*)")


class FigureShapes:
    """The shapes a review's results are said in, in turn (issue 13, the thirty-eighth reading: "达到…%，同比提高…个百分点"
    ten times in a row read as a machine): the plain shape twice, then the change first; no shape more than twice
    running.  (Leaving 同比 to the clause before, …达到96.5%，提高0.7个百分点, would vary it more, but DESIGN words a
    quantity's change 同比增长8.6%.)"""

    TURN = (0, 0, 1)

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        """The shape of the next result clause that can take one."""
        shape = self.TURN[self.n % len(self.TURN)]
        self.n += 1
        return shape


def _metric_phrase(metric: Metric, compare: str) -> str:
    """metric_phrase in its plain shape."""
    change = change_phrase(metric, compare)
    if reads_as_zero(metric):
        head = f"{metric.name}为零"
        # change is "" exactly when metric.change is None; the explicit check says so to the type checker
        return f"{head}，{change}" if change and metric.change is not None and not _is_zero(metric.change) else head
    falling = metric.change is not None and _magnitude(metric.change)[1]
    rising = metric.change is not None and not falling and not _is_zero(metric.change)
    if metric.better == "lower":
        if falling:
            head = f"{metric.name}降至{value_text(metric)}"
        else:
            head = f"{metric.name}为{value_text(metric)}"
            if rising:
                change = change.replace("提高", "上升")
    elif falling:
        head = f"{metric.name}为{value_text(metric)}"
    elif counted := count_clause(metric, value_text(metric)):
        # said by what the name counts (12所乡镇卫生院完成标准化建设, 为…老年人提供健康管理服务2.1万人): see counted.py
        head = counted
    elif not metric.is_rate and re.search(r"(?:建成|完成|达标|开通|新建|新增|改造|创建|设立)$", metric.name):
        # a name ending on what was done takes its count straight after: 社区卫生服务中心中医馆建成9个, not
        # …建成的有9个 (the twelfth reading)
        head = f"{metric.name}{value_text(metric)}"
    elif not metric.is_rate and _DONE_OPENS.match(metric.name) and "的" not in metric.name:
        # a name opening on what the system did (核准因病致贫返贫贫困户, 受理再生育申请, 组建医疗联合体) takes its count
        # straight after, a change or not: never 核准…贫困户达到1.82万户 (fresh57's q2)
        head = f"{metric.name}{value_text(metric)}"
    elif not metric.is_rate and _HAS_VERB.search(metric.name):
        # A count whose name already says what was reached reads 社区卫生服务中心达到推荐标准的有6个, never
        # …达到推荐标准达到6个 (three readers marked the doubled verb).
        # A name whose verb sits in a clause before its noun (达到服务能力推荐标准的基层医疗卫生机构) already ends on
        # what is counted: …机构有58家, never …机构的有58家 (the thirtieth blind reader's tell).
        # A name that opens on its verb (建成健康社区, 完成改厕) is what was done, its count straight after: 建成健康社区
        # 14个, never 建成健康社区的有14个 (the thirty-ninth reading: "the phrasing is clumsy").
        verb = _HAS_VERB.search(metric.name)
        head = (f"{metric.name}{value_text(metric)}" if verb and verb.start() == 0 and "的" not in metric.name
                else f"{metric.name}有{value_text(metric)}" if verb and "的" in metric.name[verb.end():]
                else f"{metric.name}的有{value_text(metric)}")
    elif not metric.is_rate and metric.change is None and _TALLY.match(metric.name):
        # A count of what was done, without a comparison, reads as a plain tally: 新增床位320张, 培训村医260人次;
        # a count of what there is takes a verb (嘎查村卫生室146个 was marked: a figure with no verb).
        head = f"{metric.name}{value_text(metric)}"
    elif not metric.is_rate and _SERVICE_DONE.search(metric.name) and _PEOPLE.match(metric.unit):
        # a service given to so many people is completed for them: 完成农村妇女两癌检查1.2万人, never …检查达到1.2万人
        # (the fifteenth reading)
        head = f"完成{metric.name}{value_text(metric)}"
    elif not metric.is_rate and _HEADCOUNT.search(metric.name):
        # a count of people that is no goal reached: 上半年出生人口2360人, never …出生人口达到2360人 (reading 45)
        head = f"{metric.name}{value_text(metric)}"
    else:
        head = f"{metric.name}达到{value_text(metric)}"
    return f"{head}，{change}" if change else head


# A head count no one works to raise or lower (出生人口, 常住人口): said as it stands, with no verb of reaching.
_HEADCOUNT = re.compile(r"(?:出生人口|常住人口|户籍人口|总人口|流动人口|出生人数|死亡人数)$")


# A service named by what is done to people (两癌检查, 免费孕前优生健康检查, 新生儿疾病筛查), counted in people.
_SERVICE_DONE = re.compile(r"(?:检查|筛查|体检|查体|随访|健康评估)$")
# People served so far this year (65岁以上老年人健康管理人数, 接种人次): a count that grows through the year like a
# tally, so half of it by July is on time (the nineteenth reading: 2,860 of 4,200 on 20 July was called a gap). A
# count of what there is (执业医师人数, 床位数) is not one.
_SERVED_COUNT = re.compile(r"(?:管理|服务|体检|查体|随访|筛查|接种|检查|诊疗|救治|签约|培训)(?:人数|人次|例数)$")
_PEOPLE = re.compile(r"^(?:万)?(?:人|人次|例|名)$")


def _served(metric: Metric) -> bool:
    """Whether ``metric`` counts people served so far this year (see _SERVED_COUNT)."""
    return bool(_SERVED_COUNT.search(metric.name) and _PEOPLE.match(metric.unit or ""))


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def reads_as_zero(metric: Metric) -> bool:
    """Whether a metric is said as 零 rather than as its value and unit (孕产妇死亡 0例 → 孕产妇死亡为零;
    issue 13: a 0 value reads as 零)."""
    return _number(metric.value) == 0


def target_phrase(metric: Metric, last: Metric | None = None, *, turn: int = 0, midyear: bool = False,
                  last_year: bool = True) -> str:
    """A target as a secretary sets it: a subject, a verb of intent, and last year's figure (``last``, the
    same measure in the brief's results, same unit) — never a bare fact (县域内就诊率由92.4%提高到93%
    reads as done).  Already met → a floor kept (确保接种率继续稳定在95%以上, never read as a rise or as a
    lowering); a rise → 县域内就诊率力争由92.4%提高到93%, or in its ``turn`` 要从去年的92.4%提高到93% / 要在92.4%的基础上
    提高到93% (the twenty-seventh blind reader: 力争由X提高到Y in every draft); a zero death count →
    确保孕产妇死亡继续为零 (issue 13: a 0 reads as 零, never 0例).  At a half-year meeting (``midyear``) ``last`` is the
    first half's figure: a tally says what the second half must add (新增医养结合床位再完成220张，确保全年达到400张:
    the twenty-sixth reading's 400 read as another 400).  Without last year's figure: 力争…达到95% / 控制在…以内.
    ``last_year``: the brief's figures are last year's (not at a meeting that closes the year they are of: read60's
    2021-11 医改 meeting said 要从去年的43.6%提高到45% of its own year's figure)."""
    tv = _number(metric.value)
    lv = _number(last.value) if last is not None and last.unit == metric.unit else None
    name, value = metric.name, value_text(metric)
    if reads_as_zero(metric):
        return f"确保{name}继续为零" if lv == 0 else f"确保{name}为零" if lv is None else f"力争{name}降为零"
    if last is not None and lv is not None and tv is not None and midyear and metric.better != "lower" and lv < tv:
        progress = year_progress(last, metric)
        if progress and progress[0] and is_tally(metric):
            return f"{name}再完成{progress[1]}，确保全年达到{value}"
        return f"{name}要在上半年{value_text(last)}的基础上，年底前力争达到{value}"
    if lv is not None and is_tally(metric):
        # a tally's figure of last year (or of the first half) is no level to rise from: 新增医养结合床位力争由180张
        # 提高到400张 read the beds added by July as this year's start (the twenty-third session's reading)
        lv = None
    if tv is not None and lv is not None:
        assert last is not None  # lv is only ever read from last
        if metric.better == "lower":
            if lv <= tv:
                return f"确保{name}继续控制在{value}以内"
            return f"{name}力争由{value_text(last)}降至{value}以内"
        if lv >= tv and metric.unit == "%" and tv >= 100:
            return f"确保{name}继续保持{value}"      # nothing stands above 100%
        if lv > tv:
            return f"确保{name}继续稳定在{value}以上"
        if lv == tv:
            return f"确保{name}继续保持在{value}以上"
        since = "去年的" if last_year else "目前的"
        forms = (f"{name}力争由{value_text(last)}提高到{value}", f"{name}要从{since}{value_text(last)}提高到{value}",
                 f"{name}要在{value_text(last)}的基础上提高到{value}")
        return forms[turn % len(forms)]
    if metric.better == "lower":
        return f"力争{name}控制在{value}以内"
    if not metric.is_rate and _HAS_VERB.search(metric.name):
        return f"力争{name}的增至{value}"
    return f"力争{name}达到{value}"


# Figures the speaker's office does not move: a birth or growth rate, a sex ratio (population policy's), a standard fixed
# above the county.
_SET_ELSEWHERE = re.compile(r"自然增长率|出生率|生育率|性别比|出生人口"
                             # (and a standard set above the county, 基本公共卫生服务人均经费补助标准: pair51 read the
                             # county raising the national figure as beyond its office)
                             r"|补助标准|筹资标准|经费标准")


def base_phrase(metric: Metric, year: int) -> str:
    """A target set against last year's figure where the brief gives no number for this year, in words that set no
    figure of their own: a zero kept at zero (确保孕产妇死亡继续为零); "" for anything else (a rate near its ceiling or
    one better lower: kept where it is, it sets nothing without its figure; a tally, a count of units: what they should
    come to is the secretary's to say).  The figure itself is the review's to say: said here as a floor or a base
    (确保…继续稳定在97.6%以上, 要巩固2021年31.8%的水平) it read as a target the brief never set (read60: both readers,
    in three of six briefs)."""
    value = _number(metric.value)
    if value is None or is_tally(metric) or _HAS_VERB.search(metric.name):
        return ""
    name = metric.name
    if _SET_ELSEWHERE.search(name):
        # (a birth or growth rate, a sex ratio: where it should go is population policy's, the brief's to set —
        # fresh50's h4, a 2014 卫生计生局, set 人口自然增长率 to rise while its own part 二 held 稳定适度低生育水平)
        return ""
    # (no rate kept where it is: 稳定在较高水平 says nothing a leader would read out, and 确保…继续稳定在97.6%以上 was read
    # as a target the brief never set, read60; nor a rise: …要力争比2024年再有提高 of a rate the brief set no target for
    # was too, three of read62's five INV, and under the item nearest in words it read as that item's)
    return f"确保{name}继续为零" if reads_as_zero(metric) and metric.better == "lower" else ""


def year_goal(result: Metric, target: Metric) -> tuple[str, str] | None:
    """A half-year result weighed against the year's target for the same measure (same name and unit):
    (the target as said, the verdict), or None where the two cannot be compared.  The verdict states only
    what the two figures say: met or not met; for a tally (新增…、培训…) whether most, half or less of the year's
    number is done (时间过半、任务过半 only where it is).  No figure of its own: the gap is never computed aloud."""
    if result.unit != target.unit:
        return None
    rv, tv = _number(result.value), _number(target.value)
    if rv is None or tv is None or reads_as_zero(target):
        return None
    said = value_text(target)
    if target.better == "lower" or result.better == "lower":
        return (f"控制在{said}以内", "met" if rv <= tv else "short")
    if rv >= tv:
        return (said, "met")
    if not result.is_rate and (is_tally(result) or _served(result)):
        # three quarters done by July is more than half: said as most of the year's work (the twenty-third reading:
        # 38.4 of 45 called 一半以上)
        return (said, "most" if rv * 4 >= tv * 3 else "half" if rv * 2 >= tv else "behind")
    return (said, "short")


def is_good_news(metric: Metric) -> bool:
    """Whether a result moved the right way (or, without a change, is simply reported)."""
    if metric.change is None or _is_zero(metric.change):
        return True
    falling = _magnitude(metric.change)[1]
    return falling if metric.better == "lower" else not falling


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _plain_number(value: float, places: int) -> str:
    said = f"{value:.{places}f}"
    return said.rstrip("0").rstrip(".") if "." in said else said


# Whether a half-year meeting states the share done and the gap left, figures computed from two of the brief's (the lead's
# brief for session 10: 18.6 of 22万人 → 完成了84.5%，还差3.4万人).  DESIGN.md's "a number that is not in the brief"
# predates it: False says no figure of our own, as before.
# Whether a half-year meeting states the share done and the gap left as figures (84.5%, 还差3.4万人).  Off: DESIGN's
# "what a finished speech never contains" forbids a number that is not in the brief, and a derived figure is one; the
# verdicts say it in words (已经完成大部分, 做到了时间过半、任务过半, 还有差距) until the contract is changed.
SAY_PROGRESS = False


def year_progress(result: Metric, target: Metric) -> tuple[str, str] | None:
    """How far a half-year result is on its way to the year's target, as a half-year meeting says it: (the share
    done, the gap left) for a tally (18.6 of 22万人 → 84.5%, 3.4万人), ("", the gap in points) for a rate short of its
    target (93.5% of 95% → "", 1.5个百分点); None where there is nothing to state (met, lower-is-better, other units).
    Computed from the brief's two figures only (the twenty-sixth reading: 完成大部分 and 不到一半 dodged the numbers)."""
    if not SAY_PROGRESS or result.unit != target.unit or target.better == "lower" or result.better == "lower":
        return None
    rv, tv = _number(result.value), _number(target.value)
    if rv is None or tv is None or tv <= 0 or rv >= tv:
        return None
    places = max(_decimals(str(result.value)), _decimals(str(target.value)))
    gap = _plain_number(tv - rv, places)
    if result.is_rate:
        return ("", f"{gap}个百分点") if (result.unit or "") == "%" else None
    if not (is_tally(result) or _served(result)):
        return None
    return (f"{_plain_number(rv * 100 / tv, 1)}%", f"{gap}{result.unit or ''}")


# A count that adds up over the year whatever its name opens on (新冠病毒疫苗累计接种 162.5万剂次: the twenty-seventh
# reading's 还有差距 for 62.5% done in July).
_COUNTED = re.compile(r"累计|剂次|人次")


def is_tally(metric: Metric) -> bool:
    """Whether ``metric`` counts what is done over the year (新增…, 培训…, …累计接种 万剂次), not a level or a rate."""
    return not metric.is_rate and bool(_TALLY.match(metric.name) or _COUNTED.search(metric.name)
                                       or _COUNTED.search(metric.unit or ""))
