"""lint on the thirtieth reading's slips in a secretary's own text (era30): a district's 新农合 after its city's merger,
a 医共体 pilot after the 2023 全面推进, the city's hospital reform and 医疗集团 in a county's or a township's speech.
Each is found where it is wrong and not where it is right (a false alarm on a real speech is a bug)."""
from __future__ import annotations

from datetime import date

import pytest

from jianggao.lint import lint_text


def _terms(text: str, day: date, level: str, kind: str) -> list[str]:
    return [f.term for f in lint_text(["同志们：", text], day, level) if f.kind == kind]


@pytest.mark.parametrize(("day", "level", "found"), [
    (date(2019, 3, 6), "区", True), (date(2019, 9, 6), "街道", True),
    (date(2019, 3, 6), "县", False), (date(2018, 3, 6), "区", False),
])
def test_a_district_s_xinnonghe_after_its_city_merged_it(day, level, found):
    """(a review of 2018 in a 2019 district may still name it: the district's window runs to the end of 2018)"""
    terms = _terms("今年要做好新农合筹资工作，把参合率稳定在98%以上。", day, level, "era")
    assert ("新农合" in terms) is found


@pytest.mark.parametrize(("day", "found"), [(date(2025, 2, 26), True), (date(2026, 3, 2), True),
                                            (date(2020, 2, 26), False), (date(2022, 2, 26), False)])
def test_a_yigongti_pilot_after_the_2023_rollout(day, found):
    terms = _terms("要认真总结医共体试点经验，推动县乡村一体化管理。", day, "县", "era")
    assert any("试点" in t for t in terms) is found


@pytest.mark.parametrize(("level", "found"), [("县", True), ("旗", True), ("镇", True), ("区", False), ("市", False)])
def test_the_city_s_hospital_reform_as_a_county_s_own(level, found):
    found_here = [f for f in lint_text(["同志们：", "今年要继续推进城市公立医院综合改革，理顺补偿机制。"],
                                       date(2016, 2, 24), level) if f.kind == "level"]
    assert bool(found_here) is found
    if found:
        assert found_here[0].suggestion == "县级公立医院综合改革"


def test_the_city_s_and_the_county_s_forms_side_by_side_are_national_policy():
    text = "国家要求城市医疗集团和县域医共体网格化布局，我县要按照要求推进紧密型县域医共体建设。"
    assert _terms(text, date(2024, 2, 24), "县", "level") == []


def test_a_township_is_told_the_county_s_form_of_the_medical_alliance():
    found = [f for f in lint_text(["同志们：", "镇卫生院要主动融入城市医疗集团，做好上下转诊。"], date(2021, 3, 2), "镇")
             if f.kind == "level"]
    assert [(f.term, f.suggestion) for f in found] == [("城市医疗集团", "县域医共体")]


@pytest.mark.parametrize(("day", "edge"), [(date(2023, 7, 20), "2023年7月21日起"), (date(2023, 6, 1), "2023年7月21日起")])
def test_a_window_that_opens_inside_a_month_names_its_day(day, edge):
    """(2023年7月起 told a speech of 2023-07-20 a window its own date seems to meet)"""
    found = [f for f in lint_text(["同志们：", "要深入开展医药领域腐败问题集中整治。"], day, "市") if f.kind == "era"]
    assert found and edge in found[0].message
