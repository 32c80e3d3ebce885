"""Tell-checker (run by hand): counts, per draft, the tells blind readers named when they picked generated paragraphs.

    python bench/tells.py                          # the drafts bench_quality.py rendered (bench/out/quality)
    python bench/tells.py --drafts DIR --json out.json
    python bench/tells.py --corpus                 # the same counts on the real speeches, for comparison
    python bench/tells.py --blind --drafts DIR     # blind reading 55's tells per draft, beside the real speeches'

The tells (issue 13, blind readers of rounds 28–32):
- heading: a subsection's heading (`二是推进疾控体系改革。`, `（三）扎实做好妇幼健康工作。`) whose words come back in the
  first sentence after it (`疾控体系改革要…`);
- spoken: folksy spoken-style lines (`一项一项往前推`, `今年要下决心解决`, `约谈主要负责同志`, `一件一件抓…`), counted per
  speech, and the same shape said twice in one speech;
- target: the fixed target frames (`…，这是今年要努力实现的目标`, `…，这是今年要完成的硬任务`, `今年要努力实现的目标是…`);
- frame: situation paragraphs opening on `从…看，` (`从上级部署看…从群众的感受看…从自身发展看…`): two or more in one
  speech is the rotation;
- news: a policy news sentence standing alone (`国务院办公厅印发关于…的意见。`, `党的二十届四中全会对…作出了全面部署。`:
  the body, the act, a full stop, nothing said of what it means for the work);
- subjectless: a paragraph (or a subsection's body) opening with no subject (`让疾控机构既能抓预防…`, `是让…`,
  `重在管理体制…`).

Structural tells (`--structure`, blind readings 50 and 51): each counted per 1,000 characters on the drafts and on the
corpus's real paragraphs (001, a machine rewording, and 002, a news report, left out), so "too many" means more than
real speeches have:
- checklist: a paragraph of three or more sentences, each a measure on its own object, none developing the one before
  (no connective or back-reference at its head, no reason, means, case or time inside, no word of the sentence
  before said again);
- same_subject: two sentences in a row of one paragraph opening on the same subject or words (县疾控中心要…。县疾控
  中心要…。, 医联体要…。医联体建设不能…。); bare_yao, 要…。要…。, apart (real paragraphs say it more than the drafts);
- answer_frame: the problem answers' accountability frame (前面讲到的…问题, 盯住不放, 拿出有针对性的措施, 尽快见到成效,
  找准症结、对症施策);
- lone_ordinal: 一是 with no 二是 after it (in its paragraph or opening the next), 一方面 with no 另一方面;
- glued_closer: a generic duty tacked on a paragraph's end, or standing as a paragraph of its own after one on
  something else (各责任单位要把…列入本单位年度重点工作，主要负责同志亲自抓。), sharing no word with the sentence before it;
- staged: the spoken phrases of SPOKEN (the one list --spoken reads too: 一项一项, 下决心解决, 重点看…了没有, 光靠…一家不行,
  说起来都很具体, 推广开来, 大家要心中有数 …), per 1,000 characters;
- placeholder: one item standing for the list (紧密型县域医共体建设等任务);
with the paragraphs' length spread (real paragraphs are uneven: the coefficient of variation of their lengths).

Blind reading 55's tells (`--blind`, tells30), counted per draft (render bench/briefs at seeds 1-3 into DIR) and per
real speech, and per 10,000 characters of each: plain (staged plain talk, one a sentence: 算清楚, 先补上一批, …了没有,
钱不到位就开不了工), gloss (a figure's meaning for people said after it: …降至7.9天，群众住院的时间缩短了), who_does (three
bodies given their duty in turn in one sentence, or three sentences in a row each opening on another body), meta (a
remark on where in the speech a thing is said: 后面部署时一并来讲, 前面讲到的).

Reads .txt drafts only (no jianggao import), so it measures any version of the tool. Tests in tests/test_bench_tells.py.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DRAFTS = HERE / "out" / "quality"
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
                      Path("/work/shared/corpus"))
KINDS = ("heading", "spoken", "spoken_same", "target", "frame", "news", "subjectless")

_SUB_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+要)([^。！？]{4,30})[。！？]")
# the verbs a heading opens on: what is left is the heading's own words
_HEAD_VERB = re.compile(r"^(?:切实|全面|持续|扎实|大力|着力|进一步|深入|加快|稳步|不断|继续|积极|认真|努力|全力|统筹|更加|坚持)*"
                        r"(?:加强|推进|推动|深化|抓好|做好|做实|提升|提高|完善|健全|落实|强化|实施|开展|巩固|夯实|优化|"
                        r"促进|保障|建设|发展|规范|加大|创新|构建|打造|抓实|筑牢|守牢|守住|织牢|织密|补齐|补强|聚焦|"
                        r"在|把|以|用|让|向)?")
# spoken-style lines, by shape: the same shape twice in a speech is a tell even under the ration
SPOKEN = {
    "一项一项": r"一项一项",
    "一件一件": r"一件一件|一件件",
    "一个一个": r"一个一个|一个个(?:查|过|落|抓|解决)",
    "下决心": r"下决心(?:解决|抓)",
    "约谈主要负责": r"约谈主要负责(?:同志|人)",
    "不撒手": r"不撒手|不松手",
    "硬骨头": r"硬骨头",
    "今年的重点来解决": r"作为今年的重点来(?:解决|抓)",
    "卡在哪里": r"卡在哪(?:里|个环节)",
    "缺什么补什么": r"缺什么补什么|差什么补什么",
    "盯住不放": r"盯住不放|盯着不放|紧盯不放",
    "动歪脑筋": r"动歪脑筋|打歪主意",
    "心中有数": r"心中有数|心里有数|心里都有了?数|门儿清",
    "一督到底": r"一督到底|一抓到底",
    # … and plain talk staged in officialese (blind reading 51, tells28): counted per 1,000 characters by --structure
    "重点看…没有": r"(?:重点|主要|就)看[^。]{0,40}(?:了没有|没有|怎么样|多少)",
    "光靠…一家": r"光靠[^。]{1,14}一家",
    "说起来": r"说起来|说到底|说白了|讲白了|讲到底",
    "推广开来": r"推广开来|铺开来|干起来",
    "怎么样": r"(?<!看)怎么样|是不是[^。]{1,12}了",
    "实打实": r"实打实|硬碰硬|真金白银",
}
_SPOKEN = {k: re.compile(v) for k, v in SPOKEN.items()}
_TARGET = re.compile(r"这是(?:今年|下半年|全年)?要(?:努力实现的目标|完成的硬任务)|(?:今年|下半年|全年)要努力实现的目标是")
_FRAME = re.compile(r"^从[^，。]{2,8}看，")
_ISSUER = (r"(?:党的[^，。]{2,12}(?:全会|大会|代表大会)|中共中央(?:、国务院)?|国务院(?:办公厅)?|中央[^，。]{0,6}会议|"
           r"国家卫生(?:健康|计生)?委(?:员会)?|国家[^，。]{1,6}局|全国人大常委会|全国卫生与健康大会)")
# the body and its act, then a full stop with nothing of what it means for the work
_NEWS = re.compile(_ISSUER + r"[^。]{0,40}?(?:印发|出台|发布|审议通过|作出(?:了)?[^，。]{0,12}部署|召开)[^，。；]*。")
_MEANS = re.compile(r"为|要求|提出|明确|指明|强调|对[^，。]{1,20}(?:提出|作出)|意味着|需要|必须")
_SUBJECTLESS = re.compile(r"^(?:让|使|使得|从而|以便|是|重在|贵在|关键在|在于)(?!否)")
_SENT = re.compile(r"[^。！？]*[。！？]")


def _body_lines(text: str) -> list[str]:
    """The speech's paragraphs after the salutation (title, speaker and date lines aside)."""
    lines = [ln.strip().strip("\u3000") for ln in text.splitlines()]
    start = next((i + 1 for i, ln in enumerate(lines) if ln.endswith("：") and len(ln) <= 12), 0)
    return [ln for ln in lines[start:] if ln]


