"""What the brief says is already done, and the orders that would start it again: said as their next step, or not said.

The thirty-sixth reading: 公立医院要制定医院章程 when every 二级 and above hospital had finished its charter; 推进医共体内人员、
财务、药品、信息统一管理 when the brief said 人财物统一管理 was achieved; 医共体试点要…成熟一项、推开一项 and 以点带面 for a
county whose two 紧密型 医共体 cover every township; 把儿童白血病、先天性心脏病等重大疾病纳入保障范围 when the brief said
both were covered the year before.  The model is read from the brief's own statements (facts, results at 100%, items
that 推开 a pilot, problems that still call it one), and a sentence is matched by what it shares with them, never by a
list of the sentences found."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from . import samepoint

# A statement of the past year that says the work is finished, reached or in place (not 推进, 开展, 加强: under way).
# (… and what is opened to the public, or reaches every unit it is for by name: fresh66's z4 said 电子健康档案向居民开放调阅
# and “一站式”服务中心覆盖县级公立医院, and its draft ordered both again, read71)
_DONE = re.compile(r"完成|实现|全覆盖|覆盖率?达到100%|达到100%|建成|纳入|通过|全面推开|全面实施|全面落实|组建|成立|"
                   r"建立|出台|印发|挂牌|开园|运营|投入使用|开通|上线|签订|取消|全部落实|均已落实|开放|"
                   r"覆盖(?=[^，。；]{0,8}(?:医院|医疗机构|卫生院|乡镇|村|社区))")
# A stage passed on the way to a title (省级考核鉴定, 申报): the title is not won, and 创建 is still the work (fresh62's v4:
# 顺利通过…国家卫生县城省级考核鉴定 made 创建国家卫生县城 done, said 巩固卫生县城 and rewrote the brief's closing)
_ON_THE_WAY = re.compile(r"申报|考核鉴定|省级考核|省级验收|省级评估|省级复核|初审|预评估|技术评估|暗访|迎检")
# A statement that says the work reaches everyone it is meant for: its pilot stage is over.
_COVERED = re.compile(r"全覆盖|全部|全面推开|全面实施|100%|所有|每个|各[县市区乡镇村][^，。；]{0,8}(?:均|都)|试点[^，。；]{0,4}完成")
# A problem or item that still calls the work a pilot: pilot words stay right for it.
_STILL_PILOT = re.compile(r"试点(?!.{0,4}完成)|探索")
# An item that takes a pilot to everyone (全面推开, 推开): the pilot is over from the meeting on.
_PILOT_ENDS = re.compile(r"全面推开|推开|全面推行|全面实施|扩面")

# Words of a statement that say when, how far, how many or how well, not what: left out of what was done.
_FRAME = re.compile(r"\d+(?:\.\d+)?%?|[一二两三四五六七八九十百千万]+[个所家项批座名]|全[县市区镇乡省州盟旗]|辖区|全部|"
                    r"顺利|全面|已经|已|首[家个批]|率先|进一步|在|均|都|所有|每个|我[县市区镇乡]|去年|今年|年内|"
                    r"（[^）]*）|[县市区镇乡]级?以上|二级以上|三级")

# Orders that start, draw up, pilot or cover something: wrong for what is done.  Each with the next step that is
# right (执行 what was drawn up, 完善 what was set up), or None: the clause is not said.
_STARTS: tuple[tuple[str, str | None], ...] = (
    ("制定", "执行"), ("出台", "落实"), ("印发", "落实"), ("建立", "完善"), ("组建", "做实"), ("成立", "用好"),
    ("建成", "用好"), ("创建", "巩固"), ("启动", "深化"), ("开通", "用好"), ("上线", "用好"),
    ("纳入", None), ("全覆盖", None), ("覆盖到", None), ("统一管理", None), ("一体化管理", None),
    ("落实", "继续落实"), ("开放", None),
)
_START = re.compile("|".join(re.escape(w) for w, _ in _STARTS))
_NEXT = dict(_STARTS)
# Pilot-stage words: wrong for work that covers everyone.
_PILOT = re.compile(r"试点|以点带面|成熟一项、推开一项|先行先试|逐步推开|扩大覆盖面|摸索经验|积累经验")

# Common substrings too general to say two statements speak of the same thing (公立医院 is in the charter's sentence
# and in a hundred others): a match needs a term beyond these.
_GENERIC = ("卫生健康", "医疗卫生", "医疗机构", "卫生机构", "公立医院", "医院", "卫生院", "服务能力", "基层医疗", "管理",
            "建设", "工作", "服务", "制度", "机制", "体系", "全覆盖", "覆盖", "标准", "水平", "能力", "质量", "推进",
            "实现", "完成", "群众", "政策", "改革", "健康", "卫生", "医疗", "基层", "重点", "项目", "成员单位", "乡镇",
            "社区", "村卫生室", "要把", "起来", "保障")
_MIN_TERM = 3


@dataclass(frozen=True)
class Done:
    """One thing the brief says is done: its words without frame (what was done), and whether it reaches everyone."""

    said: str            # the statement as the brief gives it
    what: str            # the statement without its frame words (numbers, scope, 顺利, 全部 …)
    covered: bool        # it reaches everyone it is for (全覆盖, 全部, 100%): pilot words are wrong for it


def _what(statement: str) -> str:
    return _FRAME.sub("", statement)


def done_model(facts: Iterable[str], results: Iterable[str], items: Iterable[str] = (),
               problems: Iterable[str] = ()) -> tuple[Done, ...]:
    """What the brief says is done: each fact or result clause that says work finished, reached or in place, and each
    item that takes a pilot to everyone (its pilot is over); a problem or item that still calls the work a pilot
    keeps pilot words for it."""
    still = [p for p in (*problems, *items) if _STILL_PILOT.search(p)]
    out: list[Done] = []
    for statement in (*facts, *results):
        for clause in re.split(r"[，；。]", statement):
            if not clause or not _DONE.search(clause) or _ON_THE_WAY.search(clause):
                continue
            if "100%" not in clause and re.search(r"\d", clause) and not _COVERED.search(clause):
                continue          # 达到87.4%: a level reached, not work done
            what = _what(clause)
            covered = bool(_COVERED.search(clause) or _COVERED.search(statement))
            if covered and any(_term(what, s) for s in still):
                covered = False
            out.append(Done(statement, what, covered))
    for item in items:
        if _PILOT_ENDS.search(item) and not _STILL_PILOT.search(item):
            out.append(Done(item, _what(_PILOT_ENDS.sub("", item)), True))
    return tuple(out)


def _term(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share that is a term of their own (3 or more characters, not
    only a general word such as 公立医院 or 服务能力), or ''."""
    best = ""
    n = len(a)
    for i in range(n):
        for j in range(n, i + max(_MIN_TERM, len(best) + 1) - 1, -1):
            piece = a[i:j]
            if len(piece) <= len(best):
                break
            if piece in b and not re.search(r"[，。；、：]", piece) and not _general(piece):
                best = piece
                break
    return best


