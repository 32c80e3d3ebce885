"""What a sentence needs around it, and which sentences never leave their source speech.

``needs_of`` is the one place compose (and, until the miner records it in the bank, the bank loader's
callers) decides whether a sentence leans on what came before it: an antecedent (这就要求…, 此外…,
同时…, 也…), or a partner (一方面… wants its 另一方面).  A needy sentence is never placed at the start
of a paragraph, and a sentence from the bank that needs an antecedent is only placed with it.

``is_particular`` spots a sentence about one place's own event, unit, project or person (开展护理知识和
操作技能比赛, 创建“群众满意乡镇卫生院”): markers, not a parser.  The miner filters these with jieba's
part-of-speech tags at mining time; this is the guard at compose time, kept cheap because render runs
on every brief (loading jieba's dictionary costs about a second).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..corpus.sentences import split_sentences

# Openings that point back at something said before (这就要求…, 对此…, 因此…): placed only with it.
_ANTECEDENT = re.compile(
    r"^(?:这(?!次|里|一年|几年|些年)|此(?!次)|对此|为此|由此|因此|所以|从而|进而|其中|上述|以上|离不开|"
    r"对这些|针对这些|对存在的|但|但是|然而|总之|这些|在此基础上|不仅如此)")
# Openings that only join on to the sentence before (同时…, 此外…, 也…): any sentence of the same
# paragraph will do, but never the start of a paragraph.  最后，预祝… is a sign-off, not the last of a list.
_FOLLOWS = re.compile(r"^(?:同时|与此同时|此外|另外|也|还要|还需|并且|而且|其次|再次|最后(?!，(?:预祝|衷心祝愿|祝))|尤其|特别是|另一方面|"
                      r"具体来说|具体来看|主要体现在|主要表现在|突出表现在|归纳起来|概括起来|总的看|总的来说)")
# 其 / 此 after nothing but short clauses of verbs (大家一定要深入思考，认真研究，以问题为导向，将其作为…):
# no noun before it in the sentence for it to stand for, so it points at the sentence before.
_BARE_PRONOUN = re.compile(r"^(?:[^，。；：]{1,9}[，；]){1,4}(?:将|把|使|让|对|给|以|从)(?:其|此)")

# 一方面 that opens a pair (一方面…另一方面), not 哪一方面 / 每一方面 / 任何一方面 (any one side: 医疗、医保、医药哪一方面跟不上…,
# a whole point that wants no partner: the minimal brief's 难处 turn and a 医改 meeting's 提高认识 were dropped for it;
# blind26 and len26 found it apart)
_ONE_SIDE = re.compile(r"(?<![哪每另何])一方面")


@lru_cache(maxsize=65536)
def needs_of(sentence: str) -> frozenset[str]:
    """What one sentence needs: ``antecedent`` (it points back), ``follows`` (it joins on to any sentence
    before it in its paragraph), ``partner`` (一方面 without its 另一方面); empty when it stands alone."""
    s = sentence.strip().lstrip("“")
    out = set()
    if _ANTECEDENT.match(s) or _BARE_PRONOUN.match(s):
        out.add("antecedent")
    elif _FOLLOWS.match(s):
        out.add("follows")
    if _ONE_SIDE.search(s) and "另一方面" not in s:
        out.add("partner")
    return frozenset(out)


_PARTICULAR = re.compile(
    r"比赛|竞赛|大赛|技能大比武|成功举办|举办了|隆重召开|揭牌|挂牌成立|奠基|开工建设|竣工|落成|"
    r"“[^”]{2,16}(?:工程|行动|活动|项目|杯|品牌|医院|中心|卫生院)”|"
    r"(?:我|本)[县区市镇旗](?:的)?[^，。]{0,8}(?:医院|中心|卫生院|项目|工程)|"
    r"[省市县区](?:第[一二三四五六七八九十]|人民|中医|妇幼|中心)医院(?:要|已|正|将)|"
    r"[东南西北]院区")


@lru_cache(maxsize=65536)
def is_particular(sentence: str) -> bool:
    """Whether a mined sentence speaks of one place's own event, unit, project or figure."""
    return bool(_PARTICULAR.search(sentence))


