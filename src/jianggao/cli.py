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
    p.add_argument("--phrasebank", metavar="DIR", help="词库目录（默认用内置词库）/ phrase bank folder")


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

    p = sub.add_parser("phrases", help="浏览词库 / browse the phrase bank")
    p.add_argument("action", choices=("list", "search", "show"))
    p.add_argument("query", nargs="?", help="search: 文字；show: 词条编号")
    p.add_argument("--category")
    p.add_argument("--role")
    p.add_argument("--topic")
    p.add_argument("--kind")
    p.add_argument("--text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--phrasebank", metavar="DIR")

    p = sub.add_parser("export", help="导出词库到其他编辑器和输入法 / export the bank")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument("--category", action="append")
    p.add_argument("--topic", action="append")
    p.add_argument("--kind", action="append")
    p.add_argument("--force", action="store_true")
    p.add_argument("--phrasebank", metavar="DIR")
    return parser


# Exit code after SIGTERM or SIGHUP (128 + SIGTERM, what a shell reports for a terminated job); Ctrl-C gives 130.
EXIT_STOPPED = 143
# A batch whose every brief is its own input: a failure the system caused (full disk…) fails the batch, exit 1.
_BATCH_COMMANDS = ("build",)


class Stopped(KeyboardInterrupt):
    """Raised in the main thread when SIGTERM or SIGHUP arrives, so that every ``except KeyboardInterrupt``
    path (build's pool shutdown, the wizard's keep-what-was-answered) runs for them as for Ctrl-C."""


def _stop(signum, frame) -> None:
    raise Stopped(signum)


def _install_signal_handlers() -> dict:
    """SIGTERM and SIGHUP handled like SIGINT; returns the handlers they replace (restored on the way out)."""
    import signal

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            previous[signum] = signal.signal(signum, _stop)
        except (ValueError, OSError):  # not the main thread (an embedding program): leave them be
            pass
    return previous


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 some inputs failed, 2 invalid,
    130 interrupted by Ctrl-C, 143 stopped by SIGTERM or SIGHUP)."""
    import signal

    from .fileio import os_error_text, remove_temporaries

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    previous = _install_signal_handlers()
    try:
        module = importlib.import_module(f"jianggao.commands.{args.command}")
        return int(module.run(args) or 0)
    except JianggaoError as exc:
        print(f"jianggao: {_plain(exc)}", file=sys.stderr)
        return 1 if args.command in _BATCH_COMMANDS and exc.exit_code == 0 else exc.exit_code
    except OSError as exc:
        # The last net: every OSError a command did not name itself is still one Chinese line, no traceback.
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"jianggao: {where}{os_error_text(exc)}", file=sys.stderr)
        return 1 if args.command in _BATCH_COMMANDS else 2
    except MemoryError:
        print("jianggao: 内存不足，已停止", file=sys.stderr)
        return 1 if args.command in _BATCH_COMMANDS else 2
    except KeyboardInterrupt as exc:
        remove_temporaries()
        if isinstance(exc, Stopped):
            print("\njianggao: 已停止 (terminated)", file=sys.stderr)
            return EXIT_STOPPED
        print("\njianggao: 已取消 (interrupted)", file=sys.stderr)
        return 130
    finally:
        remove_temporaries()
        for signum, handler in previous.items():
            try:
                signal.signal(signum, handler)
            except (ValueError, OSError, TypeError):
                pass


def _plain(exc: JianggaoError) -> str:
    """The message with its file name printable: a name holding invalid UTF-8 bytes (surrogate escapes)
    would make the print itself fail."""
    return str(exc).encode("utf-8", "backslashreplace").decode("utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
