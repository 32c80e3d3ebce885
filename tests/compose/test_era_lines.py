"""Era (issue 13, reading 3): a speech of a given date cites its own period's landmarks and no other's.

The dated wording (templates/wording/era_lines.yaml, situation_policy.yaml) is checked as data — every
line fits its own window, the windows cover 2012–2026 — and by rendering a sweep of dates: each speech
names a landmark of its date in the opening, situation or closing, and lint's 提法时效 finds nothing.
"""
from __future__ import annotations

import datetime as dt
import functools

import pytest
import yaml
from compose_helpers import REPO, brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jianggao.compose.core import compose, in_force
from jianggao.compose.era import modernise, outside_window
from jianggao.compose.templating import Templates
from jianggao.lint import lint_text
from jianggao.model.bank import load_bank
from jianggao.model.speech import Heading

WORDING = REPO / "templates" / "wording"
ERA = yaml.safe_load((WORDING / "era_lines.yaml").read_text(encoding="utf-8"))
POLICY = yaml.safe_load((WORDING / "situation_policy.yaml").read_text(encoding="utf-8"))
FIRST, LAST = dt.date(2012, 1, 1), dt.date(2026, 12, 31)
GENERAL = ("opening", "direction", "welcome", "aim")
LEVELS = ("县", "市", "区")


def _all_entries() -> list[tuple[str, dict]]:
    out = [(part, e) for part in GENERAL for e in ERA[part]]
    out += [(f"special.{k}", e) for k, v in ERA["special"].items() for e in v]
    return out + [("situation_policy", e) for e in POLICY]


def _days(entry: dict) -> list[dt.date]:
    start = entry.get("from") or FIRST
    end = entry.get("to") or LAST
    return [start, start + (end - start) / 2, end]


@pytest.mark.parametrize(("part", "entry"), _all_entries(), ids=lambda x: x if isinstance(x, str) else x["text"][:12])
def test_each_line_is_in_use_on_every_day_of_its_window(part, entry):
    assert entry.get("from") is None or entry.get("to") is None or entry["from"] <= entry["to"], part
    text = entry["text"].replace("{scope}", "全县")
    for day in _days(entry):
        for level in LEVELS:
            # as written (the picker's test before it says a line) and as said (in the date's forms)
            assert outside_window(text, day, level) == [], (part, day, level, text)
            said = modernise(text, day, level)
            assert outside_window(said, day, level) == [], (part, day, level, said)


@pytest.mark.parametrize("part", ["opening", "welcome", "aim", "direction"])
def test_every_era_line_names_its_landmark(part):
    for e in ERA[part]:
        assert e["mark"].replace("、", "") in e["text"].replace("、", "").replace("“", "").replace("”", ""), e


def _months() -> list[dt.date]:
    return [dt.date(y, m, 15) for y in range(FIRST.year, LAST.year + 1) for m in range(1, 13)]


def test_every_month_of_2012_to_2026_has_an_opening_line_and_a_closing_aim():
    for day in _months():
        assert in_force(ERA["aim"], day), day
        assert in_force(ERA["opening"], day) or day.month == 10, day   # a congress week may have none
        assert in_force(ERA["direction"], day) or day.month == 10, day
        assert in_force(POLICY, day), day


@pytest.mark.parametrize(("day", "said", "unsaid"), [
    (dt.date(2017, 3, 8), "迎接党的十九大", "学习贯彻党的十九大精神"),
    (dt.date(2017, 12, 20), "十九大精神", "迎接党的十九大"),
    (dt.date(2021, 2, 25), "党史学习教育", "迎接党的二十大"),
    (dt.date(2025, 2, 20), "十四五", "十五五”开局"),
    (dt.date(2026, 2, 20), "十五五", "十四五”规划收官"),
])
def test_a_date_says_its_own_moment_and_not_another(day, said, unsaid):
    lines = "".join(in_force(ERA["opening"], day) + in_force(ERA["welcome"], day) + in_force(ERA["direction"], day))
    assert said in lines and unsaid not in lines


def test_special_meetings_cite_their_subjects_landmarks():
    assert any("国家疾病预防控制局" in t for t in in_force(ERA["special"]["disease_control"], dt.date(2022, 4, 1)))
    assert not any("疾控局" in t for t in in_force(ERA["special"]["disease_control"], dt.date(2021, 3, 1)))
    assert any("中医药法" in t for t in in_force(ERA["special"]["tcm"], dt.date(2018, 5, 1)))
    assert any("传承创新" in t for t in in_force(ERA["special"]["tcm"], dt.date(2021, 5, 1)))
    assert any("七十周年" in t for t in in_force(ERA["special"]["patriotic_health"], dt.date(2022, 4, 1)))
    assert any("三明" in t for t in in_force(ERA["special"]["medical_reform"], dt.date(2022, 6, 1)))


# --- rendered speeches ----------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _tools():
    return Templates(REPO / "templates"), load_bank(REPO / "phrasebank")