# Openers the listener hears as mechanical when they come in a row (issue 13: 37% against the corpus' 9%).
OPENER_SHARE = 0.15
# 要 that is a verb of its own (要素, 要求, 要害, 要点 …) is not the modal opener.
_MODAL = re.compile(r"^(?:必须|要(?![求素害点务闻件紧]))")
_DROP_AFTER = re.compile(r"^(?:要|必须)(?:进一步|切实|着力|坚持|持续|不断|加快|全力|大力|深入|扎实|积极|认真|全面|"
                         r"加强|强化|完善|健全|推进|推动|提升|提高|落实|抓好|做好|深化|规范|严格|优化|建立|开展|实施|"
                         r"巩固|扩大|守牢|筑牢|织密|聚焦|突出|狠抓|抓实|发挥|引导|鼓励|支持|用好|统筹|坚决)")


# After 要 a verb or preposition opens the measure on its own once 要 goes (要把…, 要集中力量…, 要吃透…).
# Not after 要 of knowing or being (要看到…, 要认识到…, 要有一支好的队伍): without 要 these are no measure.
# (The Chinese character after it is checked in Python: a class of the CJK block is ~1 ms to compile on every start.)
_DROP_BEFORE = re.compile(r"^(?:要|必须)(?!看|认识|清醒|明白|知道|记住|相信|懂得|有|是|敢|能|会|靠|像|讲|想|求|使|让|"
                          r"[，、：；])")


def _drops_before(s: str) -> bool:
    """Whether 要 / 必须 opens ``s`` before a Chinese character that carries the measure on its own (_DROP_BEFORE)."""
    m = _DROP_BEFORE.match(s)
    return m is not None and m.end() < len(s) and "\u4e00" <= s[m.end()] <= "\u9fff"


def opens_with_modal(sentence: str) -> bool:
    """Whether a sentence opens on the modal 要 / 必须."""
    return bool(_MODAL.match(sentence.strip()))


def unmodal(sentence: str, actor: str | None) -> str:
    """The same instruction without the bare modal opener: named actor (县疾控中心要…) when one is
    given, else the imperative itself (加强…), as the corpus speeches phrase a run of measures."""
    s = sentence.strip()
    if actor:
        return actor + ("要" + s[2:] if s.startswith("必须") else s)
    if _DROP_AFTER.match(s):
        rest = s[2:] if s.startswith("必须") else s[1:]
        # 要着力加强 / 要切实做好 are the rewording's variants of 要加强: without 要 the plain verb reads
        # best, and four 着力… in a row would be as mechanical as four 要….
        for adverb in ("着力", "切实"):
            if rest.startswith(adverb) and len(rest) > 4:
                rest = rest[len(adverb):]
        return rest
    if _drops_before(s):
        # 要把…, 要以…, 要对…: the preposition carries the measure as well as 要 did (把健康管理服务落实到每一户
        # 家庭); 我们要把… at the head of a run of measures was a blind reader's tell (4.8% of sentences
        # against the corpus' 0.5%)
        return s[2:] if s.startswith("必须") else s[1:]
    return "我们" + s


# A sentence that points at a problem named just before it (对这个问题，…; 这一问题…) and the words by which the sentence
# before it names one.  Where a repeat cut took the naming sentence the pointer is left pointing at a measure (fresh47's
# t5: 发动群众清理房前屋后、改善人居环境。对这个问题，爱国卫生工作要抓紧抓实，不能回避。).
_PROBLEM_POINTER = re.compile(r"^(?:对)?(?:这个|这一|此)问题")
_NAMES_PROBLEM = re.compile(r"问题|短板|不足|薄弱|滞后|难|不够|不强|不高|不畅|不均|差距|流失|老化|反弹|缺|弱|低|慢")


def problem_pointers_backed(text: str) -> str:
    """``text`` (a paragraph) without a sentence that points at a problem (_PROBLEM_POINTER) where the sentence before
    it names none, or none stands before it."""
    if "问题" not in text:
        return text
    sentences = split_sentences(text)
    if "".join(sentences) != text:
        return text
    kept: list[str] = []
    for s in sentences:
        if _PROBLEM_POINTER.match(s) and not (kept and _NAMES_PROBLEM.search(kept[-1])):
            continue
        kept.append(s)
    return "".join(kept) if kept else text
