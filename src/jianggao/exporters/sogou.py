"""Sogou Pinyin custom phrases (PhraseEdit.txt): `code,position=phrase` lines, UTF-16LE with BOM, CRLF."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.bank import Phrase
from .common import CODE_RE, Rendered, Unfit, fallback_text, ime_problem, positions

MAX_POSITION = 9        # Sogou reads the first digit after the comma as the candidate slot 1–9
MAX_CHARS = 30000       # Sogou's stated limit per phrase (header of its own PhraseEdit.txt)
# A line that Sogou would take for the start of another entry; inside a multi-line phrase it would cut it short.
ENTRY_LINE = re.compile(r"^[A-Za-z]+,\d+=")

HEADER = (
    "; 讲稿（jianggao）词库导出的搜狗自定义短语",
    "; 格式：编码,候选位置=短语；多行短语写作“编码,位置=”后另起行",
    "; 安装：属性设置→高级→自定义短语设置→直接编辑配置文件，把以下内容粘贴进去后保存",
)


def _problem(p: Phrase, text: str, pos: int) -> str | None:
    problem = ime_problem(p, text, pos, code_re=CODE_RE, code_rule="不是纯小写字母",
                          max_position=MAX_POSITION, max_chars=MAX_CHARS)
    if problem:
        return problem
    if "\ufeff" in text:
        # U+FEFF inside UTF-16 text is read as a second byte-order mark (hypothesis found it).
        return "含不可见字符 U+FEFF，搜狗会当作文件开头标记"
    if text.startswith("#"):
        return "以 # 开头，搜狗会当作时间函数"
    lines = text.split("\n")
    if len(lines) > 1 and any(ln.startswith(";") or ENTRY_LINE.match(ln) or not ln.strip() for ln in lines):
        return "多行短语中有空行、分号开头或形似词条的行"
    return None


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The file's bytes; entries sorted by code, then position."""
    pos = positions(phrases)
    lines = list(HEADER) + [""]
    unfit: list[Unfit] = []
    written = 0
    for p in sorted(phrases, key=lambda q: (q.code, pos[q.id])):
        text = fallback_text(p).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        problem = _problem(p, text, pos[p.id])
        if problem:
            unfit.append(Unfit(p.id, problem))
            continue
        if "\n" in text:
            # Multi-line form: the head line ends at "=", the phrase follows on its own lines; a blank line closes it.
            lines.append(f"{p.code},{pos[p.id]}=")
            lines.extend(text.split("\n"))
            lines.append("")
        else:
            lines.append(f"{p.code},{pos[p.id]}={text}")
        written += 1
    body = "\r\n".join(lines) + "\r\n"
    return Rendered(b"\xff\xfe" + body.encode("utf-16-le"), written, tuple(unfit))
