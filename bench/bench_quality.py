"""Speech-quality bench (run by hand): renders held-out briefs through the CLI and measures the drafts.

    /work/venvs/bench/bin/python bench/bench_quality.py            # all briefs in bench/briefs, 3 seeds for some
    python bench/bench_quality.py --jianggao "/path/to/venv/bin/jianggao" --json out.json
    python bench/bench_quality.py --briefs bench/briefs --briefs HELD_OUT_DIR    # several folders, compared together

Works on any version of jianggao: it only runs `jianggao render BRIEF --format txt -o OUT --force [--seed N]`
(and `jianggao lint` when that command exists) and reads the .txt back. Reports per draft and overall the
measures of issue 13 (openers, shared sentences, dangling sentences, particulars, near-duplicates, numbers,
era and level words, logic slips, unbacked claims, length) with the corpus's own figures beside them, prints
a table and writes bench/quality-latest.json. See bench/README.md for the baseline.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality_checks as qc  # noqa: E402
import quality_fit as fit  # noqa: E402

HERE = Path(__file__).resolve().parent
# the tool's defaults (README), used only where a render does not report its target
DEFAULT_LENGTH = {"annual_conference": 5000, "work_report": 6500, "midyear_review": 3500,
                  "special_topic": 4000, "pledge": 900, "address": 1000}
LEVELS = ("市辖区", "街道", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇")
KIND_ALIASES = {"年度卫生健康工作会议讲话": "annual_conference", "工作报告": "work_report", "半年工作推进会讲话": "midyear_review",
                "专项工作会议讲话": "special_topic", "表态发言": "pledge", "致辞": "address"}
# shared/ sits beside the repository (CI, /work/main); a worktree finds it at /work/shared.
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
                      Path("/work/shared/corpus"))
SEED_BRIEFS = ("b02", "b04", "b06", "b08", "b10", "b13")
# A sentence this long found in two drafts is a stock line a reader recognises (a heading 一是加强院前急救 is not).
LONG_SENTENCE = 25
TARGETS = {"openers": 0.15, "shared_briefs": 0.35, "shared_seeds": 0.50, "near_dup_per_speech": 1}


# --- briefs ---------------------------------------------------------------------------------------------------------

def _get(d: dict, *keys, default=None):
    for k in keys:
        if isinstance(d, dict) and k in d:
            return d[k]
    return default


def _level_of(name: str) -> str:
    return next((lv for lv in LEVELS if name.endswith(lv)), name[-1:])


def load_brief(path: Path) -> dict:
    """What the bench needs from a brief, read with PyYAML (English keys or their Chinese aliases)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    region = _get(data, "region", "地区", default={})
    region = {"name": region} if isinstance(region, str) else region
    name = str(_get(region, "name", "名称", default=""))
    level = _get(region, "level", "级别") or _level_of(name)
    parent = _get(region, "parent", "上级")
    parent = parent if isinstance(parent, str) else _get(parent or {}, "name", "名称")
    short = _get(region, "short", "简称") or (name[: -len(level)] if name.endswith(level) and name != level else name)
    kind = _get(data, "kind", "讲话类型", default="annual_conference")
    kind = KIND_ALIASES.get(kind, kind)
    year = int(str(_get(data, "year", "年份")).removesuffix("年"))
    date = _get(data, "date", "日期")
    if isinstance(date, str):
        m = re.match(r"(\d{4})\D+(\d{1,2})\D+(\d{1,2})", date)
        date = dt.date(*map(int, m.groups())) if m else None
    if not isinstance(date, dt.date):
        date = dt.date(year, 7, 15) if kind == "midyear_review" else dt.date(year, 2, 20)
    metrics = []
    for source, groups, key in (("achievement", _get(data, "achievements", "工作成绩", default=[]), ("metrics", "指标")),
                                ("target", _get(data, "priorities", "重点任务", default=[]), ("targets", "目标"))):
        for g in groups or []:
            for m in _get(g, *key, default=[]) or []:
                metrics.append({"source": source, "name": str(_get(m, "name", "名称")), "value": str(_get(m, "value", "数值")),
                                "unit": str(_get(m, "unit", "单位", default="") or ""),
                                "better": str(_get(m, "better", "方向", default="higher"))})
    achievements = _get(data, "achievements", "工作成绩", default=[]) or []
    priorities = _get(data, "priorities", "重点任务", default=[]) or []
    problems = _get(data, "problems", "问题", default=[]) or []
    problems = [problems] if isinstance(problems, str) else problems
    items = [str(i) for g in priorities for i in ((_get(g, "items", "举措", default=[]) or []) if isinstance(
        _get(g, "items", "举措", default=[]), list) else [_get(g, "items", "举措")])]
    facts = [str(f) for g in achievements for f in (_get(g, "facts", "亮点", default=[]) or [])]
    speakers = _get(data, "previous_speakers", "前序发言", default=[]) or []
    speaker = _get(data, "speaker", "讲话人", default={}) or {}
    speaker = {"name": speaker} if isinstance(speaker, str) else speaker
    strings = list(_strings(data))
    numbers = set()
    for m in metrics:
        numbers.add(m["value"])
    for g in achievements:
        for m in _get(g, "metrics", "指标", default=[]) or []:
            if _get(m, "change", "变化") is not None:
                numbers.add(str(abs(float(_get(m, "change", "变化")))).removesuffix(".0"))
    parent_level = _level_of(parent) if parent else None
    return {
        "id": path.stem, "path": str(path), "kind": kind, "year": year, "date": date.isoformat(),
        "level": level, "name": name, "short": short, "parent": parent, "parent_level": parent_level,
        "target_length": int(_get(data, "length", "篇幅") or DEFAULT_LENGTH.get(kind, 6000)),
        "thin": not achievements and not problems, "rich": len(achievements) >= 3 and len(priorities) >= 3,
        "problems": [str(p) for p in problems], "items": items, "facts": facts,
        "speaker_title": str(_get(speaker, "title", "职务", default="") or ""),
        "on_behalf_of": str(_get(speaker, "on_behalf_of", "代表", default="") or ""),
        "metrics": metrics, "previous": [str(_get(s, "name", "姓名") if isinstance(s, dict) else s) for s in speakers],
        "text": "\n".join(strings), "numbers": sorted(n for n in numbers if n not in ("0",)),
    }


