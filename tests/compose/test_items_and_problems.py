"""Section 三 as the leader who must deliver it reads it (the fifteenth session's readers, LOGIC): each item's paragraph
delivers its heading, a problem is answered with a measure of its subject and never with procedure (列入任务清单,
明确牵头单位, 摸清底数), a paragraph holds one subject, and an area the registry does not know borrows by its items'
own words."""
from __future__ import annotations

import re

from jianggao.compose.core import compose
from jianggao.compose.serve import HONEST, answer_cues, answers_problem, packed, problem_areas, score
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

PROCEDURE = re.compile(r"列入今年的任务清单|明确牵头单位和责任人|摸清底数、找准症结|明确牵头单位、工作措施和完成时限")


def _tasks(text: str) -> str:
    start = text.index("三、")
    end = text.find("四、", start)
    return text[start:end if end > 0 else len(text)]


def _sentences(text: str) -> list[str]:
    return re.findall(r"[^。！？\n]+[。！？]", text)


def _after(text: str, lead: str) -> str:
    """The sentence right after ``lead`` in its paragraph, or "" where the paragraph ends there."""
    at = text.index(lead) + len(lead)
    rest = text[at:].split("\n")[0]
    return (_sentences(rest) or [""])[0]


def _county_2013() -> Brief:
    return Brief.model_validate({
        "kind": "annual_conference", "year": 2013, "region": {"name": "石门县"}, "date": "2013-02-26",
        "speaker": {"name": "郑国华", "title": "副县长", "on_behalf_of": "县委、县政府"},
        "problems": ["县级医院服务能力不强", "村医待遇偏低、队伍不稳", "基本公共卫生服务项目质量不高"],
        "priorities": [
            {"topic": "医改", "items": ["推进县级公立医院综合改革试点", "巩固完善基本药物制度"]},
            {"topic": "基层卫生", "items": ["落实乡村医生补助政策"]},
            {"topic": "公共卫生", "items": ["规范基本公共卫生服务项目管理"]},
            {"topic": "妇幼健康", "items": ["落实农村孕产妇住院分娩补助"]}]})


def test_each_item_s_paragraph_delivers_its_heading(real):
    """Readers: 村医补助 and 基本公卫 measures under 巩固完善基本药物制度; 落实乡村医生补助政策 followed by 轮训; 住院分娩补助
    followed by 母乳喂养."""
    for seed in (1, 2):
        tasks = _tasks(render_text(compose(_county_2013(), real.bank, real.templates, seed=seed), "txt"))
        drugs = tasks[tasks.index("基本药物制度。"):].split("\n")[0]
        assert "村医" not in drugs and "基本公共卫生服务项目绩效" not in drugs, (seed, drugs)
        # the item's own measures lead its paragraph: 补助/待遇 in its first two sentences, 轮训 not first (which of two
        # fitting measures comes first is the seed's: era10's template changes moved seed 1's draw)
        first = _after(tasks, "落实乡村医生补助政策。")
        second = _after(tasks, "落实乡村医生补助政策。" + first) if first else ""
        assert re.search(r"补助|待遇", first + second) and "轮训" not in first, (seed, first, second)
        # (the item may share its heading with a neighbour of its business: 一是落实…住院分娩补助，加强出生缺陷防治。)
        head = re.search(r"落实农村孕产妇住院分娩补助[^。\n]*。", tasks)
        births = _after(tasks, head.group(0)) if head else ""
        assert not births or "补助" in births, (seed, births)


