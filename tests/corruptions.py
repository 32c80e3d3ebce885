"""Corrupt a clean speech the way the corpus sites did: 繁体+pinyin, synonym spam in page chrome, a 范文 page."""
from __future__ import annotations

import re

from pypinyin import Style, pinyin

# The doc-site spinner, forward (original → what the site wrote); the cleaner must undo it from context.
SPIN = (
    ("计划生育", "方案生育"), ("服务", "效劳"), ("原则", "原那么"), ("发展", "开展"), ("基本", "根本"),
    ("安全", "平安"), ("广大", "广阔"), ("规范", "标准"), ("坚定", "坚决"), ("回顾", "回忆"), ("基础", "根底"),
    ("部分", "局部"), ("项目", "工程"), ("不足", "缺乏"),
)
_SPIN_RE = re.compile("|".join(re.escape(a) for a, _ in SPIN))
_SPIN_MAP = dict(SPIN)
_ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!"})


def traditional_with_pinyin(text: str) -> str:
    """(a) OpenCC s2t, then the tone-marked pinyin in brackets after every character the conversion changed."""
    import opencc

    converted = opencc.OpenCC("s2t").convert(text)
    out = []
    for simple, traditional in zip(text, converted, strict=True):  # s2t converts character for character
        out.append(traditional)
        if simple != traditional:
            out.append(f"({pinyin(simple, style=Style.TONE)[0][0]})")
    return "".join(out)


def spin(text: str) -> str:
    """The synonym spinner applied forward, everywhere, as the sites do."""
    return _SPIN_RE.sub(lambda m: _SPIN_MAP[m.group(0)], text)


def spun_in_page_chrome(text: str, title: str = "县卫生健康工作会议讲话.docx", page: int = 300) -> str:
    """(b) Spun, flattened to one run with ASCII punctuation, cut every ``page`` characters into `N、` page splices,
    wrapped in a document-sharing site's header and footer."""
    body = " ".join(line.strip() for line in spin(text).splitlines() if line.strip()).translate(_ASCII_PUNCT)
    pages = [body[i:i + page] for i in range(0, len(body), page)]
    n = len(pages)
    head = ["收藏 分享(赏)", "", title, "", f"上传人:w****9 文档编号:2210034 上传时间:2024-03-02 格式:DOCX 页数:{n} 大小:21.4KB",
            "下载 相关 举报"]
    for i in range(1, n + 1):
        head += [f"{title}_第{i}页", f"第{i}页 / 共{n}页"]
    head += [f"亲,该文档总共{n}页,全部预览完了,如果喜欢就下载吧!", "资源描述", ""]
    spliced = []
    for i, piece in enumerate(pages, 1):
        tail = f" 第{n}页 共{n}页" if i == n else ""
        spliced += [f"{i}、{piece}{tail}", ""]
    foot = ["展开阅读全文", "相关资源", "猜你喜欢", "相关搜索", "", "当前位置:首页 > 党政文件 > 讲话材料", "",
            "copyright@ 2008-2024 example.com网站版权所有", "", "经营许可证编号:浙ICP备00000000号-1"]
    return "\n".join(head + spliced + foot) + "\n"


def fanwen_collection_page(text: str, other: str, topic: str = "县卫生健康工作会议讲话稿") -> str:
    """(c) A 范文 collection page: site intro, 篇一 (``text`` with keyword-link fragments, a stray link line and an
    inline ad repetition), then 篇二 (``other``) behind a 小编 ad and cut off by a truncation notice."""
    lines = text.strip().splitlines()
    out = [
        "每个人都曾试图在平淡的学习、工作和生活中写一篇文章。写作是培养人的观察、联想、想象、思维和记忆的重要手段。"
        f"那么我们该如何写一篇较为完美的范文呢？下面我给大家整理了一些优秀范文，希望能够帮助到大家，我们一起来看一看吧。{topic}篇...",
        "每个人都曾试图在平淡的学习、工作和生活中写一篇文章。下面我给大家整理了一些优秀范文，希望能够帮助到大家。",
        f"{topic}篇一",
    ]
    ad_done = False
    for index, line in enumerate(lines):
        if "工作方案" in line:
            # The site made 工作方案 a link and put it on a line of its own, mid-sentence.
            before, after = line.split("工作方案", 1)
            out += [before, "工作方案", after]
            continue
        if not ad_done and line.count("。") >= 3:
            first, rest = line.split("。", 1)
            line = f"{first}。{topic}{topic}。{rest}"
            ad_done = True
        out.append(line)
        if index == 2:
            out.append("讲话稿")   # a stray keyword link between two paragraphs: not part of any sentence
    out += [
        f"{topic}篇二",
        "环境卫生关系群众切身利益。下面是本站小编给大家整理的爱国卫生工作会议",
        "讲话稿",
        "，仅供参考。",
    ]
    other_lines = other.strip().splitlines()
    out += other_lines[:-1]
    last = other_lines[-1]
    out.append(last[: len(last) // 2] + " ……(未完，全文共5208字，当前仅显示1200字，请阅读下面提示信息。")
    out.append(f"收藏《{topic}》)")
    return "\n".join(out) + "\n"
