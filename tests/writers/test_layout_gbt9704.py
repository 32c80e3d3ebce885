"""The printed page per GB/T 9704-2012 and the speech profile, checked in the .docx XML and, when LibreOffice is here, on the PDF."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from support import THEMED

from jianggao.model.speech import Paragraph, Speech
from jianggao.writers.docx_writer import write_docx

MM_TWIPS = 1440 / 25.4
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# (style, East Asian font, size in pt by profile, bold, centred, first line indented)
STYLE_TABLE = [
    ("公文标题", "方正小标宋简体", {"gbt9704": 22, "speech": 22}, False, True, False),
    ("副标题", "楷体_GB2312", {"gbt9704": 16, "speech": 18}, False, True, False),
    ("讲话人", "楷体_GB2312", {"gbt9704": 16, "speech": 18}, False, True, False),
    ("日期", "楷体_GB2312", {"gbt9704": 16, "speech": 18}, False, True, False),
    ("称谓", "仿宋_GB2312", {"gbt9704": 16, "speech": 18}, False, False, False),
    ("正文", "仿宋_GB2312", {"gbt9704": 16, "speech": 18}, False, False, True),
    ("一级标题", "黑体", {"gbt9704": 16, "speech": 18}, False, False, True),
    ("二级标题", "楷体_GB2312", {"gbt9704": 16, "speech": 18}, False, False, True),
    ("三级标题", "仿宋_GB2312", {"gbt9704": 16, "speech": 18}, True, False, True),
    ("四级标题", "仿宋_GB2312", {"gbt9704": 16, "speech": 18}, False, False, True),
]
PITCH = {"gbt9704": 579, "speech": 708}          # exact line pitch, twips (28.95 pt / 35.4 pt)
GRID = {"gbt9704": (22, 28), "speech": (18, 24)}  # lines a page × characters a line


@pytest.fixture(scope="module", params=["gbt9704", "speech"])
def rendered(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param) / "a.docx"
    write_docx(THEMED, out, profile=request.param)
    return request.param, out, docx.Document(str(out))


def style_el(document, name):
    return document.styles[name].element


def test_a4_and_gbt9704_margins(rendered):
    _, _, document = rendered
    sec = document.sections[0]
    assert (sec.page_width.twips, sec.page_height.twips) == (11906, 16838)
    for value, mm in ((sec.top_margin, 37), (sec.bottom_margin, 35), (sec.left_margin, 28), (sec.right_margin, 26)):
        assert abs(value.twips - mm * MM_TWIPS) <= 1


@pytest.mark.parametrize("row", STYLE_TABLE, ids=[r[0] for r in STYLE_TABLE])
def test_named_style_fonts_size_alignment(rendered, row):
    profile, _, document = rendered
    name, east_asia, sizes, bold, centred, indented = row
    style = document.styles[name]
    fonts = style.element.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:eastAsia")) == east_asia
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    assert style.font.size.pt == sizes[profile]
    assert bool(style.font.bold) is bold
    jc = style.element.find(f"{W}pPr/{W}jc").get(qn("w:val"))
    assert (jc == "center") is centred
    ind = style.element.find(f"{W}pPr/{W}ind")
    assert (ind.get(qn("w:firstLineChars")) == "200") is indented
    if indented:
        assert int(ind.get(qn("w:firstLine"))) == sizes[profile] * 40   # two characters, twips
    lang = style.element.find(f"{W}rPr/{W}lang")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


@pytest.mark.parametrize("name", [r[0] for r in STYLE_TABLE])
def test_exact_line_pitch_on_every_style(rendered, name):
    profile, _, document = rendered
    spacing = style_el(document, name).find(f"{W}pPr/{W}spacing")
    assert spacing.get(qn("w:lineRule")) == "exact"
    assert int(spacing.get(qn("w:line"))) == PITCH[profile]


def test_gbt9704_pitch_is_28_95_pt(tmp_path):
    out = tmp_path / "a.docx"
    write_docx(THEMED, out, profile="gbt9704")
    document = docx.Document(str(out))
    assert document.styles["正文"].paragraph_format.line_spacing.pt == pytest.approx(28.95)
    assert document.styles["正文"].font.size.pt == 16


def test_grid_fits_lines_and_characters(rendered):
    """From the XML alone: the text area holds exactly N lines at the pitch and M body
    characters at the body size plus the style's character spacing."""
    profile, _, document = rendered
    lines, chars = GRID[profile]
    sec = document.sections[0]
    height = sec.page_height.twips - sec.top_margin.twips - sec.bottom_margin.twips
    width = sec.page_width.twips - sec.left_margin.twips - sec.right_margin.twips
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert int(grid.get(qn("w:linePitch"))) == PITCH[profile]
    assert height // PITCH[profile] == lines
    body = style_el(document, "正文").find(f"{W}rPr")
    advance = int(body.find(f"{W}sz").get(qn("w:val"))) * 10 + int(body.find(f"{W}spacing").get(qn("w:val")))
    assert chars * advance <= width < (chars + 1) * advance