def _general(piece: str) -> bool:
    rest = piece
    for word in sorted(_GENERIC, key=len, reverse=True):
        rest = rest.replace(word, "")
    return len(rest) < 2 or len(piece) < _MIN_TERM


@dataclass(frozen=True)
class Found:
    """An order for done work: the clause at fault, the statement it repeats, and what to say instead ('' drops)."""

    clause: str
    done: str
    instead: str


def order_for_done(sentence: str, model: Sequence[Done], paragraph: str = "") -> Found | None:
    """The first clause of ``sentence`` that orders work the brief says is done, or None.  A clause that starts,
    draws up, covers or brings under one management what a statement says is done (公立医院要制定医院章程 after 全部
    完成医院章程制定) is said as its next step (执行医院章程) or not at all; pilot words (试点, 以点带面, 成熟一项、推开一项)
    about work that reaches everyone are not said (matched in the clause, or, for a clause that names nothing, in its
    paragraph)."""
    if not model:
        return None
    pilot_named = False
    # a unit and its building standard in one sentence (村卫生室的选址要方便群众看病，房屋和设备要符合建设标准): the
    # sentence is on building it to standard, said whole or not at all
    whole = _STANDARD_SENTENCE.search(sentence)
    if whole and not _KEEP_UP.search(sentence) and (d := _at_standard(whole.group("unit"), model)) is not None:
        return Found(re.split(r"(?<=[，；。！])", sentence)[0], d.said, "")
    reviewed = next((d for d in model if _REVIEW_PASSED.search(d.said)), None)
    for clause in re.split(r"(?<=[，；。！])", sentence):
        body = clause.rstrip("，；。！")
        if not body:
            continue
        if reviewed is not None and "复审" in body and not _REVIEW_KEPT.search(body):
            return Found(clause, reviewed.said, "")
        standard = _STANDARD_ORDER.search(body)
        if standard and not _KEEP_UP.search(body) \
                and (d := _at_standard(standard.group("unit") or standard.group("unit2"), model)) is not None:
            return Found(clause, d.said, "")
        building = _BUILDING.search(body)
        if building:
            thing = building.group("thing") or building.group("thing2")
            for d in model:
                if (_BUILT.search(d.said) or _COVERS.search(d.said)) and _is_the_thing(thing, d):
                    new = body[:building.start()] + "用好" + thing + body[building.end():]
                    return Found(clause, d.said, new + clause[len(body):])
        start = _START.search(body)
        if start:
            verb = start.group(0)
            for d in model:
                if _same_work(verb, d, body[start.end():], body):
                    new = _next_step(verb, body)
                    return Found(clause, d.said, new + clause[len(body):] if new else "")
        pilot = _PILOT.search(body)
        if pilot and not pilot_named:
            pilot_named = True        # the sentence's first pilot words say whose pilot it is (…签约服务试点，积累经验)
            for d in model:
                if d.covered and (_term(d.what, body) or (paragraph and _pilot_of_paragraph(body, pilot.start())
                                                          and _term(d.what, paragraph))):
                    return Found(clause, d.said, "")
    return None


