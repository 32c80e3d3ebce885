"""A special or seasonal meeting's tools fit how its diseases spread, its season words its month, its departments its
sites (compose.occasion, compose.duties; the thirty-sixth reading's August 2025 district 爱卫/蚊媒 meeting)."""
from __future__ import annotations

import datetime as dt

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.duties import department_words, item_duties
from jianggao.compose.occasion import _HOLIDAYS, meeting_spreads, other_disease, seasons_off, spreads_of, tools_off
from jianggao.compose.special import meeting_field
from jianggao.model import levels
from jianggao.model.speech import Heading

MOSQUITO = """kind: special_topic
year: 2025
region: {name: 东湖区, parent: 江州市}
meeting: 2025年全区夏季爱国卫生运动暨蚊媒传染病防控工作会议
speaker: {name: 王建, title: 副区长}
date: 2025-08-12
problems: [城中村、老旧小区、建筑工地和废品收购站积水容器多，蚊虫孳生地清理不彻底, 群防群控氛围不浓]
priorities:
  - topic: 爱国卫生
    items: [广泛开展清积水、灭蚊虫全民爱国卫生运动, 加强病媒生物监测，对超标区域挂牌督办, 巩固国家卫生城市创建成果]
  - topic: 公共卫生
    items: [严防登革热、基孔肯雅热等蚊媒传染病本地传播]
"""

WINTER = """kind: special_topic
year: 2024
region: {name: 青山县}
meeting: 2024年全县秋冬季传染病防控工作会议
speaker: {name: 李平, title: 副县长}
date: 2024-11-06
problems: [部分学校晨午检和因病缺课追踪不到位]
priorities:
  - topic: 公共卫生
    items: [做好流感等呼吸道传染病防控, 加强学校和托幼机构传染病防控]
"""


def _speech(tmp_path, brief: str, seed: int, real) -> str:
    path = tmp_path / "brief.yaml"
    path.write_text(brief, encoding="utf-8")
    blocks = compose(load_brief(path), real.bank, real.templates, seed=seed).blocks
    return "\n".join(b.text + (b.body if isinstance(b, Heading) else "") for b in blocks)


def test_a_disease_is_known_by_how_it_spreads():
    assert spreads_of("严防登革热、基孔肯雅热等蚊媒传染病本地传播") == {"vector"}
    assert "respiratory" in spreads_of("做好流感等呼吸道传染病防控")
    assert {"zoonotic", "respiratory"} <= spreads_of("做好人感染H7N9禽流感防控")
    # 聚集性病例 names no 性病
    assert not spreads_of("发现聚集性病例及时报告")
    # an annual conference covers every disease: nothing is limited
    assert meeting_spreads("annual_conference", "全县卫生健康工作会议", "登革热") == frozenset()
    # a meeting on the whole year's disease control is not narrowed by the diseases its items name
    assert meeting_spreads("special_topic", "2021年全市疾病预防控制工作会议", "抓好常态化疫情防控") == frozenset()
    assert meeting_spreads("special_topic", "全县秋冬季传染病防控工作会议", "") == {"respiratory"}


def test_a_mosquito_meeting_takes_no_close_contact_tracing_or_other_diseases_tools():
    off = tools_off(frozenset({"vector"}))
    for line in ("要做好重点传染病的流行病学调查和密切接触者管理，防止疫情扩散蔓延。", "做好结核病患者的发现、治疗和随访管理。",
                 "慢性病综合防控和重点传染病防治是公共卫生的两项基础性工作。", "对流动儿童和漏种儿童，要主动搜索、及时补种疫苗。"):
        assert any(p.search(line) for p in off), line
    for line in ("加强伊蚊密度监测，清除积水容器和孳生地。", "各医疗机构要加强发热病人的筛查和报告。"):
        assert not any(p.search(line) for p in off), line
    assert other_disease("医疗机构要把新冠病毒感染与流感等呼吸道传染病的诊疗统筹起来。", frozenset({"vector"}))
    assert not other_disease("夏季是肠道传染病、蚊媒传染病的高发季节。", frozenset({"vector"}))


@pytest.mark.parametrize(("kind", "date", "said", "unsaid"), [
    ("special_topic", dt.date(2025, 8, 12), ["汛期要做好卫生防病"], ["开展春季爱国卫生运动", "做好今冬明春传染病防控"]),
    ("special_topic", dt.date(2024, 11, 6), ["做好今冬明春传染病防控"], ["夏秋季肠道传染病防控", "开展春季爱国卫生运动"]),
    ("special_topic", dt.date(2016, 3, 22), ["开展春季爱国卫生运动", "冬春季传染病"], ["汛期要做好卫生防病"]),
    ("midyear_review", dt.date(2019, 7, 18), ["夏秋季肠道传染病防控", "提前做好冬春季传染病防控准备"], ["开展春季爱国卫生运动"]),
    ("annual_conference", dt.date(2025, 8, 12), ["开展春季爱国卫生运动", "夏秋季肠道传染病防控"], []),
])
def test_season_words_follow_the_meetings_month(kind, date, said, unsaid):
    off = seasons_off(kind, date, "全区夏季爱国卫生运动暨传染病防控工作会议")
    assert not [s for s in said if any(p.search(s) for p in off)]
    assert all(any(p.search(s) for p in off) for s in unsaid)


