"""The named paragraph styles (公文标题 … 四级标题) a print profile puts into styles.xml, and the theme-font scrub."""
from __future__ import annotations

import copy
from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from .docx_skeleton import BODY_CHAR_STYLE_NAME
from .profiles import Profile

LATIN_FONT = "Times New Roman"  # digits and Latin letters (GB/T 9704 practice)
FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"



@dataclass(frozen=True)
class StyleSpec:
    """One named paragraph style of the printed speech."""

    style_id: str                 # ASCII, stable: what document.xml refers to
    name: str                     # the Chinese name a secretary sees in Word/WPS
    east_asia: str
    role: str                     # "body" | "title" | "front": which profile size applies
    align: str = "both"
    indent: bool = True           # first line indented two characters
    bold: bool = False
    outline_level: int | None = None
    space_before_lines: int = 0   # blank lines before, in whole line pitches (keeps the grid)
    keep_next: bool = False


BODY_STYLE_ID = "JgBody"
BODY_CHAR_STYLE_ID = "JgBodyChar"
PAGE_NUMBER_STYLE_ID = "JgPageNumber"
PAGE_NUMBER_STYLE_NAME = "页码"

STYLES: dict[str, StyleSpec] = {s.name: s for s in (
    StyleSpec("JgTitle", "公文标题", XIAOBIAOSONG, "title", align="center", indent=False),
    StyleSpec("JgSubtitle", "副标题", KAITI, "front", align="center", indent=False),
    StyleSpec("JgSpeaker", "讲话人", KAITI, "front", align="center", indent=False, space_before_lines=1),
    StyleSpec("JgDate", "日期", KAITI, "front", align="center", indent=False),
    StyleSpec("JgSalutation", "称谓", FANGSONG, "body", align="left", indent=False, space_before_lines=1),
    StyleSpec(BODY_STYLE_ID, "正文", FANGSONG, "body"),
    StyleSpec("JgHeading1", "一级标题", HEITI, "body", outline_level=0, keep_next=True),
    StyleSpec("JgHeading2", "二级标题", KAITI, "body", outline_level=1, keep_next=True),
    StyleSpec("JgHeading3", "三级标题", FANGSONG, "body", bold=True, outline_level=2, keep_next=True),
    StyleSpec("JgHeading4", "四级标题", FANGSONG, "body", outline_level=3, keep_next=True),
)}


def _half_points(pt: float) -> int:
    return round(pt * 2)


def fonts_xml(east_asia: str) -> str:
    """w:rFonts naming every script explicitly, so no theme font can win."""
    return (f'<w:rFonts w:ascii="{LATIN_FONT}" w:eastAsia="{east_asia}" '
            f'w:hAnsi="{LATIN_FONT}" w:cs="{LATIN_FONT}"/>')


def char_spacing_xml(profile: Profile) -> str:
    """Character spacing that fits the profile's characters per line (see Profile.char_spacing)."""
    return f'<w:spacing w:val="{profile.char_spacing}"/>'


def size_xml(pt: float) -> str:
    hp = _half_points(pt)
    return f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>'


def paragraph_style_xml(spec: StyleSpec, profile: Profile) -> str:
    """The w:style element of ``spec`` under ``profile`` (children in schema order)."""
    size = {"body": profile.body_pt, "title": profile.title_pt, "front": profile.front_pt}[spec.role]
    based = "" if spec.style_id == BODY_STYLE_ID else f'<w:basedOn w:val="{BODY_STYLE_ID}"/>'
    nxt = f'<w:next w:val="{BODY_STYLE_ID}"/>'
    keep = "<w:keepNext/>" if spec.keep_next else ""
    widow = "" if profile.widow_control else '<w:widowControl w:val="0"/>'
    # A 二号 title line is taller than the 三号 grid line; LibreOffice would then give each
    # title line two grid lines despite the exact spacing (Word does not). Off the grid,
    # both print it at the exact pitch.
    snap = '<w:snapToGrid w:val="0"/>' if spec.role == "title" else ""
    before = spec.space_before_lines * profile.line_twips
    spacing = (f'<w:spacing w:before="{before}" w:after="0" '
               f'w:line="{profile.line_twips}" w:lineRule="exact"/>')
    if spec.indent:
        # firstLineChars wins in Word/WPS (it follows the grid); firstLine is the fallback in
        # twips for readers that ignore *Chars (two characters of the body size).
        ind = f'<w:ind w:firstLine="{round(profile.body_pt * 40)}" w:firstLineChars="200"/>'
    else:
        ind = '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    outline = "" if spec.outline_level is None else f'<w:outlineLvl w:val="{spec.outline_level}"/>'
    bold = "<w:b/><w:bCs/>" if spec.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    squeeze = char_spacing_xml(profile) if spec.role == "body" else ""
    return (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{spec.style_id}">'
        f'<w:name w:val="{spec.name}"/>{based}{nxt}<w:uiPriority w:val="1"/><w:qFormat/>'
        f'<w:pPr>{keep}{widow}{snap}{spacing}{ind}<w:jc w:val="{spec.align}"/>{outline}</w:pPr>'
        f'<w:rPr>{fonts_xml(spec.east_asia)}{bold}{squeeze}{size_xml(size)}'
        f'<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
        f'</w:style>'
    )


