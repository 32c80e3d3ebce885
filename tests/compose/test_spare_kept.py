"""Picker.spare keeps each answer by what it reads of the picker (_spare_state): finish asks every area's pool for every
item while nothing is said. Kept or worked out afresh on each ask, the speech is the same."""
from __future__ import annotations

import itertools

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import core
from jianggao.compose.picker import Picker

BRIEFS = ("samples/annual_conference.yaml", "bench/briefs/b04_work_report_2017_district_rich.yaml",
          "bench/briefs/b13_annual_2025_county_rich.yaml")


@pytest.mark.parametrize("name", BRIEFS)
def test_spare_kept_words_as_spare_asked_afresh(real, monkeypatch, name):
    brief = load_brief(REPO / name)
    asked: list[int] = []
    kept_state = Picker._spare_state

    def counted(self, topic, own):
        asked.append(1)
        return kept_state(self, topic, own)

    monkeypatch.setattr(Picker, "_spare_state", counted)
    kept = core.compose(brief, real.bank, real.templates, seed=2)
    assert len(asked) > 1
    fresh_keys = itertools.count()
    monkeypatch.setattr(Picker, "_spare_state", lambda self, topic, own: next(fresh_keys))
    afresh = core.compose(brief, real.bank, real.templates, seed=2)
    assert kept == afresh
