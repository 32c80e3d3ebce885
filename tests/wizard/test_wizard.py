"""The wizard driven in-process: real questionary prompts fed keystrokes through a prompt_toolkit pipe."""
from __future__ import annotations

import datetime as dt
import io
from contextlib import ExitStack
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from jianggao.cli import main
from jianggao.model.kinds import KINDS
from jianggao.wizard.answers import load_draft
from jianggao.wizard.flow import NO_TTY_MESSAGE, Wizard, interactive
from jianggao.wizard.output import Preview
from jianggao.wizard.prompts import Prompter

ENTER, DOWN, SPACE, CLEAR, CTRL_C = "\r", "\x1b[B", " ", "\x15", "\x03"
TODAY = dt.date(2026, 11, 22)          # after October: the wizard plans 2027
FAKE_PREVIEW = Preview([(1, "一、成绩与问题"), (2, "（一）去年工作")], 6000, 27)


@pytest.fixture(autouse=True)
def fresh_resources():
    """Each test loads the bank and templates afresh (the wizard keeps them for one process)."""
    from jianggao.wizard import output as wizard_output

    wizard_output._RESOURCES.clear()
    wizard_output._LAST_SPEECH.clear()


def fake_preview(brief) -> Preview:
    return FAKE_PREVIEW


@pytest.fixture
def keyboard():
    """A factory of Prompters, each reading the given keystrokes from its own pipe."""
    with ExitStack() as stack:
        def prompter(keys: list[str]) -> Prompter:
            inp = stack.enter_context(create_pipe_input())
            inp.send_text("".join(keys))
            inp.close()  # too few keystrokes then raise EOFError instead of hanging
            return Prompter(inp, DummyOutput())
        yield prompter


@pytest.fixture
def drive(keyboard):
    """Run every question with these keystrokes; returns (Brief, Wizard)."""
    def run(keys: list[str], *, start: dict | None = None, problems: list[str] = ()):
        wiz = Wizard(keyboard(keys), dict(start or {}), today=TODAY, preview=fake_preview,
                     problem_items=lambda answers, bank: list(problems))
        return wiz.run(), wiz
    return run


def basic_keys(kind_index: int, *, special: bool = False) -> list[str]:
    return [DOWN * kind_index + ENTER, ENTER, "临江区" + ENTER, ENTER] + ([ENTER] if special else []) + [ENTER]


SPEAKER_KEYS = ["张明" + ENTER, "副区长" + ENTER, ENTER, ENTER]
TAIL = [ENTER, ENTER]  # key language (中文), then 确认生成


def default_keys(kind: str, index: int) -> list[str]:
    """Take every default, for each kind's own sections."""
    special = kind == "special_topic"
    keys = basic_keys(index, special=special) + SPEAKER_KEYS
    if kind != "address":
        keys += [ENTER]                                    # no earlier speakers
    if kind not in ("pledge", "address"):
        keys += [ENTER, ENTER, ENTER]                      # no achievement topics (yes, skip); no problems typed
    if kind != "address":
        keys += [ENTER]                                    # priorities checkbox
        if special:
            keys += [ENTER, ENTER]                         # the special topic: no measures, no target
        else:
            keys += [ENTER]                                # nothing ticked: yes, skip
    return keys + [ENTER, ENTER] + TAIL                    # length, seed


@pytest.mark.parametrize("index,kind", list(enumerate(k.key for k in KINDS)))
def test_every_kind_taking_defaults(drive, index, kind):
    brief, wiz = drive(default_keys(kind, index))
    assert brief.kind == kind
    assert brief.year == (TODAY.year if kind == "address" else 2027)  # an address is given soon after it is written
    assert brief.region.name == "临江区" and brief.region.level == "区"
    assert brief.speaker.name == "张明" and brief.speaker.title == "副区长"
    assert brief.length is None and brief.seed == 1
    assert wiz.chinese_keys is True
    if kind in ("annual_conference", "midyear_review", "special_topic"):
        assert brief.speaker.on_behalf_of == "区委、区政府"
    if kind == "special_topic":
        assert brief.priorities[0].topic == "爱国卫生"
        assert brief.meeting_name == "2027年全区爱国卫生工作会议"


