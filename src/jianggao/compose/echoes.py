"""What a listener hears as one idea said twice though no two sentences are alike (issue 13, class REP: reading 45's
26 of 100 defects): a heading said again by its own body or ended on by the item before it, two sibling headings
ending on one phrase, the lagging-work remedy said in three places, a long term said a third time in one paragraph,
two running clauses on one adverb of pace, and the speaker's 我代表… said twice.

- ``heads_not_said_again``: a clause under a part's or a subsection's heading that says that heading again (（八）以高质量
  党建引领高质量发展 … 以高质量党建推动高质量发展; 一、…切实增强做好爱国卫生工作的责任感和使命感 … 切实增强做好工作的
  责任感和紧迫感; （六）全力保障母婴安全。守牢母婴安全底线，…), or that says the item heading right after it
  (…提升危重孕产妇救治能力，保障母婴安全。三是保障母婴安全。), goes where the rest stands;
- ``sibling_heads_differ``: of two headings running that end on one phrase (坚定推动卫生健康事业发展的信心 / 持续增强
  推动卫生健康事业发展的使命担当) the later loses the phrase where it is a modifier (持续增强使命担当);
- ``remedies_once``: what is done about lagging work (分析原因、拿出措施) is said once a speech; later its clauses go;
- ``terms_short``: a long term said a third time in a run of one item becomes the short form speeches use (乡村医生 →
  村医: the corpus says 村医 28 times to 乡村医生's 11);
- ``adverbs_once``: no two running clauses on one adverb of pace (有序推进…逐步实行, 有序…有序);
- ``represent_once``: the speaker speaks for his body once (我代表县卫生健康局 in the opening and again in the thanks).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache

from ..model.speech import Block, Heading
from . import samepoint
from .once import _ADVERBS, _BODIES, _DIGIT, _DUTY_LEAD, _ORDINAL, _POINTS_AHEAD, _STOCK_HEAD, _stands, binds, says_head_again
from .paragraph import SPOKEN
from .picker import is_headline

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=16384)
def _han(text: str) -> str:
    # (kept per text: the restatement passes ask ~3,400 times a render of ~600 texts, each a findall and a join)
    return "".join(_HAN_RUN.findall(text))


# The words of a heading's stance that name nothing it is about (守牢母婴安全底线 says 全力保障母婴安全 again).
_STANCE = re.compile(r"守牢|守住|守好|底线|防线|红线|全力|坚决|确保|坚定|牢牢|始终|有力|更加|更好")
# A clause that says its heading again holds at least this many Han characters beyond the stock words of both.
_RESIDUE = 3


def _residue(text: str) -> str:
    return _STANCE.sub("", _STOCK_HEAD.sub("", _han(_DUTY_LEAD.sub("", text))))


def restates(head: str, clause: str) -> bool:
    """Whether ``clause`` says the heading clause ``head`` again: in nearly its words (once.says_head_again), or naming
    nothing beyond what the heading names (its stock verbs and stance words aside: 守牢母婴安全底线 under 全力保障母婴
    安全)."""
    head = _ORDINAL.sub("", head).rstrip("。")
    if says_head_again(head, clause):
        return True
    mine, theirs = _residue(clause), _residue(head)
    return len(mine) >= _RESIDUE and mine == theirs


def _pieces(sentence: str) -> list[str]:
    """A sentence's clauses with the mark each ends on (，；), the last with the sentence's end."""
    return re.findall(r"[^，；]+[，；]?", sentence[:-1]) if sentence else []


# A clause that names what the rest is said of (对重点传染病，…; 在…中，…), and a frame left with no verb after it
# (我们一定要从讲政治、保民生的高度，充分认识… cut to …的高度。).
# A duty's modal opening a clause whose subject the clause before it names (…，疾病预防控制工作的重要性更加凸显，必须同
# 常态化疫情防控结合起来: b08 lost its subject).
_MODAL = re.compile(r"^(?:要|必须|需要|应当|还要|也要)")
_TOPIC = re.compile(r"^(?:对|针对|关于|在|从|为|随着|按照|根据)")
_FRAME_END = re.compile(r"(?:高度|角度|层面|基础上|前提下|过程中|方面|同时|以来)$")


# The duty's own word (要 not of 重要/需要/要求…, 必须), and a clause that says who must act itself with it
# (各医疗机构要…, 县疾控中心必须…): the duty's 要 is its own already
_DUTY_WORD = r"(?<![重需主纲概摘只想])要(?![求素点])|必须"
_HAS_DUTY = re.compile(_DUTY_WORD)
_OWN_DUTY = re.compile(rf"[^，；。]{{2,16}}?(?:{_DUTY_WORD}|应当|务必)")


# A clause saying what a duty is for (确保…, 让…) and one naming the body a duty is given to (县卫生计生局要…).
_ENDS_DUTY = re.compile(r"^(?:确保|保证|让|使|做到|实现|避免|防止)")
# (not 帮助 or 引导: 帮助查找原因、拿出赶上来的办法 is the bureau's own act, and what follows it is not theirs: test_echoes)
_CAUSES = re.compile(r"^(?:让|使|使得|促使)")
_NAMED_DUTY = re.compile(r"^(?!要|必须)[^，]{2,14}(?:要|必须)")


def cut_pieces(sentence: str, gone: Callable[[str], bool]) -> str | None:
    """``sentence`` less its clauses (cut at ，；) for which ``gone`` holds, where what is left stands and no clause is
    parted from the one it binds with (once.binds); "" where every clause goes; None where the cut cannot be made."""
    pieces = _pieces(sentence)
    if not pieces:
        return None
    bare = [p.rstrip("，；") for p in pieces]
    # (never a topic the rest is said of: 对重点传染病，要坚持常抓不懈 loses nothing of its own; nor a clause naming the
    # subject of the duty after it, 今年的疾病预防控制工作，要在巩固已有成果的基础上…, b28)
    hit = [gone(b) and not _TOPIC.match(b)
           and not (n + 1 < len(bare) and _MODAL.match(bare[n + 1]) and not _HAS_DUTY.search(b))
           for n, b in enumerate(bare)]
    if not any(hit):
        return None
    # (a purpose clause after a cut duty a body of its own was given serves that duty, not the one kept before it:
    # …要增加产科、儿科床位和助产人员，县卫生计生局要组织高危孕产妇专案管理，确保每一例都有人盯、有人管 had left
    # …助产人员，确保每一例都有人盯、有人管, fresh58's r1)
    for n in range(1, len(bare) - 1):
        if hit[n] and not hit[n + 1] and _ENDS_DUTY.match(bare[n + 1]) and _NAMED_DUTY.match(bare[n]):
            hit[n + 1] = True
        # (… and what the people a cut 让/使 clause named go on to do is theirs: …向本人开放，让居民能够查询本人的健康档案，
        # 主动关注自己的健康状况 had left …向本人开放，主动关注自己的健康状况, the file's owner doing the watching: fresh63's w1)
        elif hit[n] and not hit[n + 1] and _CAUSES.match(bare[n]) and not _NAMED_DUTY.match(bare[n + 1]) \
                and pieces[n].endswith("，"):
            hit[n + 1] = True
    if all(hit):
        return ""
    if any(hit[n] != hit[n + 1] and binds(bare[n], bare[n + 1]) for n in range(len(bare) - 1)):
        return None
    kept: list[str] = []
    for n, (p, h) in enumerate(zip(pieces, hit, strict=True)):
        if h:
            # (a clause that ended a run of ；-clauses hands its ； to the clause kept before it)
            if kept and p.endswith("；") and kept[-1].endswith("，"):
                kept[-1] = kept[-1][:-1] + "；"
            continue
        # (a duty's 要 cut with its clause goes on to the clause after it: 要逐项分析原因，拿出措施 → 要拿出措施; not to
        # a clause naming its own actor and duty: 基层医疗卫生机构要配齐…, never 要基层医疗卫生机构要…)
        if n and hit[n - 1] and bare[n - 1].startswith("要") and not p.startswith("要") and not kept \
                and not _OWN_DUTY.match(p):
            p = "要" + p
        kept.append(p)
    rest = "".join(kept).rstrip("，；") + sentence[-1]
    return rest if _stands(rest) and not _FRAME_END.search(rest[:-1]) else None


# A clause opening a numbered point (二是…, 其次…): cut, the count it keeps breaks (fresh58's r1 at seed 2 read 一是…；高龄
# 孕产妇…；三是… once 二是全面两孩政策实施后 went as a point said before; it was the brief's own problem).
_COUNTED = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|第[一二三四五六七八九十]+)")


def _keeps(clause: str, keep: Sequence[str]) -> bool:
    return bool(_DIGIT.search(clause)) or bool(_COUNTED.match(clause)) \
        or any(c and (c in clause or clause in c) for c in keep)


def head_as_duty(clause: str, heads: Sequence[str]) -> bool:
    """Whether ``clause`` is one of the item head's clauses ``heads`` said whole again as a duty, its opening and
    adverbs aside (要进一步深化医保支付方式改革 under 二是深化医保支付方式改革): no topic the rest is said of."""
    said = _han(_ADVERBS.sub("", _DUTY_LEAD.sub("", clause)))
    return len(said) >= 4 and any(said == _han(_ADVERBS.sub("", _DUTY_LEAD.sub("", h))) for h in heads)


def _said_heads(sentence: str, heads: Sequence[str], keep: Sequence[str]) -> Callable[[str], bool]:
    def gone(clause: str) -> bool:
        # (the brief's words a heading says itself may go with the clause that says them again, as a heading's
        # delivering sentence may: _subheading_not_restated's rule)
        return len(_han(clause)) >= 4 and not _DIGIT.search(clause) \
            and not any(c and (c in clause or (clause in c and c in sentence and c != sentence))
                        and not any(c in h for h in heads) for c in keep) \
            and any(restates(h, clause) for h in heads)
    return gone


def _head_clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，；]", _ORDINAL.sub("", text).rstrip("。")) if len(_han(c)) >= 4]


def heads_said_again(parts: list[list[list[str]]], shells: list[list[Block]]
                     ) -> Iterator[tuple[int, int, int, list[str], list[str]]]:
    """Each sentence under a part's or a subsection's heading with the heading clauses it stands under, the item head
    it stands under (rep30: …保障群众基本用药需求 under 六是保障群众基本用药, …深化公立医院综合改革 under 三是深化公立医院
    改革) and the item heading right after it (the next sentence, when that opens 一是…): (part, paragraph, index,
    heads, the item head's clauses among them).  Item heads are not asked."""
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        top: list[str] = []
        sub: list[str] = []
        item: list[str] = []
        flat: list[tuple[int, int, list[str], list[str]]] = []
        for j, (para, block) in enumerate(zip(part, shell, strict=True)):
            if isinstance(block, Heading):
                if block.level == 1:
                    top, sub = _head_clauses(block.text), []
                elif block.level == 2:
                    sub = _head_clauses(block.text)
                item = []
                flat.append((-1, -1, [], []))
            for k, s in enumerate(para):
                if _ORDINAL.match(s):
                    item = _head_clauses(s)
                flat.append((j, k, top + sub + item, item))
        for n, (j, k, heads, own) in enumerate(flat):
            if j < 0 or _ORDINAL.match(part[j][k]):
                continue
            heads = list(heads)
            if n + 1 < len(flat) and flat[n + 1][0] >= 0:
                nj, nk, _, _ = flat[n + 1]
                if _ORDINAL.match(part[nj][nk]):
                    heads.append(_ORDINAL.sub("", part[nj][nk]).rstrip("。"))
            if heads:
                yield i, j, k, heads, own


def heads_not_said_again(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str],
                         take: Callable[[str], bool] | None = None, may_go: Callable[[list[str], int], bool]
                         | None = None) -> None:
    """A clause that says the heading it stands under (its part's or its subsection's) again, or the item heading that
    comes right after it, goes where the rest of its sentence stands (in place); a sentence that is all such clauses
    goes where ``may_go`` lets its paragraph spare it and ``take`` (the speech's floor) allows.  Never a figure or the
    brief's words."""
    hits = list(heads_said_again(parts, shells))
    dropped: set[tuple[int, int, int]] = set()
    for i, j, k, heads, own in hits:
        para = parts[i][j]
        s = para[k]
        said = _said_heads(s, [h for h in heads if h not in own], keep)
        said_item = _said_heads(s, own, keep)

        # (the item head said again by a sentence's first clause is the subject the rest is said of: 县级公立医院改革，
        # 重在管理体制… under 推进县级公立医院改革试点 kept, a later clause …，保障群众基本用药需求 goes; but not a first
        # clause that is the whole head again as a duty: 要深化医保支付方式改革，发挥医保… under 二是深化医保支付方式改革,
        # 深入开展健康知识普及，引导… under 一是深入开展健康知识普及, rep32)
        def gone(clause: str, s: str = s, said: Callable[[str], bool] = said,
                 said_item: Callable[[str], bool] = said_item, own: Sequence[str] = own) -> bool:
            return said(clause) or ((not s.startswith(clause) or head_as_duty(clause, own)) and said_item(clause))

        cut = cut_pieces(s, gone)
        if cut is None:
            continue
        if cut:
            # (a clause is short, and the repeat is what the reader hears: it goes whatever the floor, as homes'
            # list elements do; ``take`` counts it)
            if take is not None:
                take(s[:len(s) - len(cut)])
            para[k] = cut
        elif may_go is not None and may_go(para, k) and (take is None or take(s)):
            dropped.add((i, j, k))
    for i, j, k in sorted(dropped, reverse=True):
        parts[i][j].pop(k)


