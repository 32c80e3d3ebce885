"""Segmenting cleaned text into speeches, part headings, paragraphs and sentences, with roles and raw lines."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from jianggao.corpus.segment import Heading, render_segmented, segment_document
from jianggao.corpus.sentences import split_sentences


@dataclass
class Block:
    """A clean block standing on one raw line (the segmenter only needs text and line_at)."""

    text: str
    line: int

    def line_at(self, offset: int) -> int:
        return self.line


def blocks(*texts: str) -> list[Block]:
    return [Block(t, i) for i, t in enumerate(texts, 1)]


SPEECH = (
    "同志们：",
    "今天召开全县卫生健康工作会议，主要任务是总结去年工作，部署今年任务。刚才，李局长作了工作报告，我完全同意。下面，我讲三点意见。",
    "一、肯定成绩，正视问题",
    "过去的一年，全县卫生健康工作取得明显成效。基层服务能力不断提升。",
    "在肯定成绩的同时，我们也要清醒地看到，工作中还存在一些问题。",
    "二、突出重点，推动工作再上新台阶",
    "（一）深化医药卫生体制改革。要加快推进分级诊疗制度建设。",
    "三、加强领导，确保各项任务落到实处",
    "要切实加强组织领导，层层压实责任。",
    "同志们，让我们凝心聚力、开拓创新、攻坚克难，为建设健康家园作出新的更大贡献！",
)


def test_one_speech_with_parts_and_roles():
    speeches = segment_document("a.txt", blocks(*SPEECH), split_sentences)
    assert len(speeches) == 1
    sp = speeches[0]
    assert sp.salutation == "同志们：" and sp.salutation_line == 1
    heads = [b for b in sp.blocks if isinstance(b, Heading)]
    assert [(h.level, h.number) for h in heads] == [(1, "一"), (1, "二"), (2, "一"), (1, "三")]
    assert [h.role for h in heads if h.level == 1] == ["review", "tasks", "safeguards"]
    paras = sp.paragraphs
    assert paras[0].role == "agreement" and paras[0].part_role == "opening"
    assert paras[2].role == "problems"
    assert paras[-1].role == "closing"
    # the sub-heading's run-on body stays a paragraph under it, on its own raw line
    body = paras[3]
    assert body.sentences[0].text == "要加快推进分级诊疗制度建设。" and body.line == 7
    assert "medical_reform" in body.topics


def test_collection_page_splits_speeches_at_titles_and_salutations():
    texts = ("范文汇编讲话稿篇一", *SPEECH, "范文汇编讲话稿篇二", "同志们：", "今天召开全县爱国卫生工作会议。下面，我讲两点意见。",
             "一、认清形势", "爱国卫生工作是一项系统工程。", "同志们：", "这次会议很重要。我完全同意刚才的安排。")
    speeches = segment_document("b.txt", blocks(*texts), split_sentences)
    assert len(speeches) == 3
    assert speeches[0].title == "范文汇编讲话稿（第一篇）" and speeches[1].title.endswith("（第二篇）")
    assert speeches[2].paragraphs[0].sentences[0].line == len(texts)


def test_a_speech_without_salutation_is_still_a_speech():
    texts = (*SPEECH[:9], "县政府召开这次半年卫生工作会议，十分必要。刚才，王局长通报了情况，我完全赞同。下面我讲几点意见。",
             "一、关于基层卫生工作", "要加强乡镇卫生院建设。")
    speeches = segment_document("c.txt", blocks(*texts), split_sentences)
    assert len(speeches) == 2
    assert speeches[1].paragraphs[0].role == "agreement"
    assert speeches[1].kind == "midyear_review"


@pytest.mark.parametrize("text, level, number, head", [
    ("一、加强组织领导 要把卫生工作摆上重要位置。", 1, "一", "加强组织领导"),
    ("（二）强化督查考核。要建立督查机制。", 2, "二", "强化督查考核"),
    ("(三)改进工作作风", 2, "三", "改进工作作风"),
    ("3、管理措施要再加大。这几年来，制度不断完善。", 3, "3", "管理措施要再加大"),
])
def test_heading_forms(text, level, number, head):
    sp = segment_document("d.txt", blocks("同志们：", text), split_sentences)[0]
    h = next(b for b in sp.blocks if isinstance(b, Heading))
    assert (h.level, h.number, h.text) == (level, number, head)


def test_inline_headings_inside_one_long_block():
    one_line = "同志们： 今天召开会议。下面，我讲两点意见。 一、充分肯定成绩 去年工作取得明显成效。 二、明确今年任务 要推进改革。"
    sp = segment_document("e.txt", [Block(one_line, 23)], split_sentences)[0]
    assert [b.text for b in sp.blocks if isinstance(b, Heading)] == ["充分肯定成绩", "明确今年任务"]
    assert all(s.line == 23 for p in sp.paragraphs for s in p.sentences)


def test_render_shows_boundaries_roles_topics_and_lines():
    text = render_segmented(segment_document("a.txt", blocks(*SPEECH), split_sentences))
    assert "==== 讲话 1" in text
    assert "# [L3] 〈review〉 一、肯定成绩，正视问题" in text
    assert "〈opening/agreement〉" in text and "[L10]" in text
    assert "{medical_reform" in text


@pytest.mark.parametrize("headings, roles", [
    (("一、充分肯定成绩", "二、全力做好今年重点工作"), ["review", "tasks"]),
    (("一、认清形势，提高认识", "二、明确重点，抓住关键", "三、落实责任，密切配合"), ["understanding", "tasks", "safeguards"]),
    (("一、要强化责任意识", "二、要强化问题导向意识", "三、要强化效率意识", "四、要强化廉政意识"),
     ["review", "tasks", "tasks", "safeguards"]),
])
def test_part_roles_come_from_heading_words_and_position(headings, roles):
    texts = ["同志们："]
    for h in headings:
        texts += [h, "要扎实做好各项工作。"]
    sp = segment_document("f.txt", blocks(*texts), split_sentences)[0]
    assert [b.role for b in sp.blocks if isinstance(b, Heading)] == roles
