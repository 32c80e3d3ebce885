"""The wizard's answers: checking them with the Brief's own validators, --from, --answers and drafts."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

# Speaking pace used to turn minutes into characters (DESIGN: about 220 字/分钟).
CHARS_PER_MINUTE = 220

def zh_message(err: Mapping[str, Any]) -> str:
    """One pydantic error as the Chinese sentence a secretary reads: the same table `render` uses."""
    from ..briefs.messages import chinese_message

    return chinese_message(err)


def problem_at(model: type[BaseModel], data: dict, loc: tuple) -> str | None:
    """Validate ``data`` with ``model`` (the Brief or one of its parts) and return the Chinese message
    of the first error at ``loc`` or below it; None when that part is valid.

    This is how every wizard prompt validates as typed: the same pydantic model render uses, fed the
    answers so far plus the one being typed, reporting only the field being asked."""
    from pydantic import ValidationError

    try:
        model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            # A model-level error (loc ()) concerns the field just typed too: a Metric's value "45.2%"
            # whose unit disagrees with the unit given is reported there.
            if not err["loc"] or tuple(err["loc"][:len(loc)]) == tuple(loc):
                return zh_message(err)
    return None


def parse_date(text: str) -> str | None:
    """``2025-02-18``, ``2025年2月18日`` or ``2025.2.18`` → ISO text for the Brief; empty → None.

    The ISO text still goes through the Brief's date validator, which rejects 2025-02-30."""
    text = (text or "").strip()
    if not text:
        return None
    from ..model.brief import DATE_TEXT

    m = DATE_TEXT.fullmatch(text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return text


_MINUTES = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:分钟|分|min|mins|minutes)\s*$", re.IGNORECASE)
_CHARS = re.compile(r"^\s*(\d+)\s*(?:字)?\s*$")


def parse_length(text: str) -> int | str:
    """``6000`` / ``6000字`` → 6000 characters; ``25分钟`` → 25 × 220; anything else is returned as typed
    so the Brief's validator reports it."""
    m = _MINUTES.match(text or "")
    if m:
        return round(float(m.group(1)) * CHARS_PER_MINUTE)
    m = _CHARS.match(text or "")
    if m:
        return int(m.group(1))
    return text


def speaking_minutes(chars: int) -> int:
    """Minutes to read ``chars`` characters aloud, rounded, at least 1."""
    return max(1, round(chars / CHARS_PER_MINUTE))


def default_year(today: dt.date | None = None, kind: str | None = None) -> int:
    """The year of the next meeting of ``kind`` as a secretary starting now would date it.

    Work conferences for year N (and the pledges given at them) are prepared from November of N-1; a half-year
    meeting is held in July, so once August has come the next one is next year's; an address is given soon after it
    is written, so it takes this year.
    """
    today = today or dt.date.today()
    if kind == "address":
        return today.year
    if kind == "midyear_review":
        return today.year + 1 if today.month > 7 else today.year
    return today.year + 1 if today.month > 10 else today.year


def suggested_on_behalf(level: str | None, title: str = "") -> str:
    """Whose behalf a leader speaks on: 区委、区政府 for a 区, 街道党工委、街道办事处 for a 街道 (the level model); none
    for a bureau's or a hospital's head (县卫生计生局局长 speaks for no 县委、县政府: a 2018 half-year meeting's wizard
    offered it), whose standing compose's voice reads from the title."""
    from ..model import levels

    if level not in levels.LEVELS:
        return ""
    if title:
        from ..compose.voice import GOVERNMENT, TOWNSHIP, role_of

        if role_of(title, "", level) not in (GOVERNMENT, TOWNSHIP):
            return ""
    return levels.bodies(level).both


def drop_empty(answers: dict) -> dict:
    """The answers without None values and empty lists/strings, so a brief holds only what was said."""
    out: dict = {}
    for key, value in answers.items():
        if isinstance(value, dict):
            value = drop_empty(value)
        if value in (None, "", [], {}):
            continue
        out[key] = value
    return out


def build_brief(answers: dict):
    """The Brief from the answers (BriefError with the Chinese message when they do not validate)."""
    from pydantic import ValidationError

    from ..errors import BriefError
    from ..model.brief import Brief

    try:
        return Brief.model_validate(drop_empty(answers))
    except ValidationError as exc:
        from ..briefs.messages import readable_path

        err = exc.errors()[0]
        raise BriefError(zh_message(err), field=readable_path(err["loc"]) or None, english=err.get("msg")) from None


def try_brief(answers: dict):
    """The Brief if the answers so far already make one, else None (drafts, suggestions)."""
    from ..errors import BriefError

    try:
        return build_brief(answers)
    except BriefError:
        return None


def answers_from_brief(brief) -> dict:
    """A Brief as the wizard's answers (English keys, JSON-like values), for pre-filling the prompts."""
    data = brief.model_dump(mode="json", exclude_none=True)
    return drop_empty(data)


