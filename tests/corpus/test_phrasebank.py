"""The committed phrase bank: big enough, clean, general, traceable to its sources, and reproduced by mining."""
from __future__ import annotations

import re
from functools import cache

import pytest
from support import CORPUS, REPO

from jianggao.cli import main
from jianggao.corpus.generalize import particular_reason
from jianggao.model.bank import CATEGORIES, load_bank
from jianggao.model.slots import SLOT_RE

BANK_DIR = REPO / "phrasebank"
BANK = load_bank(BANK_DIR)
PHRASES = list(BANK)

# Names, units and places of the corpus, listed by hand from reading it (independent of the miner's own lists).
CORPUS_NAMES = ("大丰", "盐城", "中宁", "西宁", "抚州", "科尔沁", "菏泽", "吉林", "哈尔滨", "安顺", "南城", "金溪", "卧龙",
                "豫都", "南阳", "江苏", "江西", "青海", "内蒙古", "霞波", "茂业", "贵诚", "天仁", "希平", "文渊", "徐大鹏",
                "窦晓蓓", "桑淑娥", "袁国萍", "张伟光", "邹小燕", "人民医院", "中医院", "运盛", "同仁", "权健", "恒北",
                "强富美高", "枸杞", "区管委", "卫计局", "卫计委", "卫生局", "自治区", "自治县")
RESIDUE = re.compile(r"xx|XX|\*\*|__|20xx|……|⟨|⟩|某某|“”|\{\{|\}\}")
SITE_NOISE = re.compile(r"下载|上传|收藏|分享赚|版权|小编|范文|仅供参考|第.页|共.页|资源描述|展开阅读|http|www|\.com|讲话稿|"
                        r"正式会员|省略.*字|（未完|全文共")
PINYIN = re.compile(r"[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def test_size_and_spread():
    assert len(PHRASES) >= 400
    assert len({p.category for p in PHRASES}) >= 12


def test_ids_texts_and_codes_are_unique_and_ids_follow_the_contract():
    assert len({p.text for p in PHRASES}) == len(PHRASES)
    assert len({p.id for p in PHRASES}) == len(PHRASES)
    assert len({p.code for p in PHRASES}) == len(PHRASES)
    for p in PHRASES:
        cat, role, num = p.id.split(".")
        assert (cat, role) == (p.category, p.role) and re.fullmatch(r"\d{3}", num)
        assert p.role in CATEGORIES[p.category][1]
        assert re.fullmatch(r"[a-z]+", p.code)


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p.id)
def test_entry_is_clean_and_general(phrase):
    text = phrase.text
    body = SLOT_RE.sub("", text)
    assert not RESIDUE.search(text), text
    assert not re.search(r"\d", body), text
    assert not PINYIN.search(body), text
    assert not SITE_NOISE.search(body), text
    assert not any(name in body for name in CORPUS_NAMES), text
    assert particular_reason(text) is None, text
    assert "{" not in body and "}" not in body, text
    assert phrase.sources and phrase.count >= len(phrase.sources) >= 1


def test_no_traditional_characters():
    import opencc

    t2s = opencc.OpenCC("t2s")
    for p in PHRASES:
        assert t2s.convert(p.text) == p.text, p.text


def test_roles_the_composer_needs_are_there():
    have = {(p.category, p.role) for p in PHRASES}
    need = [("salutation", "plain"), ("opening", "purpose"), ("agreement", "agree"), ("outline", "announce"),
            ("heading", "review"), ("heading", "tasks"), ("heading", "safeguards"), ("heading", "topic"),
            ("transition", "problems"), ("transition", "credit"), ("achievement", "overall"), ("problem", "item"),
            ("task", "item"), ("safeguard", "leadership"), ("safeguard", "supervision"), ("safeguard", "style"),
            ("safeguard", "integrity"), ("parallel", "run"), ("thanks", "thanks"), ("closing", "exhortation")]
    assert [n for n in need if n not in have] == []


@cache
def _clean_blocks(doc: str):
    from jianggao.corpus.clean import clean_document
    from jianggao.corpus.load import iter_documents

    (raw,) = list(iter_documents([CORPUS / doc]))
    return clean_document(raw)


def _blocks_holding(doc: str, line: int) -> list[str]:
    out = []
    for b in _clean_blocks(doc):
        lines = [ln for _, ln in b.spans]
        if lines and min(lines) <= line <= max(lines):
            out.append(b.text)
    return out


def literal_parts(text: str) -> list[str]:
    """The literal text between slots (and punctuation) that the cited source line must hold."""
    return [p for p in re.split(r"\{[a-z_]+\}|[，。、；：！？“”‘’（）\s]", text) if len(p) >= 2]


def test_every_source_holds_the_literal_parts(corpus_dir):
    missing = []
    for p in PHRASES:
        for s in p.sources:
            blocks = _blocks_holding(s.doc, s.line)
            for part in literal_parts(p.text):
                if not any(part in b for b in blocks):
                    missing.append(f"{p.id} {s.doc}:{s.line} {part}")
    assert missing == []


def test_mining_the_corpus_reproduces_the_committed_bank(corpus_dir, tmp_path, capsys):
    out = tmp_path / "bank"
    rc = main(["mine", str(corpus_dir), "-o", str(out), "--curation", str(BANK_DIR / "_curation.yaml")])
    assert rc == 0
    committed = sorted(f.name for f in BANK_DIR.glob("*.yaml") if not f.name.startswith("_"))
    assert sorted(f.name for f in out.glob("*.yaml")) == committed
    for name in committed:
        # fails when mining or cleaning changed: re-run `jianggao mine ../shared/corpus -o phrasebank`,
        # read `git diff phrasebank`, add curation decisions where needed, and commit the bank
        assert (out / name).read_text(encoding="utf-8") == (BANK_DIR / name).read_text(encoding="utf-8"), name


def test_topics_and_kinds_are_registered_keys():
    from jianggao.model.kinds import kind_keys
    from jianggao.model.topics import GENERAL, topic_keys

    topics, kinds = set(topic_keys()) | {GENERAL}, set(kind_keys())
    for p in PHRASES:
        assert p.topics and set(p.topics) <= topics, p.id
        assert set(p.kinds) <= kinds, p.id


def test_headings_and_runs_carry_no_stop_and_sentences_end_with_one():
    for p in PHRASES:
        if p.category in ("heading", "parallel"):
            assert p.text[-1] not in "。！？；，", p.id
        elif p.category != "salutation":
            assert p.text.rstrip("”")[-1] in "。！？", p.id


def test_every_curation_decision_still_matches_a_mined_phrase(corpus_dir):
    from jianggao.corpus.curate import load_curation
    from jianggao.corpus.mine import mine_documents

    _, report = mine_documents([corpus_dir], curation=load_curation(BANK_DIR / "_curation.yaml"))
    assert report.stale_curation == []