# A title's review passed (国家卫生乡镇复审顺利通过): the next is years off, and no order readies for it or sees it passed
# (read69's t5: 确保顺利通过复审 and 卫生镇复审要按期做好迎检准备 a year after the brief's 复审顺利通过); what was won is kept
# up (巩固…成果), and the brief's own words (…复审顺利通过的基础上) say it was passed.
_REVIEW_PASSED = re.compile(r"复审[^，。；]{0,6}通过|通过[^，。；]{0,16}复审")
_REVIEW_KEPT = re.compile(r"巩固|成果|基础上|已经通过|已通过|通过了")


# Units brought to standard (村卫生室实现标准化全覆盖, 镇卫生院完成标准化建设) and an order or a plan for their standard
# building (村卫生室标准化建设的任务要逐村列出清单: fresh50's h6, a township whose brief said both were done): not said
# again, whatever verb orders it; keeping it up (巩固, 保持) is another thing.
_STANDARD_ORDER = re.compile(r"(?P<unit>(?:卫生室|卫生院|服务中心|服务站|医院|基层医疗卫生机构|基层医疗机构))"
                             r"(?:的?标准化(?:建设|达标|改造)|[^，；。]{0,10}?(?:符合建设标准|达到建设标准|全部达标))"
                             # (and a unit promised to standard: 每个贫困村都有一所达标的村卫生室, sec50's h6)
                             r"|一所达标的(?P<unit2>卫生室|卫生院|村卫生室|乡镇卫生院)")
