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
