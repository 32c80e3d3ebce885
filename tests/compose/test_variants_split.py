"""compose.variants.split_on splits as re.split on the alternation of the words does (the brief's words kept
whole while the rest is reworded)."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from jianggao.compose.variants import split_on

_WORDS = st.lists(st.text(alphabet="甲乙丙丁a.*", min_size=1, max_size=3), min_size=1, max_size=4)


@given(st.text(alphabet="甲乙丙丁戊a.*", max_size=30), _WORDS)
def test_split_on_is_re_split(text, words):
    words = sorted(words, key=len, reverse=True)
    assert split_on(text, words) == re.split("(" + "|".join(re.escape(w) for w in words) + ")", text)


def test_examples():
    assert split_on("临江区推进临江区建设", ["临江区"]) == ["", "临江区", "推进", "临江区", "建设"]
    assert split_on("医共体医共", ["医共体", "医共"]) == ["", "医共体", "", "医共", ""]