KIND_TOPIC = {"annual_conference": None, "work_report": None, "midyear_review": None,
              "special_topic": "疾病预防控制"}


def _speech(kind: str, day: dt.date, level_name: str = "临江区", seed: int = 1):
    data = {"kind": kind, "year": day.year, "date": day.isoformat(), "region": {"name": level_name},
            "speaker": {"name": "王明", "title": "副区长" if level_name.endswith("区") else "副县长"}}
    if KIND_TOPIC[kind]:
        data["priorities"] = [{"topic": KIND_TOPIC[kind], "items": ["加强传染病监测预警"]}]
    templates, bank = _tools()
    return compose(brief(**data), bank, templates, seed=seed)


def _marks(day: dt.date) -> list[str]:
    return [e["mark"] for part in GENERAL for e in ERA[part] if in_force([e], day)] + \
        [e["mark"] for e in POLICY if e.get("mark") and in_force([e], day)]


def _frame(speech) -> str:
    """The opening (before the first part heading), the situation/总体思路 part and the closing paragraph."""
    blocks = speech.blocks
    first = next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1), len(blocks))
    texts = [b.text + getattr(b, "body", "") for b in blocks]
    situation = [t for t in texts if t.startswith(("从政策要求看", "从宏观形势看", "从上级要求看")) or "总体思路是" in t]
    return "".join(texts[:first] + situation + texts[-1:])


def _check(kind: str, day: dt.date, level_name: str = "临江区", seed: int = 1) -> None:
    speech = _speech(kind, day, level_name, seed)
    frame = _frame(speech)
    assert any(m in frame for m in _marks(day)), (kind, day, frame[:200], frame[-200:])
    opening_marks = [e["mark"] for e in ERA["opening"] if in_force([e], day)]
    if opening_marks and kind != "work_report":   # a work report opens on 我代表…报告工作 alone
        blocks = speech.blocks
        first = next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1), len(blocks))
        opening = "".join(b.text for b in blocks[:first])
        assert any(m in opening for m in opening_marks), (kind, day, opening)
    if kind == "work_report" and in_force(ERA["direction"], day):
        direction = [e["mark"] for e in ERA["direction"] if in_force([e], day)]
        assert any(m.replace("、", "") in frame.replace("、", "") for m in direction), (day, frame)
    level = level_name[-1]
    paragraphs = [speech.title, speech.salutation] + [
        (b.number + b.text + b.body) if isinstance(b, Heading) else b.text for b in speech.blocks]
    era = [f for f in lint_text(paragraphs, day, level, kinds=("era",))]
    assert era == [], (kind, day, [(f.term, f.message) for f in era])


# each year's annual meeting and half-year meeting, and the weeks after each congress and plenum
GRID = [dt.date(y, m, d) for y in range(2012, 2027) for (m, d) in ((2, 20), (7, 10))] + [
    dt.date(2012, 12, 10), dt.date(2013, 12, 5), dt.date(2016, 9, 20), dt.date(2017, 11, 20), dt.date(2019, 11, 15),
    dt.date(2020, 4, 10), dt.date(2021, 4, 20), dt.date(2022, 11, 20), dt.date(2023, 5, 10), dt.date(2024, 5, 10),
    dt.date(2024, 8, 20), dt.date(2025, 11, 20)]


@pytest.mark.parametrize("day", GRID, ids=str)
def test_a_sweep_of_dates_cites_its_own_period(day):
    kind = list(KIND_TOPIC)[(day.year + day.month) % len(KIND_TOPIC)]
    _check(kind, day, "临江区" if day.year % 2 else "白水县")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(FIRST, LAST), st.sampled_from(sorted(KIND_TOPIC)), st.integers(1, 4))
def test_any_date_and_kind_cites_its_own_period(day, kind, seed):
    _check(kind, day, "临江区", seed)


@pytest.mark.parametrize(("topic", "day", "landmarks"), [
    ("疾病预防控制", dt.date(2021, 9, 10), ("国家疾病预防控制局", "改革完善疾病预防控制体系")),
    ("疾病预防控制", dt.date(2018, 3, 20), ("中国防治慢性病中长期规划", "全国卫生与健康大会")),
    ("中医药", dt.date(2018, 5, 8), ("中医药法", "中医药发展战略规划纲要")),
    ("中医药", dt.date(2021, 5, 8), ("传承创新发展",)),
    # (the 2020-11 意见, no longer news in 2022, is cited by its title as the standing basis: 按照《…》的要求; situ20)
    ("爱国卫生", dt.date(2022, 4, 7), ("七十周年", "新时代爱国卫生运动", "《关于深入开展爱国卫生运动的意见》")),
    ("医改", dt.date(2015, 4, 7), ("十八届三中全会", "十二五")),
    ("医改", dt.date(2024, 9, 7), ("二十届三中全会", "公立医院高质量发展")),
])
def test_a_special_meeting_opens_its_first_part_on_its_subjects_landmark(topic, day, landmarks):
    """One of the subject's two latest landmarks of the date is said in the first part (提高认识)."""
    templates, bank = _tools()
    data = {"kind": "special_topic", "year": day.year, "date": day.isoformat(), "region": {"name": "白水县"},
            "speaker": {"name": "周雯", "title": "副县长"}, "priorities": [{"topic": topic, "items": ["抓好重点工作"]}]}
    speech = compose(brief(**data), bank, templates, seed=2)
    heads = [i for i, b in enumerate(speech.blocks) if isinstance(b, Heading) and b.level == 1]
    first_part = "".join(b.text + getattr(b, "body", "") for b in speech.blocks[heads[0] + 1:heads[1]])
    assert any(m in first_part for m in landmarks), (topic, day, first_part[:300])