def body_char_style_xml(profile: Profile) -> str:
    """正文字符: the body font for run-on text inside a heading paragraph."""
    return (
        f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="{BODY_CHAR_STYLE_ID}">'
        f'<w:name w:val="{BODY_CHAR_STYLE_NAME}"/><w:uiPriority w:val="1"/><w:qFormat/>'
        f'<w:rPr>{fonts_xml(FANGSONG)}{char_spacing_xml(profile)}{size_xml(profile.body_pt)}'
        f'</w:rPr></w:style>'
    )


def page_number_style_xml(profile: Profile) -> str:
    """页码: 宋体 四号 (GB/T 9704 §7.5); alignment is set per footer (odd right, even left)."""
    return (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{PAGE_NUMBER_STYLE_ID}">'
        f'<w:name w:val="{PAGE_NUMBER_STYLE_NAME}"/><w:uiPriority w:val="1"/>'
        f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="{round(profile.page_number_pt * 20)}" '
        f'w:lineRule="exact"/>'
        f'<w:ind w:firstLine="0" w:firstLineChars="0"/></w:pPr>'
        f'<w:rPr>{fonts_xml(SONGTI)}{size_xml(profile.page_number_pt)}'
        f'<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:style>'
    )


def all_style_xml(profile: Profile) -> dict[str, str]:
    """Every style we may add, by its name: the ten paragraph styles, 正文字符 and 页码."""
    out = {name: paragraph_style_xml(spec, profile) for name, spec in STYLES.items()}
    out[BODY_CHAR_STYLE_NAME] = body_char_style_xml(profile)
    out[PAGE_NUMBER_STYLE_NAME] = page_number_style_xml(profile)
    return out


# The defaults Word expects one of per style type; everything else in python-docx's template
# (Title, Subtitle, Heading 1–9, Quote, 130 table styles …) goes.
_DEFAULT_STYLE_IDS = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}


def prune_template_styles(styles_el) -> None:
    """Drop the template's sample styles. Chinese Word and WPS would list its Subtitle and
    Title as 「副标题」「标题」 beside ours, and Heading 1–9 as 「标题 1」…; a secretary must
    find exactly one style per job. Word still offers every built-in style on demand
    (w:latentStyles), and styles.xml shrinks from 350 KB to a few KB."""
    for el in styles_el.findall(qn("w:style")):
        if el.get(qn("w:styleId")) not in _DEFAULT_STYLE_IDS:
            styles_el.remove(el)


_THEME_ATTRS = [qn(f"w:{a}") for a in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme")]


def scrub_theme_fonts(root) -> None:
    """Remove theme-font attributes under ``root``: in Word they beat w:eastAsia and friends."""
    for fonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(attr, None)


def set_doc_defaults(styles_el, profile: Profile) -> None:
    """Document defaults: body font and size, zh-CN, no paragraph spacing (python-docx's
    template adds 10 pt after and 1.15 lines, which would break the grid)."""
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is not None:
        styles_el.remove(defaults)
    defaults = parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>{fonts_xml(FANGSONG)}'
        f'{size_xml(profile.body_pt)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        f'</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    styles_el.insert(0, defaults)


def install_styles(styles_el, profile: Profile, *, replace: bool) -> dict[str, str]:
    """Put our styles into ``styles_el`` and return {Chinese name: styleId} for the writer.

    ``replace`` (our own template): our definition wins. Otherwise (a reference document)
    a style the user already has under the same name is kept as it is, and ours is added
    only where missing, under an id that does not collide with the user's ids.
    """
    by_name = {}
    ids = set()
    for el in styles_el.findall(qn("w:style")):
        ids.add(el.get(qn("w:styleId")))
        name_el = el.find(qn("w:name"))
        if name_el is not None:
            by_name[name_el.get(qn("w:val"))] = el
    result = {}
    for name, xml in all_style_xml(profile).items():
        existing = by_name.get(name)
        if existing is not None and not replace:
            result[name] = existing.get(qn("w:styleId"))
            continue
        if existing is not None:
            styles_el.remove(existing)
        new = parse_xml(xml)
        style_id = new.get(qn("w:styleId"))
        if not replace:
            base, n = style_id, 1
            while style_id in ids:
                n += 1
                style_id = f"{base}{n}"
            new.set(qn("w:styleId"), style_id)
        ids.add(style_id)
        styles_el.append(new)
        result[name] = style_id
    if replace:
        _mirror_body_into_normal(styles_el, by_name.get("Normal"), result["正文"])
    else:
        # Our added styles refer to 正文 by our id; point them at whatever id it really has.
        body_id = result["正文"]
        for el in styles_el.findall(qn("w:style")):
            for ref in (el.find(qn("w:basedOn")), el.find(qn("w:next"))):
                if ref is not None and ref.get(qn("w:val")) == BODY_STYLE_ID:
                    ref.set(qn("w:val"), body_id)
    return result


def _mirror_body_into_normal(styles_el, normal, body_id: str) -> None:
    """Give Word's default style the look of 正文.

    Chinese Word and WPS show the built-in Normal style as 「正文」 too; a secretary who
    picks that one for a new paragraph should get body text on the grid, not 11 pt Calibri.
    """
    if normal is None:
        return
    body = next(el for el in styles_el.findall(qn("w:style")) if el.get(qn("w:styleId")) == body_id)
    for tag in ("w:pPr", "w:rPr"):
        old = normal.find(qn(tag))
        if old is not None:
            normal.remove(old)
        normal.append(copy.deepcopy(body.find(qn(tag))))
