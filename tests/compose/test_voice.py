"""Level and voice, and claims in the review (issue 13, the third reading): who speaks decides who is told
to act, whose work a measure is, an urban district's own words, no result the brief did not give, and a
pledge in one voice with its township's own duties.  Checked over levels, speakers and seeds."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from compose_helpers import brief

from jianggao.compose import voice
from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.model import levels
from jianggao.model.speech import Heading, Paragraph

D = dt.date(2025, 2, 20)


def paragraphs(speech) -> list[str]:
    out = []
    for b in speech.blocks:
        if isinstance(b, Heading):
            if b.body:
                out.append(b.body)
        elif isinstance(b, Paragraph):
            out.append(b.text)
    return out


def rich(name: str, level: str, speaker: dict, kind: str = "annual_conference", **more) -> dict:
    """A rich brief whose own words name no 镇, 乡 or 村 (so a 区 stays urban)."""
    w = levels.word(level)
    data = dict(
        kind=kind, year=2025, region={"name": name, "level": level}, date="2025-02-20", speaker=speaker,
        achievements=[
            {"topic": "公共卫生", "metrics": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 98.6, "unit": "%", "change": 0.4},
                                          {"name": "高血压患者规范管理率", "value": 76.5, "unit": "%", "change": 4.2}]},
            {"topic": "医改", "metrics": [{"name": "家庭医生签约服务覆盖率", "value": 48.3, "unit": "%", "change": 2.6}],
             "facts": ["医共体建设通过省级评估"]},
            {"topic": "妇幼健康", "metrics": [{"name": "孕产妇死亡", "value": 0, "unit": "例"},
                                          {"name": "婴儿死亡率", "value": 2.8, "unit": "‰", "change": -0.4, "better": "lower"}]},
            {"topic": "人才队伍", "metrics": [{"name": "新招引医学类本科以上人才", "value": 86, "unit": "人"}]},
        ],
        problems=["基层医疗服务能力不强", "公共卫生监测预警能力有短板", "高层次人才引不进、留不住"],
        priorities=[
            {"topic": "医改", "items": ["深化医共体建设", f"推进{w}级公立医院高质量发展"]},
            {"topic": "公共卫生", "items": ["健全传染病监测预警体系", "抓好慢性病综合防控"]},
            {"topic": "妇幼健康", "items": ["落实母婴安全五项制度"]},
            {"topic": "人才队伍", "items": ["实施卫生人才引育工程"]},
        ],
        length=6000,
    )
    data.update(more)
    return data


GOVERNMENT = {"县": ("桐江县", {"name": "钟国栋", "title": "副县长", "on_behalf_of": "县委、县政府"}),
              "区": ("临川区", {"name": "杜晓峰", "title": "副区长", "on_behalf_of": "区委、区政府"}),
              "旗": ("乌拉旗", {"name": "巴特尔", "title": "副旗长"}),
              "市": ("嘉禾市", {"name": "王海", "title": "副市长", "on_behalf_of": "市委、市政府"})}
BUREAU = {"县": ("桐江县", {"name": "陈晓红", "title": "县卫生健康局局长"}),
          "区": ("临川区", {"name": "沈丽君", "title": "区卫生健康局局长"}),
          "旗": ("乌拉旗", {"name": "乌兰", "title": "旗卫生健康委员会主任"}),
          "市": ("嘉禾市", {"name": "李华", "title": "市卫生健康委员会主任"})}


@pytest.fixture(scope="module")
def speeches(real):
    """(level, role, seed) → the speech; government leaders give the annual speech, bureau heads the report."""
    out = {}
    for level in ("县", "区", "旗", "市"):
        for role, table, kind in (("government", GOVERNMENT, "annual_conference"), ("bureau", BUREAU, "work_report")):
            name, speaker = table[level]
            for seed in (1, 7):
                out[level, role, seed] = compose(brief(**rich(name, level, speaker, kind=kind)), real.bank, real.templates,
                                                 seed=seed)
    return out


# -- who speaks -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, on_behalf_of, level, role", [
    ("副县长", "县委、县政府", "县", voice.GOVERNMENT), ("副区长", "", "区", voice.GOVERNMENT),
    ("副市长", "", "市", voice.GOVERNMENT), ("副旗长", "", "旗", voice.GOVERNMENT),
    ("县委常委、副县长", "", "县", voice.GOVERNMENT), ("", "区委、区政府", "区", voice.GOVERNMENT),
    ("县卫生健康局局长", "", "县", voice.BUREAU), ("市卫生健康委员会主任", "", "市", voice.BUREAU),
    ("局长", "县卫生计生局", "县", voice.BUREAU), ("区卫生健康局党组书记、局长", "", "区", voice.BUREAU),
    ("院长", "县人民医院", "县", voice.UNIT), ("县人民医院院长", "", "县", voice.UNIT),
    ("镇长", "", "镇", voice.TOWNSHIP), ("街道办事处主任", "", "街道", voice.TOWNSHIP),
])
def test_the_speakers_standing(title, on_behalf_of, level, role):
    assert voice.role_of(title, on_behalf_of, level) == role


@pytest.mark.parametrize("said, heard", [
    ("卫生健康部门要发挥好参谋助手作用，主动汇报。", "我们要发挥好参谋助手作用，主动汇报。"),
    ("医改是一项系统工程，各有关部门要加强协同。", "医改是一项系统工程，各单位要加强协同。"),
    ("要落实政府办医责任，保障公立医院基本建设投入。", "要积极争取落实政府办医责任，保障公立医院基本建设投入。"),
    ("要落实基层医疗卫生机构财政补助政策，保障机构正常运行。", "要积极争取落实基层医疗卫生机构财政补助政策，保障机构正常运行。"),
    ("要加强医保、医疗、医药政策协同，完善医保基金监管机制。", "要加强医保、医疗、医药政策协同，配合完善医保基金监管机制。"),
    ("要统筹推进医疗服务价格、医保支付方式和药品耗材集中带量采购改革。",
     "要配合推进医疗服务价格、医保支付方式和药品耗材集中带量采购改革。"),
    ("完善医保基金监管机制，守好看病钱。", "配合完善医保基金监管机制，守好看病钱。"),
    ("各级政府要加大投入。", None), ("县直有关部门要密切配合。", None), ("各乡镇要落实属地责任。", None),
    ("做好儿童保健服务。", "做好儿童保健服务。"),
])
def test_a_bureau_head_asks_for_what_is_not_his(said, heard):
    assert voice.in_bureau_voice(said) == heard


@pytest.mark.parametrize("sentence, wrong", [
    ("各乡镇卫生院要统筹做好饮用水、学校等重点领域的健康危害因素监测。", True),
    ("县疾控中心要统筹做好饮用水、学校等重点领域的健康危害因素监测。", False),
    ("县人民医院要严肃查处不合理用药行为。", True),
    ("各乡镇卫生院要发挥村（居）民委员会公共卫生委员会作用。", True),
    ("各社区卫生服务中心要督促用人单位落实职业病防治主体责任。", True),
    ("县疾控中心要做好结核病患者的治疗和随访管理。", True),
    ("各助产机构要加强孕前保健。", True),
    ("各助产机构要加强产科能力建设。", False),
])
def test_whose_work_a_measure_is(sentence, wrong):
    assert voice.wrong_actor(sentence) is wrong


# -- the level model ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("date", [dt.date(2012, 3, 1), dt.date(2017, 3, 1), D])
def test_an_urban_district_has_no_village_units(date):
    u = levels.units("区", date)
    named = "".join(u.all())
    for word in ("卫生院", "村", "乡"):
        assert word not in named
    assert u.subdivisions == "各街道"
    pattern = re.compile(levels.absent_words("区") or "^$")
    for word in ("村卫生室", "乡村医生", "乡镇卫生院", "村组", "县级医院"):
        assert pattern.search(word)
    suburban = levels.units("区", date, rural=True)
    assert "各镇卫生院" in suburban.grassroots and "（街道）卫生院" not in "".join(suburban.all())
    assert levels.mentions_villages(["推进镇卫生院提档升级"]) and not levels.mentions_villages(["社区医院建设"])


def test_an_urban_district_says_community_not_village():
    said = "要发挥村（居）民委员会公共卫生委员会作用。"
    assert levels.in_local_words(said, "区") == "要发挥社区居民委员会公共卫生委员会作用。"
    assert levels.in_local_words(said, "街道") == "要发挥社区居民委员会公共卫生委员会作用。"
    assert levels.in_local_words(said, "区", rural=True) == said
    assert levels.in_local_words(said, "县") == said
    assert levels.in_local_words("落实到每一个村组、每一户家庭", "区") == "落实到每一个社区、每一户家庭"


def test_a_township_has_its_own_duties():
    assert "爱国卫生" in levels.own_duties("镇") and "卫生镇创建" in levels.own_duties("镇")
    assert "村卫生室" in levels.own_duties("乡")
    assert "村卫生室" not in levels.own_duties("街道")
    assert levels.own_duties("县") == ()


# -- speeches over levels and speakers ---------------------------------------------------------------------------

_UNIT_TOLD = re.compile(r"((?:各|[县区市旗])[\u4e00-\u9fff（）]{1,12}?(?:卫生院|卫生室|中心|医院|机构|部门|编办|所|站|大队))要")


def test_one_actor_at_most_twice_in_a_paragraph(speeches):
    for key, speech in speeches.items():
        for p in paragraphs(speech):
            told = _UNIT_TOLD.findall(p)
            for who in set(told):
                assert told.count(who) <= voice.PER_AREA, (key, who, p)


def test_no_unit_is_told_another_units_work(speeches):
    for key, speech in speeches.items():
        for s in sentences_of(speech.all_text()):
            assert not voice.wrong_actor(s), (key, s)


def test_a_bureau_head_directs_only_his_own_system(speeches):
    others = re.compile(r"各级(?:党委)?(?:、|和)?政府|[县区市旗]直(?:有关)?部门要|有关部门要|各(?:苏木)?乡镇要|各街道要|"
                        r"卫生(?:健康|计生)?部门要")
    for (level, role, seed), speech in speeches.items():
        if role != "bureau":
            continue
        text = speech.all_text()
        assert not others.search(text), (level, seed, others.search(text))
        for s in sentences_of(text):
            for clause in re.split(r"[，；。]", s):
                if re.search(r"政府办医|财政补助|医保基金监管|医疗服务价格", clause):
                    assert re.search(r"争取|配合|协同|支持|推动落实", clause), (level, seed, s)


def test_a_government_leader_speaks_to_departments_and_townships(speeches):
    for (level, role, seed), speech in speeches.items():
        if role != "government":
            continue
        text = speech.all_text()
        assert re.search(r"编办|人社部门|财政部门|医保部门", text), (level, seed)
        # the health department leads reform and policy, never the government's own 办医责任 or 投入
        assert not re.search(r"卫生(?:健康|计生)?[局委]要[^。]*(?:政府办医|财政投入|编制)", text), (level, seed)
        # single units named sparingly: no paragraph tells more than GOVERNMENT_UNITS_PER_AREA of them twice over
        for p in paragraphs(speech):
            units = [w for w in _UNIT_TOLD.findall(p) if not re.search(r"部门|编办|卫生健康局", w)]
            assert len(units) <= 2 * voice.GOVERNMENT_UNITS_PER_AREA, (level, seed, p)


def test_an_urban_district_speaks_of_communities(speeches):
    village = re.compile(r"村组|村卫生室|乡村医生|乡镇卫生院|每个乡镇|各乡镇|镇（街道）卫生院|村（居）")
    for (level, role, seed), speech in speeches.items():
        if level == "区":
            found = village.search(speech.all_text())
            assert not found, (role, seed, found)


def test_the_speaker_says_his_own_scope_in_the_problems(speeches):
    for (level, role, seed), speech in speeches.items():
        name = {"县": "桐江县", "区": "临川区", "旗": "乌拉旗", "市": "嘉禾市"}[level]
        assert not re.search(name + r"卫生(?:健康)?工作(?:还存在|还有)", speech.all_text()), (level, role, seed)


# -- the review: no claims the brief did not make -------------------------------------------------------------

_TAILS = ("负担不断减轻", "负担进一步减轻", "负担有所减轻", "保障更加有力", "得到有效防控", "素质稳步提升", "素质不断提升",
          "协同机制逐步建立", "能力进一步增强", "亮点纷呈", "获得感不断增强", "获得感进一步增强", "获得感持续增强",
          "得到有效保障", "明显提升", "成效明显")


def review_text(speech) -> str:
    """The first part (after the opening): the review of last year."""
    out, seen = [], 0
    for b in speech.blocks:
        if isinstance(b, Heading) and b.level == 1:
            seen += 1
            if seen == 2:
                break
        if seen == 1:
            out.append(getattr(b, "text", "") + (getattr(b, "body", "") or ""))
    return "".join(out)


def test_the_review_names_no_result_the_brief_did_not_give(speeches):
    for key, speech in speeches.items():
        review = review_text(speech)
        assert review, key
        for tail in _TAILS:
            assert tail not in review, (key, tail)
        assert review.count("一年来，") <= 1, key
        assert not re.search(r"过去的?一年[^。]*。过去的?一年", review), key
        assert "医联体" not in speech.all_text(), key          # the brief reported a 医共体, nowhere a 医联体


def test_agreement_only_with_a_report(real):
    base = rich("桐江县", "县", GOVERNMENT["县"][1])
    both = compose(brief(**base, previous_speakers=[
        {"name": "陈晓红", "title": "县卫生健康局局长", "content": "工作报告"},
        {"name": "刘振", "title": "县医保局局长", "content": "通报了医保基金监管情况"}]), real.bank, real.templates)
    opening = paragraphs(both)[1]
    assert re.search(r"工作报告讲得[^。]*(?:同意|赞同)", opening), opening
    assert opening.count("陈晓红") == 1, opening
    notice = compose(brief(**base, previous_speakers=[
        {"name": "刘振", "title": "县医保局局长", "content": "通报了医保基金监管情况"}]), real.bank, real.templates)
    assert not re.search(r"同意|赞同", paragraphs(notice)[1]), paragraphs(notice)[1]


# -- pledges ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("region, seed", [({"name": "柳溪镇", "parent": "安平县"}, 1), ({"name": "柳溪镇", "parent": "安平县"}, 5),
                                          ({"name": "石桥乡", "parent": "安平县"}, 2), ({"name": "安澜街道", "parent": "临川区"}, 3)])
def test_a_township_pledge_speaks_in_one_voice(real, region, seed):
    b = brief(kind="pledge", year=2024, region=region, length=1200)
    speech = compose(b, real.bank, real.templates, seed=seed)
    text = speech.all_text()
    name = region["name"]
    assert name in speech.speaker_line
    assert f"{name}将" not in text
    assert "全体干部职工" not in text
    assert "爱国卫生" in text
    if name.endswith("街道"):
        assert not re.search(r"村（社区）|各村|村卫生室|乡村医生", text), text
    assert plan_of(b, real.templates).voice == voice.TOWNSHIP


def test_the_alliance_the_brief_named():
    assert voice.unsaid_alliance("紧密型县域医共体建设通过省级评估").search("推进医联体建设")
    assert voice.unsaid_alliance("区第二人民医院与4个社区卫生服务中心组建医疗联合体").search("深化医共体建设")
    assert voice.unsaid_alliance("医共体和医联体") is None
    assert voice.unsaid_alliance("") is None


@pytest.mark.parametrize("title, represents", [("县委副书记", "县委、县政府"), ("副县长", "县委、县政府"),
                                               ("县卫生健康局局长", "县卫生健康局")])
def test_whom_the_speaker_represents(real, title, represents):
    b = brief(**rich("桐江县", "县", {"name": "周明", "title": title}))
    text = compose(b, real.bank, real.templates, seed=3).all_text()
    said = re.findall(r"我代表([^，。]+)", text)
    assert said and all(x == represents for x in said), said


@pytest.mark.parametrize("region, title, represents", [
    ({"name": "永和县", "parent": "临州市"}, "县卫生健康局局长", "永和县卫生健康局"),
    ({"name": "永和县", "parent": "临州市"}, "副县长", "永和县委、县政府"),
    ({"name": "青石镇", "parent": "石门县"}, "镇长", "青石镇党委、镇政府"),
    ({"name": "永和县"}, "县卫生健康局局长", "县卫生健康局")])
def test_a_pledge_speaks_for_the_speaker_s_own_body_and_names_its_place_at_the_meeting_above(
        real, region, title, represents):
    b = brief(kind="pledge", year=2019, region=region, speaker={"name": "马建军", "title": title},
              priorities=[{"topic": "医改", "items": ["推进县域医共体建设"]}])
    for seed in (1, 2, 3):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        said = re.findall(r"我代表([^，。]+?)作", text)
        assert said == [represents], said
    above = {"临州市": "全市", "石门县": "全县"}.get(region.get("parent", ""), "全县")
    assert b.meeting_name == f"2019年{above}卫生健康工作会议"



def test_prices_and_volume_purchasing_are_the_province_s_a_county_carries_them_out():
    from jianggao.compose.voice import beyond_level
    said = "要统筹推进医疗服务价格、医保支付方式和药品耗材集中带量采购改革。"
    assert beyond_level(said, "县") and beyond_level(said, "区")
    assert not beyond_level(said, "市")
    assert not beyond_level("要落实药品耗材集中带量采购政策，做好中选产品的使用。", "县")


def test_training_doctors_is_not_the_human_resources_department_s():
    import datetime as dt

    from jianggao.compose.voice import departments
    table = departments("县", dt.date(2025, 2, 20))
    told = lambda s: next((who for p, who in table if p.search(s)), None)  # noqa: E731
    assert told("要落实公开招聘和定向培养政策，为基层补充医学毕业生。") != "人社部门"
    assert told("要加强全科医生队伍建设，落实待遇保障。") != "人社部门"
    assert told("要完善基层医务人员薪酬待遇政策。") == "人社部门"


def test_a_unit_told_to_act_is_told_plainly(real):
    # 县疾控中心要切实… / 人社部门要着力… at every turn was a habit the readers marked
    from compose_helpers import REPO

    from jianggao.briefs.load import load_brief
    b = load_brief(REPO / "bench" / "briefs" / "b13_annual_2025_county_rich.yaml")
    for seed in (1, 2):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        assert not re.findall(r"(?:中心|局|部门|卫生院|医院|机构|各乡镇)要(?:着力|切实)", text), seed


@pytest.mark.parametrize("name", ["b13_annual_2025_county_rich", "b24_special_2025_yigai_district",
                                  "b04_work_report_2017_district_rich"])
def test_every_subheading_stands_apart_from_its_text(real, name):
    from compose_helpers import REPO

    from jianggao.briefs.load import load_brief
    b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
    for h in compose(b, real.bank, real.templates, seed=1).headings():
        if h.level >= 2:       # （一）压实工作责任。 — never 压实工作责任各级各单位要… run together
            assert len(h.text) <= 24 and h.text.endswith("。"), h


@pytest.mark.parametrize("said", [
    "县疾控中心要加强对违法行为的查处。", "各医疗机构要做好执业登记审批工作。", "县卫生健康综合执法大队要做好患者救治。",
    "县医保局要加强医疗质量管理。", "各村卫生室要规范开展住院分娩。", "县疾控中心要做好危重患者救治。"])
def test_whose_work_a_measure_is_by_fact(said):
    assert voice.wrong_actor(said)


@pytest.mark.parametrize("said", [
    "县卫生健康综合执法大队要加强对违法行为的查处。", "县人民医院要做好危重患者救治。", "县医保局要加强医保基金监管。",
    "各乡镇卫生院要做好常见病诊疗。", "县疾控中心要加强传染病监测。"])
def test_a_measure_in_its_own_hands_stands(said):
    assert not voice.wrong_actor(said)


def test_what_a_department_steers_others_to_is_not_its_own_work():
    assert not voice.wrong_actor("医保部门要发挥医保支付的杠杆作用，引导医疗机构合理诊疗、控制成本。")


def test_units_are_not_told_what_another_body_does():
    """Seventh reading: 各乡镇卫生院 staffing 卫生监督, 县疾控中心 holding 外防输入、内防反弹, 医保部门 issuing 电子健康卡."""
    from jianggao.compose.voice import fits
    assert not fits("各乡镇卫生院", "要加强公共卫生人才队伍建设，配齐配强疾控、妇幼、卫生监督等专业技术人员。")
    assert not fits("县疾控中心", "要坚持外防输入、内防反弹，把常态化防控的各项措施落实到位。")
    assert not fits("医保部门", "要推广使用电子健康卡和医保电子凭证。")
    assert fits("县疾控中心", "要加强重点场所、重点人群的健康监测。")


def test_a_government_leader_orders_no_clinic_routine():
    """Eighth reading: 孕妇学校, 出生医学证明, 处方点评 in a 副县长's speech; a bureau head may still say them."""
    from jianggao.compose.voice import too_fine
    assert too_fine("要办好孕妇学校，让孕产妇和家属系统学习孕育知识。")
    assert too_fine("要严格出生医学证明的签发管理，严防违规签发。")
    assert not too_fine("要深化紧密型县域医共体建设，推动资源下沉。")


