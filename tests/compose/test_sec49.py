"""What the fresh49 readings (sec49, blind50) and the held special meetings' lengths showed, and the fix of each: a
subsection's item lead is fed wherever it stands; a special meeting keeps to its field (standing items, other areas'
headings, facets beside another brief area); 问题 and 整改 alone serve no item; no death rate held under last year's
figure; a 情况通报 is not agreed with; 动态清零总方针 from December 2021; no area labels or landmark twice in a special
meeting's 提高认识."""
from __future__ import annotations

import datetime as dt

from compose_helpers import brief

from jianggao.compose import era
from jianggao.compose.context import SpeakerView
from jianggao.compose.core import compose
from jianggao.compose.numbers import base_phrase
from jianggao.compose.special import held_by_area
from jianggao.model.brief import Metric

# a 2014 city 妇幼 meeting whose 计划生育 and 基层 areas have one item each (said as the subsection's lead)
_FUYOU_2014 = dict(
    kind="special_topic", year=2014, region={"name": "清河市"}, meeting="2014年全市妇幼健康工作会议",
    speaker={"name": "周明", "title": "市卫生计生委主任"}, date="2014-03-20", length=4000,
    achievements=[{"topic": "妇幼健康", "metrics": [{"name": "住院分娩率", "value": 99.1, "unit": "%", "change": 0.3}]},
                  {"topic": "人口家庭", "metrics": [{"name": "免费孕前优生健康检查目标人群覆盖率", "value": 84.0,
                                                     "unit": "%"}]},
                  {"topic": "基层卫生", "metrics": [{"name": "0至6岁儿童健康管理率", "value": 87.5, "unit": "%"}]}],
    problems=["基层妇幼保健服务能力薄弱", "产科儿科医生短缺"],
    priorities=[{"topic": "妇幼健康", "items": ["加强出生缺陷综合防治", "推进妇幼保健机构标准化建设"]},
                {"topic": "人口家庭", "items": ["做好免费孕前优生健康检查"]},
                {"topic": "基层卫生", "items": ["规范0至6岁儿童健康管理"]}])


def test_an_item_said_as_a_subsection_s_lead_is_fed_its_content(real):
    for seed in (1, 2):
        text = compose(brief(**_FUYOU_2014), real.bank, real.templates, seed=seed).all_text()
        assert "计划怀孕夫妇" in text or "风险评估" in text, seed
        assert "新生儿家庭访视" in text or "问题儿童" in text or "儿童保健手册" in text, seed


# a 2018 city 妇幼 meeting with 医疗服务 and 公共卫生 areas beside its own
_FUYOU_2018 = dict(
    kind="special_topic", year=2018, region={"name": "云泽市"}, meeting="2018年全市妇幼健康工作会议",
    speaker={"name": "方雯", "title": "副市长"}, date="2018-04-20", length=5000,
    achievements=[{"topic": "妇幼健康", "metrics": [{"name": "住院分娩率", "value": 99.6, "unit": "%"}]},
                  {"topic": "公共卫生", "metrics": [{"name": "孕产妇系统管理率", "value": 90.2, "unit": "%", "change": 1.1}]},
                  {"topic": "医疗服务", "metrics": [{"name": "新增产科床位", "value": 180, "unit": "张"}]}],
    problems=["全面两孩政策实施后高龄孕产妇比例上升", "产科、儿科医师短缺"],
    priorities=[{"topic": "妇幼健康", "items": ["全面落实母婴安全五项制度", "深入实施出生缺陷综合防治"]},
                {"topic": "医疗服务", "items": ["加强产科儿科服务能力建设"]},
                {"topic": "公共卫生", "items": ["推进预防艾滋病、梅毒和乙肝母婴传播工作"]},
                {"topic": "人口家庭", "items": ["推进妇幼健康和计划生育服务资源整合"]}])