def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


def compat_copy(path: Path, meta: dict, folder: Path) -> Path:
    """The brief without region.parent (for a tool that predates the field), with the parent's meeting named."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    region = _get(data, "region", "地区")
    for k in ("parent", "上级"):
        region.pop(k, None)
    if not _get(data, "meeting", "会议") and meta["parent"]:
        year = meta["year"]
        body = "卫生健康" if year >= 2019 else "卫生计生" if year >= 2014 else "卫生"
        data["meeting"] = f"{year}年全{meta['parent_level']}{body}工作会议"
    out = folder / f"{path.stem}.compat.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


# --- rendering ----------------------------------------------------------------------------------------------------

def render(cmd: list[str], brief: Path, meta: dict, out: Path, seed: int | None, tmp: Path) -> dict:
    """Render one brief to .txt through the CLI; retry without region.parent if the tool rejects that field."""
    argv = [*cmd, "render", str(brief), "--format", "txt", "-o", str(out), "--force"]
    if seed is not None:
        argv += ["--seed", str(seed)]
    t0 = time.perf_counter()
    run = subprocess.run(argv, capture_output=True, text=True)
    compat = False
    if run.returncode != 0 and "parent" in run.stderr + run.stdout and meta["parent"]:
        compat = True
        argv[argv.index(str(brief))] = str(compat_copy(brief, meta, tmp))
        run = subprocess.run(argv, capture_output=True, text=True)
    # the tool's own target where it reports one (its defaults and its after-a-report rule are its own)
    said = re.search(r"目标约\s*(\d+)\s*字", run.stderr + run.stdout)
    if said:
        meta["target_length"] = int(said.group(1))
    return {"ok": run.returncode == 0 and out.exists(), "seconds": round(time.perf_counter() - t0, 2),
            "compat_no_parent": compat, "message": (run.stderr or run.stdout).strip()[-300:]}


def lint_findings(cmd: list[str], draft: Path, meta: dict) -> list[dict] | None:
    """`jianggao lint --format json` findings (era and level) for the draft, or None when the tool has no lint."""
    run = subprocess.run([*cmd, "lint", str(draft), "--date", meta["date"], "--level", meta["level"], "--format", "json"],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        return None
    try:
        return [f for f in json.loads(run.stdout or "[]") if f.get("kind") in ("era", "level")]
    except json.JSONDecodeError:
        return None


def has_lint(cmd: list[str]) -> bool:
    return subprocess.run([*cmd, "lint", "--help"], capture_output=True).returncode == 0


def tifa_findings(text: str, when: dt.date, level: str) -> list[dict] | None:
    """Terms outside their window by jianggao.model.tifa (the 提法 registry), when it is importable."""
    try:
        import importlib
        tifa = importlib.import_module("jianggao.model.tifa")
        hits = tifa.outside_window(text, when, level)
    except Exception:
        return None
    return [{"term": h.term, "text": qc.sentence_at(text, h.start)} for h in hits]


# --- measuring ----------------------------------------------------------------------------------------------------

def _name_around(body: str, metric: dict) -> bool:
    """Whether a sentence holding the metric's value and unit says every word of its name, in the order a count is
    said by what it counts (12所乡镇卫生院完成标准化建设 for 乡镇卫生院标准化建设 12所: compose.counted)."""
    said = f"{metric['value']}{metric.get('unit') or ''}"
    for hit in re.finditer(re.escape(said), body):
        sentence = qc.sentence_at(body, hit.start())
        name, k = metric["name"], 0
        while k < len(name):
            run = next((n for n in range(len(name) - k, 1, -1) if name[k:k + n] in sentence), 0)
            if not run:
                break
            k += run
        if k == len(name):
            return True
    return False


def measure(draft: qc.Draft, meta: dict) -> dict:
    """Every per-draft measure of one draft against its brief."""
    sents = qc.sentences(draft)
    body = draft.body
    openers = [s for s in sents if qc.opener(s)]
    hard, soft = qc.dangling(draft)
    own = {meta["name"], meta["short"], meta["parent"] or "", (meta["parent"] or "")[:-1]}
    parts = fit.particulars(body, meta["text"], own, meta["level"])
    dups = qc.near_duplicates(sents)
    missing = []
    for m in meta["metrics"]:
        value_there = m["value"] in body or (m["value"] in ("0", "0.0") and "零" in body)
        if not (value_there and (m["name"] in body or _name_around(body, m))):
            missing.append(f"{m['name']} {m['value']}{m['unit']} ({m['source']})")
    data_use = data_findings(qc.sentences(draft), meta)
    flat = re.sub(r"\s", "", body)
    unused = [f"问题：{p}" for p in meta["problems"] if re.split(r"[，,；;]", p)[0] not in flat] + \
             [f"举措：{i}" for i in meta["items"] if i not in flat] + [f"亮点：{f}" for f in meta["facts"] if f not in flat]
    when = dt.date.fromisoformat(meta["date"])
    era = fit.era_words(draft.title + "\n" + body, when)
    level = fit.level_words(draft.title + "\n" + body, meta["level"], meta["parent_level"])
    re_ann = fit.reannounced(body, meta["previous"])
    logic = fit.logic(body, meta["kind"], meta["speaker_title"], meta["on_behalf_of"])
    powers = fit.powers_lines(body, meta["level"], when, meta["speaker_title"], meta["on_behalf_of"])
    strong, soft_claims = fit.claims(draft, meta["text"], set(meta["numbers"]), meta["thin"])
    chars = qc.body_chars(draft)
    said_again = qc.names_over(draft.title + "\n" + body, meta["items"], meta["facts"])
    own_words = meta["items"] + meta["problems"] + [m["name"] for m in meta["metrics"]] + meta["facts"]
    measure_twice = qc.same_measure([s for s in sents if not qc.is_heading(s)], brief=own_words)
    misfit, prefixes = qc.prefix_findings(sents)
    prose = [p.text for p in draft.prose]
    return {
        "chars": chars, "target": meta["target_length"],
        "length_ratio": round(chars / meta["target_length"], 2),
        "length_ok": abs(chars - meta["target_length"]) <= 0.15 * meta["target_length"],
        "sentences": len(sents), "paragraphs": len(draft.prose),
        "openers": len(openers), "opener_share": round(len(openers) / len(sents), 3) if sents else 0.0,
        "opener_words": {w: sum(1 for s in openers if qc.opener(s) == w) for w in ("要", "必须", "要着力", "必须要")},
        "dangling": [f.as_dict() for f in hard], "connective_para_starts": [f.as_dict() for f in soft],
        "particulars": [f.as_dict() for f in parts],
        "near_duplicates": [{"a": a, "b": b, "jaccard": j} for a, b, j in dups],
        "numbers_per_1000": qc.numbers_per_1000(body),
        "metrics_total": len(meta["metrics"]), "metrics_missing": missing, "brief_text_unused": unused,
        "brief_text_total": len(meta["problems"]) + len(meta["items"]) + len(meta["facts"]),
        "data_use": [f.as_dict() for f in data_use],
        "era": [f.as_dict() for f in era], "level_words": [f.as_dict() for f in level],
        "reannounced": [f.as_dict() for f in re_ann], "logic": [f.as_dict() for f in logic],
        "powers": [f.as_dict() for f in powers],
        "claims": [f.as_dict() for f in strong], "soft_claims_thin": [f.as_dict() for f in soft_claims],
        "item_mentions": qc.item_mentions(draft.title + "\n" + body, meta["items"], meta["facts"]),
        "names_over_twice": said_again,
        "same_measure": [{"a": a, "b": b, "run": r} for a, b, r in measure_twice],
        "prefix_misfit": misfit, "prefix_counts": prefixes, "prefix_over": qc.prefix_over(prefixes),
        "opening_runs": [{"word": w, "run": n, "first": f} for w, n, f in qc.opening_runs(prose)],
        "word_thrice": [{"word": w, "times": n, "paragraph": p[:40]} for p in prose for w, n in qc.word_thrice(p)],
        "short_paragraphs": sum(1 for p in prose if len(re.sub(r"\s", "", p)) <= 200),
    }


def data_findings(sents: list[str], meta: dict) -> list[qc.Finding]:
    """How the brief's figures are said: a 0 read as a digit (0例) instead of 零; a target at or below last
    year's result phrased as something to rise to (力争达到95% after 98.6%) instead of 保持在…以上."""
    found = []
    achieved = {m["name"]: m for m in meta["metrics"] if m["source"] == "achievement"}
    for m in meta["metrics"]:
        if m["value"] in ("0", "0.0"):
            for s in sents:
                if m["name"] in s and re.search(rf"(?<![\d.]){re.escape(m['value'])}{re.escape(m['unit'])}", s):
                    found.append(qc.Finding("zero-as-digit", s, f"{m['name']} {m['value']}{m['unit']}"))
        last = achieved.get(m["name"])
        if m["source"] != "target" or not last:
            continue
        try:
            higher = float(m["value"]) <= float(last["value"])
        except ValueError:
            continue
        lower_better = m.get("better") == "lower"
        if higher and not lower_better and m["value"] != last["value"]:
            for s in sents:
                if m["name"] in s and m["value"] + m["unit"] in s and not re.search(r"保持|以上|不低于|稳定在|巩固", s):
                    found.append(qc.Finding("target-below-last-year", s,
                                            f"{m['name']}: {last['value']}{last['unit']} → {m['value']}{m['unit']}"))
    return found


