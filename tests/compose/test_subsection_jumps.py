"""Section 三 as the sixteenth session's readers read it (LOGIC, REP, DETAIL): no measure of another registered area
inside a subsection (签约 and 综合监管 under 公共卫生, 食源性疾病监测 under 安全生产 by the word 隐患), no paragraph after
the last item on an earlier item's subject or on none of the area's items, a problem not named again by the honest
sentence once the subsection's lead named it, and no village clinic's routine in a 市's speech."""
from __future__ import annotations

import re

from jianggao.compose.core import compose
from jianggao.compose.picker import _VILLAGE_POLICY
from jianggao.compose.serve import (
    HONEST,
    HONEST_UNNAMED,
    HONEST_UNNAMED_ONE,
    akin_subjects,
    belongs_elsewhere,
    home_areas,
    names_business,
    subject_of,
)
from jianggao.model.brief import Brief
from jianggao.writers.text import render_text

SIGNING = "坚持“积极稳妥、群众自愿、稳步扩面”原则，以老年人、慢病患者、妇幼等为重点人群，组建签约服务队伍。"
OVERSIGHT = "要持续加强医疗卫生行业综合监管，推进监管制度化、规范化、常态化。"
FOOD = "加强食源性疾病监测和食品安全风险监测，及时发现和处置风险隐患。"


def _tasks(text: str, part: str = "三") -> str:
    """Section 三 (a half-year meeting's tasks are its section 二)."""
    after = {"二": "三", "三": "四"}[part]
    start = text.index(f"　{part}、")
    end = text.find(f"　{after}、", start)
    return text[start:end if end > 0 else len(text)]


def _subsections(tasks: str) -> list[str]:
    return [s for s in re.split(r"\n(?=　*（[一二三四五六七八九十]+）)", tasks)[1:]]


def _county_2022() -> Brief:
    return Brief.model_validate({
        "kind": "annual_conference", "year": 2022, "region": {"name": "云溪县"}, "date": "2022-02-24",
        "speaker": {"name": "陈立新", "title": "副县长", "on_behalf_of": "县委、县政府"},
        "previous_speakers": [{"name": "吴海燕", "title": "县卫生健康局局长", "content": "工作报告"}],
        "problems": ["疫情防控常态化下基层防控力量偏弱", "县人民医院重点专科能力不强", "村医队伍年龄老化"],
        "priorities": [
            {"topic": "公共卫生", "items": ["抓紧抓实常态化疫情防控", "加快推进老年人新冠病毒疫苗接种"]},
            {"topic": "医改", "items": ["深化紧密型县域医共体建设"]},
            {"topic": "基层卫生", "items": ["推进乡村医生队伍建设"]},
            {"topic": "妇幼健康", "items": ["保障母婴安全"], "targets": [{"name": "孕产妇死亡", "value": 0, "unit": "例"}]}]})


def _city_2023() -> Brief:
    return Brief.model_validate({
        "kind": "midyear_review", "year": 2023, "region": {"name": "宁川市"}, "date": "2023-07-25",
        "speaker": {"name": "孙卫东", "title": "市卫生健康委员会主任"},
        "problems": ["部分县区上半年重点指标进度落后", "托育服务供给与群众需求还有差距", "医疗机构安全生产隐患排查不够彻底"],
        "priorities": [
            {"topic": "医疗服务", "items": ["开展全面提升医疗质量行动", "推进医药领域腐败问题集中整治"]},
            {"topic": "人口家庭", "items": ["发展普惠托育服务"]},
            {"topic": "安全生产", "items": ["开展医疗机构安全生产隐患排查整治"]},
            {"topic": "老龄健康", "items": ["做好老年人健康管理"]}]})


def test_a_measure_is_at_home_in_its_registered_area():
    assert belongs_elsewhere(SIGNING, "public_health") and not belongs_elsewhere(SIGNING, "primary_care")
    assert belongs_elsewhere(OVERSIGHT, "public_health") and "regulation" in home_areas(OVERSIGHT)
    assert belongs_elsewhere(FOOD, "work_safety") and not belongs_elsewhere(FOOD, "public_health")
    assert not belongs_elsewhere("要加强发热门诊和预检分诊管理。", "public_health")
    # two shared words (常态化, 隐患) are no business of the item's; a 签约 line for 慢性病 carries the item out
    assert not names_business(OVERSIGHT, "抓紧抓实常态化疫情防控")
    assert not names_business(FOOD, "开展医疗机构安全生产隐患排查整治")
    assert names_business("推进家庭医生签约服务，把高血压、糖尿病患者作为签约重点。", "加强慢性病综合防控")


