"""The `jianggao` command: parses arguments, calls the core, maps errors to messages and exit codes.

Imports are lazy (each subcommand imports its module when run) so `jianggao --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .chinese_argparse import ChineseArgumentParser
from .errors import JianggaoError

FORMATS = ("autotext", "sogou", "mspinyin", "rime", "vscode", "espanso", "csv", "json", "html")
TEXT_FORMATS = ("docx", "md", "txt", "outline")
PROFILES = ("speech", "gbt9704")
FORMAT_HELP = "输出格式：docx（Word）、md、txt、outline（只列提纲）"
PROFILE_HELP = "版式：speech（默认，字号放大便于念稿）或 gbt9704（标准公文版式）"


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--templates", metavar="目录", help="模板目录（默认用内置模板）")
    p.add_argument("--phrasebank", metavar="目录", help="词库目录（默认用内置词库）")


def _debug(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the command (jianggao --debug render … / jianggao render … --debug); on a
    # subcommand SUPPRESS keeps an absent flag from overwriting the top-level one.
    p.add_argument("--debug", action="store_true", default=False if top else argparse.SUPPRESS,
                   help="出错时另外显示英文的技术细节（供开发者排查）")


def non_negative_int(text: str) -> int:
    """``--limit``: a count, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} 不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能是负数（{text}）")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The whole CLI surface of DESIGN.md, every word a user reads in Chinese."""
    parser = ChineseArgumentParser(
        prog="jianggao",
        description="讲稿：离线起草卫生健康工作会议讲话稿。",
    )
    parser.add_argument("--version", action="version", version="jianggao 0.1.0", help="显示版本号并退出")
    _debug(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令",
                                help="每个命令的用法：jianggao 命令 -h（如 jianggao render -h）")

    p = sub.add_parser("new", help="向导：逐项提问，生成简报和讲话稿", description="向导：逐项提问，生成简报和讲话稿。")
    p.add_argument("-o", "--output-dir", default=".", metavar="目录", help="简报和讲话稿写到这个目录（默认当前目录）")
    p.add_argument("--from", dest="from_brief", metavar="简报", help="以去年的简报（或保存的草稿）为基础预填")
    p.add_argument("--answers", metavar="文件", help="从答案文件（与简报格式相同）无人值守生成，不提问")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    _common(p)
    _debug(p)

    p = sub.add_parser("render", help="一份简报 → 一个讲话稿文件", description="由一份简报生成一个讲话稿文件。")
    p.add_argument("brief", metavar="简报.yaml", help="简报文件（YAML）")
    p.add_argument("-o", "--output", metavar="输出文件", help="输出文件（默认与简报同名，放在简报旁边）")
    p.add_argument("--format", default=None, choices=TEXT_FORMATS, help=FORMAT_HELP + "；默认按输出文件扩展名，否则 docx")
    p.add_argument("--profile", default="speech", choices=PROFILES, help=PROFILE_HELP)
    p.add_argument("--reference-doc", metavar="样式.docx", help="改用这个 Word 文档里的样式")
    p.add_argument("--seed", type=int, metavar="数字", help="随机种子（覆盖简报中的 seed；换一个数字得到措辞不同的一稿）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    _common(p)
    _debug(p)

    p = sub.add_parser("build", help="多份简报 → 多个讲话稿文件", description="批量生成：一份简报出错不影响其他简报，最后列出结果。")
    p.add_argument("inputs", nargs="+", metavar="简报或目录", help="简报文件，或含简报（*.yaml）的目录")
    p.add_argument("-o", "--output-dir", required=True, metavar="输出目录", help="讲话稿写到这个目录（必填）")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="同时处理的进程数（默认 1）")
    p.add_argument("--format", default="docx", choices=TEXT_FORMATS, help=FORMAT_HELP + "（默认 docx）")
    p.add_argument("--profile", default="speech", choices=PROFILES, help=PROFILE_HELP)
    p.add_argument("--reference-doc", metavar="样式.docx", help="改用这个 Word 文档里的样式")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    _common(p)
    _debug(p)

    p = sub.add_parser("check", help="只校验简报，不生成讲话稿", description="只校验简报，不生成讲话稿。")
    p.add_argument("briefs", nargs="+", metavar="简报.yaml", help="要校验的简报文件")
    _debug(p)

    p = sub.add_parser("mine", help="语料 → 词库", description="从讲话稿语料中挖掘词库。")
    p.add_argument("corpus", nargs="+", metavar="语料路径", help="语料文件或目录（.txt .md .html .docx）")
    p.add_argument("-o", "--output-dir", default="phrasebank", metavar="目录", help="词库写到这个目录（默认 phrasebank）")
    p.add_argument("--clean-dir", metavar="目录", help="同时写出每篇文档清洗、切分后的文本，供检查")
    p.add_argument("--curation", metavar="文件", help="整理决定文件（默认 目录/_curation.yaml）")
    _debug(p)

    p = sub.add_parser("phrases", help="浏览词库", description="浏览词库：list 列出，search 查找文字，show 显示一条词条的全部信息。")
    p.add_argument("action", choices=("list", "search", "show"), metavar="{list,search,show}",
                   help="list 列出；search 查找文字；show 显示一条词条")
    p.add_argument("query", nargs="?", metavar="文字或编号", help="search：要查找的文字；show：词条编号")
    p.add_argument("--category", metavar="类别", help="只看这个类别（如 过渡 或 transition）")
    p.add_argument("--role", metavar="作用", help="只看这个作用（如 转入问题 或 problems）")
    p.add_argument("--topic", metavar="领域", help="只看这个领域（如 医改）")
    p.add_argument("--kind", metavar="讲话类型", help="只看这个讲话类型（如 表态发言 或 pledge）")
    p.add_argument("--text", metavar="文字", help="只看含有这段文字（或编码）的词条")
    p.add_argument("--limit", type=non_negative_int, default=50, metavar="N", help="最多显示多少条（默认 50）")
    p.add_argument("--phrasebank", metavar="目录", help="词库目录（默认用内置词库）")
    _debug(p)

    p = sub.add_parser("export", help="导出词库到其他编辑器和输入法", description="把词库导出为其他编辑器、输入法能导入的文件。")
    p.add_argument("--format", required=True, choices=FORMATS, metavar="格式",
                   help="导出格式（必填）：" + "、".join(FORMATS))
    p.add_argument("-o", "--output", metavar="路径", help="输出文件（默认按格式命名，写在当前目录）")
    p.add_argument("--category", action="append", metavar="类别", help="只导出这个类别（可写多次）")
    p.add_argument("--topic", action="append", metavar="领域", help="只导出这个领域（可写多次）")
    p.add_argument("--kind", action="append", metavar="讲话类型", help="只导出这个讲话类型（可写多次）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    p.add_argument("--phrasebank", metavar="目录", help="词库目录（默认用内置词库）")
    _debug(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 some inputs failed, 2 invalid)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # -h, --version, or a usage error already printed in Chinese: its exit code
        return stop.code if isinstance(stop.code, int) else 2
    if not args.command:
        parser.print_help()
        return 2
    JianggaoError.debug = bool(getattr(args, "debug", False))
    try:
        module = importlib.import_module(f"jianggao.commands.{args.command}")
        return int(module.run(args) or 0)
    except JianggaoError as exc:
        print(f"jianggao: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\njianggao: 已取消", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
