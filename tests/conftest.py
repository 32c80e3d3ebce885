"""Shared fixtures for tests in every folder: the bundled resources, the shared corpus when present.

Paths and helpers live in support.py; REPO, SHARED, VALIDATOR and ooxml_errors are imported here only for tests
still written ``from conftest import …`` (new tests import support).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from support import CORPUS, MIN_BANK, REPO, SHARED, VALIDATOR, ooxml_errors  # noqa: F401

# CI replays the same examples every run (derandomize), so a landing is never decided by a lucky draw;
# local runs keep exploring new examples and find new bugs (as they did: U+FEFF in Sogou files).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real corpus; tests that need it skip when ../shared/corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


@pytest.fixture(scope="session")
def real():
    """The bundled bank and templates (render.load_resources); a bank below MIN_BANK entries fails, never skips."""
    from jianggao.render import load_resources

    res = load_resources()
    assert len(res.bank) >= MIN_BANK, f"the bundled phrase bank shrank to {len(res.bank)} entries"
    return res
