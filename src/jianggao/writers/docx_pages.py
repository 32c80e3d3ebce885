"""Page setup of the printed speech: A4 section, document grid, odd/even `— N —` footers, settings."""
from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from .profiles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Profile,
)

EM_DASH = "\u2014"
# GB/T 9704 §7.5: the page number's dash line sits 7 mm below the text area. The footer
# line is one 四号 line high (exact 14 pt), so its bottom is 35 − 7 − 4.9 ≈ 23 mm above
# the page edge, which is what w:footer measures.
FOOTER_DISTANCE = round(23 * MM)
HEADER_DISTANCE = round(15 * MM)


def setup_section(sect_pr, profile: Profile) -> None:
    """A4 portrait, GB/T 9704 margins, and a line grid at the profile's pitch (the characters
    per line come from character spacing on the styles: see Profile.char_spacing)."""
    for tag in ("w:pgSz", "w:pgMar", "w:cols", "w:docGrid"):
        old = sect_pr.find(qn(tag))
        if old is not None:
            sect_pr.remove(old)
    page = parse_xml(
        f'<w:x {nsdecls("w")}><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DISTANCE}" w:footer="{FOOTER_DISTANCE}" w:gutter="0"/>'
        f'<w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{profile.line_twips}"/></w:x>'
    )
    # sectPr children order (ECMA-376 CT_SectPr): header/footer refs, …, pgSz, pgMar, …,
    # cols, …, docGrid last but for printerSettings/sectPrChange. Insert before whatever
    # may follow each, keeping the rest of the section as it was.
    pg_sz, pg_mar, cols, grid = list(page)
    after_refs = _first_child_not_in(sect_pr, {"headerReference", "footerReference",
                                               "footnotePr", "endnotePr", "type"})
    _insert_before(sect_pr, after_refs, pg_sz)
    pg_sz.addnext(pg_mar)
    before_cols = _first_child_in(sect_pr, {"cols", "formProt", "vAlign", "noEndnote", "titlePg",
                                           "textDirection", "bidi", "rtlGutter", "docGrid",
                                           "printerSettings", "sectPrChange"})
    _insert_before(sect_pr, before_cols, cols)
    before_grid = _first_child_in(sect_pr, {"printerSettings", "sectPrChange"})
    _insert_before(sect_pr, before_grid, grid)


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _first_child_not_in(parent, names: set[str]):
    for child in parent:
        if _local(child) not in names:
            return child
    return None


def _first_child_in(parent, names: set[str]):
    for child in parent:
        if _local(child) in names:
            return child
    return None


def _insert_before(parent, anchor, el) -> None:
    if anchor is None:
        parent.append(el)
    else:
        anchor.addprevious(el)


def _page_number_runs() -> str:
    """`— ` PAGE field ` —` as runs; a complex field, which Word, WPS and LibreOffice all update."""
    return (
        f'<w:r><w:t xml:space="preserve">{EM_DASH} </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {EM_DASH}</w:t></w:r>'
    )


def _fill_footer(footer, style_id: str, profile: Profile, *, odd: bool) -> None:
    """Replace the footer's content with one page-number paragraph: odd pages right-aligned
    with a one-character right indent, even pages left-aligned with a left indent."""
    el = footer._element
    for child in list(el):
        el.remove(child)
    one_char = round(profile.page_number_pt * 20)   # one 四号 character, in twips
    ind = f'w:right="{one_char}"' if odd else f'w:left="{one_char}"'
    para = parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style_id}"/>'
        f'<w:ind {ind}/><w:jc w:val="{"right" if odd else "left"}"/></w:pPr>'
        f'{_page_number_runs()}</w:p>'
    )
    el.append(para)


def add_page_numbers(document, section, style_id: str, profile: Profile) -> None:
    """Odd/even footers with `— N —`; page 1 numbered too (a speech prints its first page number)."""
    document.settings.odd_and_even_pages_header_footer = True
    section.different_first_page_header_footer = False
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    _fill_footer(section.footer, style_id, profile, odd=True)
    _fill_footer(section.even_page_footer, style_id, profile, odd=False)


def set_chinese_settings(document) -> None:
    """Theme language zh-CN (python-docx's template says ja-JP, which picks Japanese glyph
    forms for theme fonts) and ignore nothing else of the user's settings."""
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
