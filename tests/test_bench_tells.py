"""The tell-checker (bench/tells.py) on small hand-written drafts: each tell the blind readers named is counted, and
a paragraph written as the corpus's are is not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import tells  # noqa: E402


def draft(*paragraphs: str) -> str:
    return "在2025年全县卫生健康工作会议上的讲话\n副县长　张明\n\n同志们：\n" + "\n".join("　　" + p for p in paragraphs)


def test_a_heading_said_again_as_the_next_sentences_subject_is_counted():
    found = tells.count_tells(draft("二是推进疾控体系改革。疾控体系改革要理顺职责，把核心能力建起来。",
                                    "（三）持续改善医疗服务。改善医疗服务没有止境，就诊流程还要继续优化。"))
    assert found["heading"]["n"] == 2


def test_a_subsection_opening_on_its_own_act_is_not():
    found = tells.count_tells(draft("二是推进疾控体系改革。按照省里的部署，县疾控中心今年要把监测预警能力建起来。"))
    assert found["heading"]["n"] == 0


def test_spoken_lines_are_counted_and_a_shape_said_twice_is_named():
    found = tells.count_tells(draft("乡村医生队伍老化，今年要下决心解决。任务要一项一项往前推。",
                                    "这几件事要一件一件抓在手上，不见成效不撒手。把缺口一项一项补齐。"))
    assert found["spoken"]["n"] == 5
    assert found["spoken_same"]["lines"] == ["一项一项×2"]


def test_the_fixed_target_frames_are_counted_and_a_plain_target_is_not():
    found = tells.count_tells(draft("适龄儿童免疫规划疫苗接种率保持在95%以上，这是今年要完成的硬任务。",
                                    "今年要努力实现的目标是孕产妇死亡为零。",
                                    "年内，县域内就诊率力争由92.4%提高到93%。"))
    assert found["target"]["n"] == 2


def test_the_situation_frame_is_a_tell_only_as_a_rotation():
    one = tells.count_tells(draft("从群众期盼看，少往外跑是群众最实在的期待。", "基层接不住，群众小病也要到大医院看。"))
    assert one["frame"]["n"] == 0
    three = tells.count_tells(draft("从上级部署看，党的二十大提出推进健康中国建设。", "从群众期盼看，少往外跑是群众最实在的期待。",
                                    "从自身发展看，基层接不住，群众小病也要到大医院看。"))
    assert three["frame"]["n"] == 3


def test_a_policys_news_standing_alone_is_counted_and_one_joined_to_its_meaning_is_not():
    assert tells.bare_news("党的二十届四中全会对“十五五”时期经济社会发展作出了全面部署。")
    assert tells.bare_news("中共中央、国务院印发关于加强新时代老龄工作的意见。")
    assert not tells.bare_news("国务院办公厅印发关于推动疾病预防控制事业高质量发展的指导意见，为推动疾控事业高质量发展指明了方向。")
    assert not tells.bare_news("党的二十届四中全会对“十五五”时期经济社会发展作出了全面部署，"
                               "今年医改等各项工作都要按照全会的要求来谋划、来推进。")


def test_a_paragraph_with_no_subject_is_counted():
    found = tells.count_tells(draft("让疾控机构既能抓预防，又能指导医疗机构。", "二是深化公立医院改革。重在管理体制和补偿机制。",
                                    "县疾控中心要把监测预警能力建起来。"))
    assert found["subjectless"]["n"] == 2


# --- the structural tells (tells28, blind readings 50–51) ---------------------------------------------------------------

def paragraphs(*lines: str) -> list[str]:
    return tells._draft_paragraphs(draft(*lines))


def test_a_checklist_of_measures_is_counted_and_a_developed_paragraph_is_not():
    listed = paragraphs("三是加强疫苗管理。接种单位要规范设置。冷链设备定期维护。疫苗出入库实行扫码登记。")
    developed = paragraphs("三是加强疫苗管理。接种单位要规范设置。为此，县疾控中心要逐个核查接种单位。"
                           "核查中发现的问题，年底前整改到位。")
    assert len(tells.structure_counts(listed)["checklist"]) == 1
    assert tells.structure_counts(developed)["checklist"] == []


def test_sentences_opening_on_one_subject_are_counted_and_a_bare_yao_apart():
    found = tells.structure_counts(paragraphs("县疾控中心要加强监测。县疾控中心要做好报告。医联体要共享资源。医联体建设不能停留在挂牌上。",
                                              "要加强领导。要压实责任。"))
    assert len(found["same_subject"]) == 2
    assert len(found["bare_yao"]) == 1


def test_the_answer_frame_staged_talk_and_placeholders_are_counted():
    found = tells.structure_counts(paragraphs(
        "前面讲到的村医老化问题，基层卫生工作要盯住不放，拿出有针对性的措施，尽快见到成效。",
        "解决这些问题，光靠卫生健康部门一家不行。今年考核，重点看会上点到的问题解决了没有。",
        "紧密型县域医共体建设等任务要建立台账。主动承担公共卫生、急诊急救和基层帮扶等任务。"))
    assert len(found["answer_frame"]) == 1
    # (one list of spoken phrases, bench/tells.SPOKEN: the answer frame's 盯住不放 is one of them)
    assert [x.split("]")[0] for x in found["staged"]] == ["[盯住不放", "[重点看…没有", "[光靠…一家"]
    assert found["placeholder"] == ["紧密型县域医共体建设等任务"]


def test_a_lone_first_item_is_counted_and_one_with_its_second_is_not():
    lone = paragraphs("（一）深化医改。一是推进医共体建设。医共体要统一管理。", "（二）加强公共卫生。一是做好接种。")
    paired = paragraphs("（一）深化医改。一是推进医共体建设。医共体要统一管理。", "二是深化公立医院改革。",
                        "改革哪一方面跟不上都不行。")
    assert len(tells.structure_counts(lone)["lone_ordinal"]) == 2
    assert tells.structure_counts(paired)["lone_ordinal"] == []


def test_a_generic_duty_glued_on_is_counted():
    found = tells.structure_counts(paragraphs("四是保障基本用药。基本药物要优先配备使用，短缺药品及时预警。",
                                              "各责任单位要把医改的各项任务列入本单位年度重点工作，主要负责同志亲自抓。"))
    assert len(found["glued_closer"]) == 1


def test_the_structure_report_gives_rates_per_1000_characters_beside_the_corpus():
    report = tells.structure_report([paragraphs("要加强领导。要压实责任。")], [paragraphs("要加强领导，压实责任。")])
    assert report["drafts"]["n"]["bare_yao"] == 1 and report["corpus"]["n"]["bare_yao"] == 0
    assert report["drafts"]["per_1000"]["bare_yao"] == round(1000 / report["drafts"]["chars"], 3)


def test_one_list_of_spoken_phrases_serves_both_counts():
    """--spoken (count_tells) and --structure (staged) read the one SPOKEN list: 心中有数 once, in all its forms."""
    assert not hasattr(tells, "STAGED")
    line = "大家心里都有了数，任务要一项一项往前推，光靠卫生健康部门一家不行。"
    spoken = tells.count_tells(draft(line))["spoken"]["lines"]
    staged = tells.structure_counts(paragraphs(line))["staged"]
    assert [x.split("]")[0] for x in spoken] == [x.split("]")[0] for x in staged] == ["[一项一项", "[心中有数", "[光靠…一家"]


def test_blind_reading_55s_tells_are_counted_and_the_corpuss_own_lines_are_not():
    """--blind: staged plain talk, a figure's lay gloss, a who-does-what list, a remark about the speech itself."""
    found = tells.blind_counts([
        "县卫生健康局要把需要补充的岗位和人数算清楚，通过公开招聘先补上一批。",
        "平均住院日降至7.9天，群众住院的时间缩短了。",
        "县卫生健康局要逐户建立台账，县人民医院要落实一站式结算，各乡镇卫生院要把签约服务落实到每一户。",
        "这些问题，今年的任务中都有针对性的安排，后面部署时一并来讲。"])
    assert {k: len(v) for k, v in found.items()} == {"plain": 1, "gloss": 1, "who_does": 1, "meta": 1}
    real = tells.blind_counts([
        "全县新农合参合率达到98.6%，比上年提高1.2个百分点。",
        "对此，我们要高度重视，并切实加以解决。",
        "下面，我讲三点意见。",
        "各乡镇要加强领导，确保应急队伍拉得出、用得上。"])
    assert all(not v for v in real.values()), real
