"""The thirtieth reading's era and level slips (era30): a city district's 新农合 after its city's merger, a 医共体 pilot
after the 2023 全面推进, the city's hospital reform in a county's mouth, an anniversary called a holiday.  Dates and
levels other than the readers' own examples."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from jianggao.model import levels, tifa
from jianggao.resources import templates_dir

D = dt.date.fromisoformat


@pytest.mark.parametrize(("text", "date", "level", "dated"), [
    # a city district's residents were merged into their city's 城乡居民医保 by 2017–2018 (国发〔2016〕3号: 统筹地区
    # 2016年底前出台方案); a county's by the end of 2019
    ("新农合参合率保持在98%以上。", "2019-03-12", "区", True),
    ("新农合参合率保持在98%以上。", "2019-03-12", "市辖区", True),
    ("新农合参合率保持在98%以上。", "2019-07-20", "街道", True),
    ("新农合参合率保持在98%以上。", "2019-03-12", "县", False),
    ("新农合参合率保持在98%以上。", "2019-03-12", "镇", False),
    ("新农合参合率保持在98%以上。", "2018-02-26", "区", False),
    ("新农合参合率保持在98%以上。", "2019-04-26", "市", True),          # the city is the scheme's 统筹地区
    ("新农合参合率保持在98%以上。", "2019-04-26", "旗", False),
    ("城镇居民医保和新农合的报销比例进一步提高。", "2019-11-05", "区", True),
    # the 医共体 pilot (2019–2020) became 全面推进 in 2023-12 (国卫基层发〔2023〕41号)
    ("要总结医共体试点经验，逐步在全县推开。", "2025-02-20", "县", True),
    ("要总结医共体试点经验，逐步在全县推开。", "2021-02-20", "县", False),
    ("紧密型县域医共体建设试点取得阶段性成效。", "2024-02-20", "县", False),   # the first quarter reviews 2023
    ("紧密型县域医共体建设试点取得阶段性成效。", "2024-07-20", "旗", True),
])
def test_a_term_is_dated_by_its_level_and_its_date(text, date, level, dated):
    assert bool(tifa.outside_window(text, D(date), level)) is dated


def test_a_city_s_and_a_district_s_own_window_do_not_move_the_county_s_or_the_overall_one():
    entry = tifa.load_registry().entry("新农合")
    assert entry.windows_at("区") == entry.windows_at("市") != entry.windows_at("县")
    assert entry.windows_at("县") == entry.windows_at("乡") == entry.windows_at(None) == entry.windows
    assert entry.end == D("2019-12-31")


def test_every_new_entry_names_its_reason_and_two_sources():
    reg = tifa.load_registry()
    for entry_id in ("yigai.yigongti_shidian", "yibao.xinnonghe", "yibao.chengzhen_jumin"):
        e = reg.by_id(entry_id)
        assert e.reason and len(e.sources) >= 2 and e.verified, entry_id


def test_no_anniversary_of_the_agenda_is_called_a_holiday():
    reg = tifa.load_registry()
    anniversaries = [a for a in reg.agenda if a.kind == "anniversary"]
    assert anniversaries
    for item in anniversaries:
        for line in item.lines:
            assert "节日" not in line, line


def test_no_pre_pandemic_landmark_is_cited_for_the_pandemic_s_words_after_2019():
    """联防联控、群防群控 are the COVID-19 response's from 2020-01-20: a line crediting them to an earlier meeting or
    document (the 2016 全国卫生与健康大会) is not said after 2019."""
    data = yaml.safe_load((templates_dir() / "wording" / "era_lines.yaml").read_text(encoding="utf-8"))
    lines = [*data["opening"], *(x for kind in data["special"].values() for x in kind)]
    for line in lines:
        if re.search(r"联防联控|群防群控", line["text"]) and not re.search(r"新冠|疫情防控", line["text"]):
            assert line.get("to") and line["to"] <= D("2019-12-31"), line["text"]


@pytest.mark.parametrize(("level", "absent"), [("县", True), ("旗", True), ("镇", True), ("乡", True),
                                               ("区", False), ("市", False), ("街道", False)])
def test_the_city_s_hospital_reform_is_no_county_s_or_township_s(level, absent):
    pattern = levels.absent_words(level)
    for text in ("推进城市公立医院综合改革，破除以药补医。", "发挥城市医疗集团的牵头作用。"):
        assert bool(pattern and re.search(pattern, text)) is absent, (level, text)
