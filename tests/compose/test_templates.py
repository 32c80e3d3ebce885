"""The one Jinja environment: sandboxed, strict, confined to its root; errors carry template file and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from compose_helpers import REPO, brief

from jianggao.compose.core import compose, number_headings, parse_markup
from jianggao.compose.templating import Templates
from jianggao.errors import TemplateError
from jianggao.model.bank import PhraseBank
from jianggao.model.speech import Heading, Paragraph


def user_templates(tmp_path: Path, section_text: str) -> Path:
    """A copy of the bundled templates whose closing section is replaced by ``section_text``."""
    root = tmp_path / "tpl"
    shutil.copytree(REPO / "templates", root)
    (root / "sections" / "closing.j2").write_text(section_text, encoding="utf-8")
    return root


@pytest.mark.parametrize("text, message", [
    ('{% include "../../etc/passwd" %}', "找不到模板"),
    ("{{ no_such_value }}", "未定义"),
    ("{% if %}", "语法错误"),
    ("{{ ''.__class__.__mro__ }}", "不允许"),
])
def test_user_templates_fail_with_our_error(tmp_path, text, message):
    root = user_templates(tmp_path, "¶同志们，\n" + text + "\n")
    with pytest.raises(TemplateError) as info:
        compose(brief(), PhraseBank([]), Templates(root))
    err = info.value
    assert message in err.message
    assert err.file and err.file.endswith(".j2")


def test_syntax_error_names_file_and_line(tmp_path):
    root = user_templates(tmp_path, "¶同志们，\n\n{% for %}\n")
    with pytest.raises(TemplateError) as info:
        compose(brief(), PhraseBank([]), Templates(root))
    assert info.value.file.endswith("closing.j2") and info.value.line == 3


def test_brief_values_are_data_not_template_source():
    # The brief refuses braces as template residue (issue 10); compose must not run them even so, so the
    # values are put in past the validators.
    b = brief(region={"name": "临江区"}, closing="为建设作贡献")
    b = b.model_copy(update={"region": b.region.model_copy(update={"name": "{{ 7*7 }}区"}), "closing": "为{{ 7*7 }}作贡献"})
    s = compose(b, PhraseBank([]), Templates(REPO / "templates"))
    text = s.all_text()
    assert "为{{ 7*7 }}作贡献" in text and "49" not in text


def test_markup_parses_paragraphs_headings_and_run_on_bodies():
    blocks = parse_markup("¶第一段，\n接着写。\n\n## 加强组织领导\n要亲自抓。\n¶第二段。\n## 小标题\n### 更小\n")
    assert blocks == [Paragraph("第一段，接着写。"), Heading(2, "", "加强组织领导。", "要亲自抓。"),
                      Paragraph("第二段。"), Heading(2, "", "小标题"), Heading(3, "", "更小")]


def test_headings_are_numbered_in_sequence():
    blocks = [Heading(1, "", "甲"), Heading(2, "", "子"), Heading(2, "", "丑"), Heading(3, "", "i"),
              Heading(1, "", "乙"), Heading(2, "", "寅"), Heading(4, "", "x")]
    assert [h.number for h in number_headings(blocks)] == ["一、", "（一）", "（二）", "1.", "二、", "（一）", "（1）"]


def test_every_kind_has_an_outline():
    t = Templates(REPO / "templates")
    assert set(t.outlines) == {"annual_conference", "work_report", "midyear_review", "special_topic", "pledge", "address"}
    assert t.outline("annual_conference").part_count == 4


def test_templates_root_must_have_kinds_and_sections(tmp_path):
    with pytest.raises(TemplateError):
        Templates(tmp_path)
