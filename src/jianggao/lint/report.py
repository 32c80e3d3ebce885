"""Printing findings: one JSON array (the contract) or a readable Chinese list."""
from __future__ import annotations

import json
from collections import Counter

from .finding import KIND_NAMES, KINDS, Finding


def as_json(findings: list[Finding]) -> str:
    """Exactly one JSON array, one object per finding (DESIGN: jianggao lint)."""
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2)


def as_text(findings: list[Finding], files: list[str]) -> str:
    """A readable list grouped by file, then a one-line summary."""
    lines = []
    for file in files:
        mine = [f for f in findings if f.file == file]
        if not mine:
            lines.append(f"{file}：未发现问题")
            continue
        lines.append(f"{file}：发现 {len(mine)} 处问题")
        for f in mine:
            lines.append(f"  第{f.paragraph}段【{KIND_NAMES[f.kind]}】“{f.term}”：{f.message}")
            if f.suggestion:
                lines.append(f"      建议：{f.suggestion}")
            if f.text and f.text != f.term:
                lines.append(f"      原句：{f.text}")
    if findings:
        counts = Counter(f.kind for f in findings)
        summary = "，".join(f"{KIND_NAMES[k]} {counts[k]}" for k in KINDS if counts[k])
        lines.append(f"共 {len(findings)} 处：{summary}")
    return "\n".join(lines)
