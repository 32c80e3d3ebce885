"""One self-contained offline page to search, filter and copy the bank's phrases (opens from file://)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

from ..corpus.titles import source_text
from ..model.bank import CATEGORIES, Phrase
from ..model.slots import SLOTS
from .common import Rendered, category_label, fallback_text, role_label, segments

TEMPLATE = "phrases_page.html"
DATA_MARK = "/*__JIANGGAO_DATA__*/null"


def _topic_names() -> dict[str, str]:
    from ..model.topics import GENERAL, TOPICS

    return {GENERAL: "通用", **{t.key: t.name for t in TOPICS}}


def page_data(phrases: Sequence[Phrase]) -> dict:
    """What the page's script reads: the phrases cut into text and slot pieces, and the select options."""
    topic_names = _topic_names()
    order = {k: i for i, k in enumerate(CATEGORIES)}
    # Listed in the order a speech uses them (开场 … 结尾), as a secretary reads the bank.
    phrases = sorted(phrases, key=lambda p: (order[p.category], p.id))
    used_topics = sorted({t for p in phrases for t in p.topics}, key=lambda k: (k != "general", k))
    used_categories = [k for k in CATEGORIES if any(p.category == k for p in phrases)]
    slot_info = {s.name: {"label": s.label, "fallback": s.fallback} for s in SLOTS}
    return {
        "phrases": [{
            "id": p.id, "code": p.code, "category": p.category, "categoryLabel": category_label(p),
            "roleLabel": role_label(p), "topics": list(p.topics), "count": p.count,
            "pieces": [[kind, value] for kind, value in segments(p.text)], "fallback": fallback_text(p),
            "sources": [source_text(s) for s in p.sources],
        } for p in phrases],
        "categories": [[k, CATEGORIES[k][0]] for k in used_categories],
        "topics": [[k, topic_names.get(k, k)] for k in used_topics],
        "slots": slot_info,
    }


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The page's bytes: the template with the data embedded as JSON (`<` escaped so no text closes the script)."""
    template = resources.files(__package__).joinpath(TEMPLATE).read_text(encoding="utf-8")
    data = json.dumps(page_data(phrases), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if DATA_MARK not in template:
        raise RuntimeError(f"{TEMPLATE} lacks its data mark")
    return Rendered(template.replace(DATA_MARK, data).encode("utf-8"), len(phrases))