def test_full_answers_with_mistakes_corrected_on_the_spot(drive):
    keys = [ENTER, CLEAR + "2025" + ENTER,
            ENTER, "临江区" + ENTER,                          # empty region refused, then typed
            ENTER, ENTER,
            "张明" + ENTER, "副区长" + ENTER, ENTER,
            "2025年2月30日" + ENTER, CLEAR + "2025年2月18日" + ENTER,   # no 30 February
            "y", "李华" + ENTER, "区卫生健康局局长" + ENTER, ENTER, "n",
            SPACE + ENTER,                                   # achievements: 医改 (first topic)
            ENTER,                                           # add a metric? (yes by default)
            "家庭医生签约服务覆盖率" + ENTER,
            "abc" + ENTER, CLEAR + "四十五" + ENTER,          # letters refused, Chinese numerals too,
            CLEAR + "45.2" + ENTER,                          # then a number
            ENTER,                                           # unit % (default)
            "3.1" + ENTER, ENTER,                            # change, in 个百分点
            ENTER,                                           # higher is better
            "n",
            "成功创建国家卫生城市" + ENTER, ENTER,            # one fact
            SPACE + DOWN + DOWN + SPACE + ENTER,             # first bank problem + 自己输入
            "公共卫生体系仍有短板" + ENTER, ENTER,
            DOWN + SPACE + ENTER,                            # priorities: 公共卫生
            "完善重大疫情监测预警体系" + ENTER, ENTER,
            "y", "适龄儿童免疫规划疫苗接种率" + ENTER, "95" + ENTER, ENTER, ENTER, "n",
            CLEAR + "25分钟" + ENTER, CLEAR + "7" + ENTER,
            DOWN + ENTER,                                    # English keys
            ENTER]
    brief, wiz = drive(keys, problems=["基层医疗服务能力仍然薄弱", "人才队伍建设相对滞后"])
    assert brief.year == 2025 and brief.date == dt.date(2025, 2, 18)
    assert [(s.name, s.title, s.content) for s in brief.previous_speakers] == [("李华", "区卫生健康局局长", "工作报告")]
    (group,) = brief.achievements
    assert group.topic == "医改"
    (m,) = group.metrics
    assert (m.name, m.value, m.unit, m.change, m.effective_change_unit, m.better) == \
        ("家庭医生签约服务覆盖率", "45.2", "%", "3.1", "个百分点", "higher")
    assert group.facts == ["成功创建国家卫生城市"]
    assert brief.problems == ["基层医疗服务能力仍然薄弱", "公共卫生体系仍有短板"]
    (pr,) = brief.priorities
    assert pr.topic == "公共卫生" and pr.items == ["完善重大疫情监测预警体系"]
    assert [(t.name, t.value, t.unit) for t in pr.targets] == [("适龄儿童免疫规划疫苗接种率", "95", "%")]
    assert brief.length == 25 * 220 and brief.seed == 7
    assert wiz.chinese_keys is False


@pytest.mark.parametrize("bad,good,year", [
    ("abc", "2026", 2026), ("1800", "2026年", 2026), ("二〇二六", "2026.0", 2026),
])
def test_bad_year_stays_on_the_prompt(drive, bad, good, year):
    keys = [ENTER, CLEAR + bad + ENTER, CLEAR + good + ENTER] + default_keys("annual_conference", 0)[2:]
    brief, _ = drive(keys)
    assert brief.year == year


