"""What the fresh38 drafts showed (read by me, by sec38 and blind38) and the fix of each: a list of departments in
the names of its date; 要对照 past its ration keeps what the sentence goes by; an answer's aim that says the item in
other words goes; 委里 is never said; a city sees the county hospitals' reform through the counties; 垃圾 is
爱国卫生's problem; brief items said as one item head their subsection together; a unit's pledge says its work
under no area label; 此外 takes up no listed run."""
from __future__ import annotations

import datetime as dt
import re

from compose_helpers import brief

from jianggao.compose import paragraph as shape
from jianggao.compose import tics, voice
from jianggao.compose.core import compose
from jianggao.compose.finish import _heading_not_restated
from jianggao.compose.serve import problem_areas
from jianggao.model import levels
from jianggao.model.levels_powers import Remit
from jianggao.model.speech import Heading, Paragraph

_SPECIAL_2016 = dict(
    kind="special_topic", year=2016, region={"name": "安平县"}, meeting="2016年全县疾病预防控制工作会议",
    speaker={"name": "郑秀兰", "title": "副县长"}, date="2016-03-24",
    achievements=[{"topic": "疾病预防控制",
                   "metrics": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 97.2, "unit": "%"}]}],
    problems=["肺结核患者发现率偏低"],
    priorities=[{"topic": "疾病预防控制",
                 "items": ["做好结核病和艾滋病等重大传染病防控", "加强免疫规划管理", "创建省级慢性病综合防控示范区"]}])

_PLEDGE_2019 = dict(
    kind="pledge", year=2019, region={"name": "北川县"}, meeting="2019年全县卫生健康工作会议",
    speaker={"name": "冯志刚", "title": "县人民医院院长", "on_behalf_of": "县人民医院"}, date="2019-02-26",
    achievements=[{"topic": "医疗服务", "metrics": [{"name": "县域内就诊率", "value": 86.5, "unit": "%"}]}],
    priorities=[{"topic": "医改", "items": ["推进县域医共体建设"]},
                {"topic": "医疗服务", "items": ["提升县级医院综合能力"]}])


def test_a_list_of_departments_is_named_as_on_its_date():
    # (fresh38's u2, a 2013 county report: 与医保、市场监管、公安等部门; neither body existed in a county before 2019)
    line = "卫生监督执法要加强与医保、市场监管、公安等部门的联合执法，对严重违法违规行为依法从严查处。"
    assert "与人社、工商、公安等部门" in levels.market_body_named(line, dt.date(2013, 2, 27))
    assert levels.market_body_named(line, dt.date(2020, 3, 1)) == line
    # (not a list of insurances, which names no department)
    kept = "基本医保、大病保险和医疗救助要衔接起来，形成保障合力。"
    assert levels.market_body_named(kept, dt.date(2013, 2, 27)) == kept


def test_yao_duizhao_past_its_ration_keeps_what_the_sentence_goes_by():
    # (fresh38's u2: 县人民医院要外转较多的病种确定重点扶持的专科, its 对照 taken by the ration)
    out = tics.rationed([Paragraph("各单位要对照会议部署制定方案。县人民医院要对照外转较多的病种确定重点扶持的专科。"
                                   "今年要对照检查。")])
    assert out[0].text == "各单位要对照会议部署制定方案。县人民医院要按照外转较多的病种确定重点扶持的专科。今年要检查。"


def test_an_answers_aim_that_says_the_item_in_other_words_goes():
    # (fresh38's u2: 一是提升专科服务能力。为提升专科能力，县人民医院要…)
    para = ["一是提升专科服务能力。", "为提升专科能力，县人民医院要对照外转较多的病种确定重点扶持的专科，通过对口支援把专科能力提上来。",
            "要持续加强县级公立医院重点专科建设。"]
    _heading_not_restated([[para]], ("为提升专科能力", "县级医院专科能力薄弱"))
    assert para[1].startswith("县人民医院要对照"), para


