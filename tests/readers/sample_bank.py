"""A small phrase bank written to a tmp folder: every case the exporters must handle, loaded the real way."""
from __future__ import annotations

from pathlib import Path

import yaml

LONG = ("在肯定成绩的同时，我们也要清醒地看到，{region}卫生健康事业发展不平衡不充分的问题依然存在，"
        "优质医疗资源总量不足、分布不均，基层服务能力仍然薄弱，公共卫生体系还有短板，群众看病就医还有不少难题。")

# (id, text, code, count, topics, kinds); category and role come from the id.
ENTRIES = [
    ("opening.approval.001", "经{org}同意，今天我们召开{meeting}。", "jqwty", 4, ["general"], ["annual_conference"]),
    ("opening.purpose.001", "这次会议的主要任务是：总结{prev_year}年工作，部署{year}年任务。", "zchy", 6,
     ["general"], []),
    ("opening.significance.001", "这次会议很重要，大家要认真领会、抓好落实。", "zchyhzy", 2, ["general"], []),
    ("agreement.agree.001", "刚才，{person}作了工作报告，我完全同意。", "gczlg", 5, ["general"], []),
    ("outline.announce.001", "下面，我讲{count}点意见。", "xmwjd", 9, ["general"], []),
    ("transition.problems.001", LONG, "zkdcj", 3, ["general"], ["annual_conference", "midyear_review"]),
    ("transition.credit.001", "这些成绩来之不易，是{org}坚强领导的结果。", "zxcjl", 3, ["general"], []),
    ("transition.summary.001", "同志们，“健康{region_short}”建设任重道远。", "tzmjk", 1, ["general"], []),
    ("achievement.overall.001", "{prev_year}年，{scope}卫生健康系统攻坚克难，各项工作取得新成效。", "nwsjk", 7,
     ["general"], []),
    ("achievement.topic.001", "医改持续深化，“三医联动”改革扎实推进，群众获得感不断增强。", "ygcxsh", 2,
     ["medical_reform"], []),
    ("achievement.topic.002", "基本公共卫生服务项目提质增效，人均经费补助标准提高到$94}元。", "jbggws", 1,
     ["public_health"], []),
    ("problem.framing.001", "在看到成绩的同时，我们也要清醒认识到存在的问题。", "zkdcj", 5, ["general"], []),
    ("problem.item.001", "基层医疗卫生服务能力仍然薄弱，人才引不进、留不住。", "jcylws", 4, ["primary_care"], []),
    ("problem.resolve.001", "对这些问题，我们必须高度重视，认真加以解决。", "dzxwt", 2, ["general"], []),
    ("situation.stage.001", "当前，{region}卫生健康事业正处于转型发展的关键时期。", "dqwsjk", 3, ["general"], []),
    ("situation.demand.001", "人民群众对健康的需求日益增长，对医疗服务提出了更高要求。", "rmqzdjk", 2, ["general"], []),
    ("task.general.001", "{year}年全{level}卫生健康工作的总体要求是：坚持以人民健康为中心。", "nqqwsjk", 5,
     ["general"], ["annual_conference"]),
    ("task.item.001", "要加快推进紧密型县域医共体建设，提升县域综合服务能力。", "yjktjm", 3,
     ["medical_reform", "primary_care"], []),
    ("task.item.002", "要完善重大疫情监测预警体系，\n健全传染病防控机制。", "ywszdyq", 2,
     ["disease_control", "public_health"], []),
    ("safeguard.leadership.001", "各级各部门要切实加强组织领导，{bureau}要牵头抓总。", "gjgbm", 6, ["general"], []),
    ("safeguard.integrity.001", "要严格落实全面从严治党主体责任，驰而不息纠“四风”、树新风。", "yyglsqm", 2,
     ["party_building"], []),
    ("safeguard.funding.001", "{government}要加大投入，确保各项经费足额到位。", "zfjdtr", 1, ["general"], []),
    ("parallel.run.001", "凝心聚力", "nxjl", 12, ["general"], []),
    ("parallel.run.002", "凝心聚力、攻坚克难", "nxjl", 8, ["general"], []),
    ("parallel.run.003", "凝心聚力谋发展，实干担当促落实", "nxjl", 8, ["general"], []),
    ("parallel.run.004", "守正创新", "szcx", 3, ["general"], []),
    ("thanks.thanks.001", "在此，我代表{org}，向全{level}卫生健康工作者表示衷心的感谢！", "zcwdb", 4, ["general"], []),
    ("closing.exhortation.001", "同志们，让我们紧密团结在以习近平同志为核心的党中央周围，为建设健康{region_short}而努力奋斗！",
     "tzmrwm", 5, ["general"], []),
    ("closing.vision.001", "让我们以更加饱满的热情，{{为人民健康}}、[[为发展]]而奋斗。", "ywmygb", 1, ["general"], []),
    ("closing.end.001", "谢谢大家！", "xxdj", 20, ["general"], ["address", "pledge"]),
    ("heading.tasks.001", "突出重点，全力推进{topic}工作", "tczd1", 2, ["general"], []),
    ("heading.safeguards.001", "强化保障，确保各项任务落地见效", "qhbzqbgxrwldjxqhbzqbgxrwldjxqhbzq", 2, ["general"], []),
]

SOURCES = [{"doc": "001_a,b.txt", "line": 12}, {"doc": "004_601b601320291a96.txt", "line": 274}]


def entries() -> list[dict]:
    """The entries as they would sit in phrasebank/*.yaml."""
    out = []
    for i, (pid, text, code, count, topics, kinds) in enumerate(ENTRIES):
        category, role, _ = pid.split(".")
        out.append({"id": pid, "text": text, "category": category, "role": role, "topics": topics,
                    "kinds": kinds, "sources": SOURCES[: 1 + i % 2], "count": count, "code": code})
    return out


def write_bank(folder: Path) -> Path:
    """Write the entries as one YAML file per category (as the miner does) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    by_category: dict[str, list[dict]] = {}
    for e in entries():
        by_category.setdefault(e["category"], []).append(e)
    for category, items in by_category.items():
        (folder / f"{category}.yaml").write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False),
                                                 encoding="utf-8")
    (folder / "_curation.yaml").write_text("drop: []\n", encoding="utf-8")
    return folder
