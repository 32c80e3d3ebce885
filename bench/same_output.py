"""Check (run by hand) that a speed-up changed nothing a user gets: every held-out, level and special-meeting brief
(bench/briefs, bench/level_briefs, bench/special_briefs) at seeds 1–3 and every sample, rendered by a reference build
and by this checkout, gives byte-identical .txt and .docx parts (but docProps/core.xml, which carries the time of
writing), the same exit code and the same messages.

    python bench/same_output.py                          # reference: /work/venv/bin/jianggao (main)
    python bench/same_output.py --ref-commit 8c50196     # reference: that commit of this repository
    python bench/same_output.py --ref "/path/to/python -m jianggao" --jobs 2

This checkout runs as ``python -m jianggao`` with ``src/`` first on the path (whatever is installed).  Exit 0
when all match, 1 when any differ (each difference is listed).
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REF = "/work/venv/bin/jianggao"


def cases(seeds: list[int]) -> list[tuple[str, Path, int | None]]:
    """(label, brief, seed or None): the held-out briefs, the level and special-meeting briefs at each seed, the
    samples at their own seed."""
    out: list[tuple[str, Path, int | None]] = []
    for folder in ("briefs", "level_briefs", "special_briefs"):
        for brief in sorted((REPO / "bench" / folder).glob("*.yaml")):
            out += [(f"{folder}/{brief.stem}@{s}", brief, s) for s in seeds]
    out += [(f"samples/{b.stem}", b, None) for b in sorted((REPO / "samples").glob("*.yaml"))]
    return out


def render(cmd: list[str], env: dict[str, str], brief: Path, seed: int | None, out: Path) -> tuple[int, str]:
    """Run one render; (exit code, stderr with the output folder made neutral)."""
    argv = [*cmd, "render", str(brief), "-o", str(out), "--force"]
    if seed is not None:
        argv += ["--seed", str(seed)]
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    return done.returncode, done.stderr.replace(str(out.parent), "OUT")


def docx_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def compare(label: str, brief: Path, seed: int | None, ref: list[str], ref_env: dict[str, str],
            ours: list[str], our_env: dict[str, str], tmp: Path) -> list[str]:
    """The differences between the two builds' renders of one case ([] when none)."""
    problems = []
    for suffix in (".txt", ".docx"):
        got = {}
        for side, cmd, env in (("ref", ref, ref_env), ("ours", ours, our_env)):
            folder = tmp / side / label.replace("/", "_")
            folder.mkdir(parents=True, exist_ok=True)
            out = folder / f"speech{suffix}"
            code, err = render(cmd, env, brief, seed, out)
            body: object = None
            if out.exists():
                body = out.read_bytes() if suffix == ".txt" else docx_parts(out)
            got[side] = (code, err, body)
        (rc, re_, rb), (oc, oe, ob) = got["ref"], got["ours"]
        if rc != oc:
            problems.append(f"{label}{suffix}: exit {rc} (reference) vs {oc}")
        if re_ != oe:
            problems.append(f"{label}{suffix}: messages differ:\n  reference: {re_!r}\n  ours:      {oe!r}")
        if rb != ob:
            if isinstance(rb, dict) and isinstance(ob, dict):
                parts = sorted(n for n in set(rb) | set(ob) if rb.get(n) != ob.get(n))
                problems.append(f"{label}{suffix}: parts differ: {', '.join(parts)}")
            else:
                problems.append(f"{label}{suffix}: text differs")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default=DEFAULT_REF, help="the reference command (default: main's install)")
    ap.add_argument("--ref-commit", help="use this commit of the repository as the reference instead")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jianggao-same-"))
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    base_env["JIANGGAO_CACHE_DIR"] = ""   # neither side reads nor writes a user cache: both compute afresh
    try:
        ref_env = dict(base_env)
        if args.ref_commit:
            tree = tmp / "ref-tree"
            tree.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", args.ref_commit], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            ref = [sys.executable, "-m", "jianggao"]
            ref_env["PYTHONPATH"] = str(tree / "src")
        else:
            ref = shlex.split(args.ref)
        ours = [sys.executable, "-m", "jianggao"]
        our_env = dict(base_env, PYTHONPATH=str(REPO / "src"))
        todo = cases(args.seeds)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda c: compare(*c, ref, ref_env, ours, our_env, tmp), todo))
        problems = [p for r in results for p in r]
        for p in problems:
            print(p)
        print(f"{len(todo)} briefs × (.txt, .docx): {'all the same' if not problems else f'{len(problems)} differences'}")
        return 1 if problems else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
