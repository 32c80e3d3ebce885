"""Editor and table exports parse strictly and carry every phrase: VS Code snippets, espanso, CSV, JSON."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
import yaml
from readers.sample_bank import write_bank
from readers.snippet_syntax import SnippetError, parse

from jianggao.exporters import export_bank
from jianggao.model.bank import CATEGORIES, Phrase, Source, load_bank
from jianggao.model.slots import get_slot, with_fallbacks


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    return load_bank(write_bank(tmp_path_factory.mktemp("editors") / "bank"))


def strict_json(data: bytes):
    """json.loads that refuses duplicate keys, NaN and a BOM."""
    assert not data.startswith(b"\xef\xbb\xbf")

    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicate keys {keys}"
        return dict(pairs)

    def no_constants(name):
        raise ValueError(name)

    return json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys (espanso would keep only one)."""


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    if len(keys) != len(set(keys)):
        raise yaml.constructor.ConstructorError(None, None, f"duplicate keys {keys}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


# ---------------------------------------------------------------- VS Code

def snippet_as_phrase(body) -> str:
    """Rebuild the phrase text from a body: each tab stop back to {slot} through its label; stops numbered 1…"""
    by_label = {get_slot(n).label: n for n in ("region", "region_short", "level", "scope", "year", "prev_year",
                                               "meeting", "topic", "speaker", "org", "party", "government",
                                               "bureau", "person", "count")}
    text = "\n".join(body) if isinstance(body, list) else body
    out, numbers = [], {}
    for kind, value in parse(text):
        if kind == "text":
            out.append(value)
        else:
            n, label = value
            assert numbers.setdefault(label, n) == n               # one slot, one tab stop
            out.append("{" + by_label[label] + "}")
    assert sorted(set(numbers.values())) == list(range(1, len(numbers) + 1))
    return "".join(out)


def test_vscode_snippets_round_trip(bank, tmp_path):
    out = tmp_path / "jianggao.code-snippets"
    report = export_bank(bank, "vscode", out)
    snippets = strict_json(out.read_bytes())
    assert report.written == len(snippets) == len(bank) and not report.unfit
    by_id = {s["description"].rsplit("（", 1)[1].rstrip("）"): s for s in snippets.values()}
    for p in bank:
        s = by_id[p.id]
        assert s["prefix"] == p.code
        assert snippet_as_phrase(s["body"]) == p.text
        assert s["description"].startswith(CATEGORIES[p.category][0] + " · ")


def test_vscode_escapes_dollar_and_brace(bank, tmp_path):
    out = tmp_path / "s.code-snippets"
    export_bank(bank, "vscode", out)
    body = next(s["body"] for s in strict_json(out.read_bytes()).values() if s["prefix"] == "jbggws")
    assert body.endswith("提高到\\$94\\}元。")
    with pytest.raises(SnippetError):
        parse("提高到$94}元。")                                     # what an unescaped body would be


def test_vscode_repeated_slot_shares_one_tab_stop(tmp_path):
    p = Phrase("closing.vision.001", "{region}要建设健康{region_short}，{region}人民共享。", "closing", "vision",
               code="jsjk")
    out = tmp_path / "s.code-snippets"
    export_bank([p], "vscode", out)
    (snippet,) = strict_json(out.read_bytes()).values()
    assert snippet["body"] == "${1:地区名称}要建设健康${2:地区简称}，${1:地区名称}人民共享。"


# ---------------------------------------------------------------- espanso

def test_espanso_matches(bank, tmp_path):
    out = tmp_path / "jianggao.yml"
    report = export_bank(bank, "espanso", out)
    doc = yaml.load(out.read_text(encoding="utf-8"), Loader=StrictLoader)
    assert set(doc) == {"matches"}
    unfit = {u.id for u in report.unfit}
    assert unfit == {"heading.tasks.001", "closing.vision.001"}
    matches = {m["label"].rsplit("（", 1)[1].rstrip("）"): m for m in doc["matches"]}
    assert report.written == len(matches) == len(bank) - len(unfit)
    for p in bank:
        if p.id in unfit:
            continue
        m = matches[p.id]
        assert m["trigger"] == ";" + p.code
        if p.slots:
            assert "replace" not in m
            fields = re.findall(r"\[\[(\w+)\]\]", m["form"])
            assert fields == [get_slot(s).label for s in p.slots]
            assert re.sub(r"\[\[(\w+)\]\]", "", m["form"]) == re.sub(r"\{[a-z_]+\}", "", p.text)
        else:
            assert m["replace"] == p.text and "form" not in m


def test_espanso_multi_line_phrase_is_a_literal_block(bank, tmp_path):
    out = tmp_path / "jianggao.yml"
    export_bank(bank, "espanso", out)
    assert "replace: |-\n    要完善重大疫情监测预警体系，\n    健全传染病防控机制。\n" in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- CSV and JSON

def test_csv_round_trip_every_field(bank, tmp_path):
    out = tmp_path / "bank.csv"
    export_bank(bank, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                         # Excel needs the BOM to read UTF-8
    text = raw[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header, body = rows[0], rows[1:]
    assert header == ["id", "text", "fallback", "category", "category_zh", "role", "role_zh", "topics", "kinds",
                      "sources", "count", "code"]
    assert all(len(r) == len(header) for r in body) and len(body) == len(bank)
    back = []
    for r in map(lambda r: dict(zip(header, r, strict=True)), body):
        sources = tuple(Source(*(lambda d, ln: (d, int(ln)))(*s.rsplit(":", 1))) for s in r["sources"].split(";"))
        back.append(Phrase(r["id"], r["text"], r["category"], r["role"], tuple(r["topics"].split(";")),
                           tuple(k for k in r["kinds"].split(";") if k), sources, int(r["count"]), r["code"]))
        assert r["fallback"] == with_fallbacks(r["text"])
    assert back == sorted(bank, key=lambda p: p.id)                # exports are in id order


def test_json_round_trip_every_field(bank, tmp_path):
    out = tmp_path / "bank.json"
    export_bank(bank, "json", out)
    doc = strict_json(out.read_bytes())
    assert doc["count"] == len(doc["phrases"]) == len(bank)
    assert "凝心聚力" in out.read_text(encoding="utf-8")            # ensure_ascii off: readable Chinese
    back = [Phrase.from_dict({k: v for k, v in d.items() if k not in ("fallback", "category_zh", "role_zh")})
            for d in doc["phrases"]]
    assert back == sorted(bank, key=lambda p: p.id)                # exports are in id order
