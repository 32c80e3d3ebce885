"""compose.homes: a frame or the plenum said once, and the plenum named again as 全会 only after it was named."""
from __future__ import annotations

import re

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.homes import plenum_short

_PLENUM = "党的二十届四中全会"


def test_the_plenum_named_again_is_said_short() -> None:
    parts = [[[f"做好今年的工作，要深入学习贯彻{_PLENUM}精神。"]], [[f"{_PLENUM}审议通过“十五五”规划建议。"]]]
    plenum_short(parts, ())
    assert parts[1][0][0] == "全会审议通过“十五五”规划建议。"


def test_the_plenum_named_first_is_said_in_full() -> None:
    """Said short only after it is named: where its first naming was cut, the sentence keeps the full name."""
    parts = [[["2026年是“十五五”规划开局之年。"]], [[f"{_PLENUM}审议通过“十五五”规划建议。"]]]
    plenum_short(parts, ())
    assert parts[1][0][0].startswith(_PLENUM)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", ["b13_annual_2025_county_rich", "b22_annual_2026_district_rich",
                                  "b14_work_report_2026_city_rich"])
def test_no_speech_says_a_plenum_short_before_naming_it(real, name, seed) -> None:
    from pathlib import Path

    brief = load_brief(Path(__file__).parents[2] / "bench" / "briefs" / f"{name}.yaml")
    text = compose(brief, real.bank, real.templates, seed=seed).all_text()
    for m in re.finditer(r"(?:^|[。！？])全会", text, re.M):
        assert re.search(r"[一二三四五六七八九十]中全会", text[:m.start()]), text[:m.start() + 30]


# A held-out township brief of 2026 (fresh20 r5): its plenum sentence was said 全会… with the plenum named nowhere.
_SHIQIAO_2026 = """\
kind: annual_conference
year: 2026
region: {name: 石桥镇, parent: 东河县}
meeting: 2026年石桥镇卫生健康工作会议
speaker: {name: 何伟, title: 镇长}
date: 2026-03-05
length: 3000
achievements:
  - topic: 基层卫生
    metrics:
      - {name: 家庭医生签约服务覆盖率, value: 72.1, unit: "%"}
    facts: [镇卫生院通过“优质服务基层行”推荐标准评审]
  - topic: 老龄健康
    metrics:
      - {name: 65岁以上老年人健康管理率, value: 71.5, unit: "%"}
  - topic: 爱国卫生
    facts: [完成农村户厕改造320户]
problems:
  - 村卫生室服务能力不强
  - 老年人慢性病管理任务重
priorities:
  - topic: 基层卫生
    items: [推进紧密型县域医共体建设, 加强村卫生室规范化管理]
  - topic: 老龄健康
    items: [做好老年人健康管理服务]
  - topic: 爱国卫生
    items: [深入开展爱国卫生运动, 巩固省级卫生镇成果]
"""


def test_a_township_speech_names_the_plenum_it_cites(real) -> None:
    from jianggao.briefs.load import parse_brief

    text = compose(parse_brief(_SHIQIAO_2026), real.bank, real.templates).all_text()
    for m in re.finditer(r"(?:^|[。！？])全会", text, re.M):
        assert re.search(r"[一二三四五六七八九十]中全会", text[:m.start()]), text[:m.start() + 30]
