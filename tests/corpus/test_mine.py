"""Mining: particulars become slots or the phrase is dropped; duplicates merge; curation applies; bad files are skipped."""
from __future__ import annotations

from pathlib import Path

import pytest
import support

from jianggao.corpus.curate import Curation, apply_decisions, load_curation
from jianggao.corpus.dedupe import Candidate, merge
from jianggao.corpus.generalize import generalize, particular_reason
from jianggao.corpus.mine import build_bank, mine_documents, write_bank
from jianggao.errors import PhraseBankError
from jianggao.model.bank import load_bank


@pytest.mark.parametrize("raw, ctx, want", [
    ("全县卫生健康系统要凝心聚力。", "", "{scope}卫生健康系统要凝心聚力。"),
    ("在县委、县政府的正确领导下，各项工作稳步推进。", "", "在{org}的正确领导下，各项工作稳步推进。"),
    ("在区委区政府的坚强领导下，取得明显成效。", "", "在{org}的坚强领导下，取得明显成效。"),
    ("区卫计局要加强督导。", "", "{bureau}要加强督导。"),
    ("县卫生局牵头抓好落实。", "", "{bureau}牵头抓好落实。"),
    ("我区医疗服务能力不断提升。", "", "我{level}医疗服务能力不断提升。"),
    ("刚才，吴局长通报了上半年工作，我完全同意。", "agreement", "刚才，{person}通报了上半年工作，我完全同意。"),
    ("下面，我讲三点意见。", "outline", "下面，我讲{count}点意见。"),
    ("回顾⟨年⟩年，各项工作取得明显成效。", "", "回顾{prev_year}年，各项工作取得明显成效。"),
    ("⟨年⟩年要重点抓好分级诊疗制度建设。", "", "{year}年要重点抓好分级诊疗制度建设。"),
    ("根据会议安排，我代表⟨某⟩镇作如下简要发言。", "opening", "根据会议安排，我代表{region}作如下简要发言。"),
    ("为建设健康临水作出新的更大贡献。", "", "为建设健康{region_short}作出新的更大贡献。"),
    ("全面推进健康中国建设。", "", "全面推进健康中国建设。"),
    ("要健全县、乡、村三级服务网络。", "", "要健全县、乡、村三级服务网络。"),
])
def test_particulars_become_slots(raw, ctx, want):
    assert generalize(raw, role_context=ctx) == want


@pytest.mark.parametrize("raw", [
    "大丰人民医院医疗集团要种好医联体这块试验田。",        # a place and a unit
    "盐城市卫生计生监督技能竞赛获团体二等奖。",
    "全区共出生3882人，圆满完成了人口指标。",              # digits
    "突出抓好“三件大事”，着力提升“四项重点”。",            # counts used as particulars
    "巩固提升新农合保障能力。",                             # outdated policy
    "与⟨某⟩市第一中医院的合作谈判工作要积极稳妥推进。",   # a blanked name
    "今年霞波书记在区委经济工作报告中明确指出。",          # a person
    "刚才，吴局长通报了情况。",                             # a person outside the agreement
    "为建设“强富美高”新大丰做出新的更大贡献。",
    "⟨年⟩年是十三五规划的开局之年。",                       # true of one year only
    "县医院要购置一定数量中医诊疗设备。",                    # a particular hospital
    "咱们要把底子摸清楚。",                                 # colloquial
])
def test_particulars_that_cannot_be_slotted_drop_the_phrase(raw):
    assert generalize(raw) is None


def test_general_text_has_no_reason():
    assert particular_reason("要加强乡镇卫生院和村卫生室建设，提升城乡居民健康水平。") is None
    assert particular_reason("深入学习贯彻党的二十大精神。") is None


def cand(text, cat="task", role="item", doc="a.txt", line=1):
    return Candidate(text, cat, role, ["general"], set(), [(doc, line)])


