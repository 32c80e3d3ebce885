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
    rc, out, _ = run(capsys, "phrases", *argv, "--phrasebank", str(bank))
    assert rc == 0
    for s in shown:
        assert s in out
    for h in hidden:
        assert h not in out


def test_show_prints_the_entry_with_its_sources(capsys, bank):
    rc, out, _ = run(capsys, "phrases", "show", "task.item.002", "--phrasebank", str(bank))
    assert rc == 0
    assert "要大力开展爱国卫生运动。" in out and "a.txt:30" in out and "b.txt:4" in out and "ydlk" in out


@pytest.mark.parametrize("argv, message", [
    (["show", "task.item.999"], "词库中没有 task.item.999"),
    (["show"], "show 需要词条编号"),
    (["list", "--category", "nope"], "未知类别 nope"),
    (["list", "--topic", "火星"], "未知领域 火星"),
])
def test_bad_requests_are_one_chinese_message_and_exit_2(capsys, bank, argv, message):
    rc, _, err = run(capsys, "phrases", *argv, "--phrasebank", str(bank))
    assert rc == 2
    assert message in err and "Traceback" not in err


def test_missing_bank_folder_is_exit_2(capsys, tmp_path):
    rc, _, err = run(capsys, "phrases", "list", "--phrasebank", str(tmp_path / "none"))
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
    rc, out, _ = run(capsys, "phrases", "show", "outline.announce.001", "--phrasebank", str(bank))
    assert rc == 0 and "{count} 条数" in out
