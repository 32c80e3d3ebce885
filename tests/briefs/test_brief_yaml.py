"""Reading and writing brief YAML: the DESIGN example, file:line:field errors, warnings, dump_brief."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from jianggao.briefs.dump import dump_brief
from jianggao.briefs.load import brief_warnings, load_brief, parse_brief
from jianggao.errors import BriefError
from jianggao.model.brief import Brief

# The example brief of DESIGN.md "The brief", as printed there (comments included).
DESIGN_EXAMPLE = """\
kind: annual_conference        # [讲话类型] see kinds below; default annual_conference
year: 2025                     # [年份] the year being planned; the review covers year-1
region:                        # [地区]
  name: 临江区                 # [名称]
  level: 区                    # [级别] 省 市 州 盟 县 区 旗 市辖区 乡 镇 街道; default: last char of name
  short: 临江                  # [简称] for slogans such as 健康临江; default: name minus level
meeting: 2025年全区卫生健康工作会议   # [会议] default derived from year, level and kind
speaker:                       # [讲话人]
  name: 张明                   # [姓名]
  title: 副区长                # [职务]
  on_behalf_of: 区委、区政府   # [代表]
date: 2025-02-18               # [日期]
length: 6000                   # [篇幅] target length in Chinese characters (body text)
seed: 1                        # [随机种子] same brief + same seed ⇒ identical speech
previous_speakers:             # [前序发言] for 刚才……同志作了……
  - {name: 李华, title: 区卫生健康局局长, content: 工作报告}
achievements:                  # [工作成绩] grouped by topic
  - topic: 医改                # [领域] a topic key or any of its Chinese names
    metrics:                   # [指标]
      - name: 家庭医生签约服务覆盖率   # [名称]
        value: 45.2                   # [数值]
        unit: "%"                     # [单位] % ‰ 万元 亿元 人 人次 所 家 个 张 /10万 …
        change: 3.1                   # [变化] signed; negative = decrease
        change_unit: 个百分点         # [变化单位] 个百分点 | % | (same as unit)
        better: higher                # [方向] higher | lower (死亡率: lower)
    facts: [成功创建国家卫生城市]      # [亮点] sentences without numbers
problems: [基层医疗服务能力仍然薄弱]   # [问题]
priorities:                    # [重点任务]
  - topic: 公共卫生
    items: [完善重大疫情监测预警体系]  # [举措]
    targets:                           # [目标] metrics, same shape as above
      - {name: 适龄儿童免疫规划疫苗接种率, value: 95, unit: "%"}
closing: 为建设健康临江作出新的更大贡献   # [结束语] optional vision line
"""

# The same brief written wholly with the Chinese keys, as a secretary might type it.
DESIGN_EXAMPLE_CHINESE = """\
讲话类型: 年度卫生健康工作会议讲话
年份: 2025
地区:
  名称: 临江区
  级别: 区
  简称: 临江
会议: 2025年全区卫生健康工作会议
讲话人:
  姓名: 张明
  职务: 副区长
  代表: 区委、区政府
日期: 2025年2月18日
篇幅: 6000
随机种子: 1
前序发言:
  - {姓名: 李华, 职务: 区卫生健康局局长, 内容: 工作报告}
工作成绩:
  - 领域: 医改
    指标:
      - 名称: 家庭医生签约服务覆盖率
        数值: 45.2
        单位: "%"
        变化: 3.1
        变化单位: 个百分点
        方向: 越高越好
    亮点: [成功创建国家卫生城市]
问题: [基层医疗服务能力仍然薄弱]
重点任务:
  - 领域: 公共卫生
    举措: [完善重大疫情监测预警体系]
    目标:
      - {名称: 适龄儿童免疫规划疫苗接种率, 数值: 95, 单位: "%"}
