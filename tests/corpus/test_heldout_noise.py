"""Held-out: a speech of our own, corrupted in every kind of web noise and their combinations, comes back ≥ 90%
verbatim (headings included) and without chrome — through the cleaner and through `mine --clean-dir`."""
from __future__ import annotations

import re
from pathlib import Path

import heldout_noise as noise
import opencc
import pytest
from support import FIXTURES

from jianggao.cli import main
from jianggao.corpus import RawDocument, clean_document, split_sentences
from jianggao.corpus.pinyin import has_pinyin

SPEECH = (FIXTURES / "heldout" / "speech_qingshan.txt").read_text(encoding="utf-8")
_T2S = opencc.OpenCC("t2s")
# What only the sites write: none may survive cleaning.
CHROME = (
    "下载", "上传", "收藏", "举报", "资源描述", "展开阅读全文", "相关资源", "猜你喜欢", "当前位置", "copyright", "ICP",
    "版权", "小编", "仅供参考", "本文地址", "http", "www", ".docx", ".html", "希望对大家有所帮助", "范文", "精选",
    "相关文章", "责任编辑", "转载", "来源：", "浏览次数", "扫一扫", "打印本页", "关闭窗口", "目录", "提纲", "……",
    "讲话稿讲话稿", "效劳", "原那么", "方案生育", "广阔干部", "(", ")", "[", "]", "【", "】", "第1页",
)
_TONE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-z]{1,6}[1-5]")


def units(text: str) -> list[str]:
    """The speech's sentences and headings (a heading line counts whole)."""
    out = []
    for line in text.strip().splitlines()[1:]:   # the title line is front matter, counted apart
        out += split_sentences(line)
    return out


ORIGINAL = units(SPEECH)


def cleaned(raw: str) -> list[str]:
    doc = RawDocument("copy.txt", Path("copy.txt"), raw.splitlines())
    return [b.text for b in clean_document(doc)]


def recall(texts: list[str]) -> tuple[float, list[str]]:
    got = {s for t in texts for s in split_sentences(t)}
    missing = [s for s in ORIGINAL if s not in got]
    return 1 - len(missing) / len(ORIGINAL), missing


def chrome_left(texts: list[str]) -> list[str]:
    bad = []
    for text in texts:
        if re.fullmatch(r".{0,30}篇[一二三四五六七八九十]", text):
            continue   # a collection page's piece marker is a speech boundary, kept as a block of its own
        if _T2S.convert(text) != text or has_pinyin(text) or _TONE.search(text):
            bad.append(text)
        bad += [f"{word} in {text}" for word in CHROME if word in text]
    return bad


COMBOS = noise.combinations_of_kinds(2)


def test_the_held_out_speech_is_big_enough_and_unseen():
    assert len(ORIGINAL) >= 40
    assert sum(1 for u in ORIGINAL if re.match(r"[一二三]、", u)) == 3


@pytest.mark.parametrize("combo", COMBOS, ids="+".join)
def test_corrupted_copy_comes_back_verbatim_without_chrome(combo):
    raw = noise.apply(SPEECH, *combo)
    assert raw != SPEECH
    texts = cleaned(raw)
    rate, missing = recall(texts)
    assert rate >= 0.9, missing
    assert chrome_left(texts) == []


@pytest.mark.parametrize("combo", [("toc", "trad_pinyin_marks", "page_chrome"), ("spin", "toc_inline", "collection"),
                                   ("spin", "trad_pinyin_digits", "news_page"), ("toc_closed", "trad_pinyin_bare", "spin")],
                         ids="+".join)
def test_three_kinds_at_once(combo):
    texts = cleaned(noise.apply(SPEECH, *combo))
    rate, missing = recall(texts)
    assert rate >= 0.9, missing
    assert chrome_left(texts) == []


def test_a_contents_line_at_the_top_does_not_swallow_the_speech():
    texts = cleaned("目錄/提綱：……\n" + SPEECH)
    assert recall(texts)[0] >= 0.95
    assert not any("目录" in t for t in texts)


def test_the_corruptions_really_corrupt():
    for combo in COMBOS:
        raw = noise.apply(SPEECH, *combo)
        assert sum(1 for u in ORIGINAL if u in raw) < len(ORIGINAL) or any(w in raw for w in CHROME), combo


@pytest.mark.parametrize("combo", [("toc", "trad_pinyin_marks"), ("spin", "page_chrome"), ("collection",)], ids="+".join)
def test_clean_dir_writes_headings_and_sentences_verbatim(tmp_path, capsys, combo):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "copy.txt").write_text(noise.apply(SPEECH, *combo), encoding="utf-8")
    rc = main(["mine", str(corpus), "-o", str(tmp_path / "bank"), "--clean-dir", str(tmp_path / "clean")])
    assert rc == 0, capsys.readouterr().err
    written = (tmp_path / "clean" / "copy.txt.txt").read_text(encoding="utf-8")
    lines = written.splitlines()
    for heading in ("一、坚定信心，正视短板，准确把握卫生健康工作面临的形势", "（一）深入推进医药卫生体制改革。"):
        assert any(line.endswith(heading) or heading in line for line in lines), heading
    found = [u for u in ORIGINAL if u in written]
    assert len(found) / len(ORIGINAL) >= 0.9, [u for u in ORIGINAL if u not in written]
    assert chrome_left([line for line in lines if not line.startswith("====")]) == []


def test_an_unclosed_contents_block_right_before_the_first_heading_keeps_the_heading():
    body = "\n".join(line for line in SPEECH.strip().splitlines()[3:])   # straight from the first heading
    texts = cleaned(noise.toc(body))
    assert texts[0] == "一、坚定信心，正视短板，准确把握卫生健康工作面临的形势"
    assert "二、突出重点，精准施策，推动卫生健康事业高质量发展" in texts


def test_every_combination_of_three_kinds():
    worst = []
    for combo in noise.combinations_of_kinds(3):
        texts = cleaned(noise.apply(SPEECH, *combo))
        rate, missing = recall(texts)
        if rate < 0.9 or chrome_left(texts):
            worst.append((combo, rate, missing[:3], chrome_left(texts)[:3]))
    assert worst == []
