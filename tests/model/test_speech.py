"""The speech model's helpers (model.speech): a word said at most N times in speaking order."""
from __future__ import annotations

import re

from jianggao.model.speech import Heading, Paragraph, said_at_most


def test_said_at_most_keeps_the_first_n_in_speaking_order_and_drops_the_rest():
    blocks = [Heading(2, "（一）", "逐项推进。", "逐项分解。逐项落实。"), Paragraph("逐项整改。")]
    out = said_at_most(blocks, re.compile("逐项"), 2)
    assert out == [Heading(2, "（一）", "逐项推进。", "逐项分解。逐项落实。"), Paragraph("整改。")]


def test_said_at_most_gives_later_ones_the_other_wordings_in_turn():
    blocks = [Paragraph("各项任务甲。各项任务乙。"), Paragraph("各项任务丙。各项任务丁。各项任务戊。")]
    out = said_at_most(blocks, re.compile("各项任务"), 1, ("各项工作", "工作任务"))
    assert [b.text for b in out] == ["各项任务甲。各项工作乙。", "工作任务丙。各项工作丁。工作任务戊。"]
    assert said_at_most(blocks, re.compile("各项任务"), 1, "这些任务")[1].text == "这些任务丙。这些任务丁。这些任务戊。"


def test_said_at_most_lets_a_later_one_be_worded_for_where_it_stands():
    blocks = [Paragraph("要定期分析。要定期检查。要定期通报情况。")]
    out = said_at_most(blocks, re.compile("要定期"), 1, lambda m: "要经常" if m.string[m.end() + 2] == "。" else "要")
    assert out[0].text == "要定期分析。要经常检查。要通报情况。"
