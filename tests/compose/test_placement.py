"""A sentence goes under the item whose business it is (the twenty-ninth reading: 免疫规划 and 入学查验 under 有序推进新冠病毒
疫苗接种, 预防接种门诊 under 加强发热门诊建设, 临床专科 under 完善院前急救网络): no numbered brief item's run holds a sentence
on a business beside its own (picker.on_other_business), in these briefs or in the bench's."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.picker import on_other_business
from jianggao.model.brief import Brief
from jianggao.model.speech import Heading

_ORDINAL = re.compile(r"(?:^|(?<=[。！；]))[一二三四五六七八九十]是")
BENCH = Path(__file__).resolve().parents[2] / "bench" / "briefs"


def test_a_measure_on_a_business_beside_the_items_is_not_its():
    item = "有序推进新冠病毒疫苗接种"
    assert on_other_business("免疫规划工作要做好宣传动员，让家长知道按时接种疫苗是对孩子健康负责。", item)
    assert on_other_business("要做好入学入托儿童预防接种证查验，及时补种漏种疫苗。", item)
    assert not on_other_business("新冠病毒疫苗接种要坚持知情、同意、自愿。", item)
    assert not on_other_business("要落实疫苗全流程管理，规范预防接种服务，筑牢免疫屏障。", item)
    assert on_other_business("市级医院要规范预防接种门诊建设，合理安排接种时间。", "加强发热门诊建设")
    assert on_other_business("要加强临床专科能力建设，补齐急诊急救、儿科、精神科等薄弱学科短板。", "完善院前急救网络")
    assert on_other_business("要把婚前保健、孕前检查、孕产期保健串起来，为准备生育的家庭提供全程服务。", "加强流动人口计划生育服务管理")
    # money and staff for the item's own work serve it whatever business they name
    assert not on_other_business("区财政局要把新设站点的车辆、设备和运行经费落实到位。", "完善院前急救网络")


def _item_runs(speech, items):
    """(brief item, its run's sentences) for every numbered item of the speech that is a brief item."""
    out: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for b in speech.blocks:
        if isinstance(b, Heading):
            current = None
            text = b.body or ""
        else:
            text = b.text
        pieces = _ORDINAL.split(text)
        if current is not None:
            current[1].extend(s for s in re.split(r"(?<=。)", pieces[0]) if s)
        for piece in pieces[1:]:
            head = piece.split("。", 1)[0]
            item = next((x for x in items if x in head), None)
            current = (item, []) if item else None
            if current is not None:
                out.append(current)
                current[1].extend(s for s in re.split(r"(?<=。)", piece)[1:] if s)
    return out


def _misfiled(brief: Brief, real, seed: int) -> list[tuple[str, str]]:
    items = [str(x) for p in brief.priorities for x in p.items]
    speech = compose(brief, real.bank, real.templates, seed=seed)
    return [(item, s) for item, run in _item_runs(speech, items) for s in run if on_other_business(s, item)]


def _midyear_2021() -> Brief:
    return Brief.model_validate({
        "kind": "midyear_review", "year": 2021, "date": "2021-07-20", "region": {"name": "宁川市"},
        "speaker": {"name": "周明", "title": "市卫生健康委主任"},
        "problems": ["部分县区疫苗接种进度不均衡", "基层发热门诊（诊室）建设进度滞后"],
        "priorities": [{"topic": "公共卫生", "items": ["有序推进新冠病毒疫苗接种", "做好常态化疫情防控"]},
                       {"topic": "医疗服务", "items": ["完善院前急救网络", "加强发热门诊建设"]}],
    })


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_brief_item_holds_another_business(real, seed):
    assert _misfiled(_midyear_2021(), real, seed) == []


# (the bench briefs that give items: a pledge or an address with none has no item's run to check)
_WITH_ITEMS = [p for p in sorted(BENCH.glob("*.yaml")) if "items:" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", _WITH_ITEMS, ids=lambda p: p.stem[:3])
def test_the_bench_briefs_file_each_sentence_under_its_business(real, path):
    assert _misfiled(load_brief(path), real, 1) == []


def _aiwei_2019() -> Brief:
    return Brief.model_validate({
        "kind": "special_topic", "year": 2019, "date": "2019-04-10", "region": {"name": "青山区", "parent": "云州市"},
        "meeting": "全区爱国卫生工作会议", "speaker": {"name": "何平", "title": "副区长"},
        "problems": ["城乡接合部和农贸市场环境卫生反弹", "病媒生物防制常态化机制不健全"],
        "priorities": [{"topic": "爱国卫生", "items": ["巩固国家卫生城市创建成果", "推进生活垃圾分类", "开展病媒生物防制"]}],
    })


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_answer_goes_under_the_heading_whose_subject_it_is(real, seed):
    # the twenty-ninth reading's p4: the 病媒 answer under 巩固国家卫生城市创建成果, the 环境卫生反弹 one under 开展病媒生物防制
    speech = compose(_aiwei_2019(), real.bank, real.templates, seed=seed)
    under: dict[str, str] = {}
    for b in speech.blocks:
        if isinstance(b, Heading) and b.level == 2:
            under[b.text] = b.body or ""
        elif under and not isinstance(b, Heading):
            under[list(under)[-1]] += b.text
    vector = next((text for head, text in under.items() if "病媒生物防制" in head), "")
    assert "病媒生物防制常态化机制不健全" in vector or "常态化机制" in vector or "病媒生物防制常态化" not in "".join(under.values())
    city = next((text for head, text in under.items() if "巩固国家卫生城市" in head), "")
    assert "常态化机制不健全" not in city
