"""core.compose's search for length words each distinct version once: a step whose plan the wording reads alike
(a report whose level has no standing area left to add) is the version worded before (core._wording_key)."""
from __future__ import annotations

import re

from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import core
from jianggao.compose.plan import MOST_EXTRA

SOURCES = REPO / "src" / "jianggao" / "compose"


def test_extra_areas_is_read_only_where_the_wording_key_knows():
    # _wording_key leaves extra_areas out but a special meeting's facet count; a new reader must be added there too
    readers = set()
    for path in [*SOURCES.glob("*.py"), *(REPO / "templates").rglob("*.j2")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\.extra_areas\b", line):
                readers.add((path.name, line.strip()))
    assert readers == {
        ("core.py", "keys += [main_topic] * max(0, 4 + the_plan.extra_areas - len(keys))"),
        ("core.py", 'facets = max(0, 4 + the_plan.extra_areas - len(the_plan.tasks)) if the_plan.kind == "special_topic" else 0'),
        ("tasks.j2", '{% set facet_count = [0, 4 + plan.extra_areas - tasks|length]|max if kind == "special_topic" else 0 %}'),
    }, readers


def test_versions_alike_are_worded_once_and_word_alike(real, monkeypatch):
    # (b14, a 2026 city report, was the example until len22 gave reports core standing areas: every step now adds one;
    # a thin 2014 district's steps read alike)
    brief = load_brief(REPO / "bench" / "briefs" / "b02_annual_2014_district_thin.yaml")
    plans = [core.plan_of(brief, real.templates, k) for k in range(MOST_EXTRA + 1)]
    keys = [core._wording_key(p) for p in plans]
    assert len({p.extra_areas for p in plans}) > 1 and len([k for k in keys if k == keys[0]]) > 1
    same = next(p for p, k in zip(plans[1:], keys[1:], strict=True) if k == keys[0])
    a = core._compose_once(brief, real.bank, real.templates, 1, core.MAX_FILL, plans[0])
    b = core._compose_once(brief, real.bank, real.templates, 1, core.MAX_FILL, same)
    assert a == b
    calls = []
    once = core._compose_once
    monkeypatch.setattr(core, "_compose_once", lambda *args: calls.append(args[-1]) or once(*args))
    core.compose(brief, real.bank, real.templates, seed=1)
    worded = [core._wording_key(p) for p in calls]
    assert len(worded) == len(set(map(repr, worded))) < MOST_EXTRA + 2
