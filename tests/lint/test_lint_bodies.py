"""`jianggao lint` finds a body given a lead another holds on the date (lint/bodies.py, levels.lead_of): 发改
'assisting' on prices, 发改 on prices after 2019, the health bureau punishing false advertising; through the CLI."""
from __future__ import annotations

import json
from datetime import date

from jianggao.cli import main
from jianggao.lint import lint_text


def _terms(paragraphs, day, level="县"):
    return [(f.kind, f.term) for f in lint_text(paragraphs, day, level)]


def test_prices_and_advertising_have_their_lead_bodies():
    found = _terms(["在医改上，发改部门要配合做好医疗服务价格调整。"], date(2015, 3, 1))
    assert ("level", "发改部门要配合做好医疗服务价格") in found
    assert not _terms(["发改（物价）部门要牵头落实医疗服务价格调整政策。"], date(2015, 3, 1))
    assert _terms(["发改（物价）部门要牵头落实医疗服务价格调整政策。"], date(2021, 3, 1))
    assert _terms(["县卫生健康局要严厉查处虚假宣传、夸大疗效等行为。"], date(2021, 3, 1))
    assert not _terms(["要规范医疗广告发布，配合市场监管部门查处虚假宣传、夸大疗效等行为。"], date(2021, 3, 1))


def test_the_cli_reports_a_reversed_lead(tmp_path, capsys):
    draft = tmp_path / "稿.txt"
    draft.write_text("同志们：\n抓医改，发改部门要配合做好医疗服务价格调整。\n", encoding="utf-8")
    code = main(["lint", str(draft), "--date", "2016-03-01", "--level", "县", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and any(f["kind"] == "level" and "牵头" in f["message"] for f in out)
