"""Tell-checker (run by hand): counts, per draft, the tells blind readers named when they picked generated paragraphs.

    python bench/tells.py                          # the drafts bench_quality.py rendered (bench/out/quality)
    python bench/tells.py --drafts DIR --json out.json
    python bench/tells.py --corpus                 # the same counts on the real speeches, for comparison

The tells (issue 13, blind readers of rounds 28–32):
- heading: a subsection's heading (`二是推进疾控体系改革。`, `（三）扎实做好妇幼健康工作。`) whose words come back in the
  first sentence after it (`疾控体系改革要…`);
- spoken: folksy spoken-style lines (`一项一项往前推`, `今年要下决心解决`, `约谈主要负责同志`, `一件一件抓…`), counted per
  speech, and the same shape said twice in one speech;
- target: the fixed target frames (`…，这是今年要努力实现的目标`, `…，这是今年要完成的硬任务`, `今年要努力实现的目标是…`);
- frame: situation paragraphs opening on `从…看，` (`从上级部署看…从群众的感受看…从自身发展看…`): two or more in one
  speech is the rotation;
- news: a policy news sentence standing alone (`国务院办公厅印发关于…的意见。`, `党的二十届四中全会对…作出了全面部署。`:
  the body, the act, a full stop, nothing said of what it means for the work);
- subjectless: a paragraph (or a subsection's body) opening with no subject (`让疾控机构既能抓预防…`, `是让…`,
  `重在管理体制…`).

Reads .txt drafts only (no jianggao import), so it measures any version of the tool. Tests in tests/test_bench_tells.py.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DRAFTS = HERE / "out" / "quality"
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
                      Path("/work/shared/corpus"))
KINDS = ("heading", "spoken", "spoken_same", "target", "frame", "news", "subjectless")

_SUB_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+要)([^。！？]{4,30})[。！？]")
# the verbs a heading opens on: what is left is the heading's own words
_HEAD_VERB = re.compile(r"^(?:切实|全面|持续|扎实|大力|着力|进一步|深入|加快|稳步|不断|继续|积极|认真|努力|全力|统筹|更加|坚持)*"
                        r"(?:加强|推进|推动|深化|抓好|做好|做实|提升|提高|完善|健全|落实|强化|实施|开展|巩固|夯实|优化|"
                        r"促进|保障|建设|发展|规范|加大|创新|构建|打造|抓实|筑牢|守牢|守住|织牢|织密|补齐|补强|聚焦|"
                        r"在|把|以|用|让|向)?")
# spoken-style lines, by shape: the same shape twice in a speech is a tell even under the ration
SPOKEN = {
    "一项一项": r"一项一项",
    "一件一件": r"一件一件|一件件",
    "一个一个": r"一个一个|一个个(?:查|过|落|抓|解决)",
    "下决心": r"下决心(?:解决|抓)",
    "约谈主要负责": r"约谈主要负责(?:同志|人)",
    "不撒手": r"不撒手|不松手",
    "硬骨头": r"硬骨头",
    "今年的重点来解决": r"作为今年的重点来(?:解决|抓)",
    "卡在哪里": r"卡在哪(?:里|个环节)",
    "缺什么补什么": r"缺什么补什么|差什么补什么",
    "盯住不放": r"盯住不放|盯着不放|紧盯不放",
    "动歪脑筋": r"动歪脑筋|打歪主意",
    "心中有数": r"心中有数|心里有数",
    "一督到底": r"一督到底|一抓到底",
}
_SPOKEN = {k: re.compile(v) for k, v in SPOKEN.items()}
_TARGET = re.compile(r"这是(?:今年|下半年|全年)?要(?:努力实现的目标|完成的硬任务)|(?:今年|下半年|全年)要努力实现的目标是")
_FRAME = re.compile(r"^从[^，。]{2,8}看，")
_ISSUER = (r"(?:党的[^，。]{2,12}(?:全会|大会|代表大会)|中共中央(?:、国务院)?|国务院(?:办公厅)?|中央[^，。]{0,6}会议|"
           r"国家卫生(?:健康|计生)?委(?:员会)?|国家[^，。]{1,6}局|全国人大常委会|全国卫生与健康大会)")
# the body and its act, then a full stop with nothing of what it means for the work
_NEWS = re.compile(_ISSUER + r"[^。]{0,40}?(?:印发|出台|发布|审议通过|作出(?:了)?[^，。]{0,12}部署|召开)[^，。；]*。")
_MEANS = re.compile(r"为|要求|提出|明确|指明|强调|对[^，。]{1,20}(?:提出|作出)|意味着|需要|必须")
_SUBJECTLESS = re.compile(r"^(?:让|使|使得|从而|以便|是|重在|贵在|关键在|在于)(?!否)")
_SENT = re.compile(r"[^。！？]*[。！？]")


def _body_lines(text: str) -> list[str]:
    """The speech's paragraphs after the salutation (title, speaker and date lines aside)."""
    lines = [ln.strip().strip("\u3000") for ln in text.splitlines()]
    start = next((i + 1 for i, ln in enumerate(lines) if ln.endswith("：") and len(ln) <= 12), 0)
    return [ln for ln in lines[start:] if ln]


