"""One home per subject across the whole speech, one business per pair of neighbouring sentences, and each frame of
the speech said once (issue 13, class REP: the forty-fourth reading's 41 of 106 defects).

What the other passes of compose.once leave, because each looks at one paragraph, one subsection or one run of
characters:
- a subject said in three to five places (产科、儿科 as an item of 医改, again under 妇幼, in 临床专科 and in 人才; 核酸检测
  in three items running): ``subject_home`` gives each narrow subject (the idea table's narrow ideas, compose.ideas)
  one home, the item or subsection whose heading names it, else where it is first said; a later sentence of another
  item that says only subjects at home elsewhere and says their home's point goes, and a subject named as one
  element of a longer list (补齐急诊急救、儿科、精神科等薄弱学科短板) leaves the list;
- two neighbouring sentences on one business (规范医疗机构广告和诊疗信息发布… / 要切实规范医疗广告发布…; a generic
  抓好结核病、艾滋病、病毒性肝炎等重大传染病防治 after the TB and HIV lines): ``neighbours_once`` keeps the more
  specific one;
- a frame or slogan said twice (the plenum introduced in the opening and again in the situation part, 收官之年 and
  圆满收官, 预防为主 twice in one section, 光靠卫生健康部门一家不行 / 都不是卫生健康部门一家能办好的):
  ``frames_once`` says each once, cutting the clause that says it again; ``plenum_short`` names the plenum the second time as 全会.

Each keeps the speech's floor (once.Room): below it a sentence stays (a subject's list element and a frame's clause are
short and go whatever the floor holds, as clause_once's cuts do not: those are counted too).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model.speech import Block, Heading
from . import samepoint
from .once import (
    _BODIES,
    _DEPT_DUTY,
    _DIGIT,
    _ORDINAL,
    _POINTS_AHEAD,
    FLOOR_SHARE,
    Room,
    Swap,
    _opens_anew,
    _stands,
    binds,
    optional,
)

# --- subjects --------------------------------------------------------------------------------------------------------
# Ideas too broad to be one subject's (the table's own broad list: 传染病, 慢性病, 培训 …), and those of the frame and
# the safeguards (compose.once's procedural lines, said by the safeguards of any speech).
_NOT_SUBJECTS = frozenset({"早发现", "看得见", "长效", "家门口", "少跑腿", "台账", "跟踪问效", "总结推广", "部门协同",
                           "向基层倾斜", "调查研究", "群众实惠", "督查整改", "约谈", "议事日程", "部门分工", "目标考核",
                           "落实方案", "时限责任", "会议精神", "统一思想", "开局", "硬骨头", "不等不靠", "不负期待",
                           "会议内容", "检验成效", "政府办医", "关口前移", "守门人", "宣传栏", "运行保障", "人员配备"})
# A later sentence says its subject's home again when the home's sentences hold this share of its content weight
# (samepoint.share): under samepoint.SAME_SHARE, as the two are not neighbours but one subject's lines (r2's 儿科 and
# 产科 lines hold 0.3–0.5 of each other's words), over what two measures of one subject share (家庭医生签约 in 医改 and
# in 慢病: 0.1–0.2).
HOME_SHARE = 0.3


@lru_cache(maxsize=1)
def _wide() -> frozenset[str]:
    from .ideas import BROAD, CODES, ONCE
    return (BROAD - CODES) | ONCE | _NOT_SUBJECTS


@lru_cache(maxsize=8192)
def subjects(text: str) -> frozenset[str]:
    """The narrow subjects ``text`` names: its ideas (compose.ideas) less the broad, the frame's and the
    safeguards' ones."""
    from .ideas import ideas_of
    return ideas_of(text) - _wide()


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    from .ideas import _TABLE
    return {idea: re.compile(words) for idea, (_, words) in _TABLE.items()}


# A list of short elements (急诊急救、儿科、精神科等): one element may leave it when three or more are named.
_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、){2,}[\u4e00-\u9fff]{1,8}(?=等)")


