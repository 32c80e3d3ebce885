"""What the wizard writes: safe file names, the brief YAML, the .docx (through render's own pipeline), drafts."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..fileio import safe_stem

if TYPE_CHECKING:
    from pydantic import BaseModel


def brief_yaml_text(brief, *, chinese_keys: bool) -> str:
    """The brief as readable, commented YAML (the shared writer `render` reads back)."""
    from ..briefs.dump import dump_brief

    return dump_brief(brief, chinese_keys=chinese_keys, comments=True)


def to_chinese_keys(data: dict, model: type[BaseModel] | None = None) -> dict:
    """Answers with every key replaced by its Chinese alias (年份, 地区 …)."""
    from ..model import brief as b
    from .answers import chinese_key_for

    model = model or b.Brief
    nested: dict[str, type[BaseModel]] = {"region": b.Region, "speaker": b.Speaker, "previous_speakers": b.PreviousSpeaker,
                                          "achievements": b.AchievementGroup, "priorities": b.Priority,
                                          "metrics": b.Metric, "targets": b.Metric}
    out: dict = {}
    for key, value in data.items():
        if key not in model.model_fields:
            out[key] = value
            continue
        sub = nested.get(key)
        if sub is not None and isinstance(value, dict):
            value = to_chinese_keys(value, sub)
        elif sub is not None and isinstance(value, list):
            value = [to_chinese_keys(v, sub) if isinstance(v, dict) else v for v in value]
        out[chinese_key_for(model, key)] = value
    return out


@dataclass(frozen=True)
class Preview:
    """What the outline preview shows: the headings (indented by level), length and speaking time."""

    headings: list[tuple[int, str]]
    length: int
    minutes: int
    plan: tuple[str, ...] = ()      # the plan compose worded (see compose.plan)


_RESOURCES: dict[tuple[str, str], object] = {}


def resources_for(templates=None, phrasebank=None):
    """The bank and templates, loaded once per process: the preview may be shown many times."""
    from ..render import load_resources

    key = (str(templates), str(phrasebank))
    if key not in _RESOURCES:
        _RESOURCES[key] = load_resources(templates, phrasebank)
    return _RESOURCES[key]


_LAST_SPEECH: dict[str, object] = {}


def compose_speech(brief, *, templates=None, phrasebank=None):
    """The Speech render would write for this brief: the same pipeline function `render` calls.
    The speech previewed is remembered, so confirming does not compose it a second time."""
    from ..render import compose_brief

    key = f"{templates}|{phrasebank}|{brief.model_dump_json()}"
    if key not in _LAST_SPEECH:
        _LAST_SPEECH.clear()
        _LAST_SPEECH[key] = compose_brief(brief, resources_for(templates, phrasebank))
    return _LAST_SPEECH[key]


def preview_of(brief, *, templates=None, phrasebank=None) -> Preview:
    """The outline preview for ``brief``."""
    from .answers import speaking_minutes

    speech = compose_speech(brief, templates=templates, phrasebank=phrasebank)
    heads = [(h.level, f"{h.number}{h.text}") for h in speech.headings()]
    length = speech.body_length()
    return Preview(heads, length, speaking_minutes(length), speech.plan)


def self_check_text(brief, *, templates=None, phrasebank=None, limit: int = 5) -> str:
    """The wizard's last word: what `jianggao lint` finds in the speech just written, for its own date and
    level (issue 12). A rendered draft lints clean, so a finding is for the secretary to look at."""
    from ..lint import self_check

    found = self_check(compose_speech(brief, templates=templates, phrasebank=phrasebank), brief.speech_date,
                       brief.region.level or "区")
    if not found:
        return "自检：讲话稿中没有发现过时的提法、别的层级的用语、数字格式或重复的句子。"
    lines = [f"自检：有 {len(found)} 处请核对（jianggao lint 讲话稿.docx 可列出全部）："]
    for f in found[:limit]:
        hint = f"，建议改为“{f.suggestion}”" if f.suggestion else ""
        lines.append(f"  第{f.paragraph}段“{f.term}”：{f.message.split('（', 1)[0]}{hint}")
    return "\n".join(lines)


def output_paths(folder: Path, brief) -> tuple[Path, Path]:
    """DIR/<meeting>.yaml and DIR/<meeting>.docx."""
    stem = safe_stem(brief.meeting_name, "讲话稿")
    return Path(folder) / f"{stem}.yaml", Path(folder) / f"{stem}.docx"


def write_outputs(brief, yaml_path: Path, docx_path: Path, *, chinese_keys: bool, force: bool,
                  templates=None, phrasebank=None) -> None:
    """Write the brief and its speech as `render` would (same pipeline, default profile). The speech is
    composed before anything is written, and both files are written in full beside their targets before
    either is renamed into place: a full disk leaves neither, never a .docx without its .yaml."""
    from ..fileio import atomic_path, check_writable
    from ..writers.docx_writer import docx_bytes

    check_writable(yaml_path, force=force)
    check_writable(docx_path, force=force)
    speech = compose_speech(brief, templates=templates, phrasebank=phrasebank)
    text = brief_yaml_text(brief, chinese_keys=chinese_keys)
    data = docx_bytes(speech)
    with atomic_path(docx_path, force=force) as docx_tmp, atomic_path(yaml_path, force=force) as yaml_tmp:
        docx_tmp.write_bytes(data)
        yaml_tmp.write_text(text, encoding="utf-8", newline="\n")


def save_draft(answers: dict, folder: Path, *, chinese_keys: bool = True) -> Path:
    """Save what was answered so far as DIR/<meeting or 草稿>.draft.yaml, never overwriting an older draft.

    A draft need not validate yet (the region may still be missing), so it is written as the answers
    are; ``jianggao new --from`` the draft picks up where it stopped."""
    import yaml

    from ..fileio import write_text_atomic
    from .answers import drop_empty, try_brief

    brief = try_brief(answers)
    stem = safe_stem(brief.meeting_name, "讲话稿") if brief else "草稿"
    header = "# 草稿简报：尚未填完。继续填写：jianggao new --from 本文件\n"
    if brief is not None:  # already a valid brief: the same commented layout as a finished one
        text = header + brief_yaml_text(brief, chinese_keys=chinese_keys)
    else:
        data = drop_empty(answers)
        if chinese_keys:
            data = to_chinese_keys(data)
        text = header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    folder = Path(folder)
    target = folder / f"{stem}.draft.yaml"
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}.draft.yaml"
        n += 1
    write_text_atomic(target, text)
    return target
