"""The `jianggao` command: parses arguments, calls the core, maps errors to messages and exit codes.

Imports are lazy (each subcommand imports its module when run) so `jianggao --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .commands.parser import ChineseArgumentParser
from .errors import JianggaoError


class _Version(argparse.Action):
    """--version, read from the installed package's metadata (the version is written once, in pyproject.toml)
    only when asked: importlib.metadata costs more than the rest of `--help`."""

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        try:
            release = version("jianggao")
        except PackageNotFoundError:  # a source tree on sys.path, not installed
            release = "（未安装）"
        parser.exit(message=f"jianggao {release}\n")


def _debug_option(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the command (jianggao --debug render … / jianggao render … --debug); on a
    # command SUPPRESS keeps an absent flag from overwriting the top-level one.
    p.add_argument("--debug", action="store_true", default=False if top else argparse.SUPPRESS,
                   help="出错时另外显示英文的技术细节（供开发者排查）")


def build_parser() -> argparse.ArgumentParser:
    """The whole CLI surface of DESIGN.md: each command adds its own options (commands/<name>.py); every
    word of help, usage and argparse's own errors in Chinese (commands/parser.py)."""
    from .commands import COMMANDS

    parser = ChineseArgumentParser(prog="jianggao", description="讲稿：离线起草卫生健康工作会议讲话稿。")
    parser.add_argument("--version", action=_Version, nargs=0, help="显示版本号并退出")
    _debug_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令",
                                help="每个命令的用法：jianggao 命令 -h（如 jianggao render -h）")
    for name in COMMANDS:
        module = importlib.import_module(f"jianggao.commands.{name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        _debug_option(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 some inputs failed, 2 invalid)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # -h, --version, or a usage error already printed in Chinese: its exit code
        return stop.code if isinstance(stop.code, int) else 2
    if getattr(args, "no_builtin_bank", False):
        if not args.phrasebank:
            parser.error("--no-builtin-bank 需要同时给出 --phrasebank 目录")
        from .resources import ONLY_GIVEN_BANKS

        args.phrasebank = [ONLY_GIVEN_BANKS, *args.phrasebank]
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
