"""Reading hand-typed YAML safely: bytes → text → nodes → plain data that remembers the line of every value."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import BriefError
from ..model.brief_rules import scrub_text

MAX_BYTES = 1024 * 1024          # a brief is a page or two; 1 MiB is already a hundred times that
MAX_LIST_ITEMS = 2000            # per list; a real brief has tens
MAX_NODES = 100_000              # values after expanding anchors/aliases (defeats "billion laughs")
MAX_DEPTH = 40                   # nesting; the schema needs 5

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
# What PyYAML's reader refuses outright (yaml/reader.py NON_PRINTABLE); we remove them first, with a warning.
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LEADING = re.compile(r"^[ \u3000]*")
_YAML_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
Path_ = tuple  # a location in the data: keys (as typed, stripped) and list indices


@dataclass
class Located:
    """Plain data read from YAML plus the 1-based line of each value (and of each mapping key)."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    key_lines: dict[Path_, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def path_at(self, line: int) -> Path_ | None:
        """The most specific value that starts on ``line``, if any."""
        paths = [p for p, ln in self.lines.items() if ln == line]
        return max(paths, key=len) if paths else None

    def line_of(self, path: Iterable[Any]) -> int | None:
        """The line of ``path`` or of its nearest ancestor that exists in the file."""
        path = tuple(path)
        while path:
            if path in self.key_lines:
                return self.key_lines[path]
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def dotted(path: Iterable[Any]) -> str:
    """The field path as shown in messages, counted from 1: ``工作成绩第1组·指标第2项·数值``."""
    from .messages import readable_path

    return readable_path(path)


def normalise_key(key: str) -> str:
    """A key as the schema spells it: stray (also full-width) spaces dropped, English keys lower-cased,
    spaces inside an English key read as underscores (``on behalf of`` → ``on_behalf_of``)."""
    key = key.strip()
    if key.isascii():
        return re.sub(r"[\s-]+", "_", key).lower()
    return re.sub(r"\s+", "", key)


def decode(raw: bytes, filename: str) -> tuple[str, list[str]]:
    """The text of a brief file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as WPS saves it."""
    notes: list[str] = []
    if len(raw) > MAX_BYTES:
        raise BriefError(f"文件太大（{len(raw):,} 字节），简报最大 {MAX_BYTES:,} 字节（1 MiB）", file=filename,
                         english=f"file larger than the {MAX_BYTES}-byte limit")
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise BriefError("这是 Word/WPS 文档或压缩包，不是 YAML 简报；请用 jianggao new 生成简报，或用记事本编辑 .yaml 文件",
                         file=filename, english="a .docx/.doc/.zip file, not a YAML brief")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), notes
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise _binary(filename)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(raw):
            line = raw[:exc.start].count(b"\n") + 1
            raise BriefError(f"文件是 UTF-8 编码，但第 {line} 行有损坏的字节；请在编辑器中检查这一行后另存为 UTF-8",
                             file=filename, line=line, english="invalid UTF-8 byte") from None
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise _binary(filename) from None
        notes.append("文件不是 UTF-8 编码，已按 GBK/GB18030（WPS、记事本“ANSI”）读取；建议另存为 UTF-8")
    bad = len(_NON_PRINTABLE.findall(text))
    if bad > max(8, len(text) // 20):
        raise _binary(filename)
    return text, notes


def _mostly_utf8(raw: bytes) -> bool:
    # GBK text decoded as UTF-8 is nearly all errors; a UTF-8 file with one bad byte is nearly all Chinese.
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return good > 4 * bad


def _binary(filename: str) -> BriefError:
    return BriefError("不是文本文件（像是图片或其他二进制文件）；简报应是用记事本等编辑的 UTF-8 文本",
                      file=filename, english="binary file, not a text brief")


@dataclass
class Tidied:
    """Text repaired by tidy_text, with what was done to it."""

    text: str
    notes: list[str]
    tab_lines: list[int]                  # lines indented with a tab: explained only if parsing then fails
    removed: list[tuple[int, str]]        # (line, "U+0007、U+001B") control characters taken out


def tidy_text(text: str, known_keys: set[str]) -> Tidied:
    """Repair what IMEs and WPS do to YAML, line by line, keeping line numbers."""
    notes: list[str] = []
    tab_lines: list[int] = []
    removed_at: list[tuple[int, str]] = []
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for no, line in enumerate(text.split("\n"), start=1):
        removed = _NON_PRINTABLE.findall(line)
        if removed:
            line = _NON_PRINTABLE.sub("", line)
            removed_at.append((no, "、".join(sorted({f"U+{ord(c):04X}" for c in removed}))))
        lead = _LEADING.match(line).group(0)  # type: ignore[union-attr]  # matches every line (``*``)
        if "\u3000" in lead:
            line = lead.replace("\u3000", "  ") + line[len(lead):]
            notes.append(f"第 {no} 行用全角空格缩进，已按每个全角空格两个半角空格处理")
        if re.match(r"[ ]*\t", line) and line.strip():
            tab_lines.append(no)
        line, key = _fix_fullwidth_colon(line, known_keys)
        if key:
            notes.append(f"第 {no} 行的键“{key}”后用了全角冒号“：”，已按半角冒号处理")
        out.append(line)
    return Tidied("\n".join(out), notes, tab_lines, removed_at)


_KEY_COLON = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>[^\s\"'#{\[：:][^：:#\"']*?)[ \u3000]*：(?P<rest>.*)$")


def _fix_fullwidth_colon(line: str, known_keys: set[str]) -> tuple[str, str | None]:
    # Only for a known key at the start of the line: "亮点：成功创建……" inside a list stays text.
    m = _KEY_COLON.match(line)
    if not m or normalise_key(m.group("key")) not in known_keys:
        return line, None
    rest = m.group("rest").strip()
    return f"{m.group('lead')}{m.group('key').strip()}:{' ' + rest if rest else ''}", m.group("key").strip()


def compose(text: str, filename: str, tab_lines: list[int]) -> yaml.Node | None:
    """The node tree of a single YAML document, with syntax errors told in Chinese."""
    try:
        _check_depth(text, filename)
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # YAML also breaks lines at U+0085/U+2028/U+2029; a mark at the very end may sit one line past the last.
        yaml_lines = _YAML_BREAKS.split(text)
        line = min(mark.line + 1, len(yaml_lines)) if mark else None
        problem = f"{exc.problem or ''} {exc.context or ''}".strip()
        if tab_lines and (line is None or line >= tab_lines[0] - 1):
            raise BriefError("YAML 不允许用 Tab 缩进，请改用空格（每级两个空格）", file=filename, line=tab_lines[0],
                             english="tab used for indentation") from None
        message = _syntax_message(problem)
        if "mapping values are not allowed" in problem and mark is not None and line is not None:
            # "a: b: c" (a colon in a value) and a key indented too far both end up here; tell them apart.
            before = yaml_lines[line - 1][:mark.column]
            if ":" not in before.lstrip(" -"):
                message = "YAML 格式错误：缩进不齐（同一级的键要对齐，下一级多缩进两个空格）"
        raise BriefError(message, file=filename, line=line,
                         english=problem or str(exc).splitlines()[0]) from None
    except yaml.YAMLError as exc:
        raise BriefError("YAML 格式错误", file=filename, english=str(exc).splitlines()[0]) from None


_OPEN = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken,
         yaml.FlowSequenceStartToken)
