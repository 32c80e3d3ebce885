"""Test helpers for composition: a synthetic phrase bank written to tmp_path, and briefs built from dicts."""
from __future__ import annotations

from pathlib import Path

import yaml

from jianggao.brief import Brief
from jianggao.numbers import chinese_count
from jianggao.phrasebank import CATEGORIES, PhraseBank, load_bank
from jianggao.topics import get_topic, topic_keys

REPO = Path(__file__).resolve().parent.parent

# Words to make each synthetic entry a distinct, digit-free Chinese sentence of speech-like length.
_FILL = "要坚持统筹兼顾，突出重点，狠抓落实，推动各项工作不断取得新的成效"


def synthetic_entries(per_role: int = 8) -> list[dict]:
    """Entries for every (category, role), general ones plus topic-tagged task and achievement entries."""
    out = []
    for cat, (cat_zh, roles) in CATEGORIES.items():
        for role in roles:
            tags: list[list[str]] = [["general"]] * per_role
            if (cat, role) in {("task", "item"), ("achievement", "topic"), ("heading", "topic")}:
                tags = tags + [[k] for k in topic_keys() for _ in range(8)]
            for i, topics in enumerate(tags, start=1):
                topic_zh = "通用" if topics[0] == "general" else get_topic(topics[0]).name
                label = f"{cat_zh}{roles[role]}第{chinese_count(i % 99)}句{topic_zh}"
                if cat in ("heading", "parallel"):
                    text = f"扎实推进{{topic}}{label}" if role == "topic" else f"标题{label}"
                elif role == "announce":
                    text = f"下面，我讲{{count}}点意见，{label}。"
                else:
                    text = f"{{region}}{label}，{_FILL}。"
                out.append({"id": f"{cat}.{role}.{i:03d}", "text": text, "category": cat, "role": role,
                            "topics": topics, "kinds": [], "sources": [{"doc": "test.txt", "line": i}],
                            "count": 1})
    return out


def synthetic_bank(tmp_path: Path, per_role: int = 24) -> PhraseBank:
    """A rich bank written as phrasebank/*.yaml files and loaded back through load_bank."""
    folder = tmp_path / "bank"
    folder.mkdir(exist_ok=True)
    by_cat: dict[str, list[dict]] = {}
    for e in synthetic_entries(per_role):
        by_cat.setdefault(e["category"], []).append(e)
    for cat, entries in by_cat.items():
        (folder / f"{cat}.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return load_bank(folder)


def sample_brief(name: str) -> Brief:
    """A brief from samples/."""
    return Brief.model_validate(yaml.safe_load((REPO / "samples" / name).read_text(encoding="utf-8")))


def brief(**data) -> Brief:
    """A brief from keyword data, with year and region defaulted."""
    data.setdefault("year", 2025)
    data.setdefault("region", {"name": "临江区"})
    return Brief.model_validate(data)
