"""The outline of each draft (issue 13, class STRUCT: the forty-first reading's 39 of 145 defects), by hand:

    python bench/bench_outline.py [--briefs DIR_OR_FILE ...] [--seeds 1 2] [--show]

Renders each brief (in-process, through compose) and counts, in the part that deploys the tasks (the part with the
most subsections' text, safeguards aside):
- ``twice``: one subject in two places: two item or subsection headings of the tasks (一是…, （一）…) on one subject
  (compose.subject.same_subject: 提升基层服务能力 / 夯实基层卫生服务网底; 健全传染病监测预警体系 / 抓好传染病防控), a
  section and an item of another section counted too; two items of one section by what they say beyond its subject;
- ``undelivered``: items whose body names none of their heading's content words and does not deliver it by
  compose.delivery's table (二是加强产科儿科服务能力 over 助产人员 alone);
- ``echo``: sub-items that say nothing beyond their own section's subject (（七）筑牢卫生健康人才支撑 … 三是加强卫生人才队伍
  建设), and
  ``restate``: items whose body opens by restating the heading (all but two of its characters in the first sentence);
- ``single``: one-sentence paragraphs after the review part, not the first of their part nor a lead-in (这里强调几点;
  a heading with one sentence is not counted), and ``lead``: unnumbered paragraphs between a subsection's heading and
  its 一是 when it has items;
- ``sections`` against the brief's priorities: over six task sections, or over the priorities + 2 where the brief
  names three or more;
- ``across``: a sentence of one task section that says a sentence of an earlier section again (compose.samepoint.same
  each way, no words set aside: reading 43's 检查检验结果互认 under 医疗服务 and again under 信息化, 村医补助 in 一 and 三);
- ``stray``: an item or a section's lead whose sentences (two or more) mostly name none of its heading's subject words
  and are on another subject (compose.offsubject.off_subject, or SUBJECT_LEAST of another heading's subject): reading
  43's 做好夏季传染病防控 over 艾滋病、结核病, 强化人才队伍建设 over 业务用房;
- ``places``: a narrow subject (compose.homes.subjects: the idea table's narrow ideas) said in three or more units of
  the tasks part (an item with the unnumbered paragraphs after it, or a section's lead): reading 44's 产科、儿科 in five
  places, 下派医生 in three, 核酸检测 in three items running;
- ``adjacent``: two neighbouring sentences of a paragraph (item heads aside) on one business: one narrow subject shared
  beyond their heading's and one's subjects all the other's, or samepoint.same either way, or a summary closed by 等 whose
  subjects the lines before it said (医疗广告 in two sentences running; 抓好结核病、艾滋病…等重大传染病防治 after the TB
  and HIV lines); the whole speech;
- ``frames``: a frame or slogan of compose.homes.FRAMES said in two or more sentences of the speech, or the plenum
  named in full twice (收官 three times, 预防为主 twice, 部门一家 twice);
- compose.echoes' cases (reading 45's REP, 26 of 100 defects; ``echo_counts``): ``heads``, a clause that says again the
  part's or subsection's heading it stands under or the item heading right after it (…保障母婴安全。三是保障母婴安全);
  ``tails``, two headings running whose last clauses end on one phrase (…发展的信心 / …发展的使命担当); ``remedies``, the
  lagging-work remedy (分析原因、拿出措施) said after its first time; ``dense``, a run of five or more characters said
  three times in one item or lead (noisy: 卫生健康工作 counts; read it as a trend); ``adverbs``, an adverb of pace after
  another, or one adverb again, in running clauses (有序推进…逐步实行); ``represent``, 我代表… said after its first time; ``idea``, a clause
  that says again what one of the two sentences before it in its item said (reading 46: 推广针灸、推拿、拔罐等… /
  大力开展针灸、推拿等…; 及时掌握出生人口变化 / 根据出生人口变化), its content words (bodies and heading words aside)
  IDEA_HELD held by the earlier one: the real speeches' paragraphs, read the same way, show 0.33 a
  1,000 characters; ``points`` (reading 47), a clause that says a point of the meaning table (echoes.POINTS and
  compose.ideas' narrow ideas) that another sentence or the heading of its block says, and nothing that line does not
  (echoes.points_said: 推动医疗卫生机构与养老机构签约合作 after …与养老机构签约合作，有条件的开设康复护理床位; 引导医院回归
  公益性 after 坚持公立医院公益性); ``--corpus DIR`` counts it in the real speeches' paragraphs (each paragraph a block);
- ``thin``: a brief priority item (pledges and addresses aside) whose item or subsection holds fewer than three
  sentences beyond its heading, or heads none (reading 45: r2's 胸痛、卒中中心 one sentence, r6's 健康社区 one
  tacked-on line);
- ``standing``: an unrequested task section (as ``balance``'s, no brief item heading it or its items) longer than
  the longest brief priority's item or subsection (r2's 医养结合, four paragraphs beside 胸痛、卒中中心's one line);
- ``offhead``: an item's sentence naming none of its heading's work (compose.subject.work_words: the words naming
  a body, 疾控机构's 疾控, 乡镇卫生院, left out) and at least SUBJECT_LEAST, and SIBLING_WORK_SHARE, of a sibling
  item's beyond what the siblings and their section share (r1's 出生缺陷 item on training, r2's 孤独症 line in
  传染病监测预警), its heading not delivered by it;
- ``excess``: task blocks beyond the brief's priorities, one a block (reading 46: r1's seven for four, r2's ten for
  four), and ``overlong``: a standing block (no priority's area, no brief item heading it or its items) longer than the
  shortest of the brief's own blocks (r2's 妇幼 ~1,000 characters beside 托育 and 安全生产 ~600 together);
- ``balance``: an unrequested task section (none of its headings in a brief priority's area) longer than the shortest
  section holding a brief priority (reading 43: 健康扶贫 ≈260 characters beside three unrequested blocks of ≈1,000).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose import homes, samepoint
from jianggao.compose.core import compose
from jianggao.compose.delivery import delivers
from jianggao.compose.offsubject import alien, off_subject
from jianggao.compose.placement import SIBLING_WORK_SHARE, WRAP_UP
from jianggao.compose.subject import SUBJECT_LEAST, area_forms, same_subject, subject_words, work_held, work_words
from jianggao.model.brief import Brief
from jianggao.model.speech import Block, Heading, Paragraph
from jianggao.model.text import longest_run
from jianggao.model.topics import classify
from jianggao.render import load_resources
from jianggao.writers.text import render_text

HERE = Path(__file__).resolve().parent

_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）([^。！？]{2,40})[。！？]?")
_ITEM = re.compile(r"(?:^|(?<=[。！？]))([一二三四五六七八九十]是)([^。！？，]{2,30})[。！？]")
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_SAFEGUARDS = re.compile(r"保障|落实|措施|责任|组织领导")
_LEAD_IN = re.compile(r"几点|以下|如下|几个方面|几项|[：:]$")


def subject(heading: str) -> dict[str, tuple[float, frozenset[str]]]:
    return subject_words(heading)


def own_forms(section: str) -> frozenset[str]:
    """The forms of a section's own subject: its heading's and its area's (compose.subject.area_forms)."""
    areas = classify(section)
    return area_forms(areas[0] if areas else "", section)


