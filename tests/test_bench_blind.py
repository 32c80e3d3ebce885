"""bench/bench_blind.py: the blind readers' tells are counted in a paragraph, and a real speech's plain duties are not."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("bench_blind", Path(__file__).resolve().parents[1] / "bench" / "bench_blind.py")
assert _SPEC and _SPEC.loader
bench_blind = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench_blind)


def test_the_round_45_tells_are_counted():
    found = bench_blind.count([
        "要完善医联体内的考核办法，把基层就诊率作为考核牵头医院的重要内容，让牵头医院愿意把病人往下转。"
        "考核不看材料厚薄，看问题有没有解决。有完成节点的任务要排出进度表，什么时候完成、由谁验收，都要事先定下来。"
        "基本药物要在基层配得齐、用得上、报得了。老年人新冠疫苗接种、药品的储备，哪一项都不能松。",
        "推广三明医改经验，关键在医疗、医保、医药联动改革，这是深化医改必须把握好的方法。",
        "要加强慢性病综合防控和重点传染病防治，筑牢人民群众健康防线。"])
    for tell in ("purpose", "gloss", "contrast", "procedure", "jingle", "colloquial", "quote_gloss", "slogan_end"):
        assert found[tell], tell


def test_a_real_paragraph_s_plain_duties_are_no_tell():
    real = ("要把目标检查与经常性督查工作结合起来，切实提高免疫规划水平，杜绝工作作风飘浮，工作措施不力，工作不深入等现象发生。"
            "实施绩效考核办法，加大绩效考核力度，强化基层服务能力提升和服务利用，开展管理模式创新。"
            "优先使用基本药物要落实到医生的处方上，使用情况要定期通报。")
    found = bench_blind.count([real])
    assert not any(found[t] for t in bench_blind.TELLS), {t: v for t, v in found.items() if v}
    assert found["filler"]
    shape = bench_blind.shape([real])
    assert shape["sentences"] == 3 and shape["mean_chars"] > 40
