"""A ceremony's address says what the ceremony is (compose.ceremony, templates/wording/ceremonies.yaml): the kind of
event read from the many ways a banner names it, what a launch launches and how it will run, what an opening opens, a
医师节 only from 2018, a host who welcomes rather than congratulates his own event, and a length that follows the
brief (longer with its items and figures, never padded with claims)."""
from __future__ import annotations

import pytest

from jianggao.compose import ceremony
from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


@pytest.mark.parametrize("meeting, year, kind", [
    ("2025年临江区全民健康促进月启动仪式", 2025, ceremony.PROMOTION),
    ("2012年全国高血压日宣传活动", 2012, ceremony.PROMOTION),
    ("2019年东湖街道健康促进宣传周启动仪式", 2019, ceremony.PROMOTION),
    ("2013年安平县爱国卫生月活动启动仪式", 2013, ceremony.PATRIOTIC),
    ("2019年东城区望江社区卫生服务中心启用仪式", 2019, ceremony.OPENING),
    ("县人民医院新院区开诊仪式", 2020, ceremony.OPENING),
    ("2024年安平县人民医院新门诊楼落成启用仪式", 2024, ceremony.OPENING),
    ("石门镇卫生院挂牌仪式", 2015, ceremony.OPENING),
    ("2014年石门镇卫生院新院奠基仪式", 2014, ceremony.GROUNDBREAKING),
    ("2022年安平县紧密型县域医共体揭牌仪式", 2022, ceremony.ALLIANCE),
    ("市第一人民医院医疗集团成立大会", 2019, ceremony.ALLIANCE),
    ("2023年全区家庭医生签约服务启动仪式", 2023, ceremony.SIGNING),
    ("2024年云溪街道“世界家庭医生日”义诊活动", 2024, ceremony.CLINIC),
    ("2025年柳河县“服务百姓健康行动”大型义诊周启动仪式", 2025, ceremony.CLINIC),
    ("临江区人民医院与省人民医院对口帮扶签约仪式", 2017, ceremony.COOPERATION),
    ("2026年全市癌症早诊早治项目启动会", 2026, ceremony.LAUNCH),
    ("县人民医院建院七十周年庆祝大会", 2018, ceremony.ANNIVERSARY),
    ("2015年全市基层卫生发展论坛", 2015, ceremony.FORUM),
    ("2017年全市卫生计生系统业务培训班开班仪式", 2017, ceremony.TRAINING),
    ("2019年全市卫生健康系统表彰大会", 2019, ceremony.AWARD),
    ("2025年江北市庆祝“5·12”国际护士节暨优秀护士表彰大会", 2025, ceremony.NURSES_DAY),
    ("2012年庆祝5.12国际护士节大会", 2012, ceremony.NURSES_DAY),
    ("2021年平山县庆祝中国医师节暨先进表彰大会", 2021, ceremony.DOCTORS_DAY),
    ("2018年全县庆祝首个中国医师节大会", 2018, ceremony.DOCTORS_DAY),
    # no 医师节 before it was first kept: a 2016 meeting named for it is taken for what else it is
    ("2016年全县庆祝医师节暨优秀医师表彰大会", 2016, ceremony.AWARD),
])
def test_the_kind_of_event_is_read_from_many_phrasings(meeting, year, kind):
    assert ceremony.event_kind(meeting, year) == kind


@pytest.mark.parametrize("meeting, region, subject, it", [
    ("2025年临江区全民健康促进月启动仪式", "临江区", "全民健康促进月", "全民健康促进月"),
    ("2019年东城区望江社区卫生服务中心启用仪式", "东城区", "望江社区卫生服务中心", "中心"),
    ("2014年石门镇卫生院新院奠基仪式", "石门镇", "石门镇卫生院新院", "新院"),
    ("2022年安平县紧密型县域医共体揭牌仪式", "安平县", "紧密型县域医共体", "医共体"),
    ("2024年北川区中医馆建设启用暨中医药健康文化推进行动启动仪式", "北川区", "中医馆", "中医馆"),
    ("2023年全区家庭医生签约服务启动仪式", "临江区", "家庭医生签约服务", "家庭医生签约服务"),
    ("2014年宁川市第二人民医院建院六十周年庆祝大会", "宁川市", "宁川市第二人民医院建院六十周年", "医院"),
])
def test_what_is_launched_or_opened_is_read_from_the_name(meeting, region, subject, it):
    e = ceremony.event_of(meeting, int(meeting[:4]) if meeting[:4].isdigit() else 2020, region, region[:-1])
    assert (e.subject, e.it) == (subject, it)


def _address(meeting: str, date: str, title: str, region: dict, **more) -> Brief:
    return Brief.model_validate({"kind": "address", "year": int(date[:4]), "region": region, "meeting": meeting,
                                 "date": date, "speaker": {"name": "王强", "title": title}, **more})


