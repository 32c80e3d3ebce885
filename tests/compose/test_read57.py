"""Session 41 (read57 on fresh52, read59 on fresh53): a brief's metric goes to no item by whose it is, a problem's
setting names no area, a duty's work is named, a role is no task, stock words tie no measure to an item, a one-line
subsection of nothing the brief gave goes, 乙类乙管 is said once, and items on read57's objects have their content."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.answers import work_of
from jianggao.compose.context import as_measure
from jianggao.compose.core import compose
from jianggao.compose.finish import bears_on, marks_once
from jianggao.compose.item_content import content_lines
from jianggao.compose.serve import item_run, problem_areas, subject_of_item
from jianggao.compose.standing import thin_subsections_gone
from jianggao.compose.subject import SUBJECT_LEAST
from jianggao.model.speech import Heading, Paragraph

FRESH = Path(__file__).resolve().parents[2] / "bench" / "fresh_briefs"


def test_whose_a_metric_is_ties_it_to_no_item():
    assert bears_on("适龄儿童国家免疫规划疫苗接种率", "巩固国家卫生县城创建成果，深入开展城乡环境卫生整洁行动") < SUBJECT_LEAST
    assert bears_on("医疗机构依法执业自查覆盖率", "深化行风建设，严格落实医疗机构工作人员廉洁从业九项准则") < SUBJECT_LEAST
    assert bears_on("医疗机构依法执业自查覆盖率", "加强医疗机构依法执业监管") >= SUBJECT_LEAST


def test_a_problem_s_setting_names_no_area():
    named, cued = problem_areas("疫情防控转段后医疗机构运营压力较大，部分区属医院收支结余偏低")
    assert "public_health" not in named and "medical_services" in cued
    assert problem_areas("全面两孩政策实施后高龄孕产妇比例上升，母婴安全压力加大")[0] == ("maternal_child",)
    assert "regulation" in problem_areas("部分医疗机构依法执业主体责任落实不到位，违规行为屡禁不止")[1]


def test_a_duty_not_carried_out_names_its_work():
    assert work_of("部分医疗机构依法执业主体责任落实不到位，违规行为屡禁不止") == "依法执业工作"
    assert work_of("部分单位对爱国卫生工作重视不够") == "爱国卫生工作"
    assert work_of("一些乡镇责任落实不到位") == "相关工作"


def test_a_role_is_no_task_and_opens_on_its_own_verb():
    assert subject_of_item("发挥中医药在新冠肺炎疫情常态化防控中的独特作用") == ""
    assert subject_of_item("深化以公益性为导向的公立医院改革") == "公立医院改革"
    assert subject_of_item("深入学习宣传贯彻党的十九大精神") == ""        # (read59: 把今年十九大精神和其他各项任务部署下去)
    assert as_measure("发挥中医药在新冠肺炎疫情常态化防控中的独特作用").startswith("发挥")


def test_stock_words_tie_no_measure_to_an_item():
    measure = "要加强医疗卫生机构信息化建设的统筹规划，避免重复建设、各自为政。"
    assert item_run(measure, "严格落实加强医疗卫生行风建设“九不准”") == 0
    assert item_run(measure, "推行“综合查一次”，减少对医疗卫生机构的重复检查") == 0
    assert item_run("要做实家庭医生签约服务，提高签约质量。", "做实家庭医生签约服务") >= 6


def test_a_one_line_subsection_of_nothing_the_brief_gave_goes():
    part = [Heading(1, "", "明确重点", ""), Paragraph("今年要突出抓好四个方面的工作。"),
            Heading(2, "", "甲。", "一是做好甲。甲要做实。甲要做细。"), Heading(2, "", "乙。", "一是做好乙。乙要做实。"),
            Heading(2, "", "丙。", "一是做好丙。丙要做实。"), Heading(2, "", "扎实做好妇幼健康工作。", "母婴安全是妇幼健康工作的底线。")]
    out = thin_subsections_gone(part, ["做好甲"])
    assert all(getattr(b, "text", "") != "扎实做好妇幼健康工作。" for b in out)
    assert Paragraph("今年要突出抓好三个方面的工作。") in out
    # a brief item's, a problem's answer (by its first words) or a line of two clause groups stays
    assert len(thin_subsections_gone(part, ["母婴安全是妇幼健康工作的底线。"])) == len(part)
    two = [*part[:-1], Heading(2, "", "丁。", "县疾控中心要督导学校晨检；县教育局要考核。")]
    assert len(thin_subsections_gone(two, [])) == len(two)


def test_yilei_yiguan_is_said_once_by_our_wording():
    blocks = [Paragraph("新冠病毒感染实施“乙类乙管”以后，防控的重心转到保健康、防重症上来。"),
              Paragraph("上半年，新冠病毒感染“乙类乙管”平稳转段，65岁及以上老年人健康管理率达到46.8%。"),
              Paragraph("新冠病毒感染实施“乙类乙管”后，要巩固平稳转段的成果。下半年要排出时间表。")]
    out = marks_once(blocks, ())
    assert [b.text for b in out] == [blocks[0].text, blocks[1].text, "下半年要排出时间表。"]


def test_read57_s_bare_objects_have_their_content():
    from jianggao.render import load_resources
    table = load_resources().templates.wording["ITEM_CONTENT"]
    for item, date, level in (("推行“综合查一次”，减少对医疗卫生机构的重复检查", "2024-04-18", "市"),
                              ("推进村卫生室“中医阁”建设", "2022-06-10", "县"),
                              ("启动三级公立医院绩效考核工作", "2019-03-08", "市"),
                              ("做好城乡居民医保参保动员", "2026-03-05", "镇"),
                              ("发挥中医药在新冠肺炎疫情常态化防控中的独特作用", "2022-06-10", "县")):
        lines = content_lines(table, item, dt.date.fromisoformat(date), level)
        assert len(lines) >= 3, item
    # 综合查一次 is the inspections of institutions, not the patients' 检查检验结果互认
    lines = content_lines(table, "推行“综合查一次”，减少对医疗卫生机构的重复检查", dt.date(2024, 4, 18), "市")
    assert not any("检查检验" in x for x in lines)


def test_fresh52_s_drafts_keep_read57_s_fixes(real):
    j5 = compose(load_brief(FRESH / "fresh52_j5.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "相关工作" not in j5 and "信息化建设的统筹规划" not in j5
    j8 = compose(load_brief(FRESH / "fresh52_j8.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "独特作用重点任务" not in j8 and "抓好发挥" not in j8
    j3 = compose(load_brief(FRESH / "fresh52_j3.yaml"), real.bank, real.templates, seed=1).all_text()
    assert sum("乙类乙管" in s for s in j3.split("。")) <= 2      # the opening's and the review's (brief) one
