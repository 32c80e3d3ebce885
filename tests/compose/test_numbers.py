"""Metric phrasing per GB/T 15835: values as typed, rate changes in points, lower-is-better as good news."""
from __future__ import annotations

import re

import pytest

from jianggao.compose.numbers import (
    change_phrase,
    chinese_count,
    five_year_plan,
    is_stock,
    metric_phrase,
    target_phrase,
)
from jianggao.model.brief import Metric


def m(**kw) -> Metric:
    return Metric.model_validate({"name": "指标", "value": 1, **kw})


@pytest.mark.parametrize("kw, expected", [
    (dict(name="家庭医生签约服务覆盖率", value=45.2, unit="%", change=3.1), "家庭医生签约服务覆盖率达到45.2%，同比提高3.1个百分点"),
    (dict(name="覆盖率", value="45.20", unit="%", change=-0.3), "覆盖率为45.20%，同比下降0.3个百分点"),
    (dict(name="门急诊", value=1.2, unit="万人次", change=8.6, change_unit="%"), "门急诊达到1.2万人次，同比增长8.6%"),
    (dict(name="门急诊", value=1.2, unit="万人次", change=-2, change_unit="%"), "门急诊为1.2万人次，同比下降2%"),
    (dict(name="医养结合机构", value=41, unit="家", change=6), "医养结合机构达到41家，比上年底增加6家"),
    (dict(name="新增床位", value=320, unit="张"), "新增床位320张"),
    (dict(name="孕产妇死亡率", value=8.6, unit="/10万", change=-1.2, better="lower"), "孕产妇死亡率降至8.6/10万，同比下降1.2/10万"),
    (dict(name="婴儿死亡率", value=3.1, unit="‰", change=0.2, better="lower"), "婴儿死亡率为3.1‰，同比上升0.2个千分点"),
    (dict(name="孕产妇死亡率", value=9.6, unit="/10万", change=1.2, better="lower"), "孕产妇死亡率为9.6/10万，同比上升1.2/10万"),
    (dict(name="达到服务能力推荐标准的基层医疗卫生机构", value=58, unit="家", change=12),
     "58家基层医疗卫生机构达到服务能力推荐标准，比上年底增加12家"),
    (dict(name="社区卫生服务中心达到推荐标准", value=6, unit="个"), "6个社区卫生服务中心达到推荐标准"),
    (dict(name="建成健康社区", value=14, unit="个", change=5), "建成健康社区14个，同比增加5个"),
    (dict(name="完成农村改厕", value=1200, unit="户"), "完成农村改厕1200户"),
    (dict(name="上半年出生人口", value=2360, unit="人"), "上半年出生人口2360人"),   # a head count, no goal reached
    (dict(name="接种率", value=98, unit="%", change=0), "接种率达到98%，与上年持平"),
    (dict(name="接种率", value=98, unit="%", change=2, change_unit="个百分点"), "接种率达到98%，同比提高2个百分点"),
])
def test_metric_phrase(kw, expected):
    assert metric_phrase(m(**kw)) == expected


