"""The review as an account of its period (reading 45): a figure joined with what it means, a fact in its own time,
a heading that claims only what is under it; addresses that say who is honoured and for whom the speaker speaks; a
street's and a town's speech without a county's layers."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jianggao.compose.account import heading_backed, in_own_time, meanings, ration_meanings
from jianggao.compose.core import compose
from jianggao.lint.core import lint_text
from jianggao.model.brief import Brief, Metric
from jianggao.model.levels import holds_party_post
from jianggao.writers.text import render_text


def _report(**over) -> Brief:
    data = {"kind": "work_report", "year": 2023, "region": {"name": "清源县"}, "date": "2023-02-21",
            "speaker": {"name": "吕秀英", "title": "县卫生健康局局长", "on_behalf_of": "县卫生健康局"},
            "achievements": [
                {"topic": "疫情防控", "facts": ["平稳有序实施新冠病毒感染“乙类乙管”"]},
                {"topic": "基层卫生", "metrics": [{"name": "乡镇卫生院达到服务能力推荐标准", "value": 5, "unit": "家",
                                                  "change": 2, "change_unit": "家"}]},
                {"topic": "医疗服务", "metrics": [{"name": "县域内就诊率", "value": 88.7, "unit": "%", "change": 1.9,
                                                  "change_unit": "个百分点"}]},
                {"topic": "中医药", "facts": ["所有乡镇卫生院建成中医馆"]}],
            "priorities": [{"topic": "医疗服务", "items": ["加强县医院胸痛、卒中中心建设"]}]}
    data.update(over)
    return Brief.model_validate(data)


def _review(text: str) -> str:
    part = re.search(r"\n\s*一、.*?(?=\n\s*二、)", text, re.S)
    assert part, text
    return part.group(0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_figure_is_said_with_what_it_means_and_a_later_event_in_its_own_time(real, seed):
    text = render_text(compose(_report(), real.bank, real.templates, seed=seed), "txt")
    review = _review(text)
    # the figure and its meaning in one sentence, the meaning read from the figure's direction only; of three areas
    # with a meaning the first and the third say theirs, the second's figure stands alone (blind reading 55: a meaning
    # after every figure is a pattern)
    assert re.search(r"5家[^。]*推荐标准[^。]*，基层医疗卫生机构服务能力[^，。]*提升。", review), review
    assert re.search(r"建成中医馆，基层中医药服务的可及性[^，。]*提高。", review), review
    assert not re.search(r"在县内就诊的群众|看病不出县", review), review
    # 乙类乙管 began on 2023-01-08: not one of 2022's results
    assert "今年1月8日起，平稳有序实施" in review
    # no reform claimed over no reform result
    assert not re.search(r"^一、.*改革", review.strip())
    assert lint_text(text.split("\n"), dt.date(2023, 2, 21), "县") == []


def test_a_fact_is_dated_from_the_registry_not_from_a_list():
    end, day = dt.date(2019, 12, 31), dt.date(2020, 2, 20)
    assert in_own_time("全县开展新冠肺炎疫情联防联控", end, day) == "今年1月20日起，全县开展新冠肺炎疫情联防联控"
    # the vaccination's own day, not the outbreak's (the longest word wins)
    assert in_own_time("启动新冠病毒疫苗接种", dt.date(2020, 6, 30), dt.date(2021, 1, 10)) == \
        "2020年12月15日起，启动新冠病毒疫苗接种"
    # within the period, or already in its own time: as it is
    assert in_own_time("启动新冠病毒疫苗接种", dt.date(2021, 6, 30), dt.date(2021, 7, 10)) == "启动新冠病毒疫苗接种"
    assert in_own_time("今年1月8日起实施“乙类乙管”", dt.date(2022, 12, 31), dt.date(2023, 2, 1)).startswith("今年1月8日起实施")


@pytest.mark.parametrize("paragraphs, day, flagged", [
    (["一、2019年工作回顾", "（一）公共卫生。全县新冠肺炎疫情防控有力有序。"], dt.date(2020, 2, 20), "新冠肺炎"),
    (["一、过去一年工作回顾", "（一）妇幼健康。三孩生育政策平稳实施。"], dt.date(2021, 7, 1), "三孩生育政策"),
    (["一、过去一年工作回顾", "（一）妇幼健康。三孩生育政策平稳实施。"], dt.date(2022, 2, 1), None),
    (["一、过去一年工作回顾", "（一）疫情防控。平稳有序实施新冠病毒感染“乙类乙管”。"], dt.date(2023, 2, 21), "乙类乙管"),
    (["一、过去一年工作回顾", "（一）疫情防控。今年1月8日起，平稳有序实施“乙类乙管”。"], dt.date(2023, 2, 21), None),
    (["二、今年的重点任务", "（一）疫情防控。要做好“乙类乙管”后的疫苗接种。"], dt.date(2023, 2, 21), None),
    (["2018年，全县做好了医师节的筹备工作。"], dt.date(2019, 2, 1), None),
    (["2017年，全县组织庆祝第一个中国医师节。"], dt.date(2019, 2, 1), "医师节"),
])
def test_lint_reports_an_event_put_in_a_year_before_it_began(paragraphs, day, flagged):
    found = [f for f in lint_text(paragraphs, day, "县") if f.kind == "era"]
    if flagged is None:
        assert found == [], found
    else:
        assert [f.term for f in found] == [flagged], found
        assert found[0].suggestion and "起" in found[0].suggestion


def test_a_meaning_reads_the_figure_and_no_more():
    up = Metric.model_validate({"name": "县域内就诊率", "value": 88.7, "unit": "%", "change": 1.9, "change_unit": "个百分点"})
    down = Metric.model_validate({"name": "县域内就诊率", "value": 86.1, "unit": "%", "change": -0.7, "change_unit": "个百分点"})
    flat = Metric.model_validate({"name": "县域内就诊率", "value": 88.7, "unit": "%"})
    births = Metric.model_validate({"name": "上半年出生人口", "value": 2360, "unit": "人"})
    assert meanings([up], [], "全县") and "县" in meanings([up], [], "全县")[0]
    assert meanings([down], [], "全县") == ()      # a fall is no good news to read
    assert meanings([flat], [], "全县") == ()      # no change given: no trend claimed
    assert meanings([births], [], "全县") == ()    # a head count is no result
    # only the last figure's meaning: the clause it is joined to is that figure's
    assert meanings([up, births], [], "全县") == ()


def test_a_review_says_what_its_figures_mean_in_at_most_two_areas_never_two_in_a_row():
    said = [("a",), (), ("b",), ("c",), ("d",), ("e",)]
    assert ration_meanings(said) == [("a",), (), (), ("c",), (), ()]
    assert ration_meanings([("a",), ("b",)]) == [("a",), ()]
    assert ration_meanings([(), ()]) == [(), ()]


def test_a_review_heading_claims_only_what_is_under_it():
    assert not heading_backed("关注民生，深化改革，2022年全县卫生健康工作取得明显成效",
                              [("public_health", True), ("primary_care", True)])
    assert heading_backed("关注民生，深化改革，2022年全县卫生健康工作取得明显成效",
                          [("medical_reform", True), ("primary_care", True)])
    assert not heading_backed("正确看待成绩，清醒认识差距，坚定完成全年目标任务的信心",
                              [("medical_reform", True), ("population_family", False)])
    assert heading_backed("客观回顾上半年工作，准确把握存在的差距和不足", [("medical_reform", True)])


def test_a_half_year_review_of_a_head_count_makes_no_claim_of_confidence(real):
    b = Brief.model_validate({
        "kind": "midyear_review", "year": 2016, "region": {"name": "长宁县"}, "date": "2016-07-22",
        "speaker": {"name": "毛建华", "title": "县卫生计生局局长"},
        "achievements": [{"topic": "医改", "metrics": [{"name": "新农合参合率", "value": 99.1, "unit": "%"}],
                          "facts": ["县级公立医院综合改革全面推开"]},
                         {"topic": "计划生育", "metrics": [{"name": "上半年出生人口", "value": 2360, "unit": "人"}]}],
        "problems": ["家庭医生签约进展慢"],
        "priorities": [{"topic": "基层卫生", "items": ["推进家庭医生签约服务试点"]}]})
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        head = next(line for line in text.split("\n") if line.strip().startswith("一、"))
        assert "信心" not in head, head
        assert "出生人口达到" not in text


def test_a_party_post_in_the_title_speaks_for_the_party_committee_too(real):
    assert holds_party_post("区委副书记、区长") and holds_party_post("镇党委书记") and holds_party_post("县委常委、副县长")
    assert not holds_party_post("副区长") and not holds_party_post("市卫生健康委主任") and not holds_party_post("区纪委书记")
    b = Brief.model_validate({
        "kind": "address", "year": 2022, "region": {"name": "东林区"}, "date": "2022-08-19",
        "meeting": "2022年东林区庆祝中国医师节暨表彰大会", "speaker": {"name": "陶立新", "title": "区委副书记、区长"},
        "achievements": [{"topic": "疫情防控", "facts": ["全区医务人员坚守抗疫一线"]}],
        "priorities": [{"topic": "人才队伍", "items": ["关心关爱医务人员"]}]})
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        assert "我代表区委、区政府" in text or "我谨代表区委、区政府" in text, text
        assert "2021年" not in text and "取得实效" not in text
        # (the honoured stand for the staff: not 就是他们当中的, which made each one of the brief's deed, reading 46)
        assert "就是他们当中" not in text and "是其中的优秀代表" not in text
        # the brief's priority with its measures, in a sentence that ends
        assert re.search(r"关心关爱医务人员，[^。]*待遇保障[^。]*。", text), text
        assert "关心关爱医务人员，希望" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_street_speaks_without_a_countys_layers(real, seed):
    b = Brief.model_validate({
        "kind": "special_topic", "year": 2024, "region": {"name": "城南街道", "level": "街道", "parent": "青山区"},
        "meeting": "2024年城南街道爱国卫生工作会议", "speaker": {"name": "傅晓红", "title": "街道办事处副主任"},
        "date": "2024-04-11", "length": 2500,
        "achievements": [{"topic": "爱国卫生", "facts": ["辖区12个社区全部完成病媒生物防制设施排查"]}],
        "problems": ["老旧小区环境卫生短板突出"],
        "priorities": [{"topic": "爱国卫生", "items": ["开展爱国卫生运动", "推进健康社区建设", "做好病媒生物防制"]}]})
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    assert not re.search(r"各级各部门|层层|部门之间的情况和数据", text), text
    # density monitoring is the district CDC's; a sentence giving it to no one is not the street's
    assert all("疾控" in s for s in re.findall(r"[^。]*密度监测[^。]*。", text)), text
