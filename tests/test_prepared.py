"""The data prepared at make time (src/jianggao/prepared/): current, the same as computing it, and used only for
the exact sources it was made from (an edited bank, template or table is computed afresh)."""
from __future__ import annotations

import shutil
from pathlib import Path

from jianggao import cache, prepared
from jianggao.compose import templating
from jianggao.model.bank import load_bank
from jianggao.prepared.make import MAKERS, current
from jianggao.resources import phrasebank_dir, templates_dir

REGENERATE = "python -m jianggao.prepared"


def test_shipped_prepared_data_is_current():
    made = {name: maker() for name, maker in MAKERS.items()}
    shipped = {path.stem for path in prepared.HERE.glob("*.marshal")} - {"regexes", "methods", "needles"}
    assert shipped == {name for name, it in made.items() if it is not None}, f"run: {REGENERATE}"
    stale = [name for name, it in made.items() if it is not None and not current(prepared.path_of(name), *it)]
    assert not stale, f"stale prepared data {stale}; run: {REGENERATE}"


def test_the_shipped_bank_is_the_parsed_bank():
    folder = phrasebank_dir()
    key = cache.bank_key(folder)
    shipped = cache.shipped_bank(folder, key)
    assert shipped is not None
    assert [p for p in shipped] == [p for p in load_bank(folder)]


def test_the_shipped_bank_serves_only_the_bundled_folder_as_it_was(tmp_path):
    copy = tmp_path / "bank"
    shutil.copytree(phrasebank_dir(), copy)
    assert cache.shipped_bank(copy, cache.bank_key(copy)) is None         # a user's folder: its own cache
    assert cache.shipped_bank(phrasebank_dir(), "0" * 64) is None          # edited since: computed afresh


def test_the_shipped_templates_yaml_is_the_parsed_yaml(tmp_path):
    root = templates_dir().resolve()
    shipped = templating.shipped_yaml(root)
    assert shipped is not None and shipped == templating.parse_yaml(root)
    copy = tmp_path / "templates"
    shutil.copytree(root, copy)
    assert templating.shipped_yaml(copy) == shipped                        # the same bytes: the same data
    wording = sorted((copy / "wording").glob("*.yaml"))[0]
    wording.write_text(wording.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert templating.shipped_yaml(copy) is None
    edited = templating.Templates(copy)
    assert edited.wording == templating.load_wording(copy / "wording")


def test_data_made_from_other_sources_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(prepared, "HERE", tmp_path)
    (tmp_path / "x.marshal").write_bytes(prepared.encode(prepared.digest("a"), {"v": 1}))
    assert prepared.load("x", prepared.digest("a")) == {"v": 1}
    assert prepared.load("x", prepared.digest("b")) is None
    assert prepared.load("absent", prepared.digest("a")) is None
    (tmp_path / "x.marshal").write_bytes(prepared.digest("a").encode() + b"\n\xff broken")
    assert prepared.load("x", prepared.digest("a")) is None


def test_dates_come_back_as_dates(tmp_path, monkeypatch):
    import datetime as dt

    monkeypatch.setattr(prepared, "HERE", tmp_path)
    data = {"from": dt.date(2012, 1, 1), "list": [1, "二", None, True, 1.5]}
    Path(tmp_path / "d.marshal").write_bytes(prepared.encode("k", data))
    assert prepared.load("d", "k") == data
    assert type(prepared.load("d", "k")["from"]) is dt.date


def test_the_shipped_registry_is_the_parsed_registry():
    from jianggao.model import tifa

    source = Path(tifa.__file__).with_name("tifa.yaml").read_bytes()
    assert tifa.shipped_data(source) == tifa._load_yaml(source)
    assert tifa.shipped_data(source + b"\n# edited\n") is None


def test_mappings_with_other_keys_come_back_as_they_were(tmp_path, monkeypatch):
    monkeypatch.setattr(prepared, "HERE", tmp_path)
    data = {"year_roles": {2021: ["建党100周年"], 2022: []}, "nested": [{1: {"a": 2}}]}
    (tmp_path / "k.marshal").write_bytes(prepared.encode("k", data))
    assert prepared.load("k", "k") == data


def test_the_answers_are_what_the_questions_work_out():
    from jianggao.compose import ideas
    from jianggao.model import tifa, topics
    from jianggao.prepared.make import bundled_texts

    registry = tifa.load_registry()
    texts = bundled_texts()
    assert len(texts) > 2000
    for text in texts:
        assert ideas.KNOWN.get(text) == ideas.idea_indices(text)
        assert topics.KNOWN.get(text) == topics.topic_indices(text)
        assert registry.find(text) == registry.scan(text)
    assert ideas.KNOWN.get("一句从未见过的话：编外的新句子。") is None


def test_answers_made_by_other_code_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(prepared, "HERE", tmp_path)
    (tmp_path / "q.marshal").write_bytes(prepared.encode(prepared.digest("old code"), {prepared.text_key("甲"): [1]}))
    assert prepared.Answers("q", lambda: prepared.digest("old code")).get("甲") == [1]
    assert prepared.Answers("q", lambda: prepared.digest("new code")).get("甲") is None
    assert prepared.Answers("absent", lambda: prepared.digest("old code")).get("甲") is None


def test_answers_whose_sources_cannot_be_read_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(prepared, "HERE", tmp_path)
    (tmp_path / "q.marshal").write_bytes(prepared.encode(prepared.digest("code"), {prepared.text_key("甲"): [1]}))
    assert prepared.Answers("q", lambda: prepared.digest(prepared.source_of(str(tmp_path / "gone.py")))).get("甲") is None


def test_the_shipped_subjects_and_aspects_are_what_serve_works_out():
    from jianggao.compose import serve

    table = prepared.load("serve", serve.SHIPPED._key())
    assert table, "run: " + REGENERATE
    for text, (subject, kinds) in table.items():
        assert (subject, kinds) == (serve._subject_of(text), serve._aspects(text)), text
        assert (serve.subject_of(text), serve.aspects(text)) == (subject, kinds)
    assert serve.SHIPPED.get("一句没有随包带来的话") is None


def test_the_shipped_registry_is_the_registry_built_from_tifa_yaml():
    from jianggao.model import tifa

    source = Path(tifa.__file__).with_name("tifa.yaml").read_bytes()
    shipped = tifa.shipped_registry(source)
    assert shipped is not None, f"run: {REGENERATE}"
    assert tifa.same_registry(shipped, tifa.registry_from_data(tifa._load_yaml(source)))
    assert tifa.shipped_registry(source + b"\n# edited\n") is None          # an edited registry: built afresh