def corpus_figures(corpus: Path) -> dict | None:
    """The same measures on the real speeches of the corpus (001, a machine rewording, left out)."""
    if not corpus.exists():
        return None
    try:
        from jianggao.corpus import clean_document, iter_documents
    except ImportError:
        return None
    docs = []
    for doc in iter_documents([corpus]):
        if isinstance(doc, Exception) or doc.name.startswith("001_"):
            continue
        paras = [qc.Paragraph(b.text, qc.is_heading(b.text)) for b in clean_document(doc)]
        docs.append((doc.name, qc.Draft(title=doc.name, paragraphs=paras)))
    total_s = total_o = total_p = hard = soft = 0
    nums, chars = 0, 0
    tics = {"prefix_misfit": 0, "prefix_over": 0, "opening_runs": 0, "word_thrice": 0, "short_paragraphs": 0}
    per_doc = {}
    for name, d in docs:
        sents = qc.sentences(d)
        o = sum(1 for s in sents if qc.opener(s))
        h, s_ = qc.dangling(d)
        h = [f for f in h if f.kind != "cut-off"]  # web copies are cut at page ends; not a speech's fault
        total_s, total_o, total_p = total_s + len(sents), total_o + o, total_p + len(d.prose)
        hard, soft = hard + len(h), soft + len(s_)
        nums += qc.count_numbers(d.body)
        chars += len(re.sub(r"\s", "", d.body))
        misfit, prefixes = qc.prefix_findings(sents)
        prose = [p.text for p in d.prose]
        tics["prefix_misfit"] += len(misfit)
        tics["prefix_over"] += qc.prefix_over(prefixes)
        tics["opening_runs"] += len(qc.opening_runs(prose))
        tics["word_thrice"] += sum(len(qc.word_thrice(p)) for p in prose)
        tics["short_paragraphs"] += sum(1 for p in prose if len(re.sub(r"\s", "", p)) <= 200)
        per_doc[name] = {"sentences": len(sents), "opener_share": round(o / len(sents), 3) if sents else 0,
                         "numbers_per_1000": qc.numbers_per_1000(d.body)}
    return {"documents": len(docs), "sentences": total_s, "opener_share": round(total_o / total_s, 3) if total_s else 0,
            "numbers_per_1000": round(1000 * nums / chars, 2) if chars else 0,
            "dangling_per_100_paragraphs": round(100 * hard / total_p, 1) if total_p else 0,
            "connective_para_starts_per_100_paragraphs": round(100 * soft / total_p, 1) if total_p else 0,
            "tics_per_10k_chars": {k: round(10000 * v / chars, 2) if chars else 0 for k, v in tics.items()
                                   if k != "short_paragraphs"},
            "word_thrice_per_100_short_paragraphs": round(100 * tics["word_thrice"] / tics["short_paragraphs"], 1)
            if tics["short_paragraphs"] else 0,
            "per_document": per_doc}


