"""The Jinja2 environment (sandboxed, strict, confined to the templates root) for what the shipped compiled templates do
not serve: a user's own or edited templates, compiling them (templating.write_compiled), and a render's errors."""
from __future__ import annotations

import os
from collections.abc import Callable, MutableMapping
from pathlib import Path
from types import BuiltinMethodType, MethodType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .shipped_templates import COMPILED, _precompiled


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that also refuses a template whose real path (symlinks followed) lies outside
    the root: Jinja stops ``../`` but opens ``sections/x.j2 -> /etc/passwd`` as readily as any file.
    A template whose text is that of a shipped compiled one runs that code instead of being compiled."""

    def __init__(self, root: Path) -> None:
        super().__init__(str(root), encoding="utf-8", followlinks=False)
        self._real_root = os.path.realpath(root)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if os.path.commonpath([self._real_root, os.path.realpath(filename)]) != self._real_root:
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate

    def load(self, environment: jinja2.Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = _precompiled(name, source) if _SHIPPED_OPTIONS == _options(environment) else None
        if code is None:
            code = environment.compile(source, name, filename)
        namespace: dict[str, Any] = {"environment": environment, "__file__": filename}
        exec(code, namespace)
        # what Template.from_code does, but naming the .j2 file (Jinja's tracebacks, our messages)
        template = environment.template_class._from_namespace(environment, namespace, {} if globals is None else globals)
        template._uptodate = uptodate
        return template


def _options(env: jinja2.Environment) -> tuple:
    """The settings that shape compiled code; shipped code serves only an environment that has them."""
    return (type(env).__name__, env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.autoescape,
            env.undefined.__name__, env.block_start_string, env.variable_start_string, env.comment_start_string,
            env.line_statement_prefix, env.line_comment_prefix, env.newline_sequence, env.optimized, env.finalize,
            tuple(sorted(env.extensions)))


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, its attribute check kept per (type, attribute name): SandboxedEnvironment.is_safe_attribute
    (no underscore, jinja2.sandbox.is_internal_attribute) depends on nothing else, and the templates read ~2,000
    attributes a render, a few dozen distinct."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def getattr(self, obj: Any, attribute: str) -> Any:
        """What SandboxedEnvironment.getattr returns (which see), the safety of an attribute asked once per type."""
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)
        if isinstance(value, (MethodType, BuiltinMethodType)) and value.__name__ in ("format", "format_map"):
            return super().getattr(obj, attribute)     # str.format, which the sandbox wraps
        key = (type(obj), attribute)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = self.is_safe_attribute(obj, attribute, value)
        return value if safe else self.unsafe_undefined(obj, attribute)


def make_environment(root: Path) -> SandboxedEnvironment:
    """The only place a Jinja environment is built (STYLE.md "Jinja2").

    StrictUndefined: a missing value is an error, never a silent hole in a speech.
    FileSystemLoader refuses paths that climb out of ``root`` (``../``), so a
    user's ``--templates DIR`` cannot read outside its folder.
    """
    return _Sandbox(
        loader=_ConfinedLoader(root),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


_SHIPPED_OPTIONS = _options(make_environment(COMPILED))
