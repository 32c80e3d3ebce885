"""Issue 10: what is fed to `mine`, `--reference-doc`, `new`, the cache or a signal never destroys a file,
runs code, exhausts memory or hangs — each row through the real CLI.

A row names the command (``{tmp}`` stands for the test folder), a ``setup`` that makes its files there,
the exit code and message fragments. Every row checks: no traceback, no ``.part`` file, and every file
that existed before byte-identical afterwards (``changes`` lists the named outputs a row may replace).
``absent`` fragments must not be printed (a private file's content). Rows that succeed name what they
``wrote``. Memory and time for the same hostile files are measured by the ``hostile`` marker below and
by bench/bench_hostile.py, never asserted in the default run.
"""
from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import hostile_files as hf
import pytest

from jianggao.cli import main

OK = "year: 2025\nregion: 临江区\n"
REPO = Path(__file__).resolve().parent.parent


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root`` (symlinks not followed): kind and content hash (size + mtime when huge)."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            st = path.lstat()
            rel = str(path.relative_to(root))
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir",)
            elif stat.S_ISREG(st.st_mode):
                if st.st_size > 64 << 20:     # the sparse giant: never read it whole
                    out[rel] = ("big", st.st_size, st.st_mtime_ns)
                else:
                    out[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
            else:
                out[rel] = ("special", stat.S_IFMT(st.st_mode))
    return out


def write(tmp: Path, rel: str, content: str | bytes) -> Path:
    path = tmp / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def files(*pairs: tuple[str, str | bytes]) -> Callable[[Path], None]:
    """A setup writing ``(relative path, content)`` pairs; a brief ok.yaml is always there."""
    def setup(tmp: Path) -> None:
        write(tmp, "ok.yaml", OK)
        for rel, content in pairs:
            write(tmp, rel, content)
    return setup


def also(first: Callable[[Path], None], then: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(tmp: Path) -> None:
        first(tmp)
        then(tmp)
    return setup


def make(rel: str, maker: Callable[[Path], Path]) -> Callable[[Path], None]:
    """A setup running a hostile_files maker (fifo, dev_zero, sparse) at ``rel``."""
    def setup(tmp: Path) -> None:
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        maker(tmp / rel)
    return setup


SPEECH = hf.speech_text()
CORPUS = files(("corpus/speech.txt", SPEECH))
_BOMB: dict[str, bytes] = {}


def bomb(kind: str) -> bytes:
    """Hostile .docx bytes, built once per test run (a 40 MB bomb is past every cap and quick to make)."""
    if kind not in _BOMB:
        _BOMB[kind] = {"zip": lambda: hf.zip_bomb_docx(40), "lying": lambda: hf.lying_zip_docx(40),
                       "dtd": hf.dtd_bomb_docx, "badxml": hf.bad_xml_docx, "notzip": lambda: b"not a zip at all"}[kind]()
    return _BOMB[kind]


def bomb_at(rel: str, kind: str) -> Callable[[Path], None]:
    def setup(tmp: Path) -> None:
        write(tmp, rel, bomb(kind))
    return setup


def marked_bank(tmp: Path) -> None:
    """A bank folder mine wrote before (with its marker), plus a file of the user's it must never touch."""
    CORPUS(tmp)
    assert main(["mine", str(tmp / "corpus"), "-o", str(tmp / "bank")]) == 0


def user_samples(tmp: Path) -> None:
    """A folder of the user's briefs whose names are phrase categories (mine -o once deleted them)."""
    CORPUS(tmp)
    write(tmp, "samples/address.yaml", OK)
    write(tmp, "samples/pledge.yaml", OK)


def bank_with_foreign_category(tmp: Path) -> None:
    """Our bank, where task.yaml is the user's own (the marker does not list it)."""
    marked_bank(tmp)
    marker = tmp / "bank" / ".jianggao-bank"
    marker.write_text("".join(line for line in marker.read_text(encoding="utf-8").splitlines(keepends=True)
                              if line.strip() != "task.yaml"), encoding="utf-8")
    (tmp / "bank" / "task.yaml").write_text("# 我自己写的，不是 mine 写的\n[]\n", encoding="utf-8")


def private_symlink(tmp: Path) -> None:
    write(tmp, "ok.yaml", OK)
    write(tmp, "secret.env", "DB_PASSWORD: hunter2-very-secret\nAPI_TOKEN: s3cr3t\n")
    (tmp / "brief.yaml").symlink_to(tmp / "secret.env")


def invalid_utf8_name(tmp: Path) -> None:
    CORPUS(tmp)
    os.rename(tmp / "corpus" / "speech.txt", os.path.join(os.fsencode(tmp / "corpus"), b"\xff\xfe\xb2\xe2.txt"))


@dataclass(frozen=True)
class Case:
    """One hostile input and what the user must see."""

    id: str
    argv: tuple[str, ...]
    code: int
    expect: tuple[str, ...] = ()
    setup: Callable[[Path], None] = files()
    absent: tuple[str, ...] = ()            # never printed
    wrote: tuple[str, ...] = ()             # outputs a successful row must have written
    changes: tuple[str, ...] = ()           # pre-existing paths a row may change (named outputs, --force)
    check: Callable[[Path], None] | None = None   # any further check on the folder afterwards
    marks: tuple = field(default=())


def _distinct_clean_names(tmp: Path) -> None:
    names = sorted(p.relative_to(tmp / "clean").as_posix() for p in (tmp / "clean").rglob("*.txt"))
    plain = ["a/speech.txt.txt", "b/speech.txt.txt", "report.docx.txt", "report.html.txt"]
    assert names == plain + [f"segmented/{n}" for n in plain], names


def _sources_cite_relative_paths(tmp: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp / "bank").glob("*.yaml"))
    assert "doc: a/speech.txt" in text and "doc: b/speech.txt" in text


def _bank_reads_back(tmp: Path) -> None:
    from jianggao.model.bank import load_bank

    bank = load_bank(tmp / "bank")
    docs = {s.doc for p in bank for s in p.sources}
    assert docs == {"\\xff\\xfe\\xb2\\xe2.txt"}, docs


def _no_bidi_in_output(tmp: Path) -> None:
    text = (tmp / "out.txt").read_text(encoding="utf-8")
    assert "\u202e" not in text and "\U000e0041" not in text and "健康临江" in text


_TWO_FOLDERS = files(("corpus/a/speech.txt", SPEECH), ("corpus/b/speech.txt", SPEECH.replace("临水", "临山")),
                     ("corpus/report.docx", hf.small_docx(SPEECH.splitlines())),
                     ("corpus/report.html", "<html><body>" + "".join(f"<p>{x}</p>" for x in SPEECH.splitlines())
                      + "</body></html>"))

CASES = [
    # --- mine: only write what we own
    Case("mine-clean-dir-is-the-corpus", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir", "{tmp}/corpus"), 2,
         ("--clean-dir", "不能是语料目录"), CORPUS),
    Case("mine-clean-dir-inside-the-corpus", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir",
                                              "{tmp}/corpus/clean"), 2, ("--clean-dir", "语料目录之内"), CORPUS),
    Case("mine-clean-dir-holds-the-corpus", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir", "{tmp}"), 2,
         ("--clean-dir", "包含语料"), CORPUS),
    Case("mine-clean-dir-holds-a-corpus-file", ("mine", "{tmp}/corpus/speech.txt", "-o", "{tmp}/bank", "--clean-dir",
                                                "{tmp}/corpus"), 2, ("--clean-dir",), CORPUS),
    Case("mine-clean-dir-via-symlink", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir", "{tmp}/link"), 2,
         ("--clean-dir",), also(CORPUS, lambda t: (t / "link").symlink_to(t / "corpus"))),
    Case("mine-clean-dir-is-the-bank", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir", "{tmp}/bank"), 2,
         ("--clean-dir", "-o"), CORPUS),
    Case("mine-clean-dir-not-ours", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir", "{tmp}/mine"), 2,
         ("--clean-dir", ".jianggao-clean"), also(CORPUS, files(("mine/notes.txt", "我的笔记")))),
    Case("mine-into-user-samples", ("mine", "{tmp}/corpus", "-o", "{tmp}/samples"), 2,
         ("samples", "不是空的", ".jianggao-bank"), user_samples),
    Case("mine-into-a-file", ("mine", "{tmp}/corpus", "-o", "{tmp}/ok.yaml"), 2, ("ok.yaml", "不是文件夹"), CORPUS),
    Case("mine-bank-with-a-foreign-category-file", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 2,
         ("task.yaml", "不是 jianggao mine 写的"), bank_with_foreign_category),
    Case("mine-nothing-into-an-existing-bank", ("mine", "{tmp}/junk.txt", "-o", "{tmp}/bank"), 2, ("词库未改动",),
         also(marked_bank, files(("junk.txt", "随便写几个字。\n")))),
    Case("mine-again-into-its-own-bank", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 0, ("词条",), marked_bank,
         changes=("bank",)),
    Case("mine-clean-names-keep-path-and-extension", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--clean-dir",
                                                      "{tmp}/clean"), 0, ("清洗切分文本",), _TWO_FOLDERS,
         check=lambda t: (_distinct_clean_names(t), _sources_cite_relative_paths(t))),
    Case("mine-jobs-1000", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--jobs", "1000"), 0, ("词条",), _TWO_FOLDERS,
         check=_sources_cite_relative_paths),
    Case("mine-invalid-utf8-file-name", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 0, ("词条",), invalid_utf8_name,
         check=_bank_reads_back),
    # --- mine: bounded reads (each bad file is reported by name and skipped: a batch, exit 1)
    Case("mine-fifo", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("x.txt", "不是普通文件"),
         also(CORPUS, make("corpus/x.txt", hf.fifo))),
    Case("mine-fifo-named-explicitly", ("mine", "{tmp}/p.txt", "{tmp}/corpus", "-o", "{tmp}/bank"), 1,
         ("p.txt", "不是普通文件"), also(CORPUS, make("p.txt", hf.fifo))),
    Case("mine-dev-zero", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("zero.txt", "不是普通文件"),
         also(CORPUS, make("corpus/zero.txt", hf.dev_zero))),
    Case("mine-dev-zero-docx", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("zero.docx", "不是普通文件"),
         also(CORPUS, make("corpus/zero.docx", hf.dev_zero))),
    Case("mine-sparse-6gb", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("huge.txt", "文件太大", "6.0 GB"),
         also(CORPUS, make("corpus/huge.txt", hf.sparse))),
    Case("mine-zip-bomb", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("bomb.docx", "压缩炸弹"),
         also(CORPUS, bomb_at("corpus/bomb.docx", "zip"))),
    Case("mine-lying-zip", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("lying.docx", "已跳过"),
         also(CORPUS, bomb_at("corpus/lying.docx", "lying"))),
    Case("mine-dtd-bomb", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("dtd.docx", "DTD"),
         also(CORPUS, bomb_at("corpus/dtd.docx", "dtd"))),
    Case("mine-bad-xml", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("bad.docx", "不是有效的 Word 文件"),
         also(CORPUS, bomb_at("corpus/bad.docx", "badxml"))),
    Case("mine-many-lines", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("lines.txt", "行数太多"),
         also(CORPUS, files(("corpus/lines.txt", hf.many_lines())))),
    Case("mine-dense-xml-docx", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("dense.docx", "标记"),
         also(CORPUS, files(("corpus/dense.docx", hf.dense_xml_docx(90_000))))),
    Case("mine-quadratic-markdown", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("stars.md", "词条"),
         also(CORPUS, files(("corpus/stars.md", hf.quadratic_markdown())))),
    Case("mine-quadratic-html", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank"), 1, ("tags.html", "词条"),
         also(CORPUS, files(("corpus/tags.html", hf.quadratic_html())))),
    Case("mine-curation-fifo", ("mine", "{tmp}/corpus", "-o", "{tmp}/bank", "--curation", "{tmp}/cur.yaml"), 2,
         ("cur.yaml", "不是普通文件"), also(CORPUS, make("cur.yaml", hf.fifo))),
    # --- render --reference-doc
    *[Case(f"render-reference-{kind}", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/out.docx", "--reference-doc",
                                        "{tmp}/ref.docx"), 2, ("ref.docx", "--reference-doc", words),
           also(files(), bomb_at("ref.docx", kind)))
      for kind, words in (("zip", "压缩炸弹"), ("lying", "不是有效的 Word 文件"), ("dtd", "DTD"),
                          ("badxml", "不是有效的 Word 文件"), ("notzip", "不是有效的 Word 文件"))],
    *[Case(f"render-reference-{name}", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/out.docx", "--reference-doc",
                                        "{tmp}/ref.docx"), 2, ("ref.docx", words), also(files(), make("ref.docx", maker)))
      for name, maker, words in (("fifo", hf.fifo, "不是普通文件"), ("dev-zero", hf.dev_zero, "不是普通文件"),
                                 ("sparse-6gb", hf.sparse, "文件太大"))],
    # --- render: outputs and what prints
    Case("render-no-overwrite", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/out.txt"), 2, ("out.txt", "--force"),
         files(("out.txt", "我的旧稿"))),
    Case("render-overwrite-with-force", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/out.txt", "--force"), 0, ("已生成",),
         files(("out.txt", "我的旧稿")), changes=("out.txt",)),
    Case("render-255-byte-name", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/" + "稿" * 83 + ".md"), 0, ("已生成",),
         wrote=("稿" * 83 + ".md",)),
    Case("render-name-too-long", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/" + "稿" * 90 + ".md"), 2,
         ("文件名太长",)),
    Case("render-not-a-directory", ("render", "{tmp}/ok.yaml", "-o", "{tmp}/ok.yaml/out.md"), 2,
         ("不是文件夹",)),
    Case("render-brief-fifo", ("render", "{tmp}/p.yaml", "-o", "{tmp}/out.md"), 2, ("p.yaml", "不是普通文件"),
         also(files(), make("p.yaml", hf.fifo))),
    Case("render-brief-dev-zero", ("render", "{tmp}/z.yaml", "-o", "{tmp}/out.md"), 2, ("z.yaml", "不是普通文件"),
         also(files(), make("z.yaml", hf.dev_zero))),
    Case("render-brief-sparse", ("render", "{tmp}/s.yaml", "-o", "{tmp}/out.md"), 2, ("s.yaml", "文件太大"),
         also(files(), make("s.yaml", hf.sparse))),
    Case("render-bidi-removed", ("render", "{tmp}/b.yaml", "-o", "{tmp}/out.txt"), 0, ("删除了不可见的控制字符", "U+202E"),
         files(("b.yaml", OK + "closing: 为建设健康\u202e临江作出新的更大贡献\U000e0041\n")), check=_no_bidi_in_output),
    *[Case(f"render-residue-{i}", ("render", "{tmp}/r.yaml", "-o", "{tmp}/out.txt"), 2,
           ("r.yaml:4: 讲话人·职务: ", "模板占位内容"), files(("r.yaml", OK + f"speaker:\n  title: {typed}\n")))
      for i, typed in enumerate(("某某县副县长", "20xx年新任局长", "XX局局长", "'{region}局长'", "【职务】", "＿＿＿"))],
    Case("check-residue", ("check", "{tmp}/r.yaml"), 2, ("r.yaml:2: 地区·名称: ", "某某"),
         files(("r.yaml", "year: 2025\nregion: 某某区\n"))),
    Case("check-private-symlink", ("check", "{tmp}/brief.yaml"), 2, ("brief.yaml", "这不是一份简报"), private_symlink,
         absent=("hunter2", "s3cr3t", "PASSWORD", "password", "TOKEN", "token")),
    Case("check-rich-markup-key", ("check", "{tmp}/m.yaml"), 2, ("m.yaml:3: ", "[/]"),
         files(("m.yaml", OK + "'[/]': 1\n"))),
    # --- build
    Case("build-jobs-1000", ("build", "{tmp}/briefs", "-o", "{tmp}/out", "--jobs", "1000", "--format", "md"), 0,
         ("超过本机处理器数", "成功 2 份"), files(("briefs/a.yaml", OK), ("briefs/b.yaml", OK))),
    Case("build-reference-zip-bomb", ("build", "{tmp}/briefs", "-o", "{tmp}/out", "--reference-doc", "{tmp}/ref.docx"),
         2, ("ref.docx", "压缩炸弹"), also(files(("briefs/a.yaml", OK), ("briefs/b.yaml", OK)), bomb_at("ref.docx", "zip"))),
    Case("build-rich-markup-in-names", ("build", "{tmp}/briefs", "-o", "{tmp}/out", "--format", "md"), 1,
         ("[/]", "[bold]a[red]", "成功 1 份"), files(("briefs/[bold]a[red].yaml", OK), ("briefs/b.yaml", OK + "'[/]': 1\n"))),
    # --- new
    Case("new-answers-fifo", ("new", "--answers", "{tmp}/p.yaml", "-o", "{tmp}/out"), 2, ("p.yaml", "不是普通文件"),
         also(files(), make("p.yaml", hf.fifo))),
    Case("new-answers-dev-zero", ("new", "--answers", "{tmp}/z.yaml", "-o", "{tmp}/out"), 2, ("z.yaml", "不是普通文件"),
         also(files(), make("z.yaml", hf.dev_zero))),
    Case("new-answers-residue", ("new", "--answers", "{tmp}/r.yaml", "-o", "{tmp}/out"), 2, ("r.yaml:2: ", "某某"),
         files(("r.yaml", "year: 2025\nregion: 某某区\n"))),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(tmp_path: Path, case: Case, capsys: pytest.CaptureFixture, monkeypatch) -> None:
    monkeypatch.setenv("JIANGGAO_CACHE_DIR", str(tmp_path / ".cache"))
    # build's table folds a long path at the terminal's width, and where it folds hung on the length of pytest's
    # numbered temporary folder: a terminal wide enough for any of them keeps a name on one line
    monkeypatch.setenv("COLUMNS", "400")
    case.setup(tmp_path)
    before = snapshot(tmp_path)
    capsys.readouterr()
    argv = [a.format(tmp=tmp_path) for a in case.argv]
    code = main(argv)
    out = capsys.readouterr()
    text = out.out + out.err

    assert code == case.code, text
    for fragment in case.expect:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    for fragment in case.absent:
        assert fragment not in text, f"{fragment!r} was printed: {text!r}"
    assert "Traceback" not in text
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".part", ".tmp"))], "a temporary file was left"
    after = snapshot(tmp_path)
    changed = [rel for rel, entry in before.items() if after.get(rel) != entry
               and not any(rel == c or rel.startswith(c + "/") for c in case.changes) and not rel.startswith(".cache")]
    assert not changed, f"files that existed before were changed or removed: {changed}"
    for rel in case.wrote:
        assert (tmp_path / rel).is_file()
    if case.check:
        case.check(tmp_path)


