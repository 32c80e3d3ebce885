"""Whether a heading's paragraph delivers it: what its measures must say beyond restating it (plan.HEADING_DELIVERY).

A leaf of compose (it imports only model.text), so that picker, which context imports, can ask it without the cycle
context → picker → plan → context."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.text import longest_run

# What a heading's paragraph must say to deliver it (the twenty-second reading: 建立现代医院管理制度 over 试点效果评估 and
# 公益性, 抓好重点人群健康管理 over 网底 and 建档, 推进疾控体系改革 with nothing on the reform, 加强县级医院重点学科建设
# with one line on MDT): a heading naming the first pattern is delivered by a measure naming one of the second.  A
# heading no pattern names is taken as delivered.
HEADING_DELIVERY: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(heading), re.compile(says)) for heading, says in (
        (r"现代医院管理制度", r"章程|法人治理|院长负责制|党委领导|内部管理|运营管理|决策机制|管理制度"),
        (r"学科建设|重点学科", r"学科带头人|重点学科|重点专科|专科联盟|学科"),
        (r"疾控体系改革|疾控机构改革|疾病预防控制体系改革",
         r"卫生监督|职能|机构设置|编制|整合|疾控局|疾控中心.{0,6}(?:合并|挂牌|改革)|改革"),
        (r"重点人群健康管理", r"老年人|孕产妇|儿童|高血压|糖尿病|慢性病患者|严重精神障碍|重点人群"),
        (r"重大公共卫生服务", r"住院分娩|两癌|叶酸|乙肝|白内障|改水|改厕|补种|重大公共卫生"),
        (r"医保支付方式", r"按病种|总额|DRG|DIP|按人头|按床日|付费"),
        (r"紧缺专业", r"儿科|精神科|产科|麻醉|紧缺"),
        (r"院前急救", r"急救"),
        (r"家庭医生签约", r"签约"),
        (r"慢性病", r"高血压|糖尿病|慢性病|慢病"),
        (r"流动人口", r"流动人口"),
        (r"村卫生室", r"村卫生室|村医|乡村医生"),
        (r"医联体|医共体|医疗联合体", r"医联体|医共体|牵头医院|成员单位|医疗集团|专科联盟"),
        # the twenty-third reading: 做好计划生育特殊家庭扶助关怀 with no 特殊家庭, 实施全科医生特岗计划 on 转岗培训,
        # 做实基本公共卫生服务 on 慢病衔接 alone
        (r"计划生育特殊家庭|计生特殊家庭", r"特殊家庭|特别扶助|失独|特扶"),
        (r"特岗", r"特岗"),
        (r"基本公共卫生服务", r"项目|经费|资金|绩效|考核|服务包|健康档案"),
        # the twenty-seventh reading: 健全医疗纠纷调解机制 over 行风 and 医患关系, 保障群众基本用药 over 处方 and 费用监测,
        # 加强疾病预防控制体系建设 over seasonal routine; a heading of two subjects (精神卫生和心理健康) is delivered
        # only where its paragraph says each (" & ")
        (r"纠纷调解|调解机制", r"调解|医调委|医疗责任保险|医责险"),
        (r"保障群众基本用药|基本用药保障|用药保障", r"供应|配送|短缺|缺药|配备"),
        (r"疾病预防控制体系建设|疾控体系建设", r"体系|标准化|实验室|机构建设|能力建设|编制|人员配备"),
        (r"精神卫生和心理健康", r"精神 & 心理"),
        (r"平安医院", r"平安医院|安保|涉医|警务"),
        (r"行风建设", r"行风|医德医风|红包|回扣|作风"),
        (r"中医药人才", r"人才|传承|师承|培养"),
        (r"儿童健康服务", r"儿童"),
        (r"卫生监督执法", r"监督|执法|查处|检查"),
        (r"应急物资", r"物资|储备"),
        (r"生活垃圾分类|垃圾分类", r"分类"),
        (r"村庄清洁", r"清洁|清理|保洁"),
        (r"普惠托育", r"托育|托位|入托"),
        (r"生育支持", r"生育"),
        (r"预约诊疗", r"预约"),
        (r"发热门诊", r"发热"),
        (r"病媒生物", r"病媒|鼠|蚊|蝇|蟑|消杀"),
        (r"带量采购|药品耗材采购|药品采购", r"采购"),
        # the twenty-ninth reading: 做好人口监测和家庭发展工作 over 托育 alone, 加强医疗质量管理 over 责任制整体护理
        (r"人口监测", r"人口监测|出生人口|人口信息|人口形势|人口变化|人口发展"),
        (r"家庭发展", r"家庭发展|家庭健康|计生家庭|特殊家庭|特别扶助|奖励扶助|家庭服务"),
        (r"医疗质量", r"医疗质量|质控|核心制度|临床路径|不良事件|医疗安全|诊疗规范|病历"),
        # the thirty-eighth reading: 加快镇卫生院标准化建设 over 村卫生室, 胸痛、卒中、创伤等急诊急救中心建设 over 应急预案
        # and 演练, 统筹推进医改各项重点任务 over 集采 alone, 深入开展创先争优活动 with nothing under it
        (r"卫生院(?:标准化|提档|达标|建设)", r"卫生院"),
        (r"胸痛|卒中|创伤|急诊急救|救治中心", r"胸痛|卒中|创伤|急救|救治|急诊"),
        (r"医改(?:各项)?重点任务|各项医改任务", r"医保|支付|报销|药品|药械|采购 & 医院|医疗服务|分级诊疗|医共体|医联体"),
        (r"创先争优", r"创先争优|先进|典型|评选|表彰|争先"),
        # round 39: （二）严格考核奖惩 with no 奖惩, 深入开展…医疗质量万里行活动 with the campaign never said
        (r"奖惩", r"奖|惩|问责|追责|表彰|通报|挂钩|评先|约谈"),
        (r"万里行", r"万里行"),
        # reading 43: 做好夏季传染病防控 over 艾滋病、结核病 and reporting, with nothing of the season; 全力保障母婴安全 over
        # 近视、肥胖; 党风廉政建设 opening on 用人导向; 提高新农合筹资和保障水平 with nothing on 保障水平
        (r"(?:夏季|夏秋季?|季节性|汛期)[^，。]{0,4}传染病", r"手足口|肠道|腹泻|登革热|季节|夏秋|食物中毒|汛期|诺如|虫媒"),
        (r"母婴安全", r"孕产妇|助产|产科|产妇|新生儿|分娩|母婴|产前|妊娠"),
        (r"党风廉政|廉政建设", r"廉|腐|八项规定|四风|纪律|红包|回扣|作风"),
        (r"党的建设", r"党|廉|腐|八项规定|四风|纪律|作风"),
        (r"筹资和保障水平", r"筹资|缴费|人均|补助标准 & 报销|补偿|保障水平|大病|封顶|起付|受益"),
    ))


def _said(says: re.Pattern[str], measures: Sequence[str], heading: str = "") -> bool:
    """Whether ``measures`` say each part of a HEADING_DELIVERY entry (its parts joined by " & "), in words of their
    own beyond ``heading``'s (beyond_heading)."""
    own = [beyond_heading(m, heading) for m in measures]
    return all(any(re.search(part, m) for m in own) for part in says.pattern.split(" & "))