def test_near_duplicates_merge_keeping_count_and_sources():
    merged = merge([
        cand("要进一步加强基层医疗卫生服务体系建设。", line=3),
        cand("要进一步加强基层医疗卫生服务体系建设！", doc="b.txt", line=9),     # same after punctuation
        cand("要进一步加强基层医疗卫生服务体系的建设。", line=20),             # ≥ 0.9 similar
        cand("要大力开展爱国卫生运动。", line=30),
    ])
    assert [c.count for c in merged] == [3, 1]
    # the 0.9-similar variant is counted; its line does not hold this wording, so it is not cited
    assert merged[0].sources == [("a.txt", 3), ("b.txt", 9)]


def test_curation_file_decisions(tmp_path):
    f = tmp_path / "_curation.yaml"
    f.write_text(
        "edit: [{from: 效劳, to: 服务}]\n"
        "merge: [{into: 要切实加强对卫生工作的组织领导。, from: [要进一步加强对卫生健康工作的领导。]}]\n"
        "retag: [{text: 要切实加强对卫生工作的组织领导。, category: safeguard, role: leadership}]\n"
        "drop: [{text: 要大力开展群众性爱国卫生运动。}, {re: 试点}, {id: task.item.004}]\n", encoding="utf-8")
    cur = load_curation(f)
    cands = [cand("要切实加强对卫生工作的组织领导。"), cand("要进一步加强对卫生健康工作的领导。"),
             cand("要大力开展群众性爱国卫生运动。"), cand("要稳妥推进公立医院改革试点。"),
             cand("要不断提升基层效劳水平。", line=5), cand("要健全完善绩效考核机制。", line=6),
             cand("要强化督查问责和跟踪问效。", line=7)]
    bank = build_bank(cands, cur)
    texts = {p.id: p.text for p in bank}
    # dropped entries leave gaps (001, 002, 004): the numbers of the others do not move
    assert texts == {"task.item.003": "要不断提升基层服务水平。", "task.item.005": "要强化督查问责和跟踪问效。",
                     "safeguard.leadership.001": "要切实加强对卫生工作的组织领导。"}
    lead = next(p for p in bank if p.category == "safeguard")
    assert lead.count == 2


@pytest.mark.parametrize("content", ["drop: [{text: a}]\nfoo: 1\n", "retag: [{text: a, category: task, role: nope}]\n",
                                     "drop: [{what: a}]\n", "edit: [{from: a}]\n", ": : :\n"])
def test_broken_curation_file_is_a_phrasebank_error(tmp_path, content):
    f = tmp_path / "_curation.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(PhraseBankError) as err:
        load_curation(f)
    assert str(f) in str(err.value)


def test_missing_curation_means_no_decisions(tmp_path):
    assert load_curation(tmp_path / "none.yaml").size == 0
    assert apply_decisions(Curation(), [cand("x")])[0].text == "x"


SPEECH = """同志们：
今天召开全县卫生健康工作会议，主要任务是总结工作、部署任务。刚才，张局长作了工作报告，我完全同意，请大家抓好落实。下面，我讲三点意见。
一、肯定成绩，正视问题
过去的一年，全县卫生健康工作取得明显成效，基层服务能力不断提升。
这些成绩的取得，是县委、县政府正确领导的结果，是全县卫生健康系统广大干部职工团结拼搏的结果。
在肯定成绩的同时，我们也要清醒地看到，我县卫生健康工作还存在一些短板和不足。
二、突出重点，推动卫生健康工作再上新台阶
（一）深化医药卫生体制改革。要加快推进分级诊疗制度建设，提升县域医疗服务能力。
三、加强领导，确保各项任务落到实处
要切实加强组织领导，层层压实工作责任。要强化督查考核，确保各项任务落到实处。
同志们，让我们凝心聚力、开拓创新、攻坚克难，为建设健康家园作出新的更大贡献！
"""


