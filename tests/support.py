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


def _speeches():
    from jianggao.model.speech import Heading, Paragraph, Speech

    plain = Speech(
        kind="annual_conference",
        title="在2025年全区卫生健康工作会议上的讲话",
        speaker_line="副区长　张明",
        date_line="（2025年2月18日）",
        blocks=(
            Paragraph("今天，我们召开会议。"),
            Heading(1, "一、", "成绩"),
            Paragraph("1.5万人次接受服务。"),                     # not an ordered list in md
            Heading(2, "（一）", "医改持续深化。", body="签约率达到45.2%。"),  # a run-on heading
            Heading(3, "1.", "加强领导。", body="层层压实责任。"),  # run-on under a bold heading
            Heading(4, "（1）", "压实责任"),
            Paragraph("让我们*共同*努力！"),                      # not emphasis in md
        ),
    )
    themed = Speech(kind="special_topic", title="在2025年全市爱国卫生工作会议上的讲话", speaker_line="主任　李华",
                    date_line="（2025年3月6日）", main_title="凝心聚力　久久为功", blocks=plain.blocks)
    return plain, themed


# The speech the writers' tests write (every block kind: paragraphs, headings of levels 1–4, a run-on heading
# with its body), and the same with a main title (主标题 + ——副标题) at a special meeting.
SPEECH, THEMED = _speeches()


def brief_strings() -> list[str]:
    """Every string of the shipped and bench briefs: their items, targets, problems and names."""
    import yaml

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value.strip():
            found.add(value)

    for path in sorted([*(REPO / "bench" / "briefs").glob("*.yaml"), *(REPO / "samples").glob("*.yaml")]):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(found)