def test_no_other_area_s_measure_inside_a_subsection(real):
    """Readers: 签约服务队伍 and 综合监管 under 公共卫生 (h1), 食源性疾病监测 under 安全生产 (h2)."""
    for brief, area_heads in ((_county_2022(), ("抓紧抓实常态化疫情防控",)), (_city_2023(), ("开展医疗机构安全生产隐患排查整治",))):
        for seed in (1, 2, 3):
            text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
            tasks = _tasks(text, "二" if brief.kind == "midyear_review" else "三")
            for sub in _subsections(tasks):
                if not any(h in sub for h in area_heads):
                    continue
                assert "签约服务队伍" not in sub and "综合监管" not in sub and "食源性" not in sub, (seed, sub)


def _until_numbered(paragraphs: list[str]) -> list[str]:
    """The paragraphs that read as the item before them: up to the next numbered one (三是…, a standing item of the
    area's own, on a subject of its own heading)."""
    out = []
    for para in paragraphs:
        if re.match(r"\s*[一二三四五六七八九十]是", para):
            break
        out.append(para)
    return out


def test_nothing_after_the_last_item_on_an_earlier_item_s_subject(real):
    """Readers: 预约诊疗, 评审评价 and 急危重症 lines after 二是推进医药领域腐败问题集中整治, read as its measures (a
    numbered standing item after it, 三是加强医疗质量管理, is one of its own)."""
    for seed in (1, 2, 3):
        tasks = _tasks(render_text(compose(_city_2023(), real.bank, real.templates, seed=seed), "txt"), "二")
        sub = next(s for s in _subsections(tasks) if "腐败问题集中整治。" in s)
        after = sub[sub.index("腐败问题集中整治。"):]
        for para in _until_numbered(after.split("\n")[1:]):
            for sentence in re.findall(r"[^。！？]+[。！？]", para):
                assert subject_of(sentence) != "医疗服务", (seed, sentence)


def test_rest_paragraphs_of_a_two_item_area_are_on_an_item_s_subject(real):
    """Measures that serve no item, in an area of two or more items, are on a subject near one of the items' (or on how
    the area's work is steered), never an unordered tail after the last item."""
    brief = _county_2022()
    for seed in (1, 2, 3):
        tasks = _tasks(render_text(compose(brief, real.bank, real.templates, seed=seed), "txt"))
        sub = next(s for s in _subsections(tasks) if "老年人新冠病毒疫苗接种。" in s)
        after = _until_numbered(sub[sub.index("老年人新冠病毒疫苗接种。"):].split("\n")[1:])
        items = [subject_of(x) for x in brief.priorities[0].items]
        stray = [x for para in after for x in re.findall(r"[^。！？]+[。！？]", para)
                 if subject_of(x) not in ("", "推进") and not any(akin_subjects(subject_of(x), i) for i in items)]
        assert len(stray) <= 1, (seed, stray)


def test_the_honest_sentence_does_not_name_a_problem_the_lead_named(real):
    """Readers: 疫情防控常态化下基层防控力量偏弱 in part 一, in 「前面讲到的…等问题」 and in 「…是基层卫生工作绕不过去的坎」."""
    assert not any("{p}" in h for h in (*HONEST_UNNAMED, *HONEST_UNNAMED_ONE))
    assert len(set(HONEST_UNNAMED)) == len(HONEST_UNNAMED)
    brief = _county_2022()
    for seed in (1, 2, 3):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        tasks = _tasks(text)
        for p in brief.problems:
            assert tasks.count(p) <= 1, (seed, p, tasks.count(p))
        for h in HONEST:
            head = h.split("{p}")[-1].split("{t}")[0][:8]
            if len(head) >= 6 and head in tasks:
                line = next(x for x in re.findall(r"[^。！？\n]+[。！？]", tasks) if head in x)
                assert sum(line.startswith(p) or p in line for p in brief.problems) <= 1, line


