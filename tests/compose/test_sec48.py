"""What the fresh48 reading (sec48) showed and the fix of each: a city's enforcement body is a 支队 (a county's a
大队); 行政效能监察 is not said after the supervision law abolished administrative supervision; a 乡's pledge says 乡村两级,
not 镇村两级; the safeguards' lead opens on 为确保; supplies are 调得出、用得上."""
from __future__ import annotations

import datetime as dt

from compose_helpers import brief

from jianggao.compose import era
from jianggao.compose.core import compose
from jianggao.model import levels


def test_a_city_s_enforcement_body_is_a_zhidui_and_a_county_s_a_dadui():
    day = dt.date(2023, 7, 26)
    assert "市卫生健康综合执法支队" in levels.units("市", day).public_health
    assert "县卫生健康综合执法大队" in levels.units("县", day).public_health
    # (a county-level city keeps a county's body under the 市's name)
    assert "市卫生健康综合执法大队" in levels.units("市", day, county_city=True).public_health
    assert "市卫生监督所" in levels.units("市", dt.date(2018, 6, 1)).public_health


def test_administrative_supervision_is_not_said_after_the_supervision_law():
    line = "全面推进依法行政，建立执法责任制、责任追究制和行政效能监察制。"
    assert era.outside_window(line, dt.date(2017, 3, 1)) == []
    assert era.outside_window(line, dt.date(2019, 3, 1)) != []


_F5 = dict(kind="pledge", year=2025, region={"name": "石桥乡", "level": "乡", "parent": "丰和县"},
           speaker={"name": "王桂兰", "title": "石桥乡乡长", "on_behalf_of": "石桥乡"}, date="2025-02-25",
           achievements=[{"topic": "基层卫生", "facts": ["乡卫生院中医馆建成"]}],
           priorities=[{"topic": "基层卫生", "items": ["推进村卫生室服务能力提升"]},
                       {"topic": "爱国卫生", "items": ["深入开展农村人居环境整治"]}])


def test_a_xiang_pledges_as_a_xiang(real):
    for seed in (1, 2, 3):
        text = compose(brief(**_F5), real.bank, real.templates, seed=seed).all_text()
        assert "镇村两级" not in text and "建后管护" not in text, seed


def test_the_safeguards_lead_has_its_purpose_marker(real):
    from jianggao.resources import templates_dir

    source = (templates_dir() / "sections" / "safeguards.j2").read_text(encoding="utf-8")
    assert '"确保" ~ when' not in source and '"为确保" ~ when' in source
    more = (templates_dir() / "wording" / "task_more.yaml").read_text(encoding="utf-8")
    assert "试剂的储备，确保一旦出现疫情能够拉得出" not in more
