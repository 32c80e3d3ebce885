"""A county-level city (model/levels.py: is_county_city) has 镇 and 街道 beneath it, not 县（市、区）: the eighteenth reading
found 青州市 told 各县（市、区） to act three times.  The brief says so by naming the city above (region.parent)."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose.core import compose
from jianggao.model import levels
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


@pytest.mark.parametrize("level,parent,county", [("市", "潍坊市", True), ("市", "延边朝鲜族自治州", True),
                                                 ("市", None, False), ("市", "山东省", False), ("县", "潍坊市", False)])
def test_a_city_under_a_city_is_county_level(level, parent, county):
    assert levels.is_county_city(level, parent) is county


def test_its_units_are_a_county_s_under_the_city_s_name():
    u = levels.units("市", dt.date(2021, 4, 12), county_city=True)
    assert u.subdivisions == "各镇（街道）" and "县" not in "".join(u.all())
    assert levels.units("市", dt.date(2021, 4, 12)).subdivisions == "各县（市、区）"


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("year", [2014, 2021, 2025])
def test_a_county_level_city_tells_no_county_what_to_do(real, seed, year):
    b = Brief.model_validate({
        "kind": "special_topic", "year": year, "region": {"name": "安丘市", "parent": "潍坊市"},
        "meeting": f"{year}年全市爱国卫生工作会议", "speaker": {"name": "赵丽", "title": "副市长"},
        "problems": ["农贸市场环境卫生反复", "农村改厕后续管护跟不上"],
        "priorities": [{"topic": "爱国卫生", "items": ["开展爱国卫生月活动", "推进健康村镇建设"]}]})
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    assert "县（市、区）" not in text and "各县" not in text
