"""`jianggao export`: write the phrase bank as a file another editor or input method imports."""
from __future__ import annotations

HELP = "把词库导出到 Word、WPS 和各种输入法"


def add_arguments(p) -> None:
    """The options of `jianggao export`."""
    from ..exporters.registry import FORMATS

    p.add_argument("--format", required=True, choices=tuple(FORMATS), help="导出格式：" + "、".join(f"{k}（{f.label}）" for k, f in FORMATS.items()))
    p.add_argument("-o", "--output", metavar="路径", help="输出文件（默认按格式取名，写在当前目录）")
    p.add_argument("--category", action="append", metavar="类别", help="只导出这一类（可重复）")
    p.add_argument("--topic", action="append", metavar="领域", help="只导出这一领域（可重复）")
    p.add_argument("--kind", action="append", metavar="讲话类型", help="只导出用于这类讲话的词条（可重复）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    from . import add_bank_options

    add_bank_options(p)


def run(args) -> int:
    """Load the bank, apply the filters, export one format, print a one-line summary (exit 0)."""
    from pathlib import Path

    from ..errors import UsageError
    from ..exporters import FORMATS, export_bank, filter_phrases
    from ..model.bank import load_layered

    bank = load_layered(args.phrasebank)
    phrases = filter_phrases(bank, categories=args.category, topics=args.topic, kinds=args.kind)
    if not phrases:
        raise UsageError("没有符合条件的词条，未写出文件", field="--category/--topic/--kind",
                         english="no entry matches; nothing written")
    target = Path(args.output) if args.output else Path(FORMATS[args.format].default_name)
    report = export_bank(phrases, args.format, target, force=args.force)
    print(report.summary())
    return 0
