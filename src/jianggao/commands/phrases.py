"""`jianggao phrases` (not built yet)."""
from __future__ import annotations

from ..errors import NotBuiltYet


def run(args) -> int:
    """Say the subcommand is not built yet (exit 2)."""
    raise NotBuiltYet("「phrases」命令尚未实现", english="'phrases' is not built yet")