def test_a_commission_is_named_not_called_weili():
    blocks = [Paragraph("委里要组织专项检查。报委里备案。")]
    out = voice.house_word_once(blocks, "市卫生健康委")
    assert out[0].text == "我们要组织专项检查。报市卫生健康委备案。"
    # (局里 once; a later duty of the bureau's is 我们要, not the head naming his bureau in the third person)
    out = voice.house_word_once([Paragraph("局里要跟踪。局里要督查。报局里备案。")], "区卫生健康局")
    assert out[0].text == "局里要跟踪。我们要督查。报区卫生健康局备案。"


def test_a_city_sees_the_county_hospitals_reform_through_the_counties():
    # (sec37's r6 and fresh38's u1: 进一步落实县级公立医院的功能定位 as a city's own work)
    line = "要落实县级公立医院的功能定位，重点提升常见病、多发病和部分急危重症的诊疗能力。"
    for role in (voice.BUREAU, voice.GOVERNMENT):
        out = voice.at_level(line, Remit(role=role, level="市", date=dt.date(2025, 2, 18)))
        assert out is not None and "要督促各县（市、区）落实县级公立医院的功能定位" in out, out
    # (a county's own work stays its own)
    assert voice.at_level(line, Remit(role=voice.BUREAU, level="县", date=dt.date(2025, 2, 18))) == line


def test_rubbish_is_the_patriotic_health_areas_problem():
    # (fresh38's u6: 部分村垃圾清运不及时 answered under 常态化疫情防控, the first general task)
    named, cued = problem_areas("部分村垃圾清运不及时")
    assert "patriotic_health" in (*named, *cued)


def test_brief_items_said_as_one_item_head_their_subsection_together(real):
    # (fresh38's u4: （一）做好结核病和艾滋病等重大传染病防控。加强免疫规划管理。各医疗机构要…: the second item a bare line)
    for seed in (1, 2, 3):
        text = compose(brief(**_SPECIAL_2016), real.bank, real.templates, seed=seed).all_text()
        heads = re.findall(r"（[一二三四五六]）([^。]+。)([^。]*。)?", text)
        assert not [h for h, first in heads if first == "加强免疫规划管理。"], text
        assert "加强免疫规划管理" in text


def test_a_units_pledge_says_its_work_under_no_area_label(real):
    # (fresh38's u5, a 院长: 在医改方面，我们将推进县域医共体建设。医疗服务方面，我们将提升县级医院综合能力。)
    for seed in (1, 2, 3):
        text = compose(brief(**_PLEDGE_2019), real.bank, real.templates, seed=seed).all_text()
        assert not re.search(r"(?:医改|医疗服务)(?:工作中|方面)，我们将", text), text
        assert "推进县域医共体建设" in text and "提升县级医院综合能力" not in text


def test_a_listed_run_is_never_taken_up_with_ciwai():
    assert "此外，" not in shape._LIST_TURN
    blocks = [Heading(2, "（一）", "推进医改。", "要按月调度。"), Paragraph("同时，要完善制度。还要做好宣传。")]
    para = [["同时，要完善制度。", "还要做好宣传。"]]
    tics.openings_run([para], ())
    assert para[0][1] == "要做好宣传。", para
    assert blocks


def test_a_hospitals_crowded_building_is_answered_by_its_extension():
    # (fresh39's v1: 县医院门诊楼业务用房紧张 answered by 改善基层业务用房条件 and the 乡村医生补助)
    from pathlib import Path

    import yaml

    from jianggao.compose.answers import entry_of
    table = yaml.safe_load((Path(__file__).resolve().parents[2] / "templates" / "wording" / "problem_answers.yaml")
                           .read_text(encoding="utf-8"))
    entry = entry_of("县医院门诊楼业务用房紧张", table, dt.date(2014, 2, 19))
    assert entry is not None and "改扩建" in entry["text"] and "基层" not in entry["heading"]
    grassroots = entry_of("乡镇卫生院业务用房不达标", table, dt.date(2014, 2, 19))
    assert grassroots is not None and "基层" in grassroots["heading"]


