"""`jianggao export`: default names, --force, filters, the summary line, and nothing half-written."""
from __future__ import annotations

from pathlib import Path

import pytest
from readers.sample_bank import ENTRIES, write_bank

from jianggao.cli import main
from jianggao.exporters import FORMATS, export_bank, filter_phrases
from jianggao.model.bank import load_bank


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "bank")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_default_name_in_current_folder(fmt, bank_dir, tmp_path, monkeypatch, capsys):
    work = tmp_path / "out"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["export", "--format", fmt, "--phrasebank", str(bank_dir), "--no-builtin-bank"]) == 0
    assert [p.name for p in work.iterdir()] == [FORMATS[fmt].default_name]
    line = capsys.readouterr().out.strip()
    assert "\n" not in line and line.startswith("已导出 ")


def test_summary_lists_every_unfit_entry_with_reason(bank_dir, tmp_path, capsys):
    out = tmp_path / "udp.dat"
    assert main(["export", "--format", "mspinyin", "-o", str(out), "--phrasebank", str(bank_dir), "--no-builtin-bank"]) == 0
    line = capsys.readouterr().out
    assert f"已导出 {len(ENTRIES) - 4} 条" in line
    for pid, reason in [("transition.problems.001", "95 字，超过 64 字上限"), ("task.item.002", "换行"),
                        ("heading.tasks.001", "tczd1"), ("heading.safeguards.001", "1–32")]:
        assert pid in line
        assert reason in line.split(pid, 1)[1].split("）", 1)[0]


def test_existing_output_needs_force(bank_dir, tmp_path, capsys):
    out = tmp_path / "custom_phrase.txt"
    out.write_text("mine", encoding="utf-8")
    args = ["export", "--format", "rime", "-o", str(out), "--phrasebank", str(bank_dir), "--no-builtin-bank"]
    assert main(args) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert main(args + ["--force"]) == 0
    assert "凝心聚力" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank", "custom_phrase.txt"]   # no temp file left


@pytest.mark.parametrize("flags, expected", [
    (["--category", "parallel"], {"parallel.run.001", "parallel.run.002", "parallel.run.003", "parallel.run.004"}),
    (["--category", "四字排比", "--category", "closing"],
     {"parallel.run.001", "parallel.run.002", "parallel.run.003", "parallel.run.004", "closing.exhortation.001",
      "closing.vision.001", "closing.end.001"}),
    (["--category", "achievement", "--topic", "医改"], {"achievement.overall.001", "achievement.topic.001"}),
    (["--category", "closing", "--kind", "pledge"], {"closing.end.001", "closing.exhortation.001",
                                                      "closing.vision.001"}),
])
def test_filters(flags, expected, bank_dir, tmp_path):
    out = tmp_path / "bank.json"
    assert main(["export", "--format", "json", "-o", str(out), "--phrasebank", str(bank_dir), "--no-builtin-bank", *flags]) == 0
    import json
    assert {p["id"] for p in json.loads(out.read_text(encoding="utf-8"))["phrases"]} == expected


@pytest.mark.parametrize("flags", [["--category", "nonsense"], ["--topic", "火星探测"], ["--kind", "speechless"]])
def test_unknown_filter_is_a_usage_error(flags, bank_dir, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--format", "csv", "-o", str(out), "--phrasebank", str(bank_dir), "--no-builtin-bank", *flags]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jianggao: ") and "Traceback" not in err
    assert not out.exists()


def test_empty_selection_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "x.csv"
    assert main(["export", "--format", "csv", "-o", str(out), "--phrasebank", str(empty), "--no-builtin-bank"]) == 2
    assert "没有符合条件的词条" in capsys.readouterr().err
    assert not out.exists()


def test_missing_codes_are_filled_from_pinyin(tmp_path):
    import yaml

    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "parallel.yaml").write_text(yaml.safe_dump([
        {"id": "parallel.run.001", "text": "凝心聚力", "category": "parallel", "role": "run"},
        {"id": "parallel.run.002", "text": "凝心聚力", "category": "parallel", "role": "run"},
    ], allow_unicode=True), encoding="utf-8")
    out = tmp_path / "c.txt"
    export_bank(load_bank(folder), "rime", out)
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert sorted(code for _, code, _ in rows) == ["nxjl", "nxjla"]


def test_filter_keeps_general_topic_entries(bank_dir):
    chosen = filter_phrases(load_bank(bank_dir), topics=["tcm"])
    assert chosen and all("general" in p.topics for p in chosen)


def test_a_folder_as_output_is_refused_even_with_force(bank_dir, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", "--format", "csv", "-o", str(folder), "--force", "--phrasebank", str(bank_dir), "--no-builtin-bank"]) == 2
    assert "文件夹" in capsys.readouterr().err
    assert list(folder.iterdir()) == [] and folder.is_dir()
