"""`jianggao check`: one line per brief, warnings under it, exit 0 only when every brief is valid."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jianggao.cli import main


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_valid_brief_prints_kind_and_meeting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.yaml", "kind: 半年推进会\nyear: 2025\nregion: 青山县\n")
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert out == f"✓ {path}: 半年工作推进会讲话，2025年全县卫生健康工作半年推进会\n"


def test_warnings_follow_their_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.yaml", "year: 2025\nregion: 临江区\npriorities:\n  - topic: 中医要\n")
    assert main(["check", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("✓ ")
    assert lines[1].startswith("  ⚠ 领域“中医要”不在登记的领域中")


def test_one_invalid_brief_makes_the_exit_code_2_and_the_others_are_still_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.yaml", "year: 2025\nregion: 临江区\n")
    bad = write(tmp_path, "bad.yaml", "year: 2025\nregion: 临江区\nlength: 十\n")
    also_good = write(tmp_path, "z.yaml", "年份: 2026\n地区: 江州市\n")
    assert main(["check", good, bad, also_good]) == 2
    captured = capsys.readouterr()
    assert captured.out.count("✓ ") == 2
    assert f"✗ {bad}:3: 篇幅: 请用阿拉伯数字，如 6000" in captured.err
    assert "共 3 份简报：2 份有效，1 份有误" in captured.err


def test_all_valid_briefs_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write(tmp_path, f"{i}.yaml", f"year: {2020 + i}\nregion: 临江区\n") for i in range(3)]
    assert main(["check", *paths]) == 0
    assert "3 份有效，0 份有误" in capsys.readouterr().err


def test_check_as_a_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.yaml", "year: !!python/object/apply:os.system ['echo pwned']\nregion: 临江区\n")
    result = subprocess.run([sys.executable, "-m", "jianggao", "check", bad, str(tmp_path / "missing.yaml")],
                            capture_output=True, text=True, encoding="utf-8", stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert "pwned" not in result.stdout
    assert "不支持的 YAML 标签" in result.stderr and "找不到这个文件" in result.stderr
