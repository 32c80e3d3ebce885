"""A line under an item is about the item's own object, not merely its area (catch28): the people it serves, the tier
of care it builds, the sanitation work it names (serve.other_object, read by serve.score and offsubject.off_subject)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.compose.offsubject import off_subject
from jianggao.compose.serve import other_object, score
from jianggao.model.brief import Brief
from jianggao.writers import render_text

# (item, a line on another object of its kind, a line on its own object)
CASES = [
    ("推进老年人新冠疫苗接种", "接种单位的设置要合理，接种时间要照顾家长的安排，方便群众带孩子就近接种。",
     "新冠病毒疫苗接种要坚持知情、同意、自愿，把老年人和有基础性疾病的人群作为重点，做好接种组织和异常反应处置。"),
    ("建设国家区域医疗中心", "要以县域医疗中心建设为重点，提升常见病、多发病和部分急危重症的诊治能力，努力实现大病不出县。",
     "要积极争取国家区域医疗中心落地，围绕外转多的病种引进上级医院的专科团队。"),
    ("深入推进厕所革命", "城区要落实街道保洁责任，做到垃圾日产日清。", "农村改厕要先建后补、建管并重，防止建而不用。"),
    ("加强危重孕产妇救治", "做好新生儿疾病筛查，对阳性病例及时召回。", "危重孕产妇救治中心要配齐设备，畅通转诊绿色通道。"),
]


@pytest.mark.parametrize(("item", "other", "own"), CASES, ids=[c[0] for c in CASES])
def test_a_line_on_another_object_of_the_item_s_kind_serves_it_not(item, other, own):
    assert other_object(other, item) and score(other, item) == 0
    assert off_subject(other, item)
    assert not other_object(own, item)


def test_an_item_on_both_or_on_no_object_of_a_kind_takes_lines_on_either():
    # 母婴 is mother and child; a county's 医共体 and its villages are one tier; an item naming no person takes any
    assert not other_object("落实危重孕产妇和新生儿救治保障措施。", "保障母婴安全")
    assert not other_object("把村卫生室纳入医共体统一管理。", "推进紧密型县域医共体建设")
    assert not other_object("方便群众带孩子就近接种。", "规范预防接种服务")
    assert not other_object("提高老年人和儿童中医药健康管理率。", "做好老年人健康管理")


def test_a_city_report_s_items_say_no_other_object_s_lines(real):
    """The 2022 city report (fresh23's r2): 一是建设国家区域医疗中心 answered 以县域医疗中心建设为重点…大病不出县, 二是推进
    老年人新冠疫苗接种 closed on 方便群众带孩子就近接种."""
    brief = Brief.model_validate(dict(
        kind="work_report", year=2022, region={"name": "江城市"}, date="2022-02-15", length=6000,
        speaker={"name": "罗文斌", "title": "市卫生健康委员会主任"},
        achievements=[{"topic": "疫情防控", "metrics": [{"name": "新冠病毒疫苗全程接种", "value": 512.6, "unit": "万人"}]},
                      {"topic": "医疗服务", "metrics": [{"name": "三级医院", "value": 9, "unit": "家", "change": 2}]},
                      {"topic": "老龄健康", "metrics": [{"name": "医养结合机构", "value": 37, "unit": "家"}]}],
        problems=["优质医疗资源总量不足、分布不均"],
        priorities=[{"topic": "疫情防控", "items": ["落实常态化疫情防控措施", "推进老年人新冠疫苗接种"]},
                    {"topic": "医疗服务", "items": ["建设国家区域医疗中心", "推进公立医院高质量发展"]},
                    {"topic": "老龄健康", "items": ["推进医养结合"]}]))
    for seed in (1, 2, 3):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        for item in ("推进老年人新冠疫苗接种", "建设国家区域医疗中心"):
            at = text.find(item + "。")
            if at < 0:
                continue
            body = re.split(r"\n　　(?:[一二三四五六七八九十]是|（)", text[at:])[0]
            assert not [s for s in re.findall(r"[^。]+。", body) if other_object(s, item)], (seed, item, body)


def test_a_heading_of_several_clauses_restricts_the_object_only_where_each_names_one():
    # (b01's catch-all area: its 出生缺陷 half is on newborns too)
    head = "实施农村孕产妇住院分娩补助项目，加强出生缺陷防治"
    assert not other_object("持续扩大产前筛查和新生儿疾病筛查覆盖面，对筛查出的阳性病例及时诊断、及时干预。", head)
    assert other_object("方便群众带孩子就近接种。", "推进老年人新冠疫苗接种，做好老年人健康管理")


# fit29: the outside readers' "headings that do not hold their content" — (heading, a line on another subject of it)
OFF_HEADING = [
    ("做好夏季传染病防控", "要做好高血压、糖尿病患者的规范管理，提高慢性病患者的规范管理率。"),
    ("做好夏季传染病防控", "不断加强重点传染病防治，做好艾滋病、结核病等疾病的综合防治工作。"),
    ("推进城市医疗集团建设", "要把医共体内的医疗资源统一调配、统一管理。"),
    ("推进药品集中带量采购", "要在夏季来临之前集中开展鼠蚊蝇蟑等病媒生物防制，降低病媒生物密度。"),
    ("深化医药卫生体制改革", "对医务人员收受红包、回扣的要严肃查处，查实一起、处理一起、通报一起。"),
    ("推进乡镇卫生院标准化建设", "要通过公开招聘补充医学类毕业生，落实编制周转池制度。"),
    ("推进乡村医生签约服务", "乡镇卫生院要加强对村医的考核管理和业务督导，把每月的村医例会开成业务培训会。"),
    ("推进乡村一体化管理", "要推动信息化建设向基层延伸，让乡村医生用上便捷实用的信息系统。"),
    ("建设区域人口健康信息平台", "组织专家及时澄清虚假健康信息，配合有关部门规范健康类节目和广告。"),
]
ON_HEADING = [
    ("加强慢性病综合防控", "要做好高血压、糖尿病患者的规范管理，提高慢性病患者的规范管理率。"),
    ("做好夏季传染病防控", "夏季要盯住肠道传染病、手足口病这些高发病种，聚集性病例要第一时间报告。"),
    ("科学开展病媒生物防制", "要在夏季来临之前集中开展鼠蚊蝇蟑等病媒生物防制，降低病媒生物密度。"),
    ("开展医药领域腐败问题集中整治", "对医务人员收受红包、回扣的要严肃查处，查实一起、处理一起、通报一起。"),
    ("加强卫生人才队伍建设", "要通过公开招聘补充医学类毕业生，落实编制周转池制度。"),
    ("推进乡村医生签约服务", "乡村医生要与村民签订服务协议，做好签约居民的健康管理。"),
    ("推进乡村一体化管理", "乡镇卫生院要对村卫生室的人员、业务、药品、财务实行统一管理。"),
    ("提升居民健康素养", "组织专家及时澄清虚假健康信息，配合有关部门规范健康类节目和广告。"),
]


@pytest.mark.parametrize(("head", "line"), OFF_HEADING, ids=[f"{h}-{i}" for i, (h, _) in enumerate(OFF_HEADING)])
def test_a_line_on_another_subject_is_off_the_heading(head, line):
    assert off_subject(line, head)


@pytest.mark.parametrize(("head", "line"), ON_HEADING, ids=[f"{h}-{i}" for i, (h, _) in enumerate(ON_HEADING)])
def test_the_same_line_under_its_own_heading_is_not_off(head, line):
    assert not off_subject(line, head)


def test_a_brief_item_left_with_nothing_of_its_own_is_said_short_from_itself():
    from jianggao.compose.placement import items_said_short
    from jianggao.model.speech import Heading, Paragraph

    own = "村医要与村民签订服务协议，做好签约居民的健康管理。"
    answer = "县卫生局要摸清乡村医生的年龄结构，通过定向培养和公开招聘补充新人。"
    blocks = [Heading(2, "（一）", "深化医改", "一是推进乡村医生签约服务。" + own),
              Paragraph("二是落实乡村医生签约服务。" + answer),     # (its only line is a problem's answer on 村医 staffing)
              Paragraph("三是深入推进厕所革命。"), Paragraph("四是推进乡村一体化管理。"),
              Paragraph("乡镇卫生院要对村卫生室的人员、业务、药品、财务实行统一管理。"),
              Heading(2, "（二）", "其他", "要推进医养结合。")]
    items = ["推进乡村医生签约服务", "落实乡村医生签约服务", "深入推进厕所革命", "推进乡村一体化管理", "推进医养结合"]
    out = items_said_short(blocks, items)
    assert out[0] == blocks[0] and out[3:5] == blocks[3:5]      # its own line, or a paragraph on it after it
    assert out[1].text.startswith("二是落实乡村医生签约服务。乡村医生签约服务要") and out[1].text.endswith(answer)
    assert out[2].text.startswith("三是深入推进厕所革命。厕所革命要") and out[2].text.count("。") == 2
    assert out[5].body.startswith("要推进医养结合。医养结合要")
    said = [b.text if isinstance(b, Paragraph) else b.body for b in out]
    assert not any(ch.isdigit() for t in said for ch in t)
    assert len({t.split("。")[1][-12:] for t in said[1:3]} | {said[5].split("。")[1][-12:]}) == 3   # never one line twice


def test_a_district_s_patriotic_health_meeting_leaves_no_item_bare_nor_on_another_object(real):
    """A 2019 district 爱国卫生 meeting: 二是深入推进厕所革命 held one line on refuse before fit29, then nothing; it says
    itself short rather than stand bare, and 夏季传染病 holds no 艾滋病、结核病 line."""
    brief = Brief.model_validate(dict(
        kind="special_topic", year=2019, region={"name": "临江区", "level": "区", "parent": "临州市"},
        meeting="2019年全区爱国卫生工作会议", date="2019-04-10", length=4000,
        speaker={"name": "张明", "title": "副区长"},
        achievements=[{"topic": "爱国卫生", "facts": ["成功创建国家卫生城市"]}],
        priorities=[{"topic": "爱国卫生", "items": ["巩固国家卫生城市创建成果", "深入推进厕所革命", "科学开展病媒生物防制"]},
                    {"topic": "公共卫生", "items": ["做好夏季传染病防控", "推进老年人健康管理"]}]))
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        assert not re.search(r"[一二三四五六七八九十]是[^。，；]+。\n", text), seed
        for item in ("深入推进厕所革命", "做好夏季传染病防控"):
            at = text.find(item + "。")
            if at < 0:
                continue
            body = re.split(r"\n　　(?:[一二三四五六七八九十]是|（)", text[at:])[0]
            lines = re.findall(r"[^。]+。", body)[1:]
            assert lines, (seed, item)
            assert not [s for s in lines if off_subject(s, item)], (seed, item, body)


def test_an_item_with_lines_on_no_named_body_is_left_as_it_is():
    # (b22 at seed 3: 落实母婴安全五项制度 over its 高危孕产妇 lines, its next sentence opening 要, is not empty)
    from jianggao.compose.placement import items_said_short
    from jianggao.model.speech import Paragraph

    blocks = [Paragraph("一是落实母婴安全五项制度。要加强高危孕产妇筛查评估和分级管理。")]
    assert items_said_short(blocks, ["落实母婴安全五项制度"]) == blocks
