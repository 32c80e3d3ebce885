"""Measures lent across areas are looked up (compose.lending), and the lookup lends exactly what asking every
measure about every item lent: its candidates hold every measure serve.could_serve accepts."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from support import brief_strings

from jianggao.compose import lending
from jianggao.compose.picker import ALTERNATE
from jianggao.compose.serve import SERVES_AT, answers_problem, could_serve, score


@dataclass(frozen=True)
class _Topic:
    key: str
    known: bool = True


def _asked_each(elsewhere: Mapping[str, Sequence[str]], topic: _Topic, own: Sequence[str],
                items: Sequence[str]) -> list[str]:
    """What Picker.serve lent before the table: every measure asked about every item."""
    return [o for key, texts in elsewhere.items() if topic.known and key != topic.key
            for o in texts if o and o not in own
            and any(could_serve(plain, item) and score(plain, item) >= SERVES_AT
                    for plain in (o.split(ALTERNATE)[0],) for item in items)]


def test_the_candidates_hold_every_measure_that_could_serve(real):
    wording = real.templates.wording["TASK_MORE"]
    table = lending.table_for(wording, ALTERNATE)
    for item in brief_strings():
        maybe = table.could_serve(item)
        missed = [m for m in table.measures if m not in maybe and could_serve(m, item)]
        assert not missed, (item, missed[:3])


def test_the_measures_lent_are_those_asking_each_lent(real):
    wording = real.templates.wording["TASK_MORE"]
    strings = brief_strings()
    groups = [strings[i:i + 3] for i in range(0, len(strings), 3)]
    for n, items in enumerate(groups):
        key = list(wording)[n % len(wording)]
        topic = _Topic(key)
        own = wording[key]
        assert lending.borrowed(wording, topic, own, items, ALTERNATE) == _asked_each(wording, topic, own, items)
    assert lending.borrowed(wording, _Topic("x", known=False), (), strings[:3], ALTERNATE) == []
    assert lending.borrowed(wording, None, (), strings[:3], ALTERNATE) == []
    assert lending.borrowed(None, _Topic("x"), (), strings[:3], ALTERNATE) == []


def test_the_shipped_table_is_used_for_the_bundled_wording_only(real):
    wording = real.templates.wording["TASK_MORE"]
    measures = lending.measures_of(wording, ALTERNATE)
    shipped = lending._shipped(measures)
    assert shipped is not None, "run: python -m jianggao.prepared"
    assert shipped.by_idea == lending.Table.of(measures).by_idea
    # edited wording (a user's own template): no shipped table, one made on first use, the same measures lent
    edited = {k: [*v, "要推进家庭医生签约服务提质增效，做实重点人群签约服务。"] if k == "medical_reform" else v
              for k, v in wording.items()}
    assert lending._shipped(lending.measures_of(edited, ALTERNATE)) is None
    items = ["做实家庭医生签约服务", "推进乡镇卫生院标准化建设"]
    topic = _Topic("primary_care")
    got = lending.borrowed(edited, topic, edited.get("primary_care", ()), items, ALTERNATE)
    assert got == _asked_each(edited, topic, edited.get("primary_care", ()), items)
    assert "要推进家庭医生签约服务提质增效，做实重点人群签约服务。" in got


def test_a_measure_lent_for_another_reason_is_asked_of_every_line(real):
    # Picker.serve may also lend what answers a problem of the brief (``also``): every line is asked, in order
    wording = real.templates.wording["TASK_MORE"]
    items = ["推进紧密型医共体建设"]
    topic = _Topic("primary_care")
    own = wording["primary_care"]

    def answers(plain: str) -> bool:
        return "先诊疗后付费" in plain or "家庭医生" in plain

    expected = [o for key, texts in wording.items() if key != topic.key for o in texts if o and o not in own
                for plain in (o.split(ALTERNATE)[0],)
                if any(could_serve(plain, item) and score(plain, item) >= SERVES_AT for item in items) or answers(plain)]
    assert lending.borrowed(wording, topic, own, items, ALTERNATE, also=answers) == expected
    assert lending.borrowed(wording, topic, own, [], ALTERNATE, also=answers) == \
        [o for key, texts in wording.items() if key != topic.key for o in texts
         if o and o not in own and answers(o.split(ALTERNATE)[0])]


def test_the_measures_that_might_answer_a_problem_hold_every_one_answering_it(real):
    # Picker.serve lends what answers a problem of the brief: only the measures Table.could_answer names are asked
    wording = real.templates.wording["TASK_MORE"]
    table = lending.table_for(wording, ALTERNATE)
    for problem in brief_strings():
        might = table.could_answer(problem)
        missed = [m for m in table.measures if m not in might and answers_problem(m, problem)]
        assert not missed, (problem, missed[:3])


def test_the_measures_lent_for_the_problems_are_those_asking_each_lent(real):
    wording = real.templates.wording["TASK_MORE"]
    strings = brief_strings()
    for n in range(0, min(len(strings), 60), 3):
        problems, items = strings[n:n + 2], strings[n + 2:n + 3]
        key = list(wording)[n % len(wording)]
        topic, own = _Topic(key), wording[key]
        asked = lending.borrowed(wording, topic, own, items, ALTERNATE,
                                 also=lambda plain, problems=problems: any(answers_problem(plain, p) for p in problems))
        assert lending.borrowed(wording, topic, own, items, ALTERNATE, problems=problems) == asked
