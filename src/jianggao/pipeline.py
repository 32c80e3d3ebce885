"""The render pipeline shared by `render`, `build` and the wizard: load bank and templates once, compose, write."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .brief import Brief
from .errors import UsageError
from .phrasebank import PhraseBank
from .speech import Speech
from .templating import Templates

FORMATS = ("docx", "md", "txt", "outline")
_SUFFIX = {"docx": ".docx", "md": ".md", "txt": ".txt", "outline": ".outline.txt"}
_BY_SUFFIX = {".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt"}


@dataclass(frozen=True)
class Resources:
    """What every render needs and is worth loading only once per process: the bank and the templates."""

    bank: PhraseBank
    templates: Templates


def load_resources(templates: str | Path | None = None, phrasebank: str | Path | None = None) -> Resources:
    """The bundled (or overriding) phrase bank and templates; PhraseBankError / TemplateError when broken."""
    from .phrasebank import load_bank
    from .resources import phrasebank_dir, templates_dir

    return Resources(load_bank(phrasebank_dir(phrasebank)), Templates(templates_dir(templates)))


def output_format(target: Path | None, fmt: str | None) -> str:
    """The format asked for, else the one the output's extension names, else docx."""
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"未知的输出格式 {fmt}；可选 {' '.join(FORMATS)}", english="unknown format")
        return fmt
    if target is not None:
        name = target.name.lower()
        if name.endswith(".outline.txt"):
            return "outline"
        return _BY_SUFFIX.get(target.suffix.lower(), "docx")
    return "docx"


def default_output(brief_path: Path, fmt: str) -> Path:
    """The brief's name with the format's extension, beside the brief: 会议.yaml → 会议.docx."""
    return brief_path.with_name(brief_path.stem + _SUFFIX[fmt])


def compose_brief(brief: Brief, resources: Resources, *, seed: int | None = None) -> Speech:
    """The speech for ``brief`` (pure; no I/O)."""
    from .compose import compose

    return compose(brief, resources.bank, resources.templates, seed=seed)


def write_speech(speech: Speech, target: Path, fmt: str, *, profile: str = "speech",
                 reference_doc: str | Path | None = None, force: bool = False) -> None:
    """Write ``speech`` to ``target`` atomically in ``fmt``; an existing file needs ``force``."""
    target = Path(target)
    if fmt == "docx":
        from .writers.docx_writer import write_docx

        write_docx(speech, target, profile=profile,
                   reference_doc=Path(reference_doc) if reference_doc else None, force=force)
        return
    from .fileio import write_text_atomic
    from .writers.text import render_text

    write_text_atomic(target, render_text(speech, fmt), force=force)


def render_brief(brief: Brief, target: str | Path, *, fmt: str | None = None, profile: str = "speech",
                 reference_doc: str | Path | None = None, seed: int | None = None, force: bool = False,
                 templates: str | Path | None = None, phrasebank: str | Path | None = None,
                 resources: Resources | None = None) -> Speech:
    """Compose ``brief`` and write it to ``target``; returns the speech written.

    Pass ``resources`` to reuse a loaded bank and templates (build's workers do); otherwise they are
    loaded from ``templates`` / ``phrasebank`` (or the bundled ones).  The output is checked before
    composing, so a refused overwrite costs nothing, and written atomically after.
    """
    from .fileio import check_writable

    target = Path(target)
    fmt = output_format(target, fmt)
    check_writable(target, force=force)
    resources = resources or load_resources(templates, phrasebank)
    speech = compose_brief(brief, resources, seed=seed)
    write_speech(speech, target, fmt, profile=profile, reference_doc=reference_doc, force=force)
    return speech
