"""A problem is answered by what the speaker's level does about it (answer33): a city's problem found in the counties,
townships or villages (县级疾控机构检测能力不足, 乡镇卫生院人员不足, 村医队伍老化) by the city's part — its commission
guides and presses the counties, its own units train and back up theirs, its money is 统筹ed or asked for — and a
problem at the speaker's own level by its own bodies (a reader's 2025 city 疾控 meeting answered 县级疾控机构检测能力不足
with tasks for the 市疾控中心, which the same speech said had built a BSL-2 lab)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from jianggao.compose import voice
from jianggao.compose.answers import Answers, below_city, bodies, body_of, city_answer
from jianggao.compose.era import modernise, outside_window

TABLE = yaml.safe_load((Path(__file__).resolve().parents[2] / "templates" / "wording" / "problem_answers.yaml")
                       .read_text(encoding="utf-8"))


class _Picker:
    """The little of compose.picker an answer asks for: every measure may be said."""
    seed = 1
    answered_problems: set[str] = set()

    def vary(self, text):
        return text


# Problems of the level below a city, made from the units an office names and the ways it says they fall short.
_LOWER_UNITS = ("乡镇卫生院", "基层医疗卫生机构", "社区卫生服务中心")
_SHORT = ("人员不足", "设备老化", "业务用房不达标", "编制不足", "医务人员待遇偏低")
BELOW = (
    [f"{u}{s}" for u in _LOWER_UNITS for s in _SHORT]
    + ["县级疾控机构检测能力不足", "县级疾控中心实验室检测能力薄弱", "县级妇幼保健机构服务能力不强",
       "部分县级医院服务能力不强", "县域内就诊率不高，患者外转较多", "基层疾控力量薄弱", "基层首诊落实不够",
       "乡村医生队伍老化", "村医待遇偏低", "乡村医生养老保障问题突出", "村卫生室服务能力弱", "部分行政村卫生室空白"])

# A city body at the head of a clause (… 要 / 会同), and what such a body does about the counties' problem.
_CITY_ACTOR = re.compile(r"(?:^|[；，])((?:[市州盟](?:卫生健康委|卫生计生委|卫生局|疾控中心|妇幼保健院|级医院))|委里)要([^；]*)")
_CITY_PART = re.compile(r"指导|督促|培训|帮扶|支持|统筹|争取|考核|督导|对口|派驻|进修|带教|抽查")


def _answer(problem: str, level: str, date: dt.date, role: str, **kw) -> tuple[str, dict]:
    made = Answers(_Picker(), TABLE, level, date, role, "annual_conference", **kw)
    out = made([problem])
    assert out, f"{problem} unanswered at {level}"
    return out[0][1], made.entries[problem]


@pytest.mark.parametrize("level", ["市", "州"])
@pytest.mark.parametrize("date", [dt.date(2016, 3, 1), dt.date(2025, 2, 20)])
@pytest.mark.parametrize("role", [voice.GOVERNMENT, voice.BUREAU])
def test_a_city_answers_the_counties_problem_by_its_own_part(level, date, role):
    subdiv = bodies(level, date, role, "annual_conference")["subdiv"]
    for problem in BELOW:
        assert below_city(problem, level)
        said, entry = _answer(problem, level, date, role)
        # the counties' own bodies do the work, named as theirs
        assert re.search(re.escape(subdiv) + r"|县级|基层|乡镇|村", said), (problem, said)
        # … and each clause a city body heads is the city's part: guiding, training, backing up, pressing, funding
        for body, does in _CITY_ACTOR.findall(said):
            assert _CITY_PART.search(does), (problem, body, does)
        # (the 市疾控中心 does not take up the county's lab as its own)
        assert "对照疾控机构实验室建设标准，把能开展" not in said, said


def test_the_city_fills_the_county_lab_problem_with_backing_not_its_own_lab():
    said, entry = _answer("县级疾控机构检测能力不足", "市", dt.date(2025, 4, 10), voice.GOVERNMENT)
    assert entry.get("text") == next(e for e in TABLE if e.get("heading") == "提升疾控机构检验检测能力")["city"]
    assert "市疾控中心要对各县（市、区）疾控中心" in said and "市卫生健康委要督促各县（市、区）" in said, said


@pytest.mark.parametrize("problem", ["市疾控中心实验室检测能力不足", "市级医院人才不足", "全市疾控机构检测能力不足"])
def test_a_city_problem_of_its_own_bodies_is_answered_by_them(problem):
    assert not below_city(problem, "市")
    said, entry = _answer(problem, "市", dt.date(2025, 2, 20), voice.GOVERNMENT)
    assert "督促各县（市、区）" not in said and "指导各县（市、区）" not in said, said


@pytest.mark.parametrize("level", ["县", "区", "旗"])
@pytest.mark.parametrize("date", [dt.date(2014, 3, 1), dt.date(2024, 3, 1)])
def test_a_county_answers_by_its_own_bodies(level, date):
    """A county's (district's) problem of its 卫生院 or its 县级 units is its own: its bodies act, never 督促各县."""
    for problem in BELOW:
        assert not below_city(problem, level)
        said, entry = _answer(problem, level, date, voice.GOVERNMENT)
        assert "各县（市、区）" not in said and not re.search(r"督促各|[市州]级医院", said), (problem, said)
        assert "city" not in entry or entry["text"] != entry["city"], (problem, said)


def test_a_county_level_city_is_a_county():
    """A 市 under a 市 (a county-level city) has 镇 and 街道 beneath it: its 卫生院's problem is its own."""
    assert not below_city("乡镇卫生院人员不足", "市", county_city=True)
    said, _ = _answer("乡镇卫生院人员不足", "市", dt.date(2024, 3, 1), voice.GOVERNMENT, county_city=True)
    assert "各县（市、区）" not in said, said