def shared_pairs(drafts: list[dict]) -> tuple[list[dict], list[dict]]:
    """Verbatim-shared sentence shares: between different briefs of one kind (seed as given), and between seeds."""
    base = [d for d in drafts if d["seed"] is None and d["ok"]]
    between = []
    for a, b in combinations(base, 2):
        if a["kind"] == b["kind"]:
            between.append({"a": a["id"], "b": b["id"], "kind": a["kind"],
                            "share": round(qc.shared_share(a["norm"], b["norm"]), 3)})
    seeds = []
    by_brief: dict[str, list[dict]] = {}
    for d in drafts:
        if d["ok"]:
            by_brief.setdefault(d["id"], []).append(d)
    for bid, ds in by_brief.items():
        for a, b in combinations(ds, 2):
            seeds.append({"brief": bid, "a": a["seed"] or "brief", "b": b["seed"] or "brief",
                          "share": round(qc.shared_share(a["norm"], b["norm"]), 3)})
    return between, seeds


def shared_any(drafts: list[dict], root: Path | None = None, top: int = 25) -> dict:
    """Each draft's share of sentences found verbatim in any other brief's draft (the readers' measure, seed as
    given), and the sentences that recur in most drafts with where each comes from in ``root`` (a checkout)."""
    base = {d["id"]: d["norm"] for d in drafts if d["seed"] is None and d["ok"]}
    shares = qc.shared_with_any(base)
    rich = {d["id"] for d in drafts if d["seed"] is None and d["ok"] and d["rich"]}
    texts = _source_texts(root) if root else {}
    rec = [{"sentence": s, "drafts": len(ids), "ids": [i[:3] for i in ids], "source": source_of(s, texts)}
           for s, ids in qc.recurring(base)[:top]]
    return {"per_draft": shares, **_stats(list(shares.values())),
            "rich_max": max((v for k, v in shares.items() if k in rich), default=None),
            "rich_median": round(statistics.median([v for k, v in shares.items() if k in rich]), 3) if rich else None,
            "recurring": rec, "in_3_or_more": len(qc.recurring(base)), "in_5_or_more": len(qc.recurring(base, 5)),
            # the readers' count (reading22: "at least 35 sentences word for word in two or three drafts"): every
            # sentence found in two drafts or more, and those of 25 characters or more (a paragraph's stock, not 一是…)
            "in_2_or_more": len(qc.recurring(base, 2)),
            "long_in_2_or_more": sum(1 for x, _ in qc.recurring(base, 2) if len(x) >= LONG_SENTENCE)}


def shared_across(drafts: list[dict], root: Path | None = None, top: int = 20) -> dict:
    """Stock lines: sentences of LONG_SENTENCE+ characters found verbatim (after neutralising place, level and year) in
    two drafts of DIFFERENT kinds, and those in two drafts that differ in kind, year and level all three (the twenty-
    sixth reading: 「检验公立医院改革的成效，要看群众负担减没减轻……」 in a 2016 county's conference speech and a 2023
    city's work report).  A line the plan chose from the brief's own content differs between such drafts; one that
    does not is a template's stock, recognised by a reader who sees two of them."""
    base = [d for d in drafts if d["seed"] is None and d["ok"]]
    where: dict[str, list[dict]] = {}
    for d in base:
        for x in set(d["norm"]):
            if len(x) >= LONG_SENTENCE:
                where.setdefault(x, []).append(d)

    def apart(ds: list[dict], all_three: bool) -> bool:
        return any(a["kind"] != b["kind"] and (not all_three or (a["year"] != b["year"] and a["level"] != b["level"]))
                   for a, b in combinations(ds, 2))
    kinds = {x: ds for x, ds in where.items() if apart(ds, False)}
    every = {x for x, ds in kinds.items() if apart(ds, True)}
    per = {}
    for d in base:
        long = [x for x in set(d["norm"]) if len(x) >= LONG_SENTENCE]
        per[d["id"]] = round(sum(1 for x in long if x in kinds and any(o["kind"] != d["kind"] for o in kinds[x])) / len(long),
                             3) if long else 0.0
    texts = _source_texts(root) if root else {}
    lines = sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
    return {"across_kinds": len(kinds), "across_kind_year_level": len(every), "per_draft": per,
            **_stats(list(per.values())),
            "lines": [{"sentence": x, "drafts": len(ds), "ids": sorted(d["id"][:3] for d in ds),
                       "all_three": x in every, "source": source_of(x, texts)} for x, ds in lines]}


_SOURCE_DIRS = (("templates/sections", "*.j2"), ("templates/wording", "*.yaml"), ("src/jianggao/compose", "*.py"),
                ("phrasebank", "*.yaml"), ("templates/kinds", "*"))


def _source_texts(root: Path) -> dict[str, str]:
    out = {}
    for folder, pattern in _SOURCE_DIRS:
        for f in sorted((root / folder).glob(pattern)) if (root / folder).exists() else []:
            if f.is_file():
                out[str(f.relative_to(root))] = f.read_text(encoding="utf-8", errors="replace")
    return out


def source_of(sentence: str, texts: dict[str, str]) -> str | None:
    """The file whose text holds the sentence's longest piece between place marks and punctuation (templates
    splice the place in, so the whole sentence is rarely there as typed)."""
    pieces = sorted(re.split(r"[ⓇⓁⓎ，。；：、！？“”（）]", sentence), key=len, reverse=True)
    for piece in pieces[:2]:
        if len(piece) < 5:
            break
        found = [name for name, text in texts.items() if piece in text]
        if found:
            return ", ".join(found[:3])
    return None


