"""Cue phrases: which bank category and role a sentence or clause of a labelled paragraph can serve."""
from __future__ import annotations

import re

R = re.compile

OUTLINE = R(r"(讲|谈|强调|提)(几|[两一二三四五六七八九十]+)(点|个方面)|讲几点|作如下[^。]{0,4}发言|讲[以如]下[几两一二三四五六七八九十]")
AGREE = R(r"我(完全|都|非常)?(同意|赞同|赞成)|讲得很好")
URGE = R(r"(希望|请)(大家|同志们|各地|各单位)[^。]{0,30}(落实|领会|贯彻|执行)|认真学习[^。]{0,12}抓好落实")
PURPOSE = R(r"(会议的?|这次会议的?|本次会议的?)(主要)?(任务|目的|宗旨)|主要任务是")
APPROVAL = R(r"经[^。]{0,10}(同意|批准|审议通过|研究)[^。]{0,12}(召开|今天|今日)|(今天|今日)[^。]{0,10}(召开|在这里)")
SIGNIFICANCE = R(r"(会议|这个会)[^。]{0,10}(及时|必要|重要)|极其重要的会议|意义")
TIMING = R(r"是在[^。]{4,80}(召开|之际)|之际[^。]{0,20}召开")

THANKS = R(r"(表示|致以)[^。]{0,24}(感谢|谢意|敬意)")
GREETING = R(r"(表示|致以)[^。]{0,20}(问候|慰问|祝贺)")
CREDIT = R(r"(成绩的取得|成绩来之不易|来之不易|这些成绩|离不开|是[^。]{2,40}的结果)")
TO_PROBLEMS = R(r"(在(肯定|总结|看到)[^。]{0,6}成绩的同时|清醒(地)?(看到|认识到|意识到)|不容忽视|我们也要看到)")
SUMMARY = R(r"(成绩是前进的起点|问题是努力的方向|面对这些问题|正视困难和问题|对此，?我们|对于上述问题)")
TO_SITUATION = R(r"(准确把握|认清|面临的?)[^。]{0,12}形势|形势[^。]{0,6}(依然|仍然|十分|更加)")
TO_TASKS = R(r"(总体思路|总体要求|工作思路|重点抓好以下|做好以下|强调[几两三四五]个方面|下面[，,]?我[^。]{0,10}(强调|讲)一下|"
             r"工作重点(也)?已经|关键在于[^。]{0,8}落实)")
TO_SAFEGUARDS = R(r"(关键在于[^。]{0,10}落实|为确保|为了确保|抓落实是关键|现在的关键就是抓落实)")

ACHIEVE = R(r"(取得(了)?[^。]{0,8}(成效|成绩|进展|突破|成果|成就)|稳步推进|不断(提升|提高|增强|完善|加强)|"
            r"明显(提高|提升|改善|加强|增强)|持续(增强|提升|改善)|更加(深入|完善|有力|高效|扎实|惠民|彰显|丰富)|"
            r"得到(了)?[^。]{0,6}(加强|提升|改善|落实|巩固|肯定)|扎实推进|全面(完成|落实|启动)|成效(显著|明显)|实现了|"
            r"圆满完成|顺利(通过|完成)|有效(落实|推进|遏制|控制)|进一步(显现|巩固|提升|完善|加强|提高|增强)|逐步(完善|健全)|"
            r"全覆盖|走在[^。]{0,6}前列|扎实有效|同步提高|有序推进|保持[^。]{0,8}态势|迈出[^。]{0,4}步伐|迈上[^。]{0,4}台阶)")
PROBLEM_ITEM = R(r"(不够|不足|薄弱|不到位|不平衡|滞后|不高|不强|缺乏|亟待|有待|不明显|不完善|不适应|不合理|短缺|匮乏|"
                 r"差距|突出|矛盾|难以|不规范|不严|隐患|不少)")
PROBLEM_FRAME = R(r"(存在[^。]{0,16}(问题|不足|差距|短板)|主要(表现|体现)在|不容忽视|困难和问题|差距和不足)")
RESOLVE = R(r"(高度重视|切实加以解决|认真(分析|研究|反思)|加以解决|正视|警醒|抓紧解决)")
SIT_STAGE = R(r"(正处于|进入|阶段|关键时期|新时代|新征程|深水区|攻坚期|新阶段|新起点|时期|新形势|新任务|新要求|当前)")
SIT_DEMAND = R(r"(群众|人民|老百姓|公众)[^。]{0,16}(需求|期盼|期待|期望|诉求|要求越来越|呼声)")
SIT_POLICY = R(r"(党中央|国务院|总书记|健康中国|方针|决策部署|战略|重要论述|国家战略|法治|依法|重要内容|重要举措|必然要求|"
                r"根本保障|重要手段|重要组成部分|民生工程|民生事业|重要支撑|重要保障)")
