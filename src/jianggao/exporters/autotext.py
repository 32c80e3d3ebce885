"""Word AutoText (.dotx): a template whose glossary document holds one building block per phrase.

Each phrase becomes a docPart in gallery autoTxt, category = the phrase category's Chinese label, name = its
code (type the code, press F3, and Word inserts it), description = its role and id. A slot becomes a plain-text content
control titled and tagged with the slot's Chinese label, showing the label as placeholder text; one extra
docPart per slot label (gallery "placeholder") holds that placeholder text, as Word keeps it.
"""
from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from ..model.bank import Phrase
from ..model.slots import get_slot
from . import dotx_parts as parts
from .common import Rendered, category_label, positions, role_label, segments

NAME_MAX = 32                # Word's building-block names are at most 32 characters
GUID_NS = uuid.UUID("6f1d3c52-9a57-4d0e-9b1e-6a616e676761")   # stable GUIDs: same phrase, same block
# XML 1.0 forbids most C0 controls; a stray one from a web copy must not make Word reject the whole file.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _guid(key: str) -> str:
    return "{" + str(uuid.uuid5(GUID_NS, key)).upper() + "}"


def _attr(value: str) -> str:
    return quoteattr(_BAD_XML.sub("", value))


def _runs(text: str, rstyle: str | None = None) -> str:
    """Runs for plain text; newlines become breaks and tabs tab characters, inside the same paragraph."""
    rpr = f'<w:rPr><w:rStyle w:val="{rstyle}"/></w:rPr>' if rstyle else ""
    out = []
    text = _BAD_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(f"<w:r>{rpr}<w:br/></w:r>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if piece:
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def placeholder_name(slot: str) -> str:
    """The docPart holding a slot's placeholder text."""
    return f"jianggao_slot_{slot}"


def _content_control(slot: str, sdt_id: int) -> str:
    label = get_slot(slot).label
    return ("<w:sdt><w:sdtPr>"
            f"<w:alias w:val={_attr(label)}/><w:tag w:val={_attr(label)}/><w:id w:val=\"{sdt_id}\"/>"
            f"<w:placeholder><w:docPart w:val={_attr(placeholder_name(slot))}/></w:placeholder>"
            "<w:showingPlcHdr/><w:text/></w:sdtPr>"
            f"<w:sdtContent>{_runs(label, parts.PLACEHOLDER_STYLE)}</w:sdtContent></w:sdt>")


def _doc_part(*, name: str, category: str, gallery: str, description: str, guid: str, body: str,
              placeholder: bool = False) -> str:
    types = '<w:types><w:type w:val="bbPlcHdr"/></w:types>' if placeholder else ""
    return ("<w:docPart><w:docPartPr>"
            f"<w:name w:val={_attr(name)}/>"
            f"<w:category><w:name w:val={_attr(category)}/><w:gallery w:val=\"{gallery}\"/></w:category>"
            f'{types}<w:behaviors><w:behavior w:val="content"/></w:behaviors>'
            f"<w:description w:val={_attr(description)}/><w:guid w:val=\"{guid}\"/>"
            f"</w:docPartPr><w:docPartBody>{body}</w:docPartBody></w:docPart>")


def block_names(phrases: Sequence[Phrase]) -> dict[str, str]:
    """A unique building-block name per phrase: its code, so that typing the code and pressing F3 inserts it.

    F3 looks the typed word up among the names exactly, so the name is the bare code; phrases sharing a code
    are told apart by their candidate position (nxjl, nxjl2, nxjl3 …), as in the input methods. The gallery
    shows each block's text beside its name, so nothing is lost for a reader.
    """
    pos = positions(phrases)
    names: dict[str, str] = {}
    taken: set[str] = set()
    for p in sorted(phrases, key=lambda q: (q.code, pos[q.id])):
        stem = p.code[:NAME_MAX - 3]
        name = stem if pos[p.id] == 1 else f"{stem}{pos[p.id]}"
        n = pos[p.id]
        while name in taken:        # a code that already ends in a digit, or one cut at 29 letters
            n += 1
            name = f"{stem}~{n}"
        taken.add(name)
        names[p.id] = name
    return names


def glossary_document(phrases: Sequence[Phrase]) -> str:
    """word/glossary/document.xml: one autoTxt docPart per phrase, then one placeholder docPart per slot used."""
    names = block_names(phrases)
    blocks: list[str] = []
    used_slots: list[str] = []
    sdt_id = 1000
    for p in phrases:
        pieces = []
        for kind, value in segments(p.text):
            if kind == "text":
                pieces.append(_runs(value))
            else:
                sdt_id += 1
                pieces.append(_content_control(value, sdt_id))
                if value not in used_slots:
                    used_slots.append(value)
        body = f'<w:p><w:pPr><w:pStyle w:val="{parts.BODY_STYLE}"/></w:pPr>{"".join(pieces)}</w:p>'
        blocks.append(_doc_part(name=names[p.id], category=category_label(p), gallery="autoTxt",
                                description=f"{role_label(p)}（{p.id}）", guid=_guid(p.id), body=body))
    for slot in used_slots:
        label = get_slot(slot).label
        body = f"<w:p>{_runs(label, parts.PLACEHOLDER_STYLE)}</w:p>"
        blocks.append(_doc_part(name=placeholder_name(slot), category="常规", gallery="placeholder",
                                description=f"占位符：{label}", guid=_guid("slot:" + slot), body=body,
                                placeholder=True))
    return (f'{parts.DECL}<w:glossaryDocument xmlns:w="{parts.W_NS}"><w:docParts>{"".join(blocks)}'
            "</w:docParts></w:glossaryDocument>")


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The .dotx bytes (a deterministic zip: fixed timestamps, fixed part order)."""
    files = [
        ("[Content_Types].xml", parts.content_types()),
        ("_rels/.rels", parts.package_rels()),
        ("docProps/core.xml", parts.core_properties("讲稿词库 自动图文集")),
        ("word/document.xml", parts.main_document()),
        ("word/_rels/document.xml.rels", parts.document_rels(with_glossary=True)),
        ("word/styles.xml", parts.styles()),
        ("word/settings.xml", parts.settings(glossary=False)),
        ("word/webSettings.xml", parts.web_settings()),
        ("word/fontTable.xml", parts.font_table()),
        ("word/glossary/document.xml", glossary_document(phrases)),
        ("word/glossary/_rels/document.xml.rels", parts.document_rels(with_glossary=False)),
        ("word/glossary/styles.xml", parts.styles()),
        ("word/glossary/settings.xml", parts.settings(glossary=True)),
        ("word/glossary/webSettings.xml", parts.web_settings()),
        ("word/glossary/fontTable.xml", parts.font_table()),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return Rendered(buf.getvalue(), len(phrases))
