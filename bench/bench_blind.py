"""Blind-reader tells (run by hand): what gave generated paragraphs away in blind round 45, per 10,000 characters,
in the drafts and in the real speeches of the corpus.

    python bench/bench_blind.py --render DIR          # render bench/briefs at seeds 1-3 into DIR (jianggao on PATH), then count
    python bench/bench_blind.py --drafts DIR          # count .txt drafts already rendered
    python bench/bench_blind.py --drafts DIR -v       # and print each line found, by tell

The tells (blindr45/answer.md: 8 of 8 generated paragraphs picked):
- purpose: a duty followed by what it is for, 「…，让牵头医院愿意把病人往下转」「…，让优质资源真正下沉」 (让/使 + a result);
- gloss: the explaining voice in other shapes, 「…，档案才有价值」「切断…之间的联系」「一件件落到…身上」
  「让…感受到…不一样」「…看得见、摸得着」;
- contrast: a slogan built as a contrast, 「考核不看材料厚薄，看问题有没有解决」「不是…，而是…」「不在…，在…」「而不是」;
- procedure: tidy procedure, 「什么时候完成、由谁验收」「谁牵头、谁配合」「都要事先定下来」「按月调度、按月通报」「当场反馈」;
- consequence: a stake said as if-then, 「基层的能力上不去，群众就近看病就难以实现」「监测预警慢一步，疫情处置就会陷入被动」;
- one_by_one: the spoken 一项一项 / 一件一件 / 一个一个;
- jingle: three or more X得Y said in a row, 「配得齐、用得上、报得了」;
- stake: a rhetorical stake, 「抓得实不实，直接关系到…」「…好不好，…说了算」;
- quote_gloss: a sentence after a quote that only says what the quote is, 「这是…根本遵循」「这是…必须把握好的方法」
  「这是…重大历史机遇」;
- colloquial: a colloquial close, 「哪一项都不能松」「一个都不能少」;
- slogan_end: a paragraph ending on a slogan that adds nothing, 「…，筑牢人民群众健康防线」「守护妇女儿童健康」;
- ramble (the other way round: real paragraphs have it, ours lack it): long sentences (90+ characters), lists of five
  or more items, and the old plain fillers 加大…力度 / 要注意 / 认真抓好.

Runs (issue 13: "prefer short runs of consecutive sentences from one real paragraph"): of a draft's adjacent sentence
pairs inside one paragraph, the share whose two sentences were adjacent in one corpus paragraph (each matched to its
nearest corpus sentence by shared character pairs, place and scope words aside; the corpus itself is 100%), and
the share of sentences that come from the corpus at all.

Reads .txt only (the corpus through jianggao's cleaner when it imports), so it measures any version of the tool.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
                      Path("/work/shared/corpus"))
_SENT = re.compile(r"[^。！？]*[。！？]")
_C = r"[^，。；！？：、]"  # one character inside a clause

TELLS: dict[str, re.Pattern] = {
    "purpose": re.compile(r"[，；](?:让|使(?![用命])|使得)" + _C + r"{2,30}(?:[。；！]|$)"),
    "gloss": re.compile(
        r"才(?:有价值|有意义|算数|算真正|是真正|能见效|能落地|能管用)|切断" + _C + r"{0,12}联系|"
        r"(?:一件件|一项项|一个个|一条条)" + _C + r"{0,8}落(?:到|在)|落到" + _C + r"{1,10}身上|"
        r"不一样[。；]|看得见、摸得着|愿意" + _C + r"{1,8}(?:往下转|下沉|来|去)|"
        r"(?:群众|居民|患者|病人)(?:才|就)(?:能|会)" + _C + r"{1,12}[。；]"),
    "contrast": re.compile(r"不看" + _C + r"{1,10}[，,]\s*(?:要)?看|不是" + _C + r"{1,16}[，,]\s*而是|而不是|"
                           r"不在(?:于)?" + _C + r"{1,10}[，,]\s*(?:而)?在(?:于)?|不比" + _C + r"{1,8}[，,]\s*比|"
                           r"重在" + _C + r"{1,10}[，,]\s*不在"),
    "procedure": re.compile(r"(?:什么时候|何时)" + _C + r"{0,6}[、，]\s*(?:由谁|谁来)|谁牵头、谁|"
                            r"事先(?:定下来|明确)|(?:由谁|谁来)(?:验收|负责|牵头)" + _C + r"{0,6}(?:都要|要)|"
                            r"按月调度|按月通报|当场反馈"),
    "consequence": re.compile(r"(?:上不去|跟不上|不到位|稳不住|留不住|落不下去|慢一步)[，,][^。；]{0,24}就"),
    "one_by_one": re.compile(r"一项一项|一件一件|一个一个|一件件"),
    "jingle": re.compile(r"(?:" + _C + r"{1,2}得" + _C + r"{1,2}、){2,}" + _C + r"{1,2}得" + _C + r"{1,2}"),
    "stake": re.compile(r"得(" + _C + r")不\1[^。]{0,8}[，,]\s*(?:直接)?关系到|(.)不\2[^。]{0,8}[，,]\s*直接关系到|"
                        r"好不好[，,]\s*(?:要)?(?:看|由)|说了算"),
    "quote_gloss": re.compile(r"(?:^|[。；，])\s*这是" + _C + r"{0,24}(?:根本遵循|行动指南|方法|必须把握|根本要求|重要遵循|"
                              r"基本遵循|科学指引|根本方向|历史机遇|重大机遇)"),
    "colloquial": re.compile(r"哪(?:一)?(?:项|个|样|件)都不能(?:松|少|丢|放)|一个都不能少|一项都不能少|一刻都不能松"),
    "slogan_end": re.compile(r"[，；](?:筑牢|守护|织牢|织密|守牢|守好|守住|托起|护航|点亮)" + _C + r"{2,16}[。！]$"),
}
RAMBLE: dict[str, re.Pattern] = {
    "long_sentence": re.compile(r"[^。！？]{90,}[。！？]"),
    "list5": re.compile(r"(?:[^，。；、！？：]{1,12}、){4,}[^，。；、！？：]{1,12}"),
    "filler": re.compile(r"加大" + _C + r"{0,8}力度|要注意|认真抓好|切实抓好|认真做好"),
}
ALL = {**TELLS, **RAMBLE}


def body_lines(text: str) -> list[str]:
    """The paragraphs after the salutation; headings alone on a line left out."""
    lines = [ln.strip().strip("\u3000") for ln in text.splitlines()]
    start = next((i + 1 for i, ln in enumerate(lines[:12]) if ln.endswith("：") and len(ln) <= 12), 0)
    out = []
    for ln in lines[start:]:
        if not ln or (len(ln) <= 40 and not re.search(r"[。！？]", ln[:-1])):
            continue
        out.append(ln)
    return out


def count(paragraphs: list[str]) -> dict[str, list[str]]:
    """Per tell, the sentences (or paragraph ends) it was found in."""
    found: dict[str, list[str]] = {k: [] for k in ALL}
    for para in paragraphs:
        sents = _SENT.findall(para) or [para]
        for k, rx in ALL.items():
            if k == "slogan_end":
                if rx.search(sents[-1].strip()):
                    found[k].append(sents[-1].strip()[-40:])
                continue
            if k == "quote_gloss":
                found[k] += [m.group(0)[-40:] for m in rx.finditer(para)]
                continue
            for s in sents:
                found[k] += [s.strip()[:70] for _ in rx.finditer(s)]
    return found


def chars_of(paragraphs: list[str]) -> int:
    return sum(len(re.sub(r"\s", "", p)) for p in paragraphs)


def corpus_paragraphs(corpus: Path) -> list[str]:
    """The real speeches' paragraphs (001, a machine rewording, left out), cleaned by jianggao when it imports."""
    try:
        from jianggao.corpus import clean_document, iter_documents
    except ImportError:
        return [ln for p in sorted(corpus.glob("*.txt")) if not p.name.startswith("001_")
                for ln in body_lines(p.read_text(encoding="utf-8"))]
    out = []
    for doc in iter_documents([corpus]):
        if isinstance(doc, Exception) or doc.name.startswith("001_"):
            continue
        out += [b.text for b in clean_document(doc) if len(b.text) > 40 or re.search(r"[。！？]", b.text[:-1])]
    return out


