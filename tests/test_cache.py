"""The bank cache holds plain JSON data checked by hashes: a tampered or damaged copy is dropped with a
warning and rebuilt, never run and never a traceback (issue 10)."""
from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from jianggao import cache
from jianggao.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def bank(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JIANGGAO_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bank"
    shutil.copytree(REPO / "phrasebank", folder)
    return folder


class _Boom:
    def __reduce__(self):
        return (Path("/nonexistent-pwned").touch, ())


def _damage(copy: Path, how: str) -> None:
    data = json.loads(copy.read_text(encoding="utf-8"))
    if how == "pickle":
        copy.write_bytes(pickle.dumps(_Boom()))
    elif how == "flipped-entry":
        data["entries"][0]["text"] = "被人改过的句子。"
        copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    elif how == "wrong-key":
        data["key"] = "0" * 64
        copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    elif how == "truncated":
        copy.write_bytes(copy.read_bytes()[:1000])
    elif how == "not-utf8":
        copy.write_bytes(b"\xff\xfe\x00garbage")
    elif how == "deep":
        copy.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    elif how == "fifo":
        copy.unlink()
        import os
        os.mkfifo(copy)
    elif how == "dev-zero":
        copy.unlink()
        copy.symlink_to("/dev/zero")


@pytest.mark.parametrize("how", ["pickle", "flipped-entry", "wrong-key", "truncated", "not-utf8", "deep", "fifo",
                                 "dev-zero"])
def test_a_damaged_copy_is_dropped_with_a_warning_and_rebuilt(bank, tmp_path, how, capsys):
    first = cache.cached_bank(bank)
    (copy,) = (tmp_path / "cache").glob("bank-*.json")
    _damage(copy, how)
    capsys.readouterr()
    again = cache.cached_bank(bank)
    assert [p.to_dict() for p in again] == [p.to_dict() for p in first]
    assert "词库缓存已损坏" in capsys.readouterr().err
    assert not Path("/nonexistent-pwned").exists()
    # rebuilt: the next load is served from a good copy, silently
    cache.cached_bank(bank)
    assert capsys.readouterr().err == ""


def test_render_with_a_tampered_cache_prints_the_speech_and_no_traceback(bank, tmp_path, capsys):
    brief = tmp_path / "b.yaml"
    brief.write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    assert main(["render", str(brief), "-o", str(tmp_path / "1.txt"), "--phrasebank", str(bank)]) == 0
    for copy in (tmp_path / "cache").glob("bank-*.json"):
        copy.write_bytes(pickle.dumps(_Boom()))
    capsys.readouterr()
    assert main(["render", str(brief), "-o", str(tmp_path / "2.txt"), "--phrasebank", str(bank)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "词库缓存已损坏" in err
    assert (tmp_path / "1.txt").read_text(encoding="utf-8") == (tmp_path / "2.txt").read_text(encoding="utf-8")


def test_nothing_but_json_is_written_to_the_cache(bank, tmp_path):
    brief = tmp_path / "b.yaml"
    brief.write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    assert main(["render", str(brief), "-o", str(tmp_path / "1.txt"), "--phrasebank", str(bank)]) == 0
    files = [f for f in (tmp_path / "cache").rglob("*") if f.is_file()]
    assert files and all(f.suffix == ".json" for f in files)
    for f in files:
        json.loads(f.read_text(encoding="utf-8"))
