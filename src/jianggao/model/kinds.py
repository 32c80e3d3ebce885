"""The six speech kinds: key, Chinese name and the one-line description the wizard shows."""
from __future__ import annotations

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
    Kind("address", "致辞", "会议或活动致辞：问候、意义、祝愿"),
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
