"""`jianggao export`: write the phrase bank as a file another editor or input method imports."""
from __future__ import annotations


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