def test_other_unit_typed_and_lower_is_better_guessed(drive):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER, SPACE + ENTER, ENTER, "孕产妇死亡率" + ENTER, "8.5" + ENTER,
                                           DOWN * 14 + ENTER, "/10万人" + ENTER,   # 其他 → typed unit
                                           "-1.2" + ENTER, ENTER, ENTER, "n", ENTER, ENTER, ENTER, ENTER,
                                           ENTER, ENTER] + TAIL
    brief, _ = drive(keys)
    m = brief.achievements[0].metrics[0]
    assert (m.unit, m.change, m.effective_change_unit, m.better) == ("/10万人", "-1.2", "/10万人", "lower")


def test_go_back_to_a_section_keeps_other_answers(drive):
    keys = default_keys("annual_conference", 0)[:-1] + [
        DOWN + ENTER,                # 返回修改某一部分
        DOWN + ENTER,                # 讲话人
        CLEAR + "王强" + ENTER, ENTER, ENTER, ENTER,
        ENTER]                       # 确认生成
    brief, _ = drive(keys)
    assert brief.speaker.name == "王强" and brief.speaker.title == "副区长"
    assert brief.region.name == "临江区"


def test_changing_the_kind_on_going_back_asks_the_new_sections(drive):
    keys = default_keys("address", 5)[:-1] + [
        DOWN + ENTER, ENTER,                               # back to 基本信息
        "\x1b[A" * 5 + ENTER, ENTER, ENTER, ENTER, ENTER,  # kind → annual_conference, rest unchanged
        ENTER, ENTER, ENTER, ENTER, ENTER, ENTER,          # newly needed: previous, achievements, problems, priorities
        ENTER]
    brief, _ = drive(keys)
    assert brief.kind == "annual_conference"


def _last_year(tmp_path: Path) -> Path:
    path = tmp_path / "2026年全区卫生健康工作会议.yaml"
    path.write_text(
        "年份: 2026\n地区: {名称: 临江区}\n讲话人: {姓名: 张明, 职务: 副区长, 代表: 区委、区政府}\n"
        "日期: 2026-02-18\n前序发言: [{姓名: 李华, 职务: 区卫生健康局局长, 内容: 工作报告}]\n"
        "工作成绩: [{领域: 医改, 亮点: [去年的亮点]}]\n问题: [基层医疗服务能力仍然薄弱]\n"
        "重点任务:\n  - 领域: 公共卫生\n    举措: [完善重大疫情监测预警体系]\n"
        "    目标: [{名称: 适龄儿童免疫规划疫苗接种率, 数值: 95, 单位: '%'}]\n", encoding="utf-8")
    return path


def test_from_last_year_prefills_and_moves_on(drive, tmp_path):
    from jianggao.commands.new import _start_answers

    start = _start_answers(_last_year(tmp_path))
    keys = [ENTER, ENTER, ENTER, ENTER, ENTER,              # kind, year (2027), region, level, meeting
            ENTER, ENTER, ENTER, ENTER,                     # speaker pre-filled; date moved on
            ENTER, ENTER,                                   # keep 李华; no more
            ENTER, ENTER,                                   # achievements: 公共卫生 (last year's targets); keep it
            CLEAR + "96.1" + ENTER, "0.8" + ENTER, ENTER,   # actual value, change, change unit
            ENTER, ENTER,                                   # no new metric; no fact
            ENTER, ENTER,                                   # problems kept; none typed (no bank items)
            ENTER, ENTER, ENTER, ENTER, ENTER, ENTER,       # priorities kept as they were
            ENTER, ENTER] + TAIL
    brief, _ = drive(keys, start=start)
    assert brief.year == 2027 and brief.date == dt.date(2027, 2, 18)
    assert brief.speaker.on_behalf_of == "区委、区政府"
    assert [s.name for s in brief.previous_speakers] == ["李华"]
    (group,) = brief.achievements
    assert group.topic == "公共卫生" and group.facts == []
    m = group.metrics[0]
    assert (m.name, m.value, m.change) == ("适龄儿童免疫规划疫苗接种率", "96.1", "0.8")
    assert brief.problems == ["基层医疗服务能力仍然薄弱"]
    assert brief.priorities[0].items == ["完善重大疫情监测预警体系"]
    assert brief.priorities[0].targets[0].value == "95"


