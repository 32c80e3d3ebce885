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
