"""Input-method exports read back: Sogou and Microsoft Pinyin through strict parsers, Rime through real librime."""
from __future__ import annotations

from pathlib import Path

import pytest
from readers import mschxudp, sogou_phrases
from readers.rime_engine import find_librime, run_in_child
from readers.sample_bank import write_bank

from jianggao.exporters import export_bank, render
from jianggao.model.bank import Phrase, load_bank
from jianggao.model.slots import with_fallbacks


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    return load_bank(write_bank(tmp_path_factory.mktemp("ime") / "bank"))


def expected_positions(bank, fits) -> dict[str, int]:
    """Position by the rule stated in the docs: among phrases sharing a code, more frequent first, then by id."""
    out = {}
    codes = {p.code for p in bank if fits(p)}
    for code in codes:
        group = sorted((p for p in bank if p.code == code and fits(p)), key=lambda p: (-p.count, p.id))
        out.update({p.id: i for i, p in enumerate(group, start=1)})
    return out


# ---------------------------------------------------------------- Sogou

def test_sogou_round_trip(bank, tmp_path):
    out = tmp_path / "PhraseEdit.txt"
    report = export_bank(bank, "sogou", out)
    entries = sogou_phrases.read(out.read_bytes())
    assert {u.id for u in report.unfit} == {"heading.tasks.001"}          # its code has a digit
    fits = [p for p in bank if p.id != "heading.tasks.001"]
    assert report.written == len(entries) == len(fits)
    got = {(e.key, e.position, e.phrase) for e in entries}
    pos = expected_positions(bank, lambda p: p.id != "heading.tasks.001")
    assert got == {(p.code, pos[p.id], with_fallbacks(p.text)) for p in fits}


def test_sogou_multi_line_phrase_uses_the_multi_line_form(bank, tmp_path):
    out = tmp_path / "PhraseEdit.txt"
    export_bank(bank, "sogou", out)
    text = out.read_bytes()[2:].decode("utf-16-le")
    assert "\r\nywszdyq,1=\r\n要完善重大疫情监测预警体系，\r\n健全传染病防控机制。\r\n\r\n" in text
    assert "经区委、区政府同意，今天我们召开这次会议。" in text                  # slots take their fallbacks


def test_sogou_reader_rejects_what_sogou_would_misread():
    with pytest.raises(sogou_phrases.FormatError):
        sogou_phrases.read("nxjl,1=凝心聚力\r\n".encode("utf-16-le"))          # no BOM
    with pytest.raises(sogou_phrases.FormatError):
        sogou_phrases.read(b"\xff\xfe" + "nxjl,1=凝心聚力\n".encode("utf-16-le"))   # LF only
    with pytest.raises(sogou_phrases.FormatError):
        sogou_phrases.read(b"\xff\xfe" + "nxjl=凝心聚力\r\n".encode("utf-16-le"))   # no position


def crowd(code: str, n: int) -> list[Phrase]:
    return [Phrase(f"parallel.run.{i:03d}", f"第{i}条短语", "parallel", "run", code=code, count=100 - i)
            for i in range(1, n + 1)]


@pytest.mark.parametrize("fmt, reader", [("sogou", sogou_phrases.read), ("mspinyin", mschxudp.read)])
def test_a_tenth_phrase_on_one_code_is_reported_not_dropped(fmt, reader, tmp_path):
    out = tmp_path / "out"
    report = export_bank(crowd("gzzl", 10), fmt, out)
    assert [u.id for u in report.unfit] == ["parallel.run.010"]
    assert "候选位置" in report.unfit[0].reason and "parallel.run.010" in report.summary()
    assert sorted(e.position for e in reader(out.read_bytes())) == list(range(1, 10))


# ---------------------------------------------------------------- Microsoft Pinyin

def test_mspinyin_round_trip(bank, tmp_path):
    out = tmp_path / "jianggao.dat"
    report = export_bank(bank, "mspinyin", out)
    entries = mschxudp.read(out.read_bytes())
    unfit = {u.id: u.reason for u in report.unfit}
    assert set(unfit) == {"transition.problems.001", "task.item.002", "heading.tasks.001",
                          "heading.safeguards.001"}
    assert unfit["transition.problems.001"] == "95 字，超过 64 字上限"
    fits = [p for p in bank if p.id not in unfit]
    pos = expected_positions(bank, lambda p: p.id not in unfit)
    assert report.written == len(entries) == len(fits)
    assert {(e.code, e.position, e.phrase) for e in entries} == \
        {(p.code, pos[p.id], with_fallbacks(p.text)) for p in fits}


