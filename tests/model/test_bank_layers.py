"""A unit's own archive layered over the built-in bank: mine it, render with it, browse and export both."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import REPO

from jianggao.cli import main
from jianggao.model.bank import PREFER_OWN, load_bank, load_layered

ARCHIVE = REPO / "samples" / "archive"


@pytest.fixture(scope="module")
def mybank(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("layers") / "mybank"
    assert main(["mine", str(ARCHIVE), "-o", str(out)]) == 0
    return out


def core(text: str) -> str:
    # compose's voice pass may say 要加强… as 加强… (openers thinned), so the modal is not part of the match
    return re.sub(r"^(?:要|必须)", "", re.sub(r"\{[a-z_]+\}", "", text)).rstrip("。！")[:14]


def test_the_sample_archive_mines_into_a_bank_of_its_own(mybank):
    own = load_bank(mybank)
    assert len(own) >= 30
    docs = {s.doc for p in own for s in p.sources}
    assert any(d.endswith(".docx") for d in docs) and any(d.endswith(".txt") for d in docs)


def test_layers_put_the_units_wording_first_and_keep_everything_findable(mybank):
    base = load_bank(REPO / "phrasebank")
    layered = load_layered([str(mybank)])
    assert len(layered) >= len(base) and layered.layered
    assert len({p.id for p in layered}) == len(layered) and len({p.code for p in layered}) == len(layered)
    own_tasks = [p for p in layered.select_all(category="task", role="item") if p.layer]
    assert len(own_tasks) >= PREFER_OWN
    # where the unit has its own wording for a role, it is what compose is offered
    assert all(p.layer for p in layered.select(category="task", role="item"))
    # where it has none, the built-in entries still answer
    assert layered.select(category="situation", role="policy")


def test_render_uses_the_units_own_wording(mybank, tmp_path):
    """Three of the unit's own sentences a speech, counted over three seeds: one seed's draw moves with every change
    to the later passes (session 27's merge said 2 at seed 1, 3 and 6 at seeds 2 and 3)."""
    brief = REPO / "samples" / "annual_conference.yaml"
    own_texts = [p.text for p in load_bank(mybank)]
    used = 0
    for seed in (1, 2, 3):
        own_out, base_out = tmp_path / f"own{seed}.txt", tmp_path / f"base{seed}.txt"
        assert main(["render", str(brief), "-o", str(own_out), "--phrasebank", str(mybank), "--seed", str(seed)]) == 0
        assert main(["render", str(brief), "-o", str(base_out), "--seed", str(seed)]) == 0
        own_text, base_text = own_out.read_text(encoding="utf-8"), base_out.read_text(encoding="utf-8")
        # the unit's own sentences the built-in bank does not also produce (a 14-character opening such as
        # 各单位主要负责同志要亲自抓、 is shared with the templates' own wording by chance)
        used += sum(core(t) in own_text and core(t) not in base_text for t in own_texts)
    assert used >= 3 * 3


def test_phrasebank_is_repeatable_and_the_upper_bank_wins(mybank, tmp_path):
    second = tmp_path / "second"
    second.mkdir()
    entry = load_bank(mybank).select_all(category="task", role="item")[0]
    (second / "task.yaml").write_text(
        (mybank / "task.yaml").read_text(encoding="utf-8").split("\n- id:")[0] + "\n", encoding="utf-8")
    layered = load_layered([str(mybank), str(second)])
    found = [p for p in layered if p.text == entry.text]
    assert len(found) == 1 and found[0].layer == "second"


def test_phrases_and_export_see_the_layers(mybank, tmp_path, capsys):
    assert main(["phrases", "list", "--category", "task", "--limit", "500", "--phrasebank", str(mybank)]) == 0
    out = capsys.readouterr().out
    assert "mybank" in out and "内置" in out
    target = tmp_path / "bank.json"
    assert main(["export", "--format", "json", "-o", str(target), "--phrasebank", str(mybank)]) == 0
    exported = target.read_text(encoding="utf-8")
    assert all(p.text in exported for p in load_bank(mybank) if "{" not in p.text)
    assert core(next(iter(load_bank(REPO / "phrasebank"))).text) in exported
    json.loads(exported)


def test_no_builtin_bank_uses_only_the_given_one(mybank, capsys):
    assert main(["phrases", "list", "--limit", "1000", "--phrasebank", str(mybank), "--no-builtin-bank"]) == 0
    out = capsys.readouterr().out
    assert f"词库 {len(load_bank(mybank))} 条" in out
