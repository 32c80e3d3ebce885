"""Each brief item leads the measures that serve it (compose.serve, Picker.serve; issue 13, sixth reading: a heap
of stock one-liners after a one-line stub), and the headline area gets the most room (plan.area_weights)."""
from __future__ import annotations

import re

import pytest
from compose_helpers import REPO, composed_with_answers

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.ideas import ideas_of
from jianggao.compose.serve import best_item
from jianggao.model.text import longest_run
from jianggao.writers.text import render_text


def test_a_measure_serves_the_item_whose_ideas_it_carries_out():
    items = ["深化紧密型县域医共体建设", "推进县级公立医院高质量发展"]
    assert best_item("要完善医共体内双向转诊标准和流程，畅通上转和下转通道。", items)[0] == 0
    assert best_item("要推进公立医院薪酬制度改革，建立体现岗位职责和知识价值的薪酬体系。", items)[0] == 1
    assert best_item("要规范医疗机构收费行为，严禁分解收费、重复收费。", items) == (-1, 0)
    # 高危孕产妇 carries out 母婴安全 (SERVES) though the words differ
    assert best_item("要加强高危孕产妇筛查评估和分级管理。", ["落实母婴安全五项制度"])[0] == 0


def test_the_headline_area_gets_the_largest_share(real):
    b = load_brief(REPO / "bench" / "briefs" / "b13_annual_2025_county_rich.yaml")
    tasks = plan_of(b, real.templates).tasks
    assert tasks[0].headline and not any(t.headline for t in tasks[1:])
    assert tasks[0].budget == max(t.budget for t in tasks)
    # the one-item area with one target is the smallest of the brief's own (a core area the plan adds after them,
    # plan.core_areas, weighs less still: area_weights)
    assert min(t.budget for t in tasks if t.view.from_brief) == tasks[2].budget


def test_the_pandemic_area_is_the_headline_in_2021(real):
    b = load_brief(REPO / "bench" / "briefs" / "b19_work_report_2021_county.yaml")
    tasks = plan_of(b, real.templates).tasks
    heads = [t for t in tasks if t.headline]
    if any(t.view.topic.key in ("public_health", "disease_control") for t in tasks):
        assert heads and heads[0].view.topic.key in ("public_health", "disease_control")


def _subsections(text: str) -> list[str]:
    tasks = text[text.index("三、"):text.index("四、")]
    out, cur = [], None
    for line in tasks.splitlines():
        line = line.strip()
        if line.startswith("（"):
            cur = [line]
            out.append(cur)
        elif cur is not None:
            cur.append(line)
    return ["\n".join(x) for x in out]


def test_each_item_leads_its_run_and_its_measures_follow(real):
    b = load_brief(REPO / "bench" / "briefs" / "b13_annual_2025_county_rich.yaml")
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        subs = _subsections(text)
        mch = next(s for s in subs if "母婴安全五项制度" in s)
        after = mch[mch.index("母婴安全五项制度"):]
        first = [s for s in after.split("。")[1:4] if s]
        # the measures right after the item serve it (高危孕产妇, 助产, 救治, 孕产妇 …)
        assert sum(1 for s in first if "孕产妇" in s or "助产" in s or "产科" in s or "新生儿" in s) >= 2, (seed, first)
        reform = next(s for s in subs if "医共体建设" in s)
        assert reform.index("一是") < reform.index("二是") or reform.index("首先") < reform.index("其次")


_ANSWER = re.compile(r"^(?:（[一二三四五六七八九十]+）[^。]*?。)?(?:针对|对|解决)[^，。]{0,24}(?:问题|不足|短板|不强)")


# Known gap (a bar not met is said, never hidden): b13's brief item 做实家庭医生签约服务 is deployed under 医改 and said
# again, in the brief's own words, by the standing 基层 subsection's lead (要着力做实家庭医生签约服务，提高签约服务质量);
# finish keeps every sentence carrying the brief's words, so it stays. Flaky by draw since session 13; the fix belongs
# in the picker (a standing subsection's lead never takes an item another subsection deploys).
_NARROW_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", ["b13_annual_2025_county_rich", "b22_annual_2026_district_rich"])
def test_a_narrow_idea_is_said_in_one_subsection_only(real, monkeypatch, request, name):
    narrow = ("出生缺陷", "医共体", "家庭医生签约", "高危孕产妇", "中医药")
    if name in _NARROW_KNOWN:
        request.applymarker(pytest.mark.xfail(reason=_NARROW_KNOWN[name], strict=False))
    b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
    text, said = composed_with_answers(b, real, 1, monkeypatch)
    subs = _subsections(text)
    for idea in narrow:
        # (a problem's answer names who checks the work, 纳入对医共体的考核, wherever the problem is answered: it is
        # the answer's, compose.answers, not a measure said again)
        holders = [i for i, s in enumerate(subs) if any(idea in ideas_of(x) for x in s.split("。")
                                                        if not _ANSWER.search(x)
                                                        and not any(longest_run(x, a) >= 12 for a in said.values()))]
        assert len(holders) <= 1, (name, idea, holders)


