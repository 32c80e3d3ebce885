"""`jianggao phrases list|search|show`: browse the phrase bank — a table when it fits, one block per entry when
not (80 columns, or piped), or one entry in full with its sources — every name shown in Chinese."""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from ..model.bank import Phrase

HELP = "浏览词库：列出、搜索、查看词条"

# Below this many columns the table would squeeze the text column to a few characters a line: blocks instead.
TABLE_MIN_WIDTH = 120


def non_negative_int(text: str) -> int:
    """``--limit``: a count, 0 or more (argparse reports the message as 参数 --limit：…)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能是负数（{text}）")
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao phrases`."""
    p.add_argument("action", choices=("list", "search", "show"), metavar="{list,search,show}",
                   help="list 列出，search 按文字搜索，show 查看一条")
    p.add_argument("query", nargs="?", metavar="文字或编号", help="search 时为要找的文字，show 时为词条编号")
    p.add_argument("--category", metavar="类别", help="只看这一类（如 过渡、transition）")
    p.add_argument("--role", metavar="作用", help="只看这一作用的词条（如 转入问题、problems）")
    p.add_argument("--topic", metavar="领域", help="只看这一领域（如 医改、公共卫生、通用）")
    p.add_argument("--kind", metavar="讲话类型", help="只看用于这类讲话的词条（如 表态发言、pledge）")
    p.add_argument("--text", metavar="文字", help="只看含有这段文字（或编码）的词条")
    p.add_argument("--limit", type=non_negative_int, default=50, metavar="N", help="最多列出几条（默认 50）")
    from . import add_bank_options

    add_bank_options(p)


def run(args: argparse.Namespace) -> int:
    """List or search entries (filters: category, role, topic, kind, text) or show one entry in full."""
    from ..errors import UsageError
    from ..model.bank import load_layered

    bank = load_layered(args.phrasebank)
    if args.action == "show":
        if not args.query:
            raise UsageError("show 需要词条编号，例如 jianggao phrases show task.item.001")
        show(bank.get(args.query))
        return 0
    category = resolve_category(args.category) if args.category else None
    role = resolve_role(args.role, category) if args.role else None
    topic = resolve_topic_name(args.topic) if args.topic else None
    kind = resolve_kind_name(args.kind) if args.kind else None
    text = args.text or (args.query if args.action == "search" else None)
    if args.action == "search" and not text:
        raise UsageError("search 需要要查找的文字，例如 jianggao phrases search 凝心聚力")
    rows = bank.select(category=category, role=role, topic=topic, kind=kind, text=text)
    listing(rows, args.limit)
    return 0


# ---------------------------------------------------------------- names in, names out


def resolve_category(name: str) -> str:
    """A category key from its key or Chinese name (过渡 → transition); UsageError naming the choices."""
    from ..errors import UsageError
    from ..model.bank import CATEGORIES

    key = next((k for k, (zh, _) in CATEGORIES.items() if name in (k, zh)), None)
    if key is None:
        raise UsageError(f"未知类别“{name}”；可选：{'、'.join(zh for zh, _ in CATEGORIES.values())}", field="--category")
    return key


def resolve_role(name: str, category: str | None) -> str:
    """A role key from its key or Chinese name, within ``category`` when given; UsageError otherwise."""
    from ..errors import UsageError
    from ..model.bank import CATEGORIES

    cats = [category] if category else list(CATEGORIES)
    for cat in cats:
        for key, zh in CATEGORIES[cat][1].items():
            if name in (key, zh):
                return key
    known = [zh for cat in cats for zh in CATEGORIES[cat][1].values()]
    where = f"类别“{CATEGORIES[category][0]}”下" if category else ""
    raise UsageError(f"{where}没有作用“{name}”；可选：{'、'.join(dict.fromkeys(known))}", field="--role")


def resolve_topic_name(name: str) -> str:
    """A topic key from a key, a Chinese name or 通用; UsageError naming the nearest topics."""
    from ..errors import UsageError
    from ..model.topics import GENERAL, nearest_topics, resolve_topic

    if name in (GENERAL, "通用"):
        return GENERAL
    found = resolve_topic(name)
    if found is None:
        near = nearest_topics(name)
        raise UsageError(f"未知领域“{name}”" + (f"；您是否想写：{'、'.join(near)}？" if near else ""), field="--topic")
    return found.key


def resolve_kind_name(name: str) -> str:
    """A speech kind key from its key or Chinese name; UsageError naming the kinds."""
    from ..errors import UsageError
    from ..model.kinds import KINDS, resolve_kind

    found = resolve_kind(name)
    if found is None:
        raise UsageError(f"未知讲话类型“{name}”；可选：{'、'.join(k.name for k in KINDS)}", field="--kind")
    return found.key


