"""A subsection's structure (issue 13, struct23; reading 44): a wrap-up on the whole block ends the block in a paragraph
of its own, every brief item heads an item of its own, an item's sentences on one object stay together."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.picker import sentences_of
from jianggao.compose.placement import WRAP_UP, wrap_ups_last
from jianggao.model.speech import Heading, Paragraph
from jianggao.writers import render_text

BENCH = Path(__file__).resolve().parents[2] / "bench" / "briefs"
OWNER = "各责任单位要把医改的各项任务列入本单位年度重点工作，主要负责同志亲自抓。"


def test_the_wrap_up_lines_are_known_and_an_item_line_is_not():
    assert WRAP_UP.search(OWNER)
    assert WRAP_UP.search("推进医改工作，牵头单位要拿出下半年的具体方案，把进度排到月、把责任落到人。")
    assert WRAP_UP.search("公共卫生的任务要按月分解，每件事由哪个单位负责、什么时候完成，都要明明白白。")
    assert not WRAP_UP.search("要持续加强基本药物配送和使用监测，对短缺药品及时预警、及时调剂。")
    assert not WRAP_UP.search("医联体内要推行检查检验结果互认和处方衔接。")


def test_a_wrap_up_in_the_last_item_goes_after_it_in_a_paragraph_of_its_own():
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "在深化医改上持续用力", ""), Paragraph(""), Paragraph(""),
              Heading(2, "", "全面提升妇幼健康服务水平", "")]
    first = ["一是推进分级诊疗制度建设。", "医院要向基层医疗卫生机构预留一定比例的预约号源。"]
    last = ["二是保障群众基本用药。", "要持续加强基本药物配送和使用监测。", OWNER]
    parts = [[[], [], first, last, ["要推进危重新生儿救治网络建设。"]]]
    wrap_ups_last(parts, [shells], ["tasks"])
    assert parts[0][3] == last[:2]
    assert parts[0][4] == [OWNER] and isinstance(shells[4], Paragraph)
    assert isinstance(shells[5], Heading) and parts[0][5] == ["要推进危重新生儿救治网络建设。"]


def test_a_wrap_up_before_the_items_goes_after_them():
    shells = [Heading(1, "", "重点任务", ""), Heading(2, "", "在深化医改上持续用力", ""), Paragraph("")]
    parts = [[[], [OWNER], ["一是推进分级诊疗制度建设。", "医院要向基层预留号源。"]]]
    wrap_ups_last(parts, [shells], ["tasks"])
    assert parts[0][1] == [] and parts[0][3] == [OWNER]


@pytest.mark.parametrize("stem,seed", [("b04_work_report_2017_district_rich", 1), ("b21_midyear_2012_city", 2),
                                       ("b06_midyear_2019_county", 1)])
def test_no_wrap_up_runs_on_in_an_item(real, stem, seed):
    text = render_text(compose(load_brief(BENCH / f"{stem}.yaml"), real.bank, real.templates, seed=seed), "txt")
    for para in (p.strip() for p in text.splitlines()):
        if re.match(r"^[一二三四五六七八九十]+是", para):
            assert not any(WRAP_UP.search(s) for s in sentences_of(para)), para
        assert not para.startswith(("这方面", "推进这方面")), para


def _item(para: list[str]) -> list[str]:
    from jianggao.compose.placement import item_order
    parts = [[list(para)]]
    item_order(parts, [[Paragraph("")]], ["tasks"], lambda s: False)
    return parts[0][0]


def test_an_item_s_sentences_on_one_unit_are_said_together():
    para = ["三是推进基层医疗卫生机构标准化建设。",
            "对照村卫生室建设标准逐村排查，房屋、设备、人员哪一项不达标就补哪一项。",
            "要推进乡镇卫生院标准化建设，补齐房屋、设备短板。",
            "基层医疗卫生机构配置设备，要讲求实用，不搞攀比。",
            "进一步完善村卫生室布局，让群众小病就近就能看。",
            "社区医院建设要对照标准补齐床位、科室和人员配置。"]
    out = _item(para)
    assert out[:3] == para[:2] + [para[4]] and sorted(out) == sorted(para)


def test_prevention_comes_before_screening_before_treatment():
    para = ["三是加强出生缺陷防治。", "要持续加强产前筛查和新生儿疾病筛查。",
            "对筛查发现的出生缺陷患儿，要及时转诊救治。", "要加强孕前和孕早期保健，落实增补叶酸等一级预防措施。"]
    out = _item(para)
    assert out == [para[0], para[3], para[1], para[2]]


def test_a_sentence_leaning_on_the_one_before_stays_with_it():
    para = ["三是加强出生缺陷防治。", "要持续加强产前筛查和新生儿疾病筛查。",
            "对筛查发现的出生缺陷患儿，要及时转诊救治。", "同时，要落实增补叶酸等一级预防措施。"]
    assert _item(para) == para


def test_a_priority_with_one_measure_has_a_numbered_item_with_measures(real):
    # reading 44's r1: 推进县域医疗卫生次中心建设 was a bare sentence before 一是
    from jianggao.model.brief import Brief
    brief = Brief.model_validate({
        "kind": "annual_conference", "year": 2025, "region": {"name": "柳河县"}, "date": "2025-02-26",
        "speaker": {"name": "孙海波", "title": "县委常委、副县长", "on_behalf_of": "县委、县政府"}, "length": 5500,
        "problems": ["村医队伍老化，后继乏人", "县医院重症救治能力不足"],
        "priorities": [{"topic": "医改", "items": ["深化紧密型县域医共体建设", "推进县域医疗卫生次中心建设"]},
                       {"topic": "基层卫生", "items": ["加强乡村医生队伍建设", "提升家庭医生签约服务质量"]},
                       {"topic": "医疗服务", "items": ["加强县医院重症医学科建设"]},
                       {"topic": "老龄健康", "items": ["推进医养结合"]}]})
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        m = re.search(r"[一二三四五六]是推进县域医疗卫生次中心建设。([^\n]*)", text)
        assert m and len(re.findall("。", m.group(1))) >= 2, text
