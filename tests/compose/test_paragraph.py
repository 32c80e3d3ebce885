"""The shape of a paragraph (compose.paragraph): the blind readers' tells of issue 13 — a subsection restating its
heading, a spoken-style line in every paragraph, a fixed target frame, the situation's 从…看 rotation, a policy's news
standing alone — on hand-made paragraphs, and on every bench and sample brief as a whole speech."""
from __future__ import annotations

import datetime as dt
import sys

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import paragraph as shape
from jianggao.compose.core import NEWS_DAYS, compose, in_force

sys.path.insert(0, str(REPO / "bench"))
import tells  # noqa: E402

BRIEFS = sorted((REPO / "bench" / "briefs").glob("*.yaml")) + sorted((REPO / "samples").glob("*.yaml"))


def test_a_run_in_item_opening_on_its_own_words_takes_a_later_standing_sentence_first():
    para = ["二是推进疾控体系改革。", "疾控体系改革要理顺疾控机构的职责。",
            "县疾控中心要把监测预警、检验检测这些核心能力建起来。", "三是抓好慢性病防控。", "慢性病防控要抓住危险因素。"]
    shape.lead_not_heading(para)
    assert para[1].startswith("县疾控中心要")
    assert sorted(para) == sorted(["二是推进疾控体系改革。", "疾控体系改革要理顺疾控机构的职责。",
                                   "县疾控中心要把监测预警、检验检测这些核心能力建起来。", "三是抓好慢性病防控。",
                                   "慢性病防控要抓住危险因素。"])
    # the third item has nothing to take first: it is left as it is, never reordered across items
    assert para[3:] == ["三是抓好慢性病防控。", "慢性病防控要抓住危险因素。"]


def test_a_sentence_that_leans_back_or_has_no_subject_never_goes_first():
    body = ["改善医疗服务没有止境，就诊流程还要继续优化。", "这也是群众最直接的感受。",
            "让群众少跑腿、少排队。", "同时要推广预约诊疗。"]
    before = list(body)
    shape.lead_not_heading(body, "持续改善医疗服务")
    assert body == before


def test_a_heading_body_that_opens_otherwise_is_left_alone():
    body = ["各乡镇卫生院要对照标准补齐差距。", "基层医疗卫生机构标准化建设要稳步推进。"]
    shape.lead_not_heading(body, "推进基层医疗卫生机构标准化建设")
    assert body[0].startswith("各乡镇卫生院")


def test_spoken_lines_are_rationed_and_never_two_of_a_shape():
    parts = [[["基层能力不强，今年要下决心解决。", "要一项一项往前推。"],
              ["把这几件事一件一件抓在手上，不见成效不撒手。", "对落后的约谈主要负责同志。"],
              ["把任务一项一项落实。", "是今年要啃的硬骨头。"]]]
    shape.ration_spoken(parts)
    said = [shape.spoken_shape(s) for part in parts for para in part for s in para]
    kept = [x for x in said if x]
    assert len(kept) <= shape.SPOKEN_PER_SPEECH
    assert len(kept) == len(set(kept))
    # the plain wording keeps the sentence's sense and its place
    assert parts[0][2][0] == "把任务逐项落实。"
    assert parts[0][2][1] == "是今年要攻克的难点。"


def test_a_brief_sentence_keeps_its_spoken_words():
    parts = [[["今年要下决心解决。", "要一项一项往前推。", "一件一件抓。", "硬骨头要啃。", "村医一个一个配齐。"]]]
    shape.ration_spoken(parts, ("村医一个一个配齐",))
    assert parts[0][0][-1] == "村医一个一个配齐。"


def test_a_plenums_news_is_joined_to_what_it_means_for_the_speechs_work():
    news = "党的二十届四中全会对“十五五”时期经济社会发展作出了全面部署。"
    para = ["主要是总结去年的工作。", news]
    shape.join_news(para, "今年", "医改、公共卫生")
    assert para[1].startswith(news[:-1] + "，今年医改、公共卫生等各项工作都要按照全会的要求")
    assert not tells.bare_news(para[1])


@pytest.mark.parametrize("news", ["国务院办公厅印发《中国防治慢性病中长期规划》，对慢性病综合防控作出了全面部署。",
                                  "中共中央、国务院印发关于促进中医药传承创新发展的意见，全国中医药大会对推动中医药传承创新发展作出了部署。"])
def test_a_field_documents_news_asks_its_own_tasks_not_the_speechs_other_areas(news):
    para = [news]
    shape.join_news(para, "今年", "公共卫生、基层卫生")
    assert para[0].startswith(news[:-1] + "，今年要对照文件要求")
    assert "公共卫生、基层卫生" not in para[0]
    assert not tells.bare_news(para[0])


def test_news_with_its_meaning_is_left_as_written():
    para = ["国务院办公厅印发关于推动疾病预防控制事业高质量发展的指导意见，为推动疾控事业高质量发展指明了方向。"]
    before = list(para)
    shape.join_news(para, "今年", "公共卫生")
    assert para == before