def test_measures_serving_no_item_go_by_subject():
    from jianggao.compose.picker import _grouped
    got = _grouped(["要做好儿童眼保健和视力检查。", "要做好妇女常见病筛查，提高妇女健康水平。",
                    "要加强儿童保健服务，做好儿童健康管理。", "要做好两癌筛查，扩大筛查覆盖面。"])
    kinds = ["儿童" in s for s in got]
    assert kinds in ([True, True, False, False], [False, False, True, True]), got


def test_no_rest_lead_and_no_measure_is_said_twice_in_other_words(real):
    import re
    for name in ("b04_work_report_2017_district_rich", "b14_work_report_2026_city_rich"):
        b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
        text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
        tasks = text[text.index("三、"):]
        leads = re.findall(r"(?:日常工作也要抓紧抓实|其他各项工作，也要|并不是说其他工作)", tasks)
        assert len(leads) == len(set(leads)), leads
        assert tasks.count("推动优质护理服务向基层延伸") <= 1


def test_the_problem_opens_the_subsection_and_the_numbered_items_close_it(real):
    """A problem's answer sits inside the numbered item of its subject, never as an unnumbered paragraph before 一是
    (the twenty-second reading) or after the last item (the eighteenth reading: 一是…, then unnumbered paragraphs, then
    二是…)."""
    b = load_brief(REPO / "bench" / "briefs" / "b22_annual_2026_district_rich.yaml")
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    sub = next(s for s in _subsections(text) if "社区医院建设" in s)
    sentences = sub.replace("\n", "").split("。")
    at = next(i for i, x in enumerate(sentences) if "人员不足" in x or "需要补充的岗位" in x)
    assert re.search("[一二三四五六七八九十]是[^，]+$", sentences[at - 1]), sentences[at - 1:at + 1]
    paragraphs = [p.strip() for p in sub.split("\n") if p.strip()]
    first = next(k for k, p in enumerate(paragraphs) if p.startswith("一是") or "。一是" in p)
    # after 一是 every paragraph is a numbered item or the one continuation an item may have
    numbered = [bool(re.match("[一二三四五六七八九十]是", p)) for p in paragraphs[first + 1:]]
    assert not any(not a and not b for a, b in zip(numbered, numbered[1:], strict=False)), paragraphs[first:]


def test_a_target_goes_with_its_own_item_only(real):
    b = load_brief(REPO / "bench" / "briefs" / "b08_special_2021_jikong_city_rich.yaml")
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    assert "新冠病毒疫苗接种，确保适龄儿童免疫规划" not in text
    # the item's own words are said once, by its lead
    assert text.count("有序推进新冠病毒疫苗接种") == 1


def test_no_covid_vaccine_before_the_jabs_began(real):
    b = load_brief(REPO / "bench" / "briefs" / "b17_annual_2020_county_thin.yaml")
    assert "新冠病毒疫苗" not in render_text(compose(b, real.bank, real.templates, seed=1), "txt")


def test_the_system_s_name_in_a_problem_is_no_area(real):
    b = load_brief(REPO / "bench" / "briefs" / "b04_work_report_2017_district_rich.yaml")
    tasks = plan_of(b, real.templates).tasks
    home = next(t for t in tasks if any("信息化水平不高" in a for a in t.answers))
    assert home.view.topic.key == "informatization"


def test_a_tb_screening_does_not_serve_a_chronic_disease_item():
    """Seventh reading: 结核病主动筛查 filed under 抓好慢性病综合防控 (重点人群 and 筛查 shared no meaning)."""
    from jianggao.compose.serve import score
    assert score("统筹做好重点地区、重点人群的结核病主动筛查，减少传播风险。", "抓好慢性病综合防控") == 0
    assert score("推进慢性病防治关口前移，把高血压患者的筛查做在基层。", "抓好慢性病综合防控") >= 2


