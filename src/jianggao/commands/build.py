"""`jianggao build` (not built yet)."""
from __future__ import annotations

from ..errors import NotBuiltYet


def run(args) -> int:
    """Say the subcommand is not built yet (exit 2)."""
    raise NotBuiltYet("「build」命令尚未实现", english="'build' is not built yet")