def _is_part_heading(line: str) -> bool:
    return bool(re.match(r"^[一二三四五六七八九十]+、", line)) and "。" not in line[:-1]


def heading_restated(line: str) -> str:
    """The words of a subsection heading found again in the first sentence after it ('' when none)."""
    m = _SUB_HEAD.match(line)
    if not m:
        return ""
    rest = line[m.end():]
    first = _SENT.match(rest)
    if not first:
        return ""
    core = _HEAD_VERB.sub("", m.group(1)).rstrip("工作")
    # the first sentence opens on the heading's words (after at most 要/各/进一步): 二是推进疾控体系改革。疾控体系改革要…
    opening = re.sub(r"^(?:要|各|进一步|持续|加强|推进|做好|抓好)", "", first.group(0))[:12]
    for n in range(min(len(core), 8), 3, -1):
        for i in range(len(core) - n + 1):
            piece = core[i:i + n]
            if opening.find(piece) in (0, 1, 2):
                return piece
    return ""


def spoken_shapes(text: str) -> list[str]:
    """The spoken-style shapes said in a text, one entry per sentence saying it (a parallel in one sentence,
    医改成效怎么样…是不是方便了、负担是不是减轻了, is one line said, not a shape said again)."""
    return [k for k, rx in _SPOKEN.items() for s in (_SENT.findall(text) or [text]) if rx.search(s)]


