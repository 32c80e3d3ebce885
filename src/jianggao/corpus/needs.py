"""What a sentence needs around it: an antecedent it points back to, or the partner that completes it."""
from __future__ import annotations

import re
from functools import lru_cache

# Words that point back at what came before: with nothing before them the sentence dangles.
_POINTING = re.compile(
    r"^(?:这|此|该|其|上述|以上(?!率下)|前面|前述|这些|这一|这种|这项|这个|这样|那些|它|他们|她们|由此|可见|对此|为此|据此|如此"
    r"|否则|反之|相反|其中|另一方面|与此同时)"
)
# A predicate whose subject was the sentence before: `离不开各部门的支持和配合。` is never a sentence of its own.
_SUBJECTLESS = re.compile(r"^(?:离不开|得益于|归功于|源于|在于|就是|也是|都是|正是|而是|还是|更是|是|则是|既是|也要看到|才能)")
# Roles that by nature follow what they sum up (这些成绩的取得…, 对这些问题…): they may point back; compose
# places them after what they point at.
FOLLOWERS = frozenset({("transition", "*"), ("problem", "resolve"), ("closing", "*")})
# Connectives that lean on the sentence before (tidy() strips most at the very start; inside they stay).
_CONNECTIVE = re.compile(
    r"^(?:同时|此外|另外|也|还|又|再|对此|为此|因此|因而|所以|但|但是|然而|可是|不过|而|并|并且|而且|况且|总之|综上|从而|进而|于是"
    r"|特别是|尤其是|其次|再次|最后|第二|第三|二是|三是|四是|五是|二要|三要|四要)"
)
_LEANING_EARLY = re.compile(r"^[^，。]{0,10}?(?:也要|也是|也在|也有|还要|还有|也将|同样|亦)")
# A first item whose partner must follow.
_PARTNERS = (
    (re.compile(r"一方面"), re.compile(r"另一方面")),
    (re.compile(r"^首先|[，。]首先"), re.compile(r"其次|再次|然后")),
    (re.compile(r"(?:^|[，。；])一是"), re.compile(r"二是")),
    (re.compile(r"(?:^|[，。；])一要"), re.compile(r"二要")),
    (re.compile(r"(?:^|[，。；])第一[，、]"), re.compile(r"第二")),
    (re.compile(r"不仅(?!如此)|不但|不只|不光"), re.compile(r"而且|也|还|更")),
    # 既要…，也要… / 既…又…: not 既然, 既定, 既往 or 一如既往
    (re.compile(r"(?<!如)既(?![然定往得])"), re.compile(r"也|又")),
    (re.compile(r"^虽然|^尽管"), re.compile(r"但|却|仍|还")),
)


# A later item of a series (；三要…, 其次…) with no first item before it in the same text.
_LATER_ITEM = re.compile(r"(?:^|[，；。：])(?:[二三四五六七八九十](?:是|要|来)|其次|再次|第[二三四五六七八九十][，、])")
_FIRST_ITEM = re.compile(r"(?:^|[，；。：])(?:一是|一要|一来|首先|第一[，、])")


def _later_item_alone(text: str) -> bool:
    later = _LATER_ITEM.search(text)
    return later is not None and not _FIRST_ITEM.search(text, 0, later.start() + 1)


def needs(text: str) -> list[str]:
    """``["antecedent"]``, ``["partner"]``, both or none for a sentence (or run) standing as ``text``."""
    return list(_needs(text))


@lru_cache(maxsize=16384)
def _needs(text: str) -> tuple[str, ...]:
    out = []
    head = text.lstrip("“‘（(")
    if (_POINTING.match(head) or _SUBJECTLESS.match(head) or _CONNECTIVE.match(head)
            or _LEANING_EARLY.match(head) or _later_item_alone(text)):
        out.append("antecedent")
    for first, second in _PARTNERS:
        match = first.search(text)
        if match and not second.search(text, match.end()):
            out.append("partner")
            break
    return tuple(out)


@lru_cache(maxsize=16384)
def dangles(text: str, category: str = "", role: str = "") -> bool:
    """True when ``text`` cannot be an entry of its own: its subject was the sentence before (离不开…), it is a
    later item of a series, it lacks its partner, or it points back (这就要求…) in a role that does not by
    nature follow what it points at."""
    head = text.lstrip("“‘（(")
    if _SUBJECTLESS.match(head) or _later_item_alone(text) or "partner" in _needs(text):
        return True
    follows = (category, "*") in FOLLOWERS or (category, role) in FOLLOWERS
    return bool(_POINTING.match(head)) and not follows
