"""Issue 6: every bad input we tried, run through the real CLI — one clear message, the right exit code, no traceback.

To add a row: append a Case. ``content`` is the file (text is written as UTF-8, bytes as they are);
``argv`` names the command, ``{brief}`` standing for the file, ``{tmp}`` for the test folder and ``{tpl}``
for a copy of the bundled templates (with ``templates`` written over it). ``files`` are made beforehand
(the output that already exists, the folder of briefs for `build`); ``written`` are the outputs a partly
failed batch must still have written. Rows for `render`, `build` and `new` go in the same table.

Every row: the exit code, the message fragments, no traceback, no ``*.part`` file left anywhere, and,
when the command failed as a whole (exit 2), every file as it was before — nothing written, nothing touched.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from jianggao.cli import main

OK = "year: 2025\nregion: 临江区\n"  # the smallest valid brief, to build rows from


@dataclass(frozen=True)
class Case:
    """One bad (or oddly written) input and what the user must see."""

    id: str
    content: str | bytes | None        # None: no file at all
    code: int                           # expected exit code (2 invalid input, 0 accepted)
    expect: tuple[str, ...]             # fragments of the output, e.g. "brief.yaml:3: year:"
    argv: tuple[str, ...] = ("check", "{brief}")
    as_dir: bool = False                # make {brief} a folder instead of a file
    files: tuple[tuple[str, str | bytes], ...] = ()       # (path under tmp, content) made beforehand
    templates: tuple[tuple[str, str], ...] = ()           # (path under {tpl}, content) over the bundled templates
    written: tuple[str, ...] = ()       # paths under tmp a batch must have written despite its failures
    read_only: str | None = None        # a folder under tmp made unwritable (skipped where that cannot hold, e.g. root)
    links: tuple[tuple[str, str], ...] = ()               # (symlink under tmp, what it points to under tmp)
    fifo: str | None = None             # a named pipe made under tmp (an output path that is no regular file)


def laughs(levels: int = 6) -> str:
    """The "billion laughs" YAML: each level aliases the previous one ten times."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]")
    return "\n".join(lines) + "\nyear: 2025\nregion: 临江区\n"