def topic_names(keys: Iterable[str]) -> str:
    """Topics by their Chinese names: 通用, 深化医药卫生体制改革 …"""
    from ..model.topics import GENERAL, get_topic

    out = []
    for key in keys:
        if key == GENERAL:
            out.append("通用")
            continue
        try:
            out.append(get_topic(key).name)
        except KeyError:
            out.append(key)
    return "、".join(out)


def kind_names(keys: Iterable[str]) -> str:
    """Speech kinds by their Chinese names; 全部 when the entry fits every kind."""
    from ..model.kinds import resolve_kind

    names = []
    for key in keys:
        kind = resolve_kind(key)
        names.append(kind.name if kind else key)
    return "、".join(names) or "全部"


def labelled(text: str) -> str:
    """The phrase with each slot by its Chinese label: {region} → {地区名称}."""
    from ..model.slots import SLOT_RE, get_slot

    def label(m: re.Match[str]) -> str:
        try:
            return "{" + get_slot(m.group(1)).label + "}"
        except KeyError:
            return m.group(0)

    return SLOT_RE.sub(label, text)


def where_used(p: Phrase) -> str:
    """过渡·转入问题"""
    from ..model.bank import CATEGORIES

    cat_label, roles = CATEGORIES[p.category]
    return f"{cat_label}·{roles.get(p.role, p.role)}"


# ---------------------------------------------------------------- output


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def listing(rows: Sequence[Phrase], limit: int) -> None:
    """The entries as a table when the terminal is wide enough, else one block per entry."""
    console = _console()
    shown = rows[:limit]
    head = f"词库 {len(rows)} 条" + (f"（显示前 {limit} 条，用 --limit 显示更多）" if len(rows) > limit else "")
    if console.is_terminal and console.width >= TABLE_MIN_WIDTH:
        _table(console, head, shown)
    else:
        _blocks(console, head, shown)


def _table(console: Console, head: str, rows: Sequence[Phrase]) -> None:
    from rich.table import Table

    table = Table(title=head)
    # ids and codes are what a secretary copies: never wrapped; the text column folds instead
    table.add_column("编号", no_wrap=True)
    table.add_column("类别·作用", no_wrap=True)
    table.add_column("领域", overflow="fold", max_width=16)
    table.add_column("次数", justify="right", no_wrap=True)
    table.add_column("文字", overflow="fold", ratio=1, min_width=24)
    table.add_column("编码", no_wrap=True)
    layered = any(p.layer for p in rows)
    if layered:
        table.add_column("词库", no_wrap=True)
    for p in rows:
        cells = [p.id, where_used(p), topic_names(p.topics), str(p.count), labelled(p.text), p.code]
        table.add_row(*cells, *([layer_name(p)] if layered else []))
    console.print(table, markup=False)


def _blocks(console: Console, head: str, rows: Sequence[Phrase]) -> None:
    """One entry per block: a line of id, names, count and code, then the whole text indented. Piped, the
    text stays on one line (a pager or grep sees each phrase whole); in a terminal it wraps under its indent."""
    from rich.padding import Padding
    from rich.text import Text

    out = console.file if console.is_terminal else sys.stdout
    print(head, file=out)
    layered = any(p.layer for p in rows)
    for p in rows:
        layer = f"　词库 {layer_name(p)}" if layered else ""
        print(f"\n{p.id}　{where_used(p)}　{topic_names(p.topics)}　{p.count} 次　编码 {p.code}{layer}", file=out)
        if console.is_terminal:
            console.print(Padding(Text(labelled(p.text)), (0, 0, 0, 2)))
        else:
            print(f"  {labelled(p.text)}", file=out)


def layer_name(p: Phrase) -> str:
    """Which bank an entry comes from, when banks are layered: the unit's folder name, or 内置."""
    return p.layer or "内置"


def show(p: Phrase) -> None:
    """One entry in full: names, text with slot labels, slots with examples, topics, kinds, sources with titles."""
    from ..corpus.titles import source_text
    from ..model.slots import get_slot, slot_names

    lines = [p.id, f"类别：{where_used(p)}", f"文字：{labelled(p.text)}"]
    if p.slots:
        lines.append("占位：" + "；".join(f"{{{get_slot(n).label}}} 如“{get_slot(n).example}”" for n in slot_names(p.text)))
    lines.append(f"领域：{topic_names(p.topics)}")
    lines.append(f"讲话类型：{kind_names(p.kinds)}")
    lines.append(f"出现：{p.count} 次　编码：{p.code}")
    if p.layer:
        lines.append(f"词库：{p.layer}（本单位，优先使用）")
    if p.sources:
        lines.append("来源：")
        lines += [f"  {source_text(s)}" for s in p.sources]
    print("\n".join(lines))
