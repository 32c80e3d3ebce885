"""`jianggao new`: the wizard, or `--answers FILE` unattended; both write the brief YAML and the .docx."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

HELP = "向导：逐项提问，写出简报和讲话稿"


def add_arguments(p) -> None:
    """The options of `jianggao new`."""
    from . import add_resource_options

    p.add_argument("-o", "--output-dir", default=".", metavar="目录", help="简报和讲话稿写到哪个目录（默认当前目录）")
    p.add_argument("--from", dest="from_brief", metavar="去年的简报.yaml", help="用去年的简报预填，年份、日期和会议顺延一年")
    p.add_argument("--answers", metavar="答案.yaml", help="从答案文件读取回答，无人值守运行")
    p.add_argument("--force", action="store_true", help="覆盖已存在的同名文件")
    add_resource_options(p)


def run(args) -> int:
    """Run the wizard (exit 0 written, 2 cancelled or invalid)."""
    from ..errors import UsageError

    folder = Path(args.output_dir)
    templates, phrasebank = getattr(args, "templates", None), getattr(args, "phrasebank", None)
    if args.answers and args.from_brief:
        raise UsageError("--answers 与 --from 不能同时使用", english="--answers and --from cannot be combined")
    if args.answers:
        return _unattended(Path(args.answers), folder, force=args.force, templates=templates, phrasebank=phrasebank)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):  # a pipe either way: nobody sees or answers the prompts
        from ..wizard.flow import NO_TTY_MESSAGE

        print(NO_TTY_MESSAGE, file=sys.stderr)
        return 2
    start, chinese_keys = None, True
    if args.from_brief:
        from ..wizard.answers import uses_chinese_keys

        start, chinese_keys = _start_answers(Path(args.from_brief)), uses_chinese_keys(Path(args.from_brief))
    # The first prompt needs only questionary (issue 4: on screen ≤ 0.5 s); pydantic, the brief model and
    # the bank load while the user reads it, started late enough not to compete with drawing it.
    warm = threading.Timer(0.3, _warm_up)
    warm.daemon = True
    warm.start()
    from ..wizard.flow import interactive
    from ..wizard.prompts import Prompter

    return interactive(Prompter(), folder, start=start, chinese_keys=chinese_keys, force=args.force,
                       templates=templates, phrasebank=phrasebank)


def _warm_up() -> None:
    pass


def _start_answers(path: Path) -> dict:
    """``--from``: a saved draft resumes as it is; last year's brief is moved on a year."""
    from ..wizard.answers import (
        answers_from_brief,
        load_brief_file,
        load_draft,
        moved_on,
    )

    if path.name.endswith(".draft.yaml"):
        return load_draft(path)
    return moved_on(answers_from_brief(load_brief_file(path)))


def _unattended(path: Path, folder: Path, *, force: bool, templates, phrasebank) -> int:
    """``--answers FILE``: the brief's own shape, same validators, same outputs, no prompts."""
    from ..wizard.answers import load_brief_file, uses_chinese_keys
    from ..wizard.output import output_paths, write_outputs

    brief = load_brief_file(path)
    yaml_path, docx_path = output_paths(folder, brief)
    write_outputs(brief, yaml_path, docx_path, chinese_keys=uses_chinese_keys(path), force=force,
                  templates=templates, phrasebank=phrasebank)
    print(f"已生成：{yaml_path}  {docx_path}")
    return 0
