"""An address (致辞) fits its occasion: a 培训班 opening speaks to the trainees, a 表彰 meeting to those it honours,
and every address keeps its sign-off (最后，预祝…圆满成功)."""
from __future__ import annotations

import pytest

from jianggao.compose.core import compose
from jianggao.compose.needs import needs_of
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text


def _address(meeting: str, date: str = "2017-05-16") -> Brief:
    return Brief.model_validate({"kind": "address", "year": int(date[:4]), "region": {"name": "宁川市"},
                                 "meeting": meeting, "date": date,
                                 "speaker": {"name": "高文静", "title": "副市长"}})


def test_a_sign_off_is_no_list_s_last_item():
    assert needs_of("最后，预祝会议取得圆满成功！") == frozenset()
    assert needs_of("最后，衷心祝愿会议取得圆满成功！") == frozenset()
    assert needs_of("最后，要加强督查考核。") == {"follows"}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_training_class_opening_speaks_to_its_trainees(real, seed):
    text = render_text(compose(_address("2017年全市卫生计生系统业务培训班开班仪式"), real.bank, real.templates,
                               seed=seed), "txt")
    assert "学员" in text and "预祝" in text and "培训班" in text.split("\n", 3)[-1]
    assert "新的一年" not in text           # a May opening is well into the year


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("meeting, who, said", [
    ("2023年全县乡村医生能力提升培训班开班式", "乡村医生", "村医"),
    ("2019年全县护理管理培训班开班仪式", "护理人员", "护士"),
    ("2024年全县疾控系统业务培训班开班式", "公共卫生专业人员", "专业技术队伍"),
])
def test_a_training_class_hears_about_its_own_trade(real, seed, meeting, who, said):
    """A 培训班 of 乡村医生 is told what 乡村医生 are to the public and what the host will do for them, not a conference's
    盛会 of 凝聚共识 and a programme of 医改 (a 2023 乡村医生 class got neither); a bureau's head 积极争取 the care."""
    date = meeting[:4] + "-09-12"
    b = Brief.model_validate({"kind": "address", "year": int(meeting[:4]), "region": {"name": "云溪县"},
                              "meeting": meeting, "date": date,
                              "speaker": {"name": "周立平", "title": "县卫生健康局局长"}})
    body = render_text(compose(b, real.bank, real.templates, seed=seed), "txt").split("\n", 3)[-1]
    assert "盛会" not in body and "凝聚共识" not in body
    assert "广大" + who in body and said in body.replace(who, "")
    assert "积极争取" in body and "深化医药卫生体制改革" not in body


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_address_keeps_its_sign_off(real, seed):
    """A ceremony's address wishes it success; the host's address at its own work meeting closes on the year's rally
    (compose.stance: a 2012 county address that 预祝'd its own meeting read as a guest's, address29)."""
    for meeting, date in (("2025年全市卫生健康工作会议", "2025-03-18"), ("2019年全市卫生健康系统表彰大会", "2019-12-20")):
        text = render_text(compose(_address(meeting, date), real.bank, real.templates, seed=seed), "txt")
        if "表彰" in meeting:
            assert "预祝" in text or "祝愿" in text, text
            assert "表彰" in text.split("\n", 3)[-1]
        else:
            assert "让我们" in text.rsplit("\n", 2)[-2] and "预祝" not in text, text


def test_every_facet_subject_names_a_facet_the_wording_has():
    # context.FACET_SUBJECTS is keyed by facets.yaml's headings: a reworded heading must not silently lose its subject
    import yaml
    from compose_helpers import REPO

    from jianggao.compose.context import FACET_SUBJECTS
    facets = yaml.safe_load((REPO / "templates" / "wording" / "facets.yaml").read_text(encoding="utf-8"))
    headings = {f[0].split("‖")[0] for fs in facets.values() for f in fs}
    assert set(FACET_SUBJECTS) <= headings, set(FACET_SUBJECTS) - headings


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_nurses_day_address_is_written_for_the_nurses_and_their_day(real, seed):
    """The twenty-second reading: a nurses' day 表彰 greeted 先进集体 nobody named and thanked 医务工作者; its people are
    the nurses and the honoured 优秀护士, and a 副市长 given no mandate speaks for 市政府, not 市委、市政府."""
    b = Brief.model_validate({
        "kind": "address", "year": 2025, "region": {"name": "江北市"}, "date": "2025-05-12",
        "meeting": "2025年江北市庆祝“5·12”国际护士节暨优秀护士表彰大会", "speaker": {"name": "沈丽", "title": "副市长"},
        "achievements": [{"topic": "医疗服务", "facts": ["全市推行责任制整体护理", "20名护士获评优秀护士"]}]})
    body = render_text(compose(b, real.bank, real.templates, seed=seed), "txt").split("\n", 3)[-1]
    assert body.count("护士") >= 6
    assert "受到表彰的优秀护士" in body or "表彰的优秀护士" in body
    assert "先进集体" not in body
    assert "市委、市政府" not in body and "市政府" in body
    assert "祝全市广大护士" in body and "医术" not in body


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("fact, thanked", [
    ("新冠肺炎疫情发生后，全市42名护士驰援湖北", True), ("选派12名医务人员组成援疆医疗队", True),
    ("市人民医院胸痛中心通过国家认证", False),
])
def test_staff_who_went_to_help_elsewhere_are_thanked_with_their_families(real, seed, fact, thanked):
    """wording/deployed.yaml: a highlight that tells of staff sent to help elsewhere has them and their families thanked;
    one that does not, never (reading 46's r6)."""
    b = Brief.model_validate({"kind": "address", "year": 2020, "region": {"name": "宁川市"},
                              "meeting": "2020年全市护士节表彰大会", "date": "2020-05-12",
                              "speaker": {"name": "高文静", "title": "副市长"},
                              "achievements": [{"topic": "医疗服务", "facts": [fact]}]})
    body = render_text(compose(b, real.bank, real.templates, seed=seed), "txt").split("\n", 3)[-1]
    assert ("家人道一声辛苦" in body) is thanked, body