def parts_of(text: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for para in (p.strip() for p in text.splitlines()):
        if not para:
            continue
        if _PART.match(para):
            out.append((para, []))
        elif out:
            out[-1][1].append(para)
    return out


def tasks_part(parts: list[tuple[str, list[str]]]) -> list[str]:
    """The paragraphs of the part deploying the tasks: of the parts with subsections, the longest not on safeguards."""
    best: list[str] = []
    for head, paras in parts:
        if not any(_SECTION.match(p) for p in paras):
            continue
        if _SAFEGUARDS.search(head) and not re.search(r"任务|重点", head):
            continue
        if sum(map(len, paras)) > sum(map(len, best)):
            best = paras
    return best


class Section:
    def __init__(self, heading: str) -> None:
        self.heading = heading
        self.paras: list[str] = []
        self.items: list[tuple[str, list[str]]] = []     # (heading, body sentences)
        self.leads = 0                                   # unnumbered paragraphs before its first item


def sections_of(paras: list[str]) -> list[Section]:
    out: list[Section] = []
    for para in paras:
        m = _SECTION.match(para)
        if m:
            out.append(Section(m.group(2)))
            rest = para[m.end():]
        elif not out:
            continue
        else:
            rest = para
        sec = out[-1]
        sec.paras.append(rest)
        hits = list(_ITEM.finditer(rest))
        if not hits:
            if sec.items:
                sec.items[-1][1].extend(_SENTENCE.findall(rest))
            elif not m:
                sec.leads += 1
            continue
        if not sec.items and hits[0].start() > 0 and not m:
            sec.leads += 1
        for i, h in enumerate(hits):
            end = hits[i + 1].start() if i + 1 < len(hits) else len(rest)
            sec.items.append((h.group(2), _SENTENCE.findall(rest[h.end():end])))
    for sec in out:
        if not sec.items:
            sec.leads = 0
    return out


KINDS = ("twice", "undelivered", "echo", "restate", "misplaced", "single", "lead", "sections", "across", "stray",
         "balance", "wrapup", "itemless", "apart", "stages", "places", "adjacent", "frames", "heads", "tails", "remedies",
         "dense", "adverbs", "represent", "idea", "points", "thin", "standing", "offhead", "excess", "overlong", "stub",
         "split", "offline")


def held(sentence: str, heading: str, skip: frozenset[str]) -> float:
    """The subject weight of ``heading`` (its subject words beyond ``skip``) that ``sentence`` names."""
    said = samepoint.forms(sentence)
    return sum(v for v, inner in subject_words(heading, skip).values() if inner & said)


def misplaced(secs: list[Section]) -> list[str]:
    """Item sentences on another item's subject: naming at least SUBJECT_LEAST of a sibling item's subject weight
    (beyond its section's own words), nothing of its own heading's subject words and not its delivery; or naming a
    business at home under a few headings only, its own none of them (compose.offsubject.alien: 值班 in 党风廉政)."""
    out: list[str] = []
    for i, s in enumerate(secs):
        skip = own_forms(s.heading)
        for n, (h, body) in enumerate(s.items):
            for sent in body:
                if alien(sent, h) is not None:
                    out.append(f"（{i + 1}）{h} ← {sent[:36]}")
                    continue
                if held(sent, h, frozenset()) or not subject_words(h, skip) or delivers(h, [sent]):
                    continue
                home = next((o for k, (o, _) in enumerate(s.items) if k != n and held(sent, o, skip) >= SUBJECT_LEAST),
                            None)
                if home is not None:
                    out.append(f"（{i + 1}）{h} ← {sent[:36]}（{home}）")
    return out


def across(secs: list[Section]) -> list[str]:
    """Sentences of a task section saying a sentence of an earlier section again (samepoint.same, both ways)."""
    out: list[str] = []
    said: list[tuple[int, str]] = []
    for i, s in enumerate(secs):
        mine = [x for p in s.paras for x in _SENTENCE.findall(p) if not _ITEM.match(x)]
        for sent in mine:
            hit = next((e for j, e in said if j != i and samepoint.same(sent, e) and samepoint.same(e, sent)), None)
            if hit is not None:
                out.append(f"（{i + 1}）{sent[:30]} ≈ {hit[:30]}")
        said += [(i, x) for x in mine]
    return out


def stray(secs: list[Section]) -> list[str]:
    """Items (and section leads) whose sentences mostly stray from their heading's subject."""
    out: list[str] = []
    heads = [s.heading for s in secs] + [h for s in secs for h, _ in s.items]
    for i, s in enumerate(secs):
        lead = [x for p in s.paras for x in _SENTENCE.findall(p)]
        if s.items:
            first = next((k for k, x in enumerate(lead) if _ITEM.match(x)), len(lead))
            lead = lead[:first]
        units = [(s.heading, lead, frozenset())] + [(h, b, own_forms(s.heading)) for h, b in s.items]
        for h, body, skip in units:
            if len(body) < 2 or not subject_words(h, skip):
                continue
            off = [x for x in body if not held(x, h, frozenset()) and (off_subject(x, h) or any(
                o != h and o != s.heading and held(x, o, own_forms(s.heading)) >= SUBJECT_LEAST for o in heads))]
            if 2 * len(off) > len(body):
                out.append(f"（{i + 1}）{h}: {len(off)}/{len(body)} {off[0][:30]}")
    return out


def units_of(secs: list[Section]) -> list[tuple[str, list[str]]]:
    """The tasks part's units: each section's lead (its heading with the sentences before its first item) and each
    item with its sentences (the unnumbered paragraphs after an item are its own)."""
    out: list[tuple[str, list[str]]] = []
    for i, s in enumerate(secs):
        lead = [x for p in s.paras for x in _SENTENCE.findall(p)]
        first = next((k for k, x in enumerate(lead) if _ITEM.match(x)), len(lead))
        out.append((f"（{i + 1}）", [s.heading, *lead[:first]]))
        out += [(f"（{i + 1}）{h[:8]}", [h, *body]) for h, body in s.items]
    return out


def places(secs: list[Section]) -> list[str]:
    """Narrow subjects said in three or more units of the tasks part."""
    return [f"{x}: {' '.join(where)}" for x, where in homes.place_counts(units_of(secs)).items() if len(where) >= 3]


_HEADING_PARA = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def adjacent(text: str) -> list[str]:
    """Neighbouring sentences of one paragraph on one business (see the module docstring)."""
    out: list[str] = []
    heading = ""
    for para in (p.strip() for p in text.splitlines()):
        if _PART.match(para):
            heading = ""
        m = _SECTION.match(para)
        if m:
            heading, para = m.group(2), para[m.end():]
        sents = _SENTENCE.findall(para)
        item = ""
        for k in range(1, len(sents) + 1):
            b = sents[k - 1] if k == len(sents) else sents[k]
            if k == len(sents) or _ITEM.match(sents[k - 1]):
                if _ITEM.match(sents[k - 1]):
                    item = sents[k - 1]
                continue
            a = sents[k - 1]
            if _ITEM.match(b):
                continue
            # the words of the heading and item head every sentence under them names are not a shared business
            head = homes.subjects(heading) | homes.subjects(item)
            skip = samepoint.forms(heading + item)
            x, y = homes.subjects(a), homes.subjects(b)
            one = bool(x & y - head and (x <= y or y <= x))
            summary = bool(homes._SUMMARY.match(b) and y and y <= set().union(*(homes.subjects(s) for s in sents[:k])))
            if one or summary or samepoint.same(b, a, skip) or samepoint.same(a, b, skip):
                out.append(f"{a[:24]} / {b[:24]}")
    return out


def frames(text: str) -> list[str]:
    """Frames said in two or more sentences, and the plenum named in full twice."""
    sents = _SENTENCE.findall(text.replace("！", "。"))
    out = [f"{k} ×{n}" for k, pattern in homes.FRAMES.items()
           if (n := sum(1 for s in sents if any(pattern.search(c) for c in s[:-1].split("，")))) >= 2]
    named = Counter(m for s in sents for m in set(homes._PLENUM.findall(s)))
    return out + [f"{m} ×{n}" for m, n in named.items() if n >= 2]


def blocks_of(text: str) -> tuple[list[list[list[str]]], list[list[Block]]]:
    """The speech's body as compose's finish holds it: parts (split at 一、…) of paragraphs of sentences, and beside
    them each paragraph's block (a part's or a subsection's heading, its run-in text the paragraph's sentences)."""
    parts: list[list[list[str]]] = [[]]
    shells: list[list[Block]] = [[]]
    for line in (p.strip() for p in text.split("同志们：", 1)[-1].splitlines()):
        if not line:
            continue
        if _PART.match(line):
            parts.append([[]])
            shells.append([Heading(1, line[:line.index("、") + 1], line[line.index("、") + 1:])])
            continue
        m = _SECTION.match(line)
        if m:
            shells[-1].append(Heading(2, f"（{m.group(1)}）", m.group(2)))
            parts[-1].append(_SENTENCE.findall(line[m.end():]))
            continue
        shells[-1].append(Paragraph(line))
        parts[-1].append(_SENTENCE.findall(line))
    return parts, shells


def echo_counts(text: str) -> dict[str, list[str]]:
    """compose.echoes' cases (reading 45): ``heads``, a clause saying again the part's or subsection's heading it stands
    under or the item heading right after it; ``tails``, two headings running whose last clauses share a run of six or
    more characters; ``remedies``, the lagging-work remedy said after its first time; ``dense``, a run of five or more
    characters said three times in one item or lead; ``adverbs``, an adverb of pace after another, or one adverb again,
    in running clauses; ``represent``, 我代表… said after its first time; ``idea`` (reading 46), a clause saying again
    what a sentence at most two before it in its item said (echoes.idea_again: bodies and heading words aside)."""
    from jianggao.compose import echoes
    parts, shells = blocks_of(text)
    out: dict[str, list[str]] = {k: [] for k in ("heads", "tails", "remedies", "dense", "adverbs", "represent", "idea",
                                                  "points")}
    out["points"] = [f"{c} ({parts[i][j][k][:24]})" for i, j, k, c in echoes.points_said(parts, shells)]
    for i, j, k, earlier, skip in echoes.idea_repeats(parts, shells):
        s = parts[i][j][k]
        said = [c for c in re.split(r"[，；]", s[:-1]) if not re.search(r"\d", c)
                and (any(echoes.idea_again(c, e, skip) for e in earlier[-echoes.IDEA_BACK:])
                     or any(echoes.list_again(c, e, skip) for e in earlier))]
        if said:
            out["idea"].append(f"{said[0]} ({s[:24]})")
    for i, j, k, heads, _item in echoes.heads_said_again(parts, shells):
        s = parts[i][j][k]
        said = [c for c in re.split(r"[，；]", s[:-1]) if len(c) >= 4 and not re.search(r"\d", c)
                and any(echoes.restates(h, c) for h in heads)]
        if said:
            out["heads"].append(f"{said[0]} ({s[:24]})")
    tops = [b for shell in shells for b in shell if isinstance(b, Heading) and b.level == 1]
    for run in [tops] + [[b for b in shell if isinstance(b, Heading) and b.level == 2] for shell in shells]:
        for a, b in zip(run, run[1:], strict=False):
            assert isinstance(a, Heading) and isinstance(b, Heading)
            if echoes.shared_tail(a.text, b.text):
                out["tails"].append(f"{a.text} / {b.text}")
    lines = echoes.remedy_lines(parts)
    out["remedies"] = [parts[i][j][k][:30] for i, j, k in lines[1:]]
    out["dense"] = echoes.dense_terms(parts, shells)
    out["adverbs"] = [s[:40] for part in parts for para in part for s in para if echoes.adverbs_twice(s)]
    said = [s for part in parts for para in part for s in para if "我代表" in s or "我谨代表" in s]
    out["represent"] = [s[:30] for s in said[1:]]
    return out


def balance(secs: list[Section], areas: set[str]) -> list[str]:
    """Unrequested task sections longer than the shortest section of a brief priority's area."""
    if not areas:
        return []
    size = {i: sum(len(p) for p in s.paras) for i, s in enumerate(secs)}
    asked = [i for i, s in enumerate(secs) if areas & set(classify(s.heading)[:1])]
    if not asked:
        return []
    least = min(size[i] for i in asked)
    return [f"（{i + 1}）{s.heading} {size[i]} > {least}" for i, s in enumerate(secs)
            if i not in asked and size[i] > least]


def _asked(s: Section, areas: set[str], items: list[str]) -> bool:
    """Whether a task section is the brief's: in a priority's area, or heading or holding one of its items."""
    heads = [s.heading] + [h for h, _ in s.items]
    return bool(areas & set(classify(s.heading)[:1])) or any(_heads_item(h, it) for h in heads for it in items)


def excess(secs: list[Section], priorities: int) -> list[str]:
    """Task blocks beyond the brief's priorities (reading 46: seven blocks for r1's four, ten for r2's four), one
    finding a block too many."""
    if not priorities:
        return []
    return [f"（{i + 1}）{s.heading}" for i, s in enumerate(secs) if i >= priorities]


def overlong(secs: list[Section], areas: set[str], items: list[str]) -> list[str]:
    """Standing blocks (no brief priority's area, no brief item heading it or its items) longer than the shortest
    block of the brief's own (reading 46: r2's 妇幼 ~1,000 characters beside 托育 and 安全生产 ~600 together)."""
    size = {i: sum(len(p) for p in s.paras) for i, s in enumerate(secs)}
    asked = [i for i, s in enumerate(secs) if _asked(s, areas, items)]
    if not asked:
        return []
    least = min(size[i] for i in asked)
    return [f"（{i + 1}）{s.heading} {size[i]} > {least}" for i, s in enumerate(secs)
            if i not in asked and size[i] > least]


def wrapups(secs: list[Section]) -> list[str]:
    """Block wrap-ups (compose.placement.WRAP_UP: who leads a section's tasks, how they are followed up) said inside an
    item or before the section's first item, not after its items; and 这方面 with no section heading just before."""
    out: list[str] = []
    for i, s in enumerate(secs):
        seen = False
        for p in s.paras:
            hits = list(_ITEM.finditer(p))
            # (in an item's paragraph, or before the section's first item; a paragraph of its own after them is right)
            if hits or not seen and s.items:
                out += [f"（{i + 1}）{hits[0].group(2) if hits else 'lead'} ← {x[:30]}" for x in _SENTENCE.findall(p)
                        if WRAP_UP.search(x)]
            seen = seen or bool(hits)
        out += [f"（{i + 1}）这方面: {x[:30]}" for p in s.paras for x in _SENTENCE.findall(p) if x.startswith(("这方面", "推进这方面"))]
    return out


def itemless(secs: list[Section], items: list[str], text: str) -> list[str]:
    """Brief priority items that head no numbered item and no section (reading 44's r1: 推进县域医疗卫生次中心建设 as a
    bare sentence before 一是)."""
    heads = [s.heading for s in secs] + [
        m.group(2) for line in text.splitlines() if (m := _SECTION.match(line.strip()))]
    return [it for it in items if not any(it in h or h in it or longest_run(it, h) >= max(4, len(it) - 3)
                                          for h in heads)
            and not re.search(_AS_ITEM + "[^。！？]{0,30}" + re.escape(it), text)]


def _heads_item(heading: str, item: str) -> bool:
    return item in heading or heading in item or longest_run(item, heading) >= max(4, len(item) - 3)


_ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]是")


