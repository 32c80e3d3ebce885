"""md, txt and outline (提纲) renderings of a Speech, text hygiene, and writing them to files."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import SPEECH, THEMED

from jianggao.errors import OutputError, UsageError
from jianggao.model.speech import Heading, Paragraph, Speech
from jianggao.model.text import xml_safe
from jianggao.writers.text import render_text, write_speech


def test_txt_is_the_printed_lines():
    assert render_text(SPEECH, "txt") == (
        "在2025年全区卫生健康工作会议上的讲话\n副区长　张明\n（2025年2月18日）\n\n同志们：\n"
        "　　今天，我们召开会议。\n　　一、成绩\n　　1.5万人次接受服务。\n"
        "　　（一）医改持续深化。签约率达到45.2%。\n　　1.加强领导。层层压实责任。\n　　（1）压实责任\n"
        "　　让我们*共同*努力！\n"
    )


def test_outline_is_front_matter_and_headings_indented_by_level():
    assert render_text(SPEECH, "outline") == (
        "在2025年全区卫生健康工作会议上的讲话\n副区长　张明\n（2025年2月18日）\n\n"
        "一、成绩\n　　（一）医改持续深化。\n　　　　1.加强领导。\n　　　　　　（1）压实责任\n"
    )


def test_markdown_headings_run_on_bold_and_escapes():
    md = render_text(SPEECH, "md")
    lines = [x for x in md.splitlines() if x]
    assert lines[0] == "# 在2025年全区卫生健康工作会议上的讲话"
    assert "## 一、成绩" in lines
    assert "**1\\.加强领导**。层层压实责任。" in lines
    assert "##### （1）压实责任" in lines
    # The closing ** may not follow 。 (CommonMark would not close it before 签).
    assert "**（一）医改持续深化**。签约率达到45.2%。" in lines
    assert "1\\.5万人次接受服务。" in lines          # not an ordered list
    assert "让我们\\*共同\\*努力！" in lines        # not emphasis


@pytest.mark.parametrize("fmt", ["md", "txt", "outline"])
def test_themed_title_prints_main_title_then_dash_subtitle(fmt):
    lines = [x.lstrip("# ") for x in render_text(THEMED, fmt).splitlines() if x]
    assert lines[:2] == ["凝心聚力　久久为功", "——在2025年全市爱国卫生工作会议上的讲话"]


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="html"):
        render_text(SPEECH, "html")


@pytest.mark.parametrize("fmt", ["md", "txt", "outline", "docx"])
def test_write_speech_writes_each_format_and_refuses_overwrite(tmp_path, fmt):
    out = tmp_path / f"a.{fmt}"
    write_speech(SPEECH, out, fmt)
    assert out.stat().st_size > 0
    with pytest.raises(OutputError):
        write_speech(SPEECH, out, fmt)
    write_speech(SPEECH, out, fmt, force=True)
    if fmt != "docx":
        assert out.read_text(encoding="utf-8") == render_text(SPEECH, fmt)


def test_write_speech_bad_format_touches_nothing(tmp_path):
    with pytest.raises(UsageError):
        write_speech(SPEECH, tmp_path / "a.html", "html")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("raw, clean", [
    ("会议\x00召开", "会议召开"),
    ("第一行\n第二行", "第一行 第二行"),
    ("a\r\n\tb", "a b"),
    ("\ufeff开头\u200b中间", "开头中间"),
    ("坏\ud800代理\ufffe\uffff", "坏代理"),
    ("C1\x85\x9f控制", "C1 控制"),
    ("完整　全角空格", "完整　全角空格"),
    ("𠮷字扩展区", "𠮷字扩展区"),
])
def test_xml_safe(raw, clean):
    assert xml_safe(raw) == clean


XML_CHAR = lambda c: c in "\t\n\r" or 0x20 <= ord(c) <= 0xD7FF or 0xE000 <= ord(c) <= 0xFFFD or ord(c) >= 0x10000  # noqa: E731


@given(st.text())
def test_xml_safe_output_is_always_xml_and_free_of_controls(text):
    out = xml_safe(text)
    assert all(XML_CHAR(c) for c in out)
    assert not any(c in "\t\n\r" or 0x7F <= ord(c) <= 0x9F for c in out)
    assert xml_safe(out) == out


@given(st.text(), st.text(), st.text())
def test_text_formats_never_carry_control_characters(title, speaker, body):
    speech = Speech(kind="address", title=title, speaker_line=speaker, date_line="", salutation="",
                    blocks=(Paragraph(body), Heading(2, "（一）", body, body=body)))
    for fmt in ("md", "txt", "outline"):
        text = render_text(speech, fmt)
        assert text.endswith("\n")
        assert all(XML_CHAR(c) for c in text)


def test_text_writers_do_not_load_python_docx():
    """md/txt/outline and `import jianggao.writers` stay light (the CLI imports lazily)."""
    import subprocess
    import sys
    code = "import sys, jianggao.writers, jianggao.writers.text; print('docx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
