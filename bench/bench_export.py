"""Benchmark: export the whole phrase bank to every format (target: all nine together in ≤ 3 s).

usage: python bench/bench_export.py [--phrasebank DIR] [--synthetic N]
Uses the bundled bank (or DIR); with --synthetic N (or when the bank is empty) it also times a generated
bank of N entries with slots, long phrases and shared codes, so the number means something before the
real bank lands.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from jianggao.exporters import FORMATS, export_bank
from jianggao.model.bank import CATEGORIES, Phrase, PhraseBank, load_bank
from jianggao.model.slots import SLOTS
from jianggao.resources import phrasebank_dir

BUDGET = 3.0


def synthetic_bank(n: int, seed: int = 1) -> PhraseBank:
    """``n`` entries spread over every category and role, a third with slots, some over 64 characters."""
    rng = random.Random(seed)
    words = "坚持以人民健康为中心深化医药卫生体制改革推进健康建设提升基层服务能力完善公共卫生体系凝心聚力攻坚克难"
    roles = [(c, r) for c, (_, rs) in CATEGORIES.items() for r in rs]
    phrases = []
    for i in range(n):
        category, role = roles[i % len(roles)]
        length = rng.choice((4, 8, 16, 30, 50, 90))
        text = "".join(rng.choice(words) for _ in range(length)) + "。"
        if i % 3 == 0:
            slot = SLOTS[i % len(SLOTS)].name
            cut = rng.randrange(len(text))
            text = text[:cut] + "{" + slot + "}" + text[cut:]
        code = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.choice((3, 4, 5, 6))))
        phrases.append(Phrase(f"{category}.{role}.{i:05d}", text, category, role, count=rng.randint(1, 30),
                              code=code))
    return PhraseBank(phrases)


def time_all(bank: PhraseBank, label: str) -> float:
    """Export ``bank`` to every format in a temp folder; print one line per format and the total."""
    print(f"\n{label}: {len(bank)} 条")
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, spec in FORMATS.items():
            start = time.perf_counter()
            report = export_bank(bank, fmt, Path(tmp) / spec.default_name)
            took = time.perf_counter() - start
            total += took
            size = (Path(tmp) / spec.default_name).stat().st_size
            print(f"  {fmt:9s} {took * 1000:8.1f} ms  {size / 1024:9.1f} KiB  写入 {report.written:5d}"
                  f"  无法写入 {len(report.unfit):4d}")
    verdict = "OK" if total <= BUDGET else "超出预算"
    print(f"  {'total':9s} {total * 1000:8.1f} ms  （预算 {BUDGET:.0f} s：{verdict}）")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrasebank", metavar="DIR")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    bank = load_bank(phrasebank_dir(args.phrasebank))
    print(f"读取词库 {len(bank)} 条：{(time.perf_counter() - start) * 1000:.1f} ms")
    worst = 0.0
    if len(bank):
        worst = max(worst, time_all(bank, "实际词库"))
    n = args.synthetic or (0 if len(bank) else 3000)
    if n:
        worst = max(worst, time_all(synthetic_bank(n), "合成词库"))
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
