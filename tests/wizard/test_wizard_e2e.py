"""End to end: the real `jianggao new` in a pseudo-terminal (pexpect), answering a few prompts, defaults for the rest."""
from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from jianggao.cli import main  # noqa: E402

# pexpect's terminal never answers prompt_toolkit's cursor-position request; without this each prompt
# waits for the answer before giving up (a real terminal or tmux answers at once).
ENV = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1"}

# (what the screen asks — a regular expression, what a first-time user types); "" takes the default with ⏎.
# Problems are a checkbox of the bank's framings, or straight typing when the bank has none.
DIALOGUE = [
    ("讲话类型", ""), ("年份", ""), ("地区名称", "临江区"), ("行政级别", ""), ("会议名称", ""),
    ("讲话人姓名", "张明"), ("讲话人职务", "副区长"), ("代表谁讲话", ""), ("讲话日期", "2027年2月18日"),
    ("之前还有人发言", ""), ("取得了成绩", ""), ("跳过这一部分", ""), ("问题和不足|问题（一句话", ""),
    ("重点任务涉及哪些领域", ""), ("跳过这一部分", ""),
    ("篇幅", ""), ("随机种子", ""), ("键名", ""), ("下一步", ""),
]


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    import docx

    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


# Terminal control sequences (colours, cursor moves, modes) hold letters that are no words on the screen.
_CONTROL = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78MDEc]")
# What the screen may hold in Latin letters: the command to type next and the file names it names, and the
# English keys offered as the brief's other key language (英文键名（year、region……）).
_TYPED = {"jianggao", "render", "new", "lint", "from", "yaml", "docx", "out", "draft", "year", "region"}


def english_words(screen: str, *paths: Path) -> set[str]:
    """Latin words a person reads on the screen, apart from commands and paths they are told to type."""
    text = _CONTROL.sub("", screen)
    for path in paths:
        text = text.replace(str(path), "")
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in _TYPED}


def test_new_in_a_terminal_then_render_gives_the_same_text(tmp_path):
    out = tmp_path / "out"
    child = pexpect.spawn(sys.executable, ["-m", "jianggao", "new", "-o", str(out)], encoding="utf-8",
                          timeout=60, dimensions=(40, 120), cwd=str(tmp_path), env=ENV)
    child.logfile_read = screen = io.StringIO()
    try:
        for question, answer in DIALOGUE:
            child.expect(question)
            child.send(answer + "\r")
        child.expect("已生成")
        child.expect("自检：")  # the last step lints the speech for its own date and level
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    # Issue 9: no Yes/No, (y/N), "done (3 selections)" or "(Use arrow keys)" — the whole run reads Chinese.
    assert english_words(screen.getvalue(), out, tmp_path) == set()
    assert "是" in screen.getvalue() or "否" in screen.getvalue()
    yaml_path = out / "2027年全区卫生健康工作会议.yaml"
    docx_path = out / "2027年全区卫生健康工作会议.docx"
    assert yaml_path.is_file() and docx_path.is_file()
    text = yaml_path.read_text(encoding="utf-8")
    assert "临江区" in text and "2027-02-18" in text
    rendered = tmp_path / "rendered.docx"
    assert main(["render", str(yaml_path), "-o", str(rendered)]) == 0
    written = _paragraphs(docx_path)
    assert any("张明" in t for _, t in written)
    assert _paragraphs(rendered) == written


def test_ctrl_c_in_a_terminal_saves_a_draft_without_traceback(tmp_path):
    child = pexpect.spawn(sys.executable, ["-m", "jianggao", "new", "-o", str(tmp_path)], encoding="utf-8",
                          timeout=60, dimensions=(40, 120), cwd=str(tmp_path), env=ENV)
    child.logfile_read = screen = io.StringIO()
    try:
        for question, answer in DIALOGUE[:3]:
            child.expect(question)
            child.send(answer + "\r")
        child.expect("行政级别")
        child.sendcontrol("c")
        child.expect("保存为草稿")
        child.send("y")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 2
    assert "Traceback" not in child.before
    assert len(list(tmp_path.glob("*.draft.yaml"))) == 1
    assert english_words(screen.getvalue(), tmp_path) == set()
