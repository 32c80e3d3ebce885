"""What the readers of read63 (fresh57's drafts) found and session 44 mended: a review sentence dated twice, a clause of a
problem placed by one keyword away from the clauses beside it, and a lead hospital's weak pull answered by the catch-all
in the words of the problem (各乡镇卫生院要牵头把牵头医院带动乡镇卫生院上的症结找准)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose import voice
from jianggao.compose.answers import acting_first, bodies, body_of, entries_of, is_catch_all
from jianggao.compose.core import compose, plan_of

FRESH = Path(__file__).resolve().parents[2] / "bench" / "fresh_briefs"
TABLE_PATH = Path(__file__).resolve().parents[2] / "templates" / "wording" / "problem_answers.yaml"


def test_facts_naming_their_half_year_take_no_second_one(real):
    text = compose(load_brief(FRESH / "fresh57_q3.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "上半年全县未发生本土新冠肺炎疫情" in text
    assert "上半年，坚持“外防输入" not in text


def test_a_clause_placed_by_one_keyword_goes_where_the_clauses_beside_it_go(real):
    the_plan = plan_of(load_brief(FRESH / "fresh57_q3.yaml"), real.templates)
    homes = {p: t.view.topic.key for t in the_plan.tasks for p in t.answers}
    assert homes.get("牵头医院带动乡镇卫生院不够") == "medical_reform"
    assert homes.get("医共体内人员、财务统一管理尚未完全落地，医保打包付费改革进展缓慢") == "medical_reform"
    # (a problem the registry places by its words, siblings or not, stays where they place it)
    assert any(p.startswith("乡村医生老龄化") and k == "primary_care" for p, k in homes.items())


def test_a_lead_hospital_s_weak_pull_is_answered_by_its_own_entry_in_every_level(real):
    import yaml

    table = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
    when = dt.date(2021, 7, 23)
    for level in ("县", "区", "市"):
        entry = next(iter(acting_first(list(entries_of("牵头医院带动乡镇卫生院不够", table, when)), None,
                                       voice.GOVERNMENT, level)))
        assert not is_catch_all(entry)
        said = body_of("牵头医院带动乡镇卫生院不够", entry, bodies(level, when, voice.GOVERNMENT, "midyear_review"),
                       voice.GOVERNMENT, check=False)
        assert "派驻" in said and "症结" not in said and "牵头把" not in said
    # (before the 医共体 of 2017, no such entry: the words are the brief's, its answer another's)
    assert all(e.get("from") != "2017-01-01" or "派驻" not in e.get("text", "")
               for e in entries_of("牵头医院带动乡镇卫生院不够", table, dt.date(2015, 3, 1)))
    text = compose(load_brief(FRESH / "fresh57_q3.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "症结找准" not in text and "牵头医院的辐射带动作用" in text or "牵头医院对基层的带动作用" in text


def test_a_count_whose_name_opens_on_what_was_done_is_said_whole_then_its_figure():
    from jianggao.compose.counted import count_clause
    from jianggao.model.brief import Metric

    def said(name: str, value: int, unit: str) -> str | None:
        return count_clause(Metric(name=name, value=value, unit=unit), f"{value}{unit}")

    # (fresh57's q5 had 486户完成农村完成户厕改造: 农村 was cut out of the name as the places counted)
    assert said("完成农村户厕改造", 486, "户") == "完成农村户厕改造486户"
    # (a verb taking places, then 的 and the places: the places and their count lead)
    assert said("实现远程会诊全覆盖的乡镇", 5, "个") == "5个乡镇实现远程会诊全覆盖"
    assert said("基本药物制度覆盖乡镇卫生院", 18, "所") == "基本药物制度覆盖18所乡镇卫生院"
    assert said("乡镇卫生院标准化建设", 12, "所") == "12所乡镇卫生院完成标准化建设"


def test_people_who_are_many_are_no_aim_to_control():
    from jianggao.compose.answers import aim_of

    # (fresh57's q5: 今年要着力控制贫困人口中慢性病患者)
    assert aim_of("贫困人口中慢性病患者较多") == ""
    assert aim_of("流动人口较多") == ""
    assert aim_of("医疗费用增长过快") == "控制医疗费用增长"
    assert aim_of("不合理用药较多") == "控制不合理用药"


def test_a_cut_takes_the_frame_its_clause_closed_and_never_ends_a_sentence_on_one():
    from jianggao.compose.once import _stands, without

    def says(piece: str) -> set[str]:
        return {"应治尽治"} if "应治尽治" in piece else set()

    # (fresh57's q5 had …实行分类救治，按照“三个一批”的要求。 once 做到应治尽治、应保尽保 was said before)
    assert without("要对患病的农村贫困人口实行分类救治，按照“三个一批”的要求，做到应治尽治、应保尽保。", {"应治尽治"}, says) \
        == "要对患病的农村贫困人口实行分类救治。"
    assert not _stands("要对患病的农村贫困人口实行分类救治，按照“三个一批”的要求。")
    assert not _stands("乡镇卫生院要开展标准化建设，在现有基础上。")
    assert _stands("要按照“三个一批”的要求，对患病的农村贫困人口实行分类救治。")


def test_a_review_with_no_time_opener_says_its_facts_as_typed_and_answers_land_on_their_subject(real):
    from jianggao.model.speech import Heading

    speech = compose(load_brief(FRESH / "fresh57_q1.yaml"), real.bank, real.templates, seed=1)
    text = speech.all_text()
    # (a report's review has no time word before its facts: no empty opener, 。，区卫生局与区人口计生局整合…)
    assert "。，" not in text and "（三）计划生育工作迈出新步伐。区卫生局" in text.replace("\n", "")
    # (the staff shortage is answered under the item on staff, not under the one naming the same clinics' buildings)
    items = [b.text + b.body if isinstance(b, Heading) else b.text for b in speech.blocks]
    staff = next(p for p in items if "需要补充的岗位和人数" in p)
    assert "全科医生规范化培训" in staff and "标准化建设" not in staff.split("。")[0]
    # (the merger of the two systems is an item of its own, not said inside the item on migrants)
    migrants = next(p for p in items if "流动人口卫生计生基本公共服务均等化" in p.split("。")[0])
    assert "两个系统的职责" not in migrants


def test_an_item_opening_on_its_own_verb_and_naming_a_policy_is_said_as_typed():
    from jianggao.compose.context import as_measure

    assert as_measure("坚持计划生育基本国策，稳妥扎实有序实施“单独两孩”政策").startswith("坚持")
    assert as_measure("计划生育奖励扶助政策") == "落实计划生育奖励扶助政策"


def test_a_count_named_by_what_the_system_did_takes_its_figure_after_its_name():
    from jianggao.compose.numbers import metric_phrase
    from jianggao.model.brief import Metric

    # (fresh57's q2 and q1: 核准因病致贫返贫贫困户达到1.82万户, 受理…再生育申请达到1426对, 组建医疗联合体达到18个)
    assert metric_phrase(Metric(name="核准因病致贫返贫贫困户", value=1.82, unit="万户")) == "核准因病致贫返贫贫困户1.82万户"
    assert metric_phrase(Metric(name="受理“单独两孩”再生育申请", value=1426, unit="对")) == "受理“单独两孩”再生育申请1426对"
    assert metric_phrase(Metric(name="组建医疗联合体", value=18, unit="个", change=11)) == "组建医疗联合体18个，同比增加11个"
    # (a rate is reached: 免疫规划疫苗接种率达到…)
    assert "达到" in metric_phrase(Metric(name="建立健康档案率", value=80.6, unit="%"))


def test_a_long_review_paragraph_is_cut_between_areas():
    from jianggao.compose.finish import _split_long

    events = "县级公立医院综合改革全面推开，市级公立医院综合改革正式启动，全部取消药品加成，同步调整医疗服务价格、落实财政补偿" * 2
    first = ["首先是医改，" + events + "。", events + "。", "公立医院药占比降至33.6%，同比下降4.8个百分点。"]
    second = ["健康扶贫方面，健康扶贫工程全面启动，因病致贫返贫贫困户逐户建档、分类施策，" + events + "。",
              "核准因病致贫返贫贫困户1.82万户，建档立卡贫困人口住院费用实际报销比例达到87.5%，" + events + "。"]
    assert sum(map(len, first + second)) > 480
    head, rest = _split_long(first + second)
    assert head == first and rest == second


def test_a_rise_of_births_is_named_at_the_maternity_measure_not_read_out_again():
    from jianggao.compose.reasons import figures_as_reasons

    tasks = [[["三是加强产科、儿科建设。", "市妇幼保健院要增加产科、儿科床位和助产人员。"]]]
    figures_as_reasons(tasks, ["出生人口5.26万人，同比增加0.71万人"])
    said = "".join(tasks[0][0])
    assert "随着出生人口增加，产科、儿科的服务需求随之加大。" in said and "5.26" not in said
    # (a fall bears on no ward)
    tasks = [[["三是加强产科、儿科建设。", "市妇幼保健院要增加产科、儿科床位和助产人员。"]]]
    figures_as_reasons(tasks, ["出生人口4.26万人，同比减少0.71万人"])
    assert "随着" not in "".join(tasks[0][0])


def test_a_body_s_name_with_a_joining_word_ties_no_measure_to_an_item():
    from jianggao.compose.serve import item_run, score

    item = "加强贫困县县级医院和乡镇卫生院能力建设，深化三级医院对口帮扶"
    # (fresh57's q2 placed a healthy-village line under it by 和乡镇卫生院)
    assert score("健康村镇建设要发挥村（居）委会和乡镇卫生院的作用，把健康知识和健康生活方式送到农户家中。", item) == 0
    # (a body's name alone still ties, where the item is about the body)
    assert item_run("县级公立医院改革的重点在体制机制，要在管理体制、补偿机制、人事分配上统筹推进。", "稳步推进县级公立医院综合改革") == 6


def test_a_unit_kind_s_name_or_a_doctrine_s_title_ties_no_measure_to_an_item():
    from jianggao.compose.serve import score

    # (fresh57's q4)
    assert score("对照服务能力标准差距较大的基层医疗卫生机构，要安排上级医院结对帮扶，限期提升。",
                 "加强基层医疗卫生机构医德医风建设，严肃查处损害群众利益的行为") < 2
    assert score("健康中国行动的主要指标要按年度监测，完成情况向社会公布，进度滞后的行动由牵头部门说明原因、拿出措施。",
                 "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，推动主题教育成果转化为为民服务实效") < 2
    # (a named unit is what an item on it works on)
    assert score("要对照村卫生室建设标准逐村排查，房屋、设备、人员哪一项不达标就补哪一项，确保年内全部达标。", "消除村卫生室空白点") >= 2


def test_a_numbered_point_s_opening_clause_is_never_cut_as_said_before():
    from jianggao.compose.echoes import _keeps

    # (fresh58's r1 at seed 2: 一是…；高龄孕产妇…；三是…, the brief's 二是全面两孩政策实施后 cut as a point said before)
    assert _keeps("二是全面两孩政策实施后", ())
    assert _keeps("其次要抓好院感防控", ())
    assert not _keeps("全面两孩政策实施后", ())


def test_a_problem_naming_the_year_s_half_keeps_the_list_of_problems(real):
    # (fresh53's k4: 部分县区时间过半、任务未过半 made periods.checkpoint_once drop the whole list, and the turn's 这些问题
    # pointed at nothing)
    b = load_brief(FRESH / "fresh53_k4.yaml")
    text = compose(b, real.bank, real.templates, seed=1).all_text()
    assert all(p in text for p in b.problems)


def test_a_fact_of_the_brief_keeps_every_clause(real):
    # (fresh58's r2 lost 实现全市急救车辆统一调度和车载视频实时回传 to once.clause_once: a clause inside a brief's clause)
    b = load_brief(FRESH / "fresh58_r2.yaml")
    text = compose(b, real.bank, real.templates, seed=1).all_text()
    assert all(f in text for a in b.achievements for f in a.facts)


def test_an_old_man_at_risk_is_not_answered_with_a_building_s_hazards(real):
    from jianggao.compose.gaps import gaps_of
    from jianggao.compose.serve import answers_problem, score

    problem = "独居、空巢老人慢病用药依从性差，突发疾病时发现和呼救不及时，安全隐患较大"
    # (one gap: the moment and the risk are the old people's)
    assert gaps_of(problem) == (problem,)
    assert not answers_problem("医疗机构的燃气管道、液氧站、锅炉房和高压氧舱是重大危险源，要逐一建立台账、明确专人管理。", problem)
    # (a ledger shared is no tie to an item of another area: fresh58's r5)
    item = "对辖区失能、半失能老年人逐户开展健康评估，建立动态管理台账并提供上门医疗服务"
    assert score("要进一步摸清辖区内人员密集场所、危险化学品企业等风险点，建立突发事件风险清单，做到心中有数。", item) < 2
    text = compose(load_brief(FRESH / "fresh58_r5.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "危险化学品" not in text and "消防" not in text and "传染病报告" not in text


def test_the_bodies_and_words_of_the_date_in_answers(real):
    import yaml

    table = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
    # (read64: 县医保经办机构 running 新农合 in 2016; 农业农村 departments in 2013; 规模性因病返贫 in 2016)
    assert bodies("县", dt.date(2016, 2, 20), voice.GOVERNMENT, "annual_conference")["yibao"] == "县新农合管理中心"
    assert bodies("区", dt.date(2016, 2, 20), voice.GOVERNMENT, "annual_conference")["yibao"] == "区医保经办机构"
    assert bodies("县", dt.date(2020, 2, 20), voice.GOVERNMENT, "annual_conference")["yibao"] == "县医保局"
    for problem, when in (("布病疫情仍有发生", dt.date(2013, 4, 18)), ("因病致贫、因病返贫问题仍然突出", dt.date(2016, 2, 20))):
        entry = next(iter(entries_of(problem, table, when)))
        said = body_of(problem, entry, bodies("县", when, voice.GOVERNMENT, "special_topic"), voice.GOVERNMENT,
                       check=False)
        assert "农业农村" not in said and "规模性" not in said


def test_more_items_said_as_typed():
    from jianggao.compose.context import as_measure

    # (read64's readers: 抓好抓住…, 抓好采取…, 抓好以…为重点…, 抓好足额储备…, 抓好严密防范…, 推动扩充…, 抓好9月底前…)
    for item in ("抓住鼠疫流行季节的关键时段，加强疫源地动物间鼠疫监测", "采取上门接种、设立老年人接种专区等方式",
                 "以老年人、慢病患者为重点做实家庭医生签约服务", "足额储备应急药品、防护用品", "严密防范人感染H7N9禽流感",
                 "扩充县妇幼保健院和县人民医院产科床位", "9月底前全面推开城市公立医院综合改革", "在城区北部新建片区增设急救站点"):
        assert as_measure(item) == item
