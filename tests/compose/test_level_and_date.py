"""The speaker's level and the speech's date (the twenty-ninth reading's BODY and ERA classes): a 镇长 gives the
county's powers (合管办's 审核拨付, 执业注册) to no one and names his own units in his own words; a city's commission
speaks to the 县（市、区）, not past them; a 县 or 区 asks the city for 医保 payment; a hospital's head promises for her
hospital only, under its party committee from 2018; words of a later or earlier time give way; stock lines take turns.
Checked on the rules (voice.at_level, era) and on drafts of our own briefs across levels and years."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.compose import era, voice
from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


def _remit(role: str, level: str, year: int = 2021) -> voice.Remit:
    return voice.Remit(role=role, level=level, date=dt.date(year, 3, 1))


@pytest.mark.parametrize(("sentence", "said"), [
    ("推进新农合即时结报，合管办要及时审核拨付，不使群众垫付后来回跑。",
     "推进新农合即时结报，要配合县合管办及时审核拨付，不使群众垫付后来回跑。"),
    ("乡镇卫生院要把基本医疗和基本公共卫生服务结合起来。", "镇卫生院要把基本医疗和基本公共卫生服务结合起来。"),
    ("大多数病在本地就能看好、不再为看病往外跑，这是群众对改革的盼头。",
     "小病不出村、常见病不出镇，不再为看病往外跑，这是群众对改革的盼头。"),
    ("房屋、设备哪一项不达标就补哪一项，确保年内全部达标。",
     "房屋、设备哪一项不达标就补哪一项，积极争取县里项目和资金支持，力争年内全部达标。"),
    ("没有取得执业资格的人员不得在村卫生室从事诊疗活动。", None),
    ("合管办要规范新农合定点医疗机构的准入和退出管理。", "要配合县合管办规范新农合定点医疗机构的准入和退出管理。"),
    ("机关科室要主动为基层服务，基层反映的困难要有回音、有着落。", None),
])
def test_a_township_says_its_own_units_and_helps_with_the_county_s_powers(sentence, said):
    assert voice.at_level(sentence, _remit(voice.TOWNSHIP, "镇", 2013)) == said


@pytest.mark.parametrize(("sentence", "said"), [
    # a commission's director tells the counties' bureaus, not the county governments (reading 41, body20)
    ("乡镇（街道）要建立精神卫生综合管理小组。", "各县（市、区）卫生健康局要推动乡镇（街道）建立精神卫生综合管理小组。"),
    ("委里要盯住进度，对进度落后的约谈主要负责同志。", "委里要盯住进度，对进度落后的约谈所在县（市、区）卫生健康部门负责同志。"),
    ("乡镇卫生院要明确精神卫生防治人员。", "各县（市、区）卫生健康局要督促乡镇卫生院明确精神卫生防治人员。"),
])
def test_a_city_s_commission_speaks_to_the_counties(sentence, said):
    assert voice.at_level(sentence, _remit(voice.BUREAU, "市")) == said
    assert voice.at_level(sentence, _remit(voice.GOVERNMENT, "县")) == sentence     # a county government's own townships


def test_a_township_and_a_county_bureau_set_up_with_the_townships_not_over_them():
    said = "乡镇（街道）要建立精神卫生综合管理小组。"
    assert voice.at_level(said, _remit(voice.TOWNSHIP, "镇", 2023)) == "镇政府将建立精神卫生综合管理小组。"
    assert voice.at_level(said, _remit(voice.BUREAU, "县", 2022)) == "要推动乡镇建立精神卫生综合管理小组。"
    assert voice.at_level(said, _remit(voice.GOVERNMENT, "县", 2022)) == said


def test_a_city_s_commission_names_the_county_bureaus_of_their_date():
    said = voice.at_level("对进度落后的约谈主要负责同志。", _remit(voice.BUREAU, "市", 2017))
    assert said == "对进度落后的约谈所在县（市、区）卫生计生部门负责同志。"


def test_a_district_asks_the_city_for_its_insurance_payment():
    said = "卫生健康部门要配合医保部门探索对紧密型城市医疗集团实行总额付费、结余留用、合理超支分担。"
    assert voice.at_level(said, _remit(voice.BUREAU, "区", 2024)).startswith("卫生健康部门要积极争取市医保局支持，探索")
    assert voice.at_level("对城市医疗集团实行总额付费、结余留用。", _remit(voice.BUREAU, "区", 2024)) is None
    assert voice.at_level(said, _remit(voice.GOVERNMENT, "市", 2024)) == said


def test_a_district_does_its_share_of_the_city_s_review():
    assert voice.at_level("今年要顺利通过国家卫生城市复审。", _remit(voice.GOVERNMENT, "区", 2019)) == \
        "今年要高标准完成国家卫生城市复审区级任务。"


def test_a_hospital_gives_no_orders_to_the_grassroots_and_no_licences():
    for s in ("我们将把严重精神障碍患者的随访管理纳入基层医疗卫生机构的日常工作。",
              "严格医疗机构执业登记和校验管理，对不符合条件的医疗机构依法依规处理。"):
        assert voice.at_level(s, _remit(voice.UNIT, "县")) is None


def test_a_bureau_strives_for_an_income_mechanism():
    remit = _remit(voice.BUREAU, "县", 2015)
    assert voice.in_remit("要建立村医收入合理增长机制，让村医的收入与服务挂钩。", remit) == \
        "要积极争取建立村医收入合理增长机制，让村医的收入与服务挂钩。"


def test_streets_and_departments_create_no_health_towns():
    assert not voice.fits("各街道（镇）", "要推进卫生城镇创建，以创建为抓手提升城乡环境卫生管理水平。")
    assert not voice.fits("区直有关部门", "要推进卫生城镇创建。")
    assert voice.fits("各乡镇", "要推进卫生城镇创建。")


@pytest.mark.parametrize(("text", "before", "after"), [
    ("做好人口监测和家庭发展工作。", dt.date(2015, 3, 1), dt.date(2019, 3, 1)),
    ("筑牢公共卫生防线。", dt.date(2015, 3, 1), dt.date(2021, 3, 1)),
    ("坚决纠治群众身边的不正之风和腐败问题。", dt.date(2015, 3, 1), dt.date(2019, 3, 1)),
    ("按月对表、按季通报。", dt.date(2013, 3, 1), dt.date(2019, 3, 1)),
])
def test_words_of_a_later_time(text, before, after):
    assert era.out_of_time(text, before, "县")
    assert not era.out_of_time(text, after, "县")


@pytest.mark.parametrize(("text", "during", "after"), [
    ("为新时期疾控工作指明了方向。", dt.date(2015, 3, 1), dt.date(2024, 3, 1)),
    ("推行新农合门诊统筹。", dt.date(2012, 3, 1), dt.date(2015, 3, 1)),
    ("按照国家确定的顺序，优先做好重点人群的接种。", dt.date(2021, 2, 1), dt.date(2021, 7, 15)),
    ("逐步形成多元办医格局。", dt.date(2014, 3, 1), dt.date(2024, 3, 1)),
])
def test_words_of_an_earlier_time(text, during, after):
    assert not era.out_of_time(text, during, "县")
    assert era.out_of_time(text, after, "县")


def test_the_population_area_is_family_planning_before_the_2018_reform():
    assert era.area_name("population_family", "人口家庭", dt.date(2015, 3, 1)) == "计划生育"
    assert era.area_name("population_family", "人口家庭", dt.date(2024, 3, 1)) == "人口家庭"
    assert era.area_name("population_family", "流动人口", dt.date(2015, 3, 1)) == "流动人口"   # her own word


def test_a_stock_line_takes_its_turn():
    line = "慢性病防控要抓住危险因素，让群众少得病、晚得病。"
    days = [dt.date(2012, 1, 1) + dt.timedelta(days=37 * i) for i in range(60)]
    said = [d for d in days if not era.not_its_turn(line, d, "县")]
    assert 0.15 < len(said) / len(days) < 0.55              # about one speech in three says it
    assert era.not_its_turn(line, days[0], "县") == era.not_its_turn(line, days[0], "县")   # the same brief, the same
    assert not era.out_of_time(line, days[0], "县")          # not an era finding


_PRIORITIES = [{"topic": "基层卫生", "items": ["推进村卫生室建设", "加强乡村医生队伍管理"]},
               {"topic": "公共卫生", "items": ["做好基本公共卫生服务项目"]},
               {"topic": "医改", "items": ["做好新农合参合筹资"]}]
_CASES = {
    "town": ({"name": "柳河镇", "parent": "丰源县"}, {"name": "高明亮", "title": "镇长"}, 2013, "annual_conference"),
    "county": ({"name": "云溪县"}, {"name": "李文华", "title": "县卫生计生局局长"}, 2015, "work_report"),
    "district": ({"name": "北塘区"}, {"name": "李文华", "title": "区卫生健康局局长"}, 2024, "annual_conference"),
    "city": ({"name": "安江市"}, {"name": "赵立新", "title": "市卫生健康委员会主任"}, 2021, "midyear_review"),
    "hospital": ({"name": "安宁县"}, {"name": "陶红梅", "title": "县人民医院院长"}, 2021, "pledge"),
}
_NEVER = {
    "town": ("合管办要及时审核拨付", "乡镇卫生院", "机关科室", "大多数病在本地", "确保年内全部达标"),
    "county": ("要建立村医收入", "人口家庭", "人口监测和家庭发展", "筑牢公共卫生防线", "纠治"),
    "district": ("新时期", "全面学习贯彻", "多元办医格局", "配合医保部门探索"),
    "city": ("乡镇（街道）要", "各乡镇要", "按照国家确定的顺序"),
    "hospital": ("纳入基层医疗卫生机构", "执业登记"),
}


@pytest.mark.parametrize("case", sorted(_CASES))
@pytest.mark.parametrize("seed", [1, 2])
def test_drafts_at_every_level_keep_their_level_and_date(real, case, seed):
    region, speaker, year, kind = _CASES[case]
    b = Brief.model_validate({"kind": kind, "year": year, "region": region, "speaker": speaker,
                              "priorities": _PRIORITIES if case != "hospital" else _PRIORITIES[:2],
                              "problems": ["村卫生室房屋简陋、设备不足", "乡村医生年龄老化"]})
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    for words in _NEVER[case]:
        assert words not in text, (case, words)
    if case == "hospital":
        assert "院党委" in text or "党委" in text or "领导班子" in text