def _by_kind(findings: list[dict]) -> dict:
    kinds: dict[str, int] = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    return {"total": len(findings), "by_kind": kinds}


def _stats(values: list[float]) -> dict:
    return {"max": max(values), "median": round(statistics.median(values), 3), "n": len(values)} if values else \
        {"max": None, "median": None, "n": 0}


def summarise(drafts: list[dict], between: list[dict], seeds: list[dict], corpus: dict | None,
              any_other: dict | None = None, across: dict | None = None) -> dict:
    base = [d for d in drafts if d["seed"] is None and d["ok"]]
    m = [d["m"] for d in base]

    def total(key):
        return sum(len(x[key]) for x in m)
    sents = sum(x["sentences"] for x in m)
    rich = [x for d, x in zip(base, m, strict=True) if d["rich"]]
    metrics_total = sum(x["metrics_total"] for x in m)
    part_kinds: dict[str, int] = {}
    for x in m:
        for f in x["particulars"]:
            part_kinds[f["kind"]] = part_kinds.get(f["kind"], 0) + 1
    dang_kinds: dict[str, int] = {}
    for x in m:
        for f in x["dangling"]:
            dang_kinds[f["kind"]] = dang_kinds.get(f["kind"], 0) + 1
    prose = sum(x["paragraphs"] for x in m)
    return {
        "drafts": len(base), "render_failures": [d["id"] for d in drafts if not d["ok"]],
        "compat_no_parent": sorted({d["id"] for d in drafts if d.get("compat_no_parent")}),
        "openers": {"share": round(sum(x["openers"] for x in m) / sents, 3) if sents else 0,
                    "max_draft": max((x["opener_share"] for x in m), default=0),
                    "corpus": corpus and corpus["opener_share"], "target": TARGETS["openers"]},
        "shared_between_briefs": {**_stats([p["share"] for p in between]), "target": TARGETS["shared_briefs"],
                                  "worst": max(between, key=lambda p: p["share"], default=None)},
        "shared_between_briefs_by_kind": {k: _stats([p["share"] for p in between if p["kind"] == k])
                                          for k in sorted({p["kind"] for p in between})},
        "shared_between_seeds": {**_stats([p["share"] for p in seeds]), "target": TARGETS["shared_seeds"]},
        "shared_with_any_other": any_other or {},
        "stock_lines_across_kinds": across or {},
        "dangling": {"total": total("dangling"), "drafts_with": sum(1 for x in m if x["dangling"]), "by_kind": dang_kinds,
                     "all_renders": sum(len(d["m"]["dangling"]) for d in drafts if d["ok"]),
                     "per_100_paragraphs": round(100 * total("dangling") / prose, 1) if prose else 0,
                     "corpus_per_100_paragraphs": corpus and corpus["dangling_per_100_paragraphs"], "target": 0},
        "connective_para_starts": {
            "per_100_paragraphs": round(100 * total("connective_para_starts") / prose, 1) if prose else 0,
            "corpus_per_100_paragraphs": corpus and corpus["connective_para_starts_per_100_paragraphs"]},
        "particulars": {"total": total("particulars"), "drafts_with": sum(1 for x in m if x["particulars"]),
                        "by_kind": part_kinds, "target": 0,
                        "all_renders": sum(len(d["m"]["particulars"]) for d in drafts if d["ok"])},
        "near_duplicates": {"total": total("near_duplicates"), "max_per_speech": max((len(x["near_duplicates"]) for x in m),
                                                                                        default=0),
                            "speeches_over_1": sum(1 for x in m if len(x["near_duplicates"]) > 1), "target": 1},
        "names_over_twice": {"items": sum(len(x["names_over_twice"]) for x in m),
                             "of": sum(len(x["item_mentions"]) for x in m),
                             "drafts_with": sum(1 for x in m if x["names_over_twice"]),
                             "max_mentions": max((n for x in m for n in x["item_mentions"].values()), default=0),
                             "target": 0},
        "same_measure": {"total": total("same_measure"), "max_per_speech": max((len(x["same_measure"]) for x in m),
                                                                              default=0),
                         "speeches_over_1": sum(1 for x in m if len(x["same_measure"]) > 1), "target": 1},
        "tics": _tics(m, corpus),
        "numbers_per_1000": {"mean": round(statistics.mean(x["numbers_per_1000"] for x in m), 2) if m else 0,
                             "mean_rich": round(statistics.mean(x["numbers_per_1000"] for x in rich), 2) if rich else None,
                             "corpus": corpus and corpus["numbers_per_1000"]},
        "metrics_missing": {"missing": sum(len(x["metrics_missing"]) for x in m), "of": metrics_total},
        "brief_text_unused": {"unused": sum(len(x["brief_text_unused"]) for x in m),
                              "of": sum(x["brief_text_total"] for x in m)},
        "data_use": _by_kind([f for x in m for f in x["data_use"]]),
        "era": {"total": total("era"), "drafts_with": sum(1 for x in m if x["era"]), "target": 0,
                "lint_total": sum(1 for d in base for f in d.get("lint") or [] if f["kind"] == "era")
                if any(d.get("lint") is not None for d in base) else None,
                "tifa_total": sum(len(d.get("tifa") or []) for d in base) if any(d.get("tifa") is not None for d in base)
                else None,
                "tifa_terms": sum(len({f["term"] for f in d.get("tifa") or []}) for d in base)
                if any(d.get("tifa") is not None for d in base) else None,
                "tifa_drafts_with": sum(1 for d in base if d.get("tifa"))},
        "powers": {"total": total("powers"), "drafts_with": sum(1 for x in m if x.get("powers")), "target": 0},
        "level_words": {"total": total("level_words"), "drafts_with": sum(1 for x in m if x["level_words"]), "target": 0,
                        "lint_total": sum(1 for d in base for f in d.get("lint") or [] if f["kind"] == "level")
                        if any(d.get("lint") is not None for d in base) else None},
        "reannounced": {"total": total("reannounced"), "target": 0},
        "logic": {**_by_kind([f for x in m for f in x["logic"]]), "target": 0},
        "claims": {"strong": total("claims"), "soft_in_thin_briefs": total("soft_claims_thin"), "target": 0},
        "length": {"within_15pct": sum(1 for x in m if x["length_ok"]), "of": len(m),
                   "rich_within_15pct": sum(1 for x in rich if x["length_ok"]), "rich_of": len(rich),
                   "by_kind_level": length_table(base)},
    }


