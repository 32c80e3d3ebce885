"""The safeguards and the close name the tasks as a speaker would, and the task part's subsections name their own
subject (issue 13, the thirty-sixth reading: "…推动分级诊疗制度落地见效这样的任务", "保障实施卫生人才引育工程所需的资金",
and a 医改 meeting's three subsections all headed 深化医改)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.compose.finish import _ending_not_again
from jianggao.compose.once import Room
from jianggao.compose.serve import TASK_NAME_MAX, items_heading, subject_of_item, topic_only
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


@pytest.mark.parametrize(("item", "name"), [
    ("做实做细家庭医生签约服务", "家庭医生签约服务"),
    ("推进紧密型县域医共体建设", "紧密型县域医共体建设"),
    ("实施卫生人才引育工程", "卫生人才引育工程"),
    ("深化以公益性为导向的公立医院改革", "公立医院改革"),
    ("改革完善疾病预防控制体系", "疾病预防控制体系"),
    ("推进分级诊疗制度落地见效", "分级诊疗制度"),
    ("完成剩余村卫生室标准化建设", "村卫生室标准化建设"),
    ("实施健康扶贫工程，防止因病致贫、因病返贫", "健康扶贫工程"),
    # (reading 40: 听取坚决打赢健康扶贫攻坚战等重点任务的进展汇报)
    ("坚决打赢健康扶贫攻坚战", "健康扶贫攻坚战"),
    # an outcome keeps its verb: 成果 is not pushed forward
    ("巩固国家卫生城市创建成果", "巩固国家卫生城市创建成果"),
])
def test_a_task_is_named_by_its_business(item, name):
    assert subject_of_item(item) == name


def test_a_task_too_long_to_read_aloud_is_not_named():
    assert subject_of_item("加快胸痛、卒中、创伤等急诊急救中心建设") == ""
    assert all(len(subject_of_item(x)) <= TASK_NAME_MAX for x in ("推进“互联网+医疗健康”发展", "抓好基本公共卫生服务项目"))


def test_a_heading_of_the_topic_alone_is_told_from_one_naming_a_subject():
    # (and as the templates' wording is varied: 协同推进 for 统筹推进, compose.variants)
    for heading in ("统筹推进医改各项重点任务", "协同推进医改各项重点任务", "在深化医改上持续用力", "不断深化医药卫生体制改革"):
        assert topic_only(heading, "medical_reform"), heading
    assert not topic_only("以医共体建设为抓手纵深推进医改", "medical_reform")
    assert topic_only("扎实推进爱国卫生工作", "patriotic_health")
    assert not topic_only("科学开展病媒生物防制", "patriotic_health")
    assert not topic_only("做好重点传染病防控", "disease_control")
    assert not topic_only("统筹推进医改各项重点任务", "no_such_topic")


def test_an_items_heading_names_what_the_items_hold():
    assert items_heading(["深化以公益性为导向的公立医院改革", "推进城市医疗集团建设"]) == "深化公立医院改革和城市医疗集团建设"
    assert items_heading(["推进紧密型县域医共体建设"]) == "推进紧密型县域医共体建设"
    assert items_heading([]) == ""
    # (fit31: no one item's clause, nor two items' business, heads three items or more: the area's heading stays)
    assert items_heading(["加强艾滋病、结核病防治", "做好免疫规划和预防接种", "健全传染病监测预警体系"]) == ""
    assert items_heading(["加强结核病防治", "做好艾滋病防治", "抓好预防接种工作", "加强慢性病防治"]) == ""


def test_no_items_heading_is_one_item_of_several():
    """(reading 27, h14: （一）巩固国家卫生城市创建成果。一是深入开展城乡环境卫生整洁行动，巩固国家卫生城市创建成果。 — the first
    of three items headed the subsection and came back inside its 一是): where the items cannot be named together, the
    area's own heading stays."""
    items = ["巩固国家卫生城市创建成果", "深入开展城乡环境卫生整洁行动", "推进垃圾分类"]
    assert items_heading(items) == ""
    assert items_heading(items[:1]) == items[0]


