"""Page chrome of document-sharing, news and 范文 sites: recognise whole noise lines and cut inline noise."""
from __future__ import annotations

import re
from functools import lru_cache

# Whole lines that are the site talking, never the speech. Matched against a simplified, stripped line.
_CHROME_LINE = re.compile(
    # Every alternative is anchored at the line's start (matched with .match: a search would try each at
    # every position of a long line); the file-name one is checked on the line's end apart.
    r"|".join((
        r"(?:收藏|分享|下载|上传|举报|打印|复制|展开|收起|点赞|评论|相关|阅读|免费|立即|VIP|会员)"
        r"(?:[\s(（赏）)]|分享|下载|举报|赚钱|文档|相关|全文|$)[^。]{0,30}$",
        r"收藏\s*《",
        r"(?:上传人|文档编号|上传时间|大小|页数|格式)[:：]|ID[:：]\s*\d+|时间[:：]\s*\d{4}",
        r"第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页$",
        r"(?:资源描述|展开阅读全文|相关资源|猜你喜欢|相关搜索|你可能关注的文档|相关推荐|热门推荐|最新文章|推荐阅读)[:：]?$",
        r"当前位置[:：]|温馨提示|返回\S{0,10}首页|详细声明请点击",
        r"\[摘要\]|【摘要】|\[?【?责任编辑[:：]|来源[:：]\S{0,20}$|作者[:：]\S{0,20}$",
        r"(?:地图\s*){2,}$",
        r"[—\-－–]\s*\d{1,3}\s*[—\-－–]$|-?\s*\d{1,3}\s*-?$",   # page numbers of a PDF/Word text export: — 3 —
        r"\S{1,12}(?:\s*>\s*\S{1,12}){2,}\s*>?$",       # breadcrumbs: 豫都网 > 河南新闻 > 南阳新闻 >
    )),
    re.IGNORECASE,
)
_FILE_NAME_END = re.compile(r"\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)(?:_第\s*\d+\s*页)?$", re.IGNORECASE)
# Site phrases that make a short line chrome wherever they sit in it (a long line is speech with an inline ad).
_CHROME_PHRASE = re.compile(
    r"copyright|\bICP\b|ICP备|版权所有|版权声明|免责声明|网站客服|客服电话|此文档下载收益|上传人|文档编号"
    r"|转载请注明|转载请保留|若无意侵犯|书面特别授权|请来信通知|违者依法追究"
    r"|该文档总共|全部预览完了|如果喜欢就下载|下载后无此问题|请放心下载"
    # any site's boilerplate: addresses of the page, reader hints, counters, print/close buttons, list titles
    r"|本文地址|本文链接|原文地址|原文链接|文章地址|网址[:：]|https?://|www\.|\.(?:com|cn|net|org)\b"
    r"|希望对(?:大家|您|你)有(?:所)?帮助|希望(?:能|可以)?(?:对|帮助)到?(?:大家|您)|以上就是|相关文章|相关阅读|延伸阅读"
    r"|精选\d+篇|通用\d+篇|\d+篇[)）]|范文[)）]?$|范文大全|范文网|文秘网|公文网|扫一扫|打印本页|关闭窗口|发布时间[:：]"
    r"|浏览次数|点击次数|阅读次数|点击数[:：]|字号[:：]|【大中小】|上一篇|下一篇|本站|小编",
    re.IGNORECASE,
)
_SHORT = 150
_LONGEST_CHROME = 400

# Lines after which the rest of the page is footer: related links, disclaimers, download prompts.
_FOOTER_START = re.compile(
    r"^(?:展开阅读全文|相关资源|猜你喜欢|相关搜索|你可能关注的文档|此文档下载收益\S*|\S{0,8}版权与免责声明|相关推荐)$"
)

# The 范文-site intro: `每个人都曾试图…下面我给大家整理了…`, `…下面是本站小编给大家整理的…`.
_INTRO = re.compile(r"每个人都曾试图|下面我给大家整理|下面是(?:本站)?小编|小编(?:给|为)大家|以下是\S{0,6}为大家整理"
                    r"|希望(?:能够)?帮助到大家")

# Keyword links the 范文 site cut out onto lines of their own; kept only when they sit inside a sentence.
KEYWORD_LINKS = frozenset((
    "讲话稿", "讲话", "致辞", "发言稿", "范文", "责任书", "工作报告", "活动方案", "工作计划", "工作方案", "工作总结",
    "心得体会", "实施方案", "述职报告", "主持词", "倡议书", "演讲稿", "承诺书", "调研报告", "自查报告",
))
_ONLY_FOR_REFERENCE = re.compile(r"^(?:范文)?[，,]?\s*仅供(?:大家)?参考[。.!！]?$")

# A table of contents: a marker line (`目录/提纲：……`, `提纲：一、… 二、…`), then entries, each a numbered
# heading without a sentence in it, optionally closed by a line of `……`.
_TOC_MARKER = re.compile(r"^(?:目录|提纲|目次|大纲|内容提要)(?:\s*[/／]\s*(?:目录|提纲))?\s*(?:[:：]|…|$)", re.IGNORECASE)
_TOC_END = re.compile(r"^[…\.。·]{2,}$")
_TOC_ENTRY = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)|结束语|结语)"
)
_TOC_ENTRY_MAX = 80


