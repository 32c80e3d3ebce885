"""Briefs from YAML files: load, validate, and report problems as ``file:line: field: 中文说明``."""
from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Mapping, Sized
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import BriefError
from . import quick, schema
from .messages import chinese_message, readable_path
from .nodes import MAX_BYTES, Located, build, compose, decode, tidy_text

if TYPE_CHECKING:
    from pydantic import ValidationError

    from ..model.brief import AchievementGroup, Brief, Priority

__all__ = ["load_brief", "parse_brief", "brief_warnings", "schema_keys"]

# Notes made while reading a brief (GBK file, full-width colon, control characters removed…), kept beside
# the frozen Brief rather than in it so that two briefs with the same content still compare equal.
_READ_NOTES: dict[int, list[str]] = {}

# A real brief has a few dozen entries; a speech cannot use more than this many, and each costs render time.
MAX_TOTAL_ENTRIES = 2000

# Marks an error that is our bug, not the user's: the property tests assert it never appears.
INTERNAL = "读取简报时出现内部错误"


# ---------------------------------------------------------------- schema


def schema_keys(model: str | None = None) -> set[str]:
    """Every key (English or Chinese) valid anywhere in the brief (in ``model``, default the brief's own)."""
    model = model or schema.root()
    keys: set[str] = set()
    for name, choices in schema.field_keys(model).items():
        keys.update(choices)
        sub = schema.submodel(model, name)
        if sub is not None:
            keys |= schema_keys(sub)
    return keys


def _model_at(loc: tuple) -> str | None:
    """The model whose keys are valid at ``loc`` (a pydantic loc, keys as typed), or None."""
    model = schema.root()
    for part in loc:
        if isinstance(part, int):
            continue
        name = next((n for n, ks in schema.field_keys(model).items() if part in ks), None)
        if name is None:
            return None
        sub = schema.submodel(model, name)
        if sub is None:
            return None
        model = sub
    return model


# ---------------------------------------------------------------- reading


def load_brief(path: str | Path, *, plain: bool = False) -> Brief:
    """The brief in the YAML file at ``path``; BriefError (file, line, field) on any problem.

    ``plain``: a valid brief the quick path is sure of comes as plain records (``model.brief_rules.Record``:
    the model's fields and properties, made by its validators from its schema, without importing pydantic),
    which compose, lint and the writers read as they read the model; what render, check and lint load."""
    filename = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise BriefError("这是一个文件夹，不是简报文件；请给出 .yaml 文件", file=filename, english="is a directory")
        if not p.exists():
            raise BriefError("找不到这个文件", file=filename, english="no such file")
        if not p.is_file():
            # /dev/zero never ends and a named pipe blocks forever: read regular files only.
            raise BriefError("不是普通文件（设备、管道等），请给出 .yaml 文件", file=filename, english="not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise BriefError(f"文件太大（{size:,} 字节），简报最大 {MAX_BYTES:,} 字节（1 MiB）", file=filename,
                             english=f"file larger than the {MAX_BYTES}-byte limit")
        with p.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # a file still growing: decode() refuses past the limit
    except OSError as exc:
        raise BriefError(f"无法读取文件：{exc.strerror or exc}", file=filename, english=str(exc)) from None
    except ValueError as exc:  # a path with a NUL byte in it
        raise BriefError("文件名无效", file=filename.replace("\0", "\\0"), english=str(exc)) from None
    text, notes = decode(raw, filename)
    return _parse(text, filename, notes, plain)


def parse_brief(text: str, *, filename: str = "<brief>") -> Brief:
    """The brief in YAML ``text`` (the wizard's --answers, tests); BriefError on any problem."""
    if len(text) > MAX_BYTES:
        raise BriefError(f"简报太长（{len(text):,} 个字符），最多 {MAX_BYTES:,}", file=filename,
                         english=f"brief longer than {MAX_BYTES} characters")
    return _parse(text, filename, [], False)


