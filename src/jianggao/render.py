"""The render pipeline shared by `render`, `build` and the wizard: load bank and templates once, compose, write."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .compose.templating import Templates
from .errors import UsageError
from .model.bank import PhraseBank
from .model.brief import Brief
from .model.speech import Speech
from .writers import FORMATS

_SUFFIX = {"docx": ".docx", "md": ".md", "txt": ".txt", "outline": ".outline.txt"}
_BY_SUFFIX = {".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt"}


@dataclass(frozen=True)
class Resources:
    """What every render needs and is worth loading only once per process: the bank and the templates."""

    bank: PhraseBank
    templates: Templates


def load_resources(templates: str | Path | None = None, phrasebank: str | Path | None = None) -> Resources:
    """The bundled (or overriding) phrase bank and templates; PhraseBankError / TemplateError when broken.

    Parsing the bank's YAML and compiling the templates were two thirds of a render's own work
    (about 30 ms and 60 ms of 0.4 s), so both are kept in the user's cache folder
    (``cache_dir``), keyed by content: an edited file is simply read afresh.
    """
    from .model.bank import load_layered
    from .resources import templates_dir

    bank = load_layered(phrasebank, load=cached_bank)
    tpl = Templates(templates_dir(templates))
    use_template_cache(tpl)
    return Resources(bank, tpl)


def cache_dir() -> Path | None:
    """Where parsed banks and compiled templates are kept: $JIANGGAO_CACHE_DIR, else the user's cache
    folder (XDG); None when caching is off (JIANGGAO_CACHE_DIR set empty) or no home is known."""
    env = os.environ.get("JIANGGAO_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(os.path.expanduser("~"), ".cache")
                                                 if os.path.expanduser("~") != "~" else "")
    return Path(base) / "jianggao" if base else None


def cached_bank(folder: Path) -> PhraseBank:
    """``load_bank(folder)``, answered from a JSON copy when the bank files are byte-for-byte the same.

    The key hashes every file ``load_bank`` reads and phrasebank.py itself, so an edited bank or a new
    loader never meets a stale copy. JSON, not pickle: a tampered cache can at worst fail to parse,
    and then the YAML is read as usual. Every entry still passes ``Phrase.from_dict``'s checks.
    """
    from .model import bank as pb

    root = cache_dir()
    folder = Path(folder)
    if root is None or not folder.is_dir():
        return pb.load_bank(folder)
    try:
        digest = hashlib.sha256(Path(pb.__file__).read_bytes())
        for path in sorted(folder.glob("*.yaml")):
            if not path.name.startswith("_"):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return pb.load_bank(folder)    # load_bank names the unreadable file
    copy = root / f"bank-{digest.hexdigest()[:32]}.json"
    try:
        entries = json.loads(copy.read_text(encoding="utf-8"))
        return PhraseBank([pb.Phrase.from_dict(d, where=str(copy)) for d in entries])
    except (OSError, ValueError, TypeError, AttributeError, pb.PhraseBankError):
        pass                           # no copy yet, or a damaged one: read the YAML
    bank = pb.load_bank(folder)
    _write_quietly(copy, json.dumps([p.to_dict() for p in bank], ensure_ascii=False))
    _prune(root, "bank-*.json", keep=_BANK_COPIES)
    return bank


# Each edit of a bank leaves a new copy; a few cover the bundled bank and a user's own ones in turn.
_BANK_COPIES = 8


def _prune(folder: Path, pattern: str, *, keep: int) -> None:
    """Remove all but the ``keep`` most recently written files (or folders) matching ``pattern`` (best effort)."""
    import shutil

    try:
        old = sorted(folder.glob(pattern), key=lambda f: f.stat().st_mtime, reverse=True)[keep:]
        for f in old:
            shutil.rmtree(f, ignore_errors=True) if f.is_dir() else f.unlink()
    except OSError:
        pass


def _write_quietly(target: Path, text: str) -> None:
    """Best effort: a cache that cannot be written (read-only home, full disk) just stays cold."""
    import tempfile

    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def use_template_cache(templates: Templates) -> None:
    """Keep compiled templates in the cache folder. Jinja keys each by name and checks the source's
    checksum and the Python version, so an edited template is compiled afresh; a cache that cannot
    be read or written is skipped, never an error."""
    from jinja2.bccache import FileSystemBytecodeCache

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, ValueError, EOFError):
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    root = cache_dir()
    if root is None:
        return
    # Jinja's key knows the source, not the environment's options (trim_blocks …): code compiled by
    # another templating.py or Jinja goes to a folder of its own rather than being reused.
    import sys

    import jinja2

    from .compose import templating

    try:
        digest = hashlib.sha256(Path(templating.__file__).read_bytes())
        digest.update(f"{jinja2.__version__}|{sys.version}".encode())
        folder = root / f"templates-{digest.hexdigest()[:16]}"
        folder.mkdir(parents=True, exist_ok=True)
        os.utime(folder)  # most recently used, for _prune
    except OSError:
        return
    _prune(root, "templates-*", keep=2)
    templates.env.bytecode_cache = QuietCache(str(folder), "%s.jinja")


def output_format(target: Path | None, fmt: str | None) -> str:
    """The format asked for, else the one the output's extension names, else docx."""
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"未知的输出格式 {fmt}；可选 {' '.join(FORMATS)}", english="unknown format")
        named = _BY_SUFFIX.get(target.suffix.lower()) if target is not None else None
        # A Word file named .md (or text named .docx) opens as garbage; md/txt/outline are all plain text.
        if named and (named == "docx") != (fmt == "docx"):
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
