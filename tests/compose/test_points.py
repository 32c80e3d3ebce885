"""The same point in other words, by its act and its object (compose.points, compose.actions; rep30's REP)."""
from __future__ import annotations

import pytest
from compose.test_samepoint import DEVELOPS, SAME

from jianggao.compose import actions, once, points, samepoint
from jianggao.model.speech import Heading, Paragraph

# The readers' pairs of session 30 (earlier, later) that samepoint's share alone let through: one act on one object
# said again in other company.
SAID_AGAIN = [
    ("家庭医生团队要按照签约协议做好随访和健康管理。", "签约对象的健康档案、慢病随访由签约团队统一负责。"),
    ("关键在守住危重孕产妇和新生儿救治这道关。", "孕产妇和新生儿危急重症救治能力要从人员、设备和演练几方面一起抓。"),
]
# … and those it caught already, which stay caught.
CAUGHT = [
    ("签约居民的基本医疗和公共卫生服务要按协议落实到位。", "家庭医生团队要按照签约协议做好随访和健康管理。"),
    ("急救车辆、设备和人员要按标准配齐。", "急救车辆和车载设备要按标准配备。"),
    ("有计划地选派年轻医生到上级医院进修学习。", "每年选派业务骨干到上级医院进修学习。"),
]


def test_the_acts_are_read_from_the_shipped_table():
    assert actions.actions(), "the shipped act table is not read: run python -m jianggao.prepared"
    acts = actions.actions()
    assert {"考核", "随访", "救治", "进修"} <= acts.keys()
    assert not {"孕产妇", "医联体", "团队", "急救车"} & acts.keys()


def test_an_act_on_an_object_said_again_is_one_point():
    assert [b for a, b in SAID_AGAIN if samepoint.same(b, a)] == []          # what samepoint missed …
    assert [b for a, b in SAID_AGAIN + CAUGHT + SAME if not points.same_point(b, a)] == []


def test_an_object_or_an_act_alone_is_not_one_point():
    # the same object, asked something else; the same act, on another object
    assert not points.same_point("要加强孕产妇健康教育，普及科学育儿知识。", "要守住危重孕产妇救治这道关。")
    assert not points.same_point("要做好老年人健康体检。", "要做好适龄儿童预防接种。")
    # an act's name inside an object's is no act said (生育 of 计划生育)
    assert not points.same_point("发挥计划生育协会的作用，在生育关怀、家庭健康促进等方面做好群众工作。",
                                 "计划生育基层服务网络要保持稳定，机构职能调整中基层计划生育队伍不能削弱、服务不能断档。")


def test_a_paragraph_developing_one_subject_is_still_mostly_not_called_the_same():
    # measured: the same 3 of 20 as samepoint alone (稽查, 示范, 非法行医)
    called = [b for a, b in DEVELOPS if points.same_point(b, a)]
    assert len(called) <= 3, called


def _shells(*paras: list[str]) -> tuple[list[list[list[str]]], list[list[Paragraph | Heading]]]:
    return [[list(p) for p in paras]], [[Paragraph("".join(p)) for p in paras]]


LEAD = "要把家庭医生签约服务做实。"
EARLIER, LATER = SAID_AGAIN[0]


def _no_room(_: str) -> bool:
    return False


def _room(_: str) -> bool:
    return True


def test_the_later_saying_goes_and_the_fuller_stays():
    parts, shells = _shells([LEAD, EARLIER, LATER])
    points.points_once(parts, shells, (), _room, once_spare)
    assert parts == [[[LEAD, EARLIER]]]
    short = "急救车辆和车载设备要按标准配备。"
    full = "急救车辆、车载设备和随车人员要按标准配齐，调度指挥系统要与各急救站点联网，接报后及时派车。"
    assert points.same_point(full, short)
    parts, shells = _shells(["要把院前急救网络建起来。", short, full])
    points.points_once(parts, shells, (), _room, once_spare)
    assert parts == [[["要把院前急救网络建起来。", full]]]


