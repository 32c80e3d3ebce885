"""`jianggao lint DRAFT…`: check speech drafts for words out of their time and place and for form faults."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from ..lint.finding import Finding

HELP = "检查讲稿：提法时效、层级用语、数字用法、残留、重复句、标题序号"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao lint` (DESIGN: the lint contract)."""
    p.add_argument("drafts", nargs="+", metavar="讲稿", help="讲稿文件（.docx .txt .md，可写多个）")
    p.add_argument("--brief", metavar="简报.yaml", help="按简报的日期（或年份）和层级检查")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="讲话日期")
    p.add_argument("--year", type=int, metavar="YYYY", help="讲话年份（不知道具体日期时）")
    p.add_argument("--level", metavar="层级", help="省 市 州 盟 县 区 旗 市辖区 乡 镇 街道")
    p.add_argument("--format", default="text", choices=("text", "json"), help="输出格式（默认 text）")
    p.add_argument("-o", "--output", metavar="批注副本.docx", help="写出带批注的副本（仅限单个 .docx 讲稿）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的批注副本")


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date 应为 YYYY-MM-DD 格式的日期，收到“{text}”") from None


def _from_brief(path: str) -> tuple[date | None, int, str | None]:
    """(date, year, level) of a brief; its errors name the brief's file and line."""
    from ..briefs.load import load_brief

    brief = load_brief(path, plain=True)
    return brief.date, brief.year, brief.region.level


def run(args: argparse.Namespace) -> int:
    """Lint every draft named; 0 no findings, 1 findings, 2 bad input (DESIGN: jianggao lint)."""
    from ..lint.context import resolve
    from ..lint.core import lint_text
    from ..lint.read import read_draft
    from ..lint.report import as_json, as_text

    chosen = [flag for flag, value in (("--brief", args.brief), ("--date", args.date), ("--year", args.year))
              if value is not None]
    if len(chosen) > 1:
        raise UsageError(f"{' 与 '.join(chosen)} 只能选用一个")
    day = _parse_date(args.date) if args.date else None
    year = args.year
    level = args.level
    if args.year is not None and not 1949 <= args.year <= 2100:
        raise UsageError(f"--year 应为 1949—2100 之间的年份，收到“{args.year}”")
    if args.brief:
        brief_day, brief_year, brief_level = _from_brief(args.brief)
        day, year = brief_day, (None if brief_day else brief_year)
        level = level or brief_level
    if args.output:
        if len(args.drafts) != 1 or Path(args.drafts[0]).suffix.lower() != ".docx":
            raise UsageError("-o 只能用于单个 .docx 讲稿（写出带批注的副本）")
        if Path(args.output).suffix.lower() != ".docx":
            raise UsageError("-o 的批注副本应以 .docx 结尾", file=args.output)
        if Path(args.output).resolve() == Path(args.drafts[0]).resolve():
            raise UsageError("批注副本不能覆盖原稿，请换一个文件名", file=args.output)

    drafts = [read_draft(path) for path in args.drafts]
    findings: list[Finding] = []
    for draft in drafts:
        occasion = resolve(draft.paragraphs, day=day, year=year, level=level, file=str(draft.path))
        for f in lint_text(draft.paragraphs, occasion, occasion.level):
            findings.append(_with_file(f, str(draft.path)))
    if args.output:
        from ..lint.comments import write_commented

        count = write_commented(drafts[0], findings, Path(args.output), force=args.force)
        print(f"已写出带批注的副本 {args.output}（{count} 条批注）", file=sys.stderr)
    args.exit_code = 1 if findings else 0  # kept by cli.main should stdout close under us (| head -1)
    if args.format == "json":
        print(as_json(findings))
    else:
        print(as_text(findings, [str(d.path) for d in drafts]))
    return args.exit_code


def _with_file(finding: Finding, file: str) -> Finding:
    from dataclasses import replace

    return replace(finding, file=file)
