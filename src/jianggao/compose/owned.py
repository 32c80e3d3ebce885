"""Every heading owns what is under it: the narrow subject of a line, and headings checked against their text.

Reading 47 (STRUCT, 29 of 110 defects) found lines under headings whose subject they do not share — 接种点、留观 under
登革热 and under 精神卫生, 安全生产 in the COVID paragraph, market duties under 形成工作合力 — and headings promising
what the text under them does not hold: （一）压实领导责任 over 牵头、配合 units with no leader named, 总体要求和主要目标
over a part that sets no target.  ``fine_subject`` names a line's narrow subject (a special meeting's facet, or one of
the few businesses the readers found misfiled); ``headings_owned`` rewords a heading whose claim its text does not
back.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..corpus.sentences import split_sentences
from ..model.speech import Block, Heading, Paragraph
from ..model.text import longest_run
from .context import FACET_SUBJECTS
from .duties import tells_partner

# Narrow businesses beyond the facets (reading 47's misfiled lines), each with the words that name it.
_MORE: dict[str, tuple[str, ...]] = {
    "医养结合": ("医养结合", "养老机构", "医养"),
    "人才": ("人才", "公开招聘", "定向培养", "职称评聘", "编制"),
    "安全生产": ("安全生产", "消防安全", "隐患排查"),
    "蚊媒传染病": ("登革热", "蚊媒", "伊蚊", "翻盆倒罐"),
    "院感": ("院感", "感染防控", "医院感染"),
    "精神卫生": ("精神卫生", "精神障碍", "肇事肇祸"),
    "妇幼": ("孕产妇", "母婴安全", "新生儿"),
    "医保支付": ("支付方式", "按病种", "疾病诊断相关分组", "DRG", "DIP"),
    "医共体": ("医共体", "医联体", "医疗集团"),
}


# Words a facet's subject holds beyond those facet_of weighs (reading 47's r4: 健全村庄保洁长效机制 shares no word with
# 部分村垃圾收运不及时, yet village cleaning is the rubbish's business; 保障群众基本用药 is the drug supply's).
_ALSO: dict[str, tuple[str, ...]] = {
    "加快改善农村环境卫生": ("保洁", "收运", "清运", "村庄"),
    "持续开展城乡环境卫生整治": ("集贸市场",),
    "健全药品供应保障体系": ("用药",),
}


def _groups() -> dict[str, tuple[str, ...]]:
    """The narrow subjects: each facet (variants holding the same words are one) with _ALSO, and _MORE."""
    out: dict[str, tuple[str, ...]] = {}
    seen: set[tuple[str, ...]] = set()
    for key, words in FACET_SUBJECTS.items():
        if words not in seen:
            seen.add(words)
            out[key] = words + _ALSO.get(key, ())
    out.update(_MORE)
    return out


SUBJECTS: dict[str, tuple[str, ...]] = _groups()


@lru_cache(maxsize=8192)
def fine_subject(text: str) -> str:
    """The narrow subject (SUBJECTS) ``text`` names most words of, the first on a tie; "" where it names none."""
    best, most = "", 0
    for key, words in SUBJECTS.items():
        n = sum(1 for w in words if w in text)
        if n > most:
            best, most = key, n
    return best


def fine_subjects(text: str) -> frozenset[str]:
    """Every narrow subject ``text`` names a word of."""
    return frozenset(key for key, words in SUBJECTS.items() if any(w in text for w in words))


def owns(item: str, text: str) -> bool:
    """Whether a brief ``item`` is the home of ``text`` (a problem with its answer) by subject: the narrow subject the
    item names is the one ``text`` names most (村庄保洁 for 垃圾收运不及时, which shares no two characters with it)."""
    mine = fine_subjects(item)
    return bool(mine) and fine_subject(text) in mine


# A heading that promises a leader's responsibility, and what names one (主要负责同志、一把手、分管领导, a party
# committee or government taking the lead).
_LEADER_HEAD = re.compile(r"领导责任")
# (镇政府将定期听取… is the government hearing reports, not a leader answering for the work: r4's 落实领导责任)
_LEADER_SAID = re.compile(r"主要负责|一把手|主要领导|分管领导|领导同志|负责同志|领导班子|班子成员|第一责任人|亲自")
# A heading that promises a target, and what sets one (a figure, 目标, 达到, 力争, 确保…以上).
_TARGET_HEAD = re.compile(r"和主要目标|与主要目标|及主要目标")
# (a year such as 2023年 is no target: r2's part 二 named the year and set nothing)
# (nor 以上 alone: 综合考虑以上因素 is no target)
_TARGET_SAID = re.compile(r"\d(?:%|‰|个|张|所|家|人|万|元|岁|名|项)|\d[%‰]?以[上内]|力争|达到|目标是|零死亡")


# Headings (templates/wording/task_headings.yaml) that claim a lever or a kind of work, what under them delivers it,
# and the area's plainer wording said instead where nothing does (reading 47: r3's 推动优质医疗资源扩容提质 over 院感,
# 质量 and 就医感受, nothing 扩容; r2's 以医共体建设为抓手纵深推进医改 whose 一是 was 支付方式改革).  ``first``: the
# claim is on what the subsection says first (its lever), not anywhere in it.
_CLAIMS: tuple[tuple[str, re.Pattern[str], bool, str], ...] = (
    ("推动优质医疗资源扩容提质", re.compile(r"扩容|下沉|医联体|医共体|医疗中心|专科联盟|对口支援|床位"), False,
     "不断提高医疗质量和服务水平"),
    # (no plainer wording here: every other 医改 heading names the topic alone, which a reform meeting's subsections may
    # not (test_closing_names); the lever's item goes first instead, lever_first)
    ("以医共体建设为抓手纵深推进医改", re.compile(r"医共体|医联体|医疗集团"), True, ""),
)
_FIRST_ITEM = re.compile(r"(?:^|(?<=[。！]))一是([^，。]+)")


def _text_under(blocks: list[Block], at: int) -> str:
    """The text a heading at ``at`` owns: its run-on body and the paragraphs up to the next heading of its level or
    above."""
    head = blocks[at]
    assert isinstance(head, Heading)
    out = [head.body]
    for b in blocks[at + 1:]:
        if isinstance(b, Heading) and b.level <= head.level:
            break
        out.append(b.body if isinstance(b, Heading) else b.text if isinstance(b, Paragraph) else "")
    return "".join(out)


_ITEM_START = re.compile(r"(?:^|(?<=[。！]))[一二三四五六七八九十]+是")


def _lever_first(blocks: list[Block], at: int, lever: re.Pattern[str]) -> bool:
    """Put first (in place) the numbered item of the subsection at ``at`` whose head names ``lever``, the items
    numbered again (r2's 二是深化紧密型县域医共体建设 under 以医共体建设为抓手… comes before 推进医保支付方式改革); False
    where no item does or the items are not laid out one a paragraph after the first."""
    from .numbers import ordinal_item

    head = blocks[at]
    assert isinstance(head, Heading)
    end = next((j for j in range(at + 1, len(blocks)) if isinstance(blocks[j], Heading)), len(blocks))
    paras = list(range(at + 1, end))
    if not all(isinstance(blocks[j], Paragraph) for j in paras):
        return False
    m = _ITEM_START.search(head.body)
    if m is None:
        return False
    lead, texts = head.body[:m.start()], [head.body[m.start():]] + [_text(blocks[j]) for j in paras]
    # (the texts after the first item's: each item a paragraph opening on its ordinal, its further paragraphs after it)
    if any(_ITEM_START.search(t, 1) for t in texts):
        return False
    units: list[list[str]] = []
    for t in texts:
        if _ITEM_START.match(t) or not units:
            units.append([t])
        else:
            units[-1].append(t)
    k = next((n for n, u in enumerate(units) if n and lever.search(re.split(r"[，。]", u[0], maxsplit=1)[0])), None)
    if k is None:
        return False
    units.insert(0, units.pop(k))
    for n, u in enumerate(units):
        u[0] = ordinal_item(n + 1) + _ITEM_START.sub("", u[0], count=1)
    flat = [t for u in units for t in u]
    blocks[at] = Heading(head.level, head.number, head.text, lead + flat[0])
    for j, t in zip(paras, flat[1:], strict=True):
        blocks[j] = Paragraph(t)
    return True


def headings_owned(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each heading's claim backed by its text: 落实/压实领导责任 with no leader named under it says
    工作责任; 总体要求和主要目标 with no target under it says 总体要求."""
    out = list(blocks)
    for i, b in enumerate(out):
        if not isinstance(b, Heading):
            continue
        text = b.text
        if _LEADER_HEAD.search(text) and not _LEADER_SAID.search(_text_under(out, i)):
            text = _LEADER_HEAD.sub("工作责任", text)
        if _TARGET_HEAD.search(text) and not _TARGET_SAID.search(_text_under(out, i)):
            text = _TARGET_HEAD.sub("", text)
        for claim, delivered, first, plainer in _CLAIMS:
            if text.rstrip("。") != claim:
                continue
            under = _text_under(out, i)
            lever = _FIRST_ITEM.search(under)
            said = (lever.group(1) if lever else _sentences(under)[0] if under else "") if first else under
            taken = {x.text.rstrip("。") for x in out if isinstance(x, Heading)}
            if delivered.search(said):
                continue
            if first and _lever_first(out, i, delivered):
                continue
            if plainer and plainer not in taken:
                text = plainer + ("。" if text.endswith("。") else "")
        if text != b.text:
            out[i] = Heading(b.level, b.number, text, b.body)
    return out


_ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]+是")
# A line saying a problem's answer shares at least this long a run with it (the answer may be split or trimmed since).
_ANSWER_RUN = 12
# a part whose subsections place no work (the review, the understanding, the situation): its lines stay
_NOT_WORK = re.compile(r"成绩|回顾|认识|形势|肯定|进展|总体")