def test_a_documents_issue_is_news_for_about_a_year_only():
    entries = [{"text": "中共中央、国务院印发关于加强新时代老龄工作的意见，对老龄工作作出部署。", "from": "2021-11-24", "to": None},
               {"text": "党的二十大报告提出推进健康中国建设。", "from": "2022-10-16", "to": None}]
    assert len(in_force(entries, dt.date(2022, 3, 1), news_days=NEWS_DAYS)) == 1
    assert in_force(entries, dt.date(2026, 3, 1), news_days=NEWS_DAYS) == ["党的二十大报告提出推进健康中国建设。"]
    # the rule holds wherever dated wording names a document, not only in the situation part: a special meeting
    # cites its subject's standing document as 按照《…》的要求, in the entry's ``standing`` form, or not at all
    # (issue 13, situ20: a 2017 规划 told as just issued at a 2021 meeting)
    assert in_force(entries, dt.date(2026, 3, 1)) == ["党的二十大报告提出推进健康中国建设。"]
    standing = [{**entries[0], "standing": "按照《关于加强新时代老龄工作的意见》的要求，老年健康服务要一项一项落实。"}]
    # (a document of the year before is last year's news: 去年，… — era28's reading, 国务院办公厅印发《…》 told at a
    # 2023-03 meeting as if it had just happened)
    assert in_force(standing, dt.date(2022, 3, 1)) == ["去年，" + entries[0]["text"]]
    assert in_force(standing, dt.date(2026, 3, 1)) == [standing[0]["standing"]]
    # news for a year: a document of 2015-01 is news at a meeting of 2015-12, not at the next year's February
    jan = [{"text": "国务院印发《关于进一步加强新时期爱国卫生工作的意见》，作出了部署。", "from": "2015-01-13", "to": None}]
    assert in_force(jan, dt.date(2015, 12, 20)) and not in_force(jan, dt.date(2016, 2, 10))
    # the situation part hears only news (news_in_force): no standing form
    assert in_force(standing, dt.date(2026, 3, 1), news_days=NEWS_DAYS, standing=False) == []


def test_staged_plain_talk_is_said_in_the_speechs_register():
    parts = [[["解决这些问题，光靠卫生健康部门一家不行，涉及编制的，县政府将统筹研究。",
               "群众关心的事，说起来都很具体：看病要方便。"],
              ["三季度末，局里要组织一次全面督查，重点看各项任务完成了多少、质量怎么样，发现的问题及时反馈。",
               "今年考核，重点看会上点到的问题解决了没有，问题没有解决的单位，年底不能评先评优。",
               "医改成效怎么样，最终要看群众看病是不是方便了。", "中医适宜技术要在基层推广开来。"]]]
    shape.ration_spoken(parts)
    text = "".join(s for part in parts for para in part for s in para)
    assert not any(shape.spoken_shape(s) for part in parts for para in part for s in para), text
    assert "一家不行" not in text and "重点看" not in text and "说起来" not in text
    assert "需要各方面共同努力，涉及编制的" in text
    assert "群众关心的事都很具体：" in text
    assert "重点检查各项任务的完成进度和质量，发现的问题" in text
    assert "重点考核会上点到的问题的解决情况，问题没有解决的单位" in text
    # … and a line spoken through stays spoken, word for word (the paired reader: 是不是方便了, not 是否方便了)
    assert "医改成效怎么样，最终要看群众看病是不是方便了。" in text
    assert "中医适宜技术要在基层推广开来。" in text


def test_a_long_speech_keeps_one_spoken_line_and_a_short_one_none():
    line = "要一项一项往前推。"
    short = [[[line, "今年要下决心解决。"]]]
    shape.ration_spoken(short)
    assert not any(shape.spoken_shape(s) for s in short[0][0])
    long = [[[line, "今年要下决心解决。", "各" + "项" * shape.SPOKEN_CHARS + "。"]]]
    shape.ration_spoken(long)
    assert [shape.spoken_shape(s) for s in long[0][0]][:2] == ["一项一项", ""]


def test_a_list_of_measures_runs_two_neighbours_on_in_one_sentence():
    para = ["一是持续改善群众就医感受。", "推进检查检验结果互认，减少重复检查。",
            "畅通医疗投诉渠道，把投诉反映的问题作为改善医疗服务的重点。", "做好出院患者随访和健康指导。"]
    room = ["各" * shape.JOIN_CHARS + "。"]          # a speech long enough for one join
    shape.develop_lists([[para, room]])
    # the shortest pair, nothing added or dropped but a full stop
    assert para == ["一是持续改善群众就医感受。", "推进检查检验结果互认，减少重复检查。",
                    "畅通医疗投诉渠道，把投诉反映的问题作为改善医疗服务的重点；做好出院患者随访和健康指导。"]
    # … and a short speech joins none (the ；a join adds is a tell past the corpus's 1.7 a 1,000 characters)
    short = ["推进检查检验结果互认。", "畅通医疗投诉渠道。", "做好出院患者随访。"]
    shape.develop_lists([[short]])
    assert "；" not in "".join(short)


