"""A framing judgement opens its paragraph (the third reading: 人才是…第一资源 buried mid-list; the blind reader
took a premise placed last for a tell)."""
from __future__ import annotations

from jianggao.compose.finish import _thesis_first
from jianggao.model.speech import Heading, Paragraph


def test_a_judgement_in_a_running_paragraph_moves_to_its_front():
    para = ["加强紧缺专业人才的招聘和培养。", "完善人才评价和激励机制。",
            "人才是卫生健康事业发展的第一资源，要在引才、育才、留才、用才上同时发力。", "落实待遇保障政策。"]
    parts, shells = [[list(para)]], [[Paragraph("".join(para))]]
    _thesis_first(parts, shells, ())
    assert parts[0][0][0].startswith("人才是卫生健康事业发展的第一资源")
    assert sorted(parts[0][0]) == sorted(para)


def test_orders_brief_data_and_run_in_headings_stay_where_they_are():
    orders = ["要加强产科建设。", "各助产机构要开展演练。", "要做到早发现、早干预，这是关键。"]
    data = ["加强儿童保健。", "做好随访。", "婴儿死亡率是2.8‰，要继续下降。"]
    run_in = ["全面提升妇幼健康服务水平。", "加强托幼机构卫生保健指导。", "母婴安全是底线工作，任何时候都不能放松。"]
    parts = [[list(orders), list(data), list(run_in)]]
    shells = [[Paragraph("".join(orders)), Paragraph("".join(data)), Heading(2, "（一）", run_in[0], "")]]
    _thesis_first(parts, shells, ("婴儿死亡率是2.8‰",))
    assert parts == [[orders, data, run_in]]

