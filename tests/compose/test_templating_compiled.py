"""The bundled templates ship compiled to Python (compose/compiled/): current, used only for the exact source
they were made from, and failing with the same template file and line as templates compiled afresh."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from compose_helpers import REPO

from jianggao.compose import templating
from jianggao.compose.templating import COMPILED, Templates, write_compiled
from jianggao.errors import TemplateError


def test_shipped_compiled_templates_are_current(tmp_path):
    fresh = {p.name: p.read_text(encoding="utf-8") for p in write_compiled(REPO / "templates", tmp_path)}
    shipped = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert shipped == fresh, ("templates/ changed: recompile with "
                              "python -c \"from jianggao.compose.templating import write_compiled as w, Path; "
                              "w(Path('templates'))\"")


def test_shipped_code_serves_only_its_own_source():
    source = (REPO / "templates" / "sections" / "closing.j2").read_text(encoding="utf-8")
    assert templating._precompiled("sections/closing.j2", source) is not None
    assert templating._precompiled("sections/closing.j2", source + "\n") is None
    assert templating._precompiled("sections/opening.j2", source) is None
    assert templating._precompiled("sections/nothing.j2", source) is None


def _failure(root: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        Templates(root).render("opening.j2", {})
    return info.value


def test_shipped_code_fails_like_fresh_code(tmp_path):
    root = tmp_path / "tpl"
    shutil.copytree(REPO / "templates", root)
    opening = root / "sections" / "opening.j2"
    opening.write_text(opening.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # compiled afresh
    shipped, fresh = _failure(REPO / "templates"), _failure(root)
    assert shipped.file == str((REPO / "templates" / "sections" / "opening.j2").resolve())
    assert (shipped.message, shipped.line) == (fresh.message, fresh.line)
    assert shipped.line is not None