def brief_units(secs: list[Section], items: list[str], text: str = "") -> dict[str, list[str]]:
    """Each brief item's sentences beyond its heading: from the sentence or heading that heads it (a section heading,
    一是…, 今年要重点…) to the next item, section or part; its section's (items' headings aside) where it heads a
    section; [] where nothing heads it."""
    out: dict[str, list[str]] = {it: [] for it in items}
    # the speech as a run of (kind, sentence): "part", "section" (its heading), "item" (一是… opening a sentence)
    run: list[tuple[str, str]] = []
    for para in (p.strip() for p in text.split("同志们：", 1)[-1].splitlines()):
        if not para:
            continue
        if _PART.match(para):
            run.append(("part", para))
            continue
        m = _SECTION.match(para)
        if m:
            run.append(("section", m.group(2)))
            para = para[m.end():]
        run += [("item" if _ITEM_HEAD.match(x) else "", x) for x in _SENTENCE.findall(para)]
    for it in items:
        at = next((k for k, (kind, x) in enumerate(run) if kind == "section" and _heads_item(x, it)), None)
        if at is not None:
            end = next((k for k in range(at + 1, len(run)) if run[k][0] in ("part", "section")), len(run))
            out[it] = [x for kind, x in run[at + 1:end] if kind != "item"]
            continue
        at = next((k for k, (kind, x) in enumerate(run) if not kind.startswith(("part", "section"))
                   and (kind == "item" or re.match(_AS_ITEM_ANY, x))
                   and _heads_item(re.split(r"[，。！？]", _ITEM_HEAD.sub("", x))[0], it)), None)
        if at is None:
            continue
        end = next((k for k in range(at + 1, len(run)) if run[k][0]), len(run))
        out[it] = [x for _, x in run[at + 1:end]]
    return out


