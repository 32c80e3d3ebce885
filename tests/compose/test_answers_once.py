"""A brief's problems are named once, where they are weighed, and each is answered by a measure on its own object under
the item of its subject (answer29, outside readers' second complaint: the problem list pasted into the tasks part as
its openers — 今年的各项任务，要对着…这些短处来定; 下半年先要在…这两件事上见到变化 — and "solved" by one formula,
…的薄弱环节逐项列出来, said of a merger and of a clinic's patients alike)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from compose_helpers import composed_with_answers, speech_answers

from jianggao.compose import answers
from jianggao.model.brief import Brief

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import problem_aims as pa  # noqa: E402
from problem_echo import ECHO_RUN, pasted  # noqa: E402

# Briefs whose problems no aim names (恢复较慢, 仍有发生) and whose kinds are not the catch-all's: a half-year county
# meeting, a bureau's report in the merger years, a district's special meeting.
_MIDYEAR = """
kind: midyear_review
year: 2023
date: 2023-07-14
region: {name: 青山县}
speaker: {name: 任晓东, title: 副县长}
achievements:
  - topic: 医改
    metrics: [{name: 上半年县域内就诊率, value: 88.3, unit: "%"}]
problems: [部分乡镇卫生院门诊量恢复较慢, 医疗领域不正之风仍有发生]
priorities:
  - topic: 医改
    items: [推进紧密型县域医共体建设]
  - topic: 公共卫生
    items: [做好夏季传染病防控]
"""
_REPORT = """
kind: work_report
year: 2015
date: 2015-02-10
region: {name: 东岭县}
speaker: {name: 黄德明, title: 县卫生计生局局长}
length: 5000
problems: [卫生和计生机构合并后职能融合还不到位, 基层医疗机构运行新机制不够完善]
priorities:
  - topic: 医改
    items: [深化县级公立医院综合改革]
  - topic: 计划生育
    items: [落实计划生育奖励扶助政策]
  - topic: 基层卫生
    items: [推进乡村医生签约服务]
"""
_SPECIAL = """
kind: special_topic
year: 2021
date: 2021-04-07
region: {name: 北塘区}
meeting: 2021年全区爱国卫生运动工作会议
speaker: {name: 郑雅琴, title: 副区长}
problems: [城乡结合部、背街小巷环境卫生反弹, 部分单位对爱国卫生工作重视不够]
priorities:
  - topic: 爱国卫生
    items: [开展城乡环境卫生整治, 推进病媒生物防制]
"""
BRIEFS = {"midyear": _MIDYEAR, "report": _REPORT, "special": _SPECIAL}


def _brief(key: str) -> Brief:
    return Brief.model_validate(yaml.safe_load(BRIEFS[key]))


def _tasks_part(text: str) -> str:
    """The draft from its second numbered part on (the review or situation part read the problems out)."""
    m = re.search(r"^\s*二、", text, re.M)
    return text[m.start():] if m else text


@pytest.mark.parametrize("key", sorted(BRIEFS))
@pytest.mark.parametrize("seed", [1, 2])
def test_each_problem_is_read_out_once(real, monkeypatch, key, seed):
    brief = _brief(key)
    text, _ = speech_answers(brief, real, seed, monkeypatch)
    for p in brief.problems:
        # (its words that say how it falls short: a measure naming its object, 城乡结合部、背街小巷等重点区域, is no echo)
        assert pasted(text, p) == 1, (p, [s for s in re.split(r"[。！]", text) if pasted(s, p)])


@pytest.mark.parametrize("key", sorted(BRIEFS))
@pytest.mark.parametrize("seed", [1, 2])
def test_the_tasks_never_list_the_problems(real, monkeypatch, key, seed):
    """No sentence of the tasks names two of the brief's problems (the list pasted back as an opener), nor promises
    change on them without a measure (…这两件事上见到变化)."""
    brief = _brief(key)
    text, _ = speech_answers(brief, real, seed, monkeypatch)
    for sentence in re.split(r"[。！]", _tasks_part(text)):
        named = [p for p in brief.problems if longest(sentence, p) >= ECHO_RUN]
        assert len(named) < 2, sentence
    assert "见到变化" not in text and "短处来定" not in text and "冲着" not in text


def longest(a: str, b: str) -> int:
    from jianggao.model.text import longest_run
    return longest_run(a, b)


@pytest.mark.parametrize("case", pa.OBJECTS, ids=lambda c: f"{c.problem}-{c.level}{c.year}")
def test_each_problem_is_answered_on_its_object(case, real, monkeypatch):
    brief = pa.brief_of(case)
    text, said = composed_with_answers(brief, real, 1, monkeypatch)
    answer = pa.answer_in(text, said.get(case.problem, ""), case.problem)
    from jianggao.compose import voice
    bureau = voice.role_of(brief.speaker.title, brief.speaker.on_behalf_of or "", brief.region.level) != voice.GOVERNMENT
    assert pa.judge(case, answer, bureau=bureau) == [], answer
    # the problem's subject is said at most once in its answer (为把X落实到位，我们要把X的… said it twice)
    subject = answers.subject_name(case.problem) or answers.problem_name(case.problem)
    assert answer.count(subject) <= 1, answer


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_problem_of_attention_stands_as_an_item_of_its_own(real, monkeypatch, seed):
    """部分单位对爱国卫生工作重视不够 is answered under a numbered item of its own (its heading: 各单位…责任), never inside
    推进病媒生物防制 (增加单位对爱国卫生工作重视 was one draft's)."""
    brief = _brief("special")
    text, said = composed_with_answers(brief, real, seed, monkeypatch)
    p = "部分单位对爱国卫生工作重视不够"
    para = next(x for x in text.splitlines() if said[p][:20] in x)
    # (a numbered item, 三是…, or at a special meeting a subsection of its own, （三）…)
    heads = re.findall(r"(?:[一二三四五六七八九十]是|（[一二三四五六七八九十]）)([^。]+)。", para[:para.find(said[p][:20])])
    assert heads and "责任" in heads[-1] and "病媒" not in heads[-1], para


def test_a_half_year_problem_is_not_tied_to_the_progress_of_another_figure(real, monkeypatch):
    """这些问题，有的恰恰出在上半年有进展的工作上 only where a figure and a problem share their words (门诊量 is no
    part of 县域内就诊率: the link was a claim the brief never made)."""
    for seed in (1, 2, 3):
        text, _ = speech_answers(_brief("midyear"), real, seed, monkeypatch)
        assert "恰恰出在" not in text


def test_a_lag_is_named_by_what_lags():
    assert answers.lag_object("部分社区重点人群健康管理进度滞后于时间进度") == "重点人群健康管理"
    assert answers.lag_object("部分目标任务进度滞后于时间进度") == ""
    assert answers.lag_object("乡镇卫生院服务能力弱") == ""


@pytest.mark.parametrize("problem, apart", [
    ("部分单位对爱国卫生工作重视不够", True), ("卫生和计生机构合并后职能融合还不到位", True),
    ("部分乡镇卫生院门诊量恢复较慢", False), ("基层医疗卫生机构服务能力不强", False),
])
def test_problems_of_how_work_is_held_stand_apart(problem, apart):
    assert answers.stands_apart(problem) is apart
    assert (answers.fit_of(problem, "", "推进病媒生物防制") == 0) or not apart