def test_no_problem_is_met_with_procedure_where_a_measure_of_its_subject_exists(real):
    """Readers, every round: 「…的问题，要列入今年的任务清单，明确牵头单位和责任人…」 as the only answer."""
    city = Brief.model_validate({
        "kind": "annual_conference", "year": 2015, "region": {"name": "临江市"}, "date": "2015-02-10",
        "speaker": {"name": "韩立新", "title": "副市长", "on_behalf_of": "市委、市政府"},
        "problems": ["优质医疗资源总量不足、分布不均", "基层卫生人才引不进、留不住"],
        "priorities": [{"topic": "医改", "items": ["推进城市公立医院综合改革试点"]},
                       {"topic": "基层卫生", "items": ["加强全科医生队伍建设"]},
                       {"topic": "公共卫生", "items": ["提高基本公共卫生服务质量"]}]})
    county = Brief.model_validate({
        "kind": "work_report", "year": 2022, "region": {"name": "双河县"}, "date": "2022-02-18",
        "speaker": {"name": "周海燕", "title": "县卫生健康局局长"},
        "problems": ["公共卫生应急能力仍有短板", "县人民医院专科能力不强"],
        "priorities": [{"topic": "疫情防控", "items": ["抓好常态化疫情防控"]},
                       {"topic": "医改", "items": ["推进紧密型县域医共体建设"]},
                       {"topic": "妇幼健康", "items": ["落实母婴安全五项制度"]}]})
    for brief in (city, county):
        for seed in (1, 2):
            tasks = _tasks(render_text(compose(brief, real.bank, real.templates, seed=seed), "txt"))
            assert not PROCEDURE.search(tasks), (brief.year, seed, PROCEDURE.search(tasks))
            for p in brief.problems:
                # (or the answer names its gap in passing and says who does what about it: 优质医疗资源总量不足、分布不均，
                # 市卫生计生委要把新增的床位、设备优先安排到资源薄弱的片区…, answers.py's frames since the tenth session)
                answered = any(answers_problem(s, p) for s in _sentences(tasks) if p not in s) or any(
                    p in s and re.search(r"[局委院心]要|政府要", s.split(p, 1)[1]) and len(s) > len(p) + 40
                    and not PROCEDURE.search(s) for s in _sentences(tasks))
                # (rep21: or, read out in the review, it is answered where its answer stands — under its own numbered
                # item or the item on its subject — without its words again: a body told to do what the problem asks,
                # 市级医院要借助上级大医院的对口协作… for 分布不均, 市卫生计生委要…通过公开招聘… for 引不进、留不住)
                asked = answer_cues(p)[0]
                under = bool(asked) and any(any(r.search(x) for r in asked) and re.search(r"[局委院心]要|政府要", x)
                                            and not PROCEDURE.search(x) for x in _sentences(tasks))
                honest = any(h.split("{")[0] in tasks or h.split("}")[-1][:8] in tasks for h in HONEST)
                assert answered or under or honest, (brief.year, seed, p)


def test_the_honest_sentence_commits_without_procedure():
    assert len(set(HONEST)) == len(HONEST) >= 3
    for h in HONEST:
        assert not PROCEDURE.search(h) and not re.search(r"清单|牵头|时限|台账|对账|方案|底数", h), h


def test_a_problem_s_areas_are_its_words_the_cue_table_breaking_ties():
    named, cued = problem_areas("公共卫生应急能力仍有短板")
    assert set(named[:2]) == {"public_health", "emergency"} and named[0] == "emergency"
    named, cued = problem_areas("基层卫生人才引不进、留不住")
    assert "primary_care" in named and "workforce" in (*named, *cued)
    assert problem_areas("优质医疗资源总量不足、分布不均")[0] == ()


def test_a_lone_measure_joins_no_paragraph_on_another_subject():
    health_ed = ["要把健康知识普及作为提高居民健康素养的基础工作，用群众听得懂的话把防病知识讲清楚。",
                 "医疗机构和医务人员要在诊疗中开展健康教育，把健康知识讲给每一位患者和家属。"]
    mental = ["要建立精神卫生综合管理工作机制，卫生、公安、民政、残联等部门定期会商、信息互通。"]
    paragraphs = packed([health_ed, mental])
    assert not any(mental[0] in p and health_ed[0] in p for p in paragraphs), paragraphs


