"""Dated terms the 提法 registry does not know (run by hand): which of them do the bank and the templates say, how often?

    python bench/tifa_unknown.py                 # the table, most frequent first
    python bench/tifa_unknown.py --top 40 --show 2

The registry (src/jianggao/model/tifa.yaml) dates a sentence only by the terms it lists: a term it lacks is said in any
year by compose and never found by `jianggao lint`.  This lists the candidates that the bank (phrasebank/*.yaml), the
templates' wording (templates/wording/*.yaml, each ‖ variant apart) and the section templates (templates/sections/*.j2,
their Chinese runs) say where the registry finds no term over them, counted by the sentences that hold them.

Candidates, each with the date its use began (or ended) as the script's own note, not as data compose reads:
  - compose's own windows (the registry's entries given by pattern with `scope: compose`, once compose.era._WINDOWS):
    terms compose already keeps out of a speech of the wrong date but lint does not date (their literal alternatives;
    patterns with classes or look-arounds are skipped);
  - SEEDS below: policy words of a known start, from the national documents that introduced them.
A term listed here may still be undated in truth (words of every year are left out on purpose); read the date and the
sentences before adding an entry, with its source, to the registry.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# (term, when, why): words whose use in a health speech began or ended with a national document or event.
SEEDS: tuple[tuple[str, str, str], ...] = (
    ("家庭医生签约", "2016-05", "国医改办发〔2016〕1号 推进家庭医生签约服务"),
    ("医联体", "2016/2017-04", "国办发〔2017〕32号 医疗联合体建设"),
    ("医疗联合体", "2017-04", "国办发〔2017〕32号"),
    ("医共体", "2017-04", "国办发〔2017〕32号; 紧密型 2019-05"),
    ("健康中国", "2015-10-29", "十八届五中全会"),
    ("互联网+医疗健康", "2018-04-28", "国办发〔2018〕26号"),
    ("分级诊疗", "2015-09", "国办发〔2015〕70号"),
    ("全面两孩", "2015-10-29 → 2021", "十八届五中全会; 三孩 2021-05-31"),
    ("单独两孩", "2013-11 → 2015", "十八届三中全会"),
    ("三孩", "2021-05-31", "中央政治局会议"),
    ("三医联动", "2016", "十三五 医改 (三明)"),
    ("疾控体系改革", "2020-02-14", "中央深改委第十二次会议"),
    ("薪酬制度改革", "2017-01-24", "人社部发〔2017〕10号"),
    ("智慧医院", "2018", "国卫办医函〔2019〕236号 智慧服务分级评估; 2018 互联网+医疗健康"),
    ("社区医院", "2019-03", "国卫办基层函〔2019〕210号"),
    ("胸痛中心", "2017-12-29", "国卫医发〔2017〕73号"),
    ("卒中中心", "2017-12-29", "国卫医发〔2017〕73号"),
    ("托育", "2019-05", "国办发〔2019〕15号"),
    ("婴幼儿照护", "2019-05", "国办发〔2019〕15号"),
    ("集采", "2019-09", "国家组织药品集中采购扩围"),
    ("数字健康", "2021", "十四五 规划"),
    ("医防协同", "2020-03", "新冠疫情后"),
    ("医防融合", "2020-03", "新冠疫情后"),
    ("电子健康卡", "2017", "居民电子健康卡 (国卫办规划函〔2018〕?) — verify"),
    ("电子健康档案", "undated", "基本公共卫生服务 — undated"),
    ("优质服务基层行", "2019-03", "国卫办基层函〔2019〕?"),
    ("健康城市", "2016-07", "全国爱卫办 健康城市健康村镇建设 指导意见 (全爱卫发〔2016〕5号)"),
    ("健康促进县", "2014", "健康促进县（区）试点"),
    ("医养结合", "2013-09-28", "国发〔2013〕35号"),
    ("一站式结算", "2016", "健康扶贫 一站式"),
    ("一站式", "2016", "健康扶贫 一站式"),
    ("先诊疗后付费", "2016", "健康扶贫"),
    ("签约服务", "2016", "家庭医生签约"),
    ("两票制", "2016-12", "国医改办发〔2016〕4号"),
    ("基本公共卫生服务", "undated", "undated since the 2009 reform"),
    ("重大疾病医疗保险", "2012-08", "发改社会〔2012〕2605号 (大病保险)"),
    ("大病保险", "2012-08", "发改社会〔2012〕2605号"),
    ("DRG", "2019-05", "国家 DRG 付费试点"),
    ("DIP", "2020-10", "区域点数法总额预算和按病种分值付费试点"),
    ("按病种分值", "2020-10", "医保办发〔2020〕45号"),
    ("带量采购", "2019-09", "4+7 扩围"),
    ("健康扶贫", "2016-06", "国卫财务发〔2016〕26号"),
    ("健康码", "2020-02", "疫情"),
    ("核酸", "2020-01", "疫情"),
    ("常态化", "2020-05", "常态化疫情防控"),
    ("新冠", "2020-01-20", "新冠肺炎列入乙类甲管"),
    ("乙类乙管", "2023-01-08", "总体方案"),
    ("医疗救助", "undated", "民政 before 2018, 医保 after: body"),
    ("工商", "→ 2019", "市场监管 2018 reform"),
    ("质监", "→ 2019", "市场监管 2018 reform"),
    ("食药监", "→ 2019", "市场监管 2018 reform"),
    ("计生", "2013 → 2018", "卫生计生"),
    ("计划生育", "undated", "计划生育 stays (特殊家庭)"),
    ("公共卫生委员会", "2020", "村（居）民委员会公共卫生委员会 (民发〔2021〕?)"),
    ("中医馆", "2015", "基层中医馆"),
    ("中医阁", "2022", "基层中医药服务能力提升工程“十四五”行动计划"),
    ("国医堂", "2012", "local"),
    ("五色", "2017-07", "妊娠风险五色分级"),
    ("腾空间", "2016-11", "三明经验推广"),
    ("灵活就业人员", "2015", "村医养老"),
    ("县域医共体", "2019-05", "紧密型县域医共体试点"),
    ("城市医疗集团", "2017-04", "国办发〔2017〕32号"),
    ("专科联盟", "2017-04", "国办发〔2017〕32号"),
    ("远程医疗协作网", "2017-04", "国办发〔2017〕32号"),
    ("互联网医院", "2018-04", "国办发〔2018〕26号; 国卫医发〔2018〕25号"),
    ("日间手术", "2016", "国卫办医函〔2016〕1278号"),
    ("多学科诊疗", "2017-12-29", "国卫医发〔2017〕73号"),
    ("现代医院管理制度", "2017-07", "国办发〔2017〕67号"),
    ("公立医院高质量发展", "2021-06-04", "国办发〔2021〕18号"),
    ("健康中国行动", "2019-07-15", "国发〔2019〕13号"),
    ("厕所革命", "2015-04", "习近平 2015-04 指示"),
    ("垃圾分类", "2017-03-18", "国办发〔2017〕26号"),
    ("人居环境整治", "2018-02-05", "农村人居环境整治三年行动方案"),
    ("爱国卫生月", "undated", "undated"),
    ("健康素养", "undated", "中国公民健康素养—基本知识与技能"),
    ("慢性病综合防控示范区", "undated", "卫办疾控发〔2010〕172号 — undated by 2012"),
    ("县级公立医院综合改革", "2012-06-07", "国办发〔2012〕33号"),
    ("城市公立医院综合改革", "2015-05-17", "国办发〔2015〕38号"),
    ("公立医院综合改革", "2012", "县级试点 2012; 全面推开 2017"),
    ("取消药品加成", "2012 → 2017", "县级试点 → 全面取消 (2017-09-30)"),
    ("药品零差率", "2009", "基本药物制度"),
    ("基本药物制度", "2009-08", "国家基本药物制度"),
    ("检查检验结果互认", "undated", "undated"),
    ("预约诊疗", "undated", "undated"),
    ("双向转诊", "undated", ""),
    ("基层首诊", "2015-09", "国办发〔2015〕70号 (分级诊疗 16 字)"),
    ("急慢分治", "2015-09", "国办发〔2015〕70号"),
    ("上下联动", "2015-09", "国办发〔2015〕70号"),
    ("老年健康服务体系", "2019-10-28", "国卫老龄发〔2019〕61号"),
    ("安宁疗护", "2017-01-25", "国卫医发〔2017〕7号"),
    ("疫苗管理法", "2019-06-29", "中华人民共和国疫苗管理法"),
    ("基本医疗卫生与健康促进法", "2019-12-28", "法"),
    ("医师法", "2021-08-20", "法"),
    ("放管服", "2015-05", "国务院 放管服 改革"),
    ("最多跑一次", "2017-02", "浙江; 全国 2018"),
    ("一网通办", "2018", "政务服务"),
    ("双随机、一公开", "2015-08", "国办发〔2015〕58号"),
    ("双随机", "2015-08", "国办发〔2015〕58号"),
    ("信用监管", "2019-07", "国办发〔2019〕35号"),
    ("综合监管制度", "2018-07", "国办发〔2018〕63号"),
    ("行风建设", "undated", ""),
    ("九不准", "2013-12", "加强医疗卫生行风建设“九不准”"),
    ("九项准则", "2021-11", "医疗机构工作人员廉洁从业九项准则"),
    ("清廉医院", "2020", "省级"),
    ("两个责任", "2014-01", "主体责任、监督责任"),
    ("一岗双责", "undated", ""),
    ("八项规定", "2012-12-04", "中央政治局"),
    ("四风", "2013-06", "群众路线教育实践活动"),
    ("两学一做", "2016-02", "学习教育"),
    ("不忘初心、牢记使命", "2017-10-18", "十九大; 主题教育 2019"),
    ("党史学习教育", "2021-02-20", "动员大会"),
    ("主题教育", "2019-05/2023-04", "two campaigns"),
    ("公立医院党的建设", "2018-06", "中办发〔2018〕35号 党委领导下的院长负责制"),
    ("党委领导下的院长负责制", "2018-06-25", "中办发〔2018〕35号"),
    ("基层减负", "2019-03-11", "中办 为基层减负年"),
    ("形式主义", "undated", ""),
    ("健康守门人", "2016", "家庭医生"),
    ("网底", "undated", ""),
    ("人才强卫", "2011", "卫生人才发展规划"),
    ("县管乡用", "2019/2023", "乡村一体化; 2023 意见 乡聘村用"),
    ("乡聘村用", "2023-02", "乡村医疗卫生体系意见"),
    ("大专以上学历", "2023-02", "村医学历 — verify"),
    ("一村一名大学生村医", "2020", "— verify"),
    ("订单定向", "2010", "农村订单定向免费医学生 (发改社会〔2010〕1198号)"),
    ("全科医生", "undated", "国发〔2011〕23号 — undated by 2012"),
    ("住院医师规范化培训", "2013-12-31", "国卫科教发〔2013〕56号"),
    ("规培", "2014", "住院医师规范化培训"),
    ("健康细胞", "2019", "健康中国行动"),
    ("健康企业", "2019-10", "全爱卫办发〔2019〕3号"),
    ("无烟党政机关", "2019-07", "健康中国行动 — verify"),
    ("控烟", "undated", ""),
    ("病媒生物", "undated", ""),
    ("国家卫生城市", "undated", ""),
    ("国家卫生县城", "undated", ""),
    ("健康教育", "undated", ""),
    ("重大疫情", "2020-02", "重大疫情防控体制机制"),
    ("平急结合", "2023-07", "平急两用公共基础设施 (国务院常务会议)"),
    ("平急两用", "2023-07-14", "国务院常务会议"),
    ("传染病监测预警", "2020", "疫情后"),
    ("智慧化预警", "2020", "多点触发"),
    ("医疗卫生强基工程", "2025", "— verify"),
    ("儿科服务年", "2025", "— verify"),
    ("体重管理年", "2024-06", "国卫医急发〔2024〕? 体重管理年"),
    ("以健康为中心", "2016-08-19", "全国卫生与健康大会"),
)


def sentences() -> list[tuple[str, str]]:
    """(where, sentence) for every sentence the bank and the templates can say."""
    out: list[tuple[str, str]] = []
    split = re.compile(r"(?<=[。；！？])")

    def add(where: str, text: str) -> None:
        for variant in str(text).split("‖"):
            for s in split.split(variant):
                if re.search(r"[\u4e00-\u9fff]", s):
                    out.append((where, s.strip()))

    for path in sorted((ROOT / "phrasebank").glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            add(f"bank:{entry.get('id')}", entry.get("text", ""))

    def walk(where: str, node: object) -> None:
        if isinstance(node, str):
            add(where, node)
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(f"{where}.{k}", v)
        elif isinstance(node, list):
            for v in node:
                walk(where, v)

    for path in sorted((ROOT / "templates" / "wording").glob("*.yaml")):
        walk(f"wording:{path.stem}", yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "templates" / "sections").glob("*.j2")):
        for run in re.findall(r"[\u4e00-\u9fff“”、，（）+＋]{4,}", path.read_text(encoding="utf-8")):
            add(f"j2:{path.stem}", run)
    return out


def compose_terms() -> list[tuple[str, str, str]]:
    """The literal alternatives of compose's own windows (the registry's entries given by pattern, `scope: compose`:
    the ones lint does not date; until level31 jianggao.compose.era._WINDOWS)."""
    from jianggao.model import tifa

    out = []
    for entry in tifa.load_registry().patterned:
        if entry.scope != tifa.COMPOSE:
            continue            # lint dates it already
        start, end = entry.start, entry.end
        pattern = entry.patterns[0]
        when = f"{start or ''} → {end or ''}".strip(" →") if end else str(start or "")
        plain = pattern.replace("\\+", "+")
        if re.search(r"[\\\[\](){}?*^$.]", plain):
            continue            # not a list of literal words: a group or a class would be cut apart
        out.extend((literal, when, entry.id) for literal in plain.split("|") if len(literal) >= 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--show", type=int, default=1, help="example sentences per term")
    args = ap.parse_args(argv)
    from jianggao.model import tifa

    reg = tifa.load_registry()
    said = sentences()
    hits_of = {s: reg.find(s) for _w, s in said}
    candidates: dict[str, tuple[str, str]] = {}
    for term, when, why in compose_terms() + list(SEEDS):
        if when != "undated":   # kept in SEEDS to say they were looked at and date nothing
            candidates.setdefault(term, (when, why))
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for where, s in said:
        spans = [(h.start, h.end) for h in hits_of[s]]
        for term in candidates:
            for m in re.finditer(re.escape(term), s):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue        # the registry dates this spot already
                counts[term] += 1
                if len(examples[term]) < args.show:
                    examples[term].append(f"{where}: {s[:70]}")
                break
    known = [t for t in candidates if t not in counts]
    print(f"{len(said)} sentences (bank, wording, section templates); {len(candidates)} candidate terms, "
          f"{len(known)} of them known to the registry wherever said or never said.")
    print(f"{'n':>5}  term  [when · why]")
    for term, n in counts.most_common(args.top):
        when, why = candidates[term]
        print(f"{n:5d}  {term}  [{when} · {why}]")
        for ex in examples[term]:
            print(f"         {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
