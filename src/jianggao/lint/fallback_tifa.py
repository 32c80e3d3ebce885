"""A small stand-in for `jianggao.model.tifa` with the same API, used only until the real registry lands.

The real registry (branch `tifa`) holds hundreds of entries, each with its sources; this keeps lint
usable meanwhile with the windows a leader's office corrects most often. Windows are generous where
local bodies followed a national reform over months (DESIGN: "Time and place")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Entry:
    """One 提法: its window (``start``/``end`` inclusive, None = open), the form that replaced it, why."""

    term: str
    start: date | None
    end: date | None
    successor: str | None
    reason: str
    predecessor: str | None = None
    not_after: tuple[str, ...] = ()   # words that, right before the term, make it another statement (取消药品加成)

    def valid_on(self, day: date) -> bool:
        """True when the term may be used in a speech given on ``day``."""
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Hit:
    """One occurrence of a registry term in a text."""

    term: str
    start: int
    end: int
    entry: Entry


_D = date.fromisoformat
_HEALTH_COMMISSION = "2018年3月国务院机构改革组建卫生健康委员会，地方机构于2018—2019年相继更名"
_FAMILY_PLANNING_MERGER = "2013年3月国务院机构改革组建卫生和计划生育委员会，地方机构于2013—2015年相继合并"
_ENTRIES = [
    # name of the health department and of its meeting, through the 2013 and 2018 reforms
    *(Entry(old, _D("2013-03-14"), _D("2019-06-30"), new, _HEALTH_COMMISSION, predecessor=older)
      for old, new, older in (
          ("卫生和计划生育委员会", "卫生健康委员会", "卫生局"), ("卫生计生委", "卫生健康委", "卫生局"),
          ("卫计委", "卫健委", "卫生局"), ("卫生计生局", "卫生健康局", "卫生局"), ("卫计局", "卫健局", "卫生局"),
          ("卫生计生工作会议", "卫生健康工作会议", "卫生工作会议"), ("卫生计生系统", "卫生健康系统", "卫生系统"),
          ("卫生计生工作", "卫生健康工作", "卫生工作"), ("卫生计生事业", "卫生健康事业", "卫生事业"))),
    *(Entry(new, _D("2018-03-17"), None, None, _HEALTH_COMMISSION, predecessor=old)
      for new, old in (
          ("卫生健康委员会", "卫生计生委"), ("卫生健康委", "卫生计生委"), ("卫健委", "卫计委"),
          ("卫生健康局", "卫生计生局"), ("卫健局", "卫计局"), ("卫生健康工作会议", "卫生计生工作会议"))),
    Entry("卫生局", None, _D("2015-12-31"), "卫生计生局", _FAMILY_PLANNING_MERGER),
    Entry("人口计生委", None, _D("2015-12-31"), "卫生计生委", _FAMILY_PLANNING_MERGER),
    Entry("人口和计划生育局", None, _D("2015-12-31"), "卫生计生局", _FAMILY_PLANNING_MERGER),
    # insurance and reform milestones
    Entry("新农合", None, _D("2019-12-31"), "城乡居民医保",
          "国发〔2016〕3号整合城乡居民基本医疗保险制度，各地于2019年底前完成整合"),
    Entry("新型农村合作医疗", None, _D("2019-12-31"), "城乡居民基本医疗保险", "同上：新农合并入城乡居民医保"),
    Entry("城乡居民基本医疗保险", None, None, None, "天津、重庆、宁夏等地2016年前已整合，国发〔2016〕3号全国推开"),
    Entry("紧密型县域医共体", _D("2019-05-15"), None, None, "国卫基层函〔2019〕121号启动紧密型县域医共体试点"),
    Entry("非政府办基层医疗卫生机构", None, _D("2018-12-31"), None,
          "基本药物制度向非政府办基层机构推开是2011—2015年的任务，此后不再作为部署"),
    Entry("住院分娩补助", None, _D("2019-12-31"), None, "农村孕产妇住院分娩补助2019年起并入基本公共卫生服务"),
    Entry("药品加成", None, _D("2017-09-30"), "药品零差率",
          "2017年9月底前全部公立医院取消药品加成（国卫体改发〔2017〕22号）", not_after=("取消", "取消了", "破除")),
    Entry("药品零差率", _D("2009-08-18"), None, None, "2009年基本药物制度实行零差率销售"),
    Entry("互联网+医疗健康", _D("2018-04-25"), None, None, "国办发〔2018〕26号提出“互联网+医疗健康”"),
    Entry("医养结合", _D("2013-09-13"), None, None, "国发〔2013〕35号首次提出医养结合"),
    # population policy
    Entry("单独两孩", _D("2013-11-15"), _D("2015-12-31"), "全面两孩", "十八届三中全会启动，2016年起为全面两孩取代"),
    Entry("全面两孩", _D("2015-10-29"), _D("2021-05-31"), "三孩生育政策", "十八届五中全会提出，2021年5月31日起实施三孩生育政策"),
    Entry("全面二孩", _D("2015-10-29"), _D("2021-05-31"), "三孩生育政策", "同上"),
    Entry("三孩生育政策", _D("2021-05-31"), None, None, "2021年5月31日中央政治局会议决定实施"),
    Entry("生育支持", _D("2021-07-20"), None, None, "2021年7月《关于优化生育政策促进人口长期均衡发展的决定》"),
    # COVID-19 phases
    Entry("新冠肺炎", _D("2020-01-20"), _D("2023-06-30"), "新冠病毒感染", "2022年12月26日更名为新型冠状病毒感染"),
    Entry("新型冠状病毒肺炎", _D("2020-01-20"), _D("2023-06-30"), "新型冠状病毒感染", "2022年12月26日更名"),
    Entry("新冠病毒感染", _D("2020-01-20"), None, None, "2020年起使用，2022年12月26日起为正式名称"),
    Entry("新型冠状病毒感染", _D("2020-01-20"), None, None, "同上"),
    Entry("常态化疫情防控", _D("2020-04-08"), _D("2023-01-07"), "乙类乙管", "2023年1月8日起实施“乙类乙管”"),
    Entry("乙类甲管", _D("2020-01-20"), _D("2023-01-07"), "乙类乙管", "2023年1月8日起实施“乙类乙管”"),
    Entry("乙类乙管", _D("2022-12-26"), None, None, "国家卫生健康委2022年12月26日公告"),
    Entry("动态清零", _D("2021-08-01"), _D("2022-12-31"), None, "2022年12月优化防控措施后不再提"),
    Entry("规模性疫情", _D("2021-01-01"), _D("2023-06-30"), None, "疫情防控阶段用语"),
    # ideology, campaigns and studies
    Entry("习近平新时代中国特色社会主义思想", _D("2017-10-18"), None, None, "党的十九大提出"),
    Entry("健康中国战略", _D("2017-10-18"), None, None, "党的十九大提出实施健康中国战略"),
    Entry("健康中国行动", _D("2019-07-15"), None, None, "国发〔2019〕13号《关于实施健康中国行动的意见》"),
    Entry("健康中国2030", _D("2016-10-25"), None, None, "《“健康中国2030”规划纲要》2016年10月印发"),
    Entry("群众路线教育实践活动", _D("2013-06-18"), None, None, "2013年6月启动"),
    Entry("三严三实", _D("2014-03-09"), None, None, "2014年3月提出"),
    Entry("两学一做", _D("2016-02-28"), None, None, "2016年2月启动"),
    Entry("不忘初心、牢记使命", _D("2017-10-18"), None, None, "党的十九大提出"),
    Entry("党史学习教育", _D("2021-02-20"), None, None, "2021年2月动员"),
    Entry("党纪学习教育", _D("2024-04-01"), None, None, "2024年4月启动"),
    Entry("医药领域腐败问题集中整治", _D("2023-05-01"), None, None, "2023年5月起全国开展"),
    Entry("新质生产力", _D("2023-09-07"), None, None, "2023年9月首次提出"),
    Entry("急难愁盼", _D("2020-01-01"), None, None, "2020年起用于“我为群众办实事”等"),
    Entry("托育", _D("2019-01-01"), None, None, "国办发〔2019〕15号发展3岁以下婴幼儿照护服务"),
    Entry("医防协同", _D("2019-01-01"), None, None, "新冠疫情前后提出医防协同、医防融合"),
]


class Registry:
    """The entries and a matcher over their terms (longest term wins where two start together)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {e.term: e for e in entries}
        terms = sorted(self.entries, key=len, reverse=True)
        self._rx = re.compile("|".join(re.escape(t) for t in terms))

    def get(self, term: str) -> Entry | None:
        return self.entries.get(term)

    def find(self, text: str) -> list[Hit]:
        """Every non-overlapping occurrence of a registry term in ``text``."""
        hits = []
        for m in self._rx.finditer(text):
            entry = self.entries[m.group()]
            if any(text[:m.start()].endswith(word) for word in entry.not_after):
                continue
            hits.append(Hit(m.group(), m.start(), m.end(), entry))
        return hits


def load_registry() -> Registry:
    """The stand-in registry."""
    return Registry(_ENTRIES)
