"""Session 42: placement by shared word, as a class.  fresh52/fresh53's drafts put measures under items they shared
only character pairs with (信用记录 under 九不准 by 医疗卫生), only a broad idea with while the item named another
(村卫生室布局 under 推进村卫生室“中医阁”建设), or an idea a word of the item says in another sense (公共场所 of a
母婴室; 学习宣传贯彻 a spirit).  And a brief that names its department as merged earlier than the registry has it is
followed by the problems' answers too (fresh54's m1: 县卫生局 four times beside 县卫生计生局)."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.ideas import ideas_of
from jianggao.compose.serve import SERVES_AT, WORD_TIE, score, shares_word

FRESH = Path(__file__).resolve().parents[2] / "bench" / "fresh_briefs"

# (measure, item) tied by character pairs alone in fresh52/fresh53's drafts, wrongly: their heaviest shared content
# word weighs under WORD_TIE, or they share none
UNTIED = [
    ("要建立医疗卫生行业信用记录，把医疗机构和医务人员的违法违规行为纳入信用管理。", "严格落实加强医疗卫生行风建设“九不准”"),
    ("医疗机构和医务人员的违法违规行为要记入行业信用记录，与校验、评审和评先评优挂钩。", "增加产科、儿科床位和医护人员配置"),
    ("要发挥医疗卫生机构和医务人员在健康教育中的主力军作用，把健康教育融入诊疗服务全过程。", "全面消除乡村两级医疗卫生机构和人员“空白点”"),
    ("各基层医疗卫生机构要加强公共卫生人才队伍建设，充实疾控、妇幼、卫生监督等专业技术力量。",
     "做好国家基本公共卫生服务项目半年督导和年度绩效考核"),
    ("各乡镇要进一步发挥村（居）委会的作用，把防病知识宣传和健康服务延伸到群众身边。", "发挥中医药在新冠肺炎疫情常态化防控中的独特作用"),
    ("各社区卫生服务中心要做好重大活动医疗卫生保障，提前制定方案、落实人员、备足药品。",
     "深入推进医养结合，推动医疗卫生机构与养老机构规范签约合作"),
]
# … and rightly, by a word that weighs (体重, 育儿补贴, 新农合, 信用, 健康家庭)
TIED = [
    ("体重管理要从宣传教育入手，把吃动平衡的知识送进机关、学校、社区和企业，引导群众科学管理体重。", "持续开展体重管理年活动"),
    ("发放育儿补贴，要依托出生医学证明和户籍信息做好比对核验，资金直达、发放到人，防止漏发、错发。", "落实育儿补贴等生育支持政策"),
    ("要做好新农合参合筹资工作，坚持以家庭为单位自愿参合，乡镇合管委要把筹资工作做细做实，确保参合率稳定。",
     "提高新农合筹资和保障水平，全面推进支付方式改革"),
    ("市卫生健康综合执法支队要推进信用监管和智慧监管，提高监管的精准性和有效性。", "深化“双随机、一公开”监管和信用监管"),
    ("要进一步培育一批健康家庭、健康示范单位，发挥示范带动作用。", "开展健康社区、健康家庭创建"),
]


@pytest.mark.parametrize(("measure", "item"), UNTIED)
def test_character_pairs_alone_tie_no_measure(measure, item):
    assert not shares_word(measure, item)
    assert score(measure, item) == 0


@pytest.mark.parametrize(("measure", "item"), TIED)
def test_a_weighty_shared_word_ties_a_measure(measure, item):
    assert shares_word(measure, item)
    assert score(measure, item) >= SERVES_AT


def test_the_threshold_is_a_weight_not_a_count():
    # 公共卫生 (4.7) shared is not its rarer part 公共 (8.2): the word is weighed whole
    assert not shares_word("公共卫生工作平时看不见、关键时刻见真章，决不能因为一时平安无事就放松。", "加快推进基本公共卫生服务项目进度")
    assert 4.0 < WORD_TIE < 6.0


def test_a_broad_idea_is_no_tie_where_the_item_names_another():
    assert score("要进一步完善村卫生室布局，方便群众就近看病、就近取药。", "推进村卫生室“中医阁”建设") == 0
    assert score("要不断加强基层疫情报告人员培训，提高传染病早发现、早报告的能力。", "加强基层中医药人员培训") == 0
    # (an idea of the shared one's own area left unsaid is no bar: 加强人才培养培训 is served by 进修 lines)
    assert score("要健全人才培养体系，每年选派业务骨干到上级医院进修学习，回来后带动科室整体水平提升。", "加强人才培养培训") >= SERVES_AT
    # (a measure code is narrow: 儿科建设 ties)
    assert score("要加强儿科建设，改善儿科诊疗环境，缓解儿童看病难。", "加强产科儿科服务能力建设") >= SERVES_AT
    # the broad idea that is the item's whole subject still ties
    assert score("要把慢性病防控融入日常的诊疗和健康管理，推动慢性病防控从治疗为主向防治结合转变。", "做好慢性病综合防治") >= SERVES_AT
    # and an item of two clauses may be served on either's idea
    assert score("各乡镇要建立健全环境卫生长效管理机制，防止脏乱差问题反弹。",
                 "巩固国家卫生县城创建成果，深入开展城乡环境卫生整洁行动") >= SERVES_AT


def test_a_word_in_another_sense_names_no_idea():
    assert "公共场所卫生" not in ideas_of("推进公共场所母婴室建设")
    assert "公共场所卫生" in ideas_of("加强公共场所卫生监督，推行量化分级管理")
    assert score("自然灾害发生后，要及时开展灾区卫生防疫，做好饮用水消毒和环境消杀。", "推进公共场所母婴室建设") == 0
    assert "宣传引导" not in ideas_of("深入学习宣传贯彻党的十九大精神")
    assert "宣传引导" in ideas_of("要加强政策宣传，营造良好氛围")


def test_fresh53_k6_and_k1_items_keep_their_own_content(real):
    k6 = compose(load_brief(FRESH / "fresh53_k6.yaml"), real.bank, real.templates, seed=1).all_text()
    assert "自然灾害" not in k6 and "母婴室要有人管" in k6
    k1 = compose(load_brief(FRESH / "fresh53_k1.yaml"), real.bank, real.templates, seed=1).all_text()
    after = k1.split("十九大精神", 1)[1][:120]
    assert "减盐" not in after and "婚育新风" not in after


def test_the_answers_name_the_department_as_the_brief_does(real):
    # a 2014 county whose earlier speaker is 县卫生和计划生育局局长: the registry merges counties' bureaus in 2015
    text = compose(load_brief(FRESH / "fresh54_m1.yaml"), real.bank, real.templates, seed=1).all_text()
    said = text.replace("县卫生局和县人口计生局", "")
    assert "县卫生计生局" in said and "县卫生局" not in said