def _is_part_heading(line: str) -> bool:
    return bool(re.match(r"^[一二三四五六七八九十]+、", line)) and "。" not in line[:-1]


def heading_restated(line: str) -> str:
    """The words of a subsection heading found again in the first sentence after it ('' when none)."""
    m = _SUB_HEAD.match(line)
    if not m:
        return ""
    rest = line[m.end():]
    first = _SENT.match(rest)
    if not first:
        return ""
    core = _HEAD_VERB.sub("", m.group(1)).rstrip("工作")
    # the first sentence opens on the heading's words (after at most 要/各/进一步): 二是推进疾控体系改革。疾控体系改革要…
    opening = re.sub(r"^(?:要|各|进一步|持续|加强|推进|做好|抓好)", "", first.group(0))[:12]
    for n in range(min(len(core), 8), 3, -1):
        for i in range(len(core) - n + 1):
            piece = core[i:i + n]
            if opening.find(piece) in (0, 1, 2):
                return piece
    return ""


def spoken_shapes(text: str) -> list[str]:
    """The spoken-style shapes said in a text, one entry per occurrence."""
    return [k for k, rx in _SPOKEN.items() for _ in rx.finditer(text)]


def bare_news(sentence: str) -> bool:
    """A policy news sentence standing alone: who issued what, and nothing of what it means for the work."""
    m = _NEWS.search(sentence)
    if not m or m.start() > 4:
        return False
    tail = sentence[m.end() - 1:]
    return not _MEANS.search(sentence[m.start():m.end()].split("部署")[-1]) and len(tail) <= 1


def subjectless(line: str) -> bool:
    """A paragraph, or the body after a subsection heading, opening on 让/使 with nothing before it."""
    m = _SUB_HEAD.match(line)
    body = line[m.end():] if m else line
    return bool(_SUBJECTLESS.match(body))


def count_tells(text: str) -> dict:
    """Per tell: how many, and the lines they were found in."""
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    shapes: dict[str, int] = {}
    for line in _body_lines(text):
        if _is_part_heading(line):
            continue
        piece = heading_restated(line)
        if piece:
            found["heading"].append(f"[{piece}] {line[:60]}")
        for k in spoken_shapes(line):
            shapes[k] = shapes.get(k, 0) + 1
            found["spoken"].append(f"[{k}] " + next(s for s in _SENT.findall(line) if _SPOKEN[k].search(s))[:60])
        for s in _SENT.findall(line):
            if _TARGET.search(s):
                found["target"].append(s[:60])
            if bare_news(s.strip()):
                found["news"].append(s[:60])
        if _FRAME.match(line):
            found["frame"].append(line[:30])
        if subjectless(line):
            found["subjectless"].append(line[:40])
    found["spoken_same"] = [f"{k}×{n}" for k, n in shapes.items() if n > 1]
    # the rotation is two or more frames; a single 从…看 is how a person may open one paragraph
    if len(found["frame"]) < 2:
        found["frame"] = []
    return {k: {"n": len(v), "lines": v} for k, v in found.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, default=DEFAULT_DRAFTS)
    ap.add_argument("--corpus", action="store_true", help="count the real speeches instead")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every line found")
    args = ap.parse_args(argv)
    folder = DEFAULT_CORPUS if args.corpus else args.drafts
    files = sorted(p for p in folder.glob("*.txt") if ".seed" not in p.name)
    if not files:
        print(f"no drafts in {folder}: run bench/bench_quality.py first", file=sys.stderr)
        return 2
    rows = {}
    for p in files:
        text = p.read_text(encoding="utf-8")
        rows[p.stem] = {"chars": len(text), **count_tells(text)}
    print(f"{'draft':42}" + "".join(f"{k:>12}" for k in KINDS))
    totals = dict.fromkeys(KINDS, 0)
    for name, row in rows.items():
        print(f"{name[:42]:42}" + "".join(f"{row[k]['n']:>12}" for k in KINDS))
        for k in KINDS:
            totals[k] += row[k]["n"]
            if args.verbose:
                for ln in row[k]["lines"]:
                    print(f"    {k}: {ln}")
    chars = sum(r["chars"] for r in rows.values())
    print(f"{'total (' + str(len(rows)) + ' drafts)':42}" + "".join(f"{totals[k]:>12}" for k in KINDS))
    print(f"{'per 10,000 characters':42}" + "".join(f"{totals[k] * 10000 / chars:>12.1f}" for k in KINDS))
    if args.json:
        args.json.write_text(json.dumps({"totals": totals, "chars": chars, "drafts": rows}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
