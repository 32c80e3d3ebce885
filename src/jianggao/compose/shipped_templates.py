"""The bundled templates' compiled code shipped in the package (compose/compiled/), and when a template may run it: its
text exactly the one compiled, by the Jinja2 installed. Imports neither Jinja2 nor the rest of compose (templating,
jinja_env and jinja_runtime read it)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from types import CodeType

# Python compiled from the bundled templates, shipped with the package (see ``write_compiled``): compiling
# the templates was a third of a render. Never a user-writable cache (issue 10): these files are part of
# the installed package, as trusted as this module, and Python keeps their bytecode as for any module.
COMPILED = Path(__file__).resolve().parent / "compiled"


def compiled_name(template: str) -> str:
    """The file holding ``template``'s compiled code: sections/opening.j2 → sections__opening.py."""
    return template.replace("/", "__").removesuffix(".j2") + ".py"


def jinja_version() -> str:
    """The installed Jinja2's version, read from its package without importing it (a render runs the shipped templates
    without Jinja2: jinja_runtime) when it says it plainly, else Jinja2's own ``__version__``."""
    global _JINJA_VERSION
    if _JINJA_VERSION is None:
        _JINJA_VERSION = _declared_version() or __import__("jinja2").__version__
    return _JINJA_VERSION


_JINJA_VERSION: str | None = None


def _declared_version() -> str | None:
    import re
    import sys
    from importlib.util import find_spec

    if "jinja2" in sys.modules:
        return None
    try:
        spec = find_spec("jinja2")
        if spec is None or not spec.origin:
            return None
        with open(spec.origin, encoding="utf-8") as file:
            found = re.findall(r'^__version__ = "([^"\\]+)"$', file.read(), re.MULTILINE)
    except (OSError, ImportError, ValueError):
        return None
    return found[0] if len(found) == 1 else None


def source_digest(source: str) -> str:
    """What a compiled file must have been made from: the template text and the Jinja that compiled it."""
    return hashlib.sha256(f"jinja2 {jinja_version()}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()


def _precompiled(template: str, source: str) -> CodeType | None:
    """The shipped code for ``template`` when it was compiled from exactly ``source``, else None (an edited
    template, a user's own, another Jinja: compiled afresh). The digest is the file's last line (a line
    above the code would shift the line numbers Jinja maps back to the template)."""
    path = COMPILED / compiled_name(template)
    # only the file's last line is read (decoding the ~460 KB of compiled code to compare its end was ~3 ms a render)
    tail = f"\n# {source_digest(source)}\n".encode("ascii")
    try:
        with path.open("rb") as file:
            size = file.seek(0, os.SEEK_END)
            file.seek(max(0, size - len(tail) - 2))
            end = file.read()
    except OSError:
        return None
    if not (end.endswith(tail) or end.endswith(tail.replace(b"\n", b"\r\n"))):
        return None
    from importlib.machinery import SourceFileLoader

    name = f"jianggao.compose.compiled.{path.stem}"
    try:
        return SourceFileLoader(name, str(path)).get_code(name)
    except (ImportError, OSError, SyntaxError, ValueError):      # (ValueError: a file that is not UTF-8)
        return None
