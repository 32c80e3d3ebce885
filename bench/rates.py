"""Rate bench (run by hand): words and short connective phrases per 10,000 characters, drafts against the real speeches.

    python bench/rates.py --drafts DIR                 # DIR: bench/briefs rendered at seeds 1-3 (.txt)
    python bench/rates.py --drafts DIR --json out.json --top 30
    python bench/rates.py --drafts DIR --before old.json   # the top list with the rates of an earlier run beside

Blind readers (issue 13) picked out generated paragraphs by wording of the template's own making said far above the
real speeches' rate (要定期 54 times in 40 drafts, never in the corpus; 要对照…; 既能…又能…; 此外; 逐项). This counts,
over the speeches' body text (after the salutation; whitespace not counted):
- jieba words, nouns, names, numbers and English aside (the briefs' subjects are not the tool's wording), and
- the connective and frame phrases of PHRASES (要定期, 要对照, 既能, 此外, 逐项, 切实, 进一步, 扎实, 着力 …) and every
  要 + 1-3 characters (要定期, 要对照, 要把) as substrings,
in the drafts and in the corpus (/work/shared/corpus without 001, a machine rewording, and 002, a news report), each
per 10,000 characters. `over` lists those said most above the corpus's rate (ratio of rates, the corpus's count
smoothed by +0.5 so a word it never says is not infinitely over; at least MIN_DRAFT_COUNT times in the drafts);
`never` those the corpus never says, with the most times one draft says it and how many drafts say it more than once.

Reads .txt drafts only (jieba, no jianggao import), so it measures any version of the tool. Tests in
tests/test_bench_rates.py.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from tells import _body_lines, _corpus_named  # noqa: E402

# connective, frame and adverb phrases the readers named or that speeches lean on; counted as substrings
PHRASES = ("要定期", "要对照", "对照", "既能", "又能", "既要", "又要", "此外", "逐项", "逐一", "切实", "进一步", "扎实",
           "着力", "确保", "务必", "真正", "持续", "不断", "全面", "深入", "认真", "及时", "同时", "另外", "与此同时",
           "特别是", "尤其是", "关键是", "重点是", "首先", "其次", "再次", "最后", "一方面", "另一方面", "总之", "总的来看",
           "总的看", "也就是说", "这就要求", "为此", "因此", "所以", "从而", "以便", "进而", "同样", "还要", "也要",
           "都要", "必须", "一定要", "务求", "抓好", "抓实", "抓紧", "做实", "做细", "落实到位", "落到实处", "见到成效",
           "形成合力", "定期", "逐步", "稳步", "有序", "统筹", "牵头", "配合", "督促", "督查", "考核", "通报")
MIN_DRAFT_COUNT = 8
_SKIP_FLAGS = re.compile(r"^(?:n|m|x|eng|q|t|s|f)")  # nouns, names, numbers, punctuation, English, measures, times
# 要 as the modal of a duty (主要, 重要, 需要 and 要求, 要点 are other words)
_YAO = re.compile(r"(?<![主重需必只纲摘不])要(?![求素点害件])(?=[\u4e00-\u9fff])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _text(paragraphs: list[str]) -> str:
    return "".join("".join(p.split()) for p in paragraphs)


def count(text: str) -> Counter:
    """Words (kept parts of speech) and phrases of one speech's text: {form: times}. A phrase of PHRASES counts as a
    substring; 要 + n characters (n = 1-3) as `要X`, `要XY`, `要XYZ` keys (only where they are Chinese characters)."""
    import jieba.posseg as pseg

    c: Counter = Counter()
    for w, flag in pseg.cut(text):
        if len(w) >= 2 and _HAN.search(w) and not _SKIP_FLAGS.match(flag):
            c["w:" + w] += 1
    for p in PHRASES:
        n = text.count(p)
        if n:
            c["p:" + p] += n
    for m in _YAO.finditer(text):
        tail = text[m.end():m.end() + 3]
        for n in range(1, 4):
            g = "要" + tail[:n]
            if len(g) == n + 1 and all(_HAN.match(ch) for ch in g):
                c["y:" + g] += 1
    return c


def rates(drafts: dict[str, str], corpus: dict[str, str], min_count: int = MIN_DRAFT_COUNT) -> dict:
    """Per-form counts and rates per 10,000 characters, drafts against corpus; `over` and `never` rows."""
    d_counts = {k: count(t) for k, t in drafts.items()}
    c_counts = {k: count(t) for k, t in corpus.items()}
    d_chars = sum(len(t) for t in drafts.values()) or 1
    c_chars = sum(len(t) for t in corpus.values()) or 1
    d_all: Counter = sum(d_counts.values(), Counter())
    c_all: Counter = sum(c_counts.values(), Counter())
    rows = {}
    for form, n in d_all.items():
        if n < min_count:
            continue
        per_draft = [c[form] for c in d_counts.values()]
        d_rate = n * 10000 / d_chars
        c_rate = c_all[form] * 10000 / c_chars
        rows[form] = {"form": form, "drafts_n": n, "corpus_n": c_all[form], "drafts_rate": round(d_rate, 2),
                      "corpus_rate": round(c_rate, 2), "ratio": round(d_rate / ((c_all[form] + 0.5) * 10000 / c_chars), 2),
                      "max_per_draft": max(per_draft), "drafts_over_1": sum(1 for x in per_draft if x > 1)}
    over = sorted(rows.values(), key=lambda r: (-r["ratio"], -r["drafts_n"]))
    never = sorted((r for r in rows.values() if r["corpus_n"] == 0), key=lambda r: (-r["drafts_n"], r["form"]))
    return {"drafts": {"docs": len(drafts), "chars": d_chars}, "corpus": {"docs": len(corpus), "chars": c_chars},
            "over": over, "never": never}


def read_drafts(folder: Path) -> dict[str, str]:
    return {p.stem: _text(_body_lines(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.txt"))}


def read_corpus() -> dict[str, str]:
    return {name: _text(paras) for name, paras in _corpus_named().items()}


def _line(r: dict, before: dict | None) -> str:
    s = (f"{r['form']:<12}{r['ratio']:>7.1f}{r['drafts_n']:>7}{r['drafts_rate']:>8.2f}{r['corpus_n']:>7}"
         f"{r['corpus_rate']:>8.2f}{r['max_per_draft']:>5}{r['drafts_over_1']:>5}")
    if before is not None:
        b = before.get(r["form"])
        s += f"   before {b['ratio']:>6.1f} ({b['drafts_n']})" if b else "   before  -"
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--before", type=Path, help="an earlier --json: its ratio and count beside each row")
    ap.add_argument("--min", type=int, default=MIN_DRAFT_COUNT, help="least times in the drafts to be listed")
    args = ap.parse_args(argv)
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    report = rates(read_drafts(args.drafts), read_corpus(), args.min)
    before = None
    if args.before:
        old = json.loads(args.before.read_text(encoding="utf-8"))
        before = {r["form"]: r for r in old["over"]}
    print(f"drafts {report['drafts']['docs']} ({report['drafts']['chars']} chars), corpus {report['corpus']['docs']} "
          f"({report['corpus']['chars']} chars); w: jieba word, p: phrase, y: 要 + 1-3 characters")
    head = f"{'form':<12}{'ratio':>7}{'drafts':>7}{'/10k':>8}{'corpus':>7}{'/10k':>8}{'max':>5}{'>1':>5}"
    print("\nmost over-used (ratio of rates, corpus count + 0.5)\n" + head)
    for r in report["over"][:args.top]:
        print(_line(r, before))
    print("\nnever in the corpus (by count; max in one draft, drafts saying it more than once)\n" + head)
    for r in report["never"][:args.top]:
        print(_line(r, before))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
