"""The bigram index of near-duplicate merging finds exactly the twin a comparison with every kept key finds."""
from __future__ import annotations

import random

from jianggao.corpus.dedupe import Candidate, _Bucket, _near_twin, merge

_CHARS = "卫生健康工作服务体系建设推进医疗保障能力提升基层公共"


def _variant(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 3)):
        op = rng.random()
        at = rng.randrange(len(chars) + 1)
        if op < 0.4:
            chars.insert(at, rng.choice(_CHARS))
        elif op < 0.8 and chars:
            del chars[min(at, len(chars) - 1)]
        elif chars:
            chars[min(at, len(chars) - 1)] = rng.choice(_CHARS)
    return "".join(chars)


def test_indexed_twins_are_the_twins_of_a_full_scan():
    rng = random.Random(7)
    bases = ["".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 60))) for _ in range(60)]
    bucket = _Bucket()
    for _ in range(1500):
        key = _variant(rng, rng.choice(bases))
        c = Candidate(key, "task", "item")
        assert bucket.near_twin(key) is _near_twin(key, bucket.items)
        if bucket.near_twin(key) is None:
            bucket.add(key, c)


def test_merge_keeps_the_first_wording_and_counts_its_near_twins():
    cands = [Candidate("要进一步完善基层卫生服务体系建设。", "task", "item", sources=[("a", 1)]),
             Candidate("要进一步完善基层卫生服务体系的建设。", "task", "item", sources=[("b", 2)])]
    merged = merge(cands)
    assert [c.text for c in merged] == ["要进一步完善基层卫生服务体系建设。"] and merged[0].count == 2