def _text(block: Block) -> str:
    return block.body if isinstance(block, Heading) else block.text


def _sentences(text: str) -> list[str]:
    found = split_sentences(text)
    return found if "".join(found) == text else [text]


class _Sub:
    """A subsection: its heading block's index, its paragraphs' indexes and its narrow subjects."""

    def __init__(self, at: int, heading: Heading, work: bool) -> None:
        self.at = at
        self.heading = heading
        self.paras: list[int] = []
        self.work = work
        heads = heading.text + "".join(m.group(0) for m in re.finditer(r"(?:^|(?<=[。！]))[一二三四五六七八九十]+是[^，。]+",
                                                                      heading.body))
        self.own = fine_subjects(heads)
        self.main = fine_subject(heading.text)
        # (its heading and its items' heads: what the block is about, for the area a line is on)
        self.heads = [heading.text] + re.findall(r"(?:^|(?<=[。！]))[一二三四五六七八九十]+是([^，。]+)", heading.body)


def _subsections(blocks: list[Block]) -> list[_Sub]:
    out: list[_Sub] = []
    work = True
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and b.level == 1:
            work = not _NOT_WORK.search(b.text)
            out.append(_Sub(i, b, False))     # a part's own lines (its lead) are no subsection's
            out[-1].own = frozenset()
        elif isinstance(b, Heading) and b.level == 2:
            out.append(_Sub(i, b, work))
        elif isinstance(b, Paragraph) and out:
            if b.text.startswith("同志们"):
                break             # the closing: no subsection's
            out[-1].paras.append(i)
            if out[-1].work and _ITEM_HEAD.match(b.text):
                out[-1].own |= fine_subjects(re.split(r"[，。]", b.text, maxsplit=1)[0])
                out[-1].heads.append(re.split(r"[，。]", _ITEM_HEAD.sub("", b.text), maxsplit=1)[0])
    return out


