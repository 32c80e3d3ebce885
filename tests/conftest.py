"""Shared fixtures: paths to the repo, the bundled bank and templates, and the shared corpus when present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (derandomize), so a landing is never decided by a lucky draw;
# local runs keep exploring new examples and find new bugs (as they did: U+FEFF in Sogou files).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
# JIANGGAO_SHARED points a worktree outside the usual layout at the shared corpus and validator.
SHARED = Path(os.environ.get("JIANGGAO_SHARED") or REPO.parent / "shared")
CORPUS = SHARED / "corpus"
VALIDATOR = SHARED / "ooxml" / "validate.py"


@pytest.fixture
def corpus_dir() -> Path:
    """The real corpus; tests that need it skip when ../shared/corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


def ooxml_errors(path: Path) -> list[str]:
    """Problems ../shared/ooxml/validate.py finds in a .docx/.dotx ([] when valid); skips without the validator."""
    if not VALIDATOR.is_file():
        pytest.skip("../shared/ooxml/validate.py is absent")
    import importlib.util

    spec = importlib.util.spec_from_file_location("ooxml_validate", VALIDATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.validate(str(path))