def test_a_special_meeting_keeps_to_its_field(real):
    for seed in (1, 2, 3):
        text = compose(brief(**_FUYOU_2018), real.bank, real.templates, seed=seed).all_text()
        for off in ("提升临床服务能力", "提升疾病防控能力", "多学科联合诊疗", "对就诊者和重点人群主动提供检测咨询"):
            assert off not in text, (seed, off)
        # the 母婴传播 item says what preventing it consists of; 资源整合 says the merger
        assert "孕早期" in text, seed
        assert "整合" in text.split("资源整合", 1)[1][:200], seed
        # no area labels before the other areas' figures, no 妇幼健康等方面, the landmark not the problem again
        assert "公共卫生方面，" not in text and "医疗服务方面，" not in text and "等方面取得了进展" not in text, seed
        assert "全面两孩政策实施后，高龄孕产妇比例上升" not in text, seed
        assert "等中进度滞后" not in text, seed


_AIWEI_2023 = dict(
    kind="special_topic", year=2023, region={"name": "安溪县"}, meeting="2023年全县爱国卫生运动工作会议",
    speaker={"name": "黄立", "title": "副县长"}, date="2023-04-12", length=5000,
    achievements=[{"topic": "爱国卫生", "metrics": [{"name": "农村卫生厕所普及率", "value": 90.6, "unit": "%", "change": 2.1}]},
                  {"topic": "健康促进", "metrics": [{"name": "居民健康素养水平", "value": 25.8, "unit": "%"}]},
                  {"topic": "综合监管", "metrics": [{"name": "公共场所卫生监督检查", "value": 980, "unit": "户次"}]}],
    problems=["农贸市场周边环境卫生容易反弹"],
    priorities=[{"topic": "爱国卫生", "items": ["推进农村户厕问题摸排整改", "持续开展城乡环境卫生综合整治"]},
                {"topic": "健康促进", "items": ["推进健康村和健康家庭建设"]},
                {"topic": "综合监管", "items": ["加强公共场所和生活饮用水卫生监督"]}])


def test_an_aiwei_meeting_says_its_toilet_item_and_no_medical_order(real):
    for seed in (1, 2):
        text = compose(brief(**_AIWEI_2023), real.bank, real.templates, seed=seed).all_text()
        assert "看病难、看病烦" not in text, seed
        assert "依法规范医疗服务秩序" not in text, seed
        assert "户厕" in text and ("逐户摸排" in text or "数量服从质量" in text), seed
        # the 健康教育 facet is no subsection beside the brief's own 健康促进 area
        assert "大力普及健康知识。" not in text and "广泛开展健康教育。" not in text, seed


def test_a_facet_on_another_brief_area_s_subject_is_held_by_it():
    assert held_by_area("广泛开展健康教育", ["patriotic_health", "health_promotion"], "patriotic_health")
    assert not held_by_area("广泛开展健康教育", ["patriotic_health"], "patriotic_health")
    assert not held_by_area("科学开展病媒生物防制", ["patriotic_health", "health_promotion"], "patriotic_health")


def test_no_death_rate_is_held_under_last_year_s_figure():
    assert base_phrase(Metric(name="孕产妇死亡率", value=12.6, unit="/10万", better="lower"), 2017) == ""
    assert base_phrase(Metric(name="婴儿死亡率", value=4.9, unit="‰", better="lower"), 2017) == ""
    assert base_phrase(Metric(name="孕产妇死亡", value=0, unit="例", better="lower"), 2017) == "确保孕产妇死亡继续为零"


def test_a_progress_notice_named_by_its_end_is_checked_against_not_agreed_with():
    notice = SpeakerView(name="谭国庆", title="区卫生健康局局长", content="上半年工作情况通报")
    assert not notice.agreeable and notice.progress
    report = SpeakerView(name="谭国庆", title="区卫生健康局局长", content="工作报告")
    assert report.agreeable and not report.progress


