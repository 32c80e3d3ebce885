"""The quality bench's detectors (bench/quality_checks.py, quality_fit.py) on small hand-written drafts."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import quality_checks as qc  # noqa: E402
import quality_fit as fit  # noqa: E402


def draft(*paragraphs: str) -> qc.Draft:
    text = "在2025年全县卫生健康工作会议上的讲话\n副县长　张明\n\n同志们：\n" + "\n".join("　　" + p for p in paragraphs)
    return qc.parse_draft(text)


CLEAN = ("一年来，全县卫生健康系统坚持以人民健康为中心，各项工作取得新进展。县疾控中心要加强传染病监测，"
         "各乡镇卫生院要做实基本公共卫生服务。这些成绩的取得，凝聚着广大医务人员的心血和汗水。")


def test_parse_draft_reads_title_front_matter_and_headings():
    d = draft("一、肯定成绩，正视问题", CLEAN)
    assert d.title == "在2025年全县卫生健康工作会议上的讲话"
    assert d.paragraphs[0].heading and not d.paragraphs[1].heading
    assert len(qc.sentences(d)) == 3


@pytest.mark.parametrize("sentence, word", [
    ("要加强基层医疗卫生机构建设。", "要"),
    ("一是要着力推进医共体建设。", "要着力"),
    ("（二）必须要坚持预防为主。", "必须要"),
    ("必须坚持人民至上。", "必须"),
])
def test_opener_is_counted(sentence, word):
    assert qc.opener(sentence) == word


@pytest.mark.parametrize("sentence", ["要素保障更加有力。", "县疾控中心要加强监测。", "我们要清醒地看到差距。"])
def test_opener_not_counted(sentence):
    assert qc.opener(sentence) is None


@pytest.mark.parametrize("paragraphs, kind", [
    (("三、强化保障", "这就要求前移督查重心，提升督查实效。"), "section-start-backref"),
    (("离不开各部门的支持和配合。要向广大医务工作者致以崇高的敬意！",), "predicate-start"),
    (("（一）强化组织领导。同时，要把卫生健康工作摆上重要议事日程。",), "section-start-backref"),
    (("一方面，要加强基层卫生人才培养，稳定乡村医生队伍。",), "一方面-without-另一方面"),
    (("首先，要提高思想认识。", "要压实各方责任。"), "首先-without-其次"),
    (("要加快推进紧密型县域医共体建设，提升县域服务能力，",), "cut-off"),
    (("要以“健康县城建设为抓手，推进爱国卫生运动。",), "cut-off"),
])
def test_dangling_is_flagged(paragraphs, kind):
    hard, _ = qc.dangling(draft(*paragraphs))
    assert kind in {f.kind for f in hard}


def test_clean_paragraphs_draw_no_dangling():
    d = draft("一、肯定成绩", CLEAN, "首先，要提高认识。其次，要压实责任。", "一方面要强基层，另一方面要建机制。",
              "这次会议的主要任务是总结工作、部署任务。")
    hard, soft = qc.dangling(d)
    assert hard == [] and soft == []


def test_connective_mid_section_is_soft_not_hard():
    hard, soft = qc.dangling(draft("一、成绩", CLEAN, "同时，我们也要清醒地看到存在的问题。"))
    assert hard == [] and [f.term for f in soft] == ["同时"]


def test_near_duplicates_found_and_distinct_sentences_not():
    a = "要进一步加强基层医疗卫生服务能力建设，让群众在家门口看好病。"
    b = "要切实加强基层医疗卫生服务能力建设，让群众在家门口就能看好病。"
    c = "县疾控中心要完善传染病监测预警体系，做到早发现、早报告。"
    assert len(qc.near_duplicates([a, b, c])) == 1
    assert qc.near_duplicates([a, c]) == []


def test_numbers_per_1000_leave_years_and_dates_aside():
    assert qc.count_numbers("2025年2月18日，签约率达到45.2%，提高3.1个百分点。") == 2


def test_era_words_outside_their_window():
    text = "要以习近平新时代中国特色社会主义思想为指导，做好卫生计生工作。"
    terms = {f.term.split(" ")[0] for f in fit.era_words(text, dt.date(2014, 2, 20))}
    assert "习近平新时代中国特色社会主义思想" in terms and "卫生计生" not in terms
    terms = {f.term.split(" ")[0] for f in fit.era_words(text, dt.date(2021, 2, 20))}
    assert terms == {"卫生计生"}


def test_level_words_of_another_level():
    bad = fit.level_words("在区委、区政府的坚强领导下，全区卫生健康系统奋发有为。", "县")
    assert {f.term for f in bad} == {"区委、区政府", "全区"}
    assert fit.level_words("认真贯彻全市卫生健康工作会议精神，全县上下齐心协力，各乡镇要抓好落实。", "县") == []
    assert [f.term for f in fit.level_words("推动县级中医医院标准化建设。", "区")] == ["县级中医医院"]


def test_particulars_of_another_place():
    found = fit.particulars("学习借鉴泸州市的经验，我县启动第三届健康节。", "", {"临江区", "临江"}, "区")
    kinds = {f.kind for f in found}
    assert {"place", "event", "my-other-level"} <= kinds
    assert fit.particulars("临江区卫生健康局要抓好落实，我区各社区卫生服务中心要做实签约服务。", "",
                          {"临江区", "临江"}, "区") == []


def test_reannounced_speaker_and_logic():
    text = "刚才，李华同志作了工作报告。下面，请李华同志就医保工作讲几点意见。"
    assert any(f.kind == "reannounced" for f in fit.reannounced(text, ["李华"]))
    assert fit.reannounced("刚才，李华同志作了工作报告，我完全同意。", ["李华"]) == []
    found = fit.logic("在过去的一年里，我县卫生健康事业取得了显著成就。受县卫生健康局委托，现在我向大会报告工作，请予审议。",
                     "midyear_review", "县卫生健康局局长")
    assert {f.kind for f in found} == {"midyear-reviews-year", "审议-at-work-meeting", "commissioned-by-own-body"}


def test_shared_share_after_normalising_place():
    a = [qc.normalise_sentence("全县卫生健康系统要坚持以人民健康为中心。", ["青湖县", "青湖"])]
    b = [qc.normalise_sentence("全区卫生健康系统要坚持以人民健康为中心。", ["东坪区", "东坪"])]
    assert qc.shared_share(a, b) == 1.0
    assert qc.shared_share(a, [qc.normalise_sentence("要抓好疾控体系改革，提高监测预警能力。", [])]) == 0.0
    county = qc.normalise_sentence("县疾控中心要指导各乡镇卫生院做好预防接种。", ["青湖县", "青湖"])
    district = qc.normalise_sentence("区疾控中心要指导各街道卫生院做好预防接种。", ["东坪区", "东坪"])
    assert county == district


def test_shared_with_any_other_draft_and_recurring_sentences():
    common = "各单位主要负责同志要亲自抓、负总责。"
    drafts = {
        "a": [common, "县疾控中心要完善传染病监测预警体系。", "短句。"],
        "b": [common, "各乡镇卫生院要做实家庭医生签约服务。"],
        "c": [common, "县疾控中心要完善传染病监测预警体系。"],
        "d": ["要把爱国卫生运动同健康城市建设结合起来。"],
    }
    shares = qc.shared_with_any(drafts)
    assert shares == {"a": 1.0, "b": 0.5, "c": 1.0, "d": 0.0}     # 短句 (under 8 characters) is not counted
    assert qc.recurring(drafts) == [(common, ["a", "b", "c"])]
    assert [s for s, _ in qc.recurring(drafts, least=2)] == [common, "县疾控中心要完善传染病监测预警体系。"]


def test_the_bench_counts_sentences_in_two_drafts_as_the_readers_did():
    """bench_quality.shared_any: every sentence word for word in two drafts or more, and those of LONG_SENTENCE
    characters or more (reading22 counted "at least 35 sentences in two or three drafts"; a heading 一是… is short)."""
    import bench_quality as bq
    stock = "基层医疗卫生机构是公共卫生服务的网底，要把健康管理服务落实到每一个村组、每一户家庭。"
    drafts = [{"id": i, "seed": None, "ok": True, "rich": False, "norm": norm} for i, norm in (
        ("a", [stock, "五是加强儿童健康服务。", "县疾控中心要完善传染病监测预警体系。"]),
        ("b", [stock, "五是加强儿童健康服务。"]),
        ("c", ["要把爱国卫生运动同健康城市建设结合起来。"]))]
    got = bq.shared_any(drafts)
    assert got["in_2_or_more"] == 2 and got["long_in_2_or_more"] == 1 and len(stock) >= bq.LONG_SENTENCE


# --- one idea once: item names said again, a measure in two sentences ------------------------------------------------

def test_item_name_drops_the_opening_verb():
    assert qc.item_name("深化紧密型县域医共体建设") == "紧密型县域医共体建设"
    assert qc.item_name("集中力量实施卫生人才引育工程") == "卫生人才引育工程"
    assert qc.item_name("推进医改") == "推进医改"       # too short without its verb: said whole


def test_item_mentions_count_the_name_and_leave_facts_aside():
    body = ("紧密型县域医共体建设通过省级评估。把今年紧密型县域医共体建设、传染病监测预警体系等任务部署下去。\n"
            "一是深化紧密型县域医共体建设。紧密型县域医共体建设要见到实效。\n对紧密型县域医共体建设等任务推进不力的，要约谈。\n"
            "深化紧密型县域医共体建设这件事，要定下时间表。")
    items = ["深化紧密型县域医共体建设", "健全传染病监测预警体系", "抓好慢性病综合防控"]
    got = qc.item_mentions(body, items, ["紧密型县域医共体建设通过省级评估"])
    assert got == {"深化紧密型县域医共体建设": 4, "健全传染病监测预警体系": 1, "抓好慢性病综合防控": 0}
    assert qc.names_over(body, items, ["紧密型县域医共体建设通过省级评估"]) == {"深化紧密型县域医共体建设": 4}


def test_a_longer_item_name_is_not_also_the_shorter_one():
    got = qc.item_mentions("推进县级公立医院综合改革。", ["推进县级公立医院综合改革", "推进公立医院综合改革"])
    assert got == {"推进县级公立医院综合改革": 1, "推进公立医院综合改革": 0}


def test_same_measure_finds_a_run_said_twice_but_not_the_briefs_words():
    sents = ["推进医共体内人员、财务、药品、信息统一管理，让牵头医院和成员单位拧成一股绳。",
             "各乡镇卫生院要配合推进医共体内人员、财务、药品统一管理。",
             "一是深化紧密型县域医共体建设。", "深化紧密型县域医共体建设要见到实效。"]
    pairs = qc.same_measure(sents, brief=["深化紧密型县域医共体建设"])
    assert [(a[:6], b[:6]) for a, b, _ in pairs] == [(sents[0][:6], sents[1][:6])]
    assert pairs[0][2] == "推进医共体内人员财务"         # the first run of ten, the list's marks dropped


def test_prefix_findings_count_a_prefix_on_a_verb_that_does_not_take_it_and_past_its_ration():
    sents = ["要着力会同体育部门推动体医融合。", "要切实加强组织领导。", "要切实加强督查。", "要切实加强考核。",
             "集中力量规范预防接种门诊管理。", "一是要进一步推进信息公开。"]
    misfit, counts = qc.prefix_findings(sents)
    assert misfit == [sents[0], sents[4], sents[5]]
    assert counts == {"要着力": 1, "要切实": 3, "集中力量": 1, "要进一步": 1}
    assert qc.prefix_over(counts) == 1


def test_opening_runs_and_a_word_said_thrice_in_a_short_paragraph():
    runs = qc.opening_runs(["一是加强人才培养。加强A。要加强B。加强C。推进D。",
                            "下半年，要抓A。下半年要抓B。局里要抓C。"])
    assert runs == [("加强", 4, "一是加强人才培养。")]
    assert ("规范", 4) in qc.word_thrice("规范预防接种门诊管理。落实疫苗全流程管理，规范预防接种服务。接种门诊要按规范设置、规范操作。")
    assert qc.word_thrice("三是加强出生缺陷防治。加强孕前保健，筛查出的患儿及时转诊。") == []
