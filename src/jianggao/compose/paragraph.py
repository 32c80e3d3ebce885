"""The shape of a worded paragraph, as a listener hears it: a subsection opens on its own act, not its heading's
words; spoken-style lines are rationed; a policy's news is joined to what it means for the work."""
from __future__ import annotations

import re

from .needs import needs_of

# --- a subsection's first sentence ----------------------------------------------------------------------------------

# 二是推进疾控体系改革。 / a level-2 heading's text: the item's words, once its verb is set aside
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+是")
_HEAD_VERB = re.compile(r"^(?:切实|全面|持续|扎实|大力|着力|进一步|深入|加快|稳步|不断|继续|积极|认真|努力|全力|统筹|更加|坚持)*"
                        r"(?:加强|推进|推动|深化|抓好|做好|做实|提升|提高|完善|健全|落实|强化|实施|开展|巩固|夯实|优化|"
                        r"促进|保障|建设|发展|规范|加大|创新|构建|打造|抓实|筑牢|守牢|守住|织牢|织密|补齐|补强|聚焦|"
                        r"在|把|以|用|让|向)?")
# what may come before the heading's words at a sentence's head and still be the heading said again
_LEAD_IN = re.compile(r"^(?:要|各|进一步|持续|加强|推进|做好|抓好)")
# the shortest run of the heading's words that, opening the next sentence, is the heading said again
_RESTATED_RUN = 4
# a sentence that cannot open a paragraph's body: it leans back, has no subject (让疾控机构既能…), or only adds
_CANNOT_LEAD = re.compile(r"^(?:这|此|其|该|同时|此外|另外|也|还|并|而|但|从而|进而|让|使|以|对此|为此|总之|特别是)")


def heading_words(heading: str) -> str:
    """The words of an item once its ordinal and verb are set aside (二是推进疾控体系改革。 → 疾控体系改革)."""
    text = _ORDINAL.sub("", heading).rstrip("。：；")
    return _HEAD_VERB.sub("", text).removesuffix("工作")


def opens_on(sentence: str, words: str) -> bool:
    """Whether ``sentence`` opens on a run of ``words`` (疾控体系改革要… after 推进疾控体系改革)."""
    opening = _LEAD_IN.sub("", sentence)[:12]
    for n in range(min(len(words), 8), _RESTATED_RUN - 1, -1):
        for i in range(len(words) - n + 1):
            if opening.find(words[i:i + n]) in (0, 1, 2):
                return True
    return False


def _can_lead(para: list[str], j: int) -> bool:
    """Whether ``para[j]`` may move to the front of its run: it stands on its own, says no list's lead-in, and
    the sentence after it does not lean on it."""
    s = para[j]
    if needs_of(s) or _CANNOT_LEAD.match(s) or s.endswith("：") or _ORDINAL.match(s):
        return False
    return not (j + 1 < len(para) and needs_of(para[j + 1]) & {"antecedent", "follows"})


def lead_not_heading(para: list[str], heading: str | None = None) -> None:
    """In place: where the sentence after a subsection's heading opens on the heading's own words (二是推进疾控体系
    改革。疾控体系改革要…: the blind readers' first tell), a later sentence of the same run that stands on its own
    and opens otherwise goes first.  ``heading`` is a level-2 heading's text (its body is ``para``); without it,
    the run-in items (二是…。) inside ``para`` are read.  Nothing is dropped or reworded."""
    starts = [(-1, heading)] if heading is not None else [(k, s) for k, s in enumerate(para) if _ORDINAL.match(s)]
    for n, (k, head) in enumerate(starts):
        first = k + 1
        end = starts[n + 1][0] if n + 1 < len(starts) else len(para)
        words = heading_words(head or "")
        if first >= end or len(words) < _RESTATED_RUN or not opens_on(para[first], words):
            continue
        for j in range(first + 1, end):
            if not opens_on(para[j], words) and _can_lead(para, j):
                para.insert(first, para.pop(j))
                break


# --- spoken-style lines -----------------------------------------------------------------------------------------------

