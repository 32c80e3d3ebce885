"""What session 51 mended from read72, read73 and blind72 (secretary and blind readers of the bench and fresh briefs'
drafts): a consequence clause answered as an item of its own (四是提高群众获得感), a target's aim said again in its own
paragraph, a copula dropped as a marked turn (…环节就是改善服务… → …环节改善服务…), a catch-all item or subsection left
bare, a special meeting opened on another area for the pandemic, and the picker's record of what each task subsection
said (dead since the standing-items rework, so a narrow idea went on being said in two subsections)."""
from __future__ import annotations

import pytest
from compose_helpers import FRESH, brief

from jianggao.briefs.load import load_brief
from jianggao.compose import once as one_home
from jianggao.compose.core import compose, plan_of
from jianggao.compose.gaps import gaps_of
from jianggao.compose.standing import CATCH_ALL_HEADINGS, thin_subsections_gone
from jianggao.compose.turns import turns_of
from jianggao.model.speech import Heading, Paragraph


@pytest.mark.parametrize("problem, gaps", [
    # (what people feel of the gap before it goes with that gap)
    ("家庭医生数量不足、能力不强，部分签约“签而不约”，群众获得感不强",
     ("家庭医生数量不足、能力不强", "部分签约“签而不约”，群众获得感不强")),
    ("基层服务能力不强，群众满意度不高", ("基层服务能力不强，群众满意度不高",)),
    ("药品供应不足，群众就医体验差", ("药品供应不足，群众就医体验差",)),
])
def test_what_people_feel_is_no_gap_of_its_own(problem, gaps):
    assert gaps_of(problem) == gaps


def test_a_problem_of_what_people_feel_alone_stays_whole():
    assert gaps_of("群众满意度不高") == ("群众满意度不高",)


def test_a_targets_aim_is_not_said_again_in_its_paragraph():
    parts = [[["一是深化紧密型县域医共体建设，县域内就诊率要从去年的92.4%提高到93%。",
               "推进分级诊疗的关键在基层，要以紧密型医共体为载体，推动人员、技术、管理下沉，提高基层常见病、多发病的诊治能力，"
               "逐步提高县域内就诊率。"]]]
    one_home.target_once(parts, ["县域内就诊率达到93%"])
    assert parts[0][0][1] == ("推进分级诊疗的关键在基层，要以紧密型医共体为载体，推动人员、技术、管理下沉，"
                              "提高基层常见病、多发病的诊治能力。")


def test_an_aim_in_another_paragraph_or_of_another_target_stays():
    aim = "推进分级诊疗的关键在基层，要以紧密型医共体为载体，推动人员、技术、管理下沉，逐步提高县域内就诊率。"
    parts = [[["一是深化紧密型县域医共体建设，县域内就诊率要从去年的92.4%提高到93%。"], [aim]]]
    one_home.target_once(parts, ["县域内就诊率达到93%"])
    assert parts[0][1] == [aim]
    other = "要加强签约团队建设，完善签约服务包，提高家庭医生签约服务覆盖率。"
    parts = [[["一是深化紧密型县域医共体建设，县域内就诊率要从去年的92.4%提高到93%。", other]]]
    one_home.target_once(parts, ["县域内就诊率达到93%"])
    assert parts[0][0][1] == other


@pytest.mark.parametrize("sentence", ["群众的投诉要件件有登记、有处理、有回复，投诉集中的环节就是改善服务要下功夫的地方。",
                                      "村医是农村三级网的网底，正是群众看病的第一道关口。"])
def test_a_copula_is_no_turn(sentence):
    assert not {t for t in turns_of(sentence) if t.endswith(("是", "有", "在", "为"))}


def _catch_all(items: list[str]) -> list:
    head = CATCH_ALL_HEADINGS[0]
    return [Heading(1, "三、", "明确任务"), Heading(2, "（一）", "深化医改"), Paragraph("一是推进医共体建设。要把医共体建实。"),
            Heading(2, "（二）", "筑牢公共卫生防线"), Paragraph("一是抓好传染病防控。要落实疫情报告制度。"),
            Heading(2, "（三）", "做好妇幼健康"), Paragraph("一是保障母婴安全。要落实母婴安全五项制度。"),
            Heading(2, "（四）", head), *(Paragraph(x) for x in items),
            Heading(1, "四、", "强化保障"), Paragraph("要加强组织领导。")]


def test_a_catch_all_left_with_one_area_goes_whole():
    out = thin_subsections_gone(_catch_all(["要守护妇女儿童健康。儿童健康管理要抓实，妇幼健康服务水平要提升。"]), [])
    assert not any(isinstance(b, Heading) and b.text in CATCH_ALL_HEADINGS for b in out)
    kept = thin_subsections_gone(_catch_all(["一是稳步改善医疗服务。要优化就诊流程，方便群众看病。",
                                             "二是守护妇女儿童健康。儿童健康管理要抓实，妇幼健康服务水平要提升。"]), [])
    assert any(isinstance(b, Heading) and b.text in CATCH_ALL_HEADINGS for b in kept)


def test_no_item_is_left_bare_by_a_later_pass(real):
    text = compose(load_brief(FRESH / "fresh57_q3.yaml"), real.bank, real.templates, seed=1).all_text()
    lines = [x.strip() for x in text.splitlines()]
    assert "一是稳步改善医疗服务。" not in lines


def test_a_special_meeting_on_another_subject_keeps_the_secretarys_order(real):
    b = load_brief(FRESH / "fresh50_h5.yaml")
    tasks = plan_of(b, real.templates).tasks
    assert [t.view.topic.name for t in tasks[:3]] == ["医改", "医疗服务", "基层卫生"]
    assert tasks[1].view.items[0] == "推动公立医院高质量发展"


def test_a_disease_control_meeting_of_the_pandemic_years_still_leads_with_it(real):
    b = brief(kind="special_topic", year=2022, date="2022-03-10", region={"name": "柏岭县"},
              meeting="2022年全县疾病预防控制工作会议", speaker={"name": "谭国栋", "title": "副县长"},
              priorities=[{"topic": "疾病预防控制", "items": ["加强慢性病综合防控", "做好常态化疫情防控"]}])
    tasks = plan_of(b, real.templates).tasks
    assert tasks[0].view.items[0] == "做好常态化疫情防控", [t.view.items for t in tasks]


def test_a_narrow_idea_one_subsection_said_is_not_said_by_anothers_fed_line(real):
    # (b13: 医共体要推行县乡一体的家庭医生签约服务 under 医改, then 扩大家庭医生签约服务覆盖面，优先做好…慢性病患者… fed
    # to 抓好慢性病综合防控)
    from compose_helpers import REPO
    text = compose(load_brief(REPO / "bench" / "briefs" / "b13_annual_2025_county_rich.yaml"), real.bank,
                   real.templates, seed=1).all_text()
    chronic = next(x for x in text.splitlines() if "是抓好慢性病综合防控" in x)
    assert "签约" not in chronic