def _brief(topic: str, items: list[str]):
    from jianggao.model.brief import Brief
    return Brief.model_validate({
        "kind": "work_report", "year": 2022, "region": {"name": "双河县"},
        "speaker": {"name": "周海燕", "title": "县卫生健康局局长"}, "date": "2022-02-18",
        "priorities": [{"topic": topic, "items": items},
                       {"topic": "医改", "items": ["推进紧密型县域医共体建设"]},
                       {"topic": "妇幼健康", "items": ["落实母婴安全五项制度"]}]})


def test_a_pandemic_year_s_own_name_for_the_area_is_known(real):
    # a secretary in 2020–2022 types 疫情防控, not 疾控: its subsection is the 疾控 area's, not a general heap
    b = _brief("疫情防控", ["抓好常态化疫情防控", "推进新冠病毒疫苗加强免疫接种"])
    assert plan_of(b, real.templates).tasks[0].view.topic.key == "disease_control"


def test_an_area_the_registry_does_not_know_says_its_items_and_little_else(real):
    # 院前急救 and 县级公立医院运行机制 stood under 疫情防控 when the area was unknown (a general heap)
    b = _brief("健康产业", ["培育健康服务新业态", "推进医疗器械产业园建设"])
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        sub = next(s for s in _subsections_any(text) if s.startswith("（") and "健康服务新业态" in s)
        sentences = [s for s in sub.replace("\n", "").split("。") if s.strip()]
        assert len(sentences) <= 7, (seed, sub)       # heading, lead, two items, two general measures, who answers
        # the items, with nothing of their own to say, are named together: no bare 一是…。二是…。 (plan.joined_runs)
        assert "培育健康服务新业态，推进医疗器械产业园建设" in sub.replace("\n", ""), sub
        assert "一是" not in sub, sub


def test_health_poverty_is_an_area_of_its_own_in_the_words_of_its_date(real):
    # 健康扶贫 was unknown and drafted as a general heap (the eleventh reading: a 2018 county's 健康扶贫 was
    # "列入任务清单" and nothing more); from 2021 the same area is 巩固拓展健康扶贫成果, and 贫困人口 is 脱贫人口
    from jianggao.model.brief import Brief

    def brief(year: int, topic: str, item: str) -> Brief:
        return Brief.model_validate({
            "kind": "annual_conference", "year": year, "region": {"name": "柳江县"},
            "speaker": {"name": "覃志刚", "title": "副县长"}, "date": f"{year}-02-21",
            "priorities": [{"topic": "医改", "items": ["推进分级诊疗制度建设"]},
                           {"topic": topic, "items": [item]}]})

    for seed in (1, 2):
        early = render_text(compose(brief(2018, "健康扶贫", "落实农村贫困人口大病专项救治"), real.bank,
                                    real.templates, seed=seed), "txt")
        # a numbered subsection, not the date line （2018年2月21日） with the opening that names the item
        sub = next(s for s in _subsections_any(early) if re.match(r"（[一二三四五六七八九十]+）", s) and "大病专项救治" in s)
        assert sum(w in sub for w in ("先诊疗后付费", "大病保险", "定点医院", "村医", "家庭医生")) >= 2, sub
        late = render_text(compose(brief(2023, "巩固拓展健康扶贫成果", "健全防止因病返贫致贫动态监测和帮扶机制"),
                                   real.bank, real.templates, seed=seed), "txt")
        assert "贫困人口" not in late.replace("脱贫人口", "") and "健康扶贫工程" not in late, late
        assert plan_of(brief(2023, "巩固拓展健康扶贫成果", "x"), real.templates).tasks[1].view.topic.key == "health_poverty"


def _subsections_any(text: str) -> list[str]:
    out, cur = [], None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("（") or line[:2] in ("一、", "二、", "三、", "四、", "五、"):
            cur = [line]
            out.append(cur)
        elif cur is not None:
            cur.append(line)
    return ["\n".join(x) for x in out]


def _aiguo():
    from jianggao.model.brief import Brief
    return Brief.model_validate({
        "kind": "special_topic", "year": 2024, "region": {"name": "清河县"}, "meeting": "2024年全县爱国卫生工作会议",
        "speaker": {"name": "马晓东", "title": "副县长"}, "date": "2024-04-09",
        "problems": ["部分城乡结合部环境卫生脏乱差"],
        "priorities": [{"topic": "爱国卫生", "items": ["开展城乡环境卫生整洁行动", "推进国家卫生县城复审"]}]})


