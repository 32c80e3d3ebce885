"""check_repeat compares a sentence only with earlier ones of about its length (issue 11: the self-check's
cost); it must report exactly what comparing with every earlier sentence in order reports."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jianggao.lint.finding import Finding
from jianggao.lint.repeat import _MIN_EXACT, _MIN_NEAR, _NEAR, _bigrams, check_repeat
from jianggao.lint.sentences import normalise, sentence_spans


def every_pair(paragraphs: list[str]) -> list[Finding]:
    """The plain scan: each sentence against every earlier kept one, in order."""
    found = []
    seen: dict[str, int] = {}
    near: list[tuple[str, frozenset[str], int]] = []
    for index, paragraph in enumerate(paragraphs, 1):
        for start, end in sentence_spans(paragraph, clauses=False):
            sentence = paragraph[start:end].strip()
            key = normalise(sentence)
            if len(key) < _MIN_EXACT:
                continue
            if key in seen:
                found.append(Finding(index, sentence, "repeat", sentence, f"与第{seen[key]}段的句子重复", None, start, end))
                continue
            seen[key] = index
            if len(key) < _MIN_NEAR:
                continue
            grams = _bigrams(key)
            for other, other_grams, other_index in near:
                if not 0.8 <= len(key) / len(other) <= 1.25:
                    continue
                shared = len(grams & other_grams)
                if shared / (len(grams) + len(other_grams) - shared) >= _NEAR:
                    found.append(Finding(index, sentence, "repeat", sentence, f"与第{other_index}段的句子几乎相同",
                                         None, start, end))
                    break
            else:
                near.append((key, grams, index))
    return found


BASE = "持续深化医药卫生体制改革推动优质医疗资源扩容下沉和区域均衡布局"
# Sentences cut from one text at various lengths, with a character or two changed: many near copies.
SENTENCE = st.builds(lambda a, n, k, c: (BASE[a:a + n][:k] + c + BASE[a:a + n][k + 1:]) + "。",
                     st.integers(0, 8), st.integers(12, 26), st.integers(0, 25), st.sampled_from("的和好县区"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map("".join), max_size=12))
def test_same_findings_as_comparing_every_pair(paragraphs: list[str]) -> None:
    assert check_repeat(paragraphs) == every_pair(paragraphs)


# Sentences over a few characters: bigram sets of every size overlap by every amount.
SMALL = st.text("医卫县区好的和", min_size=14, max_size=30).map(lambda s: s + "。")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(SMALL, min_size=1, max_size=5).map("".join), max_size=10))
def test_same_findings_on_sentences_of_few_characters(paragraphs: list[str]) -> None:
    assert check_repeat(paragraphs) == every_pair(paragraphs)
