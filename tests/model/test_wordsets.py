"""model.wordsets answers exactly what a regex per list would: the ideas of compose.ideas and the topics of
model.topics, checked against the plain per-list computation over every sentence of the bank, the templates'
wording and generated texts."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jianggao.compose import ideas
from jianggao.model import topics
from jianggao.model.wordsets import WordSets
from jianggao.render import load_resources


def _ideas_by_regex(text: str) -> frozenset[str]:
    return frozenset(idea for idea, (_, words) in ideas._TABLE.items() if re.search(words, text))


def _topics_by_count(text: str) -> tuple[str, ...]:
    scores = []
    for i, t in enumerate(topics.TOPICS):
        hits = sum(text.count(k) for k in t.keywords)
        if hits:
            scores.append((-hits, i, t.key))
    return tuple(k for _, _, k in sorted(scores))


def _texts() -> list[str]:
    res = load_resources()
    out: list[str] = []
    for p in res.bank:
        out += [p.text, *p.sentences]

    def walk(x: object) -> None:
        if isinstance(x, str):
            out.extend([x, *x.split("‖")])
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(res.templates.wording)
    return out


TEXTS = _texts()


def test_ideas_and_topics_of_every_bank_and_template_sentence_are_the_regexes():
    assert len(TEXTS) > 1000
    for text in TEXTS:
        assert ideas.ideas_of.__wrapped__(text) == _ideas_by_regex(text), text
        assert topics._classify.__wrapped__(text) == _topics_by_count(text), text


# Text made of the tables' own words and a few others, so that words meet, overlap and repeat.
_PIECES = sorted({w for _, words in ideas._TABLE.values() for w in words.split("|") if "." not in w}
                 | {k for t in topics.TOPICS for k in t.keywords} | {"托幼机构", "托育机构的卫生保健", "，", "。", "要", "中"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.lists(st.characters(min_codepoint=0x4e00, max_codepoint=0x4e20), max_size=6))
def test_generated_texts(pieces, chars):
    text = "".join(pieces) + "".join(chars) + "".join(reversed(pieces))
    assert ideas.ideas_of.__wrapped__(text) == _ideas_by_regex(text)
    assert topics._classify.__wrapped__(text) == _topics_by_count(text)


def test_lists_that_are_not_plain_words_are_asked_as_regexes():
    sets = WordSets(["甲乙|丙", "丁.{0,2}戊", "己|", "a+b"])
    assert sets.found("甲乙") == {0, 2}
    assert sets.found("丙丁一戊") == {0, 1, 2}
    assert sets.found("aab") == {2, 3}
    literal = WordSets(["a+b", "", "丙"], literal=True)
    assert literal.found("aab") == {1}
    assert literal.found("a+b丙") == {0, 1, 2}
