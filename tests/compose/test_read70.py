"""What session 49 mended from its reading of fresh63's w3 on session 48's branch: the region's own name kept in the
meeting's area (全县榆溪县医共体建设工作), an earlier speaker's own verb said twice (作了代表…作了表态发言), and lines
lent to an item by the unit both name (健康村镇 and 精神卫生 lines under 提升乡镇卫生院服务能力)."""
from __future__ import annotations

import datetime as dt

import pytest
from compose_helpers import FRESH

from jianggao.briefs.load import load_brief
from jianggao.compose import serve
from jianggao.compose.context import main_topic
from jianggao.compose.core import compose


@pytest.fixture(scope="module")
def w3(real):
    """fresh63's w3 (a 副县长 at a county's 医共体 meeting), composed once at seed 1."""
    return compose(load_brief(FRESH / "fresh63_w3.yaml"), real.bank, real.templates, seed=1).all_text()


def test_a_meetings_area_does_not_keep_the_regions_own_name():
    brief = load_brief(FRESH / "fresh63_w3.yaml")
    assert "榆溪" not in main_topic(brief).name
    assert "医共体" in main_topic(brief).name


def test_the_region_is_not_named_inside_the_area_it_is_the_scope_of(w3):
    assert "全县榆溪县" not in w3
    assert "榆溪县医共体建设工作" not in w3


def test_an_earlier_speakers_own_verb_is_said_once(w3):
    assert "同志代表医共体牵头医院作了表态发言" in w3
    assert "作了代表" not in w3


@pytest.mark.parametrize("content, said", [
    ("代表医共体牵头医院作表态发言", "代表医共体牵头医院作了表态发言"),
    ("代表医共体牵头医院作了表态发言", "代表医共体牵头医院作了表态发言"),
    ("围绕基层首诊作交流发言", "围绕基层首诊作了交流发言"),
])
def test_an_earlier_speaker_who_spoke_for_others_is_announced_with_one_verb(real, content, said):
    brief = load_brief(FRESH / "fresh63_w3.yaml")
    first = brief.previous_speakers[0].model_copy(update={"content": content})
    brief = brief.model_copy(update={"previous_speakers": [first]})
    text = compose(brief, real.bank, real.templates, seed=1).all_text()
    assert said in text
    assert "作了代表" not in text and "作了围绕" not in text and "了了" not in text


_CAPACITY = "提升乡镇卫生院服务能力，开展优质服务基层行活动"


@pytest.mark.parametrize("measure", [
    "健康村镇建设要发挥村（居）委会和乡镇卫生院的作用，把健康知识和健康生活方式送到农户家中",
    "乡镇卫生院要明确精神卫生防治人员，把辖区患者的随访和用药指导接续起来",
])
def test_another_areas_line_is_not_lent_to_an_item_by_the_unit_both_name(measure):
    assert serve.score(measure, _CAPACITY) == 0


@pytest.mark.parametrize("measure", [
    "要着力加强乡镇卫生院全科医生的配备，逐步做到每个乡镇卫生院都有合格的全科医生",
    "凡是通过标准化建设新增的业务用房和设备，乡镇卫生院都要尽快投入使用，开展相应的诊疗服务",
])
def test_the_units_own_capacity_still_serves_the_item(measure):
    assert serve.score(measure, _CAPACITY) > 0


def test_w3s_capacity_item_holds_no_other_areas_line(w3):
    start = w3.index("二是提升乡镇卫生院服务能力")
    part = w3[start:w3.index("三是", start)]
    assert "健康村镇" not in part and "精神卫生" not in part


@pytest.fixture(scope="module")
def w5(real):
    """fresh63's w5 (a 镇长's 2026 annual speech), composed once at seed 1."""
    return compose(load_brief(FRESH / "fresh63_w5.yaml"), real.bank, real.templates, seed=1).all_text()


def test_a_township_does_not_plan_the_countys_maternity_beds_or_fund_nurseries(w5):
    for county in ("产科、儿科床位", "举办托育机构", "普惠性服务供给"):
        assert county not in w5, county


def test_a_township_answers_its_clinics_doctors_leaving_with_what_it_can_do(w5):
    assert "镇卫生院人才留不住" in w5
    start = w5.index("（一）", w5.index("三、"))
    lead = w5[start:w5.index("一是", start)]
    assert "能办的事，我们来办" in lead and "向上级" in lead


def test_filler_every_draft_said_is_gone(w5):
    assert "一劳永逸" not in w5
    assert "重点传染病要随时防" not in w5


@pytest.fixture(scope="module")
def x4(real):
    """fresh64's x4 (a 副镇长's 2025 half-year review), composed once at seed 1."""
    return compose(load_brief(FRESH / "fresh64_x4.yaml"), real.bank, real.templates, seed=1).all_text()


def test_a_problem_is_not_taken_to_a_task_by_the_grassroots_unit_both_name(x4):
    # (部分村卫生室只有一名村医… had gone to 安全生产's 开展镇卫生院和村卫生室消防…安全检查 by 村卫生室 alone)
    # (the 安全 subsection by its brief item, not by its heading's wording, which the draw varies: 筑牢安全生产防线,
    # 守牢医疗卫生机构安全底线)
    start = x4.rindex("（", 0, x4.index("消防、用电"))
    part = x4[start:x4.index("三、", start)]
    assert "村医" not in part and "接替" not in part
    assert "接替人选" in x4[:start]


