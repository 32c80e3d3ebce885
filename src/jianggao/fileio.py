"""Files in and out within bounds: regular files only, size caps, atomic writes, one Chinese message per OSError."""
from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import JianggaoError, OutputError

# What each OSError means to a secretary; anything else is named by its number (still one line, no traceback).
_OS_ERRORS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENAMETOOLONG: "文件名太长（一个名字最多 255 字节）",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EEXIST: "已存在同名文件",
    errno.EIO: "磁盘读写出错",
    errno.ELOOP: "符号链接绕成了圈",
    errno.EMFILE: "同时打开的文件太多",
    errno.ENFILE: "同时打开的文件太多",
    errno.EFBIG: "文件超过了磁盘允许的大小",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ETXTBSY: "文件正被其他程序占用",
    errno.EXDEV: "不能跨磁盘改名",
    errno.ENXIO: "设备不存在",
    errno.ENODEV: "设备不存在",
}
if hasattr(errno, "EDQUOT"):
    _OS_ERRORS[errno.EDQUOT] = "磁盘配额已用完"

# Temporary files under way in this process; a signal handler removes them (cli.py) before exiting.
_TEMPORARIES: set[str] = set()


def os_error_text(exc: OSError) -> str:
    """One Chinese phrase for ``exc``: disk full, read-only, name too long, not a folder …"""
    return _OS_ERRORS.get(exc.errno, f"系统错误（错误号 {exc.errno}）" if exc.errno else "系统错误")


def os_error(exc: OSError, file: str | Path | None, *, doing: str = "写入",
             error: type[JianggaoError] = OutputError) -> JianggaoError:
    """The user error for ``exc`` met while ``doing`` something to ``file``."""
    return error(f"无法{doing}：{os_error_text(exc)}", file=None if file is None else str(file),
                 english=exc.strerror or f"errno {exc.errno}")


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff\U000e0000-\U000e007f]")


def printable(text: str) -> str:
    """``text`` (a file name, or a message naming one) as what prints and round-trips through YAML: bytes
    that are not UTF-8 (surrogate escapes from ``os.fsdecode``) become ``\\xff``, control and bidi
    characters ``\\u202e``; line breaks and tabs are kept (messages may hold them)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:     # os.fsdecode's stand-in for one byte that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def size_text(n: int) -> str:
    """A byte count as a secretary reads it: 1.5 MB, 6.0 GB."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} 字节"


# ---------------------------------------------------------------- reading


def check_regular(path: Path, limit: int, *, error: type[JianggaoError] = JianggaoError, what: str = "文件") -> int:
    """The size of the regular file at ``path``; ``error`` when it is a FIFO, a device or a folder, or larger
    than ``limit``. Decided from the directory entry alone: nothing is opened or read."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise error(f"{what}不存在", file=str(path), english="no such file") from None
    except ValueError:  # a NUL byte in the name
        raise error("文件名无效", file=str(path).replace("\0", "\\0"), english="invalid file name") from None
    except OSError as exc:
        raise os_error(exc, path, doing="读取", error=error) from None
    if stat.S_ISDIR(st.st_mode):
        raise error(f"这是一个文件夹，不是{what}", file=str(path), english="is a directory")
    if not stat.S_ISREG(st.st_mode):
        # /dev/zero never ends and a named pipe blocks forever: regular files only, refused unread.
        raise error("不是普通文件（设备、管道等），不能读取", file=str(path), english="not a regular file")
    if st.st_size > limit:
        raise error(f"文件太大（{size_text(st.st_size)}），上限 {size_text(limit)}，已拒绝读取", file=str(path),
                    english="file over the size limit")
    return st.st_size


def read_regular(path: Path, limit: int, *, error: type[JianggaoError] = JianggaoError, what: str = "文件") -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them, else ``error`` naming it.

    Checked before opening (FIFO, device, size), opened without blocking, checked again on the open
    handle (the name may have been swapped in between), and read no further than the limit (it may grow)."""
    check_regular(path, limit, error=error, what=what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise os_error(exc, path, doing="读取", error=error) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error("不是普通文件（设备、管道等），不能读取", file=str(path), english="not a regular file")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(f"文件太大，上限 {size_text(limit)}，已停止读取", file=str(path),
                            english="file over the size limit")
        return b"".join(chunks)
    except OSError as exc:
        raise os_error(exc, path, doing="读取", error=error) from None
    finally:
        os.close(fd)


# ---------------------------------------------------------------- writing


def check_writable(target: Path, *, force: bool) -> None:
    """Refuse an existing output unless forced (DESIGN: no overwrite without --force), and always refuse
    one that is not a regular file: the rename would put a speech in place of a folder, a device such as
    /dev/full (as root it did) or a named pipe."""
    try:
        exists = target.exists()
        regular = target.is_file()
    except OSError as exc:
        raise os_error(exc, target) from None
    if exists and not regular:
        raise OutputError(
            "输出路径已存在，但不是普通文件（文件夹、设备或管道），不能写在这里",
            file=str(target),
            english="output path exists and is not a regular file",
        )
    if exists and not force:
        raise OutputError(
            "输出文件已存在；如需覆盖，请加 --force",
            file=str(target),
            english="output exists; pass --force to overwrite",
        )


def _temporary_beside(folder: Path) -> Path:
    """A new empty file in ``folder`` with a short name (`.jg1a2b3c4d.part`): a temporary name built from
    the target's would push a legal 255-byte name over the limit. Created with the user's umask."""
    for _ in range(100):
        tmp = folder / f".jg{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise OutputError("无法在输出目录中创建临时文件", file=str(folder), english="no free temporary name")


@contextmanager
def atomic_path(target: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    Nothing half-written is ever left under the target's name: on any error (a full disk included,
    reported as one OutputError) the temporary file is removed and the target is untouched.
    """
    target = Path(target)
    check_writable(target, force=force)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = _temporary_beside(folder)
    except FileExistsError:   # a file sits where a folder of the path should be
        raise os_error(OSError(errno.ENOTDIR, "not a directory"), folder, doing="写入输出目录") from None
    except OSError as exc:
        raise os_error(exc, folder, doing="写入输出目录") from None
    _TEMPORARIES.add(str(tmp))
    try:
        try:
            yield tmp
            if not force and target.exists():
                raise OutputError("输出文件已存在；如需覆盖，请加 --force", file=str(target),
                                  english="output exists; pass --force to overwrite")
            os.replace(tmp, target)
        except OSError as exc:
            raise os_error(exc, target) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        _TEMPORARIES.discard(str(tmp))


def remove_temporaries() -> None:
    """Remove every temporary file this process has under way (called when a signal stops the run)."""
    for name in list(_TEMPORARIES):
        try:
            os.unlink(name)
        except OSError:
            pass
        _TEMPORARIES.discard(name)


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
