"""A brief's problem split into the gaps it joins, each answered by the task it belongs to (issue 13 §1).

A secretary often writes two gaps as one problem: 基层首诊率不高，糖尿病患者随访管理还有差距 (two subjects, two
shortfalls), 托育服务供给不足；村卫生室服务能力偏弱.  Answered as one, only the first gap got a measure and the second
was named and left (or, worse, the first gap's measure was set under the second's task).  A gap is a clause, between
a comma, a 、, a ；or a 但, that has a subject of its own and says it falls short.  Not a gap of its own:
  - a clause that states something fine (参保率稳定: 基本医保参保率稳定，医保基金运行压力较大 has one gap);
  - a clause that only qualifies the one before: an attribute of the same subject (乡村医生队伍老化，年龄结构不合理;
    总量不足、分布不均; 引不进、留不住; 疾控机构人员编制不足，专业人才流失) or what follows from it (县级医院专科能力不足，
    外转病人较多; 基层服务能力不强，群众就医仍有外流; 社区卫生服务能力不强，首诊作用发挥不够) — it goes with that gap;
  - a clause that gives the setting or a condition no body changes (外出务工人员多，…; 出生人口持续下降，…).
A problem with one gap stays as the secretary wrote it (its clauses of cause and degree are the answer table's clues);
a problem with several is answered gap by gap, and is named once, as the brief says it, in the problems listed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

# Where clauses part: a comma, a 、, a ；, or a 但 that turns from what is fine to what is not.
_PARTS = re.compile(r"[，；、,;]|但是|(?<=[\u4e00-\u9fff])但(?=[\u4e00-\u9fff])")
# Words that say a subject falls short (不高, 差距, 压力较大, 外流 …), not 不断 or 不少 (which may be praise).
_SHORT = re.compile(r"不(?!断|懈|少)|没有|未|低|少|缺|差|弱|慢|难|滞后|短板|薄弱|偏|下降|老化|陈旧|反弹|超|过快|过重|过高|过多|"
                    r"较多|增多|上升|抬头|紧张|短缺|匮乏|加大|加剧|繁重|较重|突出|压力|空档|空白|漏洞|隐患|脱节|断档|流失|外流|失衡|落后|"
                    r"多$")
# The shortfall is said at the clause's end: a word this far from it at most (偏远地区群众就医不便: 不便, not 偏).
_TAIL = 6
# A clause that says something is fine (参保率稳定, 签约率有所提高): no gap, whatever else it holds.
_FINE = re.compile(r"稳定|稳步|平稳|良好|较好|向好|明显(?:提升|提高|改善|增强)|有所(?:提升|提高|改善|增强|好转)|"
                   r"不断(?:提升|提高|完善|增强|扩大)|逐步(?:提升|提高|完善|改善)|基本(?:实现|完成|覆盖|达到|满足)|"
                   r"全面完成|保持在|位居前列|走在前列")
# Words that only qualify a subject already named (its attributes, its people, its money): a clause whose subject is
# made of these and nothing else has no subject of its own.
_ATTRIBUTES = re.compile(r"年龄结构|职称结构|学历结构|专业结构|结构|总量|数量|分布|布局|质量|水平|能力|素质|学历|职称|"
                         r"待遇|收入|积极性|稳定性|效率|效果|成效|进度|覆盖面|标准|规模|层次|后劲|力量|基础|作用|功能|"
                         r"发挥|管理|服务|投入|经费|保障|机制|人员|人才|专业|技术|骨干|医生|队伍|编制|设备|用房|设施|"
                         r"条件|环境|整体|总体|普遍|部分|个别|一些|有的|相对|比较|较为|仍然|依然|仍|还|尚|也|都|有|存在|"
                         r"的|和|与|及|其|引进|引|留|招|用")
# What follows from the gap before it (外转病人较多, 群众就医仍有外流): that gap's, answered with it.
# … and a role the weak subject before it does not play (社区卫生服务能力不强，首诊作用发挥不够).
_CONSEQUENCE = re.compile(r"外转|外流|外出就医|县外就医|流向(?:县外|市外|外地|上级)|舍近求远|跑大医院|往外跑|"
                          r"作用发挥|作用(?:不明显|不突出|有限)|"
                          # (the risk the clause before makes: 独居、空巢老人…，安全隐患较大, fresh58's r5, was answered
                          # as the hospitals' fire safety)
                          r"^(?:安全)?(?:隐患|风险)(?:较大|较多|突出|很大|加大)$|"
                          # … and what people feel of the gap before it (家庭医生数量不足…，部分签约“签而不约”，群众获得感
                          # 不强: fresh66's z3 was answered 四是提高群众获得感, a catch-all item of its own)
                          r"获得感|满意度|满意率|认可度|信任度|认同感|幸福感|安全感|就医(?:感受|体验)|"
                          r"群众(?:不满意|意见(?:较大|较多|大)|反映(?:强烈|较多))")
# A clause opening on the moment it is about (突发疾病时发现和呼救不及时): the subject of the clause before, then.
_AT_A_MOMENT = re.compile(r"^[\u4e00-\u9fff]{2,8}(?<![及按准适同临实当届平])时(?!间|期|段|效|限|候)")
# … or on a condition (一旦出现新的感染波次应对能力不足: what the gaps before it would lead to, not a gap of its own —
# read65's s3 answered it as 四是加强一旦出现新的感染波次应对能力)
_IF_EVER = re.compile(r"^(?:一旦|如果|假如|倘若|万一|遇有|一有)")
# A condition no body changes, or the cause a gap is found in (人口老龄化程度加深, 外出务工人员多, 出生人口持续下降): the
# setting of the gap beside it, worked around in its answer (compose.answers: shortfall_of), never a gap of its own nor
# "solved" (issue 13, session 12's readers: a 卫生院 asked to do something about 外出务工人员多). A staff grown old
# (乡村医生老龄化) is a shortfall, not population ageing (round 47's r2). The one table of this fact.
CONDITION = re.compile(r"(?<!医生)(?<!村医)(?<!队伍)(?<!人员)(?<!护士)老龄化|外出务工|外出打工|务工人员|外出人员|"
                       r"留守[^，；。]{0,6}多|人口[^，；。]{0,4}(?:流出|外流|减少|下降)|"
                       r"出生(?:人口|率)[^，；。]{0,4}(?:下降|减少|走低)|空心化|地广人稀|居住分散|"
                       r"(?:老年|老人|独居|空巢|高龄)[^，；。]{0,4}(?:多|比重[^，；。]{0,3}(?:高|大))")
# Degree and aspect words before the shortfall, no part of the subject (还有差距, 仍然薄弱, 存在短板).
_HEDGE = re.compile(r"(?:还|仍然|依然|仍|尚|也|都|比较|较为|相对|总体|整体|明显)?(?:有|存在)?$")
# Too short to stand as a gap of its own (较重, 不足): it qualifies the one before.
_MIN_GAP = 4


def _shortfall_at(clause: str) -> int:
    """Where ``clause`` says it falls short (the first shortfall word near its end), -1 where it does not."""
    for m in _SHORT.finditer(clause):
        if len(clause) - m.start() <= _TAIL:
            return m.start()
    return -1


def _subject(clause: str, at: int) -> str:
    """The subject of a clause that falls short at ``at``: what stands before the shortfall, less its degree words."""
    return _HEDGE.sub("", clause[:at])


def is_gap(clause: str) -> bool:
    """Whether ``clause`` says that something falls short (and nothing that it is fine)."""
    return (len(clause) >= _MIN_GAP and not _FINE.search(clause) and not CONDITION.search(clause)
            and _shortfall_at(clause) >= 0)


def _own_subject(clause: str) -> bool:
    """Whether a later clause of a problem names a subject of its own (糖尿病患者随访管理, 村卫生室服务能力), not only an
    attribute of the one before (年龄结构, 专业人才, 分布) nor what follows from it (外转病人)."""
    if _CONSEQUENCE.search(clause) or _AT_A_MOMENT.match(clause) or _IF_EVER.match(clause):
        return False
    at = _shortfall_at(clause)
    subject = _subject(clause, at) if at >= 0 else clause
    return len(_ATTRIBUTES.sub("", subject)) >= 2


def subject_of(gap: str) -> str:
    """What ``gap`` is about: its words before the shortfall, less the degree words (糖尿病患者随访管理还有差距 →
    糖尿病患者随访管理); the gap itself where it says no shortfall a clause could tell."""
    at = _shortfall_at(gap)
    return _subject(gap, at) if at >= 0 else gap


def gaps_of(problem: str, known: Callable[[str], bool] | None = None,
            one_subject: Callable[[str, str], bool] | None = None) -> tuple[str, ...]:
    """The gaps ``problem`` joins, each in the brief's own words (see the module docstring): the problem itself where
    it holds one gap (or none a clause could tell), else one clause per gap, a qualifying clause kept with its gap.
    With ``known`` (whether the speech has an answer of its own for a gap: compose.plan asks the answer table), a gap
    with none is kept with the gap before it (the first with the one after): split off, it would be named and left
    (部分医疗机构消防设施老化，安全隐患整改不及时: the 隐患 answer takes up both).
    With ``one_subject`` (whether two neighbouring gaps are about one subject, so one answer takes up both: compose.plan
    asks whether the answer of one names the other's subject), such gaps stay together: a problem is split only where
    its parts are about different subjects, each with an answer of its own (answer33: once a 消防 answer knew 安全隐患,
    消防设施老化，安全隐患整改不及时 was split into two gaps and answered twice over)."""
    gaps = list(_split(problem))
    if one_subject is not None:
        i = 1
        while i < len(gaps):
            if one_subject(gaps[i - 1], gaps[i]):
                gaps[i - 1:i + 1] = [gaps[i - 1] + "，" + gaps[i]]
            else:
                i += 1
    if known is not None and len(gaps) > 1:
        i = 0
        while len(gaps) > 1 and i < len(gaps):
            if known(gaps[i]):
                i += 1
                continue
            if i == 0:
                gaps[0:2] = [gaps[0] + "，" + gaps[1]]
            else:
                gaps[i - 1:i + 1] = [gaps[i - 1] + "，" + gaps[i]]   # (the gap before is known: i is the next now)
    return tuple(gaps) if len(gaps) > 1 else (problem,)


@lru_cache(maxsize=256)
def _split(problem: str) -> tuple[str, ...]:
    """gaps_of, by the words alone."""
    text = problem.strip().rstrip("。；;")
    clauses = [c.strip() for c in _PARTS.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return (problem,)
    seps = [m.group(0) for m in _PARTS.finditer(text)]
    # a list of places or units (城中村、老旧小区、建筑工地和废品收购站积水容器多) is one subject: an item with no
    # shortfall of its own before a 、 opens the clause after it
    i = 0
    while i < len(seps) and i + 1 < len(clauses):
        if seps[i] == "、" and _shortfall_at(clauses[i]) < 0:
            clauses[i:i + 2] = [clauses[i] + "、" + clauses[i + 1]]
            del seps[i]
            continue
        i += 1
    gaps: list[str] = []
    for i, clause in enumerate(clauses):
        if not is_gap(clause):
            continue                  # a fine state, a setting or a cause: named in the problem, not answered
        if gaps and not _own_subject(clause):
            sep = seps[i - 1] if i - 1 < len(seps) else "，"
            gaps[-1] = gaps[-1] + ("，" if sep in ("但", "但是") else sep) + clause
            continue
        gaps.append(clause)
    return tuple(gaps) if len(gaps) > 1 else (problem,)


def all_gaps(problems: Sequence[str], known: Callable[[str], bool] | None = None) -> list[str]:
    """Every gap of ``problems`` (gaps_of), in order, none twice."""
    return list(dict.fromkeys(g for p in problems for g in gaps_of(p, known)))