# --- sibling headings ------------------------------------------------------------------------------------------------
# Two headings running whose last clauses share a run this long (Han characters) end on one phrase.
TAIL_RUN = 6


def _common_run(a: str, b: str) -> str:
    best = ""
    for x in range(len(a)):
        for y in range(x + len(best) + 1, len(a) + 1):
            if a[x:y] in b:
                best = a[x:y]
            else:
                break
    return best


# … and each ends no more than this many characters after it (…发展的信心 / …发展的使命担当; not 做好爱国卫生工作的责任感和
# 使命感 / 推动爱国卫生工作再上新台阶, which share the meeting's subject, not an ending).
TAIL_AFTER = 4


def shared_tail(earlier: str, later: str) -> str:
    """The run (TAIL_RUN or more characters) the last clauses of two headings share near their ends, or ""."""
    a, b = earlier.rstrip("。").split("，")[-1], later.rstrip("。").split("，")[-1]
    run = _common_run(a, b)
    if len(_han(run)) < TAIL_RUN:
        return ""
    ends = [len(x) - x.find(run) - len(run) - (1 if x[x.find(run) + len(run):].startswith("的") else 0) for x in (a, b)]
    return run if max(ends) <= TAIL_AFTER else ""


def _untailed(earlier: str, later: str) -> str | None:
    """``later`` without the modifier (…的) it shares with ``earlier``, where what is left names something."""
    run = shared_tail(earlier, later)
    if not run:
        return None
    body = later.rstrip("。")
    head, _, last = body.rpartition("，")
    at = last.find(run)
    end = at + len(run)
    if not run.endswith("的"):
        if last[end:end + 1] != "的":
            return None
        end += 1
    new = last[:at] + last[end:]
    if len(_han(new)) < 4 or new == earlier.rstrip("。").split("，")[-1]:
        return None
    return (head + "，" if head else "") + new + later[len(body):]


def sibling_heads_differ(shells: list[list[Block]]) -> None:
    """Of two headings running (the parts', or one part's subsections') whose last clauses end on one phrase, the
    later loses the phrase where it is a modifier (in place)."""
    for (i0, j0), (i1, j1) in _running_heads(shells):
        a, b = shells[i0][j0], shells[i1][j1]
        assert isinstance(a, Heading) and isinstance(b, Heading)
        new = _untailed(a.text, b.text)
        if new is not None:
            shells[i1][j1] = Heading(b.level, b.number, new, b.body)