def _toc_entry(line: str) -> bool:
    """A contents entry: a numbered heading of at most a line, with no sentence inside it."""
    body = line.rstrip("。…．. ")
    return (bool(_TOC_ENTRY.match(line)) and len(line) <= _TOC_ENTRY_MAX
            and not any(c in body for c in "。！？；!?;"))


_TOC_TAIL = re.compile(r"[…\.]{2,}$")


def _toc_piece(line: str) -> bool:
    """A fragment of a contents entry: short, with no sentence in it."""
    return len(line) <= _TOC_ENTRY_MAX and not any(c in line.rstrip("。…．. ") for c in "。！？；!?;")


def _heading_key(line: str) -> str:
    """A heading compared with its later repetition: number, spaces and final stop ignored."""
    return re.sub(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])|[\s。…]", "", line)


def toc_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are a table of contents, wherever it stands.

    A marked contents block runs from its marker line over numbered entries (and a closing `……`) and stops
    at the first line that is not one, so a marker with nothing closing it cannot swallow the speech. An
    unmarked block is a run of two or more entries most of which stand again later as the speech's headings.
    """
    found: set[int] = set()
    stripped = [line.strip() for line in lines]
    index, n = 0, len(stripped)
    while index < n:
        line = stripped[index]
        if line and _TOC_MARKER.match(line) and len(line) <= 400 and not any(c in line for c in "。！？"):
            found.add(index)
            index += 1
            listed: set[str] = set()
            while index < n:
                line = stripped[index]
                if line and _toc_entry(line) and _heading_key(line)[:40] in listed:
                    break   # an entry listed already: the speech's own heading (an unclosed contents block)
                if not line or _toc_entry(line):
                    if line:
                        listed.add(_heading_key(line)[:40])
                    found.add(index)
                    index += 1
                    continue
                if _TOC_END.match(line) or _TOC_TAIL.search(line) and _toc_piece(line):
                    found.add(index)   # the closing `……`, or the last entry with it glued on
                    index += 1
                    break
                # a page break may cut an entry in two: a short piece followed by more contents is contents
                following = next((j for j in range(index + 1, n) if stripped[j]), n)
                if _toc_piece(line) and following < n and (
                        _toc_entry(stripped[following]) or _TOC_END.match(stripped[following])
                        or _TOC_TAIL.search(stripped[following]) and _toc_piece(stripped[following])):
                    found.add(index)
                    index += 1
                    continue
                break
            continue
        index += 1
    # Unmarked: a run of bare entries whose headings come again below.
    later: dict[str, int] = {}
    for i, line in enumerate(stripped):
        if line and _TOC_ENTRY.match(line):
            later[_heading_key(line.split("。")[0])[:40]] = i
    run: list[int] = []
    for i, line in enumerate(stripped + [""]):
        if i < n and i not in found and line and _toc_entry(line):
            run.append(i)
            continue
        if len(run) >= 2:
            again = sum(1 for j in run if later.get(_heading_key(stripped[j])[:40], j) > run[-1])
            if again * 3 >= len(run) * 2:
                found.update(run)
        run = []
    return found


# 温馨提示 lists: numbered site rules under the heading.
_TIP_ITEM = re.compile(r"^\d{1,2}[.、．]\s*\S")

# Truncation notices: `……(新文秘网…省略914字，正式会员可完整阅读)……`, `……(未完，全文共7309字…`.
_TRUNCATION = re.compile(
    r"\s*…*\s*[（(][^（）()]{0,80}?(?:省略\d*字|未完|全文共\d*字|正式会员|完整阅读|仅显示)[^（）()]*(?:[)）]…*|$)"
)
_TRAILING_ELLIPSIS = re.compile(r"(?<![。！？!?])(?:…{2,}|\.{3,}|。{3,})\s*$")
_ELLIPSIS_ENDS = frozenset(("……", "...", "。。", "..", "…"))
_TRUNCATION_WORDS = ("省略", "未完", "全文共", "正式会员", "完整阅读", "仅显示")
# Inline ads of the 范文 site: a title repeated back to back (`X讲话稿X讲话稿。`), or a title with a link.
_TITLE_END = re.compile("讲话稿|讲话|致辞|发言|范文|报告|总结|计划|方案|心得|体会")
_TITLE_CHARS = re.compile(r"[^\s。！？，、；：“”《》（）()]+")
_AD_TAIL = re.compile(r"(?:出自|来自)?\S{0,6}?(?:https?://[A-Za-z0-9./\-_:?=&%#]*)?[，,]?(?:转载请保留此链接[！!]?)?。*")
_LINK_AD = re.compile(
    r"[^\s。！？，、；：“”《》（）()]{2,30}?(?:讲话稿|讲话|致辞|发言|范文|报告|总结|计划|方案|心得|体会)"
    r"(?:讲话致辞|文章|出自|来自\S{0,6}?)?https?://[A-Za-z0-9./\-_:?=&%#]*[，,]?(?:转载请保留此链接[！!]?)?。*"
)
_FROM_LINK = re.compile(r"#from\s*\S*?https?://[A-Za-z0-9./\-_:?=&%#]*")


def _cut_repeated_title(text: str) -> str:
    """Cut `X讲话稿X讲话稿。` (optionally `X讲话稿文章X讲话稿出自…`): a title ending in a 范文 keyword, twice."""
    for end_word in _TITLE_END.finditer(text):
        end = end_word.end()
        for size in range(len(end_word.group(0)) + 2, 31):
            start = end - size
            if start < 0:
                break
            title = text[start:end]
            if not _TITLE_CHARS.fullmatch(title):
                break
            for gap in ("", "文章"):
                if text.startswith(gap + title, end):
                    tail = _AD_TAIL.match(text, end + len(gap) + size)
                    assert tail is not None  # every piece of _AD_TAIL is optional: it matches, if only emptily
                    return text[:start] + _cut_repeated_title(text[tail.end():])
    return text


# `第5页 共5页` left at the end of a page's text.
_INLINE_PAGE = re.compile(r"\s*第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页\s*")
# A speech boundary on a 范文 collection page: `…讲话稿篇一`, `篇二`.
_PIECE = re.compile(r"^\S{0,40}?篇[一二三四五六七八九十]{1,3}$")


@lru_cache(maxsize=2048)
def is_chrome_line(line: str) -> bool:
    """True when the whole (simplified, stripped) line is site chrome."""
    if len(line) > _LONGEST_CHROME:
        return False   # a site's own lines are short; a page of speech text is not one
    if _CHROME_LINE.match(line) or _FILE_NAME_END.search(line, max(0, len(line) - 24)):
        return True
    # A speech sentence may carry an inline ad with the same phrases (`…转载请保留此链接！`): judge it without.
    return len(line) <= _SHORT and bool(_CHROME_PHRASE.search(line)) and bool(_CHROME_PHRASE.search(remove_inline_ads(line)))


def is_footer_start(line: str) -> bool:
    """True when the page footer starts here: nothing after it is speech."""
    return bool(_FOOTER_START.match(line))


@lru_cache(maxsize=2048)
def is_intro(line: str) -> bool:
    """True for the 范文 site's own intro or ad paragraph (`下面是小编给大家整理的…`)."""
    return bool(_INTRO.search(line))