# How work is steered (money, checks): a safeguard's line on a task's subject is still the safeguard's (进一步保障卫生
# 人才引育工程所需的资金 is 经费保障's, not the 人才 block's).
_STEERS = re.compile(r"经费|资金|财政|投入|考核|督查|督导|问责|通报")


def _same_area(line: str, sub: _Sub) -> bool:
    """Whether ``line`` is on its subsection's area (model.topics, the first named), or on one of its items' (a
    catch-all's 二是充分发挥中医药特色优势 holds its 中医药人才 line: test_serve's b13)."""
    from ..model.topics import classify

    mine = classify(line)[:1]
    return bool(mine) and any(mine == classify(h)[:1] for h in sub.heads)


def _own_area(line: str, sub: _Sub, home: _Sub) -> bool:
    """Whether ``line`` is on its subsection's area (model.topics) and not on its home's: 中医药人才培养 is the 中医药
    block's, though its narrow subject is 人才 (b13's, moved to the 人才 block at first)."""
    from ..model.topics import classify

    mine = classify(line)[:1]
    return bool(mine) and any(mine == classify(h)[:1] for h in sub.heads) and mine != classify(home.heading.text)[:1]


def lines_home(blocks: list[Block], floor: int = 0, answers: Sequence[str] = ()) -> list[Block]:
    """``blocks`` with each task or safeguard line on a narrow subject its subsection does not name (fine_subjects of
    its heading and items) said instead under the subsection headed by that subject (reading 47: the market's
    开办者责任 under 形成工作合力, 病媒 in (一) and again in (三)); a line with no such home goes where its subsection has
    a subject of its own and the speech stays above ``floor`` characters (接种点、留观 under 登革热).  A line that leans
    on the one before it, or that the next leans on or follows (同时要… after it would open its paragraph), an item's head
    and a subsection's first line stay; so does the answer to one of the brief's problems (``answers``, as said): it
    is where the compose placed it (Answers.place), and dropped, the problem went unanswered (test_answers, seed 2)."""
    from .needs import needs_of
    from .samepoint import same
    from .subject import SUBJECT_LEAST, work_held, work_words

    out = list(blocks)
    subs = [s for s in _subsections(out) if s.work]
    # (each subject's home: the one subsection whose heading is on it)
    homes: dict[str, _Sub] = {}
    for s in subs:
        if s.main and sum(1 for o in subs if o.main == s.main) == 1:
            homes[s.main] = s
    size = sum(len(b.number) + len(b.text) + len(b.body) if isinstance(b, Heading) else len(b.text) for b in out)
    moved: dict[int, list[str]] = {}
    for s in subs:
        # (the heading's own work, held by half: 环境治理 alone does not put a 病媒 line under 农贸市场环境卫生整治)
        weight = sum(v for v, _ in work_words(s.heading.text).values())
        texts = [(s.at, s.heading.body)] + [(i, _text(out[i])) for i in s.paras]
        counts = [len(_sentences(t)) for _, t in texts]
        for n, (i, text) in enumerate(texts):
            later = sum(counts[n + 1:])
            sents = _sentences(text)
            keep: list[str] = []
            for k, x in enumerate(sents):
                f = fine_subject(x)
                first = i == s.at and k == 0
                leans = bool(needs_of(x) & {"antecedent", "follows", "partner"}) or (
                    k + 1 < len(sents) and bool(needs_of(sents[k + 1]) & {"antecedent", "follows", "partner"}))
                home = homes.get(f)
                # (a line naming a task by its heading steers it — 农贸市场环境卫生专项整治任务推进滞后的，… — and stays)
                if not f or first or leans or _ITEM_HEAD.match(x) or f in s.own or fine_subjects(x) & s.own \
                        or any(longest_run(x, a) >= _ANSWER_RUN for a in answers) \
                        or work_held(x, s.heading.text) >= max(SUBJECT_LEAST, 0.5 * weight) \
                        or home is not None and home.heading.text.rstrip("。") in x:
                    keep.append(x)
                    continue
                # (… and a line telling a partner department its part, duties.tells_partner, is the 协同 item's
                # whatever subject its words touch: fresh54's m4 had 农业部门要抓好家禽养殖环节的监测和免疫 under 查验补种)
                if home is not None and home is not s and (_STEERS.search(x) or _own_area(x, s, home)
                                                           or tells_partner(x)):
                    keep.append(x)
                    continue
                if home is not None and home is not s:
                    said = [y for j in [home.at, *home.paras] for y in _sentences(_text(out[j]))] + moved.get(home.at, [])
                    if not any(same(x, y) and same(y, x) for y in said):
                        moved.setdefault(home.at, []).append(x)
                    else:
                        size -= len(x)
                    continue
                # (no home: it goes only from a subsection on a subject of its own, while the speech keeps its floor)
                # (… and keeps three lines of its own: a line on the disease's 监测预警 is no stranger under 登革热)
                # (… and none on its block's own area: 预防接种 under 扎实做好公共卫生服务 whose items are 慢病's, 老年人
                # 接种流感疫苗 under 老年健康, stay — b15's lost them)
                if s.own and size - len(x) >= floor and len(keep) + len(sents) - k - 1 + later >= 3 \
                        and not _same_area(x, s):
                    size -= len(x)
                    continue
                keep.append(x)
            if len(keep) != len(sents):
                b = out[i]
                new = "".join(keep)
                out[i] = Heading(b.level, b.number, b.text, new) if isinstance(b, Heading) else Paragraph(new)
    for at, lines in moved.items():
        s = next(x for x in subs if x.at == at)
        last = ([at] + [i for i in s.paras if isinstance(out[i], Paragraph) and out[i].text])[-1]
        b = out[last]
        if isinstance(b, Heading):
            out[last] = Heading(b.level, b.number, b.text, b.body + "".join(lines))
        else:
            out[last] = Paragraph(b.text + "".join(lines))
    return [b for b in out if not (isinstance(b, Paragraph) and not b.text)]
