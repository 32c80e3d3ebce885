"""The .docx written from the shipped skeleton (writers/docx_skeleton) is the file python-docx builds, part for
part; the skeletons are current; a stale or missing skeleton falls back to python-docx."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from support import ooxml_errors

from jianggao.model.speech import Heading, Paragraph, Speech
from jianggao.writers import docx_skeleton
from jianggao.writers.docx_skeleton import SKELETONS, skeleton_docx
from jianggao.writers.docx_writer import build_document, docx_bytes, write_skeletons
from jianggao.writers.profiles import PROFILES

SPEECHES = [
    Speech(kind="annual_conference", title="在2025年全区卫生健康工作会议上的讲话", speaker_line="区卫生健康局局长　张明",
           date_line="（2025年2月18日）", blocks=(
               Heading(1, "一、", "关于去年工作"), Paragraph("同志们，去年全区卫生健康系统认真贯彻落实上级部署。"),
               Heading(2, "（一）", "加强组织领导。", "要把卫生健康工作摆上重要议事日程。"),
               Heading(3, "1.", "压实责任", "层层抓落实。"), Heading(4, "（1）", "细化分工"), Heading(5, "①", "更深一层"),
               Paragraph("　全角空格开头和 半角 空格 "), Paragraph("符号 & < > \" ' 都要转义；制表符\t和换行\n变成空格"),
               Paragraph("零宽\u200b字符与控制\x07字符被删去。"))),
    Speech(kind="pledge", title="表态发言", main_title="守初心　担使命　全力推进健康临江建设迈上新台阶并取得更大成效",
           speaker_line="", date_line="2024年7月1日", salutation="", blocks=(Paragraph("我们一定不辜负期望。"),)),
    Speech(kind="address", title="致辞 & <祝酒>", speaker_line="张明", date_line="2023年13月40日", blocks=()),
]


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def _python_docx(speech: Speech, profile: str) -> bytes:
    buffer = io.BytesIO()
    build_document(speech, profile=profile).save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("profile", list(PROFILES))
@pytest.mark.parametrize("speech", SPEECHES, ids=["annual", "pledge", "address"])
def test_skeleton_file_is_python_docx_file(speech, profile, tmp_path, monkeypatch):
    # a speech without a valid date is stamped "now": both ways must see the same second (the two writes may
    # straddle a second's boundary, which failed one CI run)
    from jianggao.writers import docx_writer
    now = docx_skeleton.core_date(speech)
    for module in (docx_skeleton, docx_writer):
        monkeypatch.setattr(module, "core_date", lambda _speech, now=now: now)
    fast = skeleton_docx(speech, profile)
    assert fast is not None
    assert _parts(fast) == _python_docx_parts(speech, profile)


@pytest.mark.parametrize("profile", list(PROFILES))
def test_skeleton_file_is_valid_ooxml(profile, tmp_path):
    (tmp_path / "s.docx").write_bytes(skeleton_docx(SPEECHES[0], profile) or b"")
    assert ooxml_errors(tmp_path / "s.docx") == []


def _python_docx_parts(speech: Speech, profile: str) -> list[tuple[str, bytes]]:
    return _parts(_python_docx(speech, profile))


def test_skeletons_are_current(tmp_path):
    fresh = {p.name: p.read_text(encoding="utf-8") for p in write_skeletons(tmp_path)}
    shipped = {p.name: p.read_text(encoding="utf-8") for p in SKELETONS.glob("*.json")}
    assert shipped == fresh, ("the docx writer changed: remake the skeletons with "
                              "python -c 'from jianggao.writers.docx_writer import write_skeletons; write_skeletons()'")


def test_a_stale_skeleton_is_not_used(monkeypatch, tmp_path):
    for path in SKELETONS.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["key"] = "0" * 64
        (tmp_path / path.name).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(docx_skeleton, "SKELETONS", tmp_path)
    assert skeleton_docx(SPEECHES[0], "speech") is None
    assert _parts(docx_bytes(SPEECHES[0])) == _python_docx_parts(SPEECHES[0], "speech")
    monkeypatch.setattr(docx_skeleton, "SKELETONS", tmp_path / "none")
    assert skeleton_docx(SPEECHES[0], "gbt9704") is None
