"""Any phrase text and code: every format either writes the phrase so its reader gets it back, or reports it."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from readers import mschxudp, sogou_phrases
from readers.snippet_syntax import parse

from jianggao.exporters import FORMATS, render
from jianggao.model.bank import Phrase
from jianggao.model.slots import SLOTS, with_fallbacks

TRICKY = list("凝心聚力攻坚克难，。、；：“”‘’（）《》！？——…") + list("$}{\\\"',;=#[]\t\n\r ab1") + ["\u2028", "\x07"]
pieces = st.one_of(st.sampled_from(TRICKY), st.sampled_from([f"{{{s.name}}}" for s in SLOTS]),
                   st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3))
texts = st.lists(pieces, min_size=1, max_size=40).map("".join).filter(bool)
codes = st.one_of(st.from_regex(r"[a-z]{1,12}", fullmatch=True), st.sampled_from(["nxjl", "ab1", "", "A", "x" * 40]))


@st.composite
def phrase_lists(draw):
    n = draw(st.integers(1, 5))
    return [Phrase(f"parallel.run.{i:03d}", draw(texts), "parallel", "run", code=draw(codes) or "nxjl",
                   count=draw(st.integers(1, 50))) for i in range(1, n + 1)]


def read_back(fmt: str, data: bytes) -> int:
    """Entries the format's reader finds (each reader is strict and raises on a broken file)."""
    if fmt == "autotext":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = etree.fromstring(z.read("word/glossary/document.xml"))
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        return sum(1 for g in root.iter(f"{w}gallery") if g.get(f"{w}val") == "autoTxt")
    if fmt == "sogou":
        return len(sogou_phrases.read(data))
    if fmt == "mspinyin":
        return len(mschxudp.read(data))
    if fmt == "rime":
        rows = [ln.split("\t") for ln in data.decode("utf-8").split("\n") if ln and not ln.startswith("#")]
        assert all(len(r) == 3 and r[0] and r[1] for r in rows)
        return len(rows)
    if fmt == "vscode":
        snippets = json.loads(data)
        for s in snippets.values():
            parse("\n".join(s["body"]) if isinstance(s["body"], list) else s["body"])
        return len(snippets)
    if fmt == "espanso":
        return len(yaml.safe_load(data.decode("utf-8"))["matches"])
    if fmt == "csv":
        return len(list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True))) - 1
    if fmt == "json":
        return len(json.loads(data)["phrases"])
    return len(json.loads(data.decode("utf-8").split('id="bank-data">', 1)[1].split("</script>", 1)[0])["phrases"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrase_lists())
def test_written_or_reported_never_broken(phrases):
    for fmt in FORMATS:
        rendered = render(phrases, fmt)
        assert rendered.written + len(rendered.unfit) == len(phrases), fmt
        assert read_back(fmt, rendered.data) == rendered.written, fmt


@settings(max_examples=60, deadline=None)
@given(phrase_lists())
def test_input_method_files_give_back_the_fallback_text(phrases):
    expected = {p.id: with_fallbacks(p.text) for p in phrases}
    sogou = render(phrases, "sogou")
    got = sorted(e.phrase for e in sogou_phrases.read(sogou.data))
    unfit = {u.id for u in sogou.unfit}
    normal = [expected[p.id].replace("\r\n", "\n").replace("\r", "\n").strip("\n") for p in phrases
              if p.id not in unfit]
    assert got == sorted(normal)
    ms = render(phrases, "mspinyin")
    unfit = {u.id for u in ms.unfit}
    assert sorted(e.phrase for e in mschxudp.read(ms.data)) == sorted(expected[p.id] for p in phrases
                                                                       if p.id not in unfit)