def bare_news(sentence: str) -> bool:
    """A policy news sentence standing alone: who issued what, and nothing of what it means for the work."""
    m = _NEWS.search(sentence)
    if not m or m.start() > 4:
        return False
    tail = sentence[m.end() - 1:]
    return not _MEANS.search(sentence[m.start():m.end()].split("部署")[-1]) and len(tail) <= 1


def subjectless(line: str) -> bool:
    """A paragraph, or the body after a subsection heading, opening on 让/使 with nothing before it."""
    m = _SUB_HEAD.match(line)
    body = line[m.end():] if m else line
    return bool(_SUBJECTLESS.match(body))


def count_tells(text: str) -> dict:
    """Per tell: how many, and the lines they were found in."""
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    shapes: dict[str, int] = {}
    for line in _body_lines(text):
        if _is_part_heading(line):
            continue
        piece = heading_restated(line)
        if piece:
            found["heading"].append(f"[{piece}] {line[:60]}")
        for k in spoken_shapes(line):
            shapes[k] = shapes.get(k, 0) + 1
            found["spoken"].append(f"[{k}] " + next(s for s in _SENT.findall(line) if _SPOKEN[k].search(s))[:60])
        for s in _SENT.findall(line):
            if _TARGET.search(s):
                found["target"].append(s[:60])
            if bare_news(s.strip()):
                found["news"].append(s[:60])
        if _FRAME.match(line):
            found["frame"].append(line[:30])
        if subjectless(line):
            found["subjectless"].append(line[:40])
    found["spoken_same"] = [f"{k}×{n}" for k, n in shapes.items() if n > 1]
    # the rotation is two or more frames; a single 从…看 is how a person may open one paragraph
    if len(found["frame"]) < 2:
        found["frame"] = []
    return {k: {"n": len(v), "lines": v} for k, v in found.items()}


# --- structural tells (tells28) -------------------------------------------------------------------------------------

STRUCTURE = ("checklist", "same_subject", "bare_yao", "answer_frame", "lone_ordinal", "glued_closer", "staged", "placeholder")
# a subsection's run-in heading at a paragraph's head: its body is what follows
_RUN_IN = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+，|\d+\.)[^。！？]{2,40}[。！？]")
# a sentence that takes up the one before: a connective or back-reference at its head
_LINK_HEAD = re.compile(r"^(?:为此|在此基础上|特别是|尤其是|同时|此外|另外|其中|对此|这|此|上述|以上|通过|按照|根据|围绕|针对|由于|"
                        r"因为|因此|所以|只有|如果|凡|一方面|另一方面|首先|其次|再次|最后|然后|并|还要|也要|而且|但|不仅|既|"
                        r"目前|当前|现在|过去|去年|今年|明年|下半年|年底|年内|比如|例如|如|对[^，。]{1,24}[，要的]|在[^，。]{1,16}[上中下后]，)")
