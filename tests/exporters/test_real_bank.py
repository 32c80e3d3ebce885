"""The bundled phrase bank, exported to every format and read back by the same strict readers."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
import yaml
from lxml import etree
from readers import mschxudp, sogou_phrases
from readers.snippet_syntax import parse
from support import MIN_BANK, ooxml_errors

from jianggao.exporters import export_bank
from jianggao.model.bank import load_bank
from jianggao.resources import phrasebank_dir


@pytest.fixture(scope="module")
def bank():
    folder = phrasebank_dir()
    assert folder.is_dir(), f"the bundled phrase bank is absent: {folder}"
    loaded = load_bank(folder)
    assert len(loaded) >= MIN_BANK, f"the bundled phrase bank shrank to {len(loaded)} entries"
    return loaded


def count_autotext(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        glossary = etree.fromstring(z.read("word/glossary/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return sum(1 for g in glossary.iter(f"{w}gallery") if g.get(f"{w}val") == "autoTxt")


def count_snippets(data: bytes) -> int:
    snippets = json.loads(data)
    for s in snippets.values():
        parse("\n".join(s["body"]) if isinstance(s["body"], list) else s["body"])
    return len(snippets)


READ_BACK = {
    "autotext": count_autotext,
    "sogou": lambda data: len(sogou_phrases.read(data)),
    "mspinyin": lambda data: len(mschxudp.read(data)),
    "rime": lambda data: sum(1 for ln in data.decode("utf-8").splitlines() if ln and not ln.startswith("#")),
    "vscode": count_snippets,
    "espanso": lambda data: len(yaml.safe_load(data.decode("utf-8"))["matches"]),
    "csv": lambda data: len(list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True))) - 1,
    "json": lambda data: len(json.loads(data)["phrases"]),
    "html": lambda data: len(json.loads(data.decode("utf-8").split('id="bank-data">', 1)[1]
                                        .split("</script>", 1)[0])["phrases"]),
}


@pytest.mark.parametrize("fmt", sorted(READ_BACK))
def test_every_entry_is_written_or_reported(bank, fmt, tmp_path):
    out = tmp_path / f"out.{fmt}"
    report = export_bank(bank, fmt, out)
    assert READ_BACK[fmt](out.read_bytes()) == report.written
    assert report.written + len(report.unfit) == len(bank)
    if fmt == "autotext":
        assert ooxml_errors(out) == []


def test_librime_offers_every_real_phrase_for_its_code(bank, tmp_path):
    from readers.rime_engine import find_librime, run_in_child

    if find_librime() is None:
        pytest.skip("librime 未安装（Debian: apt-get install librime1）")
    out = tmp_path / "custom_phrase.txt"
    export_bank(bank, "rime", out)
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    offered = run_in_child(out, tmp_path / "rime-user", sorted({code for _, code, _ in rows}))
    missing = [(text, code) for text, code, _ in rows if text not in offered[code]]
    assert missing == []


def test_real_page_lists_and_filters_in_chromium(bank, tmp_path):
    from readers.chromium import BrowserWontStart, find_chromium, open_browser, page_url

    if find_chromium() is None:
        pytest.skip("Chromium 未安装（Debian: apt-get install chromium）")
    out = tmp_path / "page.html"
    export_bank(bank, "html", out)
    some = sorted(bank, key=lambda p: p.id)[len(bank) // 2]
    try:
        b = open_browser(page_url(out))
    except BrowserWontStart as e:
        pytest.skip(f"Chromium 已安装但启动失败，跳过网页测试：{e}")
    with b:
        assert b.eval("document.querySelectorAll('li.phrase:not([hidden])').length") == len(bank)
        b.type_into("#search", some.code)
        shown = b.eval("Array.from(document.querySelectorAll('li.phrase')).filter(li => !li.hidden)"
                       ".map(li => li.dataset.id)")
        assert some.id in shown and len(shown) < len(bank)
