"""Seeded wording variants of the templates' own sentences: interchangeable words of the speeches' register."""
from __future__ import annotations

import random
import re
from collections.abc import Sequence

# Groups of words a speech uses interchangeably in the contexts the templates write them (不断提高 /
# 持续提高, 明显增强 / 显著增强, 切实加强 / 着力加强 …).  Each group is a pattern whose match is replaced by
# one of its words; the look-arounds keep a swap where it reads right (可持续发展 is not 可不断发展,
# 切实感受到 is not 着力感受到).  Only the templates' own wording is varied: brief text and mined phrases
# (which keep their provenance) are never touched.
_GROUPS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"(?<![可能])(?:不断|持续|稳步)(?=提升|提高|改善|增强|推进)"), ("不断", "持续", "稳步")),
    (re.compile(r"(?<![可能])(?:不断|持续)(?=加强|深化|完善|优化|扩大|向好|规范|健全|加大)"), ("不断", "持续")),
    (re.compile(r"(?:明显|显著)(?=增强|提升|提高|改善|加强)"), ("明显", "显著")),
    (re.compile(r"(?:切实|着力)(?=加强|提升|提高|解决|抓好|推进|改善|减轻|做好|增强)"), ("切实", "着力")),
    (re.compile(r"(?<![可能])进一步(?=增强|提升|提高|改善|加强|优化|减轻|完善|健全|规范|扩大)"), ("进一步", "持续", "不断")),
    (re.compile(r"(?:扎实|深入|持续|广泛)(?=开展)"), ("扎实", "深入", "持续", "广泛")),
    (re.compile(r"(?<=成效)(?:明显|显著)"), ("明显", "显著")),
    (re.compile(r"(?:协同|统筹)(?=推进)"), ("协同", "统筹")),
    (re.compile(r"(?<!向)(?:深入|纵深)(?=推进)"), ("深入", "纵深")),   # (not 向纵深推进 → 向深入推进: reading 38)
    (re.compile(r"(?:扎实|有序|稳步)(?=推进)"), ("扎实", "有序", "稳步")),
    (re.compile(r"(?:加快|加速)(?=推进)"), ("加快", "加速")),
    (re.compile(r"(?:加强|强化)(?=[组领队督监管宣协人能])"), ("加强", "强化")),
    (re.compile(r"(?:提升|提高)(?=[^\s，。；、]{0,2}(?:能力|水平|质量|效率|素养))"), ("提升", "提高")),
    (re.compile(r"(?<![促迫致即假转出礼谦不])(?:让|使)(?=群众|人民群众|老年人|居民|患者)"), ("让", "使")),
    (re.compile(r"(?<!广大)(?:人民群众|广大群众)(?![性])"), ("人民群众", "广大群众")),
    # (巩固完善 and 健全完善 are set pairs: not 巩固健全基本药物制度, reading 46)
    (re.compile(r"(?<!巩固)(?<![健完])(?:健全|完善)(?![健完])(?=[^\s，。；、]{1,6}(?:机制|体系|制度))"), ("健全", "完善")),
)
# A sentence opening on 要 may open on 必须 or 要进一步 instead, unless an adverb already follows or 要 is part
# (要稳步提高 is not 要进一步稳步提高, said 进一步不断提高 once the group varied it: fresh42's y1)
# of a word (要素, 要求); plain 要 stays the likeliest, as in the corpus speeches.
_LEAD = re.compile(r"^要(?![求素害点务闻件是紧]|进一步|切实|着力|持续|不断|稳步|逐步|有序|继续"
                   r"|大力|全力|全面|深入|纵深|扎实|广泛|积极|加快|认真"
                   r"|坚持|坚决|把|以|在|从|让|使|对|按"
                   # (a thing set up new is not 进一步建立: the twenty-fifth reading)
                   r"|建立|建成|设立|组建|成立|启动|出台|制定|编制"
                   r"|多|少|再|更|及时|定期|经常|始终|主动|严格"      # not 要进一步多到基层 (the fourteenth reading)
                   r"|有"       # 要有绩效评价 (must have) is no order to go further: not 要进一步有… (reading 40's draft)
                   r"|执行|遵守"   # a rule is kept, not kept further: not 要进一步执行…制度 (sec44's w2)
                   r"|牢固|牢记)")   # a weight of its own: not 要着力牢固树立… (reading 46)
