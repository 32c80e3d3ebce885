"""The shared contracts: errors, slots, codes, topics, the brief's defaults, the CLI surface."""
from __future__ import annotations

import pytest

from jianggao.cli import main
from jianggao.errors import BriefError, JianggaoError
from jianggao.model.brief import Brief
from jianggao.model.codes import assign_codes, initials
from jianggao.model.slots import fill_slots, slot_names, with_fallbacks
from jianggao.model.topics import classify, nearest_topics, resolve_topic


def test_error_names_file_line_field():
    e = BriefError("应为数字", file="brief.yaml", line=12, field="achievements.0.metrics.1.value", english="not a number")
    assert str(e) == "brief.yaml:12: achievements.0.metrics.1.value: 应为数字"   # no English echo …
    JianggaoError.debug = True                 # what the CLI sets for --debug
    try:
        assert str(e).endswith("应为数字 [debug: not a number]")                   # … unless --debug
    finally:
        JianggaoError.debug = False
    assert e.exit_code == 2


def test_slots_fill_and_fallback():
    text = "在肯定成绩的同时，{region}卫生健康工作还存在一些短板。"
    assert slot_names(text) == ["region"]
    assert fill_slots(text, {"region": "临江区"}).startswith("在肯定成绩的同时，临江区")
    assert "××区" in with_fallbacks(text)


def test_codes_are_initials_and_unique():
    assert initials("凝心聚力") == "nxjl"
    codes = assign_codes([("a", "凝心聚力，开拓创新"), ("b", "凝心聚力，攻坚克难"), ("c", "凝心聚力")])
    assert codes["a"] == "nxjl"
    assert len(set(codes.values())) == 3
    assert all(c.isascii() and c.isalpha() and c.islower() for c in codes.values())


@pytest.mark.parametrize("name,key", [("医改", "medical_reform"), ("公共卫生", "public_health"),
                                      ("爱国卫生工作", "patriotic_health"), ("中医药", "tcm")])
def test_topics_resolve_by_chinese_name(name, key):
    assert resolve_topic(name).key == key


def test_unknown_topic_gets_suggestions():
    assert resolve_topic("医该") is None
    assert nearest_topics("医该")


def test_classify_finds_topic_words():
    assert classify("推进分级诊疗和家庭医生签约服务")[0] == "medical_reform"


def test_minimal_brief_has_defaults():
    b = Brief.model_validate({"year": 2025, "region": {"name": "临江区"}})
    assert b.region.level == "区" and b.region.short == "临江" and b.region.scope == "全区"
    assert b.meeting_name == "2025年全区卫生健康工作会议"
    assert b.kind == "annual_conference" and b.target_length == 5000


def test_brief_accepts_chinese_keys_and_keeps_numbers_as_typed():
    b = Brief.model_validate({"年份": 2025, "地区": {"名称": "临江区"},
                              "工作成绩": [{"领域": "医改", "指标": [{"名称": "签约率", "数值": "45.20", "单位": "%"}]}]})
    m = b.achievements[0].metrics[0]
    assert m.value == "45.20" and m.effective_change_unit == "个百分点"


def test_cli_without_command_prints_help(capsys):
    assert main([]) == 2
    assert "jianggao" in capsys.readouterr().out
