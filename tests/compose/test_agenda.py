"""The date's agenda (model/tifa.yaml ``agenda``; issue 13, reading 39): each item only in its window, and the
situation part / a half-year opening / a special meeting's first part names the item of its date."""
import datetime as dt

import pytest
import yaml

from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.model.tifa import load_registry
from jianggao.writers.text import render_text

REG = load_registry()


@pytest.mark.parametrize("item", REG.agenda, ids=lambda a: a.id)
def test_each_agenda_item_is_named_only_inside_its_window(item):
    day = dt.timedelta(days=1)
    topics = item.topics or ()
    def ids(d):
        return {a.id for a in REG.agenda_on(d, topics=topics)}
    assert item.id not in ids(item.start - day)
    if not item.months or item.start.month in item.months:
        assert item.id in ids(item.start)
    if item.end is not None:
        assert item.id not in ids(item.end + day)
        if not item.months or item.end.month in item.months:
            assert item.id in ids(item.end)


def test_every_agenda_item_cites_where_its_dates_were_checked():
    for a in REG.agenda:
        assert a.source and a.lines and a.marks, a.id


def test_topic_bound_items_need_their_topic():
    sanming = [a for a in REG.agenda if a.id == "agenda.sanming"][0]
    d = sanming.start + dt.timedelta(days=30)
    assert sanming not in REG.agenda_on(d, topics=["maternal_child"])
    assert sanming in REG.agenda_on(d, topics=["medical_reform"])


def _render(text, real):
    brief = Brief.model_validate(yaml.safe_load(text))
    return render_text(compose(brief, real.bank, real.templates, seed=1), "txt")


BRIEF = """kind: {kind}
year: {year}
date: {date}
region: {{name: 临川县, level: 县}}
{meeting}priorities:
  - {{topic: {topic}, items: [{item}]}}
  - {{topic: 公共卫生, items: [做好重点传染病防控]}}
  - {{topic: 基层卫生, items: [提升基层服务能力]}}
"""


@pytest.mark.parametrize("kind,date,topic,item,meeting,said,unsaid", [
    ("annual_conference", "2012-02-21", "医改", "推进县级公立医院改革", "", "医改三年", "第一年"),
    ("annual_conference", "2012-04-10", "医改", "推进县级公立医院改革", "", "", "正在制定"),
    ("midyear_review", "2023-07-10", "公共卫生", "做好老年人疫苗接种", "", "保健康、防重症", ""),
    ("midyear_review", "2023-01-07", "公共卫生", "做好老年人疫苗接种", "", "", "乙类乙管"),
    ("special_topic", "2025-08-12", "爱国卫生", "清除蚊虫孳生地",
     "meeting: 2025年全县夏季爱国卫生运动暨蚊媒传染病防控工作会议\n", "基孔肯雅热", ""),
    ("special_topic", "2025-07-14", "爱国卫生", "清除蚊虫孳生地",
     "meeting: 2025年全县夏季爱国卫生运动暨蚊媒传染病防控工作会议\n", "", "基孔肯雅热"),
])
def test_a_draft_names_its_dates_agenda_and_not_the_next_ones(kind, date, topic, item, meeting, said, unsaid, real):
    text = _render(BRIEF.format(kind=kind, year=date[:4], date=date, topic=topic, item=item, meeting=meeting), real)
    if said:
        assert said in text
    if unsaid:
        assert unsaid not in text
