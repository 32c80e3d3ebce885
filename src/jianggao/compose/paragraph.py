"""The shape of a worded paragraph, as a listener hears it: a subsection opens on its own act, not its heading's
words; spoken-style lines are rationed; a policy's news is joined to what it means for the work."""
from __future__ import annotations

import re

from ..model.patterns import ORDINAL_ITEM as _ORDINAL
from .needs import needs_of
from .picker import is_headline

# --- never a bare headline where a duty was ----------------------------------------------------------------------------

_FIGURE = re.compile(r"\d")


def bare_headline(sentence: str) -> bool:
    """A headline-short sentence in no one's voice and with no figure (推进医联体建设。, 要推进医联体建设。): a heading's
    words, fine as a paragraph's lead and nowhere else in a body."""
    return is_headline(sentence) and not _FIGURE.search(sentence)


def leaves_bare(before: str, after: str) -> bool:
    """Whether rewording ``before`` as ``after`` leaves a bare headline where a duty was (要纵深推进…集中整治。 without its
    adverb, 要推进医联体建设。 without its 要): the one test the passes that thin a sentence's words share (turns' adverbs,
    finish's modal openers; session 25's review found it guarded three ways)."""
    return bare_headline(after) and not bare_headline(before)

# --- a subsection's first sentence ----------------------------------------------------------------------------------

# 二是推进疾控体系改革。 / a level-2 heading's text: the item's words, once its verb is set aside
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
    # (约谈 said bare left its duty with no one to summon: 对进度落后的单位逐个督导，约谈。, fresh42 y3)
    ("约谈主要负责", re.compile(r"约谈主要负责(?:同志|人)"), "约谈相关负责人"),
    ("不撒手", re.compile(r"不见成效不撒手"), "务求见到成效"),
    ("不撒手", re.compile(r"不撒手|不松手"), "抓到底"),
    ("硬骨头", re.compile(r"要啃的硬骨头"), "要攻克的难点"),
    # (the word goes with its verb: 难啃的难点 and 敢于啃难点 were the plain word put into the set phrase, fresh29)
    ("硬骨头", re.compile(r"难啃的硬骨头"), "难题"),
    ("硬骨头", re.compile(r"啃硬骨头"), "攻坚克难"),
    ("硬骨头", re.compile(r"硬骨头"), "难点"),
    ("今年的重点来解决", re.compile(r"要?作为今年的重点来(?:解决|抓)"), "要列为今年的工作重点"),
    ("卡在哪里", re.compile(r"卡在哪(?=里|个环节)"), "难在哪"),
    ("缺什么补什么", re.compile(r"缺什么补什么|差什么补什么"), "补齐缺项"),
    ("盯住不放", re.compile(r"盯住不放|盯着不放|紧盯不放"), "抓紧抓实"),
    ("动歪脑筋", re.compile(r"动歪脑筋|打歪主意"), "违规谋利"),
    ("心中有数", re.compile(r"心中有数|心里有数"), "了解清楚"),
    ("一督到底", re.compile(r"一督到底"), "督促到位"),
    # plain talk staged in officialese (blind reading 51: 重点看…了没有, 光靠…一家不行, 说起来都很具体, 推广开来 — each
    # the only colloquial line in its paragraph, read as a generator's imitation of a leader off-script)
    ("重点看", re.compile(r"重点看各项任务完成了多少、质量怎么样"), "重点检查各项任务的完成进度和质量"),
    ("重点看", re.compile(r"重点看会上点到的问题解决了没有"), "重点考核会上点到的问题的解决情况"),
    ("重点看", re.compile(r"重点看各项措施在平时有没有落到位"), "重点检查各项措施的日常落实情况"),
    ("光靠一家", re.compile(r"光靠([^，。；]{1,14})一家不行"), "需要各方面共同努力"),
    ("说起来", re.compile(r"，说起来都很具体"), "都很具体"),
    # (a spoken word in a line spoken through is left spoken: 是不是方便了 said 是否方便了, 怎么样 said 如何, 说到底 said
    # 归根结底 or 推广开来 said 推广应用 made one line half formal, and a paired reader preferred the spoken line whole)
)
# How many spoken-style lines a speech keeps (each of a different shape): at most one, and only in a speech of
# SPOKEN_CHARS characters or more.  The corpus's real speeches say one in about 40,000 characters (bench/tells.py
# --structure, staged: 0.03 per 1,000); drafts that kept one to three a speech, each the only plain line in formal
# prose, were picked out by them (blind reading 51: 重点看…了没有, 光靠…一家不行, 说起来都很具体).
SPOKEN_PER_SPEECH = 1
SPOKEN_CHARS = 10000


