"""Every kind of web noise the corpus shows, as functions over a clean speech, so held-out copies can be made of it.

Each function takes the clean text (one paragraph a line) and returns a corrupted page; they compose
(``apply(text, "toc", "traditional_pinyin_digits", "collection")``).  The forms are those of the corpus
sites and their kin: a contents block at the top, 繁体 with pinyin after characters (tone marks or tone digits,
in ASCII, full-width or square brackets, or bare), the doc-site synonym spinner over every pair its tables use,
document-sharing page chrome with page splices, and 范文 collection pages with ads, URLs and 本文地址 lines.
"""
from __future__ import annotations

import re
from itertools import combinations

import opencc
from pypinyin import Style, pinyin

_S2T = opencc.OpenCC("s2t")

# The spinner forward (original → what the site wrote): every pair of jianggao.corpus.synonyms.TABLE.
SPIN = (
    ("计划生育", "方案生育"), ("服务", "效劳"), ("原则", "原那么"), ("准则", "准那么"), ("规则", "规那么"),
    ("发展", "开展"), ("基本", "根本"), ("安全", "平安"), ("广大", "广阔"), ("规范", "标准"), ("坚定", "坚决"),
    ("回顾", "回忆"), ("基础", "根底"), ("部分", "局部"), ("项目", "工程"), ("不足", "缺乏"), ("激励", "鼓励"),
    ("创建", "创立"), ("奋发", "发奋"), ("体现", "表达"), ("动员", "发动"),
)
_SPIN_RE = re.compile("|".join(re.escape(a) for a, _ in SPIN))
_SPIN_MAP = dict(SPIN)
_ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!"})
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _lines(text: str) -> list[str]:
    return [line for line in text.strip().splitlines() if line.strip()]


def toc(text: str, *, closed: bool = False, marker: str = "目錄/提綱：……") -> str:
    """A contents block before the speech: the marker line, the headings, optionally closed by `……`."""
    lines = _lines(text)
    heads = [line.split("。")[0] for line in lines if HEADING.match(line)]
    block = [marker] + heads + (["……"] if closed else [])
    return "\n".join(block + lines) + "\n"


def toc_inline(text: str) -> str:
    """A contents line holding every heading on one line, the way some sites print it."""
    lines = _lines(text)
    heads = [line.split("。")[0] for line in lines if HEADING.match(line)]
    return "\n".join(["提纲：" + " ".join(heads)] + lines) + "\n"


def _pinyin_of(ch: str, style: str) -> str:
    if style == "digits":
        return pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
    return pinyin(ch, style=Style.TONE)[0][0]


def traditional_pinyin(text: str, *, brackets: str = "()", style: str = "marks") -> str:
    """OpenCC s2t, then the pinyin of each converted character after it: in ``brackets`` ("" = bare)."""
    converted = _S2T.convert(text)
    out = []
    for simple, trad in zip(text, converted, strict=True):  # s2t converts character for character
        out.append(trad)
        if simple != trad and "\u4e00" <= simple <= "\u9fff":
            syllable = _pinyin_of(simple, style)
            out.append(f"{brackets[0]}{syllable}{brackets[1]}" if brackets else syllable)
    return "".join(out)


def spin(text: str) -> str:
    """The synonym spinner applied forward, everywhere."""
    return _SPIN_RE.sub(lambda m: _SPIN_MAP[m.group(0)], text)


def page_chrome(text: str, title: str = "区卫生健康工作会议讲话.docx", page: int = 260) -> str:
    """A document-sharing page: flattened, ASCII punctuation, page splices `N、`, header and footer."""
    body = " ".join(_lines(text)).translate(_ASCII_PUNCT)
    pages = [body[i:i + page] for i in range(0, len(body), page)]
    n = len(pages)
    head = ["收藏 分享(赏)", "", title, "", f"上传人:q****7 文档编号:8812034 上传时间:2025-03-02 格式:DOCX 页数:{n}",
            "下载 相关 举报"]
    for i in range(1, n + 1):
        head += [f"{title}_第{i}页", f"第{i}页 / 共{n}页"]
    head += [f"亲,该文档总共{n}页,全部预览完了,如果喜欢就下载吧!", "资源描述", ""]
    spliced = []
    for i, piece in enumerate(pages, 1):
        spliced += [f"{i}、{piece}", ""]
    foot = ["展开阅读全文", "相关资源", "猜你喜欢", "当前位置:首页 > 党政文件 > 讲话材料", "",
            "copyright@ 2009-2025 wendang.example.com 网站版权所有", "经营许可证编号:苏ICP备12345678号-2"]
    return "\n".join(head + spliced + foot) + "\n"


