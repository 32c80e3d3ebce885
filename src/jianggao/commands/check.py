"""`jianggao check BRIEF…`: validate briefs only, one line per file (✓ with warnings, or the error)."""
from __future__ import annotations

import argparse
import sys

HELP = "只校验简报，指出文件、行号和字段"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao check`."""
    p.add_argument("briefs", nargs="+", metavar="简报.yaml", help="要校验的简报文件（可写多个）")


def run(args: argparse.Namespace) -> int:
    """Check every brief named; 0 when all are valid, 2 when any is not (DESIGN: invalid input)."""
    from ..briefs.load import brief_warnings, load_brief
    from ..errors import BriefError
    from ..fileio import printable
    from ..model.kinds import KINDS

    kind_names = {k.key: k.name for k in KINDS}
    failed = 0
    for path in args.briefs:
        try:
            brief = load_brief(path, plain=True)
        except BriefError as exc:
            failed += 1
            print(f"✗ {printable(str(exc))}", file=sys.stderr)
            continue
        print(f"✓ {printable(path)}: {kind_names.get(brief.kind, brief.kind)}，{brief.meeting_name}")
        for warning in brief_warnings(brief):
            print(f"  ⚠ {warning}")
    if len(args.briefs) > 1:
        print(f"共 {len(args.briefs)} 份简报：{len(args.briefs) - failed} 份有效，{failed} 份有误", file=sys.stderr)
    return 2 if failed else 0
