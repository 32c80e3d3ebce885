"""One home for each idea (issue 13, class REP; the twenty-sixth and twenty-seventh readings): a key phrase is not said
twice within ~300 characters, no target is set twice, no two sentences of a paragraph open alike, and a numbered item
does not say its subsection's heading again; each repaired, not deleted, where it can be."""
from __future__ import annotations

import re

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose import finish, once
from jianggao.compose.core import compose
from jianggao.compose.picker import sentences_of
from jianggao.model.speech import Heading, Paragraph
from jianggao.render import load_resources
from jianggao.writers.text import render_text


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def test_a_phrase_said_again_nearby_loses_its_clause_not_its_sentence():
    parts = [[["要健全托育服务体系。", "要摸清托育需求，支持社会力量举办普惠托育机构，扩大普惠托育服务供给。",
               "鼓励用人单位办托，增加普惠托育服务供给，让一般家庭送得起。"]]]
    once.near_once(parts, [[Paragraph("")]], ())
    assert parts[0][0][2] == "鼓励用人单位办托，让一般家庭送得起。" or "普惠托育服务供给" not in parts[0][0][2]
    assert len(parts[0][0]) == 3        # repaired, not dropped


def test_a_sentence_that_is_the_phrase_again_goes_and_an_items_one_measure_stays():
    said = "疫苗从进货、储存到接种的每一个环节都要有记录、可追溯。"
    again = "疫苗从入库、储存到接种的每一个环节都要有记录、可追溯。"
    parts = [[["一是做好常态化疫情防控。", said, "要做好流行季节的疫情研判。", again, "加强接种人员培训。"]]]
    once.near_once(parts, [[Paragraph("")]], ())
    assert again not in parts[0][0]
    # an item's one measure is its item's home: it stays whatever it repeats
    parts = [[["要做好流行季节的疫情研判。", said], ["二是抓好免疫规划。", again]]]
    once.near_once(parts, [[Paragraph(""), Paragraph("")]], ())
    assert parts[0][1] == ["二是抓好免疫规划。", again]


def test_a_leading_clause_goes_only_where_it_is_a_duty_of_its_own():
    # the topic or the object of a sentence stays with it
    topic = "对高危孕产妇专案管理对象，要做到早筛查、早识别、早干预，实行全程跟踪管理。"
    assert once.without(topic, once.phrases("高危孕产妇专案管理")) in (None, "")
    subject = "各单位主要负责同志是第一责任人，对各项重点任务要亲自部署、亲自过问。"
    assert once.without(subject, once.phrases("主要负责同志是第一责任人")) in (None, "")
    # a frame of manner or a duty of its own may go
    frame = "按照疫情防控的要求，加强核酸检测能力建设，做到采样、检测、报告各环节衔接顺畅。"
    assert once.without(frame, once.phrases("按照疫情防控的要求")) == "加强核酸检测能力建设，做到采样、检测、报告各环节衔接顺畅。"


def test_two_sentences_running_do_not_open_with_the_same_body_and_duty():
    parts = [[["三是抓好传染病防控。", "市疾控中心要做好流行季节和节假日期间的疫情研判，提前制定防控方案。",
               "市疾控中心要做好重点传染病的流行病学调查，查清传播链条。"]]]
    once.openings_vary(parts)
    assert parts[0][0][2] == "还要做好重点传染病的流行病学调查，查清传播链条。"


def test_a_clause_a_paragraph_opened_with_is_not_said_again_at_a_later_head():
    parts = [[["二是发展普惠托育服务。", "发展普惠托育服务，要把托育服务设施纳入城乡规划和新建小区配套，让家长就近送托。",
               "发展普惠托育服务，要支持社会力量、用人单位和社区举办托育机构。"]]]
    once.openings_vary(parts)
    assert parts[0][0][2] == "要支持社会力量、用人单位和社区举办托育机构。"


def test_a_target_is_set_once():
    parts = [[["今年卫生健康工作的主要目标是：医养结合机构力争由14家提高到18家。"]],
             [["（三）推动医养结合提质增效。", "一是发展医养结合服务，医养结合机构力争由14家提高到18家。", "要推动签约合作。"],
              ["围绕人口家庭工作，今年的目标是每千人口托位数力争由2.9个提高到3.5个。", "重点是发展普惠托育服务。"],
              ["托位数力争由2.9个提高到3.5个，这是今年人口家庭工作要努力实现的目标。", "要摸清托育需求。"]]]
    once.target_once(parts)
    assert parts[1][0][1] == "一是发展医养结合服务。"
    assert parts[1][1][0].startswith("围绕人口家庭工作")       # the first time it is set
    assert not any("3.5个" in s for s in parts[1][2])         # the second time it goes


