"""The one level model: bodies, scope words, departments by date, units and the level above."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jianggao.model import levels
from jianggao.model.brief import Brief

D = dt.date


@pytest.mark.parametrize("level,both,scope", [
    ("县", "县委、县政府", "全县"), ("区", "区委、区政府", "全区"), ("市辖区", "区委、区政府", "全区"),
    ("市", "市委、市政府", "全市"), ("州", "州委、州政府", "全州"), ("盟", "盟委、行政公署", "全盟"),
    ("旗", "旗委、旗政府", "全旗"), ("省", "省委、省政府", "全省"), ("镇", "镇党委、镇政府", "全镇"),
    ("乡", "乡党委、乡政府", "全乡"), ("街道", "街道党工委、街道办事处", "全街道"),
])
def test_bodies_and_scope(level, both, scope):
    assert levels.bodies(level).both == both
    assert levels.scope(level) == scope


@pytest.mark.parametrize("level,date,name", [
    ("县", D(2012, 3, 1), "县卫生局"), ("县", D(2016, 2, 1), "县卫生和计划生育局"), ("县", D(2018, 2, 1), "县卫生和计划生育局"),
    ("县", D(2019, 2, 20), "县卫生健康局"), ("区", D(2025, 2, 18), "区卫生健康局"), ("市", D(2017, 3, 1), "市卫生和计划生育委员会"),
    ("市", D(2024, 2, 1), "市卫生健康委员会"), ("省", D(2012, 2, 1), "省卫生厅"), ("镇", D(2025, 2, 1), None),
])
def test_department_follows_the_date(level, date, name):
    assert levels.department(level, date) == name


def test_lint_accepts_stragglers_but_not_anachronisms():
    assert "卫生计生局" in levels.department_names("县", D(2019, 4, 20))      # some counties merged late in 2019
    assert "卫生健康局" not in levels.department_names("县", D(2017, 3, 1))  # no 卫生健康 before the 2018 reform
    assert "卫生局" not in levels.department_names("县", D(2021, 3, 1))


def test_units_exist_only_where_they_do():
    county = levels.units("县", D(2025, 2, 1))
    district = levels.units("区", D(2025, 2, 1))
    town = levels.units("镇", D(2025, 2, 1))
    assert "县级医院" in county.hospitals and "各乡镇卫生院" in county.grassroots
    assert not any("县级" in u for u in district.all()) and "各社区卫生服务中心" in district.grassroots
    assert town.department is None and town.grassroots[0] == "镇卫生院"


@pytest.mark.parametrize("level,parent,above_level,scope", [
    ("镇", "安平县", "县", "全县"), ("镇", None, "县", "全县"), ("街道", None, "区", "全区"), ("街道", "临江区", "区", "全区"),
    ("县", None, "市", "全市"), ("省", None, None, None),
])
def test_level_above(level, parent, above_level, scope):
    a = levels.above(level, parent)
    assert (a.level if a else None) == above_level
    assert (a.scope if a else None) == scope


@pytest.mark.parametrize("year,date,word", [(2012, None, "卫生"), (2016, None, "卫生计生"), (2018, "2018-02-10", "卫生计生"),
                                            (2019, "2019-02-20", "卫生健康"), (2025, None, "卫生健康")])
def test_default_meeting_follows_the_date(year, date, word):
    data = {"year": year, "region": {"name": "安平县"}}
    if date:
        data["date"] = date
    assert Brief.model_validate(data).meeting_name == f"{year}年全县{word}工作会议"


def test_township_pledge_is_given_at_the_meeting_above():
    brief = Brief.model_validate({"kind": "pledge", "year": 2025, "region": {"name": "石门镇", "parent": "安平县"}})
    assert brief.meeting_name == "2025年全县卫生健康工作会议"
    street = Brief.model_validate({"kind": "pledge", "year": 2025, "region": {"name": "和平街道"}})
    assert street.meeting_name == "2025年全区卫生健康工作会议"
    own = Brief.model_validate({"kind": "annual_conference", "year": 2025, "region": {"name": "石门镇"}})
    assert own.meeting_name == "2025年全镇卫生健康工作会议"


def test_wizard_and_compose_agree_on_bodies():
    from jianggao.compose.context import org_slots
    from jianggao.wizard.answers import suggested_on_behalf

    for level in levels.LEVELS:
        brief = Brief.model_validate({"year": 2025, "region": {"name": "临江", "level": level}})
        assert org_slots(brief)["org"] == suggested_on_behalf(level)


def test_every_urban_rewording_of_a_whole_measure_still_finds_its_measure():
    """levels._URBAN_WORDS rewrites a few of our own measures by their exact words (完善村卫生室布局… →
    完善社区卫生服务站布局…): a measure reworded in templates/wording would leave its mapping silently unused."""
    from support import REPO

    from jianggao.model.levels import _URBAN_WORDS
    wording = "".join(p.read_text(encoding="utf-8") for p in (REPO / "templates").rglob("*") if p.is_file())
    for village, _ in _URBAN_WORDS:
        if len(village) > 12:
            assert village in wording, village


def test_the_market_regulator_is_named_as_on_its_date():
    """r1 (2014 county): 市场管理部门 and 工商部门 for one duty; one name per speech, of its date."""
    from jianggao.model import levels
    assert levels.market_body_named("市场管理部门要督促经营户做好登记。", dt.date(2014, 2, 26)) == "工商部门要督促经营户做好登记。"
    assert levels.market_body_named("工商部门要督促活禽市场休市。", dt.date(2021, 2, 26)) == "市场监管部门要督促活禽市场休市。"
    assert levels.market_body_named("食品药品监管部门要加强监管。", dt.date(2014, 2, 26)) == "食品药品监管部门要加强监管。"


@pytest.mark.parametrize(("level", "rural", "text"), [
    ("区", False, "巩固卫生乡镇创建成果，要把复审工作与集镇和村庄的环境综合整治结合起来抓。"),
    ("街道", False, "街巷、村庄干不干净，群众天天看在眼里。"),
])
def test_urban_places_have_no_villages_or_market_towns(level, rural, text):
    """actor32: an urban 区 or a 街道 has 街道 and 社区, no 集镇, 村庄 or 卫生乡镇 title to keep."""
    assert re.search(levels.absent_words(level, rural=rural), text)
    assert not re.search(levels.absent_words("县") or "^$", text)
