"""Rendering the section templates (their shipped code on jinja_runtime, else the one Jinja2 environment of jinja_env:
sandboxed, strict, confined to the templates root) and the kind outlines."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TemplateError
from ..model.kinds import kind_keys
from .shipped_templates import COMPILED, _precompiled, compiled_name, source_digest

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

    from . import jinja_runtime

def __getattr__(name: str) -> Any:
    """The Jinja2 environment's pieces (jinja_env), imported on first use: a render of the bundled templates runs their
    shipped code without Jinja2 (jinja_runtime)."""
    if name in ("_ConfinedLoader", "_Sandbox", "_options", "make_environment", "_SHIPPED_OPTIONS"):
        from . import jinja_env

        return getattr(jinja_env, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fast_loader(root: Path) -> Callable[[jinja_runtime.Environment, str], jinja_runtime.Template]:
    """Load a template under ``root`` as make_environment's loader does (_ConfinedLoader), when its shipped code is
    current; else jinja_runtime.Unsupported (Jinja2 then loads it)."""
    from . import jinja_runtime

    real_root = os.path.realpath(root)

    def load(environment: jinja_runtime.Environment, name: str) -> jinja_runtime.Template:
        pieces = []
        for piece in name.split("/"):     # (jinja2.loaders.split_template_path)
            if os.path.sep in piece or (os.path.altsep and os.path.altsep in piece) or piece == os.path.pardir:
                raise jinja_runtime.Unsupported(name)
            if piece and piece != ".":
                pieces.append(piece)
        filename = os.path.join(str(root), *pieces)
        try:
            if not os.path.isfile(filename):
                raise jinja_runtime.Unsupported(name)
            with open(filename, encoding="utf-8") as file:
                source = file.read()
        except (OSError, ValueError) as exc:
            raise jinja_runtime.Unsupported(name) from exc
        filename = os.path.normpath(filename)
        if os.path.commonpath([real_root, os.path.realpath(filename)]) != real_root:
            raise jinja_runtime.Unsupported(name)
        code = _precompiled(name, source)
        if code is None:
            raise jinja_runtime.Unsupported(name)
        return jinja_runtime.run_code(environment, code, filename)

    return load


def write_compiled(root: Path, folder: Path = COMPILED) -> list[Path]:
    """Compile every template under ``root`` into ``folder`` (one .py each, its last line the digest of its
    source); files of templates no longer there are removed. Run after editing a bundled template (a test
    checks the shipped files are current):
    ``python -c "from jianggao.compose.templating import write_compiled as w, Path; w(Path('templates'))"``."""
    from .jinja_env import make_environment

    env = make_environment(root)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(env.list_templates(filter_func=lambda n: n.endswith(".j2"))):
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        code = env.compile(source, name, raw=True)
        path = folder / compiled_name(name)
        text = (f"{code}\n# Compiled from templates/{name} by jianggao.compose.templating.write_compiled; do not edit.\n"
                f"# {source_digest(source)}\n")
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    for stale in set(folder.glob("*.py")) - set(written):
        stale.unlink()
    return written


def _template_frame(exc: BaseException, root: Path) -> tuple[str | None, int | None]:
    """The innermost traceback frame inside a template (Jinja rewrites frames to template file and line)."""
    import traceback  # on an error only: not on every start

    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        name = frame.filename or ""
        if name.endswith(".j2") or name.startswith(str(root)):
            found = (name, frame.lineno)
    return found


def template_error(exc: BaseException, name: str, root: Path) -> TemplateError:
    """Turn any Jinja failure into our TemplateError naming the template file and line."""
    import jinja2
    from jinja2.sandbox import SecurityError

    if isinstance(exc, jinja2.TemplateSyntaxError):
        file = exc.filename or str(root / (exc.name or name))
        return TemplateError(f"模板语法错误：{exc.message}", file=file, line=exc.lineno,
                             english="template syntax error")
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"找不到模板 {exc.name}（模板只能引用模板目录内的文件）", file=str(root / name),
                             english="template not found or outside the templates folder")
    frame_file, line = _template_frame(exc, root)
    if isinstance(exc, jinja2.UndefinedError):
        msg, en = f"模板使用了未定义的值：{exc.message}", "undefined value in template"
    elif isinstance(exc, SecurityError):
        msg, en = f"模板执行了不允许的操作：{exc}", "unsafe operation in template"
    else:
        msg, en = f"模板执行出错：{exc}", "template failed"
    return TemplateError(msg, file=frame_file or str(root / name), line=line, english=en)


@dataclass(frozen=True)
class SectionSpec:
    """One section of a kind outline: its template, and the level-1 heading it opens (if a numbered part)."""

    template: str
    heading: str | None = None              # heading role in the bank (phrasebank CATEGORIES["heading"])
    fallback: tuple[str, ...] = ()          # the outline's own heading wordings, one chosen per seed
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outline:
    """A kind's outline (templates/kinds/<kind>.yaml): title pattern, salutation, sections in order."""

    kind: str
    title: str
    salutation: str
    sections: tuple[SectionSpec, ...]

    @property
    def part_count(self) -> int:
        """How many numbered parts (一、二、…) the speech has: what 讲三点意见 counts."""
        return sum(1 for s in self.sections if s.heading)


