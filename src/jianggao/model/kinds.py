"""The six speech kinds: key, Chinese name and the one-line description the wizard shows."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of speech; its outline lives in templates/kinds/<key>.yaml."""

    key: str
    name: str
    description: str


KINDS: tuple[Kind, ...] = (
    Kind("annual_conference", "年度卫生健康工作会议讲话", "总结上年成绩和问题，分析形势，部署本年重点任务和保障措施"),
    Kind("work_report", "工作报告", "卫生健康部门向大会作的工作报告：逐领域回顾、总体思路、重点任务"),
    Kind("midyear_review", "半年工作推进会讲话", "盘点上半年成绩与差距，部署下半年重点和强化措施"),
    Kind("special_topic", "专项工作会议讲话", "爱国卫生、疾控、医改等专项会议：提高认识、明确重点、落实责任"),
    Kind("pledge", "表态发言", "代表单位在大会上作简短表态：根据会议安排，作三点表态"),
    Kind("address", "致辞", "会议或活动致辞：工作会议上致辞（问候、肯定、形势、几点要求），仪式活动上致辞（问候、意义、祝愿）"),
)

_BY_KEY = {k.key: k for k in KINDS}
_BY_NAME = {**{k.name: k for k in KINDS}, **_BY_KEY,
            "年度工作会议": _BY_KEY["annual_conference"], "年度讲话": _BY_KEY["annual_conference"],
            "半年": _BY_KEY["midyear_review"], "半年推进会": _BY_KEY["midyear_review"],
            "专项": _BY_KEY["special_topic"], "专项会议": _BY_KEY["special_topic"],
            "表态": _BY_KEY["pledge"]}


def kind_keys() -> list[str]:
    """All kind keys in the order the wizard offers them."""
    return [k.key for k in KINDS]


def resolve_kind(name: str) -> Kind | None:
    """The kind meant by a key or Chinese name, or None."""
    return _BY_NAME.get(name.strip())


# An address (致辞) is given at a work meeting or at a ceremony, and the two are different speeches (compose.stance):
# a meeting that plans or pushes work says so in its name and is none of a ceremony's (培训, 表彰, 仪式, 节 …).
_WORK_MEETING = re.compile(r"工作(?:会议|会|大会|推进会|部署会|座谈会|调度会)|推进会|部署会|务虚会|调度会")
_CEREMONY = re.compile(r"培训|研修|开班|进修班|表彰|仪式|活动|启动|开幕|揭牌|庆祝|纪念|节|论坛|年会|峰会|签约|授牌")


def is_work_meeting(meeting: str) -> bool:
    """Whether a meeting's name is a work meeting's (2012年全县卫生工作会议, 全区卫生健康工作推进会), not a ceremony's."""
    return bool(_WORK_MEETING.search(meeting)) and not _CEREMONY.search(meeting)
