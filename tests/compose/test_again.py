"""Words heard again (compose.again): ten characters said word for word in two parts of a speech, and a weight word
said a third time in one paragraph (rep28: bench_quality's same_measure and word_thrice on the merged tree)."""
from __future__ import annotations

import re

import pytest

from jianggao.compose import again

# A frame line of the situation and a task item that says its measure (b03, b19, b26 at seed 1 on main).
FRAME = "基层是卫生工作的重点，基层医疗卫生机构标准化建设要稳步推进，基层首诊能力要逐步提升。"
ITEM_HEAD = "二是推进基层医疗卫生机构标准化建设。"
ITEM_LINE = "县卫生局要对不达标的业务用房逐个登记造册，分轻重缓急逐步解决。"


def always(_: str) -> bool:
    return True


def never(_: str) -> bool:
    return False


def runs_once(parts, keep=(), take=always, trim=always, swap=None):
    headings = [["（一）" + str(i)] * len(part) for i, part in enumerate(parts)]
    again.runs_once(parts, headings, keep, take, trim, swap)
    return parts


def shared_runs(parts) -> list[tuple[str, str]]:
    """Pairs of sentences of ``parts`` sharing again.RUN characters (as bench_quality counts them, bodies aside)."""
    flat = [s for part in parts for para in part for s in para]
    return [(a, b) for i, a in enumerate(flat) for b in flat[i + 1:] if again._runs(a, ()) & again._runs(b, ())]


def test_a_frame_line_loses_the_clause_a_later_item_head_says():
    # the item's head cannot change: the earlier line says its other clauses
    parts = runs_once([[["当前，基层工作任务繁重。", FRAME]], [[ITEM_HEAD, ITEM_LINE]]])
    assert parts[0][0][1] == "基层是卫生工作的重点，基层首诊能力要逐步提升。"
    assert parts[1][0] == [ITEM_HEAD, ITEM_LINE]
    assert not shared_runs(parts)


def test_a_later_line_loses_the_clause_that_says_an_earlier_measure_again():
    first = "发展互联网医疗和远程医疗，推进远程会诊、远程影像等服务向基层延伸。"
    later = "要依托信息平台实现检查结果共享调阅，持续加强远程会诊、远程影像等服务。"
    parts = runs_once([[["五是加快信息化建设。", first, "推进电子健康档案的共享应用，让数据真正用起来。"]],
                       [["要抓好数据安全。", later]]])
    assert parts[1][0][1] == "要依托信息平台实现检查结果共享调阅。"
    assert parts[0][0][1] == first
    assert not shared_runs(parts)


def test_a_sentence_that_is_mostly_the_run_goes_where_the_floor_allows_and_stays_where_it_does_not():
    first = "要完善突发公共卫生事件风险评估制度，定期研判风险。"
    later = "突发公共卫生事件风险评估要常态开展。"
    paragraph = ["（二）强化监测预警。", "要加强哨点医院监测。", later, "要及时发布预警信息。"]
    parts = runs_once([[[first]], [list(paragraph)]])
    assert later not in parts[1][0] and len(parts[1][0]) == 3
    kept = runs_once([[[first]], [list(paragraph)]], take=never)
    assert later in kept[1][0]


def test_an_items_only_measure_is_never_taken():
    first = "要完善突发公共卫生事件风险评估制度，定期研判风险。"
    only = "突发公共卫生事件风险评估要常态开展。"
    parts = runs_once([[[first]], [["一是强化监测预警。", only, "二是提升处置能力。", "要开展应急演练。"]]])
    assert only in parts[1][0]


def test_the_swap_stands_in_where_the_floor_keeps_the_sentence():
    first = "要完善突发公共卫生事件风险评估制度，定期研判风险。"
    later = "突发公共卫生事件风险评估要常态开展。"
    parts = runs_once([[[first]], [["要加强哨点医院监测。", later]]], take=never,
                      swap=lambda i, s, para, heading: "要加强卫生应急队伍建设，开展实战演练。")
    assert parts[1][0][1] == "要加强卫生应急队伍建设，开展实战演练。"


@pytest.mark.parametrize("later", [
    "各社区卫生服务中心要面向老年人开展健康教育。",          # one body given two duties: its name, not a measure
    "要把家庭医生签约服务覆盖率提高到45%。",                 # the brief's figure
])
def test_what_is_not_a_measure_said_again_stays(later):
    first = ("各社区卫生服务中心要推进老年人慢性病用药保障。" if "社区" in later
             else "要扩大家庭医生签约服务覆盖率，做实签约服务。")
    parts = runs_once([[[first]], [["要抓好老年健康。", later]]], keep=("家庭医生签约服务覆盖率",))
    assert parts[1][0][1] == later


def test_the_briefs_own_words_are_no_run():
    item = "推进基层医疗卫生机构标准化建设"
    parts = runs_once([[["要" + item + "，补齐短板。"]], [["要加强领导。", "今年要" + item + "，年底前验收。"]]],
                      keep=(item,))
    assert parts[1][0][1] == "今年要" + item + "，年底前验收。"


def thrice(paragraph: list[str], word: str) -> bool:
    text = "".join(paragraph)
    at = [m.start() for m in re.finditer(word, text)]
    return any(at[n] - at[n - 2] <= again.WINDOW for n in range(2, len(at)))


@pytest.mark.parametrize("paragraph, word", [
    (["三是加强出生缺陷防治。", "加强儿童健康管理和出生缺陷综合防治；加强孕前和孕早期保健，落实叶酸增补。",
      "各助产机构要持续加强产前筛查和新生儿疾病筛查，扩大筛查覆盖面。"], "加强"),
    (["各乡镇卫生院要做好汛期的卫生防病工作。", "要做好重大活动医疗卫生保障，提前备足药品。",
      "做好重点场所、重点人群的防控工作。"], "做好"),
    (["要推进家庭医生签约服务。", "推进医共体建设，推进县乡一体化管理。"], "推进"),
])
def test_a_weight_word_said_a_third_time_in_a_paragraph_is_said_in_another(paragraph, word):
    para = list(paragraph)
    again.weights_vary([[para]], ())
    assert not thrice(para, word), para
    # … by a word of its weight, in the same place, never the same stand-in twice running
    assert len("".join(para)) == len("".join(paragraph))
    assert not re.search(r"(强化|抓好|推动)[^。；]*[。；](?:要|各[^要]*要)?\1", "".join(para)), para


def test_the_briefs_words_titles_and_set_phrases_keep_their_weight_word():
    keep = ("加强基层党组织建设",)
    para = ["要加强基层党组织建设。", "按照《关于加强公立医院党的建设工作的意见》要求开展工作。", "要狠抓落实，加强督查。",
            "要加强廉政教育。"]
    again.weights_vary([[para]], keep)
    assert para[0] == "要加强基层党组织建设。"
    assert "《关于加强公立医院党的建设工作的意见》" in para[1]
    assert "狠抓落实" in para[2]
    assert not thrice(para, "加强")


def test_item_heads_keep_their_words():
    para = ["一是推进医共体建设。", "推进县乡一体化管理。", "推进医保支付方式改革。"]
    again.weights_vary([[para]], ())
    assert para[0] == "一是推进医共体建设。"
    assert not thrice(para, "推进")
