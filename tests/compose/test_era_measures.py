"""Measures and pledges belong to their date (round 41's ERA: 疫苗全流程管理 in February 2013, 住院分娩 urged in 2022,
把中医科、中药房建起来 in 2026, 外防输入、内防反弹 without 动态清零 in March 2022; a town's pledge of 2020-03-05 with no
word of the epidemic or 脱贫攻坚): compose.era's measure windows and templates/wording/short_agenda.yaml."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose.core import compose
from jianggao.compose.era import out_of_time
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


def _text(brief: dict, real, seed: int = 1) -> str:
    return render_text(compose(Brief.model_validate(brief), real.bank, real.templates, seed=seed), "txt")


@pytest.mark.parametrize(("sentence", "date", "dated"), [
    ("要落实疫苗全流程管理，规范预防接种服务，筑牢免疫屏障。", "2013-02-26", True),
    ("要落实疫苗全流程管理，规范预防接种服务，筑牢免疫屏障。", "2020-02-26", False),
    ("要持续改善医疗服务，优化就诊流程，让群众就医体验更好。", "2013-02-26", True),
    ("要加强孕产妇健康教育，引导孕妇按时产检、住院分娩。", "2022-03-08", True),
    ("要加强孕产妇健康教育，引导孕妇按时产检、住院分娩。", "2013-03-08", False),
    ("住院分娩率达到99.9%。", "2022-03-08", False),          # a figure of the review, not the old task
    ("推动基层医疗卫生机构把中医科、中药房建起来。", "2026-02-27", True),
    ("要建立医共体内统一的药品耗材采购配送机制。", "2026-02-27", True),
    ("要完善生育支持政策，促进人口长期均衡发展。", "2026-02-27", True),
    ("要坚持外防输入、内防反弹，落实常态化防控措施。", "2022-03-08", True),
    ("要坚持外防输入、内防反弹总策略和动态清零总方针。", "2022-03-08", False),
    ("要坚持外防输入、内防反弹，落实常态化防控措施。", "2020-09-08", False),
    ("要深化公立医院综合改革，加快建立健全现代医院管理制度。", "2022-03-08", True),
    ("爱国卫生运动是我们党把群众路线运用于卫生防病工作的成功实践。", "2013-02-26", True),
    ("爱国卫生运动是我们党把群众路线运用于卫生防病工作的成功实践。", "2015-02-26", False),
    # reading 51 (era28): the kinds behind its ERA lines, in wordings the registry's literal terms do not hold
    ("公立医院综合改革要向纵深推进，以建立健全现代医院管理制度为抓手。", "2022-02-15", True),
    ("公立医院综合改革要向纵深推进，以建立健全现代医院管理制度为抓手。", "2018-02-15", False),
    ("城市公立医院综合改革要以破除以药补医为关键环节。", "2019-05-09", True),
    ("要巩固破除以药补医成果。", "2019-05-09", False),
    ("适应生育政策调整，提前做好产科、儿科床位和人员的调配。", "2014-02-18", True),
    ("要着力加强儿科和产科建设，配齐儿科医师和产科医师。", "2012-02-21", True),
    ("要着力加强儿科和产科建设，配齐儿科医师和产科医师。", "2017-02-21", False),
    ("对回到村里的定向生，要在岗位、执业和待遇上给予支持。", "2013-02-26", True),
    # (the 村医 programme's graduates named as such: dated as 定向生 are)
    ("定向培养的村医学生毕业回到村里，要在岗位安排、执业注册和待遇上给予支持。", "2013-02-26", True),
    ("定向培养的村医学生毕业回到村里，要在岗位安排、执业注册和待遇上给予支持。", "2017-02-26", False),
    ("由家庭医生团队上门随访，病情控制不好的及时转诊。", "2014-02-20", True),
    ("签约服务要重在履约，按照签约协议做好随访。", "2015-02-20", True),
    ("签约服务要重在履约，按照签约协议做好随访。", "2018-02-20", False),
    ("推进乡村医生签约服务，做好重点人群的随访。", "2014-02-20", False),
    ("要建立母婴安全形势分析制度，定期研判孕产妇和新生儿安全风险。", "2017-03-08", True),
    ("医共体试点要以县域内就诊率和群众满意度检验成效。", "2026-02-27", True),
    ("县域医疗卫生次中心要与县级医院建立固定的技术帮扶关系。", "2012-02-21", True),
    ("县域医疗卫生次中心要与县级医院建立固定的技术帮扶关系。", "2023-02-21", False),
    ("要加强网络和数据安全管理，落实安全管理责任制，做好数据备份和安全防护。", "2013-02-26", True),
    ("要加强网络和数据安全管理，落实安全管理责任制，做好数据备份和安全防护。", "2019-02-26", False),
])
def test_a_measure_of_another_era_is_out_of_its_time(sentence, date, dated):
    assert bool(out_of_time(sentence, dt.date.fromisoformat(date), "县")) is dated


def _pledge(date: str, region: dict, title: str, **more) -> dict:
    return {"kind": "pledge", "year": int(date[:4]), "region": region, "date": date,
            "speaker": {"name": "罗建", "title": title},
            "priorities": [{"topic": "爱国卫生", "items": ["深入开展爱国卫生运动"]},
                           {"topic": "基层卫生", "items": ["抓好村卫生室标准化建设"]}], **more}


TOWN = {"name": "白沙镇", "parent": "安平县"}
STREET = {"name": "东湖街道", "parent": "滨江区"}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_town_pledge_in_march_2020_says_what_it_does_for_the_epidemic_and_poverty(real, seed):
    text = _text(_pledge("2020-03-05", TOWN, "镇长"), real, seed)
    assert "疫情防控" in text and "复工复产" in text and "村（社区）" in text
    assert "脱贫攻坚" in text


def test_a_street_pledge_speaks_of_its_estates_not_of_villages_or_poverty(real):
    text = _text(_pledge("2020-03-05", STREET, "街道办事处主任"), real)
    assert "疫情防控" in text and "小区" in text
    assert "脱贫攻坚" not in text and "因病返贫" not in text


def test_a_hospital_pledge_in_2022_names_the_general_policy_of_its_days(real):
    text = _text(_pledge("2022-03-02", {"name": "安宁县"}, "县人民医院院长"), real)
    assert "动态清零总方针" in text and "院感" in text
    assert "村（社区）" not in text


@pytest.mark.parametrize(("date", "absent"), [("2019-03-05", ("疫情", "新冠")), ("2024-03-05", ("动态清零", "疫情防控一刻"))])
def test_a_pledge_outside_the_pandemic_says_nothing_of_it(real, date, absent):
    text = _text(_pledge(date, TOWN, "镇长"), real)
    for word in absent:
        assert word not in text, word


def test_a_pledge_names_the_spirit_its_year_carries_out(real):
    text = _text(_pledge("2013-03-05", TOWN, "镇长"), real)
    assert "党的十八大" in text


def test_a_pledge_in_a_campaign_proves_its_conduct_by_it(real):
    text = _text(_pledge("2021-04-20", TOWN, "镇长"), real)
    assert "党史学习教育" in text


def test_an_address_in_2022_names_the_moment(real):
    text = _text({"kind": "address", "year": 2022, "region": {"name": "白音旗", "level": "旗"}, "date": "2022-03-18",
                  "speaker": {"name": "巴特尔", "title": "旗委副书记"}}, real)
    assert "动态清零" in text


def test_an_address_before_2018_keeps_its_lines_in_the_department_s_name_of_its_date(real):
    text = _text({"kind": "address", "year": 2016, "region": {"name": "白音旗", "level": "旗"}, "date": "2016-03-18",
                  "speaker": {"name": "巴特尔", "title": "旗委副书记"}}, real)
    assert "卫生计生事业" in text and "卫生健康" not in text


def test_a_hospital_pledge_after_the_turn_to_class_b_says_what_the_hospital_does(real):
    text = _text(_pledge("2023-02-19", {"name": "安宁县"}, "县人民医院院长"), real)
    assert "乙类乙管" in text and "发热门诊" in text