def test_a_heavier_paraphrase_is_not_the_fuller_saying(monkeypatch):
    # the weights drift with the wording data (samepoint reads them off it): LATER weighed 1.49-1.76 times EARLIER as
    # wordings came and went.  Whatever the ratio, a later sentence that does not hold what the earlier said goes.
    monkeypatch.setattr(points, "POINT_FULLER", 1.0)
    parts, shells = _shells([LEAD, EARLIER, LATER])
    points.points_once(parts, shells, (), _room, once_spare)
    assert parts == [[[LEAD, EARLIER]]]


def test_an_item_running_before_is_asked_and_a_heading_word_is_the_subject():
    earlier_item = ["一是加强人才培养。", "有计划地选派年轻医生到上级医院进修学习。", "回来后要带动科室整体水平提升。"]
    next_item = ["二是提升县医院能力。", "县医院要对照标准补齐短板。", "每年选派业务骨干到上级医院进修学习。",
                 "重点专科要有带头人。", "急诊急救要二十四小时有人值守。"]
    parts, shells = _shells(earlier_item, next_item)
    points.points_once(parts, shells, (), _room, once_spare)
    assert parts == [[earlier_item, next_item[:2] + next_item[3:]]]
    # an item left with under three sentences of its own keeps it (test_briefed_measures: a brief's item in three)
    parts, shells = _shells(earlier_item, next_item[:4])
    points.points_once(parts, shells, (), _room, once_spare)
    assert parts == [[earlier_item, next_item[:4]]]
    # the subject every sentence under its heading names is not a point said again
    parts = [[["要普及老年常见病防治知识。", "要开展老年人健康体检。"]]]
    shells = [[Heading(2, "（一）", "加强老年健康服务", "")]]
    points.points_once(parts, shells, (), _room, once_spare)
    assert len(parts[0][0]) == 2


def test_the_brief_words_a_figure_and_the_floor():
    parts, shells = _shells([LEAD, EARLIER, LATER])
    points.points_once(parts, shells, ("签约团队统一负责",), _room, once_spare)    # the brief's own words
    assert len(parts[0][0]) == 3
    said_twice = ["要把基层建设放在突出位置。", "基础设施陈旧，根子上是投入跟不上。", "基础设施陈旧，说到底要靠持续的投入来改变。"]
    parts, shells = _shells(said_twice)
    points.points_once(parts, shells, ("基础设施陈旧",), _room, once_spare)      # … said in the one that stays
    assert parts == [[said_twice[:2]]]
    parts, shells = _shells([LEAD, EARLIER, LATER])
    points.points_once(parts, shells, (), _no_room, once_spare)
    assert len(parts[0][0]) == 3
    parts, shells = _shells([LEAD, EARLIER, LATER])
    points.points_once(parts, shells, (), _no_room, once_spare, lambda i, s, para, head: "要把签约服务费用落实到位。")
    assert parts == [[[LEAD, EARLIER, "要把签约服务费用落实到位。"]]]


def once_spare(para: list[str], k: int, keep) -> bool:
    return once.optional(para, k, keep)


@pytest.mark.parametrize("earlier, later", [
    # (fit31: one object by two of its names; the corpus: 人民医院医疗集团要种好医联体这块试验田)
    ("医共体要对成员单位的药品实行统一采购，保障基层用药。", "医疗集团内的药品要统一配送到乡镇卫生院。"),
    ("医联体要建立双向转诊绿色通道，方便群众看病。", "医疗集团内部转诊要开通绿色通道，优先安排检查。"),
])
def test_one_object_by_another_of_its_names_is_one_point(earlier, later):
    assert points.same_point(later, earlier)


def test_other_names_count_only_their_own_object():
    # (a 医共体 sentence does not make a family doctor's point, nor 医疗 and 医生, any sentence's words, stand for a name)
    assert not points.same_point("家庭医生要为签约老人定期上门随访，做好用药指导。", "医共体要统一管理成员单位的人员和财务。")
    assert points.one_name("医疗集团的牵头医院和签约团队") == "医共体的牵头医院和家庭医生团队"