# … and a pair after its verb that ends its clause (推广预约诊疗和检查检验结果互认，…): its second element may leave it
# (fresh35's q1 said 结果互认 in its 医联体 item and again here, under 医疗服务). The first runs on from the verb and
# may carry what the clause's rest is about, so it stays.
_PAIR = re.compile(r"(?:推广|推行|推进|开展|落实|实行|实施|做好|抓好|加强|完善|规范|优化)([\u4e00-\u9fff]{2,10}?)"
                   r"(和|及|以及)([\u4e00-\u9fff]{2,12})(?=[，；。])")
_SHARED_NOUN = re.compile(r"(?:政策|制度|机制|工作|服务|措施|体系|建设|管理|能力|水平|项目|任务)$")


def _without_element(sentence: str, subject: str) -> str | None:
    """``sentence`` with the list element naming ``subject`` taken out of a list of three or more short elements, or
    out of a pair ending its clause as the pair's second (_PAIR), where no other part of the sentence names it; None
    where it is named otherwise."""
    pattern = _patterns().get(subject)
    if pattern is None:
        return None
    for m in _PAIR.finditer(sentence):
        # (not a second element that is a phrase of its own, 重点人群的接种, nor one whose noun both elements share:
        # 公开招聘和定向培养政策 is two 政策)
        if "的" in m.group(3) or _SHARED_NOUN.search(m.group(3)):
            continue
        if pattern.search(m.group(3)) and not pattern.search(m.group(1)):
            rest = sentence[:m.start(2)] + sentence[m.end(3):]
            if not pattern.search(rest):
                return rest
    for m in _LIST.finditer(sentence):
        elements = m.group(0).split("、")
        hit = [e for e in elements if pattern.search(e)]
        # (the first element runs on from the verb before it: 补齐儿科、精神科等 is not cut as one)
        if len(hit) != 1 or len(elements) < 3 or pattern.search(elements[0]):
            continue
        rest = sentence[:m.start()] + "、".join(e for e in elements if e not in hit) + sentence[m.end():]
        if not pattern.search(rest):
            return rest
    return None


class _Unit:
    """An item (一是… and the unnumbered paragraphs after it) or a subsection's lead: a place a subject may have as
    its home."""

    def __init__(self, key: int, head: str) -> None:
        self.key = key
        self.head = head
        self.sentences: list[str] = []


def _units(part: list[list[str]], shell: list[Block]) -> list[list[_Unit]]:
    """For each paragraph of a task part, each of its sentences' unit (parallel to the paragraphs' sentences)."""
    out: list[list[_Unit]] = []
    count = 0
    unit = _Unit(count, "")
    for para, block in zip(part, shell, strict=True):
        if isinstance(block, Heading):
            count += 1
            unit = _Unit(count, block.text if block.level == 2 else "")
        row: list[_Unit] = []
        for s in para:
            if _ORDINAL.match(s):
                count += 1
                unit = _Unit(count, s)
            row.append(unit)
            unit.sentences.append(s)
        out.append(row)
    return out


def subject_home(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
                 keep: Sequence[str], room: Room | None = None, swap: Swap | None = None) -> None:
    """Each narrow subject has one home among the items and subsection leads of the task parts (in place): the first
    whose heading names it, else the first that says it.  A sentence of another unit goes when every subject it names
    is at home elsewhere, its own unit's heading names none of them, and its home's sentences say its point
    (HOME_SHARE); below the floor ``swap`` may give an unsaid measure in its place.  A subject at home elsewhere named
    as one element of a list leaves the list.  Never the brief's words or data, a paragraph's lead or only sentence."""
    for i, (part, shell, role) in enumerate(zip(parts, shells, roles, strict=False)):
        if role != "tasks":
            continue
        rows = _units(part, shell)
        home: dict[str, _Unit] = {}
        # the heading's subjects first: a subject is at home where an item or a subsection is named for it
        for row in rows:
            for unit in row:
                if unit.head:
                    for x in subjects(unit.head):
                        home.setdefault(x, unit)
        # … then where it is first said
        for row in rows:
            for unit in row:
                for t in unit.sentences:
                    for x in subjects(t):
                        home.setdefault(x, unit)
        heading_text = ""
        for para, row, block in zip(part, rows, shell, strict=True):
            if isinstance(block, Heading) and block.level <= 2:
                heading_text = block.text
            k = 0
            while k < len(para):
                s, unit = para[k], row[k]
                mine = subjects(s)
                away = {x for x in mine if home.get(x) is not None and home[x] is not unit}
                if not away or _ORDINAL.match(s) or _DIGIT.search(s) or any(c and c in s for c in keep) \
                        or subjects(unit.head) & away:
                    k += 1
                    continue
                if away == mine and _spare(para, k, keep) and not _POINTS_AHEAD.search(s) and any(
                        samepoint.share(s, t)[1] >= HOME_SHARE and samepoint.share(s, t)[0] >= samepoint.MIN_WEIGHT
                        for x in away for t in home[x].sentences if t is not s and not _ORDINAL.match(t)):
                    if room is None or room.take(s):
                        para.pop(k)
                        row.pop(k)
                        unit.sentences.remove(s)
                        continue
                    instead = swap(i, s, para, heading_text) if swap is not None else None
                    # (one that names none of the subjects at home elsewhere, nor says its paragraph's point: swap's)
                    if instead and not subjects(instead) & away:
                        para[k] = instead
                        k += 1
                        continue
                shorter = s
                for x in sorted(away):
                    fewer = _without_element(shorter, x)
                    if fewer is not None:
                        shorter = fewer
                if shorter != s:
                    para[k] = shorter
                    unit.sentences[unit.sentences.index(s)] = shorter
                k += 1