_LEADS = ("要", "要", "要", "要进一步", "要进一步", "要切实", "要着力", "要")
# Words that open on the character an adverb before them ends on and read right so (切实|实施, 着力|力量 is no verb).
_SEAM_WORDS = re.compile(r"^(?:实施|实行|实现|实际|实在|实处|实效|实事)")


def doubled_seam(left: str, right: str) -> bool:
    """Whether joining ``left`` and ``right`` (an adverb put before a verb, or a word taken out between them) says one
    character twice across the seam where no word does: 要着力|力戒形式主义 (era28's reading), not 要切实|实施."""
    return bool(left) and bool(right) and left[-1] == right[0] and "\u4e00" <= right[0] <= "\u9fff" \
        and not _SEAM_WORDS.match(right)
# A piece between two of the brief's words may open on the stop that ends the brief's clause (…薄弱|。今年…):
# the stop is a sentence of its own here, never dropped.
_SENTENCE = re.compile(r"[^。！？]*[。！？]|[^。！？]+")


# A campaign is 扎实开展 / 深入开展 as written: 持续开展党史学习教育 says it was already under way (a speech of
# 2021-02-24, four days after its launch, was marked for it).
_CAMPAIGN = re.compile(r"开展(?:党史|[^，。；]{0,8}(?:主题教育|学习教育))")


def _reword_span(text: str, rng: random.Random) -> str:
    for pattern, words in _GROUPS:
        if not any(map(text.__contains__, words)):
            continue          # what a group matches is one of its words: none in the text, no match, no draw
        def choose(m: re.Match[str], words: Sequence[str] = words) -> str:
            chosen = rng.choice(words)        # drawn in any case, so that the rest words as before
            return m.group(0) if _CAMPAIGN.match(m.string, m.end()) else chosen
        text = pattern.sub(choose, text)
    return text


def reword(text: str, rng: random.Random, keep: Sequence[str] = (), *, lead: bool = True) -> str:
    """``text`` with its interchangeable words chosen by ``rng``; spans equal to one of ``keep`` (the
    brief's own words: region, items, names) are left exactly as they are.  ``lead``: whether ``text``
    opens a sentence (a piece after one of the brief's words does not: 县卫生健康局|要梳理… keeps its 要)."""
    # a document's title in 《》 is its name: 《关于进一步加强…的意见》 never becomes 持续加强
    keep = sorted(dict.fromkeys([*(k for k in keep if k and k in text), *re.findall(r"《[^》]{1,60}》", text)]),
                  key=len, reverse=True)
    if keep:
        pieces = split_on(text, keep)
        out: list[str] = []
        for i, p in enumerate(pieces):
            starts = lead if i == 0 else bool(re.search(r"[。！？]$", "".join(out)))
            out.append(p if i % 2 else reword(p, rng, lead=starts))
        return "".join(out)
    out = []
    for n, s in enumerate(_SENTENCE.findall(text)):
        if _LEAD.match(s):
            # drawn even where it is not used, so that the rest of the speech words as before
            chosen = rng.choice(_LEADS)
            if (lead or n > 0) and not doubled_seam(chosen, s[1:]):
                s = chosen + s[1:]
        out.append(_reword_span(s, rng))
    return "".join(out)


def split_on(text: str, words: Sequence[str]) -> list[str]:
    """``re.split("(w1|w2|…)", text)`` for non-empty plain ``words`` (at the leftmost place one occurs, the first of
    them in order that occurs there), without compiling a pattern for each set of words (a speech asks ~20)."""
    pieces: list[str] = []
    last = 0
    while True:
        found = [j for j in (text.find(w, last) for w in words) if j >= 0]
        if not found:
            break
        at = min(found)
        word = next(w for w in words if text.startswith(w, at))
        pieces += [text[last:at], word]
        last = at + len(word)
    pieces.append(text[last:])
    return pieces
