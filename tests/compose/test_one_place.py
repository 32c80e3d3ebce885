"""One idea, one place; one body, one order (issue 13, class REP; the twenty-ninth reading): a generic line after the
measure that delivered it, a measure deployed in a second subsection, a department ordered again in the safeguards and
a marked word twice in a paragraph are each said once."""
from __future__ import annotations

import re

import pytest
from compose_helpers import brief

from jianggao.compose import once
from jianggao.compose.core import compose
from jianggao.model.speech import Heading, Paragraph
from jianggao.render import load_resources
from jianggao.writers.text import render_text


@pytest.fixture(scope="module")
def resources():
    return load_resources()


# --- the passes on their own ----------------------------------------------------------------------------------------
MEASURE = ("区卫生健康局要会同急救中心把急救车到得慢的片区梳理出来，增设急救分站，统一纳入急救调度；"
           "区财政局要把新设站点的车辆、设备和运行经费落实到位，急救平均反应时间每季度通报一次。")


def test_a_generic_line_after_the_measure_that_delivered_it_goes():
    parts = [[], [["一是完善院前急救网络。", MEASURE, "进一步完善院前急救网络，缩短急救反应时间。",
                   "加强院前院内衔接，提高急诊急救的反应速度和救治成功率。"]]]
    shells = [[], [Heading(2, "（一）", "不断改善医疗服务")]]
    once.generic_once(parts, shells, ["opening", "tasks"], ("完善院前急救网络",))
    assert "进一步完善院前急救网络，缩短急救反应时间。" not in parts[1][0]
    # a line with a measure of its own (院前院内衔接) stays, and so does the measure
    assert parts[1][0][-1].startswith("加强院前院内衔接") and MEASURE in parts[1][0]


def test_a_generic_line_carrying_the_briefs_item_for_the_first_time_stays():
    parts = [[], [["区卫生健康局要把急救车到得慢的片区梳理出来，急救平均反应时间每季度通报一次。",
                   "进一步完善院前急救网络，缩短急救反应时间。"]]]
    shells = [[], [Heading(2, "（一）", "不断改善医疗服务")]]
    once.generic_once(parts, shells, ["opening", "tasks"], ("完善院前急救网络",))
    assert len(parts[1][0]) == 2


def test_a_measure_deployed_again_in_a_later_subsection_goes():
    first = "把在岗乡村医生轮训作为常态，每年组织集中培训和到乡镇卫生院跟班进修，提高常见病诊治能力。"
    again = "乡村医生轮训要讲求实效，围绕常见病诊治、基本公共卫生服务和合理用药设置课程，学以致用。"
    own = "利用闲置床位开展医养结合服务，满足失能老人的照护需求。"
    parts = [[], [["二是加强乡村医生队伍管理。", first],
                  ["一是做好基本公共卫生服务项目。", "要加强公共卫生与医疗服务的衔接。", again, own]]]
    shells = [[], [Heading(2, "（一）", "提升基层医疗卫生服务能力"), Heading(2, "（二）", "提升公共卫生服务能力")]]
    once.measure_home(parts, shells, ["opening", "tasks"], ())
    assert first in parts[1][0] and again not in parts[1][1]
    assert own in parts[1][1]           # 闲置 beside 设备闲置 is not that measure: 医养结合 is its own subject


