"""What the fresh35 readers marked (sec36, blind36) and the fix of each: a public-health subsection heads no item on
the grassroots' buildings or staff; a measure at home in another item leaves a pair (预约诊疗和检查检验结果互认); the
congress's call is cited once; a condition keeps its consequence through a repeat cut; an item is not said again as an
answer's aim; an address's programme has a subject; a catch-all heading names three things at most."""
from __future__ import annotations

import re

from compose_helpers import brief

from jianggao.compose import again, homes, once, standing, voice
from jianggao.compose.core import compose
from jianggao.compose.finish import _heading_not_restated
from jianggao.compose.offsubject import off_subject
from jianggao.compose.standing import POINTS_MOST
from jianggao.model import levels

_MIDYEAR_2014 = dict(
    kind="midyear_review", year=2014, region={"name": "黎平县"}, date="2014-07-18",
    speaker={"name": "韦建华", "title": "县卫生局局长"},
    achievements=[{"topic": "医改", "metrics": [{"name": "新农合参合率", "value": 98.9, "unit": "%"}],
                   "facts": ["县人民医院启动县级公立医院综合改革"]},
                  {"topic": "公共卫生", "metrics": [{"name": "上半年居民健康档案建档率", "value": 76.2, "unit": "%"}]}],
    problems=["部分乡镇卫生院基本公共卫生服务项目进度滞后"],
    priorities=[{"topic": "医改", "items": ["推进县级公立医院综合改革"]},
                {"topic": "公共卫生", "items": ["加快基本公共卫生服务项目进度"]}])


def _items_under(text: str, heading: str) -> list[str]:
    """The numbered items' heads of the subsections whose heading names ``heading``."""
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        line = line.strip()
        if re.match(r"^（[一二三四五六七八九十]）", line):
            inside = heading in line.split("。", 1)[0]
            line = line.split("。", 1)[1] if inside and "。" in line else line
        if inside and (m := re.match(r"^[一二三四五六七八九十]是([^。]+)。", line)):
            out.append(m.group(1))
    return out


def test_a_public_health_subsection_heads_no_item_on_the_grassroots_buildings_or_staff(real):
    # (fresh35's q3: 二是加强卫生人才队伍建设 and 三是推进基层医疗卫生机构标准化建设 under 扎实做好公共卫生服务)
    for seed in (1, 2, 3):
        text = compose(brief(**_MIDYEAR_2014), real.bank, real.templates, seed=seed).all_text()
        heads = _items_under(text, "公共卫生")
        assert heads, text
        assert not [h for h in heads if "标准化建设" in h or h == "加强卫生人才队伍建设"], heads


def test_a_measure_at_home_elsewhere_leaves_a_pair_after_its_verb():
    s = "稳步改善医疗服务，优化就诊流程，推广预约诊疗和检查检验结果互认，缩短群众候诊时间。"
    assert homes._without_element(s, "结果互认") == "稳步改善医疗服务，优化就诊流程，推广预约诊疗，缩短群众候诊时间。"
    # (not a second element that is a phrase of its own, nor one whose noun both share)
    kept = "按照国家确定的顺序，优先做好重点行业和重点人群的接种。"
    assert homes._without_element(kept, "重点人群") is None
    assert homes._without_element("落实公开招聘和定向培养政策，每年补充医学毕业生。", "定向培养") is None


def test_the_congress_s_call_is_cited_once():
    opening = "当前，全县上下正在深入学习贯彻党的十八大精神，十八大对提高人民健康水平提出了明确要求。"
    situation = "党的十八大提出要提高人民健康水平，指出健康是促进人的全面发展的必然要求，为我们做好卫生工作指明了方向。"
    parts = [[[opening]], [[situation]]]
    below_floor = once.Room(parts, 10_000)      # (a speech far below its floor: nothing else may go)
    assert below_floor.left < 0
    homes.frames_once(parts, (), below_floor)
    assert parts == [[["当前，全县上下正在深入学习贯彻党的十八大精神。"]], [[situation]]]
    # (never where the clause after it points back at the call: 按照这一部署)
    pointing = ("当前，全县上下正在深入学习贯彻党的十九大精神，十九大作出了实施健康中国战略的重大决策部署，"
                "我们要按照这一部署谋划今年的工作。")
    parts = [[[pointing]], [["党的十九大作出实施健康中国战略的重大决策，指出人民健康是民族昌盛和国家富强的重要标志。"]]]
    homes.frames_once(parts, ())
    assert parts[0][0][0] == pointing


