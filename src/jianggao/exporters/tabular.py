"""The whole bank as tables: CSV (UTF-8 with BOM so Excel opens it) and JSON, every field included."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from ..model.bank import Phrase
from .common import Rendered, category_label, fallback_text, role_label

CSV_COLUMNS = ("id", "text", "fallback", "category", "category_zh", "role", "role_zh", "topics", "kinds",
               "sources", "count", "code")
LIST_SEP = ";"


def csv_row(p: Phrase) -> dict[str, str]:
    """One row; list fields joined by `;`, sources written `doc:line`."""
    return {
        "id": p.id, "text": p.text, "fallback": fallback_text(p),
        "category": p.category, "category_zh": category_label(p), "role": p.role, "role_zh": role_label(p),
        "topics": LIST_SEP.join(p.topics), "kinds": LIST_SEP.join(p.kinds),
        "sources": LIST_SEP.join(f"{s.doc}:{s.line}" for s in p.sources),
        "count": str(p.count), "code": p.code,
    }


def render_csv(phrases: Sequence[Phrase]) -> Rendered:
    """CSV with a header row, every field quoted where needed, CRLF line ends (RFC 4180)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for p in phrases:
        writer.writerow(csv_row(p))
    return Rendered(buf.getvalue().encode("utf-8-sig"), len(phrases))


def render_json(phrases: Sequence[Phrase]) -> Rendered:
    """JSON: the entries exactly as in phrasebank/*.yaml, plus the Chinese labels and fallback text."""
    entries = [{**p.to_dict(), "fallback": fallback_text(p), "category_zh": category_label(p),
                "role_zh": role_label(p)} for p in phrases]
    doc = {"format": "jianggao-phrasebank", "version": 1, "count": len(entries), "phrases": entries}
    return Rendered((json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), len(entries))
