"""Speech → .docx without python-docx: the speech's paragraphs poured into a skeleton of our own making.

Everything in our .docx but the body paragraphs and the core properties depends on the profile alone:
styles, page setup, page numbers, fonts, settings. ``docx_writer.make_skeleton`` builds that package
once with python-docx and it ships as data (``skeletons/<profile>.json``: the parts' XML text, the style
ids, markers where the title and dates go; a test keeps it current). A render then writes the same
file python-docx would, part for part, without importing python-docx or building its object model
(that was a fifth of a render). The body's XML is built here for both ways (``body_xml``), so the two
cannot drift; a skeleton made by other writer code than the installed one is not used (the writer
falls back to python-docx), nor is any with a reference document.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from ..model.speech import Heading, Speech
from ..model.text import xml_safe
from .profiles import TEXT_WIDTH, Profile, get_profile
from .title_breaks import title_lines

SKELETONS = Path(__file__).resolve().parent / "skeletons"
FORMAT = 1
# What the skeleton holds where each speech has its own: the title, and the created / modified dates.
TITLE_MARKER = "JIANGGAO-TITLE-MARKER"
DATE_MARKER = datetime(1901, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
W3CDTF = "%Y-%m-%dT%H:%M:%SZ"   # how python-docx writes dcterms:created / modified
# The writer code a skeleton is made by: another version of any of these files makes another skeleton.
_MAKERS = ("docx_skeleton.py", "docx_writer.py", "docx_styles.py", "docx_pages.py", "fonttable.py", "profiles.py")

# Our styles' names the body uses (docx_styles defines the styles).
BODY_CHAR_STYLE_NAME = "正文字符"
HEADING_STYLE_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
# Lines centred on the page that break at a seam rather than wherever the line runs out.
_TITLE_SIZES = {"公文标题": lambda p: p.title_pt, "副标题": lambda p: p.front_pt}
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def front_matter(speech: Speech) -> list[tuple[str, str]]:
    """(style name, text) of the lines above the body: title (or main title + ——subtitle),
    speaker, date, salutation; empty lines are left out."""
    if speech.main_title:
        lines = [("公文标题", speech.main_title), ("副标题", "——" + speech.title)]
    else:
        lines = [("公文标题", speech.title)]
    lines += [("讲话人", speech.speaker_line), ("日期", speech.date_line), ("称谓", speech.salutation)]
    return [(style, text) for style, text in lines if text]


def _text(s: str) -> str:
    """Element text as lxml writes it."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _text(s).replace('"', "&quot;")


def _paragraph(style_id: str, runs: list[tuple[str, str | None]], keep_next_off: bool = False) -> str:
    """A w:p of ``runs`` (clean text, character style id or None); "\n" in a run is a line break.
    ``keep_next_off``: a heading with its text run on is a whole paragraph, not kept with the next."""
    out = [f'<w:p><w:pPr><w:pStyle w:val="{_attr(style_id)}"/>']
    if keep_next_off:
        out.append('<w:keepNext w:val="0"/>')
    out.append("</w:pPr>")
    for text, char_style in runs:
        if not text:
            continue
        out.append("<w:r>")
        if char_style:
            # Direct "not bold": bold is a toggle property, so a character style cannot
            # reliably switch off the bold of 三级标题; direct formatting can.
            out.append(f'<w:rPr><w:rStyle w:val="{_attr(char_style)}"/><w:b w:val="0"/><w:bCs w:val="0"/></w:rPr>')
        for n, line in enumerate(text.split("\n")):
            if n:
                out.append("<w:br/>")
            space = ' xml:space="preserve"' if line != line.strip() else ""
            out.append(f"<w:t{space}>{_text(line)}</w:t>")
        out.append("</w:r>")
    out.append("</w:p>")
    return "".join(out)


def body_xml(speech: Speech, style_ids: dict[str, str], profile: Profile) -> str:
    """The speech's paragraphs as WordprocessingML (the w: prefix, no namespace declarations), one w:p per
    line, styled by id. Title widths use our A4 text width even under a reference document (an estimate)."""
    paragraphs = []
    width_pt = TEXT_WIDTH / 20
    for style, text in front_matter(speech):
        text = xml_safe(text)
        if style in _TITLE_SIZES:
            text = "\n".join(title_lines(text, _TITLE_SIZES[style](profile), width_pt))
        paragraphs.append(_paragraph(style_ids[style], [(text, None)]))
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
            # GB/T 9704 numbers four levels; anything deeper prints as the fourth. With its text run on,
            # the heading is a whole paragraph: keeping it with the next one would chain several such
            # paragraphs and leave half a page empty.
            level = min(max(block.level, 1), 4)
            paragraphs.append(_paragraph(style_ids[HEADING_STYLE_NAMES[level]], runs, keep_next_off=bool(block.body)))
        else:
            paragraphs.append(_paragraph(style_ids["正文"], [(xml_safe(block.text), None)]))
    return "".join(paragraphs)


def core_title(speech: Speech) -> str:
    """The title in the file's properties."""
    return xml_safe(f"{speech.main_title}——{speech.title}" if speech.main_title else speech.title)


def core_date(speech: Speech) -> datetime:
    """Created and modified: the speech's date, so reruns give the same metadata; else now."""
    match = _DATE.search(speech.date_line or "")
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=timezone.utc)
        except ValueError:
            pass
    return datetime.now(timezone.utc).replace(microsecond=0)


def makers_digest() -> str:
    """The hash of the writer code that makes skeletons (a skeleton made by other code is not used)."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    here = Path(__file__).resolve().parent
    for name in _MAKERS:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    return digest.hexdigest()


def _skeleton(profile: str) -> dict | None:
    """The shipped skeleton of ``profile`` if it was made by the installed writer code, else None."""
    try:
        data = json.loads((SKELETONS / f"{profile}.json").read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != makers_digest():
            return None
    except (OSError, ValueError):
        return None
    return data


def skeleton_docx(speech: Speech, profile: str = "speech") -> bytes | None:
    """The .docx of ``speech`` (no reference document) built from the shipped skeleton, in memory; None
    when there is no current skeleton for ``profile`` (then python-docx builds it: docx_writer)."""
    prof = get_profile(profile)   # an unknown profile is the same UsageError either way
    skeleton = _skeleton(profile)
    title = core_title(speech)
    if skeleton is None or not title:
        return None
    when = core_date(speech).strftime(W3CDTF)
    body = body_xml(speech, skeleton["style_ids"], prof)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, text in skeleton["parts"]:
            if name == skeleton["document"]:
                text = text.replace(skeleton["body_marker"], body, 1)
            elif name == skeleton["core"]:
                text = text.replace(TITLE_MARKER, _text(title)).replace(DATE_MARKER.strftime(W3CDTF), when)
            z.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def write_from_skeleton(speech: Speech, target: Path, *, profile: str = "speech", force: bool = False) -> bool:
    """Write ``speech`` to ``target`` atomically from the skeleton; False (nothing written) when there is no
    current one. OutputError if ``target`` exists and not ``force``, before any work."""
    from ..fileio import atomic_path, check_writable

    check_writable(target, force=force)
    data = skeleton_docx(speech, profile)
    if data is None:
        return False
    with atomic_path(target, force=force) as tmp:
        tmp.write_bytes(data)
    return True
