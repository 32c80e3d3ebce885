"""Briefs back to YAML a secretary can edit next year: DESIGN key order, unset defaults left out, Chinese comments."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from pydantic import BaseModel

from ..model.brief import Brief, Region, field_keys
from ..model.kinds import KINDS

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NUMBER_FIELDS = {"value", "change"}
# Characters our reader repairs or removes (tidy_text) or YAML folds: a string holding one is always quoted.
_RISKY = re.compile("[：\t\n\r\u3000\u0085\u2028\u2029\ufeff]")
_YAML_PRINTABLE = re.compile("[\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

HEADER = (
    "讲稿简报（jianggao）。用记事本或 WPS 编辑后另存为 UTF-8；“#”后面是说明，可以删掉。",
    "键可以写英文或中文；除 year（年份）和 region（地区）外都可以省略。",
)
SECTION_NOTES = {
    "kind": "讲话类型：" + "、".join(f"{k.key}（{k.name}）" for k in KINDS),
    "year": "年份：要部署工作的这一年（年度会议回顾上一年，半年推进会回顾当年上半年）",
    "region": "地区：名称必填；级别（省 市 县 区……）和简称（用于“健康××”）可省略",
    "meeting": "会议名称：省略时按年份、级别和讲话类型生成",
    "speaker": "讲话人：姓名、职务、代表谁讲话（如 区委、区政府）",
    "date": "日期：如 2025-02-18",
    "length": "篇幅：正文大约多少字",
    "seed": "随机种子：换一个数字，措辞就换一种；同一数字总得到同样的讲稿",
    "previous_speakers": "前序发言：本次会议上此前讲话的同志（用于“刚才，……同志作了……”）",
    "achievements": "工作成绩：按领域列出上一年的指标（数值、单位、变化）和亮点",
    "problems": "问题：存在的短板和不足，每项一行",
    "priorities": "重点任务：按领域列出今年的举措和目标指标",
    "closing": "结束语：可选的愿景句",
}


def dump_brief(brief: Brief, *, chinese_keys: bool = False, comments: bool = True) -> str:
    """YAML text that parse_brief reads back into an equal Brief."""
    lines: list[str] = []
    if comments:
        lines += [f"# {h}" for h in HEADER]
    for key, name, value in _entries(brief, chinese_keys):
        if comments:
            lines += ["", f"# {SECTION_NOTES.get(name, name)}"]
        lines += _emit(key, name, value, 0)
    return "\n".join(lines).lstrip("\n") + "\n"


def _entries(model: BaseModel, chinese_keys: bool) -> list[tuple[str, str, Any]]:
    """(key as written, field name, value) of the fields worth writing, in schema (= DESIGN) order."""
    out = []
    for name, choices in field_keys(type(model)).items():
        value = getattr(model, name)
        info = type(model).model_fields[name]
        default = info.get_default(call_default_factory=True)
        was_set = name in model.model_fields_set
        if isinstance(model, Region) and name in ("level", "short") and not was_set:
            continue  # derived from the name; writing it would freeze a guess
        if not was_set and value == default:
            continue
        key = choices[1] if chinese_keys and len(choices) > 1 else choices[0]
        out.append((key, name, value))
    return out


def _emit(key: str, name: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, BaseModel):
        entries = _entries(value, _is_chinese(key))
        if not entries:
            return [f"{pad}{key}: {{}}"]
        return [f"{pad}{key}:"] + [ln for k, n, v in entries for ln in _emit(k, n, v, indent + 2)]
    if isinstance(value, list):
        if not value:
            return [f"{pad}{key}: []"]
        lines = [f"{pad}{key}:"]
        for item in value:
            if isinstance(item, BaseModel):
                entries = _entries(item, _is_chinese(key))
                if not entries:
                    lines.append(f"{pad}  - {{}}")
                    continue
                body = [ln for k, n, v in entries for ln in _emit(k, n, v, indent + 4)]
                lines.append(f"{pad}  - {body[0].lstrip()}")
                lines += body[1:]
            else:
                lines.append(f"{pad}  - {scalar(item, name)}")
        return lines
    if _is_chinese(key):
        value = _CHINESE_VALUES.get(name, {}).get(value, value)
    return [f"{pad}{key}: {scalar(value, name)}"]


# With Chinese keys, the values that are English words are written the Chinese way too (both read back).
_CHINESE_VALUES = {
    "kind": {k.key: k.name for k in KINDS},
    "better": {"higher": "越高越好", "lower": "越低越好"},
}


def _is_chinese(key: str) -> bool:
    return not key.isascii()


def scalar(value: Any, name: str = "") -> str:
    """One YAML scalar that reads back as ``value`` (plain when safe, else double-quoted)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if name in _NUMBER_FIELDS and _reads_back(text, number=True):
        return text
    if not _RISKY.search(text) and text == text.strip() and _reads_back(text):
        return text
    return quoted(text)


def _reads_back(text: str, *, number: bool = False) -> bool:
    if not text:
        return False
    try:
        loaded = yaml.load(f"k: {text}\n", Loader=_Loader)
    except yaml.YAMLError:
        return False
    if not isinstance(loaded, dict) or "k" not in loaded:
        return False
    got = loaded["k"]
    if number:
        from ..model.brief_rules import number_text as _number_text
        try:
            return isinstance(got, (int, float)) and _number_text(got) == text
        except ValueError:
            return False
    return isinstance(got, str) and got == text


def quoted(text: str) -> str:
    """A YAML double-quoted scalar; anything YAML would fold, refuse or strip is escaped."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif not _YAML_PRINTABLE.match(ch) or ch in "\u0085\u2028\u2029\ufeff\u3000":
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