def test_the_ninth_reading_s_bodies_are_not_told_another_s_work():
    from jianggao.compose.voice import fits, too_fine
    assert not fits("人社部门", "要落实乡村医生养老保障和待遇补助政策。")
    assert not fits("县委编办", "要进一步深化基层编制和人事改革，提高基层人员待遇，完善财政补助政策。")
    assert not fits("各村卫生室", "要加强基层医务人员培训，通过进修学习、对口帮扶等方式提升基层诊疗水平。")
    assert not fits("县卫生计生局", "要统筹推进医保支付、价格调整、签约服务等配套政策。")
    assert not fits("各社区卫生服务中心", "要加强老年医学科和康复护理能力建设。")
    assert fits("人社部门", "要推进公立医院薪酬制度改革。")
    # a 县长 does not read a 局长's lists
    for line in ("各助产机构要落实新生儿复苏技术培训。", "对配送不及时的企业，按规定及时取消配送资格。",
                 "我们要充分发挥组织协调、督促检查的职能。", "要切实关注留守儿童和困难家庭儿童的健康。"):
        assert too_fine(line), line


def test_each_fact_of_voice_and_areas_is_kept_once():
    """One list of an area's own business (compose.ideas.DISTINCT) and one fact of who addresses 各级政府 (the province
    only: voice.addresses_all_governments), used by picker and voice alike."""
    from jianggao.compose import picker, voice
    assert not hasattr(picker, "_DISTINCT_AREAS") and not hasattr(picker, "_ALL_GOVERNMENTS")
    assert voice.addresses_all_governments("各级政府要落实办医责任。", "市")
    assert voice.addresses_all_governments("各级党委、政府要高度重视。", "县")
    assert not voice.addresses_all_governments("各级政府要落实办医责任。", "省")
    assert voice.in_bureau_voice("各级党委和政府要加大投入。") is None