结束语: 为建设健康临江作出新的更大贡献
"""


def test_design_example_loads() -> None:
    b = parse_brief(DESIGN_EXAMPLE)
    assert (b.year, b.region.name, b.speaker.title, b.date) == (2025, "临江区", "副区长", dt.date(2025, 2, 18))
    m = b.achievements[0].metrics[0]
    assert (m.value, m.unit, m.change, m.change_unit, m.better) == ("45.2", "%", "3.1", "个百分点", "higher")
    assert b.priorities[0].targets[0].value == "95"
    assert b.previous_speakers[0].name == "李华"
    assert brief_warnings(b) == []


def test_design_example_with_chinese_keys_is_the_same_brief() -> None:
    assert parse_brief(DESIGN_EXAMPLE_CHINESE) == parse_brief(DESIGN_EXAMPLE)


def test_load_brief_reads_a_file_and_names_it_in_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(DESIGN_EXAMPLE, encoding="utf-8")
    assert load_brief(good) == parse_brief(DESIGN_EXAMPLE)
    bad = tmp_path / "bad.yaml"
    bad.write_text(DESIGN_EXAMPLE.replace("value: 45.2  ", "value: 很高  "), encoding="utf-8")
    with pytest.raises(BriefError) as info:
        load_brief(str(bad))
    err = info.value
    assert (err.file, err.line, err.field) == (str(bad), 21, "工作成绩第1组·指标第1项·数值")
    assert str(err) == f"{bad}:21: 工作成绩第1组·指标第1项·数值: 应为数字，如 45.2"


@pytest.mark.parametrize(("text", "line", "field", "message"), [
    ("year: 2025\nregion: 临江区\nlength: 10\n", 3, "篇幅", "不能小于 300"),
    ("year: 2025\nregion:\n  name: 临江区\n  levle: 区\n", 4, "地区·levle", "您是否想写：level？"),
    ("年份: 2025\n地区:\n  名字: 临江区\n", 3, "地区·名字", "您是否想写：名称"),
    ("year: 2025\nregion: 临江区\npriorities:\n  - topic: 医改\n    targets:\n      - {name: 率, value: x}\n",
     6, "重点任务第1组·目标第1项·数值", "应为数字"),
    ("year: 2025\nregion: 临江区\nachievements:\n  - metrics: []\n", 4, "工作成绩第1组·领域", "缺少必填项"),
    ("year: 2025\nregion: 临江区\nspeaker:\n  name: 张明\n  title: " + "长" * 41 + "\n", 5, "讲话人·职务", "最多 40 个字"),
])
def test_errors_name_line_and_field(text: str, line: int, field: str, message: str) -> None:
    with pytest.raises(BriefError) as info:
        parse_brief(text, filename="b.yaml")
    assert (info.value.line, info.value.field) == (line, field)
    assert message in info.value.message
    assert str(info.value).startswith(f"b.yaml:{line}: {field}: ")


def test_the_first_error_by_line_is_reported_and_the_rest_counted() -> None:
    text = "year: 2025\nregion: 临江区\nlength: 10\nseed: -1\nclosing: [a]\n"
    with pytest.raises(BriefError) as info:
        parse_brief(text)
    assert info.value.line == 3
    assert info.value.message.endswith("（另有 2 处错误）")


def test_an_error_inside_an_aliased_value_points_at_the_anchor() -> None:
    text = "year: 2025\nregion: 临江区\nm: &m {name: 率, value: x}\n"
    with pytest.raises(BriefError) as info:
        parse_brief(text)
    assert info.value.line == 3  # "m" is unknown: said before anything else


def test_merge_keys_work() -> None:
    text = "base: &b {name: 率, unit: '%'}\n"  # not a brief key: refused, but only after merging worked
    b = parse_brief("year: 2025\nregion: {<<: {name: 临江区}, level: 区}\n")
    assert b.region.name == "临江区"
    with pytest.raises(BriefError, match="base"):
        parse_brief(text + "year: 2025\nregion: 临江区\n")


def test_unknown_topic_warning_names_the_nearest_topics() -> None:
    b = parse_brief("year: 2025\nregion: 临江区\nachievements:\n  - topic: 医该\n  - topic: 医该\n")
    warnings = brief_warnings(b)
    assert len(warnings) == 1
    assert warnings[0].startswith("领域“医该”不在登记的领域中，将按一般表述起草；您是否想写：")
    assert "医改" in warnings[0]


def test_known_topics_by_key_or_chinese_name_give_no_warning() -> None:
    b = parse_brief("year: 2025\nregion: 临江区\npriorities:\n  - topic: tcm\n  - topic: 中医药\n  - topic: 爱卫工作\n")
    assert brief_warnings(b) == []


def test_a_date_far_from_the_year_is_questioned() -> None:
    assert "请核对" in brief_warnings(parse_brief("year: 2025\nregion: 临江区\ndate: 2019-02-18\n"))[0]


@pytest.mark.parametrize(("metric", "warning"), [
    ("{name: 覆盖率, value: 145, unit: '%'}", "145% 超过 100%"),
    ("{name: 覆盖率, value: 45, unit: '%', change: 3, change_unit: '%'}", "个百分点"),
])
def test_metric_slips_are_warned_about(metric: str, warning: str) -> None:
    b = parse_brief(f"year: 2025\nregion: 临江区\nachievements:\n  - topic: 医改\n    metrics:\n      - {metric}\n")
    assert [w for w in brief_warnings(b) if warning in w and w.startswith("工作成绩第1组·指标第1项（覆盖率）: ")]


@pytest.mark.parametrize("metric", ["{name: 增长率, value: 120, unit: '%'}", "{name: 覆盖率, value: 45, unit: '%', change: 3}",
                                    "{name: 床位, value: 45, unit: 张, change: 3, change_unit: '%'}"])
def test_sound_metrics_give_no_warning(metric: str) -> None:
    b = parse_brief(f"year: 2025\nregion: 临江区\nachievements:\n  - topic: 医改\n    metrics:\n      - {metric}\n")
    assert brief_warnings(b) == []


def test_a_metric_twice_in_one_topic_is_warned_about() -> None:
    b = parse_brief("year: 2025\nregion: 临江区\npriorities:\n  - topic: 医改\n    targets:\n"
                    "      - {name: 率, value: 1}\n      - {name: 率, value: 2}\n")
    assert brief_warnings(b) == ["重点任务第1组·目标第2项（率）: 同一领域中这个指标写了两次，讲稿中会重复"]


def test_read_warnings_belong_to_the_brief_they_were_made_for() -> None:
    repaired = parse_brief("年份：2025\n地区： 临江区\n")
    clean = parse_brief("年份: 2025\n地区: 临江区\n")
    assert repaired == clean
    assert len(brief_warnings(repaired)) == 2
    assert brief_warnings(clean) == []


# ---------------------------------------------------------------- dump_brief


def test_dump_keeps_design_order_and_comments_in_chinese() -> None:
    text = dump_brief(parse_brief(DESIGN_EXAMPLE))
    keys = [ln.split(":")[0] for ln in text.splitlines() if ln and not ln.startswith((" ", "#"))]
    assert keys == ["kind", "year", "region", "meeting", "speaker", "date", "length", "seed", "previous_speakers",
                    "achievements", "problems", "priorities", "closing"]
    assert "# 工作成绩：" in text
    assert "value: 45.2\n" in text and 'unit: "%"' in text


def test_dump_with_chinese_keys_uses_only_chinese_keys() -> None:
    text = dump_brief(parse_brief(DESIGN_EXAMPLE), chinese_keys=True, comments=False)
    data = yaml.safe_load(text)
    assert list(data)[:3] == ["讲话类型", "年份", "地区"]
    assert "名称" in data["地区"] and "指标" in data["工作成绩"][0]
    assert not any(line.startswith("#") for line in text.splitlines())
    assert data["讲话类型"] == "年度卫生健康工作会议讲话"
    assert data["工作成绩"][0]["指标"][0]["方向"] == "越高越好"


def test_dump_leaves_out_defaults_that_were_not_set() -> None:
    text = dump_brief(parse_brief("year: 2025\nregion: 临江区\n"), comments=False)
    assert text == "year: 2025\nregion:\n  name: 临江区\n"


def test_dump_keeps_a_default_the_secretary_wrote() -> None:
    text = dump_brief(parse_brief("year: 2025\nregion: 临江区\nseed: 1\n"), comments=False)
    assert "seed: 1" in text


@pytest.mark.parametrize("value", ["yes", "null", "2025", "a: b", "# 注释", "年份：2025", "'quoted'", "　全角开头",
                                   "多行\n文字", "- 列表", "@at", "45.2%", "*别名"])
def test_dump_quotes_text_that_would_read_back_differently(value: str) -> None:
    b = Brief.model_validate({"year": 2025, "region": "临江区", "problems": [value], "closing": value[:80]})
    assert parse_brief(dump_brief(b)) == b


def test_dump_keeps_numbers_exactly_as_typed() -> None:
    b = parse_brief("year: 2025\nregion: 临江区\nachievements:\n  - topic: 医改\n    metrics:\n"
                    "      - {name: a, value: '45.20', change: '-0.50'}\n      - {name: b, value: 1e5}\n")
    again = parse_brief(dump_brief(b))
    assert [m.value for m in again.achievements[0].metrics] == ["45.20", "1e5"]
    assert again.achievements[0].metrics[0].change == "-0.50"


def sample_briefs() -> list[Path]:
    from support import REPO
    return sorted((REPO / "samples").glob("*.yaml"))


@pytest.mark.parametrize("chinese_keys", [False, True])
def test_every_sample_round_trips_through_dump(chinese_keys: bool) -> None:
    assert sample_briefs(), "samples/ holds no briefs"
    for path in sample_briefs():
        brief = load_brief(path)
        assert parse_brief(dump_brief(brief, chinese_keys=chinese_keys)) == brief, path.name


@pytest.mark.parametrize("special", ["device", "fifo"])
def test_devices_and_pipes_are_refused_without_reading(special: str, tmp_path: Path) -> None:
    import os
    if special == "device":
        path = Path("/dev/zero")  # endless: reading it would never finish
        if not path.exists():
            pytest.skip("no /dev/zero here")
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        path = tmp_path / "pipe.yaml"
        os.mkfifo(path)  # opening it would block until someone writes
    with pytest.raises(BriefError, match="不是普通文件"):
        load_brief(path)


@pytest.mark.parametrize(("fact", "figure"), [
    ("新建标准化村卫生室36所", "36所"), ("全市建成核酸检测实验室23个", "23个"), ("完成12个村的改厕任务", "12个"),
    ("成功处置人感染H7N9禽流感疫情，全县报告2例", "2例"),
])
def test_a_figure_in_a_highlight_is_pointed_at(fact: str, figure: str) -> None:
    b = parse_brief(f"year: 2025\nregion: 临江区\nachievements:\n  - topic: 公共卫生\n    facts: [{fact}]\n")
    assert brief_warnings(b) == [f"工作成绩第1组·亮点第1条: 亮点中有数字“{figure}”；"
                                 "有数字的成绩请写成指标（名称、数值、单位），讲稿才会按规范写出并核对数字"]


@pytest.mark.parametrize("fact", ["成功处置人感染H7N9禽流感疑似病例", "甲型H1N1流感防控有力", "COVID-19疫苗接种有序推进",
                                  "PM2.5浓度持续下降", "建成5G远程会诊系统", "2024年建成胸痛中心", "第1批国家区域医疗中心落地"])
def test_a_digit_in_a_name_or_a_year_is_no_figure(fact: str) -> None:
    b = parse_brief(f"year: 2025\nregion: 临江区\nachievements:\n  - topic: 公共卫生\n    facts: [{fact}]\n")
    assert brief_warnings(b) == []
