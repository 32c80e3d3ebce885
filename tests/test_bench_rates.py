"""The rate bench (bench/rates.py) on small hand-written texts: words and connective phrases per 10,000 characters,
the drafts' against the corpus's, the over-used and the never-used listed."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import rates  # noqa: E402


def test_phrases_and_yao_frames_are_counted_and_other_words_with_yao_are_not():
    c = rates.count("医务人员要定期上门指导。产科质量要定期检查。此外，主要负责同志要亲自抓，重要讲话要求来抓。")
    assert c["p:要定期"] == 2 and c["y:要定期"] == 2 and c["p:此外"] == 1
    assert c["y:要亲自"] == 1
    assert not any(k.startswith("y:要负") or k.startswith("y:要讲") or k.startswith("y:要求") for k in c)


def test_a_form_the_corpus_never_says_is_listed_with_its_most_in_one_draft():
    drafts = {"a": "要定期检查。要定期督查。加强管理。", "b": "要定期通报。加强管理。"}
    corpus = {"c": "加强管理。" * 20}
    r = rates.rates(drafts, corpus, min_count=2)
    never = {row["form"]: row for row in r["never"]}
    assert never["p:要定期"]["drafts_n"] == 3 and never["p:要定期"]["max_per_draft"] == 2
    assert never["p:要定期"]["drafts_over_1"] == 1
    assert r["over"][0]["form"] in ("p:要定期", "y:要定期", "y:要定", "y:要定期检")
    assert "w:加强" not in never
    rows = {row["form"]: row for row in r["over"]}
    assert rows["w:加强"]["ratio"] < rows["p:要定期"]["ratio"]