@pytest.mark.parametrize(("item", "heading", "restated"), [
    ("推进中医药传承创新发展。", "推动中医药传承创新发展", True),
    ("加强卫生人才队伍建设。", "筑牢卫生健康人才支撑", True),
    ("加强人才培养培训。", "筑牢卫生健康人才支撑", False),
    ("做好慢性病综合防治。", "织牢织密公共卫生防护网", False),
    ("做好常态化疫情防控。", "提升疾病防控能力", False),
])
def test_an_item_restating_its_heading_is_seen(item, heading, restated):
    assert once.restates(item, heading, ("人才队伍", "人才", "卫生人才", "中医药", "公共卫生", "常态化疫情防控", "疾病防控")) \
        is restated


def test_an_item_restating_its_heading_takes_a_narrower_facet_or_merges_but_is_never_dropped():
    shells = [[Heading(2, "", "筑牢卫生健康人才支撑。", ""), Paragraph(""), Paragraph("")]]
    parts = [[["要坚持人才强卫。"], ["一是加强人才培养培训。", "用好对口支援和进修培训。"],
              ["二是加强卫生人才队伍建设。", "做好卫生专业技术人员的岗位管理，实行按需设岗、竞聘上岗。", "建立名医传帮带机制。"]]]
    once.items_not_parent(parts, shells, (), ("人才队伍", "人才", "卫生人才"))
    assert parts[0][2][:2] == ["二是做好卫生专业技术人员的岗位管理，实行按需设岗、竞聘上岗。", "建立名医传帮带机制。"]
    # the brief's own item under a heading that says it: the heading takes the brief's words, the item merges into it
    shells = [[Heading(2, "", "推动中医药传承创新发展。", ""), Paragraph("")]]
    parts = [[["一是推进中医药传承创新发展。", "加强基层中医馆建设。"], ["二是提升中医药服务能力。", "发挥中医药简便验廉的优势。"]]]
    once.items_not_parent(parts, shells, ("推进中医药传承创新发展",), ("中医药",))
    assert shells[0][0].text == "推进中医药传承创新发展。"
    assert parts[0][0] == ["加强基层中医馆建设。"]
    assert parts[0][1][0] == "要提升中医药服务能力。"      # one item left is no list


_TARGET = re.compile(r"(?:力争|要在|要从)[^。；]*?(?:提高到|达到|降到|降至|控制在|保持在)(\d+(?:\.\d+)?[^\d，。；、]{0,3})")


def test_a_target_set_in_the_aims_paragraph_is_not_set_again_in_any_of_its_wordings():
    parts = [[["今年的主要目标是：每千人口托位数要在4.2个的基础上提高到4.5个，确保婴儿死亡率继续控制在2.5‰以内。"]],
             [["年内，每千人口托位数要在4.2个的基础上提高到4.5个。", "一是发展普惠托育服务。"],
              ["二是做实家庭医生签约服务，签约服务覆盖率要从去年的31.5%提高到35%。"],
              ["签约服务覆盖率要从去年的31.5%提高到35%，重点人群应签尽签。"]]]
    once.target_once(parts)
    assert parts[0][0][0].startswith("今年的主要目标是")          # the first time it is set stays
    assert parts[1][0] == ["一是发展普惠托育服务。"]               # the subsection's lead said it again: it goes
    assert "35%" in parts[1][1][0]
    assert parts[1][2] == ["重点人群应签尽签。"] or "35%" not in "".join(parts[1][2])


@pytest.mark.parametrize("name", ["b04_work_report_2017_district_rich", "b13_annual_2025_county_rich",
                                  "b08_special_2021_jikong_city_rich", "b14_work_report_2026_city_rich"])
def test_a_composed_speech_sets_each_target_once_and_opens_no_two_sentences_alike(resources, name):
    brief = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
    text = render_text(compose(brief, resources.bank, resources.templates, seed=1), "txt")
    figures = [f for s in sentences_of(text) for f in set(_TARGET.findall(s))]
    assert len(figures) == len(set(figures)), figures
    for para in text.splitlines():
        ss = sentences_of(para)
        for a, b in zip(ss, ss[1:], strict=False):
            m = re.match(r"^([^，。；：]{3,12}?)要", a)
            assert not (m and b.startswith(m.group(0)) and not re.search(r"\d", m.group(1))), (a, b)


