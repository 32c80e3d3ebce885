"""Wording audit (run by hand; tests/compose/test_wording_dates.py keeps its rule): is every line of the templates' own
wording that names a policy, programme, indicator or body of a date dated?

    python bench/wording_audit.py            # counts, then the policy lines with no date, for reading by hand
    python bench/wording_audit.py --all      # every policy line with how it is dated

The lines are every text the templates can say of their own: each string of templates/wording/*.yaml (each wording
of a ‖ list, each field of an entry), and the quoted Chinese text of templates/sections/*.j2 (`{% set %}` values,
defaults).  A line is a policy line when it holds a policy noun (POLICY: 制度, 改革, 试点, 工程, 行动, 项目, …率,
规划, a document title, a body).  It is dated when

- its entry gives its own window (`from` / `to`: era_lines.yaml, situation_policy.yaml, problem_answers.yaml …), or
- the 提法 registry (model/tifa.yaml) or compose's own table (compose/era.py) puts one of its words out of its time
  on some date of 2008–2027 (the seam compose uses, jianggao.compose.era.out_of_time).

What is left is read by hand: a policy noun true of any year (基本公共卫生服务, 健康教育, 首诊负责制 of a clinic,
责任制) needs no date.  The readers' ERA (the thirty-seventh and thirty-eighth readings) were lines of this kind
that needed one: 公立医院薪酬分配 in a 2012 report, 孕产妇首诊负责制, 中医药健康管理率, 取消药品加成后减少的收入
for county hospitals in February 2012, 县级公立医院改革 in 2019, 产科、儿科 weighted pay before 全面两孩.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
WORDING = REPO / "templates" / "wording"
SECTIONS = REPO / "templates" / "sections"

# A policy noun: what names a policy, a programme, an indicator, a document or a body of a date.
POLICY = re.compile(
    r"制度|改革|试点|工程|行动|项目|[^效频概税]率|规划|纲要|条例|办法|方案|计划|政策|《|“[^”]{2,12}”|委员会|卫健|卫生计生|"
    r"医共体|医联体|医疗集团|签约|集采|带量|医保|新农合|两孩|三孩|托育|疫情|新冠|示范|创建|达标|工程|行动|战略|"
    r"党的十|全会|大会|精神|主题教育|学习教育|周年|五五|攻坚|脱贫|扶贫|振兴|巩固|薪酬|加成|零差率|首诊|医改|健康中国")
FIELDS = ("text", "town", "street", "government", "bureau", "heading", "check", "lead", "aim", "mark")
# the probe dates: each quarter of 2008–2027 (a window's edge within a quarter is found by one of them)
PROBES = tuple(dt.date(y, m, 15) for y in range(2008, 2028) for m in (1, 4, 7, 10))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_J2_TEXT = re.compile(r"[\"']([^\"'{}%\n]*[\u4e00-\u9fff][^\"'{}%\n]*)[\"']")


@dataclass(frozen=True)
class Line:
    text: str
    where: str              # file and key path
    window: bool            # its entry gives its own from/to


def _strings(node: object, where: str, window: bool, out: list[Line]) -> None:
    if isinstance(node, str):
        for wording in node.split("‖"):
            wording = wording.strip()
            if len(_CJK.findall(wording)) >= 6:
                out.append(Line(wording, where, window))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _strings(item, f"{where}[{i}]", window, out)
    elif isinstance(node, dict):
        own = window or "from" in node or "to" in node
        for key, value in node.items():
            if key in ("when", "also", "unless", "terms", "from", "to", "note", "kinds", "levels", "areas"):
                continue
            _strings(value, f"{where}.{key}", own, out)


def wording_lines() -> list[Line]:
    """Every line the templates can say of their own (wording YAML and the sections' quoted text)."""
    out: list[Line] = []
    for path in sorted(WORDING.glob("*.yaml")):
        _strings(yaml.safe_load(path.read_text(encoding="utf-8")), path.stem, False, out)
    for path in sorted(SECTIONS.glob("*.j2")):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        for m in _J2_TEXT.finditer(text):
            for wording in m.group(1).split("‖"):
                if len(_CJK.findall(wording)) >= 6:
                    out.append(Line(wording.strip(), f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}", False))
    return out


@functools.cache
def dated_by_registry(text: str) -> tuple[str, ...]:
    """The words of ``text`` the registry or compose's table dates (out of their time on some probe date)."""
    from jianggao.compose.era import out_of_time

    found: dict[str, None] = {}
    for level in ("县", "市"):
        for date in PROBES:
            for term in out_of_time(text, date, level):
                found.setdefault(term)
    return tuple(found)


def audit() -> dict[str, list[tuple[Line, tuple[str, ...]]]]:
    """The policy lines by how they are dated: ``window`` (their own), ``registry`` (a dated word), ``left``."""
    out: dict[str, list[tuple[Line, tuple[str, ...]]]] = {"window": [], "registry": [], "left": []}
    seen: set[str] = set()
    for line in wording_lines():
        if line.text in seen or not POLICY.search(line.text):
            continue
        seen.add(line.text)
        terms = dated_by_registry(line.text)
        kind = "window" if line.window else "registry" if terms else "left"
        out[kind].append((line, terms))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="list every policy line with how it is dated")
    args = ap.parse_args(argv)
    lines = wording_lines()
    result = audit()
    policy = sum(len(v) for v in result.values())
    print(f"wording lines: {len(lines)} ({len({line.text for line in lines})} distinct); policy lines: {policy}")
    for kind, items in result.items():
        print(f"  {kind}: {len(items)}")
    for kind, items in result.items():
        if kind != "left" and not args.all:
            continue
        print(f"\n== {kind}")
        for line, terms in items:
            print(f"{line.where}\t{'/'.join(terms)}\t{line.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