def test_items_the_readers_found_unanswered_open_on_their_content(real):
    # (sec39's v2: 推进老年人新冠病毒疫苗接种 said nothing of the old; sec37's r3: 有序恢复正常医疗服务 was day surgery)
    from jianggao.compose.item_content import content_lines
    table = real.templates.wording["ITEM_CONTENT"]
    old = content_lines(table, "推进老年人新冠病毒疫苗接种", dt.date(2022, 2, 24), "市")
    assert old and all("老年人" in x for x in old)
    assert not content_lines(table, "推进老年人新冠病毒疫苗接种", dt.date(2023, 6, 1), "市")
    back = content_lines(table, "有序恢复正常医疗服务", dt.date(2020, 7, 16), "市")
    assert back and any("择期手术" in x for x in back)


def test_an_opening_clause_its_paragraph_said_word_for_word_goes():
    from jianggao.compose.finish import _opening_clause_said_before
    # (fresh38's u3 and fresh39's v2: the topic said again as the next sentence's opening clause)
    para = ["下半年要重点发展普惠托育服务。", "托育机构要依法备案。",
            "发展普惠托育服务，要支持社会力量、用人单位和社区举办托育机构，扩大普惠性服务供给。"]
    two = ["推动公立医院高质量发展，公立医院要坚持公益性，在运行管理上下功夫。",
           "要进一步推动公立医院高质量发展，健全现代医院管理制度，提高医院管理的规范化、精细化水平。"]
    _opening_clause_said_before([[para, two]])
    assert para[2] == "要支持社会力量、用人单位和社区举办托育机构，扩大普惠性服务供给。"
    assert two[1] == "要健全现代医院管理制度，提高医院管理的规范化、精细化水平。"
    # (not a clause the paragraph has not said, nor a rest too short to stand)
    kept = ["要加强护理队伍建设。", "推进智慧医院建设，方便群众。"]
    _opening_clause_said_before([[kept]])
    assert kept[1] == "推进智慧医院建设，方便群众。"


_CDC_PLEDGE_2021 = dict(
    kind="pledge", year=2021, region={"name": "兴隆县"}, meeting="2021年全县卫生健康工作会议",
    speaker={"name": "何晓梅", "title": "县疾控中心主任", "on_behalf_of": "县疾控中心"}, date="2021-02-26",
    achievements=[{"topic": "疾病预防控制", "metrics": [{"name": "新冠病毒核酸检测日检测能力", "value": 3000, "unit": "份"}]}],
    priorities=[{"topic": "疾病预防控制", "items": ["抓好常态化疫情防控", "推进新冠病毒疫苗接种"]}])


def test_a_cdcs_pledge_says_no_hospitals_triage_and_no_unit_interviews_its_laggards(real):
    # (fresh40's w4: a CDC's head pledged 预检分诊和发热门诊 and 守住医院这道防线; sec37 r5 and w4: a unit's head 约谈s)
    for seed in (1, 2, 3):
        text = compose(brief(**_CDC_PLEDGE_2021), real.bank, real.templates, seed=seed).all_text()
        assert "发热门诊" not in text and "守住医院" not in text, text
        assert "约谈" not in text and "干部考核" not in text, text
        assert "外防输入" in text


def test_a_fact_opening_on_its_verb_is_said_as_the_places(real):
    # (sec37's r4 and pair40's w3: 通过国家卫生城市复审。 alone, with no subject, in a special meeting's first part)
    b = brief(kind="special_topic", year=2024, region={"name": "滨州市"}, meeting="2024年全市爱国卫生运动委员会全体（扩大）会议",
              speaker={"name": "韩冰", "title": "副市长"}, date="2024-04-18",
              achievements=[{"topic": "爱国卫生", "facts": ["通过国家卫生城市复审"]}],
              priorities=[{"topic": "爱国卫生", "items": ["开展病媒生物防制"]}])
    for seed in (1, 2):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        assert not re.search(r"(?:^|[。\n　])通过国家卫生城市复审", text), text