def spoken_shape(sentence: str) -> str:
    """The first spoken-style shape a sentence holds ('' when none)."""
    return next((shape for shape, rx, _ in SPOKEN if rx.search(sentence)), "")


def ration_spoken(parts: list[list[list[str]]], keep: tuple[str, ...] = ()) -> dict[str, str]:
    """In place: a speech of SPOKEN_CHARS characters or more keeps its first SPOKEN_PER_SPEECH spoken-style lines, each
    of a different shape; the others are said plainly (一项一项往前推 → 逐项推进, 今年要下决心解决 → 今年要着力解决).
    ``keep`` (the brief's own words) are left as written, the words around them said plainly.  Returns each sentence
    changed, to its new words."""
    kept: set[str] = set()
    changed: dict[str, str] = {}
    chars = sum(len(x) for part in parts for para in part for x in para)
    most = SPOKEN_PER_SPEECH if chars >= SPOKEN_CHARS else 0
    for part in parts:
        for para in part:
            for k, sentence in enumerate(para):
                if not spoken_shape(sentence):
                    continue
                held = [c for c in keep if c and c in sentence]
                if held:
                    # the brief's words stay as written; a template's spoken words around them are said plainly
                    # (基础设施陈旧，说到底要靠持续的投入来改变: the problem is the secretary's, 说到底 ours)
                    para[k] = _around_held(sentence, held)
                    if para[k] != sentence:
                        changed[sentence] = para[k]
                    continue
                out = sentence
                # (the kept occurrence's end: a shape's later, looser pattern says only what follows it plainly —
                # 一项一项往前推 kept was said 逐项往前推 by the bare 一项一项 after it)
                here: dict[str, int] = {}
                for shape, rx, plain in SPOKEN:
                    if not rx.search(out):
                        continue
                    if shape in here:
                        out = out[:here[shape]] + rx.sub(plain, out[here[shape]:])
                    elif shape not in kept and len(kept) < most:
                        kept.add(shape)
                        # one occurrence kept; any other of the same shape in the sentence said plainly
                        m = rx.search(out)
                        assert m is not None
                        here[shape] = m.end()
                        out = out[:m.end()] + rx.sub(plain, out[m.end():])
                    else:
                        out = rx.sub(plain, out)
                if out != sentence:
                    changed[sentence] = out
                para[k] = out
    return changed


def _around_held(sentence: str, held: list[str]) -> str:
    """``sentence`` with its spoken-style words said plainly wherever they are not inside one of ``held``."""
    spans = sorted((m.start(), m.end()) for c in held for m in re.finditer(re.escape(c), sentence))
    out, at = [], 0
    for start, end in spans:
        if start < at:
            at = max(at, end)
            continue
        out.append(_plainly(sentence[at:start]))
        out.append(sentence[start:end])
        at = end
    out.append(_plainly(sentence[at:]))
    return "".join(out)


def _plainly(text: str) -> str:
    for _, rx, plain in SPOKEN:
        text = rx.sub(plain, text)
    return text


# --- a policy's news --------------------------------------------------------------------------------------------------

_ISSUER = (r"(?:党的[^，。]{2,12}(?:全会|大会|代表大会)|中共中央(?:办公厅)?(?:、国务院(?:办公厅)?)?|国务院(?:办公厅)?|"
           r"国家卫生(?:健康|计生)?委(?:员会)?|国家[^，。]{1,6}局)")
# who did what, a full stop, and nothing of what it means for the work
# (国务院办公厅印发《中国防治慢性病中长期规划》，对慢性病综合防控作出了全面部署。 says what the document does, not
# what it asks of this place)
# (…，明确了…的目标任务 and …，对…提出了明确要求 are the same news in other words: actor32 rewords the stock 作出了全面部署)
BARE_NEWS = re.compile(r"^(?:去年，)?" + _ISSUER + r"[^。，；]{0,40}?(?:印发|出台|发布|审议通过|作出(?:了)?[^，。；]{0,14}部署)[^，。；]*"
                       r"(?:，[^，。；]{0,16}对[^，。；]{2,30}作出了?[^，。；]{0,8}部署"
                       r"|，明确了[^，。；]{2,30}(?:目标和?任务|主要任务)"
                       r"|，[^，。；]{0,16}对[^，。；]{2,30}提出了(?:明确要求|新的任务))?。$")


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


# --- a list of measures said as a paragraph ----------------------------------------------------------------------------