# --- neighbouring sentences ------------------------------------------------------------------------------------------
# A summary of what the lines before it deployed: a list closed by 等, a stock verb, no body of its own (抓好结核病、
# 艾滋病、病毒性肝炎等重大传染病防治，把各项防治措施落到实处).
_SUMMARY = re.compile(r"^(?:要|还要|进一步|切实|着力|持续)*(?:抓好|做好|加强|落实|推进|强化|统筹|抓实|做实)[^，。；]*、[^，。；]*等")


# A body named as the one who acts with it (配合工商部门…, 会同教育部门…).
_NAMES_BODY = re.compile(r"(?:配合|会同|协调|联合|督促|指导)[^，。；]{0,6}(?:部门|局|委|办|中心)")


def _specific(sentence: str) -> tuple[int, int, float]:
    """How specific a sentence is: a body's duty first, then its subjects, then its content weight."""
    body = 1 if _BODIES.match(sentence) or _DEPT_DUTY.match(sentence) or _NAMES_BODY.search(sentence) else 0
    return body, len(subjects(sentence)), sum(v for v, _ in samepoint.words(sentence).values())


def neighbours_once(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str],
                    room: Room | None = None) -> None:
    """No two neighbouring sentences of a paragraph on one business (in place): when they share a narrow subject its
    heading does not name and one's subjects are all the other's, the less specific goes (a body's duty over a bare
    one, more subjects over fewer); a summary closed by 等 whose subjects the lines before it in its paragraph all
    said goes.  Only a sentence its paragraph can spare (once.optional), within the floor (``room``)."""
    for part, shell in zip(parts, shells, strict=True):
        heading: frozenset[str] = frozenset()
        head = heading
        item: frozenset[str] = frozenset()
        heading_forms: frozenset[str] = frozenset()
        for para, block in zip(part, shell, strict=True):
            if isinstance(block, Heading):
                # (an item's head holds over the unnumbered paragraphs after it, which are its own: placement._units)
                heading = subjects(block.text) if block.level <= 2 else heading
                head = heading
                heading_forms = samepoint.forms(block.text) if block.level <= 2 else heading_forms
                item = heading_forms
            if para and _ORDINAL.match(para[0]):
                head = heading | subjects(para[0])
                item = samepoint.forms(_ORDINAL.sub("", para[0])) | heading_forms
            k = 1
            while k < len(para):
                s, prev = para[k], para[k - 1]
                if _ORDINAL.match(s):
                    head = heading | subjects(s)
                    item = samepoint.forms(_ORDINAL.sub("", s)) | heading_forms
                    k += 1
                    continue
                if _ORDINAL.match(prev):
                    k += 1
                    continue
                mine, theirs = subjects(s), subjects(prev)
                gone = None
                if _SUMMARY.match(s) and mine and mine <= set().union(*(subjects(x) for x in para[:k])) \
                        and not _BODIES.match(s):
                    gone = k
                elif mine & theirs - head and (mine <= theirs or theirs <= mine):
                    # (the later goes on a tie; the one that goes names no subject the other does not)
                    gone = k if _specific(s) <= _specific(prev) else k - 1
                    if (gone == k and not mine <= theirs) or (gone == k - 1 and not theirs <= mine):
                        gone = None
                # (never the one of the two on its item's own subject: 探索对紧密型城市医疗集团实行总额付费 under 推进紧密型
                # 城市医疗集团建设 beside a 支付方式 line that names no 集团)
                if gone is not None and item and samepoint.forms(para[gone]) & item \
                        and not samepoint.forms(para[2 * k - 1 - gone]) & item:
                    gone = None
                if gone is not None and not _DIGIT.search(para[gone]) and optional(para, gone, keep) \
                        and (room is None or room.take(para[gone])):
                    para.pop(gone)
                    continue
                k += 1