# inside a sentence: its reason, means, time, case or what it is for
_LINK_IN = re.compile(r"为了|以便|从而|进而|通过|由于|因为|因此|所以|比如|例如|就是|只有|才能|之后|以后|之前|年底|年内|季度|"
                      r"月底|底前|\d+月|其中|关系到|事关|这是|这些|这项|这个|前提|关键在|由[^，。]{2,12}(?:负责|牵头)")
# character pairs that say nothing of an object (the work's verbs, its scope words, function characters)
_FUNCTION = set("的要和与及等在是把对为了也都还并将以进一个有不着这其各全本我们")
_STOP_PAIRS = set("工作 要求 加强 推进 做好 抓好 提高 提升 完善 健全 落实 建立 开展 服务 管理 能力 建设 机制 体系 "
                  "今年 重点 积极 认真 切实 确保 实现 推动 全面 深入 持续 不断 有效 群众 力度 水平 进一 一步 "
                  "全县 全区 全市 全镇 全省 医疗 卫生 健康 机构 单位 部门".split())
_SUBJECT = re.compile(r"^([^，。；：]{0,14}?)(?:要|必须|务必|应当|需要|不能|不得)")
_FRAME_PIECES = re.compile(r"前面(?:讲到|提到|说到)的[^。]{0,40}问题|盯住不放|拿出有针对性的(?:措施|办法)|尽快见到成效|"
                           r"找准症结、对症施策|分步骤解决到位|不能回避、不能拖延|逐个推动解决")
_GENERIC_DUTY = re.compile(r"列入[^。]{0,12}(?:重点工作|议事日程|重要日程)|摆上[^。]{0,8}(?:议事日程|重要位置)|亲自抓|亲自部署|"
                           r"亲自过问|主要负责同志|一把手|抓好落实|落到实处|形成合力|取得实效|见到实效|认真抓好|抓紧抓实|"
                           r"抓出成效|作为[^。]{0,10}重点工作|纳入[^。]{0,10}考核")
_GENERIC_HEAD = re.compile(r"^(?:各[^，。]{0,12}(?:要|必须)|[^，。]{0,6}要把|主要负责|一把手|要|必须)")
_PLACEHOLDER = re.compile(r"(?:^|[，。；：])([^，。；：、“”]{4,30})等(?:任务|工作|事项|重点任务|项目)(?![人员])")


def _content_pairs(sentence: str) -> set[str]:
    core = re.sub(r"[^\u4e00-\u9fff]", "|", sentence)
    return {core[i:i + 2] for i in range(len(core) - 1)
            if "|" not in core[i:i + 2] and not (set(core[i:i + 2]) & _FUNCTION) and core[i:i + 2] not in _STOP_PAIRS}


def paragraph_body(line: str) -> list[str]:
    """A paragraph's sentences, a run-in heading at its head (（一）…。 一是…。) set aside."""
    m = _RUN_IN.match(line)
    body = line[m.end():] if m else line
    return [s.strip() for s in _SENT.findall(body) if s.strip()]


def linked(before: str, sentence: str) -> bool:
    """Whether ``sentence`` develops ``before``: it takes it up at its head, says a reason, means, time or case, or
    names again something the sentence before named."""
    return bool(_LINK_HEAD.match(sentence) or _LINK_IN.search(sentence) or _content_pairs(before) & _content_pairs(sentence))


def checklist(sentences: list[str]) -> bool:
    """Three or more sentences, none developing the one before: one topic a sentence."""
    return len(sentences) >= 3 and not any(linked(a, b) for a, b in zip(sentences, sentences[1:], strict=False))


