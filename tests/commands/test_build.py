"""`jianggao build`: folders expanded, one bad brief never stops the rest, result table, exit codes, crashes isolated."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jianggao.fileio as fileio
from jianggao.cli import main
from jianggao.commands import build


def briefs(tmp_path: Path) -> Path:
    d = tmp_path / "briefs"
    d.mkdir()
    (d / "a.yaml").write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    (d / "b.yml").write_text("year: 2025\nregion: 青川县\nkind: pledge\n", encoding="utf-8")
    (d / "bad.yaml").write_text("year: [\n", encoding="utf-8")
    (d / "notes.txt").write_text("不是简报", encoding="utf-8")
    return d


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_brief_never_stops_the_rest(tmp_path, capsys, jobs):
    out = tmp_path / "out"
    assert main(["build", str(briefs(tmp_path)), "-o", str(out), "--jobs", jobs, "--format", "txt"]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    table = capsys.readouterr().out
    assert "✓" in table and "✗" in table and "bad.yaml" in table and "失败 1 份" in table


def test_all_good_exits_0(tmp_path):
    d = briefs(tmp_path)
    (d / "bad.yaml").unlink()
    assert main(["build", str(d), "-o", str(tmp_path / "o"), "--format", "md"]) == 0


@pytest.mark.parametrize("argv", [["build", "no/such/dir", "-o", "x"], ["build", ".", "-o", "x", "--jobs", "0"]])
def test_usage_errors_exit_2(tmp_path, argv, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2


def test_output_names_are_sanitised_and_unique(tmp_path):
    jobs = build.plan_jobs([Path("x/..evil.yaml"), Path("a/会议.yaml"), Path("b/会议.yaml")], tmp_path, "docx")
    names = [Path(j.target).name for j in jobs]
    assert names == ["evil.docx", "会议.docx", "会议-2.docx"]  # no leading dot, no ".."
    assert all(Path(j.target).parent == tmp_path for j in jobs)


def _crash_on_b(job, *opts):
    if job.brief.endswith("b.yml"):
        os._exit(3)
    return _real_render_one(job, *opts)


_real_render_one = build.render_one


def test_a_crashed_worker_is_reported_for_its_brief_and_the_rest_finish(tmp_path, capsys, monkeypatch):
    import multiprocessing
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("needs fork so workers see the patched function")
    d = briefs(tmp_path)
    (d / "bad.yaml").unlink()
    (d / "c.yaml").write_text("year: 2025\nregion: 白水县\n", encoding="utf-8")
    monkeypatch.setattr(build, "render_one", _crash_on_b)
    assert main(["build", str(d), "-o", str(tmp_path / "o"), "--jobs", "2", "--format", "txt"]) == 1
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["a.txt", "c.txt"]
    assert "处理进程意外退出" in capsys.readouterr().out


def test_ctrl_c_during_a_batch_keeps_finished_files_and_leaves_no_half_written_one(tmp_path, capsys, monkeypatch):
    import zipfile

    from docx import Document

    d = tmp_path / "briefs"
    d.mkdir()
    for name in ("a", "b", "c"):
        (d / f"{name}.yaml").write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    real_writestr, documents = zipfile.ZipFile.writestr, []

    def writestr_then_interrupt(self, name, data, *args, **kwargs):
        # Both .docx writers (the skeleton's, python-docx's) write [Content_Types].xml first, into memory.
        if name == "[Content_Types].xml":
            documents.append(name)
        if len(documents) == 2:  # Ctrl-C while the second speech is being written
            self.fp.write(b"PK\x03\x04 half a zip")
            raise KeyboardInterrupt
        return real_writestr(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr_then_interrupt)
    out = tmp_path / "out"
    assert main(["build", str(d), "-o", str(out), "--jobs", "1"]) == 130
    assert "已取消" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["a.docx"]  # b half-written is gone, c never started
    assert Document(str(out / "a.docx")).paragraphs


@pytest.mark.parametrize("name, stem", [
    ("con.yaml", "con_"), ("NUL.yml", "NUL_"), ("com1.yaml", "com1_"), ("lpt9.x.yaml", "lpt9.x_"),
    ("console.yaml", "console"), ("会议 通知.yaml", "会议 通知"), ("..yaml", "brief"), ("a:b*c?.yaml", "a_b_c_"),
])
def test_output_stems_are_safe_on_windows_too(name, stem):
    from jianggao.fileio import safe_stem

    assert safe_stem(Path(name).stem, "brief") == stem


file_names = st.text(st.characters(blacklist_characters="/\x00", codec="utf-8"), min_size=1, max_size=20).filter(
    lambda n: n not in (".", ".."))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["x", "y"]), file_names), min_size=1, max_size=6),
       st.sampled_from(["docx", "md", "txt", "outline"]))
def test_any_brief_names_give_unique_outputs_inside_the_folder(named, fmt):
    outdir = Path("/out")
    jobs = build.plan_jobs([Path(folder) / f"{name}.yaml" for folder, name in named], outdir, fmt)
    names = [Path(j.target).name for j in jobs]
    assert len(set(names)) == len(names)
    for j, name in zip(jobs, names, strict=True):
        assert Path(j.target).parent == outdir
        assert not name.startswith(".") and ".." not in name and "\\" not in name
        assert not any(c in name for c in ':*?"<>|') and not any(ord(c) < 32 for c in name)
        assert name.split(".")[0].lower() not in fileio._DEVICES
