"""The short pieces serve their occasion (templates/sections/address.j2 and pledge.j2, the eighteenth reading): a
医师节 致辞 greets the doctors, says the brief's deeds as they are and commits to the staff; a 表态 gives the place's
own commitments from the brief's priorities and targets, not a 坚决拥护 and not another body's work."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


def _body(text: str) -> str:
    return text.split("\n", 4)[-1]


def _doctors_day(year: int, title: str, region: str = "平山县") -> Brief:
    return Brief.model_validate({
        "kind": "address", "year": year, "region": {"name": region},
        "meeting": f"{year}年{region}庆祝中国医师节暨先进表彰大会", "date": f"{year}-08-19",
        "speaker": {"name": "吴海燕", "title": title},
        "achievements": [{"topic": "公共卫生", "facts": ["全县医务人员连续奋战在疫情防控一线"]},
                         {"topic": "医疗服务", "facts": ["王建国等20名医师受到表彰"]}]})


@pytest.mark.parametrize("year", [2018, 2022, 2025])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_doctors_day_address_greets_the_doctors_and_names_their_deeds(real, year, seed):
    text = _body(render_text(compose(_doctors_day(year, "副县长"), real.bank, real.templates, seed=seed), "txt"))
    opening = text.split("\n")[1]
    assert "全县广大医师" in opening and "节日" in opening, opening
    assert "王建国等20名医师受到表彰" in text and "连续奋战在疫情防控一线" in text
    assert "节日快乐" in text
    for stock in ("充满希望的时节", "十分重要的意义", "取得了新的进步", "迈上新的台阶", "深化医药卫生体制改革"):
        assert stock not in text, stock
    if year < 2023:
        assert "国家强盛" not in text
    assert "待遇保障" in text            # the government's leader commits to the staff


def test_a_bureau_s_head_asks_for_what_the_government_gives(real):
    text = _body(render_text(compose(_doctors_day(2022, "县卫生健康局局长"), real.bank, real.templates, seed=1), "txt"))
    assert "积极争取" in text and "落实好医务人员的待遇保障" not in text


def _pledge(year: int, region: dict, title: str, targets: bool) -> Brief:
    pr = [{"topic": "爱国卫生", "items": ["开展背街小巷环境卫生整治"]},
          {"topic": "基层卫生", "items": ["配合社区卫生服务中心做好家庭医生签约服务"]}]
    if targets:
        pr[0]["targets"] = [{"name": "老旧小区环境整治", "value": 6, "unit": "个"}]
    return Brief.model_validate({"kind": "pledge", "year": year, "region": region,
                                 "speaker": {"name": "陈静", "title": title}, "date": f"{year}-02-27",
                                 "priorities": pr})


PLACES = [({"name": "东湖街道", "parent": "滨江区"}, "街道办事处主任"), ({"name": "石门镇", "parent": "安平县"}, "镇长")]


@pytest.mark.parametrize("place", PLACES, ids=lambda p: p[0]["name"])
@pytest.mark.parametrize("year", [2016, 2024])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_pledge_commits_to_the_brief_s_own_work(real, place, year, seed):
    region, title = place
    for targets in (False, True):
        text = _body(render_text(compose(_pledge(year, region, title, targets), real.bank, real.templates, seed=seed),
                                 "txt"))
        assert "背街小巷环境卫生整治" in text and "家庭医生签约服务" in text
        for stock in ("坚决拥护", "重要政治任务", "盯住重点、抓住关键", "等靠要", "诊疗能力", "小病不出"):
            assert stock not in text, stock
        assert ("6个" in text) is targets
        # no clause cut down to a stub (这几项工作。 / 紧盯年度目标任务。 when its idea was said already)
        assert not [s for s in re.split(r"(?<=[。！])", text) if 0 < len(s.strip()) < 12], text
        if not targets:
            assert "目标任务！" not in text          # no 确保全面完成全年各项目标任务 when none was set


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_thin_pledge_runs_no_area_into_the_next(real, seed):
    b = Brief.model_validate({"kind": "pledge", "year": 2024, "region": {"name": "柳溪镇", "parent": "安平县"},
                              "speaker": {"name": "陈静", "title": "镇长"}})
    text = _body(render_text(compose(b, real.bank, real.templates, seed=seed), "txt"))
    assert "我们将在" not in text and "方面，我们将。" not in text
    if text.count("方面，我们将") < 2:       # nothing (or one thing) listed to point at
        assert "这几项工作" not in text and "这几件事" not in text and "这些事情" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("year", [2016, 2025])
def test_a_township_health_centre_head_pledges_for_the_centre_not_the_town(real, year, seed):
    # the thirtieth reading: a 镇卫生院院长 "代表芦塘镇党委、镇政府" promised town land, 属地责任 and 卫生镇创建
    b = Brief.model_validate({
        "kind": "pledge", "year": year, "region": {"name": "芦塘镇", "parent": "澧阳县"},
        "speaker": {"name": "葛晓燕", "title": "芦塘镇卫生院院长"},
        "priorities": [{"topic": "基层卫生", "items": ["主动融入紧密型县域医共体建设", "做实家庭医生签约服务"]},
                       {"topic": "中医药", "items": ["提升中医馆服务能力"]}]})
    text = _body(render_text(compose(b, real.bank, real.templates, seed=seed), "txt"))
    assert "我代表芦塘镇卫生院" in text, text
    for town in ("镇党委", "镇政府", "属地责任", "建设用地", "卫生镇"):
        assert town not in text, (town, text)
    assert "推动主动融入" not in text and "主动融入紧密型县域医共体建设" in text, text


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("place", [({"name": "白沙镇", "parent": "枫桥县"}, "镇长", "白沙镇党委、镇政府", "枫桥县委、县政府"),
                                   ({"name": "东湖街道", "parent": "滨江区"}, "街道办事处主任", None, "区委、区政府"),
                                   ({"name": "白沙镇"}, "镇长", "白沙镇党委、镇政府", "县委、县政府")],
                         ids=lambda p: p[0]["name"] + ("" if "parent" in p[0] else "_alone"))
def test_a_place_pledging_for_itself_credits_the_level_above(real, place, seed):
    # round 41: a 镇长 speaking for 镇党委、镇政府 said 在镇党委、镇政府的领导…下 of his own town's year
    region, title, behalf, above = place
    speaker = {"name": "罗建", "title": title} | ({"on_behalf_of": behalf} if behalf else {})
    b = Brief.model_validate({"kind": "pledge", "year": 2020, "region": region, "speaker": speaker,
                              "achievements": [{"topic": "爱国卫生", "facts": ["完成农村户厕改造1200户"]}],
                              "priorities": [{"topic": "爱国卫生", "items": ["推进农村人居环境整治"]}]})
    text = _body(render_text(compose(b, real.bank, real.templates, seed=seed), "txt"))
    review = next(p for p in text.split("\n") if p.strip().startswith("过去一年"))
    own = ("街道党工委", "街道办事处") if region["name"].endswith("街道") else ("镇党委", "镇政府")
    assert not any(o in review for o in own), review
    assert above.removeprefix(region.get("parent", "")[:-1]) in review, review


@pytest.mark.parametrize(("region", "title", "line"), [
    ("河湾街道", "街道办事处主任", "河湾街道办事处主任"), ("河湾街道", "街道党工委书记", "河湾街道党工委书记"),
    ("柳溪镇", "镇党委书记", "柳溪镇党委书记"), ("柳溪镇", "镇长", "柳溪镇镇长"), ("白水乡", "乡长", "白水乡乡长")])
def test_a_township_pledge_s_speaker_line_says_its_level_once(real, region, title, line):
    # round 42: 河湾街道街道办事处主任
    b = Brief.model_validate({"kind": "pledge", "year": 2025, "region": {"name": region},
                              "speaker": {"name": "赵丽", "title": title},
                              "priorities": [{"topic": "爱国卫生", "items": ["开展环境卫生整治"]}]})
    assert compose(b, real.bank, real.templates, seed=1).speaker_line == f"{line}\u3000赵丽"
