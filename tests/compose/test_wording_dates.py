"""The templates' own wording is dated (issue 13 with issue 10's registry; the thirty-seventh and thirty-eighth
readings): a line naming a policy of a date says it only in its time.

bench/wording_audit.py lists every wording line and how it is dated; here its rule is kept for the policy terms the
readers found (and those read by hand in the audit's list): each line holding one is dated, by its entry's own window
or by the 提法 registry / compose's table, and drafts of 2012–2026, several kinds and levels, never say one out of
its time.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys

import pytest
from compose_helpers import REPO, brief

from jianggao.compose.core import compose
from jianggao.compose.era import out_of_time
from jianggao.writers.text import render_text

_spec = importlib.util.spec_from_file_location("wording_audit", REPO / "bench" / "wording_audit.py")
assert _spec and _spec.loader
audit = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("wording_audit", audit)
_spec.loader.exec_module(audit)

# A policy term of a date, the first day it may be said and the last (None: open), as the readers found them.
KNOWN: tuple[tuple[str, dt.date | None, dt.date | None], ...] = (
    (r"公立医院的?薪酬|医务人员的?薪酬", dt.date(2016, 8, 19), None),          # 两个允许; 薪酬制度改革试点 2017
    (r"孕产妇首诊负责制|推诿孕产妇", dt.date(2017, 7, 1), None),               # 母婴安全五项制度
    (r"中医药健康管理", dt.date(2013, 6, 1), None),                           # 基本公卫 from 2013-06
    (r"中医药与养老、旅游|中医药健康旅游", dt.date(2015, 4, 24), None),          # 国办发〔2015〕32号
    (r"取消药品加成(?:后|以后)?减少的", dt.date(2012, 6, 7), None),              # 县级公立医院综合改革试点
    (r"重在管理体制|管理体制、补偿机制、人事分配", dt.date(2012, 6, 7), dt.date(2017, 12, 31)),
    (r"县级公立医院(?:综合)?改革", None, dt.date(2019, 12, 31)),
    (r"产科、儿科[^。；]{0,8}(?:紧缺|倾斜)|向产科、儿科", dt.date(2016, 1, 1), None),  # 全面两孩
    (r"双随机", dt.date(2015, 8, 5), None),
    (r"综合监管制度|行业综合监管", dt.date(2016, 12, 27), None),
    (r"人工智能", dt.date(2017, 7, 8), None),
    (r"危急重症救治制度|妊娠风险筛查", dt.date(2017, 7, 1), None),
    (r"计划生育特殊家庭", dt.date(2013, 12, 1), None),
    (r"稳定适度低生育水平|稳定低生育水平", None, dt.date(2016, 12, 31)),
)


def _lines_with(pattern: str) -> list[audit.Line]:
    return [line for line in audit.wording_lines() if re.search(pattern, line.text)]


@pytest.mark.parametrize(("pattern", "start", "end"), KNOWN, ids=[k[0][:12] for k in KNOWN])
def test_every_wording_line_with_a_known_policy_term_is_dated(pattern, start, end):
    lines = _lines_with(pattern)
    assert lines, f"no wording line holds {pattern}: drop it from KNOWN"
    for line in lines:
        if line.window:
            continue
        if start:
            assert out_of_time(line.text, start - dt.timedelta(days=1), "县"), (line.where, line.text)
        if end:
            assert out_of_time(line.text, end + dt.timedelta(days=1), "县"), (line.where, line.text)


def test_the_audit_finds_every_line_and_sorts_each_policy_line():
    lines = audit.wording_lines()
    assert len(lines) > 3000
    assert any(line.where.startswith("task_more") for line in lines)
    assert any(".j2:" in line.where for line in lines)
    assert any(line.where.startswith("era_lines") and line.window for line in lines)
    assert audit.POLICY.search("要推进公立医院薪酬制度改革") and not audit.POLICY.search("要关心同志们的冷暖")


# (kind, date, level): every year the readers named and the turns of the registry (2013 merger, 2016 两孩, 2019
# 主题教育, 2021 党史学习教育, 2023, 2026 十五五), in several kinds and levels
DRAFTS = (
    ("annual_conference", "2012-02-21", "县"), ("work_report", "2012-02-22", "县"),
    ("annual_conference", "2013-02-22", "区"), ("work_report", "2016-02-18", "市"),
    ("annual_conference", "2019-02-20", "市"), ("annual_conference", "2021-02-24", "县"),
    ("midyear_review", "2023-07-20", "街道"), ("annual_conference", "2026-02-12", "镇"),
)
_NAMES = {"县": ("临江县", None), "区": ("江北区", None), "市": ("淇阳市", None),
          "街道": ("城关街道", "临江县"), "镇": ("石门镇", "安平县")}


def _rich(kind: str, date: str, level: str):
    name, parent = _NAMES[level]
    region = {"name": name, "level": level} | ({"parent": parent} if parent else {})
    topics = ("医改", "公共卫生", "妇幼健康", "中医药", "基层卫生", "人才队伍")
    return brief(kind=kind, year=int(date[:4]), date=date, region=region,
                 achievements=[{"topic": t, "facts": ["各项工作按计划推进"]} for t in topics[:3]],
                 priorities=[{"topic": t, "items": []} for t in topics],
                 problems=["基层人才流失", "医务人员积极性不高"])


@pytest.mark.parametrize(("kind", "date", "level"), DRAFTS, ids=[f"{d[1][:4]}{d[2]}" for d in DRAFTS])
def test_drafts_never_say_a_known_policy_term_out_of_its_time(real, kind, date, level):
    speech = _rich(kind, date, level)
    day = dt.date.fromisoformat(date)
    said = render_text(compose(speech, real.bank, real.templates, seed=1), "txt")
    for pattern, start, end in KNOWN:
        if (start and day < start) or (end and day > end):
            for sentence in re.split("[。；！？\n]", said):
                if re.search(pattern, sentence) and out_of_time(sentence, day, level):
                    pytest.fail(f"{date} {level}: {sentence}")
