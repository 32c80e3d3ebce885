"""Writing outputs safely: temp file beside the target, then rename; never overwrite without --force."""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError


def check_writable(target: Path, *, force: bool) -> None:
    """Refuse an existing output unless forced (DESIGN: no overwrite without --force), and always refuse
    one that is not a regular file: the rename would put a speech in place of a folder, a device such as
    /dev/full (as root it did) or a named pipe."""
    if target.exists() and not target.is_file():
        raise OutputError(
            "输出路径已存在，但不是普通文件（文件夹、设备或管道），不能写在这里",
            file=str(target),
            english="output path exists and is not a regular file",
        )
    if target.exists() and not force:
        raise OutputError(
            "输出文件已存在；如需覆盖，请加 --force",
            file=str(target),
            english="output exists; pass --force to overwrite",
        )


@contextmanager
def atomic_path(target: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    Nothing half-written is ever left under the target's name: on any error the
    temporary file is removed and the target is untouched.
    """
    target = Path(target)
    check_writable(target, force=force)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"无法写入输出目录：{exc.strerror or exc}", file=str(folder),
                          english="cannot write to the output folder") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp creates 0600; an output should get the mode any new file of the user gets.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield tmp
        if not force and target.exists():
            raise OutputError("输出文件已存在；如需覆盖，请加 --force", file=str(target),
                              english="output exists; pass --force to overwrite")
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text_atomic(target: Path, text: str, *, force: bool = False, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically."""
    with atomic_path(target, force=force) as tmp:
        tmp.write_text(text, encoding=encoding, newline="\n")


def write_bytes_atomic(target: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target, force=force) as tmp:
        tmp.write_bytes(data)


# Characters no file name may hold on Windows (where secretaries work, even when the batch runs elsewhere),
# and the names Windows reserves for devices whatever the extension (con.docx cannot be created there).
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_stem(name: str, fallback: str) -> str:
    """``name`` as a file name on every system: no path separators, no ``..``, no reserved characters,
    no leading dot, no device name, at most 80 characters; ``fallback`` if nothing is left."""
    stem = _UNSAFE_NAME.sub("_", name or "")
    stem = re.sub(r"\.{2,}", "_", stem).lstrip(" ._")[:80].rstrip(" .")
    if stem.split(".")[0].lower() in _DEVICES:
        stem += "_"
    return stem or fallback
