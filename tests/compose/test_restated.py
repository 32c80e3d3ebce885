"""compose.restated: no point said twice in one paragraph once every line has found its block (sec35), and the clause
cuts keep the comment an A-not-A topic asks for (pair35's p1)."""
from __future__ import annotations

from jianggao.compose.once import binds, clause_once
from jianggao.compose.restated import restated_gone
from jianggao.model.speech import Heading, Paragraph

_REMOTE = "要发展互联网医疗和远程医疗，推进远程会诊、远程影像等服务向基层延伸。"
_REMOTE_AGAIN = "要加强远程会诊、远程影像等服务，使群众在家门口享受上级医院的诊疗服务。"
_OTHER = "推进医疗机构之间信息互通共享，打破信息孤岛。"


def test_the_later_of_two_sentences_on_one_point_goes():
    out = restated_gone([Paragraph(_REMOTE + _REMOTE_AGAIN + _OTHER)])
    assert out == [Paragraph(_REMOTE + _OTHER)]


def test_a_run_on_heading_s_body_is_a_paragraph_of_its_own():
    out = restated_gone([Heading(2, "（四）", "加快信息化建设。", _REMOTE + _REMOTE_AGAIN)])
    assert out[0].body == _REMOTE and out[0].text == "加快信息化建设。"


def test_what_develops_an_item_s_head_is_no_restatement():
    text = "一是推进远程医疗服务。" + _REMOTE_AGAIN + _OTHER
    assert restated_gone([Paragraph(text)]) == [Paragraph(text)]


def test_the_brief_s_words_figures_thanks_and_a_leaned_on_line_stay():
    # (the brief's own clause)
    assert restated_gone([Paragraph(_REMOTE + _REMOTE_AGAIN)], ("远程会诊、远程影像等服务，使群众",)) == \
        [Paragraph(_REMOTE + _REMOTE_AGAIN)]
    # (a figure)
    figured = "全年要开展远程会诊、远程影像等服务2000例，使群众在家门口享受上级医院的诊疗服务。"
    assert restated_gone([Paragraph(_REMOTE + figured)]) == [Paragraph(_REMOTE + figured)]
    # (a line the next leans on)
    leaning = _REMOTE + _REMOTE_AGAIN + "这项工作要列入年度考核。"
    assert restated_gone([Paragraph(leaning)]) == [Paragraph(leaning)]
    # (thanks and welcome are the occasion's acts)
    thanks = "向出席培训班的各位领导、各位来宾表示热烈的欢迎！向为这期培训班授课的各位老师表示诚挚的谢意！"
    assert restated_gone([Paragraph(thanks)]) == [Paragraph(thanks)]


def test_a_topic_asking_a_comment_keeps_it_through_a_clause_cut():
    s = ("群众对服务的要求越来越具体：去基层看病，群众最在意的是有没有好医生、有没有常用药；"
         "愿不愿意在本地看病，关键看本地有没有信得过的医生。")
    assert clause_once(s, set(), ()) == s
    assert binds("愿不愿意在本地看病", "关键看本地有没有信得过的医生")
    assert binds("群众能不能在家门口看好病", "要看基层有没有好医生")
    # (a clause whose 是 made the question its comment asks for nothing more)
    assert not binds("群众最在意的是有没有好医生", "要把签约服务做实")
