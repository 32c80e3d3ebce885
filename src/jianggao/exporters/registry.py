"""The export targets: name, module, default file name and Chinese label (light: the CLI lists them)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportFormat:
    """One target: the module and function that render it, its default file name and its Chinese name."""

    name: str
    module: str
    function: str
    default_name: str
    label: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("autotext", "autotext", "render", "jianggao-phrases.dotx", "Word 自动图文集"),
    ExportFormat("sogou", "sogou", "render", "PhraseEdit.txt", "搜狗输入法自定义短语"),
    ExportFormat("mspinyin", "mspinyin", "render", "jianggao.dat", "微软拼音用户自定义短语"),
    ExportFormat("rime", "rime", "render", "custom_phrase.txt", "Rime 自定义短语"),
    ExportFormat("vscode", "vscode", "render", "jianggao.code-snippets", "VS Code 代码片段"),
    ExportFormat("espanso", "espanso", "render", "jianggao.yml", "Espanso 匹配文件"),
    ExportFormat("csv", "tabular", "render_csv", "jianggao-phrases.csv", "CSV 表格"),
    ExportFormat("json", "tabular", "render_json", "jianggao-phrases.json", "JSON"),
    ExportFormat("html", "html", "render", "jianggao-phrases.html", "离线网页"),
)}