_STANDARD_DONE = re.compile(r"完成|实现|全覆盖|全部达标|均已达标|全面达标")
_KEEP_UP = re.compile(r"巩固|保持|维护|成果")
# (… or checked against its standard: 要对照村卫生室建设标准逐村排查…确保年内全部达标 after fresh65's y4 said 村卫生室标准化建设
# 改造全部完成, read70)
_STANDARD_SENTENCE = re.compile(r"(?P<unit>卫生室|卫生院)(?:[^。]{0,30}?(?:符合建设标准|达到建设标准|建设标准要求)|"
                                r"的?(?:建设|设置)标准)")
# (some of them: 3所乡镇卫生院完成标准化建设 leaves the others to build)
_COUNTED = re.compile(r"\d|[一二两三四五六七八九十百]+[所个家座]|部分|新增|一批|首批")


def _at_standard(unit: str, model: Sequence[Done]) -> Done | None:
    """The statement of ``model`` saying every ``unit`` (村卫生室, 卫生院 …) was brought to standard, None where none does;
    the primary level as a whole (基层医疗卫生机构) only where both its 卫生院 and its 村卫生室 are said so, or it by
    name."""
    def says(d: Done, kind: str) -> bool:
        return "标准化" in d.said and bool(_STANDARD_DONE.search(d.said)) and (kind in d.said or "基层医疗" in d.said) \
            and (d.covered or not _COUNTED.search(d.said))
    kinds = ("卫生院", "卫生室") if unit.startswith("基层") else (unit[-3:],)
    found = [next((d for d in model if says(d, kind)), None) for kind in kinds]
    return found[0] if all(found) else None


# An order to build something (加快推进全民健康信息平台建设, 加强胸痛中心建设) and a statement that it stands built (建成, 建好,
# 投入使用): the built thing is to be used well, not built again (the outside reading of len21: the brief said 区域全民健康
# 信息平台建成 and the tasks said 要加快推进全民健康信息平台建设).
_BUILDING = re.compile(r"(?:加快推进|加快推动|加快|推进|推动|抓好|抓紧|加强|做好|完成)(?P<thing>[^，；。、]{3,20}?)的?建设|"
                       # (and a centre or platform set up by its verb: 建好影像、检验…等资源共享中心, 在门诊设置一站式服务中心)
                       r"(?:建好|建成|设置|设立|开设)(?P<thing2>[^，；。]{2,20}?(?:中心|平台))")
_BUILT = re.compile(r"建成|建好|投入使用|投入运行|上线运行|正式运行")
# (a centre that covers the units it is for by name stands built too: “一站式”服务中心覆盖县级公立医院)
_COVERS = re.compile(r"覆盖[^，。；]{0,8}(?:医院|医疗机构|卫生院|乡镇|村|社区)")


def _is_the_thing(thing: str, done: Done) -> bool:
    """Whether ``thing`` (what an order builds) is mostly what ``done`` says stands built (信息平台 of 全民健康信息平台
    shares a term; 医疗机构 alone does not), down to its head noun (平台, 中心: 核酸检测能力 is not the 核酸检测实验室 built, b19)."""
    if thing[-2:] not in done.what:
        return False
    term = _term(done.what, thing)
    return (bool(term) and len(term) >= _OBJECT_SHARE * len(thing)) or _held_words(thing, done.what)


# Verbs that bring work under something (纳入, 统一管理, 全覆盖): only the same verb in the statement says it is done.
_SAME_VERB = {"纳入": "纳入", "统一管理": "统一管理", "一体化管理": "一体化管理", "全覆盖": "覆盖", "覆盖到": "覆盖",
              "开放": "开放"}
_OBJECT_SHARE = 0.6


