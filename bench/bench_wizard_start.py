"""How long `jianggao new` takes to show its first prompt (issue 4 bar: ≤ 0.5 s), measured in a pty."""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

FIRST_PROMPT = "讲话类型"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (Linux /proc), which other load on the machine does not inflate."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_prompt_seconds(command: list[str], folder: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from spawning ``command`` to the first prompt's text on the terminal."""
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1"}
    start = time.perf_counter()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30, dimensions=(40, 120),
                          cwd=folder, env=env)
    try:
        child.expect(FIRST_PROMPT)
        wall = time.perf_counter() - start
        return wall, _cpu_seconds(child.pid)
    finally:
        child.terminate(force=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=10, help="runs per command")
    parser.add_argument("--from-brief", metavar="BRIEF", help="also time `jianggao new --from BRIEF`")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench_wizard_")
    commands = {"python -m jianggao new": [sys.executable, "-m", "jianggao", "new", "-o", folder]}
    script = shutil.which("jianggao")
    if script:
        commands["jianggao new"] = [script, "new", "-o", folder]
    if args.from_brief:
        commands["jianggao new --from"] = [script or sys.executable, *([] if script else ["-m", "jianggao"]),
                                           "new", "-o", folder, "--from", str(Path(args.from_brief).resolve())]
    commands["python -c pass (interpreter floor)"] = None
    for name, command in commands.items():
        cpu: list[float] = []
        if command is None:
            t = []
            for _ in range(args.n):
                s = time.perf_counter()
                pexpect.run(f"{sys.executable} -c pass")
                t.append(time.perf_counter() - s)
        else:
            first_prompt_seconds(command, folder)  # warm the OS file cache once
            runs = [first_prompt_seconds(command, folder) for _ in range(args.n)]
            t, cpu = [r[0] for r in runs], [r[1] for r in runs]
        line = f"{name:36s} wall min {min(t):.3f}s median {statistics.median(t):.3f}s max {max(t):.3f}s"
        if cpu:
            line += f" | CPU median {statistics.median(cpu):.3f}s"
        print(f"{line}  (n={args.n})")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall times grow with it; CPU times do not)")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