def _parse(text: str, filename: str, notes: list[str], plain: bool) -> Brief:
    try:
        return _parse_checked(text, filename, notes, plain)
    except BriefError:
        raise
    except RecursionError:
        raise BriefError("简报嵌套太深，无法读取", file=filename, english="nesting too deep") from None
    except Exception as exc:  # never a traceback for a brief (issue 6); INTERNAL lets tests catch our bugs
        raise BriefError(f"{INTERNAL}，请把这份简报发给维护者", file=filename,
                         english=f"{type(exc).__name__}: {exc}") from None


def _parse_checked(text: str, filename: str, notes: list[str], plain: bool) -> Brief:
    tidied = tidy_text(text, schema_keys())
    root = compose(tidied.text, filename, tidied.tab_lines)
    located = build(root, filename)
    data = located.data
    if data is None:
        raise BriefError("简报是空的：至少要写 year（年份）和 region（地区）", file=filename, english="empty brief")
    if not isinstance(data, dict):
        what = "列表" if isinstance(data, list) else "一个单独的值"
        raise BriefError(f"简报应是一组“键: 值”（如 year: 2025），而不是{what}", file=filename, line=located.lines.get(()),
                         english="the brief must be a mapping")
    _refuse_what_is_no_brief(data, filename)
    _check_alias_twins(data, located, filename, schema.root(), ())
    _drop_blanks(data, schema.root())
    try:
        if plain:  # records stand in for the model: the same fields and properties (see load_brief)
            brief = cast("Brief", quick.plain(data))
        else:
            from ..model.brief import Brief as Model

            brief = quick.validate(Model, data)
    except quick.Unsure:  # anything the quick path cannot vouch for: pydantic decides, and words the error
        from pydantic import ValidationError

        from ..model.brief import Brief as Model

        try:
            brief = Model.model_validate(data)
        except ValidationError as exc:
            raise _first_error(exc, located, filename) from None
    _check_total(brief, filename)
    removed = []
    for line, codes in tidied.removed:
        path = located.path_at(line)
        where = f"{readable_path(path)}（第 {line} 行）" if path else f"第 {line} 行"
        removed.append(f"{where}: 删除了不可见的控制字符（{codes}）")
    all_notes = notes + tidied.notes + removed + located.notes
    if all_notes:
        _READ_NOTES[id(brief)] = all_notes
        weakref.finalize(brief, _READ_NOTES.pop, id(brief), None)
    return brief


