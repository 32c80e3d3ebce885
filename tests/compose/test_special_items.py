"""A one-subject special meeting numbers its tasks as subsections (compose.special; the twenty-third reading: a
（一）扎实推进爱国卫生工作 holding the brief's items as 一是…四是 beside facets as its peers, and a lone （一） in a
医改 meeting)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.compose.special import MOST, items_as_subsections
from jianggao.model.brief import Brief
from jianggao.model.speech import Heading, Paragraph
from jianggao.writers.text import render_text


def _blocks():
    return [
        Heading(1, "", "提高认识"), Paragraph("认识。"),
        Heading(1, "", "明确工作重点"),
        Paragraph("今年的爱国卫生工作，要聚焦薄弱环节。今年，要重点抓好以下几项工作。"),
        Heading(2, "", "扎实推进爱国卫生工作。", "针对前面讲到的病媒生物防制常态化不够问题，市爱卫办要组织集中消杀。"),
        Paragraph("年内，国家卫生乡镇力争由14个提高到18个。一是开展城乡环境卫生整治。要整治背街小巷。"),
        Paragraph("二是做好病媒生物防制，要科学开展消杀。"),
        Paragraph("三是推进健康城市建设。要把健康融入所有政策。"),
        Heading(2, "", "深化卫生创建。", "要巩固创建成果。"),
        Heading(2, "", "广泛开展健康教育。", "要普及健康知识。"),
        Heading(2, "", "补齐农村短板。", "要推进改厕。"),
        Heading(2, "", "加强食品安全。", "要抓好食品安全。"),
        Heading(1, "", "强化责任落实"), Paragraph("责任。"),
    ]


def test_items_become_subsections_and_what_came_before_goes_where_it_belongs():
    out = items_as_subsections(_blocks(), "special_topic", 1)
    subs = [b for b in out if isinstance(b, Heading) and b.level == 2]
    assert [h.text for h in subs[:3]] == ["开展城乡环境卫生整治。", "做好病媒生物防制。", "推进健康城市建设。"]
    # the answer opens the item its problem names; the subject's target joins the lead, before the items are announced
    assert subs[1].body.startswith("针对前面讲到的病媒生物防制")
    lead = next(b.text for b in out if isinstance(b, Paragraph) and "以下几项工作" in b.text)
    assert "力争由14个提高到18个。今年，要重点抓好以下几项工作。" in lead
    assert not any("扎实推进爱国卫生工作" in getattr(b, "text", "") for b in out)
    # the facets follow while the part keeps to MOST subsections
    assert len(subs) == MOST and subs[3].text == "深化卫生创建。"
    assert "加强食品安全。" not in [h.text for h in subs]
    assert not any(re.search(r"[一二三]是", getattr(b, "text", "") + getattr(b, "body", "")) for b in out)


def test_other_kinds_and_two_subject_meetings_keep_their_shape():
    assert items_as_subsections(_blocks(), "annual_conference", 1) == _blocks()
    assert items_as_subsections(_blocks(), "special_topic", 2) == _blocks()


def _meeting() -> Brief:
    return Brief.model_validate({
        "kind": "special_topic", "year": 2023, "region": {"name": "宁江市"}, "date": "2023-04-10",
        "meeting": "2023年全市爱国卫生工作会议", "speaker": {"name": "孙明", "title": "副市长"},
        "achievements": [{"topic": "爱国卫生", "metrics": [{"name": "国家卫生乡镇", "value": 12, "unit": "个"}]}],
        "problems": ["老旧小区环境卫生短板突出", "病媒生物防制常态化不够"],
        "priorities": [{"topic": "爱国卫生", "items": ["开展城乡环境卫生整治", "推进健康城市建设", "做好病媒生物防制"],
                        "targets": [{"name": "国家卫生乡镇", "value": 16, "unit": "个"}]}]})


@pytest.mark.parametrize("seed", [1, 2])
def test_a_one_subject_meeting_heads_its_tasks_with_the_brief_items(real, seed):
    text = render_text(compose(_meeting(), real.bank, real.templates, seed=seed), "txt")
    tasks = text[text.index("\n　　二、"):text.index("\n　　三、")]
    heads = re.findall(r"\n　　（[一二三四五六七八九十]+）([^。]+)。", tasks)
    for item in ("开展城乡环境卫生整治", "推进健康城市建设", "做好病媒生物防制"):
        assert item in heads, heads
    assert len(heads) <= MOST
    assert not re.search(r"(^|。|　)[一二三四五]是", tasks)


def test_an_answer_of_no_item_opens_the_facet_it_speaks_of_and_the_items_are_announced_once():
    blocks = [
        Heading(1, "", "明确工作重点"),
        Paragraph("抓好今年的疾控工作，要补齐短板。今年，要重点抓好以下几项工作。"),
        Heading(2, "", "扎实推进疾病预防控制工作。",
                "解决基层疾控专业人员短缺的问题，县卫生健康局要把需要补充的专业技术人员算清楚。重点抓好三件事。"),
        Paragraph("一是加强传染病监测预警。要完善监测网络。"),
        Paragraph("二是做好结核病防治。要提高规范治疗率。"),
        Heading(2, "", "夯实疾控体系基础。", "要稳定疾控专业技术人员队伍，落实人员编制。"),
        Heading(1, "", "落实责任"), Paragraph("责任。"),
    ]
    out = items_as_subsections(blocks, "special_topic", 1)
    text = "\n".join(getattr(b, "text", "") + getattr(b, "body", "") for b in out)
    assert "三件事" not in text and text.count("以下几项工作") == 1
    facet = next(b for b in out if isinstance(b, Heading) and b.text == "夯实疾控体系基础。")
    assert facet.body.startswith("解决基层疾控专业人员短缺的问题")


def test_an_item_that_says_nothing_goes_and_the_rest_are_renumbered():
    from jianggao.compose.special import no_empty_items
    blocks = [Heading(1, "", "突出重点"),
              Heading(2, "", "广泛开展爱国卫生运动。", "一是加强病媒生物防制。"),
              Paragraph("二是抓好环境卫生整治。要整治背街小巷。"),
              Paragraph("三是深入开展爱国卫生运动。要发动群众。"),
              Heading(2, "", "提升基层能力。", "一是加强村医队伍建设。要稳定村医。"),
              Paragraph("二是推进标准化建设。要补齐短板。")]
    out = no_empty_items(blocks)
    assert out[1] == Heading(2, "", "广泛开展爱国卫生运动。", "")
    assert [b.text for b in out[2:4]] == ["一是抓好环境卫生整治。要整治背街小巷。", "二是深入开展爱国卫生运动。要发动群众。"]
    assert out[4:] == blocks[4:]
    # one item left is no list
    single = no_empty_items([Heading(2, "", "开展爱国卫生运动。", "一是加强病媒生物防制。"),
                             Paragraph("二是抓好环境卫生整治。要整治背街小巷。")])
    assert single[1].text == "要抓好环境卫生整治。要整治背街小巷。"


def test_the_brief_s_items_come_first_in_the_brief_s_order():
    blocks = [Heading(1, "", "明确工作重点"), Paragraph("今年，要重点抓好以下几项工作。"),
              Heading(2, "", "扎实推进疾控工作。", "一是加强传染病监测预警。要完善监测网络。"),
              Paragraph("二是规范预防接种管理。要规范接种。"),
              Paragraph("三是做好常态化疫情防控。要落实各项措施。"),
              Heading(1, "", "落实责任"), Paragraph("责任。")]
    out = items_as_subsections(blocks, "special_topic", 1, ("做好常态化疫情防控", "加强传染病监测预警"))
    assert [b.text for b in out if isinstance(b, Heading) and b.level == 2] == [
        "做好常态化疫情防控。", "加强传染病监测预警。", "规范预防接种管理。"]


def test_items_whose_ordinals_skip_are_renumbered():
    """Reading 44's r2 (on main too): 一是、二是、四是、五是 once its 三是 had gone to the subsection whose subject it is.
    A run-on list inside one paragraph is left as it is."""
    from jianggao.compose.special import no_empty_items
    blocks = [Heading(2, "", "全面提升妇幼健康服务水平。", "一是加强危重孕产妇救治中心建设。要建好中心。"),
              Paragraph("二是加强出生缺陷防治。要做好筛查。"),
              Paragraph("四是加强妇女保健服务。要做好两癌筛查。"),
              Paragraph("五是加强儿童健康服务。要做好儿童保健。")]
    out = no_empty_items(blocks)
    assert [b.text for b in out[2:]] == ["三是加强妇女保健服务。要做好两癌筛查。", "四是加强儿童健康服务。要做好儿童保健。"]
    run_on = [Heading(2, "", "提升基层能力。", "一是加强村医队伍建设。要稳定村医。二是推进标准化建设。要补齐短板。"),
              Paragraph("四是完善运行机制。要落实补助。")]
    assert no_empty_items(run_on) == run_on
