"""Detectors of the speech-quality bench: pure functions over a draft's text, shared by bench_quality and blind_mix.

Nothing here imports jianggao, so the bench measures any version of the tool through its CLI output alone.
Era, level, particulars, logic and claims are in quality_fit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

# --- reading a draft -----------------------------------------------------------------------------------------------

_CN_NUM = "一二三四五六七八九十"
HEADING = re.compile(rf"^(?:[{_CN_NUM}]{{1,3}}、|（[{_CN_NUM}]{{1,3}}）|\d{{1,2}}[.．](?!\d)|（\d{{1,2}}）)")
_TERMINAL = "。！？!?"
_CLOSERS = "”’）」』》"
_SALUTATION = re.compile(r"^(?:尊敬的.{0,40})?(?:各位.{0,12})?同志们[：:]$|^尊敬的.{1,60}[：:]$")


@dataclass
class Paragraph:
    """One body paragraph of a draft; ``heading`` for a numbered or short unpunctuated title line."""

    text: str
    heading: bool = False


@dataclass
class Draft:
    """A rendered draft read back from its .txt: title lines and body paragraphs (salutation excluded)."""

    title: str
    front: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body text, one paragraph a line."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def prose(self) -> list[Paragraph]:
        """Body paragraphs that are not headings."""
        return [p for p in self.paragraphs if not p.heading]


def brief_words(brief) -> list[str]:
    """The brief's own statements (problems, items, facts): a bench judges our wording around them, not them."""
    out = [*(brief.problems or [])]
    for p in brief.priorities:
        out += list(p.items)
    for a in brief.achievements:
        out += list(a.facts)
    return [w for w in out if w]


def is_heading(text: str) -> bool:
    """A title line: numbered without a full sentence in it, or short and unpunctuated."""
    if any(c in text for c in _TERMINAL):
        return False
    if HEADING.match(text):
        return True
    return len(text) <= 25 and not text.endswith(("，", "；", "：", "、"))


def parse_draft(text: str) -> Draft:
    """Split a jianggao .txt draft: front matter up to the first blank line (or salutation), then the body."""
    lines = [ln.strip().strip("\u3000").strip() for ln in text.splitlines()]
    title = lines[0] if lines else ""
    body_start = None
    for i, ln in enumerate(lines):
        if _SALUTATION.match(ln):
            body_start = i + 1
            break
    if body_start is None:
        body_start = next((i + 1 for i, ln in enumerate(lines) if not ln and i > 0), 1)
    front = [ln for ln in lines[:body_start] if ln]
    paras = [Paragraph(ln, is_heading(ln)) for ln in lines[body_start:] if ln]
    return Draft(title=title, front=front, paragraphs=paras)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, ending at 。！？ (with any closing quote or bracket kept)."""
    out, start, i = [], 0, 0
    while i < len(text):
        if text[i] in _TERMINAL:
            j = i + 1
            while j < len(text) and (text[j] in _CLOSERS or text[j] in _TERMINAL):
                j += 1
            out.append(text[start:j].strip())
            start = i = j
            continue
        i += 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return [s for s in out if s]


def sentences(draft: Draft) -> list[str]:
    """Every sentence of the draft's prose paragraphs."""
    return [s for p in draft.prose for s in split_sentences(p.text)]


def body_chars(draft: Draft) -> int:
    """Body length as jianggao counts it: every non-space character of the body paragraphs."""
    return sum(len(re.sub(r"\s", "", p.text)) for p in draft.paragraphs)


# --- openers --------------------------------------------------------------------------------------------------------

_ENUM = re.compile(rf"^(?:（[{_CN_NUM}\d]{{1,3}}）|[{_CN_NUM}]{{1,3}}、|\d{{1,2}}[.．、]|[{_CN_NUM}]是[，,：:]?|"
                   rf"第[{_CN_NUM}]{{1,3}}[，,、]|首先[，,]|其次[，,]|再次[，,]|最后[，,])")