# a lone item's head: 今年要重点…, 重点是…
_AS_ITEM_ANY = r"^(?:今年|下半年)?(?:的)?(?:还)?要?(?:重点|着力|集中力量)"


def thin(secs: list[Section], items: list[str], text: str) -> list[str]:
    """Brief items said in fewer than three sentences beyond their heading."""
    return [f"{it}: {len(body)}" for it, body in brief_units(secs, items, text).items() if len(body) < 3]


def standing(secs: list[Section], areas: set[str], items: list[str], text: str) -> list[str]:
    """Unrequested task sections longer than the longest brief item's unit."""
    units = brief_units(secs, items, text)
    longest = max((sum(map(len, b)) for b in units.values()), default=0)
    if not longest:
        return []
    out = []
    for i, s in enumerate(secs):
        heads = [s.heading] + [h for h, _ in s.items]
        if areas & set(classify(s.heading)[:1]) or any(_heads_item(h, it) for h in heads for it in items):
            continue
        size = sum(len(p) for p in s.paras)
        if size > longest:
            out.append(f"（{i + 1}）{s.heading} {size} > {longest}")
    return out


def offhead(secs: list[Section]) -> list[str]:
    """Item sentences naming none of their heading's work and a sibling's (see the module docstring)."""
    out: list[str] = []
    for i, s in enumerate(secs):
        if len(s.items) < 2:
            continue
        shared = frozenset.intersection(*(samepoint.forms(h) for h, _ in s.items)) | own_forms(s.heading)
        for n, (h, body) in enumerate(s.items):
            if not work_words(h, own_forms(s.heading)):
                continue
            for sent in body:
                if work_held(sent, h) or delivers(h, [sent]):
                    continue
                home = next((o for k, (o, _) in enumerate(s.items) if k != n
                             and (w := work_held(sent, o, shared)) >= SUBJECT_LEAST
                             and w >= SIBLING_WORK_SHARE * sum(v for v, _ in work_words(o, shared).values())), None)
                if home is not None:
                    out.append(f"（{i + 1}）{h} ← {sent[:36]}（{home}）")
    return out