_VERB_FRAME = re.compile(r"(?:做实做细|推进|加快|抓好|实施|深化|加强)")


def _reform_meeting() -> Brief:
    return Brief.model_validate({
        "kind": "special_topic", "year": 2021, "region": {"name": "清河县"}, "date": "2021-05-20",
        "meeting": "2021年全县深化医药卫生体制改革工作会议", "speaker": {"name": "王林", "title": "副县长"},
        "problems": ["医保基金运行压力加大", "县域内就诊率偏低"],
        "priorities": [
            {"topic": "医改", "items": ["推进紧密型县域医共体建设", "推动分级诊疗制度落地见效"]},
            {"topic": "医改", "items": ["深化医保支付方式改革", "加强医保基金监管"]},
            {"topic": "医改", "items": ["落实药品耗材集中带量采购", "完善医疗服务价格动态调整机制"]},
            {"topic": "信息化", "items": ["推进检查检验结果互认"]},
        ]})


def _parts(text: str) -> list[str]:
    return re.split(r"\n　　[一二三四五六七]、", text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_reform_meeting_heads_each_subsection_with_its_own_subject(real, seed):
    text = render_text(compose(_reform_meeting(), real.bank, real.templates, seed=seed), "txt")
    tasks = _parts(text)[2]
    heads = re.findall(r"\n　　（[一二三四五六七八九十]+）([^。]+)。", tasks)
    assert heads
    # (a subsection of three items or more keeps its area's heading: no short heading names them all, and one naming
    # the first one or two read as the parent of the rest — fit31, （一）推进紧密型县域医共体建设和分级诊疗制度 over
    # 一是加强医保基金监管 … 七是; the expectation before held for any number of items)
    bodies = re.split(r"\n　　（[一二三四五六七八九十]+）", tasks)[1:]
    assert not [h for h, body in zip(heads, bodies, strict=True)
                if topic_only(h, "medical_reform") and "三是" not in body], heads
    assert len(set(heads)) == len(heads)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_safeguards_and_close_never_paste_an_items_verb_frame(real, seed):
    brief = _reform_meeting()
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
    ending = "".join(_parts(text)[3:])
    for p in brief.priorities:
        for item in p.items:
            first = item.split("，")[0]
            assert first not in ending or not _VERB_FRAME.match(first), (first, ending)
    assert "这样的任务" not in ending or not re.search(r"(?:推进|抓好|加快|深化)[^，。]{2,16}这样的任务", ending)


def test_a_safeguards_line_saying_a_task_again_goes():
    parts = [
        [["开场。"]],
        [["一是推进紧密型县域医共体建设。", "要建立部门间信息共享和定期会商机制，及时协调解决改革中的跨部门难题。"]],
        [["各有关部门要主动认领任务。", "要建立部门间定期会商机制，及时协调解决改革中的跨部门难题。", "考核结果要用起来。"],
         ["同志们，任务已经明确。", "要建立部门间信息共享和定期会商机制，协调解决跨部门难题。", "让我们共同努力！"]],
    ]
    _ending_not_again(parts, ["opening", "tasks", "safeguards"], (), ["推进紧密型县域医共体建设"], Room(parts, 0))
    assert parts[2][0] == ["各有关部门要主动认领任务。", "考核结果要用起来。"]
    assert parts[2][1] == ["同志们，任务已经明确。", "让我们共同努力！"]
    # the task part itself is untouched
    assert len(parts[1][0]) == 2


def test_a_line_the_paragraph_cannot_spare_stays():
    parts = [[["开场。"]], [["要建立部门间定期会商机制，协调解决跨部门难题。"]],
             [["要建立部门间定期会商机制，协调解决跨部门难题。"]]]
    _ending_not_again(parts, ["opening", "tasks", "safeguards"], (), [], Room(parts, 0))
    assert parts[2][0] == ["要建立部门间定期会商机制，协调解决跨部门难题。"]
