"""ruff and mypy pass over the whole project, with the settings in pyproject.toml (issue 11)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("tool", [("ruff", "check", "."), ("mypy",)], ids=["ruff", "mypy"])
def test_static_checks_pass(tool):
    result = _run(*tool)
    assert result.returncode == 0, f"{' '.join(tool)} found:\n{result.stdout}{result.stderr}"
