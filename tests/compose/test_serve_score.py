"""serve.score's shortcuts (perf8) say what the long way says, for every TASK_MORE measure against the items, targets
and problems of the shipped and held-out briefs: the content pairs a measure shares with an item (looked up, not split
out), and the longest run of the item's words it names (its six-character runs asked at once, kept per item)."""
from __future__ import annotations

from support import brief_strings

from jianggao.compose.picker import ALTERNATE
from jianggao.compose.serve import ITEM_WORDS, _words, item_run


def _measures(real) -> list[str]:
    return sorted({o.split(ALTERNATE)[0] for texts in real.templates.wording["TASK_MORE"].values() for o in texts if o})


def _longest_run(measure: str, item: str) -> int:
    """The longest run of the item's Chinese characters found in the measure, when ITEM_WORDS or more, not opening
    on stock words alone (serve._stock_run: 加强医疗卫生, 医疗卫生机构) and not a body's name with a joining word
    (serve._BODY_RUN: 的乡镇卫生院); else 0."""
    from jianggao.compose.serve import _BODY_RUN, _JOINERS, _stock_run
    key = "".join(c for c in item if "\u4e00" <= c <= "\u9fff")
    best = 0
    for i in range(len(key)):
        if _stock_run(key[i:i + ITEM_WORDS]):
            continue
        longest = 0
        for j in range(i + ITEM_WORDS, len(key) + 1):
            if key[i:j] not in measure:
                break
            longest = j - i
        run = key[i:i + longest]
        if longest and not (_BODY_RUN.fullmatch(run) and (run[0] in _JOINERS or run[-1] in _JOINERS)):
            best = max(best, longest)
    return best


def test_shared_pairs_looked_up_are_the_pairs_both_have(real):
    measures = _measures(real)
    for item in brief_strings():
        pairs = _words(item)
        for measure in measures:
            assert sum(map(measure.__contains__, pairs)) == len(pairs & _words(measure)), (measure, item)


def test_item_run_is_the_longest_run_of_the_items_words(real):
    measures = _measures(real)
    # the briefs' own strings, and items that are a measure's first clause or a piece of it (runs of every length)
    items = brief_strings() + [m.split("，")[0] for m in measures[::7]] + [m[3:15] for m in measures[::11]]
    named = 0
    for item in items:
        for measure in measures:
            run = item_run(measure, item)
            assert run == _longest_run(measure, item), (measure, item)
            named += run > 0
    assert named > 100            # the runs were exercised, not only their absence



def test_most_named_subject_is_the_first_with_most_ideas(real):
    """subject_of looks a text's ideas up by subject (perf9) where it intersected every subject's: the same subject,
    the first on a tie, for every measure and brief string."""
    from jianggao.compose.ideas import ideas_of
    from jianggao.compose.serve import SUBJECTS, _most_named

    for text in _measures(real) + brief_strings():
        mine = ideas_of(text)
        best, hits = "", 0
        for name, ideas in SUBJECTS:
            if len(mine & ideas) > hits:
                best, hits = name, len(mine & ideas)
        assert _most_named(mine) == best, text


def test_best_score_is_the_max_over_the_items(real):
    """best_score (perf9) scores only the items a measure shares an idea, a helper, a pair or a run with: the same
    maximum as scoring them all, for every TASK_MORE measure against sets of the briefs' strings."""
    from jianggao.compose.serve import best_score, score

    strings = brief_strings()
    measures = _measures(real)
    for start in range(0, len(strings), 40):
        items = tuple(strings[start:start + 40])
        best = best_score(items)
        for measure in measures:
            assert best(measure) == max((score(measure, x) for x in items), default=0), (measure, items)
    assert best_score(())("加强基层医疗卫生服务能力建设") == 0