def test_departments_follow_the_sites_the_brief_names_and_their_date():
    table = [{"when": ["建筑工地"], "text": "{zhujian}部门要督促在建工地清积水"},
             {"when": ["农贸市场"], "text": "{shichang}部门要督促农贸市场落实卫生责任"},
             {"when": ["背街小巷", "城中村"], "urban": True, "text": "{chengguan}部门要清理{sites}", "town": "社区要清理{sites}"},
             {"when": ["改厕"], "rural": True, "text": "{nongye}部门要抓好改厕"}]
    args = {"items": [], "meeting": "", "level": "区", "rural": False, "township": False}
    got = item_duties(table, problems=["城中村和建筑工地积水多", "农贸市场脏乱", "改厕进度慢"], date=dt.date(2025, 8, 1), **args)
    assert got == ["住建部门要督促在建工地清积水", "市场监管部门要督促农贸市场落实卫生责任", "城市管理部门要清理城中村"]
    # before the 2018–2019 reform: 工商, 城管; a county has villages; a township speaks to its own 社区
    old = item_duties(table, problems=["农贸市场脏乱", "背街小巷积水", "改厕进度慢"], date=dt.date(2016, 5, 1),
                      **{**args, "level": "县"})
    assert old == ["工商部门要督促农贸市场落实卫生责任", "城管部门要清理背街小巷", "农业部门要抓好改厕"]
    town = item_duties(table, problems=["背街小巷积水"], date=dt.date(2016, 5, 1), **{**args, "level": "街道", "township": True})
    assert town == ["社区要清理背街小巷"]
    assert department_words(dt.date(2020, 1, 1))["huanbao"] == "生态环境"


def test_an_urban_districts_town_village_is_no_village():
    assert not levels.mentions_villages(["城中村和城乡接合部积水多"])
    assert levels.mentions_villages(["部分村卫生室积水多"])


def test_the_mosquito_and_poultry_meeting_fields():
    assert "爱国卫生" in meeting_field("special_topic", "2025年全区夏季爱国卫生运动暨蚊媒传染病防控工作会议", "public_health")
    # (no season's words are off in March at a meeting on the year's work; the holidays' crowds are, at any meeting)
    assert [p.pattern for p in seasons_off("special_topic", dt.date(2021, 3, 25), "2021年全市疾病预防控制工作会议")] \
        == [_HOLIDAYS[0].pattern]
    assert "慢性病" not in meeting_field("special_topic", "2025年全区夏季爱国卫生运动暨蚊媒传染病防控工作会议", "public_health")


@pytest.mark.parametrize("seed", [1, 2])
def test_an_august_mosquito_meeting_is_worded_for_mosquitoes_its_sites_and_its_month(tmp_path, seed, real):
    text = _speech(tmp_path, MOSQUITO, seed, real)
    for wrong in ("密切接触者", "春季爱国卫生", "退热、止咳", "农村人居环境", "结核", "人畜共患", "慢性病", "今冬明春"):
        assert wrong not in text, wrong
    # the problem's sites are tasked to their own departments
    assert "住建部门要" in text and "工地" in text
    assert "商务部门要" in text and "废品收购" in text
    # the core actions said concretely: the weekly 行动日, 入户 and 翻盆倒罐, or 挂牌督办 with its time limit
    assert any(w in text for w in ("全民行动日", "翻盆倒罐", "本单位清积水", "复测达标后")), text


@pytest.mark.parametrize("seed", [1, 2])
def test_a_winter_respiratory_meeting_takes_no_mosquito_or_blood_borne_lines(tmp_path, seed, real):
    text = _speech(tmp_path, WINTER, seed, real)
    for wrong in ("伊蚊", "蚊媒", "艾滋", "结核", "夏秋季", "春季爱国卫生"):
        assert wrong not in text, wrong
    assert "教育部门要督促" in text


def test_the_pharmacy_register_of_fever_drugs_belongs_to_the_covid_years():
    from jianggao.model.tifa import load_registry

    entry = next(e for e in load_registry().entries if e.id == "yiqing.tuire_yaopin")
    assert entry.valid_on(dt.date(2021, 7, 1))
    assert not entry.valid_on(dt.date(2025, 8, 12))
