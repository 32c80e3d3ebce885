"""A numbered item's and a subsection's sentences on its own subject (compose.placement; issue 13, place18)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianggao.compose import once as one_home
from jianggao.compose.placement import off_subject, own_subjects
from jianggao.model.speech import Heading, Paragraph

VILLAGE = "村卫生室要按照标准化要求配齐设备，方便群众就近看病。"
ADS = "要严厉打击违法违规发布医疗广告行为。"


def _room(left: int) -> one_home.Room:
    room = one_home.Room([[]], 0)
    room.left = left
    return room


def test_other_tier_and_other_business_are_off_subject():
    assert off_subject(VILLAGE, "加快镇卫生院标准化建设")
    assert off_subject(ADS, "深化医保支付方式改革")
    assert off_subject("医共体内要统筹使用人员，县级医院的医生晋升职称前要到乡镇卫生院服务。", "深化医保支付方式改革")


def test_own_business_and_lines_on_the_whole_stay():
    assert not off_subject("要推行按病种付费。", "深化医保支付方式改革")
    assert not off_subject(ADS, "加强医疗机构依法执业监管")
    assert not off_subject("镇卫生院新增的设备要与人员能力相匹配，做到有人会用、用得起来，防止设备闲置。", "加快镇卫生院标准化建设")
    assert not off_subject("今天部署的任务中，紧密型县域医共体建设是补短板的关键，要定下时间表、路线图，抓出成效。",
                           "深化医保支付方式改革")


def _part(first: list[str], second: list[str]) -> tuple[list[list[list[str]]], list[list]]:
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "提升基层医疗卫生服务能力", ""),
              Paragraph(""), Paragraph("")]
    return [[[], [], first, second]], [shells]


def test_a_village_line_under_a_town_item_moves_to_the_village_item():
    first = ["一是加快镇卫生院标准化建设。", "镇卫生院新增的设备要与人员能力相匹配，做到有人会用、用得起来，防止设备闲置。", VILLAGE]
    second = ["二是推进村卫生室规范化建设。", "要落实村卫生室房屋、设备和人员的配置标准。"]
    parts, shells = _part(first, second)
    done = own_subjects(parts, shells, ["tasks"], lambda s: False, _room(0))
    assert VILLAGE not in parts[0][2] and parts[0][3][-1] == VILLAGE
    assert done == [(VILLAGE, "加快镇卫生院标准化建设", "推进村卫生室规范化建设")]


def test_an_ads_line_under_payment_goes_only_while_the_length_allows():
    first = ["一是深化医保支付方式改革。", "要推行按病种付费。", ADS]
    second = ["二是加快镇卫生院标准化建设。", "镇卫生院新增的设备要与人员能力相匹配，做到有人会用、用得起来，防止设备闲置。"]
    parts, shells = _part(list(first), list(second))
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(0))
    assert parts[0][2] == first                      # no room: it stays
    parts, shells = _part(list(first), list(second))
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(1000))
    assert parts[0][2] == first[:2] and parts[0][3] == second


def test_never_the_brief_an_answer_or_an_only_sentence():
    first = ["一是深化医保支付方式改革。", ADS]              # the item's only measure
    parts, shells = _part(list(first), ["二是推进村卫生室规范化建设。", "要落实村卫生室的配置标准。"])
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(1000))
    assert parts[0][2] == first
    first = ["一是深化医保支付方式改革。", "要推行按病种付费。", ADS]
    parts, shells = _part(list(first), ["二是推进村卫生室规范化建设。", "要落实村卫生室的配置标准。"])
    own_subjects(parts, shells, ["tasks"], lambda s: "医疗广告" in s, _room(1000))
    assert parts[0][2] == first
    parts, shells = _part(list(first), ["二是推进村卫生室规范化建设。", "要落实村卫生室的配置标准。"])
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(1000), answered=(ADS,))
    assert parts[0][2] == first
    parts, shells = _part(list(first), ["二是推进村卫生室规范化建设。", "要落实村卫生室的配置标准。"])
    own_subjects(parts, shells, ["review"], lambda s: False, _room(1000))
    assert parts[0][2] == first                      # a review's items are not judged


BRIEFS = sorted((Path(__file__).resolve().parents[2] / "bench" / "briefs").glob("*.yaml"))[:6]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_bench_drafts_keep_items_on_their_subject(path):
    """In a rendered draft no numbered item's paragraph holds, beside its other measures, a sentence clearly on
    another subject unless it is the brief's (a figure) or the item's only one."""
    from jianggao.briefs.load import load_brief
    from jianggao.compose.core import compose
    from jianggao.compose.picker import sentences_of
    from jianggao.render import load_resources
    from jianggao.writers import render_text

    res = load_resources()
    text = render_text(compose(load_brief(path), res.bank, res.templates, seed=1), "txt")
    items = 0
    for para in (p.strip() for p in text.splitlines()):
        m = re.match(r"^[一二三四五六七八九十]+是([^。]{2,40})。", para)
        if not m:
            continue
        items += 1
        rest = sentences_of(para[m.end():])
        if len(rest) < 2:
            continue
        off = [s for s in rest if off_subject(s, m.group(1)) and not re.search(r"\d", s)]
        assert not off, (m.group(1), off)
    assert items
