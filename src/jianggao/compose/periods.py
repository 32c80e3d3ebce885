"""The period each of the brief's figures is said in, against the meeting's date, and the year's checkpoints.

The thirty-sixth reading: 一年来，县域内就诊率达到87.4% at a June 2021 meeting for 2020's figures (去年); 一年来，居民健康
素养水平达到33.8% in August 2025 for 2024's; 去年蚊媒监测点平均布雷图指数降至6.8 for a July 2025 reading; 年中、年底两次
对账 in August, when the mid-year point had passed; 全年时间已经过半 twice and 离年底只有不到半年时间 in one speech.
一年来 names a year that ends at the meeting: last year's figures at a meeting early in the year (January–March), the
year's own at one that closes it (November–December); later in the year last year's figures are 去年's, and a figure whose
name holds its own time (2024年…, 7月…, 1—9月…, 今年以来…, 上半年…) takes no second one."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

# A clause that opens on its own time: a year, a month or run of months, a quarter, a half, 今年以来, 截至….
OWN_TIME = re.compile(r"^(?:(?:19|20)\d{2}年|今年|去年|上年|全年|上半年|下半年|前三季度|第?[一二三四]季度|"
                      r"\d{1,2}(?:—|－|-|～|~|至)\d{1,2}月|\d{1,2}月|截至|截止|年初以来|入夏以来|入冬以来|"
                      # an event's own time (新冠肺炎疫情发生后: tifa.yaml events' ``said``, account.in_own_time)
                      r"[^，。；]{2,10}疫情(?:发生|暴发|发生以来|以来)后?，)")
# The months of the year in which last year is still the year just ended: its figures are 一年来's.
YEAR_JUST_ENDED_MONTHS = 3
# From this month the year's mid-point is behind the meeting: 时间过半 is true.
MIDYEAR_MONTH = 7
# From this month the mid-point is too near for a 年中 checkpoint to be set at the meeting: a stock-take needs months
# of work before it (the thirty-eighth reading: 年中、年底两次对账 planned at a meeting on 24 June).
MIDYEAR_SET_BY = 5


def own_time(clause: str) -> bool:
    """Whether the brief's clause opens on a time of its own (2024年居民健康素养水平…, 7月蚊媒监测点…, 1—9月…): it takes
    no opener of ours (去年7月… was a July reading said as last year's)."""
    return bool(OWN_TIME.match(clause))


def reviews_to_date(kind: str, date: dt.date, planned: int) -> bool:
    """Whether a speech reviews the year it is held in so far (今年以来) rather than the year before: a special
    meeting in the second half of the year it plans (from MIDYEAR_MONTH; from November a meeting plans the next year
    and reviews its own anyway, era.plan_year).  A 推进会 in October reports where its work stands now (fresh58's r5,
    2024-10-15: 去年65岁及以上老年人健康管理率达到68.4% of the figure its first speaker had just given as 今年以来's:
    both readers and the brief's writer marked it); an annual meeting, a report and a half-year review keep their
    periods (the year before, the first half)."""
    return kind == "special_topic" and date.year == planned and date.month >= MIDYEAR_MONTH


def figures_year(planned: int, to_date: bool = False) -> int:
    """The year the brief's results are of: the year before the one the speech plans (era.plan_year).  That is the
    brief's ``year − 1`` for a meeting early in its year, the meeting's own year for one that closes it (from
    November: it plans the next), and the year just ended for a January meeting of a brief that names the year under
    review (a 2020 brief at a 2021-01 meeting plans 2021: its figures are 2020's, not 2019's).  A speech that reviews
    its year so far (``to_date``: reviews_to_date) has the planned year's own."""
    return planned if to_date else planned - 1


def openers(date: dt.date, planned: int, to_date: bool = False) -> list[str]:
    """How a speech of ``date`` planning the year ``planned`` may open the brief's results of their year
    (figures_year), each as it stands before the clause: 一年来 only for a year that ends at the meeting, 去年 for last
    year's once the new year is under way (the thirty-sixth reading: 一年来 in June and in August for the year before),
    今年以来 for the year's own; the year so far (``to_date``) is 今年以来's or 截至目前's, never the year's name (2024年
    reads as the whole year's)."""
    if to_date:
        return ["今年以来，", "截至目前，"]
    of = figures_year(planned)
    if of == date.year:
        return [f"{of}年", "今年以来，", "一年来，"] if date.month >= 11 else [f"{of}年", "今年以来，"]
    if of == date.year - 1:
        return ([f"{of}年", "一年来，", "去年"] if date.month <= YEAR_JUST_ENDED_MONTHS else [f"{of}年", "去年"])
    return [f"{of}年"]


def midyear_ahead(date: dt.date, ahead: bool) -> bool:
    """Whether the year's mid-point is still well ahead of the meeting (年中对账 can be set): before May, or at a
    meeting that plans the next year (its 年中 is next year's)."""
    return ahead or date.month < MIDYEAR_SET_BY


# A sentence that tells the year's point in time (全年时间已经过半, 进入下半程, 离年底只有不到半年): one a speech.
_CHECKPOINT = re.compile(r"时间(?:已经)?过半|下半程|不到半年时间|只剩下?半年|已经过去一半")


def checkpoint_once(parts: list[list[list[str]]], keep: Sequence[str] = ()) -> None:
    """The year's point in time told once a speech (the thirty-sixth reading: 全年时间已经过半 twice and 离年底只有不到
    半年时间 in one half-year speech): a later sentence that tells it again is not said, in place, unless it is
    all of its paragraph, carries a figure (做到了时间过半、任务过半 with the year's share) or the brief's words
    (``keep``: fresh53's k4 lost its whole list of problems to one of them, 部分县区时间过半、任务未过半)."""
    told = False
    for part in parts:
        for para in part:
            kept = []
            for sentence in para:
                if _CHECKPOINT.search(sentence):
                    if told and len(para) > 1 and not re.search(r"\d", sentence) \
                            and not any(c and c in sentence for c in keep):
                        continue
                    told = True
                kept.append(sentence)
            para[:] = kept