@pytest.mark.parametrize("keys,region,name", [
    ([ENTER, ENTER, "临江区" + ENTER, ENTER], "临江区", "2027年全区卫生健康工作会议"),   # at the meeting name
    ([ENTER, ENTER, "江州市" + ENTER], "江州市", "2027年全市卫生健康工作会议"),          # at the level
])
def test_ctrl_c_offers_a_draft_and_saves_it(keyboard, tmp_path, capsys, keys, region, name):
    p = keyboard(keys + [CTRL_C, "y"])
    code = interactive(p, tmp_path, today=TODAY, preview=fake_preview, problem_items=lambda a, b: [])
    assert code == 2
    (draft,) = tmp_path.glob("*.draft.yaml")
    assert draft.name == f"{name}.draft.yaml"
    answers = load_draft(draft)
    assert answers["region"]["name"] == region and answers["year"] == 2027
    assert "草稿" in capsys.readouterr().err


def test_ctrl_c_without_a_draft_writes_nothing(keyboard, tmp_path):
    p = keyboard([ENTER, CTRL_C, "n"])
    assert interactive(p, tmp_path, today=TODAY, preview=fake_preview) == 2
    assert list(tmp_path.iterdir()) == []


def test_draft_resumes_with_from(drive, keyboard, tmp_path):
    from jianggao.commands.new import _start_answers

    interactive(keyboard([ENTER, ENTER, "临江区" + ENTER, ENTER, CTRL_C, "y"]), tmp_path, today=TODAY,
                preview=fake_preview)
    (draft,) = tmp_path.glob("*.draft.yaml")
    start = _start_answers(draft)
    keys = [ENTER] * 5 + SPEAKER_KEYS + [ENTER] * 8 + TAIL
    brief, _ = drive(keys, start=start)
    assert brief.year == 2027 and brief.region.name == "临江区"  # a draft is not moved on a year


def test_quit_at_the_preview_offers_a_draft(keyboard, tmp_path):
    keys = default_keys("annual_conference", 0)[:-1] + [DOWN + DOWN + ENTER, "y"]
    assert interactive(keyboard(keys), tmp_path, today=TODAY, preview=fake_preview) == 2
    assert len(list(tmp_path.glob("*.draft.yaml"))) == 1


@pytest.mark.parametrize("from_chinese", [True, False])
def test_interactive_writes_through_the_writer(keyboard, tmp_path, from_chinese):
    written = []

    def writer(brief, yaml_path, docx_path, **kw):
        written.append((brief.meeting_name, yaml_path.name, docx_path.name, kw["chinese_keys"], kw["force"]))

    p = keyboard(default_keys("annual_conference", 0))
    # --from an English-keyed brief makes English keys the default of the key-language question
    assert interactive(p, tmp_path, chinese_keys=from_chinese, today=TODAY, preview=fake_preview, write=writer) == 0
    assert written == [("2027年全区卫生健康工作会议", "2027年全区卫生健康工作会议.yaml",
                        "2027年全区卫生健康工作会议.docx", from_chinese, False)]


@pytest.mark.parametrize("answer,code,forced", [("y", 0, True), ("n", 2, None)])
def test_existing_output_asks_before_overwriting(keyboard, tmp_path, answer, code, forced):
    (tmp_path / "2027年全区卫生健康工作会议.yaml").write_text("old", encoding="utf-8")
    seen = []
    p = keyboard(default_keys("annual_conference", 0) + [answer, "n"])
    result = interactive(p, tmp_path, today=TODAY, preview=fake_preview,
                         write=lambda brief, y, d, **kw: seen.append(kw["force"]))
    assert result == code
    assert seen == ([forced] if forced else [])


