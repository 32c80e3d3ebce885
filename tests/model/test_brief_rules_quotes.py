"""Straight quotes typed in a brief's Chinese text are set as Chinese quotes (model.brief_rules.chinese_quotes)."""
from __future__ import annotations

import pytest

from jianggao.model.brief import Brief
from jianggao.model.brief_rules import chinese_quotes


@pytest.mark.parametrize("typed, set_as", [
    ('做好新冠病毒感染"乙类乙管"后的医疗救治', "做好新冠病毒感染“乙类乙管”后的医疗救治"),
    ('庆祝"5·12"国际护士节暨"最美护士"表彰大会', "庆祝“5·12”国际护士节暨“最美护士”表彰大会"),
    ('开展"互联网+护理服务"', "开展“互联网+护理服务”"),
    # left as typed: no Chinese (a name in English), or a quote that does not pair
    ('the "Healthy City" award', 'the "Healthy City" award'),
    ('一个"引号', '一个"引号'),
    ("已是“中文引号”", "已是“中文引号”"),
])
def test_straight_quotes_in_chinese_text_become_chinese_quotes(typed, set_as):
    assert chinese_quotes(typed) == set_as


def test_a_brief_s_items_and_meeting_are_set_with_chinese_quotes():
    brief = Brief.model_validate({
        "year": 2026, "region": {"name": "青秀区"}, "kind": "address",
        "meeting": '青秀区庆祝"5·12"国际护士节大会',
        "priorities": [{"topic": "公共卫生", "items": ['做好"乙类乙管"后的医疗救治']}]})
    assert brief.meeting == "青秀区庆祝“5·12”国际护士节大会"
    assert brief.priorities[0].items == ["做好“乙类乙管”后的医疗救治"]
