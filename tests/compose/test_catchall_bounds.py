"""The standing-areas catch-all never swamps the speech (catchall33): over generated briefs of every kind that has it,
years 2012–2026 and levels 县/区/市/镇/街道, thin, mid and rich, it keeps its class's bounds (compose.standing), says
whole sentences, no stock line of the safeguards part and no sentence the speech says elsewhere; a brief not held to
its length is never padded past it."""
from __future__ import annotations

import random
import re

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.compose.plan import AREAS_FOR_LENGTH
from jianggao.compose.standing import (
    _SAFEGUARD_LINE,
    AREA_SENTENCES_MOST,
    AREAS_LEAST,
    CATCH_ALL_HEADINGS,
    HELD_AREA_SENTENCES_MOST,
    HELD_SPEECH_SHARE_MOST,
    HELD_TASKS_SHARE_MOST,
    SPEECH_SHARE_MOST,
    TASKS_SHARE_MOST,
)
from jianggao.writers import render_text

# (the bounds are counted in compose on blocks, here on the rendered text: headings' numbers and later passes'
# rewording move a share by a few characters)
SLACK = 0.01

PLACES = {"县": ("青禾县", None), "区": ("临江区", None), "市": ("云州市", None), "镇": ("石门镇", "安平县"),
          "街道": ("东湖街道", "临江区")}
# topic → (a metric of last year's, the year's measures)
TOPICS = {
    "医改": ({"name": "县域内就诊率", "value": 88.6, "unit": "%", "change": 1.2, "change_unit": "个百分点"},
             ["推进紧密型医共体建设", "完善分级诊疗制度", "深化公立医院综合改革"]),
    "公共卫生": ({"name": "适龄儿童免疫规划疫苗接种率", "value": 96.3, "unit": "%"},
                 ["完善传染病监测预警体系", "做实基本公共卫生服务项目"]),
    "基层卫生": ({"name": "家庭医生签约服务覆盖率", "value": 41.5, "unit": "%", "change": 2.4, "change_unit": "个百分点"},
                 ["推进村卫生室标准化建设", "加强乡村医生队伍建设"]),
    "妇幼健康": ({"name": "孕产妇死亡率", "value": 12.1, "unit": "/10万", "better": "lower"},
                 ["落实母婴安全五项制度", "加强出生缺陷综合防治"]),
    "中医药": ({"name": "基层中医馆覆盖率", "value": 85, "unit": "%"}, ["推广中医药适宜技术"]),
    "医疗服务": ({"name": "三级医院平均住院日", "value": 8.4, "unit": "天", "better": "lower"},
                 ["改善医疗服务行动", "加强重点专科建设"]),
}
KINDS = ("annual_conference", "work_report", "midyear_review")


def _brief_text(kind: str, year: int, level: str, weight: str, rng: random.Random) -> str:
    name, parent = PLACES[level]
    topics = rng.sample(sorted(TOPICS), 4)
    reviewed = {"thin": 0, "mid": 2, "rich": 3 + rng.randint(0, 1)}[weight]
    asked = {"thin": 1, "mid": 2, "rich": 3 + rng.randint(0, 1)}[weight]
    lines = [f"kind: {kind}", f"year: {year}", "region:", f"  name: {name}", f"  level: {level}"]
    if parent:
        lines.append(f"  parent: {parent}")
    lines += [f"date: {year}-0{rng.randint(2, 3)}-1{rng.randint(0, 8)}" if kind != "midyear_review"
              else f"date: {year}-07-1{rng.randint(0, 8)}", f"length: {rng.choice((3500, 5000, 6500))}"]
    if reviewed:
        lines.append("achievements:")
        for t in topics[:reviewed]:
            metric = ", ".join(f"{k}: {v!r}" if isinstance(v, str) else f"{k}: {v}" for k, v in TOPICS[t][0].items())
            lines += [f"  - topic: {t}", f"    metrics: [{{{metric}}}]"]
    lines.append("priorities:")
    for t in topics[:asked]:
        lines += [f"  - topic: {t}", f"    items: [{', '.join(TOPICS[t][1][:rng.randint(1, 2)])}]"]
    return "\n".join(lines).replace("'", '"') + "\n"


def _cases() -> list[tuple[str, int, str, str]]:
    """Each kind at each weight twice, the levels in turn (each level three or four times), the years drawn."""
    rng = random.Random(33)
    levels = sorted(PLACES)
    out = []
    for kind in KINDS:
        for weight in ("thin", "mid", "rich"):
            for _ in range(2):
                out.append((kind, rng.randint(2012, 2026), levels[len(out) % len(levels)], weight))
    return out


def _catch_all(text: str) -> tuple[list[str], list[str]]:
    """The catch-all's paragraphs (heading first) and the task part's, from the rendered text."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    heads = [i for i, p in enumerate(paras) if re.match(r"^[一二三四五六七八九十]、", p)]
    at = next((i for i, p in enumerate(paras)
               if re.sub(r"^（[一二三四五六七八九十]+）", "", p).rstrip("。") in CATCH_ALL_HEADINGS), None)
    if at is None:
        return [], []
    start = max(h for h in heads if h < at)
    end = min((h for h in heads if h > at), default=len(paras))
    part = paras[start + 1:end]
    block = [paras[at]]
    for p in paras[at + 1:end]:
        if p.startswith("（"):
            break
        block.append(p)
    return block, part


@pytest.mark.parametrize(("kind", "year", "level", "weight"), _cases())
def test_the_catch_all_keeps_its_bounds(real, tmp_path, kind, year, level, weight):
    path = tmp_path / "brief.yaml"
    path.write_text(_brief_text(kind, year, level, weight, random.Random(f"{kind}{year}{level}{weight}")),
                    encoding="utf-8")
    brief = load_brief(path)
    speech = compose(brief, real.bank, real.templates, seed=1)
    text = render_text(speech, "txt")
    held = len(brief.achievements) >= AREAS_FOR_LENGTH and len(brief.priorities) >= AREAS_FOR_LENGTH
    if not held:
        # (a thin brief gives a shorter honest speech, never one padded past its length)
        assert speech.body_length() <= brief.target_length * 1.15
    block, part = _catch_all(text)
    if not block:
        return
    tasks_most, speech_most, sentences_most = ((HELD_TASKS_SHARE_MOST, HELD_SPEECH_SHARE_MOST, HELD_AREA_SENTENCES_MOST)
                                               if held else (TASKS_SHARE_MOST, SPEECH_SHARE_MOST, AREA_SENTENCES_MOST))
    size = sum(map(len, block))
    assert size <= (tasks_most + SLACK) * sum(map(len, part)), (size, block)
    assert size <= (speech_most + SLACK) * speech.body_length(), (size, block)
    areas: list[list[str]] = []
    for p in block[1:]:
        assert p.endswith("。"), p            # whole sentences
        said = re.findall(r"[^。！？]+[。！？]", p)
        if re.match(r"^[一二三四五六七八九十]是", p):
            areas.append(said[1:])           # its heading clause aside
        else:
            assert areas, block
            areas[-1] += said
    assert len(areas) >= AREAS_LEAST, block
    if not held:
        # (the thinner the brief, the fewer areas)
        assert len(areas) <= max(AREAS_LEAST, len(brief.priorities)), block
    for said in areas:
        assert 1 <= len(said) <= sentences_most, said
        for s in said:
            assert not _SAFEGUARD_LINE.search(s), s
    # no sentence of it said elsewhere in the speech
    rest = "\n".join(p for p in (x.strip() for x in text.split("\n")) if p not in block)
    for said in areas:
        for s in said:
            assert len(s) < 12 or s not in rest, s
