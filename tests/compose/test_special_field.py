"""A special meeting keeps to its subject (special.meeting_field) and says its core items concretely (task_more by_item)."""
from __future__ import annotations

import re

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.special import in_field, meeting_field
from jianggao.model.speech import Heading

WINTER = """kind: special_topic
year: 2021
region: {name: 城东区, parent: 江州市}
meeting: 全区疾病预防控制暨冬春季疫情防控工作会议
speaker: {name: 王立新, title: 副区长}
date: 2020-12-23
problems: [进口冷链食品输入风险依然存在]
priorities:
  - topic: 公共卫生
    items: [抓好冬春季疫情防控, 加强进口冷链食品疫情防控, 做好流感等冬春季传染病防控]
"""

POULTRY = """kind: special_topic
year: 2013
region: {name: 清河县}
meeting: 2013年全县爱国卫生工作会议
speaker: {name: 刘建华, title: 副县长}
date: 2013-04-15
problems: [农村饮用水安全存在隐患]
priorities:
  - topic: 爱国卫生
    items: [创建省级卫生县城, 做好人感染H7N9禽流感防控, 保障农村饮用水安全, 推进农村改厕]
"""


def _tasks_part(tmp_path, brief: str, seed: int, real) -> str:
    """The text of the speech's second part (二、明确重点: the tasks)."""
    path = tmp_path / "brief.yaml"
    path.write_text(brief, encoding="utf-8")
    blocks = compose(load_brief(path), real.bank, real.templates, seed=seed).blocks
    tops = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1]
    return "\n".join(b.text + (b.body if isinstance(b, Heading) else "") for b in blocks[tops[1]:tops[2]])


@pytest.mark.parametrize(("meeting", "topic", "kept", "left"), [
    ("全区疾病预防控制暨冬春季疫情防控工作会议", "public_health", ["强化监测预警", "抓好重点传染病防控"],
     ["加强精神卫生和心理健康服务", "加强院前急救", "做实慢性病综合防控", "做实基本公共卫生服务"]),
    ("2013年全县爱国卫生工作会议", "patriotic_health", ["科学开展病媒生物防制", "广泛开展健康教育"],
     ["抓好预防接种", "做实基本公共卫生服务", "加强院前急救", "加强应急物资储备"]),
    ("2019年全县深化医药卫生体制改革工作会议", "medical_reform", ["深化公立医院综合改革", "健全药品供应保障体系"],
     ["加强精神卫生和心理健康服务", "科学开展病媒生物防制", "抓好预防接种"]),
    ("2022年全市疾病预防控制工作会议", "disease_control", ["做好慢性病综合防控", "强化监测预警"],
     ["加强院前急救", "深化公立医院综合改革"]),
])
def test_a_special_meeting_keeps_its_standing_work_to_its_field(meeting, topic, kept, left):
    field = meeting_field("special_topic", meeting, topic)
    assert field
    assert all(in_field(h, field) for h in kept), [h for h in kept if not in_field(h, field)]
    assert not any(in_field(h, field) for h in left), [h for h in left if in_field(h, field)]


def test_other_kinds_have_no_field():
    assert meeting_field("annual_conference", "2025年全县卫生健康工作会议", "general") == frozenset()
    assert in_field("加强院前急救", frozenset())


def test_a_winter_epidemic_meeting_says_its_core_items_and_nothing_off_its_subject(tmp_path, real):
    for seed in (1, 2):
        tasks = _tasks_part(tmp_path, WINTER, seed, real)
        for off in ("精神", "院前急救", "癌症", "职业病"):
            assert off not in tasks, (seed, off)
        # the cold chain is met with its own measures (监管仓, 追溯, 采样), by the departments whose business it is
        assert any(w in tasks for w in ("集中监管仓", "追溯", "采样检测")), seed
        assert "市场监管" in tasks and "商务" in tasks, seed
        # the season's epidemic work: the hospitals' gate and its infection control, the two festivals
        assert any(w in tasks for w in ("预检分诊", "院感", "返乡", "重点场所")), seed


def test_a_2013_patriotic_health_meeting_meets_poultry_and_water_with_their_own_work(tmp_path, real):
    for seed in (1, 2):
        tasks = _tasks_part(tmp_path, POULTRY, seed, real)
        assert "活禽" in tasks, seed
        assert "水质" in tasks, seed
        # a drinking-water 隐患 is no fire-safety inspection of the hospitals
        assert "消防" not in tasks, seed
        for off in ("预防接种", "院前急救", "基本公共卫生"):
            assert off not in tasks, (seed, off)


@pytest.mark.parametrize("brief", [WINTER, POULTRY])
def test_a_special_meeting_announces_points_on_its_own_subject(tmp_path, brief, real):
    """lead24: a 2018 疾控 meeting announced 下面，就做好今年的卫生计生工作，我讲三点意见 — the whole department's work."""
    path = tmp_path / "brief.yaml"
    path.write_text(brief, encoding="utf-8")
    for seed in range(1, 7):
        text = compose(load_brief(path), real.bank, real.templates, seed=seed).all_text()
        announced = [s for s in text.split("。") if "点意见" in s]
        assert announced and not re.search(r"做好(?:今年|明年|下半年)的?卫生", "".join(announced)), announced
