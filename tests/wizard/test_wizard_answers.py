"""The wizard's answers without prompts: --answers, value parsing, suggestions, file names, bank problems."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianggao.cli import main


def test_answers_file_with_a_bad_value_names_file_line_field(tmp_path, capsys):
    answers = tmp_path / "answers.yaml"
    answers.write_text("年份: 2027\n地区: 临江区\n工作成绩:\n  - 领域: 医改\n    指标:\n"
                       "      - {名称: 覆盖率, 数值: 四五}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["new", "--answers", str(answers), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "answers.yaml:6" in err and "请用阿拉伯数字" in err
    assert not out.exists() or list(out.iterdir()) == []


def test_answers_and_from_together_is_a_usage_error(tmp_path, capsys):
    assert main(["new", "--answers", "a.yaml", "--from", "b.yaml", "-o", str(tmp_path)]) == 2
    assert "不能同时使用" in capsys.readouterr().err


@pytest.mark.parametrize("name,stem", [("2027年全区卫生健康工作会议", "2027年全区卫生健康工作会议"),
                                       ("../../etc/passwd", "etc_passwd"), ("a/b\\c:d", "a_b_c_d"),
                                       ("...", "讲话稿"), ("", "讲话稿"), ("con", "con_"), ("CON.会议", "CON.会议_")])
def test_file_names_are_sanitised(name, stem):
    from jianggao.wizard.output import safe_stem

    assert safe_stem(name, "讲话稿") == stem


@pytest.mark.parametrize("text,chars", [("6000", 6000), ("6000字", 6000), ("25分钟", 5500), ("25 分", 5500),
                                        ("12.5分钟", 2750)])
def test_length_in_characters_or_minutes(text, chars):
    from jianggao.wizard.answers import parse_length

    assert parse_length(text) == chars


@pytest.mark.parametrize("today,year", [(dt.date(2026, 10, 31), 2026), (dt.date(2026, 11, 1), 2027),
                                        (dt.date(2027, 1, 5), 2027)])
def test_default_year(today, year):
    from jianggao.wizard.answers import default_year

    assert default_year(today) == year


@pytest.mark.parametrize("kind,today,year", [
    ("address", dt.date(2026, 12, 1), 2026), ("midyear_review", dt.date(2026, 12, 1), 2027),
    ("midyear_review", dt.date(2026, 7, 10), 2026), ("midyear_review", dt.date(2026, 8, 3), 2027),
    ("pledge", dt.date(2026, 12, 1), 2027), ("special_topic", dt.date(2026, 5, 1), 2026)])
def test_default_year_by_kind(kind, today, year):
    """Each kind's next meeting: an address soon after it is written, a half-year meeting in July."""
    from jianggao.wizard.answers import default_year

    assert default_year(today, kind) == year


@pytest.mark.parametrize("level,behalf", [("区", "区委、区政府"), ("市辖区", "区委、区政府"), ("县", "县委、县政府"),
                                          ("镇", "镇党委、镇政府"), ("街道", "街道党工委、街道办事处"), ("盟", "盟委、行政公署")])
def test_on_behalf_suggested_from_level(level, behalf):
    from jianggao.wizard.answers import suggested_on_behalf

    assert suggested_on_behalf(level) == behalf


@pytest.mark.parametrize("level, title, behalf", [
    ("县", "县卫生计生局局长", ""), ("区", "区卫生健康委主任", ""), ("市", "市人民医院院长", ""),
    ("镇", "镇卫生院院长", ""), ("县", "副县长", "县委、县政府"), ("镇", "副镇长", "镇党委、镇政府")])
def test_on_behalf_suggested_only_for_a_government_leader(level, title, behalf):
    """A bureau's or a hospital's head speaks for no 县委、县政府: the wizard offered it to a 县卫生计生局局长 (session 27)."""
    from jianggao.wizard.answers import suggested_on_behalf

    assert suggested_on_behalf(level, title) == behalf


def test_bank_problems_offered_filled_and_trimmed(tmp_path):
    from jianggao.wizard.flow import bank_problem_items

    bank = tmp_path / "bank"
    bank.mkdir()
    entries = [("001", "{region}乡镇卫生院服务能力仍然比较薄弱。", 5), ("002", "一是公共卫生应急体系还不够健全。", 4),
               ("003", "放在突出位置。", 9), ("004", "人才" * 30 + "。", 3), ("005", "{person}提出的问题还没有解决好。", 8),
               ("006", "托育服务的发展同样存在问题。", 7), ("007", "工作中还存在诸多不足和困难。", 6)]
    bank.joinpath("problem.yaml").write_text("".join(
        f"- {{id: problem.item.{i}, text: '{t}', category: problem, role: item, count: {c}}}\n"
        for i, t, c in entries), encoding="utf-8")
    items = bank_problem_items({"year": 2027, "region": {"name": "临江区"}}, bank, limit=40)
    # (the menu's general problems first, then the bank's, filled, unnumbered, without their 。; never a fragment, an
    # unfilled person, a line leaning on the one before it in its speech, or a summary of problems)
    mined = [t for t in items if "临江区" in t or "应急体系" in t]
    assert mined == ["临江区乡镇卫生院服务能力仍然比较薄弱", "公共卫生应急体系还不够健全"]
    assert items.index(mined[0]) > items.index("部门之间协作配合不够")
    assert not [t for t in items if "突出位置" in t or "人才人才" in t or "提出的问题" in t or "同样" in t or "诸多" in t]