def moved_on(answers: dict) -> dict:
    """Last year's brief turned into this year's starting answers (``--from``).

    What a secretary expects: the same region, speaker, meeting shape and priorities' topics; the year
    (and the date, the meeting name) one year on; last year's targets offered as the achievements to
    report, with their target values as defaults to overwrite with the actual results; last year's
    problems kept to tick off or keep. Last year's achievements are not carried: they were last year's
    news."""
    old_year = int(answers["year"])
    new = {k: v for k, v in answers.items() if k not in ("achievements", "date")}
    new["year"] = old_year + 1
    if answers.get("meeting"):
        new["meeting"] = str(answers["meeting"]).replace(str(old_year), str(old_year + 1))
    if answers.get("date"):
        try:
            d = dt.date.fromisoformat(str(answers["date"]))
            new["date"] = _same_day_next_year(d).isoformat()
        except ValueError:
            pass
    new["achievements"] = [
        {"topic": p["topic"], "metrics": [{k: v for k, v in m.items() if k not in ("change", "change_unit")}
                                          for m in p.get("targets", [])]}
        for p in answers.get("priorities", []) if p.get("targets")
    ]
    return new


def _same_day_next_year(d: dt.date) -> dt.date:
    """The same calendar day a year later (28 February for 29 February)."""
    try:
        return d.replace(year=d.year + 1)
    except ValueError:
        return d.replace(year=d.year + 1, day=28)


def uses_chinese_keys(path: Path) -> bool:
    """Whether a brief or answers file is written with the Chinese keys (its top-level keys decide)."""
    import yaml

    from ..errors import JianggaoError

    try:
        data = yaml.safe_load(_read_small(path))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, JianggaoError, RecursionError):
        return True
    if not isinstance(data, dict) or not data:
        return True
    return sum(not str(k).isascii() for k in data) * 2 >= len(data)


def _read_small(path: Path) -> str:
    """A brief-sized file's text: a FIFO, /dev/zero or a huge file is refused unread (BriefError), never read
    until memory runs out or forever."""
    from ..briefs.nodes import MAX_BYTES
    from ..errors import BriefError
    from ..fileio import read_regular

    return read_regular(Path(path), MAX_BYTES, error=BriefError, what="简报文件").decode("utf-8")


def load_brief_file(path: Path):
    """Read and validate a brief (or an answers file, which has the brief's own shape) as `render` does."""
    from ..briefs.load import load_brief

    return load_brief(Path(path))


def load_draft(path: Path) -> dict:
    """A saved draft's answers: as the Brief reads them when they validate, else as they are (a draft
    need not validate yet) with Chinese keys mapped back."""
    import yaml

    from ..errors import BriefError

    try:
        return answers_from_brief(load_brief_file(path))
    except BriefError:
        pass
    from ..briefs.load import schema_keys
    from ..briefs.nodes import build, compose, tidy_text

    # The brief's own reader, not yaml.safe_load: its limits (aliases, nesting, size) hold for a draft too.
    try:
        tidied = tidy_text(_read_small(path), schema_keys())
        data = build(compose(tidied.text, str(path), tidied.tab_lines), str(path)).data or {}
    except BriefError:
        raise
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
        raise BriefError("无法读取草稿：YAML 格式有误", file=str(path), english=f"cannot read the draft: {exc}") from None
    if not isinstance(data, dict):
        raise BriefError("草稿应为映射（键: 值）", file=str(path), english="draft must be a mapping")
    return _english_keys(data)


def _key_tables() -> dict[type, dict[str, tuple[str, type | None]]]:
    """For each model: Chinese key → (English field, nested model of that field or None)."""
    from ..model import brief as b

    nested = {"region": b.Region, "speaker": b.Speaker, "previous_speakers": b.PreviousSpeaker,
              "achievements": b.AchievementGroup, "priorities": b.Priority, "metrics": b.Metric,
              "targets": b.Metric}
    tables: dict[type, dict[str, tuple[str, type | None]]] = {}
    for model in (b.Brief, b.Region, b.Speaker, b.PreviousSpeaker, b.AchievementGroup, b.Priority, b.Metric):
        table: dict[str, tuple[str, type | None]] = {}
        for name, info in model.model_fields.items():
            alias = info.validation_alias
            for choice in getattr(alias, "choices", [name]):
                table[str(choice)] = (name, nested.get(name))
        tables[model] = table
    return tables


def _english_keys(data: dict, model: type | None = None, tables: dict | None = None) -> dict:
    from ..model.brief import Brief

    model = model or Brief
    tables = tables or _key_tables()
    out: dict = {}
    for key, value in data.items():
        name, sub = tables[model].get(str(key), (str(key), None))
        if sub is not None and isinstance(value, dict):
            value = _english_keys(value, sub, tables)
        elif sub is not None and isinstance(value, list):
            value = [_english_keys(v, sub, tables) if isinstance(v, dict) else v for v in value]
        out[name] = value
    return out


def chinese_key_for(model: type[BaseModel], field: str) -> str:
    """The Chinese alias of a model field (region → 地区)."""
    choices = getattr(model.model_fields[field].validation_alias, "choices", [field])
    return str(choices[1]) if len(choices) > 1 else field