# Words a draft fills in and its source had otherwise: scope and level words, numbers, quotes and punctuation.
_NEUTRAL = re.compile(r"[全各本我][县区市镇乡旗州盟省]|[县区市镇乡旗州盟省](?=[委政卫人疾中妇财级])|[\d.%‰]+|[“”‘’《》（）()、，；：,;:\s]")
MATCH_MIN = 0.6      # of a draft sentence's character pairs found in its corpus sentence (and Dice at least 0.45)


def _pairs(sentence: str) -> frozenset[str]:
    core = _NEUTRAL.sub("", sentence).rstrip("。！？")
    return frozenset(core[i:i + 2] for i in range(len(core) - 1))


class CorpusSentences:
    """The corpus's sentences by paragraph, and the nearest one to any sentence (None below MATCH_MIN)."""

    def __init__(self, paragraphs: list[str]):
        self.where: list[tuple[int, int]] = []
        self.grams: list[frozenset[str]] = []
        self.index: dict[str, list[int]] = {}
        for p, para in enumerate(paragraphs):
            for i, sent in enumerate(_SENT.findall(para)):
                grams = _pairs(sent)
                if len(grams) < 6:
                    continue
                k = len(self.grams)
                self.where.append((p, i))
                self.grams.append(grams)
                for g in grams:
                    self.index.setdefault(g, []).append(k)

    def nearest(self, sentence: str) -> tuple[int, int] | None:
        grams = _pairs(sentence)
        if len(grams) < 6:
            return None
        hits: dict[int, int] = {}
        for g in grams:
            for k in self.index.get(g, ()):
                hits[k] = hits.get(k, 0) + 1
        best, best_k = 0.0, -1
        for k, n in hits.items():
            if n / len(grams) < MATCH_MIN or 2 * n / (len(grams) + len(self.grams[k])) < 0.45:
                continue
            if n / len(grams) > best:
                best, best_k = n / len(grams), k
        return self.where[best_k] if best_k >= 0 else None