@given(st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_any_typed_value_is_accepted_or_explained(text):
    """Whatever is typed at a prompt: accepted (and then the model takes it) or one Chinese message, never a crash."""
    from jianggao.model.brief import Brief, Metric
    from jianggao.wizard.answers import parse_date, parse_length, problem_at
    from jianggao.wizard.questions import UNIT_OF, _number_and_unit, brief_value, metric_problem

    for m, field in (({"name": "覆盖率"}, "value"), ({"name": "覆盖率", "value": "1"}, "change"),
                     ({"name": "覆盖率", "value": "1", "unit": "%"}, "value")):
        if metric_problem(m, field, text) is None:
            number, unit = _number_and_unit(text)
            Metric.model_validate({**m, field: number, **({UNIT_OF[field]: unit} if unit else {})})
    for field, typed in (("year", text), ("seed", text), ("length", parse_length(text))):
        if problem_at(Brief, {"year": 2027, "region": {"name": "临江区"}, field: typed}, (field,)) is None:
            assert isinstance(brief_value(field, typed), int)  # what the wizard stores
    checks = [(Brief, {"year": text, "region": {"name": "临江区"}}, ("year",)),
              (Brief, {"year": 2027, "region": {"name": "临江区"}, "date": parse_date(text)}, ("date",)),
              (Brief, {"year": 2027, "region": {"name": "临江区"}, "length": parse_length(text)}, ("length",))]
    for model, data, loc in checks:
        problem = problem_at(model, data, loc)
        if problem is None:
            model.model_validate(data)
        else:
            assert problem and not problem.isascii()


@pytest.mark.parametrize("level", ["省", "市", "州", "盟", "县", "区", "旗", "市辖区", "乡", "镇", "街道"])
def test_the_bodies_the_wizard_fills_in_are_renders_for_every_level(level):
    """on_behalf_of as the wizard suggests it, and {org}/{party}/{government}/{bureau} as its problem list fills
    them, are what render itself uses for a brief that names no on_behalf_of (the one level model)."""
    from jianggao.compose.context import org_slots
    from jianggao.wizard.answers import build_brief, suggested_on_behalf
    from jianggao.wizard.flow import slot_values

    region = {"name": "石门" + level, "level": level}
    rendered = build_brief({"year": 2027, "region": region})
    wizard = build_brief({"year": 2027, "region": region, "speaker": {"on_behalf_of": suggested_on_behalf(level)}})
    assert org_slots(wizard) == org_slots(rendered)
    assert {k: slot_values(wizard)[k] for k in ("org", "party", "government", "bureau")} == org_slots(rendered)


@pytest.mark.parametrize("level, bodies", [("街道", "街道党工委、街道办事处"), ("盟", "盟委、行政公署"), ("镇", "镇党委、镇政府"),
                                           ("市辖区", "区委、区政府")])
def test_named_bodies(level, bodies):
    from jianggao.wizard.answers import suggested_on_behalf

    assert suggested_on_behalf(level) == bodies


def test_each_area_is_shown_an_example_measure_of_its_own() -> None:
    from jianggao.model.topics import TOPICS
    from jianggao.wizard.questions import _item_example

    examples = [_item_example(t.name) for t in TOPICS]
    assert len(set(examples)) == len(TOPICS)
    assert _item_example("基层卫生") == "推进乡镇卫生院标准化建设"
    assert _item_example("医该") == "把今年要做的一件事写成一句话"


@pytest.mark.parametrize("year", [2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026])
def test_the_problems_offered_fit_the_speech_s_date_and_a_special_meeting_s_field(year):
    """The checklist offers no problem the 提法 registry or the entry's own window puts outside the speech's date
    (托育服务的发展同样存在问题 in 2016), and a special meeting only its own field's and the general ones (医患之间诚信
    缺失 at an 爱国卫生 meeting: the wizard in tmux, session 30)."""
    import datetime as dt

    from jianggao.model.tifa import outside_window
    from jianggao.render import load_resources
    from jianggao.wizard.flow import bank_problem_items

    bank = load_resources().bank
    annual = bank_problem_items({"year": year, "region": {"name": "临江县"}})
    assert annual
    assert [t for t in annual if outside_window(t, dt.date(year, 2, 20), "县")] == []
    special = {"kind": "special_topic", "year": year, "region": {"name": "临江县"},
               "meeting": f"{year}年全县爱国卫生工作会议", "priorities": [{"topic": "爱国卫生"}]}
    topics = {p.text.rstrip("。")[:10]: p.topics for p in bank.select(category="problem", role="item")}
    for text in bank_problem_items(special):
        tags = next((t for k, t in topics.items() if text.startswith(k[:6])), ("general",))
        assert "patriotic_health" in tags or "general" in tags, text
