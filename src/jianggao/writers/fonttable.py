"""fontTable.xml entries for the Chinese fonts we name, with the alternates Word falls back on."""
from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from .docx_styles import FANGSONG, HEITI, KAITI, SONGTI, XIAOBIAOSONG

# Windows 10/11 no longer ship the *_GB2312 fonts; 仿宋 and 楷体 are their successors. An
# altName lets Word pick those instead of a generic fallback when the named font is missing.
# charset 86 = GB2312.
CHINESE_FONTS = {
    FANGSONG: ("仿宋", "modern", "fixed"),
    KAITI: ("楷体", "modern", "fixed"),
    XIAOBIAOSONG: ("宋体", "script", "variable"),
    HEITI: ("SimHei", "modern", "fixed"),
    SONGTI: ("SimSun", "auto", "variable"),
}


def add_chinese_fonts(document) -> None:
    """Declare our fonts in the document's font table (skipped when it has none)."""
    try:
        part = document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    root = etree.fromstring(part.blob)
    present = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, (alt, family, pitch) in CHINESE_FONTS.items():
        if name in present:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        for tag, val in (("w:altName", alt), ("w:charset", "86"), ("w:family", family), ("w:pitch", pitch)):
            etree.SubElement(font, qn(tag)).set(qn("w:val"), val)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
