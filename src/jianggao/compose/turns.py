"""A marked turn once in a speech (issue 13, REP): the adverb-led constructions a listener hears a second time.

The readers mark a construction said twice in one speech even where the two sentences say different things: 就能 in
让群众在村里就能拿到常用药 and again in 让孕产妇出院时就能拿到补助, 稳步 in 稳步提高… 稳步改善… 稳步改善…, 真正用起来 twice,
更加便捷 after 更加艰巨.  A real speech uses such a turn once.

What a turn is, is learned from the text, not listed: at make time (``table_of``, jieba's parts of speech) every
sentence of the bank and the templates' wording is cut into its runs of words that carry no content (the words
compose.samepoint weighs at 0 or does not know: 就 能 更加 稳步 也 难以), and a turn is a run's adverb of two or more
characters (更加 真正 稳步 切实) or an adverb and the function word after it (就能 也难以 就会), as the texts say it.  Each
turn keeps how many of those sentences say it; a turn said by few of them (RARE_SHARE) is marked: a listener hears it
again.  The table ships as prepared/turns.marshal (a render imports no jieba) and a render finds a sentence's turns
by looking up the pieces of its content-free runs.

``turns_once`` keeps the first saying of each marked turn (a heading's counts: it cannot change) and says the later
ones without the turn's adverb (就能拿到 → 能拿到, 稳步改善 → 改善, 真正用起来 → 用起来), never in the brief's own words,
an item's head, or where the adverb is a negation or a modal (不能, 必须: leaving it out would say the opposite or
nothing), or where what is left would be too short to stand, a bare headline where a duty was, or a pair's first half
without its second (既要…，也要…: corpus.needs, the miner's table of pairs).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from .. import prepared
from ..corpus.needs import needs
from ..model.patterns import ORDINAL_ITEM as _ORDINAL
from ..model.speech import Block, Heading
from . import samepoint
from .paragraph import leaves_bare
from .variants import doubled_seam

# A turn said by at most this share of the texts' sentences is marked (就能 0.24%, 更加 0.30%, 真正 0.50%); one said
# more often (要把, 都要, 及时) is the speech's ordinary grammar.  Set on the 28 bench drafts against the readers' list.
RARE_SHARE = 0.006
# … and at least this many of them: a run jieba cut oddly once is no turn of the language.
SEEN_MIN = 2
# The parts of speech a turn opens on (adverbs: not an adjective said as one, 正确 真实 异常, whose leaving out says
# nothing), and those that may follow it in a two-word turn (verbs and adverbs: 就能, 也难以, 就会).
_LEAD = re.compile(r"^d$")
_NEXT = re.compile(r"^(?:d|v|vd|vi)$")
# (a copula or existence after the adverb is no turn: 就是, 特别是, 都有, 也在 — and leaving the adverb out of 特别是 says 是)
_NOT_NEXT = frozenset(("是", "有", "在", "为"))
# An adverb that negates, obliges or doubts: leaving it out says the opposite or nothing (不能靠多开药; 必须补上的短板;
# 难以改善; 特别是 opens what it singles out).  And one that says when, where, how often or how far (就近看病, 正常运行,
# 长期用药, 逐步打破, 已经排定): it is content, not weight, and the bench's drafts lost what they asked without it.
# And words jieba tags as adverbs that carry the sentence's content: a verb (立足自身条件开设特色科室 lost 立足 and read
# 要自身条件开设…, fresh20 r3; 同意, 亲自部署), a manner that is the duty itself (按时, 定时, 如实, 从严, 自愿, 随机, 越级,
# 乱倒), a state (偏远, 真实, 异常, 缓慢, 迟缓, 偏少) and an order of steps (先补, 历次, 往外转, 向上, 长远).
_KEEPS = re.compile(r"^(?:不|没|未|无|非|别|勿|莫|必|须|务必|一定|应|该|能|会|可|难|特别|"
                    r"就近|正常|长期|逐|已经|随时|立即|立行|尽快|及早|事先|按期|至少|经常|单独|擅自|相互|共同|同步|"
                    r"最终|一|"
                    # (进度 is the lagging work's own noun, 进度滞后的工作: with f53's 1,400 facet and item lines it fell
                    # under RARE_SHARE and a half-year meeting's answer read 对滞后的工作, test_problem_measures)
                    r"进度|"
                    r"立足|同意|亲自|更新|好处|务实|按时|定时|如实|从严|自愿|随机|越级|乱|偏|真实|异常|快速|缓慢|迟缓|重复|"
                    r"先|最先|只|历次|届|往外|向上|长远|真管|分而|到底|"
                    # (进一步 is the speeches' ordinary grammar, 进一步加强…, but the vocabulary mostly weighs it as a
                    # content word, so few of its sayings fall in a content-free run: its share sat at RARE_SHARE and
                    # flipped as our wording grew, 36 of 5,843 sentences on main and 36 of 7,028 with answer32's
                    # entries, marking it a turn and cutting it from every later 进一步加强; answer33)
                    r"进一步)")
# What is left of a sentence must still say something.
_LEFT_MIN = 6

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_DIGIT = re.compile(r"\d")


def _key() -> str:
    return prepared.digest(b"turns", prepared.source_of(__file__), samepoint._key())


def _words(run: str, vocab: dict[str, float]) -> Iterator[str]:
    """The words of a run of Chinese characters, by forward maximum matching against the vocabulary (a character the
    vocabulary does not hold in a longer word is a word of its own)."""
    i = 0
    while i < len(run):
        for size in range(min(samepoint.MAX_WORD, len(run) - i), 1, -1):
            if run[i:i + size] in vocab:
                break
        else:
            size = 1
        yield run[i:i + size]
        i += size


def plain_runs(text: str, vocab: dict[str, float]) -> list[str]:
    """The runs of ``text`` that hold no content word: forward maximum matching against the vocabulary, a word it weighs
    above 0 ending a run (so 让群众在村里就能拿到 gives 让群众在 and 就能, 村里 and 拿到 being content)."""
    out: list[str] = []
    for run in _HAN.findall(text):
        cur = ""
        for word in _words(run, vocab):
            if len(word) > 1 and vocab[word] > 0.0:
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += word
        if cur:
            out.append(cur)
    return out


def table_of(texts: Iterable[str], vocab: dict[str, float]) -> dict[str, list[int]]:
    """Make time: each turn of ``texts`` (see the module's docstring) with [the sentences saying it, the length of its
    adverb], and "" with [the sentences read, 0]."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    seen: Counter[str] = Counter()
    lead: dict[str, int] = {}
    # (a word jieba tags an adverb only now and then is no adverb: 更新 异常 重复 同意 are verbs and adjectives)
    said_as: Counter[str] = Counter()
    said_as_adverb: Counter[str] = Counter()
    n = 0
    for sentence in samepoint.han_sentences(texts):
        n += 1
        found: set[str] = set()
        for run in plain_runs(sentence, vocab):
            cut = [(p.word, p.flag) for p in pseg.cut(run)]
            said_as.update(word for word, _ in cut)
            said_as_adverb.update(word for word, flag in cut if _LEAD.match(flag))
            for k, (word, flag) in enumerate(cut):
                # (an adverb word ending on a copula, 就是 or 正是, is the sentence's verb: 投诉集中的环节就是改善服务要下功夫的
                # 地方 read …环节改善服务要下功夫的地方 without it, read73's t2)
                if not _LEAD.match(flag) or _KEEPS.match(word) or len(word) >= 2 and word[-1] in _NOT_NEXT:
                    continue
                if len(word) >= 2:
                    found.add(word)
                    lead.setdefault(word, len(word))
                if k + 1 < len(cut) and _NEXT.match(cut[k + 1][1]) and cut[k + 1][0] not in _NOT_NEXT \
                        and 2 <= len(word + cut[k + 1][0]) <= 4:
                    found.add(word + cut[k + 1][0])
                    lead.setdefault(word + cut[k + 1][0], len(word))
        seen.update(found)
    out = {t: [c, lead[t]] for t, c in sorted(seen.items())
           if c >= SEEN_MIN and 2 * said_as_adverb[t[:lead[t]]] >= said_as[t[:lead[t]]]}
    out[""] = [n, 0]
    return out


