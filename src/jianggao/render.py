"""The render pipeline shared by `render`, `build` and the wizard: load bank and templates once, compose, write."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .compose.templating import Templates
from .errors import UsageError
from .model.bank import PhraseBank
from .model.speech import Speech
from .writers import FORMATS

if TYPE_CHECKING:
    from .model.brief import Brief

_SUFFIX = {"docx": ".docx", "md": ".md", "txt": ".txt", "outline": ".outline.txt"}
_BY_SUFFIX = {".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt"}


@dataclass(frozen=True)
class Resources:
    """What every render needs and is worth loading only once per process: the bank and the templates."""

    bank: PhraseBank
    templates: Templates


# --phrasebank: one folder, or the list the repeatable option gives (model.bank.load_layered).
BankFolders = str | Path | Sequence[str | Path] | None


def load_resources(templates: str | Path | None = None, phrasebank: BankFolders = None) -> Resources:
    """The bundled (or overriding) phrase bank and templates; PhraseBankError / TemplateError when broken.

    The parsed bank is kept in the user's cache folder as plain JSON (``cache.py``), keyed by content:
    an edited file is simply read afresh. Compiled templates are not cached: Jinja's bytecode cache is
    pickled and marshalled code, which whoever can write the cache folder could make us run.
    """
    from .cache import cached_bank
    from .model.bank import load_layered
    from .resources import templates_dir

    bank = load_layered(phrasebank, load=cached_bank)
    tpl = Templates(templates_dir(templates))
    return Resources(bank, tpl)


def output_format(target: Path | None, fmt: str | None) -> str:
    """The format asked for, else the one the output's extension names, else docx."""
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"未知的输出格式 {fmt}；可选 {' '.join(FORMATS)}", english="unknown format")
        # A Word file named .md (or text named .docx) opens as garbage; md/txt/outline are all plain text.
        named = _BY_SUFFIX.get(target.suffix.lower()) if target is not None else None
        if target is not None and named is not None and (named == "docx") != (fmt == "docx"):
            raise UsageError(f"-o 的扩展名 {target.suffix} 与 --format {fmt} 不一致；请改用 {_SUFFIX[fmt]} 结尾的文件名，"
                             f"或去掉 --format", file=str(target), field="--format",
                             english="the -o extension contradicts --format")
        return fmt
    if target is not None:
        name = target.name.lower()
        if name.endswith(".outline.txt"):
            return "outline"
        suffix = target.suffix.lower()
        if suffix and suffix not in _BY_SUFFIX:
            # r.pdf would be a Word file under a name that promises something else.
            raise UsageError(f"不认识输出文件的扩展名 {target.suffix}：请用 .docx、.md 或 .txt 结尾，或用 --format 指定格式",
                             file=str(target), field="-o", english="unknown output extension")
        return _BY_SUFFIX.get(suffix, "docx")
    return "docx"


def default_output(brief_path: Path, fmt: str) -> Path:
    """The brief's name with the format's extension, beside the brief: 会议.yaml → 会议.docx."""
    return brief_path.with_name(brief_path.stem + _SUFFIX[fmt])


def compose_brief(brief: Brief, resources: Resources, *, seed: int | None = None) -> Speech:
    """The speech for ``brief`` (pure; no I/O)."""
    from .compose.core import compose

    return compose(brief, resources.bank, resources.templates, seed=seed)


def write_speech(speech: Speech, target: Path, fmt: str, *, profile: str = "speech",
                 reference_doc: str | Path | None = None, force: bool = False) -> None:
    """Write ``speech`` to ``target`` atomically in ``fmt``; an existing file needs ``force`` (writers.text does it)."""
    from .writers.text import write_speech as write

    write(speech, Path(target), fmt, profile=profile,
          reference_doc=Path(reference_doc) if reference_doc else None, force=force)


def render_brief(brief: Brief, target: str | Path, *, fmt: str | None = None, profile: str = "speech",
                 reference_doc: str | Path | None = None, seed: int | None = None, force: bool = False,
                 templates: str | Path | None = None, phrasebank: BankFolders = None,
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