# A sentence that takes up the one before it (同时…, 对此…, 这…): a paragraph holding one is developed, not listed.
_TAKES_UP = re.compile(r"^(?:这|此|其|该|上述|同时|此外|另外|也|还|并|而|但|从而|进而|对此|为此|总之|特别是|尤其|其中|在此基础上|"
                       r"首先|其次|再次|最后|一方面|另一方面|通过|按照|根据|针对|围绕|由于|因为|因此|只有|如果|凡)")
# A measure that goes on from the sentence before it with no doer of its own: a verb or a bare 要 at its head.
GOES_ON = re.compile(r"^(?:要(?!求)|(?:进一步|持续|不断|切实|着力|积极|全面|深入|认真|大力|扎实)?(?:推进|推动|开展|加强|落实|做好|"
                      r"抓好|提升|提高|改善|完善|健全|规范|优化|强化|扩大|推广|巩固|建立|建设|加大|改进|夯实|促进|普及|推行|"
                      r"畅通|督促|加快|组织|引导|实行|实施|落实|探索|严格|统筹|鼓励|支持|发挥|用好|抓实|做实|坚持))")
# The longest pair joined (characters, both sentences): a longer pair reads as two points.
_JOIN_MOST = 96
_LIST_LEAST = 3
# A join for every this many characters of the speech: the corpus says 1.7 ；a 1,000 characters, main's drafts 1.3,
# a join in every listed run 3.2 (bench/tells.py's paragraphs).
JOIN_CHARS = 2000
# How a listed run's last measure is taken up, in turn, and how many times a speech.  Not 此外: the corpus says
# 。此外， once in 89,000 characters, fresh38's drafts four times in 19,000, and blind38 named the 此外 line tacked on
# after a concrete core among its first tells.
_LIST_TURN = ("同时，",)
LIST_TURNS = 1


def _list_runs(para: list[str]) -> list[tuple[int, int]]:
    """The runs of ``para`` between its run-in items (二是…。): (first, end) of each item's body."""
    heads = [k for k, s in enumerate(para) if _ORDINAL.match(s)]
    bounds = [-1, *heads, len(para)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b - a - 1 > 0]


def develop_lists(parts: list[list[list[str]]], keep: tuple[str, ...] = ()) -> None:
    """In place: a run of three or more measures in a paragraph, none taking up the one before (接种…。冷链…。
    接种单位设置…。: the blind readers' one-topic-a-sentence checklist, reading 50), says two short neighbours as one
    sentence joined by ；, the second going on with no doer of its own (…，把候诊时间压下来；做好出院患者随访…) —
    real paragraphs run their measures on in long sentences (mean 54 characters against the drafts' 35: bench_blind).
    One pair a run of up to four, two in a longer one, one for every JOIN_CHARS characters of the speech (more and
    the ；is a tell of its own); nothing is dropped or reworded, the brief's words and figures
    stay sentences of their own.  A run still listed after it (three sentences or more) takes its last measure up with
    此外 or 同时, at most LIST_TURNS times a speech (the readers' 同时要 rhythm is a tell of its own)."""
    turns = 0
    joins = sum(len(x) for part in parts for para in part for x in para) // JOIN_CHARS
    for part in parts:
        for para in part:
            for first, end in reversed(_list_runs(para)):
                run = para[first:end]
                if len(run) < _LIST_LEAST or any(_TAKES_UP.match(s) or needs_of(s) for s in run[1:]):
                    continue
                for _ in range(min(joins, 1 if len(run) <= 4 else 2)):
                    # (not where the joined sentence would open as its new neighbour does: 公立医院…；坚持….
                    # 公立医院的… put two 公立医院 openers side by side, the readers' same-subject tell)
                    pairs = [(len(a) + len(b), k) for k, (a, b) in enumerate(zip(run, run[1:], strict=False))
                             if _joinable(a, b, keep) and not (k + 2 < len(run) and _opener(run[k + 2]) == _opener(a))
                             and not (k and _opener(run[k - 1]) == _opener(a))]
                    if not pairs:
                        break
                    _, k = min(pairs)
                    run[k:k + 2] = [run[k][:-1] + "；" + run[k + 1]]
                    joins -= 1
                last = run[-1]
                if len(run) >= _LIST_LEAST and turns < LIST_TURNS and GOES_ON.match(last) \
                        and not any(c and c in last for c in keep) and not any("同时" in x or "此外" in x for x in para) \
                        and not any("我们将" in x or "我们一定" in x for x in para):
                    # (not a pledge's 我们将… run: 同时，要… is an order in the unit's own promise, b27)
                    run[-1] = _LIST_TURN[turns % len(_LIST_TURN)] + (last if _told(last) else "要" + last)
                    turns += 1
                para[first:end] = run