def test_a_condition_keeps_its_consequence_through_a_repeat_cut():
    # (fresh35's q4: …接种率稍有下滑，很多传染病是在医疗机构首先发现的… once the consequence was cut: a condition after its
    # subject binds the clause after it)
    assert once.opens_condition("接种率稍有下滑") and once.opens_condition("工作一旦放松")
    assert not once.opens_condition("免疫规划是最基础、最有效的公共卫生措施")
    # (and a cut that ends a run of clauses keeps the run's end: no 、 run into the next point)
    s = "要加强疫苗冷链管理，规范预防接种服务，切实加强疫苗冷链管理；各接种单位要做好接种后留观，及时处置异常反应。"
    assert once.clause_once(s, frozenset(), ()).startswith("要加强疫苗冷链管理，规范预防接种服务；")


def test_an_item_is_not_said_again_as_its_answer_s_aim():
    parts = [[["三是提升县级医院服务能力。", "为提升县级医院服务能力，各县级医院要对照等级医院标准查找差距，市级医院要通过对口帮扶把县级"
               "医院的专科能力带起来。", "市卫生计生委要督促各县把重点专科建设纳入考核。"]]]
    _heading_not_restated(parts, ("为提升县级医院服务能力", "部分县级医院服务能力不强"))
    assert parts[0][0][1].startswith("各县级医院要对照")


def test_an_address_s_programme_has_a_subject_when_its_lead_was_said(real):
    fields = dict(kind="address", year=2023, region={"name": "青石镇"}, date="2023-05-19",
                  meeting="青石镇卫生院家庭医生服务团队授牌仪式", speaker={"name": "林晓东", "title": "镇长"},
                  achievements=[{"topic": "基层卫生", "metrics": [{"name": "重点人群家庭医生签约率", "value": 78.4, "unit": "%"}]}],
                  priorities=[{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]}])
    for seed in (1, 2, 3):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        for para in text.split("\n"):
            assert not para.strip().startswith("支持"), para


def test_a_catch_all_heading_names_three_things_at_most(real):
    assert POINTS_MOST <= 2
    fields = dict(kind="annual_conference", year=2020, region={"name": "东湖区"}, date="2020-01-10",
                  speaker={"name": "彭亮", "title": "副区长", "on_behalf_of": "区委、区政府"},
                  achievements=[{"topic": "医改", "metrics": [{"name": "家庭医生签约服务覆盖率", "value": 41.2, "unit": "%"}]}],
                  priorities=[{"topic": "医改", "items": ["推进紧密型医联体建设"]}])
    for seed in (1, 2, 3):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        for m in re.finditer(r"[一二三四五六七八九十]是([^。]+)。", text):
            clauses = m.group(1).split("，")
            assert not (len(clauses) > 3 and all(len(c) <= 14 for c in clauses)), m.group(0)


def test_a_line_of_another_business_is_off_its_item_s_heading():
    # (fresh35's readers: 职业病 and 重大活动保障 under 做好重大传染病防控, 信息化人才/干部队伍/医德/院长 under a 基层 人才 item,
    # 重点专科 under 价格改革, 健康村镇 under 乡镇卫生院能力提升, 乡村医生轮训 under 基本公卫项目进度)
    off = [("要加强职业病防治，推动用人单位落实防治责任，保护劳动者健康。", "做好重大传染病防控"),
           ("做好重大活动医疗卫生保障，提前制定方案、落实人员、备足药品。", "做好重大传染病防控"),
           ("要切实加强信息化人才队伍建设，提高医疗卫生机构信息化应用水平。", "加强基层人才队伍建设"),
           ("加强干部队伍建设，树立重实干、重实绩的用人导向。", "加强基层人才队伍建设"),
           ("要强化公立医院院长队伍建设，开展院长职业化管理培训。", "加强基层人才队伍建设"),
           ("要不断加强县级公立医院重点专科建设，围绕外转率高的病种加强薄弱专科。", "配合推进医疗服务价格改革"),
           ("健康村镇建设要发挥村（居）委会和乡镇卫生院的作用，把健康知识送到农户家中。", "实施乡镇卫生院能力提升工程"),
           ("乡村医生轮训要突出常见病、多发病诊治和基本公共卫生服务，讲求实用，学用结合。", "加快基本公共卫生服务项目进度")]
    for sentence, head in off:
        assert off_subject(sentence, head), (sentence, head)
    # (each at home under its own trade's heading, and under the workforce's as a whole)
    home = [("要加强职业病防治，推动用人单位落实防治责任，保护劳动者健康。", "全面提升公共卫生服务能力"),
            ("加强干部队伍建设，树立重实干、重实绩的用人导向。", "以高质量党建引领高质量发展"),
            ("要切实加强信息化人才队伍建设，提高医疗卫生机构信息化应用水平。", "筑牢卫生健康人才支撑"),
            ("要切实加强信息化人才队伍建设，提高医疗卫生机构信息化应用水平。", "推进信息化建设和应用"),
            ("健康村镇建设要发挥村（居）委会和乡镇卫生院的作用，把健康知识送到农户家中。", "深入开展爱国卫生运动")]
    for sentence, head in home:
        assert not off_subject(sentence, head), (sentence, head)