def _same_work(verb: str, done: Done, after: str, clause: str) -> bool:
    """Whether ``clause`` (``after``: its words after ``verb``) orders the work ``done`` says is done.  For a verb that
    brings work under something (纳入, 统一管理) the statement must say the same of the same thing (把儿童白血病…纳入:
    the words before 纳入; 高血压患者 and 慢性病患者 brought into the same 签约 are not the same work); for one that
    starts something (制定, 组建) what it starts must be mostly the done thing (制定医院章程 after 完成医院章程制定; not
    建立医共体内双向转诊制度 after 医共体全覆盖: only 医共体 is shared)."""
    need = _SAME_VERB.get(verb)
    if need:
        if need not in done.said:
            return False
        if verb == "纳入":
            return bool(_term(done.what.split("纳入")[0], clause.split("纳入")[0]))
        return bool(_term(_START.sub("", _DONE.sub("", done.what)), _START.sub("", clause)))
    thing = re.sub(r"[，；。！].*", "", after)
    if verb == "落实":
        # carrying out what the brief says is carried out everywhere (全部落实…防蚊隔离措施 → 要落实防蚊隔离) is its
        # continuation, never a new order (the thirty-ninth reading)
        return done.covered and "落实" in done.said and _held_words(thing, done.what)
    term = _term(done.what, thing)
    return (bool(term) and len(term) >= _OBJECT_SHARE * len(thing)) or _held_words(thing, done.what)


# What a started thing must weigh, in content words (samepoint's IDF), for its words alone to say it is the done thing:
# two words, one of them particular (医院章程: 医院 4.1 + 章程 8.2), never a general one alone (医院管理制度: 医院).
_HELD_WEIGHT = 10.0
_PARTICULAR = 7.0


def _held_words(thing: str, done_what: str) -> bool:
    """Whether every content word of ``thing`` is a word of the done statement, in any order (制定医院章程 after 完成章程
    制定: the readers' 36th and 39th readings; the characters' runs share only 医院 and 章程), and they weigh enough to
    name it (samepoint.share: the part of ``thing``'s weight the statement holds)."""
    total, held = samepoint.share(thing, done_what)
    return (held == 1.0 and total >= _HELD_WEIGHT
            and max(w for w, _ in samepoint.words(thing).values()) >= _PARTICULAR)


# What is brought under one management is made real (the brief's problem is then 形联实不联), what was reached is kept.
_MADE_REAL = ((re.compile(r"(统一管理|一体化管理)起来"), r"\1落到实处"),
              # what was brought in is the base from which the cover is widened (the brief's item then says 扩大…)
              (re.compile(r"^(.{0,12}?)把(.{2,30}?)纳入(.{2,12}?)$"), r"\1在\2纳入\3的基础上，逐步扩大\3"),
              (re.compile(r"^(.{0,12}?)(?:推进|推动|加快|实现)(.{2,30}?(?:统一管理|一体化管理))$"), r"\1做实\2"),
              (re.compile(r"^(.{0,12}?)实现(.{2,30}?)全覆盖$"), r"\1巩固\2全覆盖成果"))


def _next_step(verb: str, clause: str) -> str:
    """``clause`` ordering its next step instead of ``verb`` (制定 → 执行; 统一管理起来 → 统一管理落到实处; 实现…全覆盖 →
    巩固…全覆盖成果; 把A纳入B → 在A纳入B的基础上，逐步扩大B), or '' where there is none to say."""
    instead = _NEXT[verb]
    if verb == "落实":      # 要严格落实… → 要继续严格落实…
        return re.sub(r"((?:全面|认真|切实|严格)?落实)", r"继续\1", clause, count=1)
    if instead:
        return clause.replace(verb, instead, 1)
    for pattern, step in _MADE_REAL:
        if pattern.search(clause):
            return pattern.sub(step, clause, count=1)
    return ""


def _pilot_of_paragraph(clause: str, at: int) -> bool:
    """Whether the pilot words of ``clause`` (at ``at``) are the paragraph's own work, naming no pilot of another
    (试点成效要用…来检验, 以点带面推动改革整体见效: the 医共体 of the paragraph; not 开展家庭医生签约服务试点)."""
    return _names_nothing(clause) or not re.sub(r"^.*?(?:要|把|的)|开展|推进|扩大|做好|抓好", "", clause[:at])


