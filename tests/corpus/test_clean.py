"""Cleaning one document: every kind of site noise on small invented fixtures, plus sentence splitting."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.corpus import (
    PLACEHOLDER,
    YEAR_PLACEHOLDER,
    CleanBlock,
    RawDocument,
    clean_document,
    detect_substitution,
    split_sentences,
)
from jianggao.corpus.pinyin import has_pinyin, strip_pinyin

BODY = "今年以来，全县卫生健康工作稳步推进。"
BODY2 = "各单位要认真抓好落实。"


def blocks(*lines: str) -> list[CleanBlock]:
    return clean_document(RawDocument("t.txt", Path("t.txt"), list(lines)))


def texts(*lines: str) -> list[str]:
    return [block.text for block in blocks(*lines)]


def joined(*lines: str) -> str:
    return "\n".join(texts(*lines))


# --- site chrome -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "noise",
    [
        "收藏 分享(赏)",
        "下载 相关 举报",
        "下载文档",
        "收藏 分享赚钱",
        "上传人:l****8 文档编号:123456 上传时间:2024-01-02 格式:DOCX 页数:4 大小:20.1KB",
        "某县卫生工作会议讲话.docx",
        "某县卫生工作会议讲话.docx_第2页",
        "第2页 / 共4页",
        "第3页 共4页",
        "资源描述",
        "当前位置:首页 > 党政 > 讲话",
        "copyright@ 2010-2024 example.com 版权所有",
        "经营许可证编号:京ICP备12345678号-1",
        "网站客服:4000000000",
        "[摘要]会议总结了上半年工作，安排下半年工作...",
        "[责任编辑:admin]",
        "某某网 > 地方新闻 > 县区新闻 >",
        "地图 地图 地图 地图",
        "亲,该文档总共4页,全部预览完了,如果喜欢就下载吧!",
        "2024 卫生 健康 工作会议 讲话",
        "《全县卫生工作会议讲话》由某某网提供,转载请注明出处,谢谢合作!",
        "— 3 —",
        "- 12 -",
    ],
)
def test_chrome_line_is_dropped_and_the_speech_kept(noise):
    out = texts(BODY, noise, BODY2)
    assert out == [BODY, BODY2]


@pytest.mark.parametrize(
    "footer", ["展开阅读全文", "相关资源", "猜你喜欢", "你可能关注的文档", "某某网版权与免责声明", "此文档下载收益归作者所有"],
)
def test_everything_after_a_footer_marker_is_dropped(footer):
    out = texts(BODY, footer, "1、未经本网许可，任何人不得使用本网作品。", "返回首页")
    assert out == [BODY]


def test_tips_list_is_dropped_with_its_numbered_items():
    out = texts("温馨提示:", "1. 本文档由用户上传，版权归属用户。", "2. 下载前请仔细阅读文档内容。", BODY)
    assert out == [BODY]


def test_article_title_lines_at_the_top_are_dropped_but_the_salutation_kept():
    out = texts("总结成绩 谋划安排下半年卫生工作", "副县长在全县卫生健康工作会议上的讲话", "同志们：", BODY)
    assert out == ["同志们：", BODY]


def test_front_matter_of_a_printed_speech_is_dropped():
    out = texts("在2025年全区卫生健康工作会议上的讲话", "副区长　张明", "（2025年2月18日）", "同志们：", BODY)
    assert out == ["同志们：", BODY]


def test_each_piece_of_a_collection_page_loses_its_own_title_line():
    out = texts("讲话稿篇一", "在全县卫生工作会议上的讲话", BODY, "讲话稿篇二", "在全镇爱国卫生工作会议上的讲话", BODY2)
    assert out == ["讲话稿篇一", BODY, "讲话稿篇二", BODY2]


def test_table_of_contents_is_dropped():
    out = texts("目錄/提綱:……", "一、提高认识", "二、突出重点", "……", "同志们：", BODY)
    assert out == ["同志们：", BODY]


def test_truncation_notice_drops_the_unfinished_sentences_on_both_sides():
    out = texts(
        "同志们：",
        "今年工作取得明显成效。基层服务能力不断",
        "……(新文秘网http://example.cn省略914字，正式会员可完整阅读)……",
        "了乡镇卫生院，群众满意度提高。" + BODY2,
        "最后，要始终坚持卫生健康工作方针。正确的方针是我们 ……(未完，全文共7309字，当前仅显示2566字，请阅读下面提示信息。",
        "收藏《全县卫生工作会议讲话》)",
    )
    assert out == ["同志们：", "今年工作取得明显成效。", BODY2, "最后，要始终坚持卫生健康工作方针。"]


@pytest.mark.parametrize(
    "ad",
    [
        "全县卫生工作会议讲话稿全县卫生工作会议讲话稿。",
        "全县卫生工作会议讲话稿讲话致辞http://。",
        "全县卫生工作会议讲话稿文章全县卫生工作会议讲话稿出自http://，转载请保留此链接！。",
    ],
)
def test_inline_ad_inside_a_paragraph_is_cut(ad):
    assert texts(BODY + ad + BODY2) == [BODY + BODY2]


def test_from_link_inside_a_word_is_cut():
    assert texts("排名位次靠#from 全县卫生工作会议讲话稿来自某某网http://前。") == ["排名位次靠前。"]


# --- 范文 pages ---------------------------------------------------------------------------------------------------

def test_keyword_link_inside_a_sentence_rejoins_the_halves():
    out = texts("同志们：", "各单位递交了年度目标管理", "责任书", "，三个单位作了经验介绍。")
    assert out == ["同志们：", "各单位递交了年度目标管理责任书，三个单位作了经验介绍。"]


@pytest.mark.parametrize("link", ["讲话稿", "工作报告", "，仅供参考。", "范文，仅供参考。"])
def test_keyword_link_between_paragraphs_is_dropped(link):
    assert texts(BODY, link, BODY2) == [BODY, BODY2]


def test_fanwen_intro_and_xiaobian_ad_are_dropped_and_pieces_kept_as_boundaries():
    out = texts(
        "每个人都曾试图在平淡的学习、工作和生活中写一篇文章。下面我给大家整理了一些优秀范文，希望能够帮助到大家。",
        "卫生工作会议讲话稿篇一",
        "同志们：",
        BODY,
        "卫生工作会议讲话稿篇二",
        "卫生工作是民生事业。下面是本站小编给大家整理的卫生工作会议",
        "讲话稿",
        "范文，仅供参考。",
        "同志们：",
        BODY2,
    )
    assert out == ["卫生工作会议讲话稿篇一", "同志们：", BODY, "卫生工作会议讲话稿篇二", "同志们：", BODY2]


# --- preview pages and flattened text ----------------------------------------------------------------------------

def test_page_splices_are_rejoined_mid_sentence_and_spaces_become_paragraph_breaks():
    page1 = ("1、区卫生工作会议讲话 同志们: 今天召开全区卫生工作会议,主要任务是总结去年工作,分析当前形势,"
             "安排部署今年的卫生健康工作,动员全区上下进一步统一思想,明确任")
    page2 = ("2、务。 一、要强化责任意识 各单位要把卫生工作摆上重要位置,切实抓紧抓好,主要负责同志要亲自抓,"
             "分管负责同志要具体抓。我们要坚持问题导")
    page3 = "3、向,补齐短板,推动全区卫生健康事业再上新台阶,让人民群众有更多的获得感。 第3页 共3页"
    out = blocks("资源描述", "", page1, "", page2, "", page3, "展开阅读全文")
    assert [b.text for b in out] == [
        "同志们：",
        "今天召开全区卫生工作会议，主要任务是总结去年工作，分析当前形势，安排部署今年的卫生健康工作，"
        "动员全区上下进一步统一思想，明确任务。",
        "一、要强化责任意识",
        "各单位要把卫生工作摆上重要位置，切实抓紧抓好，主要负责同志要亲自抓，分管负责同志要具体抓。"
        "我们要坚持问题导向，补齐短板，推动全区卫生健康事业再上新台阶，让人民群众有更多的获得感。",
    ]
    opening = out[1]
    assert opening.line_at(0) == 3
    assert opening.line_at(len(opening.text) - 1) == 5
    last = out[3]
    assert last.line_at(last.text.index("导向")) == 5
    assert last.line_at(last.text.index("向，补齐")) == 7


def test_numbered_paragraphs_that_end_sentences_are_not_page_splices():
    out = texts("1、新农合工作要再加强。今年要控制住院费用。", "2、公共卫生工作要再夯实。要提高接种率。")
    assert out == ["1、新农合工作要再加强。今年要控制住院费用。", "2、公共卫生工作要再夯实。要提高接种率。"]


def test_a_paragraph_wrapped_over_raw_lines_is_one_block_with_spans():
    out = blocks("面对这些问题，我们必须深刻警醒、认真反思，并逐项", "对照检查。" + BODY2, "一、提高认识", BODY)
    assert [b.text for b in out] == ["面对这些问题，我们必须深刻警醒、认真反思，并逐项对照检查。" + BODY2, "一、提高认识", BODY]
    assert out[0].spans == ((0, 1), (len("面对这些问题，我们必须深刻警醒、认真反思，并逐项"), 2))
    assert out[0].line_at(5) == 1 and out[0].line_at(30) == 2
    assert out[2].spans == ((0, 4),)


def test_a_heading_line_never_swallows_the_paragraph_after_it():
    assert texts("（三）下一步工作要求", BODY) == ["（三）下一步工作要求", BODY]


def test_a_heading_run_into_its_paragraph_with_a_space_is_split_there():
    out = texts("三、落实责任，密切配合，确保工作取得新突破 爱卫工作是一项群众性很强的工作，要全面推进。")
    assert out == ["三、落实责任，密切配合，确保工作取得新突破", "爱卫工作是一项群众性很强的工作，要全面推进。"]


def test_spaces_inside_a_heading_are_not_a_break():
    assert texts("（一）深入推进综合 医 改试点。 当前，医改正在推进。") == ["（一）深入推进综合医改试点。", "当前，医改正在推进。"]


# --- characters --------------------------------------------------------------------------------------------------

def test_pinyin_after_traditional_characters_is_removed_and_text_simplified():
    out = texts("同志們(men)：", "全市衛(wèi)生健康工作會(huì)議（yì）取得了顯(xiǎn)著成效(一)。")
    assert out == ["同志们：", "全市卫生健康工作会议取得了显著成效（一）。"]


@pytest.mark.parametrize(
    "kept", ["（一）", "(2)", "(试行)", "(市、区)", "(his)", "(who)", "(2020版)"],
)
def test_brackets_that_are_real_text_are_not_taken_for_pinyin(kept):
    assert strip_pinyin(f"实施方案{kept}下发") == f"实施方案{kept}下发"
    assert not has_pinyin(f"实施方案{kept}下发")


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("必须加强乡镇合管委的.建设。", "必须加强乡镇合管委的建设。"),
        ("深入推进综合 医 改试点。", "深入推进综合医改试点。"),
        ("指明了 “ 十三五 ” 时期的重点。", "指明了“十三五”时期的重点。"),
        ("各乡镇2 0 0 8年筹资情况良好。", "各乡镇2008年筹资情况良好。"),
        ("胡-锦-涛同志的批示要求建立制度。", "胡锦涛同志的批示要求建立制度。"),
        ("开展了新农合“一卡-通”的工作。", "开展了新农合“一卡通”的工作。"),
        ("正常开展区-镇-村远程会诊。", "正常开展区-镇-村远程会诊。"),
        ("深化医药卫生_改革。", "深化医药卫生改革。"),
        ("总体思路是:全面贯彻,统筹推进;重点突破!", "总体思路是：全面贯彻，统筹推进；重点突破！"),
        ("“两癌〞筛查、〝五小〞整治。", "“两癌”筛查、“五小”整治。"),
        ("得到了上级的\\'充分肯定。", "得到了上级的充分肯定。"),
        ("奖励1,000元，率为20230%。", "奖励1,000元，率为20230%。"),
        ("是继《(传染病防治法》后又一部法规。", "是继《传染病防治法》后又一部法规。"),
        ("实施方案(试行),成立了领导小组,率为96.81%,增长率7.7 ‰,接种率90％以上。",
         "实施方案（试行），成立了领导小组，率为96.81%，增长率7.7‰，接种率90%以上。"),
    ],
)
def test_character_level_repairs(raw, clean):
    assert texts(raw) == [clean]


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("贯彻落实省、xx市会议精神。", f"贯彻落实省、{PLACEHOLDER}市会议精神。"),
        ("XX区被确认为试点。", f"{PLACEHOLDER}区被确认为试点。"),
        ("总结20xx年工作。", f"总结{YEAR_PLACEHOLDER}年工作。"),
        ("是在20**年召开的。", f"是在{YEAR_PLACEHOLDER}年召开的。"),
        ("回顾二〇xx年工作。", f"回顾{YEAR_PLACEHOLDER}年工作。"),
        ("x年工作总结很客观。", f"{YEAR_PLACEHOLDER}年工作总结很客观。"),
        ("对__五期间的工作进行回顾。", f"对{PLACEHOLDER}五期间的工作进行回顾。"),
        ("由“”末的76.8岁提高到80岁。", f"由{PLACEHOLDER}末的76.8岁提高到80岁。"),
        ("均获得再补偿xxxx余元。", f"均获得再补偿{PLACEHOLDER}余元。"),
        ("成功收集了*条线索。", f"成功收集了{PLACEHOLDER}条线索。"),
        ("围绕全省中医示xx县的创建。", "围绕全省中医示范县的创建。"),
        ("县级医院的his、ris、lis、pacs系统已上线。", "县级医院的his、ris、lis、pacs系统已上线。"),
        ("前不久，who发布的研究报告显示。", "前不久，who发布的研究报告显示。"),
        ("配备X光机两台。", "配备X光机两台。"),
        ("要在、政府的统一领导下推进。", f"要在{PLACEHOLDER}、政府的统一领导下推进。"),
        ("、县政府组织召开这次会议。", f"{PLACEHOLDER}、县政府组织召开这次会议。"),
        ("部门协调、群众参与、社会监督。", "部门协调、群众参与、社会监督。"),
        ("去年ll月各乡镇合管办分离出来。", "去年11月各乡镇合管办分离出来。"),
    ],
)
def test_placeholders(raw, clean):
    assert texts(raw) == [clean]


def test_corrupted_numbers_are_left_alone():
    assert texts("按时办结率20230%，出生人口性别比12023.82。") == ["按时办结率20230%，出生人口性别比12023.82。"]


# --- synonym spam ------------------------------------------------------------------------------------------------

SPUN = [
    "同志们：",
    "要坚持方案生育根本国策，推动卫生事业改革开展，提高医疗效劳水平。",
    "要广泛开展爱国卫生运动，深入开展健康教育活动，找准问题的根本原因。",
    "全区卫生系统广阔干部职工要坚决信心，坚持公益性原那么，抓好平安生产。",
    "要创建平安医院，标准诊疗行为，夯实根底。",
]


def test_spun_document_is_detected_and_reversed_only_where_context_shows_it():
    assert detect_substitution("\n".join(SPUN))
    assert texts(*SPUN) == [
        "同志们：",
        "要坚持计划生育基本国策，推动卫生事业改革发展，提高医疗服务水平。",
        "要广泛开展爱国卫生运动，深入开展健康教育活动，找准问题的根本原因。",
        "全区卫生系统广大干部职工要坚定信心，坚持公益性原则，抓好安全生产。",
        "要创建平安医院，规范诊疗行为，夯实基础。",
    ]


def test_genuine_document_is_not_touched():
    genuine = ["要深入开展健康教育活动，制定工作方案，找准根本原因，创建平安医院。", "要坚决杜绝医疗事故，提高服务水平。"]
    assert not detect_substitution("\n".join(genuine))
    assert texts(*genuine) == genuine


def test_one_stray_telltale_is_not_enough():
    assert not detect_substitution("为人民效劳。今天开展工作。")


# --- sentences ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, sentences",
    [
        ("今天开会。下面讲三点！大家同意吗？", ["今天开会。", "下面讲三点！", "大家同意吗？"]),
        ("他说：“我们要干。大家同意吗？”我说好。", ["他说：“我们要干。大家同意吗？”", "我说好。"]),
        ("要坚持“以人民为中心。”我们要落实。", ["要坚持“以人民为中心。”", "我们要落实。"]),
        ("按照《条例（试行。）》执行。完毕", ["按照《条例（试行。）》执行。", "完毕"]),
        ("  一是抓改革；二是抓落实。 ", ["一是抓改革；二是抓落实。"]),
        ("真好!!好?", ["真好!!", "好?"]),
        ("", []),
    ],
)
def test_split_sentences(text, sentences):
    assert split_sentences(text) == sentences


def test_split_sentences_on_semicolons_when_told():
    assert split_sentences("一是抓改革；二是抓落实。", semicolon=True) == ["一是抓改革；", "二是抓落实。"]


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    text = "落实“一票否决制" + "，要加强工作" * 40 + "。下一句。"
    assert split_sentences(text)[-1] == "下一句。"


def test_sentence_with_a_lost_character_in_a_pinyin_page_is_dropped():
    out = texts(
        "衛(wèi)生工作會(huì)議。",
        "我們?cè)诮衲甑男l(wèi)生工作中要做好三點(diǎn)。今年工作很重要。",
        "這是最大優(yōu)勢(shì)?挂叨窢(zhēng)的實(shí)踐。大家同意嗎?",
    )
    assert out == ["卫生工作会议。", "今年工作很重要。", "大家同意吗？"]


# --- properties --------------------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "同志们：", "卫生", "發展", "(wèi)", "效劳", "开展", "xx", "20xx", "**", "__", "“”", "。", "，", ",", " ", "  ",
    "一、", "（一）", "(2)", "1、", "讲话稿", "篇一", "第1页 共3页", "下载", "……(省略9字)……", "?", "-", ".", "http://",
    "\u3000", "的.", "胡-锦-涛", "收藏 分享", "目录:……", "……", "小编", "，仅供参考。", "同志们", "：", "！", "”", "“",
])
_LINE = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, max_size=14))
def test_any_document_cleans_into_blocks_whose_spans_point_at_its_lines(lines):
    out = blocks(*lines)
    for block in out:
        assert block.text and "\n" not in block.text
        offsets = [offset for offset, _ in block.spans]
        numbers = [line for _, line in block.spans]
        assert offsets[0] == 0 and offsets == sorted(set(offsets)) and offsets[-1] < len(block.text)
        assert numbers == sorted(numbers) and 1 <= numbers[0] and numbers[-1] <= len(lines)
        assert block.line_at(len(block.text) - 1) == numbers[-1]


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=20).map("".join))
def test_split_sentences_loses_nothing_but_whitespace(text):
    out = split_sentences(text)
    assert all(s and s == s.strip() for s in out)
    assert "".join("".join(out).split()) == "".join(text.split())