def subject(sentence: str) -> str | None:
    """What a sentence opens on before its 要/必须 ('' for a bare 要…; None when it opens otherwise)."""
    m = _SUBJECT.match(sentence)
    return m.group(1) if m else None


def opening_key(sentence: str) -> str:
    """What a sentence opens on: its subject before 要/必须 when it names one, else its first three characters
    ('' for a bare 要…, counted apart: real paragraphs say 要…。要…。 often)."""
    named = subject(sentence)
    if named is not None and not named:
        return ""
    return named if named and len(named) >= 2 and named[:3] != sentence[:3] else sentence[:3]


def same_subjects(sentences: list[str]) -> list[str]:
    """The sentences that open on what the sentence before them opens on (县疾控中心要…。县疾控中心要…。, 医联体要…。
    医联体建设不能…。), a bare 要 aside."""
    return [b for a, b in zip(sentences, sentences[1:], strict=False) if opening_key(a) and opening_key(a) == opening_key(b)]


def bare_yao(sentences: list[str]) -> list[str]:
    """The sentences that open on a bare 要 after one that did."""
    return [b for a, b in zip(sentences, sentences[1:], strict=False) if subject(a) == "" and subject(b) == ""]


def glued_closer(sentences: list[str]) -> str:
    """A paragraph's last sentence when it is a generic duty sharing no word with the sentence before ('' if not)."""
    if len(sentences) < 2:
        return ""
    last = sentences[-1]
    if _GENERIC_HEAD.match(last) and _GENERIC_DUTY.search(last) and not _content_pairs(sentences[-2]) & _content_pairs(last):
        return last
    return ""


def lone_ordinals(paragraphs: list[str]) -> list[str]:
    """一是 with no 二是 after it before the next subsection (in its paragraph or a later one, up to three), 一方面
    with no 另一方面 in its paragraph or the next."""
    found = []
    for k, para in enumerate(paragraphs):
        later = [p for p in paragraphs[k + 1:k + 4]]
        stop = next((i for i, p in enumerate(later) if p.startswith("（") or _is_part_heading(p)), len(later))
        for first, second, reach in ((r"一是", "二是", stop), (r"(?<![哪每另])一方面", "另一方面", min(stop, 1))):
            m = re.search(first, para)
            at = m.start() if m else -1
            if at >= 0 and second not in para[at:] + "".join(later[:reach]):
                found.append(para[max(0, at - 10):at + 30])
    return found


def structure_counts(paragraphs: list[str]) -> dict[str, list[str]]:
    """Per structural tell, the lines it was found in."""
    found: dict[str, list[str]] = {k: [] for k in STRUCTURE}
    found["lone_ordinal"] = lone_ordinals(paragraphs)
    before: list[str] = []
    for para in paragraphs:
        sents = paragraph_body(para)
        # a generic duty standing as a paragraph of its own after a paragraph on something else is glued on too
        alone = glued_closer(before[-1:] + sents) if len(sents) == 1 and before else ""
        if alone:
            found["glued_closer"].append(alone[:60])
        before = sents
        if checklist(sents):
            found["checklist"].append(" / ".join(s[:24] for s in sents))
        found["same_subject"] += [s[:50] for s in same_subjects(sents)]
        found["bare_yao"] += [s[:50] for s in bare_yao(sents)]
        found["answer_frame"] += [s[:60] for s in _SENT.findall(para) if _FRAME_PIECES.search(s)]
        closer = glued_closer(sents)
        if closer:
            found["glued_closer"].append(closer[:60])
        for k, rx in _SPOKEN.items():
            found["staged"] += [f"[{k}] {m.group(0)[:50]}" for m in rx.finditer(para)]
        found["placeholder"] += [m.group(0).strip("，。；：")[:50] for m in _PLACEHOLDER.finditer(para)
                                 if not re.search(r"[和与及]", m.group(1))]
    return found


