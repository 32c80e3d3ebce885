"""Metric phrasing per GB/T 15835: values as typed, rate changes in points, lower-is-better as good news."""
from __future__ import annotations

import pytest

from jianggao.compose.numbers import chinese_count, five_year_plan, metric_phrase, target_phrase
from jianggao.model.brief import Metric


def m(**kw) -> Metric:
    return Metric.model_validate({"name": "指标", "value": 1, **kw})


@pytest.mark.parametrize("kw, expected", [
    (dict(name="家庭医生签约服务覆盖率", value=45.2, unit="%", change=3.1), "家庭医生签约服务覆盖率达到45.2%，同比提高3.1个百分点"),
    (dict(name="覆盖率", value="45.20", unit="%", change=-0.3), "覆盖率为45.20%，同比下降0.3个百分点"),
    (dict(name="门急诊", value=1.2, unit="万人次", change=8.6, change_unit="%"), "门急诊达到1.2万人次，同比增长8.6%"),
    (dict(name="门急诊", value=1.2, unit="万人次", change=-2, change_unit="%"), "门急诊为1.2万人次，同比下降2%"),
    (dict(name="医养结合机构", value=41, unit="家", change=6), "医养结合机构达到41家，同比增加6家"),
    (dict(name="新增床位", value=320, unit="张"), "新增床位320张"),
    (dict(name="孕产妇死亡率", value=8.6, unit="/10万", change=-1.2, better="lower"), "孕产妇死亡率降至8.6/10万"),
    (dict(name="婴儿死亡率", value=3.1, unit="‰", change=0.2, better="lower"), "婴儿死亡率为3.1‰，同比上升0.2个千分点"),
    (dict(name="孕产妇死亡率", value=9.6, unit="/10万", change=1.2, better="lower"), "孕产妇死亡率为9.6/10万，同比有所上升"),
    (dict(name="达到服务能力推荐标准的基层医疗卫生机构", value=58, unit="家", change=12),
     "达到服务能力推荐标准的基层医疗卫生机构有58家，同比增加12家"),
    (dict(name="社区卫生服务中心达到推荐标准", value=6, unit="个"), "社区卫生服务中心达到推荐标准的有6个"),
    (dict(name="接种率", value=98, unit="%", change=0), "接种率达到98%，与上年持平"),
    (dict(name="接种率", value=98, unit="%", change=2, change_unit="个百分点"), "接种率达到98%，同比提高2个百分点"),
])
def test_metric_phrase(kw, expected):
    assert metric_phrase(m(**kw)) == expected


def test_targets():
    assert target_phrase(m(name="接种率", value=95, unit="%")) == "力争接种率达到95%"
    assert target_phrase(m(name="孕产妇死亡率", value=10, unit="/10万", better="lower")) == "力争孕产妇死亡率控制在10/10万以内"


@pytest.mark.parametrize("n, text", [(1, "一"), (3, "三"), (10, "十"), (14, "十四"), (20, "二十"), (35, "三十五"),
                                     (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1010, "一千零一十"),
                                     (1100, "一千一百")])
def test_chinese_count(n, text):
    assert chinese_count(n) == text


@pytest.mark.parametrize("year, plan", [(2021, ("十四五", "开局之年")), (2025, ("十四五", "收官之年")),
                                        (2026, ("十五五", "开局之年")), (2018, ("十三五", "关键之年"))])
def test_five_year_plan(year, plan):
    assert five_year_plan(year) == plan


@pytest.mark.parametrize("n, text", [(2, "两"), (3, "三"), (12, "十二"), (22, "二十二")])
def test_how_many_says_two_as_liang(n, text):
    from jianggao.compose.numbers import how_many
    assert how_many(n) == text


def test_a_count_of_what_there_is_takes_a_verb():
    """Seventh reading: 嘎查村卫生室146个 (a figure with no verb); a count of what was done stays a tally."""
    from jianggao.compose.numbers import metric_phrase
    from jianggao.model.brief import Metric
    assert metric_phrase(Metric(name="嘎查村卫生室", value="146", unit="个")) == "嘎查村卫生室达到146个"
    assert metric_phrase(Metric(name="新增床位", value="320", unit="张")) == "新增床位320张"
