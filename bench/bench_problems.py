"""How a draft takes up its brief's problems (issue 13, the eighteenth reading's LOGIC and REP), by hand:

    python bench/bench_problems.py [--briefs DIR] [--seeds 1 2 3]

Renders each brief (in-process, through compose; --problems-only: those naming problems) and counts per draft: the
situation part's sentences about an area no task takes up (every situation point must lead to a task), and how often each problem is
read out in full (its first clause verbatim: once is the aim), how many are answered by the templates' own measures
(compose.answers: 针对前面讲到的…问题，<who> 要…), how many are said to have no answer yet (serve.HONEST), and the
slogans the readers marked (由来已久, 实质性的进展, 谈一点看法, 存在的…存在的问题).

Then the subject-and-level cases (the twenty-second reading: 县级医院 answered with 市级医院, 村卫生室 at the 卫生院,
流动人口 by 出生监测, 儿科、精神科 in hospitals by 基层空编, staff leaving by recruiting): small briefs of one problem each,
at the level and date it belongs to; a case matches when its answer names the body and business the problem names
(``says``), none of the wrong ones (``never``), and sits inside a numbered item (the sentence before it is 一是…).
The cases include the shortfalls the twenty-sixth and twenty-seventh readings found answered by the topic, not the gap
(重症 by 胸痛中心, 入托率低 by more places, lagging beds by 签约合作, 急救站点 by 急诊科, 新农合 overspending by richer
benefits, uneven vaccination by nothing): "on the shortfall" counts them.

Per draft it also counts the back-reference formulas the twenty-seventh blind reader spotted every generated paragraph
by (针对/解决前面讲到的…问题, 解决X的问题，…要, …的问题，要在这项工作上下功夫解决, 力争由X提高到Y), an answer frame said
twice, and at a half-year meeting whether each target with a first-half figure has its share done and gap stated
(numbers.year_progress: 18.6 of 22万人 → 84.5%, 还差3.4万人).

Each gap of a kind src/jianggao/model/problem_remedies.yaml knows must be acted on: its answer, or a paragraph of the
task part on its subject, names one of the kind's remedies (answer22: 运营管理粗放 never touched, 县级医院服务能力 answered
by county doctors going down); "no acting measure" counts those none does, "of no known kind" those the table cannot
judge.

Answers are found by what they say (compose.answers.Answers.said, recorded while composing), not by how they open.

A problem that joins several gaps (基层首诊率不高，糖尿病患者随访管理还有差距) is counted gap by gap (compose.gaps): each
must be answered.  The compound cases (COMPOUND: two or three gaps a problem, of varied subjects, levels, years and
kinds) check that each gap is answered, under the task of its own subject (the plan's 回应 and the subsection the answer
sits in), and that the problem is read out in full once, as the brief says it.
"""
from __future__ import annotations

import argparse
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from jianggao.briefs.load import load_brief
from jianggao.compose import answers as answers_module
from jianggao.compose import core
from jianggao.compose.answers import answer_shape
from jianggao.compose.core import compose, plan_of
from jianggao.compose.numbers import year_progress
from jianggao.compose.plan import areas_named, leads_to_task
from jianggao.model.brief import Brief
from jianggao.model.remedies import table as remedy_table
from jianggao.model.text import longest_run
from jianggao.render import load_resources
from jianggao.writers import render_text

HERE = Path(__file__).resolve().parent
SLOGANS = re.compile(r"由来已久|实质性的进展|谈一点看法|存在的困难和问题。存在的问题|硬骨头来啃")
# The back references the twenty-seventh blind reader spotted generated paragraphs by.
BACKREFS = re.compile(r"前面讲到的|回顾中讲到的|针对[^，。]{2,30}问题，|解决[^，。]{2,30}的问题，|要在这项工作上下功夫解决|"
                      r"重点就在这里|要靠这项工作来解决")
RISE = re.compile(r"力争由[^，。]{1,12}提高到")
# Stock moves that stand in for an answer (round 39's readers: REP or FILL): the problem said back with no measure.
STOCK = re.compile(r"这项工作要拿出有针对性的办法|重点是解决[^。]{2,40}的问题|要拿出管用的办法|这项工作的进度要赶上来|"
                   r"这项工作要尽快把势头扭转过来|这项工作要从这个实际出发来安排|前面讲到的[^。]{2,40}问题，|"
                   r"找准症结、对症施策|盯住不放，拿出有针对性的措施|是[今下半]{0,3}年?首先要改变的状况|上见到变化")
# … and the promise that the tasks will answer the problems, which is stock where one of them is then left unanswered.
LATER = re.compile(r"后面部署[^。]{0,10}(?:一并|逐项|具体)来讲|后面一并来讲|后面部署时一并来讲")
HOMES = ("own item", "situation part", "other item", "template measure", "unanswered", "stock move")
# A sentence naming the problem and going on to someone's measure (a half-year meeting's 进度滞后: 县卫生健康局要把滞后
# 在哪里…一个一个查清楚): the templates' own answer, not one of the table's.
NO_MEASURE = re.compile(r"拿出有针对性的|重点是解决|拿出管用的办法|找准症结|盯住不放|不是哪一项工作单独能解决|涉及面广|"
                        r"首先要改变的状况|上见到变化|一并来讲|具体来讲|逐项来讲|统筹解决")


