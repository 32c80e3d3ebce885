"""Which departments the brief's own items and problems call on, and for what (templates/wording/item_duties.yaml).

The safeguards' 协同配合 item named a fixed list per work area: a 2025 district's mosquito meeting whose problem was
积水 at 建筑工地 and 废品收购站 told 农业农村 to guard against 人畜共患病 and told 住建 and 商务 nothing (the
thirty-sixth reading, r5).  Here the brief's words pick the department: a 工地 is 住建's, a 废品收购站 商务's, a
农贸市场 市场监管's, a 背街小巷 城管's, a 学校 教育's; the department is named as it was called on the speech's date
(工商 and 食品药品监管 before the 2018–2019 reform, 农业农村 and 生态环境 after).  The per-area rows in the template
speak only for what the brief's words do not reach.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import body_work, levels
from .item_content import in_window

ALTERNATE = "‖"
# the 2018–2019 institutional reform: 市场监管, 农业农村, 生态环境, 文化和旅游 replaced their forerunners
_REFORM = dt.date(2019, 1, 1)


def department_words(date: dt.date) -> dict[str, str]:
    """The short names of the departments on ``date`` (as they open a duty: 住建部门要…)."""
    reformed = date >= _REFORM
    return {
        "zhujian": "住建", "chengguan": "城市管理" if reformed else "城管", "shangwu": "商务",
        "shichang": "市场监管" if reformed else "工商", "shipin": "市场监管" if reformed else "食品药品监管",
        "nongye": "农业农村" if reformed else "农业", "huanbao": "生态环境" if reformed else "环保",
        "jiaoyu": "教育", "shuili": "水利", "jiaotong": "交通运输", "gongan": "公安", "minzheng": "民政",
        "wenlv": "文化和旅游" if reformed else "文化、旅游", "yuanlin": "园林绿化", "haiguan": "海关",
    }


_TOLD = re.compile(r"([\u4e00-\u9fa5、]{2,14}?)部门(?:要|配合)")


def departments_in(line: str) -> list[str]:
    """The departments ``line`` tells to act, in order (住建部门要…，商务部门要… → 住建, 商务)."""
    out: list[str] = []
    for m in _TOLD.finditer(line):
        for who in m.group(1).split("、"):
            who = re.sub(r"^.*?[，。；]|^(?:会同|要|由)", "", who)
            if who and who not in out:
                out.append(who)
    return out


def tells_partner(line: str) -> bool:
    """Whether ``line`` opens by telling a partner department its part (农业部门要…, 教育、市场监管部门要…), not the
    health system's own (卫生计生部门和农业部门要…)."""
    m = _TOLD.match(line)
    return m is not None and not m.group(1).startswith("卫生")


def _names(texts: Sequence[str], words: Sequence[str]) -> bool:
    return any(w in t for t in texts for w in words)


def item_duties(table: Sequence[Mapping[str, Any]], *, problems: Sequence[str], items: Sequence[str], meeting: str,
                date: dt.date, level: str, rural: bool, township: bool) -> list[str]:
    """The duty lines (wordings joined by ‖, each opening with its departments: 住建部门要…) for what the brief names,
    the problems' sites first, then the items', then the meeting's; a township's own lines (its 社区, 村 and the units
    in its bounds) where it speaks, since it tasks no department.  No entry twice, no department opening two lines."""
    names = department_words(date)
    # villages: a 县's, a 乡's or a 镇's, or a 区's whose brief names them (plan.rural)
    villages = rural or levels.word(level) in ("县", "旗", "乡", "镇")
    out: list[str] = []
    opened: set[str] = set()
    for texts in ([*problems], [*items], [meeting]):
        for entry in table:
            if not _names(texts, entry.get("when", ())) or (entry.get("also") and not _names(texts, entry["also"])):
                continue
            if not in_window(entry, date):
                continue
            if (entry.get("rural") and not villages) or (entry.get("urban") and levels.word(level) == "乡"):
                continue
            raw = entry.get("town") if township else entry.get("text")
            if not raw:
                continue
            # {sites}: the places of the entry the brief itself names, in its words (背街小巷、城中村)
            said = [w for w in entry.get("when", ()) if _names(texts, (w,))]
            sites = "、".join([w for w in said if not any(w != o and w in o for o in said)][:3])
            text = raw.format(**names, sites=sites)
            if text in out:
                continue
            first = text.split(ALTERNATE)[0].split("要")[0]
            if not township and first in opened:
                continue
            if body_work.mismatch(first, text.split(ALTERNATE)[0], date):
                continue        # a department told another body's work (model/body_work)
            opened.add(first)
            out.append(text)
    return out


# A partner's line that names a setting of its own (学校, 托育) is said only where the speech's own tasks reach that
# setting: a partner is told what the speech's tasks need of it (reading 41: 教育部门要抓好学校卫生和学生健康工作 in
# the safeguards of a speech that set no school task).  (the setting's words in a line, the words of the brief's
# problems and items that ask for it), the first whose setting a line names deciding; a school's part in stopping
# outbreaks is asked by any task on infectious disease)
_SETTINGS = (
    (re.compile(r"学校传染病|学校[^，。；]{0,6}疫情"),
     re.compile(r"学校|学生|校园|传染病|疫情|流感|诺如|水痘|手足口|结核|麻疹|呼吸道")),
    (re.compile(r"学校|学生|校园"), re.compile(r"学校|学生|校园|青少年|儿童|近视|肥胖|托幼|幼儿园|中小学")),
    (re.compile(r"托育"), re.compile(r"托育|婴幼儿|托位|3岁以下|三岁以下|托幼|普惠托")),
    # (the police on violence in hospitals: only where the brief speaks of order, disputes or safety in hospitals —
    # sec44's w4, a 医改 meeting on 医共体 and 专科 that told 公安 to 依法打击涉医违法犯罪)
    (re.compile(r"涉医|医疗秩序|公安部门要配合做好突发疫情"),
     re.compile(r"医闹|涉医|医疗秩序|纠纷|医患|平安医院|安保|伤医|疫情|突发|传染病")),
)


def line_needed(line: str, said: str) -> bool:
    """Whether a partner department's ``line`` is needed by a speech whose tasks say ``said`` (the brief's problems and
    items): yes unless it names a setting (学校, 托育) that ``said`` never reaches."""
    asked = next((asked for setting, asked in _SETTINGS if setting.search(line)), None)
    return asked is None or bool(asked.search(said))

