"""`jianggao phrases list|search|show`: browse the phrase bank as a table, or one entry with its sources."""
from __future__ import annotations

HELP = "浏览词库：列出、搜索、查看词条"


def add_arguments(p) -> None:
    """The options of `jianggao phrases`."""
    p.add_argument("action", choices=("list", "search", "show"), help="list 列出，search 按文字搜索，show 查看一条")
    p.add_argument("query", nargs="?", help="search 时为要找的文字，show 时为词条编号")
    p.add_argument("--category", metavar="类别", help="只看这一类（如 过渡、task）")
    p.add_argument("--role", metavar="作用", help="只看这一作用的词条")
    p.add_argument("--topic", metavar="领域", help="只看这一领域（如 医改、公共卫生）")
    p.add_argument("--kind", metavar="讲话类型", help="只看用于这类讲话的词条")
    p.add_argument("--text", metavar="文字", help="只看含有这段文字的词条")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="最多列出几条（默认 50）")
    p.add_argument("--phrasebank", metavar="目录", help="词库目录（默认用内置词库）")



def run(args) -> int:
    """List or search entries (filters: category, role, topic, kind, text) or show one entry in full."""
    from rich.console import Console
    from rich.table import Table

    from ..errors import UsageError
    from ..model.bank import CATEGORIES, load_bank
    from ..model.topics import resolve_topic
    from ..resources import phrasebank_dir

    bank = load_bank(phrasebank_dir(args.phrasebank))
    console = Console(highlight=False, soft_wrap=False)
    if args.action == "show":
        if not args.query:
            raise UsageError("show 需要词条编号，例如 jianggao phrases show task.item.001", english="show needs an id")
        p = bank.get(args.query)
        cat_label, roles = CATEGORIES[p.category]
        console.print(f"[bold]{p.id}[/bold]  {p.category}/{p.role}（{cat_label}·{roles[p.role]}）  编码 {p.code}")
        console.print(p.text, markup=False)
        if p.slots:
            from ..model.slots import get_slot, slot_names

            console.print("占位符：" + "，".join(f"{{{n}}} {get_slot(n).label}（如 {get_slot(n).example}）"
                                              for n in slot_names(p.text)), markup=False)
        console.print(f"领域：{', '.join(p.topics)}　类型：{', '.join(p.kinds) or '全部'}　出现：{p.count} 次")
        for s in p.sources:
            console.print(f"  来源 {s.doc}:{s.line}", markup=False)
        return 0
    if args.category and args.category not in CATEGORIES:
        raise UsageError(f"未知类别 {args.category}（可选：{'、'.join(CATEGORIES)}）", field="--category",
                         english="unknown category")
    topic = args.topic
    if topic and topic != "general":
        found = resolve_topic(topic)
        if found is None:
            raise UsageError(f"未知领域 {topic}", field="--topic", english="unknown topic")
        topic = found.key
    text = args.text or (args.query if args.action == "search" else None)
    if args.action == "search" and not text:
        raise UsageError("search 需要要查找的文字", english="search needs text")
    rows = bank.select(category=args.category, role=args.role, topic=topic, kind=args.kind, text=text)
    table = Table(title=f"词库 {len(rows)} 条" + (f"（显示前 {args.limit} 条）" if len(rows) > args.limit else ""))
    # ids, roles and codes are what a secretary copies: never wrapped; the text column folds instead
    table.add_column("编号", no_wrap=True)
    table.add_column("类别/作用", no_wrap=True)
    table.add_column("领域", overflow="fold", max_width=16)
    table.add_column("次数", justify="right", no_wrap=True)
    table.add_column("文字", overflow="fold", ratio=1)
    table.add_column("编码", no_wrap=True)
    for p in rows[: args.limit]:
        table.add_row(p.id, f"{p.category}/{p.role}", ",".join(p.topics), str(p.count), p.text, p.code)
    console.print(table)
    return 0
