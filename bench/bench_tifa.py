"""How fast the 提法 registry loads and scans a draft (run: python bench/bench_tifa.py)."""
from __future__ import annotations

import random
import time

from jianggao.model import tifa


def _draft(reg, length: int, seed: int = 1) -> str:
    """A draft-like text: plain speech filler with registry terms sprinkled in."""
    rng = random.Random(seed)
    filler = "同志们要进一步提高认识，强化责任担当，扎实推进各项工作落地见效，切实保障人民群众身体健康。"
    terms = [t for e in reg for t in e.terms]
    parts, size = [], 0
    while size < length:
        piece = filler[: rng.randint(8, len(filler))] + rng.choice(terms) + "，"
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:length]


def _time(label: str, fn, repeat: int = 50) -> None:
    fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    per = (time.perf_counter() - start) / repeat
    print(f"{label:<42} {per * 1000:8.2f} ms")


def main() -> None:
    start = time.perf_counter()
    tifa.load_registry.cache_clear()
    reg = tifa.load_registry()
    print(f"{'load_registry (parse + compile)':<42} {(time.perf_counter() - start) * 1000:8.2f} ms"
          f"  ({len(reg)} entries, {sum(len(e.terms) for e in reg)} spellings)")
    draft = _draft(reg, 10_000)
    plain = "同志们要进一步提高认识，强化责任担当，扎实推进各项工作落地见效。" * 330
    quoted = draft.replace("，", "“，”")
    print(f"hits in the 10,000-character draft: {len(reg.find(draft))}")
    _time("find, 10,000 chars, dense with terms", lambda: reg.find(draft))
    _time("find, 10,000 chars, no terms", lambda: reg.find(plain[:10_000]))
    _time("find, 10,000 chars, with quotation marks", lambda: reg.find(quoted[:10_000]))
    _time("outside_window, 10,000 chars, county 2024", lambda: reg.outside_window(draft, "2024-02-18", "县"))
    _time("modernise, 10,000 chars, county 2024", lambda: reg.modernise(draft, "2024-02-18", "县"))
    sentences = [s for s in draft.split("，") if s][:1000]
    _time(f"window_of, {len(sentences)} sentences", lambda: [reg.window_of(s) for s in sentences], repeat=10)
    _time("year_framing, 2012–2027", lambda: [reg.year_framing(y, "县") for y in range(2012, 2028)])


if __name__ == "__main__":
    main()