@pytest.mark.parametrize("said", [
    "要把托育服务设施纳入城乡规划和新建小区配套，让家长就近送托。",
    "对普惠托育机构，要在场地、补助等方面给予支持，把收费控制在一般家庭承受得起的水平。",
    "落实生育支持政策，要把产假、育儿假等假期制度落实到用人单位，保障职工的合法权益。",
    "完善生育支持，要把就业、住房、教育等政策衔接起来，形成合力。",
    "加强平安医院建设，充实医院安保力量，依法严厉打击涉医违法犯罪。",
    "职业病防治工作要纳入政府目标考核，各单位要按照职责分工各负其责，形成监管合力。",
    "落实传染病防控属地责任，完善联防联控工作机制。",
    "各成员单位要按照职责分工，把爱国卫生工作与本部门的业务工作同部署、同推进。",
    "对急需紧缺的高层次人才实行一人一策，在待遇、住房和科研平台上给予支持。",
    "完善基层卫生人才招聘办法，适当放宽学历、年龄等条件，拓宽人才来源。",
])
def test_a_bureau_s_head_does_not_order_what_is_the_government_s_or_another_department_s(said):
    # the fifteenth reading's BODY list: a 市卫健委主任 or 区卫健局局长 saying these was marked every time
    assert voice.in_bureau_voice(said) is None