# The held-out readings' pasted names (乡镇卫生院标准化建设达到12所, 65岁及以上老年人健康管理达到2.1万人, 家庭医生签约达到
# 1.8万人, 病媒生物密度控制水平达标街道的有8个), and names of the same grammar no sample brief has: a count is said by what
# its name counts, its value and unit as typed and every word of its name kept.
@pytest.mark.parametrize("kw, expected", [
    (dict(name="乡镇卫生院标准化建设", value=12, unit="所"), "12所乡镇卫生院完成标准化建设"),
    (dict(name="村卫生室标准化改造", value=30, unit="个", change=5), "30个村卫生室完成标准化改造，同比增加5个"),
    (dict(name="65岁及以上老年人健康管理", value=2.1, unit="万人"), "为65岁及以上老年人提供健康管理服务2.1万人"),
    (dict(name="0—6岁儿童健康管理", value=3.2, unit="万人"), "为0—6岁儿童提供健康管理服务3.2万人"),
    (dict(name="家庭医生签约", value=1.8, unit="万人"), "家庭医生签约1.8万人"),
    (dict(name="病媒生物密度控制水平达标街道", value=8, unit="个"), "8个街道病媒生物密度控制水平达标"),
    (dict(name="食品生产企业监督抽检", value=120, unit="家"), "对120家食品生产企业开展监督抽检"),
    (dict(name="中小学校传染病防控督导", value=45, unit="所"), "对45所中小学校开展传染病防控督导"),
    (dict(name="远程医疗覆盖村卫生室", value=120, unit="个"), "远程医疗覆盖120个村卫生室"),
    (dict(name="健康知识讲座", value=120, unit="场"), "举办健康知识讲座120场"),
    (dict(name="卫生应急演练", value=12, unit="次"), "开展卫生应急演练12次"),
    (dict(name="居民电子健康档案建档", value=52.3, unit="万份"), "建立居民电子健康档案52.3万份"),
    (dict(name="流感疫苗接种", value=0.8, unit="万剂次"), "接种流感疫苗0.8万剂次"),
    (dict(name="创建健康村", value=30, unit="个"), "创建健康村30个"),
    # a count of what there is, or a name with no predicate to move, keeps its plain shape
    (dict(name="二级以上医院", value=5, unit="家"), "二级以上医院达到5家"),
    (dict(name="标准化村卫生室", value=212, unit="个"), "标准化村卫生室达到212个"),
    (dict(name="65岁以上老年人健康管理人数", value=3120, unit="人"), "65岁以上老年人健康管理人数达到3120人"),
])
def test_a_count_is_said_by_what_its_name_counts(kw, expected):
    said = metric_phrase(m(**kw))
    assert said == expected
    assert f"{m(**kw).value}{kw['unit']}" in said


def test_targets():
    assert target_phrase(m(name="接种率", value=95, unit="%")) == "力争接种率达到95%"
    assert target_phrase(m(name="孕产妇死亡率", value=10, unit="/10万", better="lower")) == "力争孕产妇死亡率控制在10/10万以内"


@pytest.mark.parametrize("n, text", [(1, "一"), (3, "三"), (10, "十"), (14, "十四"), (20, "二十"), (35, "三十五"),
                                     (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1010, "一千零一十"),
                                     (1100, "一千一百")])
def test_chinese_count(n, text):
    assert chinese_count(n) == text


@pytest.mark.parametrize("year, plan", [(2021, ("十四五", "开局之年")), (2025, ("十四五", "收官之年")),
                                        (2026, ("十五五", "开局之年")), (2018, ("十三五", "关键之年"))])
def test_five_year_plan(year, plan):
    assert five_year_plan(year) == plan


@pytest.mark.parametrize("n, text", [(2, "两"), (3, "三"), (12, "十二"), (22, "二十二")])
def test_how_many_says_two_as_liang(n, text):
    from jianggao.compose.numbers import how_many
    assert how_many(n) == text


def test_a_count_of_what_there_is_takes_a_verb():
    """Seventh reading: 嘎查村卫生室146个 (a figure with no verb); a count of what was done stays a tally."""
    from jianggao.compose.numbers import metric_phrase
    from jianggao.model.brief import Metric
    assert metric_phrase(Metric(name="嘎查村卫生室", value="146", unit="个")) == "嘎查村卫生室达到146个"
    assert metric_phrase(Metric(name="新增床位", value="320", unit="张")) == "新增床位320张"


