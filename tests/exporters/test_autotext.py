"""The Word AutoText template: a valid .dotx whose glossary holds one building block per phrase."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from readers.sample_bank import write_bank
from support import ooxml_errors

from jianggao.exporters import export_bank
from jianggao.model.bank import CATEGORIES, load_bank
from jianggao.model.slots import get_slot

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def wval(el, path: str) -> str | None:
    found = el.find(path, NS)
    return None if found is None else found.get(f"{{{W}}}val")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("autotext")
    bank = load_bank(write_bank(tmp / "bank"))
    out = tmp / "jianggao-phrases.dotx"
    report = export_bank(bank, "autotext", out)
    return bank, out, report


def read_part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def autotext_parts(path: Path) -> list[etree._Element]:
    glossary = read_part(path, "word/glossary/document.xml")
    return [dp for dp in glossary.iterfind("w:docParts/w:docPart", NS)
            if wval(dp, "w:docPartPr/w:category/w:gallery") == "autoTxt"]


def test_validates_against_ecma_schemas(exported):
    _, out, _ = exported
    assert ooxml_errors(out) == []


def test_is_a_template_with_a_linked_glossary_and_its_companions(exported):
    _, out, _ = exported
    types = read_part(out, "[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types if o.get("PartName")}
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    assert overrides["/word/document.xml"] == f"{wml}.template.main+xml"
    assert overrides["/word/glossary/document.xml"] == f"{wml}.document.glossary+xml"
    main_rels = read_part(out, "word/_rels/document.xml.rels")
    glossary_link = [r for r in main_rels if r.get("Type").endswith("/glossaryDocument")]
    assert [r.get("Target") for r in glossary_link] == ["glossary/document.xml"]
    glossary_rels = {r.get("Type").rsplit("/", 1)[1]: r.get("Target")
                     for r in read_part(out, "word/glossary/_rels/document.xml.rels")}
    for part in ("styles", "settings", "webSettings", "fontTable"):
        assert glossary_rels[part] == f"{part}.xml"
        assert overrides[f"/word/glossary/{part}.xml"] == f"{wml}.{part}+xml"


def test_one_building_block_per_phrase_under_its_chinese_category(exported):
    bank, out, report = exported
    blocks = autotext_parts(out)
    assert report.written == len(bank) == len(blocks)
    assert not report.unfit
    names = [wval(b, "w:docPartPr/w:name") for b in blocks]
    assert len(set(names)) == len(names) and all(len(n) <= 32 for n in names)
    by_name = dict(zip(names, blocks, strict=True))
    for p in bank:
        block = next(b for b in blocks if wval(b, "w:docPartPr/w:description").endswith(f"（{p.id}）"))
        assert wval(block, "w:docPartPr/w:category/w:name") == CATEGORIES[p.category][0]
        assert wval(block, "w:docPartPr/w:behaviors/w:behavior") == "content"
        assert wval(block, "w:docPartPr/w:name").startswith(p.code[:29])
    # Typing the code and pressing F3 finds the name exactly; a shared code numbers the later ones by position.
    assert [wval(by_name[n], "w:docPartPr/w:description") for n in ("nxjl", "nxjl2", "nxjl3")] == \
        ["四字短语（parallel.run.001）", "四字短语（parallel.run.002）", "四字短语（parallel.run.003）"]
    assert by_name["xxdj"] is not None and "zkdcj2" in by_name


def block_text(block) -> str:
    """The block's text with each content control read back as {slot} through its label."""
    by_label = {get_slot(n).label: n for n in ("region", "region_short", "level", "scope", "year", "prev_year",
                                               "meeting", "topic", "speaker", "org", "party", "government",
                                               "bureau", "person", "count")}
    out = []
    p = block.find("w:docPartBody/w:p", NS)
    for child in p:
        tag = etree.QName(child).localname
        if tag == "r":
            for el in child:
                name = etree.QName(el).localname
                out.append({"t": el.text or "", "br": "\n", "tab": "\t"}.get(name, ""))
        elif tag == "sdt":
            alias = wval(child, "w:sdtPr/w:alias")
            assert wval(child, "w:sdtPr/w:tag") == alias
            assert child.find("w:sdtPr/w:text", NS) is not None          # plain-text control
            assert child.find("w:sdtPr/w:showingPlcHdr", NS) is not None
            shown = "".join(child.itertext())
            assert shown == alias                                         # placeholder shows the label
            out.append("{" + by_label[alias] + "}")
    return "".join(out)


def test_block_text_and_content_controls_round_trip(exported):
    bank, out, _ = exported
    texts = {wval(b, "w:docPartPr/w:description").rsplit("（", 1)[1].rstrip("）"): block_text(b)
             for b in autotext_parts(out)}
    assert texts == {p.id: p.text for p in bank}


def test_every_placeholder_reference_resolves(exported):
    _, out, _ = exported
    glossary = read_part(out, "word/glossary/document.xml")
    names = {wval(dp, "w:docPartPr/w:name") for dp in glossary.iterfind("w:docParts/w:docPart", NS)}
    refs = {wval(sdt, "w:sdtPr/w:placeholder/w:docPart") for sdt in glossary.iter(f"{{{W}}}sdt")}
    assert refs and refs <= names
    ids = [sdt.find("w:sdtPr/w:id", NS).get(f"{{{W}}}val") for sdt in glossary.iter(f"{{{W}}}sdt")]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("part", ["word/styles.xml", "word/glossary/styles.xml"])
def test_fonts_follow_the_speech_contract_without_theme_fonts(exported, part):
    _, out, _ = exported
    styles = read_part(out, part)
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}eastAsia") == "仿宋_GB2312"
    assert fonts.get(f"{{{W}}}ascii") == fonts.get(f"{{{W}}}hAnsi") == "Times New Roman"
    assert wval(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:sz") == "32"
    for rf in styles.iter(f"{{{W}}}rFonts"):
        assert not [a for a in rf.attrib if "Theme" in a]
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if "theme" in n]
