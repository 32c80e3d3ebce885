"""Speech → .docx laid out per GB/T 9704-2012 (profiles gbt9704 and speech) or a user's reference document."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ..errors import UsageError
from ..fileio import atomic_path, check_writable
from ..model.speech import Speech
from .docx_pages import add_page_numbers, set_chinese_settings, setup_section
from .docx_skeleton import body_xml, core_date, core_title, front_matter, skeleton_docx
from .docx_styles import (
    PAGE_NUMBER_STYLE_NAME,
    install_styles,
    prune_template_styles,
    scrub_theme_fonts,
    set_doc_defaults,
)
from .fonttable import add_chinese_fonts
from .profiles import Profile, get_profile

__all__ = ["build_document", "check_reference_doc", "docx_bytes", "front_matter", "make_skeleton", "write_docx",
           "write_skeletons"]


def build_document(speech: Speech, *, profile: str = "speech", reference_doc: Path | None = None):
    """Build the python-docx Document of ``speech`` without saving it.

    Without ``reference_doc`` the document starts from python-docx's blank template, with
    its theme fonts scrubbed, our named styles installed and the GB/T 9704 page set up.
    With it, the user's document supplies page setup, headers/footers and every style it
    already has by our Chinese names; its body is cleared and ours are added only where missing.
    """
    prof = get_profile(profile)
    if reference_doc is None:
        document, style_ids = _new_document(prof)
    else:
        document = _open_reference(Path(reference_doc))
        _clear_body(document)
        style_ids = install_styles(document.styles.element, prof, replace=False)
    _write_paragraphs(document, speech, style_ids, prof)
    _set_core_properties(document, core_title(speech), core_date(speech))
    return document


def _new_document(prof: Profile):
    """Our own blank document of ``prof`` (python-docx's template, its theme fonts scrubbed, our styles,
    the GB/T 9704 page) and {style name: id}: all of a .docx that does not depend on the speech."""
    document = docx.Document()
    _drop_template_leftovers(document)
    styles_el = document.styles.element
    prune_template_styles(styles_el)
    set_doc_defaults(styles_el, prof)
    scrub_theme_fonts(styles_el)
    style_ids = install_styles(styles_el, prof, replace=True)
    section = document.sections[0]
    setup_section(section._sectPr, prof)
    add_page_numbers(document, section, style_ids[PAGE_NUMBER_STYLE_NAME], prof)
    set_chinese_settings(document)
    add_chinese_fonts(document)
    return document, style_ids


_BODY_MARKER = "<!--jianggao-body-->"


def make_skeleton(profile: str) -> dict:
    """The skeleton of ``profile`` that docx_skeleton fills without python-docx: the parts of our blank
    document in the order python-docx writes them, a marker where the body's paragraphs go, markers for
    the title and dates, the style ids, and the digest of the code that made it."""
    from .docx_skeleton import DATE_MARKER, FORMAT, TITLE_MARKER, makers_digest

    document, style_ids = _new_document(get_profile(profile))
    _set_core_properties(document, TITLE_MARKER, DATE_MARKER)
    buffer = io.BytesIO()
    document.save(buffer)
    main = document.part.partname.lstrip("/")
    core = "docProps/core.xml"  # where python-docx keeps the core properties
    parts = []
    with zipfile.ZipFile(buffer) as z:
        for name in z.namelist():
            text = z.read(name).decode("utf-8")
            if name == main:
                at = text.rindex("<w:sectPr")
                text = text[:at] + _BODY_MARKER + text[at:]
            parts.append([name, text])
    assert core in dict(parts) and main in dict(parts)
    return {"format": FORMAT, "key": makers_digest(), "style_ids": style_ids, "document": main, "core": core,
            "body_marker": _BODY_MARKER, "parts": parts}


def write_skeletons(folder: Path | None = None) -> list[Path]:
    """Write every profile's skeleton (run after changing the writer: a test says when)."""
    from .docx_skeleton import SKELETONS
    from .profiles import PROFILES

    folder = folder or SKELETONS
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in PROFILES:
        path = folder / f"{name}.json"
        path.write_text(json.dumps(make_skeleton(name), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        written.append(path)
    return written


def write_docx(speech: Speech, target: Path, *, profile: str = "speech",
               reference_doc: Path | None = None, force: bool = False) -> None:
    """Write ``speech`` to ``target`` atomically; OutputError if it exists and not ``force``."""
    target = Path(target)
    check_writable(target, force=force)    # fail before the work, not after
    data = docx_bytes(speech, profile=profile, reference_doc=reference_doc)
    with atomic_path(target, force=force) as tmp:
        tmp.write_bytes(data)


def docx_bytes(speech: Speech, *, profile: str = "speech", reference_doc: Path | None = None) -> bytes:
    """The .docx file of ``speech``, in memory. Saved to memory first: python-docx's zip writer, failing
    on a full disk, left an unclosed ZipFile whose clean-up printed a traceback; now a full disk is one
    OutputError from the atomic write, the target untouched."""
    if reference_doc is None:
        data = skeleton_docx(speech, profile)
        if data is not None:
            return data
    buffer = io.BytesIO()
    build_document(speech, profile=profile, reference_doc=reference_doc).save(buffer)
    return buffer.getvalue()


def _write_paragraphs(document, speech: Speech, style_ids: dict[str, str], profile: Profile) -> None:
    """Append the speech's paragraphs (docx_skeleton.body_xml, the one place they are built) to the body,
    before its section properties."""
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    append = body.append if sect_pr is None else sect_pr.addprevious
    for paragraph in parse_xml(f"<w:body {nsdecls('w')}>{body_xml(speech, style_ids, profile)}</w:body>"):
        append(paragraph)


def _set_core_properties(document, title: str, when: datetime) -> None:
    """Title set; author and the python-docx markers emptied (an office may not want a tool's
    name in its files); dates taken from the speech's date (docx_skeleton.core_date)."""
    props = document.core_properties
    props.title = title
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = when
    props.modified = when


def _drop_template_leftovers(document) -> None:
    """python-docx's template carries a thumbnail of a sample page, a customXml item, a
    Word 2010 stylesWithEffects part whose theme fonts would still reach Word 2010, and
    app.xml statistics of an empty Mac Word document (optional; Word rewrites it on save)."""
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"):
            document.part.drop_rel(rid)
    pkg_rels = document.part.package.rels
    for rid, rel in list(pkg_rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del pkg_rels[rid]


# Verified reference documents by (path, size, mtime): a build checks the user's file once, not once per brief.
_REFERENCES: dict[tuple, bytes] = {}


def check_reference_doc(path: str | Path) -> bytes:
    """The user's reference .docx/.dotx verified (sizes capped, no DTD, python-docx opens it) and kept for
    this process; UsageError naming it and ``--reference-doc`` otherwise."""
    from ..fileio import MAX_FILE_BYTES, check_regular, open_document, verified_package

    path = Path(path)
    if not path.exists():
        raise UsageError("找不到参考文档", file=str(path), field="--reference-doc", english="reference document not found")
    check_regular(path, MAX_FILE_BYTES, error=UsageError, what="参考文档")
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _REFERENCES:
        package = verified_package(path, error=UsageError, field="--reference-doc", what="参考文档")
        data = package.getvalue()
        open_document(io.BytesIO(data), path, error=UsageError, field="--reference-doc", what="参考文档")
        _REFERENCES.clear()   # one reference per run; a long-lived process keeps no stale copies
        _REFERENCES[key] = data
    return _REFERENCES[key]


def _open_reference(path: Path):
    """A fresh Document from the user's reference (verified once per process); UsageError when unusable."""
    from ..fileio import open_document

    data = check_reference_doc(path)
    return open_document(io.BytesIO(data), path, error=UsageError, field="--reference-doc", what="参考文档")


def _clear_body(document) -> None:
    """Remove the reference document's content, keeping its last section's properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