def test_a_city_s_speech_leaves_village_clinics_routines_to_the_counties(real):
    """DETAIL: 为乡村医生购买医疗责任保险, 村卫生室宣传栏 in a 市's speech; its village-doctor policy stays."""
    brief = Brief.model_validate({
        "kind": "annual_conference", "year": 2019, "region": {"name": "临川市"}, "date": "2019-02-20",
        "speaker": {"name": "刘建国", "title": "市卫生健康委员会主任"},
        "priorities": [{"topic": "基层卫生", "items": ["加强基层医疗卫生服务能力建设"]},
                       {"topic": "公共卫生", "items": ["做好基本公共卫生服务"]},
                       {"topic": "健康促进", "items": ["提升居民健康素养"]}]})
    routine = re.compile(r"[^。！？\n]*(?:村卫生室|乡村医生|村医)[^。！？\n]*[。！？]")
    for seed in (1, 2, 3):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        for para in _tasks(text).splitlines():
            # (an item on the village doctors' policy says its care for them: 二是加强乡村医生队伍建设。…关心村医的工作和
            # 生活，及时帮助解决实际困难。, its opening clause 要稳定乡村医生队伍 cut as said before)
            head = re.match(r"\s*[一二三四五六七八九十]+是([^。]*)。", para)
            if head and _VILLAGE_POLICY.search(head.group(1)):
                continue
            for line in routine.findall(para):
                assert _VILLAGE_POLICY.search(line), (seed, line)


def test_a_problem_is_named_where_listed_and_where_answered(real):
    """Readers: a problem listed in part 一, named again in 「回顾中讲到的…等问题，要在今年的工作中逐项破解」, in its
    subsection's lead and in an honest line.  The pointer names the areas instead."""
    briefs = [_county_2022(), Brief.model_validate({
        "kind": "work_report", "year": 2013, "region": {"name": "青山县"}, "date": "2013-03-05",
        "speaker": {"name": "王建华", "title": "县卫生局局长"},
        "achievements": [{"topic": "医改", "facts": ["全县乡镇卫生院全部实施基本药物制度"]},
                         {"topic": "基层卫生", "facts": ["完成8所乡镇卫生院改扩建"]},
                         {"topic": "公共卫生", "facts": ["免疫规划疫苗接种率保持较高水平"]}],
        "problems": ["乡镇卫生院人才引不进留不住", "基本药物配送不及时"],
        "priorities": [{"topic": "医改", "items": ["巩固完善基本药物制度"]},
                       {"topic": "基层卫生", "items": ["加强乡镇卫生院人才队伍建设"]},
                       {"topic": "公共卫生", "items": ["规范基本公共卫生服务项目管理"]}]})]
    for brief in briefs:
        for seed in (1, 2, 3):
            text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
            for p in brief.problems:
                assert text.count(p) <= 2, (brief.year, seed, p, [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if p in s])


def test_an_item_on_a_school_s_work_is_served_by_measures_on_schools():
    """Readers (h4): 疾控 guiding hospitals and 疾控 信息化 under 做好学校传染病防控."""
    from jianggao.compose.serve import fits_setting, score

    item = "做好学校传染病防控"
    for other in ("建立疾控人员到医疗机构开展业务指导的制度，帮助医疗机构做好传染病防控。",
                  "要加强疾控机构信息化建设，推动传染病监测数据与医疗机构信息系统对接。"):
        assert not fits_setting(other, item) and score(other, item) == 0, other
    school = "学校要落实传染病疫情报告和因病缺课登记追踪制度，疾控机构要加强业务指导。"
    assert fits_setting(school, item) and score(school, item) >= 2


def test_a_district_is_told_no_county_town_no_ncms_office_and_no_poor_villages_it_did_not_name(real):
    """The session-7 lead's reading of a 2019 district annual: 健康县城 and 卫生县城复审 in a district, 乡镇合管委 and
    参合筹资 under 签约服务, 把健康教育送到贫困村、贫困户 — none of which its brief spoke of."""
    brief = Brief.model_validate({
        "kind": "annual_conference", "year": 2019, "region": {"name": "河西区"}, "date": "2019-02-26",
        "speaker": {"name": "冯志远", "title": "副区长", "on_behalf_of": "区委、区政府"},
        "problems": ["社区卫生服务中心全科医生数量不足", "部分老旧小区病媒生物防制薄弱"],
        "priorities": [{"topic": "基层卫生", "items": ["做实家庭医生签约服务", "加强全科医生队伍建设"]},
                       {"topic": "爱国卫生", "items": ["巩固国家卫生城市创建成果"]},
                       {"topic": "健康促进", "items": ["提升居民健康素养"]}]})
    for seed in (1, 2, 3):
        text = render_text(compose(brief, real.bank, real.templates, seed=seed), "txt")
        assert not re.search(r"县城|(?<!综)合管|参合筹资|贫困村|贫困户|贫困地区|畜禽|农村环境卫生", text), seed
        item = text.split("加强全科医生队伍建设", 1)[1][:300] if "加强全科医生队伍建设" in text else ""
        assert "院长" not in item, (seed, item)
