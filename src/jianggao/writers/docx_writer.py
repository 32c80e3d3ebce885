"""Speech → .docx laid out per GB/T 9704-2012 (profiles gbt9704 and speech) or a user's reference document."""
from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from ..errors import UsageError
from ..fileio import atomic_path, check_writable
from ..model.speech import Heading, Speech
from ..model.text import xml_safe
from .docx_pages import add_page_numbers, set_chinese_settings, setup_section
from .docx_styles import (
    BODY_CHAR_STYLE_NAME,
    HEADING_STYLE_NAMES,
    PAGE_NUMBER_STYLE_NAME,
    install_styles,
    prune_template_styles,
    scrub_theme_fonts,
    set_doc_defaults,
)
from .fonttable import add_chinese_fonts
from .profiles import TEXT_WIDTH, Profile, get_profile
from .title_breaks import title_lines

_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def front_matter(speech: Speech) -> list[tuple[str, str]]:
    """(style name, text) of the lines above the body: title (or main title + ——subtitle),
    speaker, date, salutation; empty lines are left out."""
    if speech.main_title:
        lines = [("公文标题", speech.main_title), ("副标题", "——" + speech.title)]
    else:
        lines = [("公文标题", speech.title)]
    lines += [("讲话人", speech.speaker_line), ("日期", speech.date_line), ("称谓", speech.salutation)]
    return [(style, text) for style, text in lines if text]


def build_document(speech: Speech, *, profile: str = "speech", reference_doc: Path | None = None):
    """Build the python-docx Document of ``speech`` without saving it.

    Without ``reference_doc`` the document starts from python-docx's blank template, with
    its theme fonts scrubbed, our named styles installed and the GB/T 9704 page set up.
    With it, the user's document supplies page setup, headers/footers and every style it
    already has by our Chinese names; its body is cleared and ours are added only where missing.
    """
    prof = get_profile(profile)
    if reference_doc is None:
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
    else:
        document = _open_reference(Path(reference_doc))
        _clear_body(document)
        style_ids = install_styles(document.styles.element, prof, replace=False)
    _write_paragraphs(document, speech, style_ids, prof)
    _set_core_properties(document, speech)
    return document


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
    buffer = io.BytesIO()
    build_document(speech, profile=profile, reference_doc=reference_doc).save(buffer)
    return buffer.getvalue()


# Lines centred on the page that break at a seam rather than wherever the line runs out.
_TITLE_SIZES = {"公文标题": lambda p: p.title_pt, "副标题": lambda p: p.front_pt}


def _write_paragraphs(document, speech: Speech, style_ids: dict[str, str], profile: Profile) -> None:
    """Append one w:p per line of the speech, styled by id.

    Paragraphs are built as lxml elements directly, by style id: python-docx's
    add_paragraph(style=…) looks each style up by name on every call, and runs with a
    character style and direct "not bold" are simpler to state as elements anyway.
    Title widths use our A4 text width even under a reference document (an estimate).
    """
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    append = body.append if sect_pr is None else sect_pr.addprevious
    width_pt = TEXT_WIDTH / 20
    for style, text in front_matter(speech):
        text = xml_safe(text)
        if style in _TITLE_SIZES:
            text = "\n".join(title_lines(text, _TITLE_SIZES[style](profile), width_pt))
        append(_paragraph(style_ids[style], [(text, None)]))
    body_char = style_ids[BODY_CHAR_STYLE_NAME]
    for block in speech.blocks:
        if isinstance(block, Heading):
            runs: list[tuple[str, str | None]] = [(xml_safe(block.number + block.text), None)]
            if block.body:
                # A heading with run-on text (（一）加强组织领导。要……) stays ONE paragraph in the
                # heading's style, the run-on part in 正文字符. So the navigation pane still lists
                # it — the whole paragraph, truncated by Word — which a secretary prefers to
                # losing （一）…（四） from the pane: they are the items she jumps between when the
                # leader asks for changes. Word's "style separator" (a hidden paragraph mark,
                # w:specVanish) would list the heading alone, but WPS and LibreOffice show it
                # as two paragraphs and it breaks the one-block-one-paragraph reading.
                runs.append((xml_safe(block.body), body_char))
            # GB/T 9704 numbers four levels; anything deeper prints as the fourth.
            level = min(max(block.level, 1), 4)
            para = _paragraph(style_ids[HEADING_STYLE_NAMES[level]], runs)
            if block.body:
                # With its text run on, the heading is a whole paragraph: keeping it with the
                # next one would chain several such paragraphs and leave half a page empty.
                keep = _make("w:keepNext")
                keep.set(qn("w:val"), "0")
                para[0].append(keep)
            append(para)
        else:
            append(_paragraph(style_ids["正文"], [(xml_safe(block.text), None)]))


def _paragraph(style_id: str, runs: list[tuple[str, str | None]]):
    """A w:p of ``runs`` (clean text, character style id or None); "\n" in a run is a line break."""
    p = _make("w:p")
    ppr = _make("w:pPr")
    pstyle = _make("w:pStyle")
    pstyle.set(qn("w:val"), style_id)
    ppr.append(pstyle)
    p.append(ppr)
    for text, char_style in runs:
        if not text:
            continue
        r = _make("w:r")
        if char_style:
            rpr = _make("w:rPr")
            rstyle = _make("w:rStyle")
            rstyle.set(qn("w:val"), char_style)
            rpr.append(rstyle)
            # Direct "not bold": bold is a toggle property, so a character style cannot
            # reliably switch off the bold of 三级标题; direct formatting can.
            for tag in ("w:b", "w:bCs"):
                off = _make(tag)
                off.set(qn("w:val"), "0")
                rpr.append(off)
            r.append(rpr)
        for n, line in enumerate(text.split("\n")):
            if n:
                r.append(_make("w:br"))
            t = _make("w:t")
            if line != line.strip():
                t.set(_XML_SPACE, "preserve")
            t.text = line
            r.append(t)
        p.append(r)
    return p


def _make(tag: str):
    return OxmlElement(tag)


def _set_core_properties(document, speech: Speech) -> None:
    """Title set; author and the python-docx markers emptied (an office may not want a tool's
    name in its files); dates taken from the speech's date, so reruns give the same metadata."""
    props = document.core_properties
    props.title = xml_safe(f"{speech.main_title}——{speech.title}" if speech.main_title else speech.title)
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    match = _DATE.search(speech.date_line or "")
    when = None
    if match:
        try:
            when = datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=timezone.utc)
        except ValueError:
            when = None
    if when is None:
        when = datetime.now(timezone.utc).replace(microsecond=0)
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
