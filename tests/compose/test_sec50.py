"""What the fresh49 re-read and the fresh50 readings showed, and the fix of each: a listed heading cut to what its
body names keeps its verb; last year's figure is set as the target of a subsection's lone item; the holidays' crowds
only in their months; work the brief says was brought to standard is not ordered again, nor made a standing item;
lint does not call the old bodies named by the merger that retired them stale."""
from __future__ import annotations

import datetime as dt

from compose_helpers import brief

from jianggao.compose import done as done_work
from jianggao.compose.core import compose
from jianggao.compose.occasion import seasons_off
from jianggao.compose.placement import _fewer
from jianggao.lint import lint_text
from jianggao.model.speech import Heading


def test_a_listed_heading_cut_to_its_body_keeps_its_verb():
    # (sec49's g3 had 二是儿科等紧缺专业人才短板: 补齐 was read as part of the list's first element)
    assert _fewer("补齐产科、儿科等紧缺专业人才短板", ["抓好儿科建设"]) == "补齐儿科等紧缺专业人才短板"
    assert _fewer("扎实推进结核病、艾滋病等重点疾病防治", ["艾滋病检测"]) == "扎实推进艾滋病等重点疾病防治"
    assert _fewer("抓好结核病、艾滋病和严重精神障碍等重点疾病防治", ["严重精神障碍患者"]) == \
        "抓好严重精神障碍等重点疾病防治"


_FUYOU_2018 = dict(
    kind="special_topic", year=2018, region={"name": "沅安市", "short": "沅安"}, meeting="2018年全市妇幼健康工作会议",
    speaker={"name": "唐慧敏", "title": "副市长"}, date="2018-04-17", length=5000,
    achievements=[{"topic": "妇幼健康", "metrics": [{"name": "住院分娩率", "value": 99.7, "unit": "%"}],
                   "facts": ["危重孕产妇和新生儿救治中心实现县级全覆盖"]},
                  {"topic": "公共卫生", "metrics": [
                      {"name": "孕产妇系统管理率", "value": 91.6, "unit": "%", "change": 1.4},
                      {"name": "孕产妇艾滋病、梅毒和乙肝检测率", "value": 99.1, "unit": "%"}]}],
    problems=["基层妇幼保健人员数量不足、能力不强", "产科、儿科医师短缺问题较为突出"],
    priorities=[{"topic": "妇幼健康", "items": ["全面落实母婴安全五项制度", "加强危重孕产妇和新生儿救治能力建设"]},
                {"topic": "公共卫生", "items": ["推进预防艾滋病、梅毒和乙肝母婴传播工作"]}])


def test_last_year_s_figure_near_its_ceiling_is_said_in_the_review_only(real):
    # (fresh49 g3 set it under its lone item as 确保…检测率继续稳定在99.1%以上; read60's readers, both, called such a
    # floor a target the brief never set)
    for seed in (1, 2):
        text = compose(brief(**_FUYOU_2018), real.bank, real.templates, seed=seed).all_text()
        assert text.count("99.1%") == 1, seed
        assert "检测率继续稳定在" not in text, seed


def test_the_holidays_crowds_are_said_only_in_their_months():
    said = "元旦、春节期间人员流动和聚集明显增多，要对返乡人员做到底数清、情况明。"
    for kind in ("annual_conference", "special_topic", "midyear_review"):
        assert any(p.search(said) for p in seasons_off(kind, dt.date(2020, 4, 28), "全镇卫生健康工作会议")), kind
        assert not any(p.search(said) for p in seasons_off(kind, dt.date(2020, 12, 20), "全镇卫生健康工作会议")), kind
    assert not seasons_off("annual_conference", None)


def test_units_brought_to_standard_are_not_ordered_built_again():
    model = done_work.done_model(["镇卫生院完成标准化建设", "村卫生室实现标准化全覆盖"], [])
    for order in ("村卫生室标准化建设的任务要逐村列出清单，明确镇和村的责任，按季度通报进度。",
                  "村卫生室标准化建设要与村级综合服务设施统筹规划，能合建的合建。",
                  "推进基层医疗卫生机构标准化建设"):
        found = done_work.order_for_done(order, model)
        assert found is not None and done_work.said_instead(order, found) == "", order
    # keeping it up is another thing, and so is a kind of unit the brief did not speak of
    assert done_work.order_for_done("要巩固村卫生室标准化建设成果。", model) is None
    assert done_work.order_for_done("推进社区卫生服务中心标准化建设。", model) is None
    # some of them done leaves the others to build
    some = done_work.done_model(["两所乡镇卫生院完成标准化建设"], [])
    assert done_work.order_for_done("推进乡镇卫生院标准化建设，补齐设备短板。", some) is None
    # the primary level as a whole only when both its kinds of unit are said done
    one = done_work.done_model(["村卫生室实现标准化全覆盖"], [])
    assert done_work.order_for_done("推进基层医疗卫生机构标准化建设", one) is None


