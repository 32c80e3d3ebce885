"""What issue 14 asks of the miner beyond cleaning: rewording scores, typo fixes, needs and runs, particulars,
traceable entries with titles, documents without speech, parallel mining, and the committed bank's audit."""
from __future__ import annotations

from pathlib import Path

import pytest
from support import REPO

from jianggao.cli import main
from jianggao.corpus import RawDocument, clean_document
from jianggao.corpus.audit import audit_bank
from jianggao.corpus.mine import mine_documents
from jianggao.corpus.needs import dangles, needs
from jianggao.corpus.particulars import particular_name
from jianggao.corpus.rewording import THRESHOLD, score
from jianggao.model.bank import Phrase, load_bank

HELDOUT = (REPO / "tests" / "fixtures" / "heldout" / "speech_qingshan.txt").read_text(encoding="utf-8")

# A doc-site rewrite of a stock opening and a few stock sentences: the markers of 伪原创.
REWORDED = """同志们：
经区委、区政府审议通过，今日我们隆重召开全区卫生健康工作会议。本次会议的核心宗旨是：全面领会上级会议的精神内涵，旨在进一步统一思想。
一、对全区卫生健康事业取得的卓越成果给予高度认可
过去一年，全区卫生健康系统展现出了崭新的发展态势，取得了显著的成效，踏上了高质量发展的新征程。
二、突出重点，全力推进各项任务落实
要加快推进分级诊疗制度建设，推动优质医疗资源下沉。要健全疾病预防控制体系，提升应急处置能力。
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rewording_scores_separate_a_rewrite_from_a_real_speech():
    assert score(REWORDED) >= THRESHOLD > score(HELDOUT)


def test_a_reworded_documents_tells_never_reach_the_bank_and_the_rest_is_marked(tmp_path):
    write(tmp_path / "c", "rewrite.txt", REWORDED)
    phrases, report = mine_documents([tmp_path / "c"], jobs=1)
    assert report.per_document[0].reworded
    texts = " ".join(p.text for p in phrases)
    for tell in ("今日", "核心宗旨", "旨在", "卓越", "精神内涵", "展现出", "踏上"):
        assert tell not in texts
    kept = [p for p in phrases if "分级诊疗" in p.text]
    assert kept and all(p.reworded for p in kept)


def test_corpus_rewrite_001_is_scored_and_its_wording_is_not_in_the_bank(corpus_dir):
    _, report = mine_documents([corpus_dir / "001_24f03fbfa045bec9.txt"], jobs=1)
    assert report.per_document[0].reworded_score >= THRESHOLD
    bank = " ".join(p.text for p in load_bank(REPO / "phrasebank"))
    assert "今日" not in bank and "核心宗旨" not in bank and "隆重召开" not in bank


def test_typos_are_corrected_at_cleaning_and_counted():
    from collections import Counter

    made = Counter()
    doc = RawDocument("t.txt", Path("t.txt"), ["同志们：", "要有计划、有步聚地推进改水改厕工作。我讲的很好。"])
    text = "".join(b.text for b in clean_document(doc, corrections=made))
    assert "有步骤地" in text and "讲得很好" in text and "有步聚" not in text
    assert made == Counter({"有步聚→有步骤": 1, "讲的很好→讲得很好": 1})


@pytest.mark.parametrize("sentence, want", [
    ("离不开各部门的支持和配合。", True),
    ("这就要求前移督查重心，加强跟踪问效。", True),
    ("一方面，要建立健全双向转诊标准。", True),
    ("要落实责任；三要强化质量管理。", True),
    ("要加快推进分级诊疗制度建设。", False),
    ("我们也要清醒地看到，问题依然存在。", False),
    # a pair's first half without its second (既…也/又; the turns pass keeps the 也 by this table: compose.turns)
    ("改革成效好不好，既要看群众得到的实惠。", True),
    ("改革成效好不好，既要看群众得到的实惠，也要看医务人员的积极性。", False),
    ("要提拔那些既干事、又干净的干部。", False),
    ("要一如既往地支持基层卫生工作。", False),
    ("既然定了目标，就要抓好落实。", False),
])
def test_what_cannot_stand_alone(sentence, want):
    assert dangles(sentence) is want


def test_pointing_transitions_stand_with_their_need():
    assert not dangles("这些成绩的取得，是各级党委正确领导的结果。", "transition", "credit")
    assert needs("这些成绩的取得，是各级党委正确领导的结果。") == ["antecedent"]
    assert needs("一方面要用足存量，另一方面要做优增量。") == []


PARAGRAPHS = """同志们：
今天召开全县卫生健康工作会议。下面，我讲三点意见。
一、充分肯定成绩
过去一年，全县各项工作取得明显成效。离不开各部门的支持和配合。
二、突出重点，推进基层卫生服务能力建设
要加大对基层的投入，改善乡镇卫生院基础设施条件。要加强全科医生队伍建设，完善乡村医生激励机制。这就要求我们把更多的人力物力投向基层，稳定基层人才队伍。
三、加强领导，强化保障
要切实加强组织领导，层层压实工作责任。要强化督查考核，确保各项任务落到实处。
"""


def test_fragments_are_no_entries_and_runs_keep_them_in_context(tmp_path):
    write(tmp_path / "c", "a.txt", PARAGRAPHS)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    singles = [p for p in phrases if not p.run]
    assert not any(p.text.startswith(("这就要求", "离不开")) for p in singles)
    runs = [p for p in phrases if p.run]
    assert runs and all(p.role == "run" and 2 <= len(p.sentences) <= 4 for p in runs)
    assert all(p.text == "".join(p.sentences) for p in runs)
    assert any("这就要求" in p.text and not p.sentences[0].startswith("这") for p in runs)


def test_a_sentence_records_the_one_after_it_in_its_paragraph(tmp_path):
    write(tmp_path / "c", "a.txt", PARAGRAPHS)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    by_text = {p.text: p for p in phrases if not p.run}
    first = by_text["要加大对基层的投入，改善乡镇卫生院基础设施条件。"]
    second = by_text["要加强全科医生队伍建设，完善乡村医生激励机制。"]
    assert first.next == second.id and not second.next       # 这就要求… after it dangles: no entry, no next
    # the next sentence of another role (组织领导, then 督查考核) is another block's: not recorded
    assert not by_text["要切实加强组织领导，层层压实工作责任。"].next
    assert Phrase.from_dict(first.to_dict()).next == second.id


@pytest.mark.parametrize("text, name", [
    ("安平县人民医院要加快建设。", "安平县"),
    ("刚才，窦晓蓓同志作了报告。", "窦晓蓓"),
    ("与华山医院合作共建。", "华山医院"),
    ("要加快推进分级诊疗制度建设。", None),
    ("各乡镇卫生院要加强管理。", None),
    ("深入贯彻习近平新时代中国特色社会主义思想。", None),
])
def test_particular_names_found_by_pos_tags(text, name):
    assert particular_name(text) == name


def test_particular_speeches_never_enter_the_bank(tmp_path):
    speech = HELDOUT + "\n继续开展基层医疗机构心肺复苏操作比赛。石门镇卫生院要加快完成改造工程，确保年底投入使用。\n"
    write(tmp_path / "c", "s.txt", speech)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    for p in phrases:
        assert "比赛" not in p.text and "石门" not in p.text


def test_sources_carry_the_title_and_hold_the_entry(tmp_path):
    write(tmp_path / "c", "s.txt", HELDOUT)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    assert phrases
    assert all(s.title == "在2025年全区卫生健康工作会议上的讲话" for p in phrases for s in p.sources)
    report = audit_bank(phrases, tmp_path / "c")
    assert report.untraceable == [] and report.noise == []


def test_parallel_mining_gives_the_same_bank(tmp_path):
    for i in range(4):
        write(tmp_path / "c", f"s{i}.txt", HELDOUT.replace("全区", ["全县", "全市", "全区", "全旗"][i]))
    write(tmp_path / "c", "p.txt", PARAGRAPHS)
    one, _ = mine_documents([tmp_path / "c"], jobs=1)
    two, _ = mine_documents([tmp_path / "c"], jobs=2)
    assert [p.to_dict() for p in one] == [p.to_dict() for p in two]


def test_a_document_without_speech_is_named_and_the_run_exits_1(tmp_path, capsys):
    write(tmp_path / "c", "good.txt", HELDOUT)
    write(tmp_path / "c", "toc_only.txt", "目錄/提綱：……\n一、坚定信心\n二、突出重点\n……\n")
    write(tmp_path / "c", "chrome.txt", "收藏 分享(赏)\n讲话.docx\n上传人:g****t 文档编号:1570405\n展开阅读全文\n")
    rc = main(["mine", str(tmp_path / "c"), "-o", str(tmp_path / "bank")])
    failed = [line for line in capsys.readouterr().err.splitlines() if line.startswith("✗")]
    assert rc == 1
    assert len(failed) == 2 and any("toc_only.txt" in f for f in failed) and any("chrome.txt" in f for f in failed)


def test_the_committed_bank_passes_the_audit(corpus_dir):
    phrases = list(load_bank(REPO / "phrasebank"))
    report = audit_bank(phrases, corpus_dir)
    assert report.traceable_share == 1.0, report.untraceable[:10]
    assert report.particular == [] and report.noise == []
    assert all(s.title for p in phrases for s in p.sources)


def test_entries_record_their_valid_window_from_their_tifa_and_source_date():
    from jianggao.corpus.mine import valid_window
    from jianggao.model.bank import Source

    assert valid_window("深入推进卫生计生工作。", ()) == ("2013-03-14", "2019-05-31")
    assert valid_window("要加快推进分级诊疗制度建设。", (Source("a.txt", 3, "在2024年全市卫生健康工作会议上的讲话"),)) \
        == ("2024-01-01", "")
    assert valid_window("要扎实做好各项工作。", ()) == ("", "")
    bank = load_bank(REPO / "phrasebank")
    dated = [p for p in bank if any(p.valid)]
    assert dated and all(not p.valid[1] or p.valid[0] <= p.valid[1] for p in dated)
    assert all(not p.valid_on("2012-06-01") for p in bank if "卫生计生" in p.text and p.valid[0] > "2012-06-01")


# A speech whose title (none here: the file's own name) writes no year, dated only by its own text: 卫生健康委 (2018-03)
# and 健康中国 (2015-10) in other sentences than the plain one asked about (era28).
UNTITLED_2018 = """同志们：
今天召开全区卫生健康工作会议。下面，我讲三点意见。
一、突出重点，推进基层卫生服务能力建设
区卫生健康委要牵头抓好各项任务的落实，推进健康中国建设。要加大对基层的投入，改善乡镇卫生院基础设施条件。
二、加强领导，强化保障
要切实加强组织领导，层层压实工作责任。要强化督查考核，确保各项任务落到实处。
"""


def test_a_line_of_a_speech_whose_title_writes_no_year_is_dated_by_the_speech_s_own_terms(tmp_path):
    from jianggao.corpus.mine import valid_window
    from jianggao.model.bank import Source

    # the registry's start of a term its speech says stands for the title's year; a title's year still wins
    assert valid_window("要扎实做好各项工作。", (Source("a.txt", 3, ""),), spoken=(2018,)) == ("2018-01-01", "")
    assert valid_window("要扎实做好各项工作。", (Source("a.txt", 3, "在2016年全县卫生工作会议上的讲话"),),
                        spoken=(2018,)) == ("2016-01-01", "")
    assert valid_window("要扎实做好各项工作。", (Source("a.txt", 3, ""),), spoken=(None,)) == ("", "")
    write(tmp_path / "c", "speech.txt", UNTITLED_2018)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    plain = [p for p in phrases if "基础设施" in p.text and "卫生健康" not in p.text and "健康中国" not in p.text]
    assert plain and all(p.valid[0] >= "2018-01-01" and not p.valid_on("2014-02-20") for p in plain)


LABELLED = """同志们：
一、提高认识，准确把握卫生工作新形势
当前我国经济社会发展进入新常态。第四，提升卫生形象刻不容缓。一方面，卫生行风问题社会反响强烈，影响了卫生行业的形象。
二、突出重点，扎实推进各项工作
要加快推进分级诊疗制度建设，推动优质医疗资源下沉。
"""


def test_a_numbered_label_is_no_statement_of_the_times(tmp_path):
    """第四，提升卫生形象刻不容缓。 labels the point after it: alone it says nothing (it stood as a paragraph)."""
    write(tmp_path / "c", "a.txt", LABELLED)
    phrases, _ = mine_documents([tmp_path / "c"], jobs=1)
    assert not any(p.text == "提升卫生形象刻不容缓。" for p in phrases if not p.run)