def test_the_zero_covid_general_policy_is_said_from_december_2021():
    assert era.out_of_time("坚持外防输入、内防反弹总策略和动态清零总方针。", dt.date(2021, 7, 22), "区")
    assert not era.out_of_time("坚持外防输入、内防反弹总策略和动态清零总方针。", dt.date(2022, 3, 1), "区")
    assert not era.out_of_time("要坚持外防输入、内防反弹。", dt.date(2021, 7, 22), "区")


_MIDYEAR_2021 = dict(
    kind="midyear_review", year=2021, region={"name": "青岚区", "parent": "江州市"},
    meeting="2021年全区卫生健康工作半年推进会", speaker={"name": "韩立", "title": "副区长"}, date="2021-07-23",
    length=5000, previous_speakers=[{"name": "孙卫", "title": "区卫生健康局局长", "content": "上半年工作情况通报"}],
    achievements=[{"topic": "公共卫生", "metrics": [{"name": "新冠病毒疫苗累计接种", "value": 38.2, "unit": "万剂次"}],
                   "facts": ["常态化疫情防控各项措施落实落细"]},
                  {"topic": "医改", "metrics": [{"name": "重点人群家庭医生签约服务覆盖率", "value": 70.5, "unit": "%",
                                                 "change": 2.0}]},
                  {"topic": "医疗服务", "metrics": [{"name": "区属公立医院门急诊人次", "value": 45.1, "unit": "万人次"}]}],
    problems=["老年人群新冠病毒疫苗接种率偏低", "部分社区卫生服务中心服务能力不强"],
    priorities=[{"topic": "公共卫生", "items": ["毫不放松抓好常态化疫情防控", "加快推进新冠病毒疫苗接种"]},
                {"topic": "医改", "items": ["推进城市医联体建设"],
                 "targets": [{"name": "重点人群家庭医生签约服务覆盖率", "value": 75, "unit": "%"}]},
                {"topic": "基层卫生", "items": ["推进社区医院建设"]}])


def test_who_gave_a_progress_notice_is_said_before_the_notice_is_pointed_at(real):
    for seed in (1, 2, 3):
        text = compose(brief(**_MIDYEAR_2021), real.bank, real.templates, seed=seed).all_text()
        if "对照通报的情况" in text:
            assert text.index("刚才，") < text.index("对照通报的情况"), seed
        assert "遵照执行" not in text and "我完全同意" not in text, seed
        assert "动态清零总方针" not in text, seed


def test_a_township_orders_none_of_the_county_s_sports_vaccination_or_building_business():
    from jianggao.model.levels_powers import above_township
    pattern = above_township("镇")
    for line in ("要会同体育部门推动体医融合，把运动处方纳入健康管理服务。", "预防接种单位要合理设置、规范运行。",
                 "镇卫生院建设项目要严格执行建设标准和基本建设程序。", "各级医疗机构的诊疗信息要及时存入居民健康档案。"):
        assert pattern.search(line), line
    assert not pattern.search("镇卫生院要做实基本公共卫生服务项目，抓好重点人群健康管理。")


def test_the_party_history_campaign_is_said_with_what_it_consists_of(real):
    b = dict(_MIDYEAR_2021, priorities=[*_MIDYEAR_2021["priorities"],
                                        {"topic": "党建廉政", "items": ["扎实开展党史学习教育"]}])
    said = []
    for seed in (1, 2):
        text = compose(brief(**b), real.bank, real.templates, seed=seed).all_text()
        assert "还要扎实开展党史学习教育" not in text, seed
        after = text.split("党史学习教育", 1)[1][:300]
        said.append("办实事" in after or "学党史" in after or "悟思想" in after)
    # (a draft at its length ceiling feeds an item that says something already no further: finish.FED_CEILING)
    assert any(said), said


def test_the_inspection_line_names_what_it_inspects():
    from jianggao.resources import templates_dir
    more = (templates_dir() / "wording" / "task_more.yaml").read_text(encoding="utf-8")
    assert "各类医疗机构开展全覆盖检查" not in more and "依法执业情况开展全覆盖检查" in more
