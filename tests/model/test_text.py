"""Template residue, defined once (model.text) and used by its four callers: the brief refuses it, the picker
never draws a phrase holding it, lint reports it with its message, the bank audit flags the entry (issue 11)."""
from __future__ import annotations

import pytest
import yaml
from compose_helpers import brief, synthetic_entries
from pydantic import ValidationError

from jianggao.compose.core import compose
from jianggao.compose.templating import Templates
from jianggao.corpus.audit import audit_bank
from jianggao.lint.residue import check_residue
from jianggao.model.bank import Phrase, load_bank
from jianggao.model.text import RESIDUE, residue_rules, template_residue
from jianggao.resources import templates_dir

# At least one piece for each rule of residue_rules() (the first test checks that).
PIECES = ["{region}", "{{ 7*7 }}", "｛", "20xx年", "x年", "xx", "ＸＸ", "××", "某某", "**", "＊＊", "__", "＿", "“”",
          "‘ ’", "《》", "（）", "()", "【单位名称】"]
# Look like residue and are not: Latin words, a product, a document number, a real quotation.
LOOKALIKES = ["HPV疫苗接种", "Foxx", "3×3", "〔2024〕1号", "“健康临江”", "x光机", "《基本医疗卫生与健康促进法》"]


def test_every_rule_has_a_piece_here_and_every_piece_is_residue():
    for rx, what in residue_rules():
        assert any(rx.fullmatch(p) for p in PIECES), what
    for piece in PIECES:
        assert template_residue(f"为建设{piece}健康临江而努力") is not None, piece
    for text in LOOKALIKES:
        assert template_residue(text) is None, text


@pytest.mark.parametrize("piece", PIECES)
def test_the_brief_refuses_residue(piece):
    with pytest.raises(ValidationError, match="模板占位"):
        brief(closing=f"为建设{piece}健康临江而努力")


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_brief_keeps_lookalikes(text):
    assert brief(closing=text).closing == text


@pytest.mark.parametrize("piece", PIECES)
def test_lint_reports_residue_with_its_rule_message(piece):
    paragraph = f"要加快推进{piece}分级诊疗制度建设。"
    found = check_residue([paragraph])
    assert len(found) == 1 and found[0].kind == "residue" and found[0].term == piece, found
    assert found[0].message == next(what for rx, what in residue_rules() if rx.search(paragraph))


def test_lint_leaves_lookalikes_alone():
    assert check_residue(LOOKALIKES) == []


@pytest.mark.parametrize("extra", [*(p for p in PIECES if p != "{region}"), "⟨某⟩", "http"])   # {region}: a slot there
def test_the_bank_audit_flags_an_entry_holding_residue(tmp_path, extra):
    text = f"要加快推进{{region}}分级诊疗{extra}制度建设。"
    report = audit_bank([Phrase("task.item.001", text, "task", "item")], tmp_path)
    assert report.noise == [f"task.item.001 {text}"]
    clean = audit_bank([Phrase("task.item.001", "要加快推进{region}分级诊疗制度建设。", "task", "item")], tmp_path)
    assert clean.noise == []


def _bank_with(tmp_path, piece: str | None):
    """The synthetic bank of compose_helpers, ``piece`` written into every entry that is a sentence."""
    folder = tmp_path / "bank"
    folder.mkdir(parents=True)
    by_cat: dict[str, list[dict]] = {}
    for e in synthetic_entries(8):
        if piece is not None and e["text"].endswith("。"):
            e["text"] = e["text"].replace("，", f"，{piece}", 1)
        by_cat.setdefault(e["category"], []).append(e)
    for cat, entries in by_cat.items():
        (folder / f"{cat}.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return load_bank(folder)


def test_the_picker_draws_the_same_phrases_without_residue(tmp_path):
    """The control of the next test: the synthetic bank's sentences (…第N句…) do reach the speech."""
    text = compose(brief(), _bank_with(tmp_path, None), Templates(templates_dir()), seed=1).all_text()
    assert "第" in text and "句" in text


@pytest.mark.parametrize("piece", ["{{ 7*7 }}", "20xx年", "xx", "某某", "**", "__", "“”", "（）", "【单位名称】",
                                   "3", "……", "⟨某⟩"])   # the last three: the picker's own (a particular, an elision)
def test_the_picker_never_draws_a_phrase_holding_residue(tmp_path, piece):
    templates = Templates(templates_dir())
    text = compose(brief(), _bank_with(tmp_path, piece), templates, seed=1).all_text()
    assert piece not in text
    assert RESIDUE.search(text) is None or piece in ("3", "……", "⟨某⟩")