def homes_of(text: str, brief: Brief, said: dict[str, str]) -> dict[str, str]:
    """Where each of ``brief``'s problems is answered (HOMES): by a measure under the item or subsection of its own
    subject, in the situation part, under an item of another subject, not at all, or only by a stock move that says
    the problem back (STOCK) — a problem left unanswered after the situation part's 后面部署时一并来讲 is one too."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    start = _SITUATION_PART.get(brief.kind)
    tops = [i for i, p in enumerate(paras) if _PART.match(p)]
    situation = range(0)
    if start:
        at = next((i for i in tops if paras[i].startswith(start)), -1)
        if at >= 0:
            after = [i for i in tops if i > at]
            situation = range(at, after[0] if after else len(paras))
    items = tuple(i for t in brief.priorities for i in t.items)
    later = bool(LATER.search(text))
    out = {}
    for p in plan_gaps(brief):
        found, numbered = answer_of(text, said.get(p, ""), items)
        name = answers_module.problem_name(p)
        if found:
            where = next((i for i, para in enumerate(paras) if found and found in para), -1)
            heads = [para for para in paras[:where + 1] if _SUB.match(para) or _TOP.match(para)]
            head = (heads[-1] if heads else "") + "".join(re.findall(r"[一二三四五六七八九十]是([^。，；]{2,30})",
                                                                       paras[where] if where >= 0 else ""))
            on_subject = numbered or answers_module.fit_of(p, "", head) > 0
            out[p] = ("situation part" if where in situation else "own item" if on_subject or numbered else "other item")
        elif any(n in x and "要" in x[x.find(n) + len(n):] and len(x) - x.find(n) - len(n) >= 20
                 and not NO_MEASURE.search(x) for x in re.split(r"[。！]", text) for n in _names(p, name)):
            out[p] = "template measure"
        elif any(name in m.string[max(0, m.start() - 60):m.end() + 60] for m in STOCK.finditer(text)) or later:
            out[p] = "stock move"
        else:
            out[p] = "unanswered"
    return out


def _names(problem: str, name: str) -> tuple[str, ...]:
    """How a draft names ``problem`` where the templates answer it in their own words: its name, and lagging work by
    what lags (answer29: 对重点人群健康管理进度滞后的工作，… / 进度滞后的工作，…, not the review's words again)."""
    if "进度" not in problem:
        return (name,)
    return (name, f"{answers_module.lag_object(problem)}进度滞后的工作")


def unacted(text: str, brief: Brief, said: dict[str, str], remedies) -> tuple[list[str], list[str]]:
    """The gaps of ``brief``'s problems no measure of the draft acts on (answer22, the forty-third reading: a problem
    said to be 盯住不放 and then left): a gap of a kind the remedies table knows (answers.remedy_of) is acted on where
    its answer names one of the kind's remedies, or a paragraph after the one reading it out names its subject (a word
    of the kind's ``when``) and a remedy; and the gaps of no kind the table knows (judged by hand)."""
    date = plan_of(brief, load_resources().templates).date
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    out, unknown = [], []
    for g in plan_gaps(brief):
        kind = answers_module.remedy_of(g, remedies, date)
        if kind is None:
            unknown.append(g)
            continue
        name, acts = kind
        if acts.search(said.get(g, "")):
            continue
        head = re.split(r"[，；。]", g)[0]
        first = next((i for i, p in enumerate(paras) if head in p), 0)
        entry = next(k for k in remedies if k.get("kind") == name)
        words = [w for w in entry.get("when") or () if w in g]
        if not any(acts.search(p) and any(w in p for w in words) for p in paras[first + 1:]):
            out.append(g)
    return out, unknown


def plan_gaps(brief: Brief) -> list[str]:
    """The gaps the plan answers ``brief``'s problems by (compose.gaps: a problem of one gap is itself), in order."""
    plan = plan_of(brief, load_resources().templates)
    return list(dict.fromkeys(g for p in brief.problems for g in plan.gaps_of(p)))


def speak(brief: Brief, res, seed: int, with_plan: bool = False) -> Any:
    """The draft of ``brief`` and the speech's Answers (what each answered problem's sentence said, the frames); with
    ``with_plan``, also the plan's lines as the outline shows them."""
    made: list[Any] = []
    real = answers_module.answers_for

    def record(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    core.answers_for = record
    try:
        speech = compose(brief, res.bank, res.templates, seed=seed)
        text = render_text(speech, "txt")
    finally:
        core.answers_for = real
    if with_plan:
        return text, made[-1] if made else None, speech.plan
    return text, made[-1] if made else None


_CN = {c: i for i, c in enumerate("零一二三四五六七八九", 0)} | {"两": 2}
_TOP = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")
_RUN_IN_POINT = re.compile(r"^[一二三四五六七八九十]+[要是]")


def _count(word: str) -> int:
    """The value of a Chinese count word of one or two places (两, 五, 十, 十二)."""
    if word.startswith("十"):
        return 10 + _CN.get(word[1:], 0)
    if "十" in word:
        tens, _, ones = word.partition("十")
        return _CN[tens] * 10 + (_CN[ones] if ones else 0)
    return _CN[word]


_NUM = "[两一二三四五六七八九十]+"
# (pattern, what it counts): the speech's announcements of how many, and the rules a count word must keep
_ANNOUNCED_PARTS = re.compile(f"讲({_NUM})点意见|讲({_NUM})个问题")
_ANNOUNCED_AREAS = re.compile(f"(?:以下|抓好|部署|分)({_NUM})个方面")
_ANNOUNCED_TASKS = re.compile(f"(?<![每各])({_NUM})(?:个方面(?:的)?(?:重点)?任务|项(?:重点)?任务)")
_STRESSED = re.compile(f"(?:突出|重点)抓好(?:以下)?({_NUM})个方面")
_NOT_TASKS = re.compile(r"成绩|回顾|总结|成效|实效|见效|保障|领导|责任|作风|措施|督导|调度|狠抓落实|按期落实")
_THESE = re.compile(r"([^。！；]*?)(这几件事|这两件事|这几项工作|这几项任务)")
_TARGETS = re.compile(r"以下目标：([^。]*)。")


def count_slips(text: str) -> list[str]:
    """The count words of a rendered draft that do not agree with what they count (the twenty-ninth reading: 两项重点任务
    after eight, 这几件事 for two, 突出抓好十个方面, 以下目标：then one, 三个重中之重 then 五个方面): [] where all agree."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    tops = [i for i, p in enumerate(paras) if _TOP.match(p)]
    slips: list[str] = []
    body = "".join(paras)
    # a speech of no headings (an address at a work meeting) numbers its points where each paragraph opens (一要…二要…)
    points = len(tops) or sum(1 for p in paras if _RUN_IN_POINT.match(p))
    for m in _ANNOUNCED_PARTS.finditer(body):
        said = _count(m.group(1) or m.group(2))
        if said != points:
            slips.append(f"{m.group(0)}: {points} parts")
    # the subsections of each part, and what the part itself announces
    bounds = tops + [len(paras)]
    subs_of_tasks = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = paras[a:b]
        subs = sum(1 for p in part if _SUB.match(p))
        lead = "".join(p for p in part[:3] if not _SUB.match(p))
        for m in _ANNOUNCED_AREAS.finditer(lead):
            subs_of_tasks = subs
            if _count(m.group(1)) != subs:
                slips.append(f"{m.group(0)}: {subs} subsections")
        for m in _STRESSED.finditer(lead):
            if _count(m.group(1)) > 5:
                slips.append(f"{m.group(0)}: 突出 over more than five")
        focus = re.search(r"重中之重是([^。]+)。", lead)
        if focus and subs:
            named = len(re.split(r"、|和", focus.group(1)))
            if named != subs:
                slips.append(f"重中之重 names {named}, {subs} subsections")
    # a count of the tasks deployed, wherever it is said (the safeguards' lead, the closing), is the number of
    # subsections of the task part: the nearest earlier part that has any (reading 37: 把这次会议部署的四个方面任务
    # in the safeguards, 会上部署的两个方面任务 in the closing, over four subsections)
    # (the task part: the last part up to the mention's with subsections whose heading names neither the review nor
    # the safeguards — a work report's closing sits in its task part)
    subs_by_part = [sum(1 for p in paras[a:b] if _SUB.match(p)) for a, b in zip(bounds, bounds[1:], strict=False)]
    def leads_with_count(k: int) -> bool:     # a safeguards' lead counts the tasks before its own subsections
        lead = []
        for p in paras[bounds[k] + 1:bounds[k + 1]]:
            if _SUB.match(p):
                break
            lead.append(p)
        return bool(_ANNOUNCED_TASKS.search("".join(lead)))

    task_parts = [k for k, t in enumerate(tops) if subs_by_part[k] and not _NOT_TASKS.search(paras[t])
                  and not leads_with_count(k)]
    for i, para in enumerate(paras):
        part = sum(1 for t in tops if t <= i) - 1
        earlier = [subs_by_part[k] for k in task_parts if k <= part]
        deployed = earlier[-1] if earlier else subs_of_tasks
        for m in _ANNOUNCED_TASKS.finditer(para):
            if deployed and _count(m.group(1)) != deployed:
                slips.append(f"{m.group(0)}: {deployed} subsections")
    for m in _THESE.finditer(body):
        listed = m.group(1).count("、") + 1 if "、" in m.group(1) else 0
        if listed and (listed == 2) != (m.group(2) == "这两件事"):
            slips.append(f"{m.group(2)} after {listed}")
    for m in _TARGETS.finditer(body):
        if len(re.findall(r"[，；]", m.group(1))) < 1:
            slips.append("以下目标： then one")
    return slips


def progress_stated(brief: Brief, text: str) -> tuple[int, int]:
    """At a half-year meeting: (targets whose share done and gap left are said, targets with a first-half figure
    short of them); (0, 0) at other meetings."""
    if brief.kind != "midyear_review":
        return 0, 0
    done = {m.name: m for g in brief.achievements for m in g.metrics}
    said = due = 0
    for t in (t for p in brief.priorities for t in p.targets):
        progress = year_progress(done[t.name], t) if t.name in done else None
        if progress:
            due += 1
            said += all(x in text for x in progress if x)
    return said, due


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", type=Path, nargs="+", default=[HERE / "briefs"], help="folders or brief files")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--cases-only", action="store_true", help="only the subject-and-level cases")
    ap.add_argument("--problems-only", action="store_true", help="only the briefs naming problems")
    ap.add_argument("--no-cases", action="store_true", help="skip the subject-and-level and shortfall cases")
    args = ap.parse_args()
    res = load_resources()
    stakes = tuple(str(e.get("text") or "") for e in res.templates.wording.get("PROBLEM_STAKES") or ())
    remedies = remedy_table()
    no_act = kindless = gaps_all = 0
    if not args.no_cases:
        compound(res, args.seeds)
        cases(res, args.seeds)
        aims(res, args.seeds)
        aims(res, args.seeds, unseen=True)
        aims(res, args.seeds, later=True)
    if args.cases_only:
        return
    rows = []
    shapes: Counter[str] = Counter()
    homes: Counter[str] = Counter()
    paths = sorted(p for d in args.briefs for p in (d.glob("*.yaml") if d.is_dir() else [d]))
    for path in paths:
        brief = load_brief(path)
        if not brief.problems and args.problems_only:
            continue
        for seed in args.seeds:
            text, answers = speak(brief, res, seed)
            said = getattr(answers, "said", {})
            heads = [re.split(r"[，；。]", p)[0] for p in brief.problems]
            reads = [text.count(h) for h in heads] or [0]
            items = tuple(i for t in brief.priorities for i in t.items)
            # (a problem joining several gaps is answered gap by gap: compose.gaps)
            placed = [answer_of(text, said.get(p, ""), items) for p in plan_gaps(brief)]
            answered = sum(1 for found, _ in placed if found)
            inside = sum(1 for found, numbered in placed if found and numbered)
            honest = len(re.findall(r"还没有现成的|拿不出成熟的", text))
            slogans = len(SLOGANS.findall(text))
            backrefs = len(BACKREFS.findall(text))
            rises = len(RISE.findall(text))
            for answer in said.values():
                shapes.update(answer_shape(answer))
                shapes["answers"] += 1
            where = homes_of(text, brief, said)
            left, unknown = unacted(text, brief, said, remedies)
            no_act += len(left)
            kindless += len(unknown)
            gaps_all += len(placed)
            for g in left:
                print(f"      no acting measure: {g}")
            for g in unknown:
                print(f"      kind unknown: {g} -> {said.get(g, 'NO ANSWER')[:80]}")
            homes.update(where.values())
            for p, h in where.items():
                if h in ("unanswered", "stock move", "other item"):
                    print(f"      {h}: {p}")
            frames = getattr(answers, "frames", [])
            twice = len(frames) - len(set(frames))
            stated, due = progress_stated(brief, text)
            for slip in count_slips(text):
                print(f"      count: {slip}")
            loose = untasked(text, brief.kind, {t.view.topic.key for t in plan_of(brief, res.templates).tasks}, stakes)
            rows.append((path.stem, seed, len(placed), max(reads), sum(reads) / len(reads), answered, honest, slogans,
                         inside, len(loose), backrefs, rises, twice, stated, due))
            print(f"{path.stem:38} s{seed}  problems {len(heads)} (gaps {len(placed)})"
                  f"  read out max {max(reads)} mean {sum(reads) / len(reads):.1f}"
                  f"  answered {answered} (in its item {inside})  honest {honest}  slogans {slogans}  situation "
                  f"points with no task {len(loose)}  back references {backrefs}  力争由…提高到 {rises}  frame twice "
                  f"{twice}" + (f"  half-year progress stated {stated}/{due}" if due else ""))
            for x in loose:
                print(f"      no task: {x}")
            for x in BACKREFS.finditer(text):
                print(f"      back reference: …{text[max(0, x.start() - 12):x.end() + 12]}…")
    if rows:
        print(f"\n{len(rows)} drafts: gaps {sum(r[2] for r in rows)}; read out per problem mean "
              f"{statistics.mean(r[4] for r in rows):.2f}, worst {max(r[3] for r in rows)}; answered by measure "
              f"{sum(r[5] for r in rows)}, inside an item {sum(r[8] for r in rows)}; situation points with no task "
              f"{sum(r[9] for r in rows)}; honest {sum(r[6] for r in rows)}; slogans {sum(r[7] for r in rows)}; "
              f"back references {sum(r[10] for r in rows)}; 力争由…提高到 {sum(r[11] for r in rows)}; answer frame "
              f"said twice {sum(r[12] for r in rows)}; half-year progress stated {sum(r[13] for r in rows)} of "
              f"{sum(r[14] for r in rows)}")
    print("problems: " + "; ".join(f"{h} {homes[h]}" for h in HOMES))
    print(f"acting measures (answer22): gaps {gaps_all}; of a kind the remedies table knows {gaps_all - kindless}, "
          f"with no measure acting on it {no_act}; of no known kind {kindless}")
    n = shapes["answers"] or 1
    print(f"answer shapes ({shapes['answers']} answers): problem named then pledged (今年要下决心解决…) "
          f"{shapes['pledge']} ({shapes['pledge'] / n:.0%}); two or more bodies told 要 {shapes['bodies']}; a check "
          f"(…通报一次) {shapes['check']}, weekly {shapes['weekly']}; the four-step shape {shapes['four']} "
          f"({shapes['four'] / n:.0%}); the measure first or alone {shapes['measure_first']}")


# Problems joining several gaps (compose.gaps): (problems, level, year, kind, priorities, {gap: the topics whose task
# may answer it}); a problem of one gap in all but its clauses (参保率稳定，…; 年龄结构) is listed with its one gap.
COMPOUND: tuple[tuple[tuple[str, ...], str, int, str, list[dict], dict[str, tuple[str, ...]]], ...] = (
    (("基层首诊率不高，糖尿病患者随访管理还有差距",), "县", 2024, "annual_conference",
     [{"topic": "医改", "items": ["推进紧密型县域医共体建设"]}, {"topic": "公共卫生", "items": ["做实慢性病患者健康管理"]}],
     {"基层首诊率不高": ("医改",), "糖尿病患者随访管理还有差距": ("公共卫生",)}),
    (("托育服务供给不足；村卫生室服务能力偏弱", "基本医保参保率稳定，医保基金运行压力较大"), "县", 2023, "work_report",
     [{"topic": "医改", "items": ["深化医保支付方式改革"]}, {"topic": "人口家庭", "items": ["发展普惠托育服务"]},
      {"topic": "基层卫生", "items": ["加强村卫生室建设"]}],
     {"托育服务供给不足": ("人口家庭",), "村卫生室服务能力偏弱": ("基层卫生",),
      "基本医保参保率稳定，医保基金运行压力较大": ("医改",)}),
    (("病媒生物密度偏高，老旧小区积水点多",), "区", 2021, "special_topic",
     [{"topic": "爱国卫生", "items": ["开展病媒生物防制", "推进老旧小区环境整治"]}],
     {"病媒生物密度偏高": ("爱国卫生",), "老旧小区积水点多": ("爱国卫生",)}),
    (("精神卫生专业人员不足；严重精神障碍患者规范管理率偏低",), "市", 2019, "annual_conference",
     [{"topic": "人才队伍", "items": ["加强紧缺专业人才培养"]}, {"topic": "公共卫生", "items": ["加强严重精神障碍患者管理"]}],
     {"精神卫生专业人员不足": ("人才队伍",), "严重精神障碍患者规范管理率偏低": ("公共卫生",)}),
    (("孕产妇死亡率有所上升，高危孕产妇管理不到位，基层产科力量薄弱",), "区", 2016, "midyear_review",
     [{"topic": "妇幼健康", "items": ["加强高危孕产妇专案管理"]}, {"topic": "基层卫生", "items": ["提升基层服务能力"]}],
     {"孕产妇死亡率有所上升": ("妇幼健康",), "高危孕产妇管理不到位": ("妇幼健康",), "基层产科力量薄弱": ("妇幼健康", "基层卫生")}),
    (("新农合基金支出增长过快，乡镇卫生院服务能力不强",), "县", 2013, "annual_conference",
     [{"topic": "医改", "items": ["加强新农合基金监管"]}, {"topic": "基层卫生", "items": ["推进乡镇卫生院标准化建设"]}],
     {"新农合基金支出增长过快": ("医改",), "乡镇卫生院服务能力不强": ("基层卫生",)}),
    (("嘎查村卫生室服务能力弱，牧区群众健康素养水平偏低",), "旗", 2018, "annual_conference",
     [{"topic": "基层卫生", "items": ["加强嘎查村卫生室建设"]}, {"topic": "健康促进", "items": ["开展健康素养促进行动"]}],
     {"嘎查村卫生室服务能力弱": ("基层卫生",), "牧区群众健康素养水平偏低": ("健康促进",)}),
    (("家庭医生签约率逐年提高，但签约服务履约质量不高", "乡村医生队伍老化，年龄结构不合理"), "县", 2020, "work_report",
     [{"topic": "基层卫生", "items": ["做实家庭医生签约服务", "加强乡村医生队伍建设"]}],
     {"家庭医生签约率逐年提高，但签约服务履约质量不高": ("基层卫生",), "乡村医生队伍老化，年龄结构不合理": ("基层卫生",)}),
)


def _compound_brief(problems: tuple[str, ...], level: str, year: int, kind: str, priorities: list[dict]) -> Brief:
    title = {"work_report": f"{level}卫生健康局局长", "midyear_review": f"{level}卫生健康局局长"}.get(kind, f"副{level}长")
    return Brief.model_validate({"kind": kind, "year": year, "region": {"name": _REGIONS[level]},
                                 "speaker": {"name": "刘振华", "title": title}, "problems": list(problems),
                                 "priorities": priorities})


def _task_lines(plan: tuple[str, ...]) -> list[str]:
    """The plan's task lines (· 医改：…（回应：…）) in the order of the task part's subsections."""
    out: list[str] = []
    inside = False
    for line in plan:
        if re.match(r"^[一二三四五六七八九十]+、", line):
            inside = "重点任务" in line or "下半年重点" in line or "明确重点" in line
        elif inside and line.startswith("  · "):
            out.append(line[4:])
    return out


def _subsection_of(text: str, sentence: str) -> int:
    """The number of the （n） subsection of the task part ``sentence`` sits in (1-based), 0 where none."""
    n = 0
    for para in (p.strip() for p in text.splitlines()):
        if _TOP.match(para):
            n = 0
        m = re.match(r"^（([一二三四五六七八九十]+)）", para)
        if m:
            n = _count(m.group(1))
        if sentence and sentence in para:
            return n
    return 0


def compound(res, seeds: list[int]) -> None:
    """The compound cases: per case and seed, each gap answered, under a task of its own subject, and each problem read
    out in full once."""
    gaps = answered = homed = problems = once = 0
    for problem_list, level, year, kind, priorities, homes in COMPOUND:
        brief = _compound_brief(problem_list, level, year, kind, priorities)
        for seed in seeds:
            text, answers, plan = speak(brief, res, seed, with_plan=True)
            said = getattr(answers, "said", {})
            tasks = _task_lines(plan)
            items = tuple(i for t in priorities for i in t.get("items", ()))
            for p in problem_list:
                problems += 1
                n = text.count(p.replace("；", "，"))
                once += n == 1
                if n != 1:
                    print(f"      read out {n} times: {p}")
            for g in plan_gaps(brief):
                gaps += 1
                found, _ = answer_of(text, said.get(g, ""), items)
                answered += bool(found)
                # the task whose plan line answers the gap, and the subsection its answer is said in
                at = next((i for i, t in enumerate(tasks) if g in t.split("（回应：", 1)[-1]), -1)
                topic = tasks[at].split("：", 1)[0] if at >= 0 else ""
                # (one task: a special meeting's items stand as its subsections, compose.special)
                home = topic in homes.get(g, ()) and bool(found) and (
                    len(tasks) == 1 or _subsection_of(text, found) in (at + 1, 0))
                homed += home
                print(f"  {g:28} {level} {year} {kind:18} s{seed}  answered {'yes' if found else 'NO '}  under "
                      f"{topic or '—'} {'yes' if home else 'NO '}  | {found[:90]}")
    print(f"\ncompound cases: problems {problems}, read out once {once}; gaps {gaps}; answered {answered}; under the "
          f"task of their own subject {homed}")


# (problem, level, year, kind, priorities, says: all must be in the answer, never: none may)
CASES: tuple[tuple[str, str, int, str, list[dict], tuple[str, ...], tuple[str, ...]], ...] = (
    ("部分县级医院服务能力不强", "市", 2018, "annual_conference",
     [{"topic": "医疗服务", "items": ["提升县级医院综合能力", "加强医疗质量管理"]}], ("县级医院",), ("市级医院",)),
    ("儿科、精神科等紧缺专业医生不足", "市", 2018, "annual_conference",
     [{"topic": "医改", "items": ["推进医疗联合体建设"]}, {"topic": "人才队伍", "items": ["加强紧缺专业人才培养"]}],
     ("儿科、精神科", "医院"), ("空编", "基层医疗卫生机构")),
    ("嘎查村卫生室服务能力弱", "旗", 2012, "annual_conference",
     [{"topic": "基层卫生", "items": ["加强嘎查村卫生室建设", "稳定乡村医生队伍"]}], ("嘎查村卫生室",), ("服务能力标准",)),
    ("村卫生室服务能力弱", "县", 2016, "annual_conference",
     [{"topic": "基层卫生", "items": ["推进乡镇卫生院标准化建设", "提高家庭医生签约服务质量"]}], ("村卫生室", "一体化"), ()),
    ("流动人口计划生育服务管理薄弱", "区", 2015, "midyear_review",
     [{"topic": "人口家庭", "items": ["加强流动人口计划生育服务", "落实单独两孩政策"]}], ("流动人口", "现居住地"), ("出生人口监测",)),
    ("社区卫生服务中心人员不足", "区", 2015, "midyear_review",
     [{"topic": "基层卫生", "items": ["推进社区卫生服务中心标准化建设"]}], ("社区卫生服务中心",), ("疾控",)),
    ("社区卫生服务中心全科医生流失", "区", 2025, "work_report",
     [{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]}], ("绩效工资",), ("空编", "专项招聘")),
    ("县疾控中心专业技术人员不足", "县", 2024, "special_topic",
     [{"topic": "疾病预防控制", "items": ["推进疾控体系改革", "加强传染病监测预警"]}], ("疾控机构",), ("基层医疗卫生机构",)),
    ("县级医院学科建设相对滞后", "县", 2022, "work_report",
     [{"topic": "医疗服务", "items": ["加强县级医院重点学科建设"]}], ("学科带头人",), ()),
    ("乡村医生养老保障问题突出", "县", 2013, "special_topic",
     [{"topic": "医改", "items": ["推进县级公立医院综合改革试点", "加强乡村医生队伍建设"]}], ("养老",), ()),
    ("健康扶贫政策群众知晓率不高", "县", 2019, "annual_conference",
     [{"topic": "健康扶贫", "items": ["落实贫困人口基本医疗有保障"]}], ("讲清楚",), ("救治台账",)),
    ("基层疫情防控能力仍有短板", "县", 2022, "work_report",
     [{"topic": "公共卫生", "items": ["做好常态化疫情防控", "推进疾控体系改革"]}], ("采样",), ()),
    # the shortfall, not the topic (the twenty-sixth and twenty-seventh readings)
    ("重症救治资源总量不足", "市", 2023, "work_report",
     [{"topic": "医疗服务", "items": ["提升重症救治能力", "推进公立医院高质量发展"]}], ("重症医学科", "重症监护床位"),
     ("胸痛", "手足口病")),
    ("托育机构收费偏高、入托率低", "市", 2023, "work_report",
     [{"topic": "人口家庭", "items": ["发展普惠托育服务"]}], ("收费", "空着的托位"), ()),
    ("医养结合床位进度滞后", "区", 2026, "midyear_review",
     [{"topic": "老龄健康", "items": ["推进医养结合"]}], ("床位任务", "民政"), ()),
    ("急救站点布局不均衡", "区", 2024, "annual_conference",
     [{"topic": "医疗服务", "items": ["完善院前急救网络"]}], ("急救站点",), ("急诊科",)),
    ("新农合基金支出增长过快", "县", 2015, "work_report",
     [{"topic": "医改", "items": ["加强新农合基金监管"]}], ("总额预算",), ("提高新农合筹资", "即时结报")),
    ("部分县区疫苗接种进度不均衡", "市", 2021, "midyear_review",
     [{"topic": "公共卫生", "items": ["推进新冠病毒疫苗接种"]}], ("排名", "接种点"), ()),
    ("乡镇卫生院医疗设备老化", "县", 2015, "work_report",
     [{"topic": "基层卫生", "items": ["推进乡镇卫生院标准化建设"]}], ("更新",), ()),
    # answered at the body the problem names (reading 41): the 社区's services at the 社区, the 县区's late money by
    # pressing the 县区, a programme lagging in some hospitals by reaching every hospital (not 市级医院要… alone)
    ("社区卫生服务中心儿科、康复服务短缺", "区", 2024, "annual_conference",
     [{"topic": "基层卫生", "items": ["提升社区卫生服务能力"]}], ("社区卫生服务中心",), ("各公立医院",)),
    ("部分县区基本公共卫生服务项目资金拨付滞后", "市", 2019, "work_report",
     [{"topic": "公共卫生", "items": ["做实基本公共卫生服务"]}], ("县区",), ()),
    ("进一步改善医疗服务行动计划推进不平衡", "市", 2017, "annual_conference",
     [{"topic": "医疗服务", "items": ["改善医疗服务"]}], ("医院",), ("市级医院要",)),
)
_REGIONS = {"市": "东阳市", "县": "青山县", "区": "南城区", "旗": "查干旗"}


def _case_brief(problem: str, level: str, year: int, kind: str, priorities: list[dict]) -> Brief:
    title = {"work_report": f"{level}卫生健康局局长", "midyear_review": f"{level}卫生健康局局长"}.get(kind, f"副{level}长")
    return Brief.model_validate({"kind": kind, "year": year, "region": {"name": _REGIONS[level]},
                                 "speaker": {"name": "刘振华", "title": title}, "problems": [problem],
                                 "priorities": priorities})


_ITEM = re.compile(r"[一二三四五六七八九十]是[^。，；]{2,30}$")


def answer_of(text: str, said: str, items: tuple[str, ...] = ()) -> tuple[str, bool]:
    """The sentence of ``text`` saying the answer ``said`` (the longest run shared, at least 12 characters) and
    whether it sits inside an item (the sentence before it, or before the sentence naming the gap, is 一是… or a
    brief's item: 重点是…); ("", False) where none does."""
    if not said:
        return "", False
    sentences = [x for p in text.splitlines() for x in p.strip().split("。")]
    at = max(range(len(sentences)), key=lambda i: longest_run(sentences[i], said), default=-1)
    if at < 0 or longest_run(sentences[at], said) < 12:
        return "", False
    before = sentences[at - 1] if at else ""
    if at > 1 and not _ITEM.search(before) and longest_run(before, said) >= 6:
        before = sentences[at - 2]           # a frame naming the gap in a sentence of its own (…这块短板…补上。)
    # (an item may carry its target after it: 一是实施卫生人才引育工程，力争招引…达到100人)
    return sentences[at], bool(_ITEM.search(before)) or any(before.endswith(it) or f"是{it}，" in before for it in items)


# The part that weighs the situation, by kind: its heading's number (a half-year meeting, a pledge, an address have none).
_SITUATION_PART = {"annual_conference": "二、", "work_report": "二、", "special_topic": "一、"}
_PART = re.compile(r"^[一二三四五六七八九十]、")


_SUBSECTION = re.compile(r"^（[一二三四五六七八九十]）([^。]*)")


def untasked(text: str, kind: str, task_keys: set[str], stakes: tuple[str, ...] = ()) -> list[str]:
    """The situation part's sentences about an area no task takes up (plan.leads_to_task): each a point raised and
    never acted on (the twenty-second reading: 母婴安全 raised with no 妇幼 task).  The tasks are the plan's and the
    areas the speech's subsection headings name (a standing area added for length); a brief problem's stake is its
    problem's, answered where the problem is."""
    head = _SITUATION_PART.get(kind)
    if not head:
        return []
    lines = [x.strip() for x in text.splitlines()]
    task_keys = set(task_keys) | {k for x in lines for m in [_SUBSECTION.match(x)] if m for k in areas_named(m.group(1))}
    start = next((i for i, x in enumerate(lines) if x.startswith(head)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if _PART.match(lines[i])), len(lines))
    out = []
    for para in lines[start + 1:end]:
        for x in para.split("。"):
            if x and not leads_to_task(x, task_keys) and not any(x in f for f in stakes):
                out.append(x)
    return out


def aims(res, seeds: list[int], unseen: bool = False, later: bool = False) -> int:
    """The shortfall cases (problem_aims.CASES, phrasings of every kind of shortfall written for this measure; with
    ``unseen``, problem_aims.UNSEEN, written after the answers were): per case and seed, what is wrong with the answer
    (missing, aim, body, pasted); returns how many are answered on their shortfall."""
    from problem_aims import CASES, LATER, UNSEEN, answer_in, brief_of, judge

    from jianggao.compose import voice

    good = total = 0
    faults: dict[str, int] = {}
    for case in LATER if later else UNSEEN if unseen else CASES:
        brief = brief_of(case)
        bureau = voice.role_of(brief.speaker.title, brief.speaker.on_behalf_of or "", brief.region.level) != voice.GOVERNMENT
        for seed in seeds:
            text, answers = speak(brief, res, seed)
            said = answer_in(text, getattr(answers, "said", {}).get(case.problem, ""), case.problem)
            wrong = judge(case, said, bureau=bureau)
            total += 1
            good += not wrong
            for w in wrong:
                faults[w] = faults.get(w, 0) + 1
            print(f"  {case.problem:22} {case.level} {case.year} s{seed}  {'on its shortfall' if not wrong else ' '.join(wrong)}"
                  f"  | {said[:150]}")
    print(f"\n{'later ' if later else 'unseen ' if unseen else ''}shortfall cases: {total}; answered on the shortfall {good}; faults "
          + ", ".join(f"{k} {v}" for k, v in sorted(faults.items())))
    return good


def cases(res, seeds: list[int]) -> None:
    """The subject-and-level cases: per case and seed, whether the answer is found, on its body and business, and
    inside a numbered item."""
    found = fits = inside = total = 0
    for problem, level, year, kind, priorities, says, never in CASES:
        brief = _case_brief(problem, level, year, kind, priorities)
        for seed in seeds:
            text, answers = speak(brief, res, seed)
            # (a problem of several gaps, compose.gaps, by its first gap's answer)
            said, numbered = answer_of(text, getattr(answers, "said", {}).get(plan_gaps(brief)[0], ""),
                                       tuple(i for t in priorities for i in t.get("items", ())))
            ok = bool(said) and all(w in said for w in says) and not any(w in said for w in never)
            total += 1
            found += bool(said)
            fits += ok
            inside += numbered
            print(f"  {problem:24} {level} {year} s{seed}  answered {'yes' if said else 'NO '}  on subject and body "
                  f"{'yes' if ok else 'NO '}  in its item {'yes' if numbered else 'NO '}")
    print(f"\nsubject-and-level cases: {total}; answered {found}; on subject and body {fits}; inside a numbered item "
          f"{inside}")


if __name__ == "__main__":
    main()