# Spoken-style lines by shape, each with the plain wording a secretary would write instead.  Real speeches have a
# few (一件一件抓落实 once, 啃硬骨头 once); the drafts had one in every paragraph (issue 13, blind readers).
SPOKEN: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("一项一项", re.compile(r"一项一项往前推"), "逐项推进"),
    ("一项一项", re.compile(r"一项一项"), "逐项"),
    ("一件一件", re.compile(r"一件一件|一件件"), "逐项"),
    ("一个一个", re.compile(r"一个一个"), "逐个"),
    ("下决心", re.compile(r"下决心(?=解决|抓)"), "着力"),
    ("约谈主要负责", re.compile(r"约谈主要负责(?:同志|人)"), "约谈"),
    ("不撒手", re.compile(r"不见成效不撒手"), "务求见到成效"),
    ("不撒手", re.compile(r"不撒手|不松手"), "抓到底"),
    ("硬骨头", re.compile(r"要啃的硬骨头"), "要攻克的难点"),
    ("硬骨头", re.compile(r"硬骨头"), "难点"),
    ("今年的重点来解决", re.compile(r"要?作为今年的重点来(?:解决|抓)"), "要列为今年的工作重点"),
    ("卡在哪里", re.compile(r"卡在哪(?=里|个环节)"), "难在哪"),
    ("缺什么补什么", re.compile(r"缺什么补什么|差什么补什么"), "补齐缺项"),
    ("盯住不放", re.compile(r"盯住不放|盯着不放|紧盯不放"), "抓紧抓实"),
    ("动歪脑筋", re.compile(r"动歪脑筋|打歪主意"), "违规谋利"),
    ("心中有数", re.compile(r"心中有数|心里有数"), "了解清楚"),
    ("一督到底", re.compile(r"一督到底"), "督促到位"),
)
# How many spoken-style lines a speech keeps (each of a different shape).
SPOKEN_PER_SPEECH = 3


def spoken_shape(sentence: str) -> str:
    """The first spoken-style shape a sentence holds ('' when none)."""
    return next((shape for shape, rx, _ in SPOKEN if rx.search(sentence)), "")


def ration_spoken(parts: list[list[list[str]]], keep: tuple[str, ...] = ()) -> None:
    """In place: the speech keeps its first SPOKEN_PER_SPEECH spoken-style lines, each of a different shape; the
    others are said plainly (一项一项往前推 → 逐项推进, 今年要下决心解决 → 今年要着力解决).  A sentence holding one of
    ``keep`` (the brief's own words) is left as written."""
    kept: set[str] = set()
    for part in parts:
        for para in part:
            for k, sentence in enumerate(para):
                if not spoken_shape(sentence) or any(c and c in sentence for c in keep):
                    continue
                out = sentence
                for shape, rx, plain in SPOKEN:
                    if not rx.search(out):
                        continue
                    if shape not in kept and len(kept) < SPOKEN_PER_SPEECH:
                        kept.add(shape)
                        # one occurrence kept; any other of the same shape in the sentence said plainly
                        m = rx.search(out)
                        assert m is not None
                        out = out[:m.end()] + rx.sub(plain, out[m.end():])
                    else:
                        out = rx.sub(plain, out)
                para[k] = out


# --- a policy's news --------------------------------------------------------------------------------------------------

_ISSUER = (r"(?:党的[^，。]{2,12}(?:全会|大会|代表大会)|中共中央(?:办公厅)?(?:、国务院(?:办公厅)?)?|国务院(?:办公厅)?|"
           r"国家卫生(?:健康|计生)?委(?:员会)?|国家[^，。]{1,6}局)")
# who did what, a full stop, and nothing of what it means for the work
# (国务院办公厅印发《中国防治慢性病中长期规划》，对慢性病综合防控作出了全面部署。 says what the document does, not
# what it asks of this place)
BARE_NEWS = re.compile(r"^" + _ISSUER + r"[^。，；]{0,40}?(?:印发|出台|发布|审议通过|作出(?:了)?[^，。；]{0,14}部署)[^，。；]*"
                       r"(?:，[^，。；]{0,16}对[^，。；]{2,30}作出了?[^，。；]{0,8}部署)?。$")


def join_news(para: list[str], now: str, works: str) -> None:
    """In place: a policy's news standing alone (党的二十届四中全会对“十五五”时期经济社会发展作出了全面部署。) is
    joined to what it means for this speech's work (``works``: 医改、公共卫生, the areas the speech takes up; ``now``:
    今年, or 下半年 at a half-year meeting).  Never dropped: the opening's landmark names the speech's period."""
    k = 0
    while k < len(para):
        sentence = para[k]
        m = BARE_NEWS.match(sentence)
        if not m:
            k += 1
            continue
        if "全会" in sentence or sentence.startswith("党的"):
            # the Party's plenum frames every area: the speech's own areas are to be planned by it
            what = f"{now}{works}等各项工作" if works else f"{now}的各项工作"
            para[k] = sentence[:-1] + f"，{what}都要按照全会的要求来谋划、来推进。"
        else:
            # a document of one field asks its field's work, not the speech's other areas (a 中医药 意见 said to
            # govern 公共卫生、基层卫生 in a 2020 draft): its tasks are taken apart and given to those who carry them
            para[k] = sentence[:-1] + f"，{now}要对照文件要求，把各项任务分解落实到具体单位。"
        k += 1
