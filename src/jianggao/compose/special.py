"""A special meeting on one subject sets out its tasks as subsections of their own.

A 专项工作会议 is about one thing (爱国卫生, 医改, 疾控): a subsection headed with that thing (（一）扎实推进爱国卫生工作)
holding the brief's items as 一是…五是, beside facets headed as its peers, breaks the hierarchy, and a lone （一） with
no （二） says the meeting's subject a second time (the twenty-third reading, the 2023 爱国卫生 and 2013 医改 meetings).
Real speeches of the kind number the tasks themselves: （一）开展城乡环境卫生整治。…（二）推进健康城市建设。…

``items_as_subsections`` runs on the finished blocks, before they are numbered (core.compose): the subject's own
subsection gives way to its numbered items, each now a subsection with its measures run on after its heading; what
the subsection said before its first item (a problem answered, the year's target) goes with the item it speaks of,
the first where none; the facets follow, as many as keep the part to ``MOST`` subsections.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..model import levels
from ..model.speech import Block, Heading, Paragraph
from .numbers import chinese_count, ordinal_item

# subsections of a special meeting's task part, items and facets together
MOST = 6

_ORDINALS = "一二三四五六七八九十"
# an item opens a paragraph or follows a full stop (一是… after 要重点抓好四件事。), its heading clause ending at the
# first comma or full stop; an enumeration inside a sentence (三个到位：一是…；二是…) is not an item
_ITEM = re.compile(rf"(?:^|(?<=[。！]))([{_ORDINALS}]+)是(?=[^，。；：]{{2,40}}[，。])")


# a sentence announcing the items that follow (重点抓好三件事。 今年要着力抓好以下几项工作。)
_ANNOUNCE = re.compile(r"[^。！]*(?:抓好|做好|抓)(?:以下)?[一二三四五六七八九十两几]+(?:件事|个方面|项工作|项任务)[^。！]*。")


def _items(text: str) -> list[tuple[int, str]]:
    """(start, ordinal) of each 一是/二是… opening a clause of ``text``."""
    return [(m.start(), m.group(1)) for m in _ITEM.finditer(text)]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if "\u4e00" <= text[i] <= "\u9fff"}


def _subsections(blocks: Sequence[Block], first: int, end: int) -> list[int]:
    """Indexes of the second-level headings between ``first`` and ``end``."""
    return [i for i in range(first + 1, end) if isinstance(b := blocks[i], Heading) and b.level == 2]


def _body(block: Block) -> str:
    return block.body if isinstance(block, Heading) else block.text


def _subject_part(blocks: Sequence[Block]) -> tuple[int, int, int] | None:
    """(first, end, subject) for the part whose first subsection holds numbered items: its first and past-last
    block indexes and the index of that subsection's heading; None where no part is so made."""
    tops = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1] + [len(blocks)]
    for first, end in itertools.pairwise(tops):
        subs = _subsections(blocks, first, end)
        if not subs:
            continue
        stop = subs[1] if len(subs) > 1 else end
        texts = [_body(blocks[subs[0]]), *(b.text for b in blocks[subs[0] + 1:stop] if isinstance(b, Paragraph))]
        said = [o for t in texts for _, o in _items(t)]
        if len(said) >= 2 and said[:2] == ["一", "二"]:
            return first, end, subs[0]
    return None