def _close(word: str, choices: Iterable[str], n: int, cutoff: float) -> list[str]:
    """difflib's close matches, imported only for a key that is not a brief's (not on every start)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


def _refuse_what_is_no_brief(data: dict, filename: str) -> None:
    """A mapping none of whose keys is a brief's (or close to one) is some other file — a config file, a
    brief name symlinked to a private file — and an error must not quote it: say so without its text."""
    known = schema_keys()
    lowered = {k.lower() for k in known}
    for key in data:
        key = str(key)
        if key in known or key.lower() in lowered or _close(key.lower(), lowered, 1, 0.6):
            return
    raise BriefError("这不是一份简报：文件里没有任何简报的键（year 年份、region 地区……）；请检查是否选错了文件",
                     file=filename, english="no brief key in the file")


def _drop_blanks(data: Any, model: str) -> None:
    """``title:`` left blank in a template means "use the default", not "the text None"."""
    if isinstance(data, list):
        for item in data:
            _drop_blanks(item, model)
        return
    if not isinstance(data, dict):
        return
    for name, choices in schema.field_keys(model).items():
        for key in choices:
            if key not in data:
                continue
            if data[key] is None and not schema.fields(model)[name]["required"]:
                del data[key]
            elif (sub := schema.submodel(model, name)) is not None:
                _drop_blanks(data[key], sub)


def _check_total(brief: Brief, filename: str) -> None:
    """Bound the work a brief can ask for (issue 6: 20,000 items are refused with the limit named)."""
    lists: list[Sized] = [brief.previous_speakers, brief.problems, brief.achievements, brief.priorities]
    for group in brief.achievements:
        lists += [group.metrics, group.facts]
    for priority in brief.priorities:
        lists += [priority.items, priority.targets]
    total = sum(len(x) for x in lists)
    if total > MAX_TOTAL_ENTRIES:
        raise BriefError(f"简报的条目太多（领域、指标、亮点、问题、举措等共 {total:,} 条），最多 {MAX_TOTAL_ENTRIES:,} 条",
                         file=filename, english=f"more than {MAX_TOTAL_ENTRIES} entries in all")


def _check_alias_twins(data: Any, located: Located, filename: str, model: str, path: tuple) -> None:
    """``year`` and ``年份`` in one mapping would silently drop one of them; say so instead."""
    if isinstance(data, list):
        for i, item in enumerate(data):
            _check_alias_twins(item, located, filename, model, path + (i,))
        return
    if not isinstance(data, dict):
        return
    for name, choices in schema.field_keys(model).items():
        present = [k for k in choices if k in data]
        if len(present) > 1:
            first, second = present[0], present[1]
            raise BriefError(f"“{first}”和“{second}”是同一项，只能写一个", file=filename,
                             line=located.key_lines.get(path + (second,)), field=readable_path(path + (second,)),
                             english=f"'{first}' and '{second}' are the same field")
        sub = schema.submodel(model, name)
        if present and sub is not None:
            _check_alias_twins(data[present[0]], located, filename, sub, path + (present[0],))


# ---------------------------------------------------------------- errors


def _first_error(exc: ValidationError, located: Located, filename: str) -> BriefError:
    errors = exc.errors(include_url=False)
    # By line, but a required key that is absent comes last: a mistyped key is usually why it is absent,
    # and the mistyped key's message says "did you mean".
    ranked = sorted(errors, key=lambda e: (_absent(e), located.line_of(e["loc"]) or 0))
    err = ranked[0]
    loc = tuple(err["loc"])
    message = _chinese(err, loc)
    if len(errors) > 1:
        message += f"（另有 {len(errors) - 1} 处错误）"
    line = located.line_of(loc)
    if line is None and loc[:-1] == () and err["type"] != "missing":
        line = located.lines.get(())
    # Our own validators already speak Chinese; pydantic's English is kept for --debug.
    english = None if err["type"] == "value_error" else err["msg"]
    return BriefError(message, file=filename, line=line, field=readable_path(loc) or None, english=english)


def _absent(err: Mapping[str, Any]) -> bool:
    """A required key missing or left blank: usually the effect of a slip on another line, not the slip."""
    return err["type"] == "missing" or (err.get("input") is None and err["type"].endswith("_type"))


def _chinese(err: Mapping[str, Any], loc: tuple) -> str:
    """pydantic's error in the words a secretary reads (the one table in briefs.messages)."""
    if err["type"] == "extra_forbidden":
        return _unknown_key(loc)
    return chinese_message(err)


def _unknown_key(loc: tuple) -> str:
    key = str(loc[-1])
    model = _model_at(loc[:-1])
    if model is None:
        return f"未知的键“{key}”"
    valid = [k for ks in schema.field_keys(model).values() for k in ks]
    homes = _homes_of(key)
    if homes and key not in valid:
        # A valid key at the wrong level is an indentation slip, e.g. "名称: 临江区" flush left.
        listed = "、".join(homes[:3]) + ("等" if len(homes) > 3 else "")
        return f"“{key}”不能写在这里，它属于 {listed}；请检查缩进（下一级比上一级多两个空格）"
    close = _close(key, valid, 3, 0.5)
    if not close:
        close = _close(key.lower(), [v.lower() for v in valid], 3, 0.5)
    hint = f"；您是否想写：{'、'.join(close)}？" if close else f"；这里可以写：{'、'.join(valid)}"
    return f"未知的键“{key}”{hint}"


def _homes_of(key: str, model: str | None = None, where: str = "") -> list[str]:
    """Where in the brief ``key`` is valid: ["region（地区）", "speaker（讲话人）"]; [] at the top level or nowhere."""
    model = model or schema.root()
    homes = []
    for name, choices in schema.field_keys(model).items():
        sub = schema.submodel(model, name)
        if sub is None:
            continue
        label = f"{where}{name}（{choices[1]}）" if len(choices) > 1 else f"{where}{name}"
        if any(key in ks for ks in schema.field_keys(sub).values()):
            homes.append(label)
        homes += _homes_of(key, sub, label + "的 ")
    return homes