def test_mspinyin_reader_rejects_a_broken_file(bank, tmp_path):
    data = bytearray(render(bank, "mspinyin").data)
    mschxudp.read(bytes(data))
    data[0x18] ^= 1                                    # the size field no longer matches
    with pytest.raises(mschxudp.FormatError):
        mschxudp.read(bytes(data))


def test_mspinyin_empty_file_is_still_well_formed():
    data = render([], "mspinyin").data
    assert mschxudp.read(data) == [] and len(data) == 0x40


# ---------------------------------------------------------------- Rime

def rime_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")        # librime wants UTF-8 without BOM
    return [ln.split("\t") for ln in raw.decode("utf-8").split("\n") if ln and not ln.startswith("#")]


def test_rime_table_rows(bank, tmp_path):
    out = tmp_path / "custom_phrase.txt"
    report = export_bank(bank, "rime", out)
    assert {u.id for u in report.unfit} == {"heading.tasks.001", "task.item.002"}
    text = out.read_text(encoding="utf-8")
    assert "#@/db_name\tcustom_phrase.txt\n" in text and "#@/db_type\ttabledb\n" in text
    rows = rime_rows(out)
    assert all(len(r) == 3 for r in rows)
    fits = [p for p in bank if p.id not in {"heading.tasks.001", "task.item.002"}]
    assert sorted((t, c, int(w)) for t, c, w in rows) == sorted((with_fallbacks(p.text), p.code, p.count)
                                                                  for p in fits)


@pytest.fixture(scope="module")
def librime():
    if find_librime() is None:
        pytest.skip("librime 未安装（Debian: apt-get install librime1）；跳过真实引擎测试")


def test_real_librime_offers_each_phrase_for_its_code(bank, librime, tmp_path):
    out = tmp_path / "custom_phrase.txt"
    export_bank(bank, "rime", out)
    codes = ["nxjl", "zkdcj", "jqwty", "xxdj", "qhbzqbgxrwldjxqhbzqbgxrwldjxqhbzq"]
    offered = run_in_child(out, tmp_path / "rime-user", codes)
    # Higher weight (corpus count) first: 凝心聚力 12, then the two with 8 in file order.
    assert offered["nxjl"] == ["凝心聚力", "凝心聚力、攻坚克难", "凝心聚力谋发展，实干担当促落实"]
    assert offered["zkdcj"][0] == "在看到成绩的同时，我们也要清醒认识到存在的问题。"
    assert offered["zkdcj"][1] == with_fallbacks(bank.get("transition.problems.001").text)
    assert offered["jqwty"] == ["经区委、区政府同意，今天我们召开这次会议。"]
    assert offered["xxdj"] == ["谢谢大家！"]
    assert offered["qhbzqbgxrwldjxqhbzqbgxrwldjxqhbzq"] == ["强化保障，确保各项任务落地见效"]


def test_real_librime_offers_nothing_for_an_unknown_code(bank, librime, tmp_path):
    out = tmp_path / "custom_phrase.txt"
    export_bank(bank, "rime", out)
    assert run_in_child(out, tmp_path / "rime-user", ["qqqq"]) == {"qqqq": []}


def test_stock_luna_pinyin_offers_our_phrase_first(bank, librime, tmp_path):
    """The schema most Rime users have (朙月拼音) already reads custom_phrase.txt: our phrase tops its menu."""
    from readers.rime_engine import installed_schema

    if not installed_schema("luna_pinyin"):
        pytest.skip("rime-data-luna-pinyin 未安装；跳过朙月拼音测试")
    out = tmp_path / "custom_phrase.txt"
    export_bank(bank, "rime", out)
    offered = run_in_child(out, tmp_path / "rime-user", ["nxjl", "xxdj"], schema="luna_pinyin")
    assert offered["nxjl"][:3] == ["凝心聚力", "凝心聚力、攻坚克难", "凝心聚力谋发展，实干担当促落实"]
    assert offered["xxdj"][0] == "谢谢大家！"
    assert len(offered["nxjl"]) > 3                     # the schema's own words follow ours


def test_sogou_lists_a_phrase_holding_a_byte_order_mark_instead_of_writing_it():
    # Inside UTF-16 text U+FEFF reads as a second byte-order mark (found by the property test).
    from jianggao.exporters import sogou
    from jianggao.model.bank import Phrase

    ok = Phrase(id="parallel.run.001", text="凝心聚力", category="parallel", role="run", code="nxjl")
    bad = Phrase(id="parallel.run.002", text="开拓创新\ufeff", category="parallel", role="run", code="ktcx")
    out = sogou.render([ok, bad])
    assert [u.id for u in out.unfit] == ["parallel.run.002"] and out.written == 1
    assert "\ufeff" not in out.data[2:].decode("utf-16-le")