def is_keyword_link(line: str) -> bool:
    """True for a keyword-link fragment a site left on a line of its own."""
    return line in KEYWORD_LINKS or bool(_ONLY_FOR_REFERENCE.match(line))


def is_only_for_reference(line: str) -> bool:
    """True for the `，仅供参考。` tail of a site ad."""
    return bool(_ONLY_FOR_REFERENCE.match(line))


def is_tip_item(line: str) -> bool:
    return bool(_TIP_ITEM.match(line))


def is_piece_marker(line: str) -> bool:
    """True for a 范文 page's `…篇一` line, which starts a new speech."""
    return bool(_PIECE.match(line))


@lru_cache(maxsize=2048)
def is_tag_line(line: str) -> bool:
    """True for a line of short space-separated keywords (`2023 卫生 计生 工作会议 工作报告`)."""
    tokens = line.split()
    return len(tokens) >= 3 and all(len(t) <= 8 for t in tokens) and not re.search(r"[，。；：！？,;:!?]", line)


def is_truncation_notice(text: str) -> bool:
    """True when ``text`` holds a site's `（…省略914字…）` / `（未完，全文共…字` notice (text was lost there)."""
    return any(word in text for word in _TRUNCATION_WORDS) and bool(_TRUNCATION.search(text))


@lru_cache(maxsize=2048)
def cut_truncation(text: str) -> tuple[str, str | None]:
    """(text before a truncation notice, text after it) — after is None when the line holds no notice."""
    if not any(word in text for word in _TRUNCATION_WORDS):
        # A preview cut off mid-sentence ends on an ellipsis: `…也关系城市形象……`.
        cut = _TRAILING_ELLIPSIS.search(text, max(0, len(text) - 12)) if text.rstrip()[-2:] in _ELLIPSIS_ENDS else None
        if cut and len(text) > 20:
            return text[:cut.start()], ""
        return text, None
    match = _TRUNCATION.search(text)
    if not match:
        return text, None
    return text[:match.start()], text[match.end():]


@lru_cache(maxsize=2048)
def remove_inline_ads(text: str) -> str:
    """Inline ad repetitions, link stubs and page counters removed from a line of speech text."""
    if "第" in text and "页" in text:
        text = _INLINE_PAGE.sub(" ", text)
    if "http" in text:
        text = _LINK_AD.sub("", _FROM_LINK.sub("", text))
    if len(_TITLE_END.findall(text)) >= 2:
        text = _cut_repeated_title(text)
    return text