def test_finish_runs_the_passes():
    assert finish.one_home is once


# --- a brief item named where it is deployed and once more (issue 13, names14) -------------------------------------

def test_an_item_said_in_its_home_is_named_once_more_then_by_kind():
    items = ["深化紧密型县域医共体建设", "推进县级公立医院高质量发展"]
    parts = [
        [["把今年紧密型县域医共体建设、县级公立医院高质量发展等任务部署下去。"]],
        [["一是深化紧密型县域医共体建设。"], ["二是推进县级公立医院高质量发展。"]],
        [["紧密型县域医共体建设、县级公立医院高质量发展等各项任务能不能完成，关键看落实。"],
         ["县政府将定期听取紧密型县域医共体建设等重点任务的进展汇报。",
          "对紧密型县域医共体建设等任务推进不力的，县政府将通报约谈。"],
         ["深化紧密型县域医共体建设、推进县级公立医院高质量发展这两件事，要定下时间表、路线图。"]],
    ]
    once.names_twice(parts, ["opening", "tasks", "safeguards"], items)
    assert parts[0][0][0] == "把今年紧密型县域医共体建设、县级公立医院高质量发展等任务部署下去。"   # the one reference
    assert parts[1] == [["一是深化紧密型县域医共体建设。"], ["二是推进县级公立医院高质量发展。"]]          # the home
    assert parts[2][0][0] == "各项任务能不能完成，关键看落实。"
    kinds = "|".join(once._BY_KIND[""])
    assert re.fullmatch(f"县政府将定期听取(?:{kinds})任务的进展汇报。", parts[2][1][0]), parts[2][1]
    assert re.fullmatch(f"对(?:{kinds})任务推进不力的，县政府将通报约谈。", parts[2][1][1]), parts[2][1]
    assert re.fullmatch("会上(?:部署的|点到的几项)重点任务，要定下时间表、路线图。", parts[2][2][0]), parts[2][2]


