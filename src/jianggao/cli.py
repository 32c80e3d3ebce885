"""The `jianggao` command: parses arguments, calls the core, maps errors to messages and exit codes.

Imports are lazy (each subcommand imports its module when run) so `jianggao --help` stays fast.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .commands.parser import ChineseArgumentParser
from .errors import JianggaoError, Stopped


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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole CLI surface of DESIGN.md: each command adds its own options (commands/<name>.py); every
    word of help, usage and argparse's own errors in Chinese (commands/parser.py).  With ``only`` (a command's
    name) that command alone is added: what parsing its own arguments needs, without importing the others."""
    from .commands import COMMANDS

    parser = ChineseArgumentParser(prog="jianggao", description="讲稿：离线起草卫生健康工作会议讲话稿。")
    parser.add_argument("--version", action=_Version, nargs=0, help="显示版本号并退出")
    _debug_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令",
                                help="每个命令的用法：jianggao 命令 -h（如 jianggao render -h）")
    for name in (only,) if only in COMMANDS else COMMANDS:
        module = importlib.import_module(f"jianggao.commands.{name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        _debug_option(command)
    return parser


# Commands that read one document and write one, then exit: they run without Python's cyclic garbage collector.
# What they allocate (modules, the bank, the templates, the speech) lives until they end and makes little cyclic
# garbage (peak memory of a render the same, 41 MB), yet the collector walked it a hundred times a render. It is on
# again when main returns (tests call main in one process), and the batch and interactive commands (build, mine,
# new) keep it throughout.
_ONE_DOCUMENT = ("render", "check", "lint")

# Exit code after SIGTERM or SIGHUP (128 + SIGTERM, what a shell reports for a terminated job); Ctrl-C gives 130.
EXIT_STOPPED = 143
# A batch whose every brief is its own input: a failure the system caused (full disk…) fails the batch, exit 1.
_BATCH_COMMANDS = ("build",)


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
    named = _named_command(argv)
    parsed: list[argparse.Namespace] = []  # the arguments once parsed; a command may record its exit code there
    pause = gc.isenabled() and named in _ONE_DOCUMENT
    if pause:
        gc.disable()
    try:
        with _made_ahead(named):
            code = _main(argv, parsed)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's flush at exit
    except BrokenPipeError:  # `jianggao lint … | head -1`, `jianggao -h | head`: the reader has gone
        _quiet_closed_stdout()
        # The exit the command would have given where it recorded it before printing (lint: 1 when it has
        # findings); else 1, as the docs' recipe and rich's console (phrases, export) both exit on EPIPE.
        code = int(getattr(parsed[0] if parsed else None, "exit_code", 1))
    finally:
        if pause:
            if argv is None:
                # The program itself (the console script, python -m jianggao), about to exit: what it allocated is
                # moved out of the collector's reach, so the interpreter's last collection at exit does not walk
                # it either (~20 ms a render). A caller passing argv (tests, embedding) keeps its heap as it was.
                gc.freeze()
            gc.enable()
    if pause and argv is None:
        _exit_now(code)
    return code


@contextmanager
def _made_ahead(command: str | None) -> Iterator[None]:
    """While a command runs, what was compiled when the package was made for this very interpreter is used instead of
    compiling it again: the regular expressions (prepared/regexes.py) and the dataclasses' methods
    (prepared/methods.py). Not for --help and the like, which compile a handful."""
    if command is None:
        yield
        return
    from .prepared import methods, regexes

    regexes.install()
    with methods.installed():
        yield


def _exit_now(code: int) -> None:
    """End the program itself once a one-document command is done and its output flushed, without the
    interpreter's teardown: freeing every module and object it made one by one is ~4% of a render's time (paired
    runs, bench/README.md) and nothing of ours waits for it (files are written and closed, temporaries removed,
    no atexit handlers). Not under a profiler, tracer or coverage tool, which report at exit."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # gone or closed: what could not be written is lost either way
            pass
    os._exit(code)


def _named_command(argv: list[str] | None) -> str | None:
    """The command ``argv`` runs when nothing for the top-level parser comes before it but --debug, else None:
    the parser is then built for that command alone (``jianggao -h``, a mistyped command and the like get
    the whole parser, so what they print lists every command)."""
    from .commands import COMMANDS

    for arg in sys.argv[1:] if argv is None else argv:
        if arg != "--debug":
            return arg if arg in COMMANDS else None
    return None


def _main(argv: list[str] | None, parsed: list[argparse.Namespace]) -> int:
    import signal

    from .fileio import os_error_text, printable, remove_temporaries

    parser = build_parser(_named_command(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # -h, --version, or a usage error already printed in Chinese: its exit code
        return stop.code if isinstance(stop.code, int) else 2
    parsed.append(args)
    if getattr(args, "no_builtin_bank", False):
        if not args.phrasebank:
            parser.error("--no-builtin-bank 需要同时给出 --phrasebank 目录")
        from .resources import ONLY_GIVEN_BANKS

        args.phrasebank = [ONLY_GIVEN_BANKS, *args.phrasebank]
    if not args.command:
        parser.print_help()
        return 2
    JianggaoError.debug = bool(getattr(args, "debug", False))
    previous = _install_signal_handlers()
    try:
        module = importlib.import_module(f"jianggao.commands.{args.command}")
        return int(module.run(args) or 0)
    except JianggaoError as exc:
        print(f"jianggao: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader of stdout has gone: main() ends quietly
        raise
    except OSError as exc:
        # The last net: every OSError a command did not name itself is still one Chinese line, no traceback.
        where = f"{printable(str(exc.filename))}: " if getattr(exc, "filename", None) else ""
        print(f"jianggao: {where}{os_error_text(exc)}", file=sys.stderr)
        return 1 if args.command in _BATCH_COMMANDS else 2
    except MemoryError:
        print("jianggao: 内存不足，已停止", file=sys.stderr)
        return 1 if args.command in _BATCH_COMMANDS else 2
    except KeyboardInterrupt as exc:
        remove_temporaries()
        if isinstance(exc, Stopped):
            print("\njianggao: 已停止", file=sys.stderr)
            return EXIT_STOPPED
        print("\njianggao: 已取消", file=sys.stderr)
        return 130
    finally:
        remove_temporaries()
        for signum, handler in previous.items():
            try:
                signal.signal(signum, handler)
            except (ValueError, OSError, TypeError):
                pass


def _quiet_closed_stdout() -> None:
    """The reader of our stdout went away (`jianggao lint … | head -1`): nothing more can be said there.
    Point stdout at devnull so the interpreter's final flush at exit raises no second BrokenPipeError
    (the recipe of the Python docs, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (a test's capture): nothing to flush later
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