def _told(sentence: str) -> bool:
    """Whether a measure already says its 要 in its first clause: at its head, or after a verb phrase that is
    its topic (提升患者体验要延伸到诊后 is told; 要 before it read 同时，要提升患者体验要延伸到诊后); or opens on a comment
    that takes none (推进分级诊疗的关键在基层，…: blind69's 同时，要推进分级诊疗的关键在基层)."""
    first = re.split(r"[，；：]", sentence, maxsplit=1)[0]
    return sentence.startswith("要") or bool(re.search(r"(?<![需主重紧只想])要(?![求点素害])|必须|应当", first)) \
        or bool(_COMMENT_CLAUSE.search(first))


# A first clause that comments on its topic (…的关键在基层, …重在平时, …在于…, …是…): no 要 goes before it.
_COMMENT_CLAUSE = re.compile(r"关键在|重点在|难点在|根本在|在于|重在|贵在|[^于]是[^否]|离不开|取决于")


def _opener(sentence: str) -> str:
    """The word a sentence opens on, a bare 要 or 进一步 set aside (加强…, 公立…)."""
    return re.sub(r"^(?:要|进一步|还要|也要)", "", sentence)[:2]


# A body told its duty (财政部门要…, 救治中心要…): a measure run on after it would read as that body's.
_DOER = re.compile(r"(?:部门|局|委|办|中心|医院|卫生院|院|所|站|机构|单位|政府|办事处|社区|村委会|乡镇|街道|科室|团队|协会|"
                   r"医共体|医联体|集团|家庭医生|村医|医生)(?:都)?(?:要|将|必须|负责)")


def _joinable(a: str, b: str, keep: tuple[str, ...]) -> bool:
    """Whether ``b`` may run on from ``a`` after a ；: ``b`` names no doer of its own and ``a`` tells none its duty
    (计划生育协会要…；推进流动人口…均等化 gave the association the county's work)."""
    return (a.endswith("。") and b.endswith("。") and "；" not in a + b and len(a) + len(b) <= _JOIN_MOST
            and bool(GOES_ON.match(b)) and not _DOER.search(a) and not _ORDINAL.match(a) and not a.endswith("：")
            and not any(ch.isdigit() for ch in a + b) and not any(c and (c in a or c in b) for c in keep))


# --- one item standing for the list ----------------------------------------------------------------------------------

# One named task and 等 standing for the rest (紧密型县域医共体建设等任务: blind reading 51's placeholder compression):
# the clause's run before 等, when it names no list (no 、 和 与 及).
_LONE_ETC = re.compile(r"([^，。；：、“”]{2,40}?)等(重点)?任务")
_LAGGING = re.compile(r"(?:中)?(?:推进滞后|推进不力|进度滞后|推进中遇到|工作不实|进度落后)")
_TOPIC_LEAD = re.compile(r"^(?:对|在|凡是)")


def lone_etc_named(parts: list[list[list[str]]]) -> None:
    """In place: a task named alone before 等任务 says the others as others (…建设和其他各项任务, …和其他重点任务), not
    as a list cut to one name; a list (A、B等任务) is left as it is."""
    def said(m: re.Match[str]) -> str:
        if re.search(r"[和与及]", m.group(1)) or m.string[m.start() - 1:m.start()] == "、":
            return m.group(0)
        # (where the tasks are the subject of a lag, the one named is no more behind than the others: 全面推开公立医院
        # 综合改革和其他各项工作推进滞后的 read as singling it out, sec47 in four drafts; all of them are said)
        if _LAGGING.match(m.string, m.end()):
            lead = _TOPIC_LEAD.match(m.group(1))
            return (lead.group(0) if lead else "") + ("各项重点任务" if m.group(2) else "各项任务")
        return m.group(1) + ("和其他重点任务" if m.group(2) else "和其他各项任务")

    for part in parts:
        for para in part:
            para[:] = [_LONE_ETC.sub(said, s) for s in para]


# --- 一是 with no 二是 ---------------------------------------------------------------------------------------------------


def lone_firsts_unnumbered(part: list[list[str]], starts: list[bool]) -> None:
    """In place: an item numbered 一是 with no 二是 after it before the next subsection (``starts``: which paragraphs
    open one) is said without its number (一是医改工作扎实推进。 alone in a half-year review: blind readers' tell)."""
    for j, para in enumerate(part):
        for k, s in enumerate(para):
            if not s.startswith("一是") or "二是" in s:
                continue
            rest = "".join(para[k + 1:])
            i = j + 1
            while i < len(part) and not starts[i]:
                rest += "".join(part[i])
                i += 1
            if "二是" not in rest and len(s) > 4:
                para[k] = s[2:]
