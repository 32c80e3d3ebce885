"""A marked turn once in a speech (compose.turns): learned from the bank's text, said again without its adverb."""
from __future__ import annotations

import pytest

from jianggao.compose import turns
from jianggao.model.speech import Heading, Paragraph


def test_the_shipped_table_marks_the_readers_turns_and_not_the_speech_grammar():
    assert turns.table(), "the shipped table is not read: run python -m jianggao.prepared"
    marked = turns._marked()
    # (就能 was one while our wording ended its duties on 让群众…就能…; blind24 rewrote those purposes and it is rare now)
    assert {"就会", "更加", "真正", "稳步"} <= set(marked)
    # the speech's ordinary grammar is said too often to be heard again, and no negation or modal is a turn
    assert not {"都要", "及时", "进一步", "不断", "不能", "必须", "难以"} & set(marked)


def test_a_sentence_finds_its_turns_outside_its_content_words():
    assert "就会" in turns.turns_of("监测预警慢一步，疫情处置就会陷入被动。")
    assert "真正" in turns.turns_of("要推动医疗资源真正下沉到基层。")
    assert turns.turns_of("加强基层医疗卫生机构能力建设。") == frozenset()


def test_a_turn_said_again_loses_its_adverb_and_the_first_stays():
    shells = [[Paragraph(""), Paragraph("")]]
    parts = [[["监测预警慢一步，疫情处置就会陷入被动。"],
              ["村医队伍断档，村卫生室的运转就会受到影响。",
               "稳步改善医疗服务，优化就诊流程。", "要稳步推进医疗服务价格调整。"]]]
    turns.turns_once(parts, shells, ())
    assert parts[0][0] == ["监测预警慢一步，疫情处置就会陷入被动。"]
    assert parts[0][1][0] == "村医队伍断档，村卫生室的运转会受到影响。"
    assert parts[0][1][1] == "稳步改善医疗服务，优化就诊流程。"
    assert parts[0][1][2] == "要推进医疗服务价格调整。"


def test_a_heading_counts_and_is_never_changed():
    shells = [[Heading(2, "（六）", "稳步推进爱国卫生工作", ""), Paragraph("")]]
    parts = [[["要持续开展，稳步改善城乡人居环境。"], ["要稳步提升医疗质量。"]]]
    turns.turns_once(parts, shells, ())
    assert parts == [[["要持续开展，改善城乡人居环境。"], ["要提升医疗质量。"]]]
    assert shells[0][0].text == "稳步推进爱国卫生工作"


@pytest.mark.parametrize("again", [
    "同志们，新的一年，任务更加繁重，使命更加光荣。",       # a device: said twice in the sentence
    "要继续优化就诊流程，让群众就医体验更好。",             # the adverb is the predicate
    "一是稳步推进家庭医生签约服务。",                       # an item's head
    "稳步提高新农合参合率。",                               # the brief's own words (keep)
])
def test_what_is_never_changed(again):
    shells = [[Paragraph(""), Paragraph("")]]
    first = "要更加注重质量，体验更好一些，稳步推进各项改革。"
    parts = [[[first], [again]]]
    turns.turns_once(parts, shells, ("稳步提高新农合参合率",))
    assert parts[0][1] == [again]


def test_a_negation_or_a_content_adverb_is_never_left_out():
    assert turns.without_turn("村卫生室就难以正常运转。", "难以") is None
    assert turns.without_turn("让群众就近看病。", "就近") is None


def test_a_word_that_carries_the_content_is_no_turn():
    """jieba tags these as adverbs, but leaving one out loses what the sentence asks: 立足自身条件开设特色科室 read
    要自身条件开设… (fresh20 r3); 亲自部署, 按时发放, 如实报告, 从严查处, 偏远地区, 先补上."""
    marked = set(turns._marked())
    assert not {"立足", "亲自", "按时", "如实", "从严", "偏远", "同意", "先补", "只看", "最先"} & marked
    first = "基层医疗卫生机构要立足自身条件开设特色科室。"
    assert turns.turns_of(first) == frozenset()


def test_the_second_half_of_a_pair_keeps_its_adverb():
    """fresh22 r4: 改革成效好不好，既要看群众得到的实惠，也要看医务人员的积极性… lost its 也 as a turn said again."""
    from jianggao.compose.turns import without_turn
    assert without_turn("改革成效好不好，既要看群众得到的实惠，也要看医务人员的积极性调动起来没有。", "也要") is None


def test_a_turn_opens_where_a_word_does():
    # (真抓 is a turn of 真抓实干; inside 认真抓好 it straddles two words, and leaving 真 out read 认抓好: fresh23 r1)
    assert "真抓" in turns._marked()
    assert turns.turns_of("接下来，关键在于大家回去以后结合实际、认真抓好落实。") == frozenset()
    shells = [[Paragraph(""), Paragraph("")]]
    parts = [[["要真抓实干，一件一件抓落实。"], ["接下来，关键在于大家回去以后结合实际、认真抓好落实。"]]]
    turns.turns_once(parts, shells, ())
    assert parts[0][1] == ["接下来，关键在于大家回去以后结合实际、认真抓好落实。"]
