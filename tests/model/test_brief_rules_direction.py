"""Which way a metric is better, from its name when the brief does not say (model.brief_rules.lower_is_better)."""
from __future__ import annotations

import pytest

from jianggao.model.brief_rules import lower_is_better


@pytest.mark.parametrize("name, lower", [("孕产妇死亡率", True), ("政策外多孩率", True), ("平均住院日", True),
                                         ("次均住院费用", True),
                                         # a share paid or reached rises though its name holds 费用 or 死亡
                                         ("贫困人口住院费用实际报销比例", False), ("高血压患者血压控制率", False),
                                         ("肺结核患者成功治疗率", False),
                                         # shares and counts an office reports falling (fresh29)
                                         ("公立医院药品收入占比", True), ("医用耗材占比", True),
                                         ("新冠肺炎本地确诊病例", True), ("病媒生物密度控制水平达标街道", False),
                                         ("县外就诊率", True), ("住院患者自费比例", True),
                                         ("重症病例救治成功率", False), ("基本药物使用金额占比", False),
                                         ("中医药服务收入占比", False)])
def test_a_metric_s_direction_follows_the_head_of_its_name(name, lower):
    assert lower_is_better(name) is lower
