"""Espanso match file (YAML): trigger `;code`; a phrase with slots becomes a form with one field per slot label."""
from __future__ import annotations

from collections.abc import Sequence

from ..model.bank import Phrase
from .common import CODE_RE, Rendered, Unfit, describe, segments, slot_label

TRIGGER_PREFIX = ";"    # a semicolon before the code keeps ordinary typing from expanding by accident


def form_text(p: Phrase) -> str:
    """The phrase with each slot as an espanso form field `[[地区名称]]` (field names may be any word characters)."""
    return "".join(value if kind == "text" else f"[[{slot_label(value)}]]" for kind, value in segments(p.text))


def _problem(p: Phrase) -> str | None:
    if not CODE_RE.match(p.code):
        return f"编码 {p.code!r} 不是纯小写字母"
    if any(mark in p.text for mark in ("{{", "}}", "[[", "]]")):
        return "含 {{ }} 或 [[ ]]，espanso 会当作变量或表单字段"
    return None


class _Dumper:
    """YAML writer that prints multi-line strings as literal blocks (`form: |`), the style espanso's docs use."""

    @staticmethod
    def make():
        import yaml

        class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
            pass

        def str_repr(dumper, value):
            style = "|" if "\n" in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, str_repr)
        return Dumper


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The YAML bytes: `matches:` with one entry per phrase."""
    import yaml

    matches = []
    unfit: list[Unfit] = []
    for p in phrases:
        problem = _problem(p)
        if problem:
            unfit.append(Unfit(p.id, problem))
            continue
        match: dict = {"trigger": TRIGGER_PREFIX + p.code}
        if p.slots:
            match["form"] = form_text(p)
        else:
            match["replace"] = p.text
        match["label"] = f"{describe(p)}（{p.id}）"
        matches.append(match)
    head = "# 讲稿（jianggao）词库导出的 espanso 匹配文件：放入 espanso 的 match 文件夹。\n"
    text = yaml.dump({"matches": matches}, Dumper=_Dumper.make(), allow_unicode=True, sort_keys=False,
                     width=4096)
    return Rendered((head + text).encode("utf-8"), len(matches), tuple(unfit))