@pytest.mark.parametrize("kind", ["annual_conference", "midyear_review"])
@pytest.mark.parametrize("region, title", [({"name": "柳河镇", "parent": "桐江县"}, "副镇长"),
                                           ({"name": "东门街道", "parent": "城南区"}, "街道办事处主任")])
def test_a_township_s_leader_speaks_for_its_government_not_a_bureau(real, kind, region, title):
    """A 副镇长's speech has no bureau in it (局里, 局班子成员, 直属单位: the nineteenth reading), no levels below it to
    address (各级各单位) and no 系统; at a half-year meeting it thanks in its own name unless the brief says for whom it
    speaks, and it sets none of the county's business (the twentieth reading)."""
    b = brief(kind=kind, year=2023, date="2023-07-20" if kind == "midyear_review" else "2023-02-20", region=region,
              speaker={"name": "陈玉兰", "title": title},
              achievements=[{"topic": "基层卫生", "facts": ["镇卫生院完成发热门诊改造"]}],
              problems=["部分村卫生室乡村医生不足"],
              priorities=[{"topic": "基层卫生", "items": ["做好家庭医生签约服务"]},
                          {"topic": "爱国卫生", "items": ["开展环境卫生整治"]}])
    for seed in (1, 2, 3):
        text = compose(b, real.bank, real.templates, seed=seed).all_text()
        assert not re.search(r"局里|委里|[局委]班子|直属单位|各级各单位|全系统|(?:镇|街道)卫生健康系统|镇政府的坚强领导|"
                             r"办事处的坚强领导", text), seed
        if kind == "midyear_review":      # half a year's thanks in its own name, as a government leader's
            assert "我代表" not in text, seed
        # nor the county's business (the twentieth reading): 上级医院's experts, 绩效工资 policy, 疾控's reform
        assert not re.search(r"上级医院[^。]{0,6}要|绩效工资政策|疾控体系|病原学|哨点医院|疾病预防控制体系|转岗培训|每个乡镇卫生院",
                             text), seed