def test_no_terminal_exits_2_pointing_to_render(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["new", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "向导需要在终端中运行" in err and "jianggao render 简报.yaml" in err
    assert NO_TTY_MESSAGE.splitlines()[0] in err
    assert list(tmp_path.iterdir()) == []


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style, text) of every paragraph of a .docx read back (two saves are never byte-identical)."""
    import docx

    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def render_text_of(brief_path: Path, tmp_path: Path) -> list[tuple[str, str]]:
    """What `jianggao render` makes of a brief, read back."""
    out = tmp_path / "rendered.docx"
    assert main(["render", str(brief_path), "-o", str(out)]) == 0
    return docx_paragraphs(out)


@pytest.mark.parametrize("keys_line,chinese", [("年份: 2027\n地区: 临江区\n", True),
                                               ("year: 2027\nregion: {name: 临江区}\n", False)])
def test_answers_file_runs_unattended_and_render_agrees(tmp_path, capsys, keys_line, chinese):
    answers = tmp_path / "answers.yaml"
    metric = "{名称: 家庭医生签约服务覆盖率, 数值: 45.2, 单位: '%', 变化: 3.1}" if chinese else \
        "{name: 家庭医生签约服务覆盖率, value: 45.2, unit: '%', change: 3.1}"
    key = ("工作成绩", "领域", "指标") if chinese else ("achievements", "topic", "metrics")
    answers.write_text(keys_line + f"{key[0]}:\n  - {key[1]}: 医改\n    {key[2]}:\n      - {metric}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["new", "--answers", str(answers), "-o", str(out)]) == 0
    yaml_path = out / "2027年全区卫生健康工作会议.yaml"
    docx_path = out / "2027年全区卫生健康工作会议.docx"
    text = yaml_path.read_text(encoding="utf-8")
    assert ("年份: 2027" in text) is chinese and ("year: 2027" in text) is not chinese
    written = docx_paragraphs(docx_path)
    assert any("45.2%" in t for _, t in written)
    assert render_text_of(yaml_path, tmp_path) == written
    assert main(["new", "--answers", str(answers), "-o", str(out)]) == 2   # no overwrite without --force
    assert main(["new", "--answers", str(answers), "-o", str(out), "--force"]) == 0


def test_wizard_output_equals_render(keyboard, tmp_path):
    keys = default_keys("midyear_review", 2)
    assert interactive(keyboard(keys), tmp_path, today=TODAY) == 0   # the real preview and writer
    yaml_path = tmp_path / "2027年全区卫生健康工作半年推进会.yaml"
    assert yaml_path.is_file()
    written = docx_paragraphs(tmp_path / "2027年全区卫生健康工作半年推进会.docx")
    assert written and render_text_of(yaml_path, tmp_path) == written


def test_a_failed_write_keeps_the_answers_as_a_draft(keyboard, tmp_path, capsys):
    from jianggao.errors import OutputError

    def broken_writer(brief, yaml_path, docx_path, **kw):
        raise OutputError("无法写入输出目录", file=str(yaml_path.parent))

    p = keyboard(default_keys("annual_conference", 0) + ["y"])
    assert interactive(p, tmp_path, today=TODAY, preview=fake_preview, write=broken_writer) == 2
    assert "无法写入输出目录" in capsys.readouterr().err
    (draft,) = tmp_path.glob("*.draft.yaml")
    assert load_draft(draft)["speaker"]["name"] == "张明"


def test_a_draft_with_a_value_no_prompt_asks_is_reported(keyboard, tmp_path, capsys):
    start = {"year": 2027, "region": {"name": "临江区"}, "closing": "很长" * 50}
    keys = [ENTER] * 5 + SPEAKER_KEYS + [ENTER] * 9 + ["n"]
    p = keyboard(keys)
    shown = []
    p.show = shown.append
    assert interactive(p, tmp_path, start=start, today=TODAY, preview=fake_preview) == 2
    assert any("结束语" in str(x) and "80" in str(x) for x in shown)
    assert list(tmp_path.iterdir()) == []


def test_enter_on_an_unticked_topic_asks_before_skipping(drive):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER,
                                           DOWN + ENTER,          # ⏎ on 公共卫生 without space: nothing ticked
                                           "n",                   # no, don't skip
                                           SPACE + ENTER,         # asked again from the top: tick 医改
                                           "n", ENTER,            # no metric, no fact
                                           ENTER, ENTER, ENTER, ENTER, ENTER] + TAIL
    brief, _ = drive(keys)
    assert [g.topic for g in brief.achievements] == ["医改"]


def test_a_unit_typed_with_the_number_is_taken_from_it(drive):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER, SPACE + ENTER, ENTER, "家庭医生签约服务覆盖率" + ENTER,
                                           "45.2%" + ENTER,            # no unit prompt follows
                                           "3.1个百分点" + ENTER,       # nor a change-unit prompt
                                           ENTER, "n", ENTER, ENTER, ENTER, ENTER, ENTER, ENTER] + TAIL
    brief, _ = drive(keys)
    m = brief.achievements[0].metrics[0]
    assert (m.value, m.unit, m.change, m.change_unit) == ("45.2", "%", "3.1", "个百分点")


def test_an_unknown_unit_typed_with_the_number_is_confirmed(drive):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER, SPACE + ENTER, ENTER, "诊疗人次" + ENTER,
                                           "45.2a" + ENTER, "n",        # 「a」 is not the unit
                                           DOWN * 5 + ENTER,           # 人次
                                           ENTER, ENTER, "n", ENTER, ENTER, ENTER, ENTER, ENTER, ENTER] + TAIL
    brief, _ = drive(keys)
    m = brief.achievements[0].metrics[0]
    assert (m.value, m.unit) == ("45.2", "人次")


def test_a_pledge_draft_resumes_as_a_pledge(drive, keyboard, tmp_path):
    from jianggao.commands.new import _start_answers

    interactive(keyboard([DOWN * 4 + ENTER, ENTER, "临江区" + ENTER, ENTER, CTRL_C, "y"]), tmp_path, today=TODAY,
                preview=fake_preview)
    (draft,) = tmp_path.glob("*.draft.yaml")
    brief, _ = drive(default_keys("pledge", 0), start=_start_answers(draft))   # ⏎ keeps the kind
    assert brief.kind == "pledge"


def test_a_per_mille_metric_offers_per_mille_points(drive):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER, SPACE + ENTER, ENTER, "婴儿死亡率" + ENTER,
                                           "3.2‰" + ENTER,
                                           "-0.4" + ENTER, ENTER,      # the first choice: 个千分点
                                           ENTER, "n", ENTER, ENTER, ENTER, ENTER, ENTER, ENTER] + TAIL
    brief, _ = drive(keys)
    m = brief.achievements[0].metrics[0]
    assert (m.value, m.unit, m.change, m.change_unit, m.better) == ("3.2", "‰", "-0.4", "个千分点", "lower")


def test_a_highlight_with_a_number_is_kept_with_a_warning_pointing_to_the_metrics(keyboard):
    keys = basic_keys(0) + SPEAKER_KEYS + [ENTER, SPACE + ENTER, "n",
                                           "新建3家社区卫生服务中心" + ENTER, ENTER,
                                           ENTER, ENTER, ENTER, ENTER, ENTER] + TAIL
    p = keyboard(keys)
    shown: list = []
    p.show = shown.append
    wiz = Wizard(p, {}, today=TODAY, preview=fake_preview, problem_items=lambda answers, bank: [])
    brief = wiz.run()
    assert brief.achievements[0].facts == ["新建3家社区卫生服务中心"]
    (warning,) = [str(x) for x in shown if "3家" in str(x)]
    assert "指标" in warning


@pytest.mark.parametrize("level, head", [("县", "县卫生健康局局长"), ("市", "市卫生健康委主任"), ("区", "区卫生健康局局长"),
                                         ("镇", "卫生院院长"), ("街道", "社区卫生服务中心主任")])
def test_the_examples_follow_the_chosen_level(keyboard, level, head):
    from jianggao.wizard.questions import ask_previous, ask_speaker

    asked: list[str] = []

    class Recording(Prompter):
        def text(self, message, **kw):
            asked.append(message)
            return super().text(message, **kw)

    p = Recording(*(lambda q: (q.input, q.output))(keyboard(["张明" + ENTER, ENTER, ENTER, ENTER,
                                                             "y", "李华" + ENTER, ENTER, ENTER, "n"])))
    answers = {"year": 2027, "region": {"name": "石门" + level, "level": level}}
    ask_speaker(p, answers)
    ask_previous(p, answers)
    title_prompt = next(m for m in asked if m.startswith("讲话人职务"))
    previous_prompt = next(m for m in asked if m.startswith("职务"))
    assert head in title_prompt and head in previous_prompt
    assert level == "区" or "区卫生健康局" not in title_prompt + previous_prompt


def test_the_next_command_shows_the_folder_it_was_written_to(keyboard, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = keyboard(default_keys("annual_conference", 0))
    shown: list = []
    p.show = shown.append
    assert interactive(p, Path("out dir"), today=TODAY, preview=fake_preview,
                       problem_items=lambda answers, bank: [],
                       write=lambda brief, y, d, **kw: None) == 0
    done = next(str(x) for x in shown if "以后可用" in str(x))
    assert 'jianggao render "out dir/2027年全区卫生健康工作会议.yaml"' in done
    assert 'jianggao new --from "out dir/2027年全区卫生健康工作会议.yaml"' in done


@pytest.mark.parametrize("year", ["二〇二七", "2027年度"])
def test_a_year_in_words_is_answered_with_what_to_type(year):
    from jianggao.wizard.questions import _brief_model, check_field

    problem = check_field(_brief_model(), {"region": {"name": "临江区"}, "year": year}, ("year",))
    assert problem == "请用阿拉伯数字，如 2027" if year == "二〇二七" else problem.startswith("应为整数")


def test_a_number_typed_over_its_default_replaces_it(drive):
    """A year, a length or a seed shows its default dimmed, not as text to edit: typing 2019 gives 2019 (with the
    default as editable text it gave 20272019), and ⏎ alone still takes the default."""
    keys = default_keys("annual_conference", 0)
    keys[1] = "2019" + ENTER                     # the year, typed without clearing
    keys[-4] = "4500" + ENTER                    # the length
    brief, _ = drive(keys)
    assert brief.year == 2019 and brief.length == 4500 and brief.seed == 1


def test_a_hinted_default_is_checked_like_typed_text(keyboard):
    """⏎ on a hinted default hands the default to the same check as a typed answer, and the answer shown is it."""
    seen = []
    answer = keyboard([ENTER]).text("年份：", default="2027", hint=True,
                                    validate=lambda v: seen.append(v) or None)
    assert answer == "2027" and seen[-1] == "2027"


@pytest.mark.parametrize("index, kind, said, not_said", [
    (0, "annual_conference", "回顾的是上一年", "上半年"),
    (2, "midyear_review", "回顾的是当年上半年", "上一年"),
    (4, "pledge", "表态发言的年份", "回顾"),
])
def test_the_year_question_says_what_the_kind_looks_back_on(keyboard, index, kind, said, not_said):
    """A half-year meeting reviews 上半年 of its own year: its year question must not say 回顾的是上一年 (tmux run,
    the tenth session)."""
    from jianggao.wizard.questions import ask_basic

    asked: list[str] = []

    class Recording(Prompter):
        def text(self, message, **kw):
            asked.append(message)
            return super().text(message, **kw)

    p = Recording(*(lambda q: (q.input, q.output))(keyboard(basic_keys(index))))
    answers: dict = {}
    ask_basic(p, answers)
    assert answers["kind"] == kind
    year_prompt = next(m for m in asked if m.startswith("年份"))
    assert said in year_prompt and not_said not in year_prompt


@pytest.mark.parametrize("kind, period, since", [("midyear_review", "2023年上半年", "上年同期"),
                                                 ("annual_conference", "2022年", "上年")])
def test_the_review_questions_name_the_period_the_kind_reviews(keyboard, kind, period, since):
    # (tmux: a 2023 half-year meeting was asked 2022年在哪些领域取得了成绩 though it reviews 2023's first half)
    from jianggao.wizard.questions import ask_achievements

    asked: list[str] = []

    class Recording(Prompter):
        def text(self, message, **kw):
            asked.append(message)
            return super().text(message, **kw)

        def checkbox(self, message, choices, **kw):
            asked.append(message)
            return super().checkbox(message, choices, **kw)

    # tick the first topic, add one metric (name, value with its unit, no change), no more, no facts
    p = Recording(*(lambda q: (q.input, q.output))(keyboard([" " + ENTER, "y", "签约率" + ENTER, "45%" + ENTER, ENTER,
                                                             "n", ENTER, ENTER, ENTER])))
    answers = {"year": 2023, "kind": kind, "region": {"name": "柳岸街道", "level": "街道"}}
    try:
        ask_achievements(p, answers)
    except EOFError:
        raise AssertionError(asked) from None
    assert any(m.startswith(f"{period}在哪些领域取得了成绩") for m in asked), asked
    assert any(m.startswith(f"比{since}变化了多少") for m in asked), asked


class _Shown:
    """A prompter that only records what the wizard shows."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def show(self, text) -> None:
        self.texts.append(str(text))


@pytest.mark.parametrize("hint", [True, False])
def test_a_short_preview_points_only_at_what_it_listed(hint):
    """"补充上面所列内容" only when a 可补充 line was listed above: a 致辞 with no data listed nothing (the session's
    run in tmux: a 培训班 address was told to supplement a list it never saw)."""
    from types import SimpleNamespace

    from jianggao.wizard.answers import build_brief

    plan = ("t", "t", "可补充：去年的成绩（至少三个领域）") if hint else ("t", "t")
    shown = _Shown()
    wiz = Wizard(shown, {}, today=TODAY,
                 preview=lambda b: SimpleNamespace(headings=[], length=300, minutes=2, plan=plan))
    brief = build_brief({"kind": "address", "year": 2023, "region": {"name": "云溪县"},
                         "meeting": "2023年云溪县乡村医生能力提升培训班开班式",
                         "speaker": {"name": "周立平", "title": "县卫生健康局局长"}, "length": 700})
    wiz.show_preview(brief)
    said = "".join(shown.texts)
    assert ("补充上面所列内容" in said) is hint
    assert hint or "jianggao render" in said


@pytest.mark.parametrize("level", ["镇", "县"])
@pytest.mark.parametrize("typed", [None, "3500"])
def test_the_length_offered_is_the_one_the_draft_aims_for(keyboard, level, typed):
    """A township's own meeting aims shorter than a county's: the length prompt offers that, and a length typed
    that equals the kind's county default (3500 for a half-year meeting) is kept, not dropped to the township's."""
    from jianggao.wizard.answers import build_brief
    from jianggao.wizard.questions import ask_length

    offered: list[str] = []

    class Recording(Prompter):
        def text(self, message, **kw):
            if message.startswith("篇幅"):
                offered.append(str(kw.get("default")))
            return super().text(message, **kw)

    keys = ([CLEAR + typed + ENTER] if typed else [ENTER]) + [ENTER]
    p = Recording(*(lambda q: (q.input, q.output))(keyboard(keys)))
    answers = {"kind": "midyear_review", "year": 2021, "region": {"name": "青山" + level, "level": level}}
    ask_length(p, answers)
    aimed = build_brief({k: v for k, v in answers.items() if v is not None}).target_length
    if typed:
        assert aimed == int(typed)
    else:
        unset = build_brief({**answers, "length": None})
        assert offered == [str(aimed)] and aimed == unset.target_length
        assert (aimed < 3500) == (level == "镇")
