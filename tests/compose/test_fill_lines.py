"""No stock filler the readers marked (the fifteenth to eighteenth readings, FILL): three 认识, 几点体会, 三个把握's
wrap-up, the 哪一项都马虎不得 closer, empty bridges and 作风 sermons, and the meeting praising itself.  Drafts of our
own briefs across kinds, years 2012–2026 and levels (县 区 市 镇); and the twenty-second reading's openers and closers
(把××精神落实到…各个方面, 群众看在眼里记在心上, 把年初部署的任务一项一项往前推) in the bench's drafts too."""
from __future__ import annotations

import pytest

from jianggao.compose.core import compose
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

STOCK = ("从三个方面来认识", "三个方面深化对", "至少有三条理由", "三层意思", "抓与不抓、抓紧与不抓紧", "深刻体会到",
         "几点体会", "有机整体", "相辅相成、有机统一", "马虎不得", "去年打下的基础", "有了这些基础", "讲成绩，是为了",
         "挑毛病", "作风扎实的单位", "以会议落实会议", "开得很紧凑", "都讲清楚了", "领导重视的程度", "坚决拥护",
         "随着群众健康意识的增强", "开展卫生知识宣传和健康教育是爱国卫生工作的重要内容", "建立完善人事薪酬制度",
         # the twenty-second reading's openers and closers that say nothing of the year (finish._STOCK_FILL)
         "工作的各个方面", "记在心上", "把年初部署的任务一项一项往前推", "这些问题不解决", "越是到了关键时期",
         "看准了的事情", "会议开得很", "突出重点、补齐短板，推动各项")

BRIEFS = [
    ("work_report", 2012, {"name": "东阳县"}, {"name": "周建平", "title": "县卫生局局长"}, None),
    ("annual_conference", 2016, {"name": "南岗县"}, {"name": "李华", "title": "副县长", "on_behalf_of": "县委、县政府"}, None),
    ("annual_conference", 2019, {"name": "清河区"}, {"name": "刘晓明", "title": "副区长", "on_behalf_of": "区委、区政府"}, None),
    ("special_topic", 2021, {"name": "江城市"}, {"name": "赵丽", "title": "副市长"}, "2021年全市爱国卫生工作会议"),
    ("midyear_review", 2023, {"name": "白水县"}, {"name": "王强", "title": "县卫生健康局局长"}, None),
    ("work_report", 2026, {"name": "临川区"}, {"name": "杜晓峰", "title": "区卫生健康局局长"}, None),
    ("pledge", 2024, {"name": "石门镇", "parent": "安平县"}, {"name": "陈静", "title": "镇长"}, None),
]


def _brief(kind, year, region, speaker, meeting) -> Brief:
    data = {"kind": kind, "year": year, "region": region, "speaker": speaker,
            "achievements": [{"topic": "爱国卫生", "facts": ["通过国家卫生县城复审"]},
                             {"topic": "公共卫生", "metrics": [{"name": "居民健康档案建档率", "value": 76, "unit": "%"}]},
                             {"topic": "基层卫生", "facts": ["新建标准化村卫生室12所"]}],
            "problems": ["病媒生物密度偏高", "基层人才不足"],
            "priorities": [{"topic": "爱国卫生", "items": ["开展病媒生物防制"]},
                           {"topic": "公共卫生", "items": ["做实基本公共卫生服务"]},
                           {"topic": "基层卫生", "items": ["加强基层人才队伍建设"]}]}
    if meeting:
        data["meeting"] = meeting
    return Brief.model_validate(data)


@pytest.mark.parametrize("case", BRIEFS, ids=lambda c: f"{c[0]}_{c[1]}")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_stock_filler(real, case, seed):
    text = render_text(compose(_brief(*case), real.bank, real.templates, seed=seed), "txt")
    for stock in STOCK:
        assert stock not in text, stock


@pytest.mark.parametrize("name", ["b03_annual_2016_city_mid", "b04_work_report_2017_district_rich",
                                  "b14_work_report_2026_city_rich", "b21_midyear_2012_city", "b26_work_report_2014_county"])
def test_no_stock_opener_or_closer_in_the_bench_drafts(real, name):
    from compose_helpers import REPO

    from jianggao.briefs.load import load_brief
    b = load_brief(REPO / "bench" / "briefs" / f"{name}.yaml")
    for seed in (1, 2):
        text = render_text(compose(b, real.bank, real.templates, seed=seed), "txt")
        for stock in STOCK[-8:]:
            assert stock not in text, (seed, stock)