# how an item is headed: 一是…, a lone item's 重点是…/要着力…, a subsection's 首先，要…
_AS_ITEM = r"(?:[一二三四五六七八九十]是|重点是|要着力|要重点|集中力量|首先，要|其次，要|再次，要|最后，要)"


# The things an item's sentences are about (reading 44: two 村卫生室 sentences separated by 设备 and 社区医院).
_OBJECTS = ("村卫生室", "乡镇卫生院", "社区卫生服务", "社区医院", "县医院", "县级医院", "妇幼保健", "疾控中心", "家庭医生",
            "乡村医生", "村医", "养老机构", "学校", "托幼", "重症", "急救", "设备", "信息系统", "医共体", "医联体")
# prevention → screening → treatment (reading 44: treatment before prevention before screening)
_STAGES = (re.compile(r"预防|宣传|健康教育|知识普及|一级预防"), re.compile(r"筛查|早发现|监测|检测"),
           re.compile(r"救治|治疗|转诊|诊治|康复"))


def apart(secs: list[Section]) -> list[str]:
    """Items where a sentence comes back to an object (_OBJECTS) of a sentence two or more before it, none of the
    sentences between naming it."""
    out: list[str] = []
    for i, s in enumerate(secs):
        for h, body in s.items:
            named = [{o for o in _OBJECTS if o in x} for x in body]
            for k in range(2, len(named)):
                back = [o for o in named[k] if o not in h and any(o in named[j] for j in range(k - 1))
                        and o not in named[k - 1]]
                if back:
                    out.append(f"（{i + 1}）{h}: {back[0]} {body[k][:24]}")
                    break
    return out


