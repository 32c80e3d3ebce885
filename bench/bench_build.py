"""Benchmark (run by hand): `jianggao build` of 100 generated briefs, varied in kind and region, with --jobs 2.

    python bench/bench_build.py [--jobs N] [--count N] [--format docx]

The briefs are written to a temporary folder, the whole command is timed as a user runs it
(a fresh process), and the folder is removed afterwards. Issue 3's bar: ≤ 10 s for 100 briefs, --jobs 2.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = ("annual_conference", "work_report", "midyear_review", "special_topic", "pledge", "address")
REGIONS = ("临江区", "云阳市", "青山县", "河西州", "白云旗", "东城街道", "南湖镇", "江北区", "松原市", "安平县")
TOPICS = ("医改", "公共卫生", "医疗服务", "基层卫生", "中医药", "妇幼健康", "老龄健康", "爱国卫生", "信息化")


def brief_text(i: int) -> str:
    """A brief that differs from its neighbours in kind, region, year, length and topics."""
    kind, region = KINDS[i % len(KINDS)], REGIONS[(i // len(KINDS)) % len(REGIONS)]
    t1, t2 = TOPICS[i % len(TOPICS)], TOPICS[(i * 7 + 3) % len(TOPICS)]
    length = 1500 if kind in ("pledge", "address") else 3000 + 500 * (i % 7)
    return (
        f"kind: {kind}\nyear: {2024 + i % 3}\nregion: {{name: {region}}}\nlength: {length}\nseed: {i}\n"
        f"speaker: {{name: 张明, title: 副职领导}}\n"
        f"achievements:\n  - topic: {t1}\n    metrics:\n"
        f"      - {{name: 家庭医生签约服务覆盖率, value: {40 + i % 9}.{i % 10}, unit: '%', change: 1.{i % 10}}}\n"
        f"    facts: [第{i + 1}项重点工作顺利推进]\n"
        f"problems: [基层医疗服务能力仍然薄弱]\n"
        f"priorities:\n  - topic: {t2}\n    items: [完善重大疫情监测预警体系, 推进紧密型医共体建设]\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--format", default="docx")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jianggao-bench-build-"))
    try:
        briefs = tmp / "briefs"
        briefs.mkdir()
        for i in range(args.count):
            (briefs / f"brief-{i:03d}.yaml").write_text(brief_text(i), encoding="utf-8")
        cmd = [sys.executable, "-m", "jianggao", "build", str(briefs), "-o", str(tmp / "out"),
               "--jobs", str(args.jobs), "--format", args.format]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        took = time.perf_counter() - t0
        written = len(list((tmp / "out").glob("*"))) if (tmp / "out").is_dir() else 0
        print(f"build {args.count} briefs --jobs {args.jobs} ({args.format}): {took:.2f} s, "
              f"exit {done.returncode}, {written} files written (target ≤ 10 s for 100 at --jobs 2)")
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