def runs(paragraphs: list[str], corpus: CorpusSentences) -> dict:
    """Adjacent sentence pairs of ``paragraphs``: how many, how many had both sentences from the corpus, and how many
    were adjacent there (one paragraph, one after the other)."""
    pairs = from_corpus = adjacent = sentences = matched = 0
    examples: list[str] = []
    for para in paragraphs:
        sents = [s for s in _SENT.findall(para) if s.strip()]
        found = [corpus.nearest(s) for s in sents]
        sentences += len(sents)
        matched += sum(1 for f in found if f)
        for k in range(len(sents) - 1):
            pairs += 1
            a, b = found[k], found[k + 1]
            if a and b:
                from_corpus += 1
                if a[0] == b[0] and b[1] == a[1] + 1:
                    adjacent += 1
                    examples.append((sents[k] + sents[k + 1])[:90])
    return {"pairs": pairs, "from_corpus": from_corpus, "adjacent": adjacent,
            "run_share": round(adjacent / pairs, 4) if pairs else 0.0,
            "sentences": sentences, "sentences_from_corpus": round(matched / sentences, 4) if sentences else 0.0,
            "examples": examples}


def catchphrases(drafts: dict[str, list[str]], corpus: str, least: int, sizes: tuple[int, ...] = (4, 5, 6, 7, 8)
                 ) -> list[tuple[str, int]]:
    """Clause endings of 4–8 characters that at least ``least`` drafts say and no corpus speech does, the longest
    of each family kept, most drafts first: a catchphrase sits where a clause lands (…保健服务不漏一人, …把接种率提上来:
    what no real speech says this way, reading 48).  Terms of art the small corpus lacks come up too: read the list,
    do not reword it blindly."""
    seen: dict[str, int] = {}
    for paragraphs in drafts.values():
        tails: set[str] = set()
        for clause in re.split(r"[，。；：！？“”（）《》]", "".join(paragraphs)):
            tails.update(clause[-n:] for n in sizes if len(clause) > n)
        for g in tails:
            seen[g] = seen.get(g, 0) + 1
    found = sorted(((g, n) for g, n in seen.items() if n >= least and g not in corpus and not re.search(r"[\dA-Za-z、]", g)),
                   key=lambda x: (-x[1], -len(x[0])))
    kept: list[tuple[str, int]] = []
    for g, n in found:
        if not any(k.endswith(g) and n - m <= 2 for k, m in kept):
            kept.append((g, n))
    return kept


