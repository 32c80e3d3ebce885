"""One aim or manner said at most twice in a paragraph: the third saying of it loses its clause, or its sentence.

The held-out readings (REP 26–38) marked paragraphs that said one idea three times in other sentences: 改善就医感受 ×3,
慢病 "…结合起来" ×3, "动员……共同参与" ×3.  A paragraph's subject said three times (公立医院, 产科) is its subject; what
a reader hears as a machine is the aim or manner each sentence closes on again — a purpose (群众的就医感受), a way of
working (A与B结合起来), a call to join in (共同参与).  Those kinds are named here by their grammar (a joining verb with
起来, 参与 after who takes part, the patient's 感受/体验, a burden lightened), never by one draft's sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# An aim or a manner a sentence closes on, as its kind: each match's kind is what counts, so 就医感受 and 就医体验 are
# one aim said twice, and 结合起来 and 衔接起来 one manner.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("join", re.compile(r"(?:结合|衔接|统一|融合|贯通|联动)起来")),
    ("take_part", re.compile(r"(?:共同|广泛|积极|主动|踊跃|全民|人人|户户)参与|参与进来")),
    ("patient_feel", re.compile(r"就医(?:感受|体验|获得感)|看病就医的(?:感受|体验)")),
    ("burden", re.compile(r"减轻(?:群众|患者|居民|家庭)?(?:的)?(?:就医|看病|医疗)?(?:费用)?负担")),
    ("content", re.compile(r"群众(?:的)?满意度|让群众满意|群众满不满意")),
    ("convenient", re.compile(r"就近就便|少跑腿|方便群众")),
)
# Most times one kind is said in a paragraph.
MOST = 2
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）)")


def kinds_in(sentence: str) -> set[str]:
    """The kinds of aim or manner ``sentence`` says (see _KINDS)."""
    return {kind for kind, pattern in _KINDS if pattern.search(sentence)}


def _without_clause(sentence: str, pattern: re.Pattern[str]) -> str | None:
    """``sentence`` less the clause (between commas) that says ``pattern``, or None where that clause is its first
    (the subject and the act) or its only one."""
    clauses = re.split(r"(?<=[，；])", sentence.rstrip("。！"))
    at = next((i for i, c in enumerate(clauses) if pattern.search(c)), None)
    if at is None or at == 0 or len(clauses) < 2:
        return None
    rest = clauses[:at] + clauses[at + 1:]
    out = "".join(rest).rstrip("，；")
    return out + sentence[len(sentence.rstrip("。！")):] if out else None


def aims_twice_at_most(parts: list[list[list[str]]], keep: Sequence[str], take: Callable[[str], bool],
                       spare: Callable[[list[str], int], bool]) -> None:
    """In place: in each paragraph, a kind of aim said a third time goes — its clause where the sentence has others
    after its first, else the whole sentence where the room and ``spare`` allow; never in the brief's own words
    (``keep``), a numbered heading, or a paragraph's only sentence."""
    for part in parts:
        for para in part:
            if len(para) < MOST + 1:
                continue
            said: dict[str, int] = {}
            k = 0
            while k < len(para):
                s = para[k]
                found = kinds_in(s)
                over = [kind for kind in found if said.get(kind, 0) >= MOST]
                for kind in found:
                    said[kind] = said.get(kind, 0) + 1
                if not over or _ORDINAL.match(s) or any(c and len(c) >= 4 and c in s for c in keep):
                    k += 1
                    continue
                pattern = dict(_KINDS)[over[0]]
                shorter = _without_clause(s, pattern)
                if shorter and len(shorter) >= 10 and not kinds_in(shorter) & set(over) \
                        and take(s[:len(s) - len(shorter)]):
                    para[k] = shorter
                    k += 1
                    continue
                if len(para) > 1 and spare(para, k) and take(s):
                    del para[k]
                    continue
                k += 1