# ---------------------------------------------------------------- warnings


def brief_warnings(brief: Brief) -> list[str]:
    """Chinese warnings about a valid brief: what was repaired while reading it and what looks like a slip."""
    from ..model.topics import nearest_topics, resolve_topic

    warnings = list(_READ_NOTES.get(id(brief), []))
    seen: set[str] = set()
    groups: list[AchievementGroup | Priority] = [*brief.achievements, *brief.priorities]
    for group in groups:
        if group.topic in seen or resolve_topic(group.topic) is not None:
            continue
        seen.add(group.topic)
        near = nearest_topics(group.topic)
        hint = f"；您是否想写：{'、'.join(near)}？" if near else ""
        warnings.append(f"领域“{group.topic}”不在登记的领域中，将按一般表述起草{hint}")
    if brief.date is not None and brief.date.year not in (brief.year, brief.year - 1):
        warnings.append(f"日期 {brief.date.isoformat()} 与年份 {brief.year} 相差较远，请核对")
    for where, metrics in _metric_lists(brief):
        names: set[str] = set()
        for i, m in enumerate(metrics):
            field = f"{readable_path((*where, i))}（{m.name}）"
            if m.name in names:
                warnings.append(f"{field}: 同一领域中这个指标写了两次，讲稿中会重复")
            names.add(m.name)
            if m.unit == "%" and Decimal(m.value.replace(",", "")) > 100 and not any(w in m.name for w in _GROWTH):
                warnings.append(f"{field}: {m.value}% 超过 100%，请核对数值或单位")
            if m.is_rate and m.change is not None and m.change_unit == "%":
                # GB/T 15835 usage in reports: a rate's change is in 个百分点 (个千分点 for ‰); % is a relative change.
                points = "个千分点" if m.unit == "‰" else "个百分点"
                warnings.append(f"{field}: 比率的变化通常写“{points}”，这里写的是“%”（相对变化）；如无意如此，请改为 {points}")
    for i, group in enumerate(brief.achievements):
        for j, fact in enumerate(group.facts):
            figure = number_in_fact(fact)
            if figure:
                warnings.append(f"{readable_path(('achievements', i, 'facts', j))}: 亮点中有数字“{figure}”；"
                                "有数字的成绩请写成指标（名称、数值、单位），讲稿才会按规范写出并核对数字")
    return warnings


# A figure in a highlight: 45.2%, 3家, 1200万元 (digits, also full-width). Years (2024年) and ordinals in
# names (十四五, 第1) are not what this is about.
_FIGURE = re.compile(r"(?<![\d年第])[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|‰|个百分点|[万亿]?[元人次所家个张床辆项例名台]|/10万)?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def number_in_fact(fact: str) -> str | None:
    """The first figure a highlight holds (45.2%, 3家), or None; a bare year is not one."""
    for m in _FIGURE.finditer(fact):
        text = m.group(0).strip()
        end = m.end()
        if _YEAR.match(text) and fact[end:end + 1] in ("年", ""):
            continue
        if _IN_NAME.match(fact[:m.start()][-2:] + "|" + fact[end:end + 1]):
            continue
        return text
    return None


# A digit inside a Latin-letter name is part of the name, not a count: H7N9, H1N1, COVID-19, PM2.5, 5G.
_IN_NAME = re.compile(r"(?:.?[A-Za-z]|[A-Za-z][-‐–])\||.*\|[A-Za-z]")


# Names of metrics that may well exceed 100% (增长率 120%), so a value over 100 is no slip.
_GROWTH = ("增", "长", "幅", "比", "率提高", "倍")


def _metric_lists(brief: Brief) -> list[tuple[tuple, list]]:
    lists = [(("achievements", i, "metrics"), g.metrics) for i, g in enumerate(brief.achievements)]
    return lists + [(("priorities", i, "targets"), p.targets) for i, p in enumerate(brief.priorities)]
