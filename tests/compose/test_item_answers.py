"""Where a brief's problems meet its items in a speech: a second problem on an item's own subject is answered inside
that item, not as a numbered item of its own (answer33), and a city's problem of the counties is answered in the
city's part where a task takes it up (the reader's 2025 city 疾控 meeting)."""
from __future__ import annotations

import re

import pytest
from compose_helpers import rationed_alike, sentence_saying, speech_answers

from jianggao.model.brief import Brief


def _items(text: str) -> list[str]:
    """The numbered items (一是… 二是…) of the draft, each with its paragraph's text up to the next item."""
    return [m.group(0) for m in re.finditer(r"[一二三四五六七八九]是[^一二三四五六七八九]{0,4}[^。]*。(?:(?![一二三四五六七八九]是)[^\n])*",
                                           text)]


_SIGNING = {
    "kind": "annual_conference", "year": 2023, "region": {"name": "南城区"},
    "speaker": {"name": "陈立", "title": "副区长"},
    "problems": ["家庭医生签约服务履约质量不高", "家庭医生签约服务推进缓慢", "健康城市建设推进缓慢"],
    "priorities": [{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]},
                   {"topic": "爱国卫生", "items": ["推进健康城市建设"]},
                   {"topic": "医改", "items": ["推进城市医疗集团建设"]}]}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_second_problem_on_an_item_s_subject_is_answered_inside_it(real, monkeypatch, seed):
    brief = Brief.model_validate({**_SIGNING, "seed": seed})
    text, made = speech_answers(brief, real, seed, monkeypatch)
    item = next(i for i in _items(text) if "做实家庭医生签约服务" in i[:16])
    for problem in ("家庭医生签约服务履约质量不高", "家庭医生签约服务推进缓慢"):
        said = made.said.get(problem)
        assert said, problem
        # (the answer as said, in the words the ration leaves: a sentence of the item says it)
        sentences = [s for s in rationed_alike(item).split("。") if s]
        assert sentence_saying(sentences, rationed_alike(said)) is not None, (problem, said, item)
    # no numbered item of the lag's own (抓好工作进度落实) beside the item
    assert not any(re.match(r"[一二三四五六七八九]是(?:抓好|加快)[^。]{0,6}进度", i) for i in _items(text)), _items(text)


def test_the_city_s_county_lab_problem_is_answered_by_the_city_s_part(real, monkeypatch):
    brief = Brief.model_validate({
        "kind": "special_topic", "year": 2025, "region": {"name": "东阳市"},
        "meeting": "2025年全市疾病预防控制工作会议", "date": "2025-03-12",
        "speaker": {"name": "王建国", "title": "副市长"},
        "achievements": [{"topic": "公共卫生", "facts": ["市疾控中心生物安全二级实验室投入使用"]}],
        "problems": ["县级疾控机构检测能力不足"],
        "priorities": [{"topic": "公共卫生", "items": ["提升疾控机构检验检测能力", "完善传染病监测预警体系"]}]})
    text, made = speech_answers(brief, real, 1, monkeypatch)
    said = made.said.get("县级疾控机构检测能力不足", "")
    assert "各县（市、区）疾控中心" in said and "督促各县（市、区）" in said, said
    assert "市疾控中心要对照疾控机构实验室建设标准" not in text


def test_a_check_s_topic_keeps_its_reporter():
    """A check said as topic and comment (健康细胞的建成数量和质量，市爱卫办年底前通报一次: answers.checked_by) is one
    thought: a repeat cut may not leave the topic standing alone (answer33), nor is a plain duty such a topic."""
    from jianggao.compose import once

    assert once.binds("健康细胞的建成数量和质量", "市爱卫办年底前通报一次")
    assert once.binds("村医接续情况", "局里年底前要交一本明白账")
    assert not once.opens_condition("提高服务质量") and not once.opens_condition("加快工作进度")