def test_villages_slipping_back_are_answered_by_the_villages_not_the_clinic(x4):
    assert "乱堆乱放有所反弹的时限要求" not in x4
    assert "河塘沟渠清理的时限要求" not in x4
    assert "各村要配齐保洁员" in x4


def test_a_problems_name_leaves_its_judgement_out():
    from jianggao.compose.answers import problem_name

    name = problem_name("农贸市场和“五小”行业门店证照不全、从业人员健康证过期、防鼠防蝇设施缺失等问题比较普遍")
    assert name.endswith("缺失等")
    assert problem_name("医疗废物处置不规范的问题仍然存在") == "医疗废物处置不规范"


def test_h7n9_is_no_longer_deployed_after_the_poultry_were_vaccinated(real):
    brief = load_brief(FRESH / "fresh64_x2.yaml")
    text = compose(brief, real.bank, real.templates, seed=1).all_text()
    assert "H7N9" not in text
    assert "巩固卫生城镇创建成果" not in text    # a city's district keeps its city's 国家卫生城市 title


def test_a_reviews_own_heading_dates_what_it_tells_by_the_year_reviewed():
    from jianggao.lint.era import _review_years
    from jianggao.lint.occasion import Occasion

    paragraph = "（八）党建廉政工作迈出新步伐。深入开展创先争优活动，开展医药购销领域商业贿赂专项治理。"
    occ = Occasion.on(dt.date(2013, 2, 26), "县")
    assert 2012 in _review_years(paragraph, paragraph.index("创先争优"), occ)


def test_a_childs_development_screened_is_no_epidemic_warning():
    from jianggao.compose.ideas import ideas_of

    assert "监测预警" not in ideas_of("各社区卫生服务中心要开展儿童心理行为发育评估，早期发现孤独症等发育障碍。")
    assert "监测预警" in ideas_of("提高传染病的早期发现和快速处置能力。")


def test_a_fact_grounds_only_a_measure_on_its_own_business():
    from jianggao.compose.reasons import facts_as_ground

    item = "一是抓好新冠病毒感染“乙类乙管”常态化防控，重点守护好老年人和慢性病患者。"
    answer = "提升群众健康意识，镇卫生院要组织医生进村入户讲健康知识。"
    tasks = [[[item, answer]]]
    facts_as_ground(tasks, ["老年人新冠病毒疫苗接种扎实推进"], "去年")
    assert tasks[0][0][1] == answer
    ally = "一是推进紧密型城市医疗集团建设。"
    measure = "要明确医联体内各级医疗机构的分工。"
    tasks = [[[ally, measure]]]
    facts_as_ground(tasks, ["与市第二人民医院组建城市医疗集团"], "去年")
    assert tasks[0][0][1].startswith("在去年与市第二人民医院组建城市医疗集团的基础上，")


@pytest.fixture(scope="module")
def y4(real):
    """fresh65's y4 (a 镇长's 2023 annual speech, thin), composed once at seed 1."""
    return compose(load_brief(FRESH / "fresh65_y4.yaml"), real.bank, real.templates, seed=1).all_text()


def test_a_township_answers_its_clinics_old_equipment_and_builds_no_county_seat(y4):
    assert "设备老旧问题" not in y4             # (the honest 前面讲到的…问题…尽快见到成效 of an unanswered problem)
    assert "急需更新的设备逐项列出来" in y4
    assert "健康县城" not in y4 and "卫生县城创建的成果" not in y4


def test_a_lead_of_two_targets_stays_unless_both_bear_on_the_item(real):
    # (fresh65 y1: 县域内就诊率力争由90.2%提高到91%，家庭医生签约服务覆盖率… hung on 三是做实做细家庭医生签约服务)
    text = compose(load_brief(FRESH / "fresh65_y1.yaml"), real.bank, real.templates, seed=1).all_text()
    sentence = next(s for s in text.split("。") if "县域内就诊率力争由" in s)
    assert "签约服务，县域内就诊率" not in sentence
    assert not sentence.lstrip("　").startswith(("三是", "二是"))


def test_a_goal_is_said_after_the_last_item_only_where_it_bears_on_it():
    from jianggao.compose.core import last_bears

    assert not last_bears("确保孕产妇死亡继续为零", ["加强产科儿科服务能力建设"])
    assert not last_bears("确保孕产妇死亡继续为零", [])
    assert last_bears("肺结核患者成功治疗率保持在90%以上", ["做好艾滋病防治", "加强结核病患者治疗管理"])


def test_a_hospital_heads_pledge_names_its_shortfalls_in_its_own_voice(real):
    # (fresh65 y5, read70: a 县人民医院院长 said 局里要摸清公立医院…，要积极争取县委编办…支持 and 推动牵头推进医联体建设)
    text = compose(load_brief(FRESH / "fresh65_y5.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "局里" not in text and "县委编办" not in text
    assert "人才短缺" in text and "县外转诊率偏高" in text
    assert "推动牵头" not in text


def test_a_kind_of_speech_named_alone_is_made(real):
    # (fresh65 y2, read70: 区人民医院院长吴振华同志交流了发言)
    text = compose(load_brief(FRESH / "fresh65_y2.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "交流了发言" not in text
    assert "同志作了交流发言" in text
