"""Rime custom phrases (custom_phrase.txt): a tab-separated table `text<TAB>code<TAB>weight`, UTF-8 without BOM."""
from __future__ import annotations

from collections.abc import Sequence

from ..model.bank import Phrase
from .common import CODE_RE, Rendered, Unfit, fallback_text

# librime reads this file as a "tabledb" text database: lines starting with # are comments, except the
# `#@/key<TAB>value` metadata lines; every other line is text, code and an optional weight (a number).
HEADER = (
    "# Rime table",
    "# coding: utf-8",
    "#@/db_name\tcustom_phrase.txt",
    "#@/db_type\ttabledb",
    "#",
    "# 讲稿（jianggao）词库导出的 Rime 自定义短语：文字<Tab>编码<Tab>权重（权重取语料中的出现次数）",
    "# 放入 Rime 用户文件夹，在输入方案中启用 custom_phrase 后重新部署。",
    "#",
)


def _problem(p: Phrase, text: str) -> str | None:
    if not text.strip():
        return "内容为空"
    if not CODE_RE.match(p.code):
        return f"编码 {p.code!r} 不是纯小写字母"
    if "\t" in text or "\n" in text or "\r" in text:
        return "含制表符或换行，Rime 短语只能一行"
    if text.startswith("#"):
        return "以 # 开头，Rime 会当作注释"
    return None


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The file's bytes; rows sorted by code, then weight (higher first), then id."""
    rows = list(HEADER)
    unfit: list[Unfit] = []
    for p in sorted(phrases, key=lambda q: (q.code, -q.count, q.id)):
        text = fallback_text(p)
        problem = _problem(p, text)
        if problem:
            unfit.append(Unfit(p.id, problem))
            continue
        rows.append(f"{text}\t{p.code}\t{max(p.count, 1)}")
    written = len(rows) - len(HEADER)
    return Rendered(("\n".join(rows) + "\n").encode("utf-8"), written, tuple(unfit))
