"""Role labelling: which part of a speech a heading opens and what each paragraph does there."""
from __future__ import annotations

import re

from .model import Heading, Paragraph, Speech
from .topicscan import classify

# Heading words per part; each hit scores one point, and the part's position in the speech adds a prior
# (first part: review or understanding; middle: tasks; last: safeguards), because headings such as
# 强化措施，凝心聚力，努力开创…新局面 name no part outright.
HEADING_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("review", re.compile(r"成绩|回顾|成效(?!.*确保)|肯定|总结|认可|成果")),
    ("problems", re.compile(r"问题|差距|不足|短板")),
    ("understanding", re.compile(r"认识|思想|重要性|意义|论述")),
    ("situation", re.compile(r"形势|机遇|挑战|新常态|新时代")),
    ("tasks", re.compile(r"任务|重点|推进|深化|突出|明确|开创|新局面|新进展|新突破|攻坚|关于")),
    ("safeguards", re.compile(r"保障|措施|领导|落实|责任|作风|督查|考核|组织")),
)
POSITION_PRIOR = 1.5

# Paragraph cues.
THANKS_RE = re.compile(r"(表示|致以)[^。]{0,20}(感谢|谢意|敬意|问候|慰问|祝贺)")
CREDIT_RE = re.compile(r"(成绩的取得|成绩来之不易|这些成绩|离不开|是[^。]{2,30}的结果)")
PROBLEM_RE = re.compile(r"(问题|差距|不足|短板|薄弱|不到位|不平衡|滞后|不够)")
PROBLEM_FRAME_RE = re.compile(r"(清醒(地)?(看到|认识到|意识到)|存在[^。]{0,12}(问题|不足|差距)|主要表现在|不容忽视)")
AGREE_RE = re.compile(r"我(完全|都)(同意|赞同|赞成)|讲得很好|我完全赞同")
OUTLINE_RE = re.compile(r"(讲|强调|提)[几两一二三四五六七八九十]+(点|个方面)|讲几点|作如下|讲一下")
CLOSING_RE = re.compile(r"^(同志们|各位领导、同志们)[，,！!]|谢谢大家|讲话到此结束")


def heading_role(text: str, level: int, parent_role: str = "") -> str:
    """The part a heading opens (review, problems, situation, understanding, tasks, safeguards) or ``topic``
    for a sub-heading naming one work area."""
    if level > 1:
        # under a review or tasks part each sub-heading is one area of work; elsewhere it serves its part
        if parent_role in ("tasks", "review", "focus", "body") and classify(text):
            return "topic"
        return "topic" if parent_role in ("tasks", "review") else parent_role or "body"
    return score_heading(text, 0, 1)


def score_heading(text: str, index: int, total: int) -> str:
    """The role of the ``index``-th of ``total`` level-1 headings, by heading words plus a position prior."""
    scores = {role: float(len(rx.findall(text))) for role, rx in HEADING_WORDS}
    scores["review"] += scores.pop("problems") * 0.9
    if total >= 2:
        if index == 0:
            scores["review"] += POSITION_PRIOR * 0.7
            scores["understanding"] += POSITION_PRIOR * 0.7
        elif index == total - 1 and total >= 3:
            scores["safeguards"] += POSITION_PRIOR
        else:  # a two-part speech is review then tasks (篇二: 一、充分肯定… 二、全力做好…重点工作)
            scores["tasks"] += POSITION_PRIOR
    best = max(scores.values())
    if best <= 0:
        return "body"
    for role, _ in HEADING_WORDS:
        if scores.get(role) == best:
            return role
    return "body"


def speech_kind(speech: Speech) -> str:
    """The kind of a mined speech, from its opening: pledge, midyear_review, work_report, special_topic or annual."""
    opening = "".join(p.text for p in speech.paragraphs[:2])[:400]
    if re.search(r"我代表[^。]{0,12}作[^。]{0,8}发言|表态如下", opening):
        return "pledge"
    if re.search(r"半年|上半年|下半年", opening):
        return "midyear_review"
    if re.search(r"向大会报告|工作报告", opening) and "同意" not in opening[:60]:
        return "work_report"
    if re.search(r"爱国卫生|卫生监督|合作医疗|免疫规划|调研", opening):
        return "special_topic"
    return "annual_conference"


def label_paragraphs(speech: Speech) -> None:
    """Set the role of every heading and paragraph of ``speech`` in place."""
    part_role = "opening"
    sub_role = ""
    in_problems = False  # once a review part turns to problems, the paragraphs after it list them
    blocks = speech.blocks
    # A speech numbered only （一）（二）… (004 篇三) has those as its parts.
    top_level = min((b.level for b in blocks if isinstance(b, Heading)), default=1)
    tops = {id(h): i for i, h in enumerate(h for h in blocks if isinstance(h, Heading) and h.level == top_level)}
    last_para = max((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)), default=-1)
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            b.topics = classify(b.text)[:2]
            if b.level == top_level:
                b.role = score_heading(b.text, tops[id(b)], len(tops))
                part_role, sub_role, in_problems = b.role, "", False
            else:
                b.role = heading_role(b.text, b.level, part_role)
                sub_role = b.role
            continue
        assert isinstance(b, Paragraph)
        text = b.text
        b.part_role = part_role
        b.topics = classify(text)[:2]
        if part_role == "opening":
            b.role = "agreement" if AGREE_RE.search(text) else "outline" if OUTLINE_RE.search(text) else "opening"
            if i > 0 and CLOSING_RE.search(text):
                b.role = "closing"
        elif i == last_para and CLOSING_RE.search(text):
            b.role, b.part_role = "closing", "closing"
        elif CLOSING_RE.match(text) and i >= last_para - 1:
            b.role, b.part_role = "closing", "closing"
        elif THANKS_RE.search(text):
            b.role = "thanks"
        elif part_role in ("review", "body") and (PROBLEM_FRAME_RE.search(text) or in_problems):
            b.role = "problems"
            in_problems = not CREDIT_RE.search(text[:40])
        elif part_role == "review" and CREDIT_RE.search(text[:80]):
            b.role = "credit"
        elif sub_role == "topic" and part_role == "review":
            b.role = "review"
        else:
            b.role = part_role if part_role != "body" else ("problems" if PROBLEM_FRAME_RE.search(text) else "body")
