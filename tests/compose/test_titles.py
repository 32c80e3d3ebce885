"""A township's speech and a special meeting's speech, right for who speaks and what the meeting is for (reading 44):
a title is creating or held, never both (compose.titles); a town's 爱国卫生 is carried by its own offices, units and
villages and reported home to them, it asks the county's departments by their level's name, and its meeting ends on its
own subject; a special meeting plans its own subject, not the whole 卫生计生工作."""
from __future__ import annotations

import pytest

from jianggao.compose.core import compose
from jianggao.compose.titles import TitleStatus
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


@pytest.mark.parametrize(("brief", "township", "line", "said"), [
    # a town applying is not told to have its 卫生镇 re-examined (r3), a district building its 示范区 not either (r6)
    (["创建省级卫生镇"], True, "已经命名的卫生镇要按期接受复审，创建成果靠长效管理来巩固。", False),
    (["创建省级卫生镇"], True, "开展省级卫生镇创建，要对照创建标准逐项自查。", True),
    (["推进慢性病综合防控示范区建设"], False, "已经命名的慢性病综合防控示范区要按要求接受复审。", False),
    (["推进慢性病综合防控示范区建设"], False, "慢性病综合防控示范区创建要对照国家标准逐项自评。", True),
    # a town that holds its title keeps it and is not told to create it
    (["迎接国家卫生乡镇复审"], True, "已经命名的卫生镇要按期接受复审。", True),
    (["通过国家卫生县城复审"], False, "创建国家卫生县城要对照标准逐项自查。", False),
    # a county's speech to its towns: the named ones are re-examined, unless the brief has them applying
    ([], False, "已经命名的卫生镇要按期接受复审。", True),
    (["推进卫生乡镇创建"], False, "已经命名的卫生镇要按期接受复审。", False),
    # a speech that says nothing of its own title says nothing of its 复审 either
    ([], False, "卫生县城复审要对照标准逐项自查。", False),
    ([], True, "已经命名的单位要对标复审要求，防止出现反弹。", False),
    # another gain kept is no title's
    (["创建省级卫生镇"], True, "要巩固基层医疗卫生机构综合改革成果。", True),
])
def test_a_title_is_created_or_held_as_the_brief_says(brief, township, line, said):
    assert TitleStatus(brief, township=township).fits(line) is said


_TOWN = {"kind": "special_topic", "year": 2013, "region": {"name": "石桥镇", "parent": "平阳县"},
         "meeting": "2013年石桥镇爱国卫生工作会议", "speaker": {"name": "何建明", "title": "副镇长"},
         "date": "2013-04-09", "length": 2500,
         "achievements": [{"topic": "爱国卫生", "facts": ["镇区环境卫生集中整治完成"]}],
         "problems": ["农村垃圾乱堆乱放"],
         "priorities": [{"topic": "爱国卫生", "items": ["开展城乡环境卫生整洁行动", "推进农村改厕", "创建省级卫生镇"]}]}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_town_s_patriotic_health_meeting_speaks_as_the_town(real, seed):
    text = render_text(compose(Brief.model_validate(_TOWN), real.bank, real.templates, seed=seed), "txt")
    body = text.split("同志们：", 1)[1]
    for never in ("专题研究部署石桥镇", "接受复审", "城市形象", "传达到每一名医务人员", "卫生事业健康发展",
                  "镇卫生院和各村（社区）是", "与住建、城管"):
        assert never not in body, (seed, never)
    # its one problem is answered by the refuse it names: who collects it and who carries it off
    assert "保洁员" in body and "清运" in body, seed


def test_a_special_meeting_plans_its_own_subject(real):
    b = Brief.model_validate({"kind": "special_topic", "year": 2018, "region": {"name": "西城区", "parent": "海州市"},
                              "meeting": "2018年全区疾病预防控制工作会议", "date": "2018-03-20",
                              "speaker": {"name": "高翔", "title": "副区长"},
                              "priorities": [{"topic": "疾病防控", "items": ["加强学校卫生和传染病防控",
                                                                       "推进慢性病综合防控示范区建设"]}]})
    text = render_text(compose(b, real.bank, real.templates, seed=1), "txt")
    assert "推进今年的卫生计生工作" not in text and "推进今年的卫生工作" not in text
    assert "接受复审" not in text