# --- frames ---------------------------------------------------------------------------------------------------------
# The frame's and the slogans' sayings a speech makes once (the forty-fourth reading: the plenum introduced twice in
# 600 characters, 十四五收官 three times, 预防为主 twice in one section, 光靠卫生健康部门一家不行 then 都不是卫生健康部门
# 一家能办好的), each by the words that say it in any wording.
FRAMES: dict[str, re.Pattern[str]] = {
    "plan_end": re.compile(r"收官"),
    "plan_start": re.compile(r"开局之年|开好局|良好开局"),
    "prevention": re.compile(r"预防为主"),
    "one_department": re.compile(r"一家(?:不行|能办好|办不好|之事|所能|包打|单打)|不是[^，。；]{0,10}一家"),
    "people_centred": re.compile(r"以人民健康为中心"),
    "this_year_work": re.compile(r"^做好今年的[^，。；]{2,10}工作(?:意义重大)?$"),
    # (the rally's 让我们在…的坚强领导下 is every speech's: the review's 在…坚强领导下 goes)
    "leadership": re.compile(r"在[^，。；]{2,16}的?(?:坚强|正确)领导下"),
    "xiaokang": re.compile(r"决胜全面建成小康社会"),
    # (the congress's call on health in the opening's 当前…学习贯彻党的十八大精神，十八大对提高人民健康水平提出了明确要求
    # and again as the situation's 党的十八大提出要提高人民健康水平…: sec35's h50, 十八大 cited twice)
    "congress": re.compile(r"(?:十[七八九]|二十)大(?:报告)?(?:对|作出|提出|明确提出|强调)"),
}
# … and these go whatever the floor holds: the congress's call cited twice, a short clause (sec35's h50 was below its
# floor, and its 十八大对提高人民健康水平提出了明确要求 stayed beside the situation's 党的十八大提出要提高人民健康水平).
FRAMES_BELOW_FLOOR = frozenset({"congress"})
# A frame said again is the readers' first mark, and its clause is short (10–20 characters), but it goes only while the
# speech keeps the floor all these passes keep (once.FLOOR_SHARE, core.LENGTH_FLOOR): at 0.85 the cuts took the sample
# annual brief under core's floor, and it was planned again with two standing areas more (test_core's
# test_tasks_cover_the_brief_priorities_and_nothing_unasked: 7 task sections for 5 priorities).
FRAME_SHARE = FLOOR_SHARE
# A frame the floor keeps in a second sentence is said there the second way, as long (rep27: bench_quality's
# same_measure pairs, 做好今年的卫生健康工作意义重大 and the tasks' 做好今年的卫生健康工作，要…; the review's 在县委、县
# 政府的坚强领导下 and the rally's): the duty stays, the frame is not heard twice.
FRAME_AGAIN: dict[str, tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = {
    "this_year_work": (re.compile(r"^做好今年的[^，。；]{2,10}工作(?=，)"), lambda m: "抓好今年的各项任务"),
    "leadership": (re.compile(r"(?<=的)(?:坚强|正确)(?=领导下)"), lambda m: "正确" if m.group(0) == "坚强" else "坚强"),
    # (the 2016 卫生与健康大会 said both, and the registry gives them one window: jkzg.renmin_jiankang_zhongxin and
    # jkzg.youxian_fazhan; a duty only, 要…: the review's 全市卫生健康系统坚持以人民健康为中心 is what a system did, and
    # priority in development is the government's to give)
    "people_centred": (re.compile(r"(?<=要)坚持以人民健康为中心"), lambda m: "把人民健康放在优先发展的战略地位"),
}
# The plenum named in full (党的二十届三中全会): said again, it is 全会.
_PLENUM = re.compile(r"党的[一二三四五六七八九十]+届[一二三四五六七八九]中全会")
# The year's guiding line, a frame's home when the speech has one.
_GUIDANCE = re.compile(r"总体思路|总体要求|指导思想")
# A clause the speech's rally opens with, never cut (让我们在…的坚强领导下).
_RALLY = re.compile(r"^(?:让我们|同志们)")


# The verb a frame is said with, left behind when the frame goes (…系统坚持以人民健康为中心 → …系统).
_FRAME_VERB = re.compile(r"(?:要|始终|一直|牢牢)*(?:坚持|贯彻|落实|践行|把握)$")
# A clause's subject that a frame's cut must keep: a body or the system.
_HOLDER = re.compile(r"系统|部门|单位|机构|我们|全[县区市镇旗]")


# A clause that refers back inside itself (我们要按照这一部署…): what it refers to must stay.
# (… or at its subject's own place or unit: 各街道（镇）要落实属地责任，把公共卫生工作纳入本地的总体安排 lost its first
# clause, said before, and 本地 was no one's, fresh60's t3)
_REFERS_BACK = re.compile(r"这一|这个|这些|这项|此项|该项|上述|本地|本单位|本部门|本辖区|本系统")
# The situation's citation of the congress, its call's home (frames_once).
_CITES = re.compile(r"^党的(?:十[七八九]|二十)大")
# The opening's 当前，…正在…学习贯彻党的X大精神: a setting that stands alone once the congress's call after it goes (a
# setting alone does not, once._stands).
_STUDYING = re.compile(r"^当前，[^，。；]{4,}学习贯彻[^，。；]*精神。$")


def _cut_clause(sentence: str, pattern: re.Pattern[str]) -> str | None:
    """``sentence`` less its clauses (cut at ，) matching ``pattern``, where what is left stands; None otherwise."""
    body, end = sentence[:-1], sentence[-1:]
    pieces = body.split("，")
    hit = [bool(pattern.search(p)) for p in pieces]
    if not any(hit) or all(hit) or any(_RALLY.match(p) for p, h in zip(pieces, hit, strict=True) if h):
        return None
    # (nor the closing rally's aim, its last clause: 让我们…坚定信心、奋发有为，为决胜全面建成小康社会…作出新的更大贡献！
    # cut there ended on 奋发有为！, fresh34's p1 once a cascade kept the earlier saying; its 奋力实现…良好开局 before the
    # aim may still go, as 收官之年 and 圆满收官 did)
    if _RALLY.match(body) and hit[-1] and pieces[-1].startswith("为"):
        return None
    if hit[0] and any(_DIGIT.search(p) for p in pieces[:1]):
        return None
    # never a condition or a 的-phrase left without the clause that completes it, nor a consequence without its
    # condition (land23: 重点任务推进滞后的，牵头单位要说明原因… left 重点任务推进滞后的。)
    if any(hit[n] != hit[n + 1] and binds(pieces[n], pieces[n + 1]) for n in range(len(pieces) - 1)):
        return None
    # … nor a clause pointing back at what a cut clause said (…十九大作出了实施健康中国战略的重大决策部署，我们要按照这一
    # 部署谋划…)
    if any(hit[n] and not hit[n + 1] and _REFERS_BACK.search(pieces[n + 1]) for n in range(len(pieces) - 1)):
        return None
    # (a duty's 要 cut with its clause goes on to the clause after it: 做好今年的…工作，要坚持以人民健康为中心，坚持新时代…
    # → 做好今年的…工作，要坚持新时代…)
    kept = [p if h or n == 0 or not hit[n - 1] or not pieces[n - 1].startswith("要") or p.startswith("要")
            else "要" + p for n, (p, h) in enumerate(zip(pieces, hit, strict=True))]
    # (a clause whose subject comes before the frame keeps its subject, run on into the next clause: 全市卫生健康系统
    # 坚持以人民健康为中心，攻坚克难 → 全市卫生健康系统攻坚克难)
    for n, (p, h) in enumerate(zip(pieces, hit, strict=True)):
        m = pattern.search(p)
        if h and m and n + 1 < len(pieces) and not hit[n + 1] and not m.group(0) == p:
            subject = _FRAME_VERB.sub("", p[:m.start()])
            if len(subject) >= 4 and not p[m.end():] and _HOLDER.search(subject):
                kept[n + 1] = subject + kept[n + 1]
    rest = "，".join(p for p, h in zip(kept, hit, strict=True) if not h) + end
    first = hit.index(False)
    # a clause cut from the front leaves a sentence that opens anew (要…, a body's duty …); one cut later only what
    # stands
    return rest if (_opens_anew(rest) or (first == 0 and (_stands(rest) or _STUDYING.match(rest)))
                    or end == "！" and len(rest) > 12) else None


def frames_once(parts: list[list[list[str]]], keep: Sequence[str], room: Room | None = None) -> None:
    """Each frame (FRAMES) is said once (in place): where it is said again, the clause saying it goes if the rest
    stands (a sentence that is all frame stays: its paragraph is built on it); the one kept is the first that cannot be
    cut, else the first (the plenum said short the second time: plenum_short)."""
    where: dict[str, list[tuple[int, int, int]]] = {}
    for i, part in enumerate(parts):
        for j, para in enumerate(part):
            for k, s in enumerate(para):
                for key, pattern in FRAMES.items():
                    # (the brief's words are never in a clause that goes; a sentence kept whole as its heading's
                    # delivery, placement.delivering, still loses a frame clause: 要把预防为主的方针落到实处，加强疾控…)
                    hit = [c for c in s[:-1].split("，") if pattern.search(c)]
                    if hit and not any(c and c != s and any(c in h or h in c for h in hit) for c in keep):
                        where.setdefault(key, []).append((i, j, k))
    for key, places in where.items():
        if len(places) < 2:
            continue
        pattern = FRAMES[key]
        cuts = [_cut_clause(parts[i][j][k], pattern) for i, j, k in places]
        # the frame's home: the year's guiding line (总体思路是：…坚持以人民健康为中心), else the first that cannot be cut
        # (the congress's: the situation's citation, 党的十八大提出…, which says what the call was)
        home_of = _CITES if key == "congress" else _GUIDANCE
        kept = next((n for n, (i, j, k) in enumerate(places) if home_of.search(parts[i][j][k])),
                    next((n for n, c in enumerate(cuts) if c is None), 0))
        i0, j0, k0 = places[kept]
        second = False
        for n, (i, j, k) in enumerate(places):
            para = parts[i][j]
            s = para[k]
            # (worked out again: another frame may have cut this sentence since)
            cut = _cut_clause(s, pattern) if n != kept and pattern.search(s) else None
            if cut is not None and (room is None or key in FRAMES_BELOW_FLOOR or room.take(s[:len(s) - len(cut)])):
                para[k] = cut
            elif n != kept and not second and key in FRAME_AGAIN and not any(c and c in s for c in keep):
                # (where the floor keeps it, the frame is said the second way, as long, if the line kept says it the
                # first way: rep27's same_measure pairs)
                again, said = FRAME_AGAIN[key]
                home, here = again.search(parts[i0][j0][k0]), again.search(s)
                if here and (home is None or home.group(0) == here.group(0)):
                    # (the second way once: a third saying keeps the first way, not the second twice)
                    para[k], second = again.sub(said, s, count=1), True


def plenum_short(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """In place: the plenum named in full at the head of a sentence after the speech has named it is 全会.  Asked of
    the speech as it is finally ordered, after every cut: a 全会 whose full name was cut or moved after it later
    (fresh20 r5: 全会审议通过“十五五”规划建议 with 党的二十届四中全会 named nowhere) points at nothing."""
    named: set[str] = set()
    for part in parts:
        for para in part:
            for k, s in enumerate(para):
                for m in _PLENUM.finditer(s):
                    if m.group(0) in named and s.startswith(m.group(0)) and not any(c and c in s for c in keep):
                        para[k] = s = "全会" + s[m.end():]
                    named.add(m.group(0))


# A clause this long (Han characters) said word for word in two sentences is heard as said twice (人才是卫生健康事业发展的
# 第一资源 in the situation and again as the 人才 subsection's lead; 做好重点场所、重点人群的防控工作 in two sections).
CLAUSE_TWICE = 8
_CLAUSES = re.compile(r"[^，；：。！？]+")


def _spare(para: list[str], k: int, keep: Sequence[str]) -> bool:
    """Whether sentence ``k`` may go: once.optional, or a paragraph's lead where two or more sentences follow it and
    the next does not lean on it (a subsection's lead said in another subsection is not its heading's delivery)."""
    return optional(para, k, keep) or (k == 0 and len(para) >= 3 and optional(para, k, keep, lead=True))


def clauses_once(parts: list[list[list[str]]], keep: Sequence[str], room: Room | None = None) -> None:
    """No clause of CLAUSE_TWICE or more Han characters said word for word in two sentences (in place): the later
    sentence loses it where the rest stands, or goes where it is all that clause and its paragraph can spare it.
    Never a clause holding a figure or the brief's words, nor the rally (让我们…)."""
    seen: set[str] = set()
    for part in parts:
        for para in part:
            k = 0
            while k < len(para):
                s = para[k]
                if _ORDINAL.match(s):
                    k += 1
                    continue
                # (我代表… is said where the speaker speaks for a body: the thanks and the report each say it)
                mine = [c for c in _CLAUSES.findall(s) if len(_han(c)) >= CLAUSE_TWICE and not _DIGIT.search(c)
                        and "我代表" not in c and not any(w and (w in c or c in w) for w in keep)]
                again = [c for c in mine if _bare(c) in seen]
                seen.update(_bare(c) for c in mine)
                if again:
                    pattern = re.compile("|".join(re.escape(c) for c in again))
                    cut = _cut_clause(s, pattern)
                    if cut is not None and (room is None or room.take(s[:len(s) - len(cut)])):
                        para[k] = cut
                    elif cut is None and len(_han(s)) - sum(len(_han(c)) for c in again) < 4 \
                            and _spare(para, k, keep) and (room is None or room.take(s)):
                        para.pop(k)
                        continue
                k += 1


# A subsection lead's clause that says one of its items' heads (a run this long of it) is that item's, not the lead's
# (基层是卫生工作的重点，基层医疗卫生机构标准化建设要不断推进，基层首诊能力要逐步提升 over 一是推进基层医疗卫生机构标准化建设).
LEAD_RUN = 8


def leads_leave_items(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
                      keep: Sequence[str], room: Room | None = None) -> None:
    """A task subsection's lead sentences lose the clauses that say one of its own items' heads (LEAD_RUN), where the
    rest stands (in place): the item says it."""
    from ..model.text import longest_run
    for part, shell, role in zip(parts, shells, roles, strict=False):
        if role != "tasks":
            continue
        starts = [j for j, b in enumerate(shell) if isinstance(b, Heading) and b.level <= 2] + [len(shell)]
        for a, b in zip(starts, starts[1:], strict=False):
            heads = [_ORDINAL.sub("", s).rstrip("。") for para in part[a:b] for s in para if _ORDINAL.match(s)]
            lead = part[a]
            for k, s in enumerate(lead):
                if _ORDINAL.match(s):
                    break
                if _DIGIT.search(s) or any(w and w in s for w in keep if w != s):
                    continue
                said = [c for c in _CLAUSES.findall(s) if any(longest_run(_han(c), _han(h)) >= LEAD_RUN for h in heads)]
                if not said:
                    continue
                cut = _cut_clause(s, re.compile("|".join(re.escape(c) for c in said)))
                if cut is not None and (room is None or room.take(s[:len(s) - len(cut)])):
                    lead[k] = cut


def _han(text: str) -> str:
    return "".join(re.findall(r"[\u4e00-\u9fff]", text))


def _bare(clause: str) -> str:
    """A clause less the modal and adverbs it opens with (要进一步做好… and 做好… say one thing)."""
    return re.sub(r"^(?:要|还要|也要|进一步|切实|着力|持续|不断|扎实|认真)+", "", clause)


def place_counts(text_units: Sequence[tuple[str, Sequence[str]]]) -> dict[str, list[str]]:
    """The bench's count: each narrow subject with the units (name, sentences) that say it."""
    out: dict[str, list[str]] = {}
    for name, sentences in text_units:
        for x in set().union(*(subjects(s) for s in sentences)) if sentences else ():
            out.setdefault(x, []).append(name)
    return out
