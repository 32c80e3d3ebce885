"""The same point said twice in one paragraph, seen by its content words (issue 13, REP).

The readers' paraphrases share few characters (加强老年健康宣传教育 / 面向老年人开展健康教育: two character pairs of four),
and compose's character pairs do not tell them from a paragraph developing one subject.  Words do: each sentence is
reduced to its content words (nouns and verbs of two or more characters, the speech's ever-present words such as
工作 群众 推进 加强 left out), each weighted by its IDF over the bank's sentences and the templates' wording.

The vocabulary is made with jieba when the package is made (``vocabulary_of``, shipped as prepared/samepoint.marshal
by ``python -m jianggao.prepared``): a render imports no jieba (its dictionary costs ~2 s to load) and finds a
sentence's words by forward maximum matching against the vocabulary (``words``), each found word also giving the
vocabulary's words inside it (老年人 → 老年, 疾控机构 → 疾控), so that a word said in a longer or shorter form is the
same word.

``share(later, earlier)`` is the part of the later sentence's weight that the earlier one holds; ``same`` calls the
pair one point when that part is at least SAME_SHARE and the later sentence weighs at least MIN_WEIGHT (a sentence of
one or two light words says too little to judge).  The threshold is set on labelled pairs (tests/compose/
test_samepoint.py: the readers' paraphrases, and pairs of real speeches' sentences that develop one subject).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Set
from functools import lru_cache

from .. import prepared

# The parts of speech that are not content: pronouns, prepositions, conjunctions, particles, adverbs, numerals,
# measure words, directions.  jieba's tags for content words are not to be trusted (普及 ns, 宣传教育 nr, 老年 t), so a
# word is content unless it is mostly tagged as one of these.
_FUNCTION = re.compile(r"^(?:r|rr|rz|p|c|u[a-z]*|d|m|mq|q|f|y|e|o|x|zg)$")
# The speech's ever-present words: any sentence of a health speech carries them whatever it says (bench_repeats'
# stoplist, and 要).
STOP = frozenset("""
加强 推进 推动 工作 进一步 确保 做好 抓好 落实 完善 健全 建立 提高 提升 开展 实施 坚持 强化 切实 深入 全面 积极 不断
发挥 作用 充分 着力 努力 力争 扎实 持续 继续 大力 认真 严格 规范 注重 重视 要求 实现 形成 保持 促进 进行 取得 作出
抓住 能够 可以 不能 必须 应当 需要 同志 同志们 我们 大家 单位 部门 机构 方面 问题 情况 任务 重点 水平 能力 体系
机制 制度 建设 发展 管理 服务 措施 举措 政策 项目 目标 责任 全县 全区 全市 全镇 全旗 全街道 今年 去年 当前 今后
一年 年内 年度 卫生 健康 卫生健康 卫生计生 医疗卫生 群众 人民 人民群众 事业 各级 有关 相关 工作者 组织 起来
作为 做到 日常 通过 围绕 结合 进一步 已经 同时 方式 主要 重要 一批 一些 会议 安排 部署 成绩 成效 精神
领导 正确 过去 新的 实际 结合实际 意见
""".split())
# The longest word looked for (longer runs are cut into the vocabulary's words).
MAX_WORD = 8
# A later sentence says its paragraph's earlier sentence again when that sentence holds this share of its weight …
SAME_SHARE = 0.4
# … and it weighs at least this (two words of middling IDF, or more lighter ones).  Set on the labelled pairs:
# the readers' paraphrases hold 0.32–0.48 of the later sentence, adjacent sentences of real speeches that develop one
# subject mostly under 0.4 (tests/compose/test_samepoint.py).  (11.8, not 12.0: the weights are the wording's IDF, and
# 1,400 more lines of it (session 40's item content) moved the readers' 疫苗…全程可追溯 / 落实疫苗全流程管理 from 12.006
# to 11.902; the margin keeps the labelled pairs from turning on the data's size)
MIN_WEIGHT = 11.8

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_SENTENCE_END = re.compile(r"(?<=[。！？；])")


def _key() -> str:
    # the vocabulary is what this module's make-time code makes of the bundled texts (a bank or wording edited since
    # leaves the shipped vocabulary usable; tests/test_prepared.py fails until it is made again)
    return prepared.digest(b"samepoint", prepared.source_of(__file__))


def han_sentences(texts: Iterable[str]) -> Iterator[str]:
    """The sentences of ``texts`` (cut after 。！？；) that hold a Han character: what the make-time tables read."""
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            if _HAN.search(sentence):
                yield sentence


def vocabulary_of(texts: Iterable[str]) -> dict[str, float]:
    """Make time: every word of 2+ Han characters jieba finds in ``texts`` (each cut into sentences), with its IDF over
    those sentences, or 0.0 for a word that is not content (a stop word, or mostly tagged as a function word there)."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    df: Counter[str] = Counter()
    content: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    n = 0
    for sentence in han_sentences(texts):
        n += 1
        found: set[str] = set()
        for pair in pseg.cut(sentence):
            word, flag = pair.word, pair.flag
            if len(word) < 2 or len(word) > MAX_WORD or not _HAN.fullmatch(word):
                continue
            seen[word] += 1
            if not _FUNCTION.match(flag):
                content[word] += 1
            found.add(word)
        df.update(found)
    return {w: (0.0 if w in STOP or 2 * content[w] < seen[w] else round(math.log((n + 1) / (df[w] + 1)) + 1, 3))
            for w in sorted(df)}


