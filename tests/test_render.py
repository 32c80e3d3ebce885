"""Property tests (hypothesis): any brief built from the schema renders to a valid .docx or is refused with our error.

Three properties, 550 examples in all (issue 6 asks for ≥ 500 in CI):
- an arbitrary, often invalid, brief goes YAML → parse_brief → render: a BriefError / JianggaoError or a
  .docx that validates against the ECMA-376 schemas and reads back with python-docx;
- a valid brief with awkward text (controls, XML-forbidden characters, template syntax, emoji, RTL marks,
  full-width digits, very long names) always renders, its items appear as typed, and `{{ 7*7 }}` stays text;
- a Speech holding raw awkward text (as a user's own template could produce) still writes a valid .docx.
Rendering is kept cheap so that every .docx is validated: short ``length``, the bank and templates loaded once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from docx import Document
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from support import ooxml_errors

from jianggao.briefs.load import parse_brief
from jianggao.errors import BriefError, JianggaoError
from jianggao.model.brief import LEVELS, scrub_text
from jianggao.model.kinds import kind_keys
from jianggao.model.speech import Heading, Paragraph, Speech
from jianggao.render import Resources, load_resources, render_brief, write_speech

KINDS = kind_keys()
# Text a secretary's brief really carries, and text that attacks: controls and XML-forbidden characters,
# template syntax, emoji, right-to-left marks, full-width digits, zero-width marks, line breaks.
AWKWARD = [
    "\x00", "\x07", "\x1b", "\x0b", "\x7f", "\x85", "\ufffe", "\uffff", "\ufeff", "\u200b", "\u200f", "\u202e",
    "{{ 7*7 }}", "{% include '../../etc/passwd' %}", "{# x #}", "{region}", "{{", "}}", "{%", "%}",
    "😷", "🏥‍⚕️", "２０２５", "４５．２", "\t", "\r\n", "\u2028", "&amp;", "<w:t>", "]]>", "'", '"', "\\",
    "临江区", "医改", "——", "……", "（一）", "一、", " ", "　",
]
awkward_text = st.lists(
    st.one_of(st.sampled_from(AWKWARD), st.text(max_size=6),
              st.text(alphabet=st.characters(codec="utf-8"), max_size=4)),
    max_size=6,
).map("".join)
short_text = awkward_text.map(lambda s: s[:18])


@lru_cache(maxsize=1)
def resources() -> Resources:
    """The bundled bank and templates, loaded once for every example (as build's workers do)."""
    return load_resources()


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    """One folder for the examples (hypothesis runs many per test call); ``emptied`` clears it per example."""
    return tmp_path_factory.mktemp("speeches")


def emptied(folder: Path) -> Path:
    for f in folder.iterdir():
        f.unlink()
    return folder


def check_docx(path: Path) -> list[str]:
    """Validate against the schemas and read back; the body texts of the document."""
    assert ooxml_errors(path) == []
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert texts, "a rendered speech has paragraphs"
    return texts


def metric(text):
    return st.fixed_dictionaries(
        {"name": text, "value": st.one_of(st.integers(-10**6, 10**6), st.sampled_from(["45.2", "４５．２", "1e3", "-3"]),
                                          text)},
        optional={"unit": st.sampled_from(["%", "‰", "万元", "人次", "/10万", "", "个"]),
                  "change": st.one_of(st.floats(-100, 100).map(lambda f: round(f, 1)), text),
                  "change_unit": st.sampled_from(["个百分点", "%", ""]),
                  "better": st.sampled_from(["higher", "lower", "好"])},
    )


# Defaults of brief_data: any year the schema might meet, any level word (and two it must refuse).
ANY_YEAR = st.integers(1940, 2110)
ANY_LEVEL = st.sampled_from(list(LEVELS) + ["", "X"])


def brief_data(text, year=ANY_YEAR, level=ANY_LEVEL):
    """A brief as YAML data: every field of the schema, filled from ``text``."""
    region = st.builds(lambda name, lvl: name + lvl, text, level)
    return st.fixed_dictionaries(
        {"year": year, "region": st.one_of(region, st.fixed_dictionaries({"name": region}, optional={"short": text}))},
        optional={
            "kind": st.sampled_from(KINDS),
            "meeting": text,
            "speaker": st.fixed_dictionaries({}, optional={"name": text, "title": text, "on_behalf_of": text}),
            "date": st.sampled_from(["2025-02-18", "2025年2月18日", "2025-02-30", "明天"]),
            "length": st.sampled_from([300, 400, 600, 10]),
            "seed": st.integers(0, 2**32),
            "previous_speakers": st.lists(st.fixed_dictionaries({"name": text}, optional={"title": text,
                                                                                           "content": text}),
                                          max_size=2),
            "achievements": st.lists(st.fixed_dictionaries(
                {"topic": st.one_of(st.sampled_from(["医改", "公共卫生", "中医药", "疾控"]), text)},
                optional={"metrics": st.lists(metric(text), max_size=2), "facts": st.lists(text, max_size=2)}),
                max_size=2),
            "problems": st.lists(text, max_size=3),
            "priorities": st.lists(st.fixed_dictionaries(
                {"topic": st.one_of(st.sampled_from(["医疗服务", "基层卫生", "信息化"]), text)},
                optional={"items": st.lists(text, max_size=3), "targets": st.lists(metric(text), max_size=1)}),
                max_size=2),
            "closing": text,
        },
    )


def as_yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(brief_data(awkward_text))
def test_any_brief_renders_a_valid_docx_or_raises_our_error(out_dir, data):
    try:
        text = as_yaml(data)
    except yaml.YAMLError:
        return  # PyYAML cannot write a lone surrogate; such text cannot reach a brief file either
    try:
        brief = parse_brief(text, filename="p.yaml")
    except BriefError:
        event("refused: brief")
        return
    target = emptied(out_dir) / "speech.docx"
    try:
        render_brief(brief, target, resources=resources(), force=True)
    except JianggaoError as exc:
        event(f"refused: {type(exc).__name__}")
        assert not target.exists() and not list(out_dir.iterdir())
        return
    event("rendered")
    check_docx(target)
    assert [p.name for p in out_dir.iterdir()] == ["speech.docx"], "no temporary file left beside the output"


# Names and items that are valid by construction: non-empty after scrubbing, within the model's lengths.
visible = st.builds(lambda core, noise: noise + core + noise,
                    st.text(alphabet=st.sampled_from("临江健康卫生医疗服务体系建设👍ABC１２３{}%"), min_size=2, max_size=8),
                    st.sampled_from(["", "\u200f", "\x07", "\ufeff", " ", "{{ 7*7 }}", "{% raw %}", "😷"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=brief_data(visible, year=st.integers(2000, 2060), level=st.sampled_from(["区", "县", "市"])),
       item=visible, very_long=st.booleans())
def test_valid_awkward_brief_renders_and_keeps_its_items(out_dir, data, item, very_long):
    data = dict(data, length=400)
    for key in ("date", "previous_speakers", "achievements"):
        data.pop(key, None)  # these have their own invalid draws above; here the brief must be valid
    data["priorities"] = [{"topic": "医疗服务", "items": [item]}]
    if very_long:
        data["region"] = {"name": "长" * 39 + "区"}
    try:
        brief = parse_brief(as_yaml(data), filename="p.yaml")
    except BriefError as exc:
        # only the free-text length limits, and template residue ({, 某某, xx …: DESIGN's "never contains"),
        # may refuse a brief built from visible text
        assert "太长" in str(exc) or "不能" in str(exc) or "模板占位" in str(exc), str(exc)
        event("refused: too long")
        return
    event("rendered")
    target = emptied(out_dir) / "speech.docx"
    render_brief(brief, target, resources=resources(), force=True)
    body = "".join(check_docx(target))
    typed = scrub_text(item).strip()
    assert typed.rstrip("。；;，,") in body, (typed, body[:300])
    if "{{ 7*7 }}" in typed:
        assert "{{ 7*7 }}" in body  # a brief value is data, never template source


speech_text = st.text(max_size=40) | awkward_text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=speech_text, heads=st.lists(speech_text, max_size=3), paras=st.lists(speech_text, min_size=1, max_size=4),
       fmt=st.sampled_from(["docx", "docx", "md", "txt", "outline"]), profile=st.sampled_from(["speech", "gbt9704"]))
def test_speech_with_raw_awkward_text_still_writes_valid_output(out_dir, title, heads, paras, fmt, profile):
    blocks = [Heading(level=1, number=f"{'一二三'[i]}、", text=h, body="") for i, h in enumerate(heads)]
    blocks += [Paragraph(text=p) for p in paras]
    speech = Speech(kind="annual_conference", title=title, speaker_line="副区长　张明", date_line="（2025年2月18日）",
                    salutation="同志们：", main_title=None, blocks=tuple(blocks))
    target = emptied(out_dir) / f"speech.{fmt}"
    write_speech(speech, target, fmt, profile=profile, force=True)
    if fmt == "docx":
        check_docx(target)
    else:
        text = target.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
