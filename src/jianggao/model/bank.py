"""The phrase bank: the phrase-entry contract, its categories and roles, loading, saving and querying."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PhraseBankError
from ..fileio import read_regular
from .slots import SLOT_RE, get_slot

# category → (Chinese label, {role: Chinese label}).  The composer picks by
# (category, role, topic, kind); the miner must tag with these names only.
CATEGORIES: dict[str, tuple[str, dict[str, str]]] = {
    "salutation": ("称谓", {"plain": "同志们", "formal": "尊敬的领导、同志们"}),
    "opening": ("开场", {
        "approval": "经批准召开", "purpose": "会议主要任务", "significance": "会议意义", "timing": "召开背景"}),
    "agreement": ("赞同前序发言", {"agree": "完全同意", "urge": "请抓好落实"}),
    "outline": ("讲几点意见", {"announce": "下面我讲几点意见"}),
    "heading": ("部分标题", {
        "review": "成绩与问题", "situation": "形势与要求", "tasks": "重点任务", "safeguards": "保障措施",
        "understanding": "提高认识", "focus": "明确重点", "responsibility": "落实责任", "topic": "领域小标题"}),
    "transition": ("过渡", {
        "credit": "成绩来之不易", "problems": "转入问题", "to_situation": "转入形势", "to_tasks": "转入任务",
        "to_safeguards": "转入保障", "summary": "承上启下"}),
    "achievement": ("成绩", {"overall": "总体成绩", "topic": "领域成绩"}),
    "problem": ("问题", {"framing": "问题引语", "item": "问题表述", "resolve": "正视问题"}),
    "situation": ("形势", {"stage": "所处阶段", "demand": "群众需求", "policy": "政策要求", "challenge": "风险挑战"}),
    "task": ("任务", {"general": "总体要求", "item": "具体举措"}),
    "safeguard": ("保障措施", {
        "leadership": "组织领导", "supervision": "督查考核", "style": "作风建设", "integrity": "廉政建设",
        "coordination": "协作配合", "publicity": "宣传引导", "funding": "投入保障", "talent": "人才保障"}),
    "parallel": ("四字排比", {"run": "四字短语"}),
    "thanks": ("致谢", {"thanks": "感谢", "greeting": "问候"}),
    "closing": ("结尾", {"exhortation": "号召", "vision": "愿景", "end": "结束语"}),
    "pledge": ("表态", {"commit": "表态承诺", "opening": "表态开头", "closing": "表态结尾"}),
    "address": ("致辞", {"welcome": "问候欢迎", "significance": "意义", "wish": "祝愿"}),
}
# Runs: two to four consecutive sentences of one real paragraph kept together (`run: true`, `sentences:`),
# filed under the category of their first sentence with the role `run`.
RUN_ROLE = "run"
for _category in ("opening", "transition", "achievement", "problem", "situation", "task", "safeguard", "closing",
                  "pledge", "thanks"):
    CATEGORIES[_category][1][RUN_ROLE] = "连续句"
NEEDS = ("antecedent", "partner")

ID_RE = re.compile(r"^[a-z_]+\.[a-z_]+\.\d{3,}$")


@dataclass(frozen=True)
class Source:
    """Where an entry was found: the corpus document's file name, a 1-based line of the raw file and,
    when the miner recorded it, the title of the speech that line belongs to (optional: older banks lack it)."""

    doc: str
    line: int
    title: str = ""     # the speech's title (or the document's name when the page gave none)


@dataclass(frozen=True)
class Phrase:
    """One bank entry (DESIGN.md, "The phrase entry")."""

    id: str
    text: str
    category: str
    role: str
    topics: tuple[str, ...] = ("general",)
    kinds: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    count: int = 1
    code: str = ""
    needs: tuple[str, ...] = ()          # what must come before it in a speech: antecedent, partner
    run: bool = False                    # two to four consecutive sentences of one paragraph
    sentences: tuple[str, ...] = ()      # a run's sentences, in order (text is them joined)
    reworded: bool = False               # found only in doc-site reworded (伪原创) documents
    valid: tuple[str, str] = ("", "")    # (from, to) ISO dates when it may be used; "" = open
    layer: str = ""                      # "" for the built-in bank, else the folder of the unit's own bank
    next: str = ""                       # the id of the entry said after it in its source paragraph (a run's next)

    def valid_on(self, date: dt.date | str) -> bool:
        """Whether the entry may be used in a speech of ``date`` (a date or ISO string; see ``valid``)."""
        day = str(date)[:10]
        start, end = self.valid
        return (not start or start <= day) and (not end or day <= end)

    @property
    def slots(self) -> list[str]:
        """Slot names in order of appearance."""
        return [m.group(1) for m in SLOT_RE.finditer(self.text)]

    def to_dict(self) -> dict:
        """The entry as written in phrasebank/*.yaml (stable key order)."""
        d = {
            "id": self.id,
            "text": self.text,
            "category": self.category,
            "role": self.role,
            "topics": list(self.topics),
            "kinds": list(self.kinds),
            "sources": [{"doc": s.doc, "line": s.line, **({"title": s.title} if s.title else {})}
                        for s in self.sources],
            "count": self.count,
            "code": self.code,
        }
        # Newer fields only where they say something, so older banks and readers stay as they were.
        if self.needs:
            d["needs"] = list(self.needs)
        if self.run:
            d["run"] = True
            d["sentences"] = list(self.sentences)
        if self.next:
            d["next"] = self.next
        if self.reworded:
            d["reworded"] = True
        if any(self.valid):
            d["valid"] = {k: v for k, v in zip(("from", "to"), self.valid, strict=True) if v}
        return d

    @classmethod
    def from_dict(cls, d: dict, *, where: str = "") -> Phrase:
        """Build and check an entry read from YAML; PhraseBankError names what is wrong."""
        def bad(msg: str, en: str) -> PhraseBankError:
            return PhraseBankError(msg, file=where or None, field=str(d.get("id", "?")) if isinstance(d, dict) else None,
                                   english=en)
        if not isinstance(d, dict):
            raise bad("词条应为映射", "entry must be a mapping")
        for key in ("id", "text", "category", "role"):
            if not isinstance(d.get(key), str) or not d.get(key):
                raise bad(f"缺少字段 {key}", f"missing field {key}")
        if d["category"] not in CATEGORIES:
            raise bad(f"未知类别 {d['category']}", "unknown category")
        if d["role"] not in CATEGORIES[d["category"]][1]:
            raise bad(f"类别 {d['category']} 下没有作用 {d['role']}", "unknown role")
        for name in SLOT_RE.findall(d["text"]):
            try:
                get_slot(name)
            except KeyError:
                raise bad(f"未登记的占位符 {{{name}}}", "unregistered slot") from None
        try:
            sources = tuple(Source(str(s["doc"]), int(s["line"]), str(s.get("title") or ""))
                            for s in d.get("sources") or ())
        except (KeyError, TypeError, ValueError, AttributeError):
            raise bad("来源格式应为 {doc, line, title}", "sources must be {doc, line, title}") from None
        needs = tuple(str(n) for n in d.get("needs") or ())
        if set(needs) - set(NEEDS):
            raise bad(f"needs 只能是 {'、'.join(NEEDS)}", "unknown need")
        valid = d.get("valid") or {}
        if not isinstance(valid, dict):
            raise bad("valid 应为 {from, to}", "valid must be {from, to}")
        return cls(
            id=d["id"], text=d["text"], category=d["category"], role=d["role"],
            topics=tuple(d.get("topics") or ("general",)), kinds=tuple(d.get("kinds") or ()),
            sources=sources, count=int(d.get("count", 1)), code=str(d.get("code") or ""),
            needs=needs, run=bool(d.get("run")), sentences=tuple(str(x) for x in d.get("sentences") or ()),
            reworded=bool(d.get("reworded")),
            valid=(str(valid.get("from") or ""), str(valid.get("to") or "")),
            next=str(d.get("next") or ""),
        )


@dataclass
class PhraseBank:
    """All entries, with the lookups the composer, the CLI and the exporters need."""

    phrases: list[Phrase] = field(default_factory=list)

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self.phrases)

    def __len__(self) -> int:
        return len(self.phrases)

    def get(self, phrase_id: str) -> Phrase:
        """The entry with this id; PhraseBankError if none."""
        for p in self.phrases:
            if p.id == phrase_id:
                return p
        raise PhraseBankError(f"词库中没有 {phrase_id}", english=f"no entry {phrase_id}")

    def select(
        self,
        *,
        category: str | None = None,
        role: str | None = None,
        topic: str | None = None,
        kind: str | None = None,
        text: str | None = None,
    ) -> list[Phrase]:
        """Entries matching every filter given; ``topic`` also admits entries tagged general,
        ``kind`` also admits entries with no kinds (usable in any kind).

        A layered bank prefers the unit's own wording: when a role is asked for (``category`` and
        ``role``) and the unit's own layers hold at least PREFER_OWN entries for it, only those are
        returned; with fewer, the built-in ones follow them.
        """
        out = self.select_all(category=category, role=role, topic=topic, kind=kind, text=text)
        # (asked of ``out``, not the whole bank: with none of the unit's own among them, ``out`` is the answer)
        if category and role and any(p.layer for p in out):
            own = [p for p in out if p.layer]
            if len(own) >= PREFER_OWN:
                return own
            return own + [p for p in out if not p.layer]
        return out

    @property
    def layered(self) -> bool:
        """True when the unit's own bank is layered over the built-in one."""
        return any(p.layer for p in self.phrases)

    def select_all(self, *, category: str | None = None, role: str | None = None, topic: str | None = None,
                   kind: str | None = None, text: str | None = None) -> list[Phrase]:
        """Like select, with every layer's entries (for browsing and exports)."""
        out = []
        for p in (self._of_role(category, role) if category and role else self.phrases):
            if category and p.category != category:
                continue
            if role and p.role != role:
                continue
            if topic and topic not in p.topics and "general" not in p.topics:
                continue
            if kind and p.kinds and kind not in p.kinds:
                continue
            if text and text not in p.text and text not in p.code:
                continue
            out.append(p)
        return out


    def _of_role(self, category: str, role: str) -> Sequence[Phrase]:
        """The entries of one category and role, in the bank's order: an index made on first ask and again when the
        list of entries is another or its length changed (compose asks ~30–230 times a render; each walked the
        whole bank)."""
        made_for = (id(self.phrases), len(self.phrases))
        index = self.__dict__.get("_role_index")
        if index is None or index[0] != made_for:
            by_role: dict[tuple[str, str], list[Phrase]] = {}
            for p in self.phrases:
                by_role.setdefault((p.category, p.role), []).append(p)
            index = self.__dict__["_role_index"] = (made_for, by_role)
        return index[1].get((category, role), ())


# How many entries of its own a unit's bank needs for a role before the built-in ones are left out of it.
PREFER_OWN = 3


def layer_banks(base: PhraseBank, own: list[tuple[str, PhraseBank]]) -> PhraseBank:
    """The built-in bank with the unit's own banks on top (later ones above earlier ones).

    Own entries come first, marked with their layer; an id or input-method code already taken below gets
    the layer's name (`本单位:task.item.001`) or a numeric suffix, so exports and `phrases show` stay unique.
    An own entry whose text the bank below also has replaces it (the unit's wording wins, once).
    """
    from dataclasses import replace

    phrases: list[Phrase] = []
    ids: set[str] = set()
    codes: set[str] = set()
    texts: set[str] = set()
    for name, bank in reversed(own):
        for p in bank:
            if p.text in texts:
                continue
            pid = p.id if p.id not in ids else f"{name}:{p.id}"
            code = p.code
            n = 2
            while code and code in codes:
                code, n = f"{p.code}{n}", n + 1
            phrases.append(replace(p, id=pid, code=code, layer=name))
            ids.add(pid)
            codes.add(code)
            texts.add(p.text)
    for p in base:
        if p.text in texts:
            continue
        pid = p.id if p.id not in ids else f"内置:{p.id}"
        phrases.append(replace(p, id=pid) if pid != p.id else p)
        ids.add(pid)
        codes.add(p.code)
    # own entries' codes were taken first; a built-in code equal to one of them gets a suffix
    seen: set[str] = set()
    out = []
    for p in phrases:
        code, n = p.code, 2
        while code and code in seen:
            code, n = f"{p.code}{n}", n + 1
        seen.add(code)
        out.append(p if code == p.code else replace(p, code=code))
    return PhraseBank(out)


def _yaml_loader() -> Any:
    import yaml
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# The bundled bank's largest file is ~300 KB; a user's own bank is of the same order.
MAX_BANK_FILE_BYTES = 64 << 20


def load_bank(folder: Path) -> PhraseBank:
    """Read every ``*.yaml`` under ``folder`` except files starting with ``_`` (curation, metadata)."""
    import yaml

    folder = Path(folder)
    if not folder.is_dir():
        raise PhraseBankError("词库目录不存在", file=str(folder), english="phrase bank folder not found")
    phrases: list[Phrase] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        try:
            # regular files of bounded size only: a bank file that is a FIFO or /dev/zero never hangs us
            text = read_regular(path, MAX_BANK_FILE_BYTES, error=PhraseBankError, what="词库文件").decode("utf-8")
            data = yaml.load(text, Loader=_yaml_loader()) or []
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise PhraseBankError(f"无法读取词库文件：{exc}", file=str(path), english="cannot read bank file") from exc
        if not isinstance(data, list):
            raise PhraseBankError("词库文件应为列表", file=str(path), english="bank file must be a list")
        for d in data:
            p = Phrase.from_dict(d, where=str(path))
            if p.id in seen:
                raise PhraseBankError(f"词条编号重复：{p.id}", file=str(path), english="duplicate id")
            seen[p.id] = path.name
            phrases.append(p)
    return PhraseBank(phrases)


def load_layered(override: str | Path | Sequence[str | Path] | None = None, *,
                 load: Callable[[Path], PhraseBank] | None = None) -> PhraseBank:
    """The bank a command uses: the built-in bank with the ``--phrasebank`` folders layered on top (see
    resources.bank_layers); ``load`` reads one folder (default load_bank; the renderer passes its cache)."""
    from ..resources import bank_layers

    load = load or load_bank
    base, own = bank_layers(override)
    if base is not None and not own:
        return load(base)
    if base is None:
        banks = [(p.name, load(p)) for p in own]
        bottom_name, bottom = banks[0]
        return bottom if len(banks) == 1 else layer_banks(bottom, banks[1:])
    return layer_banks(load(base), [(p.name or str(p), load(p)) for p in own])


def dump_phrases(phrases: Iterable[Phrase]) -> str:
    """YAML text for a list of entries: block style, UTF-8 characters kept, stable order."""
    import yaml

    return yaml.safe_dump([p.to_dict() for p in phrases], allow_unicode=True, sort_keys=False,
                          width=1000, default_flow_style=None)