def stages(secs: list[Section]) -> list[str]:
    """Items whose sentences, each of one stage only (_STAGES), go back from treatment to screening or prevention."""
    out: list[str] = []
    for i, s in enumerate(secs):
        for h, body in s.items:
            seq = [n for x in body if len(ns := [n for n, r in enumerate(_STAGES) if r.search(x)]) == 1 for n in ns]
            if any(b < a for a, b in zip(seq, seq[1:], strict=False)):
                out.append(f"（{i + 1}）{h}: {seq}")
    return out


# a brief item said as a lone line (reading 47: r4's 今年还要健全村庄保洁长效机制。 under 农贸市场, r5's 今年要着力推行按
# 疾病诊断相关分组付费改革。 inside the 医共体 item): its opening, then the item, then nothing or a few words
_STUB = re.compile(r"^(?:(?:此外|同时|另外)，)?(?:今年|下半年|年内)?(?:，)?(?:还|也)?要(?:着力|重点|集中力量)?")


def stubs(secs: list[Section], items: list[str], text: str) -> list[str]:
    """Brief items heading no section and no numbered item, said instead as a lone line (_STUB + the item, at most a
    few characters more) inside another heading's text."""
    heads = [s.heading for s in secs] + [h for s in secs for h, _ in s.items] + [
        m.group(2) for line in text.splitlines() if (m := _SECTION.match(line.strip()))]
    # (sentence, whether it opens its subsection: only targets, with their figures, before it — a subsection's lone
    # item is headed so, （三）加强人口家庭工作。今年要重点落实…。, and is no stub)
    sents: list[tuple[str, bool]] = []
    opening = False
    for para in (p.strip() for p in text.split("同志们：", 1)[-1].splitlines()):
        m = _SECTION.match(para)
        if m or _PART.match(para):
            opening = True
            para = para[m.end():] if m else ""
        for x in _SENTENCE.findall(para):
            sents.append((x, opening))
            opening = opening and bool(re.search(r"\d", x))
    out: list[str] = []
    for it in items:
        if any(_heads_item(h, it) for h in heads):
            continue
        for x, opens in sents:
            m = _STUB.match(x)
            rest = x[m.end():] if m else x
            if m and m.end() and it in rest and len(rest) <= len(it) + 8 and not opens:
                out.append(f"{it}: {x[:40]}")
                break
    return out


_NOT_TASKS = re.compile(r"成绩|回顾|认识|形势|肯定|进展|总体")


def _task_units(parts: list[tuple[str, list[str]]]) -> list[tuple[int, str, str, list[str]]]:
    """(block, section heading, own heading, sentences) of every subsection's lead and numbered item outside the
    review and the understanding parts, the block counted across the speech."""
    out: list[tuple[int, str, str, list[str]]] = []
    n = 0
    for head, paras in parts:
        if _NOT_TASKS.search(head):
            continue
        for s in sections_of(paras):
            lead = [x for p in s.paras for x in _SENTENCE.findall(p)]
            first = next((k for k, x in enumerate(lead) if _ITEM.match(x)), len(lead))
            out.append((n, s.heading, s.heading, lead[:first]))
            out += [(n, s.heading, h, body) for h, body in s.items]
            n += 1
    return out