def spread_of(texts: Iterable[str], vocab: dict[str, float]) -> dict[str, tuple[float, int]]:
    """Make time: for each content word of ``vocab``, over the sentences of ``texts`` the topic registry places in an
    area (model.topics.classify, the first), the share of them in its most frequent area and their number.  A word
    naming a thing of one area's (孕产妇 0.87, 垃圾 0.87, 筹资 1.0) is held in it; one saying how work is done
    (相结合 0.30, 负责制 0.43, 登记 0.42, 行为 0.35) is spread over many."""
    from ..model.topics import classify

    areas: dict[str, Counter[str]] = {}
    for sentence in han_sentences(texts):
        found = classify(sentence)
        if not found:
            continue
        for word in _forward_words(sentence, vocab):
            areas.setdefault(word, Counter())[found[0]] += 1
    return {w: (round(c.most_common(1)[0][1] / sum(c.values()), 3), sum(c.values())) for w, c in sorted(areas.items())}


def _forward_words(sentence: str, vocab: dict[str, float]) -> set[str]:
    """Make time: the content words of ``vocab`` in ``sentence`` (_matches, as ``words`` finds them in the shipped
    vocabulary)."""
    sizes = _sizes_of(vocab)
    return {w for run in _HAN.findall(sentence) for w in _matches(run, vocab, sizes) if vocab[w] > 0.0}


def _spread_key() -> str:
    return prepared.digest(b"spread", prepared.source_of(__file__))


_vocab: list[dict[str, float]] = []
_spread: list[dict[str, tuple[float, int]]] = []


def spread() -> dict[str, tuple[float, int]]:
    """The shipped spread of the vocabulary's words over the areas (spread_of; empty when it was made by other code)."""
    if not _spread:
        _spread.append(prepared.load_table("spread", _spread_key()))
    return _spread[0]


def vocabulary() -> dict[str, float]:
    """The shipped vocabulary (empty when it was made by other code: then no pair is called the same)."""
    if not _vocab:
        _vocab.append(prepared.load_table("samepoint", _key()))
    return _vocab[0]


# A numbered short name said in full elsewhere (做到“四早” … 做到早发现、早报告、早隔离、早治疗: read67's u4, a heading
# and its next sentence): the short name's words are its full form's.
_SHORT_NAMES = (("四早", "早发现早报告早隔离早治疗"),)


