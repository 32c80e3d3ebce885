"""`jianggao render`: formats, default output, --force, warnings, errors as one Chinese line with exit 2."""
from __future__ import annotations

from pathlib import Path

import pytest
from compose_helpers import REPO
from docx import Document

from jianggao.cli import main

MINIMAL = "year: 2025\nregion: 临江区\n"


def brief_file(tmp_path: Path, text: str = MINIMAL, name: str = "会议.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_output_is_a_docx_beside_the_brief(tmp_path, capsys):
    b = brief_file(tmp_path)
    assert main(["render", str(b)]) == 0
    doc = Document(str(tmp_path / "会议.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "在2025年全区卫生健康工作会议上的讲话" in texts and "同志们：" in texts


@pytest.mark.parametrize("args, out, first", [
    (["-o", "x.md"], "x.md", "# 在2025年"), (["-o", "x.txt"], "x.txt", "在2025年"),
    (["--format", "outline", "-o", "x.outline.txt"], "x.outline.txt", "在2025年"),
])
def test_text_formats(tmp_path, args, out, first):
    b = brief_file(tmp_path)
    args = [a if a in ("-o", "--format", "outline") else str(tmp_path / a) for a in args]
    assert main(["render", str(b), *args]) == 0
    assert (tmp_path / out).read_text(encoding="utf-8").startswith(first)


def test_existing_output_needs_force(tmp_path, capsys):
    b = brief_file(tmp_path)
    target = tmp_path / "out.md"
    target.write_text("旧的", encoding="utf-8")
    assert main(["render", str(b), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err and target.read_text(encoding="utf-8") == "旧的"
    assert main(["render", str(b), "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8") != "旧的"


def test_seed_changes_the_text_and_is_reproducible(tmp_path):
    b = brief_file(tmp_path)
    outs = []
    for i, seed in enumerate(["1", "1", "2"]):
        main(["render", str(b), "-o", str(tmp_path / f"s{i}.txt"), "--seed", seed])
        outs.append((tmp_path / f"s{i}.txt").read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0] != outs[2]


def test_bad_brief_is_one_message_exit_2_nothing_written(tmp_path, capsys):
    b = brief_file(tmp_path, "year: 二〇二五\nregion: 临江区\n")
    assert main(["render", str(b), "-o", str(tmp_path / "x.docx")]) == 2
    err = capsys.readouterr().err
    assert "会议.yaml" in err and "Traceback" not in err and not (tmp_path / "x.docx").exists()


def test_unknown_topic_warns_on_stderr(tmp_path, capsys):
    b = brief_file(tmp_path, MINIMAL + "priorities:\n  - topic: 医该\n    items: [完善分级诊疗制度]\n")
    assert main(["render", str(b), "-o", str(tmp_path / "x.txt")]) == 0
    assert "医该" in capsys.readouterr().err
    assert "完善分级诊疗制度" in (tmp_path / "x.txt").read_text(encoding="utf-8")


def test_user_templates_cannot_read_outside_their_folder(tmp_path, capsys):
    import shutil
    root = tmp_path / "tpl"
    shutil.copytree(REPO / "templates", root)
    (root / "sections" / "closing.j2").write_text('{% include "../../etc/passwd" %}\n', encoding="utf-8")
    b = brief_file(tmp_path)
    assert main(["render", str(b), "-o", str(tmp_path / "x.txt"), "--templates", str(root)]) == 2
    err = capsys.readouterr().err
    assert "closing.j2" in err and "root:" not in err


def test_readme_first_command_renders_minimal(tmp_path):
    assert main(["render", str(REPO / "samples" / "minimal.yaml"), "-o", str(tmp_path / "minimal.docx"), "--force"]) == 0
    assert (tmp_path / "minimal.docx").stat().st_size > 5000


def _interrupted_writestr(self, name, data, *args, **kwargs):
    """ZipFile.writestr that dies half-way, as Ctrl-C does: some bytes written, then KeyboardInterrupt (both
    .docx writers, the skeleton's and python-docx's, write their parts through it, into memory first)."""
    self.fp.write(b"PK\x03\x04 half a zip")
    raise KeyboardInterrupt


@pytest.mark.parametrize("existing", [None, b"the speech from yesterday"])
def test_ctrl_c_while_writing_leaves_no_half_written_file(tmp_path, capsys, monkeypatch, existing):
    import zipfile

    b = brief_file(tmp_path)
    target = tmp_path / "out.docx"
    if existing is not None:
        target.write_bytes(existing)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", _interrupted_writestr)
    assert main(["render", str(b), "-o", str(target), "--force"]) == 130
    assert "已取消" in capsys.readouterr().err
    assert (target.read_bytes() if target.exists() else None) == existing  # old file intact, or none at all
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["会议.yaml"] + (["out.docx"] if existing else []))


def test_ctrl_c_just_before_the_rename_leaves_no_text_file(tmp_path, monkeypatch):
    import jianggao.fileio

    def interrupted_replace(src, dst):
        raise KeyboardInterrupt

    b = brief_file(tmp_path)
    monkeypatch.setattr(jianggao.fileio.os, "replace", interrupted_replace)
    assert main(["render", str(b), "-o", str(tmp_path / "out.txt")]) == 130
    assert [p.name for p in tmp_path.iterdir()] == ["会议.yaml"]


def _render_txt(tmp_path: Path, name: str, *extra: str, text: str = MINIMAL) -> str:
    out = tmp_path / f"{name}.txt"
    assert main(["render", str(brief_file(tmp_path, text)), "-o", str(out), "--force", *extra]) == 0
    return out.read_text(encoding="utf-8")


def test_cached_bank_and_templates_give_the_same_speech_and_follow_edits(tmp_path, monkeypatch):
    import shutil
    cache = tmp_path / "cache"
    monkeypatch.setenv("JIANGGAO_CACHE_DIR", str(cache))
    bank, tpl = tmp_path / "bank", tmp_path / "tpl"
    shutil.copytree(REPO / "phrasebank", bank)
    shutil.copytree(REPO / "templates", tpl)
    args = ("--phrasebank", str(bank), "--no-builtin-bank", "--templates", str(tpl))
    # a year whose speeches the mined bank still speaks in (most of its task entries are valid to 2022: a 2025
    # speech from a year and a place says the templates' own measures only)
    brief = "year: 2019\nregion: 临江区\n"
    cold = _render_txt(tmp_path, "cold", *args, text=brief)
    assert list(cache.glob("bank-*.json"))
    assert not [f for f in cache.rglob("*") if f.is_file() and f.suffix != ".json"], "only JSON data is cached"
    assert _render_txt(tmp_path, "warm", *args, text=brief) == cold
    # an edited template and an edited bank entry are read afresh, not served from the cache
    closing = tpl / "sections" / "closing.j2"
    # (a paragraph of its own that stands alone: a sentence run on to the part before may be cut to the
    # plan's budget, and one opening on 这是 leans on nothing and is dropped — issue 13)
    closing.write_text("¶结尾模板已经改过。\n" + closing.read_text(encoding="utf-8"), encoding="utf-8")
    assert "结尾模板已经改过" in _render_txt(tmp_path, "edited", *args, text=brief)
    import yaml
    # a bank file some of whose entries the speech says (the bank's and the templates' own wordings are
    # drawn together, so which category shows depends on the draw)
    used = next(f for f in (bank / n for n in ("task.yaml", "safeguard.yaml", "situation.yaml", "opening.yaml"))
                if any(e["text"][:8] in cold for e in yaml.safe_load(f.read_text(encoding="utf-8"))))
    used.write_text("[]\n", encoding="utf-8")  # those phrases are gone from the bank
    assert _render_txt(tmp_path, "no-openings", *args, text=brief) != cold


@pytest.mark.parametrize("damage", ["garbage", "not-a-folder"])
def test_a_damaged_or_unusable_cache_is_ignored(tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    monkeypatch.setenv("JIANGGAO_CACHE_DIR", str(cache))
    first = _render_txt(tmp_path, "first")
    if damage == "garbage":
        cache.mkdir(exist_ok=True)   # the bundled bank ships parsed (prepared/): whatever copies are kept there
        for f in [*cache.glob("*.json"), cache / "bank-0.json"]:
            f.write_bytes(b"\x00garbage{[")
    else:
        import shutil
        shutil.rmtree(cache, ignore_errors=True)
        cache.write_text("a file where the cache folder should be", encoding="utf-8")
    assert _render_txt(tmp_path, "again") == first


def _brief_at_the_limit(per_topic: int) -> str:
    """2,000 entries in all (brief_yaml's limit): 领域 + 举措 spread over topics, ``per_topic`` items each."""
    topics = ["医改", "公共卫生", "医疗服务", "基层卫生", "中医药", "妇幼健康", "老龄健康", "爱国卫生", "信息化", "健康促进"]
    lines, n, i = [MINIMAL.rstrip("\n"), "priorities:"], 0, 0
    while n < 2000:
        items = min(per_topic, 2000 - n - 1)
        lines.append(f"  - topic: {topics[i % len(topics)]}\n    items:")
        lines += [f"      - 推进第{n + k}项重点工作" for k in range(items)]
        n, i = n + items + 1, i + 1
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("per_topic", [
    99,
    150,
])
def test_a_brief_at_the_entry_limit_renders_every_item(tmp_path, per_topic):
    b = brief_file(tmp_path, _brief_at_the_limit(per_topic))
    out = tmp_path / "limit.docx"
    assert main(["render", str(b), "-o", str(out)]) == 0
    body = "".join(p.text for p in Document(str(out)).paragraphs)
    assert body.count("重点工作") >= 2000 - 2000 // (per_topic + 1) - 1


def test_the_bank_cache_keeps_a_few_copies_not_one_per_edit(tmp_path, monkeypatch):
    import shutil

    from jianggao import cache as bank_cache
    cache = tmp_path / "cache"
    monkeypatch.setenv("JIANGGAO_CACHE_DIR", str(cache))
    bank = tmp_path / "bank"
    shutil.copytree(REPO / "phrasebank", bank)
    for i in range(bank_cache.BANK_COPIES + 3):
        (bank / "extra.yaml").write_text(f"# edit {i}\n[]\n", encoding="utf-8")
        bank_cache.cached_bank(bank)
    assert len(list(cache.glob("bank-*.json"))) == bank_cache.BANK_COPIES


def test_render_lints_its_own_draft_and_says_so(tmp_path, capsys):
    from jianggao.cli import main

    brief = tmp_path / "b.yaml"
    brief.write_text("kind: pledge\nyear: 2025\nregion: {name: 石门镇, parent: 安平县}\n", encoding="utf-8")
    assert main(["render", str(brief), "-o", str(tmp_path / "b.txt")]) == 0
    assert "自检：" in capsys.readouterr().err


def test_an_output_name_promising_another_format_is_refused(tmp_path, capsys):
    from jianggao.cli import main

    brief = tmp_path / "b.yaml"
    brief.write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    assert main(["render", str(brief), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "扩展名 .pdf" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
