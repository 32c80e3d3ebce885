"""A word taken out or put in leaves a phrase that stands (era28's readings): 纵深 dropped as a turn said again left
公立医院综合改革要向推进; 着力 put before 力戒 said 要着力力戒形式主义; a document of the year before told as if just
issued (国务院办公厅印发《“十四五”中医药发展规划》 at a 2023-03 meeting)."""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose import turns, variants
from jianggao.compose.core import compose, in_force
from jianggao.writers.text import render_text

BRIEFS = sorted((Path(__file__).resolve().parents[2] / "bench" / "briefs").glob("*.yaml"))
# a coverb left with no object before its verb (要向推进, 往发展)
STUB = re.compile(r"[向往朝](?:推进|推动|发展|深化|迈进|延伸)")
# a lead adverb whose last character the next word opens on, where no word of the register does (着力力戒)
LEAD_ADVERB = re.compile(r"着力|切实|进一步|大力|全力")


def test_a_turns_adverb_that_is_a_coverbs_object_stays():
    assert turns.without_turn("公立医院综合改革要向纵深推进，以现代医院管理制度为抓手。", "纵深推进") is None


def test_no_lead_adverb_doubles_the_verbs_first_character():
    said = {variants.reword("要力戒形式主义、官僚主义，把心思和精力用在抓落实上。", random.Random(n)) for n in range(60)}
    assert not any("力力" in s for s in said), said
    assert variants.doubled_seam("要着力", "力戒形式主义") and not variants.doubled_seam("要切实", "实施")


def test_a_document_of_the_year_before_is_last_years_news():
    entry = [{"text": "国务院办公厅印发《“十四五”中医药发展规划》，对中医药振兴发展作出了全面部署。", "from": "2022-03-29"}]
    assert in_force(entry, dt.date(2022, 6, 1)) == [entry[0]["text"]]
    assert in_force(entry, dt.date(2023, 3, 3)) == ["去年，" + entry[0]["text"]]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_a_draft_holds_no_stub_and_no_doubled_seam(real, path, seed):
    text = render_text(compose(load_brief(path), real.bank, real.templates, seed=seed), "txt")
    assert not STUB.search(text), STUB.findall(text)
    doubled = [text[m.start():m.end() + 4] for m in LEAD_ADVERB.finditer(text)
               if variants.doubled_seam(m.group(0), text[m.end():m.end() + 4])]
    assert not doubled, doubled