@pytest.mark.parametrize("kw, stock", [
    (dict(name="每千人口托位数", value=3.6, unit="个", change=0.5), True),
    (dict(name="每千人口执业（助理）医师数", value=2.9, unit="人"), True),
    (dict(name="执业医师人数", value=410, unit="人", change=12), True),
    (dict(name="医养结合机构", value=41, unit="家"), True),
    (dict(name="编制床位", value=1200, unit="张"), True),
    (dict(name="新增床位", value=320, unit="张", change=20), False),          # a tally of the year's work
    (dict(name="三级公立医院绩效考核等次A以上医院", value=5, unit="家", change=1), False),   # the year's assessment
    (dict(name="培训乡村医生", value=260, unit="人"), False),
    (dict(name="65岁以上老年人健康管理人数", value=2.1, unit="万人"), False),   # people served
    (dict(name="门急诊人次", value=41, unit="万人次", change=6, change_unit="%"), False),   # a flow over the year
    (dict(name="家庭医生签约服务覆盖率", value=45.2, unit="%", change=3.1), False),  # a rate
])
def test_is_stock(kw, stock):
    assert is_stock(m(**kw)) is stock


def test_a_stock_changes_from_the_end_of_last_year():
    """The thirty-fifth reading: 每千人口托位数…同比增加0.5个 should be 比上年底增加; rates and flows keep 同比, and a
    secretary's own comparison word (比上年) is kept for every metric."""
    assert metric_phrase(m(name="每千人口托位数", value=3.6, unit="个", change=0.5)) == "每千人口托位数达到3.6个，比上年底增加0.5个"
    assert change_phrase(m(name="编制床位", value=1200, unit="张", change=0)) == "与上年底持平"
    assert change_phrase(m(name="门急诊人次", value=41, unit="万人次", change=6, change_unit="%")) == "同比增长6%"
    assert change_phrase(m(name="每千人口托位数", value=3.6, unit="个", change=0.5), "比上年") == "比上年增加0.5个"


@pytest.mark.parametrize("value, change, amount", [(17.8, -17.6, "17.6"), (14.6, -3.3, "3.3"), (9.6, -0.4, "0.4")])
def test_a_fall_per_100000_keeps_its_amount(value, change, amount):
    """The thirty-fifth reading: maternal mortality halved, and the draft gave only 降至…; the outside reading of len21:
    孕产妇死亡率降至8.6/10万，同比下降 dropped the brief's −1.2.  The change is said with its amount in its own points, as
    the statistical monitoring reports say it (比上年下降0.8/10万), never as a figure of our own."""
    metric = m(name="甲乙类传染病报告发病率", value=value, unit="/10万", change=change, better="lower")
    assert metric_phrase(metric) == f"甲乙类传染病报告发病率降至{value}/10万，同比下降{amount}/10万"


def test_a_death_rate_says_the_fall_the_brief_gives_and_no_degree():
    """Reading 37: 孕产妇死亡率降至22.4/10万，同比大幅下降 was one death against two (no 大幅 of our own); the amount the
    secretary gave is said as given (len21), and a rise of a lower-is-better rate is said plainly."""
    metric = m(name="孕产妇死亡率", value=8.6, unit="/10万", change=-1.2, better="lower")
    assert metric_phrase(metric) == "孕产妇死亡率降至8.6/10万，同比下降1.2/10万"
    risen = m(name="孕产妇死亡率", value=9.8, unit="/10万", change=1.2, better="lower")
    assert metric_phrase(risen) == "孕产妇死亡率为9.8/10万，同比上升1.2/10万"


# --- a review's results in varied shapes (issue 13, round 38: "达到…%，同比提高…个百分点" ten times running) -------------
_PLAIN_SHAPE = re.compile(r"达到[\d.]+[^，]*，同比提高")


def _shape(clause: str) -> str:
    """Which shape a result clause is in."""
    if _PLAIN_SHAPE.search(clause):
        return "plain"
    return "change first" if re.search(r"同比(?:提高|下降)[\d.]+[^，]*，(?:达到|降至)", clause) else "other"


