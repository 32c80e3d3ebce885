"""Whether a brief's item is a deliverable that can be finished and ticked off, or a standing duty that never closes."""
from __future__ import annotations

import re

# Work that never closes: control, supervision, management, a policy carried on, a service given all year (the thirty-
# fifth reading: 冬春季疫情防控、全面两孩政策…要建立工作台账，完成一项、销号一项 — epidemic control cannot be ticked off).
_STANDING = re.compile(r"(?<!预)防控|防治|监管|常态化|政策|巩固|整治|打击|不放松|值守|纠治|行风|作风|廉政|疫情|监测|随访|"
                       r"管理(?!制度|体制|中心|平台|信息)")
# Work that is done once and can be checked as done: something built, set up, issued, reached or brought on line.
_DELIVERED = re.compile(r"建设|建成|新建|改建|扩建|改扩建|改造|扩容|提质|组建|创建|开通|上线|出台|制定|编制|完成|达标|"
                        r"全覆盖|配备|设立|挂牌|验收|标准化|招聘|引进|培训|搬迁|投入使用|启用|试点|建立")


def deliverable(item: str) -> bool:
    """Whether ``item`` (its first clause) names work that is finished at a point and can be ticked off a ledger
    (推进县医院新院区建设, 完成20个村卫生室标准化改造, 组建县域医共体), not a standing duty (抓好冬春季疫情防控,
    平稳实施全面两孩政策, 加强医疗质量监管).  A clause naming both (建立健全监测预警机制) is taken as standing: a ledger
    that closes it would claim the watch is over."""
    head = re.split(r"[，；。]", item, maxsplit=1)[0]
    return bool(_DELIVERED.search(head)) and not standing(item)


def standing(item: str) -> bool:
    """Whether ``item`` (its first clause) names a standing duty, kept up all year and never closed (疫情防控, 两孩政策,
    医疗质量监管, 慢性病规范管理); an item that is neither this nor a deliverable (推进公立医院高质量发展) is neither
    ticked off nor called routine."""
    return bool(_STANDING.search(re.split(r"[，；。]", item, maxsplit=1)[0]))


def routine(item: str) -> bool:
    """Whether ``item`` is a standing duty of watch and control, checked for being kept up every day (疫情防控, 医疗质量
    监管, 病媒生物防制, 行风整治), not a policy carried out (平稳实施全面两孩政策, 落实医保结余留用政策): the thirty-eighth
    reading heard …是常态工作，没有一劳永逸 said of 全面两孩 and of 结余留用."""
    head = re.split(r"[，；。]", item, maxsplit=1)[0]
    return standing(item) and not re.search(r"政策|结余|留用|两孩|三孩|生育", head) and bool(
        _STANDING.search(head.replace("政策", "")))
