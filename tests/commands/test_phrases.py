"""`jianggao phrases list|search|show` and `jianggao mine` as a user runs them: output, exit codes, messages."""
from __future__ import annotations

import pytest

from jianggao.cli import main
from jianggao.model.bank import Phrase, Source, dump_phrases


@pytest.fixture
def bank(tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    entries = {
        "task": [Phrase("task.item.001", "要加快推进分级诊疗制度建设。", "task", "item", ("medical_reform",), (),
                        (Source("a.txt", 12),), 2, "yjkt"),
                 Phrase("task.item.002", "要大力开展爱国卫生运动。", "task", "item", ("patriotic_health",), (),
                        (Source("a.txt", 30), Source("b.txt", 4)), 2, "ydlk")],
        "outline": [Phrase("outline.announce.001", "下面，我讲{count}点意见。", "outline", "announce", ("general",),
                           (), (Source("a.txt", 2),), 3, "xmwj")],
    }
    # written as `mine` writes a bank (with its marker), so that mining into it again is allowed
    from jianggao.corpus.outfolders import write_bank_files
    write_bank_files({f"{cat}.yaml": dump_phrases(phrases) for cat, phrases in entries.items()}, folder)
    (folder / "_curation.yaml").write_text("drop: []\n", encoding="utf-8")
    return folder


def run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.mark.parametrize("argv, shown, hidden", [
    (["list"], ["task.item.001", "task.item.002", "outline.announce.001"], []),
    (["list", "--category", "task"], ["task.item.001", "task.item.002"], ["outline.announce"]),
    (["list", "--topic", "医改"], ["task.item.001", "outline.announce.001"], ["task.item.002"]),
    (["list", "--role", "announce"], ["outline.announce.001"], ["task.item"]),
    (["search", "爱国卫生"], ["task.item.002"], ["task.item.001"]),
    (["list", "--text", "xmwj"], ["outline.announce.001"], ["task.item"]),
])
def test_list_and_search_filter_into_a_table(capsys, bank, argv, shown, hidden):
    rc, out, _ = run(capsys, "phrases", *argv, "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0
    for s in shown:
        assert s in out
    for h in hidden:
        assert h not in out


def test_show_prints_the_entry_with_its_sources(capsys, bank):
    rc, out, _ = run(capsys, "phrases", "show", "task.item.002", "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0
    assert "要大力开展爱国卫生运动。" in out and "a.txt 第30行" in out and "b.txt 第4行" in out and "ydlk" in out
    assert "任务·具体举措" in out and "爱国卫生" in out


@pytest.mark.parametrize("argv, message", [
    (["show", "task.item.999"], "词库中没有 task.item.999"),
    (["show"], "show 需要词条编号"),
    (["list", "--category", "nope"], "未知类别“nope”"),
    (["list", "--topic", "火星"], "未知领域“火星”"),
    (["list", "--role", "nope"], "没有作用“nope”"),
    (["list", "--category", "过渡", "--role", "具体举措"], "类别“过渡”下没有作用“具体举措”"),
    (["list", "--kind", "nope"], "未知讲话类型“nope”"),
    (["list", "--limit", "-1"], "--limit：不能是负数"),
])
def test_bad_requests_are_one_chinese_message_and_exit_2(capsys, bank, argv, message):
    rc, _, err = run(capsys, "phrases", *argv, "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 2
    assert message in err and "Traceback" not in err


def test_missing_bank_folder_is_exit_2(capsys, tmp_path):
    rc, _, err = run(capsys, "phrases", "list", "--phrasebank", str(tmp_path / "none"), "--no-builtin-bank")
    assert rc == 2 and "词库目录不存在" in err


SPEECH = "同志们：\n今天召开全县卫生健康工作会议。下面，我讲三点意见。\n一、肯定成绩\n过去的一年，全县卫生健康工作取得明显成效。\n"


def test_mine_reports_bad_files_by_name_goes_on_and_exits_1(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SPEECH, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02PNG\x89" * 50)
    out = tmp_path / "bank"
    rc, stdout, err = run(capsys, "mine", str(corpus), "-o", str(out), "--clean-dir", str(tmp_path / "clean"))
    assert rc == 1
    assert "empty.txt" in err and "blob.txt" in err
    assert "文档 1 篇（失败 2）" in stdout
    assert (out / "outline.yaml").is_file() and (tmp_path / "clean" / "good.txt.txt").is_file()
    header = (tmp_path / "clean" / "segmented" / "good.txt.txt").read_text(encoding="utf-8").splitlines()[0]
    # the header names the speech as a phrase's source does: file, first line, title (or 无标题), kind in Chinese
    assert header.startswith("==== 讲话 1（第") and "good.txt" in header and "讲话〕" in header
    assert "annual_conference" not in header


def test_mine_with_nothing_usable_leaves_the_bank_alone(capsys, tmp_path, bank):
    before = {f.name: f.read_text(encoding="utf-8") for f in bank.iterdir()}
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    rc, _, err = run(capsys, "mine", str(tmp_path / "empty.txt"), "-o", str(bank))
    assert rc == 1 and "词库未改动" in err
    assert {f.name: f.read_text(encoding="utf-8") for f in bank.iterdir()} == before


def test_mine_with_a_broken_curation_file_is_exit_2(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    cur = tmp_path / "cur.yaml"
    cur.write_text("what: [1]\n", encoding="utf-8")
    rc, _, err = run(capsys, "mine", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--curation", str(cur))
    assert rc == 2 and "整理决定文件只能包含" in err


def test_show_names_the_slots_in_chinese(capsys, bank):
    rc, out, _ = run(capsys, "phrases", "show", "outline.announce.001", "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0 and "下面，我讲{条数}点意见。" in out and "{条数} 如“三”" in out and "{count}" not in out


@pytest.mark.parametrize("argv, shown, hidden", [
    (["list", "--category", "任务"], ["task.item.001", "task.item.002"], ["outline.announce"]),
    (["list", "--role", "具体举措"], ["task.item.001"], ["outline.announce"]),
    (["list", "--kind", "表态发言"], ["task.item.001", "outline.announce.001"], []),
    (["list", "--topic", "通用"], ["outline.announce.001"], ["task.item"]),
])
def test_chinese_names_are_accepted_as_filters(capsys, bank, argv, shown, hidden):
    rc, out, _ = run(capsys, "phrases", *argv, "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0
    assert all(s in out for s in shown) and not any(h in out for h in hidden)


def test_list_in_80_columns_piped_shows_every_text_whole_with_chinese_names(capsys, bank, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    rc, out, _ = run(capsys, "phrases", "list", "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0
    for text in ("要加快推进分级诊疗制度建设。", "要大力开展爱国卫生运动。", "下面，我讲{条数}点意见。"):
        assert text in out.splitlines() or f"  {text}" in out.splitlines()   # each phrase whole, on its own line
    assert "任务·具体举措" in out and "深化医药卫生体制改革" in out and "讲几点意见" in out
    assert "task/item" not in out and "medical_reform" not in out and "{count}" not in out


def test_list_of_the_real_bank_in_80_columns_keeps_every_phrase(capsys, monkeypatch):
    from jianggao.model.bank import load_bank
    from jianggao.resources import phrasebank_dir

    monkeypatch.setenv("COLUMNS", "80")
    rc, out, _ = run(capsys, "phrases", "list", "--category", "过渡", "--limit", "1000")
    assert rc == 0
    from jianggao.commands.phrases import labelled

    texts = [labelled(p.text) for p in load_bank(phrasebank_dir(None)).select(category="transition")]
    assert texts and all(f"  {t}" in out.splitlines() for t in texts)
    assert max(len(line) for line in out.splitlines()) > 40   # never one character a line


SOURCE_SPEECH = ("在2016年全县卫生计生工作会议上的讲话\n\n同志们：\n今天召开全县卫生计生工作会议。\n"
                 "在肯定成绩的同时，我们也要清醒地看到存在的问题和不足。\n")


def titled_bank(tmp_path, title: str = ""):
    folder = tmp_path / "titled"
    folder.mkdir()
    phrase = Phrase("transition.problems.001", "在肯定成绩的同时，我们也要清醒地看到存在的问题和不足。", "transition",
                    "problems", ("general",), (), (Source("speech.txt", 5, title),), 1, "zkdc")
    (folder / "transition.yaml").write_text(dump_phrases([phrase]), encoding="utf-8")
    return folder


def test_a_source_shows_the_title_the_bank_recorded(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("JIANGGAO_CORPUS", str(tmp_path / "nowhere"))
    bank = titled_bank(tmp_path, "在2016年全县卫生计生工作会议上的讲话")
    rc, out, _ = run(capsys, "phrases", "show", "transition.problems.001", "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0 and "speech.txt 第5行《在2016年全县卫生计生工作会议上的讲话》" in out


def test_without_a_recorded_title_it_is_read_from_the_source_document(capsys, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "speech.txt").write_text(SOURCE_SPEECH, encoding="utf-8")
    monkeypatch.setenv("JIANGGAO_CORPUS", str(corpus))
    from jianggao.corpus import titles

    titles._speech_starts.cache_clear()
    bank = titled_bank(tmp_path)
    rc, out, _ = run(capsys, "phrases", "show", "transition.problems.001", "--phrasebank", str(bank), "--no-builtin-bank")
    assert rc == 0 and "speech.txt 第5行《在2016年全县卫生计生工作会议上的讲话》" in out
    titles._speech_starts.cache_clear()


def test_the_html_export_shows_sources_with_titles(tmp_path, monkeypatch):
    import json
    import re

    from jianggao.exporters import export_bank
    from jianggao.model.bank import load_bank

    monkeypatch.setenv("JIANGGAO_CORPUS", str(tmp_path / "nowhere"))
    out = tmp_path / "p.html"
    export_bank(load_bank(titled_bank(tmp_path, "在2016年全县卫生计生工作会议上的讲话")), "html", out)
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="bank-data">(.*?)</script>', html, re.S).group(1))
    assert data["phrases"][0]["sources"] == ["speech.txt 第5行《在2016年全县卫生计生工作会议上的讲话》"]
    assert "出处：" in html