def test_from_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    """`new --from` (needs a terminal, so driven below the prompt): a FIFO, /dev/zero or a laughing draft
    is one BriefError naming it, never a hang or MemoryError."""
    from jianggao.commands.new import _start_answers
    from jianggao.errors import BriefError

    hf.fifo(tmp_path / "p.draft.yaml")
    hf.dev_zero(tmp_path / "z.draft.yaml")
    hf.sparse(tmp_path / "s.draft.yaml")
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    write(tmp_path, "l.draft.yaml", "\n".join(lines) + "\nyear: 2025\n")
    for name in ("p.draft.yaml", "z.draft.yaml", "s.draft.yaml", "l.draft.yaml"):
        with pytest.raises(BriefError) as caught:
            _start_answers(tmp_path / name)
        assert name in str(caught.value)


def test_phrases_with_rich_markup_print_as_typed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from jianggao.corpus.outfolders import write_bank_files
    from jianggao.model.bank import Phrase, Source, dump_phrases

    phrase = Phrase("task.item.001", "要推进[/]分级[bold]诊疗[/bold]建设。", "task", "item", ("general",), (),
                    (Source("[/]a.txt", 1),), 1, "ytjf")
    write_bank_files({"task.yaml": dump_phrases([phrase])}, tmp_path / "bank")
    assert main(["phrases", "list", "--phrasebank", str(tmp_path / "bank")]) == 0
    assert main(["phrases", "show", "task.item.001", "--phrasebank", str(tmp_path / "bank")]) == 0
    text = capsys.readouterr().out
    assert "[bold]诊疗[/bold]" in text and "[/]a.txt" in text