def length_spread(paragraphs: list[str]) -> float:
    """The coefficient of variation of the paragraphs' lengths (real speeches' paragraphs are uneven)."""
    sizes = [len(p) for p in paragraphs if len(p) > 20]
    if len(sizes) < 2:
        return 0.0
    mean = sum(sizes) / len(sizes)
    return (sum((n - mean) ** 2 for n in sizes) / len(sizes)) ** 0.5 / mean


def _draft_paragraphs(text: str) -> list[str]:
    return [ln for ln in _body_lines(text) if not _is_part_heading(ln) and re.search(r"[。！？]", ln)]


def _corpus_paragraphs() -> list[list[str]]:
    """The real speeches' paragraphs, one list per corpus document (001, a machine rewording, and 002, a news report,
    left out), cleaned by jianggao's cleaner when it imports (the files carry site chrome), else read as they are."""
    skip = ("001_", "002_")
    try:
        from jianggao.corpus import clean_document, iter_documents
    except ImportError:
        return [[ln for ln in _body_lines(p.read_text(encoding="utf-8")) if re.search(r"[。！？]", ln)]
                for p in sorted(DEFAULT_CORPUS.glob("*.txt")) if not p.name.startswith(skip)]
    return [[b.text for b in clean_document(doc) if re.search(r"[。！？]", b.text)]
            for doc in iter_documents([DEFAULT_CORPUS]) if not isinstance(doc, Exception) and not doc.name.startswith(skip)]


def structure_report(drafts: list[list[str]], corpus: list[list[str]], verbose: bool = False) -> dict:
    """Per structural tell, its count and rate per 1,000 characters in the drafts and in the corpus."""
    out: dict = {}
    for label, docs in (("drafts", drafts), ("corpus", corpus)):
        found: dict[str, list[str]] = {k: [] for k in STRUCTURE}
        for paras in docs:
            for k, v in structure_counts(paras).items():
                found[k] += v
        chars = sum(len(p) for paras in docs for p in paras)
        spreads = [length_spread(paras) for paras in docs if len(paras) > 3]
        out[label] = {"chars": chars, "n": {k: len(v) for k, v in found.items()},
                      "per_1000": {k: round(1000 * len(v) / chars, 3) if chars else 0.0 for k, v in found.items()},
                      "length_spread": round(sum(spreads) / len(spreads), 3) if spreads else 0.0,
                      "lines": found if verbose else {}}
    return out


# --- blind reading 55's tells (tells30) -----------------------------------------------------------------------------

BLIND = ("plain", "gloss", "who_does", "meta")
# Plain talk staged as a leader's instruction: the spoken, practical shapes blind reading 55 quoted (算清楚, 先补上一批,
# 关键看…控制住了没有, 办事要花钱, 对招来的人, 顺带, 把有限的钱先用在…, 自己解决不了的…) and their kin: a sum or a bill
# (账, 算清楚), money said as money (钱不到位, 花钱), a potential complement said as a promise (接得住、管得好, 救得下,
# 开不了工), a yes-or-no check (…了没有, 是不是…), an order of steps told (先…再…, 先补上), a market word (不攀比, 讲实用).
PLAIN = re.compile(r"算清楚|的账|账算|算过|算一算|先补上|补上一批|有限的钱|办事要花钱|花钱|钱不到位|招来的人|顺带|"
                   r"了没有|有没有[^。，]{0,8}(?:落|到)|是不是[^。，]{1,12}了|自己解决不了|自己想办法|先自己|"
                   r"接得住|管得好|救得下|开不了|见不了|落不了|说一说|点一下|讲实用|不攀比|随叫随到|"
                   r"说白了|说到底|说起来|一项一项|一件一件|硬骨头|不撒手|心中有数|心里有数|大家心里")