@pytest.mark.parametrize("level", ["镇", "街道"])
def test_a_township_does_its_own_part_only(level):
    for problem in BELOW:
        made = Answers(_Picker(), TABLE, level, dt.date(2024, 3, 1), voice.GOVERNMENT, "annual_conference")
        for _, said, _ in made([problem]):
            assert not re.search(r"督促各|指导各|县（市、区）|编办要|人社局要|财政局要|[市州]级医院要", said), (problem, said)


@pytest.mark.parametrize("level, date", [("市", dt.date(2013, 3, 1)), ("市", dt.date(2017, 7, 1)),
                                         ("州", dt.date(2021, 4, 1)), ("盟", dt.date(2025, 3, 1))])
@pytest.mark.parametrize("role", [voice.GOVERNMENT, voice.BUREAU])
def test_every_city_wording_fits_its_speaker_level_and_date(level, date, role):
    """The city's part as test_answers holds every answer to: no number, no slot left, nobody told another's work, no
    term outside its window, the bureau's voice (it 争取s), no clinic routine in a leader's mouth."""
    slots = bodies(level, date, role, "annual_conference")
    for entry in (e for e in TABLE if e.get("city")):
        start, end = entry.get("from"), entry.get("to")
        if (start and date < dt.date.fromisoformat(str(start))) or (end and date > dt.date.fromisoformat(str(end))):
            continue
        text = body_of(f"基层{entry['when'][0]}不足", city_answer(entry), slots, role, check=True)
        assert "{" not in text and not re.search(r"\d", text), text
        assert not voice.wrong_actor(text, date), text
        said = modernise(text, date, level)
        assert not outside_window(said, date, level), (said, outside_window(said, date, level))
        if role == voice.BUREAU:
            assert voice.in_bureau_voice(text) == text, text
        else:
            assert not voice.too_fine(text), text


@pytest.mark.parametrize("level", ["镇", "街道"])
def test_a_township_s_own_wording_of_its_clinics_is_one_it_may_say(level):
    """The township wordings of the 门诊量 and 首诊 entries name nothing a township may not say (levels_powers:
    上级医院 is the county's to order): refused by the picker, the answer fell to the bank's measures and l23's
    居民到社区就诊意愿不强 went unanswered (answer33)."""
    from jianggao.compose.answers import township_answer
    from jianggao.model import levels_powers
    above = levels_powers.above_township(level)
    for entry in TABLE:
        if entry.get("heading", "").startswith(("引导群众到", "提升基层服务能力")):
            said = township_answer(entry, level)
            assert not (said and above.search(said)), said


def test_a_street_s_own_centre_wording_is_said_of_its_own_centre_only():
    """The 首诊 entry answers 服务能力 anywhere; its street wording (the 街道's own 社区卫生服务中心) is said of a problem
    of the community's care, never of the county's hospitals, a village clinic or research (answer33)."""
    made = Answers(_Picker(), TABLE, "街道", dt.date(2023, 3, 1), voice.GOVERNMENT, "annual_conference")
    out = made(["社区卫生服务中心服务能力不强"])
    assert out and "居民常用的科室" in out[0][1] and "首诊在社区" in out[0][1], out
    for problem in ("县级医院服务能力与群众需求有差距", "村卫生室服务能力弱", "医学科研创新能力不强"):
        for _, said, _ in Answers(_Picker(), TABLE, "街道", dt.date(2023, 3, 1), voice.GOVERNMENT,
                                  "annual_conference")([problem]):
            assert "科室建起来" not in said, (problem, said)
