"""The catch-all's weight in the tasks part, and items whose body is about another object (catch28), by hand:

    python bench/bench_catchall.py [--briefs DIR_OR_FILE ...] [--seeds 1 2 3] [--show] [--out DIR]

Renders each brief in-process (compose) and counts, in the part that deploys the tasks (bench_outline.tasks_part):
- ``share``: the characters of the catch-all subsection (统筹推进其他各项工作, 统筹抓好其他重点工作 …: a subsection
  whose heading says 其他) over the tasks part's; drafts without one are not in the mean;
- ``clash``: an item's sentence (一是X。 and what follows it up to the next item, or a subsection with no items) that
  names another object of one kind than its heading and none of the heading's own (OBJECTS below: 孩子 under
  推进老年人新冠疫苗接种, 县域 under 建设国家区域医疗中心, 村 under a city's talent item, 街道保洁 under 厕所革命, 慢性病
  under 做好夏季传染病防控);
- ``hollow`` (fit29): a brief item whose body (its sentences, the heading aside) names under HOLLOW_HELD of its
  heading's work weight (compose.subject.work_words, the section's own words not set aside): 推进乡村医生签约服务 over
  村医 staffing alone holds 乡村 but not 签约; noisy where a heading's season or adjective goes unsaid (夏季);
- ``offsubject``: an item's sentence whose subject (compose.serve.subject_of) is set, differs from its heading's and
  is not of its family (serve.akin_subjects), where the heading has one.
The object table is the bench's own, not compose's gate (serve.OBJECTS): it is kept apart so that the counter does
not merely agree with the code it measures.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_outline import draft_options, drafts, parts_of, sections_of, tasks_part  # noqa: E402

from jianggao.compose.samepoint import forms  # noqa: E402
from jianggao.compose.serve import akin_subjects, subject_of  # noqa: E402
from jianggao.compose.subject import work_words  # noqa: E402

HERE = Path(__file__).resolve().parent
_CATCH_ALL = re.compile(r"^（[一二三四五六七八九十]+）[^。]*其他")
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")
# Kinds of object an item may be about, each a list of mutually exclusive objects (who, which tier, which thing).
OBJECTS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("old", r"老年|老人|失能"), ("child", r"儿童|孩子|婴幼儿|新生儿|学生|青少年|托育"),
     ("mother", r"孕产妇|孕妇|产妇|育龄妇女")),
    (("region", r"区域医疗中心|国家医学中心|城市医疗集团|三级医院"), ("county", r"县域|县级医院|县医院|大病不出县|医共体"),
     ("village", r"村里|村医|乡村医生|村卫生室|定向生")),
    (("toilet", r"厕所|改厕|公厕"), ("refuse", r"垃圾|保洁|清扫|背街小巷|街道"), ("vector", r"病媒|四害|蚊|蝇|鼠")),
    # (fit29: chronic-disease lines under 做好夏季传染病防控)
    (("infectious", r"传染病|疫情|手足口|登革热|肠道|流感|诺如|霍乱|新冠|结核|艾滋|疟疾|核酸"),
     ("chronic", r"慢性病|慢病|高血压|糖尿病|心脑血管|肿瘤|癌|慢阻肺")),
)


def objects_of(text: str) -> dict[int, set[str]]:
    return {k: found for k, axis in enumerate(OBJECTS) if (found := {n for n, w in axis if re.search(w, text)})}


def clashes(heading: str, sentence: str) -> bool:
    mine, theirs = objects_of(heading), objects_of(sentence)
    return any(k in theirs and not theirs[k] & found for k, found in mine.items())


HOLLOW_HELD = 0.5


def hollow(heading: str, body: list[str]) -> bool:
    words = work_words(heading)
    total = sum(v for v, _ in words.values())
    said = forms("".join(body))
    return bool(total) and sum(v for v, inner in words.values() if inner & said) < HOLLOW_HELD * total


def measure(text: str, items: tuple[str, ...] = ()) -> dict[str, object]:
    paras = tasks_part(parts_of(text))
    total = sum(map(len, paras))
    catch = 0
    inside = False
    for p in paras:
        if _SECTION.match(p):
            inside = bool(_CATCH_ALL.match(p))
        if inside:
            catch += len(p)
    clash: list[str] = []
    off: list[str] = []
    empty: list[str] = []
    for sec in sections_of(paras):
        if sec.heading.rstrip("。") in items and not sec.items:
            body = [x for p in sec.paras for x in re.findall(r"[^。]+。", p)][1:]
            if hollow(sec.heading, body):
                empty.append(f"{sec.heading} ← {''.join(body)[:60]}")
        if _CATCH_ALL.match("（一）" + sec.heading):
            continue
        for heading, body in sec.items:
            if heading.rstrip("。") in items and hollow(heading, body):
                empty.append(f"{heading} ← {''.join(body)[:60]}")
            for s in body:
                if clashes(heading, s):
                    clash.append(f"{heading} ← {s}")
                mine, theirs = subject_of(heading), subject_of(s)
                if mine and theirs and mine != theirs and not akin_subjects(theirs, mine):
                    off.append(f"{heading}[{mine}] ← {s}[{theirs}]")
    return {"share": catch / total if total and catch else None, "clash": clash, "hollow": empty, "offsubject": off}


def main() -> None:
    ap = argparse.ArgumentParser()
    draft_options(ap, seeds=[1, 2, 3])
    args = ap.parse_args()
    shares: list[float] = []
    counts = {"clash": 0, "hollow": 0, "offsubject": 0}
    lengths: list[float] = []
    for path, brief, seed, text, body in drafts(args):
        found = measure(text, tuple(it for p in brief.priorities for it in p.items)
                        if brief.kind not in ("pledge", "address") else ())
        share = found["share"]
        if isinstance(share, float):
            shares.append(share)
        lengths.append(body / brief.target_length)
        for k in counts:
            counts[k] += len(found[k])  # type: ignore[arg-type]
        print(f"{path.stem:38} s{seed} share {share if share is None else f'{share:.2f}'}  clash "
              f"{len(found['clash'])}  hollow {len(found['hollow'])}  offsubject {len(found['offsubject'])}  "  # type: ignore[arg-type]
              f"length {body}/{brief.target_length}")
        if args.show:
            for k in counts:
                for line in found[k]:  # type: ignore[attr-defined]
                    print(f"      {k}: {line}")
    if shares:
        print(f"\ncatch-all share of the tasks part: {len(shares)} drafts, mean {sum(shares) / len(shares):.3f}, "
              f"max {max(shares):.3f}, over 0.20: {sum(s > 0.20 for s in shares)}")
    print(f"{len(lengths)} drafts: clash {counts['clash']}, hollow {counts['hollow']}, "
          f"offsubject {counts['offsubject']}; length share mean "
          f"{sum(lengths) / len(lengths):.3f}, min {min(lengths):.3f}")


if __name__ == "__main__":
    main()
