"""Test helpers for composition: a synthetic phrase bank written to tmp_path, and briefs built from dicts."""
from __future__ import annotations

from pathlib import Path

import yaml

from jianggao.compose.numbers import chinese_count
from jianggao.model.bank import CATEGORIES, PhraseBank, load_bank
from jianggao.model.brief import Brief
from jianggao.model.topics import get_topic, topic_keys

REPO = Path(__file__).resolve().parent.parent

# Neutral characters (no place, level, time-frame or work-area words) from which each synthetic entry
# takes its own stretch: entries must not share long runs, or compose rightly drops them as one thing
# said twice (compose._ECHO_BODY).
_POOL = ("春夏秋冬风云雷电花草树木金银铜铁琴棋书画诗词歌赋江湖日月星辰梅兰竹菊松柏杨柳桃李杏梨鸟兽虫鱼"
         "龙凤麒麟山川河海晨昏朝暮晴雨霜雪林泉溪涧峰岭沙石珠玉锦绣丹青翠碧紫红黄蓝橙绿白黑灰褐赤橘"
         "稻麦黍稷桑麻瓜果葱韭蒜姜茶酒饭粥饼糕鹤雁燕莺鹰鸥鸽鹊蝶蜂蚕蛙帆舟桥塔亭台楼阁窗门扇灯烛")


def _stretch(i: int, n: int = 10) -> str:
    start = (i * 7) % len(_POOL)
    return (_POOL + _POOL)[start:start + n]


def synthetic_entries(per_role: int = 8) -> list[dict]:
    """Entries for every (category, role), general ones plus topic-tagged task and achievement entries."""
    out = []
    for cat, (cat_zh, roles) in CATEGORIES.items():
        for role in roles:
            tags: list[list[str]] = [["general"]] * per_role
            if (cat, role) in {("task", "item"), ("achievement", "topic"), ("heading", "topic")}:
                tags = tags + [[k] for k in topic_keys() for _ in range(8)]
            for i, topics in enumerate(tags, start=1):
                topic_zh = "通用" if topics[0] == "general" else get_topic(topics[0]).name
                n = len(out)
                label = f"{cat_zh}{roles[role]}第{chinese_count(i % 99)}句{topic_zh}"
                if cat in ("heading", "parallel"):
                    text = f"扎实推进{{topic}}{label}" if role == "topic" else f"标题{label}"
                elif role == "announce":
                    text = f"下面，我讲{{count}}点意见，{label}。"
                else:
                    text = (f"{{region}}{_stretch(n, 4)}{cat_zh}{_stretch(n + 3, 3)}{roles[role]}第{chinese_count(i % 99)}句"
                            f"{_stretch(n + 7, 3)}{topic_zh}，{_stretch(n + 11)}，{_stretch(n + 17)}。")
                out.append({"id": f"{cat}.{role}.{i:03d}", "text": text, "category": cat, "role": role,
                            "topics": topics, "kinds": [], "sources": [{"doc": "test.txt", "line": i}],
                            "count": 1})
    return out


def synthetic_bank(tmp_path: Path, per_role: int = 24) -> PhraseBank:
    """A rich bank written as phrasebank/*.yaml files and loaded back through load_bank."""
    folder = tmp_path / "bank"
    folder.mkdir(exist_ok=True)
    by_cat: dict[str, list[dict]] = {}
    for e in synthetic_entries(per_role):
        by_cat.setdefault(e["category"], []).append(e)
    for cat, entries in by_cat.items():
        (folder / f"{cat}.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return load_bank(folder)


def sample_brief(name: str) -> Brief:
    """A brief from samples/."""
    return Brief.model_validate(yaml.safe_load((REPO / "samples" / name).read_text(encoding="utf-8")))


def brief(**data) -> Brief:
    """A brief from keyword data, with year and region defaulted."""
    data.setdefault("year", 2025)
    data.setdefault("region", {"name": "临江区"})
    return Brief.model_validate(data)


def speech_answers(brief, res, seed, monkeypatch):
    """The rendered text of ``brief`` and the Answers its speech made (compose.answers.Answers: each answer as said,
    the frames), or None where it made none."""
    from jianggao.compose import answers, core
    from jianggao.compose.core import compose
    from jianggao.writers.text import render_text

    made = []

    def record(*args, **kwargs):
        made.append(answers.answers_for(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(core, "answers_for", record)
    try:
        text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
    finally:
        monkeypatch.undo()
    return text, (made[-1] if made else None)


def rationed_alike(text: str) -> str:
    """``text`` with each word compose.tics.rationed may drop gone and each it may reword in one wording, so an answer
    as composed is found in the speech however the ration left it (对照 a standard once, then 按照; 定期 twice; …)."""
    for word, alike in (("各项任务", "各项工作"), ("对照", "按照"), ("落到实处", "落实好"), ("要按照职责分工", "要各司其职"),
                        ("期盼", "期望"), ("逐项", ""), ("此外，", ""), ("定期", ""), ("经常", ""), ("要着力", "要")):
        text = text.replace(word, alike)
    return text


def composed_with_answers(brief, res, seed, monkeypatch):
    """The rendered text of ``brief`` and each answered problem's sentence as said (compose.answers.Answers.said):
    answers open in many frames, most not naming the problem first, so a test finds them by what they say (both in
    the words compose.tics.rationed leaves: rationed_alike)."""
    text, made = speech_answers(brief, res, seed, monkeypatch)
    text = rationed_alike(text)
    said = {p: rationed_alike(s) for p, s in made.said.items()} if made else {}
    # a problem joining several gaps is answered gap by gap (compose.gaps): it is answered by what its gaps' answers say
    from jianggao.compose.gaps import gaps_of

    for p in brief.problems:
        parts = list(dict.fromkeys(said[g] for g in gaps_of(p) if g != p and g in said))
        if parts and p not in said:
            said[p] = "".join(parts)
    return text, said


def sentence_saying(sentences, said):
    """The index of the sentence of ``sentences`` that says the measure of ``said`` (the longest shared run, at least
    12 characters), None where none does."""
    from jianggao.model.text import longest_run

    best = max(range(len(sentences)), key=lambda i: longest_run(sentences[i], said), default=None)
    return best if best is not None and longest_run(sentences[best], said) >= 12 else None


FRESH = REPO / "bench" / "fresh_briefs"


def wording_table(name: str) -> list:
    """A wording table of templates/wording (its list, or the list its one top-level key holds)."""
    data = yaml.safe_load((REPO / "templates" / "wording" / name).read_text(encoding="utf-8"))
    return data if isinstance(data, list) else next(iter(data.values()))
