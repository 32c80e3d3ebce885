"""compose.variants.split_on splits as re.split on the alternation of the words does (the brief's words kept
whole while the rest is reworded)."""
from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from jianggao.compose.variants import _CAMPAIGN, _GROUPS, _reword_span, split_on

_WORDS = st.lists(st.text(alphabet="甲乙丙丁a.*", min_size=1, max_size=3), min_size=1, max_size=4)


@given(st.text(alphabet="甲乙丙丁戊a.*", max_size=30), _WORDS)
def test_split_on_is_re_split(text, words):
    words = sorted(words, key=len, reverse=True)
    assert split_on(text, words) == re.split("(" + "|".join(re.escape(w) for w in words) + ")", text)


def test_examples():
    assert split_on("临江区推进临江区建设", ["临江区"]) == ["", "临江区", "推进", "临江区", "建设"]
    assert split_on("医共体医共", ["医共体", "医共"]) == ["", "医共体", "", "医共", ""]


@given(st.text(alphabet="不断持续稳步进一步提升高明显著切实着力开展推进加强人民群众让使健全完善机制成效，。", max_size=40))
def test_each_group_matches_its_own_words_only(text):
    """_reword_span skips a group none of whose words the text holds: what each pattern matches is one of them."""
    for pattern, words in _GROUPS:
        assert all(m.group(0) in words for m in pattern.finditer(text))


def _reword_every_group(text: str, rng: random.Random) -> str:
    """_reword_span as it was: every group's pattern substituted, each match drawing a word."""
    for pattern, words in _GROUPS:
        def choose(m: re.Match[str], words: tuple[str, ...] = words) -> str:
            chosen = rng.choice(words)
            return m.group(0) if _CAMPAIGN.match(m.string, m.end()) else chosen
        text = pattern.sub(choose, text)
    return text


def test_skipping_groups_draws_as_before():
    """A group that cannot match draws nothing: rewording with the skip is rewording without it, draw for draw."""
    texts = ["要不断提高服务能力，持续开展健康教育，切实加强队伍建设。", "让群众少跑腿", "健全完善分级诊疗制度", "无可替换",
             "扎实开展党史学习教育"]
    for seed in range(20):
        ours, theirs = random.Random(seed), random.Random(seed)
        for text in texts:
            assert _reword_span(text, ours) == _reword_every_group(text, theirs)
        assert ours.random() == theirs.random()


def test_a_thing_set_up_new_is_not_further_set_up():
    """要建立… never becomes 要进一步建立… (the twenty-fifth reading: 要进一步建立村医收入合理增长机制)."""
    import random

    from jianggao.compose.variants import reword
    for seed in range(40):
        assert not reword("要建立村医收入合理增长机制。", random.Random(seed)).startswith("要进一步")


def test_must_have_is_not_further_had():
    """要有绩效评价 (must have) never becomes 要进一步有绩效评价 (reading 40's r6 draft)."""
    import random

    from jianggao.compose.variants import reword
    for seed in range(40):
        assert "进一步有" not in reword("要有绩效评价，评价结果和经费拨付挂起钩来。", random.Random(seed))


def test_toward_depth_keeps_its_word():
    """向纵深推进 is a set phrase: never 向深入推进 (reading 38, a 2021 county's 公立医院综合改革要向深入推进)."""
    import random

    from jianggao.compose.variants import reword
    for seed in range(20):
        said = reword("公立医院综合改革要向纵深推进，深入推进现代医院管理制度建设。", random.Random(seed))
        assert "向纵深推进" in said and "向深入推进" not in said
