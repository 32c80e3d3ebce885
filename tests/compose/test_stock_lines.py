"""Stock lines and what they claim (the twenty-sixth reading's FILL, CLAIM, BODY and ERA classes, and the blind readers
of rounds 26 and 27): no folksy judging maxims (减没减轻…稳不稳, 认不认可, 一项一项对照, 年底突击, 遇到矛盾不回避), no
从上级要求看…首先落在… bridge; 民族医药, 清廉医院, 示范项目 only where the brief gives them; a township keeps to its own
business; providers do not supervise; a health body neither paces prices nor pools the 医保 fund; 单独两孩, 多点执业
and the 2015 price formula stay in their years.  Checked on the rules and on drafts of our own briefs."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jianggao.compose import voice
from jianggao.compose.core import compose
from jianggao.compose.era import outside_window
from jianggao.compose.picker import sentences_of
from jianggao.model import levels
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

D = dt.date

# the blind readers' tells (blind26.md, blind27.md) and the readers' template recycling (reading26.md)
TELLS = ("减没减轻", "认不认可", "一项一项对照", "年底突击", "遇到矛盾不回避", "用数据说话", "擦亮", "首先落在",
         "从上级要求看", "病人还在急救车上", "尽快召开班子会", "既是总结会，也是部署会")


def test_a_provider_is_supervised_and_supervises_no_one():
    assert not voice.fits("各社区卫生服务中心", "要加强医养结合服务的监管，规范服务内容和收费。")
    assert voice.wrong_actor("各社区卫生服务中心要加强医养结合服务的监管，规范服务内容和收费。")
    assert voice.wrong_actor("县人民医院要强化对养老机构医疗服务的监管。")
    # a 卫生院's guidance of its village clinics is its own; a hospital's own economy is supervised, not supervising
    assert not voice.wrong_actor("村卫生室建设资金要专款专用，乡镇卫生院要加强指导和监管，确保建设质量。")
    assert not voice.wrong_actor("公立医院的经济运行要加强监管，把预算和成本管住。")
    assert not voice.wrong_actor("县卫生健康局要加强医养结合服务的监管。")


@pytest.mark.parametrize("level", ["市", "县", "区", "乡"])
def test_prices_are_paced_by_who_sets_them(level):
    said = "落实医疗服务价格调整政策，要把握好调价的节奏和力度，确保医院平稳运行、群众负担总体不增加。"
    assert voice.beyond_level(said, level)
    assert voice.in_remit(said, voice.Remit(voice.GOVERNMENT, level, D(2023, 3, 1))) is None
    assert not voice.beyond_level(said, "省")
    assert not voice.beyond_level("要落实医疗服务价格动态调整政策，做好政策衔接。", level)


def test_the_insurance_fund_is_the_insurer_s():
    said = "签约服务费、基本公共卫生服务经费和医保资金要统筹使用，让家庭医生团队多服务、多得益。"
    city_bureau = voice.Remit(voice.BUREAU, "市", D(2023, 2, 20))
    assert voice.in_remit(said, city_bureau) is None
    assert not voice.speakable(said, voice.BUREAU, D(2023, 2, 20))
    asked = "要协调医保部门统筹用好签约服务费和医保资金。"
    assert voice.in_remit(asked, city_bureau) == asked


def test_work_the_brief_never_gave_is_not_presumed():
    han = voice.unbacked("推进中医药传承创新发展 提升县中医院服务能力", "县", "石门县")
    assert any(p.search("加强民族医药服务能力建设，挖掘整理民族医药的特色技术和方药。") for p in han)
    assert any(p.search("要深化清廉医院建设，营造风清气正的行业环境。") for p in han)
    assert any(p.search("医养结合示范项目要在服务模式、运行机制和人才培养上探索经验。") for p in han)
    assert any(p.search("乡镇卫生院标准化建设完成以后，新增的业务用房和设备要尽快投入使用。") for p in han)
    # the brief's own words, or an autonomous prefecture, allow them
    assert not any(p.search("加强民族医药服务能力建设。") for p in voice.unbacked("发展蒙医药", "县", "石门县"))
    assert not any(p.search("加强民族医药服务能力建设。") for p in voice.unbacked("", "州", "黔南州"))
    assert not any(p.search("加强民族医药服务能力建设。") for p in voice.unbacked("", "县", "三江侗族自治县"))
    assert not any(p.search("要深化清廉医院建设。") for p in voice.unbacked("开展清廉医院建设", "市", "汉阳市"))


@pytest.mark.parametrize("text, day, out", [
    ("单独两孩政策实施后，要做好政策解读和咨询服务。", D(2016, 3, 1), True),
    ("单独两孩政策实施后，要做好政策解读和咨询服务。", D(2015, 3, 1), False),
    ("要推进医师多点执业，鼓励大医院的医师到基层执业。", D(2023, 2, 20), True),
    ("要推进医师多点执业，鼓励大医院的医师到基层执业。", D(2016, 2, 20), False),
    ("要按照总量控制、结构调整、有升有降、逐步到位的原则，理顺医疗服务价格。", D(2023, 2, 20), True),
    ("要按照总量控制、结构调整、有升有降、逐步到位的原则，理顺医疗服务价格。", D(2016, 2, 20), False),
    ("把改水改厕纳入村镇建设规划，做到认识到位、领导到位、措施到位、经费到位。", D(2018, 3, 1), True),
])
def test_dated_wording_stays_in_its_years(text, day, out):
    assert bool(outside_window(text, day, "县")) is out


def _brief(kind: str, year: int, region: dict, speaker: dict, **more) -> Brief:
    data = {
        "kind": kind, "year": year, "region": region, "speaker": speaker,
        "achievements": [{"topic": "医改", "metrics": [{"name": "县域内就诊率", "value": 88, "unit": "%"}]},
                         {"topic": "基层卫生", "facts": ["新建村卫生室5所"]},
                         {"topic": "中医药", "metrics": [{"name": "中医馆覆盖率", "value": 90, "unit": "%"}]},
                         {"topic": "老龄健康", "facts": ["建成医养结合机构2家"]}],
        "problems": ["基层服务能力不强", "老年人健康服务供给不足"],
        "priorities": [{"topic": "医改", "items": ["推进公立医院高质量发展", "深化医疗服务价格改革"]},
                       {"topic": "中医药", "items": ["推进中医药传承创新发展"]},
                       {"topic": "老龄健康", "items": ["推进医养结合"]},
                       {"topic": "基层卫生", "items": ["加强家庭医生签约服务"]},
                       {"topic": "爱国卫生", "items": ["开展城乡环境卫生整治"]}],
        "length": 5000}
    data.update(more)
    return Brief.model_validate(data)


CASES = [
    ("annual_conference", 2016, {"name": "石门县"}, {"name": "王建国", "title": "副县长"}),
    ("work_report", 2023, {"name": "汉阳市"}, {"name": "刘华", "title": "市卫生健康委主任"}),
    ("midyear_review", 2026, {"name": "南城区"}, {"name": "韩梅", "title": "副区长"}),
    ("annual_conference", 2018, {"name": "红岩乡", "parent": "石门县"}, {"name": "李娟", "title": "副乡长"}),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}_{c[1]}_{c[2]['name']}")
def test_drafts_carry_no_tells_claims_or_another_s_business(real, case):
    kind, year, region, speaker = case
    b = _brief(kind, year, region, speaker)
    township = levels.is_township(b.region.level)
    for seed in (1, 2, 3):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        for tell in TELLS:
            assert tell not in text, (seed, tell)
        for claim in ("民族医", "清廉医院", "示范项目", "标准化建设完成", "各项帮扶措施逐项落实"):
            assert claim not in text, (seed, claim)
        for s in sentences_of(text):
            assert not voice.wrong_actor(s, b.speech_date), s
            assert not re.search(r"(?:调价|价格)[^。；]{0,20}节奏", s), s
            assert not re.search(r"医保资金要统筹使用|统筹用好[^。；]{0,30}医保资金", s), s
            if township:
                assert not re.search(r"每个乡镇|各乡镇(?!卫生院)|背街小巷|班子会", s), s
                assert not re.search(r"乡政府要|主要负责同志要亲自过问", s), s
            if year >= 2016:
                assert "单独两孩" not in s, s
            if year >= 2023:
                assert not re.search(r"多点执业|有升有降", s), s


# --- stock lines rationed across speeches (era.not_its_turn, switched on: names14) ---------------------------------

def test_a_plain_measure_is_said_in_about_half_the_speeches_and_a_maxim_in_a_third():
    from jianggao.compose import era

    days = [D(2012, 1, 1) + dt.timedelta(days=41 * i) for i in range(90)]
    measure = "要把儿童生长发育监测纳入日常儿童保健服务，对发育迟缓的儿童及时转诊干预。"
    maxim = "慢性病防控要抓住危险因素，让群众少得病、晚得病。"
    for line, low, high in ((measure, 0.3, 0.7), (maxim, 0.15, 0.55)):
        said = [d for d in days if not outside_window(line, d, "县")]
        assert low < len(said) / len(days) < high, line
        assert [bool(outside_window(line, d, "县")) for d in days] == \
               [bool(outside_window(line, d, "县")) for d in days]        # the same brief says the same
        assert not era.out_of_time(line, days[0], "县")                    # not an era finding: finish keeps it


def test_a_measure_is_said_in_one_of_its_wordings_by_turn():
    """Each speech says a measure of STOCK_WORDINGS in one of its wordings: the measure stays, each wording is in some
    speeches (rationing one wording alone moved the drafts to the other)."""
    from jianggao.compose import era

    wordings = ("助产人员要经常培训、持证上岗。", "助产人员的培训和考核要定期组织，做到持证上岗。",
                "要加强助产技术人员培训，规范助产技术服务。")
    days = [D(2013, 2, 1) + dt.timedelta(days=53 * i) for i in range(80)]
    said = [tuple(not era.not_its_turn(w, d, "区") for w in wordings) for d in days]
    assert all(sum(turn) == 1 for turn in said)                    # one wording a speech, never none
    assert all(0.15 < sum(t[i] for t in said) / len(days) < 0.55 for i in range(3))
    assert said == [tuple(not era.not_its_turn(w, d, "区") for w in wordings) for d in days]   # the same brief, the same


def test_the_issue_s_stock_lines_are_rationed():
    from jianggao.compose import era

    for line in ("公立医院是医改的主战场，各公立医院要把公益性放在首位。", "群众就医的每一个环节都是改善服务的着力点。",
                 "医疗集团要统一管理、统一调度。", "人才引得进、留得住、用得好，关键在激励机制。"):
        days = [D(2014, 3, 1) + dt.timedelta(days=61 * i) for i in range(40)]
        assert 0 < sum(1 for d in days if era.not_its_turn(line, d, "市")) < len(days), line
