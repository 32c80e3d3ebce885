"""Era shift (run by hand): the bench briefs moved to other years — do their drafts say measures of another era?

    python bench/era_shift.py --keep /tmp/shift            # render every bench brief in 4 other years, then count
    python bench/era_shift.py --rescan /tmp/shift          # count again (this tree's windows) in drafts kept before

The readers of round 41 found measures of the wrong era in drafts whose slogans were right (疫苗全流程管理 in 2013,
住院分娩 in 2022, 把中医科、中药房建起来 in 2026): a brief of one year exercises only its own year's windows.  Here each
of bench/briefs is moved to four other years of 2012–2026 (its ``year``, ``date`` and the year in its ``meeting``;
everything else as typed), rendered with ``jianggao render --format txt``, and each sentence asked, through the seam
compose uses (jianggao.compose.era.out_of_time), for terms outside their time on the moved date; the brief's own
words are the secretary's and are not counted (bench/era_scan.py's rules, whose report this prints).

``--rescan`` of drafts an older commit rendered, read with this tree's windows, is the before → after: what the
older tables let through that the newer ones name.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import era_scan  # noqa: E402  (the scan's findings and report, shared)

# The years each brief is moved to: spread over the registry's eras (the first reform years, the 卫生计生 years, the
# pandemic, the 二十大 years), four per brief, by the brief's place in the folder so every year is met.
YEARS = (2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
PER_BRIEF = 4


def years_for(index: int, own: int) -> list[int]:
    """Four years other than the brief's own, stepping through YEARS from the brief's index."""
    out: list[int] = []
    i = index * 3
    while len(out) < PER_BRIEF:
        y = YEARS[i % len(YEARS)]
        if y != own and y not in out:
            out.append(y)
        i += 4
    return out


def moved(brief: dict, year: int) -> dict:
    """``brief`` held in ``year``: its year, its date's year (29 February kept valid) and its meeting's year."""
    b = dict(brief)
    own = int(b["year"])
    b["year"] = year
    if b.get("date"):
        d = str(b["date"])
        month_day = d[5:] if d[5:] != "02-29" else "02-28"
        b["date"] = f"{year + (int(d[:4]) - own)}-{month_day}"
    if isinstance(b.get("meeting"), str):
        b["meeting"] = b["meeting"].replace(str(own), str(year))
    return b


def shifted_briefs(folder: Path) -> list[Path]:
    out = []
    for i, path in enumerate(sorted((HERE / "briefs").glob("*.yaml"))):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for year in years_for(i, int(raw["year"])):
            target = folder / f"{path.stem}@{year}.yaml"
            target.write_text(yaml.safe_dump(moved(raw, year), allow_unicode=True, sort_keys=False), encoding="utf-8")
            out.append(target)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jianggao", default=shutil.which("jianggao") or "jianggao")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the briefs and drafts here (else a temporary folder)")
    ap.add_argument("--rescan", type=Path, help="count again in a folder --keep wrote")
    ap.add_argument("--show", type=int, default=2, help="example sentences per term")
    args = ap.parse_args(argv)
    if args.rescan:
        done = []
        for out in sorted((args.rescan / "drafts").glob("*_s*.txt")):
            stem, _, seed = out.stem.rpartition("_s")
            done.append((args.rescan / "briefs" / f"{stem}.yaml", int(seed), out))
        return era_scan.report(done, len(done), str(args.seed), args.show)
    work = args.keep or Path(tempfile.mkdtemp(prefix="era_shift_"))
    (work / "briefs").mkdir(parents=True, exist_ok=True)
    (work / "drafts").mkdir(parents=True, exist_ok=True)
    briefs = shifted_briefs(work / "briefs")

    def render(brief: Path) -> tuple[Path, int, Path | None]:
        out = work / "drafts" / f"{brief.stem}_s{args.seed}.txt"
        run = subprocess.run([args.jianggao, "render", str(brief), "--format", "txt", "-o", str(out), "--force",
                              "--seed", str(args.seed)], capture_output=True, text=True)
        if run.returncode != 0:
            said = " ".join(run.stderr.split())
            print(f"{brief.name}: {said[:200]}", file=sys.stderr)
        return brief, args.seed, out if run.returncode == 0 and out.exists() else None

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(render, briefs))
    era_scan.report(done, len(briefs), str(args.seed), args.show)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
