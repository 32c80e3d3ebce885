"""The README tells the truth: its runnable `jianggao …` examples run as written, its code example holds,
and every reason a test may skip is named in it."""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from support import SHARED

from jianggao.cli import main

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

# Chinese words the README's examples use as real values, not as placeholders (简报.yaml, 格式, 目录 …).
REAL_VALUES = {"凝神聚力", "过渡", "医改"}


def _commands() -> list[str]:
    """Every `jianggao …` command line in the README, in code blocks and in inline code; `python -m jianggao …`
    is the same command (the install line calls it so, to run the Python pip installed into)."""
    found: list[str] = []
    for block in re.findall(r"```(?:bash|sh)?\n(.*?)```", README, re.S):
        for line in block.splitlines():
            parts = [re.sub(r"^python -m jianggao ", "jianggao ", part.strip()) for part in line.split("&&")]
            found += [part for part in parts if part.startswith("jianggao ")]
    found += re.findall(r"`(jianggao [^`]+)`", README)
    return list(dict.fromkeys(found))


def _runnable(command: str) -> bool:
    """A concrete example, not a synopsis: no [optional] | alternatives …, no placeholder words, not the
    wizard (it needs a person at a terminal; tests/wizard/test_wizard_e2e.py drives it), not a bare command name."""
    if any(mark in command for mark in ("[", "|", "…", "\\")):
        return False
    words = shlex.split(command)
    if len(words) < 3 or words[1] == "new":
        return False
    return all(w in REAL_VALUES or not re.search(r"[\u4e00-\u9fff]", w) for w in words)


RUNNABLE = [c for c in _commands() if _runnable(c)]


def test_the_readme_has_examples_to_run():
    assert any(c.startswith("jianggao render samples/") for c in RUNNABLE)
    assert any(c.startswith("jianggao export --format") for c in RUNNABLE)


@pytest.mark.parametrize("command", RUNNABLE)
def test_every_readme_example_runs_as_written(command, tmp_path, monkeypatch, capsys):
    """Run from a fresh folder laid out like a checkout: the samples, and ../shared beside it when present."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(REPO / "samples", root / "samples")   # a copy: an example may write beside a sample
    shared = SHARED
    if "../shared/corpus" in command:
        if not (shared / "corpus").is_dir():
            pytest.skip("../shared/corpus is absent")
        (tmp_path / "shared").symlink_to(shared)
    monkeypatch.chdir(root)
    code = main(shlex.split(command)[1:])
    captured = capsys.readouterr()
    assert code == 0, f"{command}\n{captured.err}"
    assert "Traceback" not in captured.err


def test_the_code_example_is_a_real_entry_of_the_bank():
    """`“同心同德，凝神聚力……”→ txtd`: an entry of the bundled bank starts with that text and has that code."""
    from jianggao.exporters.common import with_codes
    from jianggao.model.bank import load_bank
    from jianggao.resources import phrasebank_dir

    claims = re.findall(r"“([^”]+?)(?:……)?”→ `([a-z]+)`", README)
    assert claims, "the README gives no code example"
    bank = with_codes(load_bank(phrasebank_dir(None)))
    for text, code in claims:
        assert any(p.text.startswith(text) and p.code == code for p in bank), (text, code)


def test_every_skip_reason_in_the_tests_is_named_in_the_readme():
    """What makes a test skip (the corpus, the validator, LibreOffice, Chromium, Rime, pexpect …) is in the README."""
    named = {
        "../shared/corpus": "../shared/corpus", "../shared/ooxml/validate.py": "../shared/ooxml/validate.py",
        "shared corpus": "../shared/corpus", "OOXML validator": "../shared/ooxml/validate.py",
        "soffice": "LibreOffice", "LibreOffice": "LibreOffice", "Chromium": "Chromium", "librime": "librime",
        "rime-data-luna-pinyin": "朙月拼音",
        "pexpect": "pexpect", "named pipes": "命名管道", "/dev/zero": "/dev/zero", "fork": "fork",
        "unwritable": "root", "tmpfs": "tmpfs",
    }
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "tests").rglob("*.py") if p.name != "test_readme.py")
    # An xfail mark's reason is no skip: the test still runs, and nothing in the reader's setup is missing.
    sources = re.sub(r"xfail\((?:[^()\"]|\"[^\"]*\")*\)", "", sources)
    reasons = re.findall(r"(?:(?<!importor)skip\(|reason=)\s*f?\"([^\"]+)\"", sources)
    # a module of our own imported with importorskip is always there; a third-party one is a reason
    reasons += [f"importorskip {m}" for m in re.findall(r"importorskip\(\"([\w.]+)\"", sources)
                if not m.startswith("jianggao")]
    assert reasons
    for reason in reasons:
        key = next((k for k in named if k in reason), None)
        assert key is not None, f"a skip reason the README does not explain yet: {reason}"
        assert named[key] in README, (reason, named[key])