def test_heading_outline_levels(rendered):
    _, _, document = rendered
    for level, name in enumerate(("一级标题", "二级标题", "三级标题", "四级标题")):
        lvl = style_el(document, name).find(f"{W}pPr/{W}outlineLvl")
        assert lvl is not None and lvl.get(qn("w:val")) == str(level)
    assert style_el(document, "正文").find(f"{W}pPr/{W}outlineLvl") is None


def test_no_theme_fonts_and_east_asian_doc_defaults(rendered):
    profile, out, _ = rendered
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode("utf-8")
    for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
        assert attr not in styles
    root = etree.fromstring(styles.encode("utf-8"))
    fonts = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    lang = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_odd_even_footers_with_dashed_page_field(rendered):
    _, out, document = rendered
    settings = zipfile.ZipFile(out).read("word/settings.xml").decode("utf-8")
    assert "<w:evenAndOddHeaders" in settings
    sec = document.sections[0]
    assert not sec.different_first_page_header_footer       # page 1 shows its number
    for footer, align, side in ((sec.footer, "right", "right"), (sec.even_page_footer, "left", "left")):
        assert not footer.is_linked_to_previous
        (para,) = footer.paragraphs
        assert para.text == "— 1 —"
        assert para.style.name == "页码"
        assert para.style.font.size.pt == 14
        fonts = para.style.element.find(f"{W}rPr/{W}rFonts")
        assert fonts.get(qn("w:eastAsia")) == "宋体"
        ppr = para._p.pPr
        assert ppr.find(qn("w:jc")).get(qn("w:val")) == align
        assert int(ppr.find(qn("w:ind")).get(qn(f"w:{side}"))) == 280   # one 四号 character
        instr = "".join(t.text for t in para._p.iter(qn("w:instrText")))
        assert instr.strip() == "PAGE"
        kinds = [f.get(qn("w:fldCharType")) for f in para._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]


# --- on the page, through LibreOffice ------------------------------------------------------

def long_speech(chars_per_line: int) -> Speech:
    """Paragraphs that fill whole lines: a first line of (chars − 2) after the indent, then six full lines."""
    text = ("卫生健康工作事关群众切身利益" * 20)[: chars_per_line - 2 + 6 * chars_per_line]
    return Speech(kind="annual_conference", title="在2025年全区卫生健康工作会议上的讲话",
                  speaker_line="副区长　张明", date_line="（2025年2月18日）",
                  blocks=tuple(Paragraph(text) for _ in range(12)))


def pdf_pages(docx_path: Path) -> list[str]:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{docx_path.parent}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True, timeout=120)
    text = subprocess.run(["pdftotext", "-layout", str(docx_path.with_suffix(".pdf")), "-"],
                          check=True, capture_output=True, text=True).stdout
    return text.split("\f")


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice and poppler are needed to lay the page out")
@pytest.mark.parametrize("profile", ["gbt9704", "speech"])
def test_libreoffice_lays_out_the_grid(tmp_path, profile):
    lines, chars = GRID[profile]
    out = tmp_path / "a.docx"
    write_docx(long_speech(chars), out, profile=profile)
    pages = pdf_pages(out)
    counts = []
    for number, page in enumerate(pages[1:4], start=2):        # three full body pages
        text = [line.strip() for line in page.splitlines() if line.strip()]
        *body, footer = text
        assert footer.replace(" ", "") == f"—{number}—"
        counts.append(len(body))
        widths = [len(x.replace(" ", "")) for x in body]
        # Every line is full: `chars` characters, or `chars − 2` after a first-line indent.
        assert set(widths) <= {chars, chars - 2} and widths.count(chars) >= len(body) - 3
    if profile == "gbt9704":
        assert counts == [lines] * 3                 # the fixed 22-line page (widow control off)
    else:
        # Widow control may move one line over (a speaker never turns the page for one line).
        assert max(counts) == lines and min(counts) >= lines - 1
    # Odd page numbers sit right, even ones left.
    odd_footer, even_footer = (p.rstrip().splitlines()[-1] for p in pages[:2])
    assert len(odd_footer) - len(odd_footer.lstrip()) > len(even_footer) - len(even_footer.lstrip())


def test_words_own_normal_style_looks_like_body_text(rendered):
    """Chinese Word/WPS call Normal 「正文」 too; picking it must give body text on the grid."""
    profile, _, document = rendered
    normal, body = document.styles["Normal"], document.styles["正文"]
    assert normal.font.size == body.font.size
    assert normal.paragraph_format.line_spacing == body.paragraph_format.line_spacing
    fonts = normal.element.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