def items_as_subsections(blocks: list[Block], kind: str, areas: int, brief_items: Sequence[str] = ()) -> list[Block]:
    """``blocks`` with a one-subject special meeting's numbered items raised to subsections (see the module), the
    brief's own items first and in the brief's order (the secretary's priority: 做好常态化疫情防控 first in a 2022 疾控
    meeting, the twenty-sixth reading), then the standing ones as they were."""
    if kind != "special_topic" or areas != 1:
        return blocks
    found = _subject_part(blocks)
    if found is None:
        return blocks
    first, end, head = found
    subs = _subsections(blocks, head, end)
    stop = subs[0] if subs else end
    # the subsection's text as paragraphs, each numbered item starting one of its own
    pieces: list[str] = []
    for text in [_body(blocks[head]), *(b.text for b in blocks[head + 1:stop] if isinstance(b, Paragraph))]:
        cuts = [s for s, _ in _items(text)]
        bounds = [0, *(c for c in cuts if c > 0), len(text)]
        pieces += [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    before: list[str] = []
    items: list[list[str]] = []       # [heading clause, measures, further paragraphs…]
    for piece in pieces:
        m = _ITEM.match(piece)
        if m:
            tail = piece[m.end():]
            stop = min(i for i in (tail.find("，"), tail.find("。"), len(tail)) if i >= 0)
            # brief items the template said as one item (一是做好结核病…防控，加强免疫规划管理。) head it together: the
            # second was left the first measure, a bare line under the first's heading (fresh38's u4)
            whole = tail[:tail.find("。")] if "。" in tail else ""
            if whole and "，" in whole and all(c in brief_items for c in whole.split("，")):
                stop = len(whole)
            items.append([tail[:stop] + "。", tail[stop + 1:].strip()])
        elif items:
            items[-1].append(piece)
        else:
            before.append(piece)
    if len(items) < 2:
        return blocks
    order = {x: k for k, x in enumerate(brief_items)}
    items.sort(key=lambda it: order.get(it[0].rstrip("。").split("，")[0], len(order)))
    # the facets after, while the part keeps to MOST subsections
    facets: list[list[Block]] = []
    for k, at in enumerate(subs):
        facets.append(list(blocks[at:subs[k + 1] if k + 1 < len(subs) else end]))
    facets = facets[:max(0, MOST - len(items))]
    # where a line said before the items may go: an item ([heading, measures, …]) or a kept facet (its heading)
    homes = [(clause, " ".join(rest)) for clause, *rest in items]
    homes += [(f[0].text, _body(f[0])) if isinstance(f[0], Heading) else ("", "") for f in facets]
    lead: list[str] = []
    for piece in reversed(before):
        # the part's lead already announces the items: 重点抓好三件事 before them goes (twice announced otherwise)
        piece = _ANNOUNCE.sub("", piece)
        if not piece.strip():
            continue
        # a problem's answer opens the item or facet it speaks of (most words in common with its heading, then with
        # all it says); a line of none (the year's target for the whole subject) joins the part's lead
        # (its first clause names the problem: 针对前面讲到的乡村医生养老保障问题 is 乡村医生队伍's, though the
        # answer's measures say 基本药物 too)
        words, named = _bigrams(piece), _bigrams(re.split(r"[，。；]", piece)[0])
        best = max(range(len(homes)), key=lambda k: (len(named & _bigrams(homes[k][0])),
                                                     len(words & _bigrams(" ".join(homes[k]))), -k))
        if len(named & _bigrams(homes[best][0])) < 2 and len(words & _bigrams(" ".join(homes[best]))) < 6:
            lead.insert(0, piece)
        elif best < len(items):
            items[best][1] = piece + items[best][1]
        else:
            heading = facets[best - len(items)][0]
            assert isinstance(heading, Heading)
            facets[best - len(items)][0] = Heading(2, heading.number, heading.text, piece + heading.body)
    blocks = list(blocks)
    if lead:
        where = next((i for i in range(head - 1, first, -1) if isinstance(blocks[i], Paragraph)), None)
        if where is None:
            items[0][1] = "".join(lead) + items[0][1]
        else:
            # before the lead's last sentence, which announces the items (今年，要重点抓好以下几项工作。)
            text = _body(blocks[where])
            cut = text.rstrip("。").rfind("。") + 1
            blocks[where] = Paragraph(text[:cut] + "".join(lead) + text[cut:])
    raised: list[Block] = []
    for clause, measures, *more in items:
        if not measures and more:
            measures, more = more[0], more[1:]
        raised.append(Heading(2, "", clause, measures))
        raised += [Paragraph(p) for p in more]
    kept = [b for facet in facets for b in facet]
    return [*blocks[:head], *raised, *kept, *blocks[end:]]


def no_empty_items(blocks: list[Block], keep: Sequence[str] = ()) -> list[Block]:
    """``blocks`` without a numbered item that says nothing after its heading clause (一是加强病媒生物防制。 alone, its
    lines out of the speaker's remit or time: the twenty-third reading's town), the items after it renumbered.  A
    brief item (``keep``) stays numbered, empty as it is: gone, the secretary's priority went missing, and said as one
    line inside a neighbour's item it read as that item's afterthought (reading 47's r5, 推行按疾病诊断相关分组付费改革)."""
    out = list(blocks)
    tops = [i for i, b in enumerate(out) if isinstance(b, Heading) and b.level <= 2] + [len(out)]
    for start, end in itertools.pairwise(tops):
        span = range(start, end)
        # the texts of the subsection, as (block index, text): a heading's run-on body, then its paragraphs
        texts = [(i, _body(out[i])) for i in span]
        empty = [i for i, t in texts
                 if (m := _ITEM.match(t)) and t.endswith("。") and t.count("。") == 1 and not t[m.end():].count("，")
                 and not any(k and (k in t or t[m.end():].rstrip("。") in k) for k in keep)]
        # (… and the items renumbered wherever their ordinals skip: a subsection read 一是、二是、四是、五是 once its 三是
        # had gone to the subsection whose subject it is — reading 44's r2, on main too)
        # (only where each item opens its own block: one run on inside a paragraph is not renumbered here)
        said = [m.group(1) for _, t in texts if (m := _ITEM.match(t))]
        run_on = [m.group(1) for _, t in texts for m in _ITEM.finditer(t)]
        if not empty and (len(said) < 2 or run_on != said or said == [chinese_count(k) for k in range(1, len(said) + 1)]):
            continue
        left = sum(1 for i, t in texts if i not in empty and _ITEM.match(t))
        n = 0
        for i, text in texts:
            if i in empty:
                text = ""
            elif _ITEM.match(text):
                n += 1
                # one item left is no list: its 一是 goes (要 opens it)
                text = ("要" if left == 1 else ordinal_item(n)) + text[text.index("是") + 1:]
            else:
                continue
            block = out[i]
            out[i] = Heading(block.level, block.number, block.text, text) if isinstance(block, Heading) else Paragraph(text)
    return [b for b in out if not (isinstance(b, Paragraph) and not b.text)]


# The field of a special meeting: the subjects (serve.SUBJECTS) its standing items and facets may come from.  A meeting
# on one subject says that subject's work and no other's: a 2020-12 疾控/冬春季 meeting gave a third of its text to 院前
# 急救, 精神卫生, 癌症早诊早治 and 职业病, a 2013 爱国卫生 meeting half its tasks to 基本公卫, 免疫规划 and 应急装备 (the
# thirty-fifth reading).  The meeting's name says its field first (…疾病预防控制暨冬春季疫情防控工作会议), the brief's main
# topic where the name says none; a section that would need another field's lines is shorter instead.
# (cue in the meeting's name, main topics, subjects)
_FIELDS: tuple[tuple[re.Pattern[str], frozenset[str], frozenset[str]], ...] = tuple(
    (re.compile(cue), frozenset(keys.split()), frozenset(subjects.split())) for cue, keys, subjects in (
        # a season's or an epidemic's meeting: infectious disease and the response to it, nothing of 慢病
        (r"冬春季|夏秋季|秋冬季|疫情|传染病|防疫|流感|登革热|手足口|禽流感|H7N9|接种|免疫规划", "",
         "疾控 传染病 应急"),
        (r"爱国卫生|卫生城市|卫生县城|卫生乡镇|卫生镇|病媒|除四害|环境卫生|健康城市|健康村镇|改厕",
         "patriotic_health", "爱国卫生 健康教育"),
        (r"疾病预防控制|疾控", "disease_control public_health", "疾控 传染病 应急 慢性病 健康教育 精神卫生"),
        (r"医改|医药卫生体制|医疗保障|医共体|医联体|分级诊疗|公立医院", "medical_reform",
         "公立医院 医联体 签约服务 医保支付 药品供应"),
        (r"健康促进|健康教育|控烟|健康素养", "health_promotion", "健康教育 爱国卫生"),
        (r"应急", "emergency", "应急 疾控 传染病"),
        (r"妇幼|母婴|妇女儿童", "maternal_child", "妇幼 儿童"),
        (r"老龄|医养|老年", "elderly_health", "老龄"),
        (r"中医", "tcm", "中医药"),
        (r"基层卫生|乡村医生|村医|家庭医生", "primary_care", "建设 村医 签约服务 人才 慢性病 药品供应"),
        (r"人口|计划生育|计生|托育", "population_family", "生育 计生家庭 儿童"),
        (r"人才", "workforce", "人才 村医"),
        (r"监督|执法|综合监管", "regulation", "监督 医疗服务"),
        (r"医疗质量|医疗服务|平安医院", "medical_services", "医疗服务 公立医院"),
        (r"党建|党风廉政|廉政|行风|作风", "party_building", "党建"),
    ))

# Standing items no special meeting's field holds, whatever its subjects: 院前急救 is the hospitals' (a 疾控 meeting's
# 应急 is the epidemic's), a 重大活动 保障 no meeting on a disease deploys.
OFF_FIELD_HEADS = frozenset({"加强院前急救", "做好重大活动卫生应急保障"})
# Subjects any field may hold: how its work is steered (台账, 督导, 宣传), said by no subject of its own.
_STEERING = frozenset({"", "推进"})


# A meeting on vaccination alone (…免疫规划暨预防接种规范化管理工作会议) deploys vaccination, a 传染病 subject, and not the
# rest of 疾控 its season's cue would bring: fresh64's x5 went on to （五）织密传染病监测网络 and （六）加强疾控能力建设 (read70).
_VACCINATION = re.compile(r"免疫规划|预防接种|疫苗接种|接种")
_VACCINATION_FIELD = frozenset({"传染病"})


def meeting_field(kind: str, meeting: str, main_topic: str) -> frozenset[str]:
    """The subjects a ``kind`` special meeting named ``meeting`` on ``main_topic`` deploys (see _FIELDS); empty (no
    limit) for the other kinds and a meeting whose name and topic say no field."""
    if kind != "special_topic":
        return frozenset()
    # (the department's name is no field's cue: 卫生计生系统党风廉政建设工作会议 is 党建's, not 计生's)
    named = levels.DEPARTMENT_STEMS.sub("", meeting)
    found = [subjects for cue, _, subjects in _FIELDS if cue.search(named)]
    if _VACCINATION.search(named) and not any(cue.search(_VACCINATION.sub("", named)) for cue, _, _ in _FIELDS):
        return _VACCINATION_FIELD
    if found:
        # an 爱国卫生 meeting joined to a disease's (…爱国卫生运动暨蚊媒传染病防控工作会议) holds the campaign and the
        # disease, not the whole of 疾控 (疾控体系改革 and 实验室 at the thirty-sixth reading's mosquito meeting)
        if len(found) > 1 and _FIELDS[1][2] in found and found[0] == _FIELDS[0][2]:
            return _FIELDS[1][2] | {"传染病"}
        return found[0]
    for _, keys, subjects in _FIELDS:
        if main_topic in keys:
            return subjects
    return frozenset()


def in_field(text: str, field: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether a standing item or facet headed or worded ``text`` is on the meeting's ``field`` (any, where none)."""
    if not field:
        return True
    from .serve import heading_subject

    # (a standing item's plain heading by the subject it is worded for: 提升临床服务能力 and 提升疾病防控能力 name no
    # subject word, and were said at fresh49's g3, a 妇幼 meeting, under its 医疗服务 and 公共卫生 areas)
    return text not in OFF_FIELD_HEADS and heading_subject(text) in (*field, *_STEERING)


def held_by_area(facet: str, areas: Sequence[str], main_topic: str) -> bool:
    """Whether a special meeting's facet headed ``facet`` is on the subject of one of the brief's other task ``areas``
    (topic keys, the meeting's ``main_topic`` aside): sec49's g4, an 爱国卫生 meeting with a 健康促进 area of its own
    that was given （五）大力普及健康知识 beside its （二）普及健康知识和健康生活方式, two subsections on one subject."""
    from .serve import subject_homes, subject_of

    subject = subject_of(facet)
    if not subject:
        return False
    return bool(subject_homes(subject) & (set(areas) - {main_topic}))