def test_disk_full_is_one_message_and_nothing_half_written(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """On a full file system (a small tmpfs; needs root) every writer says so in one line and leaves nothing."""
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(full)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (not root)")
    try:
        write(tmp_path, "ok.yaml", OK)
        write(tmp_path, "corpus/speech.txt", SPEECH)
        for argv in (["render", str(tmp_path / "ok.yaml"), "-o", str(full / "a.docx")],
                     ["render", str(tmp_path / "ok.yaml"), "-o", str(full / "a.md")],
                     ["render", str(tmp_path / "ok.yaml"), "-o", str(full / "a.txt"), "--format", "txt"],
                     ["export", "--format", "csv", "-o", str(full / "x.csv")],
                     ["new", "--answers", str(tmp_path / "ok.yaml"), "-o", str(full / "new")],
                     ["mine", str(tmp_path / "corpus"), "-o", str(full / "bank")]):
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert "磁盘空间已满" in err and "Traceback" not in err, err
        assert main(["build", str(tmp_path / "ok.yaml"), "-o", str(full / "batch"), "--format", "md"]) == 1
        out = capsys.readouterr()
        assert "磁盘空间已满" in out.out + out.err and "Traceback" not in out.out + out.err
        leftovers = [p.name for p in full.rglob("*") if p.is_file() and p.name not in (".jianggao-bank",)]
        assert not [n for n in leftovers if n.endswith((".part", ".docx", ".md", ".txt", ".csv", ".yaml"))], leftovers
    finally:
        subprocess.run(["umount", str(full)], capture_output=True)


def _briefs(folder: Path, n: int) -> None:
    for i in range(n):
        write(folder, f"b{i:03d}.yaml", OK + f"seed: {i}\n")


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_stops_build_cleanly(tmp_path: Path, signame: str) -> None:
    """SIGTERM and SIGHUP stop a build like Ctrl-C: workers stop, no .part is left, exit 143, no traceback."""
    _briefs(tmp_path / "briefs", 60)
    out = tmp_path / "out"
    env = {**os.environ, "JIANGGAO_CACHE_DIR": str(tmp_path / ".cache")}
    proc = subprocess.Popen([sys.executable, "-m", "jianggao", "build", str(tmp_path / "briefs"), "-o", str(out),
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.is_dir() and list(out.glob("*.docx"))):
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.send_signal(getattr(signal, signame))
    stdout, stderr = proc.communicate(timeout=120)
    text = (stdout + stderr).decode("utf-8", "replace")
    assert proc.returncode == 143, text   # 0 would mean all 60 briefs were done before the signal arrived
    assert "Traceback" not in text and "已停止" in text
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]
    assert len(list(out.glob("*.docx"))) < 60


# ------------------------------------------------------------------ memory and time (pytest -m hostile)

_MEASURED = [
    ("mine", "zip-bomb-docx"), ("mine", "lying-zip-docx"), ("mine", "dtd-bomb-docx"), ("mine", "sparse-6gb-txt"),
    ("mine", "dev-zero-txt"), ("mine", "fifo-txt"), ("mine", "quadratic-md"), ("mine", "quadratic-html"),
    ("mine", "dense-xml-docx"), ("mine", "many-lines-txt"), ("render", "dense-xml-docx"),
    ("render", "zip-bomb-docx"), ("render", "lying-zip-docx"), ("render", "dtd-bomb-docx"), ("render", "sparse-6gb-txt"),
    ("render", "dev-zero-txt"), ("render", "fifo-txt"),
]


@pytest.mark.hostile
@pytest.mark.parametrize("command, kind", _MEASURED, ids=[f"{c}-{k}" for c, k in _MEASURED])
def test_hostile_files_stay_within_memory_and_finish(tmp_path: Path, command: str, kind: str) -> None:
    """Peak memory under 600 MB for each hostile file, full size (bench/bench_hostile.py prints the numbers);
    a generous timeout stands for "nothing hangs", it is not a speed check."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_hostile import measure

    peak_mb, seconds, code, text = measure(command, kind, tmp_path)
    assert "Traceback" not in text
    assert code in (0, 1, 2), text   # -9: killed as hung
    assert peak_mb < 600, f"{command} {kind}: {peak_mb:.0f} MB"


def test_a_signal_during_the_wizard_keeps_a_draft_without_asking(tmp_path: Path, monkeypatch) -> None:
    """SIGTERM/SIGHUP mid-wizard: no prompt waits for an answer nobody will give; the answers so far are
    kept as a draft (a new file) and the run stops (Stopped reaches the CLI, which exits 143)."""
    from jianggao.errors import Stopped
    from jianggao.wizard.flow import interactive

    class Prompter:
        def __getattr__(self, name):
            raise AssertionError(f"prompted ({name}) after the signal")

    class Wizard:
        answers = {"year": 2025}
        chinese_keys = True

        def run(self):
            raise Stopped(signal.SIGTERM)

    monkeypatch.setattr("jianggao.wizard.flow.Wizard", lambda *a, **k: Wizard())
    with pytest.raises(Stopped):
        interactive(Prompter(), tmp_path)
    assert [p.name for p in tmp_path.glob("*.draft.yaml")]
