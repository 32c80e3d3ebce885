"""A reviewed fact said again as the ground of the numbered item on its subject (compose.reasons.facts_as_ground):
the brief's words unchanged, at the head of a measure that opens on its verb, sparingly, never before a topic and its
comment, never tied to an item only by the name of a body."""
from __future__ import annotations

from jianggao.compose.reasons import GROUNDS_MOST, facts_as_ground


def _tasks() -> list[list[list[str]]]:
    return [[["一是推进城市医疗集团建设。", "要进一步明确医联体内各级医疗机构的分工，常见病留在基层。"],
             ["二是提升乡镇卫生院服务能力。", "开展优质服务基层行活动，补上服务短板。"],
             ["三是推进分级诊疗。", "推进分级诊疗的关键在基层，要以医共体为载体。"],
             ["四是深化公立医院薪酬制度改革。", "完善公立医院薪酬总量核定办法，实行动态调整。"]]]


def test_a_fact_grounds_the_item_on_its_subject():
    tasks = _tasks()
    facts_as_ground(tasks, ["与市第二人民医院组建城市医疗集团"], "去年")
    assert tasks[0][0][1] == "在去年与市第二人民医院组建城市医疗集团的基础上，要进一步明确医联体内各级医疗机构的分工，常见病留在基层。"


def test_no_ground_by_a_bodys_name_before_a_comment_or_beside_a_figure_and_few_a_speech():
    tasks = _tasks()
    before = [list(p) for p in tasks[0]]
    facts_as_ground(tasks, ["乡镇卫生院全部建成中医馆", "分级诊疗试点扩大到全部乡镇", "医联体内检查结果互认达到90%"], "去年")
    assert tasks[0][1:3] == before[1:3]
    tasks = _tasks()
    facts_as_ground(tasks, ["与市第二人民医院组建城市医疗集团", "公立医院薪酬制度改革全面推开",
                            "城市医疗集团试点扩大到三家"], "")
    grounded = [p[1] for p in tasks[0] if "的基础上" in p[1]]
    assert len(grounded) == GROUNDS_MOST
    assert tasks[0][3][1].startswith("在公立医院薪酬制度改革全面推开的基础上，")
