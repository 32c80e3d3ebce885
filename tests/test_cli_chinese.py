"""Issue 9: everything the command line says is Chinese — help, usage, argparse's own errors, our errors —
with the English technical note only behind --debug."""
from __future__ import annotations

import argparse
import re

import pytest

from jianggao.cli import build_parser, main
from jianggao.commands import COMMANDS  # every command, lint included
from jianggao.commands.parser import display_width

HAN = re.compile(r"[\u4e00-\u9fff]")


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_of_every_command_has_a_chinese_help_line(command):
    for action in subparsers()[command]._actions:
        assert action.help and HAN.search(action.help), (command, action.option_strings or action.dest)


@pytest.mark.parametrize("argv", [["-h"], *([c, "-h"] for c in COMMANDS)])
def test_help_is_chinese_and_fits_80_columns(argv, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：jianggao") and "选项:" in out and "显示帮助并退出" in out
    for english in ("usage:", "options:", "positional arguments", "show this help", "show program's"):
        assert english not in out
    assert max(display_width(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("argv, message", [
    (["render"], "错误：缺少必填参数：简报.yaml"),
    (["render", "a.yaml", "--format", "pdf"], "错误：参数 --format：'pdf' 不是可选值"),
    (["render", "a.yaml", "--seed", "五"], "错误：参数 --seed：'五' 不是有效的整数"),
    (["render", "a.yaml", "--bogus"], "错误：无法识别的参数：--bogus"),
    (["phrases", "list", "--limit", "-3"], "错误：参数 --limit：不能是负数"),
    (["build", "x.yaml"], "错误：缺少必填参数：-o/--output-dir"),
    (["nosuch"], "错误：参数 命令：'nosuch' 不是可选值"),
])
def test_argparse_errors_are_chinese_and_exit_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "error:" not in err and "usage:" not in err


def test_an_error_is_one_chinese_line_and_debug_adds_the_english(tmp_path, capsys):
    brief = tmp_path / "b.yaml"
    brief.write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    out = tmp_path / "b.docx"
    out.write_bytes(b"mine")
    assert main(["render", str(brief), "-o", str(out)]) == 2
    plain = capsys.readouterr().err.strip()
    assert len(plain.splitlines()) == 1 and HAN.search(plain)
    assert not re.search(r"\([A-Za-z][^)]*\)", plain) and "--force" in plain
    assert main(["--debug", "render", str(brief), "-o", str(out)]) == 2
    debug = capsys.readouterr().err.strip()
    assert debug.startswith(plain) and "[debug: " in debug
    assert main(["render", str(brief), "-o", str(out), "--debug"]) == 2     # after the command too
    assert "[debug: " in capsys.readouterr().err
    assert out.read_bytes() == b"mine"
