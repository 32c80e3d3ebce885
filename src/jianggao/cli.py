"""The `jianggao` command: parses arguments, calls the core, maps errors to messages and exit codes.

Imports are lazy (each subcommand imports its module when run) so `jianggao --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import JianggaoError

FORMATS = ("autotext", "sogou", "mspinyin", "rime", "vscode", "espanso", "csv", "json", "html")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--templates", metavar="DIR", help="模板目录（默认用内置模板）/ templates folder")
    _bank_options(p)


def _bank_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--phrasebank", metavar="DIR", action="append",
                   help="本单位词库目录，叠加在内置词库之上，优先使用（可重复）/ own bank layered over the built-in one")
    p.add_argument("--no-builtin-bank", action="store_true",
                   help="不用内置词库，只用 --phrasebank 指定的词库 / use only the given banks")


def build_parser() -> argparse.ArgumentParser:
    """The whole CLI surface of DESIGN.md."""
    parser = argparse.ArgumentParser(
        prog="jianggao",
        description="讲稿：离线起草卫生健康工作会议讲话稿。Drafts health-work-conference speeches offline.",
    )
    parser.add_argument("--version", action="version", version="jianggao 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="命令")

    p = sub.add_parser("new", help="向导：逐项提问，生成简报和讲话稿 / interactive wizard")
    p.add_argument("-o", "--output-dir", default=".", metavar="DIR", help="输出目录")
    p.add_argument("--from", dest="from_brief", metavar="BRIEF", help="以去年的简报为基础预填")
    p.add_argument("--answers", metavar="FILE", help="从答案文件无人值守运行")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    _common(p)

    p = sub.add_parser("render", help="一份简报 → 一个文件 / one brief → one file")
    p.add_argument("brief", metavar="BRIEF.yaml")
    p.add_argument("-o", "--output", metavar="OUT", help="输出文件（默认与简报同名）")
    p.add_argument("--format", default=None, choices=("docx", "md", "txt", "outline"),
                   help="输出格式（默认按输出文件扩展名，否则 docx）")
    p.add_argument("--profile", default="speech", choices=("speech", "gbt9704"), help="版式")
    p.add_argument("--reference-doc", metavar="REF.docx", help="用此文档的样式")
    p.add_argument("--seed", type=int, help="随机种子（覆盖简报中的 seed）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    _common(p)

    p = sub.add_parser("build", help="多份简报 → 多个文件 / many briefs → many files")
    p.add_argument("inputs", nargs="+", metavar="BRIEF_OR_DIR")
    p.add_argument("-o", "--output-dir", required=True, metavar="OUTDIR")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="并行进程数")
    p.add_argument("--format", default="docx", choices=("docx", "md", "txt", "outline"))
    p.add_argument("--profile", default="speech", choices=("speech", "gbt9704"))
    p.add_argument("--reference-doc", metavar="REF.docx")
    p.add_argument("--force", action="store_true")
    _common(p)

    p = sub.add_parser("check", help="只校验简报 / validate briefs")
    p.add_argument("briefs", nargs="+", metavar="BRIEF.yaml")

    p = sub.add_parser("mine", help="语料 → 词库 / corpus → phrase bank")
    p.add_argument("corpus", nargs="+", metavar="CORPUS_PATH")
    p.add_argument("-o", "--output-dir", default="phrasebank", metavar="DIR")
    p.add_argument("--clean-dir", metavar="DIR", help="同时写出每篇文档清洗、切分后的文本")
    p.add_argument("--curation", metavar="FILE", help="整理决定文件（默认 DIR/_curation.yaml）")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="并行进程数（默认每个 CPU 核一个）")

    p = sub.add_parser("phrases", help="浏览词库 / browse the phrase bank")
    p.add_argument("action", choices=("list", "search", "show"))
    p.add_argument("query", nargs="?", help="search: 文字；show: 词条编号")
    p.add_argument("--category")
    p.add_argument("--role")
    p.add_argument("--topic")
    p.add_argument("--kind")
    p.add_argument("--text")
    p.add_argument("--limit", type=int, default=50)
    _bank_options(p)

    p = sub.add_parser("export", help="导出词库到其他编辑器和输入法 / export the bank")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument("--category", action="append")
    p.add_argument("--topic", action="append")
    p.add_argument("--kind", action="append")
    p.add_argument("--force", action="store_true")
    _bank_options(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 some inputs failed, 2 invalid)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "no_builtin_bank", False):
        if not args.phrasebank:
            parser.error("--no-builtin-bank 需要同时给出 --phrasebank DIR")
        from .resources import ONLY_GIVEN_BANKS

        args.phrasebank = [ONLY_GIVEN_BANKS, *args.phrasebank]
    if not args.command:
        parser.print_help()
        return 2
    try:
        module = importlib.import_module(f"jianggao.commands.{args.command}")
        return int(module.run(args) or 0)
    except JianggaoError as exc:
        print(f"jianggao: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\njianggao: 已取消 (interrupted)", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