def test_a_special_meeting_heads_no_facet_an_item_already_covers(real):
    import yaml

    from jianggao.compose.context import facet_of
    facets = yaml.safe_load((REPO / "templates" / "wording" / "facets.yaml").read_text(encoding="utf-8"))
    variants = {v: f[0] for fs in facets.values() for f in fs for v in f[0].split("‖")}
    for brief in (_aiguo(), load_brief(REPO / "bench" / "briefs" / "b09_special_2023_yigai_county.yaml")):
        items = [i for p in brief.priorities for i in p.items]
        for seed in (1, 2, 3):
            text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
            heads = [line.strip()[3:].split("。")[0] for line in text.splitlines() if line.strip().startswith("（")]
            for h in heads:
                if h in variants:
                    assert not any(facet_of(i, [variants[h]]) >= 0 for i in items), (seed, h, items)


def test_a_special_meeting_says_a_facet_s_measures_under_it(real):
    # 严禁公立医院举债 and 经济运行监管 stood in the first subsection's heap while 深化公立医院改革 stood second
    b = load_brief(REPO / "bench" / "briefs" / "b09_special_2023_yigai_county.yaml")
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        subs = [x for x in _subsections_any(text[text.index("二、"):text.index("三、")]) if x.startswith("（")]
        first, others = subs[0], "".join(subs[1:])
        hospital = [s for s in first.split("。") if "公立医院" in s]
        assert len(hospital) <= 1 or others.count("公立医院") >= len(hospital), (seed, hospital)


def test_a_measure_under_an_item_is_about_the_item_s_subject():
    """Ninth reading: 「二是开展乡村医生轮训。人社部门要落实乡村医生养老保障…」 and 村医 measures under 乡镇卫生院标准化建设."""
    from jianggao.compose.serve import score
    assert score("人社部门要落实乡村医生养老保障和待遇补助政策。", "开展乡村医生轮训") == 0
    assert score("要规范基层医疗卫生机构财务管理，严格执行财务制度。", "开展乡村医生轮训") == 0
    assert score("乡村医生培训要把集中授课、临床进修和跟班学习结合起来。", "开展乡村医生轮训") >= 2
    assert score("村卫生室建设要因地制宜，人口较多的村单独设置。", "推进乡镇卫生院标准化建设") == 0
    assert score("要按照建设标准，对乡镇卫生院的业务用房、设施设备逐院对照。", "推进乡镇卫生院标准化建设") >= 2


def test_an_item_s_measures_go_recruit_train_place_keep():
    from jianggao.compose.serve import in_stage_order
    got = in_stage_order(["对定向培养的村医，要安排到乡镇卫生院跟班学习。", "要做好村医的健康档案工作。",
                          "要与医学院校签订定向培养协议，为村卫生室储备接班人。"])
    assert got[0].startswith("要与医学院校签订") and got[1] == "要做好村医的健康档案工作。"


def test_every_problem_of_the_rich_briefs_is_answered_in_the_tasks(real, monkeypatch):
    """Issue 13: every problem the brief names is answered by a task (健康扶贫任务仍然繁重 was raised twice and answered
    nowhere in the ninth reading's b05): a measure serve judges an answer, or the answer the speech made for it (the
    table's own, said in the draft — b01's 县卫生局要摸清乡村医生的年龄结构… for 乡村医生队伍老化 names 养老保障, an area
    serve.score keeps apart, and the test had passed on generic 人才培养 lines alone)."""
    import re

    from compose_helpers import sentence_saying, speech_answers

    from jianggao.compose.serve import answers_problem
    for name in ("b01_annual_2012_county_rich", "b05_annual_2018_county_rich", "b08_special_2021_jikong_city_rich"):
        b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
        text, made = speech_answers(b, real, 1, monkeypatch)
        said = made.said if made else {}
        sentences = re.findall(r"[^。！？\n]+[。！？]", text)
        for p in b.problems:
            assert any(answers_problem(s, p) for s in sentences) or \
                (p in said and sentence_saying(sentences, said[p]) is not None), (name, p)


def test_the_item_answering_the_problem_leads_its_subsection(real):
    b = load_brief(REPO / "bench" / "briefs" / "b05_annual_2018_county_rich.yaml")
    for seed in (1, 2):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        # (found by its item: rep21's answers name the problem by its aim, 为充实村医队伍…, not 村医队伍青黄不接 again)
        sub = next(s for s in _subsections(text) if "实施村医定向培养" in s and "完成剩余村卫生室标准化建设" in s)
        assert sub.index("实施村医定向培养") < sub.index("完成剩余村卫生室标准化建设"), seed


