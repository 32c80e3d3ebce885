"""What a brief item on a common health-policy object consists of (templates/wording/item_content.yaml): the lines that
open its body.

The fifty-first reading found the brief's priorities reduced to a heading and a sentence while unrequested areas ran
whole paragraphs: r5's 落实国家组织药品集中采购和使用试点 never said what the pilot is (中选药品, 约定采购量, 医保预付,
结余留用) and its body was 省平台采购, 医药代表 and pest control; r4's 推进疾控体系改革 opened on vaccine management; r3's
增加产科床位和助产士 got no measure.  The area's pool holds lines on the area, not on the item's object; this table holds,
per object the item names, what the item itself is and does — its content, who does it, how it is checked — dated where
the policy is (a line is said only inside its window, and compose's time fit still applies the 提法 registry).
finish._brief_items_fed says these first under the item, before the area's lines.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import levels

# At most this many of an item's own content lines open its body: the item's substance, the area's lines after it.
LEAD_MOST = 2


def in_window(entry: Mapping[str, Any], date: dt.date) -> bool:
    """Whether a dated entry or line ({…, from, to}) holds on ``date`` (either bound may be left out)."""
    start, end = entry.get("from"), entry.get("to")
    return not (start and date < dt.date.fromisoformat(str(start))) and not (end and date > dt.date.fromisoformat(str(end)))


def _names(item: str, words: Sequence[str]) -> bool:
    return any(str(w) in item for w in words)


def entries_for(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> list[Mapping[str, Any]]:
    """The table's entries on ``item``'s object (its ``when`` words in the item, none of its ``unless``), in force on
    ``date`` and spoken at ``level`` (a township's speech says only the entries marked ``town``: it runs no hospital)."""
    township = levels.is_township(level)
    return [e for e in table
            if _names(item, e.get("when") or ()) and not _names(item, e.get("unless") or ())
            and in_window(e, date) and (e.get("town") or not township)]


def content_lines(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> list[str]:
    """The lines (each with its ‖ wordings) that say what ``item`` consists of, on ``date`` at ``level``: the
    matching entries' lines in their written order, a line dated on its own (``{text, from, to}``) only inside its
    window and where the item names none of its own ``unless``; none where the table knows no object the item names."""
    out: list[str] = []
    for entry in entries_for(table, item, date, level):
        for line in entry.get("lines") or ():
            if isinstance(line, Mapping):
                # (a line of the object that the item's own business excludes, ``unless``: 儿科's night clinic is no
                # line of 加大全科医生招聘…补齐儿科…人员短板, fresh59's s5)
                if not in_window(line, date) or _names(item, line.get("unless") or ()):
                    continue
                line = line.get("text") or ""
            text = str(line).strip()
            if text and text not in out:
                out.append(text)
    return out


def object_words(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> tuple[str, ...]:
    """The words that name ``item``'s object (its matching entries' ``when``): a line fed to the item after its own
    content names one of them, or it is another object's line (r5's 薪酬 item took 公立医院 床位规模 and 重点专科 lines
    as padding)."""
    out: list[str] = []
    for entry in entries_for(table, item, date, level):
        out += [str(w) for w in entry.get("when") or () if str(w) not in out]
    return tuple(out)
