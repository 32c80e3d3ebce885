"""Files in and out within bounds: regular files and Word packages read under caps, atomic writes, OSErrors in Chinese."""
from __future__ import annotations

import errno
import io
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import JianggaoError, OutputError

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

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
    if not exc.errno:
        return "系统错误"
    return _OS_ERRORS.get(exc.errno, f"系统错误（错误号 {exc.errno}）")


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


# ---------------------------------------------------------------- Word packages (.docx/.dotx) read within bounds

# Word packages (.docx/.dotx) read within bounds: file, member and total sizes capped, no DTDs or entities.
#
# A .docx is a zip of XML parts. A small one can inflate to gigabytes (a zip bomb: 1 MB took 2 GB of
# memory in `mine`), and its directory may lie about the sizes. So the file is read whole only when
# small, the directory is checked against the caps before anything is inflated, each member is
# inflated in chunks and counted as it streams, and the XML parts may declare no DTD (the entity
# expansion "billion laughs" lives there). What passes is handed on as an in-memory package whose
# members are stored uncompressed, so whatever reads it next (python-docx) inflates nothing itself.

MAX_FILE_BYTES = 64 << 20       # the .docx on disk
MAX_XML_BYTES = 16 << 20        # one XML part inflated (a 300-page speech's document.xml is ~5 MB)
MAX_MEMBER_BYTES = 32 << 20     # one image, font or other part inflated
MAX_TOTAL_BYTES = 96 << 20      # the whole package inflated
MAX_MEMBERS = 4000
# Markup in one XML part: what a parser builds a node for. 16 MB of `<w:p/>` is 2.7 million elements
# (1.4 GB once parsed and wrapped); a long real speech has some 50 000 tags.
MAX_XML_TAGS = 500_000
_CHUNK = 1 << 20
_XML_SUFFIXES = (".xml", ".rels")
# A DTD is where entities are declared; no part of a Word package has one. Checked in the encodings
# an XML part may be written in.
_DTD_MARKS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
# A Word template (.dotx, where offices keep their letterhead) declares its main part a template;
# python-docx opens documents only, so a verified copy of one may be declared a document.
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _shown(name: str) -> str:
    """A member's name for a message: a hostile package may name one with anything, at any length."""
    return name if len(name) <= 80 else name[:77] + "…"


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def verified_package(path: Path, *, error: type[JianggaoError], field: str | None = None,
                     keep_media: bool = True, as_document: bool = True, what: str = "Word 文件") -> io.BytesIO:
    """The package at ``path`` as an in-memory, uncompressed zip that python-docx can open safely.

    ``error`` (naming ``path`` and ``field``) when the file is not a regular file, is too large, is no zip,
    inflates past a cap or holds a DTD. Without ``keep_media`` the non-XML parts (pictures, fonts) are
    kept empty: reading the text needs only the XML. With ``as_document`` a template's main part is
    declared a document.
    """
    import zipfile

    def refuse(message: str, english: str) -> JianggaoError:
        return error(message, file=str(path), field=field, english=english)

    data = read_regular(path, MAX_FILE_BYTES, error=error, what=what)
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        members = source.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise refuse(f"{what}不是有效的 Word 文件（不是 zip 压缩包或已损坏）", "not a zip package") from None
    if len(members) > MAX_MEMBERS:
        raise refuse(f"{what}内的部件太多（{len(members)} 个），已拒绝读取", "too many members")
    # The directory first: a declared size past a cap is refused before a byte is inflated.
    declared = 0
    for member in members:
        cap = MAX_XML_BYTES if _is_xml(member.filename) else MAX_MEMBER_BYTES
        if member.file_size > cap:
            raise refuse(f"{what}内的部件 {_shown(member.filename)} 解压后有 {size_text(member.file_size)}，"
                         f"超过上限 {size_text(cap)}（可能是压缩炸弹），已拒绝读取", "member over the size cap")
        declared += member.file_size
    if declared > MAX_TOTAL_BYTES:
        raise refuse(f"{what}解压后共 {size_text(declared)}，超过上限 {size_text(MAX_TOTAL_BYTES)}（可能是压缩炸弹），"
                     "已拒绝读取", "package over the size cap")
    out = io.BytesIO()
    total = 0
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for member in members:
                if member.is_dir():
                    continue
                xml = _is_xml(member.filename)
                if not xml and not keep_media:
                    copy.writestr(member.filename, b"")
                    continue
                body = _inflate(source, member, MAX_XML_BYTES if xml else MAX_MEMBER_BYTES, refuse, what)
                total += len(body)
                if total > MAX_TOTAL_BYTES:
                    raise refuse(f"{what}解压后超过上限 {size_text(MAX_TOTAL_BYTES)}（可能是压缩炸弹），已停止读取",
                                 "package over the size cap while inflating")
                if xml and body.count(b"<") > MAX_XML_TAGS:
                    raise refuse(f"{what}内的 {_shown(member.filename)} 有超过 {MAX_XML_TAGS:,} 个标记，不像一篇讲话，"
                                 "已拒绝读取", "too many XML tags")
                if xml and any(mark in body for mark in _DTD_MARKS):
                    raise refuse(f"{what}内的 {_shown(member.filename)} 含有 DTD 或实体声明（Word 文件从不含有），已拒绝读取",
                                 "DTD or entity declaration")
                if as_document and member.filename == "[Content_Types].xml":
                    body = body.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
                copy.writestr(member.filename, body)
    except JianggaoError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, EOFError,
            RuntimeError):  # a bad CRC, an unknown compression method, an encrypted member
        raise refuse(f"{what}不是有效的 Word 文件（压缩包已损坏）", "damaged zip package") from None
    out.seek(0)
    return out


def _inflate(source, member, cap: int, refuse, what: str) -> bytes:
    """One member's bytes, counted as they stream: the directory's sizes may lie."""
    chunks, size = [], 0
    with source.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise refuse(f"{what}内的部件 {_shown(member.filename)} 解压后超过上限 {size_text(cap)}（可能是压缩炸弹），"
                             "已停止读取", "member over the size cap while inflating")
            chunks.append(chunk)
    return b"".join(chunks)


def open_document(package: IO[bytes], path: Path, *, error: type[JianggaoError], field: str | None = None,
                  what: str = "Word 文件") -> WordDocument:
    """python-docx's Document for a verified package; ``error`` for anything python-docx or lxml refuses."""
    import docx

    try:
        return docx.Document(package)
    except Exception as exc:  # noqa: BLE001 — lxml's XMLSyntaxError, KeyError for a missing part, ValueError …
        raise error(f"{what}不是有效的 Word 文件（内容已损坏或不是 Word 文档）", file=str(path), field=field,
                    english=f"unreadable package: {type(exc).__name__}") from None


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
        tmp = folder / f".jg{os.urandom(4).hex()}.part"     # (secrets.token_hex, without importing secrets: ~25 M instructions)
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
_UNSAFE_NAME = r'[\\/:*?"<>|\x00-\x1f\x7f]+'  # compiled on first use (re keeps it)
_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_stem(name: str, fallback: str) -> str:
    """``name`` as a file name on every system: no path separators, no ``..``, no reserved characters,
    no leading dot, no device name, at most 80 characters; ``fallback`` if nothing is left."""
    stem = re.sub(_UNSAFE_NAME, "_", name or "")
    stem = re.sub(r"\.{2,}", "_", stem).lstrip(" ._")[:80].rstrip(" .")
    if stem.split(".")[0].lower() in _DEVICES:
        stem += "_"
    return stem or fallback