def test_the_third_session_s_dated_wordings_wait_for_their_dates():
    import datetime as dt

    from jianggao.compose.era import outside_window
    early = {"持续开展党史学习教育": dt.date(2021, 2, 24), "加强医疗机构运营管理和内部控制": dt.date(2020, 2, 20),
             "织牢织密公共卫生防护网": dt.date(2020, 2, 20), "全面推行家庭医生签约服务": dt.date(2016, 2, 19)}
    later = {"持续开展党史学习教育": dt.date(2021, 7, 1), "加强医疗机构运营管理和内部控制": dt.date(2021, 2, 20),
             "织牢织密公共卫生防护网": dt.date(2021, 2, 20), "全面推行家庭医生签约服务": dt.date(2017, 2, 19)}
    for text, when in early.items():
        assert outside_window(text, when), text
    for text, when in later.items():
        assert not outside_window(text, when), text


def test_a_speech_after_the_march_2026_remarks_cites_them(real):
    """The 2026-03-06 remarks to the 政协 医药卫生界 members (十五五 the key period for 健康中国 by 2035) are cited
    only after they were made; an unverified later event is not (a helper's 2026-10 全国卫生与健康大会 was dropped)."""
    from jianggao.briefs.load import load_brief
    brief = load_brief(REPO / "bench" / "briefs" / "b22_annual_2026_district_rich.yaml")
    after = brief.model_copy(update={"date": dt.date(2026, 12, 10)})
    texts = [compose(after, real.bank, real.templates, seed=s).all_text() for s in (1, 2, 3)]
    assert any("建成健康中国目标的关键时期" in t or "协同发展和治理机制" in t for t in texts)
    assert not any("全国卫生与健康大会" in t for t in texts)
    before = [compose(brief, real.bank, real.templates, seed=s).all_text() for s in (1, 2, 3)]
    assert not any("看望全国政协医药卫生界委员" in t for t in before)


@pytest.mark.parametrize("day, closing", [
    (dt.date(2019, 2, 27), "以优异成绩庆祝新中国成立70周年"),
    (dt.date(2021, 3, 2), "以优异成绩庆祝中国共产党成立100周年"),
    (dt.date(2025, 8, 5), "为“十四五”卫生健康事业圆满收官、建设健康临江作出新的贡献"),
])
def test_the_brief_s_own_closing_is_not_said_again_by_the_era_s_aim(day, closing):
    """A brief's closing aim that the era's rally line also says (新中国成立七十周年 / 70周年) is said once (reading 36:
    the same aim twice at the end of every draft)."""
    from jianggao.compose.core import not_in_closing
    templates, bank = _tools()
    data = {"kind": "annual_conference", "year": day.year, "date": day.isoformat(), "region": {"name": "临江区"},
            "speaker": {"name": "王明", "title": "副区长"}, "closing": closing}
    last = [b.text for b in compose(brief(**data), bank, templates, seed=1).blocks if not isinstance(b, Heading)][-1]
    assert last.count("庆祝") <= 1 and last.count("收官") <= 1, last
    assert not_in_closing(["以优异成绩庆祝新中国成立七十周年"], "以优异成绩庆祝新中国成立70周年") == []
    assert not_in_closing(["以优异成绩庆祝新中国成立七十五周年"], "以优异成绩庆祝新中国成立75周年") == []
    assert not_in_closing(["以优异成绩迎接党的二十大胜利召开"], "为建设健康临江作出新的贡献") == ["以优异成绩迎接党的二十大胜利召开"]


def test_a_half_year_closing_aim_of_the_brief_s_is_not_the_call_s_too():
    templates, bank = _tools()
    data = {"kind": "midyear_review", "year": 2023, "date": "2023-07-13", "region": {"name": "临江区"},
            "speaker": {"name": "王明", "title": "副区长"}, "closing": "确保全年各项卫生健康目标任务圆满完成"}
    last = [b.text for b in compose(brief(**data), bank, templates, seed=1).blocks if not isinstance(b, Heading)][-1]
    assert last.count("圆满完成") == 1, last