_TOWN_2020 = dict(
    kind="annual_conference", year=2020, region={"name": "杏塘镇", "level": "镇", "parent": "澹阳县", "short": "杏塘"},
    meeting="2020年全镇卫生健康工作会议", date="2020-04-28", length=3000,
    speaker={"name": "黎小燕", "title": "副镇长", "on_behalf_of": "镇党委、镇政府"},
    achievements=[{"topic": "基层卫生", "metrics": [{"name": "家庭医生签约服务覆盖率", "value": 41.3, "unit": "%"}],
                   "facts": ["镇卫生院完成标准化建设", "村卫生室实现标准化全覆盖"]},
                  {"topic": "公共卫生", "metrics": [{"name": "居民电子健康档案建档率", "value": 91.2, "unit": "%"}],
                   "facts": ["新冠肺炎疫情发生后镇村两级迅速落实联防联控措施，全镇未发生本地疫情"]}],
    problems=["乡村医生年龄老化，后继乏人", "疫情防控常态化任务繁重，基层防控力量相对薄弱"],
    priorities=[{"topic": "公共卫生", "items": ["抓紧抓实常态化疫情防控", "落实镇卫生院预检分诊和发热患者登记报告"]},
                {"topic": "基层卫生", "items": ["巩固健康扶贫成果", "做实家庭医生签约服务"]},
                {"topic": "爱国卫生", "items": ["深入开展爱国卫生运动，整治村庄环境卫生"]}])


def test_a_township_whose_units_are_at_standard_is_not_told_to_build_them_nor_to_count_holiday_travellers(real):
    for seed in (1, 2, 3):
        text = compose(brief(**_TOWN_2020), real.bank, real.templates, seed=seed).all_text()
        tasks = text[text.index("三、"):]
        assert "标准化建设" not in tasks.replace("完成标准化建设", ""), seed
        assert "元旦、春节" not in text and "两节期间" not in text, seed


def test_lint_reads_the_merger_of_the_old_bodies_as_history():
    draft = ["同志们：", "一、2013年工作回顾", "县卫生局和县人口计生局机构整合顺利完成，流动人口计划生育服务管理进一步加强。",
             "县卫生计生局要抓好今年的各项工作。"]
    findings = lint_text(draft, dt.date(2014, 3, 10), "县")
    assert not [f for f in findings if f.term in ("县卫生局", "人口计生局", "卫生局")], findings
    # an old name used as a body at work is still stale
    stale = lint_text([*draft, "县卫生局要加强医疗质量管理。"], dt.date(2014, 3, 10), "县")
    assert [f for f in stale if "卫生局" in f.term], stale


def _report_2014():
    from pathlib import Path

    import yaml
    return yaml.safe_load((Path(__file__).parents[2] / "bench" / "fresh_briefs" / "fresh50_h4.yaml").read_text("utf-8"))


def test_a_report_closes_after_its_catch_all_and_sets_no_population_rate_and_names_the_bodies_of_2014(real):
    data = _report_2014()
    for seed in (1, 2):
        speech = compose(brief(**data), real.bank, real.templates, seed=seed)
        last = speech.blocks[-1]
        assert not isinstance(last, Heading) and last.text.startswith("同志们"), (seed, last)
        assert sum(1 for b in speech.blocks if not isinstance(b, Heading) and b.text.startswith("同志们，")) == 1, seed
        text = speech.all_text()
        assert "人口自然增长率要在" not in text and "自然增长率继续" not in text, seed
        assert "市场监管" not in text, seed
        assert "农业部门要" not in text, seed
        # (the answer said 打击“两非” twice, sec50; since session 43's items said as typed, seed 2 also picks a measure of
        # its own on them, 在超声检查室…张贴禁止“两非”的标识: a second measure, not the answer twice)
        assert text.count("打击“两非”") <= 1, seed


