"""Session 40 (sec53, sec55, the probes of subjects no bench brief had): a special meeting on any subject opens it into
its own facets, a dated facet line is said only in its window, the department's name is no meeting field, and the
closing's era rally is not said twice."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from jianggao.briefs.load import load_brief
from jianggao.compose.context import facets_on
from jianggao.compose.core import compose, not_in_closing
from jianggao.compose.era import out_of_time
from jianggao.compose.special import meeting_field
from jianggao.model.levels_powers import ABOVE_TOWNSHIP
from jianggao.model.speech import Heading

FRESH = Path(__file__).resolve().parents[2] / "bench" / "fresh_briefs"


def test_the_department_s_name_is_no_meeting_field():
    assert meeting_field("special_topic", "2018年全县卫生计生系统党风廉政建设工作会议", "party_building") == {"党建"}
    assert meeting_field("special_topic", "2016年全市卫生计生系统计划生育工作会议", "population_family") >= {"生育"}
    assert meeting_field("special_topic", "2015年全县卫生计生工作会议", "general") == frozenset()


def test_a_dated_facet_line_is_said_only_in_its_window():
    facets = {"x": [["头", "一句。", {"text": "二句。", "from": "2016-01-01", "to": "2020-12-31"}]]}
    assert facets_on(facets, dt.date(2015, 6, 1))["x"] == [["头", "一句。"]]
    assert facets_on(facets, dt.date(2018, 6, 1))["x"] == [["头", "一句。", "二句。"]]


def test_the_closing_s_era_rally_is_not_said_beside_the_brief_s_own():
    lines = ["奋力实现“十五五”卫生事业良好开局", "以优异成绩迎接党的二十大胜利召开"]
    assert not_in_closing(lines, "为建设健康榴埠、推动“十五五”开好局起好步作出新的贡献") == [lines[1]]


def test_words_out_of_their_time_in_sec53():
    assert out_of_time("提升患者体验要延伸到诊后。", dt.date(2017, 5, 18), "市")
    assert not out_of_time("提升患者体验要延伸到诊后。", dt.date(2024, 5, 18), "市")
    assert out_of_time("要进一步强化公共场所、生活饮用水和职业健康监督执法。", dt.date(2013, 4, 9), "县")
    assert out_of_time("要坚持医疗、医保、医药联动改革。", dt.date(2025, 2, 26), "区")


def test_a_township_sets_no_vaccinators_rules_nor_a_signing_team_s_make_up():
    for line in ("从事预防接种的人员要经过培训考核，考核不合格的不得上岗。", "家庭医生团队由全科医生、护士、乡村医生和公共卫生人员组成。",
                 "体重管理年活动要把医疗机构的体重管理门诊用起来。"):
        assert ABOVE_TOWNSHIP.search(line), line


def test_a_party_conduct_meeting_opens_its_own_subject(real):
    """dj, a 2018 county 党风廉政 meeting: five one-line generic subsections (完善工作机制。要建立…) and 0.56 of its
    length before; its own facets (廉洁风险, 作风, 监督执纪…), each more than a line, and near its length after."""
    brief = load_brief(FRESH / "fresh51_dj.yaml")
    speech = compose(brief, real.bank, real.templates, seed=1)
    subs = [b for b in speech.blocks if isinstance(b, Heading) and b.level == 2]
    assert not any(b.text.startswith(("完善工作机制", "补齐短板弱项", "强化基础支撑")) for b in subs)
    tasks = [b for b in subs if re.search(r"廉洁|作风|执纪|党组织", b.text)]
    assert tasks and all(len(re.findall("。", b.body)) >= 2 for b in tasks), [(b.text, b.body) for b in tasks]
    assert speech.body_length() >= 0.8 * brief.target_length


def test_every_subject_has_facets_of_its_own():
    facets = yaml.safe_load((Path(__file__).resolve().parents[2] / "templates" / "wording" / "facets.yaml")
                            .read_text(encoding="utf-8"))
    for key in ("party_building", "regulation", "work_safety", "medical_services", "population_family",
                "health_poverty", "elderly_health", "tcm", "health_promotion", "emergency", "workforce",
                "informatization"):
        assert len(facets[key]) >= 5, key