def test_no_item_is_left_with_nothing_to_say(real):
    """Ninth reading's b14: 「一是发展普惠托育服务。」 with nothing after it while 二是 took its 托育 measure."""
    import re
    b = load_brief(REPO / "bench" / "briefs" / "b14_work_report_2026_city_rich.yaml")
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    assert not re.search(r"[一二三四五]是发展普惠托育服务。(?:\n|$)", text)
    assert re.search(r"[一二三四五]是发展普惠托育服务。[^\n]*托", text)


def test_an_item_takes_its_subject_s_measures_whatever_area_lists_it(real):
    # 家庭医生签约 is written under 医改 (task_more) and a 2019 brief listed it under 基层卫生: 2 measures, now its own
    from jianggao.model.brief import Brief
    b = Brief.model_validate({
        "kind": "midyear_review", "year": 2019, "region": {"name": "东湖区"}, "date": "2019-07-16",
        "speaker": {"name": "汪建国", "title": "副区长"},
        "priorities": [{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]},
                       {"topic": "公共卫生", "items": ["做好夏秋季传染病防控"]},
                       {"topic": "医疗服务", "items": ["开展医疗乱象专项整治"]}]})
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        sub = next(s for s in _subsections_any(text) if s.startswith("（") and "做实家庭医生签约服务" in s)
        assert sub.count("签约") >= 4, (seed, sub)


def test_a_city_s_hospital_reform_takes_no_county_measure():
    from jianggao.compose.serve import score
    item = "推进城市公立医院综合改革试点"
    assert score("要加强县级公立医院重点专科建设，围绕外转率高的病种补齐短板，减少患者外转。", item) == 0
    assert score("要完善公立医院经济运行监管，加强预算和成本管理，提高资源使用效率。", item) > 0


@pytest.mark.parametrize(("item", "subject"), [
    # a compound is about its last noun, the words before it only qualify it (b04: read as 生育, every 信息化 measure
    # was refused for the platform item)
    ("建设区域人口健康信息平台", "信息化"), ("推进区域人口健康信息平台建设", "信息化"),
    ("健全传染病监测预警体系", "疾控"), ("实施村医定向培养", "人才"), ("推进疾控机构标准化建设", "建设"),
    # not compounds: two things side by side, two phrases joined, a postposition's frame keep the first named
    ("加强产科儿科服务能力建设", "妇幼"), ("加强乡镇卫生院和村卫生室建设", "村医"),
    ("配合社区卫生服务中心做好家庭医生签约服务", "签约服务"), ("人社部门要在职称评聘上向基层倾斜", "人才"),
])
def test_a_compound_item_is_on_the_subject_of_its_head_noun(item, subject):
    from jianggao.compose.serve import _subject_of, subject_of
    assert subject_of(item) == _subject_of(item) == subject


def test_measures_are_grouped_by_subject_and_packed_into_short_paragraphs():
    from jianggao.compose.serve import by_subject, packed, paragraph_breaks, subject_of
    assert subject_of("要完善家庭医生签约服务的激励机制，签约服务费主要用于家庭医生团队。") == "签约服务"
    assert subject_of("要深化医保支付方式改革，推动医疗机构主动控费。") == "医保支付"
    assert subject_of("摸清公立医院债务底数，制定化解计划，严禁公立医院举债建设。") == "公立医院"   # by its words
    measures = ["要深化医保支付方式改革，推动医疗机构主动控费。", "要完善家庭医生签约服务的激励机制。",
                "要用好医保支付这个杠杆，引导医疗机构规范诊疗。", "要为签约居民提供预约转诊、长期处方等便利。"]
    groups = by_subject(measures)
    assert [len(g) for g in groups] == [2, 2] and all(len({subject_of(m) for m in g}) == 1 for g in groups)
    # 签约服务 comes before 医保支付 in SUBJECTS; a lone measure joins its neighbour rather than stand alone
    paras = packed(groups + [["要巩固完善基本药物制度，保障基层常用药品供应。"]])
    assert subject_of(paras[0][0]) == "签约服务" and [len(p) for p in paras] == [5]     # one family: 签约, 医保, 基药
    paras = packed(groups + [["要加强卫生人才需求预测和规划，分年度制定招聘和培训计划。"] * 2])
    assert [len(p) for p in paras] == [4, 2]               # 人才 is no neighbour of 医保支付
    # a paragraph opens at a change of subject once it holds enough, never before a sentence leaning on the last
    six = ["要推进公立医院薪酬制度改革。"] * 3 + ["要深化医保支付方式改革。"] * 3
    assert paragraph_breaks(six, 0, least=3) == (3,)
    assert paragraph_breaks(six, 0, lambda s: False, least=3) == ()
    assert max(paragraph_breaks(["要推进公立医院薪酬制度改革。"] * 9, 1, most=6)) <= 6


