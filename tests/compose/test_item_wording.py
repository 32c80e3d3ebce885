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
