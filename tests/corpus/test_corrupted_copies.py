"""The bar: a speech the cleaner never saw, corrupted three ways, comes back ≥ 90% verbatim and noise-free."""
from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
import support
from corruptions import fanwen_collection_page, spun_in_page_chrome, traditional_with_pinyin

from jianggao.corpus import RawDocument, clean_document, detect_substitution, iter_documents, split_sentences
from jianggao.corpus.pinyin import has_pinyin

FIXTURES = support.FIXTURES / "corpus"
SPEECH = (FIXTURES / "speech_linshui.txt").read_text(encoding="utf-8")
OTHER = (FIXTURES / "speech_other.txt").read_text(encoding="utf-8")

_T2S = opencc.OpenCC("t2s")
# Words that only the sites write; none may survive cleaning.
NOISE = (
    "下载", "上传", "收藏", "举报", "分享", "资源描述", "展开阅读全文", "相关资源", "猜你喜欢", "当前位置", "copyright",
    "ICP", "版权", "小编", "仅供参考", "省略9", "（未完", "(未完", "全文共", "正式会员", "http", ".docx", "共3页", "第1页",
    "每个人都曾试图", "优秀范文", "效劳", "方案生育", "原那么", "根本国策", "广阔干部", "〞", "(", ")",
)
_TONE_MARKS = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def sentences_of(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in split_sentences(line)]


def clean_sentences(raw: str) -> tuple[list[str], list[str]]:
    doc = RawDocument("copy.txt", Path("copy.txt"), raw.splitlines())
    texts = [block.text for block in clean_document(doc)]
    return texts, [s for text in texts for s in split_sentences(text)]


def assert_noise_free(texts: list[str]) -> None:
    for text in texts:
        assert _T2S.convert(text) == text, f"traditional characters left: {text}"
        assert not has_pinyin(text) and not _TONE_MARKS.search(text), f"pinyin left: {text}"
        for word in NOISE:
            assert word not in text, f"noise {word!r} left: {text}"


CORRUPTIONS = {
    "traditional_with_pinyin": lambda: traditional_with_pinyin(SPEECH),
    "spun_in_page_chrome": lambda: spun_in_page_chrome(SPEECH),
    "fanwen_collection_page": lambda: fanwen_collection_page(SPEECH, OTHER),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_corrupted_copy_gives_back_at_least_90_percent_of_sentences_verbatim(name):
    raw = CORRUPTIONS[name]()
    original = sentences_of(SPEECH)
    assert len(original) >= 40
    texts, got = clean_sentences(raw)
    recovered = set(got)
    kept = [s for s in original if s in recovered]
    assert len(kept) / len(original) >= 0.9, [s for s in original if s not in recovered]
    assert_noise_free(texts)


def test_the_corruptions_really_corrupt():
    # A bar that a no-op cleaner would pass is no bar: each raw copy is full of noise a no-op would let through.
    original = set(sentences_of(SPEECH))
    for name, make in CORRUPTIONS.items():
        raw = make()
        assert set(sentences_of(raw)) != original, name
        assert sum(raw.count(word) for word in NOISE) >= 10, name


def test_spun_copy_is_detected_and_the_others_are_not():
    assert detect_substitution(spun_in_page_chrome(SPEECH))
    assert not detect_substitution(SPEECH)
    assert not detect_substitution(traditional_with_pinyin(SPEECH))


def test_fanwen_page_keeps_both_speeches_apart():
    texts, _ = clean_sentences(fanwen_collection_page(SPEECH, OTHER))
    pieces = [i for i, text in enumerate(texts) if re.search("篇[一二]$", text)]
    assert len(pieces) == 2
    assert texts[pieces[0] + 1] == "同志们：" and texts[pieces[1] + 1] == "同志们："
    # The truncated last paragraph of the second speech loses its unfinished sentence, nothing more.
    assert texts[-1] == OTHER.strip().splitlines()[-2]


# --- the real corpus ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(corpus_dir) -> dict[str, list[str]]:
    out = {}
    for doc in iter_documents([corpus_dir]):
        assert isinstance(doc, RawDocument), str(doc)
        out[doc.name[:3]] = [block.text for block in clean_document(doc)]
    return out


# Chrome phrases only: 投诉举报 or 信息共享 are genuine speech words.
REAL_NOISE = tuple(w for w in NOISE[:-4] if w not in ("下载", "上传", "收藏", "举报", "分享")) + (
    "上传人", "文档编号", "下载 ", "收藏 ", "地图 地图", "目录/提纲", "[摘要]", "责任编辑", "豫都网", "温馨提示", "网站客服", "#from")


def test_real_corpus_comes_out_simplified_without_pinyin_or_chrome(real):
    assert sorted(real) == ["000", "001", "002", "003", "004"]
    for key, texts in real.items():
        assert texts, key
        for text in texts:
            assert _T2S.convert(text) == text, (key, text)
            assert not has_pinyin(text), (key, text)
            for word in REAL_NOISE:
                assert word not in text, (key, word, text)


def test_real_corpus_001_is_simplified_chinese(real):
    text = "".join(real["001"])
    assert "卫生健康" in text and "衛" not in text and "會議" not in text
    assert "(wèi)" not in text


def test_real_corpus_substitution_detected_exactly_in_000_and_003(corpus_dir):
    detected = {}
    for doc in iter_documents([corpus_dir]):
        detected[doc.name[:3]] = detect_substitution("\n".join(doc.lines))
    assert detected == {"000": True, "001": False, "002": False, "003": True, "004": False}


def test_real_corpus_genuine_kaizhan_survives_and_spun_words_are_gone(real, corpus_dir):
    for key in ("000", "003"):
        text = "".join(real[key])
        for spun in ("效劳", "方案生育", "原那么", "广阔干部", "平安生产", "根本公共卫生"):
            assert spun not in text, (key, spun)
    text003 = "".join(real["003"])
    assert "开展专项督查" in text003 and "开展预防接种" in text003 and "基本公共卫生服务" in text003
    # 004 was never spun: its many genuine 开展 and 标准 stay exactly as written.
    raw004 = (corpus_dir / "004_601b601320291a96.txt").read_text(encoding="utf-8")
    assert "".join(real["004"]).count("开展") == raw004.count("开展")


def test_real_corpus_speech_boundaries_are_blocks(real):
    texts = real["004"]
    pieces = [t for t in texts if re.fullmatch(r".{0,20}篇[一二三四五六七八九]", t)]
    assert len(pieces) == 9
    assert texts.count("同志们：") >= 7
    assert "尊敬的各位领导，同志们：" in texts
