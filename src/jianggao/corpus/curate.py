"""Curation decisions (phrasebank/_curation.yaml): edit, merge, retag and drop, applied on every mining run."""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PhraseBankError
from ..model.bank import CATEGORIES
from .dedupe import Candidate

KEYS = ("edit", "merge", "retag", "drop")


@dataclass
class Curation:
    """The decisions of one curation file; empty when there is none."""

    edits: list[tuple[str, str]] = field(default_factory=list)
    merges: list[tuple[str, list[str]]] = field(default_factory=list)
    retags: list[dict] = field(default_factory=list)
    drop_texts: set[str] = field(default_factory=set)
    drop_res: list[re.Pattern[str]] = field(default_factory=list)
    drop_ids: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def size(self) -> int:
        return len(self.edits) + len(self.merges) + len(self.retags) + len(self.drop_texts) + len(self.drop_res) + len(self.drop_ids)


def load_curation(path: Path | None) -> Curation:
    """Read a curation file; a missing file means no decisions, a broken one raises PhraseBankError naming it."""
    if path is None or not Path(path).is_file():
        return Curation()
    import yaml

    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PhraseBankError(f"无法读取整理决定文件：{exc}", file=where, english="cannot read curation file") from exc
    if not isinstance(data, dict) or set(data) - set(KEYS):
        raise PhraseBankError(f"整理决定文件只能包含 {', '.join(KEYS)}", file=where, english="unknown curation key")
    cur = Curation(source=where)
    try:
        for e in data.get("edit") or []:
            cur.edits.append((str(e["from"]), str(e["to"])))
        for m in data.get("merge") or []:
            cur.merges.append((str(m["into"]), [str(x) for x in m["from"]]))
        for r in data.get("retag") or []:
            if "text" not in r and "re" not in r:
                raise KeyError("text")
            cat = r.get("category")
            if cat is not None and (cat not in CATEGORIES or r.get("role") not in CATEGORIES[cat][1]):
                raise PhraseBankError(f"未知类别或作用：{cat}.{r.get('role')}", file=where, field="retag",
                                      english="unknown category/role")
            cur.retags.append(dict(r))
        for d in data.get("drop") or []:
            if "text" in d:
                cur.drop_texts.add(str(d["text"]))
            elif "re" in d:
                cur.drop_res.append(re.compile(str(d["re"])))
            elif "id" in d:
                cur.drop_ids.append(str(d["id"]))
            else:
                raise KeyError("text")
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise PhraseBankError(f"整理决定格式错误：{exc}", file=where, english="malformed curation entry") from exc
    return cur


def apply_edits(cur: Curation, cands: list[Candidate]) -> None:
    """Fix wording (a cleaning artefact the cleaner cannot know) before duplicates are merged."""
    if not cur.edits:
        return
    for c in cands:
        for old, new in cur.edits:
            if old in c.text:
                c.text = c.text.replace(old, new)
                c.sentences = [t.replace(old, new) for t in c.sentences]
            c.next = [t.replace(old, new) for t in c.next]


def apply_decisions(cur: Curation, cands: list[Candidate]) -> list[Candidate]:
    """Merge, retag and drop by text or pattern; returns the surviving candidates in their order."""
    return [c for c in merge_and_retag(cur, cands) if not dropped(cur, c.text)]


def merge_and_retag(cur: Curation, cands: list[Candidate]) -> list[Candidate]:
    """Apply the merge and retag decisions; returns the candidates left after merging, in their order."""
    by_text = {c.text: c for c in cands}
    gone: set[int] = set()
    for into, others in cur.merges:
        target = by_text.get(into)
        if target is None:
            continue
        for o in others:
            c = by_text.get(o)
            if c is not None and c is not target and id(c) not in gone:
                target.absorb(c)
                gone.add(id(c))
    for r in cur.retags:
        for c in cands:
            if ("text" in r and c.text == r["text"]) or ("re" in r and re.search(r["re"], c.text)):
                if r.get("category"):
                    c.category, c.role = r["category"], r["role"]
                if r.get("topics"):
                    c.topics = list(r["topics"])
                if "kinds" in r:
                    c.kinds = set(r["kinds"] or ())
    return [c for c in cands if id(c) not in gone]


def dropped(cur: Curation, text: str, phrase_id: str = "") -> bool:
    """Whether a drop decision (exact text, pattern, or id pattern) removes this entry."""
    return (text in cur.drop_texts or any(rx.search(text) for rx in cur.drop_res)
            or bool(phrase_id and dropped_by_id(cur, phrase_id)))


def stale_decisions(cur: Curation, texts: set[str]) -> list[str]:
    """Decisions naming a text no mined candidate has any more (the cleaner or miner changed its wording):
    they silently stop applying, so the mine command warns about them."""
    stale = [f"merge into: {into}" for into, _ in cur.merges if into not in texts]
    stale += [f"retag: {r['text']}" for r in cur.retags if "text" in r and r["text"] not in texts]
    stale += [f"drop: {t}" for t in sorted(cur.drop_texts) if t not in texts]
    return stale


def dropped_by_id(cur: Curation, phrase_id: str) -> bool:
    """Whether an id pattern (``task.item.01*``) drops this numbered entry; numbering of the others stays put."""
    return any(fnmatch.fnmatchcase(phrase_id, pat) for pat in cur.drop_ids)
