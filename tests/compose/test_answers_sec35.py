"""Answers the fresh33/fresh34 readers asked for (sec35, pair35): a children's clinic under pressure is answered by
clinic hours and doctors, not by 产科 beds; 医患矛盾 is a 医疗纠纷 problem; a problem no area's words name goes to the brief
item that names its thing."""
from __future__ import annotations

from compose_helpers import brief

from jianggao.compose.core import compose
from jianggao.compose.picker import TopicView
from jianggao.compose.plan import TasksView, _by_shared_word

_DISTRICT_2026 = dict(
    kind="annual_conference", year=2026, region={"name": "清溪区", "short": "清溪"}, date="2026-02-27",
    speaker={"name": "宋立", "title": "区长", "on_behalf_of": "区委、区政府"},
    achievements=[{"topic": "医疗服务", "metrics": [{"name": "二级以上医院检查检验结果互认项目", "value": 186, "unit": "项"}]},
                  {"topic": "基层卫生", "metrics": [{"name": "家庭医生签约服务覆盖率", "value": 48.6, "unit": "%"}]},
                  {"topic": "妇幼健康", "metrics": [{"name": "孕产妇死亡", "value": 0, "unit": "例"}]}],
    problems=["儿科夜间门诊资源紧张"],
    priorities=[{"topic": "医疗服务", "items": ["推进检查检验结果互认"]},
                {"topic": "基层卫生", "items": ["做实家庭医生签约服务"]},
                {"topic": "妇幼健康", "items": ["加强儿科服务能力建设"]}])


def _paragraph_with(text: str, needle: str) -> str:
    return next(p for p in text.split("\n") if needle in p)


def test_a_children_s_clinic_under_pressure_is_answered_by_its_hours_and_doctors(real):
    for seed in (1, 2):
        text = compose(brief(**_DISTRICT_2026), real.bank, real.templates, seed=seed).all_text()
        answer = _paragraph_with(text, "排好儿科门诊")
        assert "夜间" in answer and "助产人员" not in answer and "高危孕产妇" not in answer
        # (said under the brief's 儿科 item, not under the first general area)
        assert "加强儿科服务能力建设" in answer


def test_patients_and_doctors_at_odds_is_a_dispute_problem(real):
    fields = dict(_DISTRICT_2026, problems=["医患矛盾时有发生"],
                  priorities=[{"topic": "医疗服务", "items": ["开展平安医院创建"]},
                              *_DISTRICT_2026["priorities"][1:]])
    text = compose(brief(**fields), real.bank, real.templates, seed=1).all_text()
    assert "医疗纠纷人民调解" in text


def test_a_problem_goes_to_the_brief_item_naming_its_thing():
    def area(key, name, items):
        return TasksView(TopicView(key, name, True), items=tuple(items), from_brief=True)
    tasks = [area("medical_services", "医疗服务", ["推进检查检验结果互认"]),
             area("maternal_child", "妇幼健康", ["加强儿科服务能力建设"])]
    assert _by_shared_word("儿科夜间门诊资源紧张", tasks) == 1
    # (a word every item shares names no thing)
    assert _by_shared_word("服务能力不足", tasks) is None
