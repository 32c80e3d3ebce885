"""The fixed parts of the AutoText .dotx package: content types, relationships, styles, settings, fonts.

Both the main document and its glossary document get their own styles, settings, webSettings and fontTable
parts, as Word writes them: the glossary's styles are what an inserted building block is formatted with.
Fonts follow the printed-speech contract (DESIGN.md): 仿宋_GB2312 三号 for Chinese, Times New Roman for Latin
and digits, and no theme fonts, whose attributes would otherwise win over the named fonts.
"""
from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_TEMPLATE = f"{WML}.template.main+xml"
CT_GLOSSARY = f"{WML}.document.glossary+xml"
CT_PART = {
    "styles.xml": f"{WML}.styles+xml",
    "settings.xml": f"{WML}.settings+xml",
    "webSettings.xml": f"{WML}.webSettings+xml",
    "fontTable.xml": f"{WML}.fontTable+xml",
}
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_TYPE = {
    "styles.xml": f"{REL}/styles",
    "settings.xml": f"{REL}/settings",
    "webSettings.xml": f"{REL}/webSettings",
    "fontTable.xml": f"{REL}/fontTable",
}
REL_OFFICE_DOCUMENT = f"{REL}/officeDocument"
REL_GLOSSARY = f"{REL}/glossaryDocument"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
COMPANIONS = ("styles.xml", "settings.xml", "webSettings.xml", "fontTable.xml")

BODY_FONT = "仿宋_GB2312"
LATIN_FONT = "Times New Roman"
BODY_SIZE = 32             # half-points: 三号 = 16 pt
LINE_PITCH = 579           # twips: 28.95 pt exact, 22 lines on the GB/T 9704 type area
BODY_STYLE = "JianggaoBody"
PLACEHOLDER_STYLE = "PlaceholderText"

_FONTS = (f'<w:rFonts w:ascii="{LATIN_FONT}" w:eastAsia="{BODY_FONT}" w:hAnsi="{LATIN_FONT}" '
          f'w:cs="{LATIN_FONT}"/>')


def content_types() -> str:
    """[Content_Types].xml for the whole package."""
    overrides = [("/word/document.xml", CT_TEMPLATE), ("/word/glossary/document.xml", CT_GLOSSARY),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
    for folder in ("/word/", "/word/glossary/"):
        overrides += [(folder + name, CT_PART[name]) for name in COMPANIONS]
    items = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (f'{DECL}<Types xmlns="{CT_NS}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{items}</Types>')


def relationships(rels: list[tuple[str, str]]) -> str:
    """A .rels part from (type, target) pairs, ids rId1…"""
    items = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{target}"/>'
                    for i, (t, target) in enumerate(rels, start=1))
    return f'{DECL}<Relationships xmlns="{PKG_RELS_NS}">{items}</Relationships>'


def package_rels() -> str:
    """_rels/.rels: the main document and the core properties."""
    return relationships([(REL_OFFICE_DOCUMENT, "word/document.xml"), (REL_CORE, "docProps/core.xml")])


def document_rels(*, with_glossary: bool) -> str:
    """word/_rels/document.xml.rels (with the glossary link) or word/glossary/_rels/document.xml.rels."""
    rels = [(REL_TYPE[name], name) for name in COMPANIONS]
    if with_glossary:
        rels.append((REL_GLOSSARY, "glossary/document.xml"))
    return relationships(rels)


def core_properties(title: str) -> str:
    """docProps/core.xml with the template's title."""
    from xml.sax.saxutils import escape

    return (f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>jianggao</dc:creator></cp:coreProperties>')


def sect_pr() -> str:
    """GB/T 9704 page: A4, margins 37/35/28/26 mm, 22 lines a page."""
    return ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" '
            f'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{LINE_PITCH}"/>'
            '</w:sectPr>')


def main_document() -> str:
    """word/document.xml: an empty page, so a document made from the template starts blank."""
    return f'{DECL}<w:document xmlns:w="{W_NS}"><w:body><w:p/>{sect_pr()}</w:body></w:document>'


def styles() -> str:
    """styles.xml: document defaults and Normal with the contract's fonts, the body style, placeholder text."""
    rpr = f'<w:rPr>{_FONTS}<w:kern w:val="2"/><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>' \
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    return (
        f'{DECL}<w:styles xmlns:w="{W_NS}">'
        f'<w:docDefaults><w:rPrDefault>{rpr}</w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>{rpr}</w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
        '</w:style>'
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{BODY_STYLE}"><w:name w:val="讲稿正文"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:spacing w:line="{LINE_PITCH}" w:lineRule="exact"/>'
        '<w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
        f'<w:rPr>{_FONTS}<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/></w:rPr></w:style>'
        f'<w:style w:type="character" w:styleId="{PLACEHOLDER_STYLE}"><w:name w:val="Placeholder Text"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
        '</w:styles>'
    )


def settings(*, glossary: bool) -> str:
    """settings.xml; Chinese punctuation compression, Word 2013+ compatibility."""
    hide = '<w:hideSpellingErrors/><w:hideGrammaticalErrors/>' if glossary else ''
    return (f'{DECL}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>{hide}'
            '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def web_settings() -> str:
    """webSettings.xml as Word writes it for a new document."""
    return f'{DECL}<w:webSettings xmlns:w="{W_NS}"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'


def font_table() -> str:
    """fontTable.xml naming the two fonts the styles use (GB2312 charset 86 for 仿宋_GB2312)."""
    return (f'{DECL}<w:fonts xmlns:w="{W_NS}">'
            f'<w:font w:name="{LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
            '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
            f'<w:font w:name="{BODY_FONT}"><w:altName w:val="仿宋"/><w:charset w:val="86"/>'
            '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>')
