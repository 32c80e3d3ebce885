"""Orders for work the brief says is done, and figures said in the wrong period (run by hand; issue 13, reading 36).

    python bench/bench_done.py                       # this checkout, bench/done_briefs at seeds 1-3
    python bench/bench_done.py --ref-commit 319777c  # and that commit, side by side
    python bench/bench_done.py --show                # every flagged sentence (read them: the checker's precision)
    python bench/bench_done.py --all --seeds 1       # bench/briefs and samples/ too

The briefs in bench/done_briefs/ (kinds, months, 2012–2026, 县 区 市 镇 街道) each give work done (完成, 全覆盖, 纳入,
统一管理) and figures of past and current periods (2024年…, 7月…, 1—9月…, 上半年…).  The checkers here are the
bench's own, broader than compose's (compose.done, compose.periods), so that the count after is not zero by
construction:
- done: a sentence of the task parts (after the review) that orders starting, drawing up, bringing in or piloting
  (制定 建立 组建 启动 试点 纳入 全覆盖 统一管理 以点带面 成熟一项…) what shares four characters (three for pilot words)
  with a statement of the brief that says it is done;
- period: 一年来 before last year's figures after March; 去年/一年来/a year before a figure whose name holds its own
  time; a year said twice (2024年2024年); 年中 set as a checkpoint at a meeting from July on (not planning the next
  year); the year's point in time (时间过半, 不到半年, 下半程) told more than once.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
BRIEFS = REPO / "bench" / "done_briefs"

_DONE = re.compile(r"完成|实现|全覆盖|纳入|建成|组建|全部|100%|全面推开|统一管理")
_ORDER = re.compile(r"制定|建立|组建|成立|启动|纳入|全覆盖|统一管理|一体化管理|出台|建成|创建|筹建|开通|上线")
_PILOT = re.compile(r"试点|以点带面|成熟一项|先行先试|逐步推开|积累经验")
_GENERIC = ("卫生健康", "医疗卫生", "医疗机构", "公立医院", "卫生院", "服务能力", "基层医疗", "医疗服务", "公共卫生",
            "建设", "管理", "工作", "服务")
_CHECKPOINT = re.compile(r"时间(?:已经)?过半|下半程|不到半年时间|只剩下?半年")
_OWN = re.compile(r"^(?:(?:19|20)\d{2}年|今年|上半年|\d{1,2}(?:—|-)\d{1,2}月|\d{1,2}月|截至)")


def _shared(a: str, b: str, size: int) -> str:
    for n in range(min(len(a), 12), size - 1, -1):
        for i in range(len(a) - n + 1):
            piece = a[i:i + n]
            if piece in b and not re.search(r"[，。；、\d]", piece):
                rest = piece
                for g in _GENERIC:
                    rest = rest.replace(g, "")
                if len(rest) >= 2:
                    return piece
    return ""


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])|\n", text) if s.strip()]


def done_orders(text: str, brief: dict) -> list[str]:
    facts = [f for g in brief.get("achievements", []) for f in g.get("facts", [])]
    done = [c for f in facts for c in re.split(r"[，；]", f) if _DONE.search(c)]
    if not done:
        return []
    # the task parts: after the review (二、 in a speech with a review, else the whole text after 同志们)
    body = text.split("同志们：", 1)[-1]
    heads = [m.start() for m in re.finditer(r"\n　*[一二三四五]、", body)]
    start = heads[1] if len(heads) > 1 and brief.get("kind") not in ("pledge", "address") else 0
    out = []
    for para in body[start:].split("\n"):
        for s in _sentences(para):
            if re.search(r"了|去年|一年来|过去", s) and not re.search(r"要|将", s):
                continue
            if any(f in s for f in facts):
                continue          # the brief's own statement (a pledge reviews its year in its one part)
            for c in re.split(r"[，；]", s):
                verb = _ORDER.search(c)
                # what the order is about: after the verb (制定医院章程), before it for what is brought in (把…纳入)
                about = (c[:verb.start()] if verb.group(0) in ("纳入", "统一管理", "一体化管理", "全覆盖")
                         else c[verb.end():]) if verb else ""
                if verb and re.search(r"落到实处|做实|巩固|深化|用好|执行|的基础上", c):
                    continue          # its next step: right for done work
                if verb and any(_shared(_ORDER.sub("", d), about, 4) for d in done):
                    out.append(s.strip())
                    break
                if _PILOT.search(c) and any(("全" in d or "覆盖" in d) and _shared(d, para, 3) for d in done):
                    out.append(s.strip())
                    break
    return out


def period_slips(text: str, brief: dict, date: str) -> list[str]:
    month = int(date[5:7])
    year, prev = int(brief["year"]), int(brief["year"]) - 1
    metrics = [m for g in brief.get("achievements", []) for m in g.get("metrics", [])]
    out = []
    sentences = _sentences(text)
    for s in sentences:
        for m in metrics:
            name = str(m["name"])
            at = s.find(name)
            if at < 0:
                continue
            before = s[max(0, at - 8):at]
            if _OWN.match(name) and re.search(r"去年|一年来|\d{4}年，?$", before):
                out.append(s.strip())
            elif not _OWN.match(name) and "一年来" in before and month > 3 and brief.get("kind") != "midyear_review" \
                    and not (month >= 11 and int(date[:4]) == year):
                out.append(s.strip())
        if re.search(r"((?:19|20)\d{2}年)\1", s):
            out.append(s.strip())
        # 年中 set as a checkpoint still to come (年中、年底两次对账; 年中要盘点), not 这次会议开在年中
        if re.search(r"年中[、，和]?年底|年中要|年中[^。，]{0,3}(?:对账|盘点)", s) and 7 <= month < 11 and "明年" not in s:
            out.append(s.strip())
    told = [s for s in sentences if _CHECKPOINT.search(s) and not re.search(r"\d", s)]
    out += [s.strip() for s in told[1:]]
    del prev
    return list(dict.fromkeys(out))


def render(cmd: list[str], brief: Path, seed: int, env: dict[str, str] | None = None) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x.txt"
        subprocess.run([*cmd, "render", str(brief), "-o", str(out), "--format", "txt", "--seed", str(seed), "--force"],
                       check=True, capture_output=True, env=env)
        return out.read_text(encoding="utf-8")


def run(label: str, cmd: list[str], seeds: list[int], show: bool, env: dict[str, str] | None = None,
        paths: list[Path] | None = None) -> None:
    done_n = period_n = chars = 0
    flagged: list[tuple[str, str, str]] = []
    paths = paths or sorted(BRIEFS.glob("*.yaml"))
    for path in paths:
        brief = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(brief, dict) or "year" not in brief:
            continue          # a brief in Chinese keys (samples/chinese_keys.yaml): the checkers read English ones
        for seed in seeds:
            text = render(cmd, path, seed, env)
            chars += len(text)
            d = done_orders(text, brief)
            p = period_slips(text, brief, str(brief.get("date", f"{brief['year']}-02-20")))
            done_n += len(d)
            period_n += len(p)
            flagged += [(path.stem[:3] + f"/{seed}", "done", s) for s in d]
            flagged += [(path.stem[:3] + f"/{seed}", "period", s) for s in p]
    print(f"{label}: {len(paths)} briefs x {len(seeds)} seeds, {chars:,} chars: "
          f"orders for done work {done_n}, period slips {period_n}")
    if show:
        for where, kind, s in flagged:
            print(f"  {where} {kind}: {s}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref-commit", help="also render with this commit of the repository")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--show", action="store_true", help="print every flagged sentence")
    parser.add_argument("--all", action="store_true", help="bench/briefs and samples/ too")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    paths = sorted(BRIEFS.glob("*.yaml"))
    if args.all:
        paths += sorted((REPO / "bench" / "briefs").glob("*.yaml")) + sorted((REPO / "samples").glob("*.yaml"))
    if args.ref_commit:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(f"git -C {REPO} archive {args.ref_commit} | tar -x -C {tmp}", shell=True, check=True)
            env = dict(os.environ, PYTHONPATH=str(Path(tmp) / "src"))
            ref = [sys.executable, "-m", "jianggao"]
            run(f"ref {args.ref_commit}", [*ref], seeds, args.show, env, paths)
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    run("this checkout", [sys.executable, "-m", "jianggao"], seeds, args.show, env, paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