def test_a_run_still_listed_takes_its_last_measure_up_a_few_times_a_speech():
    def listed() -> list[str]:
        return ["县医院要开设心理门诊。", "推进精神卫生专业队伍建设，每个乡镇卫生院都要有培训过的防治人员。",
                "县疾控中心要做好患者随访。", "做好严重精神障碍患者的服药管理。"]
    paras = [listed() for _ in range(shape.LIST_TURNS + 1)]
    shape.develop_lists([paras])
    lasts = [p[-1] for p in paras]
    # (同时 only, never 此外: blind38's tacked-on 此外 line)
    assert lasts[0] == "同时，要做好严重精神障碍患者的服药管理。"
    assert lasts[1:] == ["做好严重精神障碍患者的服药管理。"] * shape.LIST_TURNS


def test_a_measure_whose_topic_is_a_verb_phrase_is_taken_up_without_a_second_yao():
    """(提升患者体验要延伸到诊后 opens on a verb, but its 要 is already said: 同时，要提升患者体验要延伸到诊后)"""
    para = ["医院要优化挂号、候诊流程。", "把患者意见作为改进服务的依据。", "县医院要开设便民门诊。",
            "提升患者体验要延伸到诊后，医疗机构要做好随访。"]
    shape.develop_lists([[para]])
    assert para[-1].endswith("提升患者体验要延伸到诊后，医疗机构要做好随访。")
    assert para[-1].startswith(("此外，", "同时，")) and "要提升" not in para[-1]


def test_a_developed_run_a_doers_duty_and_the_briefs_words_are_left_as_sentences():
    developed = ["推进检查检验结果互认。", "同时，畅通医疗投诉渠道。", "做好出院患者随访。"]
    doer = ["计划生育协会要反映家庭的困难。", "推进流动人口服务均等化。", "做好政策解读。"]
    brief = ["建成胸痛中心。", "推进远程会诊。", "做好随访。"]
    for para, keep in ((developed, ()), (doer, ()), (brief, ("建成胸痛中心", "推进远程会诊", "做好随访"))):
        before = list(para)
        shape.develop_lists([[para, ["各" * shape.JOIN_CHARS + "。"]]], keep)
        assert para == before or (para is doer and "计划生育协会要反映家庭的困难。" in para), para


def test_one_task_named_with_etc_says_the_others_as_others_and_a_list_is_left():
    parts = [[["紧密型县域医共体建设等任务，下半年要加强调度。", "县政府将定期听取基本药物制度等重点任务的进展汇报。",
               "主动承担公共卫生、急诊急救、对口支援和基层帮扶等任务。", "把今年医共体建设、疾控体系改革等任务部署下去。"]]]
    shape.lone_etc_named(parts)
    assert parts[0][0] == ["紧密型县域医共体建设和其他各项任务，下半年要加强调度。",
                           "县政府将定期听取基本药物制度和其他重点任务的进展汇报。",
                           "主动承担公共卫生、急诊急救、对口支援和基层帮扶等任务。", "把今年医共体建设、疾控体系改革等任务部署下去。"]


def test_a_first_item_with_no_second_loses_its_number():
    part = [["一是医改工作扎实推进。", "新农合基金支出同比增长。"], ["上半年的进展来之不易。"], ["一是加强领导。"]]
    shape.lone_firsts_unnumbered(part, [False, False, True])
    assert part[0][0] == "医改工作扎实推进。"
    paired = [["一是加强领导。", "要明确责任。"], ["二是强化保障。"]]
    shape.lone_firsts_unnumbered(paired, [False, False])
    assert paired[0][0] == "一是加强领导。"


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_a_whole_speech_carries_none_of_the_blind_readers_fixed_tells(real, path):
    speech = compose(load_brief(path), real.bank, real.templates, seed=1)
    lines = [speech.salutation] + [(b.number + b.text + ("。" if b.body and not b.text.endswith("。") else "") + b.body)
                                   if hasattr(b, "number") else b.text for b in speech.blocks]
    found = tells.count_tells("\n".join(lines))
    assert found["target"]["n"] == 0, found["target"]["lines"]
    assert found["frame"]["n"] == 0, found["frame"]["lines"]
    assert found["news"]["n"] == 0, found["news"]["lines"]
    assert found["spoken_same"]["n"] == 0, found["spoken_same"]["lines"]
    assert found["subjectless"]["n"] == 0, found["subjectless"]["lines"]
    # … nor the structural ones the corpus has (almost) none of (bench/tells.py --structure, readings 50–51)
    text = "\n".join(lines)
    shaped = tells.structure_counts(tells._draft_paragraphs(text))
    assert shaped["placeholder"] == [], shaped["placeholder"]
    assert shaped["lone_ordinal"] == [], shaped["lone_ordinal"]
    if len(text) < shape.SPOKEN_CHARS:
        # (of the spoken phrases the bench counts, those compose says plainly: a word spoken in a line spoken through,
        # 是不是方便了, 说到底, stays as it is)
        rationed = [x for x in shaped["staged"] if shape.spoken_shape(x.split("] ", 1)[1])]
        assert rationed == [], rationed
