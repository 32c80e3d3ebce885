"""The `jianggao` command: parses arguments, calls the core, maps errors to messages and exit codes.

Imports are lazy (each subcommand imports its module when run) so `jianggao --help` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

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


def build_parser() -> argparse.ArgumentParser:
    """The whole CLI surface of DESIGN.md: each command adds its own options (commands/<name>.py)."""
    from .commands import COMMANDS

    parser = argparse.ArgumentParser(prog="jianggao", description="讲稿：离线起草卫生健康工作会议讲话稿。")
    parser.add_argument("--version", action=_Version, nargs=0, help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMANDS:
        module = importlib.import_module(f"jianggao.commands.{name}")
        module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 some inputs failed, 2 invalid)."""
    parser = build_parser()
    args = parser.parse_args(argv)
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
