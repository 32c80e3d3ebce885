"""Candidate extraction: the sentences, clauses, headings and four-character runs of a labelled speech."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..model.bank import RUN_ROLE
from . import cues
from .dedupe import Candidate
from .generalize import generalize
from .model import Heading, Paragraph, Speech
from .needs import dangles, needs
from .topicscan import classify

ENUM_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|首先[，,]|其次[，,]|再次[，,]|最后[，,]|此外[，,]|"
                     r"同时[，,]|另外[，,]|另一方面[，,]|一方面[，,]|特别是|尤其是|因此[，,]|所以[，,]|对此[，,]|当前[，,]|目前[，,]|"
                     r"今年[，,]|总之[，,])\s*")
ENUM_YAO_RE = re.compile(r"^[一二三四五六七八九十]+(要|必须)")
# A numbered label of a few words opening a paragraph's point (第四，提升卫生形象刻不容缓。 then the point itself): it says
# nothing without what follows, so it is never a statement of the times (session 13: it stood alone as a paragraph).
LABEL_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+、)")
LABEL_MAX = 14
RUN_RE = re.compile(r"(?:(?<=[，。、：；“！\s])|^)"
                    r"([\u4e00-\u9fff]{4}(?:[、，][\u4e00-\u9fff]{4}){2,})(?=[，。、；！：”]|$)")
NOUNISH = re.compile(r"(卫生|健康|服务|管理|工作|医院|机构|检验|安全|建设|体系|制度|人员|人口|保健|质量|"
                     r"水平|能力|资源|防控|疾病|医疗|项目|设施|环境|行业|市场|单位|部门|群众|社区|乡镇|工程|政策|措施|机制|形势|问题|矛盾)$")
TOPIC_WORK_RE = re.compile(r"(卫生计生|卫生健康|爱国卫生|卫生监督|卫生)(?=工作|事业)")
CLAUSE_MIN, CLAUSE_MAX = 8, 70
SENTENCE_MAX = 120
RUN_MAX, RUN_CHARS = 4, 220
# Where a run reads as a passage a secretary can reuse (openings and headings are single statements).
RUN_CATEGORIES = frozenset(("transition", "achievement", "problem", "situation", "task", "safeguard", "closing",
                            "pledge"))


HALF_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"})
# A clause that cannot stand alone: it opens with a preposition or conjunction waiting for its main verb …
DANGLING_START = re.compile(r"^(在|随着|对|对于|为|为了|从|当|虽然|尽管|如果|由于|通过|按照|根据|针对|结合|待|把|将|使|和|与|及|"
                            r"以及|或|即|就是|等|凡|经过|依托|借助|基于|面对|关于|像|比如|如)")
# … or ends on an adverbial (…的工作中 / …的领导下 / …的基础上) or an object-less verb.
DANGLING_END = re.compile(r"(中|下|时|后|前|的|里|来看|看|方面|之际|以来|基础上|过程中|同时|面前|期间|(?<![作行])为|"
                          r"是|在|对|把|将|和|与|及|等|看到|意识到|认识到|表现在|在于|包括|指出|强调|提出|要求|如)[。！]?$")
LEAD_CONJ = re.compile(r"^(但是|但|而且|而|并且|并|同时|也|还|又|因此|所以|从而|进而|那么|另外|此外|总之|当然|可以说|"
                       r"应当看到|要看到)[，,]?")


def _cut_head(rx: re.Pattern[str], text: str) -> str:
    """``text`` without what the ^-anchored ``rx`` matches at its start (``sub`` would scan every position)."""
    m = rx.match(text)
    return text[m.end():] if m else text


@lru_cache(maxsize=16384)
def tidy(text: str) -> str:
    """A sentence or clause as a bank entry: enumerators stripped (一是/二要/第一，), one closing 。."""
    t = text.strip().translate(HALF_TO_FULL).lstrip("，、；：。 ")
    m = ENUM_YAO_RE.match(t)
    if m:
        t = m.group(1) + t[m.end():]
    for _ in range(2):
        t = _cut_head(LEAD_CONJ, _cut_head(ENUM_RE, t))
    t = t.strip("，、；： ")
    if t.endswith(("：", ":")):
        t = t[:-1]
    t = re.sub(r"([。！？])[。！？]+$", r"\1", t)
    if t and t[-1] not in "。！？”":
        t = t.rstrip("，；、") + "。"
    return t


def standalone(piece: str) -> bool:
    """Whether a clause window reads as a sentence of its own."""
    core = piece.rstrip("。！？")
    return len(core) >= CLAUSE_MIN and not DANGLING_END.search(core) and not (
        DANGLING_START.match(core) and not re.search(r"[，；]", core))


def windows(sentence: str, ok) -> list[str]:
    """Maximal runs of consecutive clauses for which ``ok(clause)`` holds, each cut to read on its own.

    A sentence that names a particular (我区人民医院…) often still carries a general run
    (…要进一步完善管理机制，提高服务质量): keep that run, not single broken clauses.
    """
    parts = re.split(r"(?<=[，；：,;:])", sentence.rstrip("。！？!?"))
    runs: list[list[str]] = [[]]
    for part in parts:
        if part.strip() and ok(part.rstrip("，；：,;:")):
            runs[-1].append(part)
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        while run and not standalone(_cut_head(LEAD_CONJ, run[-1].rstrip("，；：,;:"))):
            run = run[:-1]
        if not run:
            continue
        text = _cut_head(LEAD_CONJ, "".join(run).rstrip("，；：,;:"))
        if len(text) > SENTENCE_MAX:
            # too long to drop into a speech whole: fall back to its ；-separated statements
            for statement in re.split(r"(?<=；)", text):
                statement = statement.rstrip("；")
                if len(statement) > SENTENCE_MAX:
                    out.extend(_chunks(statement))
                elif CLAUSE_MIN <= len(statement) and standalone(statement):
                    out.append(statement)
        elif standalone(text):
            out.append(text)
    return out


def _chunks(statement: str, limit: int = 80) -> list[str]:
    """Pieces of a long comma-run, each starting at a clause that opens with a verb of doing
    (要… / 加强… / 推进…) and ending where the next one begins or the limit is reached."""
    clauses_ = [c for c in re.split(r"(?<=，)", statement) if c]
    starts = [i for i, c in enumerate(clauses_) if cues.TASK_START.search(c)]
    out = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(clauses_)
        piece = ""
        for c in clauses_[i:end]:
            if len(piece) + len(c) > limit:
                break
            piece += c
        piece = piece.rstrip("，")
        if CLAUSE_MIN <= len(piece) and standalone(piece):
            out.append(piece)
    return out


def _kinds(text: str, category: str) -> set[str]:
    """Kinds an entry is limited to; empty means any kind of speech may use it."""
    if category == "pledge":
        return {"pledge"}
    if category == "address":
        return {"address"}
    if re.search(r"半年", text):
        return {"midyear_review"}
    return set()


def _topics(text: str) -> list[str]:
    return classify(text)[:2] or ["general"]


class _Emitter:
    """Generalizes and collects candidates of one speech, and remembers each paragraph's whole sentences
    so that runs of them can be kept together."""

    def __init__(self, speech: Speech):
        self.speech = speech
        self.out: list[Candidate] = []
        self.title = speech.title or Path(speech.doc).stem
        self.index = -1                       # the sentence of the paragraph being mined
        # (sentence index, category, role, generalized text, line, dangles) of the paragraph's whole sentences
        self.log: list[tuple[int, str, str, str, int, bool]] = []
        self.para_start = 0                   # where the paragraph being mined begins in ``out``

    def add(self, text: str, category: str, role: str, line: int, *, context: str = "", review: bool = False,
            topics: list[str] | None = None) -> bool:
        general = generalize(text, role_context=context, review=review)
        if not general or len(general) < 4:
            return False
        self.out.append(Candidate(general, category, role, topics or _topics(general),
                                  _kinds(general, category), [(self.speech.doc, line, self.title)],
                                  needs=needs(general)))
        return True

    def add_sentence(self, sentence: str, category: str, role: str, line: int, clause_test=None, **kw) -> None:
        """The whole sentence if short and general, else its general clauses that pass ``clause_test``.

        A sentence that cannot stand alone (这就要求…, 离不开…, 一方面… without 另一方面) is no entry of its
        own; it may still be part of a run with what it points back to.
        """
        whole = tidy(sentence)
        ctx, review = kw.get("context", ""), kw.get("review", False)
        if len(whole) <= SENTENCE_MAX:
            general = generalize(whole, role_context=ctx, review=review)
            if general and len(general) >= 4:
                dangling = dangles(general, category, role)
                self.log.append((self.index, category, role, general, line, dangling))
                if dangling:
                    return
                if self.add(whole, category, role, line, **kw):
                    return
        for piece in windows(sentence, lambda c: generalize(c, role_context=ctx, review=review) is not None):
            piece = tidy(piece)
            if piece != whole and (clause_test is None or clause_test(piece)) and not dangles(piece, category, role):
                self.add(piece, category, role, line, **kw)

    def runs(self) -> None:
        """Runs of two to four consecutive whole sentences of the paragraph just mined, same category, the
        first standing on its own: kept together as one entry (role ``run``)."""
        log, self.log = self.log, []
        self._successors(log)
        start = 0
        while start < len(log):
            index, category, _, text, line, dangling = log[start]
            chain = [log[start]]
            for entry in log[start + 1:]:
                if entry[0] != chain[-1][0] + 1 or entry[1] != category or len(chain) == RUN_MAX:
                    break
                if sum(len(e[3]) for e in chain) + len(entry[3]) > RUN_CHARS:
                    break
                chain.append(entry)
            if dangling or len(chain) < 2 or category not in RUN_CATEGORIES:
                start += 1
                continue
            sentences = [e[3] for e in chain]
            joined = "".join(sentences)
            run_needs = [n for n in needs(sentences[0]) if n == "antecedent"] + \
                        [n for n in needs(joined) if n == "partner"]
            if not dangles(joined):
                self.out.append(Candidate(joined, category, RUN_ROLE, _topics(joined), _kinds(joined, category),
                                          [(self.speech.doc, line, self.title)], needs=run_needs,
                                          sentences=sentences))
            start += len(chain)


    def _successors(self, log: list[tuple[int, str, str, str, int, bool]]) -> None:
        """Each whole sentence mined as an entry of its own learns the sentence after it in the paragraph, where that
        one is an entry of its own too, in the same category and role (``Candidate.next``): compose says the two
        together where it places the first (issue 13: runs from one real paragraph, not single sentences)."""
        singles = {(c.text, c.category, c.role): c for c in self.out[self.para_start:] if not c.sentences}
        for (i, cat, role, text, _, dangling), (j, cat2, role2, text2, _, dangling2) in zip(log, log[1:], strict=False):
            if j != i + 1 or (cat, role) != (cat2, role2) or dangling or dangling2 or text == text2:
                continue
            first, second = singles.get((text, cat, role)), singles.get((text2, cat, role))
            if first is not None and second is not None and text2 not in first.next:
                first.next.append(text2)


def extract(speech: Speech) -> Iterator[Candidate]:
    """Every candidate phrase of one speech."""
    em = _Emitter(speech)
    if speech.salutation:
        role = "formal" if "尊敬" in speech.salutation or "领导" in speech.salutation else "plain"
        em.add(speech.salutation, "salutation", role, speech.salutation_line)
    part_role = "opening"
    top_level = min((b.level for b in speech.blocks if isinstance(b, Heading)), default=1)
    for b in speech.blocks:
        if isinstance(b, Heading):
            if b.level == top_level:
                part_role = b.role
            _heading(em, b, part_role, speech, top=b.level == top_level)
            continue
        _paragraph(em, b, speech)
    yield from em.out


def _heading(em: _Emitter, h: Heading, part_role: str, speech: Speech, *, top: bool) -> None:
    text = h.text.strip("。 ")
    if top:
        role = {"problems": "review", "body": "tasks"}.get(h.role, h.role)
        if speech.kind == "special_topic":
            role = {"tasks": "focus", "safeguards": "responsibility" if "责任" in text else "safeguards"}.get(role, role)
        if role not in ("review", "situation", "tasks", "safeguards", "understanding", "focus", "responsibility"):
            return
        em.add(TOPIC_WORK_RE.sub("{topic}", text), "heading", role, h.line, review=role == "review",
               topics=["general"])
    elif part_role == "safeguards":
        sg_role = cues.safeguard_role(text)
        if sg_role:
            em.add(text, "safeguard", sg_role, h.line)
    elif h.role == "topic" and part_role in ("tasks", "focus", "body"):
        em.add(text, "heading", "topic", h.line)
    elif part_role == "review" and cues.ACHIEVE.search(text):
        # （三）公共卫生保障更加有力: a review sub-heading states one area's achievement
        em.add(tidy(text), "achievement", "topic" if classify(text) else "overall", h.line, review=True)


def _paragraph(em: _Emitter, p: Paragraph, speech: Speech) -> None:
    em.log = []
    em.para_start = len(em.out)
    _paragraph_sentences(em, p, speech)
    em.runs()


# What mining one sentence gave, by everything that decides it (its text, the paragraph's and speech's roles,
# its place in the paragraph): the candidates and run-log entries it adds, and the roles it leaves for the next
# sentence. An archive repeats its stock sentences, so each is mined once. Cleared when full: memory stays flat.
_SENTENCE_CACHE: dict[tuple, tuple[tuple, tuple, str, str]] = {}
_SENTENCE_CACHE_MAX = 8192


def _paragraph_sentences(em: _Emitter, p: Paragraph, speech: Speech) -> None:
    role, part = p.role, p.part_role
    doc, title = speech.doc, em.title
    for i, s in enumerate(p.sentences):
        em.index = i
        text, line = s.text, s.line
        key = (text, role, part, p.role, p.part_role, speech.kind, i == 0, i < 2)
        hit = _SENTENCE_CACHE.get(key)
        if hit is None:
            out, log = em.out, em.log
            em.out, em.log = [], []
            try:
                role, part = _sentence(em, p, speech, i, text, line, role, part)
                added, logged = em.out, em.log
            finally:
                em.out, em.log = out, log
            out.extend(added)
            log.extend(logged)
            if len(_SENTENCE_CACHE) >= _SENTENCE_CACHE_MAX:
                _SENTENCE_CACHE.clear()
            _SENTENCE_CACHE[key] = (
                tuple((c.text, c.category, c.role, tuple(c.topics), frozenset(c.kinds), tuple(c.needs),
                       tuple(c.sentences)) for c in added),
                tuple(entry[1:4] + entry[5:] for entry in logged), role, part)
            continue
        added_t, logged_t, role, part = hit
        for (ctext, cat, crole, topics, kinds, cneeds, sentences) in added_t:
            em.out.append(Candidate(ctext, cat, crole, list(topics), set(kinds), [(doc, line, title)],
                                    needs=list(cneeds), sentences=list(sentences)))
        for (cat, crole, general, dangling) in logged_t:
            em.log.append((i, cat, crole, general, line, dangling))


def _sentence(em: _Emitter, p: Paragraph, speech: Speech, i: int, text: str, line: int, role: str,
              part: str) -> tuple[str, str]:
    """Mine sentence ``i`` of paragraph ``p``; returns the (role, part) the paragraph's next sentence is read in."""
    _runs(em, text, line)
    if speech.kind == "pledge":
        _pledge(em, p, text, line)
        return role, part
    # 表示…感谢 / 致以…问候: asked once per sentence (both need 表示 or 致以)
    thanks = greeting = False
    if "表示" in text or "致以" in text:
        thanks, greeting = bool(cues.THANKS.search(text)), bool(cues.GREETING.search(text))
    if (part == "opening" or role in ("opening", "agreement", "outline")) and not (thanks or greeting):
        if _opening(em, text, line) or p.role != "opening" or i < 2:
            return role, part
        # a speech that starts without a numbered part (004 篇五) talks business in its first paragraphs
        part = role = "body"
    if role == "closing":
        cr = cues.closing_role(text)
        em.add_sentence(text, "closing", cr, line)
        return role, part
    if role == "thanks" or thanks or greeting:
        if thanks:
            em.add_sentence(text, "thanks", "thanks", line, context="thanks")
        elif greeting:
            em.add_sentence(text, "thanks", "greeting", line, context="thanks")
        elif cues.CREDIT.search(text):
            em.add_sentence(text, "transition", "credit", line, review=True)
        return role, part
    trans = cues.transition_role(text, part) if i == 0 or role in ("credit", "problems") else None
    if trans == "problems":
        # 在肯定成绩的同时，我们也清醒地看到…，主要表现在：一是…；二是… → the turn, then each item
        head, _, rest = (re.split(r"(：|主要表现在|主要体现在)", text, maxsplit=1) + ["", ""])[:3]
        em.add_sentence(head, "transition", "problems", line)
        for item in re.split(r"[；;]", rest):
            if len(item) >= CLAUSE_MIN:
                em.add_sentence(item, "problem", "item", line, clause_test=cues.PROBLEM_ITEM.search)
        return role, part
    if trans:
        em.add_sentence(text, "transition", trans, line, review=trans == "credit",
                        clause_test=lambda c: cues.transition_role(c, part) == trans)
        return role, part
    if role == "problems":
        if cues.PROBLEM_FRAME.search(text):
            em.add_sentence(text, "problem", "framing", line)
        elif cues.RESOLVE.search(text):
            em.add_sentence(text, "problem", "resolve", line)
        elif cues.PROBLEM_ITEM.search(text) and not re.match(r"(要|必须|务必|一定要)", tidy(text)):
            em.add_sentence(text, "problem", "item", line, clause_test=cues.PROBLEM_ITEM.search)
    elif part == "review":
        if cues.ACHIEVE.search(text):
            topics = _topics(text)
            em.add_sentence(text, "achievement", "overall" if topics == ["general"] else "topic", line,
                            clause_test=cues.ACHIEVE.search, review=True)
    elif part in ("situation", "understanding"):
        sr = cues.situation_role(text)
        if sr:
            if not (LABEL_RE.match(text.strip()) and len(tidy(text)) <= LABEL_MAX):
                em.add_sentence(text, "situation", sr, line, clause_test=lambda c: cues.situation_role(c) == sr)
        elif cues.PROBLEM_ITEM.search(text):
            em.add_sentence(text, "problem", "item", line, clause_test=cues.PROBLEM_ITEM.search)
    elif part == "safeguards" or (part in ("tasks", "body", "focus") and cues.safeguard_role(text)
                                  and set(classify(text)) <= {"party_building", "workforce"}):
        # a task-part sentence about leadership, supervision, style or integrity and no work area is a safeguard
        sg = cues.safeguard_role(text)
        if sg:
            em.add_sentence(text, "safeguard", sg, line, clause_test=lambda c: cues.safeguard_role(c) == sg)
        elif cues.TASK_START.search(tidy(text)) or "要" in text[:12]:
            em.add_sentence(text, "task", "item", line, clause_test=lambda c: bool(cues.TASK_START.search(c)))
    elif part == "body" and cues.PROBLEM_FRAME.search(text):
        em.add_sentence(text, "problem", "framing", line)
    elif part == "body" and cues.PROBLEM_ITEM.search(text) and not re.match(r"(要|必须|务必|一定要)", tidy(text)) \
            and not cues.TASK_START.search(tidy(text)):
        em.add_sentence(text, "problem", "item", line, clause_test=cues.PROBLEM_ITEM.search)
    elif part in ("tasks", "body", "focus") and not cues.TASK_START.search(tidy(text)) \
            and "要" not in text[:12] and cues.situation_role(text) in ("policy", "stage", "demand"):
        # 理论是指引实践的明灯…为卫生健康工作提供了根本遵循: a statement of the times, not a task
        sr = cues.situation_role(text)
        assert sr is not None  # the elif above found it among policy, stage and demand
        em.add_sentence(text, "situation", sr, line, clause_test=lambda c: cues.situation_role(c) == sr)
    elif part in ("tasks", "body", "focus"):
        if cues.TASK_GENERAL.search(text):
            em.add_sentence(text, "task", "general", line)
        elif cues.TASK_START.search(tidy(text)) or "要" in text[:12]:
            em.add_sentence(text, "task", "item", line, clause_test=lambda c: bool(cues.TASK_START.search(c)))
    return role, part


