"""lint reads compose's windows too (level31: compose/era.py's table folded into the 提法 registry as entries given by
pattern): a wording no list of spellings holds is dated where it is out of its time and not where it fits, in a
Chinese message; compose's own narrower windows (`scope: compose`) are not lint's."""
from __future__ import annotations

import re
from datetime import date

from jianggao.lint import lint_text


def _era(text: str, day: date, level: str = "县"):
    return [f for f in lint_text(["同志们：", text], day, level) if f.kind == "era"]


def test_a_pattern_wording_before_its_time():
    found = _era("今年要补齐公共卫生服务短板，提高群众满意度。", date(2013, 3, 1))
    assert [f.term for f in found] == ["补齐公共卫生服务短板"]
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{2,} [A-Za-z]{2,}", found[0].message)     # lint speaks Chinese
    assert not _era("今年要补齐公共卫生服务短板，提高群众满意度。", date(2019, 3, 1))


def test_compose_s_narrower_window_is_not_lint_s():
    # (a 2015 city speech of the corpus already said 确保母婴安全: era.w115, scope compose)
    assert not _era("要加强孕产妇和新生儿危急重症救治能力建设，确保母婴安全。", date(2015, 3, 1), "市")