def split(parts: list[tuple[str, list[str]]]) -> list[str]:
    """Narrow subjects (compose.owned.fine_subject) said in two or more sentences in each of two or more blocks (the
    subsections of the parts after the review: reading 47's 病媒 in (一) and (三), 人才 in three, 医养 in 三(三) and
    五(四)), one finding a block beyond the first."""
    from jianggao.compose.owned import fine_subject
    per: dict[str, Counter[int]] = {}
    for n, _, _, body in _task_units(parts):
        for x in body:
            f = fine_subject(x)
            if f:
                per.setdefault(f, Counter())[n] += 1
    out: list[str] = []
    for f, where in per.items():
        blocks = sorted(b for b, k in where.items() if k >= 2)
        out += [f"{f}: blocks {blocks}"] * (len(blocks) - 1)
    return out


def offline(parts: list[tuple[str, list[str]]]) -> list[str]:
    """Lines on a narrow subject (compose.owned) that neither their heading nor their section's heading names, when
    the heading has one of its own and the line holds none of its work words (reading 47: 接种点、留观 under 登革热,
    安全生产 in the COVID paragraph, 运营管理 under 院感)."""
    from jianggao.compose.owned import fine_subject, fine_subjects
    out: list[str] = []
    for _, section, head, body in _task_units(parts):
        own = fine_subjects(head) | fine_subjects(section)
        if not own:
            continue
        for x in body:
            f = fine_subject(x)
            if f and f not in own and not (fine_subjects(x) & own) and not work_held(x, head) \
                    and not work_held(x, section):
                out.append(f"{head[:12]} ← {f}: {x[:30]}")
    return out


