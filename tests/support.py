"""Paths and checks shared by tests in every folder: the repo, its test fixtures, the shared corpus and validator.

Import it as ``from support import …`` (pyproject's ``pythonpath`` puts tests/ on the path); pytest's own
fixtures stay in conftest.py, which is never imported by name.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
# The shared corpus and validator: ../shared beside a checkout, ../../shared beside a worktree in a folder of
# worktrees, or wherever JIANGGAO_SHARED points.
SHARED = Path(os.environ.get("JIANGGAO_SHARED")
              or next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()), REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
VALIDATOR = SHARED / "ooxml" / "validate.py"
# The bundled bank holds about 490 entries (2026-11); a test that needs it fails (never skips) below this floor, so a
# shrinking bank shows up as a failure instead of quietly running fewer tests.
MIN_BANK = 400


def ooxml_errors(path: Path) -> list[str]:
    """Problems ../shared/ooxml/validate.py finds in a .docx/.dotx ([] when valid); skips without the validator."""
    if not VALIDATOR.is_file():
        pytest.skip("../shared/ooxml/validate.py is absent")
    import importlib.util

    spec = importlib.util.spec_from_file_location("ooxml_validate", VALIDATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.validate(str(path))
