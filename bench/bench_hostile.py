"""Benchmark (run by hand, or through `pytest -m hostile`): peak memory and time of `mine` and `render`
fed each hostile file kind of issue 10, full size, each in a fresh process.

    python bench/bench_hostile.py

Kinds: a 300 MB zip-bomb .docx (340 KB on disk), the same with a directory that claims 1 KB, a
"billion laughs" DTD in document.xml, a document.xml just under the XML cap packed with empty
paragraphs (the most elements a package that passes the caps can hold), a sparse 6 GB .txt, /dev/zero, a FIFO, 100 KB of `**甲 `
Markdown, 200 KB of unclosed HTML tags, 650 000 one-character lines. For `mine` the file sits in a corpus folder beside a real
speech; for `render` a .docx kind is the --reference-doc and a .txt kind is the brief itself.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile_files as hf  # noqa: E402

KINDS = ("zip-bomb-docx", "lying-zip-docx", "dtd-bomb-docx", "dense-xml-docx", "sparse-6gb-txt", "dev-zero-txt", "fifo-txt",
         "quadratic-md", "quadratic-html", "many-lines-txt")
# Past this a run counts as a hang (the real runs take a few seconds at most).
HANG_SECONDS = 120


def make_hostile(kind: str, folder: Path) -> Path:
    """The hostile file of ``kind`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "zip-bomb-docx":
        path = folder / "bomb.docx"
        path.write_bytes(hf.zip_bomb_docx(300))
    elif kind == "lying-zip-docx":
        path = folder / "lying.docx"
        path.write_bytes(hf.lying_zip_docx(300))
    elif kind == "dtd-bomb-docx":
        path = folder / "dtd.docx"
        path.write_bytes(hf.dtd_bomb_docx())
    elif kind == "dense-xml-docx":
        path = folder / "dense.docx"
        path.write_bytes(hf.dense_xml_docx())
    elif kind == "sparse-6gb-txt":
        path = hf.sparse(folder / "huge.txt")
    elif kind == "dev-zero-txt":
        path = hf.dev_zero(folder / "zero.txt")
    elif kind == "fifo-txt":
        path = hf.fifo(folder / "pipe.txt")
    elif kind == "many-lines-txt":
        path = folder / "lines.txt"
        path.write_text(hf.many_lines(), encoding="utf-8")
    elif kind == "quadratic-md":
        path = folder / "stars.md"
        path.write_text(hf.quadratic_markdown(), encoding="utf-8")
    elif kind == "quadratic-html":
        path = folder / "tags.html"
        path.write_text(hf.quadratic_html(), encoding="utf-8")
    else:
        raise ValueError(kind)
    return path


def measure(command: str, kind: str, tmp: Path) -> tuple[float, float, int, str]:
    """(peak RSS in MB, seconds, exit code, output) of one run of ``command`` fed ``kind``."""
    hostile = make_hostile(kind, tmp / "corpus")
    (tmp / "ok.yaml").write_text("year: 2025\nregion: 临江区\n", encoding="utf-8")
    if command == "mine":
        (tmp / "corpus" / "speech.txt").write_text(hf.speech_text(), encoding="utf-8")
        argv = ["mine", str(tmp / "corpus"), "-o", str(tmp / "bank")]
    elif kind.endswith("docx"):
        argv = ["render", str(tmp / "ok.yaml"), "-o", str(tmp / "out.docx"), "--reference-doc", str(hostile)]
    else:
        argv = ["render", str(hostile), "-o", str(tmp / "out.docx")]
    env = {**os.environ, "JIANGGAO_CACHE_DIR": ""}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([sys.executable, "-m", "jianggao", *argv], stdout=out, stderr=out, env=env)
        deadline = started + HANG_SECONDS
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                out.seek(0)
                return usage.ru_maxrss / 1024, time.perf_counter() - started, -9, "HUNG " + out.read().decode()
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return usage.ru_maxrss / 1024, seconds, proc.returncode, text


def main() -> None:
    print(f"{'command':<8} {'kind':<16} {'peak MB':>8} {'seconds':>8} {'exit':>5}")
    for command in ("mine", "render"):
        for kind in KINDS:
            if command == "render" and kind.startswith("quadratic"):
                continue
            with tempfile.TemporaryDirectory() as tmp:
                peak, seconds, code, text = measure(command, kind, Path(tmp))
            flag = "" if "Traceback" not in text and peak < 600 and code in (0, 1, 2) else "  ← FAIL"
            print(f"{command:<8} {kind:<16} {peak:>8.0f} {seconds:>8.2f} {code:>5}{flag}")


if __name__ == "__main__":
    main()