def render_all(out: Path, briefs: Path, seeds: tuple[int, ...], jianggao: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for brief in sorted(briefs.glob("*.yaml")):
        for seed in seeds:
            subprocess.run([jianggao, "render", str(brief), "--format", "txt", "-o", str(out / f"{brief.stem}_s{seed}.txt"),
                            "--force", "--seed", str(seed)], check=False, capture_output=True)


def shape(paragraphs: list[str]) -> dict:
    """How long the sentences run: a tidy one-directive sentence is short, a real speech's rambles."""
    lengths = [len(s) for p in paragraphs for s in _SENT.findall(p)] or [0]
    return {"sentences": len(lengths), "mean_chars": round(sum(lengths) / len(lengths), 1),
            "short_share": sum(1 for n in lengths if n <= 40) / len(lengths),
            "long_share": sum(1 for n in lengths if n >= 70) / len(lengths)}


def rates(found: dict[str, list[str]], chars: int) -> dict[str, float]:
    return {k: round(10000 * len(v) / chars, 2) if chars else 0.0 for k, v in found.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path)
    ap.add_argument("--render", type=Path, help="render bench/briefs at seeds 1-3 into this folder first")
    ap.add_argument("--briefs", type=Path, default=HERE / "briefs")
    ap.add_argument("--jianggao", default="jianggao")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--catchphrases", type=int, metavar="N", help="list clause endings of 4–8 characters N or more "
                    "drafts say and the corpus never does")
    args = ap.parse_args(argv)
    folder = args.render or args.drafts
    if folder is None:
        ap.error("--drafts or --render")
    if args.render:
        render_all(args.render, args.briefs, (1, 2, 3), args.jianggao)
    drafts = [ln for p in sorted(folder.glob("*.txt")) for ln in body_lines(p.read_text(encoding="utf-8"))]
    real = corpus_paragraphs(args.corpus) if args.corpus.exists() else []
    d_found, c_found = count(drafts), count(real)
    d_chars, c_chars = chars_of(drafts), chars_of(real)
    d_rate, c_rate = rates(d_found, d_chars), rates(c_found, c_chars)
    print(f"{'tell':16}{'drafts n':>10}{'/10k':>8}{'corpus n':>10}{'/10k':>8}")
    for k in ALL:
        print(f"{k:16}{len(d_found[k]):>10}{d_rate[k]:>8}{len(c_found[k]):>10}{c_rate[k]:>8}")
    tell_d = sum(len(d_found[k]) for k in TELLS)
    tell_c = sum(len(c_found[k]) for k in TELLS)
    print(f"{'tells, all':16}{tell_d:>10}{round(10000 * tell_d / max(d_chars, 1), 2):>8}"
          f"{tell_c:>10}{round(10000 * tell_c / max(c_chars, 1), 2):>8}")
    print(f"characters: drafts {d_chars} ({len(list(folder.glob('*.txt')))} files), corpus {c_chars}")
    for label, paras in (("drafts", drafts), ("corpus", real)):
        s = shape(paras)
        print(f"sentences, {label}: {s['sentences']}, mean {s['mean_chars']} characters, "
              f"{s['short_share']:.0%} of 40 or fewer, {s['long_share']:.0%} of 70 or more")
    index = CorpusSentences(real)
    d_runs, c_runs = runs(drafts, index), runs(real, index)
    for label, r in (("drafts", d_runs), ("corpus", c_runs)):
        print(f"runs, {label}: {r['adjacent']} of {r['pairs']} adjacent pairs adjacent in one corpus paragraph "
              f"({r['run_share']:.1%}; both from the corpus {r['from_corpus']}); sentences from the corpus "
              f"{r['sentences_from_corpus']:.1%}")
    if args.catchphrases:
        per_draft = {p.name: body_lines(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))}
        for g, n in catchphrases(per_draft, "".join(real), args.catchphrases)[:120]:
            print(f"  catchphrase {n:>3} drafts  {g}")
    if args.verbose:
        for line in d_runs["examples"]:
            print(f"  run [draft] {line}")
        for k in ALL:
            for label, found in (("draft", d_found), ("corpus", c_found)):
                for line in found[k]:
                    print(f"  {k} [{label}] {line}")
    if args.json:
        args.json.write_text(json.dumps({"drafts": {"chars": d_chars, "per_10k": d_rate, "shape": shape(drafts),
                                                    "runs": d_runs, "lines": d_found},
                                         "corpus": {"chars": c_chars, "per_10k": c_rate, "shape": shape(real),
                                                    "runs": {k: v for k, v in c_runs.items() if k != "examples"},
                                                    "lines": c_found}},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