def _tics(m: list[dict], corpus: dict | None) -> dict:
    """The tool's own tics over the drafts, per 10,000 characters beside the corpus's rate (reading 44)."""
    chars = sum(x["chars"] for x in m) or 1
    short = sum(x["short_paragraphs"] for x in m)
    out: dict = {}
    for key in ("prefix_misfit", "prefix_over", "opening_runs", "word_thrice"):
        n = sum(x[key] if isinstance(x[key], int) else len(x[key]) for x in m)
        out[key] = {"total": n, "drafts_with": sum(1 for x in m if x[key]),
                    "per_10k_chars": round(10000 * n / chars, 2),
                    "corpus_per_10k_chars": corpus and corpus.get("tics_per_10k_chars", {}).get(key)}
    out["word_thrice"]["per_100_short_paragraphs"] = round(100 * out["word_thrice"]["total"] / short, 1) if short else 0
    out["word_thrice"]["corpus_per_100_short_paragraphs"] = corpus and corpus.get("word_thrice_per_100_short_paragraphs")
    prefixes: dict[str, int] = {}
    for x in m:
        for k, v in x["prefix_counts"].items():
            prefixes[k] = prefixes.get(k, 0) + v
    out["prefix_counts"] = prefixes
    return out


# --- report -------------------------------------------------------------------------------------------------------

def _pct(v) -> str:
    return "—" if v is None else f"{100 * v:.0f}%"


TOWNSHIP = ("镇", "乡", "街道")


def length_table(base: list[dict]) -> dict:
    """Length reached per kind and level (a township's 镇/乡/街道 one row: their meetings share a shape), seed as given:
    drafts, how many within ±15%, the mean and lowest share of target, rich briefs apart (len26: special and township
    meetings fell short of their length even with rich briefs, where the bar of issue 13 holds)."""
    rows: dict[str, dict] = {}
    for d in base:
        level = "镇乡街道" if d["level"] in TOWNSHIP else d["level"]
        for key in (f"{d['kind']} {level}", f"{d['kind']} *"):
            r = rows.setdefault(key, {"drafts": 0, "within": 0, "ratios": [], "rich_ratios": []})
            r["drafts"] += 1
            r["within"] += d["m"]["length_ok"]
            r["ratios"].append(d["m"]["length_ratio"])
            if d["rich"]:
                r["rich_ratios"].append(d["m"]["length_ratio"])
    return {k: {"drafts": r["drafts"], "within_15pct": r["within"], "mean_ratio": round(statistics.mean(r["ratios"]), 2),
                "min_ratio": min(r["ratios"]),
                "rich_mean_ratio": round(statistics.mean(r["rich_ratios"]), 2) if r["rich_ratios"] else None}
            for k, r in sorted(rows.items())}


