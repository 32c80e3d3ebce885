"""Where `mine` may write: only an empty folder or one it wrote before (a marker file lists what it wrote).

`mine -o samples` once replaced the sample briefs address.yaml and pledge.yaml, and `--clean-dir CORPUS`
replaced the speeches being mined. So each output folder is claimed before anything is written: it must
be empty or hold our marker; a file we did not write is never replaced or deleted; and the clean-dir
may not be, lie inside or contain a folder being mined.
"""
from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path

from ..errors import OutputError, UsageError
from ..fileio import atomic_path, os_error, read_regular, write_text_atomic
from .load import clean_text_path

BANK_MARKER = ".jianggao-bank"
CLEAN_MARKER = ".jianggao-clean"
_HEADERS = {BANK_MARKER: "# jianggao mine 写出的词库；以下文件由它写出，可被它替换或删除",
            CLEAN_MARKER: "# jianggao mine --clean-dir 写出的清洗文本；以下文件由它写出，可被它替换"}
# Files a bank folder may hold that mine reads but did not write: the curation decisions.
_READ_ONLY_COMPANIONS = ("_curation.yaml",)
_MAX_MARKER_BYTES = 16 << 20


def _owned(folder: Path, marker: str, *, flag: str) -> set[str]:
    """The files ``folder`` says we wrote; OutputError when it is neither empty nor marked as ours."""
    try:
        if not folder.exists():
            return set()
        if not folder.is_dir():
            raise OutputError("输出路径已存在，但不是文件夹", file=str(folder), field=flag, english="not a folder")
        names = [p.name for p in folder.iterdir()]
    except OSError as exc:
        raise os_error(exc, folder, doing="读取输出目录") from None
    if marker in names:
        data = read_regular(folder / marker, _MAX_MARKER_BYTES, error=OutputError)
        lines = data.decode("utf-8", "replace").splitlines()
        if lines and lines[0] == _HEADERS[marker]:
            return {line for line in lines[1:] if line and not line.startswith("#")}
    if not [n for n in names if n not in _READ_ONLY_COMPANIONS]:
        return set()
    what = "词库" if marker == BANK_MARKER else "清洗文本"
    raise OutputError(f"输出目录不是空的，也不是 jianggao mine 写出的{what}目录（没有 {marker} 标记）；"
                      "为免覆盖或删除其中的文件，请换一个空目录", file=str(folder), field=flag,
                      english="output folder is neither empty nor one mine wrote")


def _record(folder: Path, marker: str, names: set[str]) -> None:
    """Write the marker listing ``names`` (before the files themselves, so an interrupted run still owns them)."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n".join([_HEADERS[marker], *sorted(names)]) + "\n"
    write_text_atomic(folder / marker, body, force=True)


# ---------------------------------------------------------------- the bank


def write_bank_files(texts: dict[str, str], folder: Path) -> list[Path]:
    """Write ``{file name: YAML text}`` into the bank folder ``folder``; remove the category files we wrote
    before that this run no longer has. Refused, before anything is written, when the folder is neither
    empty nor a bank we wrote, or when a file we would replace is not ours."""
    folder = Path(folder)
    owned = _owned(folder, BANK_MARKER, flag="-o")
    foreign = [n for n in texts if n not in owned and (folder / n).exists()]
    if foreign:
        raise OutputError(f"输出目录中的 {foreign[0]} 不是 jianggao mine 写的，不能替换；请换一个空目录",
                          file=str(folder), field="-o", english="would replace a file mine did not write")
    try:
        _record(folder, BANK_MARKER, owned | set(texts))
        # Every file written in full beside its target before any is renamed into place: a full disk
        # leaves the old bank as it was, not half old and half new.
        written = [folder / name for name in texts]
        with ExitStack() as stack:
            temporaries = [stack.enter_context(atomic_path(target, force=True)) for target in written]
            for tmp, text in zip(temporaries, texts.values(), strict=True):
                tmp.write_text(text, encoding="utf-8", newline="\n")
        for name in sorted(owned - set(texts)):
            stale = folder / name
            if Path(name).name == name and name.endswith(".yaml") and stale.is_file() and not stale.is_symlink():
                stale.unlink()
        _record(folder, BANK_MARKER, set(texts))
    except OSError as exc:
        raise os_error(exc, folder) from None
    return written


# ---------------------------------------------------------------- the clean-dir


def check_clean_dir(clean_dir: Path, inputs: list[Path], output_dir: Path | None = None) -> None:
    """UsageError when ``clean_dir`` is, lies inside or contains a corpus input, or is the bank folder;
    OutputError when it is neither empty nor one we wrote."""
    mine = _real(clean_dir)
    for raw in inputs:
        given = _real(raw)
        if mine == given or _inside(mine, given) or _inside(given, mine):
            raise UsageError("--clean-dir 不能是语料目录，也不能在语料目录之内或包含语料（会覆盖或混入原稿）；"
                             "请另选一个空目录", file=str(clean_dir), field="--clean-dir",
                             english="--clean-dir overlaps a corpus input")
    if output_dir is not None:
        bank = _real(output_dir)
        if mine == bank or _inside(mine, bank) or _inside(bank, mine):
            raise UsageError("--clean-dir 不能与词库输出目录（-o）相同或相互包含", file=str(clean_dir),
                             field="--clean-dir", english="--clean-dir overlaps the bank folder")
    _owned(clean_dir, CLEAN_MARKER, flag="--clean-dir")


def _real(path: Path) -> Path:
    """The absolute path with every existing symlink resolved (a link must not hide an overlap)."""
    return Path(os.path.realpath(os.path.abspath(path)))


def _inside(path: Path, folder: Path) -> bool:
    return folder in path.parents


class CleanFolder:
    """The `--clean-dir` of one mining run: each document's cleaned text under its relative name + .txt."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.owned = _owned(self.folder, CLEAN_MARKER, flag="--clean-dir")
        self._recorded = set(self.owned)
        self._this_run: set[str] = set()

    def write(self, name: str, text: str, *, under: str = "") -> Path:
        """Write ``text`` for the document called ``name`` (in the subfolder ``under``); OutputError when a
        file we did not write is in the way. Two documents never share a file within one run."""
        target = clean_text_path(self.folder / under if under else self.folder, name)
        rel = target.relative_to(self.folder).as_posix()
        n = 2
        while rel in self._this_run:   # a corpus folder called "segmented", say
            target = clean_text_path(self.folder / under if under else self.folder, f"{name} ({n})")
            rel, n = target.relative_to(self.folder).as_posix(), n + 1
        self._this_run.add(rel)
        if rel not in self.owned and (target.exists() or target.is_symlink()):
            raise OutputError("清洗文本目录中已有同名文件，且不是 jianggao mine 写的，不能替换", file=str(target),
                              field="--clean-dir", english="would replace a file mine did not write")
        try:
            if rel not in self._recorded:   # recorded before written: an interrupted run still owns it
                self._recorded.add(rel)
                self._append(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, target) from None
        write_text_atomic(target, text, force=True)
        self.owned.add(rel)
        return target

    def _append(self, rel: str) -> None:
        """One line more in the marker (rewriting it per document would cost the square of the corpus)."""
        marker = self.folder / CLEAN_MARKER
        if not marker.exists():
            _record(self.folder, CLEAN_MARKER, self._recorded)
            return
        with open(marker, "a", encoding="utf-8") as handle:
            handle.write(rel + "\n")


def check_bank_dir(folder: Path) -> None:
    """OutputError, before any mining, when ``folder`` is neither empty nor a bank mine wrote."""
    _owned(Path(folder), BANK_MARKER, flag="-o")
