"""What the speaker at his level, in his role and his month may decide (level29, compose.voice.within_level and
model/body_work): a city 督促s its counties over the 基层's posts and money; a budget passed by the 人代会 is 统筹ed;
a department 争取s posts and money; a county or a township 协调s 医保's tilt; a township completes the county's
targets; a county carries out the province's pay system; a township's clinic, not its government, does disease
control; an urban district's subdivisions are its 街道 and 社区.  Checked on the rules and on drafts of our briefs."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.compose.voice import Remit, in_remit
from jianggao.model import levels
from jianggao.writers.text import render_text

D = dt.date
LEVEL_BRIEFS = Path(__file__).resolve().parents[2] / "bench" / "level_briefs"


@pytest.mark.parametrize(("remit", "sentence", "said", "unsaid"), [
    # a city with counties: the 基层's posts, money and hiring are the counties'; its hospitals support the counties'
    (Remit("government", "市", D(2023, 3, 10)),
     "市卫生健康委要把基层医疗卫生机构今年需要补充的岗位和人数算清楚；请市委编办把基层医疗卫生机构的空编优先用于招聘。",
     "督促各县（市、区）把基层医疗卫生机构", "请市委编办把基层"),
    (Remit("government", "州", D(2019, 4, 2)), "请州委编办把乡镇卫生院的空编优先用于招聘。", "各县（市、区）要把乡镇卫生院",
     "编办把"),
    (Remit("government", "市", D(2016, 3, 1)), "财政部门要落实基层医疗卫生机构财政补助政策，保障机构正常运行。",
     "督促各县（市、区）落实", None),
    (Remit("government", "市", D(2023, 3, 10)), "编办要核定落实基层医疗卫生机构编制，人社部门要在职称评聘上向基层倾斜。",
     "各县（市、区）要核定落实基层医疗卫生机构编制", "编办"),
    (Remit("government", "市", D(2021, 3, 1)), "市级医院要向各基层医疗卫生机构派驻骨干医生坐诊带教。",
     "市级医院要向县级医院派驻", "各基层医疗卫生机构派驻"),
    # the budget passed: 统筹, not 列入预算 (a March, an April, a September speech)
    (Remit("government", "县", D(2025, 3, 6)),
     "今年部署的各项重点任务所需经费，县政府将按规定列入预算、保障到位，县卫生健康局要把资金需求测算准、报上来。",
     "县政府将积极统筹、优先保障", "列入预算"),
    (Remit("government", "市", D(2020, 4, 6)), "市政府将把各项重点任务所需经费列入预算，优先保障、及时拨付。",
     "市政府将积极统筹各项重点任务所需经费", "列入预算"),
    (Remit("government", "区", D(2024, 9, 6)), "今年的建设项目所需资金，财政部门要及早列入预算、足额拨付。",
     "统筹安排", "列入预算"),
    # the health body's head asks for posts and money
    (Remit("bureau", "市", D(2022, 3, 6)), "要推动资源下沉，在人员编制、财政投入、设备配置和绩效工资上给予基层更多支持。",
     "积极争取在人员编制", None),
    (Remit("bureau", "县", D(2022, 3, 6)), "要在编制和财政投入上给予乡镇卫生院倾斜。", "要积极争取在编制", None),
    # 医保 is pooled at the city from 2019: a county or a district 协调s the tilt
    (Remit("bureau", "县", D(2022, 3, 6)), "要为签约居民提供预约转诊等便利，在转诊、用药和医保报销上给予适当倾斜。",
     "在转诊、用药上给予适当倾斜，积极协调医保部门在报销上予以倾斜", "用药和医保报销上"),
    (Remit("government", "区", D(2025, 3, 6)), "区卫生健康局要把双向转诊的病种定下来；对基层首诊的患者在报销上予以倾斜。",
     "积极协调医保部门，对基层首诊", None),
    # a township's targets are its county's; it plans nothing of its own
    (Remit("township", "镇", D(2025, 7, 6)), "确保“十四五”卫生健康规划圆满收官。",
     "确保县里下达的“十四五”卫生健康目标任务在我镇如期完成", "规划圆满收官"),
    (Remit("township", "乡", D(2020, 11, 6)), "确保圆满完成“十三五”卫生健康规划确定的目标任务。", "县里下达的“十三五”", "规划确定"),
    (Remit("township", "镇", D(2025, 2, 6)), "今年全镇卫生健康工作就要对照“十四五”规划的目标逐项盘点、查漏补缺。",
     "对照县里下达的“十四五”目标任务逐项盘点", "规划的目标"),
    (Remit("township", "镇", D(2025, 2, 6)),
     "“十四五”规划定下的目标能不能如期实现，就看今年。规划确定的各项任务，各单位要对照目标逐项盘点。", "县里下达的各项任务", "规划确定"),
    # a county carries out the province's pay system
    (Remit("government", "县", D(2021, 3, 6)), "人社部门要推进公立医院薪酬制度改革，建立体现岗位职责和知识价值的薪酬体系。",
     "落实体现岗位职责和知识价值的薪酬制度", "建立体现"),
    # the town's clinic does the disease control, the town supports it
    (Remit("township", "镇", D(2021, 3, 6)), "镇政府要做好密切接触者的流调和消杀工作。",
     "镇卫生院要做好密切接触者的流调和消杀工作，镇政府要做好支持和群众动员", None),
    # an urban district's own subdivisions
    (Remit("government", "区", D(2021, 3, 6)), "各街道要把健康知识送到乡镇和村。", "街道和社区", "乡镇和村"),
    (Remit("bureau", "区", D(2015, 2, 10)), "线索排查，要会同各街道落实到村、社区。", "落实到社区", "村、"),
])
def test_what_the_speaker_at_his_level_may_decide(remit, sentence, said, unsaid):
    out = in_remit(sentence, remit)
    assert out is not None and said in out, out
    if unsaid:
        assert unsaid not in out, out


@pytest.mark.parametrize(("remit", "sentence"), [
    # a county funds and staffs its own clinics; a county-level city its 镇's
    (Remit("government", "县", D(2023, 3, 10)), "县财政局要把基层医疗卫生机构的运行经费列入预算。"),
    (Remit("government", "市", D(2023, 3, 10), county_city=True), "财政部门要落实基层医疗卫生机构财政补助政策。"),
    # a December speech may speak of next year's budget; a government leader grants what is his
    (Remit("government", "市", D(2020, 12, 16)), "市政府将把各项重点任务所需经费列入预算，优先保障、及时拨付。"),
    (Remit("government", "县", D(2022, 3, 6)), "要在人员编制、财政投入上给予基层更多支持。"),
    # a county's 新农合 was its own before the 2018–19 reform; a city pools its own fund
    (Remit("bureau", "县", D(2015, 3, 6)), "要在转诊、用药和新农合报销上给予适当倾斜。"),
    (Remit("government", "市", D(2022, 3, 6)), "要在转诊、用药和医保报销上给予适当倾斜。"),
    # a city builds its hospitals' pay system in the province's frame; a county already asked
    (Remit("government", "市", D(2021, 3, 6)), "建立体现岗位职责和知识价值的薪酬体系。"),
    # a district with 镇 (rural) keeps its villages
    (Remit("bureau", "区", D(2015, 2, 10), rural=True), "线索排查，要会同各街道（镇）落实到村、社区。"),
])
def test_what_is_the_speaker_s_own_stands(remit, sentence):
    assert in_remit(sentence, remit) == sentence


# The level kinds, as a reader finds them in a draft.
_KINDS = {
    "city_funds_base": lambda s, p: levels.tier_of(p.level) == levels.PREFECTURE and not p.county_city and re.search(
        r"(?:编办|财政)[^。；]{0,30}(?:基层医疗卫生机构|乡镇卫生院|社区卫生服务中心|村卫生室)", s)
        and not re.search(r"督促|指导|各县（市、区）", s),
    "city_hospital_to_base": lambda s, p: levels.tier_of(p.level) == levels.PREFECTURE and not p.county_city
        and re.search(r"(?:市级医院|城市大医院|三级医院)[^。；]{0,6}向各?(?:基层医疗卫生机构|乡镇卫生院|村卫生室)派驻", s),
    "budget_passed": lambda s, p: 2 <= p.date.month <= 10 and re.search(r"今年[^。]{0,30}列入预算|列入预算[^。]{0,6}保障到位", s),
    "bureau_grants": lambda s, p: p.voice != "government" and re.search(
        r"在[^。；，]{0,6}(?:人员编制|编制|财政投入)[^。；，]{0,20}上给予", s) and not re.search(r"争取|协调", s),
    "insurance_tilt": lambda s, p: levels.tier_of(p.level) in (levels.COUNTY, levels.TOWNSHIP)
        and p.date >= D(2019, 1, 1) and re.search(r"报销[^。；，]{0,8}倾斜", s)
        and not re.search(r"协调|争取|配合", s),
    "town_plan": lambda s, p: levels.is_township(p.level) and re.search(r"卫生(?:健康|计生)?规划", s),
    "clinic_media": lambda s, p: re.search(r"(?:基层医疗卫生机构|卫生院|社区卫生服务中心)要[^。；]{0,20}(?:栏目|专栏|新闻媒体)", s),
    "county_pay_system": lambda s, p: levels.tier_of(p.level) in (levels.COUNTY, levels.TOWNSHIP)
        and re.search(r"建立[^。；，]{0,16}薪酬体系", s),
}


@pytest.mark.parametrize("name", ["l15_city_deputy_2023_mar", "l17_county_deputy_2025_mar", "l08_midyear_2025_town",
                                  "l10_annual_2026_district_deputy"])
def test_drafts_at_each_level_decide_only_their_own(real, name):
    brief = load_brief(LEVEL_BRIEFS / f"{name}.yaml")
    plan = plan_of(brief, real.templates)
    for seed in (1, 2):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        for s in sentences_of(text.split("同志们：", 1)[-1]):
            found = [k for k, seen in _KINDS.items() if seen(s, plan)]
            assert not found, (seed, found, s)
