"""Picker.spare's pools judge the templates' lines (in use on the speech's date, _timely) only as finish reads them
(SparePool): judged whole when the pool is made, as the list they stand for, the speech is the same, and fewer lines
are judged."""
from __future__ import annotations

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import core
from jianggao.compose import picker as picker_module
from jianggao.compose.picker import SparePool

# an annual conference; a bureau head's report, worded twice (in her own voice: in_bureau_voice); a rich county's; a
# city's special meeting (its items fed their facet lines first)
BRIEFS = ("samples/annual_conference.yaml", "bench/briefs/b04_work_report_2017_district_rich.yaml",
          "bench/briefs/b13_annual_2025_county_rich.yaml", "bench/briefs/b08_special_2021_jikong_city_rich.yaml")


class _Whole(SparePool):
    """A pool whose every line is judged when it is made: the list Picker.spare returned before pools were lazy."""

    def __init__(self, entries):
        super().__init__([(said, None) for said, holds in entries if holds is None or holds()])


def _judged(monkeypatch) -> dict:
    """A fresh store of _timely's answers for the next compose (pickers made alike share them: Picker.judged_as)."""
    kept: dict = {}
    monkeypatch.setattr(picker_module, "_kept_for", kept)
    return kept


@pytest.mark.parametrize("name", BRIEFS)
def test_lazy_pools_word_as_pools_judged_whole(real, monkeypatch, name):
    brief = load_brief(REPO / name)
    lazy_kept = _judged(monkeypatch)
    lazy = core.compose(brief, real.bank, real.templates, seed=2)
    monkeypatch.setattr(picker_module, "SparePool", _Whole)
    whole_kept = _judged(monkeypatch)
    whole = core.compose(brief, real.bank, real.templates, seed=2)
    assert lazy == whole
    assert len(lazy_kept["_timely"][1]) < len(whole_kept["_timely"][1])


def _pool() -> tuple[SparePool, list[str]]:
    """A pool of five measures, two of them not in use, one not yet judged: and the list it stands for."""
    asked: list[str] = []

    def holds(text: str, answer: bool):
        def judge() -> bool:
            asked.append(text)
            return answer
        return judge

    entries = [("甲。", None), ("乙。", holds("乙。", False)), ("丙。", holds("丙。", True)), ("乙。", holds("乙。", True)),
               ("丁。", holds("丁。", False))]
    return SparePool(entries), asked


def test_a_pool_gives_what_its_list_holds_in_order():
    pool, _ = _pool()
    assert list(pool) == ["甲。", "丙。", "乙。"]


def test_where_asks_its_test_before_the_judge():
    pool, asked = _pool()
    assert list(pool.where(lambda m: m != "丙。")) == ["甲。", "乙。"]
    assert "丙。" not in asked


def test_remove_takes_the_first_of_it_the_list_holds():
    pool, _ = _pool()
    pool.remove("乙。")          # the first 乙 is not in use: the second is the list's
    assert list(pool) == ["甲。", "丙。"]
    with pytest.raises(ValueError):
        pool.remove("丁。")
