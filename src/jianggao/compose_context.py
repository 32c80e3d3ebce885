"""What the section templates see: slot values and brief data prepared as plain views (never template source)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .brief import Brief, Metric
from .numbers import chinese_count, five_year_plan, is_good_news, metric_phrase, target_phrase
from .picker import TopicView
from .topics import get_topic, resolve_topic

# Work areas drafted in general terms when a brief names none, in the order a speech usually takes them.
DEFAULT_TOPICS = (
    "medical_reform", "public_health", "medical_services", "primary_care", "tcm", "maternal_child",
    "elderly_health", "health_promotion", "patriotic_health", "workforce", "informatization", "regulation",
    "emergency", "population_family",
)
# Work areas a special-topic meeting leans on when the brief names none.
SPECIAL_DEFAULT = "patriotic_health"


def _spoken_name(key: str) -> str:
    """The short name a speaker says for a registered area: 医改 rather than 深化医药卫生体制改革."""
    t = get_topic(key)
    short = {"medical_reform": "医改", "disease_control": "疾病预防控制", "emergency": "卫生应急",
             "party_building": "党建和党风廉政建设"}
    return short.get(key, t.name)


def topic_view(typed: str) -> TopicView:
    """The area a secretary typed: registered ones keep her wording; unknown ones are drafted generally."""
    t = resolve_topic(typed)
    name = plain(typed.strip().removesuffix("工作") or typed.strip())
    if t is None:
        return TopicView("general", name, known=False)
    return TopicView(t.key, name)


def default_topic(key: str) -> TopicView:
    """A registered area the brief did not name, under its spoken name."""
    return TopicView(key, _spoken_name(key))


def plain(text: str) -> str:
    """Brief text made safe for the line markup (¶ and # are markup; briefs never need them)."""
    return text.replace("¶", "").replace("#", "＃")


def clause(text: str) -> str:
    """Brief free text as a clause inside a sentence: no closing punctuation."""
    return plain(text).strip().rstrip("。；;，,！!")


def level_word(level: str) -> str:
    """The administrative word used in 区委 / 县政府: 市辖区 speaks as 区."""
    return "区" if level == "市辖区" else level


def org_slots(brief: Brief) -> dict[str, str]:
    """{org} {party} {government} {bureau} derived from the level, unless the brief names on_behalf_of."""
    lv = level_word(brief.region.level or "区")
    if lv in ("乡", "镇"):
        party, government = f"{lv}党委", f"{lv}政府"
    elif lv == "街道":
        party, government = "街道党工委", "街道办事处"
    elif lv == "盟":
        party, government = "盟委", "盟行政公署"
    else:
        party, government = f"{lv}委", f"{lv}政府"
    if lv == "省":
        bureau = "省卫生健康委员会"
    elif lv in ("乡", "镇", "街道"):
        bureau = f"{lv}卫生健康办公室" if lv != "街道" else "街道卫生健康办公室"
    else:
        bureau = f"{lv}卫生健康局"
    org = brief.speaker.on_behalf_of or f"{party}、{government}"
    return {"org": plain(org), "party": party, "government": government, "bureau": bureau}


def slot_values(brief: Brief, *, parts: int, topic: TopicView) -> dict[str, str | None]:
    """Values for every registered slot; None where the brief gives nothing (phrases needing it are skipped)."""
    person = None
    if brief.previous_speakers:
        person = brief.previous_speakers[0].name + "同志"
    values: dict[str, str | None] = {
        "region": brief.region.name,
        "region_short": brief.region.short,
        "level": level_word(brief.region.level or "区"),
        "scope": brief.region.scope,
        "year": str(brief.year),
        "prev_year": str(brief.prev_year),
        "meeting": brief.meeting_name,
        "topic": topic.name,
        "speaker": brief.speaker.name or None,
        "person": person,
        "count": chinese_count(parts) if 0 < parts < 100 else None,
    }
    values.update(org_slots(brief))
    return {k: plain(v) if v else v for k, v in values.items()}


@dataclass(frozen=True)
class ResultsView:
    """Last year's results in one area: metric clauses split into good news and setbacks, and facts."""

    topic: TopicView
    results: tuple[str, ...] = ()
    setbacks: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()

    @property
    def has_data(self) -> bool:
        return bool(self.results or self.setbacks or self.facts)


@dataclass(frozen=True)
class TasksView:
    """This year's work in one area: measures, target clauses (力争…), and whether the brief named it."""

    topic: TopicView
    items: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    from_brief: bool = True


@dataclass(frozen=True)
class SpeakerView:
    """Someone who spoke before (刚才，李华同志作了工作报告)."""

    name: str
    title: str
    content: str


@dataclass
class BriefView:
    """The brief as template data: names, lists of clauses, and the topics each part covers."""

    region: str
    region_short: str
    scope: str
    level: str
    year: int
    prev_year: int
    meeting: str
    speaker: str
    speaker_title: str
    org: str
    party: str
    government: str
    bureau: str
    main_topic: TopicView
    plan: tuple[str, str] | None
    previous_speakers: list[SpeakerView] = field(default_factory=list)
    achievements: list[ResultsView] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    priorities: list[TasksView] = field(default_factory=list)
    closing: str = ""


def _results(metrics: list[Metric]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    good = tuple(plain(metric_phrase(m)) for m in metrics if is_good_news(m))
    bad = tuple(plain(metric_phrase(m)) for m in metrics if not is_good_news(m))
    return good, bad


def main_topic(brief: Brief) -> TopicView:
    """The area a special-topic speech is about (its first priority or achievement), else 卫生健康."""
    if brief.kind == "special_topic":
        for group in [*brief.priorities, *brief.achievements]:
            return topic_view(group.topic)
        return default_topic(SPECIAL_DEFAULT)
    return TopicView("general", "卫生健康")


def brief_view(brief: Brief) -> BriefView:
    """Everything the templates read about the brief, already phrased (metrics per GB/T 15835)."""
    orgs = org_slots(brief)
    achievements = []
    for g in brief.achievements:
        good, bad = _results(list(g.metrics))
        achievements.append(ResultsView(topic_view(g.topic), good, bad, tuple(clause(f) for f in g.facts if clause(f))))
    priorities = [TasksView(topic_view(p.topic), tuple(clause(i) for i in p.items if clause(i)),
                            tuple(plain(target_phrase(t)) for t in p.targets))
                  for p in brief.priorities]
    return BriefView(
        region=plain(brief.region.name), region_short=plain(brief.region.short or brief.region.name),
        scope=brief.region.scope, level=level_word(brief.region.level or "区"),
        year=brief.year, prev_year=brief.prev_year, meeting=plain(brief.meeting_name),
        speaker=plain(brief.speaker.name), speaker_title=plain(brief.speaker.title),
        org=orgs["org"], party=orgs["party"], government=orgs["government"], bureau=orgs["bureau"],
        main_topic=main_topic(brief), plan=five_year_plan(brief.year),
        previous_speakers=[SpeakerView(plain(s.name), plain(s.title), clause(s.content)) for s in brief.previous_speakers],
        achievements=achievements,
        problems=[clause(p) for p in brief.problems if clause(p)],
        priorities=priorities,
        closing=clause(brief.closing or ""),
    )


def task_topics(view: BriefView, fill: int, kind: str) -> list[TasksView]:
    """The areas the tasks part covers: the brief's own, topped up with general ones as length asks."""
    named = list(view.priorities)
    if kind == "special_topic":
        return named or [TasksView(view.main_topic, from_brief=False)]
    if kind in ("pledge", "address"):
        return named
    want = min(12, max(3, 3 + fill // 2))
    have = {t.topic.key for t in named}
    for key in DEFAULT_TOPICS:
        if len(named) >= want:
            break
        if key not in have:
            named.append(TasksView(default_topic(key), from_brief=False))
    return named


def review_topics(view: BriefView, fill: int, kind: str) -> list[ResultsView]:
    """The areas the review part covers: the brief's results, or general ones when it gives none."""
    if view.achievements:
        return list(view.achievements)
    if kind in ("pledge", "address"):
        return []
    want = min(8, max(3, 2 + fill // 2))
    return [ResultsView(default_topic(k)) for k in DEFAULT_TOPICS[:want]]
