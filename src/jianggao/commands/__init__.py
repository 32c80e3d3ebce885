"""Subcommand implementations, one module per command: each declares its own options (``HELP``,
``add_arguments``) and runs (``run``), importing what it needs only when it runs."""
from __future__ import annotations

# In the order `jianggao --help` lists them.
COMMANDS = ("new", "render", "build", "check", "lint", "mine", "phrases", "export")


def add_resource_options(p) -> None:
    """--templates and --phrasebank, shared by the commands that compose speeches."""
    p.add_argument("--templates", metavar="目录", help="模板目录（默认用内置模板）")
    add_bank_options(p)


def add_bank_options(p) -> None:
    """--phrasebank (repeatable: a unit's own banks layered over the built-in one) and --no-builtin-bank."""
    p.add_argument("--phrasebank", metavar="目录", action="append",
                   help="本单位词库目录，叠加在内置词库之上、优先使用；可写多次，后写的在上层")
    p.add_argument("--no-builtin-bank", action="store_true", help="不用内置词库，只用 --phrasebank 给出的词库")
