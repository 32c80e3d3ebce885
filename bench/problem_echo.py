"""How a draft says its brief's problems back (answer29, outside readers' second complaint: the problem list pasted
into the tasks part and "solved" by a template sentence), by hand:

    python bench/problem_echo.py [--briefs DIR …] [--seeds 1 2 3] [--show]

Per draft and problem it counts: echoes, each time a run of ECHO_RUN or more characters of the problem is said again
after its first mention (the problem read out once is the aim), and of them pasted, the runs that say how it falls
short (its last ECHO_RUN characters: 门诊量恢复较慢, not a measure's 城乡结合部、背街小巷等重点区域); unanswered, a gap
with no answer of the templates
(compose.answers: Answers.said) and no measure of the draft naming it (bench_problems.homes_of: unanswered or a stock
move); off subject, an answer said inside a numbered item (一是…) or subsection whose subject (serve.subject_of) is
another than its problem's, both known.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.serve import subject_of
from jianggao.render import load_resources

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_problems import homes_of, plan_gaps, speak  # noqa: E402

HERE = Path(__file__).resolve().parent
ECHO_RUN = 10
_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）)([^。：]{2,40})")


def mentions(text: str, problem: str, run: int = ECHO_RUN) -> int:
    """How many separate places of ``text`` say a run of ``run`` characters of ``problem`` (the whole of it where it
    is shorter)."""
    n = min(run, len(problem))
    grams = {problem[i:i + n] for i in range(len(problem) - n + 1)}
    count, i = 0, 0
    while i <= len(text) - n:
        if text[i:i + n] in grams:
            count += 1
            j = i + n
            while j < len(text) and text[j - n + 1:j + 1] in grams:
                j += 1
            i = j
        else:
            i += 1
    return count


def pasted(text: str, problem: str, run: int = ECHO_RUN) -> int:
    """How many times ``text`` says the problem's last ``run`` characters, the words that say how it falls short (门诊量
    恢复较慢): the problem read out, not its object named by a measure (城乡结合部、背街小巷等重点区域…)."""
    return text.count(problem[-run:])


def item_of(text: str, said: str) -> str:
    """The numbered item (一是X, or the subsection heading) the paragraph holding ``said`` stands under, "" if none."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    key = said[:24]
    at = next((i for i, p in enumerate(paras) if key in p), -1)
    for p in reversed(paras[:at + 1]):
        m = _ITEM.match(p)
        if m:
            return m.group(1)
    return ""


def measure(paths: list[Path], seeds: list[int], show: bool = False) -> dict[str, int]:
    res = load_resources()
    total = {"drafts": 0, "problems": 0, "echoes": 0, "pasted": 0, "unanswered": 0, "off_subject": 0}
    for path in paths:
        brief = load_brief(path)
        if not brief.problems:
            continue
        for seed in seeds:
            text, made = speak(brief, res, seed)
            said = dict(made.said) if made else {}
            total["drafts"] += 1
            for p in brief.problems:
                total["problems"] += 1
                extra = max(0, mentions(text, p) - 1)
                total["echoes"] += extra
                again = max(0, pasted(text, p) - 1)
                total["pasted"] += again
                if show and extra:
                    print(f"echo {path.stem} s{seed}: {p} ×{extra + 1}{' (pasted)' if again else ''}")
            homes = homes_of(text, brief, said)
            for g in plan_gaps(brief):
                if homes.get(g) in ("unanswered", "stock move"):
                    total["unanswered"] += 1
                    if show:
                        print(f"unanswered {path.stem} s{seed}: {g} ({homes.get(g)})")
                s = said.get(g, "")
                if not s:
                    continue
                item = item_of(text, s)
                mine, theirs = subject_of(g), subject_of(item) if item else ""
                if mine and theirs and mine != theirs:
                    total["off_subject"] += 1
                    if show:
                        print(f"off {path.stem} s{seed}: {g} [{mine}] under {item} [{theirs}]")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--briefs", nargs="*", type=Path, default=[HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", nargs="*", type=int, default=[1, 2, 3])
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    paths = sorted(p for d in args.briefs for p in (d.glob("*.yaml") if d.is_dir() else [d]))
    print(measure(paths, args.seeds, args.show))


if __name__ == "__main__":
    main()
