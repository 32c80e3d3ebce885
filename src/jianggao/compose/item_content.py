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
import re
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
    ``date`` and spoken at ``level`` (a township's speech says only the entries marked ``town``: it runs no hospital;
    an entry marked ``town: only`` is the township's part and no other level's)."""
    township = levels.is_township(level)
    return [e for e in table
            if _names(item, e.get("when") or ()) and not _names(item, e.get("unless") or ())
            and in_window(e, date) and (e.get("town") or not township)
            and (e.get("town") != "only" or township)]


def _mentioned(item: str, entry: Mapping[str, Any]) -> tuple[int, int]:
    """Where ``item`` first names ``entry``'s object (its earliest ``when`` word) and where that name ends."""
    return min((item.find(str(w)), item.find(str(w)) + len(str(w))) for w in entry.get("when") or () if str(w) in item)


# What parts two objects an item lists (胸痛中心、卒中中心和…重点专科): a name followed by another with none of these between
# them is the other's modifier (医共体医保基金总额打包付费: 打包付费 is the item's object, 医共体 whose it is)
_LISTS = re.compile(r"[、，；和及与并同]")


def _modifiers(item: str, entries: Sequence[Mapping[str, Any]]) -> list[bool]:
    """For each of ``entries``, whether ``item`` names its object only to qualify another's (医共体 of 推进医共体医保基金
    总额打包付费)."""
    spans = [_mentioned(item, e) for e in entries]
    return [any(s >= end and s - end <= 6 and not _LISTS.search(item[end:s]) for j, (s, _) in enumerate(spans) if j != k)
            for k, (_, end) in enumerate(spans)]


def _in_order(item: str, entries: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``entries`` in the order ``item`` names their objects, a modifier after the object it qualifies."""
    flags = _modifiers(item, entries)
    return [entries[k] for _, _, k in sorted((flags[k], _mentioned(item, entries[k])[0], k) for k in range(len(entries)))]


def content_groups(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> list[list[str]]:
    """The lines (each with its ‖ wordings) that say what ``item`` consists of, on ``date`` at ``level``, one list for
    each object the item names, in the order the item names them (read67's u2: 持续做好重大传染病、严重精神障碍患者管理
    和预防接种规范管理 opened on 精神障碍, the table's first, and said nothing of the other two), each entry's lines in
    their written order: a line dated on its own (``{text, from, to}``) only inside its window and where the item names
    none of its own ``unless``; none where the table knows no object the item names."""
    groups: dict[tuple[str, ...], list[str]] = {}
    seen: set[str] = set()
    for entry in _in_order(item, entries_for(table, item, date, level)):
        # (entries on one object, its town lines and its city lines, are one object's: 重大传染病 took both of an item's
        # two lead lines from its two entries, and 严重精神障碍 none)
        group = groups.setdefault(tuple(str(w) for w in entry.get("when") or ()), [])
        for line in entry.get("lines") or ():
            if isinstance(line, Mapping):
                # (a line of the object that the item's own business excludes, ``unless``: 儿科's night clinic is no
                # line of 加大全科医生招聘…补齐儿科…人员短板, fresh59's s5)
                if not in_window(line, date) or _names(item, line.get("unless") or ()):
                    continue
                line = line.get("text") or ""
            text = str(line).strip()
            if text and text not in seen:
                seen.add(text)
                group.append(text)
    return [g for g in groups.values() if g]


def content_lines(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> list[str]:
    """content_groups' lines in one list: the first object's, then the next's."""
    return [line for group in content_groups(table, item, date, level) for line in group]


def object_words(table: Sequence[Mapping[str, Any]], item: str, date: dt.date, level: str) -> tuple[str, ...]:
    """The words that name ``item``'s object (its matching entries' ``when``): a line fed to the item after its own
    content names one of them, or it is another object's line (r5's 薪酬 item took 公立医院 床位规模 and 重点专科 lines
    as padding)."""
    out: list[str] = []
    entries = entries_for(table, item, date, level)
    # (not a modifier's: 推进医共体医保基金总额打包付费 is fed 打包付费's lines, not every 医共体 line, read67's u2)
    for entry, modifier in zip(entries, _modifiers(item, entries), strict=True):
        if not modifier:
            out += [str(w) for w in entry.get("when") or () if str(w) not in out]
    return tuple(out)
