"""`jianggao mine CORPUS… [-o DIR] [--clean-dir DIR]`: mine the corpus into the phrase bank, curation applied."""
from __future__ import annotations

HELP = "从真实讲话语料提炼词库"


def add_arguments(p) -> None:
    """The options of `jianggao mine`."""
    p.add_argument("corpus", nargs="+", metavar="语料路径", help="语料文件或目录（.txt .md .html .docx）")
    p.add_argument("-o", "--output-dir", default="phrasebank", metavar="目录", help="词库写到哪个目录（默认 phrasebank）")
    p.add_argument("--clean-dir", metavar="目录", help="同时把每篇文档清洗、切分后的文本写到这个目录，便于核对")
    p.add_argument("--curation", metavar="文件", help="整理决定文件（默认 词库目录/_curation.yaml）")


import sys
from pathlib import Path


def run(args) -> int:
    """Mine, write the bank (and the inspection texts), print a summary; 1 when some file failed."""
    from ..corpus.curate import load_curation
    from ..corpus.mine import mine_documents, write_bank
    from ..errors import UsageError
    from ..model.bank import CATEGORIES

    out_dir = Path(args.output_dir)
    curation_path = Path(args.curation) if args.curation else out_dir / "_curation.yaml"
    if args.curation and not curation_path.is_file():
        raise UsageError("整理决定文件不存在", file=str(curation_path), english="curation file not found")
    curation = load_curation(curation_path)
    clean_dir = Path(args.clean_dir) if args.clean_dir else None

    def progress(msg: str) -> None:
        print(f"  {msg}", file=sys.stderr, flush=True)

    print(f"挖掘语料：{'、'.join(args.corpus)}", file=sys.stderr)
    phrases, report = mine_documents([Path(p) for p in args.corpus], curation=curation, clean_dir=clean_dir,
                                     progress=progress)
    for err in report.failed:
        print(f"✗ {err}", file=sys.stderr)
    if not report.documents:
        print("没有可用的语料文档，词库未改动 (no usable corpus document; bank left untouched)", file=sys.stderr)
        return 1 if report.failed else 2
    for decision in report.stale_curation:
        print(f"⚠ 整理决定未匹配任何词条（措辞可能已变）：{decision}", file=sys.stderr)
    write_bank(phrases, out_dir)
    print(f"文档 {report.documents} 篇（失败 {len(report.failed)}），讲话 {report.speeches} 篇，句子 {report.sentences} 句，"
          f"词条 {len(phrases)} 条 → {out_dir}"
          + (f"（整理决定 {curation.size} 条）" if curation.size else ""))
    for cat, (label, _) in CATEGORIES.items():
        if report.per_category.get(cat):
            print(f"  {cat:<11} {report.per_category[cat]:>4}  {label}")  # label last: CJK width breaks padding
    if clean_dir is not None:
        print(f"清洗切分文本 → {clean_dir}")
    return 1 if report.failed else 0