def _names_nothing(clause: str) -> bool:
    """A clause of pilot words with no subject of its own (以点带面推动改革整体见效; 成熟一项、推开一项)."""
    return len(re.sub(r"试点|以点带面|成熟一项、推开一项|先行先试|逐步推开|推动|改革|整体|见效|及时|总结|推广|好经验|好做法|"
                      r"[中的要和、]", "", clause)) <= 6


def said_instead(sentence: str, found: Found) -> str:
    """``sentence`` without the clause at fault (or with its next step); '' when nothing that stands is left."""
    if found.instead:
        return sentence.replace(found.clause, found.instead, 1)
    clauses = re.split(r"(?<=[，；])", sentence)
    if len(clauses) < 3 or clauses[0] == found.clause:
        return ""
    kept = [c for c in clauses if c != found.clause]
    text = "".join(kept)
    if found.clause.endswith("。") or not text.endswith("。"):
        text = re.sub(r"[，；]$", "", text) + "。"
    return text


# The parts whose sentences order work (a review's 完成了… states it).
ORDER_ROLES = ("tasks", "safeguards", "direction", "closing", "pledge")
_PAST = re.compile(r"(?<!为)了(?![解结])|过去|去年|一年来|已经")


def model_of(facts: Iterable[str], results: Iterable[str], items: Iterable[str], problems: Iterable[str]) -> tuple[Done, ...]:
    """The done model of a plan's own statements (plan.reviews, plan.tasks' items and problems)."""
    return done_model(facts, results, items, problems)


