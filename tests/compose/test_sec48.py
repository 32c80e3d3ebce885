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


_F3 = dict(kind="special_topic", year=2017, region={"name": "平川县", "short": "平川"},
           meeting="2017年全县深化医药卫生体制改革工作会议",
           speaker={"name": "钱国华", "title": "副县长", "on_behalf_of": "县政府"}, date="2017-04-11", length=4500,
           achievements=[{"topic": "医改", "metrics": [{"name": "县域内就诊率", "value": 84.7, "unit": "%", "change": 2.3}]},
                         {"topic": "基层卫生", "metrics": [{"name": "乡镇卫生院门急诊", "value": 46.2, "unit": "万人次"}]},
                         {"topic": "医疗服务", "facts": ["县人民医院通过二级甲等综合医院复审"]}],
           problems=["县级医院专科能力不足，部分病种外转较多", "基层医疗卫生机构运行补偿机制不健全"],
           priorities=[{"topic": "医改", "items": ["全面推开公立医院综合改革", "推进县域医共体建设"]},
                       {"topic": "基层卫生", "items": ["完善基层运行补偿机制"]},
                       {"topic": "医疗服务", "items": ["加强县级医院临床专科建设"]}])


def test_a_grassroots_compensation_gap_is_answered_for_the_grassroots(real):
    # (sec48's f3, pair48's p3: 基层…运行补偿机制不健全 answered with the county hospitals' lost drug mark-up)
    text = compose(brief(**_F3), real.bank, real.templates, seed=1).all_text()
    assert "经常性收支" in text
    assert "逐院测算取消药品加成后减少的收入" not in text