_CLOSE = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _check_flow_depth(text: str, filename: str) -> None:
    # libyaml ≥ 0.2.5 (PyYAML 6.0.4 wheels) refuses deep flow nesting inside its scanner, which reads
    # ahead over "[[[[…" before yielding a single token, so the depth must be measured before any YAML
    # code sees the text: a small lexer that knows quotes and comments, and that in block context a
    # bracket opens a collection only where a value starts (plain text may hold "[").
    depth = 0
    quote = ""
    for number, line in enumerate(_YAML_BREAKS.split(text), start=1):
        token_start = True          # at the start of a line, after "- ", ": ", "? " or a flow indicator
        prev = " "
        i = 0
        while i < len(line):
            ch = line[i]
            if quote:
                if quote == "'" and ch == "'":
                    if line[i + 1:i + 2] == "'":
                        i += 1
                    else:
                        quote = ""
                elif quote == '"' and ch == "\\":
                    i += 1
                elif quote == '"' and ch == '"':
                    quote = ""
            elif ch == "#" and prev in " \t":
                break
            elif ch in " \t":
                pass
            elif ch in "'\"" and token_start:
                quote = ch
            elif ch in "[{" and (depth or token_start):
                depth += 1
                if depth > MAX_DEPTH:
                    raise BriefError(f"嵌套太深（超过 {MAX_DEPTH} 层）", file=filename, line=number,
                                     english=f"nested deeper than {MAX_DEPTH} levels")
            elif ch in "]}" and depth:
                depth -= 1
            token_start = (ch in "[{," and depth > 0) or (ch in "-:?" and line[i + 1:i + 2] in ("", " ", "\t")) \
                or (ch in " \t" and token_start)
            prev = ch
            i += 1


def _check_depth(text: str, filename: str) -> None:
    # The composer recurses once per level, and libyaml's (C) composer overflows the C stack and kills
    # the process on "[[[[…" 100,000 deep; the scanner does not recurse, so measure nesting with it first.
    _check_flow_depth(text, filename)
    depth = 0
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise BriefError(f"嵌套太深（超过 {MAX_DEPTH} 层）", file=filename, line=token.start_mark.line + 1,
                                 english=f"nested deeper than {MAX_DEPTH} levels")
        elif isinstance(token, _CLOSE):
            depth -= 1


