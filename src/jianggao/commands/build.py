"""`jianggao build BRIEF_OR_DIR… -o OUTDIR`: many briefs → many files, in processes, one bad brief never stops the rest."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..render import Resources

HELP = "批量生成：多份简报各出一个文件，最后汇总"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao build`."""
    from ..writers import FORMATS
    from ..writers.profiles import PROFILES
    from . import add_resource_options

    p.add_argument("inputs", nargs="+", metavar="简报或目录", help="简报文件，或装有简报的目录（可写多个）")
    p.add_argument("-o", "--output-dir", required=True, metavar="输出目录", help="讲话稿写到哪个目录")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="同时运行的进程数（默认 1；最多为本机处理器数，多给的按处理器数运行）")
    p.add_argument("--format", default="docx", choices=FORMATS, help="输出格式（默认 docx）")
    p.add_argument("--profile", default="speech", choices=tuple(PROFILES), help="版式（默认 speech）")
    p.add_argument("--reference-doc", metavar="模板.docx", help="改用这份 Word 文档里的样式")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    add_resource_options(p)

# Loaded once per process by _init_worker (DESIGN: load bank/templates once per worker), with the
# (templates, phrasebank) they came from: a forked worker inherits the parent's and loads nothing.
_RESOURCES: Resources | None = None
_LOADED_FROM: tuple[str | None, list[str] | None] | None = None
# A brief whose worker process died (a crash in a library): retried alone, then reported with this.
WORKER_CRASHED = "处理进程意外退出"


# What every brief of a batch is rendered with: (format, profile, reference doc, force) …
RenderOptions = tuple[str, str, str | None, bool]
# … and where the bank and templates come from: (--templates, --phrasebank).
ResourceSources = tuple[str | None, list[str] | None]


@dataclass(frozen=True)
class Job:
    """One brief to render and where its output goes."""

    brief: str
    target: str


@dataclass(frozen=True)
class Result:
    """How one brief went: ok, the output or the reason, and the body length in characters."""

    brief: str
    ok: bool
    message: str
    chars: int = 0


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given; folders expand to their *.yaml / *.yml, sorted. UsageError for a missing path."""
    from ..errors import UsageError

    found: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found.extend(sorted(x for x in p.iterdir() if x.suffix.lower() in (".yaml", ".yml") and x.is_file()))
        elif p.exists():
            found.append(p)
        else:
            raise UsageError("找不到简报文件或目录", file=raw, english="no such brief or folder")
    if not found:
        raise UsageError("没有找到任何简报（*.yaml / *.yml）", english="no briefs found")
    return found


def plan_jobs(briefs: list[Path], outdir: Path, fmt: str) -> list[Job]:
    """Output paths in ``outdir``; two briefs with the same name get -2, -3 …"""
    from ..fileio import safe_stem
    from ..render import default_output

    suffix = default_output(Path("x.yaml"), fmt).name[1:]   # ".docx", ".outline.txt" …
    jobs, taken = [], set()
    for b in briefs:
        stem, n = safe_stem(b.stem, "brief"), 1
        while True:
            # Built by concatenation: with_suffix() would cut a stem holding a dot (a.b → a), so two such
            # briefs would collide forever. Compared case-folded: Windows and macOS folders ignore case.
            name = (stem if n == 1 else f"{stem}-{n}") + suffix
            if name.casefold() not in taken:
                break
            n += 1
        taken.add(name.casefold())
        jobs.append(Job(str(b), str(outdir / name)))
    return jobs


def _init_worker(templates: str | None, phrasebank: list[str] | None, in_pool: bool = False) -> None:
    global _RESOURCES, _LOADED_FROM
    from ..render import load_resources

    if in_pool:
        # Ctrl-C reaches every process of the terminal's group; the parent alone decides (stop handing out
        # briefs, let the ones under way finish their atomic write), so a worker neither dies mid-brief
        # nor prints a traceback of its own.
        # SIGTERM and SIGHUP likewise (`kill` of the process group, a closed terminal): the parent stops
        # handing out briefs and removes what is unfinished; a worker killed mid-write would leave a .part.
        import signal
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_IGN)
    if _LOADED_FROM != (templates, phrasebank) or _RESOURCES is None:
        _RESOURCES = load_resources(templates, phrasebank)
        _LOADED_FROM = (templates, phrasebank)


def render_one(job: Job, fmt: str, profile: str, reference_doc: str | None, force: bool) -> Result:
    """Render one brief, catching everything: a bad brief becomes a failed Result, never an exception."""
    from ..briefs.load import load_brief
    from ..errors import JianggaoError
    from ..render import render_brief

    try:
        brief = load_brief(job.brief, plain=True)
        speech = render_brief(brief, job.target, fmt=fmt, profile=profile, reference_doc=reference_doc,
                              force=force, resources=_RESOURCES)
        return Result(job.brief, True, job.target, speech.body_length())
    except JianggaoError as exc:
        return Result(job.brief, False, str(exc))
    except Exception as exc:  # noqa: BLE001 — isolation: one brief's bug must not stop the batch
        return Result(job.brief, False, f"内部错误：{type(exc).__name__}: {exc}")


def _run_pool(jobs: list[Job], opts: RenderOptions, workers: int, init: ResourceSources,
              advance: Callable[[], None]) -> dict[str, Result]:
    """Run jobs in a process pool; briefs whose worker died are returned as BrokenProcessPool failures."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    results: dict[str, Result] = {}
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(*init, True)) as pool:
        futures = {pool.submit(render_one, job, *opts): job for job in jobs}
        try:
            for fut in as_completed(futures):
                job = futures[fut]
                try:
                    results[job.brief] = fut.result()
                except BrokenProcessPool:
                    results[job.brief] = Result(job.brief, False, WORKER_CRASHED)
                advance()
        except KeyboardInterrupt:
            # Without this the pool's exit waits for every queued brief: Ctrl-C would finish the batch.
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return results


