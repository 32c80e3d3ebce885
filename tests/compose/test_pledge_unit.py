"""A unit's pledge (表态发言 by a hospital or a 中心) commits its own service, never a regulator's work: bench b27, a
县人民医院's pledge, said 加强对医疗美容、养生保健等重点领域的监管，严厉打击非法行医 (templates/sections/pledge.j2)."""
from __future__ import annotations

import pytest
from compose_helpers import REPO

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.writers.text import render_text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_hospital_pledges_no_regulation(real, seed):
    b = load_brief(REPO / "bench" / "briefs" / "b27_pledge_2016_county.yaml")
    body = render_text(compose(b, real.bank, real.templates, seed=seed), "txt").split("\n", 4)[-1]
    assert "创建二级甲等综合医院" in body
    for word in ("监管", "打击", "非法行医", "执法"):
        assert word not in body, (word, body)
