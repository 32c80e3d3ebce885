"""Loading corpus files: formats, encodings, folders, and bad files reported by name instead of raised."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.corpus import RawDocument, iter_documents
from jianggao.errors import CorpusError

SPEECH = ["同志们：", "今天召开全县卫生健康工作会议。", "下面，我讲三点意见。"]


def load_all(*paths: Path) -> list[RawDocument | CorpusError]:
    return list(iter_documents(paths))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_text_in_each_encoding_reads_back(tmp_path, encoding):
    path = tmp_path / "speech.txt"
    path.write_bytes("\n".join(SPEECH).encode(encoding))
    [doc] = load_all(path)
    assert isinstance(doc, RawDocument)
    assert doc.lines == SPEECH
    assert doc.name == "speech.txt"
    assert doc.path == path


def test_gb18030_file_is_not_mistaken_for_utf8(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("卫生计生工作会议讲话，同志们：".encode("gb18030"))
    [doc] = load_all(path)
    assert doc.lines == ["卫生计生工作会议讲话，同志们："]


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "为空"),
        ("blank.txt", b"  \n\n \t\n", "为空"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "二进制"),
        ("nul.md", b"abc\x00def" * 10, "二进制"),
        ("broken.docx", b"this is not a zip archive", ".docx"),
        ("latin.txt", bytes([0x81, 0x30, 0xFF, 0xFE, 0x81]) * 3, "编码"),
    ],
)
def test_bad_file_is_reported_by_name_and_the_run_goes_on(tmp_path, name, data, words):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "zz_good.txt"
    good.write_text("\n".join(SPEECH), encoding="utf-8")
    results = load_all(tmp_path)
    assert len(results) == 2
    error, doc = results
    assert isinstance(error, CorpusError)
    assert error.file == str(bad)
    assert name in str(error) and words in str(error)
    assert isinstance(doc, RawDocument) and doc.lines == SPEECH


def test_missing_file_is_reported_not_raised(tmp_path):
    [error] = load_all(tmp_path / "nowhere.txt")
    assert isinstance(error, CorpusError)
    assert "nowhere.txt" in str(error)


def test_docx_gives_one_line_per_paragraph(tmp_path):
    import docx

    document = docx.Document()
    for text in SPEECH:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "表格里的文字。"
    path = tmp_path / "archive" / "2023讲话.docx"
    path.parent.mkdir()
    document.save(path)
    [doc] = load_all(tmp_path)
    assert doc.name == "archive/2023讲话.docx"
    assert doc.lines == SPEECH + ["表格里的文字。"]


def test_html_keeps_visible_text_with_block_elements_as_lines(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>讲话</title><style>p {color: red}</style>
        <script>var ad = "下载";</script></head>
        <body><nav><a href="/">首页</a> &gt; 讲话稿</nav>
        <div class="content"><p>同志们：</p><p>今天召开
        全县卫生&amp;健康工作会议。</p>下面，我讲<b>三点</b>意见。<br>一、提高认识</div>
        <noscript>请开启脚本</noscript></body></html>""",
        encoding="utf-8",
    )
    [doc] = load_all(path)
    text = "\n".join(doc.lines)
    assert "同志们：" in doc.lines
    assert "今天召开 全县卫生&健康工作会议。" in doc.lines
    assert "下面，我讲三点意见。" in doc.lines
    assert "一、提高认识" in doc.lines
    for hidden in ("color", "var ad", "首页", "请开启脚本"):
        assert hidden not in text


def test_markdown_markup_is_dropped_line_for_line(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# 在全县卫生工作会议上的讲话\n\n**同志们：**\n\n> 今天开会，[会议材料](http://example.cn/a)已印发。\n"
        "- 一是*抓改革*；\n1. 二是抓`落实`。\n---\n![图](a.png)王县长讲了2*3个问题，xx县。\n",
        encoding="utf-8",
    )
    [doc] = load_all(path)
    assert doc.lines == [
        "在全县卫生工作会议上的讲话", "", "同志们：", "", "今天开会，会议材料已印发。", "一是抓改革；", "二是抓落实。", "",
        "王县长讲了2*3个问题，xx县。",
    ]


def test_folders_are_walked_recursively_in_sorted_order_and_other_files_skipped(tmp_path):
    for rel in ("b/2.txt", "a/1.md", "a/z/3.htm", "c.txt", "skip.jpg", "skip.xlsx", ".hidden.txt", "~$lock.docx"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("同志们：", encoding="utf-8")
    names = [doc.name for doc in load_all(tmp_path)]
    assert names == ["a/1.md", "a/z/3.htm", "b/2.txt", "c.txt"]


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".pdf"])
def test_speech_formats_we_cannot_read_are_reported_with_what_to_do(tmp_path, suffix):
    (tmp_path / f"2019讲话{suffix}").write_bytes(b"\xd0\xcf\x11\xe0 old binary format")
    [error] = load_all(tmp_path)
    assert isinstance(error, CorpusError)
    message = str(error)
    assert f"2019讲话{suffix}" in message and "不支持" in message
    assert "另存为 .docx" in message or "导出为" in message


def test_documents_are_streamed_one_at_a_time(tmp_path):
    # A lazy iterator reads a file only when asked for it: one deleted after the first yield is reported missing.
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("同志们：", encoding="utf-8")
    stream = iter_documents([tmp_path])
    first = next(stream)
    assert isinstance(first, RawDocument) and first.name == "a.txt"
    (tmp_path / "b.txt").unlink()
    second = next(stream)
    assert isinstance(second, CorpusError) and "b.txt" in str(second)
    assert list(stream) == []