def run_jobs(jobs: list[Job], opts: RenderOptions, workers: int, init: ResourceSources,
             advance: Callable[[], None]) -> list[Result]:
    """All jobs, in order. A crashed worker breaks the whole pool, so the briefs caught in the
    break are retried one per fresh process: the culprit fails alone, the rest finish."""
    if workers <= 1:
        _init_worker(*init)
        out: list[Result] = []
        for job in jobs:
            out.append(render_one(job, *opts))
            advance()
        return out
    results = _run_pool(jobs, opts, workers, init, advance)
    crashed = [j for j in jobs if not results[j.brief].ok and results[j.brief].message == WORKER_CRASHED]
    if len(crashed) > 1:
        for job in crashed:
            results.update(_run_pool([job], opts, 1, init, lambda: None))
    return [results[j.brief] for j in jobs]


def run(args: argparse.Namespace) -> int:
    """Render every brief; a progress bar on stderr, a result table at the end; 0 all ok, 1 any failed."""
    from ..errors import UsageError

    if args.jobs < 1:
        raise UsageError("--jobs 应为正整数", field="--jobs", english="--jobs must be at least 1")
    workers = min(args.jobs, max_jobs())
    if workers < args.jobs:
        print(f"jianggao: 提示：--jobs {args.jobs} 超过本机处理器数，按 {workers} 个进程运行", file=sys.stderr)
    outdir = Path(args.output_dir)
    if outdir.exists() and not outdir.is_dir():
        raise UsageError("输出目录是一个已存在的文件", file=str(outdir), english="output folder is a file")
    briefs = expand_inputs(args.inputs)
    _init_worker(args.templates, args.phrasebank)   # a broken bank or template set is a usage error, once
    if args.reference_doc and args.format == "docx":
        # Checked once here (zip caps, XML) and kept: the workers inherit it instead of each brief re-reading it.
        from ..writers.docx_writer import check_reference_doc
        check_reference_doc(args.reference_doc)
    check_output_dir(outdir)
    jobs = plan_jobs(briefs, outdir, args.format)
    opts: RenderOptions = (args.format, args.profile, args.reference_doc, args.force)
    init: ResourceSources = (args.templates, args.phrasebank)

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)
    with Progress(TextColumn("生成讲话稿"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task("build", total=len(jobs))
        results = run_jobs(jobs, opts, min(workers, len(jobs)), init, lambda: progress.advance(task))
    print_table(results)
    return 0 if all(r.ok for r in results) else 1


def max_jobs() -> int:
    """The most worker processes a build starts: one per processor this process may run on. Each worker
    holds the bank and templates (~100 MB); `--jobs 1000` once started a process per brief (15 GB)."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_output_dir(outdir: Path) -> None:
    """Create ``outdir`` and make sure a file can be written there, before any brief is rendered:
    an unwritable folder is one usage error (exit 2), not a hundred failed briefs."""
    import tempfile

    from ..errors import OutputError
    from ..fileio import os_error_text

    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=outdir):
            pass
    except OSError as exc:
        raise OutputError(f"无法写入输出目录：{os_error_text(exc)}", file=str(outdir), field="-o",
                          english="cannot write to the output folder") from exc


def shown(path: str) -> str:
    """A path as the user would type it: relative to the current folder when inside it, printable."""
    from ..fileio import printable

    try:
        return printable(str(Path(path).resolve().relative_to(Path.cwd().resolve())))
    except (ValueError, OSError):
        return printable(path)


def print_table(results: list[Result]) -> None:
    """The per-file result table: brief, ✓/✗, output or reason, characters."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..fileio import printable

    table = Table(title="生成结果")
    # fold, never "…": a brief's name cut short is the one thing the secretary needs to read here
    table.add_column("简报", overflow="fold")
    table.add_column("状态", justify="center")
    table.add_column("输出 / 原因", overflow="fold")
    table.add_column("字数", justify="right")
    for r in results:
        # Text, not str: a cell string is read as rich markup, and `[/]` in a brief's name or key crashed it
        table.add_row(Text(shown(r.brief)), "✓" if r.ok else "✗", Text(shown(r.message) if r.ok else printable(r.message)),
                      str(r.chars) if r.ok else "")
    ok = sum(r.ok for r in results)
    console = Console(file=sys.stdout, width=max(100, Console().width))
    console.print(table)
    console.print(f"共 {len(results)} 份：成功 {ok} 份，失败 {len(results) - ok} 份")