_NOT_MODAL = ("要素", "要求", "要闻", "要害", "要点", "要件", "要务", "要津", "要塞")


def strip_enumerator(sentence: str) -> str:
    """The sentence without its leading enumerators (（一） 一是 首先，…)."""
    prev = None
    while prev != sentence:
        prev, sentence = sentence, _ENUM.sub("", sentence, count=1).lstrip()
    return sentence


def opener(sentence: str) -> str | None:
    """'要着力' '必须要' '要' or '必须' when the sentence (past its enumerators) opens on that modal, else None."""
    s = strip_enumerator(sentence)
    if s.startswith(_NOT_MODAL):
        return None
    for word in ("要着力", "必须要", "必须", "要"):
        if s.startswith(word):
            return word
    return None


# --- dangling and cut-off sentences -------------------------------------------------------------------------------

# Words that point back: wrong wherever nothing comes before them (a section's first sentence).
_BACK_WEAK = ("这些", "这一", "这种", "这样", "这是", "这就", "这也", "这些年", "此项", "此类", "由此", "据此", "基于此",
              "在此基础上", "鉴于此", "上述", "以上", "前述", "其中", "对此", "为此")
# Connectives that continue an argument: wrong at a section start; at another paragraph start only "soft".
_BACK_STRONG = ("同时", "与此同时", "此外", "另外", "也", "对此", "为此", "因此", "所以", "但是", "但", "然而", "而且",
                "并且", "并", "而", "不过", "因而", "从而", "进而", "还要", "更要", "再者", "加之", "况且")
# A paragraph that opens on a predicate has lost its subject.
_PREDICATE = ("离不开", "得益于", "取决于", "归功于", "源于", "在于", "体现在", "表现在", "主要表现在", "主要体现在",
              "具体来说", "具体而言", "也就是说", "换句话说", "其次", "再次", "另一方面", "以及", "乃至", "尤其是",
              "特别是", "比如", "例如", "譬如", "是我们", "是全", "就是", "都是", "都要", "均要")
# Deixis that points at the meeting or the speaker's moment, not at an earlier sentence.
_DEICTIC_OK = ("这次", "此次", "这里", "这个会", "这一年", "此时", "这几年")


@dataclass
class Finding:
    """One detected defect: its kind, the sentence quoted, and what was matched."""

    kind: str
    text: str
    term: str = ""

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "term": self.term}


def _starts(s: str, words: tuple[str, ...]) -> str | None:
    s = s.lstrip("“（(")
    hits = [w for w in words if s.startswith(w)]
    if not hits:
        return None
    w = max(hits, key=len)
    if w == "也" and s.startswith(("也许", "也就是说")):
        return "也就是说" if s.startswith("也就是说") else None
    if w == "并" and s.startswith(("并非", "并不", "并没")):
        return None
    if w == "而" and s.startswith(("而言", "而今")):
        return None
    if w == "但" and s.startswith("但凡"):
        return None
    return w


def _lead(paragraph: str) -> tuple[str, bool]:
    """The paragraph's first real sentence, and whether an inline heading (（一）强化领导。) stood before it."""
    sents = split_sentences(paragraph)
    if len(sents) > 1 and HEADING.match(sents[0]) or len(sents) > 1 and re.match(rf"^[{_CN_NUM}]是", sents[0]) \
            and len(sents[0]) <= 30:
        return sents[1], True
    return (sents[0] if sents else ""), False


