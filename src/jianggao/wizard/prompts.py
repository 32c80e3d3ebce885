"""The wizard's prompt primitives: questionary in Chinese, always on the given prompt_toolkit input/output."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

SELECT_HELP = "（↑↓ 移动，回车确认）"
CHECKBOX_HELP = "（↑↓ 移动，空格 勾选/取消，回车确认）"
LIST_END_HELP = "（直接回车结束）"


def enter_takes(default: str) -> str:
    """The hint beside a question whose default is shown dimmed: ⏎ takes it."""
    return f"（直接回车 = {default}）"


def confirm_help(default: bool) -> str:
    """questionary's own is ``(Y/n)``; ours names both keys and what ⏎ means."""
    return f"（y 是 / n 否，直接回车 = {'是' if default else '否'}）"


def checkbox_answer(titles: list[str]) -> str:
    """What a finished checkbox shows instead of questionary's ``done (3 selections)``."""
    if not titles:
        return "未勾选"
    kept = [t.rstrip("。；;，, ") for t in titles[:4]]
    # (an item that holds its own 、 or ， is set off with ；: 卫生投入不足，历史欠账较多、分级诊疗推进缓慢 read as one list)
    joiner = "；" if any(re.search(r"[，,、]", t) for t in kept) else "、"
    shown = joiner.join(kept) + ("等" if len(titles) > 4 else "")
    return f"已选 {len(titles)} 项：{shown}"


class Prompter:
    """Asks questions. Every prompt gets the same ``input``/``output`` (STYLE.md: tests drive the real
    prompts in-process with a pipe input), and uses ``unsafe_ask`` so Ctrl-C reaches the wizard."""

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self.input = input
        self.output = output

    def _io(self) -> dict:
        return {k: v for k, v in (("input", self.input), ("output", self.output)) if v is not None}

    def _echo(self, message: str, answer: str) -> None:
        """The line a finished prompt leaves on screen, in place of questionary's English one (``Yes``,
        ``done (3 selections)``): the prompt is erased when done and this is printed instead."""
        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.formatted_text import FormattedText
        from questionary.styles import merge_styles_default

        tokens = FormattedText([("class:qmark", "?"), ("class:question", f" {message} "), ("class:answer", answer)])
        kwargs = {"output": self.output} if self.output is not None else {}
        print_formatted_text(tokens, style=merge_styles_default([None]), **kwargs)

    def text(self, message: str, *, default: str = "", validate: Callable[[str], Any] | None = None,
             instruction: str | None = None, hint: bool = False) -> str:
        """One line of text; ``validate`` returns None when fine, else the Chinese message shown in place.

        ``hint``: the default is shown dimmed in an empty line, not as text to edit, and ⏎ takes it. For a
        number (a year, a figure, a length) a secretary types over: with the default as editable text, typing
        2019 after 2027 gave 20272019."""
        import questionary

        default = str(default or "")
        hinted = hint and bool(default)

        def check(value: str) -> bool | str:
            problem = validate(value or default if hinted else value) if validate else None
            return True if problem is None else problem

        if not hinted:
            answer = questionary.text(message, default=default, validate=check,
                                      instruction=instruction, **self._io()).unsafe_ask()
            return answer.strip()
        from prompt_toolkit.formatted_text import FormattedText

        answer = questionary.text(message, validate=check, instruction=instruction or enter_takes(default),
                                  placeholder=FormattedText([("class:instruction", default)]),
                                  erase_when_done=True, **self._io()).unsafe_ask()
        answer = answer.strip() or default
        self._echo(message, answer)
        return answer

    def select(self, message: str, choices: Sequence[tuple[str, Any] | tuple[str, Any, str]], *,
               default: Any = None) -> Any:
        """One of ``choices`` given as (title, value[, one-line description])."""
        import questionary

        # questionary prints a description under an English "Description:" label, so it goes on a dimmed
        # line of its own below the title (on the title's line it was cut off in an 80-column window).
        items = [questionary.Choice(title=[("", c[0]), ("class:instruction", f"\n      {c[2]}")] if len(c) > 2
                                    else c[0], value=c[1]) for c in choices]
        values = [c[1] for c in choices]
        return questionary.select(message, items, default=default if default in values else None,
                                  instruction=SELECT_HELP, **self._io()).unsafe_ask()

    def checkbox(self, message: str, choices: Sequence[tuple[str, Any, bool]]) -> list:
        """Any number of ``choices`` given as (title, value, checked at start)."""
        import questionary

        items = [questionary.Choice(title=t, value=v, checked=on) for t, v, on in choices]
        chosen = list(questionary.checkbox(message, items, instruction=CHECKBOX_HELP, erase_when_done=True,
                                           **self._io()).unsafe_ask())
        self._echo(message, checkbox_answer([t for t, v, _ in choices if v in chosen]))
        return chosen

    def confirm(self, message: str, *, default: bool = True) -> bool:
        """Yes or no: y/n answer at once, ⏎ takes the default; shown as 是/否."""
        import questionary

        answer = bool(questionary.confirm(message, default=default, instruction=confirm_help(default),
                                          erase_when_done=True, **self._io()).unsafe_ask())
        self._echo(message, "是" if answer else "否")
        return answer

    def lines(self, message: str, *, validate: Callable[[str], Any] | None = None,
              after: Callable[[str], Any] | None = None) -> list[str]:
        """Items entered one per prompt until an empty answer; ``after`` sees each item once it is entered
        (a warning that does not refuse it)."""
        out: list[str] = []
        while True:
            line = self.text(f"{message}（第 {len(out) + 1} 条）", validate=lambda v: None if not v.strip()
                             else (validate(v) if validate else None), instruction=LIST_END_HELP)
            if not line:
                return out
            out.append(line)
            if after is not None:
                after(line)

    def keep(self, message: str, items: list, title: Callable[[Any], str]) -> list:
        """Which of the pre-filled ``items`` to keep (all ticked at start); [] when there are none."""
        if not items:
            return []
        chosen = self.checkbox(message, [(title(x), i, True) for i, x in enumerate(items)])
        return [items[i] for i in sorted(chosen)]

    def show(self, renderable: Any) -> None:
        """Print a rich renderable on the prompts' own output (nothing is shown on a DummyOutput)."""
        from io import StringIO

        from rich.console import Console

        if self.output is None:
            Console().print(renderable)
            return
        buffer = StringIO()
        size = self.output.get_size()
        Console(file=buffer, force_terminal=True, width=max(40, size.columns or 80)).print(renderable)
        self.output.write_raw(buffer.getvalue().replace("\n", "\r\n"))
        self.output.flush()
