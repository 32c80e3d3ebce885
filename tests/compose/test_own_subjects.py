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



def test_a_lone_stray_paragraph_after_the_last_item_goes_even_without_room():
    """A later paragraph of one sentence under an item runs on in the item's own (finish's orphan join): off the item's
    subject with no home it goes past the length floor (b01, 2012: 进一步做好新农合参合筹资工作… under
    四是推进医保支付方式改革 once the re-dated bank shifted the picks); its measures stay."""
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "深化医改", ""), Paragraph(""), Paragraph("")]
    item = ["一是深化医保支付方式改革。", "要推行按病种付费。", "要发挥医保支付的杠杆作用。"]
    parts = [[[], [], list(item), [ADS]]]
    done = own_subjects(parts, [shells], ["tasks"], lambda s: False, _room(0))
    assert parts[0][2] == item and parts[0][3] == []
    assert done == [(ADS, "深化医保支付方式改革", "")]

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


@pytest.mark.parametrize(("sentence", "head"), [
    ("要严格执行中央八项规定精神，坚决反对形式主义、官僚主义。", "加强出生缺陷防治"),
    ("要严格落实24小时值班和领导带班制度，确保信息畅通。", "全面从严治党"),
    ("持续加强重大疾病和死因监测。", "巩固完善新农合制度"),
    ("要及时回应社会关切，主动澄清健康谣言。", "加快推进信息化建设"),
    ("加强卫生监督的队伍建设，进一步提高卫生监督工作质量。", "加强人才培养培训"),
    ("落实乡村医生补助政策，保障村医合理收入。", "做实基本公共卫生服务"),
    ("做好高血压、糖尿病患者的随访管理。", "巩固完善基本药物制度"),
])
def test_round_39s_stray_sentences_are_off_their_heading(sentence, head):
    assert off_subject(sentence, head)


@pytest.mark.parametrize(("sentence", "head"), [
    ("要严格执行中央八项规定精神，坚决反对形式主义、官僚主义。", "持续加强作风建设"),
    ("要严格落实24小时值班和领导带班制度，确保信息畅通。", "做好突发公共卫生事件应急处置"),
    ("要及时回应社会关切，主动澄清健康谣言。", "加强健康教育和健康促进"),
    ("落实乡村医生补助政策，保障村医合理收入。", "落实乡村医生待遇保障"),
    ("家庭医生签约服务要签一个、履约一个，把健康咨询、慢病随访和转诊预约等服务落到实处。", "在深化医改上持续用力"),
])
def test_the_same_sentences_are_at_home_under_their_own_headings(sentence, head):
    assert not off_subject(sentence, head)


def test_a_stray_sentence_moves_to_its_home_heading():
    stray = "要严格落实24小时值班和领导带班制度，确保信息畅通。"
    first = ["一是加强出生缺陷防治。", "扩大产前筛查和新生儿疾病筛查覆盖面。", stray]
    second = ["二是做好突发公共卫生事件应急处置。", "要完善应急预案，定期组织演练。"]
    parts, shells = _part(first, second)
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(0))
    assert stray not in parts[0][2] and parts[0][3][-1] == stray


def test_a_lone_paragraph_after_an_item_is_judged_as_the_items():
    # b13: the subsection's 疫苗 line stood after its last item (加强严重精神障碍患者管理) once the 传染病防控 item was
    # folded, and ran on in it; it goes to the item of its subject
    vaccine = "要落实疫苗全流程管理，规范预防接种服务，筑牢免疫屏障。"
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "筑牢公共卫生防线", ""),
              Paragraph(""), Paragraph(""), Paragraph("")]
    first = ["一是健全传染病监测预警体系。", "县疾控中心要把各乡镇卫生院纳入传染病症状监测网络，做到早发现、早报告。"]
    second = ["二是加强严重精神障碍患者管理。", "对病情稳定的严重精神障碍患者，要通过社区康复帮助他们逐步回归社会。"]
    parts = [[[], [], list(first), list(second), [vaccine]]]
    own_subjects(parts, [shells], ["tasks"], lambda s: False, _room(0))
    assert parts[0][4] == [] and parts[0][2][-1] == vaccine and parts[0][3] == second


AMBULANCE = "急救车辆和车载设备要配备到位，落实车辆维护和人员值守制度，确保接到指令随时出车。"
NURSERY = "要支持用人单位和社区举办托育机构，扩大普惠性托育服务供给。"
ELDERLY = "老年人健康体检结果要反馈到本人，对查出的问题给出干预建议。"


def _items_part(first: list[str], second: list[str]) -> tuple[list[list[list[str]]], list[list]]:
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "推动优质医疗资源扩容提质", ""), Paragraph(""), Paragraph("")]
    return [[[], [], first, second]], [shells]


def test_a_line_serving_a_brief_item_stays_under_it():
    """fix30: 值守 made the ambulance line 应急's by the business table (offsubject._ALIEN), and it went from the brief's
    完善院前急救网络 (serve.score 5) to the standing 抓好传染病防控 (score 0), the brief's item left two sentences."""
    first = ["一是完善院前急救网络。", "要进一步完善院前急救网络，缩短急救反应时间。", AMBULANCE]
    second = ["二是抓好传染病防控。", "对重点传染病，要坚持常抓不懈，监测、报告、处置各个环节都要有人盯、有人管。"]
    parts, shells = _items_part(list(first), list(second))
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(1000), items=("完善院前急救网络",))
    assert parts[0][2] == first and parts[0][3] == second
    # (with no brief item to serve, the table still decides: the line is 应急's, at home under 防控)
    parts, shells = _items_part(list(first), list(second))
    own_subjects(parts, shells, ["tasks"], lambda s: False, _room(1000))
    assert AMBULANCE in parts[0][3]


@pytest.mark.parametrize("standing, item, line", [
    ("抓好传染病防控", "完善院前急救网络", AMBULANCE),
    ("加强儿童健康服务", "发展普惠托育服务", NURSERY),
    ("规范居民健康档案管理", "做好老年人健康管理", ELDERLY),
])
def test_a_standing_item_s_line_it_does_not_serve_goes_to_the_brief_item_it_serves(standing, item, line):
    first = [f"一是{item}。", "要把这项工作列入今年的重点，明确责任，按时完成。"]
    second = [f"二是{standing}。", "要把这项工作抓紧抓实，确保取得实效。", line]
    parts, shells = _items_part(list(first), list(second))
    done = own_subjects(parts, shells, ["tasks"], lambda s: False, _room(0), items=(item,))
    assert parts[0][2][-1] == line and line not in parts[0][3]
    assert (line, standing, item) in done
