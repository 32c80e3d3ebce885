"""What the exporters share: the filters, slot rendering, the checks of input-method targets and `export_bank`."""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..model.bank import CATEGORIES, Phrase, PhraseBank
from ..model.slots import SLOT_RE, get_slot, with_fallbacks
from .registry import FORMATS

__all__ = ["ExportReport", "Rendered", "Unfit", "export_bank", "filter_phrases",
           "render"]


@dataclass(frozen=True)
class Unfit:
    """A phrase a target cannot hold, with the reason in Chinese; listed in the report, never dropped silently."""

    id: str
    reason: str


@dataclass(frozen=True)
class Rendered:
    """A target file's bytes and what went into it."""

    data: bytes
    written: int
    unfit: tuple[Unfit, ...] = ()


@dataclass(frozen=True)
class ExportReport:
    """What `export_bank` wrote: the file, how many entries, and which entries could not fit and why."""

    fmt: str
    target: Path
    written: int
    unfit: tuple[Unfit, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        """One line for the terminal: entries written, then every entry left out with its reason."""
        label = FORMATS[self.fmt].label
        line = f"已导出 {self.written} 条词条到 {self.target}（{label}）"
        if self.unfit:
            listed = "；".join(f"{u.id}（{u.reason}）" for u in self.unfit)
            line += f"；{len(self.unfit)} 条无法写入：{listed}"
        return line


# ---------------------------------------------------------------- shared helpers for the target modules

CODE_RE = re.compile(r"^[a-z]+$")


def category_label(p: Phrase) -> str:
    """The phrase category's Chinese label: 过渡."""
    return CATEGORIES[p.category][0]


def role_label(p: Phrase) -> str:
    """The phrase role's Chinese label: 转入问题."""
    return CATEGORIES[p.category][1][p.role]


def describe(p: Phrase) -> str:
    """Category and role in Chinese, for descriptions and labels: 过渡 · 转入问题."""
    return f"{category_label(p)} · {role_label(p)}"


def fallback_text(p: Phrase) -> str:
    """The phrase as typed where slots cannot be held: {region} → ××区."""
    return with_fallbacks(p.text)


def segments(text: str) -> list[tuple[str, str]]:
    """The text cut into ("text", chunk) and ("slot", name) pieces, in order."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in SLOT_RE.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()]))
        out.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def slot_label(name: str) -> str:
    """A slot's Chinese label: region → 地区名称."""
    return get_slot(name).label


def head(text: str, n: int = 8) -> str:
    """The first ``n`` characters of the fallback text, for short names and snippet keys."""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[:n] + "…"


def positions(phrases: Sequence[Phrase]) -> dict[str, int]:
    """Candidate position of each phrase among those sharing its code: more frequent first, then by id."""
    groups: dict[str, list[Phrase]] = {}
    for p in phrases:
        groups.setdefault(p.code, []).append(p)
    out: dict[str, int] = {}
    for group in groups.values():
        for i, p in enumerate(sorted(group, key=lambda q: (-q.count, q.id)), start=1):
            out[p.id] = i
    return out


def ime_problem(p: Phrase, text: str, pos: int, *, code_re: re.Pattern[str], code_rule: str,
                max_position: int, max_chars: int) -> str | None:
    """The checks every input method shares (empty text, code letters, candidate slots, length), in
    Chinese; None when the phrase fits. Each target adds its own rules after these."""
    if not text.strip():
        return "内容为空"
    if not code_re.match(p.code):
        return f"编码 {p.code!r} {code_rule}"
    if pos > max_position:
        return f"编码 {p.code} 已有 {max_position} 条短语，候选位置不够"
    if len(text) > max_chars:
        return f"{len(text)} 字，超过 {max_chars} 字上限"
    return None


def with_codes(phrases: Iterable[Phrase]) -> list[Phrase]:
    """The phrases, each with a code: entries mined before codes existed get pinyin initials (codes.assign_codes)."""
    from dataclasses import replace

    phrases = list(phrases)
    if all(p.code for p in phrases):
        return phrases
    from ..model.codes import assign_codes

    codes = assign_codes(sorted(((p.id, p.text) for p in phrases), key=lambda t: t[0]))
    return [p if p.code else replace(p, code=codes[p.id]) for p in phrases]


# ---------------------------------------------------------------- selection and export

def filter_phrases(bank: PhraseBank, *, categories: Sequence[str] | None = None,
                   topics: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> list[Phrase]:
    """The entries matching any of the given categories, topics and kinds (each filter an OR, the three an AND).

    Category, topic and kind may be given by key or Chinese name; an unknown one raises UsageError naming the
    known ones, so a typo does not silently export nothing.
    """
    from ..model.kinds import resolve_kind
    from ..model.topics import GENERAL, resolve_topic

    cats: set[str] = set()
    for c in categories or ():
        key = next((k for k, (zh, _) in CATEGORIES.items() if c in (k, zh)), None)
        if key is None:
            raise UsageError(f"未知类别：{c}；可用：{'、'.join(f'{k}（{zh}）' for k, (zh, _) in CATEGORIES.items())}",
                             field="--category", english="unknown category")
        cats.add(key)
    tops: set[str] = set()
    for t in topics or ():
        if t in (GENERAL, "通用"):
            tops.add(GENERAL)
            continue
        found = resolve_topic(t)
        if found is None:
            raise UsageError(f"未知领域：{t}", field="--topic", english="unknown topic")
        tops.add(found.key)
    knds: set[str] = set()
    for k in kinds or ():
        found_kind = resolve_kind(k)
        if found_kind is None:
            raise UsageError(f"未知讲话类型：{k}", field="--kind", english="unknown kind")
        knds.add(found_kind.key)
    out = []
    for p in bank:
        if cats and p.category not in cats:
            continue
        if tops and not (tops & set(p.topics)) and GENERAL not in p.topics:
            continue
        if knds and p.kinds and not (knds & set(p.kinds)):
            continue
        out.append(p)
    return out


def _renderer(fmt: str) -> Callable[[list[Phrase]], Rendered]:
    if fmt not in FORMATS:
        raise UsageError(f"未知导出格式：{fmt}；可用：{'、'.join(FORMATS)}", field="--format",
                         english="unknown export format")
    spec = FORMATS[fmt]
    module = importlib.import_module(f"{__package__}.{spec.module}")
    return getattr(module, spec.function)


def render(phrases: Iterable[Phrase], fmt: str) -> Rendered:
    """The bytes of one target file for these phrases (codes filled in, stable order by id)."""
    ordered = sorted(with_codes(phrases), key=lambda p: p.id)
    return _renderer(fmt)(ordered)


def export_bank(bank: PhraseBank | Iterable[Phrase], fmt: str, target: Path, *, force: bool = False) -> ExportReport:
    """Render ``bank`` in format ``fmt`` and write it atomically to ``target`` (no overwrite without ``force``)."""
    from ..errors import OutputError
    from ..fileio import check_writable, write_bytes_atomic

    target = Path(target)
    if target.is_dir():
        raise OutputError("输出路径是一个文件夹，请给出文件名（如 -o 文件夹/词库.csv）", file=str(target),
                          english="output path is a folder; give a file name")
    check_writable(target, force=force)   # refuse before the work, not after it
    rendered = render(bank, fmt)
    write_bytes_atomic(target, rendered.data, force=force)
    return ExportReport(fmt, target, rendered.written, rendered.unfit)