def test_no_base_is_set_for_a_population_rate():
    from jianggao.compose.numbers import base_phrase
    from jianggao.model.brief import Metric
    for name, unit in (("人口自然增长率", "‰"), ("出生人口性别比", ""), ("人口出生率", "‰"),
                       ("基本公共卫生服务人均经费补助标准", "元")):
        assert base_phrase(Metric(name=name, value=5.9, unit=unit), 2013) == "", name
    # (nor for any rise the brief did not set: read62 read …要力争比2024年再有提高 as an invented target)
    assert base_phrase(Metric(name="居民电子健康档案建档率", value=78.4, unit="%"), 2013) == ""


def test_a_fact_that_says_its_own_time_is_not_dated_again():
    from jianggao.compose.account import in_own_time
    fact = "新冠肺炎疫情发生后镇村两级迅速落实联防联控措施，全镇未发生本地疫情"
    assert in_own_time(fact, dt.date(2019, 12, 31), dt.date(2020, 4, 28)) == fact
    assert in_own_time("平稳有序实施新冠病毒感染“乙类乙管”", dt.date(2022, 12, 31), dt.date(2023, 2, 20)).startswith("今年1月8日起")


def test_a_bureau_head_orders_no_department_of_before_the_reform():
    from jianggao.compose.voice import orders_peers
    assert orders_peers("农业部门要加强动物疫情监测和报告，做好畜禽饲养场所消毒。")
    assert orders_peers("工商部门要依法查处虚假医疗广告。")
    assert not orders_peers("要会同农业部门加强动物疫情监测。")
    assert not orders_peers("体育锻炼要经常开展。")


def test_a_mechanism_problem_is_made_whole_and_its_prices_are_the_insurer_s_after_the_reform():
    from jianggao.compose.answers import bodies, heading_of, owner_of, slots_for
    problem = "医疗服务价格动态调整机制尚不健全"
    entry = {"heading": "加强{subject}"}
    gov = bodies("县", dt.date(2022, 5, 17), "government", "special_topic")
    assert heading_of(problem, entry, gov).startswith("健全")
    assert owner_of(problem, slots_for(problem, gov)) == "县医保局"
    # a bureau head does not task the insurer; before the reform the price is no 医保局's
    bureau = bodies("县", dt.date(2022, 5, 17), "bureau", "special_topic")
    assert owner_of(problem, slots_for(problem, bureau)) != "县医保局"
    before = bodies("县", dt.date(2016, 5, 17), "government", "special_topic")
    assert "医保" not in owner_of(problem, slots_for(problem, before))


def test_a_township_leader_speaking_for_its_party_committee_and_government_says_they_called_the_meeting(real):
    for seed in (1, 2, 3):
        text = compose(brief(**_TOWN_2020), real.bank, real.templates, seed=seed).all_text()
        assert "经镇政府同意" not in text, seed


def _fresh50(name: str) -> dict:
    from pathlib import Path

    import yaml
    return yaml.safe_load((Path(__file__).parents[2] / "bench" / "fresh_briefs" / f"fresh50_{name}.yaml").read_text("utf-8"))


def test_targets_and_bases_go_to_the_item_they_bear_on(real):
    from jianggao.compose.finish import bears_on as _bears
    # whom a metric counts ties it to nothing; the idea it names in other words does
    assert _bears("高血压患者规范管理率", "深化慢性病综合防控示范区建设") > _bears("高血压患者规范管理率", "加强严重精神障碍患者服务管理")
    for seed in (1, 2):
        speech = compose(brief(**_fresh50("h3")), real.bank, real.templates, seed=seed)
        paras = [b.body if isinstance(b, Heading) else b.text for b in speech.blocks]
        tb = next(p for p in paras if "成功治疗率继续" in p)
        assert "结核病" in tb.split("成功治疗率继续")[0].split("。")[-1], (seed, tb[:80])
        # (高血压患者规范管理率 has no target in h3: since read62 no rise is set for it, under any item)
        assert not any("高血压患者规范管理率要" in p for p in paras), seed


def test_a_problem_s_subject_leaves_its_degree_words():
    from jianggao.compose.answers import subject_name
    assert subject_name("疫苗流通和预防接种管理仍存在薄弱环节") == "疫苗流通和预防接种管理"
    assert subject_name("严重精神障碍患者管理还有薄弱环节") == "严重精神障碍患者管理"