def test_mine_a_small_corpus_streams_and_skips_bad_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SPEECH, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    clean_dir = tmp_path / "clean"
    phrases, report = mine_documents([corpus], clean_dir=clean_dir)
    assert report.documents == 1 and report.speeches == 1
    assert sorted(Path(e.file).name for e in report.failed) == ["empty.txt", "pic.txt"]
    by_role = {(p.category, p.role): p for p in phrases}
    assert by_role[("outline", "announce")].text == "下面，我讲{count}点意见。"
    assert by_role[("agreement", "agree")].text.startswith("刚才，{person}作了工作报告，我完全同意")
    assert by_role[("transition", "credit")].text.startswith("这些成绩的取得，是{org}正确领导的结果")
    assert ("safeguard", "leadership") in by_role and ("closing", "exhortation") in by_role
    assert all(s.doc == "a.txt" and 1 <= s.line <= 12 for p in phrases for s in p.sources)
    # the cleaned text as printed (headings verbatim), and the segmented view for inspection beside it;
    # each named by the document's relative path with its extension kept (issue 10)
    assert (clean_dir / "a.txt.txt").read_text(encoding="utf-8").splitlines()[:4] == SPEECH.strip().splitlines()[:4]
    assert (clean_dir / "segmented" / "a.txt.txt").read_text(encoding="utf-8").startswith("==== 讲话 1")
    out = tmp_path / "bank"
    write_bank(phrases, out)
    assert len(load_bank(out)) == len(phrases)


FIXTURES = support.FIXTURES / "corpus"


@pytest.mark.parametrize("corrupt", ["traditional_with_pinyin", "spun_in_page_chrome", "fanwen_collection_page"])
def test_a_corrupted_copy_of_an_unseen_speech_mines_like_the_clean_one(tmp_path, corrupt):
    import corruptions

    speech = (FIXTURES / "speech_linshui.txt").read_text(encoding="utf-8")
    other = (FIXTURES / "speech_other.txt").read_text(encoding="utf-8")
    clean_dir, dirty_dir = tmp_path / "clean", tmp_path / "dirty"
    clean_dir.mkdir()
    dirty_dir.mkdir()
    (clean_dir / "s.txt").write_text(speech, encoding="utf-8")
    fn = getattr(corruptions, corrupt)
    dirty = fn(speech, other) if corrupt == "fanwen_collection_page" else fn(speech)
    (dirty_dir / "s.txt").write_text(dirty, encoding="utf-8")
    want = {p.text for p in mine_documents([clean_dir])[0]}
    got = {p.text for p in mine_documents([dirty_dir])[0]}
    assert len(want) >= 15
    assert len(want & got) >= 0.9 * len(want)
    for text in got:
        assert particular_reason(text) is None, text


def test_write_bank_replaces_its_files_and_removes_stale_categories(tmp_path):
    out = tmp_path / "bank"
    out.mkdir()
    (out / "_curation.yaml").write_text("drop: []\n", encoding="utf-8")
    closing = cand("同志们，让我们凝心聚力、开拓创新，为建设健康家园作出新的更大贡献！", cat="closing", role="exhortation")
    write_bank(build_bank([cand("要加快推进分级诊疗制度建设。"), closing], Curation()), out)
    assert (out / "closing.yaml").exists()
    bank = build_bank([cand("要加快推进分级诊疗制度建设。")], Curation())
    written = write_bank(bank, out)
    assert [p.name for p in written] == ["task.yaml"]
    assert sorted(p.name for p in out.iterdir()) == [".jianggao-bank", "_curation.yaml", "task.yaml"]
    assert load_bank(out).get("task.item.001").text == "要加快推进分级诊疗制度建设。"


def test_decisions_that_match_nothing_are_reported_stale():
    cur = Curation(drop_texts={"要大力开展群众性爱国卫生运动。", "已经不存在的说法。"},
                   retags=[{"text": "也不存在了。", "category": "task", "role": "item"}])
    stale: list[str] = []
    build_bank([cand("要大力开展群众性爱国卫生运动。")], cur, stale=stale)
    assert stale == ["retag: 也不存在了。", "drop: 已经不存在的说法。"]