def not_ordered_again(parts: list[list[list[str]]], roles: Sequence[str], model: Sequence[Done],
                      keep: Callable[[str], bool], is_heading: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Each order in the parts of ``roles`` (ORDER_ROLES) for work the brief says is done said as its next step or
    not said, in place; a clause ``keep`` holds (the secretary's own figures and clauses) and a run-in heading
    (``is_heading``: 一是…, the brief's item) stand.  Returns the
    (sentence, said instead) pairs, for the bench."""
    changed: list[tuple[str, str]] = []
    if not model:
        return changed
    touched: list[list[str]] = []
    for para, text, k, sentence in _orders(parts, roles, is_heading):
        now = sentence
        # (a sentence may order the done work in more than one clause: 要把复审工作…结合起来抓，确保顺利通过复审)
        for _ in range(4):
            found = order_for_done(now, model, text) if now else None
            if not found or keep(found.clause) or _PAST.search(found.clause):
                break
            now = said_instead(now, found)
        if now != sentence:
            para[k] = now
            changed.append((sentence, now))
            touched.append(para)
    for para in touched:
        para[:] = [s for s in para if s]
    return changed


def _orders(parts: list[list[list[str]]], roles: Sequence[str], is_heading: Callable[[str], bool]
            ) -> Iterator[tuple[list[str], str, int, str]]:
    """(paragraph, its text as it came, index, sentence) for each sentence of the parts of ``roles`` that may order
    (ORDER_ROLES), run-in headings (``is_heading``) aside: what not_ordered_again and rest_not_built both walk."""
    for i, part in enumerate(parts):
        if (roles[i] if i < len(roles) else "closing") not in ORDER_ROLES:
            continue
        for para in part:
            text = "".join(para)
            for k, sentence in enumerate(para):
                if not is_heading(sentence):
                    yield para, text, k, sentence


# A share of units that have something (设置老年医学科的二级以上综合医院占比达到72%; 二级以上综合医院老年医学科设置率
# 72%): the units without it are what is left to do, so an order that they all build it (二级以上综合医院要把老年医学科建起来,
# the outside reading of len21) is said of the rest (尚未设置老年医学科的二级以上综合医院要…).
_HAVE = r"设置|设立|开设|建有|建成|建立|配备|开展"
_UNITS = r"[^，；。的]{1,14}?(?:医院|卫生院|机构|中心|卫生室|服务站|社区|学校|乡镇|街道|行政村|单位)"
_SHARE_OF = (
    re.compile(rf"^(?P<verb>{_HAVE})(?P<thing>[^的，；。]{{2,12}})的(?P<units>{_UNITS})(?:占比|比例|比重)"),
    re.compile(rf"^(?P<units>{_UNITS})(?P<verb>{_HAVE})(?P<thing>[^，；。]{{2,12}}?)的?(?:比例|占比|比重)"),
    re.compile(rf"^(?P<units>{_UNITS})(?P<thing>[^，；。]{{2,10}}?)(?P<verb>设置|开设|建设|配备)率"),
)
_PART_REACHED = re.compile(r"(?:达到|为|提高到|升至)(\d+(?:\.\d+)?)%")
# An order to build the thing: 把老年医学科建起来, 设置老年医学科, 开设…门诊, 建立…
_BUILD_ORDER = r"(?:把)?(?P<thing>{thing})(?:建起来|设起来|开起来)|(?:设置|设立|开设|建立|建成|建好|配备|开展)(?P<thing2>{thing})"


@dataclass(frozen=True)
class Part:
    """What a share result says some of the units have: the units (二级以上综合医院), the thing (老年医学科), the
    verb of having it (设置)."""

    units: str
    thing: str
    verb: str


def part_model(results: Iterable[str]) -> tuple[Part, ...]:
    """The share results of the brief below 100%: who has what, so that the rest is what an order speaks to."""
    out: list[Part] = []
    for result in results:
        clause = re.split(r"[，；。]", result)[0]
        reached = _PART_REACHED.search(clause)
        if not reached or float(reached.group(1)) >= 100:
            continue
        for pattern in _SHARE_OF:
            m = pattern.search(clause)
            if m and len(m.group("units")) >= 3:
                out.append(Part(m.group("units"), m.group("thing"), m.group("verb")))
                break
    return tuple(out)


def order_for_part(sentence: str, parts: Sequence[Part]) -> str | None:
    """``sentence`` said of the units still without the thing where it orders all of ``parts``' units to build it
    (二级以上综合医院要把老年医学科建起来 → 尚未设置老年医学科的二级以上综合医院要把老年医学科建起来), or None."""
    for p in parts:
        at = sentence.find(p.units + "要")
        if at < 0:
            continue
        order = re.compile(_BUILD_ORDER.format(thing=re.escape(p.thing)))
        if not order.search(sentence, at) or "尚未" in sentence[max(0, at - 8):at] or "没有" in sentence[:at]:
            continue
        head = sentence[:at]
        if head and not head.endswith(("，", "；", "各", "全市", "全县", "全区", "所有")):
            continue
        head = re.sub(r"(?:各|所有)$", "", head)
        # the thing is named once, in the subject: the order then says only its verb (抓紧建起来, 抓紧设置)
        rest = order.sub(functools.partial(_verb_only, thing=p.thing), sentence[at + len(p.units) + 1:], count=1)
        return f"{head}尚未{p.verb}{p.thing}的{p.units}要{rest}"
    return None


def _verb_only(m: re.Match[str], thing: str) -> str:
    """An order to build ``thing`` said by its verb alone (把老年医学科建起来 → 抓紧建起来; 开设中医馆 → 抓紧开设)."""
    return "抓紧" + (m.group(0).split(thing)[-1] or m.group(0).split(thing)[0].lstrip("把"))


def rest_not_built(parts: list[list[list[str]]], roles: Sequence[str], model: Sequence[Part],
                   is_heading: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Each order in the parts of ``roles`` (ORDER_ROLES) that tells every unit to build what the brief says a share of
    them has said of the rest (order_for_part), in place; returns the (sentence, said instead) pairs."""
    changed: list[tuple[str, str]] = []
    if not model:
        return changed
    for para, _, k, sentence in _orders(parts, roles, is_heading):
        instead = order_for_part(sentence, model)
        if instead:
            para[k] = instead
            changed.append((sentence, instead))
    return changed
