"""Benchmark (run by hand): how many versions ``core.compose``'s search for length words per brief (issue 11: each
wording is most of a render), over bench/briefs and samples/ at seeds 1–3.

    python bench/bench_versions.py [--seeds 1 2 3] [--jobs 2]          # versions worded, kept length, per brief
    python bench/bench_versions.py --steps /tmp/steps.json            # also word every step of the search (slow):
                                                                      # each step's plan and length, for calibrating

A brief not held to its length (Plan.held_to_length) is worded once; a held one is worded once per version its
search tries. The count is of ``_compose_once`` calls during one ``compose``.
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BRIEFS = sorted((REPO / "bench" / "briefs").glob("*.yaml")) + sorted((REPO / "samples").glob("*.yaml"))

_RES = None


def _resources():  # type: ignore[no-untyped-def]
    global _RES
    if _RES is None:
        from jianggao.render import load_resources

        _RES = load_resources()
    return _RES


def plan_features(the_plan) -> dict:  # type: ignore[no-untyped-def]
    """What a plan says about the length its wording can reach."""
    return {"extra_areas": the_plan.extra_areas, "room": the_plan.room, "deep": the_plan.deep,
            "areas": len(the_plan.tasks), "own": sum(1 for t in the_plan.tasks if t.view.from_brief),
            "items": sum(len(t.view.items) for t in the_plan.tasks),
            "budgets": {p.role: p.budget for p in the_plan.parts}}


def one(path: str, seed: int, steps: bool) -> dict:
    """Versions ``compose`` words for ``path`` at ``seed``: each one's step, plan and length; the kept length."""
    from jianggao.briefs.load import load_brief
    from jianggao.compose import core
    from jianggao.compose.plan import MOST_EXTRA

    res = _resources()
    brief = load_brief(Path(path))
    calls: list[tuple] = []
    once = core._compose_once

    def counting(*args):  # type: ignore[no-untyped-def]
        speech = once(*args)
        calls.append((args[-1], speech.body_length()))
        return speech

    core._compose_once = counting
    try:
        speech = core.compose(brief, res.bank, res.templates, seed=seed)
    finally:
        core._compose_once = once
    out = {"brief": Path(path).name, "seed": seed, "target": brief.target_length,
           "held": core.plan_of(brief, res.templates).held_to_length, "kept": speech.body_length(),
           "worded": [{**plan_features(p), "length": n} for p, n in calls]}
    if steps and out["held"]:
        seen: dict = {}
        rows = []
        for k in range(MOST_EXTRA + 2):
            p = core.plan_of(brief, res.templates, min(k, MOST_EXTRA))
            if k > MOST_EXTRA:
                import dataclasses

                p = dataclasses.replace(p, room=core.ROOM)
            key = repr(core._wording_key(p))
            if key not in seen:
                seen[key] = once(brief, res.bank, res.templates, seed, core.MAX_FILL, p).body_length()
            rows.append({"k": k, **plan_features(p), "length": seen[key], "same_as_before": key in
                         [r["key"] for r in rows], "key": key})
        for r in rows:
            del r["key"]
        out["steps"] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--steps", type=Path, help="word every step too and write all to this JSON file")
    ap.add_argument("briefs", nargs="*", type=Path, help="default: bench/briefs/*.yaml and samples/*.yaml")
    args = ap.parse_args(argv)
    briefs = [str(b) for b in (args.briefs or BRIEFS)]
    cases = [(b, s, bool(args.steps)) for b in briefs for s in args.seeds]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(one, *zip(*cases, strict=True)))
    total = 0
    most: dict[str, int] = {}
    for r in results:
        n = len(r["worded"])
        total += n
        most[r["brief"]] = max(most.get(r["brief"], 0), n)
        lengths = " ".join(f"{w['length']}" for w in r["worded"])
        print(f"{r['brief']:<40} seed {r['seed']}  {'held' if r['held'] else '    '}  worded {n}  "
              f"kept {r['kept']:>5} / {r['target']} ({r['kept'] / r['target']:.3f})  versions: {lengths}")
    held = [r for r in results if r["held"]]
    print(f"\n{len(results)} cases ({len(held)} held): {total} versions worded; "
          f"held briefs worded more than twice: {sum(1 for r in held if len(r['worded']) > 2)}; "
          f"most for one case: {max(len(r['worded']) for r in results)}")
    if args.steps:
        args.steps.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"steps written to {args.steps}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