# The run of a heading's words a measure repeats to be taken as restating it (要做好计划生育特殊家庭扶助关怀工作，…).
_RESTATED_RUN = 6


def beyond_heading(measure: str, heading: str) -> str:
    """``measure`` without the longest run of ``heading``'s words it repeats (at least _RESTATED_RUN characters): a
    measure that restates the heading (要做好计划生育特殊家庭扶助关怀工作，落实好各项扶助政策) delivers it only by what it
    says besides (the twenty-ninth reading: 二是做好计划生育特殊家庭扶助关怀 with its restating line cut as a repeat and
    计生协会, 流动人口 left under it)."""
    if not heading:
        return measure
    n = longest_run(heading, measure)
    if n < _RESTATED_RUN:
        return measure
    if n >= _VERBATIM:
        return ""     # the heading's words again: once cuts it as said already (once.VERBATIM_RUN), so it delivers nothing
    run = next(heading[i:i + n] for i in range(len(heading) - n + 1) if heading[i:i + n] in measure)
    rest = measure.replace(run, "", 1)
    # (what it says besides, where that is a measure of its own: 发热门诊建设要按标准设置，做到布局合理… delivers 加强发热
    # 门诊建设; the short rest of a restatement, 要…工作，落实好各项扶助政策, does not)
    return measure if len(rest) >= _RESTATED_REST else rest


_RESTATED_REST = 25
_VERBATIM = 12        # once.VERBATIM_RUN (not imported: once imports the plan's model, plan stays below it)


def delivers(heading: str, measures: Sequence[str]) -> bool:
    """Whether ``measures`` say at least one thing on ``heading``'s own subject (HEADING_DELIVERY) beyond restating it;
    True for a heading of no listed subject."""
    needs = [says for head, says in HEADING_DELIVERY if head.search(heading)]
    return not needs or any(_said(says, measures, heading) for says in needs)