def print_report(drafts: list[dict], s: dict) -> None:
    head = f"{'draft':<38}{'seed':>5}{'chars/target':>14}{'要必须':>7}{'dangl':>6}{'partic':>7}{'dup':>5}" \
           f"{'num/k':>7}{'miss':>6}{'era':>5}{'level':>6}{'logic':>6}{'claim':>6}{'shared':>7}"
    any_share = (s.get("shared_with_any_other") or {}).get("per_draft", {})
    print(head)
    print("-" * len(head))
    for d in drafts:
        if not d["ok"]:
            print(f"{d['id']:<38}{d['seed'] or '':>5}  RENDER FAILED: {d['message'][:60]}")
            continue
        x = d["m"]
        print(f"{d['id']:<38}{d['seed'] or '':>5}{x['chars']:>7}/{x['target']:<6}{_pct(x['opener_share']):>7}"
              f"{len(x['dangling']):>6}{len(x['particulars']):>7}{len(x['near_duplicates']):>5}"
              f"{x['numbers_per_1000']:>7}{len(x['metrics_missing']):>6}{len(x['era']):>5}{len(x['level_words']):>6}"
              f"{len(x['logic']) + len(x['reannounced']):>6}{len(x['claims']) + len(x['soft_claims_thin']):>6}"
              f"{_pct(any_share.get(d['id'])) if d['seed'] is None else '':>7}")
    o, sb, ss = s["openers"], s["shared_between_briefs"], s["shared_between_seeds"]
    sa = s.get("shared_with_any_other") or {}
    rows = [
        ("sentences opening 要/必须", f"{_pct(o['share'])} (worst draft {_pct(o['max_draft'])})", "≤ 15%",
         f"corpus {_pct(o['corpus'])}"),
        ("shared sentences, two briefs of a kind", f"max {_pct(sb['max'])}, median {_pct(sb['median'])}", "≤ 35%",
         f"{sb['n']} pairs" + (f"; worst {sb['worst']['a']} ~ {sb['worst']['b']}" if sb["worst"] else "")),
        ("shared sentences, seeds of one brief", f"max {_pct(ss['max'])}, median {_pct(ss['median'])}", "≤ 50%",
         f"{ss['n']} pairs"),
        ("shared with any other brief's draft", f"max {_pct(sa.get('max'))}, median {_pct(sa.get('median'))}", "—",
         f"rich: max {_pct(sa.get('rich_max'))}, median {_pct(sa.get('rich_median'))}; "
         f"{sa.get('in_2_or_more')} sentences in 2+ drafts ({sa.get('long_in_2_or_more')} of {LONG_SENTENCE}+ chars), "
         f"{sa.get('in_3_or_more')} in 3+, {sa.get('in_5_or_more')} in 5+"),
        ("stock lines across kinds (25+ chars)",
         f"{(s.get('stock_lines_across_kinds') or {}).get('across_kinds')} sentences", "0",
         f"{(s.get('stock_lines_across_kinds') or {}).get('across_kind_year_level')} across kind, year and level; "
         f"per draft max {_pct((s.get('stock_lines_across_kinds') or {}).get('max'))}, "
         f"median {_pct((s.get('stock_lines_across_kinds') or {}).get('median'))}"),
        ("dangling / cut-off sentences", f"{s['dangling']['total']} in {s['dangling']['drafts_with']} drafts", "0",
         f"{s['dangling']['per_100_paragraphs']}/100 ¶ vs corpus {s['dangling']['corpus_per_100_paragraphs']}; "
         f"{s['dangling']['all_renders']} over all renders"),
        ("connective at a paragraph start (soft)", f"{s['connective_para_starts']['per_100_paragraphs']}/100 ¶", "≈ corpus",
         f"corpus {s['connective_para_starts']['corpus_per_100_paragraphs']}/100 ¶"),
        ("particulars of another place", f"{s['particulars']['total']} in {s['particulars']['drafts_with']} drafts", "0",
         ", ".join(f"{k} {v}" for k, v in sorted(s["particulars"]["by_kind"].items()))
         + f"; {s['particulars']['all_renders']} over all renders"),
        ("near-duplicate sentence pairs", f"max {s['near_duplicates']['max_per_speech']}/speech, "
         f"{s['near_duplicates']['speeches_over_1']} speeches > 1", "≤ 1/speech", f"{s['near_duplicates']['total']} pairs"),
        ("brief items named more than twice", f"{s['names_over_twice']['items']} of {s['names_over_twice']['of']} items "
         f"in {s['names_over_twice']['drafts_with']} drafts", "0",
         f"most mentions of one item {s['names_over_twice']['max_mentions']}"),
        ("sentence pairs sharing a 10-character run", f"max {s['same_measure']['max_per_speech']}/speech, "
         f"{s['same_measure']['speeches_over_1']} speeches > 1", "≤ 1/speech",
         f"{s['same_measure']['total']} pairs (the brief's own words aside)"),
        *[(label, f"{s['tics'][key]['total']} in {s['tics'][key]['drafts_with']} drafts", "≈ corpus",
           f"{s['tics'][key]['per_10k_chars']}/10k chars vs corpus {s['tics'][key]['corpus_per_10k_chars']}")
          for key, label in (("prefix_misfit", "prefix on a verb that does not take it"),
                             ("prefix_over", f"prefix past {qc.PREFIX_PER_SPEECH} of a kind a speech"),
                             ("opening_runs", "same first word, 3+ sentences in a row"),
                             ("word_thrice", "a word 3+ times in one short paragraph"))],
        ("numbers per 1,000 characters", f"mean {s['numbers_per_1000']['mean']} (rich {s['numbers_per_1000']['mean_rich']})",
         "≈ corpus", f"corpus {s['numbers_per_1000']['corpus']}"),
        ("brief metrics missing", f"{s['metrics_missing']['missing']} of {s['metrics_missing']['of']}", "0", ""),
        ("brief problems/items/facts not in the draft", f"{s['brief_text_unused']['unused']} of "
         f"{s['brief_text_unused']['of']}", "0", "verbatim (a problem by its first clause)"),
        ("figures said badly (0例, target < last year)", str(s["data_use"]["total"]), "0",
         ", ".join(f"{k} {v}" for k, v in sorted(s["data_use"]["by_kind"].items()))),
        ("era words outside their window", f"{s['era']['total']} in {s['era']['drafts_with']} drafts", "0",
         f"jianggao.model.tifa: {s['era']['tifa_terms']} terms ({s['era']['tifa_total']} hits) in "
         f"{s['era']['tifa_drafts_with']} drafts; lint {s['era']['lint_total']}"),
        ("beyond the level's powers", f"{s['powers']['total']} in {s['powers']['drafts_with']} drafts", "0", ""),
        ("another level's words", f"{s['level_words']['total']} in {s['level_words']['drafts_with']} drafts", "0",
         f"lint {s['level_words']['lint_total']}"),
        ("re-announced speakers", str(s["reannounced"]["total"]), "0", ""),
        ("logic slips", str(s["logic"]["total"]), "0",
         ", ".join(f"{k} {v}" for k, v in sorted(s["logic"]["by_kind"].items()))),
        ("claims the brief did not make", f"{s['claims']['strong']} strong, {s['claims']['soft_in_thin_briefs']} soft (thin)",
         "0", ""),
        ("length within ±15% of target", f"{s['length']['within_15pct']} of {s['length']['of']}",
         "all rich", f"rich {s['length']['rich_within_15pct']} of {s['length']['rich_of']}"),
    ]
    print()
    w = max(len(r[0]) for r in rows)
    for r in rows:
        print(f"{r[0]:<{w}}  {r[1]:<34} {r[2]:<10} {r[3]}")
    print("\nlength per kind and level (seed as given): drafts, within ±15%, mean and lowest share of target, rich mean")
    for key, r in s["length"]["by_kind_level"].items():
        rich = "" if r["rich_mean_ratio"] is None else f"{r['rich_mean_ratio']:.2f}"
        print(f"  {key:<28}{r['drafts']:>4}{r['within_15pct']:>4}{r['mean_ratio']:>7.2f}{r['min_ratio']:>7.2f}{rich:>7}")
    if sa.get("recurring"):
        print("\nsentences in most drafts (verbatim after neutralising place, level and year):")
        for r in sa["recurring"][:15]:
            print(f"  {r['drafts']:>2} {r['sentence'][:60]}  [{r['source'] or '?'}]")
    across = s.get("stock_lines_across_kinds") or {}
    if across.get("lines"):
        print("\nstock lines in drafts of different kinds (* also different year and level):")
        for r in across["lines"][:15]:
            print(f"  {r['drafts']:>2}{'*' if r['all_three'] else ' '}{r['sentence'][:58]}  [{r['source'] or '?'}]")
    if s["render_failures"]:
        print("render failures:", ", ".join(s["render_failures"]))
    if s["compat_no_parent"]:
        print("rendered without region.parent (tool rejects it):", ", ".join(s["compat_no_parent"]))