def test_earlier_speakers_are_named_whatever_they_gave(real):
    """A 2020 deputy's special meeting opened on 讲话讲得很全面… with nobody named: the 刚才 sentence (…同志就进口冷链
    食品监管作了安排) was refused as a clinic's routine (冷链) in a government leader's mouth."""
    from jianggao.writers.text import render_text
    assert voice.too_fine("各接种单位要做好疫苗冷链管理。")
    assert not voice.too_fine("要严格进口冷链食品检测和溯源管理。")
    b = brief(kind="special_topic", year=2020, date=dt.date(2020, 12, 23),
              region={"name": "澄江区", "level": "区"}, speaker={"name": "王平", "title": "副区长"},
              meeting="全区疾病预防控制工作会议",
              previous_speakers=[
                  {"name": "何华", "title": "区卫生健康局局长", "content": "通报了全区疾病预防控制工作情况"},
                  {"name": "邓梅", "title": "区市场监管局副局长", "content": "就进口冷链食品监管作了安排"}],
              priorities=[{"topic": "疾控", "items": ["加强传染病监测预警"]}])
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    assert "何华同志通报了全区疾病预防控制工作情况" in text and "邓梅同志就进口冷链食品监管作了安排" in text, text[:400]


def test_a_commission_head_does_not_rally_under_his_own_commission(real):
    """A 2014 city 卫生计生委主任's report closed 让我们在市卫生计生委的坚强领导下: his own body's leadership."""
    from jianggao.writers.text import render_text
    for year, title in ((2014, "市卫生计生委主任"), (2022, "市卫生健康委主任")):
        org = title[:-2]
        b = brief(kind="work_report", year=year, region={"name": "淇阳市", "level": "市"},
                  speaker={"name": "陈东", "title": title, "on_behalf_of": org},
                  priorities=[{"topic": "公共卫生", "items": ["加强传染病监测预警"]}])
        text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
        assert f"在{org}的坚强领导下" not in text and "让我们在" in text, text[-300:]