def _body(brief: Brief, real, seed: int) -> str:
    return render_text(compose(brief, real.bank, real.templates, seed=seed), "txt").split("\n", 4)[-1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_launch_says_what_it_launches_and_how_it_will_run(real, seed):
    b = _address("2026年全市癌症早诊早治项目启动会", "2026-03-20", "副市长", {"name": "宁川市"},
                 priorities=[{"topic": "公共卫生", "items": ["开展癌症早期筛查"],
                              "targets": [{"name": "城乡适龄妇女“两癌”筛查人数", "value": 3, "unit": "万人"}]}])
    body = _body(b, real, seed)
    assert any(f in body for f in ("启动癌症早诊早治项目", "癌症早诊早治项目正式启动", "这项工作由谋划部署进入全面实施")), body
    assert "开展癌症早期筛查" in body and "3万人" in body
    assert "凝聚共识" not in body and "盛会" not in body


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_opening_says_what_the_new_place_offers_and_hopes_for_its_staff(real, seed):
    b = _address("2019年东城区望江社区卫生服务中心启用仪式", "2019-09-06", "副区长", {"name": "东城区"})
    body = _body(b, real, seed)
    # congratulated as what it is, by its head noun after the welcome has said its full name
    assert "对中心的正式启用表示" in body or "向中心的正式启用致以" in body, body
    assert "慢性病" in body and "家门口" in body or "预防接种" in body, body
    assert "全体" in body and "职工" in body and "越办越好" in body
    # the place's name is said in full where it is first congratulated, then as 中心
    assert body.count("望江社区卫生服务中心") <= 3, body


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_host_welcomes_and_a_guest_congratulates(real, seed):
    """Reading 27's h18, for every level: a leader at his own place's launch welcomes the guests and thanks them; he
    does not congratulate his own government on holding it.  A leader from the level above congratulates."""
    own = _body(_address("2023年临江区家庭医生签约服务启动仪式", "2023-05-19", "副区长", {"name": "临江区"}), real, seed)
    assert "欢迎" in own and "祝贺" not in own, own
    guest = _body(_address("2023年临江区家庭医生签约服务启动仪式", "2023-05-19", "市卫生健康委副主任",
                           {"name": "临江区", "parent": "江州市"}), real, seed)
    assert "祝贺" in guest.split("\n")[1], guest


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_anniversary_congratulates_its_unit_not_its_buildings(real, seed):
    b = _address("2014年宁川市第二人民医院建院六十周年庆祝大会", "2014-10-20", "副市长", {"name": "宁川市"})
    body = _body(b, real, seed)
    assert "医院" in body.split("\n")[1] and "祝贺" in body.split("\n")[1], body
    assert "就医条件改善" not in body and "投入使用" not in body


@pytest.mark.parametrize("seed", [1, 2])
def test_no_doctors_day_before_2018(real, seed):
    before = _body(_address("2016年全县优秀医师表彰大会", "2016-08-19", "副县长", {"name": "平山县"}), real, seed)
    assert "医师节" not in before and "节日" not in before, before
    named = _body(_address("2016年全县庆祝医师节暨优秀医师表彰大会", "2016-08-19", "副县长", {"name": "平山县"}),
                  real, seed)
    assert "设立中国医师节" not in named and "节日快乐" not in named and "中国医师节" not in named, named
    after = _body(_address("2018年全县庆祝首个中国医师节大会", "2018-08-19", "副县长", {"name": "平山县"}), real, seed)
    assert "节日" in after


@pytest.mark.parametrize("seed", [1, 2])
def test_a_township_runs_its_event_by_its_villages_not_by_ordering_hospitals(real, seed):
    b = _address("2020年柳溪镇健康促进宣传周启动仪式", "2020-09-10", "镇长", {"name": "柳溪镇", "parent": "安平县"})
    body = _body(b, real, seed)
    assert "各村" in body, body
    assert "各医疗卫生机构要组织" not in body


def _length(brief: Brief, real, seed: int) -> int:
    return compose(brief, real.bank, real.templates, seed=seed).body_length()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_length_follows_the_brief(real, seed):
    """A ceremony's address with items, figures and a problem runs 600-1,200 characters; a thin one is shorter and
    says no achievement the brief did not give."""
    rich = _address("2022年安平县紧密型县域医共体揭牌仪式", "2022-06-28", "副县长", {"name": "安平县"},
                    achievements=[{"topic": "医改", "metrics": [
                        {"name": "县域内就诊率", "value": 86.5, "unit": "%", "change": 2.3}]}],
                    problems=["基层医疗服务能力仍然薄弱"],
                    priorities=[{"topic": "医改", "items": ["推进紧密型县域医共体建设", "推进分级诊疗"],
                                 "targets": [{"name": "县域内就诊率", "value": 90, "unit": "%"}]}])
    thin = _address("2022年安平县紧密型县域医共体揭牌仪式", "2022-06-28", "副县长", {"name": "安平县"})
    n_rich, n_thin = _length(rich, real, seed), _length(thin, real, seed)
    assert 600 <= n_rich <= 1200, n_rich
    assert 300 <= n_thin < n_rich
    body = _body(thin, real, seed)
    for claim in ("取得了", "成绩", "明显提升", "成功创建"):
        assert claim not in body, claim
