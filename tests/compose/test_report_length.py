"""Issue 13's length bar on rich work reports (three reviewed areas and three priorities or more): a report deploys the
system's whole year (plan.YEAR_MORE, standing.REPORT_HELD_*), so its one-item priorities do not leave it at 0.66–0.88
of its target as they did before len35."""
from __future__ import annotations

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose

COUNTY_2014 = dict(
    kind="work_report", year=2014, region={"name": "青川县"}, date="2014-02-20", length=6500,
    speaker={"name": "周建国", "title": "县卫生局局长"},
    achievements=[
        {"topic": "医改", "metrics": [{"name": "新农合参合率", "value": 98.9, "unit": "%", "change": 0.4},
                                    {"name": "新农合政策范围内住院报销比例", "value": 75, "unit": "%", "change": 5}]},
        {"topic": "公共卫生", "metrics": [{"name": "居民健康档案建档率", "value": 83.2, "unit": "%", "change": 6.1}],
         "facts": ["全县未发生重大突发公共卫生事件"]},
        {"topic": "妇幼健康", "metrics": [{"name": "住院分娩率", "value": 99.1, "unit": "%"}]}],
    problems=["乡镇卫生院人才留不住", "慢性病规范管理率不高"],
    priorities=[{"topic": "医改", "items": ["启动县级公立医院综合改革试点"]},
                {"topic": "公共卫生", "items": ["提高高血压糖尿病规范管理率"]},
                {"topic": "基层卫生", "items": ["推进村卫生室标准化建设"]},
                {"topic": "妇幼健康", "items": ["做好农村妇女两癌检查"]}])

COUNTY_2025 = dict(
    kind="work_report", year=2025, region={"name": "桃源县"}, date="2025-02-24", length=7000,
    speaker={"name": "许宁", "title": "县卫生健康局局长"},
    achievements=[
        {"topic": "医改", "metrics": [{"name": "县域内就诊率", "value": 90.2, "unit": "%", "change": 1.5}],
         "facts": ["县域医共体实现乡镇全覆盖"]},
        {"topic": "老龄健康", "metrics": [{"name": "65岁及以上老年人健康管理率", "value": 68.4, "unit": "%", "change": 2.2}]},
        {"topic": "妇幼健康", "metrics": [{"name": "婴儿死亡率", "value": 2.9, "unit": "‰", "better": "lower",
                                         "change": -0.3}]},
        {"topic": "健康促进", "metrics": [{"name": "居民健康素养水平", "value": 27.5, "unit": "%", "change": 2.6}]}],
    problems=["村医老龄化问题突出", "医疗急救网络覆盖不足"],
    priorities=[{"topic": "医改", "items": ["深化紧密型县域医共体建设"]},
                {"topic": "基层卫生", "items": ["推进乡村医生队伍建设"]},
                {"topic": "应急管理", "items": ["完善院前急救网络"]},
                {"topic": "老龄健康", "items": ["开展老年人失能预防干预"]}])


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("fields", [COUNTY_2014, COUNTY_2025], ids=["county2014", "county2025"])
def test_a_rich_report_of_one_item_priorities_meets_its_length(real, fields, seed):
    b = brief(**fields)
    n = compose(b, real.bank, real.templates, seed=seed).body_length()
    assert 0.85 * b.target_length <= n <= 1.15 * b.target_length, (n, b.target_length)


def test_a_2014_report_says_no_supervision_wording_of_later_years(real):
    """A report's standing 综合监管 area (plan.YEAR_MORE) in 2014 says none of the words the registry dates later:
    综合监管体系 (2016), 信用监管 and 智慧监管 (2018)."""
    b = brief(**COUNTY_2014)
    text = "".join(compose(b, real.bank, real.templates, seed=s).all_text() for s in (1, 2))
    for word in ("综合监管体系", "综合监管效能", "智慧监管", "信用监管"):
        assert word not in text, word