def test_a_department_ordered_in_the_tasks_is_not_ordered_the_same_again_in_the_safeguards():
    tasks = [["一是加强全科医生队伍建设。", "区委编办要把社区卫生服务中心的空编优先用于招聘，区人社局要对急需紧缺岗位实行专项招聘。",
              MEASURE]]
    safeguards = [["医保、公安、编办等部门要主动认领任务。", "在医疗服务上，公安部门要依法打击涉医违法犯罪，维护正常医疗秩序。",
                   "抓基层卫生，编办要核定落实基层医疗卫生机构编制，人社部门要在职称评聘上向基层倾斜。"],
                  ["各项任务最终都要落到项目和资金上。", "财政部门要把这几项重点任务所需经费列入预算，优先保障、及时拨付。"],
                  ["督查要多用暗访和随机抽查，看实情、听实话。"]]
    parts = [[], tasks, safeguards]
    shells = [[], [Heading(2, "（一）", "加强基层")],
              [Heading(2, "（一）", "健全协调机制"), Heading(2, "（二）", "加大投入保障"), Heading(2, "（三）", "严格督查")]]
    once.orders_once(parts, shells, ["opening", "tasks", "safeguards"], ())
    said = "".join(s for para in safeguards for s in para)
    assert "编办要核定" not in said and "人社部门" not in said and "财政部门" not in said
    assert "公安部门要依法打击涉医违法犯罪" in said          # not ordered in the tasks: its order stays
    assert safeguards[1] == ["各项任务最终都要落到项目和资金上。"]
    assert safeguards[2] == ["督查要多用暗访和随机抽查，看实情、听实话。"]   # an item keeps its one sentence


def test_a_department_keeps_an_order_of_another_kind_and_a_list_keeps_its_new_body():
    parts = [[], [["区城管局要加强日常巡查和执法，对乱倒垃圾的依法处理。"]],
             [["各部门要各负其责。", "住建、城市管理部门要抓好城区环境卫生整治，农业农村部门要抓好农村人居环境整治。",
               "城管部门要配合做好收费公示。"]]]
    shells = [[], [Heading(2, "（一）", "整治")], [Heading(2, "（一）", "协同")]]
    once.orders_once(parts, shells, ["opening", "tasks", "safeguards"], ())
    # 住建 was never ordered: the duty stands, for 住建 alone
    assert parts[2][0][1] == "住建部门要抓好城区环境卫生整治，农业农村部门要抓好农村人居环境整治。"
    assert parts[2][0][2] == "城管部门要配合做好收费公示。"


def test_a_marked_word_is_said_once_in_a_paragraph():
    parts = [[["人手跟不上，签约、随访这些服务就只能打折扣。",
               "托育服务供给跟不上，年轻家庭的后顾之忧就难以解除，生育支持政策的效果也会打折扣。"],
              ["从群众期盼看，少往外跑是群众最实在的期待。", "健康管理有人随访、不走过场，这是群众的期盼。",
               "这些期盼，就是今年各项工作要努力的方向。"]]]
    once.marked_once(parts, ())
    assert parts[0][0][1] == "托育服务供给跟不上，年轻家庭的后顾之忧就难以解除。"
    assert parts[0][1][1] == "健康管理有人随访、不走过场，这是群众的心愿。"
    assert parts[0][1][2].startswith("这些期盼")       # a word pointed back to is not said again


# --- through compose ------------------------------------------------------------------------------------------------
RICH = {
    "kind": "annual_conference", "year": 2024, "region": {"name": "临江区", "parent": "临州市"},
    "speaker": {"name": "王明", "title": "副区长", "on_behalf_of": "区委、区政府"}, "date": "2024-03-05",
    # (a length the brief fills with room to spare: the passes drop only while a speech keeps once.FLOOR_SHARE of it)
    "length": 4000,
    "achievements": [
        {"topic": "医疗服务", "metrics": [{"name": "区域内住院率", "value": 84.1, "unit": "%", "change": 1.8}]},
        {"topic": "公共卫生", "metrics": [{"name": "65岁以上老年人健康管理率", "value": 64.2, "unit": "%",
                                         "change": 3.0}]},
        {"topic": "人口家庭", "metrics": [{"name": "每千人口拥有3岁以下婴幼儿托位数", "value": 2.8, "unit": "个"}]},
    ],
    "problems": ["社区卫生服务中心全科医生数量不足", "急救站点布局不均衡，部分街道急救反应时间偏长",
                 "出生人口持续下降，托育服务利用率不高"],
    "priorities": [
        {"topic": "医疗服务", "items": ["推进紧密型城市医疗集团建设", "完善院前急救网络"]},
        {"topic": "基层卫生", "items": ["加强全科医生队伍建设"]},
        {"topic": "人口家庭", "items": ["发展普惠托育服务"],
         "targets": [{"name": "每千人口拥有3岁以下婴幼儿托位数", "value": 3.2, "unit": "个"}]},
        {"topic": "公共卫生", "items": ["做好老年人健康管理"],
         "targets": [{"name": "65岁以上老年人健康管理率", "value": 68, "unit": "%"}]},
    ],
}