# A figure's meaning for people said after it (the review's account.MEANINGS: 平均住院日降至7.9天…群众住院的时间缩短了):
# a clause with no figure, after one with a figure, saying what changed in plain words.
_FIGURE = re.compile(r"\d")
_GLOSS = re.compile(r"(?:群众|患者|孩子|老年人|百姓|居民|农户)[^，。；]{0,20}(?:多了|少了|缩短了|减轻了|方便了|更多了|提高了)|"
                    r"(?:更|又)[^，。；]{0,6}(?:规范|牢|有力|扎实|及时|紧)了|守住了|守得很牢|在(?:提高|改善|提升|扩大|增长)|"
                    r"(?:多了|少了)一些|少一些|有了(?:保障|载体)|(?:看上|用上)(?:中医|中药)")
# A who-does-what list: one sentence giving three or more bodies their duty in turn (县人民医院要…，各乡镇卫生院要…，村卫生室
# 要…), or three sentences of a paragraph in a row each opening on a different body.
_BODY_DUTY = re.compile(r"(?:^|[，；。：])(?:各|县|区|市|镇|乡|街道)?[^，；。：、]{0,12}?(?:部门|局|委|办|中心|医院|卫生院|卫生室|院|所|站|"
                        r"机构|单位|政府|办事处|社区|村委会|乡镇|街道|团队|医共体|医联体|集团)(?:要|将|负责|牵头)")
# A remark about the speech itself: where in it a thing will be said (后面部署时一并来讲, 下面讲今年工作时再提出要求).
_META = re.compile(r"后面[^。，]{0,12}(?:讲|说|提|部署时)|一并来讲|逐项来讲|具体来讲|下面讲[^。，]{1,12}时|都会讲到|"
                   r"前面(?:讲到|提到|说到)|刚才(?:讲到|说到|提到)的")


def blind_counts(paragraphs: list[str]) -> dict[str, list[str]]:
    """Per blind-reading-55 tell, the pieces it was found in (see BLIND)."""
    found: dict[str, list[str]] = {k: [] for k in BLIND}
    for para in paragraphs:
        # (one a sentence: 接得住、管得好 is one line said plainly)
        found["plain"] += [s[:60] for s in _SENT.findall(para) if PLAIN.search(s)]
        found["meta"] += [s[:60] for s in _SENT.findall(para) if _META.search(s)]
        clauses = re.findall(r"[^，。；！？]+[，。；！？]?", para)
        for before, clause in zip(clauses, clauses[1:], strict=False):
            if _FIGURE.search(before) and not _FIGURE.search(clause) and _GLOSS.search(clause):
                found["gloss"].append((before[-16:] + clause)[:50])
        sents = paragraph_body(para)
        for s in sents:
            if len(_BODY_DUTY.findall(s)) >= 3:
                found["who_does"].append(s[:60])
        heads = [_BODY_DUTY.match(s).group(0) if _BODY_DUTY.match(s) else "" for s in sents]
        for a, b, c in zip(heads, heads[1:], heads[2:], strict=False):
            if a and b and c and len({a, b, c}) == 3:
                found["who_does"].append(" / ".join(x[:14] for x in (a, b, c)))
    return found


def blind_report(drafts: dict[str, list[str]], corpus: dict[str, list[str]]) -> dict:
    """Per draft (and per real speech), each blind tell's count; and per 10,000 characters over each set."""
    out: dict = {}
    for label, docs in (("drafts", drafts), ("corpus", corpus)):
        rows = {name: {k: v for k, v in blind_counts(paras).items()} for name, paras in docs.items()}
        chars = sum(len(p) for paras in docs.values() for p in paras)
        totals = {k: sum(len(r[k]) for r in rows.values()) for k in BLIND}
        out[label] = {"chars": chars, "docs": len(docs), "totals": totals,
                      "per_10000": {k: round(10000 * n / chars, 2) if chars else 0.0 for k, n in totals.items()},
                      "rows": {name: {k: len(v) for k, v in r.items()} for name, r in rows.items()},
                      "lines": {name: r for name, r in rows.items()}}
    return out


