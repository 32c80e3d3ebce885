"""bench/blind_mix.py: a paragraph shown to the blind reader gives no source away by its names."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _blind_mix():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("blind_mix", BENCH / "blind_mix.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_names_after_a_title_are_masked_like_names_after_a_stop():
    # (blind65: 局长聂文斌同志 left as it was, and the reader took the generated paragraph for a real one by its names)
    said = _blind_mix().neutralise("刚才，县卫生健康局党组书记、局长聂文斌同志通报了情况，县医疗保障局局长庹志刚同志作了说明。"
                                   "李华同志讲得很好。", set())
    assert "聂文斌" not in said and "庹志刚" not in said and "李华" not in said
    assert said.count("××同志") == 3