SIT_CHALLENGE = R(r"(风险|挑战|压力|严峻|复杂|威胁|任重道远|不容乐观|形势|刻不容缓|亟待|紧迫|迫切|难度)")

TASK_START = R(r"^(要|必须|务必|着力|加强|推进|深化|完善|健全|强化|落实|开展|加快|提升|提高|实施|推动|抓好|做好|建立|积极|"
               r"全面|进一步|切实|坚持|大力|继续|扎实|认真|深入|严格|巩固|优化|规范|鼓励|引导|探索|稳步|持续|统筹|确保|"
               r"以|围绕|紧扣|突出|广泛|充分|注重|按照|创新|构建|打造|力争|努力)")
TASK_GENERAL = R(r"(总体思路|总体要求|指导思想|以[^。]{2,20}为(指引|统领|中心|重点|抓手|主线|目标|核心)[^。]{0,30}以)")

SAFEGUARD_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("integrity", R(r"(廉政|廉洁|党风|纪律|腐败|红包|回扣|医德医风|一岗双责|清廉|不正之风|行风)")),
    ("leadership", R(r"(组织领导|加强领导|领导小组|一把手|主要领导|分管领导|亲自抓|领导责任|负总责|靠前指挥)")),
    ("supervision", R(r"(督查|督导|考核|考评|问责|通报|奖惩|跟踪问效|检查)")),
    ("coordination", R(r"(协作|配合|齐抓共管|各司其职|合力|联动|沟通协调|协调)")),
    ("publicity", R(r"(宣传|舆论|媒体|氛围|正面引导|典型)")),
    ("funding", R(r"(投入|经费|资金|财政|保障机制)")),
    ("talent", R(r"(人才|队伍建设|培训|培养)")),
    ("style", R(r"(作风|务实|真抓实干|抓落实|雷厉风行|求真务实|心浮|扑下身|一抓到底|落到实处|敢于担当)")),
)

CLOSING_END = R(r"(谢谢大家|讲话到此结束|就讲这些)")
CLOSING_VISION = R(r"(开创[^。]{0,20}新局面|(作出|做出)[^。]{0,10}贡献|迈上新台阶|再上新台阶|新的更大)")
CLOSING_EXHORT = R(r"(让我们|同志们|我们要|我们一定要|希望)")

PLEDGE_OPEN = R(r"(根据会议安排|我代表)")
PLEDGE_COMMIT = R(r"^(我们将|我们一定|确保|一是|二是|三是|四是)|我们将")


def opening_roles(text: str) -> list[tuple[str, str]]:
    """(category, role) pairs an opening-paragraph sentence can serve."""
    out = []
    if OUTLINE.search(text):
        out.append(("outline", "announce"))
    if AGREE.search(text):
        out.append(("agreement", "agree"))
    elif URGE.search(text):
        out.append(("agreement", "urge"))
    if PURPOSE.search(text):
        out.append(("opening", "purpose"))
    elif TIMING.search(text):
        out.append(("opening", "timing"))
    elif APPROVAL.search(text):
        out.append(("opening", "approval"))
    elif SIGNIFICANCE.search(text):
        out.append(("opening", "significance"))
    return out


def transition_role(text: str, part: str = "") -> str | None:
    """The transition role of a sentence that turns the speech (credit, problems, summary …), or None.

    A part's first sentence that turns to the work ahead (…关键在于如何抓落实) leads into that part, so
    in a safeguards part it is a turn to safeguards and in a situation part a turn to the situation.
    """
    for role, rx in (("problems", TO_PROBLEMS), ("summary", SUMMARY), ("credit", CREDIT),
                     ("to_situation", TO_SITUATION), ("to_tasks", TO_TASKS), ("to_safeguards", TO_SAFEGUARDS)):
        if rx.search(text):
            if role in ("to_tasks", "to_safeguards", "to_situation"):
                role = {"safeguards": "to_safeguards", "responsibility": "to_safeguards",
                        "situation": "to_situation", "understanding": "to_situation"}.get(part, role)
            return role
    return None


def situation_role(text: str) -> str | None:
    """stage / demand / policy / challenge for a situation statement, or None."""
    for role, rx in (("demand", SIT_DEMAND), ("policy", SIT_POLICY), ("stage", SIT_STAGE), ("challenge", SIT_CHALLENGE)):
        if rx.search(text):
            return role
    return None


def safeguard_role(text: str) -> str | None:
    """The safeguard a sentence is about (leadership, supervision, style, integrity …), or None."""
    for role, rx in SAFEGUARD_ROLES:
        if rx.search(text):
            return role
    return None


def closing_role(text: str) -> str:
    """end / vision / exhortation for a closing-paragraph sentence."""
    if CLOSING_END.search(text):
        return "end"
    if CLOSING_EXHORT.search(text[:12]):
        return "exhortation"
    if CLOSING_VISION.search(text):
        return "vision"
    return "exhortation"