def measure(text: str, priorities: int, areas: set[str] | None = None,
            items: list[str] | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    parts = parts_of(text)
    secs = sections_of(tasks_part(parts))
    heads = [(i, s.heading, "section") for i, s in enumerate(secs)] + [
        (i, h, "item") for i, s in enumerate(secs) for h, _ in s.items]
    for a in range(len(heads)):
        for b in range(a + 1, len(heads)):
            (i, one, k1), (j, other, k2) = heads[a], heads[b]
            if i == j and "section" in (k1, k2):
                continue          # a section and its own item: echo's
            # (two items of one section: the section's own subject words are not theirs; 人才培养 / 引进人才 under 人才)
            skip = own_forms(secs[i].heading) if i == j else frozenset()
            if same_subject(one, other, skip):
                found["twice"].append(f"（{i + 1}）{one} / （{j + 1}）{other}")
    for i, s in enumerate(secs):
        for h, body in s.items:
            if subject(h) and not subject_words(h, own_forms(s.heading)):
                found["echo"].append(f"（{i + 1}）{s.heading} … {h}")
            elif body and longest_run(h, body[0]) >= max(6, len(h) - 2):
                found["restate"].append(f"（{i + 1}）{h}。{body[0][:30]}")
            forms = {f for _, inner in subject_words(h).values() for f in inner}
            said = {f for sent in body for f in samepoint.forms(sent)}
            if body and forms and not forms & said and not (delivers(h, body) and _listed(h)):
                found["undelivered"].append(f"（{i + 1}）{h}：{''.join(body)[:40]}")
        if s.leads:
            found["lead"].append(f"（{i + 1}）{s.heading}: {s.leads}")
    found["misplaced"] = misplaced(secs)
    for head, paras in parts[1:]:
        for p in paras[1:]:
            if _SECTION.match(p) or _ITEM.match(p) or _LEAD_IN.search(p):
                continue
            if len(_SENTENCE.findall(p)) == 1 and len(p) > 8:
                found["single"].append(f"{head[:8]} {p[:40]}")
    found["across"] = across(secs)
    found["stray"] = stray(secs)
    found["balance"] = balance(secs, areas or set())
    found["wrapup"] = wrapups(secs)
    found["itemless"] = itemless(secs, items or [], text)
    found["apart"] = apart(secs)
    found["stages"] = stages(secs)
    found["places"] = places(secs)
    found["adjacent"] = adjacent(text.split("同志们：", 1)[-1])
    found["frames"] = frames(text.split("同志们：", 1)[-1])
    found.update(echo_counts(text))
    # (the part holding most of the brief's items: tasks_part takes a safeguards part headed 落实…任务 where it is longer)
    per_part = [sections_of(paras) for _, paras in parts[1:]]
    deploy = max(per_part, key=lambda ss: (sum(1 for it in items or [] for x in ss
                                               if any(_heads_item(h, it) for h in [x.heading] + [h for h, _ in x.items])),
                                           ss is secs), default=secs)
    every = [x for ss in per_part for x in ss]
    found["thin"] = thin(every, items or [], text)
    found["standing"] = standing(deploy, areas or set(), items or [], text)
    found["offhead"] = offhead(deploy)
    found["excess"] = excess(deploy, priorities if items else 0)
    found["overlong"] = overlong(deploy, areas or set(), items or [])
    found["stub"] = stubs(every, items or [], text)
    found["split"] = split(parts)
    found["offline"] = offline(parts)
    n = len(secs)
    if n > 6 or (priorities >= 3 and n > priorities + 2):
        found["sections"].append(f"{n} task sections for {priorities} priorities")
    return found


def priority_areas(brief: Brief) -> set[str]:
    """The areas of the brief's priorities (model.topics.classify of each topic, else of its items)."""
    return {a for p in brief.priorities for a in (classify(p.topic) or classify(" ".join(p.items)))[:1]}


def _listed(heading: str) -> bool:
    from jianggao.compose.delivery import HEADING_DELIVERY
    return any(h.search(heading) for h, _ in HEADING_DELIVERY)


def corpus_points(folder: Path, show: bool = False) -> None:
    """echoes.points_said over the real speeches' paragraphs (each line a block; no headings): the calibration the
    rule answers to (real paragraphs develop a point, they do not say it again in other words)."""
    from jianggao.compose import echoes
    hits = chars = 0
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            # (the corpus numbers its items 一要…, 第一，… too: item heads, as the drafts' 一是…)
            sents = [re.sub(r"^(?:第([一二三四五六七八九十]+)，|([一二三四五六七八九十]+)要)", r"\1\2是", x.strip())
                     for x in _SENTENCE.findall(line)]
            if len(sents) < 2:
                continue
            chars += len(line)
            # (a short first sentence is the paragraph's run-in heading, as the drafts' 一是… and （一）… are: 第一，深入
            # 推进县级公立医院改革。 / 三要完善药品集中采购机制。)
            shell: Block = Paragraph(line)
            if len(sents[0]) <= 18 and len(sents) > 1:
                shell, sents = Heading(2, "", sents[0].rstrip("。")), sents[1:]
            for _, _, k, c in echoes.points_said([[sents]], [[shell]]):
                hits += 1
                if show:
                    print(f"  {path.stem[:3]} {c} ({sents[k][:40]})")
    print(f"corpus: {hits} clauses restating a point in {chars} characters ({hits / (chars / 1000 or 1):.2f}/1k)")


def draft_options(ap: argparse.ArgumentParser, seeds: list[int]) -> None:
    """The options of a bench that measures drafts: which briefs at which seeds, composed or read back, written out."""
    ap.add_argument("--briefs", type=Path, nargs="+", default=[HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", type=int, nargs="+", default=seeds)
    ap.add_argument("--show", action="store_true", help="print each finding")
    ap.add_argument("--out", type=Path, default=None, help="folder to write each draft to (txt), for reading")
    ap.add_argument("--drafts", type=Path, default=None,
                    help="measure the drafts an earlier --out wrote (NAME_sSEED.txt) instead of composing")


def drafts(args: argparse.Namespace) -> Iterator[tuple[Path, Brief, int, str, int]]:
    """Each brief of ``--briefs`` at each ``--seed`` as (path, brief, seed, the draft's text, its body's length):
    composed, or read from ``--drafts``; written to ``--out`` when given."""
    res = None if args.drafts is not None else load_resources()
    for path in sorted(p for d in args.briefs for p in (d.glob("*.yaml") if d.is_dir() else [d])):
        brief = load_brief(path)
        for seed in args.seeds:
            if res is None:
                text = (args.drafts / f"{path.stem}_s{seed}.txt").read_text(encoding="utf-8")
                body = len(re.sub(r"\s", "", text.split("同志们：", 1)[-1]))
            else:
                speech = compose(brief, res.bank, res.templates, seed=seed)
                text = render_text(speech, "txt")
                body = speech.body_length()
            if args.out is not None:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"{path.stem}_s{seed}.txt").write_text(text, encoding="utf-8")
            yield path, brief, seed, text, body


def main() -> None:
    ap = argparse.ArgumentParser()
    draft_options(ap, seeds=[1, 2])
    ap.add_argument("--corpus", type=Path, default=None,
                    help="count echoes.points_said in the real speeches of DIR (each paragraph a block) and stop")
    args = ap.parse_args()
    if args.corpus is not None:
        corpus_points(args.corpus, args.show)
        return
    totals: Counter[str] = Counter()
    for path, brief, seed, text, body in drafts(args):
        found = measure(text, len(brief.priorities), priority_areas(brief),
                        [it for p in brief.priorities for it in p.items] if brief.kind not in ("pledge", "address") else [])
        totals.update({k: len(v) for k, v in found.items()})
        totals.update(drafts=1, chars=len(text), body=body, target=brief.target_length)
        print(f"{path.stem:38} s{seed} " + "  ".join(f"{k} {len(v)}" for k, v in found.items())
              + f"  length {body}/{brief.target_length}")
        if args.show:
            for k, v in found.items():
                for line in v:
                    print(f"      {k}: {line}")
    per = totals["chars"] / 1000 or 1
    print(f"\nbody {totals['body']} characters of {totals['target']} targeted ({totals['body'] / totals['target']:.3f})")
    print(f"{totals['drafts']} drafts, {totals['chars']} characters: " + ", ".join(
        f"{k} {totals[k]} ({totals[k] / per:.2f}/1k)" for k in KINDS))


if __name__ == "__main__":
    main()