def test_a_plaque_ceremony_congratulates_who_receives_the_plaques(real):
    fields = dict(kind="address", year=2023, region={"name": "青石镇"}, date="2023-05-19",
                  meeting="青石镇卫生院家庭医生服务团队授牌仪式", speaker={"name": "林晓东", "title": "镇长"},
                  priorities=[{"topic": "基层卫生", "items": ["做实家庭医生签约服务"]}])
    text = compose(brief(**fields), real.bank, real.templates, seed=1).all_text()
    assert "向今天获得授牌的各家庭医生服务团队表示热烈的祝贺" in text


def test_a_meeting_late_in_the_year_deploys_the_work_ahead(real):
    # (sec36's q4: 今年要突出抓好以下几项工作 on 10 September)
    fields = dict(kind="special_topic", year=2019, region={"name": "东阳区"}, date="2019-09-10",
                  meeting="2019年全区疾病预防控制工作会议", speaker={"name": "胡振华", "title": "副区长"},
                  achievements=[{"topic": "疾病预防控制", "metrics": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 97.3,
                                                                    "unit": "%"}]}],
                  priorities=[{"topic": "疾病预防控制", "items": ["加强结核病防治", "规范预防接种管理"]}])
    for seed in (1, 2, 3):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        assert not re.search(r"今年[，要]*(?:重点|着力|突出)?抓好以下", text)
        assert not re.search(r"(?:做好|抓好)?今年的疾控工作，要", text)


def test_a_cut_keeps_a_second_duty_s_purpose_with_it():
    # (fresh35's q1 read 加强信息平台的安全防护，使群众在家门口享受上级医院的诊疗服务 once the 远程 duty after a ； went)
    s = "加强信息平台的安全防护，落实网络安全等级保护制度；加强远程会诊、远程影像等服务，使群众在家门口享受上级医院的诊疗服务。"
    out = once.without(s, {"远程"}, lambda c: {"远程"} if "远程会诊" in c else set())
    assert out != "加强信息平台的安全防护，使群众在家门口享受上级医院的诊疗服务。"
    assert out is None or "使群众" not in out


def test_a_long_body_name_is_said_short_after_twice_in_a_paragraph():
    # (blind37's reader: 各基层医疗卫生机构 four times in one answer)
    s = ("市级医院要向各基层医疗卫生机构派驻骨干医生坐诊带教；市卫生计生委要把各基层医疗卫生机构房屋、设备的缺口列出来，"
         "把双向转诊情况纳入对各基层医疗卫生机构的考核；市财政局要把各基层医疗卫生机构的建设资金列入预算。")
    parts = [[[s]]]
    again.names_short(parts, ())
    out = parts[0][0][0]
    assert out.count("基层医疗卫生机构") == 2 and out.count("基层机构") == 2
    # (never inside a clause kept whole)
    parts = [[[s]]]
    again.names_short(parts, ("纳入对各基层医疗卫生机构的考核",))
    assert "纳入对各基层医疗卫生机构的考核" in parts[0][0][0]


