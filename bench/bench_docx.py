"""Benchmark: write_docx of a ~7,000-character speech against a bare python-docx script writing the same paragraphs.

usage: python bench/bench_docx.py [--runs N]
Prints the median wall time of each, in-process (the write alone) and as a whole
process (interpreter start, imports, write), and the ratio. The issue's bar is ≤ 2×.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEECH_CODE = '''
from jianggao.model.speech import Heading, Paragraph, Speech
SENTENCE = "全区卫生健康系统坚持以人民健康为中心，持续深化医药卫生体制改革，基层医疗卫生服务能力不断提升。"
def make_speech():
    blocks = [Paragraph(SENTENCE * 2) for _ in range(6)]
    for i, num in enumerate("一二三四"):
        blocks.append(Heading(1, num + "、", "围绕重点任务持续发力"))
        for j, sub in enumerate("一二三"):
            blocks.append(Heading(2, "（" + sub + "）", "强化责任落实。", body=SENTENCE * 2))
            blocks += [Paragraph(SENTENCE * 3) for _ in range(3)]
    return Speech(kind="annual_conference", title="在2025年全区卫生健康工作会议上的讲话",
                  speaker_line="副区长　张明", date_line="（2025年2月18日）", blocks=tuple(blocks))
'''

OURS = SPEECH_CODE + '''
import sys
from pathlib import Path
from jianggao.writers.docx_writer import write_docx
write_docx(make_speech(), Path(sys.argv[1]), profile="gbt9704", force=True)
'''

BARE = SPEECH_CODE + '''
import sys
import docx
from jianggao.model.speech import Heading
speech = make_speech()
document = docx.Document()
document.add_paragraph(speech.title)
document.add_paragraph(speech.speaker_line)
document.add_paragraph(speech.date_line)
document.add_paragraph(speech.salutation)
for b in speech.blocks:
    document.add_paragraph(b.number + b.text + b.body if isinstance(b, Heading) else b.text)
document.save(sys.argv[1])
'''


def time_process(code: str, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(out)], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_in_process(code: str, out: Path, runs: int) -> float:
    namespace: dict = {}
    exec(compile(SPEECH_CODE, "speech", "exec"), namespace)
    body = code[len(SPEECH_CODE):]
    compiled = compile(body, "bench", "exec")
    sys.argv[1:] = [str(out)]
    exec(compiled, dict(namespace))          # warm-up: imports happen once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        exec(compiled, dict(namespace))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    namespace: dict = {}
    exec(compile(SPEECH_CODE, "speech", "exec"), namespace)
    chars = namespace["make_speech"]().body_length()
    with tempfile.TemporaryDirectory() as tmp:
        ours_out, bare_out = Path(tmp) / "ours.docx", Path(tmp) / "bare.docx"
        rows = [
            ("in-process", time_in_process(OURS, ours_out, args.runs), time_in_process(BARE, bare_out, args.runs)),
            ("whole process", time_process(OURS, ours_out, args.runs), time_process(BARE, bare_out, args.runs)),
        ]
    print(f"speech body: {chars} characters; median of {args.runs} runs")
    for label, ours, bare in rows:
        print(f"{label:14s} write_docx {ours * 1000:7.1f} ms   bare python-docx {bare * 1000:7.1f} ms   "
              f"ratio {ours / bare:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
