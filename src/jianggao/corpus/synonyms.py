"""Doc-site synonym spam (服务→效劳, 发展→开展 …): detect it per document and reverse it using context."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Some document-sharing sites run uploads through a "pseudo-original" word spinner before showing a preview:
# 服务→效劳, 原则→原那么, 计划生育→方案生育, 发展→开展, 基本→根本 … The words it writes are real Chinese words,
# so a genuine 开展工作 or 根本原因 must survive. Two safeguards: reversal runs only in a document where the spam is
# detected (telltales below), and each entry reverses only in contexts where the spun word cannot be genuine.

# Strings a human author would essentially never write in a health-work speech; each one seen is evidence.
TELLTALES = (
    "效劳", "原那么", "准那么", "方案生育", "方案免疫", "根本国策", "根本公共卫生", "根本医疗", "根本药物",
    "开展理念", "开展战略", "开展方向", "开展定位", "改革开展", "事业开展", "健康开展", "开展新局面", "谋开展",
    "平安生产", "广阔干部", "广阔群众", "广阔医务", "广阔卫生", "坚决信心", "根底", "创立国家", "发奋有为",
)
# Two telltale hits: one could be a typo or a quotation, two in one document is the spinner.
_MIN_HITS = 2

_CJK = "\u4e00-\u9fff"
# Punctuation or the end of text: a spun noun (开展 for 发展) often ends its clause; a genuine verb 开展 never does.
_CLAUSE_END = r"(?=[，。、；：！？,.;:!?”）)》\s]|$)"


def after(*words: str) -> str:
    """Context: the spun word is followed by one of ``words``."""
    return "@(?=" + "|".join(words) + ")"


def before(*words: str) -> str:
    """Context: the spun word follows one of ``words`` (one lookbehind each: Python needs fixed widths)."""
    return "(?:" + "|".join(f"(?<={w})" for w in words) + ")@"


def either(*contexts: str) -> str:
    return "|".join(contexts)


@dataclass(frozen=True)
class Reversal:
    """One spun word: what the site wrote, the original, and the contexts (``@`` = the word) that decide."""

    spun: str
    original: str
    reverse_when: str = ""   # context in which the word was spun; "" means everywhere keep_when does not match
    keep_when: str = ""      # context in which the word is genuine; checked first


_CLAUSE_END_AFTER = "@" + _CLAUSE_END

# Order does not matter: one pass over the text tries the longest spun string first (原那么 before 那么).
TABLE: tuple[Reversal, ...] = (
    # 效劳 is archaic ("为…效劳") and never appears in these speeches on its own: always 服务.
    Reversal("效劳", "服务"),
    # 则→那么 inside 原则/准则/规则/细则/总则/否则 only; a bare 那么 is a real word.
    Reversal("原那么", "原则"), Reversal("准那么", "准则"), Reversal("规那么", "规则"),
    Reversal("细那么", "细则"), Reversal("总那么", "总则"), Reversal("否那么", "否则"),
    # 计划→方案: 工作方案/实施方案 are genuine and common, so only the fixed terms built on 计划 are reversed.
    Reversal("方案", "计划", reverse_when=either(after("生育", "免疫", "外", "经济", "单列"), "(?<=有)@(?=地)",
                                                before("五年", "年度工作"))),
    # 发展→开展: genuine 开展 is a verb taking an object (开展工作, 开展了, 开展“…”活动). The spun one is the noun
    # 发展: it ends a clause, or precedes what 发展 governs, or follows what 发展 follows (事业, 改革, 谋, 促).
    Reversal(
        "开展", "发展",
        reverse_when=either(
            _CLAUSE_END_AFTER,
            after("理念", "战略", "方向", "定位", "规划", "需求", "新局面", "局面", "态势", "阶段", "思路", "道路",
                  "目标", "动力", "机遇", "成果", "成就", "模式", "壮大", "提供", "中国家", "的", "之", "和", "与",
                  "新", "不平衡", "不充分", "环境", "空间", "格局", "趋势", "要求", "改革", "大会"),
            before("事业", "改革", "健康", "协调", "科学", "持续", "协同", "快速", "创新", "均衡", "长远", "社会",
                   "共同", "高质量", "谋", "促", "制约", "推动", "加快", "融合", "稳定", "绿色", "开放", "共享",
                   "跨越", "转型", "统筹", "优先", "有序", "良性", "纵深", "向前", "经济", "医学", "行业"),
        ),
        keep_when=after("了", "好", "起", "工作", "活动", "专项", "调查", "调研", "宣传", "培训", "检查", "督查",
                        "义务", "一次", "集中", "各类", "各项", "多种", "远程", "免费", "中医", "医疗", "卫生", "健康教育",
                        "健康促进", "健康体检", "预防", "“", "《", "以", "对", "志愿", "结对", "爱国卫生"),
    ),
    # 基本→根本: genuine 根本 is a closed set of collocations; everything else was 基本.
    Reversal(
        "根本", "基本",
        keep_when=either(
            after("原因", "遵循", "宗旨", "目的", "上", "性", "任务", "保证", "利益", "出发点", "途径", "就", "不",
                  "没", "无", "转变", "改变", "好转", "方法", "动力", "所在", "大计", "之策", "解决", "扭转",
                  "改善", "问题"),
            before("从", "最", "是"),
        ),
    ),
    # 安全→平安: 平安医院 / 平安建设 / 平安+place are genuine campaigns.
    Reversal("平安", "安全", keep_when=either(
        after("医院", "中国", "建设", "创建", "校园", "家庭", "社区", "⟨", "度过", "无事", "幸福", "喜乐"),
        before("创建", "建设"))),
    # 广大→广阔: 广阔 is genuine for space (广阔天地/前景/空间); before people it was 广大.
    Reversal("广阔", "广大", keep_when=after("天地", "前景", "空间", "的", "市场", "舞台", "领域", "草原")),
    # 规范→标准: 标准 is very common genuinely (标准化建设, 达到标准); only verb-like uses are reversed.
    Reversal(
        "标准", "规范",
        reverse_when=either(
            after("了", "性", "化培训", "操作", "执业", "行为", "运行", "使用", "程序", "收费", "诊疗",
                  "管理(?!办法)", "医疗", "用药", "设置", "有序", "发展", "开展", "化管理", "家庭医生"),
            # 要规范… / 进一步规范…: 标准 after these is a verb, which only 规范 can be.
            before("进一步", "不断", "严格", "依法", "逐步", "更加", "要", "和", "加以"),
        ),
    ),
    # 坚定→坚决: 坚决 is genuine before verbs (坚决遏制, 坚决杜绝); 坚定 before these objects.
    Reversal("坚决", "坚定", reverse_when=after("信心", "不移", "理想", "信念", "立场", "的决心", "的信心", "决心",
                                             "方向", "的政治")),
    # 回顾→回忆: a speech reviews (回顾) a year; 回忆 appears only in 回忆录 / 回忆起.
    Reversal("回忆", "回顾", keep_when=after("录", "起")),
    Reversal("根底", "基础"),
    # 部分→局部: 局部地区 / 局部疫情 are genuine.
    Reversal("局部", "部分", keep_when=after("地区", "地方", "麻醉", "疫情", "聚集", "暴发", "战争", "利益",
                                          "与整体", "和整体", "服从")),
    # 项目→工程 after 服务 only (基本公共卫生服务项目); 民生工程 / 系统工程 are genuine.
    Reversal("工程", "项目", reverse_when=before("服务", "效劳")),
    # 达到→到达 before a figure or a target; 到达现场 is genuine.
    Reversal("到达", "达到", keep_when=after("现场", "目的地", "指定", "医院", "当地")),
    # 不足→缺乏: genuine 缺乏 takes an object; a clause-final 缺乏 was 不足.
    Reversal("缺乏", "不足", reverse_when=_CLAUSE_END_AFTER),
    Reversal("鼓励", "激励", reverse_when=after("机制", "约束")),
    Reversal("创立", "创建"),
    Reversal("发奋", "奋发", reverse_when=after("有为", "向上", "进取")),
    # 格调→风格 hit 价格调整 (价[格调]整 → 价风格整); 风格整 is never genuine.
    Reversal("风格整", "格调整"),
    # 体现→表达; 表达 is genuine for feelings (表达敬意).
    Reversal("表达", "体现", keep_when=after("敬意", "感谢", "谢意", "心声", "意见", "诉求", "意愿", "慰问",
                                          "祝贺", "问候", "方式")),
    # 动员→发动: only the meeting's name; 发动群众 is genuine.
    Reversal("发动", "动员", reverse_when=after("大会", "会", "部署")),
)


def _context(entry: Reversal, template: str) -> re.Pattern | None:
    return re.compile(template.replace("@", re.escape(entry.spun))) if template else None


_TABLE_RE = re.compile("|".join(re.escape(r.spun) for r in sorted(TABLE, key=lambda r: -len(r.spun))))
_BY_SPUN = {r.spun: (r, _context(r, r.reverse_when), _context(r, r.keep_when)) for r in TABLE}
_TELLTALE_RE = re.compile("|".join(map(re.escape, TELLTALES)))


def telltale_hits(text: str) -> int:
    """How many telltale strings of the synonym spinner ``text`` holds."""
    return sum(1 for _ in _TELLTALE_RE.finditer(text))


def detect_substitution(text: str) -> bool:
    """True when ``text`` (a whole document) went through the doc-site synonym spinner."""
    return telltale_hits(text) >= _MIN_HITS


def reverse_substitution(text: str) -> str:
    """``text`` with the spinner's words put back where context shows they were spun (call only when detected)."""
    return reverse_with_shifts(text)[0]


def reverse_with_shifts(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Like reverse_substitution, plus (offset in the input, length change) for every replacement that changed
    the length (原那么→原则), so callers can keep offsets into the text right."""
    if not _TABLE_RE.search(text):
        return text, []
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = 0
    for match in _TABLE_RE.finditer(text):
        replacement = _reverse_one(text, match)
        pieces.append(text[last:match.start()])
        pieces.append(replacement)
        if len(replacement) != len(match.group(0)):
            shifts.append((match.end(), len(replacement) - len(match.group(0))))
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), shifts


def _reverse_one(text: str, match: re.Match) -> str:
    spun = match.group(0)
    entry, reverse, keep = _BY_SPUN[spun]
    # The context regexes start with the word itself (or a lookbehind before it): match them where the word is.
    if keep is not None and keep.match(text, match.start()):
        return spun
    if reverse is not None and not reverse.match(text, match.start()):
        return spun
    return entry.original
