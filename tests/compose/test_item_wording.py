"""Briefed items of recent years have measures of their own (templates/wording/task_more.yaml by_item), said only where
the brief asks for them (picker._ASKED_WORK): the thirtieth and thirty-first readings found 落实育儿补贴制度,
持续推进体重管理年活动 and 控制医疗费用不合理增长 left as one line, 此外，还要…."""
from __future__ import annotations

import pytest
from compose_helpers import brief

from jianggao.compose.core import compose

ITEMS = {"落实育儿补贴制度": "育儿补贴要", "持续推进体重管理年活动": "体重管理",
         "控制医疗费用不合理增长": "医疗"}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_recent_item_is_delivered_not_left_as_one_line(real, seed):
    b = brief(kind="annual_conference", year=2026, region={"name": "澄州市"}, date="2026-02-10",
              speaker={"name": "范立军", "title": "副市长"},
              priorities=[{"topic": "人口家庭", "items": ["落实育儿补贴制度"]},
                          {"topic": "公共卫生", "items": ["持续推进体重管理年活动"]},
                          {"topic": "医改", "items": ["控制医疗费用不合理增长"]}])
    text = compose(b, real.bank, real.templates, seed=seed).all_text()
    assert "此外，还要" not in text and "同时，还要" not in text, text
    for item in ITEMS:
        after = text.split(item, 1)[1] if item in text else ""
        assert after and not after.lstrip("。").startswith("\n"), (item, text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_programme_is_never_said_where_the_brief_does_not_ask(real, seed):
    b = brief(kind="annual_conference", year=2026, region={"name": "澄州市"}, date="2026-02-10",
              speaker={"name": "范立军", "title": "副市长"},
              priorities=[{"topic": "人口家庭", "items": ["发展普惠托育服务"]},
                          {"topic": "医疗服务", "items": ["加强临床重点专科建设"]}])
    text = compose(b, real.bank, real.templates, seed=seed).all_text()
    for programme in ("育儿补贴", "体重管理", "人工智能", "生育友好医院"):
        assert programme not in text, (programme, text)


@pytest.mark.parametrize("item", ["开设中医综合服务区", "设立老年人就医绿色通道", "配齐急救设备", "增设发热诊室"])
def test_an_item_that_opens_or_equips_something_is_said_as_typed(item):
    # fresh18's pledge: 我们将抓好开设中医综合服务区
    from jianggao.compose.context import as_measure
    assert as_measure(item) == item


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_unit_s_pledge_weighs_its_own_circumstances_not_the_district_s(real, seed):
    # a community health centre's head said 结合河西区的实际: she speaks for the centre, not for the district
    from jianggao.writers.text import render_text
    b = brief(kind="pledge", year=2013, region={"name": "河西区"}, date="2013-02-27",
              meeting="2013年全区卫生工作会议",
              speaker={"name": "孔令华", "title": "河西街道社区卫生服务中心主任",
                       "on_behalf_of": "河西街道社区卫生服务中心"},
              achievements=[{"topic": "基层卫生",
                             "metrics": [{"name": "居民健康档案建档率", "value": 78.2, "unit": "%"}]}],
              priorities=[{"topic": "基层卫生", "items": ["落实国家基本公共卫生服务项目"]},
                          {"topic": "中医药", "items": ["开设中医综合服务区"]}])
    text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
    assert "结合河西区的实际" not in text
    assert "抓好开设" not in text
