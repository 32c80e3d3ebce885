"""How much of each draft the standing-areas catch-all takes (catchall33), by hand:

    python bench/bench_catchall_share.py [--briefs DIR_OR_FILE ...] [--seeds 1] [--show] [--out DIR]

Renders every brief of bench/briefs, bench/level_briefs, bench/special_briefs and samples (in-process, through
compose) and, in the drafts of a kind whose task part closes on the level's standing areas (compose.standing's
CATCH_ALL_KINDS), measures the catch-all block (its heading one of CATCH_ALL_HEADINGS, up to the next subsection or
part): its characters, its share of the task part (bench_outline.tasks_part) and of the speech's body, the areas it
names (一是, 二是 …) and the most sentences one area says beyond its heading clause. Each draft is shown beside its
brief's weight (reviewed topics / priorities) and its length against the target; the summary gives the means and
maxima per kind and how many drafts break compose.standing's bounds (the bench counts for itself: it only reads the
numbers the bounds are).

Real speeches (the corpus, 2010s county and city meetings) give the other areas 3–8% of their task part: one
sentence listing them (其他工作，诸如除四害、健康教育…，要…认真抓好抓实。), or a short numbered run of one or two
sentences an area under 其它工作 / 与此同时 after the main ones.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_outline import draft_options, drafts, parts_of, tasks_part  # noqa: E402

from jianggao.compose.plan import AREAS_FOR_LENGTH  # noqa: E402
from jianggao.compose.standing import (  # noqa: E402
    AREA_SENTENCES_MOST,
    CATCH_ALL_HEADINGS,
    CATCH_ALL_KINDS,
    HELD_AREA_SENTENCES_MOST,
    HELD_SPEECH_SHARE_MOST,
    HELD_TASKS_SHARE_MOST,
    SPEECH_SHARE_MOST,
    TASKS_SHARE_MOST,
)

HERE = Path(__file__).resolve().parent
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")
_AREA = re.compile(r"^[一二三四五六七八九十]是")
_SENTENCE = re.compile(r"[^。！？]+[。！？]")


def catch_all_of(text: str) -> tuple[list[str], list[str]]:
    """The catch-all's paragraphs (its heading first) and the task part's, from a rendered draft."""
    paras = tasks_part(parts_of(text))
    out: list[str] = []
    inside = False
    for p in paras:
        if _SECTION.match(p):
            inside = _SECTION.sub("", p).rstrip("。") in CATCH_ALL_HEADINGS
        if inside:
            out.append(p)
    return out, paras


def areas_of(block: list[str]) -> list[int]:
    """The sentences each area of the catch-all says beyond its heading clause (一是X。 is the clause; a paragraph
    after it without an ordinal goes on the same area)."""
    counts: list[int] = []
    for p in block[1:]:
        n = len(_SENTENCE.findall(p))
        if _AREA.match(p):
            counts.append(n - 1)
        elif counts:
            counts[-1] += n
    return counts


def bounds(held: bool) -> tuple[float, float, int]:
    """The tier's bounds: (task part share, speech share, sentences an area)."""
    if held:
        return HELD_TASKS_SHARE_MOST, HELD_SPEECH_SHARE_MOST, HELD_AREA_SENTENCES_MOST
    return TASKS_SHARE_MOST, SPEECH_SHARE_MOST, AREA_SENTENCES_MOST


def over(row: dict[str, object]) -> bool:
    tasks, speech, most = bounds(bool(row["held"]))
    return row["tasks"] > tasks or row["speech"] > speech or row["most"] > most  # type: ignore[operator]


def main() -> None:
    ap = argparse.ArgumentParser()
    draft_options(ap, seeds=[1])
    ap.set_defaults(briefs=[HERE / "briefs", HERE / "level_briefs", HERE / "special_briefs", HERE.parent / "samples"])
    args = ap.parse_args()
    rows: list[dict[str, object]] = []
    for path, brief, seed, text, body in drafts(args):
        if brief.kind not in CATCH_ALL_KINDS:
            continue
        block, tasks = catch_all_of(text)
        chars = sum(map(len, block))
        task_chars = sum(map(len, tasks)) or 1
        areas = areas_of(block)
        row = {"name": path.stem, "seed": seed, "kind": brief.kind, "chars": chars,
               "tasks": chars / task_chars, "speech": chars / body if body else 0.0, "areas": len(areas),
               "most": max(areas, default=0), "weight": f"{len(brief.achievements)}/{len(brief.priorities)}",
               "rich": len(brief.achievements) >= 3 and len(brief.priorities) >= 3,
               # (plan.held_to_length: three reviewed areas and three priorities; the looser tier's bounds)
               "held": len(brief.achievements) >= AREAS_FOR_LENGTH and len(brief.priorities) >= AREAS_FOR_LENGTH,
               "length": body / brief.target_length}
        rows.append(row)
        flag = (" held" if row["held"] else "") + (" !" if over(row) else "")
        print(f"{path.stem:40} s{seed} {brief.kind[:8]:8} brief {row['weight']:>4}  catch-all {chars:>5}  "
              f"tasks {row['tasks']:.2f}  speech {row['speech']:.2f}  areas {len(areas)}  most {row['most']}  "
              f"length {row['length']:.2f}{flag}")
        if args.show and block:
            for p in block:
                print(f"      {p}")
    print(f"\nbounds: tasks share ≤ {TASKS_SHARE_MOST}, speech share ≤ {SPEECH_SHARE_MOST}, "
          f"sentences an area ≤ {AREA_SENTENCES_MOST}; a brief held to its length (held) short of its floor: "
          f"≤ {HELD_TASKS_SHARE_MOST}, ≤ {HELD_SPEECH_SHARE_MOST}, ≤ {HELD_AREA_SENTENCES_MOST}")
    for kind in [*sorted({str(r["kind"]) for r in rows}), "held", "not held", "all"]:
        mine = [r for r in rows if kind in ("all", r["kind"]) or (kind == "held") == bool(r["held"]) and "held" in kind]
        with_block = [r for r in mine if r["chars"]]
        if not with_block:
            print(f"  {kind:18} {len(mine)} drafts, none with a catch-all")
            continue
        tasks = [float(r["tasks"]) for r in with_block]  # type: ignore[arg-type]
        speech = [float(r["speech"]) for r in with_block]  # type: ignore[arg-type]
        broken = sum(1 for r in with_block if over(r))
        rich = [float(r["length"]) for r in mine if r["rich"]]  # type: ignore[arg-type]
        print(f"  {kind:18} {len(mine):>3} drafts, {len(with_block):>3} with one: chars mean "
              f"{statistics.mean(int(r['chars']) for r in with_block):>5.0f} max {max(int(r['chars']) for r in with_block):>5}; "  # type: ignore[call-overload]
              f"tasks mean {statistics.mean(tasks):.2f} max {max(tasks):.2f}; speech mean {statistics.mean(speech):.2f} "
              f"max {max(speech):.2f}; over bounds {broken}; rich within ±15% "
              f"{sum(1 for x in rich if abs(x - 1) <= 0.15)} of {len(rich)}")


if __name__ == "__main__":
    main()
