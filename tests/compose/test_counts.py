"""Every count word a draft says agrees with what it counts (the twenty-ninth reading: 两项重点任务 after eight, 这几件事
for two, 突出抓好十个方面, 以下目标：then one target, 三个重中之重 then 五个方面), over the bench's held-out briefs."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.writers import render_text

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
from bench_problems import count_slips  # noqa: E402


def _draft(*paragraphs: str) -> str:
    return "在2025年全县卫生健康工作会议上的讲话\n副县长　张明\n\n同志们：\n" + "\n".join("　　" + p for p in paragraphs)


def test_the_count_check_finds_each_kind_of_slip():
    slips = count_slips(_draft(
        "下面，我讲两点意见。",
        "一、成绩", "今年的主要预期目标是。", "围绕这一思路，今年要努力实现以下目标：确保孕产妇死亡继续为零。",
        "二、任务", "今年的卫生健康工作，重中之重是医疗服务和基层卫生。今年要突出抓好六个方面的工作。",
        *[f"（{c}）小标题。内容。" for c in "一二三四五六"],
        "三、保障", "确保今年部署的五个方面任务不折不扣完成，要抓好以下几点。",
        "推进医疗集团建设、完善急救网络这几件事，要定下时间表。"))
    assert any("点意见" in s for s in slips)
    assert any("突出" in s for s in slips)
    assert any("重中之重" in s for s in slips)
    assert any("五个方面任务" in s for s in slips)
    assert any("这几件事" in s for s in slips)
    assert any("以下目标" in s for s in slips)


def test_a_draft_whose_counts_agree_has_no_slip():
    assert count_slips(_draft(
        "下面，我讲两点意见。", "一、成绩", "今年要努力实现以下目标：甲达到90%，乙达到80%。",
        "二、任务", "今年要重点抓好两个方面的工作。", "（一）甲。内容。", "（二）乙。内容。",
        "推进医疗集团建设、完善急救网络这两件事，要定下时间表。")) == []


@pytest.mark.parametrize("path", sorted((BENCH / "briefs").glob("*.yaml")), ids=lambda p: p.stem[:3])
def test_every_count_in_a_bench_draft_agrees(real, path):
    brief = load_brief(path)
    text = render_text(compose(brief, real.bank, real.templates, seed=1), "txt")
    assert count_slips(text) == []
