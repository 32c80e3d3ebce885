"""An area's framing line leads its paragraph, never trails its measures (compose.framing; blind31's first tell)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianggao.compose import framing
from jianggao.model.speech import Heading, Paragraph

KEYS = framing.keys_of({"general": ["要把公立医院改革作为医改的重中之重，在管理体制、运行机制上协同发力。‖公立医院改革是医改的重中之重"]},
                       {"tcm": [["推动中医药传承创新‖发展中医药", "要坚持中西医并重，扩大中医药服务覆盖面。"]]})
HEAD = "二是完善县级公立医院补偿机制。"
CONCRETE = ["县卫生计生局要逐院测算取消药品加成后减少的收入。", "县财政局要把投入按政策落实到位。"]
FRAME = "此外，要把公立医院改革作为医改的重中之重，在管理体制、运行机制上协同发力。"


def test_a_trailing_framing_line_goes_to_the_head_of_its_item_without_its_connective():
    out = framing.framing_first([Paragraph(HEAD + "".join(CONCRETE) + FRAME)], KEYS)
    assert out == [Paragraph(HEAD + FRAME.removeprefix("此外，") + "".join(CONCRETE))]
    # a heading's run-in body, and a facet's first line, in another form
    body = "".join(CONCRETE) + "同时，要坚持中西医并重，扩大中医药服务覆盖面。"
    out = framing.framing_first([Heading(2, "（一）", "发展中医药", body)], KEYS)
    assert isinstance(out[0], Heading) and out[0].body.startswith("要坚持中西医并重")


def test_it_stays_where_a_sentence_leans_on_it_or_where_it_would_restate_the_head():
    leaning = HEAD + "".join(CONCRETE) + FRAME + "这是今年医改的重点。"
    assert framing.framing_first([Paragraph(leaning)], KEYS) == [Paragraph(leaning)]
    restating = "二是深化公立医院改革。" + "".join(CONCRETE) + FRAME
    assert framing.framing_first([Paragraph(restating)], KEYS) == [Paragraph(restating)]
    # a line first already, and a concrete line, are left alone
    first = HEAD + FRAME.removeprefix("此外，") + "".join(CONCRETE)
    assert framing.framing_first([Paragraph(first)], KEYS) == [Paragraph(first)]
    plain = HEAD + "".join(CONCRETE)
    assert framing.framing_first([Paragraph(plain)], KEYS) == [Paragraph(plain)]


def test_the_shipped_wording_gives_the_keys():
    from jianggao.render import load_resources

    wording = load_resources().templates.wording
    keys = framing.keys_of(wording.get("TASK_WORDING") or {}, wording.get("FACETS") or {})
    assert len(keys) > 60
    assert framing._framing("此外，要把公立医院改革作为医改的重中之重，在管理体制、运行机制、补偿机制上协同发力。", keys)


BRIEFS = sorted((Path(__file__).resolve().parents[2] / "bench" / "briefs").glob("*.yaml"))


@pytest.mark.parametrize("path", BRIEFS[:10], ids=lambda p: p.stem)
def test_no_drafted_paragraph_ends_on_its_framing_line(real, path):
    from jianggao.briefs.load import load_brief
    from jianggao.compose.core import compose

    wording = real.templates.wording
    keys = framing.keys_of(wording.get("TASK_WORDING") or {}, wording.get("FACETS") or {})
    speech = compose(load_brief(path), real.bank, real.templates, seed=1)
    for b in speech.blocks:
        text = b.body if isinstance(b, Heading) else b.text
        sentences = [s for s in re.findall(r"[^。！？]+[。！？]?", text) if s.strip()]
        content = sentences[1:] if sentences and re.match(r"^[一二三四五六七八九十]+是", sentences[0]) else sentences
        if len(content) >= 3:
            last = content[-1]
            moved = framing._bare(framing.unlinked(last))
            head = sentences[0] if content is not sentences else ""
            assert not framing._framing(last, keys) or (head and framing._shares_run(moved, head)), text
