"""Runs from one real paragraph (issue 13): a mined sentence placed brings the sentence after it in its source
paragraph (Phrase.next) where that one may be said here too, and a run is tried before single lines."""
from __future__ import annotations

import datetime as dt

from jianggao.compose.picker import Picker, TopicView
from jianggao.model.bank import Phrase, PhraseBank

AREA = ("primary_care",)
OPENER = "要加大对基层的投入，改善乡镇卫生院基础设施条件。"
NEXT = "要加强全科医生队伍建设，完善乡村医生激励机制。"
OTHER = "要推进乡镇卫生院标准化建设，提高基层服务能力。"
SLOTS = {"region": "临江县", "level": "县", "year": "2016", "scope": "全县"}
TOPIC = TopicView("primary_care", "基层卫生")
OWN = ["要抓好卫生应急工作，提高突发事件处置能力。"]


def bank(next_valid: tuple[str, str] = ("", "")) -> PhraseBank:
    return PhraseBank([
        Phrase(id="task.item.001", text=OPENER, category="task", role="item", topics=AREA, next="task.item.002"),
        Phrase(id="task.item.002", text=NEXT, category="task", role="item", topics=AREA, valid=next_valid),
        Phrase(id="task.item.003", text=OTHER, category="task", role="item", topics=AREA)])


def drawn(b: PhraseBank, seed: int) -> list[str]:
    p = Picker(b, kind="annual_conference", slots=SLOTS, seed=seed, date=dt.date(2016, 2, 20))
    return p.mix("task", "item", 3, OWN, topic=TOPIC)


def test_the_sentence_after_a_placed_one_follows_it():
    placed = 0
    for seed in range(1, 13):
        out = drawn(bank(), seed)
        at = next((k for k, s in enumerate(out) if "加大对基层的投入" in s), None)
        if at is None:
            continue
        placed += 1
        assert at + 1 < len(out) and "全科医生队伍建设" in out[at + 1], out
    assert placed >= 2


def test_a_next_sentence_outside_the_speech_s_date_is_left_out():
    for seed in range(1, 13):
        out = drawn(bank(next_valid=("", "2012-12-31")), seed)
        assert not any("全科医生队伍建设" in s for s in out), out