def test_follow_up_lines_are_told_from_measures():
    from jianggao.compose.serve import is_ledger
    assert is_ledger("要建立改革任务台账，明确牵头单位和完成时限，定期调度推进情况。")
    assert is_ledger("这方面的工作，县卫生健康局要细化时间表、路线图，一项一项抓落实。")
    assert not is_ledger("要推进公立医院薪酬制度改革，建立体现岗位职责和知识价值的薪酬体系。")


def test_no_task_paragraph_is_a_heap(real):
    """The eleventh reading: section 三 was 10 to 18 stock sentences to a paragraph."""
    import re
    for name in ("b05_annual_2018_county_rich", "b13_annual_2025_county_rich", "b14_work_report_2026_city_rich"):
        b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
        text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
        tasks = text[text.index("三、"):]
        tasks = tasks[:tasks.index("四、")] if "四、" in tasks else tasks
        sizes = [len(re.findall(r"[。！？]", p)) for p in tasks.splitlines()]
        assert max(sizes) <= 8, (name, max(sizes))


def test_a_government_leader_says_no_follow_up_line_after_every_subsection(real):
    b = load_brief(REPO / "bench" / "briefs" / "b05_annual_2018_county_rich.yaml")
    from jianggao.compose.serve import is_ledger
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    tasks = text[text.index("三、"):text.index("四、")]
    assert sum(1 for s in re.split(r"(?<=。)", tasks) if is_ledger(s)) <= 2
    assert "各级政府" not in tasks and "诊室、治疗室" not in tasks and "水电" not in tasks


def test_measures_on_people_cared_for_go_find_treat_follow_support():
    # the fourteenth reading: 出生缺陷患儿的救治 before 筛查; 摸清严重精神障碍患者底数 after 随访
    from jianggao.compose.serve import care_link, in_stage_order
    got = in_stage_order(["出生缺陷患儿的救治要与医疗保障和社会救助衔接起来。",
                          "要做好出生缺陷防治知识的宣传。",
                          "对筛查发现的先天性心脏病等出生缺陷患儿，要及时转诊救治。"])
    # (the 宣传 line names no one cared for: it keeps its place between them)
    assert got[0].startswith("对筛查发现") and got[1].startswith("要做好") and got[2].startswith("出生缺陷患儿的救治")
    got = in_stage_order(["严重精神障碍患者出院后由基层接续随访。", "摸清严重精神障碍患者底数，做到应登尽登。"])
    assert got[0].startswith("摸清")
    # a measure on no one cared for keeps its place
    assert care_link("要加强乡镇卫生院标准化建设。") == -1


@pytest.mark.parametrize("measure, item, other", [
    # (fit31: which disease or programme of disease control an item names)
    ("疫苗从进货、储存到接种的每一个环节都要有记录、可追溯。", "加强艾滋病、结核病防治", True),
    ("预防接种的每个环节都要按规范来，免疫规划疫苗接种率要稳住、提高。", "做好艾滋病防治", True),
    ("要把咳嗽、咳痰两周以上的可疑症状者及时转诊到结核病定点医院。", "做好免疫规划和预防接种", True),
    ("要把咳嗽、咳痰两周以上的可疑症状者及时转诊到结核病定点医院。", "加强艾滋病、结核病防治", False),
    ("预防艾滋病、梅毒和乙肝母婴传播要覆盖所有孕产妇。", "做好艾滋病防治", False),
    # (an item naming none of them takes them all)
    ("疫苗从进货、储存到接种的每一个环节都要有记录、可追溯。", "健全传染病监测预警体系", False),
])
def test_a_disease_item_takes_no_other_disease_s_line(measure, item, other):
    from jianggao.compose.serve import other_object, score
    assert other_object(measure, item) is other
    if other:
        assert score(measure, item) == 0