def dangling(draft: Draft) -> tuple[list[Finding], list[Finding]]:
    """(hard, soft) dangling findings.

    hard: a section's first sentence pointing back or continuing (这些/同时/此外…), a paragraph opening on a
    predicate (离不开…), 一方面 without 另一方面 in its paragraph, 首先 without 其次/再次/最后 in its section, and
    cut-off text (unclosed paragraph, unbalanced quotes or brackets, 。 after a comma). soft: a connective at the
    start of a paragraph that has paragraphs before it in its section (often fine in real speeches; compared
    against the corpus's own rate).
    """
    hard: list[Finding] = []
    soft: list[Finding] = []
    paras = draft.paragraphs
    for i, p in enumerate(paras):
        if p.heading:
            continue
        section_start = i == 0 or paras[i - 1].heading
        lead, inline_head = _lead(p.text)
        section_start = section_start or inline_head
        if any(lead.startswith(d) for d in _DEICTIC_OK):
            pass
        elif (w := _starts(lead, _PREDICATE)):
            hard.append(Finding("predicate-start", lead, w))
        elif section_start and (w := _starts(lead, _BACK_WEAK + _BACK_STRONG)):
            hard.append(Finding("section-start-backref", lead, w))
        elif (w := _starts(lead, _BACK_STRONG + _BACK_WEAK)):
            soft.append(Finding("paragraph-start-connective", lead, w))
        # (哪一方面/每一方面/任何一方面 open no pair: len26's 医改 points, …哪一方面跟不上，都会影响改革的整体效果)
        if re.search(r"(?<![哪每另何])一方面", p.text) and "另一方面" not in p.text:
            hard.append(Finding("一方面-without-另一方面", _sentence_with(p.text, "一方面"), "一方面"))
        if re.search(r"(?:^|[。！？；，])首先[，,]", p.text):
            j, section = i, []
            while j < len(paras) and not paras[j].heading:
                section.append(paras[j].text)
                j += 1
            if not re.search(r"其次|再次|然后|最后|第二|二是", "".join(section).split("首先", 1)[1]):
                hard.append(Finding("首先-without-其次", _sentence_with(p.text, "首先"), "首先"))
        hard.extend(cut_off(p.text))
    return hard, soft


def _sentence_with(paragraph: str, word: str) -> str:
    return next((s for s in split_sentences(paragraph) if word in s), paragraph[:60])


def cut_off(paragraph: str) -> list[Finding]:
    """Cut-off text in one prose paragraph: no closing mark, unbalanced quotes or brackets, ，。"""
    found = []
    if paragraph and paragraph[-1] not in _TERMINAL + _CLOSERS + "：:；…":
        found.append(Finding("cut-off", paragraph[-60:], "unclosed paragraph"))
    for s in split_sentences(paragraph):
        if s.count("“") != s.count("”"):
            found.append(Finding("cut-off", s, "unbalanced quotes"))
        elif s.count("（") + s.count("(") != s.count("）") + s.count(")"):
            found.append(Finding("cut-off", s, "unbalanced brackets"))
        elif re.search(r"[，、；：][。！？]", s):
            found.append(Finding("cut-off", s, "punctuation before 。"))
    return found


# --- near-duplicate sentences ---------------------------------------------------------------------------------------

def bigrams(s: str) -> set[str]:
    """Character bigrams of the sentence's Chinese text and digits (punctuation dropped)."""
    t = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", s)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def near_duplicates(sents: list[str], threshold: float = 0.6, min_len: int = 12) -> list[tuple[str, str, float]]:
    """Pairs of sentences of one speech whose character-bigram Jaccard is at least ``threshold``."""
    grams = [(s, bigrams(s)) for s in sents if len(strip_enumerator(s)) >= min_len]
    pairs = []
    for (a, ga), (b, gb) in combinations(grams, 2):
        if not ga or not gb:
            continue
        small, large = sorted((len(ga), len(gb)))
        if small / large < threshold:
            continue
        j = len(ga & gb) / len(ga | gb)
        if j >= threshold:
            pairs.append((a, b, round(j, 2)))
    return pairs


# --- numbers --------------------------------------------------------------------------------------------------------