def test_a_town_tells_no_health_department():
    """A 2026 镇长 said 卫生健康部门要建立全科医生培养使用台账 and 卫生健康部门要会同财政、民政、公安等部门把…流程理顺:
    a town has no health department; its 卫生院 takes its part with the county, and the county's joint work is not its to
    arrange."""
    remit = voice.Remit(voice.TOWNSHIP, "镇", dt.date(2026, 2, 26))
    said = voice.at_level("卫生健康部门要建立全科医生培养使用台账，每年检查一次。", remit)
    assert said == "镇卫生院要配合县里建立全科医生培养使用台账，每年检查一次。", said
    assert voice.at_level("卫生健康部门要会同财政、民政、公安等部门把申领、审核、发放的流程理顺。", remit) is None
    county = voice.Remit(voice.GOVERNMENT, "县", dt.date(2026, 2, 26))
    assert voice.at_level("卫生健康部门要建立全科医生培养使用台账。", county) == "卫生健康部门要建立全科医生培养使用台账。"


@pytest.mark.parametrize("kind, year, level, title", [
    ("midyear_review", 2023, "东岭县", "县卫生健康局局长"),
    ("annual_conference", 2013, "清源市", "市卫生局局长"),
    ("annual_conference", 2019, "南湖区", "区卫生健康委主任"),
])
def test_a_bureau_head_says_his_house_word_once(real, kind, year, level, title):
    """局里/委里 is a head's plain word for his bureau: once a speech, then 我们 for its duties and the bureau's name
    elsewhere (reading 56's h9 said 局里 six times in a half-year speech; sec38 and sec39 read the name as the head
    speaking of his bureau in the third person)."""
    b = brief(kind=kind, year=year, region={"name": level}, speaker={"name": "梁文斌", "title": title},
              priorities=[{"topic": "医改", "items": ["推进紧密型县域医共体建设"]},
                          {"topic": "基层卫生", "items": ["提升村卫生室服务能力"]},
                          {"topic": "公共卫生", "items": ["做好夏秋季传染病防控"]}])
    for seed in (1, 2, 3):
        speech = compose(b, real.bank, real.templates, seed=seed)
        text = "".join(x.body if isinstance(x, Heading) else x.text for x in speech.blocks)
        assert len(re.findall("局里|委里", text)) <= 1, seed
    name = levels.department(plan_of(b, real.templates).level, dt.date(year, 7, 1), short=True)
    assert name and name.startswith(level[-1])
    assert voice.house_word_once([Paragraph("报局里备案。局里要督查。")], name) == \
        [Paragraph("报局里备案。我们要督查。")]
    assert voice.house_word_once([Paragraph("局里要督查。报局里备案。")], name) == \
        [Paragraph(f"局里要督查。报{name}备案。")]
