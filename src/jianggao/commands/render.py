"""`jianggao render BRIEF.yaml`: one brief → one speech file (docx, md, txt or outline)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.brief import Brief
    from ..model.speech import Speech

HELP = "一份简报生成一个文件（docx、md、txt 或提纲）"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao render`."""
    from ..writers import FORMATS
    from ..writers.profiles import PROFILES
    from . import add_resource_options

    p.add_argument("brief", metavar="简报.yaml", help="要生成讲话稿的简报文件")
    p.add_argument("-o", "--output", metavar="输出文件", help="输出文件（默认与简报同名，扩展名按格式）")
    p.add_argument("--format", default=None, choices=FORMATS, help="输出格式（默认按输出文件的扩展名，否则 docx）")
    p.add_argument("--profile", default="speech", choices=tuple(PROFILES), help="版式：speech 大字便于宣读（默认），gbt9704 严格按公文国标")
    p.add_argument("--reference-doc", metavar="模板.docx", help="改用这份 Word 文档里的样式")
    p.add_argument("--seed", type=int, metavar="N", help="随机种子（覆盖简报中的 seed），换一个数得到另一种措辞")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    add_resource_options(p)


def run(args: argparse.Namespace) -> int:
    """Load the brief, print its warnings on stderr, compose and write atomically; 0 on success."""
    from ..briefs.load import brief_warnings, load_brief
    from ..errors import UsageError
    from ..render import default_output, output_format, render_brief

    if args.seed is not None and not 0 <= args.seed <= 2**32 - 1:  # the range a brief's seed: accepts
        raise UsageError("--seed 应为 0 到 4294967295 之间的整数", field="--seed",
                         english="--seed must be between 0 and 2**32-1")
    brief_path = Path(args.brief)
    target = Path(args.output) if args.output else None
    fmt = output_format(target, args.format)
    if target is None:
        target = default_output(brief_path, fmt)
    if target.is_dir():
        raise UsageError("-o 应为文件路径而不是目录", file=str(target), field="-o",
                         english="-o must name a file, not a folder")
    brief = load_brief(brief_path, plain=True)
    if args.reference_doc and fmt == "docx":
        # checked (sizes, XML) before the speech is composed; the writer reuses the checked copy
        from ..writers.docx_writer import check_reference_doc
        check_reference_doc(args.reference_doc)
    for warning in brief_warnings(brief):
        print(f"jianggao: 提示：{warning}", file=sys.stderr)
    speech = render_brief(brief, target, fmt=fmt, profile=args.profile, reference_doc=args.reference_doc,
                          seed=args.seed, force=args.force, templates=args.templates,
                          phrasebank=args.phrasebank)
    from ..fileio import printable

    length, wanted = speech.body_length(), brief.target_length
    print(printable(f"已生成 {target}（正文 {length} 字，目标约 {wanted} 字）"), file=sys.stderr)
    if length < wanted * 0.85:
        # A thin brief gives a shorter, honest speech: say which data would lengthen it (never padded).
        more = next((x for x in speech.plan if x.startswith("可补充以加长：")), "")
        print(f"篇幅不足目标：{more.removeprefix('可补充以加长：') or '简报的数据已全部用上，可为各领域补充指标、亮点和举措'}"
              f"——讲稿不会编造成绩。", file=sys.stderr)
    report_self_check(speech, brief)
    return 0


def report_self_check(speech: Speech, brief: Brief, limit: int = 5) -> None:
    """Lint the composed draft for its own date and level (issue 12: a rendered draft lints clean) and say so;
    a finding is a warning for the secretary to look at, not a failure."""
    from ..lint import self_check

    found = self_check(speech, brief.speech_date, brief.region.level or "区")
    if not found:
        print("自检：未发现提法、层级、数字或重复方面的问题", file=sys.stderr)
        return
    print(f"自检：发现 {len(found)} 处需要核对（jianggao lint 可列出全部）：", file=sys.stderr)
    for f in found[:limit]:
        hint = f"，建议改为“{f.suggestion}”" if f.suggestion else ""
        brief_message = f.message.split("（", 1)[0]  # the reason in brackets is in `jianggao lint`
        print(f"  第{f.paragraph}段“{f.term}”：{brief_message}{hint}", file=sys.stderr)