def test_a_street_s_health_centre_head_pledges_for_the_centre(real):
    # (sec37's r5: a 社区卫生服务中心主任 at a district meeting pledged for 街道党工委、街道办事处 and to 支持社区卫生服务中心)
    assert voice.role_of("西城街道社区卫生服务中心主任", "西城街道社区卫生服务中心", "街道") == voice.UNIT
    assert voice.role_of("副镇长", "", "镇") == voice.TOWNSHIP
    fields = dict(kind="pledge", year=2022, region={"name": "西城街道"}, date="2022-03-02",
                  meeting="2022年全区卫生健康工作会议",
                  speaker={"name": "周晓燕", "title": "西城街道社区卫生服务中心主任", "on_behalf_of": "西城街道社区卫生服务中心"},
                  achievements=[{"topic": "基层卫生", "metrics": [{"name": "家庭医生签约服务覆盖率", "value": 42.3, "unit": "%"}]}],
                  priorities=[{"topic": "公共卫生", "items": ["做好常态化疫情防控"]},
                              {"topic": "基层卫生", "items": ["做实家庭医生签约服务"]}])
    for seed in (1, 2, 3):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        assert "支持社区卫生服务中心" not in text and "街道党工委、街道办事处将" not in text, text


def test_an_urban_district_s_townspeople_make_it_no_rural_one(real):
    # (fresh37's t2: a 2013 区 whose 城镇居民医保参保率 made it rural, and its 基层 items spoke of 乡镇卫生院 and 村卫生室)
    assert not levels.mentions_villages(["城镇居民医保参保率", "巩固卫生城镇创建成果", "城镇职工"])
    assert levels.mentions_villages(["部分乡镇卫生院人才不足"])
    fields = dict(kind="work_report", year=2013, region={"name": "华阳区"}, date="2013-03-12",
                  speaker={"name": "林志强", "title": "区卫生局局长"},
                  achievements=[{"topic": "医改", "metrics": [{"name": "城镇居民医保参保率", "value": 97.5, "unit": "%"}]},
                                {"topic": "公共卫生", "metrics": [{"name": "居民电子健康档案建档率", "value": 72.4,
                                                                "unit": "%", "change": 9.8}]}],
                  problems=["社区卫生服务机构人员不足"],
                  priorities=[{"topic": "基层卫生", "items": ["推进社区卫生服务机构标准化建设"]},
                              {"topic": "公共卫生", "items": ["做好基本公共卫生服务项目"]}])
    for seed in (1, 2):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        assert not re.search(r"乡镇卫生院|村卫生室|乡村医生|村医", text), seed


def test_a_catch_all_heading_names_no_head_on_a_verb_it_said():
    # (sec37's r2: 一是做好公共卫生服务，做好慢性病综合防治，加强精神卫生和心理健康服务。)
    kept = ["甲要做好随访。", "乙要做好心理服务。", "丙要做好接种。"]
    owners = ["做好慢性病综合防治", "加强精神卫生和心理健康服务", "抓好预防接种"]
    points = standing._points(kept, kept, owners, "做好公共卫生服务")
    assert "做好慢性病综合防治" not in points and points.startswith("，加强精神卫生和心理健康服务")


def test_the_closing_rally_keeps_its_aim():
    # (fresh34's p1 once ended 让我们在区委、区政府的坚强领导下，坚定信心、奋发有为！ when the frame was said before)
    rally = "让我们在区委、区政府的坚强领导下，坚定信心、奋发有为，为决胜全面建成小康社会、建设健康临河作出新的更大贡献！"
    assert homes._cut_clause(rally, homes.FRAMES["xiaokang"]) is None


def test_a_2021_report_heads_the_poverty_work_by_its_successor(real):
    # (sec36's q2: （四）深入实施健康扶贫工程 in a February 2021 work report)
    fields = dict(kind="work_report", year=2021, region={"name": "南川县"}, date="2021-02-25",
                  speaker={"name": "许文静", "title": "县卫生健康局局长"},
                  achievements=[{"topic": "健康扶贫", "facts": ["建档立卡贫困人口基本医疗保障全覆盖"]}],
                  priorities=[{"topic": "公共卫生", "items": ["抓好常态化疫情防控"]},
                              {"topic": "健康扶贫", "items": ["巩固拓展健康扶贫成果同乡村振兴有效衔接"]}])
    for seed in (1, 2, 3):
        text = compose(brief(**fields), real.bank, real.templates, seed=seed).all_text()
        heads = re.findall(r"（[一二三四五六七八]）([^。]+)。", text)
        assert not any(h in ("深入实施健康扶贫工程", "打赢健康扶贫攻坚战") for h in heads), heads
