"""The brief's problems said back (issue 13, class REP, round 42's kind 1): a problem's words pasted as a sentence's
opener, pledged with no measure, or named again after the review read it out.

    python bench/bench_pasted.py DRAFTS_DIR [--briefs bench/briefs] [--show]

Reads the .txt drafts in DRAFTS_DIR (as bench_quality.py --out or bench_repeats.py --keep leave them: BRIEF.txt,
BRIEF.seedN.txt) beside their briefs, and counts per draft:
  opener   a sentence (less its 一是/二是 and 针对) opening on a problem's name or one of its clauses;
  pledge   a sentence that pledges a problem solved (下决心解决, 作为今年的重点来解决, 这块短板…补上, 拿出管用的办法);
  again    each naming of a problem (its name or a clause of it, 6+ characters) beyond its first in the draft.
Independent of compose's own bookkeeping: the names are cut here from the brief's text (its clauses, less 部分/辖区 and
the like), not asked of compose.answers.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_CLAUSE = re.compile(r"[，；。,;、]")
_QUALIFIER = re.compile(r"^(?:全面两孩政策实施后|但是|但|而且|部分|一些|个别|辖区内?|全[县区市旗镇]|我[县区市旗镇])+")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|首先，|其次，|再次，|最后，|同时，|此外，|特别是)?(?:针对|对于|对)?")
_PLEDGE = re.compile(r"下决心解决|作为(?:今年|下半年)的重点来解决|短板[^，。]{0,6}补上|拿出管用的办法|首先要改变的状况")
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_MIN = 6


def names_of(problem: str) -> list[str]:
    """The words a draft may say a problem back by: each clause of 6+ characters, less its qualifiers."""
    out = []
    for clause in _CLAUSE.split(problem):
        c = _QUALIFIER.sub("", clause.strip())
        if len(c) >= _MIN:
            out.append(c)
    return out


def brief_problems(brief: Path) -> list[str]:
    data = yaml.safe_load(brief.read_text(encoding="utf-8")) or {}
    return [str(p) for p in (data.get("problems") or data.get("问题") or [])]


def measure(text: str, problems: list[str]) -> dict:
    sentences = [s.strip("　 ") for line in text.splitlines() for s in _SENTENCE.findall(line.strip("　 "))]
    names = [n for p in problems for n in names_of(p)]
    openers, pledges, again = [], [], []
    for s in sentences:
        head = _ORDINAL.sub("", s)
        if any(head.startswith(n) for n in names):
            openers.append(s)
        if _PLEDGE.search(s):
            pledges.append(s)
    for n in names:
        hits = [s for s in sentences if n in s]
        again += hits[1:]
    return {"opener": openers, "pledge": pledges, "again": again}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", type=Path)
    ap.add_argument("--briefs", type=Path, default=HERE / "briefs")
    ap.add_argument("--show", action="store_true", help="list the sentences")
    args = ap.parse_args()
    totals = {"opener": 0, "pledge": 0, "again": 0}
    n = 0
    for draft in sorted(args.drafts.glob("*.txt")):
        brief = args.briefs / (draft.name.split(".")[0] + ".yaml")
        if not brief.exists():
            continue
        problems = brief_problems(brief)
        m = measure(draft.read_text(encoding="utf-8"), problems)
        n += 1
        for k in totals:
            totals[k] += len(m[k])
        print(f"{draft.stem:<44}{len(problems):>3} problems  opener {len(m['opener']):>2}  pledge {len(m['pledge']):>2}"
              f"  again {len(m['again']):>2}")
        if args.show:
            for k in totals:
                for s in m[k]:
                    print(f"    {k:<7}{s[:90]}")
    print(f"{n} drafts: opener {totals['opener']}, pledge {totals['pledge']}, again {totals['again']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