def test_a_half_year_meeting_speaks_its_points_names_no_task_slow_and_leaves_the_brief_s_item_to_the_tasks(real):
    for seed in (1, 2, 3):
        speech = compose(brief(**_fresh50("h2")), real.bank, real.templates, seed=seed)
        text = speech.all_text()
        opening = text.split("一、")[0]
        assert "三明" not in opening, seed
        assert "我强调" not in text, seed
        assert "等任务进度慢" not in text, seed
        assert "医保基金要对医共体" not in text, seed


def test_a_cut_frame_leaves_its_duty_its_modal():
    from jianggao.compose.once import phrases, without
    s = "要通过对口支援、派驻骨干和远程会诊，把大医院的技术和管理带到医疗资源薄弱的地方。"
    assert without(s, phrases("要通过对口支援、派驻骨干和远程会诊")) == "要把大医院的技术和管理带到医疗资源薄弱的地方。"


def test_a_fact_grounds_no_item_by_how_far_it_went():
    from jianggao.compose.reasons import _names_one_thing
    assert not _names_one_thing("新农合大病保险全面实施", "一是全面实施一对夫妇可生育两个孩子政策。")
    assert _names_one_thing("与市第二人民医院组建城市医疗集团", "一是推进城市医疗集团建设。")


def test_the_care_that_may_not_stop_is_what_the_normalised_care_item_says(real):
    for seed in (1, 2):
        speech = compose(brief(**_fresh50("h5")), real.bank, real.templates, seed=seed)
        paras = [b.body if isinstance(b, Heading) else b.text for b in speech.blocks]
        item = next(p for p in paras if "常态化条件下的医疗服务保障" in p)
        body = item.split("常态化条件下的医疗服务保障。", 1)[1].split("二是")[0]
        assert any(w in body for w in ("透析", "配药", "预约诊疗", "错峰")), (seed, body[:120])


def test_no_rise_is_set_that_the_brief_did_not_set():
    from jianggao.compose.numbers import base_phrase
    from jianggao.model.brief import Metric
    names = ["居民电子健康档案建档率", "新农合政策范围内住院费用报销比例", "家庭医生签约服务覆盖率", "高血压患者规范管理率",
             "2型糖尿病患者规范管理率", "孕产妇系统管理率"]
    # (session 42 said last year's figure as a base in three turns, …要在2013年的基础上继续提高; read62's reader took
    # each for a target the brief never set: the brief's own targets are said, the others are the review's)
    assert all(base_phrase(Metric(name=n, value=75.2, unit="%"), 2013) == "" for n in names)



def test_a_township_sets_no_clinic_departments_and_does_not_rebuild_what_is_at_standard(real):
    from jianggao.model.levels_powers import ABOVE_TOWNSHIP
    for line in ("镇卫生院要设置中医科、中药房，把中医药适宜技术推广开来。", "签约服务费的拨付要和履约质量挂钩。",
                 "加强贫困地区镇卫生院的远程会诊能力建设。"):
        assert ABOVE_TOWNSHIP.search(line), line
    model = done_work.done_model(["镇卫生院完成标准化建设", "村卫生室实现标准化全覆盖"], [])
    for line in ("村卫生室的选址要方便群众看病，房屋和设备要符合建设标准。",
                 "贫困村医疗卫生的薄弱环节要在健康扶贫中解决，做到每个贫困村都有一所达标的村卫生室和一名合格的村医。"):
        found = done_work.order_for_done(line, model)
        assert found is not None and done_work.said_instead(line, found) == "", line
    for seed in (1, 2, 3):
        text = compose(brief(**_TOWN_2020), real.bank, real.templates, seed=seed).all_text()
        item = text.split("落实镇卫生院预检分诊和发热患者登记报告。", 1)[1][:200]
        assert "预检分诊" in item or "发热" in item, (seed, item)
        for off in ("中医科", "签约服务费的拨付", "贫困地区镇卫生院", "符合建设标准"):
            assert off not in text, (seed, off)


def test_a_pair_said_whole_is_one_subject_with_its_short_name():
    from jianggao.compose.subject import same_subject
    assert same_subject("保障母婴安全", "落实孕产妇和新生儿安全保障措施")
    assert not same_subject("加强出生缺陷防治", "落实孕产妇和新生儿安全保障措施")


def test_serving_by_the_contract_is_one_idea_however_worded():
    from jianggao.compose.ideas import ideas_of
    for line in ("签约居民的基本医疗、公共卫生和健康管理服务要按协议落实。",
                 "签约服务要重在履约，家庭医生团队要按照签约协议做好随访。"):
        assert "履约" in ideas_of(line), line
