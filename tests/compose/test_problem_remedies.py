"""compose.answers with model/problem_remedies.yaml: a problem of a known kind is answered by a measure that
acts on it, one naming a remedy of its kind (answer22, the forty-third reading: 运营管理粗放 said to be 盯住不放 and never
touched, 医共体利益融合 answered by 财务统一核算 alone, 县级医院服务能力 by county doctors sent down, 新农合保障水平 with
no 补偿比例, a 夏季传染病 item with nothing seasonal).  The cases are of other levels, years and kinds than the reading's."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from compose_helpers import composed_with_answers

from jianggao.compose.answers import acting_first, remedy_of
from jianggao.model.brief import Brief
from jianggao.model.remedies import table as remedy_table

REMEDIES = remedy_table()


def test_every_kind_is_well_formed():
    for kind in REMEDIES:
        assert kind["kind"] and kind["when"] and re.compile(kind["acts"])
        for end in ("from", "to"):
            if kind.get(end):
                dt.date.fromisoformat(str(kind[end]))


@pytest.mark.parametrize(("problem", "date", "kind"), [
    ("区级公立医院成本控制不力", dt.date(2021, 3, 1), "医院运营管理"),
    ("医联体成员单位各自为政", dt.date(2024, 3, 1), "医联体利益融合"),
    ("旗人民医院服务能力不强", dt.date(2017, 3, 1), "县级医院服务能力"),
    ("新农合补偿水平偏低", dt.date(2013, 3, 1), "医保保障水平"),
    ("汛期肠道传染病防控压力大", dt.date(2018, 7, 1), "夏季传染病"),
    ("基层传染病监测预警能力薄弱", dt.date(2020, 12, 1), "监测预警"),
    ("新农合基金支出增长过快", dt.date(2015, 3, 1), "医保基金使用"),
])
def test_a_problem_is_known_by_its_kind(problem, date, kind):
    found = remedy_of(problem, REMEDIES, date)
    assert found is not None and found[0] == kind


def test_an_acting_entry_is_tried_first():
    acts = re.compile("对口支援|重点专科")
    entries = [{"text": "{dept}要把新增床位向薄弱片区倾斜"}, {"text": "{hospital}要借助对口支援建设重点专科"}]
    assert acting_first(entries, acts, "bureau") == [entries[1], entries[0]]
    assert acting_first(entries, None, "bureau") == entries


_TITLES = {"annual_conference": "副{w}长", "special_topic": "副{w}长", "work_report": "{w}卫生局局长",
           "midyear_review": "{w}卫生计生局局长"}


@pytest.mark.parametrize(("problem", "region", "year", "kind", "items"), [
    ("区级公立医院成本控制不力", "临江区", 2021, "annual_conference", ["推动公立医院高质量发展"]),
    ("医联体成员单位各自为政，利益没有融合", "东阳市", 2024, "special_topic", ["推进医联体建设"]),
    ("旗人民医院服务能力不强", "查干旗", 2016, "annual_conference", ["推进旗级公立医院综合改革"]),
    ("新农合保障水平不高", "清河县", 2013, "work_report", ["巩固新农合制度"]),
    ("汛期和夏季传染病防控压力较大", "南山县", 2017, "midyear_review", ["做好传染病防控"]),
])
def test_the_answer_acts_on_its_problem(problem, region, year, kind, items, real, monkeypatch):
    w = region[-1]
    title = _TITLES[kind].format(w=w)
    brief = Brief.model_validate({"kind": kind, "year": year, "region": {"name": region},
                                  "speaker": {"name": "刘振华", "title": title}, "problems": [problem],
                                  "priorities": [{"topic": "医改" if "传染病" not in problem else "公共卫生",
                                                  "items": items}]})
    text, said = composed_with_answers(brief, real, 1, monkeypatch)
    found = remedy_of(problem, REMEDIES, dt.date(year, 3, 1))
    assert found is not None
    answer = said.get(problem, "")
    assert found[1].search(answer), (problem, answer)
    assert answer.rstrip("。").split("；")[0][:12] in text
    assert "盯住不放" not in text