def test_a_review_never_says_three_results_running_in_one_shape():
    from jianggao.compose.context import brief_view
    from jianggao.model.brief import Brief
    groups = [{"topic": topic, "metrics": [{"name": f"{topic}指标{k}率", "value": 80 + k, "unit": "%", "change": f"1.{k + 1}"}
                                           for k in range(4)]} for topic in ("医改", "妇幼健康", "公共卫生")]
    brief = Brief.model_validate({"year": 2024, "region": {"name": "示例县", "level": "县"}, "achievements": groups})
    clauses = [c for r in brief_view(brief).achievements for c in r.results]
    assert len(clauses) == 12
    shapes = [_shape(c) for c in clauses]
    assert set(shapes) == {"plain", "change first"}
    assert all(shapes[k:k + 3] != [shapes[k]] * 3 for k in range(len(shapes) - 2))
    assert all(c.count("同比") == 1 for c in clauses)      # every figure says what it compares with
    for g in groups:                                    # every figure of the brief, and no figure of ours
        for x in g["metrics"]:
            said = next(c for c in clauses if c.startswith(x["name"]))
            assert re.findall(r"[\d.]+(?=%|个百分点)", said) in ([str(x["value"]), str(x["change"])],
                                                                [str(x["change"]), str(x["value"])])


def test_shapes_leave_other_forms_alone():
    zero = m(name="孕产妇死亡率", value=0, unit="/10万", change=-8, better="lower")
    per = m(name="孕产妇死亡率", value=8.6, unit="/10万", change=-1.2, better="lower")
    stock = m(name="医养结合机构", value=41, unit="家", change=6)
    for x in (zero, per, stock):
        assert metric_phrase(x, "同比", 1) == metric_phrase(x)
    rate = m(name="住院分娩率", value=99.1, unit="%", change=0.5)
    assert metric_phrase(rate, "同比", 1) == "住院分娩率同比提高0.5个百分点，达到99.1%"
    low = m(name="婴儿死亡率", value=6.2, unit="‰", change=-0.8, better="lower")
    assert metric_phrase(low, "比上年", 1) == "婴儿死亡率比上年下降0.8个千分点，降至6.2‰"


def test_a_fall_of_a_death_rate_given_without_direction_is_no_setback(real):
    """The lead's reading of held-out briefs (lead24): a secretary wrote 婴儿死亡率 3.2‰, −0.4 and no 方向, and the draft
    named the fall among the problems (特别是婴儿死亡率为3.2‰，同比下降0.4个千分点，这一指标需要引起高度重视).  The
    direction comes from the name; a rise is still a setback."""
    from compose_helpers import brief

    from jianggao.compose.core import compose

    def text(change: float) -> str:
        b = brief(kind="annual_conference", year=2025, region={"name": "柳河县"},
                  achievements=[{"topic": "妇幼健康", "metrics": [
                      {"name": "婴儿死亡率", "value": 3.2, "unit": "‰", "change": change}]}],
                  problems=["村医队伍老化"])
        return compose(b, real.bank, real.templates).all_text()

    fell = text(-0.4)
    assert "婴儿死亡率降至3.2‰，同比下降0.4个千分点" in fell
    # (weighed as 警惕, 警觉 or 认真分析原因 since session 49: 高度重视 is the problems' own word, said after it)
    assert not re.search(r"婴儿死亡率[^。]*(?:重视|不容忽视|警惕|警觉|分析原因)", fell)
    assert re.search(r"婴儿死亡率为3.2‰，同比上升0.4个千分点[^。]*(?:重视|警惕|警觉|分析原因)", text(0.4))


def test_a_rate_at_its_ceiling_is_kept_there_never_above_it():
    # fresh18's 2026 疾控 meeting: 确保法定传染病报告及时率继续稳定在100%以上
    from jianggao.compose.numbers import base_phrase
    from jianggao.model.brief import Metric
    full = Metric(name="法定传染病报告及时率", value=100, unit="%")
    assert base_phrase(full, 2025) == ""     # (no target the brief did not set: read60)
    assert target_phrase(full, full) == "确保法定传染病报告及时率继续保持100%"
    assert base_phrase(Metric(name="接种率", value=98.6, unit="%"), 2025) == ""
