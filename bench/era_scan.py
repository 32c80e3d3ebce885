"""Era scan (run by hand): does any draft say a term outside its time?

    python bench/era_scan.py                      # bench briefs + one brief per year × kind × level, seeds 1–3
    python bench/era_scan.py --seeds 1 --keep /tmp/era   # keep the briefs and drafts for reading

Renders the held-out briefs (bench/briefs) and, for every year 2012–2026, a rich era-neutral brief of its own
(annual conference and work report, county and district: the speaker's department named for its year) with
`jianggao render BRIEF --format txt -o OUT --force --seed N`, then asks the 提法 registry (through
jianggao.compose.era, the seam compose uses; its patterns are the registry's since level31) which terms of
each sentence are out of their time on the brief's
date.  The brief's own words are the secretary's and are not counted.  Prints the total, the drafts with a
finding, and the terms by count; the readers' ERA class (reading8/9) is what this stands in for.

It knows only what the registry knows: a term with no entry is never found.  Read the drafts too.  The readers'
ERA kinds are entries (the twenty-second and twenty-third readings): policy lines before their time
(jiceng.nengli_biaozhun 服务能力标准, jiceng.dangan_kaifang 向本人开放, jingshen.xinli_fuwu 心理健康服务,
jingji.wenzhong_huigu a 2012 review's 稳中求进, yiqing.guanai_yixian, jikong.jili_jizhi, dangjian.zhengzhi_zhanwei)
and after it (jkzg.jinhou_shiwu_nian 今后十五年, yiqing.guojia_jikongju_guapai as news, yiqing.juebei_hesuan 具备
核酸检测能力, the 公立医院综合改革试点 once 全面推开).  On the base of session 9 (6a71d58) these found 117 terms in
40 of 88 drafts at seed 1; none after.

Session 11 added, per year, a 市卫健委主任's half-year review in July, a 镇长's annual meeting and a 县人民医院院长's
pledge (133 briefs), and the twenty-ninth reading's ERA (人口家庭/人口监测和家庭发展, 公共卫生防线, 纠治, 对表, 新时期,
门诊统筹/即时结报, the early-2021 vaccination order, 多元办医格局).  Main at 925226f, read with those windows
(`--rescan` of its drafts): 74 terms in 51 of 133 drafts at seed 1 (公共卫生防线 23, 新时期 14, 纠治 10, 对表 9 …); the
windows of 925226f found none of them; none after.

Session 13 (reading 35) adds, per year, a district's 疾控 meeting on 23 December (which plans the next year:
compose.era.plan_year) and a city's February report by a director whose title names the department as the province
then did (淇阳市 卫生计生委主任 in 2014, while the registry merges a city's only from 2015).  Each finding now has a
kind: ``early`` (a term before its window opens), ``late`` (after it closed: 加快建立疾病应急救助制度 in 2020,
经常性收支差额补助 in 2024), ``plan`` (a November–December meeting planning 今年: 做好今年的…, 年中、年底两次对账,
收官之年), ``naming`` (a department compound, 卫生系统 / 卫生计生工作 …, in another form than the brief's own naming),
``other`` (a window the term alone does not show: 开好局、起好步 outside a plan's first year).  Findings are counted by kind and by year.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LEVELS = ("街道", "县", "区", "市", "旗", "镇", "乡", "州", "盟", "省")


def year_briefs(folder: Path, years: range) -> list[Path]:
    """One rich brief per year × kind × level whose own words date nothing (the topics of every year)."""
    from jianggao.model import tifa

    out = []
    for year in years:
        for kind in ("annual_conference", "work_report"):
            for level, name, short in (("县", "云溪县", "云溪"), ("区", "北塘区", "北塘")):
                date = f"{year}-02-22"
                dept = tifa.department_name(date, level)
                head = f"{level}{dept}" + ("主任" if dept.endswith("委") else "局长")
                b: dict = {"kind": kind, "year": year, "region": {"name": name, "short": short}, "date": date,
                           "length": 6000 if kind == "annual_conference" else 7500}
                if kind == "annual_conference":
                    b["speaker"] = {"name": "王建国", "title": f"副{level}长", "on_behalf_of": f"{level}委、{level}政府"}
                    b["previous_speakers"] = [{"name": "李文华", "title": head, "content": "工作报告"}]
                else:
                    b["speaker"] = {"name": "李文华", "title": head}
                b["achievements"] = [
                    {"topic": "医改", "metrics": [{"name": "基本药物制度实施覆盖率", "value": 100, "unit": "%"}]},
                    {"topic": "妇幼健康", "metrics": [{"name": "孕产妇死亡", "value": 0, "unit": "例"},
                                                  {"name": "婴儿死亡率", "value": 5.1, "unit": "‰", "change": -0.4,
                                                   "better": "lower"}]},
                    {"topic": "公共卫生", "metrics": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 96.8, "unit": "%",
                                                   "change": 0.3}]},
                    {"topic": "基层卫生", "metrics": [{"name": "标准化基层医疗卫生机构", "value": 24, "unit": "个", "change": 3}]},
                ]
                b["problems"] = ["基层医疗卫生服务能力不强", "卫生人才引进难、留住难", "部分医疗机构基础设施陈旧"]
                b["priorities"] = [
                    {"topic": "医改", "items": ["巩固基本药物制度", "推进公立医院改革"]},
                    {"topic": "公共卫生", "items": ["做好重大传染病防控", "实施基本公共卫生服务项目"],
                     "targets": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 95, "unit": "%"}]},
                    {"topic": "妇幼健康", "items": ["保障母婴安全"], "targets": [{"name": "孕产妇死亡", "value": 0, "unit": "例"}]},
                    {"topic": "基层卫生", "items": ["加强基层医疗卫生机构建设"]},
                    {"topic": "中医药", "items": ["发展中医药事业"]},
                    {"topic": "人才队伍", "items": ["加强卫生人才队伍建设"]},
                ]
                b["closing"] = f"为建设健康{short}作出新的贡献" if year >= 2016 else f"为{short}卫生事业发展作出新的贡献"
                path = folder / f"y{year}_{kind[:4]}_{'county' if level == '县' else 'district'}.yaml"
                path.write_text(yaml.safe_dump(b, allow_unicode=True, sort_keys=False), encoding="utf-8")
                out.append(path)
        for name, b in other_levels(year):
            path = folder / f"y{year}_{name}.yaml"
            path.write_text(yaml.safe_dump(b, allow_unicode=True, sort_keys=False), encoding="utf-8")
            out.append(path)
    return out


def other_levels(year: int) -> list[tuple[str, dict]]:
    """The year's other speakers (session 11: the readers' ERA fell in a city's half-year review, a town's annual
    meeting and a hospital's pledge): a 市卫健委主任 in July, a 镇长 in February, a 县人民医院院长's pledge."""
    from jianggao.model import tifa

    city_dept = tifa.department_name(f"{year}-07-15", "市")
    city_head = "市" + city_dept + ("主任" if city_dept.endswith("委") else "局长")
    city = {"kind": "midyear_review", "year": year, "region": {"name": "安江市", "short": "安江"},
            "date": f"{year}-07-15", "speaker": {"name": "赵立新", "title": city_head},
            "achievements": [{"topic": "公共卫生", "metrics": [
                {"name": "适龄儿童免疫规划疫苗接种率", "value": 92.5, "unit": "%"}]},
                {"topic": "妇幼健康", "facts": ["孕产妇系统管理率稳步提高"]}],
            "problems": ["部分县区工作进度不平衡", "基层公共卫生人员不足"],
            "priorities": [{"topic": "公共卫生", "items": ["做好重大传染病防控", "实施基本公共卫生服务项目"]},
                           {"topic": "医疗服务", "items": ["提升医疗服务质量"]},
                           {"topic": "人口家庭", "items": ["做好计划生育服务管理"]}]}
    town = {"kind": "annual_conference", "year": year, "region": {"name": "柳河镇", "parent": "丰源县"},
            "date": f"{year}-02-26", "speaker": {"name": "高明亮", "title": "镇长"},
            "achievements": [{"topic": "公共卫生", "facts": ["全镇居民健康档案建档工作基本完成"]}],
            "problems": ["村卫生室房屋简陋、设备不足", "乡村医生年龄老化"],
            "priorities": [{"topic": "基层卫生", "items": ["推进村卫生室建设", "加强乡村医生队伍管理"]},
                           {"topic": "公共卫生", "items": ["做好基本公共卫生服务项目"]},
                           {"topic": "爱国卫生", "items": ["开展环境卫生整治"]}]}
    hospital = {"kind": "pledge", "year": year, "region": {"name": "安宁县"}, "date": f"{year}-03-02",
                "speaker": {"name": "陶红梅", "title": "县人民医院院长"},
                "priorities": [{"topic": "医疗服务", "items": ["提升医疗服务能力", "改善患者就医体验"]},
                               {"topic": "公共卫生", "items": ["做好传染病防控"]}]}
    # Session 13 (reading 35): a district's 疾控 meeting on 23 December, which plans the next year (era.plan_year), and
    # a city's February report by a director whose title names the department as the province then did (a 2014
    # 市卫生计生委主任 while the registry's city tier merges only from 2015): the brief's naming decides the speech's.
    december = {"kind": "special_topic", "year": year, "region": {"name": "澄湖区", "short": "澄湖"},
                "meeting": "全区疾病预防控制工作会议", "date": f"{year}-12-23",
                "speaker": {"name": "王强", "title": "副区长"}, "length": 5000,
                "achievements": [{"topic": "公共卫生", "metrics": [
                    {"name": "适龄儿童免疫规划疫苗接种率", "value": 98.2, "unit": "%", "change": 0.4}]}],
                "problems": ["冬春季传染病防控压力较大", "基层疾控人员不足"],
                "priorities": [{"topic": "疾病预防控制", "items": ["做好冬春季传染病防控", "做好重点传染病防控"],
                                "targets": [{"name": "适龄儿童免疫规划疫苗接种率", "value": 95, "unit": "%"}]},
                               {"topic": "爱国卫生", "items": ["开展冬春季爱国卫生运动"]}]}
    province_dept = tifa.department_name(f"{year}-02-20", "省")
    named = {"kind": "work_report", "year": year, "region": {"name": "淇阳市", "short": "淇阳"},
             "date": f"{year}-02-20", "speaker": {"name": "刘卫东", "title": "市" + province_dept
                                                  + ("主任" if province_dept.endswith("委") else "厅长")},
             "length": 6000,
             "achievements": [{"topic": "医改", "metrics": [{"name": "基本药物制度实施覆盖率", "value": 100, "unit": "%"}]},
                              {"topic": "公共卫生", "metrics": [
                                  {"name": "适龄儿童免疫规划疫苗接种率", "value": 96.8, "unit": "%", "change": 0.3}]},
                              {"topic": "妇幼健康", "facts": ["孕产妇系统管理率稳步提高"]}],
             "problems": ["基层卫生人才短缺", "公立医院改革任务较重"],
             "priorities": [{"topic": "医改", "items": ["推进公立医院改革"]},
                            {"topic": "公共卫生", "items": ["做好重大传染病防控"]},
                            {"topic": "妇幼健康", "items": ["降低孕产妇和婴儿死亡率"]}]}
    return [("midy_city", city), ("annu_town", town), ("pledge_hospital", hospital), ("dec_district", december),
            ("named_city", named)]


def brief_facts(path: Path) -> tuple[dt.date, str | None, set[str]]:
    """The brief's date, level and every string it holds (its own words)."""
    from jianggao.briefs.load import load_brief

    b = yaml.safe_load(path.read_text(encoding="utf-8"))
    date = load_brief(path).speech_date      # a half-year review with no date sits in July, as compose has it
    region = b["region"]["name"] if isinstance(b["region"], dict) else str(b["region"])
    level = next((lv for lv in LEVELS if region.endswith(lv)), None)
    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            words.add(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(b)
    return date, level, words


# A meeting from November plans the next year (the thirty-fifth reading's 23 December meeting: 做好今年的卫生健康工作,
# 今年要下决心解决, 年中、年底两次对账, 确保完成“十三五”规划): what such a speech must not say of the work ahead.
_PLANS_THIS_YEAR = re.compile(r"(?:做好|抓好|部署|安排|干好|完成)今年|今年(?:要|的(?:重点|目标|主要|各项|工作|任务)|重点|工作的|"
                              r"卫生|的卫生)|(?<!明年)(?<!明)年中、年底|(?<![明今])年底前|收官之年")
# The department's compounds (卫生系统, 卫生计生工作, 卫生健康事业), as era._DEPARTMENT finds them.
_COMPOUND = re.compile(r"(?<![公共爱国环境精神职业学校饮水食品妇幼基层乡村农村城乡医疗])卫生(健康|计生|和计划生育)?"
                       r"(?:工作会议|系统|事业|工作|部门|战线|行业|队伍|委员会|局)")


def named_stem(words: set[str], brief: dict) -> str | None:
    """The department's stem (卫生 · 卫生计生 · 卫生健康) the brief's own naming gives, or None."""
    from jianggao.model import levels

    sp = brief.get("speaker") or {}
    texts = [brief.get("meeting") or "", sp.get("title") or "" if isinstance(sp, dict) else "",
             *((p.get("title") or "") for p in brief.get("previous_speakers") or [] if isinstance(p, dict))]
    return levels.named_word(t for t in texts if t)


def findings(text: str, date: dt.date, level: str | None, words: set[str],
             stem: str | None = None, ahead: bool = False) -> list[tuple[str, str, str]]:
    """(kind, term, sentence): ``early`` / ``late`` a term before or after its window, ``plan`` a December meeting
    planning 今年 (``ahead``), ``naming`` a department compound in another form than the brief's own ``stem``."""
    from jianggao.compose import era

    outside_window = getattr(era, "out_of_time", era.outside_window)   # an older checkout has no out_of_time

    out = []
    body = text.split("同志们：", 1)[-1]     # (the title and date lines are the brief's)
    for s in re.findall(r"[^。！？\n]+", body):
        for term in outside_window(s, date, level):
            if not any(term in w for w in words):
                out.append((side(term, date, level), term, s))
        if ahead and "明年" not in s:      # (明年提出的指标…年中、年底两次对账 dates its deadlines once)
            for m in _PLANS_THIS_YEAR.finditer(s):
                if not any(m.group(0) in w for w in words):
                    out.append(("plan", m.group(0), s))
        if stem:
            for m in _COMPOUND.finditer(s):
                said = {"和计划生育": "卫生计生"}.get(m.group(1) or "", "卫生" + (m.group(1) or ""))
                if said != stem and not any(m.group(0) in w for w in words):
                    out.append(("naming", m.group(0), s))
    return out


def side(term: str, date: dt.date, level: str | None) -> str:
    """early (before its window opens) or late (after it closed): a word after its end date is as wrong."""
    from jianggao.compose import era
    from jianggao.model import tifa

    try:
        start, end = tifa.window_of(term, on=None, level=level)
    except Exception:
        start = end = None
    for pattern, a, b in getattr(era, "_WINDOWS", ()):     # (an older checkout's own table)
        if re.search(pattern, term):
            start, end = a, b
    for entry in getattr(tifa.load_registry(), "patterned", ()):   # (the registry's entries given by pattern: level31)
        if any(re.search(p, term) for p in entry.patterns):
            start, end = entry.start, entry.end
    if start and date < start:
        return "early"
    if end and date > end:
        return "late"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jianggao", default=shutil.which("jianggao") or "jianggao")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--first", type=int, default=2012)
    ap.add_argument("--last", type=int, default=2026)
    ap.add_argument("--keep", type=Path, help="write the briefs and drafts here (else a temporary folder)")
    ap.add_argument("--show", type=int, default=3, help="example sentences per term")
    ap.add_argument("--rescan", type=Path, help="count again in a folder --keep wrote (the drafts of an older "
                    "commit, read with this registry: before and after on the same drafts)")
    args = ap.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",") if s]
    if args.rescan:
        done = []
        for out in sorted((args.rescan / "drafts").glob("*_s*.txt")):
            stem, _, seed = out.stem.rpartition("_s")
            brief = args.rescan / "briefs" / f"{stem}.yaml"
            done.append((brief if brief.exists() else HERE / "briefs" / f"{stem}.yaml", int(seed), out))
        return report(done, len({b for b, _s, _o in done}), args.seeds, args.show)
    work = args.keep or Path(tempfile.mkdtemp(prefix="era_scan_"))
    (work / "briefs").mkdir(parents=True, exist_ok=True)
    (work / "drafts").mkdir(parents=True, exist_ok=True)
    briefs = sorted((HERE / "briefs").glob("*.yaml")) + year_briefs(work / "briefs", range(args.first, args.last + 1))
    jobs = [(b, s) for b in briefs for s in seeds]

    def render(job: tuple[Path, int]) -> tuple[Path, int, Path | None]:
        brief, seed = job
        out = work / "drafts" / f"{brief.stem}_s{seed}.txt"
        run = subprocess.run([args.jianggao, "render", str(brief), "--format", "txt", "-o", str(out), "--force",
                              "--seed", str(seed)], capture_output=True, text=True)
        return brief, seed, out if run.returncode == 0 and out.exists() else None

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(render, jobs))
    report(done, len(briefs), args.seeds, args.show)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(done: list[tuple[Path, int, Path | None]], n_briefs: int, seeds: str, show: int) -> int:
    """Print the findings of rendered drafts: the total, the drafts with one, the terms by count."""
    terms: collections.Counter[tuple[str, str]] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    years: collections.Counter[int] = collections.Counter()
    examples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    with_findings = failed = 0
    for brief, _seed, out in done:
        if out is None:
            failed += 1
            continue
        date, level, words = brief_facts(brief)
        raw = yaml.safe_load(brief.read_text(encoding="utf-8"))
        ahead = date.month >= 11 and raw.get("kind") != "midyear_review" and date.year >= int(raw["year"])
        found = findings(out.read_text(encoding="utf-8"), date, level, words, named_stem(words, raw), ahead)
        with_findings += bool(found)
        for kind, term, sentence in found:
            terms[(kind, term)] += 1
            kinds[kind] += 1
            years[date.year] += 1
            if len(examples[(kind, term)]) < show:
                examples[(kind, term)].append(f"{out.stem} ({date}): {sentence}")
    print(f"era scan: {len(done) - failed} drafts ({n_briefs} briefs × seeds {seeds}), {failed} failed to render")
    print(f"findings: {sum(terms.values())} in {with_findings} drafts")
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
          + "  (early: before its window; late: after it; plan: a November–December meeting planning 今年; "
            "naming: not the brief's own name of the department; other: e.g. 开好局 outside a first year)")
    print("by year: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())))
    for (kind, term), n in terms.most_common():
        print(f"  {n:5d}  {kind:6s} {term}")
        for e in examples[(kind, term)]:
            print(f"           {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