_DATE_PART = re.compile(r"\d{4}年|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def count_numbers(text: str) -> int:
    """Arabic numbers in ``text``, years and dates aside."""
    return len(_NUMBER.findall(_DATE_PART.sub("", text)))


def numbers_per_1000(text: str) -> float:
    """Arabic numbers (years and dates aside) per 1,000 non-space characters."""
    chars = len(re.sub(r"\s", "", text))
    return round(1000 * count_numbers(text) / chars, 2) if chars else 0.0


def sentence_at(text: str, pos: int) -> str:
    """The sentence (or line) of ``text`` around position ``pos``."""
    start = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    ends = [e for e in (text.find(c, pos) for c in "。！？\n") if e != -1]
    return text[start:(min(ends) + 1 if ends else len(text))].strip()


# --- shared sentences -------------------------------------------------------------------------------------------

def normalise_sentence(s: str, names: list[str]) -> str:
    """A sentence with the brief's place names, scope and level words and years made neutral, for comparing
    drafts of different places: 全县 and 全区, 县委 and 区委, 临江 and 石门 read the same."""
    for n in sorted((n for n in names if n), key=len, reverse=True):
        s = s.replace(n, "Ⓡ")
    s = re.sub(r"\d{4}年", "Ⓨ年", s)
    s = re.sub(r"各(?:乡镇|镇街|街道|镇|乡|县区|县（市、区）|县市区|区县|社区)", "各Ⓛ", s)
    s = re.sub(r"(全|本|我)(?:县|区|市|旗|镇|乡|街道)", r"\1Ⓛ", s)
    s = re.sub(r"(?:县|区|市|旗|镇|乡|街道)(委|政府|党委|党工委|办事处|卫生健康局|卫健局|卫生计生局|卫生局|卫生健康委|级|"
               r"疾控中心|疾病预防控制中心|人民医院|中医院|中医医院|妇幼保健院|妇幼保健计划生育服务中心|医保局|"
               r"卫生监督所|卫生院|爱卫会|爱卫办|医共体|医疗集团)", r"Ⓛ\1", s)
    return re.sub("Ⓛ+", "Ⓛ", s)


def shared_share(a: list[str], b: list[str], min_len: int = 8) -> float:
    """The share of the shorter draft's sentences found verbatim in the other (sentences of 8+ characters)."""
    sa = [s for s in a if len(s) >= min_len]
    sb = [s for s in b if len(s) >= min_len]
    if not sa or not sb:
        return 0.0
    set_a, set_b = set(sa), set(sb)
    if len(sa) <= len(sb):
        return sum(1 for s in sa if s in set_b) / len(sa)
    return sum(1 for s in sb if s in set_a) / len(sb)


def shared_with_any(drafts: dict[str, list[str]], min_len: int = 8) -> dict[str, float]:
    """For each draft (id → normalised sentences), the share of its sentences (8+ characters) found verbatim in
    ANY other draft: the readers' measure (a leader who gets next year's draft recognises last year's lines)."""
    where: dict[str, set[str]] = {}
    for did, sents in drafts.items():
        for s in sents:
            if len(s) >= min_len:
                where.setdefault(s, set()).add(did)
    out = {}
    for did, sents in drafts.items():
        long = [s for s in sents if len(s) >= min_len]
        out[did] = round(sum(1 for s in long if len(where[s]) > 1) / len(long), 3) if long else 0.0
    return out


def recurring(drafts: dict[str, list[str]], least: int = 3, min_len: int = 8) -> list[tuple[str, list[str]]]:
    """Sentences found verbatim in at least ``least`` drafts, most widespread first: (sentence, draft ids)."""
    where: dict[str, set[str]] = {}
    for did, sents in drafts.items():
        for s in sents:
            if len(s) >= min_len:
                where.setdefault(s, set()).add(did)
    hits = [(s, sorted(ids)) for s, ids in where.items() if len(ids) >= least]
    return sorted(hits, key=lambda h: (-len(h[1]), h[0]))


# --- one idea once (issue 13): a brief item's name said again, a measure said in two sentences ----------------------

# The verbs a brief item opens on (深化紧密型县域医共体建设 → 紧密型县域医共体建设): what is left names the work, and that is
# what a speech says again when it lists the year's tasks in its opening, safeguards and close.
_ITEM_VERB = re.compile(r"^(?:持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|集中力量)?(?:加强|推进|推动|做好|做实|"
                        r"抓好|提升|提高|深化|开展|落实|完善|健全|强化|保障|巩固|夯实|改善|发展|实施|加快|抓实|守护|维护)")
# A speech may name an item where it is deployed and once more (the opening's list, or a back-reference).
NAME_SAYS = 2


def item_name(item: str) -> str:
    """The words a brief item's work is named by: the item without its opening verb (the item itself where the rest
    would be too short to name anything)."""
    rest = _ITEM_VERB.sub("", item.strip())
    return rest if len(rest) >= 4 else item.strip()


def item_mentions(body: str, items: list[str], facts: list[str] = ()) -> dict[str, int]:
    """In how many places (paragraphs) of ``body`` each brief item's name (item_name) is said: its deployment (the
    numbered item, its sentences on it) is one place, the opening's list, the safeguards' ledger and the close are one
    each.  The brief's achievement facts aside (紧密型县域医共体建设通过省级评估 is last year's result, not the task
    named again); an item whose name holds another's counts only its own."""
    lines = [re.sub(r"\s", "", line) for line in body.splitlines()]
    for f in sorted(facts, key=len, reverse=True):
        if f:
            lines = [line.replace(re.sub(r"\s", "", f), "〇") for line in lines]
    names = sorted({item_name(i) for i in items if item_name(i)}, key=len, reverse=True)
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = sum(1 for line in lines if n in line)
        lines = [line.replace(n, "〇") for line in lines]     # a longer name said is not a shorter one said too
    return {item: counts.get(item_name(item), 0) for item in items}


def names_over(body: str, items: list[str], facts: list[str] = (), most: int = NAME_SAYS) -> dict[str, int]:
    """The items (item_mentions) said more than ``most`` times."""
    return {i: n for i, n in item_mentions(body, items, facts).items() if n > most}


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def same_measure(sents: list[str], run: int = 10, brief: list[str] = ()) -> list[tuple[str, str, str]]:
    """Pairs of sentences of one speech that share a run of ``run`` Chinese characters (a measure said twice in other
    surroundings: 医共体内人员、财务、药品统一管理 in two subsections), the brief's own words (its items, problems,
    metric names) aside, which a speech rightly says where each belongs.  Each pair with the first run found."""
    own = sorted((re.sub(r"\s", "", b) for b in brief if b), key=len, reverse=True)

    def grams(s: str) -> dict[str, None]:
        t = s
        for b in own:
            t = t.replace(b, "，")
        out: dict[str, None] = {}
        for h in _HAN_RUN.findall(t.replace("、", "")):     # a list is one run (人员、财务、药品)
            for i in range(len(h) - run + 1):
                out.setdefault(h[i:i + run])
        return out

    seen: dict[str, int] = {}
    pairs: list[tuple[str, str, str]] = []
    done: set[tuple[int, int]] = set()
    body = [strip_enumerator(s) for s in sents]
    for k, s in enumerate(body):
        for g in grams(s):
            j = seen.get(g)
            if j is None:
                seen[g] = k
            elif j != k and (j, k) not in done:
                done.add((j, k))
                pairs.append((sents[j], sents[k], g))
    return pairs


# --- the tool's own tics (reading 44: a prefix stuck on, runs of one opening, a word said over and over) -----------

# The weight a sentence is given at its head (要着力…, 要切实…, 要进一步…, 集中力量…).  Real speeches say each once or
# twice in a speech, before a bare verb phrase that takes it (要着力解决…, 要切实加强…).
PREFIXES = ("要着力", "要切实", "要进一步", "集中力量", "要集中力量")
# What a prefix sits wrongly before: a verb that already carries the push (推进, 推动, 会同…), a preposition or a
# causative (为, 对, 把, 让); and 集中力量, campaign wording, before routine upkeep (规范…管理, 完善…政策).
_PREFIX_MISFIT = re.compile(r"^(?:(?:要着力|要切实|要进一步|要集中力量|集中力量)(?:推进|推动|推行|会同|协同|配合|联合|为|向|对|"
                            r"把|在|按|按照|让|使|将|以)|(?:要)?集中力量(?:规范|完善|落实|做好|加强|保持|提高|提升))")
PREFIX_PER_SPEECH = 2


def prefix_findings(sents: list[str]) -> tuple[list[str], dict[str, int]]:
    """The sentences whose head prefix sits before a verb that does not take it, and how often each prefix opens a
    sentence (past its enumerators): above PREFIX_PER_SPEECH is the tic."""
    misfit, counts = [], {}
    for s in sents:
        t = strip_enumerator(s)
        for p in PREFIXES:
            if t.startswith(p):
                key = p.removeprefix("要") if p == "要集中力量" else p
                counts[key] = counts.get(key, 0) + 1
                if _PREFIX_MISFIT.match(t):
                    misfit.append(s)
                break
    return misfit, counts


def prefix_over(counts: dict[str, int], most: int = PREFIX_PER_SPEECH) -> int:
    """How many sentences open on a prefix past ``most`` of its kind in one speech."""
    return sum(max(0, n - most) for n in counts.values())


# The first word of a sentence, past its enumerators and its modal: the time (下半年，), the actor (各单位…), the verb
# (加强…).  Two characters stand for the word (加强, 下半, 各单), and a sentence opening on a connective has none.
_NO_WORD = re.compile(r"^(?:要|必须|还要|也要|都要|同时|此外|另外|并|而且)")


def first_word(sentence: str) -> str:
    t = strip_enumerator(sentence)
    t = re.sub(r"^(?:要|必须|还要|也要)(?![求素害点])", "", t)
    han = re.match(r"[\u4e00-\u9fff]{2}", t)
    return han.group(0) if han else ""


def opening_runs(paragraphs: list[str], least: int = 3) -> list[tuple[str, int, str]]:
    """Runs of ``least`` or more sentences in a row (within a stretch of prose; a heading ends it) opening on the same
    word: (the word, the run's length, its first sentence).  加强…。加强…。加强… is the tic readers marked."""
    runs: list[tuple[str, int, str]] = []
    for para in paragraphs:
        word, n, first = "", 0, ""
        for s in split_sentences(para):
            w = first_word(s)
            if w and w == word:
                n += 1
            else:
                if n >= least:
                    runs.append((word, n, first))
                word, n, first = w, 1, s
        if n >= least:
            runs.append((word, n, first))
    return runs


# The words a leader's weight and bookkeeping are said in (verbs of pushing, their adverbs, time and follow-up): said
# three times in one short paragraph, the listener hears the word, not the point (reading 44: 规范 five times in three
# sentences, 标准 three times, 下半年 opening three sentences, 抓落实 four times in a pledge).  A paragraph's subject
# (公立医院, 人才, 产科) said three times is its subject, not a tic: those are not counted.
TIC_WORDS = ("落实", "加强", "推进", "推动", "提升", "提高", "完善", "健全", "强化", "规范", "标准", "做好", "抓好", "确保",
             "持续", "不断", "扎实", "切实", "着力", "进一步", "深入", "全面", "下半年", "今年", "会后", "年底", "行动", "关键",
             "重点", "责任", "督查", "要求", "抓实", "到位", "实效", "成效", "力度")


def word_thrice(paragraph: str, longest: int = 200, least: int = 3) -> list[tuple[str, int]]:
    """TIC_WORDS said ``least`` times or more in one short paragraph (at most ``longest`` characters), a heading the
    paragraph opens on (一是加强…。) aside."""
    t = re.sub(r"\s", "", paragraph)
    if len(t) > longest:
        return []
    t = re.sub(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）)[^。]{0,30}。", "", t)
    out = []
    for w in TIC_WORDS:
        n = t.count(w)
        if n >= least:
            out.append((w, n))
    return out
