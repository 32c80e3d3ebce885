"""Property tests (hypothesis): any YAML yields a Brief or our BriefError, and every brief survives dump → parse."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from jianggao.briefs.dump import dump_brief
from jianggao.briefs.load import INTERNAL, parse_brief, schema_keys
from jianggao.errors import BriefError
from jianggao.model.brief import LEVELS, Brief
from jianggao.model.kinds import kind_keys
from jianggao.model.topics import TOPICS

KEYS = sorted(schema_keys())
TOPIC_NAMES = [t.key for t in TOPICS] + [a for t in TOPICS for a in t.aliases]


XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def parses_or_refuses(text: str) -> Brief | None:
    """parse_brief's contract: a Brief whose text fits in a .docx, or a BriefError that is not our own bug
    and points inside the file."""
    try:
        brief = parse_brief(text, filename="p.yaml")
    except BriefError as exc:
        assert INTERNAL not in str(exc), str(exc)
        assert str(exc).startswith("p.yaml"), str(exc)
        if exc.line is not None:
            breaks = len(re.findall("\r\n|[\r\n\x85\u2028\u2029]", text))  # what YAML counts as line breaks
            assert 1 <= exc.line <= breaks + 1, (exc.line, str(exc))
        return None
    for value in strings_in(brief.model_dump()):
        assert not XML_FORBIDDEN.search(value), repr(value)
    return brief


# ---------------------------------------------------------------- arbitrary YAML

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.sampled_from(["2025", "2025年", "45.2%", "2025-02-18", "临江区", "医改", "higher"]),
    st.dates(min_value=dt.date(1, 1, 1)),
)
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=10))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=6)),
    max_leaves=25,
)
# Brief-shaped documents reach the validators (not just the "not a mapping" branch) far more often.
brief_like = st.fixed_dictionaries(
    {"year": st.one_of(st.integers(1900, 2200), st.text(max_size=6)),
     "region": st.one_of(st.sampled_from(["临江区", "青山县", "临江"]),
                         st.fixed_dictionaries({"name": st.text(max_size=8)}), documents)},
    optional={k: documents for k in KEYS if k not in ("year", "region")},
)
# Lines a hand-typed brief is made of, including the slips issue 6 lists, shuffled into new files.
fragments = st.sampled_from([
    "year: 2025", "年份：2025", "region:", "  name: 临江区", "\tname: 临江区", "　名称：临江区", "地区: 临江区",
    "achievements:", "  - topic: 医改", "    metrics:", "      - {name: 率, value: 45.2%}", "      - name: 率",
    "        value: ４５．２", "problems: [a, b]", "a: &x [1, 2]", "b: [*x, *x]", "c: *y", "d: !!python/none ''",
    "---", "- 1", "date: 2025年2月18日", "date: 2025/2/30", "\ufeffyear: 2025", "key: 'unterminated", "? [a]",
    ": b", "<<: {year: 2025}", "#comment", "", " ", "\x07", "closing: {{ 7*7 }}",
])
handwritten = st.lists(fragments, max_size=14).map("\n".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    documents.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    brief_like.map(lambda d: yaml.safe_dump(d, allow_unicode=True, sort_keys=False)),
    handwritten,
    st.text(max_size=200),
))
def test_any_yaml_is_a_brief_or_a_brief_error(text: str) -> None:
    parses_or_refuses(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_on_disk_are_a_brief_or_a_brief_error(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    from jianggao.briefs.load import load_brief

    path = tmp_path_factory.mktemp("b") / "b.yaml"
    path.write_bytes(raw)
    try:
        load_brief(path)
    except BriefError as exc:
        assert INTERNAL not in str(exc), str(exc)


# ---------------------------------------------------------------- briefs from the schema round-trip

text = st.text(max_size=20)
number = st.one_of(
    st.integers(-10**6, 10**6).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**5, max_value=10**5).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
metric = st.fixed_dictionaries(
    {"name": st.text(min_size=1, max_size=12), "value": number},
    optional={"unit": st.sampled_from(["%", "‰", "人", "万元", "/10万", ""]), "change": number,
              "change_unit": st.sampled_from(["个百分点", "%", "人"]), "better": st.sampled_from(["higher", "lower"])},
)
schema_briefs = st.fixed_dictionaries(
    {"year": st.integers(1949, 2100),
     "region": st.fixed_dictionaries(
         {"name": st.builds(lambda a, lv: a + lv, st.text(min_size=1, max_size=6), st.sampled_from(LEVELS))},
         optional={"level": st.sampled_from(LEVELS), "short": st.text(min_size=1, max_size=8)})},
    optional={
        "kind": st.sampled_from(kind_keys()),
        "meeting": text,
        "speaker": st.fixed_dictionaries({}, optional={"name": text, "title": text, "on_behalf_of": text}),
        "date": st.dates(min_value=dt.date(1949, 1, 1), max_value=dt.date(2100, 12, 31)),
        "length": st.integers(300, 30000),
        "seed": st.integers(0, 2**32 - 1),
        "previous_speakers": st.lists(st.fixed_dictionaries({"name": st.text(min_size=1, max_size=8)},
                                                            optional={"title": text, "content": text}), max_size=2),
        "achievements": st.lists(st.fixed_dictionaries(
            {"topic": st.one_of(st.sampled_from(TOPIC_NAMES), st.text(min_size=1, max_size=8))},
            optional={"metrics": st.lists(metric, max_size=3), "facts": st.lists(st.text(max_size=40), max_size=3)}),
            max_size=3),
        "problems": st.lists(st.text(max_size=40), max_size=3),
        "priorities": st.lists(st.fixed_dictionaries(
            {"topic": st.sampled_from(TOPIC_NAMES)},
            optional={"items": st.lists(text, max_size=3), "targets": st.lists(metric, max_size=2)}), max_size=3),
        "closing": text,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(schema_briefs, st.booleans(), st.booleans())
def test_every_brief_round_trips_through_dump(data: dict, chinese_keys: bool, comments: bool) -> None:
    try:
        brief = Brief.model_validate(data)
    except ValidationError:
        assume(False)
        return
    dumped = dump_brief(brief, chinese_keys=chinese_keys, comments=comments)
    try:
        again = parse_brief(dumped, filename="dumped.yaml")
    except BriefError as exc:  # pragma: no cover - the failure message is the point
        raise AssertionError(f"{exc}\n---\n{dumped}") from None
    assert again == brief, dumped