_table: list[dict[str, list[int]]] = []


def table() -> dict[str, list[int]]:
    """The shipped table (empty when it was made by other code: then no turn is marked)."""
    if not _table:
        _table.append(prepared.load_table("turns", _key()))
    return _table[0]


@lru_cache(maxsize=1)
def _marked() -> dict[str, int]:
    """The marked turns with the length of their adverb."""
    data = table()
    n = data.get("", [0, 0])[0]
    return {t: lead for t, (c, lead) in data.items() if t and c <= RARE_SHARE * n}


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The first two characters of each marked turn (every turn holds two or more): a sentence holding none of them
    says no marked turn, and turns_of need not read its words (~1,000 sentences a render; speed32)."""
    return tuple(sorted({t[:2] for t in _marked()}))


@lru_cache(maxsize=8192)
def turns_of(sentence: str) -> frozenset[str]:
    """The marked turns ``sentence`` says."""
    marked = _marked()
    if not marked:
        return frozenset()
    # a turn is said where its adverb lies in a content-free run; the word after it may be read into a content word
    # (在身边就能用上: forward matching reads 能用, so the run holds 就 alone)
    out: set[str] = set()
    text = "".join(_HAN.findall(sentence))
    if not any(map(text.__contains__, _heads())):
        return frozenset()      # (most sentences: no marked turn opens anywhere in it, so none is read below)
    vocab = samepoint.vocabulary()
    for run in plain_runs(sentence, vocab):
        # (a turn opens where a word does: 认真抓好 holds 真抓 across 认真|抓好, and leaving 真 out read 认抓好, fresh23 r1)
        starts = _word_starts(run, vocab)
        for at in _starts(text, run):
            for a in sorted(starts):
                for b in range(a + 2, min(len(text) - at, a + 4) + 1):
                    turn = text[at + a:at + b]
                    if turn in marked and a + marked[turn] <= len(run):
                        out.add(turn)
    return frozenset(out)


def _word_starts(run: str, vocab: dict[str, float]) -> set[int]:
    """Where the words of ``run`` open, read by the matching ``plain_runs`` reads it by (_words)."""
    out, at = set(), 0
    for word in _words(run, vocab):
        out.add(at)
        at += len(word)
    return out


def _starts(text: str, piece: str) -> list[int]:
    """Where ``piece`` stands in ``text``."""
    out, at = [], text.find(piece)
    while at >= 0:
        out.append(at)
        at = text.find(piece, at + 1)
    return out


# Coverbs whose object a marked turn's adverb may be (向纵深推进, 往深里走): the adverb is no adverb there.
_GOVERNS = frozenset("向往朝")


def without_turn(sentence: str, turn: str) -> str | None:
    """``sentence`` saying ``turn`` without its adverb, or None where that would not stand."""
    lead = _marked().get(turn, 0)
    at = sentence.find(turn)
    if at < 0 or not lead or sentence.count(turn) > 1:
        return None             # (said twice in one sentence it is a device: 任务更加繁重，使命更加光荣)
    after = sentence[at + len(turn):at + len(turn) + 1]
    if lead == len(turn) and (not _HAN.match(after) or after in "的地得"):
        return None             # (an adverb that is the predicate: 体验更好。)
    if sentence[at - 1:at] in _GOVERNS or doubled_seam(sentence[:at], turn[lead:] + sentence[at + len(turn):]):
        return None             # (纵深 after 向 is its object, not an adverb: 要向纵深推进 said 要向推进, era28's reading;
        #                         nor a seam saying one character twice)
    new = sentence[:at] + turn[lead:] + sentence[at + len(turn):]
    if leaves_bare(sentence, new):
        return None             # (never a bare headline where a duty was: 要纵深推进医药领域腐败问题集中整治。 said as
        #                         推进…集中整治。 after its heading, the merged tree's test_core)
    if "partner" in needs(new) and "partner" not in needs(sentence):
        return None             # (a pair's second half is the pair's, not a turn said again: 既要看…，也要看… lost its 也,
        #                         fresh22 r4; the pairs are the miner's, corpus.needs)
    # (an adverb at a clause's head leaves the clause on its verb: 。稳步改善… → 。改善…; never an empty clause)
    if len(_HAN.sub("", new)) == len(new) or len("".join(_HAN.findall(new))) < _LEFT_MIN or "，，" in new \
            or re.search(r"(?:^|[，；：])[。，；]", new):
        return None
    return new


def turns_once(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str]) -> None:
    """Each marked turn said once in the speech (in place): a later sentence saying it again says it without its adverb
    where it may (see the module's docstring, without_turn); the headings count as sayings and are never changed."""
    said: set[str] = set()
    for part, shell in zip(parts, shells, strict=True):
        for para, block in zip(part, shell, strict=True):
            if isinstance(block, Heading):
                said |= turns_of(block.text)
            for k, s in enumerate(para):
                mine = turns_of(s)
                again = mine & said
                said |= mine
                if not again or _ORDINAL.match(s) or any(c and c in s for c in keep):
                    continue
                for turn in sorted(again, key=len, reverse=True):
                    if turn not in s:
                        continue            # (a longer turn holding it went first: 也难以 → 难以)
                    new = without_turn(s, turn)
                    if new is not None:
                        s = new
                para[k] = s


# The bureau's ask of another department, a formula the answers and the safeguards each say (reading 43: 要积极争取 three
# times in one speech, for 绩效工资, 村医收入 and 编办、人社): each wording once, a later ask in one not said yet.
_ASKS = ("要积极争取", "要主动争取", "要努力争取")
_ASK = re.compile("|".join(_ASKS))


def asks_vary(parts: list[list[list[str]]], keep: Sequence[str]) -> None:
    """Each wording of the ask (_ASKS) said once in the speech (in place): a later ask said in one not said yet, while
    one is left; never in the brief's own words."""
    said: set[str] = set()
    for part in parts:
        for para in part:
            for k, s in enumerate(para):
                if not _ASK.search(s):
                    continue
                if any(c and c in s for c in keep):
                    said.update(_ASK.findall(s))
                    continue

                def other(m: re.Match[str]) -> str:
                    word = m.group(0)
                    if word in said:
                        word = next((w for w in _ASKS if w not in said), word)
                    said.add(word)
                    return word
                para[k] = _ASK.sub(other, s)
