"""A draft orders only what its speaker's level and body may, on its date (compose.voice.in_remit and the picker ask
model/levels_powers), and an urban street says no rural words."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.model.brief import Brief
from jianggao.model.levels_powers import beyond_powers
from jianggao.writers.text import render_text

STREET = {
    "kind": "midyear_review", "year": 2023, "date": "2023-07-20",
    "region": {"name": "东湖街道", "level": "街道", "parent": "临江区"},
    "speaker": {"name": "周丽", "title": "街道办事处副主任", "on_behalf_of": "街道党工委、办事处"},
    "problems": ["老旧小区病媒生物密度偏高", "严重精神障碍患者管理还有薄弱环节", "婴幼儿照护服务供给不足"],
    "priorities": [
        {"topic": "公共卫生", "items": ["做好严重精神障碍患者服务管理", "做好夏秋季传染病防控"]},
        {"topic": "人口家庭", "items": ["发展普惠托育服务"]},
        {"topic": "爱国卫生", "items": ["巩固国家卫生城市创建成果"]},
        {"topic": "健康促进", "items": ["加强慢性病综合防控"]},
    ],
}
TOWN = {
    "kind": "annual_conference", "year": 2017, "date": "2017-03-02",
    "region": {"name": "青石镇", "level": "镇", "parent": "安平县"},
    "speaker": {"name": "王建国", "title": "镇长", "on_behalf_of": "镇党委、镇政府"},
    "problems": ["村医队伍老化", "镇卫生院人才引不进留不住", "慢性病患者规范管理率不高"],
    "priorities": [
        {"topic": "基层卫生", "items": ["推进村卫生室标准化建设", "做实家庭医生签约服务"]},
        {"topic": "医改", "items": ["落实健康扶贫政策"]},
        {"topic": "健康促进", "items": ["加强慢性病防治"]},
        {"topic": "人才队伍", "items": ["稳定乡村医生队伍"]},
    ],
}
CITY_BUREAU = {
    "kind": "work_report", "year": 2026, "date": "2026-02-10",
    "region": {"name": "临州市"}, "speaker": {"name": "郑伟", "title": "市卫生健康委主任"},
    "problems": ["欺诈骗保行为仍有发生", "托育服务供给不足"],
    "priorities": [{"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                   {"topic": "综合监管", "items": ["加强医疗机构监管"]}],
}


@pytest.mark.parametrize("data", [STREET, TOWN, CITY_BUREAU], ids=["street", "town", "city_bureau"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_order_beyond_the_speaker_s_powers(data, seed, real):
    brief = Brief.model_validate(data)
    plan = plan_of(brief, real.templates)
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]
    own = [*brief.problems, *(i for p in brief.priorities for i in p.items)]
    beyond = []
    for s in sentences_of(text):
        judged = s
        for w in own:
            judged = judged.replace(w, "")
        if beyond_powers(judged, plan.voice, plan.level, plan.date):
            beyond.append(s)
    assert not beyond, beyond


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_urban_street_says_no_rural_words(seed, real):
    brief = Brief.model_validate(STREET)
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]
    assert not re.findall(r"[^。]*(?:农村|城乡(?!居民)|生产生活|改厕|各村|卫生城镇)[^。]*。", text)


def test_the_2018_reform_moves_insurance_fraud_out_of_the_health_body_s_mouth(real):
    brief = Brief.model_validate({**CITY_BUREAU, "year": 2022, "date": "2022-02-18"})
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        for s in sentences_of(text.split("同志们：", 1)[1]):
            if "欺诈骗保" in s and "欺诈骗保行为仍有发生" not in s:
                assert "医保" in s.replace("欺诈骗保", ""), s


STREET_AIGUO = {
    "kind": "special_topic", "year": 2019, "date": "2019-04-10",
    "region": {"name": "南门街道", "level": "街道", "parent": "城关区"},
    "speaker": {"name": "吴芳", "title": "街道党工委副书记", "on_behalf_of": "街道党工委、办事处"},
    "priorities": [{"topic": "爱国卫生", "items": ["开展春季爱国卫生运动", "做好病媒生物防制"]}],
}
_TOLD_DEPARTMENT = re.compile(r"(?:^|[，；。])(?:住建|城市管理|城管|农业农村|农业|教育|公安|民政|市场监管|生态环境|水利|"
                              r"交通运输|商务|园林绿化)[^，。；要]{0,10}部门要")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_street_helps_the_district_s_departments_and_tells_them_nothing(seed, real):
    """The safeguards' departments gated by level (level17): a 街道 配合s 住建 and 城管 in the work done in its bounds,
    tells no department what to do, and names no rural work."""
    brief = Brief.model_validate(STREET_AIGUO)
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("同志们：", 1)[1]
    assert not _TOLD_DEPARTMENT.search(text), _TOLD_DEPARTMENT.search(text)
    assert "农村人居环境" not in text


def test_a_district_s_government_leader_tells_the_departments(real):
    brief = Brief.model_validate({**STREET_AIGUO, "region": {"name": "城关区", "level": "区"},
                                  "speaker": {"name": "吴芳", "title": "副区长"}})
    told = [render_text(compose(brief, real.bank, real.templates, seed=s), "txt") for s in (1, 2, 3)]
    assert any(_TOLD_DEPARTMENT.search(t.split("同志们：", 1)[1]) for t in told)


def test_a_street_says_its_part_in_the_departments_work(real):
    brief = Brief.model_validate(STREET_AIGUO)
    texts = [render_text(compose(brief, real.bank, real.templates, seed=s), "txt") for s in (1, 2, 3)]
    assert any(re.search(r"配合住建、城市管理部门", t) for t in texts)


@pytest.mark.parametrize(("sentence", "role", "level", "key", "said"), [
    # a township issues no warning, builds no centre or hospital, sets no price, decides no post, draws no investment
    ("疫情形势要定期会商研判，对异常苗头及时发出预警提示。", "township", "镇", "warning", None),
    ("发展普惠托育服务，要通过建设综合托育服务中心增加普惠托位。", "township", "街道", "facility", None),
    ("要规范托育机构收费标准。", "township", "镇", "prices", None),
    ("要核定村医岗位编制，空编及时补充。", "township", "乡", "posts", None),
    ("加强招商引资，引进社会资本办医。", "township", "镇", "investment", None),
    # … and where its part is to help, it says so
    ("落实托育机构登记备案制度，加强设施管理。", "township", "街道", "licensing",
     "配合区卫生健康局落实托育机构登记备案制度，加强设施管理。"),
    ("要做好医学毕业生的招聘接收。", "township", "镇", "hiring", "要配合县卫生健康局做好医学毕业生的招聘接收。"),
    # a health body's head rules on no 编制 and promises no 招商引资
    ("要核定乡镇卫生院编制。", "bureau", "县", "posts", None),
    ("加强招商引资，引进社会资本办医。", "bureau", "区", "investment", None),
])
def test_a_township_and_a_bureau_order_only_what_their_body_does(sentence, role, level, key, said):
    import datetime as dt

    from jianggao.model.levels_powers import said_within_powers

    date = dt.date(2025, 3, 1)
    assert key in beyond_powers(sentence, role, level, date)
    assert said_within_powers(sentence, role, level, date) == said
    # the government orders all of it
    assert key not in beyond_powers(sentence, "government", "县", date)