CASES = [
    # --- files that are no brief at all
    Case("missing-file", None, 2, ("brief.yaml: 找不到这个文件",)),
    Case("directory", None, 2, ("brief.yaml: 这是一个文件夹",), as_dir=True),
    Case("empty-file", "", 2, ("brief.yaml: 简报是空的",)),
    Case("only-comments", "# 待填写\n\n", 2, ("简报是空的",)),
    Case("binary", bytes(range(256)) * 8, 2, ("不是文本文件",)),
    Case("docx", b"PK\x03\x04" + b"\x00" * 200, 2, ("Word/WPS 文档",)),
    Case("too-big", "year: 2025\nregion: 临江区\nproblems:\n" + "  - " + "长" * (400 * 1024) + "\n", 2,
         ("文件太大", "1 MiB")),
    Case("a-list", "- year: 2025\n- region: 临江区\n", 2, ("brief.yaml:1: ", "而不是列表")),
    Case("a-scalar", "临江区2025年卫生工作会议\n", 2, ("brief.yaml:1: ", "而不是一个单独的值")),
    Case("two-documents", OK + "---\nyear: 2026\n", 2, ("brief.yaml:3: ", "只能有一个文档")),
    # --- YAML safety
    Case("python-tag", "year: 2025\nregion: !!python/object/apply:os.system ['echo pwned']\n", 2,
         ("brief.yaml:2: 地区: 不支持的 YAML 标签 !!python/object/apply:os.system",)),
    Case("python-name", "year: !!python/name:os.system\nregion: 临江区\n", 2, ("brief.yaml:1: 年份: 不支持的 YAML 标签",)),
    Case("custom-tag", "year: 2025\nregion: !region 临江区\n", 2, ("brief.yaml:2: 地区: 不支持的 YAML 标签 !region",)),
    Case("chinese-tag", "year: 2025\nregion: !地区 临江区\n", 2, ("brief.yaml:2: ", "YAML 标签", "加上引号")),
    Case("star-text", "year: 2025\nregion: 临江区\nproblems:\n  - *重点* 不足\n", 2, ("brief.yaml:4: ", "别名")),
    Case("indented-first-line", " year: 2025\nregion: 临江区\n", 2, ("brief.yaml:2: ", "缩进不齐")),
    Case("binary-tag", "year: 2025\nregion: !!binary aGVsbG8=\n", 2, ("brief.yaml:2: ", "!!binary")),
    Case("set-tag", "year: 2025\nregion: !!set {a, b}\n", 2, ("!!set",)),
    Case("billion-laughs", laughs(), 2, ("展开锚点", "100,000")),
    Case("recursive-alias", "year: 2025\nregion: &r {name: 临江区, again: *r}\n", 2, ("brief.yaml:2: ", "循环")),
    Case("undefined-alias", "year: 2025\nregion: *nowhere\n", 2, ("brief.yaml:2: ", "未定义的别名")),
    Case("list-too-long", OK + "problems:\n" + "  - 基层能力薄弱\n" * 2001, 2,
         ("brief.yaml:4: 问题: 列表太长", "2,000")),
    Case("too-deep", "year: 2025\nregion: 临江区\nclosing: " + "[" * 60 + "]" * 60 + "\n", 2,
         ("brief.yaml:3: 嵌套太深（超过 40 层）",)),
    # libyaml's composer recursed per level and crashed the whole process (segfault) on this one
    Case("deep-nesting-bomb", "year: 2025\nregion: 临江区\nclosing: " + "[" * 100_000 + "]" * 100_000 + "\n", 2,
         ("brief.yaml:3: 嵌套太深",)),
    Case("deep-block-nesting", "year: 2025\nregion: 临江区\nclosing:\n" + "".join(" " * i + "- \n" for i in range(60)),
         2, ("嵌套太深",)),
    Case("twenty-thousand-items", OK + "priorities:\n" + ("  - topic: 医改\n    items:\n" + "      - 推进分级诊疗\n" * 2000) * 10,
         2, ("brief.yaml: 简报的条目太多", "最多 2,000 条")),
    Case("broken-utf8-byte", "year: 2025\nregion: 临江区\nclosing: 为建设健康临江作出新的更大贡献\n".encode()[:-5] + b"\xff\n",
         2, ("brief.yaml:3: ", "损坏的字节")),
    Case("complex-key", "? [year, region]\n: 1\n" + OK, 2, ("brief.yaml:1: ", "键必须是一段文字")),
    # --- hand-typing slips
    Case("tab-indent", "year: 2025\nregion:\n\tname: 临江区\n", 2, ("brief.yaml:3: ", "Tab 缩进", "空格")),
    Case("colon-in-value", OK + "meeting: 会议: 全区卫生健康工作会议\n", 2, ("brief.yaml:3: ", "加上引号")),
    Case("bad-indent", "year: 2025\nregion:\n  name: 临江区\n   level: 区\n", 2, ("brief.yaml:4: ", "缩进不齐")),
    Case("unclosed-quote", 'year: 2025\nregion: "临江区\n', 2, ("引号没有配对",)),
    Case("duplicate-key", OK + "year: 2026\n", 2, ("brief.yaml:3: 年份: ", "重复出现", "第 1 行")),
    Case("english-and-chinese-twin", "year: 2025\n年份: 2026\nregion: 临江区\n", 2,
         ("brief.yaml:2: 年份: ", "同一项")),
    Case("typo-key", "year: 2025\nregoin: 临江区\n", 2, ("brief.yaml:2: regoin: 未知的键", "region？")),
    Case("typo-key-chinese", "年份: 2025\n地区: 临江区\n讲话人:\n  姓明: 张明\n", 2,
         ("brief.yaml:4: 讲话人·姓明: 未知的键“姓明”", "姓名？")),
    Case("key-at-wrong-level", "年份: 2025\n地区:\n名称: 临江区\n", 2,
         ("brief.yaml:3: 名称: “名称”不能写在这里，它属于 region（地区）", "请检查缩进")),
    Case("metric-key-flush-left", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - name: 率\nvalue: 3\n", 2,
         ("brief.yaml:7: value: ", "achievements（工作成绩）的 metrics（指标）")),
    Case("missing-year", "region: 临江区\n", 2, ("brief.yaml: 年份: 缺少必填项",)),
    Case("missing-region-name", "year: 2025\nregion:\n  level: 区\n", 2, ("brief.yaml:2: 地区·名称: 缺少必填项",)),
    Case("region-empty", "year: 2025\nregion:\n", 2, ("brief.yaml:2: 地区: 没有填写",)),
    Case("region-no-level", "year: 2025\nregion: 临江\n", 2, ("brief.yaml:2: 地区: 无法从名称推断级别",)),
    Case("year-in-words", "year: 二〇二五\nregion: 临江区\n", 2, ("brief.yaml:1: 年份: 请用阿拉伯数字，如 2027",)),
    Case("year-too-early", "year: 1800\nregion: 临江区\n", 2, ("brief.yaml:1: 年份: 不能小于 1949",)),
    Case("unknown-kind", "kind: 报告会\n" + OK, 2, ("brief.yaml:1: 讲话类型: 未知的讲话类型",)),
    Case("impossible-date", OK + "date: 2025-02-30\n", 2, ("brief.yaml:3: 日期: 没有这一天",)),
    Case("impossible-chinese-date", OK + "date: 2025年2月30日\n", 2, ("brief.yaml:3: 日期: 没有这一天",)),
    Case("date-in-words", OK + "date: 明年春天\n", 2, ("brief.yaml:3: 日期: 日期格式应为 2025-02-18",)),
    Case("length-in-words", OK + "length: 六千字\n", 2, ("brief.yaml:3: 篇幅: 请用阿拉伯数字，如 6000",)),
    Case("length-too-small", OK + "length: 10\n", 2, ("brief.yaml:3: 篇幅: 不能小于 300",)),
    Case("closing-too-long", OK + "closing: " + "长" * 100 + "\n", 2, ("brief.yaml:3: 结束语: 太长：最多 80 个字",)),
    Case("value-not-number", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - name: 覆盖率\n        value: 很高\n",
         2, ("brief.yaml:7: 工作成绩第1组·指标第1项·数值: 应为数字",)),
    Case("value-nan", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - {name: 覆盖率, value: .nan}\n",
         2, ("brief.yaml:6: 工作成绩第1组·指标第1项·数值: 应为数字",)),
    Case("value-sexagesimal", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - {name: 时长, value: 1:30}\n",
         2, ("brief.yaml:6: 工作成绩第1组·指标第1项·数值: 应为数字",)),
    Case("unit-twice", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - name: 覆盖率\n        value: 45.2%\n"
         "        unit: 人\n", 2, ("brief.yaml:6: 工作成绩第1组·指标第1项: ", "单位只写在 unit 中")),
    Case("better-wrong", OK + "achievements:\n  - topic: 医改\n    metrics:\n      - {name: 死亡率, value: 5, better: 好}\n",
         2, ("brief.yaml:6: 工作成绩第1组·指标第1项·方向: 应为 higher 或 lower",)),
    Case("metrics-not-list", OK + "achievements:\n  - topic: 医改\n    metrics: 很多\n", 2,
         ("brief.yaml:5: 工作成绩第1组·指标: 应为列表",)),
    Case("closing-is-a-list", OK + "closing: [为建设, 健康临江]\n", 2, ("brief.yaml:3: 结束语: 应为一段文字",)),
    Case("blank-required", "year:\nregion: 临江区\n", 2, ("brief.yaml:1: 年份: 没有填写",)),
    Case("seed-negative", OK + "seed: -1\n", 2, ("brief.yaml:3: 随机种子: 不能小于 0",)),
    Case("two-errors", "year: 1800\nregion: 临江\n", 2, ("brief.yaml:1: 年份: ", "（另有 1 处错误）")),
    # --- written oddly but meant well: accepted, with a warning where something was changed
    Case("utf8-bom-crlf", "\ufeffyear: 2025\r\nregion: 临江区\r\n".encode(), 0, ("✓ ", "2025年全区卫生健康工作会议")),
    Case("gbk-from-wps", "年份: 2025\n地区: 临江区\n".encode("gb18030"), 0, ("✓ ", "GBK/GB18030")),
    Case("utf16-notepad", "year: 2025\nregion: 临江区\n".encode("utf-16"), 0, ("✓ ",)),
    Case("full-width-colons", "年份：2025\n地区：\n  名称：临江区\n", 0, ("✓ ", "第 1 行的键“年份”后用了全角冒号")),
    Case("full-width-indent", "年份: 2025\n地区:\n　名称: 临江区\n", 0, ("✓ ", "第 3 行用全角空格缩进")),
    Case("stray-spaces-in-keys", "year : 2025\n地 区:\n  Name : 临江区\n  Short　: 临江\nspeaker:\n  on behalf of: 区委\n", 0, ("✓ ",)),
    Case("chinese-date-and-year", "year: 2025年\nregion: 临江区\ndate: 2025年2月18日\n", 0, ("✓ ",)),
    Case("full-width-digits", "year: ２０２５\nregion: 临江区\nachievements:\n  - topic: 医改\n    metrics:\n"
         "      - {name: 覆盖率, value: ４５．２%}\n", 0, ("✓ ",)),
    Case("control-characters", OK + "problems:\n  - 基层\x07能力薄弱\n  - \"人才\\x1b短缺\"\n", 0,
         ("✓ ", "问题第1条（第 4 行）: 删除了不可见的控制字符（U+0007）", "问题第2条: 删除了不可见的控制字符（U+001B）")),
    Case("yes-no-are-text", OK + "closing: yes\nspeaker:\n  title: no\n", 0, ("✓ ",)),
    Case("blank-optional-values", OK + "meeting:\nspeaker:\n  name: 张明\n  title:\ndate:\nproblems:\n", 0, ("✓ ",)),
    Case("unknown-topic", OK + "priorities:\n  - topic: 医该\n    items: [推进分级诊疗]\n", 0,
         ("✓ ", "领域“医该”不在登记的领域中", "医改")),
    # --- the same reading behind render: an invalid brief writes nothing
    Case("render-invalid-brief", "year: 2025\nregion: 临江\n", 2, ("brief.yaml:2: 地区: 无法从名称推断级别",),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx")),
    Case("template-syntax-is-text", "year: 2025\nregion: 临江区\nclosing: '{{ 7*7 }}{% raw %}'\n", 0, ("✓ ",)),
    # --- render: where the output goes
    Case("render-output-exists", OK, 2, ("out.docx", "输出文件已存在", "--force"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx"), files=(("out.docx", b"old speech"),)),
    Case("render-default-output-exists", OK, 2, ("brief.docx", "--force"), argv=("render", "{brief}"),
         files=(("brief.docx", b"old speech"),)),
    Case("render-output-is-a-folder", OK, 2, ("-o 应为文件路径而不是目录",),
         argv=("render", "{brief}", "-o", "{tmp}/out"), files=(("out/keep.txt", "x"),)),
    Case("render-output-is-a-pipe-even-forced", OK, 2, ("out.docx", "不是普通文件"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--force"), fifo="out.docx"),
    Case("build-output-is-a-pipe", None, 1, ("a.yaml", "不是普通文件", "成功 1 份，失败 1 份"),
         argv=("build", "{tmp}/briefs", "-o", "{tmp}/out", "--format", "txt", "--force"),
         files=(("briefs/a.yaml", OK), ("briefs/b.yaml", OK), ("out/keep", "")), fifo="out/a.txt",
         written=("out/b.txt",)),
    Case("render-output-folder-is-a-file", OK, 2, ("无法写入输出目录",),
         argv=("render", "{brief}", "-o", "{tmp}/afile/out.docx"), files=(("afile", "x"),)),
    Case("render-output-folder-unwritable", OK, 2, ("无法写入输出目录",),
         argv=("render", "{brief}", "-o", "{tmp}/locked/out.docx"), files=(("locked/keep.txt", "x"),),
         read_only="locked"),
    Case("render-output-folder-impossible", OK, 2, ("无法写入输出目录",),
         argv=("render", "{brief}", "-o", "/proc/jianggao-no-such/out.docx")),
    Case("render-extension-contradicts-format", OK, 2, ("-o 的扩展名 .md 与 --format docx 不一致",),
         argv=("render", "{brief}", "-o", "{tmp}/out.md", "--format", "docx")),
    Case("render-docx-extension-text-format", OK, 2, ("-o 的扩展名 .docx 与 --format txt 不一致",),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--format", "txt")),
    Case("render-seed-negative", OK, 2, ("--seed 应为 0 到 4294967295 之间的整数",),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--seed", "-5")),
    Case("render-seed-in-words", OK, 2, ("--seed", "不是有效的整数", "错误："), argv=("render", "{brief}", "--seed", "五")),
    Case("render-unknown-format", OK, 2, ("--format", "不是可选值", "docx"), argv=("render", "{brief}", "--format", "pdf")),
    Case("render-reference-doc-missing", OK, 2, ("nope.docx", "--reference-doc", "找不到参考文档"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--reference-doc", "{tmp}/nope.docx")),
    Case("render-reference-doc-not-docx", OK, 2, ("ref.docx", "参考文档不是有效的 Word 文件"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--reference-doc", "{tmp}/ref.docx"),
         files=(("ref.docx", "这不是 Word 文件"),)),
    Case("render-brief-is-a-folder", None, 2, ("brief.yaml: 这是一个文件夹",), as_dir=True,
         argv=("render", "{brief}", "-o", "{tmp}/out.docx")),
    Case("render-brief-missing", None, 2, ("brief.yaml: 找不到这个文件",), argv=("render", "{brief}")),
    Case("render-twenty-thousand-items", OK + "priorities:\n" + ("  - topic: 医改\n    items:\n" + "      - 推进分级诊疗\n" * 2000) * 10,
         2, ("简报的条目太多", "最多 2,000 条"), argv=("render", "{brief}", "-o", "{tmp}/out.docx")),
    # --- render: a user's own templates (--templates DIR)
    Case("render-templates-folder-missing", OK, 2, ("nodir", "模板目录应含 kinds/ 和 sections/"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tmp}/nodir")),
    Case("render-template-includes-outside", OK, 2, ("closing.j2", "模板只能引用模板目录内的文件"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tpl}"),
         templates=(("sections/closing.j2", '{% include "../../../../etc/passwd" %}\n'),)),
    Case("render-template-symlink-outside", OK, 2, ("closing.j2", "模板只能引用模板目录内的文件"),
         argv=("render", "{brief}", "-o", "{tmp}/out.txt", "--templates", "{tpl}"),
         templates=(("sections/closing.j2", ""),), files=(("secret.txt", "不该被读到的文件"),),
         links=(("tpl/sections/closing.j2", "secret.txt"),)),
    Case("render-template-syntax-error", OK, 2, ("closing.j2:2: 模板语法错误",),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tpl}"),
         templates=(("sections/closing.j2", "同志们，\n{% if %}\n"),)),
    Case("render-template-undefined-value", OK, 2, ("closing.j2:2: 模板使用了未定义的值", "no_such_value"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tpl}"),
         templates=(("sections/closing.j2", "同志们，\n{{ no_such_value }}\n"),)),
    Case("render-template-sandbox-escape", OK, 2, ("closing.j2:1: 模板执行了不允许的操作",),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tpl}"),
         templates=(("sections/closing.j2", "{{ ''.__class__.__mro__ }}\n"),)),
    Case("render-kind-outline-broken", OK, 2, ("annual_conference.yaml", "sections"),
         argv=("render", "{brief}", "-o", "{tmp}/out.docx", "--templates", "{tpl}"),
         templates=(("kinds/annual_conference.yaml", "kind: annual_conference\nsections: []\n"),)),
    # --- build: one bad brief never stops the rest; the table names it
    Case("build-one-bad-brief", None, 1, ("bad.yaml", "✗", "请用阿拉伯数字", "成功 1 份，失败 1 份"),
         argv=("build", "{tmp}/briefs", "-o", "{tmp}/out", "--format", "txt"),
         files=(("briefs/good.yaml", OK), ("briefs/bad.yaml", "year: 二〇二五\nregion: 临江区\n")),
         written=("out/good.txt",)),
    Case("build-output-exists", None, 1, ("--force", "失败 1 份"),
         argv=("build", "{tmp}/briefs", "-o", "{tmp}/out", "--format", "txt"),
         files=(("briefs/a.yaml", OK), ("briefs/b.yaml", OK), ("out/a.txt", "旧的")), written=("out/b.txt",)),
    Case("build-names-sanitised", None, 0, ("成功 3 份",),
         argv=("build", "{tmp}/briefs", "-o", "{tmp}/out", "--format", "txt"),
         files=(("briefs/..yaml", OK), ("briefs/会议 通知.yaml", OK), ("briefs/健康😷.yml", OK)),
         written=("out/brief.txt", "out/会议 通知.txt", "out/健康😷.txt")),
    Case("build-output-folder-is-a-file", OK, 2, ("输出目录是一个已存在的文件",),
         argv=("build", "{brief}", "-o", "{tmp}/afile"), files=(("afile", "x"),)),
    Case("build-output-folder-impossible", OK, 2, ("无法写入输出目录",),
         argv=("build", "{brief}", "-o", "/proc/jianggao-no-such")),
    Case("build-output-folder-unwritable", OK, 2, ("无法写入输出目录",),
         argv=("build", "{brief}", "-o", "{tmp}/locked"), files=(("locked/keep.txt", "x"),), read_only="locked"),
    Case("build-no-briefs", None, 2, ("没有找到任何简报",), argv=("build", "{tmp}/empty", "-o", "{tmp}/out"),
         files=(("empty/readme.txt", "x"),)),
    Case("build-missing-input", None, 2, ("找不到简报文件或目录",), argv=("build", "{tmp}/nowhere", "-o", "{tmp}/out")),
    Case("build-jobs-zero", OK, 2, ("--jobs 应为正整数",), argv=("build", "{brief}", "-o", "{tmp}/out", "--jobs", "0")),
    Case("build-templates-folder-missing", OK, 2, ("nodir", "模板目录应含 kinds/ 和 sections/"),
         argv=("build", "{brief}", "-o", "{tmp}/out", "--templates", "{tmp}/nodir")),
    # --- new: the wizard needs a terminal
    Case("new-without-a-terminal", None, 2, ("需要在终端中运行", "jianggao render"), argv=("new", "-o", "{tmp}/w")),
]


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (True for a folder, False for a pipe): what "nothing touched" compares."""
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else p.is_dir()) for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.yaml"
    if case.as_dir:
        brief.mkdir()
    elif isinstance(case.content, bytes):
        brief.write_bytes(case.content)
    elif isinstance(case.content, str):
        brief.write_bytes(case.content.encode("utf-8"))
    for name, content in case.files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if case.templates:
        import shutil

        from compose_helpers import REPO
        shutil.copytree(REPO / "templates", tmp_path / "tpl")
        for name, text in case.templates:
            (tmp_path / "tpl" / name).write_text(text, encoding="utf-8")
    if case.fifo:
        import os
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(tmp_path / case.fifo)
    for link, points_to in case.links:
        (tmp_path / link).unlink(missing_ok=True)
        (tmp_path / link).symlink_to(tmp_path / points_to)
    if case.read_only:
        import os
        locked = tmp_path / case.read_only
        locked.chmod(0o555)
        if os.access(locked, os.W_OK):  # root writes anyway
            locked.chmod(0o755)
            pytest.skip("cannot make a folder unwritable here (running as root?)")
    before = snapshot(tmp_path)
    argv = [a.format(brief=brief.name, tmp=tmp_path, tpl=tmp_path / "tpl") for a in case.argv]

    import os
    cwd = os.getcwd()
    os.chdir(tmp_path)  # so that messages name "brief.yaml" as a user typing it would see it
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals (unknown choice) exit 2 with usage on stderr
        code = exc.code
    finally:
        os.chdir(cwd)
        if case.read_only:
            (tmp_path / case.read_only).chmod(0o755)
    out = capsys.readouterr()
    text = out.out + out.err

    assert code == case.code, text
    for fragment in case.expect:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    assert "Traceback" not in text
    assert not list(tmp_path.rglob("*.part")), "a temporary file was left behind"
    if case.code == 2:
        assert snapshot(tmp_path) == before, "an invalid input must leave nothing written and touch nothing"
    if case.code != 0:
        for name, content in case.files:  # a refused overwrite keeps the original
            if (tmp_path / name).is_file():
                assert (tmp_path / name).read_bytes() == (content if isinstance(content, bytes) else content.encode())
    for name in case.written:
        assert (tmp_path / name).is_file() and (tmp_path / name).stat().st_size > 0, f"{name} not written"


def test_table_is_big_enough() -> None:
    # issue 6 asks for a table of every bad input tried; keep it honest about its size.
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)
