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


def test_the_closing_s_count_of_tasks_is_checked_against_the_task_part():
    # reading 37: 四个方面任务 in the safeguards' lead, 两个方面任务 in the closing, over four subsections
    text = _draft("一、认识", "内容。", "二、任务", *[f"（{c}）小标题。内容。" for c in "一二三四"],
                  "三、保障措施", "把这次会议部署的四个方面任务落实到位，要靠以下几条保障。", "（一）加强领导。内容。",
                  "同志们，会上部署的两个方面任务，年底都要见到结果。")
    assert count_slips(text) == ["两个方面任务: 4 subsections"]


def test_the_count_of_tasks_deployed_follows_the_subsections_said():
    from jianggao.compose.finish import deployed_counted
    from jianggao.model.speech import Heading, Paragraph

    blocks = [Paragraph("开场。"), Heading(1, "", "认识"), Paragraph("内容。"), Heading(1, "", "任务"),
              *[Heading(2, "", f"小标题{c}", "内容。") for c in "一二三四"], Heading(1, "", "保障"),
              Paragraph("确保今年部署的三个方面任务不折不扣完成，要抓好以下几点。"), Heading(2, "", "加强领导", "各单位要…。"),
              Paragraph("同志们，今年的两个方面任务已经排定。每个方面任务都要有人抓。")]
    out = deployed_counted(blocks, ["opening", "understanding", "tasks", "safeguards"])
    texts = [b.text for b in out if isinstance(b, Paragraph)]
    assert texts[-2] == "确保今年部署的四个方面任务不折不扣完成，要抓好以下几点。"
    assert texts[-1] == "同志们，今年的四个方面任务已经排定。每个方面任务都要有人抓。"
    assert deployed_counted(blocks[:3], ["opening", "understanding"]) == blocks[:3]