def _opening(em: _Emitter, text: str, line: int) -> bool:
    """Mine an opening-paragraph sentence; False when it has no opening cue at all."""
    found = cues.opening_roles(text)
    for cat, role in found:
        if cat == "outline":
            m = re.search(r"下面[^。]*$", text)
            piece = m.group(0) if m else text
            if len(piece) > 40:
                piece = re.split(r"[，,]", piece)[-1] if len(re.split(r"[，,]", piece)[-1]) >= 6 else piece
            em.add(tidy(piece), "outline", "announce", line, context="outline")
        elif cat == "agreement":
            if not em.add(tidy(text), cat, role, line, context="agreement") or len(text) > 60:
                m = (cues.AGREE if role == "agree" else cues.URGE).search(text)
                assert m is not None  # opening_roles gave this role because the same pattern matched
                start = text.rfind("，", 0, m.start()) + 1 if role == "urge" else m.start()
                em.add(tidy(text[start:]), cat, role, line, context="agreement")
        else:
            em.add_sentence(text, cat, role, line, context="opening")
    return bool(found)


def _pledge(em: _Emitter, p: Paragraph, text: str, line: int) -> None:
    """A pledge speech (表态发言): its opening line, its commitments and its closing."""
    if p.part_role == "opening" and cues.PLEDGE_OPEN.search(text):
        em.add(tidy(text), "pledge", "opening", line, context="opening")
    elif p.role == "closing" or cues.CLOSING_VISION.search(text):
        em.add_sentence(text, "pledge", "closing", line)
    elif cues.PLEDGE_COMMIT.search(text) or "我们" in text:
        em.add_sentence(text, "pledge", "commit", line)


def _runs(em: _Emitter, text: str, line: int) -> None:
    if text.count("、") + text.count("，") < 2:
        return   # a run of four-character phrases has at least three items
    for m in RUN_RE.finditer(text):
        items = re.split(r"[、，]", m.group(1))
        if sum(bool(NOUNISH.search(x)) for x in items) * 2 >= len(items):
            continue
        em.add(m.group(1), "parallel", "run", line, topics=["general"])
