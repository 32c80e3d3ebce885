"""The shipped compiled patterns (commands/regex_table.py): each builds the very Pattern re compiles, and a
table from another Python, or a damaged one, is not used."""
from __future__ import annotations

import marshal
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from jianggao.commands import regex_table

needs_311 = pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is 3.11's")


def entries() -> dict:
    return marshal.loads(regex_table.TABLE.read_bytes())["patterns"]


@needs_311
def test_the_table_is_for_this_python_and_holds_the_render_patterns() -> None:
    data = marshal.loads(regex_table.TABLE.read_bytes())
    assert data["stamp"] == regex_table._stamp(), "remake the table: write_table() (see the module's docstring)"
    assert len(data["patterns"]) > 150


@needs_311
def test_every_pattern_from_the_table_equals_the_one_re_compiles() -> None:
    import _sre
    import re._compiler

    original = regex_table._original or re._compiler.compile  # re's own, even once a CLI test installed the table
    for (pattern, flags), (final, code, groups, groupindex, indexgroup) in entries().items():
        built = _sre.compile(pattern, final, array("I", code).tolist(), groups, groupindex, indexgroup)
        fresh = original(pattern, flags)
        assert built == fresh, pattern  # Pattern equality compares the compiled code
        assert built.groupindex == fresh.groupindex and built.groups == fresh.groups, pattern


def test_a_table_from_elsewhere_or_damaged_is_not_used(tmp_path: Path) -> None:
    code = ("import marshal, sys; from pathlib import Path; from jianggao.commands import regex_table as t;"
            "p = Path(sys.argv[1]); print(t.install(p))")
    stale = tmp_path / "stale.marshal"
    stale.write_bytes(marshal.dumps({"stamp": ((2, 7), 0, 4, "little"), "patterns": {("a", 0): (0, b"", 0, {}, ())}}))
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00not marshal")
    for path, expected in ((stale, "False"), (damaged, "False"), (tmp_path / "absent", "False")):
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected
    if sys.version_info >= (3, 11):
        out = subprocess.run([sys.executable, "-c", code, str(regex_table.TABLE)], capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == "True"


@needs_311
def test_patterns_behave_the_same_once_installed() -> None:
    probe = ("import re, sys; from jianggao.commands import regex_table as t; t.install();"
             "from jianggao.model.text import UNPRINTABLE; from jianggao.briefs.load import _FIGURE;"
             "print(UNPRINTABLE.sub('', 'a\\u200bb'), _FIGURE.findall('增长45.2%，新建3家'))")
    plain = ("from jianggao.model.text import UNPRINTABLE; from jianggao.briefs.load import _FIGURE;"
             "print(UNPRINTABLE.sub('', 'a\\u200bb'), _FIGURE.findall('增长45.2%，新建3家'))")
    a = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    b = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, check=True).stdout
    assert a == b and "45.2%" in a
