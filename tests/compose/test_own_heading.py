"""Every sentence under its own heading, and no stock line out of its level, season or share of drafts (the
thirty-sixth reading: 发热门诊和肠道门诊 in a street's speech and under a vaccine item, 汛期 at any meeting, a cost watch
under 保障群众基本用药 and 加强疾控实验室能力建设, 公立医院信息公开 under 薪酬, 结核病、艾滋病和严重精神障碍
speaking only of 精神障碍).  Checked on the rules and on drafts of our own briefs."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from compose_helpers import brief

from jianggao.compose import serve
from jianggao.compose.core import compose
from jianggao.compose.picker import SHARED_RATIONED, Picker, on_other_business, shared_offered
from jianggao.model.bank import PhraseBank
from jianggao.writers.text import render_text

COST_WATCH = "要对检查检验、药品耗材使用等重点环节加强监测，对费用异常增长的及时预警、约谈。"


def test_a_cost_watch_is_the_insurers_business_and_stands_under_no_drug_or_lab_item():
    assert serve.subject_of(COST_WATCH) == "医保支付"
    assert serve.standing_subject(serve.subject_of(COST_WATCH), COST_WATCH, "medical_reform") in ("", "医保支付", "公立医院")
    assert serve.standing_subject(serve.subject_of(COST_WATCH), COST_WATCH, "public_health") in ("", "医保支付", "公立医院")


def test_a_heading_without_words_of_its_own_holds_only_its_ideas():
    # 计生家庭 has no STANDING_CORE: a 托育 line is 生育's, not 计划生育特殊家庭's
    said = "要支持用人单位和社区开办托育机构，方便群众就近送托。"
    assert serve.standing_subject(serve.subject_of(said), said, "population_family") != "计生家庭"


def test_one_shared_word_does_not_make_a_measure_the_items():
    assert not serve.item_names_it("要推进公立医院信息公开，定期公布费用、质量和服务等信息，主动接受社会监督。", "深化公立医院薪酬制度改革")
    assert serve.item_names_it("要加强临床重点专科建设，补齐短板学科。", "加强县医院重点专科建设")


def test_a_vaccine_item_is_not_served_by_fever_clinics():
    assert on_other_business("要加强发热门诊和肠道门诊规范化管理，守好传染病发现的第一道关口。", "做好预防接种工作")


@pytest.mark.parametrize(("item", "things"), [
    ("抓好结核病、艾滋病和严重精神障碍等重点疾病防治", ("结核病", "艾滋病", "严重精神障碍")),
    ("加快胸痛、卒中、创伤等急诊急救中心建设", ("胸痛", "卒中", "创伤")),
    ("推进健康城市健康村镇建设", ()),
    ("加强医疗、医保、医药联动", ()),           # a stock word is no listed thing
])
def test_the_things_an_item_lists(item, things):
    assert serve.listed_things(item) == things


def test_an_item_listing_several_things_says_each():
    b = brief(kind="annual_conference", year=2019, region={"name": "宁州市", "level": "市"}, length=6000,
              speaker={"name": "王明", "title": "副市长"}, date="2019-02-20",
              priorities=[{"topic": "公共卫生", "items": ["加强疫苗管理", "抓好结核病、艾滋病和严重精神障碍等重点疾病防治",
                                                        "做好传染病防控"]},
                          {"topic": "信息化", "items": ["推进全民健康信息平台建设"]},
                          {"topic": "医疗服务", "items": ["加强医疗质量管理"]}])
    from jianggao.render import load_resources
    res = load_resources()
    for seed in (1, 2):
        text = render_text(compose(b, res.bank, res.templates, seed=seed), "txt")
        lines = text.splitlines()
        at = next(k for k, p in enumerate(lines) if "抓好结核病、艾滋病和严重精神障碍" in p)
        # (the item's body: its paragraph and the ones continuing it, up to the next item or subsection)
        end = next((k for k in range(at + 1, len(lines)) if re.match(r"^\s*(?:[一二三四五六七八九十]是|（|[一二三四五六七八九十]、)",
                                                                     lines[k])), len(lines))
        para = "".join(lines[at:end])
        body = para.split("防治。", 1)[1]
        for thing in ("结核病", "艾滋病", "精神障碍"):
            assert thing in body, (seed, para)


def test_stock_lines_are_offered_to_a_share_of_speeches():
    line = "要加强发热门诊和肠道门诊规范化管理，守好传染病发现的第一道关口。"
    assert SHARED_RATIONED.search(line)
    offered = sum(shared_offered(f"1|{n}县|2024|annual_conference", line) for n in range(400))
    assert 0.2 * 400 < offered < 0.4 * 400
    assert shared_offered("1|x|2024|annual_conference", "要落实疫苗全流程管理，规范预防接种服务。")


def _said(b, res, seeds=range(1, 7)):
    return "".join(render_text(compose(b, res.bank, res.templates, seed=s), "txt") for s in seeds)


@pytest.mark.parametrize("level", [("城关街道", "街道", "临河区"), ("石门镇", "镇", "安平县")])
def test_a_township_has_no_fever_clinics_to_manage(real, level):
    name, lv, parent = level
    b = brief(kind="annual_conference", year=2021, region={"name": name, "level": lv, "parent": parent},
              speaker={"name": "周平", "title": "镇长" if lv == "镇" else "街道办事处主任"}, date="2021-02-20",
              priorities=[{"topic": "公共卫生", "items": ["做好传染病防控", "做好国家基本公共卫生服务项目"]},
                          {"topic": "应急管理", "items": ["做好突发公共卫生事件应急处置"]}])
    assert not re.search(r"发热门诊|肠道门诊", _said(b, real))


@pytest.mark.parametrize(("kind", "date", "level", "flood", "clinics"), [
    ("special_topic", dt.date(2024, 11, 20), "县", False, True),
    ("special_topic", dt.date(2024, 6, 10), "县", True, True),
    ("midyear_review", dt.date(2024, 7, 18), "街道", True, False),
    ("annual_conference", dt.date(2024, 2, 20), "镇", True, False),
    ("annual_conference", None, "市", True, True),
])
def test_the_flood_season_and_hospital_clinics_need_their_meeting_and_level(kind, date, level, flood, clinics):
    p = Picker(PhraseBank([]), kind=kind, slots={"region": "某地", "level": level, "year": "2024"}, seed=1, date=date)
    assert p._for_speaker("要做好汛期和重大节日期间的卫生防病工作，防止传染病聚集性发生。") is (flood and shared_offered(
        p.draw, "汛期和重大节日"))
    assert (not any(x.search("医院要加强发热门诊管理。") for x in p.ruled_out)) is clinics


def test_a_measure_on_its_own_subject_names_an_item_in_its_opening_to_be_the_items():
    item = "扎实做好公共卫生服务"
    # a training or an equipment line naming 公共卫生服务 as what it covers is the training's, the equipment's
    for said in ("乡村医生轮训要突出常见病、多发病诊治和基本公共卫生服务，讲求实用，学用结合。",
                 "基层医疗卫生机构添置设备，要围绕常见病诊疗和公共卫生服务配置，注重实用，防止盲目攀比。"):
        assert not serve.on_item_subject(said, item)
        assert not serve.item_names_it(said, item)
    assert serve.on_item_subject("镇卫生院要加强公共卫生服务能力评估，查找薄弱环节，有针对性地补短板。", item)
