"""The thirtieth reading's era and level slips in compose (era30), on briefs of other years and levels than the
readers': the pandemic's tone after it (乙类乙管 as this year's frame, 疫情没有局外之地, 外来输入), a 医共体 pilot after
the 2023 全面推进 in any of its wordings, the city's hospital reform in a county, 决胜全面建成小康社会 in a meeting that
plans 2021, 新农合 in a city district after its city merged it."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jianggao.compose.core import compose
from jianggao.compose.era import out_of_time
from jianggao.model.brief import Brief
from jianggao.resources import templates_dir
from jianggao.writers.text import render_text


def _text(brief: dict, real, seed: int = 1) -> str:
    return render_text(compose(Brief.model_validate(brief), real.bank, real.templates, seed=seed), "txt")


def _options() -> list[list[str]]:
    """Every option of the templates' wording that holds several formulations (‖)."""
    out = []
    for path in sorted((templates_dir() / "wording").glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "‖" in line:
                forms = [f.strip().strip("\"'") for f in line.strip().lstrip("- ").split("‖")]
                out.append([re.sub(r"^\w+: *\"?", "", f) for f in forms if f])
    return out


def test_a_pilot_said_without_its_name_keeps_the_window_of_the_pilot_its_sibling_names():
    """A formulation that speaks of 试点 is the same statement as its sibling that names the pilot: on a date when the
    named pilot is over, the unnamed one is too (试点成效要用县域内就诊率…来检验 in a 2026 county, beside 医共体试点…)."""
    checked = 0
    for forms in _options():
        pilots = [f for f in forms if "试点" in f]
        if len(pilots) < 2:
            continue
        checked += 1
        for year in range(2012, 2027):
            day = dt.date(year, 3, 1)
            dated = [bool(out_of_time(f, day, "县")) for f in pilots]
            assert all(dated) or not any(dated), (year, pilots)
    assert checked


@pytest.mark.parametrize("sentence,day", [
    ("疫情没有局外之地，外来输入的风险始终存在。", "2024-02-26"),
    ("人口流动频繁、交通往来便捷，一地的传染病可能很快波及其他地方，防控工作没有局外之地。", "2025-02-26"),
    ("新冠病毒感染实施“乙类乙管”以后，防控的重心转到保健康、防重症上来。", "2024-03-12"),
    ("当前，疫情防控仍是头等大事，我们将坚持联防联控、群防群控。", "2023-06-01"),
    ("同时做好复工复产的防控指导。", "2024-02-20"),
])
def test_the_pandemic_s_tone_is_out_of_its_time_after_it(sentence, day):
    assert out_of_time(sentence, dt.date.fromisoformat(day), "县")


@pytest.mark.parametrize("sentence,day", [
    ("疫情没有局外之地，外来输入的风险始终存在。", "2021-02-26"),
    ("新冠病毒感染实施“乙类乙管”以后，防控的重心转到保健康、防重症上来。", "2023-03-12"),
    ("当前，疫情防控是压倒一切的头等大事。", "2020-02-10"),
])
def test_the_pandemic_s_tone_is_in_its_time_during_it(sentence, day):
    assert not out_of_time(sentence, dt.date.fromisoformat(day), "县")


def _special(year: int, date: str, region: dict, title: str, topic: str, items: list[str]) -> dict:
    return {"kind": "special_topic", "year": year, "date": date, "region": region,
            "speaker": {"name": "周平", "title": title},
            "priorities": [{"topic": topic, "items": items}]}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_disease_control_meeting_after_the_pandemic_keeps_its_tone_out(real, seed):
    text = _text(_special(2025, "2025-03-20", {"name": "青石县"}, "副县长", "疾病预防控制",
                          ["加强传染病监测预警", "提高免疫规划疫苗接种率"]), real, seed)
    for word in ("乙类乙管", "局外之地", "外来输入", "头等大事", "复工复产"):
        assert word not in text, word


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_county_s_reform_meeting_speaks_of_its_own_reform(real, seed):
    text = _text(_special(2016, "2016-04-12", {"name": "青石县"}, "副县长", "医改",
                          ["深化公立医院综合改革", "推进分级诊疗制度建设"]), real, seed)
    assert "城市公立医院" not in text and "城市医疗集团" not in text


@pytest.mark.parametrize("seed", [1, 2])
def test_a_county_s_2025_reform_meeting_says_no_pilot_of_the_yigongti(real, seed):
    text = _text(_special(2025, "2025-04-12", {"name": "青石县"}, "副县长", "医改",
                          ["推进紧密型县域医共体建设", "提高县域内就诊率"]), real, seed)
    assert not re.search(r"医共体[^。；]{0,4}试点|试点成效", text)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_meeting_planning_2021_does_not_close_on_2020_s_goal(real, seed):
    brief = {"kind": "annual_conference", "year": 2021, "date": "2020-12-28", "region": {"name": "临江区"},
             "speaker": {"name": "周平", "title": "副区长"}}
    assert "决胜全面建成小康社会" not in _text(brief, real, seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_city_district_in_2019_says_no_xinnonghe(real, seed):
    brief = {"kind": "annual_conference", "year": 2019, "date": "2019-02-22", "region": {"name": "临江区"},
             "speaker": {"name": "周平", "title": "副区长"},
             "priorities": [{"topic": "医改", "items": ["提高城乡居民医保保障水平", "推进家庭医生签约服务"]}]}
    text = _text(brief, real, seed)
    assert "新农合" not in text and "新型农村合作医疗" not in text and "城镇居民医保" not in text