def _corpus_named() -> dict[str, list[str]]:
    skip = ("001_", "002_")
    files = [p for p in sorted(DEFAULT_CORPUS.glob("*.txt")) if not p.name.startswith(skip)]
    return dict(zip((p.stem for p in files), _corpus_paragraphs(), strict=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, default=DEFAULT_DRAFTS)
    ap.add_argument("--corpus", action="store_true", help="count the real speeches instead")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every line found")
    ap.add_argument("--structure", action="store_true", help="the structural tells per 1,000 characters, drafts beside "
                    "the corpus")
    ap.add_argument("--blind", action="store_true", help="blind reading 55's tells per draft and per 10,000 characters, "
                    "drafts beside the corpus (render bench/briefs seeds 1-3 into --drafts first)")
    args = ap.parse_args(argv)
    if args.blind:
        files = sorted(args.drafts.glob("*.txt"))
        report = blind_report({p.stem: _draft_paragraphs(p.read_text(encoding="utf-8")) for p in files}, _corpus_named())
        print(f"{'draft':42}" + "".join(f"{k:>10}" for k in BLIND))
        for label in ("drafts", "corpus"):
            for name, row in report[label]["rows"].items():
                print(f"{(label[0] + ' ' + name)[:42]:42}" + "".join(f"{row[k]:>10}" for k in BLIND))
                if args.verbose:
                    for k in BLIND:
                        for ln in report[label]["lines"][name][k]:
                            print(f"    {k}: {ln}")
        for label in ("drafts", "corpus"):
            r = report[label]
            print(f"{label + ' per 10,000 (' + str(r['docs']) + ', ' + str(r['chars']) + ' chars)':42}"
                  + "".join(f"{r['per_10000'][k]:>10.2f}" for k in BLIND))
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if args.structure:
        files = sorted(p for p in args.drafts.glob("*.txt") if ".seed" not in p.name)
        report = structure_report([_draft_paragraphs(p.read_text(encoding="utf-8")) for p in files],
                                  _corpus_paragraphs(), args.verbose)
        print(f"{'per 1,000 characters':22}{'drafts n':>10}{'rate':>8}{'corpus n':>10}{'rate':>8}")
        for k in STRUCTURE:
            print(f"{k:22}{report['drafts']['n'][k]:>10}{report['drafts']['per_1000'][k]:>8.3f}"
                  f"{report['corpus']['n'][k]:>10}{report['corpus']['per_1000'][k]:>8.3f}")
        print(f"{'paragraph length CV':22}{report['drafts']['length_spread']:>18.3f}{report['corpus']['length_spread']:>18.3f}")
        print(f"characters: drafts {report['drafts']['chars']} ({len(files)} files), corpus {report['corpus']['chars']}")
        if args.verbose:
            for k in STRUCTURE:
                for label in ("drafts", "corpus"):
                    for ln in report[label]["lines"][k]:
                        print(f"  {k} [{label}] {ln}")
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    folder = DEFAULT_CORPUS if args.corpus else args.drafts
    files = sorted(p for p in folder.glob("*.txt") if ".seed" not in p.name)
    if not files:
        print(f"no drafts in {folder}: run bench/bench_quality.py first", file=sys.stderr)
        return 2
    rows = {}
    for p in files:
        text = p.read_text(encoding="utf-8")
        rows[p.stem] = {"chars": len(text), **count_tells(text)}
    print(f"{'draft':42}" + "".join(f"{k:>12}" for k in KINDS))
    totals = dict.fromkeys(KINDS, 0)
    for name, row in rows.items():
        print(f"{name[:42]:42}" + "".join(f"{row[k]['n']:>12}" for k in KINDS))
        for k in KINDS:
            totals[k] += row[k]["n"]
            if args.verbose:
                for ln in row[k]["lines"]:
                    print(f"    {k}: {ln}")
    chars = sum(r["chars"] for r in rows.values())
    print(f"{'total (' + str(len(rows)) + ' drafts)':42}" + "".join(f"{totals[k]:>12}" for k in KINDS))
    print(f"{'per 10,000 characters':42}" + "".join(f"{totals[k] * 10000 / chars:>12.1f}" for k in KINDS))
    if args.json:
        args.json.write_text(json.dumps({"totals": totals, "chars": chars, "drafts": rows}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
