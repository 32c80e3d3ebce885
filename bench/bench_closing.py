"""How the safeguards and the closing name the tasks, and whether the task part's subsections name their own subject.

    python bench/bench_closing.py                  # render bench/briefs/*.yaml and samples/*.yaml at seeds 1-3, count
    python bench/bench_closing.py --seeds 1 --show # one seed, list every finding
    python bench/bench_closing.py --keep DIR       # keep the drafts

Three counts, per draft (the thirty-sixth reading's complaints, issue 13):
- **pasted**: a clause of a task heading or of a brief item said with its verb frame (做实做细家庭医生签约服务, 推进紧密型县
  域医共体建设, 抓好…) in a sentence of the safeguards or the closing, or two verbs stacked where a task is named
  (抓好…尤其要抓紧).  A speaker names a task there by its business (家庭医生签约、疫苗管理), in a few words.
- **topic heads**: a subsection heading of the task part that names nothing but the speech's subject (（一）统筹推进医
  改各项重点任务 in a 医改 meeting) or the same subject as a sibling heading (two 医改 headings side by side).
- **echoes**: a safeguards or closing sentence that says again what a task part sentence said (compose.ideas.same_idea
  on the sentence's content pairs against each task sentence's), or a closing sentence that says again a safeguards one.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.ideas import content_pairs
from jianggao.compose.serve import subject_of_item
from jianggao.model.topics import resolve_topic

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")
_SENT = re.compile(r"[^。！？]+[。！？]")
# where the tasks are set out and where their safeguards are, by part index (0-based) per kind
_PARTS = {"annual_conference": (2, 3), "work_report": (2, 3), "midyear_review": (1, 2), "special_topic": (1, 2)}

# the verb frames a heading or item opens on (compose.serve._HEAD_VERB and more)
VERB = re.compile(r"^(?:持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|毫不放松|纵深|统筹|加快|全力|认真|"
                  r"做实做细|抓实抓细|抓紧)?(?:加强|推进|推动|做好|做实|做细|抓好|提升|提高|深化|开展|落实|完善|健全|强化|"
                  r"保障|巩固|夯实|改善|发展|实施|加快|抓实|守护|维护|建立|规范|实现|促进|打造|创建|构建|探索|优化|扩大|"
                  r"织密|筑牢|补齐|织牢)")
# two verbs stacked on one task (抓好认真贯彻…, 抓好…尤其要抓紧)
STACKED = re.compile(r"(?:抓好|做好|抓实|推进|加强)(?:认真|扎实|加快|推进|推动|加强|做实|做好|抓好|深化|落实)|"
                     r"(?:抓好|做好|加强|推进)[^，。；]{2,20}尤其要抓紧")
# what a heading says besides its subject: verbs, degree words, filler
FILLER = re.compile(r"协同|加速|广泛|显著|明显|"
                    r"持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|毫不放松|纵深|统筹|加快|全力|认真|"
                    r"加强|推进|推动|做好|做实|抓好|提升|提高|深化|开展|落实|完善|健全|强化|巩固|夯实|改善|发展|实施|"
                    r"抓实|在|上|用力|各项重点任务|重点任务|各项|任务|工作|水平|质量|事业|运动|新成效|成效|取得|新突破|突破|再上新台阶|"
                    r"上新台阶|的|和|以|为|抓手|促进|振兴|让|融入|群众|生活")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text)]


def split_parts(text: str) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The draft's parts as (heading, paragraphs), and the closing's paragraphs (from the last 同志们， on)."""
    lines = [ln.strip().lstrip("\u3000") for ln in text.splitlines()]
    body = lines[lines.index("同志们：") + 1:] if "同志们：" in lines else lines
    parts: list[tuple[str, list[str]]] = []
    for ln in body:
        if not ln:
            continue
        if _PART.match(ln):
            parts.append((ln, []))
        elif parts:
            parts[-1][1].append(ln)
    closing: list[str] = []
    if parts:
        paras = parts[-1][1]
        at = max((i for i, p in enumerate(paras) if p.startswith("同志们")), default=None)
        if at is not None:
            closing = paras[at:]
            del paras[at:]
    return parts, closing


def subsection_heads(paras: list[str]) -> list[str]:
    return [p.split("。")[0][len(_SUB.match(p).group(0)):] for p in paras if _SUB.match(p)]


def item_heads(paras: list[str]) -> list[str]:
    """The 一是X。 heads inside the task part."""
    return re.findall(r"(?:^|[。！])[一二三四五六七八九十]+是([^。！]{4,40})。", "".join(paras))


def clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，、；：。]", text) if c]


def pasted(sentence: str, frames: list[str]) -> list[str]:
    """The verb-framed task clauses ``sentence`` says whole, and its stacked verbs."""
    found = [c for c in frames if c in sentence]
    found += [m.group(0) for m in STACKED.finditer(sentence)]
    return found


def topic_words(key_or_name: str) -> list[str]:
    t = resolve_topic(key_or_name)
    if t is None:
        return [key_or_name]
    return sorted({t.name, *t.aliases}, key=len, reverse=True)


def rest_of(heading: str, words: list[str]) -> str:
    for w in words:
        heading = heading.replace(w, "")
    return re.sub(r"[^\u4e00-\u9fff]", "", FILLER.sub("", heading))


