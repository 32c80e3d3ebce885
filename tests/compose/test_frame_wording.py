"""The frame's own sentences (safeguards, lessons, closing) read as a speech of their date and do not say twice what
the speech has said."""
from __future__ import annotations

import re

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose


def _body(speech) -> str:
    return "".join(getattr(b, "number", "") + getattr(b, "text", "") + getattr(b, "body", "") for b in speech.blocks)


def _rich(**extra):
    data = dict(year=2022, region={"name": "云溪县"}, date="2022-02-24",
                speaker={"name": "陈立新", "title": "副县长"},
                achievements=[{"topic": "妇幼健康", "metrics": [{"name": "孕产妇死亡", "value": 0, "unit": "例"}]},
                              {"topic": "医改", "facts": ["县域医共体实现医保基金打包支付"]}],
                problems=["村医队伍年龄老化"],
                priorities=[{"topic": "妇幼健康", "items": ["保障母婴安全"],
                             "targets": [{"name": "孕产妇死亡", "value": 0, "unit": "例"}]},
                            {"topic": "医改", "items": ["推进紧密型县域医共体建设"]},
                            {"topic": "基层卫生", "items": ["稳定乡村医生队伍"]}])
    data.update(extra)
    return brief(**data)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_zero_death_target_is_not_reconciled_twice_a_year(real, seed):
    said = _body(compose(_rich(), real.bank, real.templates, seed=seed))
    assert not re.search(r"孕产妇死亡[^。]*对账", said)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_2012_work_report_keeps_its_lessons_in_its_own_words(real, seed):
    b = _rich(kind="work_report", year=2012, date="2012-03-06", speaker={"name": "杜明亮", "title": "县卫生局局长"})
    said = _body(compose(b, real.bank, real.templates, seed=seed))
    # no 工作体会 at all since the eighteenth reading (four generic lessons drawn from nothing the review reported, FILL)
    assert "深刻体会" not in said and "几点体会" not in said
    assert "钉钉子" not in said and "卫生健康工作全过程" not in said


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_closing_does_not_say_the_opening_s_purpose_again(real, seed):
    said = _body(compose(_rich(), real.bank, real.templates, seed=seed))
    closing = said[said.rindex("同志们，"):]
    assert "分析了面临的形势" not in closing


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bureau_chief_pledges_for_his_own_bureau_by_its_place_s_name(real, seed):
    b = brief(kind="pledge", year=2019, region={"name": "永和县", "parent": "临州市"}, date="2019-03-08",
              meeting="2019年全市卫生健康工作会议", speaker={"name": "马建军", "title": "县卫生健康局局长"},
              priorities=[{"topic": "医改", "items": ["推进县域医共体建设"]}])
    said = _body(compose(b, real.bank, real.templates, seed=seed))
    assert "我代表永和县卫生健康局" in said and "县委、县政府作" not in said
    assert said.count("组织的信任") <= 1
