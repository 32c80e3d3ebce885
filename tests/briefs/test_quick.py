"""briefs.quick keeps in step with pydantic: a brief it accepts is exactly the brief pydantic makes (values, their
types, defaults, derived fields, which fields were set), and what it is unsure of goes to pydantic unchanged."""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from support import REPO

from jianggao.briefs import load, quick, schema
from jianggao.errors import BriefError
from jianggao.model import brief as b
from jianggao.model.brief_rules import Record
from jianggao.model.kinds import kind_keys

BRIEF_FILES = sorted([*REPO.glob("samples/*.yaml"), *REPO.glob("bench/briefs/*.yaml"),
                      *REPO.glob("tests/fixtures/**/*.yaml")])


def assert_same(fast: Any, slow: Any, where: str = "brief") -> None:
    """Equal values of the very same types, models with the same fields set, all the way down."""
    assert type(fast) is type(slow), f"{where}: {type(fast).__name__} ≠ {type(slow).__name__}"
    if isinstance(fast, BaseModel):
        assert fast.model_fields_set == slow.model_fields_set, where
        assert fast.__pydantic_extra__ == slow.__pydantic_extra__, where
        assert fast.__dict__.keys() == slow.__dict__.keys(), where
        for name in type(fast).model_fields:
            assert_same(getattr(fast, name), getattr(slow, name), f"{where}.{name}")
        assert fast == slow, where
    elif isinstance(fast, list):
        assert len(fast) == len(slow), where
        for i, (x, y) in enumerate(zip(fast, slow, strict=True)):
            assert_same(x, y, f"{where}[{i}]")
    else:
        assert fast == slow, f"{where}: {fast!r} ≠ {slow!r}"


# The properties compose reads, as the models define them (model.brief_rules' mixins): the same on a record.
PROPERTIES = {"Brief": ("prev_year", "target_length", "speech_date", "meeting_name"), "Region": ("scope", "above"),
              "Metric": ("is_rate", "effective_change_unit")}


def assert_same_plain(record: Any, model: Any, where: str = "brief") -> None:
    """A plain record that is the pydantic brief: same class names, fields, values and their types, fields set
    and properties, all the way down."""
    if isinstance(model, BaseModel):
        assert isinstance(record, Record), f"{where}: {type(record).__name__} is no record"
        assert type(record).__name__ == type(model).__name__, where
        assert record.model_fields_set == model.model_fields_set, where
        assert type(record)._fields == tuple(type(model).model_fields), where
        for name in type(model).model_fields:
            assert_same_plain(getattr(record, name), getattr(model, name), f"{where}.{name}")
        for name in PROPERTIES.get(type(model).__name__, ()):
            assert getattr(record, name) == getattr(model, name), f"{where}.{name}"
    elif isinstance(model, list):
        assert type(record) is list and len(record) == len(model), where
        for i, (x, y) in enumerate(zip(record, model, strict=True)):
            assert_same_plain(x, y, f"{where}[{i}]")
    else:
        assert type(record) is type(model) and record == model, f"{where}: {record!r} ≠ {model!r}"


def both_ways(data: Any) -> b.Brief | None:
    """The quick brief for ``data`` checked against pydantic's; None when quick is unsure."""
    try:
        slow = b.Brief.model_validate(copy.deepcopy(data))
    except ValidationError:
        slow = None
    try:
        record = quick.plain(copy.deepcopy(data))
    except quick.Unsure:
        record = None
    try:
        fast = quick.validate(b.Brief, copy.deepcopy(data))
    except quick.Unsure:
        assert record is None, f"plain accepted what quick.validate is unsure of: {data!r}"
        return None
    assert slow is not None, f"quick accepted what pydantic refuses: {data!r}"
    assert_same(fast, slow)
    assert record is not None, f"plain unsure of what quick.validate accepts: {data!r}"
    assert_same_plain(record, slow)
    assert record == quick.plain(copy.deepcopy(data)) and hash(record.region) == hash(quick.plain(data).region)
    return fast


def outcome(path: Path) -> Any:
    try:
        return load.load_brief(path)
    except BriefError as exc:
        return ("error", str(exc), exc.line, exc.field)