def powers_only(cmd: list[str], metas: list[dict], args, tmp: Path) -> int:
    """Every brief at seeds 1..args.seeds, and the lines each draft says beyond its speaker's powers (reading 48's
    BODY class: a 镇长's 县域内就诊率, a city's 疾控 职能定位, 2013's 医保 医疗救助, two market regulators)."""
    jobs = [(meta, seed) for meta in metas for seed in range(1, args.seeds + 1)]

    def one(job):
        meta, seed = job
        out = args.out / f"{meta['id']}.seed{seed}.txt"
        ok = render(cmd, Path(meta["path"]), meta, out, seed, tmp)["ok"]
        if not ok:
            return meta, seed, None
        draft = qc.parse_draft(out.read_text(encoding="utf-8"))
        when = dt.date.fromisoformat(meta["date"])
        return meta, seed, fit.powers_lines(draft.body, meta["level"], when, meta["speaker_title"], meta["on_behalf_of"])

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(one, jobs))
    total = 0
    for meta, seed, found in results:
        if found is None:
            print(f"{meta['id']} seed {seed}: render failed")
            continue
        total += len(found)
        for f in found:
            print(f"{meta['id']} seed {seed} [{meta['level']}]: {f.term}: {f.text}")
    print(f"\n{total} lines beyond the speaker's powers in {len(results)} drafts")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--briefs", type=Path, action="append", default=None,
                    help="a folder of briefs (repeatable: the held-out briefs beside the bench's own, whose drafts are "
                         "then compared with each other too; default bench/briefs)")
    ap.add_argument("--jianggao", default=None, help="command that runs jianggao (default: the one beside this python)")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "quality", help="folder for the rendered drafts")
    ap.add_argument("--json", type=Path, default=HERE / "quality-latest.json")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="real speeches for the comparison figures")
    ap.add_argument("--seeds", type=int, default=3, help="seeds per brief for the seed-variety briefs")
    ap.add_argument("--seed-briefs", default=",".join(SEED_BRIEFS), help="brief id prefixes rendered with several seeds")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-lint", action="store_true", help="do not call `jianggao lint` even if the tool has it")
    ap.add_argument("--powers-only", action="store_true",
                    help="only count the lines beyond the speaker's level and date (quality_fit.powers_lines) over every "
                         "brief × seeds 1..--seeds, and print them")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.jianggao:
        cmd = shlex.split(args.jianggao)
    else:
        beside = Path(sys.executable).with_name("jianggao")
        cmd = [str(beside)] if beside.exists() else [shutil.which("jianggao") or "jianggao"]
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-quality-"))
    metas = [load_brief(p) for folder in (args.briefs or [HERE / "briefs"]) for p in sorted(folder.glob("*.yaml"))]
    if args.powers_only:
        return powers_only(cmd, metas, args, tmp)
    prefixes = tuple(p for p in args.seed_briefs.split(",") if p)
    jobs = []
    for meta in metas:
        jobs.append((meta, None))
        if meta["id"].startswith(prefixes):
            jobs += [(meta, seed) for seed in range(2, args.seeds + 1)]

    def one(job):
        meta, seed = job
        out = args.out / f"{meta['id']}{'' if seed is None else f'.seed{seed}'}.txt"
        result = render(cmd, Path(meta["path"]), meta, out, seed, tmp)
        d = {"id": meta["id"], "kind": meta["kind"], "year": meta["year"], "level": meta["level"], "seed": seed,
             "rich": meta["rich"], "thin": meta["thin"], "draft": str(out), **result}
        return d

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        drafts = list(pool.map(one, jobs))
    lint = has_lint(cmd) and not args.no_lint
    by_id = {m["id"]: m for m in metas}
    for d in drafts:
        if not d["ok"]:
            continue
        meta = by_id[d["id"]]
        draft = qc.parse_draft(Path(d["draft"]).read_text(encoding="utf-8"))
        d["m"] = measure(draft, meta)
        names = [meta["name"], meta["short"], meta["parent"] or ""]
        d["norm"] = [qc.normalise_sentence(s, names) for s in qc.sentences(draft)]
        if d["seed"] is None:
            d["lint"] = lint_findings(cmd, Path(d["draft"]), meta) if lint else None
            when = dt.date.fromisoformat(meta["date"])
            d["tifa"] = tifa_findings(draft.title + "\n" + draft.body, when, meta["level"])
    between, seeds = shared_pairs(drafts)
    corpus = corpus_figures(args.corpus)
    summary = summarise(drafts, between, seeds, corpus, shared_any(drafts, HERE.parent), shared_across(drafts, HERE.parent))
    print_report(drafts, summary)
    elapsed = round(time.perf_counter() - t0, 1)
    print(f"\n{len(drafts)} renders in {elapsed}s; jieba {'on' if fit.has_jieba() else 'off (pip install jieba)'}; "
          f"lint {'on' if lint else 'absent'}; drafts in {args.out}")
    report = {"generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "tool": cmd,
              "tool_version": _version(cmd), "bench_commit": _commit(), "elapsed_seconds": elapsed,
              "jieba": fit.has_jieba(), "lint": lint,
              "summary": summary, "corpus": corpus, "shared_between_briefs": between, "shared_between_seeds": seeds,
              "drafts": [{k: v for k, v in d.items() if k != "norm"} for d in drafts]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    tmp_json = args.json.with_suffix(".json.tmp")
    tmp_json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp_json, args.json)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _version(cmd: list[str]) -> str | None:
    run = subprocess.run([*cmd, "--version"], capture_output=True, text=True)
    return (run.stdout or run.stderr).strip() or None


def _commit() -> str | None:
    run = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return run.stdout.strip() or None


if __name__ == "__main__":
    sys.exit(main())
