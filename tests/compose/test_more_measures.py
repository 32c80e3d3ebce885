"""The second wave's measures (len9): where an area's pool ran dry on held-out rich briefs, distinct measures with
codes of their own; each is said once in an area and dated lines keep to their years."""
from __future__ import annotations

import datetime as dt

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.ideas import AREA_OF, BROAD, MEASURES, akin, ideas_of, measure_again
from jianggao.model.tifa import load_registry
from jianggao.render import load_resources
from jianggao.writers.text import render_text

_NEW = {
    "medical_reform": ("设置规划", "大型设备", "床位规模", "社会办医", "多点执业", "院长培训", "网上采购", "收支差额",
                       "基药到村", "门诊统筹", "大病保障", "即时结报", "定点管理", "参合筹资",
                       "住院核查", "基层综改"),
    "primary_care": ("网点布局", "基层减负", "基层院长", "全科转岗", "处方管理", "签约团队", "健康评估", "在线服务",
                     "晋升前下基层", "功能社区", "转诊优先",
                     "基层急救", "延时服务", "慢病衔接"),
    "population_family": ("流动人口", "两非", "托育备案", "计生协", "托育指导", "育儿指导", "托育评估", "入托体检",
                          "婚育新风", "人口研究", "人口信息", "备孕指导"),
    "health_poverty": ("分类救治", "扶贫健康教育", "扶贫核查", "远程扶贫"),
    "medical_services": ("执业校验", "医疗广告", "科室承包", "民营监管", "医德考评", "边查边改", "全覆盖检查",
                         "等级评审", "法治教育", "医疗美容"),
    "maternal_child": ("母婴阻断",),
    "public_health": ("资金拨付", "档案开放", "公卫职责"),
}


def _task_more() -> dict[str, list[str]]:
    return load_resources().templates.wording["TASK_MORE"]


@pytest.mark.parametrize("area", sorted(_NEW))
def test_each_new_measure_is_written_under_its_area_with_a_code_of_its_own(area):
    lines = [x.split("‖")[0] for x in _task_more()[area]]
    for code in _NEW[area]:
        assert code in MEASURES
        mine = [x for x in lines if code in ideas_of(x)]
        assert mine, code
        # said once: a second sentence of the same measure is refused in the area
        assert measure_again(ideas_of(mine[0]), {code: 1})
        # a measure, not another area's narrow idea said again: the area's rules let it in
        assert all(akin(area, AREA_OF[x]) for x in ideas_of(mine[0]) - BROAD - MEASURES)


def test_no_new_measure_carries_a_number_or_a_claim_about_the_place():
    for codes in _NEW.values():
        for code in codes:
            for area_lines in _task_more().values():
                for line in area_lines:
                    if code in ideas_of(line.split("‖")[0]):
                        assert not any(c.isdigit() for c in line)
                        assert not any(w in line for w in ("我市", "我县", "我区", "已经建成", "成功创建"))


def test_the_dated_ones_keep_to_their_years():
    reg = load_registry()
    # the 新农合 office's own lines name the 合管办, which has no successor: dropped after the merger, not reworded as
    # 城乡居民医保 in a commission's mouth (a brief naming 新农合 in 2023 excuses the word 新农合, not the office)
    for line in _task_more()["medical_reform"]:
        if "合管" in line:
            assert reg.outside_window(line, dt.date(2023, 7, 1)) and not reg.outside_window(line, dt.date(2013, 7, 1))
    three = next(x for x in _task_more()["health_poverty"] if "三个一批" in x)
    assert reg.outside_window(three, dt.date(2016, 3, 1))
    assert not reg.outside_window(three, dt.date(2018, 3, 1))
    nursery = next(x for x in _task_more()["population_family"] if "登记备案" in x)
    assert reg.outside_window(nursery, dt.date(2015, 3, 1))
    assert not reg.outside_window(nursery, dt.date(2024, 3, 1))


@pytest.mark.parametrize("seed", [1, 2])
def test_a_rich_county_speech_says_each_new_measure_once(real, seed):
    brief = load_brief(REPO / "bench" / "briefs" / "b05_annual_2018_county_rich.yaml")
    speech = compose(brief, real.bank, real.templates, seed=seed)
    text = render_text(speech, "txt")
    for codes in _NEW.values():
        for code in codes:
            hits = [s for s in text.split("。") if code in ideas_of(s + "。")]
            assert len(hits) <= 2, (code, hits)


# the safeguards' reasons (sections/_parts.j2, ``why``): a few of their words each, enough to know them in a draft
_REASONS = ("领导重视的程度", "最终都要落到项目和资金上", "责任明确不到人", "重视不重视、抓得紧不紧", "考核导向指向哪里", "有没有人问效",
            "干好干坏就没有区别", "衔接不畅", "投入是基础", "政府的责任，也是",
            "资金保障跟不上", "人才是第一资源", "也要靠人来", "主体力量", "对群众的态度问题", "作风漂浮",
            "廉政风险点", "群众对医疗卫生行业的信任", "廉洁自律上", "政策讲透了",
            "宣传做不到位", "了解多少", "盯着抓、跟着问", "有了明确的责任人", "上热下冷", "不是为了给哪个单位挑毛病",
            "基本条件", "从纸面落到地面", "队伍建设必须放在突出位置", "基层尤其如此",
            "作风建设永远在路上", "多一分配合", "担当和作为上", "直接决定着推进快不快", "阻力就越小",
            "检查和问效跟得上", "部门之间的衔接上", "风清气正的行业环境", "把纪律挺在前面", "支持就会更多",
            "知不知晓、理不理解", "谁牵头、谁配合", "没有人盯着抓", "难以开工、难见实效", "难以落地、难见实效", "停在纸面上",
            "根子上是投入跟不上",
            "不少任务需要资金支撑", "任务部署下去，资金安排")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_safeguard_item_says_why_before_what_it_asks(real, seed):
    brief = load_brief(REPO / "bench" / "briefs" / "b13_annual_2025_county_rich.yaml")
    text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
    part = text.split("四、")[1].split("同志们，")[0]
    items = [x for x in part.split("\n") if x.strip().startswith("（")]
    assert len(items) >= 3
    # one item gives its reason, as its first sentence after the heading (a maxim opening every item was the blind
    # readers' tell), and gives only one
    reasoned = [item for item in items if any(r in item for r in _REASONS)]
    assert len(reasoned) == 1, reasoned
    assert any(r in reasoned[0].split("。")[1] for r in _REASONS), reasoned[0]
    assert sum(r in reasoned[0] for r in _REASONS) == 1, reasoned[0]
    # no reason twice in a speech
    assert all(text.count(r) <= 1 for r in _REASONS)