def test_an_item_not_yet_referred_to_keeps_its_one_reference_in_a_list():
    items = ["推进疾控体系改革", "加强慢性病综合防控"]
    parts = [[["一是推进疾控体系改革。", "二是加强慢性病综合防控。"]],
             [["疾控体系改革、慢性病综合防控等任务要建立工作台账。",
               "今天部署的任务中，推进疾控体系改革、加强慢性病综合防控是今年要啃的硬骨头。",
               "特别是推进疾控体系改革，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items)
    assert parts[1][0][0] == "疾控体系改革、慢性病综合防控等任务要建立工作台账。"
    many = "|".join(once._BY_KIND["many"])
    # (not 难度大的几项是今年要啃的硬骨头: the hard ones are hard, read as a name left out — round 42)
    assert parts[1][0][1] == "今天部署的任务中，有的是今年要啃的硬骨头。", parts[1][0]
    assert many
    # (rep21: 特别是 said by kind names the tasks set at the meeting; 特别是最难啃的一项 pointed at nothing, b22)
    assert parts[1][0][2] == "特别是会上部署的重点任务，年底前要拿出看得见的结果。", parts[1][0]


def test_a_list_cut_to_the_items_still_to_be_named_and_a_review_left_alone():
    items = ["推进城市医疗集团建设", "推进检查检验结果互认"]
    parts = [[["城市医疗集团建设通过省级评估。"]],
             [["一是推进城市医疗集团建设。", "城市医疗集团建设要见到实效。"], ["二是推进检查检验结果互认。"]],
             [["城市医疗集团建设、检查检验结果互认等任务要建立工作台账。",
               "推进城市医疗集团建设这样的任务，要到现场去抓。", "保障城市医疗集团建设所需的资金。"]]]
    once.names_twice(parts, ["review", "tasks", "safeguards"], items)
    assert parts[0][0] == ["城市医疗集团建设通过省级评估。"]           # last year's result, not the task named
    # the home and the funding line (no way to say it by kind) are its two places: the ledger names the other
    assert parts[2][0][0] == "检查检验结果互认等任务要建立工作台账。"
    assert parts[2][0][1] == "各项任务，要到现场去抓。"
    assert parts[2][0][2] == "保障城市医疗集团建设所需的资金。"     # no way to say it by kind: it stays


def test_an_item_its_home_names_in_two_paragraphs_is_said_by_kind_after_that():
    """A subsection heading and its numbered item are two places a listener hears the item: the safeguards and the close
    then say it by kind (round 40, b24: 城市医疗集团建设 in a heading, its item, the safeguards and the close)."""
    items = ["推进城市医疗集团建设"]
    parts = [[["（一）深化公立医院改革和城市医疗集团建设。"], ["二是推进城市医疗集团建设。"]],
             [["城市医疗集团建设等任务要建立工作台账。"]],
             [["同志们，特别是城市医疗集团建设，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards", "closing"], items)
    kinds = "|".join(once._BY_KIND[""])
    assert re.fullmatch(f"(?:{kinds})任务要建立工作台账。", parts[1][0][0]), parts[1]
    assert parts[2][0][0] == "同志们，特别是会上部署的重点任务，年底前要拿出看得见的结果。", parts[2]


def test_a_subsection_heading_naming_an_item_is_one_of_its_places():
    """The heading block (its text is not among the paragraph's sentences) is heard: with the item's own paragraph it
    spends both places, and the close says the item by kind (b24)."""
    items = ["推进城市医疗集团建设"]
    shells = [[Heading(2, "（一）", "深化公立医院改革和城市医疗集团建设", ""), Paragraph("")], [Paragraph("")]]
    parts = [[["年内，签约服务覆盖率要提高。"], ["二是推进城市医疗集团建设。"]],
             [["同志们，特别是城市医疗集团建设，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items, shells=shells)
    assert parts[1][0][0] == "同志们，特别是会上部署的重点任务，年底前要拿出看得见的结果。", parts[1]
    parts = [[["年内，签约服务覆盖率要提高。"], ["二是推进城市医疗集团建设。"]],
             [["同志们，特别是城市医疗集团建设，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items)      # without the heading: one place left, the close's
    assert parts[1][0][0] == "同志们，特别是城市医疗集团建设，年底前要拿出看得见的结果。"


def test_the_funding_line_says_an_item_by_kind_and_the_close_keeps_its_name():
    items = ["推进社区医院建设"]
    parts = [[["一是推进社区医院建设。"]],
             [["社区医院建设所需资金，财政部门要及早列入预算、足额拨付。"],
              ["同志们，今年的短板能不能补上，很大程度上要看社区医院建设这件事抓得怎么样。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items)
    assert re.fullmatch("(?:重点项目|今年的建设项目)所需资金，财政部门要及早列入预算、足额拨付。", parts[1][0][0]), parts[1]
    assert parts[1][1][0] == "同志们，今年的短板能不能补上，很大程度上要看社区医院建设这件事抓得怎么样。"


def test_an_item_a_line_cannot_say_by_kind_spends_its_place_there():
    """A line with no way to say an item by kind (保障…所需的资金) names it: the close then says it by kind, so the item is
    named in two places, not three."""
    items = ["深化紧密型县域医共体建设"]
    parts = [[["一是深化紧密型县域医共体建设。"]],
             [["保障紧密型县域医共体建设所需的资金。"],
              ["同志们，今年的短板能不能补上，很大程度上要看紧密型县域医共体建设这件事抓得怎么样。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items)
    assert parts[1][0] == ["保障紧密型县域医共体建设所需的资金。"]
    assert "紧密型县域医共体建设" not in parts[1][1][0] and parts[1][1][0].endswith("抓得怎么样。"), parts[1][1]


def test_the_safeguards_checks_say_an_item_by_kind_once_the_close_has_named_it():
    """The safeguards' check on one task and on standing work say it by kind where the close names it (b13: home, 进度表
    line and close; b01: 这类工作贵在持之以恒)."""
    items = ["深化紧密型县域医共体建设", "巩固基本药物制度"]
    parts = [[["一是深化紧密型县域医共体建设。"], ["二是巩固基本药物制度。"]],
             [["紧密型县域医共体建设要排出进度表，什么时候完成、由谁验收，都要事先定下来。",
               "基本药物制度这类工作贵在持之以恒。", "基本药物制度不能抓一阵、松一阵。"],
              ["同志们，特别是紧密型县域医共体建设、基本药物制度，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards"], items)
    assert parts[1][1] == ["同志们，特别是紧密型县域医共体建设、基本药物制度，年底前要拿出看得见的结果。"]
    assert re.fullmatch("(?:今年的|会上部署的)?重点任务要排出进度表，.*", parts[1][0][0]), parts[1][0]
    assert re.fullmatch("(?:常态化的|日常性的)工作贵在持之以恒。", parts[1][0][1]), parts[1][0]
    assert re.fullmatch("(?:有的|不少)任务不能抓一阵、松一阵。", parts[1][0][2]), parts[1][0]


@pytest.mark.parametrize("name", ["b13_annual_2025_county_rich", "b22_annual_2026_district_rich",
                                  "b06_midyear_2019_county", "b24_special_2025_yigai_district"])
def test_a_composed_speech_names_no_item_in_more_than_two_list_places(resources, name):
    """The opening, safeguards and close name a brief item at most once between them beside its deployment."""
    brief = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
    text = render_text(compose(brief, resources.bank, resources.templates, seed=1), "txt")
    tasks = text.index("（一）")
    for group in brief.priorities:
        for item in group.items:
            name_ = re.sub(r"^(?:深化|推进|加快|健全|抓好|落实|实施|加强|完善|提升|做好|开展)", "", item)
            lists = [line for line in text.splitlines() if name_ in line and re.search(
                rf"{re.escape(name_)}(?:、|等|这两件事|这样的|是今年|是下半年|尤其|，年底)", line)]
            assert len(lists) <= 1 + (name_ not in text[tasks:]), (item, lists)


# --- one idea once (issue 13, the round 35 readers: the same idea in other words) ---------------------------------
from jianggao.compose import ideas  # noqa: E402


@pytest.mark.parametrize("before, again", [
    ("今年要着力实施基层中医药服务能力提升工程。", "要加强基层中医药服务能力建设。"),
    ("增加普惠性托育服务供给。", "增加普惠托育服务供给"),
    ("生育政策调整后，要加强政策解读，优化服务流程，方便群众办事。", "要做好政策解读和咨询服务"),
])
def test_the_same_idea_in_other_words_is_seen_by_its_content(before, again):
    assert ideas.same_idea(again, ideas.content_pairs(before))


@pytest.mark.parametrize("before, other", [
    ("一是巩固基本药物制度。", "村卫生室要做好基本药物的配备和使用"),
    ("把村卫生室标准化建设任务逐村列成清单，乡镇和村各负其责。", "有条件的乡镇卫生院要恢复和开展住院服务"),
    ("加强重点传染病防治。", "做好登革热病媒生物监测和孳生地清理"),
])
def test_a_measure_of_its_own_is_not_the_same_idea(before, other):
    assert not ideas.same_idea(other, ideas.content_pairs(before))


def test_a_measure_said_before_is_refused_whole_or_by_a_clause_and_an_items_words_are_its_subject():
    said = [ideas.content_pairs("增加普惠性托育服务供给，让一般家庭送得起。")]
    assert ideas.said_before("要支持有条件的幼儿园开设托班，增加普惠托育服务供给。", said)
    assert not ideas.said_before("要支持有条件的幼儿园开设托班，招收2至3岁幼儿。", said)
    # across the speech only the whole sentence counts, more strictly
    speech = [ideas.content_pairs("把在岗乡村医生轮训作为常态，每年轮训一遍。")]
    assert ideas.said_before("乡村医生轮训要作为常态，每年轮训一遍。", [], speech)
    # the item's own words are its measures' subject: 村卫生室标准化建设 in each is no repeat
    item = ideas.content_pairs("完成剩余村卫生室标准化建设")
    area = [ideas.content_pairs("村卫生室标准化建设任务要逐村列成清单，按季度通报进度。")]
    assert not ideas.said_before("村卫生室标准化建设完成后，要同步落实村医和药品配备。", area, (), item)


def test_a_subsection_says_an_idea_once_repairing_the_sentence_that_says_it_again():
    parts = [[["（三）推进托育服务发展。"],
              ["一是增加普惠托育服务供给。", "要摸清辖区三岁以下婴幼儿数量，增加普惠性托育服务供给。",
               "要支持有条件的幼儿园开设托班，增加普惠托育服务供给，让一般家庭送得起。"]]]
    shells = [[Heading(2, "（三）", "推进托育服务发展。"), Paragraph("")]]
    once.ideas_once(parts, shells, ["tasks"], ())
    assert parts[0][1][2] == "要支持有条件的幼儿园开设托班，让一般家庭送得起。"
    # the brief's words stay where they are
    parts = [[["（三）推进托育服务发展。"],
              ["一是增加普惠托育服务供给。", "增加普惠性托育服务供给，每千人口托位数力争达到4.5个。"]]]
    once.ideas_once(parts, shells, ["tasks"], ("每千人口托位数",))
    assert len(parts[0][1]) == 2


def test_a_set_phrase_is_said_within_its_ration():
    parts = [[["毫不放松抓好冬春季疫情防控，落实各项措施。", "要毫不放松抓好重点场所防控。"],
              ["推进预约诊疗，让群众少排队、少跑腿。", "生育登记要推行网上办理，申请材料能在网上提交的一律在网上提交，让群众少跑腿。",
               "电子健康档案要向本人开放。"]]]
    once.rationed_once(parts, ())
    text = "".join(s for part in parts for para in part for s in para)
    assert text.count("毫不放松") == 1 and "要抓好重点场所防控。" in text
    assert len(re.findall("少跑腿|少排队", text)) <= 2 and "生育登记要推行网上办理，申请材料能在网上提交的一律在网上提交。" in text
    # a duty left as a bare headline keeps its purpose (发展互联网医疗和远程医疗。 alone is a stub)
    parts = [[["推进预约诊疗，让群众少跑腿。", "要发展互联网医疗和远程医疗，让信息多跑路、群众少跑腿。"]]]
    once.rationed_once(parts, ())
    assert parts[0][0][1] == "要发展互联网医疗和远程医疗，让信息多跑路、群众少跑腿。"


def test_the_guidance_studied_is_said_once_in_the_general_line():
    parts = [[["2014年是关键一年。", "做好今年的工作，要深入学习贯彻党的十八大和十八届二中、三中全会精神。",
               "党的十八届三中全会对全面深化改革作出了总体部署。"],
              ["2014年全县卫生工作的总体思路是：深入贯彻党的十八大和十八届三中全会精神，坚持以深化医药卫生体制改革为动力。"]]]
    once.guidance_once(parts)
    text = "".join(s for part in parts for para in part for s in para)
    assert len(re.findall(r"学习贯彻党的|贯彻党的", text)) == 1 and "总体思路是：深入贯彻党的十八大" in text
    parts = [[["做好今年的工作，要深入学习贯彻党的十八大和十八届历次全会精神，把上级的决策部署落实到全区工作的各个方面。"],
              ["全区卫生计生工作的总体思路是：深入贯彻党的十八大和十八届历次全会精神，坚持以人民健康为中心。"]]]
    once.guidance_once(parts)
    assert parts[0][0] == ["做好今年的工作，要把上级的决策部署落实到全区工作的各个方面。"]     # the duty keeps its 要
    assert "党的十八届三中全会对全面深化改革作出了总体部署。" in text      # a plenum's decision is content


def test_two_targets_of_one_figure_are_two_targets():
    parts = [[["一是深化改革，力争临临率达到0.1%。", "二是抓好监测，力争临临临率达到0.1%。", "要推动签约合作。"]]]
    once.target_once(parts, ["力争临临率达到0.1%", "力争临临临率达到0.1%"])
    assert parts[0][0][:2] == ["一是深化改革，力争临临率达到0.1%。", "二是抓好监测，力争临临临率达到0.1%。"]
    # a short form of a name the brief sets once is the same target said again
    parts = [[["每千人口托位数力争由2.9个提高到3.5个。", "一是发展托育，托位数力争由2.9个提高到3.5个。"]]]
    once.target_once(parts, ["每千人口托位数力争由2.9个提高到3.5个"])
    assert parts[0][0][1] == "一是发展托育。"


def test_the_safeguards_funding_line_says_an_item_by_kind_once_the_close_has_named_it():
    """The close names the year's key item; the safeguards' funding line before it then says it by kind (社区医院建设这样的
    工程，钱不到位就开不了工 beside 特别是社区医院建设，年底前… named it twice outside its home: heads16's close first)."""
    items = ["推进社区医院建设", "推进卫生人才引育工程"]
    parts = [[["一是推进社区医院建设。"], ["二是推进卫生人才引育工程。"]],
             [["社区医院建设这样的工程，钱不到位就开不了工、见不了效。", "卫生人才引育工程，钱不到位就落不了地、见不了效。"]],
             [["同志们，特别是社区医院建设、卫生人才引育工程，年底前要拿出看得见的结果。"]]]
    once.names_twice(parts, ["tasks", "safeguards", "closing"], items)
    assert parts[2][0][0] == "同志们，特别是社区医院建设、卫生人才引育工程，年底前要拿出看得见的结果。"
    assert parts[1][0] == ["建设类工程，钱不到位就开不了工、见不了效。", "有的任务，钱不到位就落不了地、见不了效。"]


def test_a_long_name_said_twice_in_a_paragraph_goes_on_in_its_short_form():
    shells = [[Paragraph("")]]
    parts = [[["家庭医生签约服务要提质扩面。", "家庭医生签约服务要突出重点人群。", "家庭医生签约服务要做实履约。",
               "让家庭医生签约服务真正签而有约。"]]]
    once.names_short(parts, shells, ())
    assert parts[0][0][:2] == ["家庭医生签约服务要提质扩面。", "家庭医生签约服务要突出重点人群。"]
    assert parts[0][0][2:] == ["签约服务要做实履约。", "让签约服务真正签而有约。"]


def test_a_short_form_that_would_name_something_else_is_not_used():
    shells = [[Paragraph("")]]
    para = ["严重精神障碍患者要规范管理。", "严重精神障碍患者要按时随访。", "慢性病患者要签约管理。", "严重精神障碍患者要规范服药。"]
    parts = [[list(para)]]
    once.names_short(parts, shells, ())
    assert parts[0][0] == para                      # 患者 would also be the 慢性病患者
    parts = [[["严重精神障碍患者要规范管理。", "严重精神障碍患者要按时随访。", "严重精神障碍患者规范管理率要达到90%。",
               "严重精神障碍患者要规范服药。"]]]
    once.names_short(parts, shells, ())
    assert parts[0][0][2].startswith("严重精神障碍患者规范管理率")       # the brief's figure keeps its name
    assert parts[0][0][3] == "患者要规范服药。"


def test_one_image_a_subsection():
    shells = [[Heading(2, "（三）", "保障母婴安全。", ""), Paragraph(""), Heading(2, "（四）", "加强疾病防控。", "")]]
    parts = [[["（三）保障母婴安全。"],
              ["加强高危孕产妇筛查评估和分级管理，守牢母婴安全底线。",
               "市妇幼保健院要推动孕产妇早孕建册和规范产检，从孕早期就把母婴安全的关口守住。"],
              ["（四）加强疾病防控。", "筑牢免疫屏障，做到早发现、早报告。", "各级医疗机构要落实传染病疫情监测制度，做到早识别、早处置。"]]]
    once.images_once(parts, shells, ())
    assert parts[0][1] == ["加强高危孕产妇筛查评估和分级管理，守牢母婴安全底线。", "市妇幼保健院要推动孕产妇早孕建册和规范产检。"]
    assert parts[0][2][1] == "筑牢免疫屏障，做到早发现、早报告。"     # a new subsection: its first guard stays
    assert parts[0][2][2] == "各级医疗机构要落实传染病疫情监测制度。"


# The round 39 readers' echoes (heading or item, then the clause after it) and what is not one (a facet, a topic named,
# a problem stated, another subject).
ECHOES = [("落实全面两孩政策配套措施", "落实生育政策配套措施"), ("加强疫苗接种规范化管理", "加强预防接种规范化管理"),
          ("深入开展爱国卫生运动", "广泛开展群众性爱国卫生运动"), ("发展普惠托育服务", "发展普惠托育服务"),
          ("深入开展夏季爱国卫生运动", "下半年要着力深入开展夏季爱国卫生运动"), ("推进农村改厕", "进一步科学推进农村改厕"),
          ("完善生育支持政策", "要着力落实好各项生育支持措施"), ("扩大新农合重大疾病保障病种", "进一步开展新农合重大疾病保障工作")]
NOT_ECHOES = [("抓好传染病防控", "对重点传染病"), ("切实提升医疗服务质量和水平", "加强医疗质量管理"),
              ("持续深化医药卫生体制改革", "深化公立医院改革"), ("提升县级医院服务能力", "持续加强县级公立医院重点专科建设"),
              ("规范居民健康档案管理", "要进一步推动居民健康档案向本人开放"), ("推进医防协同", "医防协同机制尚不健全"),
              ("加强出生缺陷防治", "要着力加强儿童健康管理和出生缺陷综合防治"), ("引进和留住人才", "对引进的急需人才"),
              ("加强卫生人才队伍建设", "加强卫生监督的队伍建设")]


@pytest.mark.parametrize(("head", "clause"), ECHOES)
def test_a_clause_saying_its_heading_again_in_other_words_is_seen(head, clause):
    assert once.says_head_again(head, clause)


@pytest.mark.parametrize(("head", "clause"), NOT_ECHOES)
def test_a_facet_a_topic_or_a_problem_under_a_heading_is_not_an_echo(head, clause):
    assert not once.says_head_again(head, clause)


def test_an_item_after_its_subsection_s_lead_restating_the_heading_goes():
    # （一）推进紧密型县域医共体建设。…一是推进紧密型县域医共体建设。 (round 39): the item's head goes, the items after it
    # are counted again
    shells = [[Heading(2, "（一）", "推进紧密型县域医共体建设", ""), Paragraph("")]]
    parts = [[["要让医共体真正运行起来。", "一是推进紧密型县域医共体建设。", "要统一医共体内的人员管理。", "二是推进分级诊疗。",
               "要畅通双向转诊。"], ["三是加强医保支付。", "要推行总额付费。"]]]
    once.items_not_parent(parts, shells, (), ())
    assert parts[0][0] == ["要让医共体真正运行起来。", "要统一医共体内的人员管理。", "一是推进分级诊疗。", "要畅通双向转诊。"]
    assert parts[0][1][0] == "二是加强医保支付。"


@pytest.mark.parametrize("sentence", [
    "各项任务最终都要落到项目和资金上，资金保障跟不上，任务就会落空。",
    "资金要跟着任务走，没有资金保障，任务就落不了地，资金安排要跟上。",
    "改好的厕所要逐户验收，不符合无害化卫生厕所标准的，不验收、不补助。",
    # (fresh32: a topic and the comment on it, …；环境卫生好不好，是…感受, lost the topic: …；是群众对一个地方…)
    "群众关心的事很具体：就医环境是不是改善了；环境卫生好不好，是群众对一个地方最直观的感受。",
    # (越是…，越要…: the condition went and left …农村，越要下功夫)
    "城乡环境卫生的短板多在背街小巷、城乡接合部和农村，越是不起眼的地方，越要下功夫。",
])
def test_a_condition_the_next_clause_leans_on_is_no_repeat(sentence):
    """A clause that sets the condition of the next (X跟不上，任务就会落空) carries that clause's point: it stays even
    where an earlier clause shares its words (reading 45: 落到项目和资金上，任务就会落空)."""
    assert once.clause_once(sentence, frozenset(), ()) == sentence


def test_a_repeat_cut_never_leaves_a_condition_without_its_consequence():
    """once.without cuts the clause said before only where what is left stands: a 的-phrase keeps the clause that
    completes it (land23: 重点任务推进滞后的，牵头单位要说明原因… became 重点任务推进滞后的。)."""
    s = "重点任务推进滞后的，牵头单位要说明原因、拿出补救措施。"
    assert once.without(s, {"说明原因"}, lambda c: {"说明原因"} if "说明原因" in c else set()) in (None, "")


@pytest.mark.parametrize("sentence, cut", [
    ("艾滋病、梅毒和乙肝母婴阻断要从孕早期抓起，检测要覆盖全部孕产妇，查出感染的要全程规范干预。", "母婴阻断"),
    ("高血压、糖尿病患者的健康管理要做实，随访要按规范的频次开展，血压血糖控制不好的及时转诊。", "健康管理"),
    ("适龄儿童的免疫规划疫苗要应种尽种，接种要严格执行安全注射和查验制度。", "免疫规划"),
])
def test_a_cut_leading_clause_never_leaves_a_bare_act_as_subject(sentence, cut):
    """Where the leading clause goes as said before, what is left must not open on a bare act whose object was in it
    (pair60's h7: …母婴阻断要从孕早期抓起 cut left 检测要覆盖全部孕产妇 — test for what?)."""
    left = once.without(sentence, {cut}, lambda c: {cut} if cut in c else set())
    assert left is None or left == "" or not re.match(r"^(?:检测|随访|接种)要", left), left


def test_a_cut_leading_clause_may_leave_a_body_s_duty():
    """… while a body's own duty after it still stands alone (市级医院要… cut, 各乡镇卫生院要… left)."""
    s = "市级医院要加强院前院内衔接，各乡镇卫生院要做好伤员转运和交接工作。"
    assert once.without(s, {"衔接"}, lambda c: {"衔接"} if "衔接" in c else set()) == "各乡镇卫生院要做好伤员转运和交接工作。"


@pytest.mark.parametrize("clause, after", [("签约居民需要转诊时", "能够优先预约专家号源和住院床位"),
                                           ("患者出院以后", "由家庭医生接着随访"),
                                           ("随着人口老龄化加快", "慢性病患者越来越多")])
def test_a_clause_that_sets_a_time_or_ground_is_never_left_without_what_it_waits_for(clause, after):
    """fresh21 r2 was left as 家庭医生团队要有上级医院医生参与，签约居民需要转诊时。 by a repeat cut."""
    assert once.binds(clause, after)


@pytest.mark.parametrize("clause", ["检验结果要及时", "资金要按时", "做好疫情报告的同时"])
def test_an_adverb_of_time_is_no_clause_waiting(clause):
    assert once.opens_condition(clause) is (clause.endswith("同时"))
