"""Special and seasonal meetings read for their departments, tools and season words (run by hand).

Usage: python bench/bench_occasion.py [--seeds 1 2] [--detail]

bench/special_briefs/*.yaml rendered; each draft (the brief's own words taken out) read for
- wrong-transmission tools: a sentence naming a tool or a disease that spreads otherwise than the diseases the
  meeting's brief names (compose.occasion: 密切接触者 at a mosquito meeting, 结核 at a 呼吸道 one, 新冠 and 流感 at a
  蚊媒 one, 慢性病 at any meeting on infectious disease), and COVID-era lines outside 2020–2022 (退热、止咳类药品,
  核酸, 健康码);
- season mismatches: a season word out of the meeting's month (春季 in August, 冬春季 in May, 夏秋季 in January);
- rural wording in an urban district or street (农村人居环境, 改厕, 村民);
- departments: in the safeguards' 协同 paragraph, the departments told to act (X部门要) that the brief's sites and
  business call for (compose.duties.item_duties) and those none of its words call for (off).
The thirty-sixth reading's r5 (an August 2025 district 爱卫/蚊媒 meeting) had all four.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.context import brief_view
from jianggao.compose.core import brief_words, compose
from jianggao.compose.duties import departments_in, item_duties
from jianggao.compose.occasion import meeting_spreads, other_disease, seasons_off, tools_off
from jianggao.model.speech import Heading
from jianggao.render import load_resources

HERE = Path(__file__).resolve().parent
_COVID = re.compile(r"退热、止咳|核酸|健康码|行程卡|集中隔离|场所码")
_RURAL = re.compile(r"农村人居环境|农村改厕|村民|村庄清洁")
_DUTY = re.compile(r"([\u4e00-\u9fa5、]{2,14}?)部门(?:要|配合)")
_ANY_DEPT = ("住建", "城市管理", "城管", "商务", "市场监管", "工商", "食品药品监管", "农业农村", "农业", "生态环境", "环保",
             "教育", "水利", "交通运输", "公安", "民政", "文化和旅游", "园林绿化", "财政", "人社", "发改", "医保", "宣传",
             "体育", "应急管理", "安监", "妇联", "编办")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？；])", text) if len(s) > 4]


def _read(path: Path) -> list[tuple[str, str]]:
    """(heading, text) of each paragraph of a .txt draft (jianggao render --format txt): a （一）heading's run-on body
    is its text."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines()[4:]:
        para = raw.strip()
        m = re.match(r"（[一二三四五六七八九十]+）([^。]*)。(.*)", para)
        out.append((m.group(1), m.group(2)) if m else ("", para))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--drafts", type=Path, help="read NAME-sSEED.txt drafts from this folder instead of composing "
                    "(drafts rendered by another commit: the before figures)")
    args = ap.parse_args()
    res = load_resources()
    duties_table = res.templates.wording.get("ITEM_DUTIES") or ()
    totals = {"tools": 0, "covid": 0, "season": 0, "rural": 0, "called": 0, "off": 0, "drafts": 0, "chars": 0}
    for path in sorted((HERE / "special_briefs").glob("*.yaml")):
        brief = load_brief(path)
        view = brief_view(brief)
        keep = sorted((k for k in brief_words(view) if k), key=len, reverse=True)
        brief_text = " ".join(keep)
        # the speech's date as its date line prints it (a brief without one is dated by the plan)
        line = compose(brief, res.bank, res.templates, seed=args.seeds[0]).date_line if args.drafts is None else ""
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)
        date = brief.date or (dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else dt.date(brief.year, 3, 1))
        meeting = brief.meeting_name
        spreads = meeting_spreads(brief.kind, meeting, brief_text)
        tools = tools_off(spreads)
        seasons = seasons_off(brief.kind, date, meeting)
        urban = view.level in ("区", "市辖区", "街道") and not re.search(r"[镇乡]|(?<!城中)村", brief_text.replace("城乡", ""))
        items = [i for p in brief.priorities for i in p.items]
        called = {d for line in item_duties(duties_table, problems=list(brief.problems), items=items,
                                             meeting=brief.meeting or "", date=date, level=view.level, rural=not urban,
                                             township=False)
                  for form in line.split("‖") for d in departments_in(form)}
        for seed in args.seeds:
            name = f"{path.stem}-s{seed}.txt"
            if args.drafts is not None:
                blocks = _read(args.drafts / name)
            else:
                blocks = [((b.text, b.body) if isinstance(b, Heading) and b.level == 2 else
                           ("", b.text + "。" + b.body if isinstance(b, Heading) else b.text))
                          for b in compose(brief, res.bank, res.templates, seed=seed).blocks]
            found: dict[str, list[str]] = {k: [] for k in ("tools", "covid", "season", "rural", "called", "off")}
            text_all = ""
            coordination = ""
            for head, text in blocks:
                text_all += text
                if head and re.search(r"协|合力|联动|配合", head):
                    coordination = text
            for s in _sentences(text_all):
                bare = s
                for k in keep:
                    bare = bare.replace(k, "")
                if any(p.search(bare) for p in tools) or other_disease(bare, spreads):
                    found["tools"].append(s)
                if _COVID.search(bare) and not (2020 <= date.year <= 2022):
                    found["covid"].append(s)
                if any(p.search(bare) for p in seasons):
                    found["season"].append(s)
                if urban and _RURAL.search(bare):
                    found["rural"].append(s)
            if called:
                for m in _DUTY.finditer(coordination):
                    for d in m.group(1).split("、"):
                        d = next((x for x in _ANY_DEPT if d.endswith(x)), "")
                        if d:
                            found["called" if d in called else "off"].append(d)
            totals["drafts"] += 1
            totals["chars"] += len(text_all)
            for k, v in found.items():
                totals[k] += len(v)
            line = "  ".join(f"{k} {len(v)}" for k, v in found.items())
            print(f"{path.stem} s{seed}: {line}  (spreads {'/'.join(sorted(spreads)) or '-'})")
            if args.detail:
                for k, v in found.items():
                    for s in v:
                        print(f"    {k}: {s}")
    print(f"{totals['drafts']} drafts, {totals['chars']} characters: wrong-transmission tools {totals['tools']}, "
          f"COVID-era lines outside 2020–2022 {totals['covid']}, season mismatches {totals['season']}, rural wording in "
          f"urban places {totals['rural']}; safeguards' departments called for by the brief {totals['called']}, "
          f"off {totals['off']}")


if __name__ == "__main__":
    main()