def topic_heads(heads: list[str], main: list[str]) -> list[str]:
    """Headings naming only the speech's subject (``main``'s words), or only the subject a sibling names too."""
    out = []
    names = [(h, [w for w in _ALL_TOPIC_WORDS if w in h]) for h in heads]
    for i, (h, ws) in enumerate(names):
        if main and any(w in h for w in main) and len(rest_of(h, main)) < 2:
            out.append(h)
            continue
        if ws and len(rest_of(h, ws)) < 2:
            others = [o for j, (o, ows) in enumerate(names) if j != i and set(ws) & set(ows)]
            if others:
                out.append(h)
    return out


def _topic_words_all() -> list[str]:
    from jianggao.model.topics import TOPICS
    return sorted({w for t in TOPICS for w in (t.name, *t.aliases) if len(w) >= 2}, key=len, reverse=True)


_ALL_TOPIC_WORDS = _topic_words_all()


def echoes(later: list[str], before: list[str], names: list[str], share: float = 0.5) -> list[tuple[str, str]]:
    """Sentences of ``later`` whose content pairs (at least 6, the tasks' ``names`` aside: naming a task is no echo)
    are mostly those of one sentence of ``before``."""
    out = []

    def pairs(text: str) -> frozenset[str]:
        for n in names:
            text = text.replace(n, "|")
        return content_pairs(text)

    befores = [(b, pairs(b)) for b in before]
    for s in later:
        mine = pairs(s)
        if len(mine) < 6:
            continue
        for b, theirs in befores:
            if len(mine & theirs) / len(mine) >= share:
                out.append((s, b))
                break
    return out


def measure(text: str, brief_path: Path) -> dict | None:
    brief = load_brief(brief_path)
    kind = brief.kind
    if kind not in _PARTS:
        return None
    parts, closing = split_parts(text)
    ti, si = _PARTS[kind]
    if len(parts) <= ti:
        return None
    task = parts[ti][1]
    safe = parts[si][1] if len(parts) > si else []
    heads = subsection_heads(task)
    items = [it for p in brief.priorities for it in p.items]
    frames = {c for h in heads + item_heads(task) + items for c in clauses(h) if len(c) >= 5 and VERB.match(c)}
    frames_l = sorted(frames, key=len, reverse=True)
    ending = [s for p in safe for s in sentences(p)] + [s for p in closing for s in sentences(p)]
    ending = [s for s in ending if not _SUB.match(s)]
    paste = [(s, f) for s in ending for f in pasted(s, frames_l)[:1]]
    main = topic_words(brief.priorities[0].topic) if kind == "special_topic" and brief.priorities else []
    if kind == "special_topic":
        main = topic_words(_meeting_topic(brief)) or main
    th = topic_heads(heads, main)
    task_sents = [s for p in task for s in sentences(p)]
    safe_sents = [s for p in safe for s in sentences(p) if not _SUB.match(s)]
    close_sents = [s for p in closing for s in sentences(p)]
    names = sorted({n for it in items for n in (it.split("，")[0], subject_of_item(it)) if n}, key=len, reverse=True)
    echo = echoes(safe_sents + close_sents, task_sents, names) + echoes(close_sents, safe_sents, names)
    return {"pasted": paste, "topic_heads": th, "echoes": echo, "heads": heads}


def _meeting_topic(brief) -> str:  # type: ignore[no-untyped-def]
    from jianggao.compose.context import main_topic
    return main_topic(brief).name


def render(jianggao: str, brief: Path, seed: int, outdir: Path) -> tuple[Path, Path]:
    out = outdir / f"{brief.stem}_s{seed}.txt"
    subprocess.run([*jianggao.split(), "render", str(brief), "--format", "txt", "-o", str(out), "--force",
                    "--seed", str(seed)], check=True, capture_output=True, text=True)
    return brief, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    beside = Path(sys.executable).with_name("jianggao")
    ap.add_argument("--jianggao", default=str(beside) if beside.exists() else f"{sys.executable} -m jianggao")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    outdir = args.keep or Path(tempfile.mkdtemp(prefix="closing-"))
    outdir.mkdir(parents=True, exist_ok=True)
    briefs = sorted((HERE / "briefs").glob("b*.yaml")) + sorted((ROOT / "samples").glob("*.yaml"))
    jobs = [(b, int(s)) for b in briefs for s in args.seeds.split(",")]
    with ThreadPoolExecutor(2) as pool:
        done = list(pool.map(lambda j: render(args.jianggao, j[0], j[1], outdir), jobs))
    totals = {"pasted": 0, "topic_heads": 0, "echoes": 0}
    n = 0
    for brief, out in done:
        got = measure(out.read_text(encoding="utf-8"), brief)
        if got is None:
            continue
        n += 1
        for k in totals:
            totals[k] += len(got[k])
        if args.show and any(got[k] for k in totals):
            print(f"== {out.name}")
            for s, f in got["pasted"]:
                print(f"   pasted [{f}] {s}")
            for h in got["topic_heads"]:
                print(f"   topic head: {h}   (siblings: {' / '.join(got['heads'])})")
            for s, b in got["echoes"]:
                print(f"   echo: {s}\n      of: {b}")
    print(f"{n} drafts (kinds with tasks and safeguards): pasted {totals['pasted']}, topic heads "
          f"{totals['topic_heads']}, echoes {totals['echoes']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