def test_a_measure_on_a_distinct_area_s_programme_serves_no_other_item():
    births = "农村孕产妇住院分娩补助要与新农合报销衔接起来，做到出院即时结算，让孕产妇出院时就能拿到补助，不再来回跑。"
    assert score(births, "提高新农合保障水平") == 0
    assert score(births, "落实农村孕产妇住院分娩补助") >= 3
    pay = "医务人员的薪酬决不能与药品、耗材和检查检验收入挂钩，要从制度上切断收入与创收的联系。"
    assert score(pay, "推进检查检验结果互认") < 2


def test_an_area_the_registry_does_not_know_borrows_by_its_items_words(real):
    brief = Brief.model_validate({
        "kind": "work_report", "year": 2022, "region": {"name": "双河县"}, "date": "2022-02-18",
        "speaker": {"name": "周海燕", "title": "县卫生健康局局长"},
        "priorities": [{"topic": "职业健康", "items": ["加强职业病防治"]},
                       {"topic": "医改", "items": ["推进紧密型县域医共体建设"]},
                       {"topic": "妇幼健康", "items": ["落实母婴安全五项制度"]}]})
    for seed in (1, 2):
        tasks = _tasks(render_text(compose(brief, real.bank, real.templates, seed=seed), "txt"))
        # (the item's measures: its paragraph and the one continuing it, each measure a sentence or a ；-joined clause)
        sub = "".join(tasks[tasks.index("加强职业病防治。"):].split("（二）")[0].split("\n")[:2])
        measures = [m for s in _sentences(sub) for m in s.split("；")]
        assert len([m for m in measures if "职业" in m]) >= 3, (seed, sub)


def test_an_item_on_one_kind_of_staff_takes_no_measure_on_another():
    item = "加强全科医生队伍建设"
    assert score("要加强住院医师规范化培训和全科医生培养，提升医务人员业务能力。", item) >= 2
    for other in ("要加强公共卫生人才队伍建设，配齐配强疾控、妇幼、卫生监督等专业技术人员。",
                  "要加强信息化人才队伍建设，提高医疗卫生机构信息化应用水平。",
                  "要加强健康教育专业队伍建设，提高健康教育工作水平。"):
        assert score(other, item) == 0, other


def test_quality_is_not_served_by_convenience():
    """Fifteenth session: 预约诊疗 and 候诊 under 开展全面提升医疗质量行动."""
    assert score("要推广预约诊疗、检查检验结果互认等便民举措，让群众就医更加便捷、舒心。", "开展全面提升医疗质量行动") < 2


def test_a_school_s_or_a_season_s_measure_serves_only_an_item_naming_it():
    """A school line under 做好夏秋季传染病防控 (schools are shut in July), a 示范区 line for a brief that named none."""
    school = "学校要配齐校医和保健教师，把学校传染病防控的各项制度落到每一个班级，防止疫情在校园内传播。"
    assert score(school, "做好夏秋季传染病防控") == 0 and score(school, "做好学校传染病防控") >= 2
    summer = "夏秋季要盯住手足口病、感染性腹泻、登革热等季节性传染病，加强监测和疫情报告，发现聚集性病例及时处置。"
    assert score(summer, "做好夏秋季传染病防控") >= 2 and score(summer, "做好重点传染病防控") == 0
    assert score("慢性病综合防控示范区建设要坚持政府主导、部门协作。", "慢性病管理质量不高", strict=False) == 0


def test_a_special_meeting_s_one_subsection_answers_a_problem_of_its_near_area(real):
    # a 疾病预防控制 meeting's subsection is 疾控's; 接种门诊 is 公共卫生 by the registry's words, and is answered there
    from jianggao.compose.core import plan_of

    b = Brief.model_validate(dict(kind="special_topic", year=2018, region={"name": "江北区"}, meeting="2018年全区疾病预防控制工作会议",
              speaker={"name": "韩雪梅", "title": "副区长"}, date="2018-04-11",
              problems=["疫苗接种门诊规范化建设不平衡", "学校传染病防控责任落实不到位"],
              priorities=[{"topic": "公共卫生", "items": ["加强预防接种规范管理", "做好学校传染病防控"]}]))
    p = plan_of(b, real.templates)
    assert p.situation_problems == ()
    assert {a for t in p.tasks for a in t.answers} == set(b.problems)