def _outline_from(data: Any, path: Path, kind: str) -> Outline:
    def bad(msg: str) -> TemplateError:
        return TemplateError(msg, file=str(path), english="bad kind outline")
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list) or not data["sections"]:
        raise bad("讲话类型提纲应为映射，且含非空的 sections 列表")
    sections = []
    for i, s in enumerate(data["sections"]):
        if not isinstance(s, dict) or not isinstance(s.get("template"), str):
            raise bad(f"sections 第{i + 1}项应含 template")
        fallback = s.get("fallback") or ()
        fallback = (fallback,) if isinstance(fallback, str) else tuple(str(x) for x in fallback)
        if s.get("heading") and not fallback:
            raise bad(f"sections 第{i + 1}项有 heading，需同时给出 fallback 标题")
        sections.append(SectionSpec(template=s["template"], heading=s.get("heading"), fallback=fallback,
                                    options=dict(s.get("options") or {})))
    return Outline(kind=kind, title=str(data.get("title") or "在{meeting}上的讲话"),
                   salutation=str(data.get("salutation") or "plain"), sections=tuple(sections))


def _yaml_loader() -> Any:
    """libyaml's safe loader when PyYAML has it (parsing the wording was a tenth of a render), else PyYAML's own."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_wording(folder: Path) -> dict[str, Any]:
    """The templates' own wording, as data (templates/wording/<name>.yaml → NAME in the templates'
    context): per-area task and review sentences, subheadings, facets.  Data, so that ``phrases`` and
    the exporters can list it beside the bank; an absent folder is no wording."""
    import yaml

    out: dict[str, Any] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        try:
            out[path.stem.upper()] = yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader())
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise TemplateError(f"无法读取模板措辞：{exc}", file=str(path), english="cannot read wording data") from exc
    return out


def load_outline(path: Path) -> Any:
    """A kind outline's YAML, parsed; TemplateError naming the file when it cannot be read."""
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader())
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TemplateError(f"无法读取讲话类型提纲：{exc}", file=str(path), english="cannot read kind outline") from exc


def yaml_sources(root: Path) -> list[Path]:
    """The YAML files a Templates reads under ``root``: the wording, then the kinds' outlines that exist."""
    wording = root / "wording"
    found = sorted(wording.glob("*.yaml")) if wording.is_dir() else []
    return found + [p for p in (root / "kinds" / f"{kind}.yaml" for kind in kind_keys()) if p.is_file()]


def yaml_key(root: Path) -> str | None:
    """The digest of the YAML under ``root`` (names and bytes), or None when a file cannot be read."""
    from .. import prepared

    try:
        parts: list[bytes | str] = ["templates yaml"]
        for path in yaml_sources(root):
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    except OSError:
        return None
    return prepared.digest(*parts)


def parse_yaml(root: Path) -> dict[str, Any]:
    """What a Templates parses under ``root``: {"wording": load_wording, "kinds": {kind: outline data}}."""
    kinds = {p.stem: load_outline(p) for p in yaml_sources(root) if p.parent.name == "kinds"}
    return {"wording": load_wording(root / "wording"), "kinds": kinds}


def shipped_yaml(root: Path) -> dict[str, Any] | None:
    """``parse_yaml(root)`` as shipped in the package (prepared/templates.marshal) when the files under ``root`` are
    the ones it was made from, else None."""
    from .. import prepared

    key = yaml_key(root)
    return prepared.load("templates", key) if key else None


class Templates:
    """The templates root: its sandboxed environment and the six kind outlines, loaded once."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()
        if not (self.root / "kinds").is_dir() or not (self.root / "sections").is_dir():
            raise TemplateError("模板目录应含 kinds/ 和 sections/ 两个子目录", file=str(root),
                                english="templates folder needs kinds/ and sections/")
        self._env: SandboxedEnvironment | None = None
        self._fast: jinja_runtime.Environment | None = None
        # the YAML as parsed when the package was made, when these files are byte for byte those (prepared/)
        shipped = shipped_yaml(self.root)
        self.wording = shipped["wording"] if shipped else load_wording(self.root / "wording")
        self.outlines: dict[str, Outline] = {}
        for kind in kind_keys():
            path = self.root / "kinds" / f"{kind}.yaml"
            if shipped:
                if kind in shipped["kinds"]:
                    self.outlines[kind] = _outline_from(shipped["kinds"][kind], path, kind)
                continue
            if not path.is_file():
                continue
            self.outlines[kind] = _outline_from(load_outline(path), path, kind)

    def outline(self, kind: str) -> Outline:
        """The outline of ``kind``; TemplateError if the templates root has none."""
        try:
            return self.outlines[kind]
        except KeyError:
            raise TemplateError(f"模板目录中没有讲话类型 {kind} 的提纲",
                                file=str(self.root / "kinds" / f"{kind}.yaml"),
                                english="no outline for this kind") from None

    @property
    def env(self) -> SandboxedEnvironment:
        """The Jinja2 environment of this root (make_environment), made on first use."""
        if self._env is None:
            from .jinja_env import make_environment

            self._env = make_environment(self.root)
        return self._env

    def render(self, name: str, context: dict[str, Any]) -> str:
        """Render ``sections/<name>``: its shipped code run by jinja_runtime when it is current, else (or when that
        raises anything) by Jinja2; every failure becomes a TemplateError with file and line."""
        path = f"sections/{name}"
        if self._fast is None:
            from . import jinja_runtime

            self._fast = jinja_runtime.Environment(_fast_loader(self.root))
        try:
            return self._fast.get_template(path).render(context)
        except Exception:      # noqa: BLE001 (Jinja2 renders it again: its own error, or what jinja_runtime does not do)
            pass
        import jinja2
        from jinja2.sandbox import SecurityError

        try:
            return self.env.get_template(path).render(context)
        except TemplateError:
            raise
        except (jinja2.TemplateError, SecurityError, TypeError, ValueError, KeyError, AttributeError,
                IndexError, ZeroDivisionError, RecursionError) as exc:
            raise template_error(exc, path, self.root) from exc