def _causes(text: str) -> dict[str, list[str]]:
    """The four causes as the bench counts them (bench/bench_repeats.py's ``causes``), on a rendered draft."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_repeats.py"
    spec = importlib.util.spec_from_file_location("bench_repeats", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.causes(text, draft=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_rich_brief_says_each_idea_once_and_gives_each_body_one_order(resources, seed):
    text = render_text(compose(brief(**RICH), resources.bank, resources.templates, seed=seed), "txt")
    found = _causes(text)
    assert not found["restated"], found["restated"]
    assert not found["orders"], found["orders"]
    assert not found["marked"], found["marked"]
    assert not found["homes"] or len(found["homes"]) <= 1, found["homes"]
    assert "进一步完善院前急救网络，缩短急救反应时间" not in text
    # every safeguard item keeps something to say
    safeguards = text.split("\n")
    # (the task part's catch-all, compose.standing, heads its own 一是… paragraphs: plan25)
    from jianggao.compose.standing import CATCH_ALL_HEADINGS
    heads = [k for k, line in enumerate(safeguards) if re.match(r"^\s*（[一二三四五]）", line)
             and not any(h in line for h in CATCH_ALL_HEADINGS)]
    assert all(len(re.sub(r"^\s*（[一二三四五]）[^。]*。", "", safeguards[k])) > 0 or
               (k + 1 < len(safeguards) and safeguards[k + 1].strip() and not
                re.match(r"^\s*[（一二三四五六七八九十]", safeguards[k + 1])) for k in heads)


def test_the_passes_are_what_keeps_them_apart(resources, monkeypatch):
    """Without the passes the same brief shows the causes (the test above can fail)."""
    for name in ("generic_once", "measure_home", "orders_once", "marked_once"):
        monkeypatch.setattr(once, name, lambda *a, **k: None)
    texts = [render_text(compose(brief(**RICH), resources.bank, resources.templates, seed=s), "txt") for s in (1, 2, 3)]
    found = [_causes(t) for t in texts]
    assert any(f["orders"] or f["restated"] or f["marked"] or len(f["homes"]) > 1 for f in found)


def test_an_item_deployed_in_an_earlier_subsection_goes_and_the_items_after_it_count_on():
    """…where the speech has room to lose it: a thin brief keeps its items (f7 lost 8% of its length to two)."""
    parts = [[], [["二是推进紧密型城市医疗集团建设。", "牵头医院要向社区卫生服务中心派驻专科医生和管理骨干，开设联合门诊。"],
                  ["一是加强全科医生队伍建设。", "区卫生健康局要把需要补充的岗位和人数算清楚。"],
                  ["二是推动优质医疗资源下沉。", "推动上级医院专家定期到基层坐诊带教，让优质医疗资源更多下沉到群众身边。"],
                  ["三是完善基层运行机制。", "完善基层医疗卫生机构绩效工资政策，多劳多得、优绩优酬。"]]]
    shells = [[], [Heading(2, "（一）", "不断改善医疗服务"), Heading(2, "（二）", "加强基层医疗卫生服务体系建设"),
                   Paragraph(""), Paragraph("")]]
    once.measure_home(parts, shells, ["opening", "tasks"], (), once.Room(parts, 0))     # (room to lose a whole item)
    assert parts[1][2] == []
    assert parts[1][1][0] == "一是加强全科医生队伍建设。" and parts[1][3][0] == "二是完善基层运行机制。"