def _running_heads(shells: list[list[Block]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each two headings running, as places (part, block): the parts' headings in turn, and one part's subsections'."""
    tops = [(i, j) for i, shell in enumerate(shells) for j, b in enumerate(shell)
            if isinstance(b, Heading) and b.level == 1]
    runs = [tops] + [[(i, j) for j, b in enumerate(shell) if isinstance(b, Heading) and b.level == 2]
                     for i, shell in enumerate(shells)]
    return [pair for run in runs for pair in zip(run, run[1:], strict=False)]


# Two headings running whose last clauses open on one verb (reading 47's r1: 切实增强做好卫生健康工作的信心和决心 /
# 不断增强推动卫生健康事业发展的使命担当).  One of them says its object with the other verb the bank and the corpus give
# that object (坚定…信心: the bank 9, the corpus 3; 增强…信心 4 and 1): (verb, object, other verb).
FRAME_VERBS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("增强", re.compile(r"信心(?:和决心)?$|决心$"), "坚定"),
    ("确保", re.compile(r"取得新进展$|落地见效$"), "推动"),
)
_FRAME_LEAD = re.compile(r"^(?:切实|不断|着力|持续|进一步|努力|全力|全面|扎实)?")


def _frame_verb(heading: str) -> tuple[str, str]:
    """The last clause of ``heading`` as (its opening verb, the clause): the verb after an adverb (切实增强 → 增强)."""
    last = re.split(r"[，；]", heading.rstrip("。"))[-1]
    rest = last[_FRAME_LEAD.match(last).end():]  # type: ignore[union-attr]
    return rest[:2], last


def frames_differ(shells: list[list[Block]]) -> None:
    """Of two headings running (the parts', or one part's subsections') whose last clauses open on one verb, one says
    its object with the other verb FRAME_VERBS gives it (the earlier where both could: 切实增强做好卫生健康工作的信心
    和决心 → 坚定做好卫生健康工作的信心和决心) (in place)."""
    for (i0, j0), (i1, j1) in _running_heads(shells):
        a, b = shells[i0][j0], shells[i1][j1]
        assert isinstance(a, Heading) and isinstance(b, Heading)
        verb, _ = _frame_verb(a.text)
        if len(verb) < 2 or _frame_verb(b.text)[0] != verb:
            continue
        for i, j, h in ((i0, j0, a), (i1, j1, b)):
            _, last = _frame_verb(h.text)
            other = next((o for v, obj, o in FRAME_VERBS if v == verb and obj.search(last)), None)
            if other is not None:
                lead = _FRAME_LEAD.match(last).end()  # type: ignore[union-attr]
                text = h.text.rstrip("。")
                shells[i][j] = Heading(h.level, h.number, text[:len(text) - len(last)] + other + last[lead + 2:]
                                       + h.text[len(text):], h.body)
                break


# --- remedies ----------------------------------------------------------------------------------------------------------
# Work that lags, and what is done about it (reading 45's r3: 逐项分析原因、拿出针对性措施 / 帮助查找原因、拿出赶上来的
# 办法 / 查明原因、加速推进 / 说明原因、拿出补救办法 in one 2,700-character speech).
LAGGING = re.compile(r"滞后|落后|进度慢|推进慢|进展慢|推进不力|进展缓慢|进度缓慢")
REMEDY = re.compile(r"(?:分析|查明|查找|说明|找准|讲清)[^，；。]{0,3}原因|(?:拿出|制定|研究|采取|提出)[^，；。]{0,8}(?:措施|办法)|加速推进|"
                    r"加快进度|迎头赶上|赶上来")
# A clause that only names the lagging work, the topic of a remedy (对进度滞后的指标和任务，…): it goes with it.
_LAG_TOPIC = re.compile(r"^(?:对|针对)[^，；]*(?:任务|指标|项目|工作|事项)$")


def _bare_after_cut(rest: str) -> bool:
    """Whether a sentence cut down to ``rest`` reads, as said or once paragraph.ration_spoken says it plainly, as a
    heading with nothing after it (the sample's 各项任务，下半年要一项一项盯住进度。 became …逐项盯住进度。)."""
    plain = rest
    for _, rx, plainer in SPOKEN:
        plain = rx.sub(plainer, plain)
    return is_headline(rest) or is_headline(plain)


def remedy_lines(parts: list[list[list[str]]]) -> list[tuple[int, int, int]]:
    """The sentences that say what is done about lagging work, in speech order."""
    return [(i, j, k) for i, part in enumerate(parts) for j, para in enumerate(part) for k, s in enumerate(para)
            if LAGGING.search(s) and REMEDY.search(s)]


def remedies_once(parts: list[list[list[str]]], keep: Sequence[str], take: Callable[[str], bool] | None = None,
                  may_go: Callable[[list[str], int], bool] | None = None) -> None:
    """What is done about lagging work is said once (in place): in later sentences its clauses go (…，进度慢的要查明
    原因、加速推进，… → …，…), with the clause naming the lagging work where that is all it names; a sentence that is
    all remedy goes where its paragraph can spare it."""
    lines = remedy_lines(parts)
    gone: list[tuple[int, int, int]] = []
    for i, j, k in lines[1:]:
        para = parts[i][j]
        s = para[k]

        def said(clause: str) -> bool:
            return not _keeps(clause, keep) and (bool(REMEDY.search(clause)) or bool(_LAG_TOPIC.match(clause)))

        cut = cut_pieces(s, said)
        if cut is None:
            continue
        if cut and _bare_after_cut(cut):
            # what is left would read as a heading with nothing after it (各项任务，下半年要逐项盯住进度。): the
            # sentence goes whole where its paragraph can spare it, else stays as it was
            cut = ""
        if cut and not _LAG_TOPIC.match(cut.split("，")[0].rstrip("。")):
            if take is not None:
                take(s[:len(s) - len(cut)])
            para[k] = cut
        elif not cut and may_go is not None and may_go(para, k) and (take is None or take(s)):
            gone.append((i, j, k))
    for i, j, k in sorted(gone, reverse=True):
        parts[i][j].pop(k)


# --- terms -------------------------------------------------------------------------------------------------------------
# A long term and the short form a speaker says it by once it has been said (the corpus: 村医 28 times to 乡村医生's
# 11, 新农合 73 to 新型农村合作医疗's 12, 县级公立医院改革 4 to …综合改革's 2, 病媒防制; the others as speeches at
# these meetings say them: reading 45's 县级公立医院综合改革 ×4 in a paragraph, "say 改革 after the first").
TERMS: tuple[tuple[str, str], ...] = (
    ("县级公立医院综合改革", "这项改革"),
    ("新型农村合作医疗", "新农合"),
    ("家庭医生签约服务", "签约服务"),
    ("严重精神障碍患者", "患者"),
    ("紧密型县域医共体", "医共体"),
    ("基层医疗卫生机构", "基层机构"),
    ("疾病预防控制机构", "疾控机构"),
    ("病媒生物防制", "病媒防制"),
    ("医疗联合体", "医联体"),
    ("乡村医生", "村医"),
)
# The mention from which a term is said short (the first two say it whole: the heading or the lead, and the measure).
TERM_SHORT_FROM = 3


def _runs(parts: list[list[list[str]]], shells: list[list[Block]]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """The runs of one item or lead: (part, [(paragraph, heading text)]) — a run ends at a heading or an item."""
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        run: list[tuple[int, str]] = []
        for j, (para, block) in enumerate(zip(part, shell, strict=True)):
            if isinstance(block, Heading) or (para and _ORDINAL.match(para[0])):
                if run:
                    yield i, run
                run = []
            run.append((j, block.text if isinstance(block, Heading) else ""))
        if run:
            yield i, run


def _said_short(sentence: str, term: str, short: str, said: int, start: int, keep: Sequence[str]) -> tuple[str, int]:
    """``sentence`` with each mention of ``term`` from the ``start``-th on (``said`` before it) in its ``short`` form,
    and the count after it; an item's head (一是…) and the brief's words keep the term, counted all the same."""
    if _ORDINAL.match(sentence) or any(c and term in c and c in sentence for c in keep):
        return sentence, said + sentence.count(term)
    out: list[str] = []
    pieces = sentence.split(term)
    titled = 0          # title marks open before the mention
    for piece in pieces[:-1]:
        said += 1
        titled += piece.count("《") - piece.count("》")
        # (广大乡村医生 names an audience: in full; so does a document's title, 《关于推动疾病预防控制事业高质量发展的指导意见》,
        # which reading 28 found cut to 《关于推动疾控事业…》)
        out.append(piece + (short if said >= start and not piece.endswith("广大") and titled <= 0 else term))
    out.append(pieces[-1])
    return "".join(out), said


def terms_short(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str]) -> None:
    """A term of TERMS said a TERM_SHORT_FROM-th time in one run (an item, a lead) is said in its short form from then
    on (in place); never in an item's heading or the brief's words."""
    for i, run in _runs(parts, shells):
        if i == 0:
            continue           # (the opening, and a speech of no parts: an address names its audience in full)
        for term, short in TERMS:
            said = 0
            for j, head in run:
                said += head.count(term)
                para = parts[i][j]
                for k, s in enumerate(para):
                    if term not in s:
                        continue
                    para[k], said = _said_short(s, term, short, said, TERM_SHORT_FROM, keep)


# A name a whole speech says again and again (the meeting's own subject in every frame: 深化医药卫生体制改革工作 eleven
# times in reading 47's r5, a 医改 meeting) and the short form speeches say it by once it has been said: 医改 (the
# corpus: 医改 in every 医改 speech), 疾控.  Said whole twice, the opening's and the first after it; short from then on.
SPEECH_TERMS: tuple[tuple[str, str], ...] = (
    ("深化医药卫生体制改革", "医改"),
    ("疾病预防控制", "疾控"),
)
SPEECH_TERM_SHORT_FROM = 3


def speech_terms_short(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """A name of SPEECH_TERMS said a SPEECH_TERM_SHORT_FROM-th time in the speech's paragraphs is said in its short
    form from then on (in place): never in the opening, an item's head (一是…) or the brief's words (counted all the
    same).  Headings keep their wording."""
    for term, short in SPEECH_TERMS:
        said = 0
        for i, part in enumerate(parts):
            for para in part:
                for k, s in enumerate(para):
                    if term not in s:
                        continue
                    if i == 0:
                        said += s.count(term)       # (the opening names it in full)
                        continue
                    para[k], said = _said_short(s, term, short, said, SPEECH_TERM_SHORT_FROM, keep)


def dense_terms(parts: list[list[list[str]]], shells: list[list[Block]], times: int = 3, least: int = 5
                ) -> list[str]:
    """The bench's count: each run of ``least`` or more Han characters said ``times`` or more times in one run of
    an item or lead (the longest such, none inside another)."""
    out: list[str] = []
    for i, run in _runs(parts, shells):
        text = "|".join([head for _, head in run] + ["".join(parts[i][j]) for j, _ in run])
        text = re.sub(r"[^\u4e00-\u9fff]+", "|", text)
        found: list[str] = []
        for size in range(10, least - 1, -1):
            seen: dict[str, int] = {}
            for piece in text.split("|"):
                for x in range(len(piece) - size + 1):
                    w = piece[x:x + size]
                    seen[w] = seen.get(w, 0) + 1
            for w, c in seen.items():
                if c >= times and text.count(w) >= times and not any(w in f for f in found):
                    found.append(w)
        out.extend(found)
    return out


# --- adverbs -----------------------------------------------------------------------------------------------------------
# Adverbs of pace: two in running clauses say one manner twice (有序推进…逐步实行; 平稳有序…有序).
_PACE = re.compile(r"有序|逐步|稳步|分步")
# … and adverbs a speaker says once in two running clauses.
# (不断 of 不断供, 不断档, 不断线 is no adverb: 确保临床必需药品不断供 lost it and read …药品供, round 47's r5)
_SAME = re.compile(r"(?<!可)持续|不断(?![供档线电流])|积极|切实|扎实|进一步|深入|大力")


def adverbs_twice(sentence: str) -> list[tuple[int, int]]:
    """The spans of adverbs in ``sentence`` that repeat one said in the same or the clause before (a pace adverb after
    a pace adverb, or the same adverb again)."""
    out: list[tuple[int, int]] = []
    marks = [m.start() for m in re.finditer(r"[，；：]", sentence)]

    def clause_of(at: int) -> int:
        return sum(1 for x in marks if x < at)

    found = [(m.start(), m.end(), "pace") for m in _PACE.finditer(sentence)] + \
            [(m.start(), m.end(), m.group(0)) for m in _SAME.finditer(sentence)]
    found.sort()

    def opens(at: int) -> bool:
        head = re.split(r"[，；：]", sentence[:at])[-1]
        return head in ("", "要", "还要", "也要", "同时要", "今年要")

    for n, (a, b, kind) in enumerate(found):
        for a0, _, kind0 in found[:n]:
            # (two clauses each opening on it are a parallel, said so on purpose: 深入贯彻党的十八大…精神，深入贯彻习近平
            # 总书记系列重要讲话精神; b04's guiding line lost its second 深入)
            if kind0 == kind and clause_of(a) - clause_of(a0) <= 1 and not (opens(a) and opens(a0)):
                out.append((a, b))
                break
    return out


def adverbs_once(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """No adverb of pace after another, nor one adverb twice, in running clauses of a sentence (in place): the later
    goes where a verb follows it; never in the brief's words."""
    for part in parts:
        for para in part:
            for k, s in enumerate(para):
                spans = adverbs_twice(s)
                if not spans or _ORDINAL.match(s):
                    continue
                out = s
                for a, b in reversed(spans):
                    nxt = out[b:b + 1]
                    if not _HAN.match(nxt) or any(c and c in s and a >= s.find(c) and a < s.find(c) + len(c)
                                                  for c in keep):
                        continue
                    out = out[:a] + out[b:]
                para[k] = out


# --- the speaker's mandate ---------------------------------------------------------------------------------------------
_REPRESENT = re.compile(r"^(?:借此机会，|在此，|在这里，)?我(?:谨)?代表[^，。！]{2,30}，")


def represent_once(parts: list[list[list[str]]]) -> None:
    """The speaker says whom he speaks for once (in place): a later sentence opening 我代表…， opens 在此，."""
    said = False
    for part in parts:
        for para in part:
            for k, s in enumerate(para):
                if "代表" not in s:
                    continue
                m = _REPRESENT.match(s)
                if m and said and len(s) - m.end() >= 8:
                    para[k] = "在此，" + s[m.end():]
                    continue
                if "我代表" in s or "我谨代表" in s:
                    said = True


# --- measures --------------------------------------------------------------------------------------------------------
# A measure is its act on its object (推进检查检验结果互认): said in one section, its object said again as a clause's
# whole object in another section is that measure again (reading 45's r2: 推动医共体内药品目录统一和检查检验结果互认 under
# 基层 and 推进检查检验结果互认，减少重复检查 under 医疗服务).
_ACT = re.compile(r"^(?:今年|同时|还|也)?(?:要|必须)?(?:进一步|切实|着力|持续|不断|积极|扎实|大力|全面|深入|继续|稳步|有序|逐步)*"
                  r"(?:推进|推动|推行|加强|做好|抓好|做实|落实|开展|实施|完善|健全|建立|提升|提高|规范|强化|深化|扩大|"
                  r"推广|实行|加快|优化|巩固)")
# An object this long (Han characters, its stock words aside) names one measure, not an area.
MEASURE_OBJECT = 6
# What a clause left alone says when its measure went: the measure's purpose (…，减少重复检查，减轻群众就医负担).
_PURPOSE = re.compile(r"^(?:减少|减轻|降低|让|使|方便|确保|保证|促进|满足|避免|防止|切实|真正)")


def _object(clause: str) -> str:
    """The object of a measure's clause (the words after its modal, adverbs and act), or "" where it opens on no act."""
    m = _ACT.match(clause)
    return _han(clause[m.end():]) if m else ""


def measure_clauses(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str]
                    ) -> Iterator[tuple[int, int, int, str]]:
    """Each clause of a task part's sentence whose measure (its act's object, MEASURE_OBJECT or more characters) an
    earlier sentence of another subsection says: (part, paragraph, index, clause)."""
    for i, (part, shell, role) in enumerate(zip(parts, shells, roles, strict=False)):
        if role != "tasks":
            continue
        said: list[tuple[int, str]] = []
        section = 0
        for j, (para, block) in enumerate(zip(part, shell, strict=True)):
            if isinstance(block, Heading) and block.level == 2:
                section += 1
            for k, s in enumerate(para):
                if not _ORDINAL.match(s) and not _DIGIT.search(s):
                    for c in re.split(r"[，；]", s[:-1]):
                        obj = _object(c)
                        if len(_STOCK_HEAD.sub("", obj)) >= MEASURE_OBJECT - 2 and len(obj) >= MEASURE_OBJECT \
                                and any(n != section and obj in t for n, t in said):
                            yield i, j, k, c
                said.append((section, _han(s)))


def measures_once(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str], keep: Sequence[str],
                  take: Callable[[str], bool] | None = None, may_go: Callable[[list[str], int], bool] | None = None
                  ) -> None:
    """A measure said in one subsection is not said again in another (in place): the later clause goes where the rest
    of its sentence stands and says more than the measure's purpose; else the sentence goes where its paragraph can
    spare it and the floor (``take``) allows.  Never the brief's words or a figure."""
    hits: dict[tuple[int, int, int], set[str]] = {}
    for i, j, k, c in measure_clauses(parts, shells, roles):
        hits.setdefault((i, j, k), set()).add(c)
    for (i, j, k), clauses in sorted(hits.items(), reverse=True):
        para = parts[i][j]
        s = para[k]
        if any(c and c in s for c in keep):
            continue
        rest = [c for c in re.split(r"[，；]", s[:-1]) if c not in clauses]
        if all(_PURPOSE.match(c) for c in rest):
            # (what is left is the measure's purpose alone: the sentence goes, or stays whole)
            if may_go is not None and may_go(para, k) and (take is None or take(s)):
                para.pop(k)
            continue
        cut = cut_pieces(s, clauses.__contains__)
        if cut:
            if take is not None:
                take(s[:len(s) - len(cut)])
            para[k] = cut


# --- one idea once in a paragraph ------------------------------------------------------------------------------------
# Reading 46's REP, 44 of 117 defects: one idea said again a sentence or two later in other words, a clause of the later
# sentence all but wholly the earlier one's content (推广针灸、推拿、拔罐等中医药适宜技术 … 大力开展针灸、推拿等中医特色
# 疗法; 及时掌握出生人口变化 … 根据出生人口变化，…).  samepoint weighs whole sentences, and a clause said again inside a
# longer sentence holds under its share.  Here a clause is weighed against the sentences before it in its item: its
# content words (samepoint's vocabulary) less the bodies every duty names (卫生院, 部门, 医疗机构 …) and the words of the
# headings it stands under, which every sentence there says.
_BODY_WORD = re.compile(r".*(?:院|室|局|委|中心|机构|部门|单位|乡镇|苏木|街道|社区|政府|党委|同志|干部|职工|人员|医生|"
                        r"村医)|医疗|基层")
# A clause weighs at least IDEA_WEIGHT (two or three middling words) and an earlier sentence of its item, at most
# IDEA_BACK sentences before it, holds IDEA_HELD of that weight and at least IDEA_SHARED.  Set on the corpus: the real
# speeches' paragraphs, read the same way (item heads and headings set aside), show 0.33 such clauses a 1,000
# characters at 0.75 (0.63 at 0.6), mostly the web copies' own restatements (非法行医 five times running); the bench's
# 28 drafts 0.05 (bench_outline's ``idea``).
IDEA_WEIGHT = 10.0
IDEA_SHARED = 12.0
IDEA_HELD = 0.75
IDEA_BACK = 2


def _idea_words(text: str, skip: frozenset[str]) -> list[tuple[float, frozenset[str]]]:
    return [(v, inner) for w, (v, inner) in samepoint.words(text).items()
            if v > 0.0 and not _BODY_WORD.fullmatch(w) and inner.isdisjoint(skip)]


def idea_held(clause: str, earlier: str, skip: frozenset[str] = frozenset()) -> tuple[float, float]:
    """(``clause``'s weight, the part of it ``earlier`` holds), bodies and ``skip`` (heading words) aside."""
    mine = _idea_words(clause, skip)
    theirs = frozenset(f for _, inner in _idea_words(earlier, skip) for f in inner)
    return sum(v for v, _ in mine), sum(v for v, inner in mine if inner & theirs)


def idea_again(clause: str, earlier: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether ``clause`` says again what ``earlier`` (a sentence before it in its item) said."""
    if len(_han(clause)) < 4:
        return False
    weight, held = idea_held(clause, earlier, skip)
    return weight >= IDEA_WEIGHT and held >= IDEA_SHARED and held >= IDEA_HELD * weight


# A list said again: two or more items of a list (X、Y) of an earlier sentence listed again in a clause that holds at
# least LIST_HELD of its weight in that sentence (推广针灸、推拿、拔罐等中医药适宜技术 … 大力开展针灸、推拿等中医特色疗法).
LIST_HELD = 0.35
_LIST = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+")


def _runs_of(text: str) -> list[list[str]]:
    """The lists of ``text``, each item cut to what it names: the first to its last two characters (大力开展针灸 →
    针灸), the last to its first two (拔罐等中医药适宜 → 拔罐)."""
    out = []
    for m in _LIST.finditer(text):
        run = m.group().split("、")
        out.append([run[0][-2:], *run[1:-1], run[-1][:2]])
    return out


def list_again(clause: str, earlier: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether ``clause`` lists again two or more items of a list in ``earlier`` and ``earlier`` holds LIST_HELD of
    its weight."""
    theirs = {x for run in _runs_of(earlier) for x in run}
    if not theirs or not any(sum(1 for x in run if x in theirs) >= 2 for run in _runs_of(clause)):
        return False
    weight, held = idea_held(clause, earlier, skip)
    return weight >= IDEA_WEIGHT and held >= LIST_HELD * weight


def idea_repeats(parts: list[list[list[str]]], shells: list[list[Block]]
                 ) -> Iterator[tuple[int, int, int, list[str], frozenset[str]]]:
    """Each sentence of a paragraph with the sentences before it in its item that it may say again (idea_again asks
    the last IDEA_BACK of them, list_again all) and the heading words set aside: (part, paragraph, index, earlier,
    skip).  Item heads (一是…) and sentences that point ahead are not asked, nor asked against."""
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        heading: frozenset[str] = frozenset()
        for j, (para, block) in enumerate(zip(part, shell, strict=True)):
            if isinstance(block, Heading) and block.level <= 2:
                heading = samepoint.forms(block.text)
            skip = heading
            run: list[str] = []
            for k, s in enumerate(para):
                if _ORDINAL.match(s):
                    skip, run = heading | samepoint.forms(s), []
                    continue
                if run and not _POINTS_AHEAD.search(s):
                    yield i, j, k, list(run), skip
                run.append(s)


def ideas_once(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str],
               take: Callable[[str], bool] | None = None, may_go: Callable[[list[str], int], bool] | None = None,
               swap: Callable[[int, str, list[str], str], str | None] | None = None) -> None:
    """A clause that says again what a sentence just before it in its item said goes where the rest of its sentence
    stands (in place); a sentence that is all such clauses goes where ``may_go`` lets its paragraph spare it and the
    floor (``take``) allows, else ``swap`` may give an unsaid measure in its place.  Never a figure or the brief's
    words."""
    for i, j, k, earlier, skip in sorted(idea_repeats(parts, shells), key=lambda h: (h[0], h[1], -h[2])):
        para = parts[i][j]
        if k >= len(para):
            continue
        s = para[k]

        def gone(clause: str, earlier: list[str] = earlier, skip: frozenset[str] = skip) -> bool:
            return not _keeps(clause, keep) and (any(idea_again(clause, e, skip) for e in earlier[-IDEA_BACK:])
                                                 or any(list_again(clause, e, skip) for e in earlier))

        cut = cut_pieces(s, gone)
        if cut is None or (cut and _BODIES.search(s) and not _BODIES.search(cut)):
            # (nor the clause that names who does it: 基层医疗卫生机构要落实绩效工资制度，绩效工资分配向…倾斜 keeps its body)
            continue
        if cut:
            if take is not None:
                take(s[:len(s) - len(cut)])
            para[k] = cut
        elif may_go is not None and may_go(para, k):
            if take is None or take(s):
                para.pop(k)
            elif swap is not None:
                heading = next((b.text for b in reversed(shells[i][:j + 1]) if isinstance(b, Heading) and b.level <= 2), "")
                instead = swap(i, s, para, heading)
                if instead:
                    para[k] = instead


# --- a body named once a paragraph -----------------------------------------------------------------------------------
# rep27: bench_quality's same_measure pairs, 各社区卫生服务中心要… twice in one paragraph, 县人民医院要… again two lines on
# (b02, b14, b19, b26): a paragraph names the body whose duties it lists once; its later duties say 同时要… or 要….
def bodies_once(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """In place: a sentence of a paragraph opening on the body (县卫生局要…, 各社区卫生服务中心要…) the last sentence
    naming a doer in its item already named says 同时要… (要… where the paragraph says 同时 already).  Not across an
    item head (一是…), nor the brief's words."""
    for part in parts:
        for para in part:
            doer = ""
            for k, s in enumerate(para):
                if _ORDINAL.match(s):
                    doer = ""
                    continue
                m = _SUBJECT.match(s)
                if not m:
                    continue
                # (any other subject a sentence opens on is the doer after it: 县医院要…, 家庭医生团队要…)
                body = m.group(1)
                if body != doer or not _BODIES.search(body) or _TOPIC.match(body) \
                        or any(c and c in s and s.find(c) < len(body) for c in keep):
                    doer = body
                    continue
                rest = s[len(body):]
                said_with = any("同时" in x for x in para)
                para[k] = rest if said_with or not rest.startswith("要") else "同时" + rest


# --- a check said once -----------------------------------------------------------------------------------------------
# Reading 48's REP (r1 #8 and #15, r3 #5, r4 #7, r6 #10): a duty that already sets its check (把患者外转情况作为考核医院的
# 一项内容; 入户抽查履约情况; 逐月监测、排名通报) or names its work, then a tacked-on ；外转患者情况由县卫生局每季度分析一次
# saying subject and object again.  The reader: "drop the tacked-on 「……由××每季度通报一次」 clause".
_TACKED_REPORT = re.compile(r"[；，]([^；，。]{2,18}?)由([^；，。]{1,12}?)(?:每|按)[^；，。]{0,3}(?:季度|月|半年)[^；，。]{0,8}"
                            r"(?:通报|分析|调度)[^；，。]{0,3}(?=[。！]$)")
# A check the duty already says.
_CHECK_SAID = re.compile(r"通报|监测|考核|抽查|分析|排名|督查|督导")
_NO_THING = re.compile(r"的?(?:情况|变化|结果|进展)$")


def reports_once(parts: list[list[list[str]]], keep: Sequence[str], take: Callable[[str], bool] | None = None) -> None:
    """In place: a sentence's tacked-on report clause (；X由Y每季度通报一次) goes where the rest of the sentence already
    sets a check or names X's work (a content word of X); a clause is short and the repeat is what the reader hears, so
    whatever the floor (``take`` counts it).  Never the brief's words or a figure."""
    from . import ideas
    for part in parts:
        for para in part:
            for k, s in enumerate(para):
                m = _TACKED_REPORT.search(s)
                if not m or _DIGIT.search(m.group(0)) or any(c and c in m.group(0) for c in keep):
                    continue
                rest = s[:m.start()]
                thing = _NO_THING.sub("", m.group(1))
                if len(_han(rest)) < 12 or not (_CHECK_SAID.search(rest)
                                                 or ideas.content_pairs(thing) & ideas.content_pairs(rest)):
                    continue
                if take is not None:
                    take(m.group(0))
                para[k] = rest + s[-1]


# --- the safeguards say each duty once -------------------------------------------------------------------------------
# Reading 46's r1 and r4: the safeguards part drew one duty from two of its pools (组织领导's 牵头单位要拿出推进方案，配合
# 单位要主动跟进 and 协作配合's 几个部门共同承担的任务，要分清主次、明确牵头; 投入's 防止资金沉淀 and 防止闲置挪用; 督查's
# 问题不解决不放过 and 决不能不了了之).  Each family is said once in the part.
DUTIES: dict[str, re.Pattern[str]] = {
    # (who leads each task: not a lead's other duties, 牵头单位要说明原因, 牵头部门要定期召集有关部门碰头)
    "lead": re.compile(r"明确[^，。；]{0,4}牵头|谁牵头|牵头单位要拿出推进方案|牵头的要牵好头|牵头单位要主动协调"),
    "idle": re.compile(r"闲置|挪用|沉淀|截留"),
    "through": re.compile(r"不放过|不了了之|一督到底|跟踪到底|一抓到底|盯住不放"),
}


def duties_said(parts: list[list[list[str]]], roles: Sequence[str]) -> Iterator[tuple[int, int, int, set[str]]]:
    """Each sentence of the safeguards part with the duty families (DUTIES) a sentence before it in the part said:
    (part, paragraph, index, families)."""
    for i, part in enumerate(parts):
        if i >= len(roles) or roles[i] != "safeguards":
            continue
        said: set[str] = set()
        for j, para in enumerate(part):
            for k, s in enumerate(para):
                mine = {name for name, pattern in DUTIES.items() if pattern.search(s)}
                if mine & said:
                    yield i, j, k, mine & said
                said |= mine


def duties_once(parts: list[list[list[str]]], roles: Sequence[str], keep: Sequence[str],
                take: Callable[[str], bool] | None = None, may_go: Callable[[list[str], int], bool] | None = None
                ) -> None:
    """A duty of the safeguards said a second time (DUTIES) loses its clause where the rest stands (项目资金要专款专用，
    跟踪问效，防止闲置挪用 → …跟踪问效); else the sentence goes where its paragraph can spare
    it and the floor (``take``) allows.  Never a figure or the brief's words."""
    for i, j, k, families in sorted(duties_said(parts, roles), reverse=True):
        para = parts[i][j]
        s = para[k]
        if _keeps(s, keep):
            continue
        def said(clause: str, families: set[str] = families) -> bool:
            return any(DUTIES[f].search(clause) for f in families)

        cut = cut_pieces(s, said)
        if cut:
            if take is not None:
                take(s[:len(s) - len(cut)])
            para[k] = cut
            continue
        if may_go is not None and may_go(para, k) and (take is None or take(s)):
            para.pop(k)


# --- a word not stacked in running sentences -------------------------------------------------------------------------
# A word the listener hears again in the very next sentence (reading 46's r1: 团结拼搏、辛勤付出的结果。我代表…，向一年
# 来辛勤工作在…; 请各单位结合实际，认真抓好贯彻落实。下面，结合我旗实际，我讲四点意见。): the later sentence says it
# without the word where it reads as well without it.  (said before, the later sentence's words to cut)
STACKED: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"辛勤"), re.compile(r"辛勤(?=工作)")),
    (re.compile(r"结合[^，。；！]{0,5}实际"), re.compile(r"(?<=[，。；])结合(?:我[省市县区旗镇乡]|本地|本地区|本单位|各自)?实际，")),
)