def _syntax_message(problem: str) -> str:
    p = problem.lower()
    if "maximum nesting depth" in p:  # libyaml's own limit, should a file ever pass our lexer and reach it
        return f"嵌套太深（超过 {MAX_DEPTH} 层）"
    if "mapping values are not allowed" in p:
        return "YAML 格式错误：值里含有“冒号+空格”，请给整个值加上引号，如 meeting: \"……：……\""
    if "expected a single document" in p or "but found another document" in p:
        return "一个简报文件只能有一个文档（文件中出现了第二个 ---）"
    if "found undefined alias" in p or "found undefined anchor" in p:
        return "YAML 格式错误：用了未定义的别名（*名称）"
    if "while scanning a quoted scalar" in p or "found unexpected end of stream" in p:
        return "YAML 格式错误：引号没有配对"
    if "could not find expected ':'" in p or "simple key" in p:
        return "YAML 格式错误：缺少“键: 值”中的半角冒号，或缩进不齐"
    if "scanning a tag" in p:
        return "以“!”开头的写法是 YAML 标签，简报中不支持；如果是文字，请加上引号"
    if "scanning an alias" in p or "scanning an anchor" in p:
        return "以“*”或“&”开头的写法是 YAML 别名/锚点；如果是文字，请加上引号"
    if "document start" in p:
        return "YAML 格式错误：缩进不齐（第一行的键前面不要有空格，同一级的键要对齐）"
    if "tab" in p or "\\t" in p:
        return "YAML 不允许用 Tab 缩进，请改用空格（每级两个空格）"
    if "block" in p or "indentation" in p or "expected <block end>" in p:
        return "YAML 格式错误：缩进不齐（同一级的键要对齐，下一级多缩进两个空格）"
    return "YAML 格式错误"


def build(root: yaml.Node | None, filename: str, *, max_list: int = MAX_LIST_ITEMS,
          max_nodes: int = MAX_NODES) -> Located:
    """Plain data from the node tree: only standard tags, bounded size, duplicate keys refused, text scrubbed."""
    located = Located(None)
    visits = 0
    active: set[int] = set()

    def fail(message: str, node: yaml.Node, path: Path_, english: str) -> BriefError:
        return BriefError(message, file=filename, line=node.start_mark.line + 1, field=dotted(path) or None,
                          english=english)

    def walk(node: yaml.Node, path: Path_) -> Any:
        nonlocal visits
        visits += 1
        if visits > max_nodes:
            raise fail(f"内容过多：展开锚点（&）和别名（*）后超过 {max_nodes:,} 个值，已拒绝（防止“展开炸弹”）",
                       node, path, f"more than {max_nodes} values after expanding aliases")
        if len(path) > MAX_DEPTH:
            raise fail(f"嵌套太深（超过 {MAX_DEPTH} 层）", node, path, f"nested deeper than {MAX_DEPTH}")
        if id(node) in active:
            raise fail("别名（*）引用了包含它自己的锚点，形成循环", node, path, "recursive alias")
        located.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):
            return scalar(node, path)
        active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                check_tag(node, path, _STD + "seq")
                if len(node.value) > max_list:
                    raise fail(f"列表太长（{len(node.value):,} 项），每个列表最多 {max_list:,} 项", node, path,
                               f"list longer than {max_list} items")
                return [walk(item, path + (i,)) for i, item in enumerate(node.value)]
            check_tag(node, path, _STD + "map")
            assert isinstance(node, yaml.MappingNode)
            return mapping(node, path)
        finally:
            active.discard(id(node))

    def check_tag(node: yaml.Node, path: Path_, expected: str) -> None:
        if node.tag != expected:
            tag = node.tag.replace(_STD, "!!")
            raise fail(f"不支持的 YAML 标签 {tag}：为安全起见，简报只能写文字、数字、日期、列表和“键: 值”", node, path,
                       f"tag {tag} is not allowed")

    def scalar(node: yaml.ScalarNode, path: Path_) -> Any:
        if node.tag not in _SCALAR_TAGS:
            check_tag(node, path, _STD + "str")
        if node.tag == _STD + "null":
            return None
        # Every other scalar stays the text as typed: the brief has no yes/no fields and keeps numbers as
        # typed ("45.20" stays 45.20, "yes" stays yes, "1:30" is not YAML 1.1's ninety); the model parses
        # numbers and dates from the text itself.
        value = node.value
        clean = scrub_text(value)
        if clean != value:
            codes = "、".join(sorted({f"U+{ord(c):04X}" for c in value if c not in clean}))
            located.notes.append(f"{dotted(path)}: 删除了不可见的控制字符（{codes}）")
        return clean

    def mapping(node: yaml.MappingNode, path: Path_) -> dict:
        result: dict[str, Any] = {}
        merged: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                merged.extend(value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node])
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise fail("键必须是一段文字，不能是列表或映射", key_node, path, "complex mapping key")
            key = normalise_key(str(scalar(key_node, path)))
            sub = path + (key,)
            if key in result:
                raise fail(f"键“{key}”重复出现（第 {located.key_lines[sub]} 行已经写过）", key_node, sub, "duplicate key")
            located.key_lines[sub] = key_node.start_mark.line + 1
            result[key] = walk(value_node, sub)
        for source in merged:
            if not isinstance(source, yaml.MappingNode):
                raise fail("合并键 << 后面应是一个映射", source, path, "merge value is not a mapping")
            for key, value in walk(source, path).items():
                result.setdefault(key, value)
        return result

    located.data = None if root is None else walk(root, ())
    return located