@pytest.mark.parametrize("path", BRIEF_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_brief_we_ship_is_the_same_brief_both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    real = quick.validate

    def spy(model: Any, data: Any) -> Any:
        seen.append(copy.deepcopy(data))
        return real(model, data)

    monkeypatch.setattr(quick, "validate", spy)
    with_quick = outcome(path)

    def never(model: Any, data: Any) -> Any:
        raise quick.Unsure("off")

    monkeypatch.setattr(quick, "validate", never)
    without = outcome(path)
    monkeypatch.undo()
    if isinstance(with_quick, tuple):
        assert with_quick == without
        return
    assert_same(with_quick, without)
    assert seen and both_ways(seen[0]) is not None, "a valid brief we ship should take the quick path"
    assert_same_plain(load.load_brief(path, plain=True), without)  # what render reads: records, no pydantic


@pytest.mark.parametrize("path", BRIEF_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_render_reads_every_brief_we_ship_as_it_did(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_brief(plain=True), what render, check and lint call: the same error, or records that are the brief."""
    try:
        record: Any = load.load_brief(path, plain=True)
    except BriefError as exc:
        record = ("error", str(exc), exc.line, exc.field)
    expected = outcome(path)
    if isinstance(expected, tuple):
        assert record == expected
    else:
        assert_same_plain(record, expected)


# ---------------------------------------------------------------- generated briefs

SCALARS = st.one_of(
    st.sampled_from(["", " ", "临江区", " 临江区 ", "某某", "xx县", "２０２５", "2025", "2025年", "0", "07", "+5", "1_000",
                     "6000", "6000.0", "45.2", "45.2%", "４５．２％", "3.1个百分点", "1:30", "1e5", "nan", "-3", "－３",
                     "2025-02-18", "2025年2月18日", "2025/2/30", "2025.2.18", "越低越好", "lower", "higher", "降",
                     "县", "区", "镇", "街道", "旗", "盟", "市", "省", "自治区", "annual_conference", "年度工作会议",
                     "pledge", "表态发言", "张明", "副区长", "\u200b张明", "医改", "公共卫生", "x" * 61, "中" * 41]),
    st.integers(min_value=-5, max_value=2**33), st.sampled_from([2025, 1948, 2101, 300, 299, 30000, 30001, 0]),
    st.floats(allow_nan=True), st.booleans(), st.none(), st.dates(dt.date(1940, 1, 1), dt.date(2110, 1, 1)),
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)), st.text(max_size=12),
)


def _keys(model: type[BaseModel], name: str) -> list[str]:
    return list(b.field_keys(model)[name])


def _submodel(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    sub = schema.submodel(model.__name__, name)
    return None if sub is None else getattr(b, sub)


def _value_for(model: type[BaseModel], name: str, depth: int) -> st.SearchStrategy[Any]:
    sub = _submodel(model, name)
    if sub is None or depth > 2:
        return st.one_of(SCALARS, st.lists(SCALARS, max_size=3))
    one = models(sub, depth + 1)
    return st.one_of(one, st.lists(one, max_size=3), SCALARS)


def models(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[dict]:
    """Mappings shaped like ``model`` (keys English or Chinese, some fields absent), with values often wrong."""
    parts = {name: st.tuples(st.sampled_from(_keys(model, name)), _value_for(model, name, depth))
             for name in model.model_fields}
    return st.fixed_dictionaries({}, optional=parts).map(lambda d: dict(d.values())).flatmap(
        lambda d: st.one_of(st.just(d), st.sampled_from(sorted(load.schema_keys())).map(lambda k: {**d, k: "1"})))


NAMES = st.sampled_from(["临江区", "青山县", "东湖街道", "乌兰旗", "城关镇", "江北新区", "青湖市", "某地"])
WORDS = st.one_of(st.sampled_from(["张明", "副区长", "区委、区政府", "工作报告", "医改", "公共卫生", "基层能力薄弱",
                                   " 推进分级诊疗 ", "持续深化医改", "扎实开展爱国卫生运动", "医疗服务", "45", 7, 4.5]),
                  st.text(st.characters(min_codepoint=0x4e00, max_codepoint=0x4e80), min_size=1, max_size=8))
GOOD = {
    "year": st.sampled_from(["2025", 2024, "２０２３年", "2012", "1949", "2100"]),
    "kind": st.sampled_from([*kind_keys(), "年度工作会议", "表态发言"]),
    "name": NAMES | WORDS, "level": st.sampled_from(b.LEVELS), "short": WORDS, "parent": NAMES,
    "date": st.one_of(st.dates(dt.date(2010, 1, 1), dt.date(2030, 1, 1)),
                      st.sampled_from(["2025-02-18", "2025年2月18日", "2025/2/18", "2025.2.18", "２０２５年２月１８日"])),
    "length": st.sampled_from(["6000", 6000, "300", "30000"]), "seed": st.sampled_from(["1", "0", 7, "4294967295"]),
    "value": st.sampled_from(["45.2", 45.2, "45.20", 3, "1,200", "45.2%", "４５．２", "-3", "1e5", "12.5万元", 0]),
    "change": st.sampled_from(["3.1", -0.5, "+2", "3.1个百分点", "0"]),
    "unit": st.sampled_from(["%", "‰", "家", "/10万", "万元", ""]), "change_unit": st.sampled_from(["个百分点", "%", "家"]),
    "better": st.sampled_from(["higher", "lower", "越低越好", "降", "上升"]),
}


def _now_and_then_wrong(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.sampled_from(range(10)).flatmap(lambda i, v=value: SCALARS if i == 5 else v)  # type: ignore[misc]


def good(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[dict]:
    """Mappings shaped like ``model`` with mostly sensible values (so that quick takes them), now and then not."""
    parts = {}
    for name, info in model.model_fields.items():
        sub = _submodel(model, name)
        if sub is not None:
            one = good(sub, depth + 1)
            value = st.lists(one, max_size=2) if "list" in str(info.annotation) else one
        elif "list" in str(info.annotation):
            value = st.one_of(WORDS, st.lists(WORDS, max_size=3))
        else:
            value = GOOD.get(name, WORDS)
        parts[name] = st.tuples(st.sampled_from(_keys(model, name)), _now_and_then_wrong(value))
    required = {n: parts.pop(n) for n, info in model.model_fields.items() if info.is_required()}
    return st.fixed_dictionaries(required, optional=parts).map(lambda d: dict(d.values()))


VALIDISH = good(b.Brief)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(b.Brief))
def test_any_mapping_gives_the_same_brief_or_goes_to_pydantic(data: dict) -> None:
    both_ways(data)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALIDISH)
def test_nearly_valid_briefs_give_the_same_brief_or_go_to_pydantic(data: dict) -> None:
    both_ways(data)


def test_the_quick_path_is_taken_for_a_plain_brief() -> None:
    data = {"year": "2025", "region": {"name": "临江区"}, "date": "2025-02-18", "length": "6000",
            "achievements": [{"topic": "医改", "metrics": [{"name": "覆盖率", "value": "45.2%", "change": "3.1"}]}],
            "problems": "基层能力薄弱", "speaker": "张明"}
    brief = both_ways(data)
    assert brief is not None and brief.region.level == "区" and brief.achievements[0].metrics[0].unit == "%"


def test_the_shipped_schema_is_the_models_schema() -> None:
    assert schema.current() == schema.export()
    assert schema.field_keys("Brief") == b.field_keys(b.Brief)


def test_a_stale_schema_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "key", lambda: "0" * 64)
    schema.current.cache_clear()
    try:
        assert schema.current() == schema.export()  # exported afresh from the models
    finally:
        schema.current.cache_clear()


def test_a_valid_brief_is_read_without_pydantic(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from jianggao.briefs.load import load_brief, brief_warnings; "
            f"b = load_brief({str(REPO / 'samples' / 'annual_conference.yaml')!r}, plain=True); brief_warnings(b); "
            "b.meeting_name; print(type(b).__name__, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["Brief", "False"]


@pytest.mark.parametrize("name", ["annual_conference.yaml", "pledge.yaml", "work_report.yaml"])
def test_a_whole_render_of_a_valid_brief_imports_no_pydantic(tmp_path: Path, name: str) -> None:
    """Not only reading the brief: compose, the self-check and the writer take the records too (a compose module
    importing model.brief at run time would bring pydantic back)."""
    import subprocess
    import sys

    out_file = tmp_path / "out.docx"
    code = ("import sys; from jianggao.cli import main; "
            f"rc = main(['render', {str(REPO / 'samples' / name)!r}, '-o', {str(out_file)!r}]); "
            "print(rc, 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-2:] == ["0", "False"], out
    assert out_file.is_file()


def test_records_are_frozen_and_copy_as_the_models_do() -> None:
    data = {"year": 2025, "region": "临江区", "problems": ["基层能力薄弱"],
            "priorities": [{"topic": "医改", "targets": [{"name": "率", "value": "45.2%"}]}]}
    record = quick.plain(copy.deepcopy(data))
    with pytest.raises(AttributeError):
        record.year = 2026  # type: ignore[misc]
    deep = copy.deepcopy(record)
    assert deep == record and deep.problems is not record.problems
    assert deep.model_fields_set == record.model_fields_set
    assert copy.copy(record).problems is record.problems
    assert_same_plain(deep, b.Brief.model_validate(data))


@pytest.mark.parametrize("name", ["annual_conference.yaml", "pledge.yaml", "midyear_review.yaml"])
def test_compose_reads_a_record_as_it_reads_the_model(name: str) -> None:
    """What render composes from (records) gives the very speech the pydantic brief gives."""
    from jianggao.render import compose_brief, load_resources

    path = REPO / "samples" / name
    if not path.exists():
        pytest.fail(f"samples/{name} is gone: name another sample here")
    resources = load_resources(None, None)
    record = load.load_brief(path, plain=True)
    model = load.load_brief(path)
    assert isinstance(record, Record) and isinstance(model, BaseModel)
    assert compose_brief(record, resources) == compose_brief(model, resources)
