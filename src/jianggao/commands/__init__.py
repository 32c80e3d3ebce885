"""Subcommand implementations, one module per command: each declares its own options (``HELP``,
``add_arguments``) and runs (``run``), importing what it needs only when it runs."""
from __future__ import annotations

# In the order `jianggao --help` lists them.
COMMANDS = ("new", "render", "build", "check", "mine", "phrases", "export")


def add_resource_options(p) -> None:
    """--templates and --phrasebank, shared by the commands that compose speeches."""
    p.add_argument("--templates", metavar="目录", help="模板目录（默认用内置模板）")
    p.add_argument("--phrasebank", metavar="目录", help="词库目录（默认用内置词库）")