def stacked_once(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """A word of STACKED said in a sentence and again in the next (in its paragraph or opening the next) is said once:
    the later sentence drops it (in place).  Never a sentence holding the brief's words."""
    for part in parts:
        prev = ""
        for para in part:
            for k, s in enumerate(para):
                if prev and not _keeps(s, keep):
                    for said, again in STACKED:
                        if said.search(prev) and again.search(s):
                            s = again.sub("", s, count=1)
                    para[k] = s
                prev = s


# --- one point, one saying: the generic restatement of a concrete line ------------------------------------------------
# Reading 47's REP, 44 of 114 defects, the commonest a concrete sentence and a generic restatement of its point in other
# words (推动各社区卫生服务中心与养老机构签约合作 … 推动医疗卫生机构与养老机构签约合作; 坚持公立医院公益性 … 引导医院回归
# 公益性; 推动医院从粗放管理向精细管理转变 … 提高医院管理的规范化、精细化水平).  Such pairs share few characters, so
# neither samepoint's words nor the character checks see them.  A point is a key of the meaning table: the ideas of
# compose.ideas (each the wordings the bank says one thing by: 公益性 / 回归公益) and the keys below, each with the
# wordings the bank and the corpus say it by.  A clause says its block's point again when it names a key another
# sentence (or the heading) of its block names, and what it says beyond the key's wordings, the stock verbs, stance
# words and bodies, that other sentence says too: it adds nothing.  The concrete line is kept (it says more).
POINTS: dict[str, str] = {
    "公益性": r"公益性|回归公益|公益属性|公益方向",
    "养老签约": r"与养老机构[^，。；]{0,6}(?:签约|签订|合作)|养老机构签约|签约合作|签订合作协议",
    "多学科诊疗": r"多学科(?:联合)?(?:诊疗|会诊)",
    "精细化管理": r"精细化管理|精细管理|精细化水平|规范化、精细化|专业化、精细化|精细化|粗放管理|粗放",
    "人才激励": r"激励机制|激励政策|评价和激励",
    "集采": r"集中带量采购|集中采购|带量采购|集采",
    "院感": r"院感防控|院感管理|院感|院内感染|医院感染|感染防控|感染控制",
    "任务繁重": r"任务(?:更加|十分|非常|依然|仍然)?(?:繁重|艰巨)",
    "协调": r"提请协调|协调解决|不能等、不能推|久拖不决|推诿扯皮|会商机制|会商",
    "紧迫感": r"(?:责任感和|主动性和)?紧迫感",
    "对标进度": r"对照[^，。；]{0,8}目标[^，。；]{0,2}(?:找差距|逐项盘点|逐项检查)?|对标[^，。；]{0,8}目标(?:任务)?|找差距|"
            r"逐项盘点|逐项检查",
    "母婴安全底线": r"母婴安全是[^，。；]{0,10}底线|母婴安全的最后一道关|母婴安全底线",
    "能力建设": r"能力建设|能力提升",
    "普惠托位": r"普惠性?托育(?:服务)?|普惠性?托位",
    "生育支持": r"生育支持措施|生育政策配套(?:支持)?措施|生育支持政策|配套支持措施|配套措施",
}
_POINT_RES = {key: re.compile(words) for key, words in POINTS.items()}
# What a restatement says besides its point: its stance and the words that name no thing (守牢、全年、各项 …).
_FILLER = re.compile(r"守牢|守住|守好|筑牢|牢牢|坚决|确保|始终|全力|更好|更加|全年|年初|确定的|确定|各项|逐项|一项一项|各类|"
                     r"政策|要求|成果|目标任务|目标|引导|着力|好|持续|不断|扎实|切实|进一步|努力|供给|增加|部门|单位|要")


@lru_cache(maxsize=16384)
def _point_res(text: str) -> Mapping[str, re.Pattern[str]]:
    """The points ``text`` names, each with the pattern of its wordings (kept per text: the restatement passes ask
    ~42,000 times a speech of ~450 texts; never changed by a caller)."""
    from . import ideas
    found = {k: r for k, r in _POINT_RES.items() if r.search(text)}
    for name in ideas.ideas_of(text) - _AREA_BROAD:
        # (a key of both tables is said by the wordings of both)
        found[name] = _IDEA_RES.setdefault(name, re.compile(
            ideas._TABLE[name][1] + ("|" + POINTS[name] if name in POINTS else "")))
    return found


_IDEA_RES: dict[str, re.Pattern[str]] = {}


def _area_broad() -> frozenset[str]:
    from . import ideas
    return ideas.BROAD - ideas.CODES


# The ideas whole areas share (人才, 信息化, 老龄, 传染病 …): distinct measures name them, so they key no point.
_AREA_BROAD = _area_broad()


def _wordings(text: str, key: str) -> set[str]:
    """The character pairs of ``text``'s wordings of ``key``."""
    r = _point_res(text).get(key)
    return {text[x:y][n:n + 2] for x, y in _spans(r, text) for n in range(y - x - 1)} if r else set()


def _shared_points(clause: str, other: str) -> frozenset[str]:
    """The points both name: a key of POINTS in any of its wordings, an idea of compose.ideas (whose wordings are
    looser: 生育登记 and 三孩 are both 生育政策, 临床路径 and 诊疗行为 both 规范诊疗) in the other's words."""
    shared = points_of(clause) & points_of(other)
    return frozenset(k for k in shared if k in POINTS or _wordings(clause, k) <= _wordings(other, k))


@lru_cache(maxsize=16384)
def points_of(text: str) -> frozenset[str]:
    """The points (keys of the meaning table: compose.ideas' ideas and POINTS) ``text`` names."""
    return frozenset(_point_res(text))


def _spans(r: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where ``r`` matches ``text``, a match starting at each place (overlapping: 守牢母婴 and 母婴安全底线)."""
    # (``search`` from a place gives the match at the first place on where one starts, the very match ``match`` gives
    # there, the text before and after seen alike: one search per match, not one match per character)
    out = []
    at, size = 0, len(text)
    while at < size:
        m = r.search(text, at)
        if m is None:
            break
        start, end = m.span()
        if end > start:
            out.append((start, end))
        at = start + 1
    return out


def residue(text: str, points: frozenset[str] | None = None) -> frozenset[str] | None:
    """What ``text`` says beyond ``points`` (all its own where None): the content pairs (compose.ideas.content_pairs)
    left once those points' wordings, the filler (stance words, 全年, 各项 …) and the bodies' names are gone; None where
    it names a point beyond ``points`` in words of its own (not inside one of theirs: 安全底线 in 母婴安全底线)."""
    from . import ideas
    found = _point_res(text)
    # (every wording's span is found on the text as said, so that a short wording inside a longer one, 母婴安全 in
    # 母婴安全底线, does not leave the rest behind)
    gone = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for key, r in found.items():
        if points is None or key in points:
            for a, b in _spans(r, text):
                gone[a:b] = [True] * (b - a)
                spans.append((a, b))
    # (another point's wording is its own unless a wording of theirs holds it: 安全底线 in 母婴安全底线 is theirs)
    for key, r in found.items():
        if points is not None and key not in points and any(
                not any(a <= x and y <= b for a, b in spans) for x, y in _spans(r, text)):
            return None
    text = "".join("|" if g else ch for ch, g in zip(text, gone, strict=True))
    return ideas.content_pairs(_BODIES.sub("|", _FILLER.sub("|", text)))


def adds_nothing(clause: str, other: str) -> bool:
    """Whether ``clause`` says a point ``other`` says and nothing ``other`` does not: the generic restatement of it.
    (A point ``other`` does not name is something more: 严格落实预检分诊和院感管理制度 under 加强医疗机构院感防控 says
    预检分诊, which the heading does not.)"""
    if points_of(clause).isdisjoint(points_of(other)):
        return False          # (most pairs share no point: answered before the clause's length and digits are read)
    from . import ideas
    if len(_han(clause)) < 4 or _DIGIT.search(clause):
        return False
    shared = _shared_points(clause, other)
    if not shared:
        return False
    mine = residue(clause, shared)
    return mine is not None and mine <= (ideas.content_pairs(other) | (residue(other) or frozenset()))


def _point_blocks(part: list[list[str]], shell: list[Block]) -> Iterator[tuple[list[str], list[tuple[int, int]]]]:
    """The blocks of a part: each heading (a part's or a subsection's) with the sentences under it up to the next one,
    as (headings, [(paragraph, index)])."""
    heads: list[str] = []
    run: list[tuple[int, int]] = []
    for j, (para, block) in enumerate(zip(part, shell, strict=True)):
        if isinstance(block, Heading) and block.level <= 2:
            if run or heads:
                yield heads, run
            heads, run = [block.text], []
        run.extend((j, k) for k in range(len(para)))
    if run or heads:
        yield heads, run


def point_again(clause: str, k: int, texts: Sequence[str], heads: Sequence[str], earlier_stays: bool = True) -> bool:
    """Whether ``clause`` (of ``texts[k]``) restates a point of its block: a heading above it or another sentence of
    the block says the point and all ``clause`` says beyond it.  Of two sentences each restating the other, the
    earlier stays (unless not ``earlier_stays``: the later could not lose it)."""
    if not points_of(clause):
        return False          # (a clause naming no point restates none: adds_nothing says no to every line)
    if any(adds_nothing(clause, h) for h in heads):
        return True
    for n, other in enumerate(texts):
        if n == k or not other or not adds_nothing(clause, other):
            continue
        if n < k or _ORDINAL.match(other):
            return True
        # (a later sentence that says no more than this one: it goes, not this)
        if not earlier_stays or not any(adds_nothing(c, texts[k]) for c in re.split(r"[，；]", other[:-1])):
            return True
    return False


def points_said(parts: list[list[list[str]]], shells: list[list[Block]]) -> Iterator[tuple[int, int, int, str]]:
    """Each clause of a sentence that restates a point of its block (point_again): (part, paragraph, index, clause).
    Item heads (一是…) and sentences pointing ahead are not asked, nor sentences with a figure."""
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        for heads, run in _point_blocks(part, shell):
            texts = [part[j][k] for j, k in run]
            for n, (j, k) in enumerate(run):
                s = texts[n]
                if _ORDINAL.match(s) or _POINTS_AHEAD.search(s) or _DIGIT.search(s):
                    continue
                for c in re.split(r"[，；]", s[:-1]):
                    # (a topic or setting the rest is said of is not a saying: 对高危孕产妇，…; 全面两孩政策实施后，…)
                    if not _TOPIC.match(c) and not c.endswith(("后", "时", "中")) and point_again(c, n, texts, heads):
                        yield i, j, k, c


# What a clause left alone says when it is no measure: an aim (提高…能力), or the setting the duty was said in.
_AIM = re.compile(r"^(?:减少|减轻|降低|让|使|方便|确保|保证|促进|满足|避免|防止|为|提高|提升|增强|改善)")
_SETTING_END = re.compile(r"(?:难题|问题|事项|事|后|时)$")
# A duty's subject and modal (县妇幼保健院要…, 人社部门要…).
_SUBJECT = re.compile(r"^([^，；、]{2,16}?)(?:要|必须)")
# A clause that says what the clause before it needs or hinges on (前提是…, 关键是…, 重点是…).
# (and 重点在, 难点在…: ci211's b13 kept 重点在孕产妇和新生儿的救治，… once 保障母婴安全， had gone as said before)
_POINTS_BACK = re.compile(r"^(?:前提是|关键是|关键在|重点是|重点在|核心是|核心在|根本是|根本在|目的是|难点是|难点在|基础是|基础在|"
                          r"这是|这就|也就是)")


# A sentence whose restating clauses leave less than this share of it, and that only as its lead-in (要把工作重点放在
# 基层，…: a stance, where 要坚持公立医院公益性，完善补偿机制 ends on a measure of its own), says nothing of its own: it goes,
# or is swapped, whole.
RESTATED_REST = 0.35
# How many of the pools' next measures a repeated clause's place is offered before it stays as it is.
CLAUSE_SWAP_TRIES = 3
CLAUSE_SWAP_SENTENCE = 80
# A measure that cannot run on as a clause of another's sentence: it names its own doer or topic (县医院要…, 保障母婴安全
# 要…), points back (这项…), or is a topic or a setting the rest is said of; nor one that makes the sentence longer than
# a listener follows.
_OWN_DOER = re.compile(r"^[^，；、]{2,16}?(?:要|必须|应当)")
_CLAUSE_LEAD = re.compile(r"^(?:今年|同时|还|也)?(?:要|必须)")


def _as_clause(measure: str) -> str | None:
    """A measure (one sentence) said as a clause of another duty's sentence: less its end mark and its own modal
    (要加强院感防控。 → 加强院感防控); None where it names its own doer, points back, or is a topic or a setting."""
    body = measure.rstrip("。！")
    if not body or re.search(r"[。！？；：]", body) or _POINTS_AHEAD.search(body):
        return None
    body = _CLAUSE_LEAD.sub("", body)
    first = re.split(r"[，；]", body)[0]
    if _OWN_DOER.match(first) or _TOPIC.match(first) or _SETTING_END.search(first) \
            or re.match(r"^(?:这|此|其|该|上述|以上)", first):
        return None
    return body


def with_clause(sentence: str, clause: str) -> str:
    """``sentence`` with ``clause`` said among its duties: before the aims and purposes it ends on (…，提高服务质量),
    else last."""
    pieces = _pieces(sentence)
    bare = [p.rstrip("，；") for p in pieces]
    n = len(pieces)
    while n > 1 and (_AIM.match(bare[n - 1]) or _PURPOSE.match(bare[n - 1])):
        n -= 1
    head = "".join(pieces[:n])
    if n < len(pieces):
        return head + clause + "，" + "".join(pieces[n:]) + sentence[-1]
    return head + "，" + clause + sentence[-1]


def clause_swapped(i: int, cut: str, out: str, para: list[str], heading: str, said: Sequence[str],
                   clause_swap: Callable[[int, str, list[str], str], str | None] | None,
                   fresh: Callable[[str], bool] | None = None) -> str | None:
    """``cut`` (a sentence less its clauses ``out``, which restate what its block says) with an unsaid measure on the
    block's subject said where they stood, the length held: the first of the pools' next CLAUSE_SWAP_TRIES measures
    (``clause_swap``) that runs on as a clause and has no clause restating a point a line of ``said`` (its block, its
    headings) makes (adds_nothing), nor, where ``fresh`` is given, anything it refuses (again.runs_once: a run said
    elsewhere in the speech, which the pass would cut next and leave the measure's purpose clause on the sentence it
    joined: fresh35's q1 read 加强信息平台的安全防护，使群众在家门口享受上级医院的诊疗服务); None where none does."""
    if clause_swap is None or not cut:
        return None
    for _ in range(CLAUSE_SWAP_TRIES):
        measure = clause_swap(i, out, para, heading)
        if not measure:
            return None
        clause = _as_clause(measure)
        if clause is None or (fresh is not None and not fresh(clause)) \
                or any(adds_nothing(c, x) for c in re.split(r"[，；]", clause) for x in said if x):
            continue
        said_now = with_clause(cut, clause)
        if len(said_now) <= max(CLAUSE_SWAP_SENTENCE, len(cut) + len(out)):
            return said_now
    return None


def _restated_out(i: int, para: list[str], k: int, gone: Callable[[str], bool], near: Sequence[str], heading: str,
                  keep: Sequence[str], take: Callable[[str], bool] | None,
                  may_go: Callable[[list[str], int], bool] | None,
                  swap: Callable[[int, str, list[str], str], str | None] | None,
                  clause_swap: Callable[[int, str, list[str], str], str | None] | None = None) -> bool:
    """Sentence ``k`` of ``para`` loses its clauses for which ``gone`` holds where the rest stands and says more than a
    purpose; it goes whole (left "" in place, True) where all it says is those clauses, ``may_go`` lets its paragraph
    spare it and the floor (``take``) allows, else ``swap`` may give an unsaid measure in its place; a clause the floor
    keeps is said instead by ``clause_swap``'s measure (clause_swapped).  ``near`` are the lines it is weighed against
    (a body they name may go with the clause).  Never the brief's words."""
    s = para[k]
    clauses = [c for c in re.split(r"[，；]", s[:-1]) if c]
    hit = [gone(c) for c in clauses]
    if not any(hit):
        return False
    rest = [c for c, h in zip(clauses, hit, strict=True) if not h]
    purpose = all(_PURPOSE.match(c) or c.startswith("为") for c in rest)
    cut = None if purpose else cut_pieces(s, gone)
    if cut and _POINTS_BACK.match(cut):
        # (a rest that says what the cut clause's point needs leans on it: 坚持公立医院公益性，前提是政府办医责任落到实处)
        return False
    subject = _SUBJECT.match(clauses[0])
    if cut and hit[0] and subject and _BODIES.search(subject.group(1)) and not _BODIES.search(cut):
        # (the body a cut first clause gave the duty to goes on to the rest: 人社部门要完善人才评价和激励机制，在职称评聘
        # 上向基层倾斜 → 人社部门要在职称评聘上向基层倾斜)
        cut = subject.group(0) + cut.removeprefix("要")
    if cut:
        # (nor the clause naming who does the duty where the rest names nobody, unless the heading or the line it
        # restates names that body: 加强医疗机构感染防控 under 加强医疗机构院感防控)
        named = [m.group() for m in _BODIES.finditer(s)]
        if named and not _BODIES.search(cut) and not all(any(b in t for t in near) for b in named):
            return False
        # (within the floor, as a whole sentence: these clauses are long, and a held brief at its floor keeps them;
        # there an unsaid measure on the block's subject stands in the clause's place, the rest kept)
        if take is not None and not take(s[:len(s) - len(cut)]):
            instead = clause_swapped(i, cut, "，".join(c for c, h in zip(clauses, hit, strict=True) if h) + "。",
                                     para, heading, [*near, s], clause_swap)
            if instead:
                para[k] = instead
            return False
        para[k] = cut
        return False
    # (a sentence goes whole where what its restatement leaves is a purpose, an aim, a topic or a setting, none a
    # measure: 涉及几个部门的难题，[牵头单位要及时提请协调，不能久拖不决]; [推进多学科联合诊疗，]提高疑难复杂疾病的诊疗能力)
    # (… or where what it leaves is a short stance beside a long restatement: [要把工作重点放在基层]，推进基层医疗卫生
    # 机构标准化建设，提升基层首诊能力 under 三是…推进基层医疗卫生机构标准化建设…; rep27's b04, b19, b26)
    if cut is None and rest and not purpose and not all(_AIM.match(c) or _TOPIC.match(c) or _SETTING_END.search(c)
                                                        for c in rest) \
            and (sum(len(c) for c in rest) > RESTATED_REST * len(s) or any(_POINTS_BACK.match(c) for c in rest)
                 or hit.index(True) < len(hit) - 1 - hit[::-1].index(False)):
        return False
    if _keeps(s, keep):
        return False
    live = [x for x in para if x]
    if may_go is not None and may_go(live, sum(1 for x in para[:k] if x)) and (take is None or take(s)):
        para[k] = ""
        return True
    if swap is not None:
        instead = swap(i, s, para, heading)
        if instead:
            para[k] = instead
    return False


def points_once(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str],
                take: Callable[[str], bool] | None = None, may_go: Callable[[list[str], int], bool] | None = None,
                swap: Callable[[int, str, list[str], str], str | None] | None = None,
                clause_swap: Callable[[int, str, list[str], str], str | None] | None = None) -> None:
    """A clause that restates a point of its block (points_said: the generic second way of saying a concrete line)
    goes where the rest of its sentence stands and says more than a purpose; a sentence that is all such clauses goes
    where ``may_go`` lets its paragraph spare it and the floor (``take``) allows, else ``swap`` may give an unsaid
    measure in its place.  Where the floor keeps a clause, ``clause_swap`` gives an unsaid measure said in its place
    (the length holds, the repeat goes).  Never a figure, the brief's words or the clause naming who does the duty."""
    # (a second sweep lets the earlier of two lines go where the later, the one a first sweep asks, could not lose the
    # point: 母婴安全是妇幼健康工作的底线 before …是母婴安全的最后一道关，救治中心要随叫随到, whose rest leans on it)
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        for (heads, run), earlier_stays in [(b, stays) for b in _point_blocks(part, shell) for stays in (True, False)]:
            gone_at: set[tuple[int, int]] = set()
            for n, (j, k) in enumerate(run):
                s = part[j][k]
                if not s or _ORDINAL.match(s) or _POINTS_AHEAD.search(s) or _DIGIT.search(s):
                    continue
                texts = [part[a][b] if (a, b) not in gone_at else "" for a, b in run]

                def gone(clause: str, n: int = n, texts: list[str] = texts, heads: list[str] = heads,
                         earlier_stays: bool = earlier_stays) -> bool:
                    return not _keeps(clause, keep) and point_again(clause, n, texts, heads, earlier_stays)

                if _restated_out(i, part[j], k, gone, [*heads, *texts[:n], *texts[n + 1:]], heads[0] if heads else "",
                                 keep, take, may_go, swap, clause_swap):
                    gone_at.add((j, k))
        for para in part:
            para[:] = [s for s in para if s]


# The points a speech says once wherever they fall (the frame's: 任务繁重 in the situation and again in the closing,
# 紧迫感, 对照目标 in the tasks and again in the safeguards, who settles what several bodies share).
SPEECH_ONCE = frozenset({"任务繁重", "紧迫感", "对标进度", "协调"})
# The parts whose lines are measures and duties: a point said there is not said again generically in another of them.
_DOING = frozenset({"tasks", "safeguards"})


def points_across(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str]
                  ) -> Iterator[tuple[int, int, int, str]]:
    """Each clause restating, in nothing more, a point a concrete line of an earlier block said (a line saying more
    than the point itself): between the blocks of the tasks and the safeguards, and for SPEECH_ONCE's points anywhere
    after the opening and the review.  (part, paragraph, index, clause); item heads and figures are not asked."""
    seen: list[tuple[int, str, bool]] = []
    block = 0
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        role = roles[i] if i < len(roles) else ""
        if role in ("opening", "review"):
            continue
        for _, run in _point_blocks(part, shell):
            block += 1
            for j, k in run:
                s = part[j][k]
                if not s:
                    continue
                if not _ORDINAL.match(s) and not _DIGIT.search(s) and not _POINTS_AHEAD.search(s):
                    for c in re.split(r"[，；]", s[:-1]):
                        if not points_of(c):
                            continue      # (no point named, none restated: adds_nothing says no to every line)
                        for b, o, doing in seen:
                            if b == block or not adds_nothing(c, o):
                                continue
                            shared = _shared_points(c, o)
                            if not residue(o, shared) or not ((doing and role in _DOING) or shared & SPEECH_ONCE):
                                continue
                            yield i, j, k, c
                            break
                seen.append((block, s, role in _DOING))


def points_across_once(parts: list[list[list[str]]], shells: list[list[Block]], roles: Sequence[str],
                       keep: Sequence[str], take: Callable[[str], bool] | None = None,
                       may_go: Callable[[list[str], int], bool] | None = None) -> None:
    """A clause of points_across goes where the rest of its sentence stands, the sentence where it is all such clauses,
    its paragraph can spare it and the floor allows (in place).  Never a figure or the brief's words."""
    hits: dict[tuple[int, int, int], set[str]] = {}
    for i, j, k, c in points_across(parts, shells, roles):
        hits.setdefault((i, j, k), set()).add(c)
    for (i, j, k), said in sorted(hits.items(), reverse=True):
        para = parts[i][j]
        if k >= len(para):
            continue

        def gone(clause: str, said: set[str] = said) -> bool:
            return clause in said and not _keeps(clause, keep)

        if _restated_out(i, para, k, gone, [], "", keep, take, may_go, None):
            para.pop(k)