@lru_cache(maxsize=4096)
def words(sentence: str) -> dict[str, tuple[float, frozenset[str]]]:
    """The content words of ``sentence`` found by forward maximum matching against the vocabulary, each with its
    weight and its forms: itself and the content words inside it (老年人: 老年), by which it is found in another
    sentence (the weight is the word's own: its parts are not counted again)."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    for short, full in _SHORT_NAMES:
        if short in sentence:
            sentence = sentence.replace(short, full)
    for run in _HAN.findall(sentence):
        for word, found in _run_words(run):
            out[word] = found
    return out


@lru_cache(maxsize=8192)
def _run_words(run: str) -> tuple[tuple[str, tuple[float, frozenset[str]]], ...]:
    """``words`` of one run of Han characters, in order (kept per run: a third of a speech's runs are clauses said in
    another sentence too, its cut and reworded forms)."""
    vocab = vocabulary()
    out: list[tuple[str, tuple[float, frozenset[str]]]] = []
    for word in _matches(run, vocab, _sizes()):
        inner = _inner(word)
        if inner and vocab[word] > 0.0:
            out.append((word, (vocab[word], inner)))
    return tuple(out)


def _matches(run: str, vocab: Mapping[str, float], sizes: Mapping[str, tuple[int, ...]]) -> Iterator[str]:
    """The words of ``vocab`` in ``run`` by forward maximum matching, in order (``sizes``: _sizes_of the vocabulary)."""
    i, n = 0, len(run)
    while i < n:
        for size in sizes.get(run[i:i + 2], ()):
            if size <= n - i and run[i:i + size] in vocab:
                break
        else:
            i += 1
            continue
        yield run[i:i + size]
        i += size


_sizes_kept: list[dict[str, tuple[int, ...]]] = []


def _sizes() -> dict[str, tuple[int, ...]]:
    """The lengths (up to MAX_WORD) of the vocabulary's words by their first two characters, longest first: the only
    sizes at which words can find one there (most positions start no word: no look-up; where one does, a look-up for
    each length a word of that start has, not for every length up to the longest)."""
    if not _sizes_kept:
        _sizes_kept.append(_sizes_of(vocabulary()))
    return _sizes_kept[0]


def _sizes_of(vocab: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """_sizes of any vocabulary (make time reads one not yet shipped)."""
    by_start: dict[str, set[int]] = {}
    for word in vocab:
        if 2 <= len(word) <= MAX_WORD:
            by_start.setdefault(word[:2], set()).add(len(word))
    return {start: tuple(sorted(found, reverse=True)) for start, found in by_start.items()}


@lru_cache(maxsize=16384)
def _inner(word: str) -> frozenset[str]:
    """The content words inside the vocabulary's ``word``, itself among them (kept per word: the same words recur in
    a speech's sentences, and each asked every substring of itself)."""
    vocab = vocabulary()
    size = len(word)
    return frozenset(word[a:b] for a in range(size - 1) for b in range(a + 2, size + 1) if vocab.get(word[a:b], 0.0) > 0.0)


@lru_cache(maxsize=4096)
def forms(sentence: str) -> frozenset[str]:
    """Every content word of ``sentence`` and every content word inside one."""
    return frozenset(f for _, inner in words(sentence).values() for f in inner)


def share(later: str, earlier: str, skip: Set[str] = frozenset()) -> tuple[float, float]:
    """(the later sentence's weight, the share of it the earlier sentence holds): a word is held when it or a word
    inside it is among the earlier sentence's forms; the words whose forms meet ``skip`` (the forms of its subsection
    heading and item head: the subject every sentence there names) are not counted."""
    mine = [(v, inner) for v, inner in words(later).values() if v > 0.0 and inner.isdisjoint(skip)]
    total = sum(v for v, _ in mine)
    if not total:
        return 0.0, 0.0
    theirs = forms(earlier)
    return total, sum(v for v, inner in mine if not inner.isdisjoint(theirs)) / total


# A sentence that opens on what it is about, 对高危孕产妇(，)要…: two such on one object are one point in two lists of
# measures, whatever words the lists use (fresh47's t1: 对高危孕产妇，要做到早筛查、早识别、早干预… then 对高危孕产妇要做到
# 早发现、专案管理、及时转诊…, sharing no content word but the object).
_ABOUT = re.compile(r"^对([\u4e00-\u9fff]{3,12}?)，?(?:要|必须|都要)")


def same(later: str, earlier: str, skip: Set[str] = frozenset()) -> bool:
    """Whether ``later`` says ``earlier``'s point again (see the module's docstring)."""
    about = _ABOUT.match(later)
    if about is not None and (other := _ABOUT.match(earlier)) is not None and about.group(1) == other.group(1):
        return True
    if forms(later).isdisjoint(forms(earlier)):
        return False      # no word of the later sentence is held (share's part is 0): most pairs a speech asks
    total, part = share(later, earlier, skip)
    return total >= MIN_WEIGHT and part >= SAME_SHARE
