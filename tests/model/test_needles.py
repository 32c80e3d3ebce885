"""patterns.needles / prefilter: a text the needles miss is a text the pattern misses (levels_powers asks its businesses
through them)."""
from __future__ import annotations

import re

import pytest

from jianggao.model import levels_powers
from jianggao.model.patterns import needles, prefilter

CASES = [
    (r"abc", ("abc",)), (r"ab?c", ("a",)), (r"x{0,3}y", ("y",)), (r"(ab)+c", ("ab",)), (r"(?=abc)x", ("abc",)),
    (r"(?<=ab)c|d", ("ab", "d")), (r"a|", None), (r"a|b*", None), (r"[ab]", None),
    (r"(?:^|[，；])(?:各|全)?(?:中小学校?|学校|幼儿园)要", ("中小学", "学校", "幼儿园")),
]


@pytest.mark.parametrize(("pattern", "found"), CASES)
def test_needles_are_what_every_match_holds(pattern, found):
    assert needles(re.compile(pattern)) == found


def test_needles_left_alone_where_case_is_ignored():
    assert needles(re.compile("abc", re.IGNORECASE)) is None


def test_a_text_the_prefilter_misses_the_businesses_miss(real):
    patterns = [b.words for b in levels_powers.BUSINESSES] + [levels_powers._any_business()]
    texts = [s for p in real.bank for s in re.split(r"(?<=[，。；：])", p.text)]
    assert len(texts) > 1000
    for pattern in patterns:
        pre = prefilter(pattern)
        assert pre is not None, pattern.pattern
        for text in texts:
            if pattern.search(text):
                assert pre.search(text), (pattern.pattern, text)
