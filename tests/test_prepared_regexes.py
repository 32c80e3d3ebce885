"""The patterns compiled when the package was made (prepared/regexes.py): exactly what ``re.compile`` makes of them,
and used only by the interpreter that made them."""
from __future__ import annotations

import marshal
import re

import pytest

from jianggao.prepared import regexes

# Patterns no module of ours compiles, so the cache holds none of them before a test does
PATTERNS = [(r"试[\u4e00-\u9fff]{2}(?P<tail>卫生院|村卫生室)?", 0), (r"^(?:19|20)\d\d试$", re.MULTILINE),
            (r"(?i)perf8-[a-z]+", 0), (r"[^，。、；]{1,3}一[项个件]试", 0)]


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    re.purge()
    return re.compile(pattern, flags)


def _write(path, head: str, entries) -> None:
    path.write_bytes(head.encode() + b"\n" + marshal.dumps(tuple(entries)))


def test_the_shipped_patterns_are_what_re_compiles():
    head = regexes.FILE.read_bytes().partition(b"\n")[0]
    shipped = regexes.shipped()
    if head != (regexes.interpreter() or "").encode():
        assert shipped == {}          # made by another Python: nothing of it is used here
        return
    assert len(shipped) > 200
    try:
        different = [key for key, compiled in shipped.items() if compiled != _fresh(*key)]
    finally:
        re.purge()
    assert different == []            # Pattern equality compares the pattern, flags and the compiled code


def test_a_file_made_here_gives_the_patterns_re_compiles(tmp_path):
    who = regexes.interpreter()
    assert who is not None            # CPython 3.11+: re's compiler is identified
    path = tmp_path / "regexes.marshal"
    _write(path, who, [regexes.compiled(p, f) for p, f in PATTERNS])
    got = regexes.shipped(path)
    try:
        assert {key: _fresh(*key) for key in PATTERNS} == got
        assert got[PATTERNS[0]].fullmatch("试一下卫生院").group("tail") == "卫生院"
        assert got[PATTERNS[2]].flags & re.IGNORECASE    # inline flags kept
    finally:
        re.purge()


def test_another_interpreter_or_a_broken_file_gives_nothing(tmp_path):
    path = tmp_path / "regexes.marshal"
    _write(path, (regexes.interpreter() or "") + " other", [regexes.compiled(p, f) for p, f in PATTERNS])
    assert regexes.shipped(path) == {}
    path.write_bytes((regexes.interpreter() or "").encode() + b"\n\x00broken")
    assert regexes.shipped(path) == {}
    assert regexes.shipped(tmp_path / "absent") == {}


def test_install_puts_them_where_re_compile_finds_them(tmp_path):
    path = tmp_path / "regexes.marshal"
    _write(path, regexes.interpreter() or "", [regexes.compiled(p, f) for p, f in PATTERNS])
    re.purge()
    try:
        assert regexes.install(path) == len(PATTERNS)
        shipped = regexes.shipped(path)
        for key in PATTERNS:
            assert re.compile(*key) == shipped[key]
            assert re.compile(*key) is re.compile(*key)   # from the cache
        re.purge()                                         # dropped from the cache: made from the file again
        assert [re.compile(*key) for key in PATTERNS] == [shipped[key] for key in PATTERNS]
    finally:
        re.purge()


@pytest.mark.parametrize("command", ["check"])
def test_record_finds_the_patterns_a_command_compiles(command):
    from jianggao.model import text

    sample = regexes.FILE.parents[3] / "samples" / "annual_conference.yaml"
    found = regexes.record([[command, str(sample)]])
    assert (text.RESIDUE.pattern, text.RESIDUE.flags & ~re.UNICODE) in found


def test_the_shipped_needles_are_what_patterns_works_out():
    from jianggao.model.patterns import worked_out_needles

    shipped = regexes.shipped_needles()
    if regexes.made_by(regexes.NEEDLES_FILE, regexes.needles_key()) is None:
        assert shipped == {}          # made by another Python or other patterns.py code: nothing of it is used here
        return
    assert len(shipped) > 20          # the businesses', the providers' and the 提法 windows' alternations
    different = [key for key, found in shipped.items()
                 if found != worked_out_needles(re.compile(key[0], key[1] & ~re.UNICODE))]
    assert different == []


def test_needles_files_of_another_interpreter_give_nothing(tmp_path):
    path = tmp_path / "needles.marshal"
    path.write_bytes(((regexes.needles_key() or "") + " other").encode() + b"\n" + marshal.dumps({("试", 32): ("试",)}))
    assert regexes.shipped_needles(path) == {}
    path.write_bytes((regexes.needles_key() or "").encode() + b"\n" + marshal.dumps({("试", 32): ("试",)}))
    assert regexes.shipped_needles(path) == {("试", 32): ("试",)}