def test_a_ceremonys_figure_on_its_own_thing_is_its_news(real):
    # (sec41's x6: 2020年，全县新院区开放床位达到600张 at the new campus's opening, September 2021)
    b = brief(kind="address", year=2021, region={"name": "河口县"}, meeting="河口县人民医院新院区启用仪式",
              speaker={"name": "苏红", "title": "副县长"}, date="2021-09-28",
              achievements=[{"topic": "医疗服务", "metrics": [{"name": "新院区开放床位", "value": 600, "unit": "张"}]}],
              priorities=[{"topic": "医疗服务", "items": ["提升县级医院综合服务能力"]}])
    for seed in (1, 2, 3):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        line = next(x for x in text.split("\n") if "600张" in x)
        assert line.startswith("新院区开放床位") or "　新院区开放床位" in line, line


def test_a_fever_clinic_that_runs_badly_is_inspected_not_built():
    # (sec41's x3: 部分乡镇卫生院发热诊室运行不规范 answered by 年底前全部建成; sec37's r3: triage is at the entrance, not
    # inside the fever clinic)
    import yaml

    from jianggao.compose.answers import entries_of, remedy_of
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    table = yaml.safe_load((root / "templates" / "wording" / "problem_answers.yaml").read_text(encoding="utf-8"))
    remedies = yaml.safe_load((root / "src" / "jianggao" / "model" / "problem_remedies.yaml").read_text(encoding="utf-8"))
    problem = "部分乡镇卫生院发热诊室运行不规范"
    day = dt.date(2022, 7, 20)
    kind = remedy_of(problem, remedies, day)
    assert kind is not None and kind[0] == "发热门诊运行"
    first = next(entries_of(problem, table, day))
    assert "专项检查" in first["text"] and "建成" not in first["text"]
    behind = next(entries_of("发热门诊建设进度滞后", table, day))
    assert "建成" in behind["text"]
    lines = (root / "templates" / "wording" / "task_more.yaml").read_text(encoding="utf-8")
    assert "发热门诊要严格落实预检分诊" not in lines


def test_a_measure_deployed_once_is_not_led_again_where_the_speech_has_room():
    from jianggao.compose.finish import _measures_led_once
    # (sec41's x4: 推进检查检验结果互认，要统一质量控制标准… after 推广预约诊疗、检查检验结果互认等便民举措)
    first = ["三是持续改善群众就医感受。", "推广预约诊疗、检查检验结果互认等便民举措，减少群众排队等候和重复检查。", "要畅通投诉渠道。"]
    later = ["五是加快信息化建设。", "推进检查检验结果互认，要统一质量控制标准，加强对检查检验质量的监督检查。",
             "加强信息系统安全管理。", "推进智慧医院建设。"]
    shells = [[Paragraph(""), Paragraph("")]]
    _measures_led_once([[first, later]], shells, (), lambda s: True, lambda para, k: True)
    assert len(first) == 3 and not any("结果互认" in s for s in later), later
    # (never where the floor keeps it and nothing can stand in its place)
    later2 = ["五是加快信息化建设。", "推进检查检验结果互认，要统一质量控制标准。", "推进智慧医院建设。"]
    _measures_led_once([[list(first), later2]], shells, (), lambda s: False, lambda para, k: True)
    assert any("结果互认" in s for s in later2)


def test_a_problems_setting_does_not_choose_its_home():
    # (sec41's x1: 全面两孩政策实施后妇幼服务资源紧张 answered under the 计划生育 item 稳妥实施全面两孩政策)
    from jianggao.compose.plan import _by_own_words

    class View:
        def __init__(self, items: list[str]) -> None:
            self.items, self.targets, self.from_brief = items, [], True

    tasks = [View(["稳妥实施全面两孩政策"]), View(["推进分级诊疗制度建设"]), View(["加强妇幼健康服务能力建设"])]
    assert _by_own_words("全面两孩政策实施后妇幼服务资源紧张", tasks) != 0  # type: ignore[arg-type]
    assert _by_own_words("全面两孩政策落实不到位", tasks) == 0  # type: ignore[arg-type]
