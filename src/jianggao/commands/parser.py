"""argparse in Chinese: 用法、选项、显示帮助并退出, and argparse's own error messages translated.

argparse builds its English through gettext at run time; rather than patch the stdlib module (a process-wide
side effect), the parser subclass below supplies Chinese titles and help, and translates the finished error
message in the one place every argparse error passes through (``ArgumentParser.error``).
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any, NoReturn

USAGE_PREFIX = "用法："
POSITIONALS_TITLE = "位置参数"
OPTIONALS_TITLE = "选项"
HELP_HELP = "显示帮助并退出"

_TYPE_NAMES = {"int": "整数", "float": "数字", "str": "文字"}

# argparse's error texts (Python 3.9–3.13 wordings) → Chinese. Tried in order; the first match wins.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"^the following arguments are required: (?P<a>.*)$", "缺少必填参数：{a}"),
    (r"^unrecognized arguments: (?P<a>.*)$", "无法识别的参数：{a}"),
    (r"^one of the arguments (?P<a>.*) is required$", "以下参数必须给出一个：{a}"),
    (r"^ambiguous option: (?P<a>\S+) could match (?P<b>.*)$", "选项 {a} 有歧义，可能是：{b}"),
    (r"^unexpected option string: (?P<a>.*)$", "意外的选项：{a}"),
    (r"^argument (?P<arg>.+?): invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)$",
     "参数 {arg}：{v} 不是可选值（可选：{c}）"),
    (r"^argument (?P<arg>.+?): invalid (?P<t>\w+) value: (?P<v>.*)$", "参数 {arg}：{v} 不是有效的{t}"),
    (r"^argument (?P<arg>.+?): expected one argument$", "参数 {arg} 后面需要一个值"),
    (r"^argument (?P<arg>.+?): expected at most one argument$", "参数 {arg} 后面最多一个值"),
    (r"^argument (?P<arg>.+?): expected at least one argument$", "参数 {arg} 后面至少需要一个值"),
    (r"^argument (?P<arg>.+?): expected (?P<n>\d+) arguments?$", "参数 {arg} 后面需要 {n} 个值"),
    (r"^argument (?P<arg>.+?): not allowed with argument (?P<b>.*)$", "参数 {arg} 不能与 {b} 同时使用"),
    (r"^argument (?P<arg>.+?): ignored explicit argument (?P<v>.*)$", "参数 {arg} 不接受值 {v}"),
    # our own type checks (ArgumentTypeError) already speak Chinese: only the prefix is argparse's
    (r"^argument (?P<arg>.+?): (?P<m>.*)$", "参数 {arg}：{m}"),
)


def translate_error(message: str) -> str:
    """argparse's English error message in Chinese (unchanged if argparse has a wording we do not know)."""
    for pattern, zh in _ERRORS:  # compiled here, on an error only (re keeps them): not on every start
        m = re.match(pattern, message)
        if m:
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            if "t" in groups:
                groups["t"] = _TYPE_NAMES.get(groups["t"], "值")
            groups = {k: v.replace("argument ", "") for k, v in groups.items()}
            return zh.format(**groups)
    return message


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a Chinese character takes two (argparse counts one)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` columns: between words for Latin text, anywhere
    between two Chinese characters (textwrap counts characters, so Chinese help ran past 80 columns)."""
    lines: list[str] = []
    for word in re.findall(r"[\x21-\x7e]+|\s+|.", " ".join(text.split())):
        if lines and display_width(lines[-1]) + display_width(word) <= width:
            lines[-1] += word
        elif not word.isspace():
            lines.append(word)
    return [line.rstrip() for line in lines] or [""]


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Help text with a Chinese usage prefix, wrapped and aligned by display width."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None) -> str:
        # argparse wraps the usage by len(); narrow it until it fits by display width.
        width = self._width
        try:
            while True:
                text = super()._format_usage(usage, actions, groups, prefix)
                if self._width <= 40 or all(display_width(line) <= width for line in text.splitlines()):
                    return text
                self._width -= 2
        finally:
            self._width = width

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_columns(text, max(width, 11))

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_columns(text, max(width, 11)))

    def _format_action(self, action: argparse.Action) -> str:
        # argparse pads the option column with len(): each Chinese character in a metavar pushes the
        # help one column right. Take those spaces back (or move the help to its own line).
        text = super()._format_action(action)
        invocation = self._format_action_invocation(action)
        extra = display_width(invocation) - len(invocation)
        head, sep, rest = text.partition("\n")
        lead = " " * self._current_indent + invocation
        if extra and head.startswith(lead) and head[len(lead):].startswith("  ") and head[len(lead):].strip():
            gap = len(head) - len(head[len(lead):].lstrip(" ")) - len(lead)
            if gap - extra >= 2:
                head = lead + " " * (gap - extra) + head[len(lead) + gap:]
            else:
                head = lead + "\n" + " " * (len(lead) + gap) + head[len(lead) + gap:]
        return head + sep + rest


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Chinese: titles, -h, usage prefix and error lines.

    Subparsers made with ``add_subparsers`` are of the same class (argparse passes ``parser_class`` on)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False   # ours instead: 显示帮助并退出
        super().__init__(*args, **kwargs)
        self._positionals.title = POSITIONALS_TITLE
        self._optionals.title = OPTIONALS_TITLE
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_HELP)

    def error(self, message: str) -> NoReturn:
        """Usage, then one Chinese line ``jianggao render: 错误：…``; exit 2 (DESIGN: usage error)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{translate_error(message)}\n")
