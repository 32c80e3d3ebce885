"""How often a brief's problem falls to the answer table's catch-all (answer32), by hand:

    python bench/bench_problem_kinds.py [--show] [--misses] [--table OLD_problem_answers.yaml]

For every phrasing of bench/problem_kinds.py (KINDS, and the problem lists of MIXED), split into its gaps as compose
splits it (compose.gaps), and at five speeches (a county in 2024 and a city in 2012 in a government leader's mouth, a
district in 2016 in its bureau head's, a town in 2020 and a street in 2026 in their own), the entry that answers each
gap: the first of answers.entries_of (in the order answers.acting_first puts them) the speech's level may say (a township
only its ``town``/``street`` wording).
A gap is "caught" where that entry is a catch-all (answers.is_catch_all: worded on the gap's own subject, knowing
nothing of it) or none answers it; "off" where its entry's measure holds none of the kind's markers.  A township's
gaps that no entry words for it (编制, 价格: not a 镇's to decide) are counted apart ("above"), and so are the gaps only an
entry of another date answers ("era": 托育 at a 2012 speech, 核酸检测 at a 2024 one).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from problem_kinds import KINDS, MIXED  # noqa: E402

from jianggao.compose import voice  # noqa: E402
from jianggao.compose.answers import (  # noqa: E402
    _fill,
    acting_first,
    below_city,
    bodies,
    city_answer,
    entries_of,
    is_catch_all,
    remedy_of,
    slots_for,
    township_answer,
    township_bodies,
)
from jianggao.compose.gaps import gaps_of  # noqa: E402
from jianggao.model.remedies import table as remedy_table  # noqa: E402

TABLE = yaml.safe_load((Path(__file__).resolve().parents[1] / "templates" / "wording" / "problem_answers.yaml")
                       .read_text(encoding="utf-8"))
REMEDIES = remedy_table()
SPEECHES = (("县", dt.date(2024, 2, 20), voice.GOVERNMENT), ("市", dt.date(2012, 3, 1), voice.GOVERNMENT),
            ("区", dt.date(2016, 3, 1), voice.BUREAU), ("镇", dt.date(2020, 3, 1), voice.GOVERNMENT),
            ("街道", dt.date(2026, 2, 25), voice.GOVERNMENT))


# The dates a gap answered at none of the speeches' dates is tried at (is it a kind of another time?).
ERAS = (dt.date(2013, 6, 1), dt.date(2017, 6, 1), dt.date(2021, 6, 1), dt.date(2025, 6, 1))


def answering(gap: str, level: str, date: dt.date, role: str = voice.GOVERNMENT) -> tuple[dict | None, str]:
    """The entry that answers ``gap`` in a speech of ``level`` on ``date`` and its measure as said there (its slots
    filled with the level's bodies)."""
    township = level in ("乡", "镇", "街道")
    slots = township_bodies(level, "annual_conference") if township else bodies(level, date, role, "annual_conference")
    kind = remedy_of(gap, REMEDIES, date)
    below = below_city(gap, level)
    for entry in acting_first(list(entries_of(gap, TABLE, date)), kind[1] if kind else None, role, level, below):
        said = township_answer(entry, level, gap) if township else \
            str(((city_answer(entry) or entry) if below else entry).get("text") or "")
        if said:
            return entry, _fill(said, slots_for(gap, slots))
    return None, ""


def verdict(gap: str, level: str, date: dt.date, role: str, markers: tuple[str, ...]) -> str:
    """answered | off | caught | above (a township's gap no entry words for it)."""
    entry, said = answering(gap, level, date, role)
    if entry is None:
        township = level in ("乡", "镇", "街道")
        if township and any(True for _ in entries_of(gap, TABLE, date)):
            return "above"
        # (a gap only another date's entry names: its work was not the speech's to do then, 托育 in 2012)
        return "era" if any(not is_catch_all(e) for d in ERAS for e in entries_of(gap, TABLE, d)) else "caught"
    if is_catch_all(entry):
        return "caught"
    return "answered" if not markers or any(m in said for m in markers) else "off"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="each phrasing's verdicts")
    ap.add_argument("--misses", action="store_true", help="only the phrasings caught or off somewhere")
    ap.add_argument("--table", type=Path, help="another problem_answers.yaml (an older one, for before/after)")
    args = ap.parse_args(argv)
    if args.table:
        TABLE[:] = yaml.safe_load(args.table.read_text(encoding="utf-8"))
    phrasings = [(k, m, p) for k, m, ps in KINDS for p in ps] + [("mixed", (), p) for ps in MIXED for p in ps]
    totals: dict[str, dict[str, int]] = {lv: {} for lv, _, _ in SPEECHES}
    for kind, markers, problem in phrasings:
        row = []
        for level, date, role in SPEECHES:
            for gap in gaps_of(problem) or (problem,):
                v = verdict(gap, level, date, role, markers)
                totals[level][v] = totals[level].get(v, 0) + 1
                row.append(f"{level}:{v}")
        if args.show or (args.misses and any(not r.endswith("answered") for r in row)):
            print(f"{kind:8} {problem:28} {' '.join(r for r in row if not r.endswith('answered'))}")
    print(f"\n{len(phrasings)} phrasings of {len(KINDS)} kinds and {len(MIXED)} lists")
    for level, counts in totals.items():
        n = sum(counts.values())
        print(f"{level:3} gaps {n:4}  answered {counts.get('answered', 0):4}  off {counts.get('off', 0):3}  "
              f"caught {counts.get('caught', 0):4} ({counts.get('caught', 0) / n:.1%})  era {counts.get('era', 0):3}  "
              f"above {counts.get('above', 0)}")
    county = [totals[lv] for lv in ("县", "市", "区")]
    n = sum(sum(c.values()) for c in county)
    caught = sum(c.get("caught", 0) for c in county)
    print(f"catch-all rate (县/市/区 speeches): {caught}/{n} = {caught / n:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
