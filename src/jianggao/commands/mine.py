"""`jianggao mine CORPUS… [-o DIR] [--clean-dir DIR]`: mine the corpus into the phrase bank, curation applied."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..corpus.mine import MineReport

HELP = "从真实讲话语料提炼词库"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `jianggao mine`."""
    p.add_argument("corpus", nargs="+", metavar="语料路径", help="语料文件或目录（.txt .md .html .docx）")
    p.add_argument("-o", "--output-dir", default="phrasebank", metavar="目录", help="词库写到哪个目录（默认 phrasebank）")
    p.add_argument("--clean-dir", metavar="目录", help="同时把每篇文档清洗、切分后的文本写到这个目录，便于核对")
    p.add_argument("--curation", metavar="文件", help="整理决定文件（默认 词库目录/_curation.yaml）")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="并行进程数（默认每个 CPU 核一个）")


# The curation file is a few hundred decisions; far more is no curation file.
_MAX_CURATION_BYTES = 8 << 20


def run(args: argparse.Namespace) -> int:
    """Mine, write the bank (and the inspection texts), print a summary; 1 when some file failed."""
    from ..corpus.curate import load_curation
    from ..corpus.mine import mine_documents, write_bank
    from ..corpus.outfolders import check_bank_dir, check_clean_dir
    from ..errors import UsageError
    from ..fileio import check_regular
    from ..model.bank import CATEGORIES

    out_dir = Path(args.output_dir)
    corpus = [Path(p) for p in args.corpus]
    # Where we may write is decided before a single file is mined (or written): an empty folder or our own.
    check_bank_dir(out_dir)
    clean_dir = Path(args.clean_dir) if args.clean_dir else None
    if clean_dir is not None:
        check_clean_dir(clean_dir, corpus, out_dir)
    curation_path = Path(args.curation) if args.curation else out_dir / "_curation.yaml"
    if args.curation or curation_path.exists() or curation_path.is_symlink():
        if not curation_path.exists():
            raise UsageError("整理决定文件不存在", file=str(curation_path), english="curation file not found")
        check_regular(curation_path, _MAX_CURATION_BYTES, error=UsageError, what="整理决定文件")
    curation = load_curation(curation_path)

    def progress(msg: str) -> None:
        print(f"  {msg}", file=sys.stderr, flush=True)

    print(f"挖掘语料：{'、'.join(args.corpus)}", file=sys.stderr)
    phrases, report = mine_documents(corpus, curation=curation, clean_dir=clean_dir, progress=progress,
                                     jobs=getattr(args, "jobs", None))
    for err in report.failed:
        print(f"✗ {err}", file=sys.stderr)
    if not report.documents:
        print("没有可用的语料文档，词库未改动", file=sys.stderr)
        return 1 if report.failed else 2
    if not phrases:
        # Writing would leave an empty bank where the old one was (it once deleted every file of it).
        print(f"jianggao: {out_dir}: 没有挖掘出任何词条，词库未改动 (no entries mined; bank left untouched)",
              file=sys.stderr)
        return 1 if report.failed else 2
    for decision in report.stale_curation:
        print(f"⚠ 整理决定未匹配任何词条（措辞可能已变）：{decision}", file=sys.stderr)
    write_bank(phrases, out_dir)
    print(f"文档 {report.documents} 篇（失败 {len(report.failed)}），讲话 {report.speeches} 篇，句子 {report.sentences} 句，"
          f"词条 {len(phrases)} 条 → {out_dir}"
          + (f"（整理决定 {curation.size} 条）" if curation.size else ""))
    for cat, (label, _) in CATEGORIES.items():
        if report.per_category.get(cat):
            print(f"  {label.ljust(6, '　')}{report.per_category[cat]:>5}")  # padded with 全角空格: CJK width
    _per_document(report)
    if clean_dir is not None:
        print(f"清洗切分文本 → {clean_dir}")
    for name in report.no_speech:
        print(f"✗ {name}：没有找到讲话内容（可能只有网页杂项或目录），未产生词条", file=sys.stderr)
    return 1 if report.failed or report.no_speech else 0


def _per_document(report: MineReport) -> None:
    """One line per document: speeches, sentences, the rewording (伪原创) score; then the typo fixes."""
    from ..corpus.rewording import THRESHOLD

    print(f"逐篇（改写分＝伪原创特征词每千字加权数，≥{THRESHOLD:g} 视为改写稿）：")
    for doc in report.per_document:
        mark = "  改写稿：含改写痕迹的句子不入库，其余标 reworded" if doc.reworded else ""
        print(f"  {doc.name}  讲话 {doc.speeches} 篇  句子 {doc.sentences} 句  改写分 {doc.reworded_score:g}{mark}")
    if report.corrections:
        fixes = "，".join(f"{fix} ×{n}" for fix, n in sorted(report.corrections.items()))
        print(f"错别字更正 {sum(report.corrections.values())} 处：{fixes}")
    if report.particular:
        print(f"含具体地名、人名、单位名的候选句 {report.particular} 条未入库")