def collection(text: str) -> str:
    """A 范文 collection page: intro ad, 篇一 (this speech, with an inline ad and a link line), 篇二 cut off,
    本文地址 and 希望对大家有所帮助 lines, URLs."""
    lines = _lines(text)
    out = [
        "范文网 > 讲话致辞 > 领导讲话",
        "卫生健康工作会议讲话稿(精选2篇)",
        "在日常学习、工作或生活中，大家总免不了要接触或使用讲话稿吧。以下是小编为大家整理的卫生健康工作会议讲话稿，"
        "希望对大家有所帮助。",
        "卫生健康工作会议讲话稿篇一",
    ]
    ad_done = False
    for index, line in enumerate(lines):
        if not ad_done and line.count("。") >= 3:
            first, rest = line.split("。", 1)
            line = f"{first}。卫生健康工作会议讲话稿卫生健康工作会议讲话稿。{rest}"
            ad_done = True
        out.append(line)
        if index == 3:
            out.append("【本文地址：http://www.fanwen.example.com/jianghua/20250312/88123.html】")
    out += [
        "卫生健康工作会议讲话稿篇二",
        "同志们：",
        "今天召开全区爱国卫生工作会议，主要任务是部署今年的爱国卫生工作。环境卫生关系群众切身利益，也关系城市形象……",
        "【卫生健康工作会议讲话稿(精选2篇)】相关文章：",
        "1.卫生健康工作会议讲话稿",
        "2.全区卫生工作会议讲话稿范文",
        "本文地址：https://www.fanwen.example.com/jianghua/88123.html",
        "以上就是小编整理的卫生健康工作会议讲话稿，希望对大家有所帮助。",
    ]
    return "\n".join(out) + "\n"


def news_page(text: str) -> str:
    """A news site's page: breadcrumbs, source line, the speech, a reprint notice with a URL and an editor line."""
    out = ["首页 > 新闻中心 > 卫生动态 >", "来源：区卫生健康局  发布时间：2025-02-20  浏览次数：1024", ""]
    out += _lines(text)
    out += ["", "（本文来源：青山区人民政府网 http://www.example.gov.cn/art/2025/2/20/art_123.html）",
            "转载请注明出处：http://www.example.gov.cn/art/2025/2/20/art_123.html", "[责任编辑：王五]",
            "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"]
    return "\n".join(out) + "\n"


# name → function; the pinyin forms are each a kind of their own.
KINDS = {
    "toc": toc,
    "toc_closed": lambda t: toc(t, closed=True),
    "toc_simplified": lambda t: toc(t, marker="目录"),
    "toc_inline": toc_inline,
    "trad_pinyin_marks": traditional_pinyin,
    "trad_pinyin_fullwidth": lambda t: traditional_pinyin(t, brackets="（）"),
    "trad_pinyin_square": lambda t: traditional_pinyin(t, brackets="[]"),
    "trad_pinyin_digits": lambda t: traditional_pinyin(t, style="digits"),
    "trad_pinyin_bare": lambda t: traditional_pinyin(t, brackets=""),
    "trad_only": lambda t: _S2T.convert(t),
    "spin": spin,
    "page_chrome": page_chrome,
    "collection": collection,
    "news_page": news_page,
}
# The order corruptions compose in: text-level first (spin, 繁体), then the page around it.
_ORDER = ("spin", "toc", "toc_closed", "toc_simplified", "toc_inline", "trad_only", "trad_pinyin_marks",
          "trad_pinyin_fullwidth", "trad_pinyin_square", "trad_pinyin_digits", "trad_pinyin_bare",
          "collection", "news_page", "page_chrome")
_FAMILY = {name: ("toc" if name.startswith("toc") else "trad" if name.startswith("trad") else
                  "page" if name in ("collection", "news_page", "page_chrome") else name) for name in KINDS}


def apply(text: str, *names: str) -> str:
    for name in sorted(names, key=_ORDER.index):
        text = KINDS[name](text)
    return text


def combinations_of_kinds(max_size: int = 3) -> list[tuple[str, ...]]:
    """Every single kind, and every combination of up to ``max_size`` kinds from different families."""
    out = [(name,) for name in KINDS]
    for size in range(2, max_size + 1):
        for combo in combinations(KINDS, size):
            if len({_FAMILY[n] for n in combo}) == size:
                out.append(combo)
    return out
