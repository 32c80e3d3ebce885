"""Blind test (run by hand): real and generated paragraphs of similar length, mixed for a reader not told which is which.

    python bench/blind_mix.py make OUTDIR [-n 8] [--seed 1] [--drafts bench/out/quality] [--corpus /work/shared/corpus]
    python bench/blind_mix.py score OUTDIR/key.json 3,7,9,12      # the numbers the reader marked as generated

`make` writes OUTDIR/mix.txt (numbered paragraphs only: give the reader this file) and OUTDIR/key.json (which is
which). Real paragraphs come from the corpus cleaned by jianggao.corpus.clean (001, a machine rewording, and
002, a news report, left out); generated ones from the .txt drafts bench_quality.py rendered. Anything that gives
the source away is made the same on both sides: every place name becomes one invented name (江城 + its level),
years become ××××年, names before 同志 become ××, corpus placeholders and noise are dropped. `score` prints how
many generated paragraphs the reader spotted (the Bar: no better than 60%).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality_checks as qc  # noqa: E402
import quality_fit as fit  # noqa: E402
from bench_quality import DEFAULT_CORPUS  # noqa: E402

HERE = Path(__file__).resolve().parent
INVENTED = "江城"
_LEVEL = "省|自治州|市|县|区|旗|镇|乡|街道"
_SKIP_CORPUS = ("001_", "002_")
_NOISE = re.compile(r"[⟨⟩]|x年|××|xx|XX|篇[一二三四五六七八九十]|讲话稿|下载|文档|http|www|页")


def _brief_names(briefs: Path) -> set[str]:
    """Region, short and parent names of the bench briefs (the generated side's own places)."""
    names: set[str] = set()
    for p in briefs.glob("*.yaml"):
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        region = data.get("region") or data.get("地区") or {}
        region = {"name": region} if isinstance(region, str) else region
        for key in ("name", "名称", "short", "简称", "parent", "上级"):
            if isinstance(region.get(key), str):
                names.add(region[key])
    return names


def _place_names(text: str) -> set[str]:
    """Proper place names in ``text``: jieba's when installed, else 2–3 characters before a level word."""
    found = set(fit._jieba_places(text)) if fit.has_jieba() else set()
    for m in re.finditer(rf"(?<![全各本我该每])([\u4e00-\u9fff]{{2,3}}?)({_LEVEL})(?=人民|中医|卫生|医院|政府|委|党委|疾控|妇幼)", text):
        # 推动镇卫生院、创建社区医院: a verb or 社 before the level word means it is no place name
        # 我代表县委: 代表 is no place (江城县委 without 我代表 was itself a tell, eighth blind reading)
        # 积极争取区委编办: 争取 (a verb of asking) before the level word is no place either (江城区委编办 came out of
        # 要积极争取区委编办 in the fifty-sixth blind reading, a seam the mixer made itself)
        # 紧紧围绕县委: a verb of following (围绕, 按照, 根据, 紧跟) before the level word is no place (紧江城县委 came out of
        # 全县卫生系统紧紧围绕县委 in blind35, and the reader took it for a tell)
        if not re.search(r"[的在和与及对是了把为从向到等县市区镇乡全各社建动进持助帮让使由请代表争取报经按给将极围绕照据跟随紧]",
                         m.group(1)):
            found.add(m.group(0))
    return found


def neutralise(text: str, names: set[str]) -> str:
    """The paragraph with no give-away: places → 江城…, years → ××××年, names before 同志 → ××."""
    for name in sorted(names | _place_names(text), key=len, reverse=True):
        if not name or name not in text:
            continue
        m = re.match(rf"^(.*?)({_LEVEL})$", name)
        text = text.replace(name, INVENTED + (m.group(2) if m and len(m.group(1)) >= 2 else ""))
    text = re.sub(r"(?:19|20)\d{2}年", "××××年", text)
    text = re.sub(r"(?<=[，。、：；！])[\u4e00-\u9fff]{2,3}(?=同志)|^[\u4e00-\u9fff]{2,3}(?=同志)", "××", text)
    text = re.sub(r"(?<=刚才，)[\u4e00-\u9fff]{2,3}(?=同志)", "××", text)
    # … and after a title (局长聂文斌同志: blind65's reader took a generated paragraph for real by its names)
    text = re.sub(r"(?<=[长记任员])[\u4e00-\u9fff]{2,3}(?=同志)", "××", text)
    return text


def real_paragraphs(corpus: Path) -> list[dict]:
    from jianggao.corpus import clean_document, iter_documents
    out = []
    for doc in iter_documents([corpus]):
        if isinstance(doc, Exception) or doc.name.startswith(_SKIP_CORPUS):
            continue
        for i, block in enumerate(clean_document(doc)):
            out.append({"source": "real", "file": doc.name, "index": i, "text": block.text})
    return out


def generated_paragraphs(drafts: Path) -> list[dict]:
    out = []
    for p in sorted(drafts.glob("*.txt")):
        d = qc.parse_draft(p.read_text(encoding="utf-8"))
        for i, para in enumerate(d.paragraphs):
            if not para.heading:
                out.append({"source": "generated", "file": p.name, "index": i, "text": para.text})
    return out


def _usable(item: dict, lo: int, hi: int) -> bool:
    t = item["text"]
    return lo <= len(t) <= hi and t[-1] in "。！？”" and not qc.is_heading(t) and not _NOISE.search(t) \
        and not t.startswith(("同志们", "尊敬的"))


def make(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    real = [r for r in real_paragraphs(args.corpus) if _usable(r, args.min_chars, args.max_chars)]
    gen = [g for g in generated_paragraphs(args.drafts) if _usable(g, args.min_chars, args.max_chars)]
    if len(real) < args.n or len(gen) < args.n:
        print(f"段落不足：真实 {len(real)} 段，生成 {len(gen)} 段，需要各 {args.n} 段", file=sys.stderr)
        return 2
    picked_real = rng.sample(real, args.n)
    per_file: dict[str, int] = {}
    picked_gen = []
    rng.shuffle(gen)
    for r in sorted(picked_real, key=lambda x: len(x["text"])):
        # the generated paragraph nearest in length, at most two from one draft
        pool = [g for g in gen if g not in picked_gen and per_file.get(g["file"], 0) < 2]
        best = min(pool, key=lambda g: abs(len(g["text"]) - len(r["text"])))
        picked_gen.append(best)
        per_file[best["file"]] = per_file.get(best["file"], 0) + 1
    names = _brief_names(args.briefs)
    items = picked_real + picked_gen
    rng.shuffle(items)
    args.outdir.mkdir(parents=True, exist_ok=True)
    lines, key = [], []
    for no, item in enumerate(items, 1):
        text = neutralise(item["text"], names)
        lines.append(f"{no}. {text}")
        key.append({"no": no, "source": item["source"], "file": item["file"], "index": item["index"], "chars": len(text)})
    (args.outdir / "mix.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (args.outdir / "key.json").write_text(json.dumps({"seed": args.seed, "n": args.n, "items": key}, ensure_ascii=False,
                                                     indent=1), encoding="utf-8")
    print(f"{args.outdir / 'mix.txt'}: {2 * args.n} 段（给读者）；{args.outdir / 'key.json'}: 答案")
    return 0


def score(args: argparse.Namespace) -> int:
    key = json.loads(args.key.read_text(encoding="utf-8"))
    marked = {int(x) for x in re.findall(r"\d+", args.marked)}
    generated = {i["no"] for i in key["items"] if i["source"] == "generated"}
    spotted = len(marked & generated)
    wrong = len(marked - generated)
    right = spotted + len(key["items"]) - len(generated) - wrong
    print(f"generated spotted: {spotted} of {len(generated)} ({100 * spotted / len(generated):.0f}%); "
          f"real marked as generated: {wrong}; accuracy over all paragraphs: {100 * right / len(key['items']):.0f}%")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    mk = sub.add_parser("make", help="write mix.txt and key.json into OUTDIR")
    mk.add_argument("outdir", type=Path)
    mk.add_argument("-n", type=int, default=8, help="paragraphs of each side")
    mk.add_argument("--seed", type=int, default=1)
    mk.add_argument("--drafts", type=Path, default=HERE / "out" / "quality")
    mk.add_argument("--briefs", type=Path, default=HERE / "briefs")
    mk.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    mk.add_argument("--min-chars", type=int, default=80)
    mk.add_argument("--max-chars", type=int, default=400)
    sc = sub.add_parser("score", help="how many generated paragraphs the reader spotted")
    sc.add_argument("key", type=Path)
    sc.add_argument("marked", help="the paragraph numbers the reader marked as generated, e.g. 1,4,7")
    args = ap.parse_args(argv)
    return make(args) if args.cmd == "make" else score(args)


if __name__ == "__main__":
    sys.exit(main())
