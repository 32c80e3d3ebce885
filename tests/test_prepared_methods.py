"""The dataclasses' methods compiled when the package was made (prepared/methods.py): the code ``exec`` makes of the
same text, used only by the interpreter that made it and only while installed."""
from __future__ import annotations

import builtins
import dataclasses
import inspect
import marshal

import pytest

from jianggao.prepared import methods


def _texts_of(make):
    """The method texts dataclasses compiles while ``make()`` runs."""
    seen: list[str] = []

    def exec_seen(source, globals=None, locals=None):
        seen.append(source)
        builtins.exec(source, globals, locals)

    dataclasses.exec = exec_seen
    try:
        make()
    finally:
        del dataclasses.exec
    return seen


def _unit():
    @dataclasses.dataclass(frozen=True)
    class Unit:
        name: str
        level: str = "县"
        parts: tuple[str, ...] = ()

    return Unit


def test_the_shipped_code_is_what_exec_compiles():
    head = methods.FILE.read_bytes().partition(b"\n")[0]
    table = methods.shipped()
    if head != (methods.interpreter() or "").encode():
        assert table == {}            # made by another Python: nothing of it is used here
        return
    assert len(table) > 100
    # (dont_inherit: this file's own ``from __future__ import annotations`` is not dataclasses.py's)
    assert [text for text, code in table.items() if code != compile(text, "<string>", "exec", dont_inherit=True)] == []


def test_a_class_made_with_the_file_is_the_class_made_without(tmp_path, monkeypatch):
    texts = _texts_of(_unit)
    assert len(texts) == 6           # __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__
    path = tmp_path / "methods.marshal"
    path.write_bytes((methods.interpreter() or "").encode() + b"\n"
                     + marshal.dumps({t: methods.compiled(t) for t in texts}))
    plain = _unit()
    with monkeypatch.context() as m, methods.installed(path) as held:
        m.setattr(methods, "compiled", lambda text: pytest.fail(f"compiled again: {text[:40]}"))
        assert held == 6
        made = _unit()
    assert "exec" not in vars(dataclasses)          # the stdlib's own again
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert getattr(made, name).__code__ == getattr(plain, name).__code__
    assert inspect.signature(made) == inspect.signature(plain)
    assert made.__init__.__annotations__ == plain.__init__.__annotations__     # no __future__ flag leaked in
    one, two = made("城关镇", "镇", ("卫生院",)), made("城关镇", "镇", ("卫生院",))
    assert one == two and hash(one) == hash(two) and repr(one) == repr(plain("城关镇", "镇", ("卫生院",))).replace(
        plain.__qualname__, made.__qualname__)
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.name = "x"


def test_another_interpreter_or_a_broken_file_gives_nothing(tmp_path):
    path = tmp_path / "methods.marshal"
    texts = _texts_of(_unit)
    path.write_bytes(b"methods 1 another python\n" + marshal.dumps({t: methods.compiled(t) for t in texts}))
    assert methods.shipped(path) == {}
    path.write_bytes((methods.interpreter() or "").encode() + b"\n\x00broken")
    assert methods.shipped(path) == {}
    with methods.installed(tmp_path / "absent") as held:
        assert held == 0 and "exec" not in vars(dataclasses)


def test_a_text_not_in_the_file_is_compiled_as_exec_compiles_it(tmp_path):
    path = tmp_path / "methods.marshal"
    path.write_bytes((methods.interpreter() or "").encode() + b"\n" + marshal.dumps({"x = 1": methods.compiled("x = 1")}))
    plain = _unit()
    with methods.installed(path):
        made = _unit()
    assert made.__init__.__code__ == plain.__init__.__code__
    assert made.__init__.__annotations__ == plain.__init__.__annotations__
