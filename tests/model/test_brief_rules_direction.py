"""Which way a metric is better, from its name when the brief does not say (model.brief_rules.lower_is_better)."""
from __future__ import annotations

import pytest

from jianggao.model.brief_rules import lower_is_better


@pytest.mark.parametrize("name, lower", [("孕产妇死亡率", True), ("政策外多孩率", True), ("平均住院日", True),
                                         ("次均住院费用", True),
                                         # a share paid or reached rises though its name holds 费用 or 死亡
                                         ("贫困人口住院费用实际报销比例", False), ("高血压患者血压控制率", False),
                                         ("肺结核患者成功治疗率", False)])
def test_a_metric_s_direction_follows_the_head_of_its_name(name, lower):
    assert lower_is_better(name) is lower
