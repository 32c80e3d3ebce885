"""Every heading owns what is under it (compose.owned; reading 47, STRUCT): a brief item is its own block, never a
今年还要… line in a sibling's; a line on another block's subject goes there, a subject is said in one block, a heading
claims only what its text holds."""
from __future__ import annotations

import re

import pytest

from jianggao.briefs.load import load_brief
from jianggao.compose import owned
from jianggao.compose.core import compose
from jianggao.model.speech import Heading, Paragraph
from jianggao.writers import render_text

TOWN_PATRIOTIC = """\
kind: special_topic
year: 2016
region: {name: 白沙镇}
meeting: 白沙镇2016年爱国卫生工作会议
speaker: {name: 黄志强, title: 镇长}
date: 2016-04-12
length: 2500
achievements:
  - topic: 爱国卫生
    facts: [白沙镇通过省级卫生镇复审, 完成12个村的改厕任务]
problems:
  - 集镇农贸市场环境卫生脏乱差
  - 部分村垃圾收运不及时
priorities:
  - topic: 爱国卫生
    items: [开展农贸市场环境卫生专项整治, 健全村庄保洁长效机制, 做好登革热等蚊媒传染病防控]
"""


def test_a_brief_item_is_the_home_of_a_problem_on_its_narrow_subject():
    # 部分村垃圾收运不及时 shares no two characters with 健全村庄保洁长效机制, yet it is village cleaning's business
    assert owned.fine_subject("部分村垃圾收运不及时") == owned.fine_subject("健全村庄保洁长效机制")
    assert owned.owns("健全村庄保洁长效机制", "部分村垃圾收运不及时")
    assert not owned.owns("开展农贸市场环境卫生专项整治", "部分村垃圾收运不及时")
    assert not owned.owns("加强党风廉政建设", "部分村垃圾收运不及时")      # no narrow subject: no claim


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("落实领导责任", "牵头单位要拿出推进方案，配合单位要主动跟进。镇政府将定期听取进展汇报。", "落实工作责任"),
    ("压实领导责任", "各单位主要负责同志是第一责任人，要亲自抓、负总责。", "压实领导责任"),
])
def test_a_leadership_heading_needs_a_leader_under_it(heading, body, expected):
    blocks = owned.headings_owned([Heading(1, "", "落实责任"), Heading(2, "", heading, body)])
    assert blocks[1].text == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("今年是关键之年。2023年卫生健康工作的总体思路是：坚持以人民健康为中心。", "今年工作的总体要求"),
    ("今年的主要目标是：孕产妇死亡率控制在10/10万以内。", "今年工作的总体要求和主要目标"),
])
def test_a_target_heading_needs_a_target_under_it(body, expected):
    blocks = owned.headings_owned([Heading(1, "", "今年工作的总体要求和主要目标"), Paragraph(body)])
    assert blocks[0].text == expected


def test_lines_go_to_the_block_of_their_subject_and_a_subject_is_said_once():
    vector = "坚持环境治理为主、药物防制为辅，落实单位和个人的防制责任，有效降低病媒生物密度。"
    market = "集贸市场要落实开办者责任，每天收市后清扫，每周大扫除一次，镇里要派人检查。"
    blocks = [
        Heading(1, "", "明确重点，抓住关键"),
        Heading(2, "", "开展农贸市场环境卫生专项整治", "镇里要把集镇街道和背街小巷的保洁包干到单位、到人。"
                "城乡环境卫生整洁行动要以卫生死角为重点。" + vector + "建立网格化管理机制，做到整治一处、巩固一处。"),
        Heading(2, "", "切实抓好病媒生物防制", vector + "春秋两季要组织集中灭鼠，投药后及时清理残余鼠药。"),
        Heading(1, "", "落实责任，密切配合"),
        Heading(2, "", "形成工作合力", "各项任务不是哪一家能单独办好的，各村要各司其职、密切配合。" + market),
        Paragraph("同志们，让我们凝心聚力，为改善全镇城乡人居环境作出新的更大贡献！"),
    ]
    out = owned.lines_home(blocks)
    text = {b.text: b.body for b in out if isinstance(b, Heading)}
    # the 病媒 line said word for word in (一) and (三) is said once, in its own block
    assert vector not in text["开展农贸市场环境卫生专项整治"] and vector in text["切实抓好病媒生物防制"]
    # the market's own duty leaves 形成工作合力 for the market's block
    assert market in text["开展农贸市场环境卫生专项整治"] and market not in text["形成工作合力"]
    # the closing is no block's: its 人居环境 stays where it is
    assert isinstance(out[-1], Paragraph) and "人居环境" in out[-1].text


def test_lines_home_keeps_the_floor():
    stray = "各接种单位要规范设置接种点，严格落实接种前告知、接种后留观等要求，确保接种安全。"
    body = "对从登革热流行地区返回的人员要做好健康监测。" + stray + "发现输入病例及时处置。强化传染病监测预警。"
    blocks = [Heading(1, "", "明确重点"), Heading(2, "", "做好登革热等蚊媒传染病防控", body)]
    size = sum(len(b.text) + len(b.body) for b in blocks if isinstance(b, Heading))
    assert stray not in owned.lines_home(blocks, floor=0)[1].body
    assert stray in owned.lines_home(blocks, floor=size)[1].body


@pytest.mark.parametrize("seed", [1, 2])
def test_a_town_s_brief_items_are_each_a_block_of_their_own(real, tmp_path, seed):
    path = tmp_path / "brief.yaml"
    path.write_text(TOWN_PATRIOTIC, encoding="utf-8")
    text = render_text(compose(load_brief(path), real.bank, real.templates, seed=seed), "txt")
    heads = re.findall(r"（[一二三四五六七八九十]+）([^。]+)。", text)
    for item in ("开展农贸市场环境卫生专项整治", "健全村庄保洁长效机制", "做好登革热等蚊媒传染病防控"):
        assert item in heads, heads
    # never 今年还要健全村庄保洁长效机制。 inside the market's block
    assert not re.search(r"(?:还|也)?要(?:着力|重点)?健全村庄保洁长效机制。", text)
    # the rubbish problem's answer sits under village cleaning, not under the market
    block = text.split("健全村庄保洁长效机制。", 1)[1].split("（", 1)[0]
    assert "垃圾" in block
    # no vaccination under the mosquito-borne disease: there is no dengue vaccine
    dengue = text.split("做好登革热等蚊媒传染病防控。", 1)[1].split("（", 1)[0]
    assert "接种" not in dengue


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("推动优质医疗资源扩容提质", "一是加强医疗机构院感防控。严格落实预检分诊和院感管理制度。二是加强医疗质量管理。",
     "不断提高医疗质量和服务水平"),
    ("推动优质医疗资源扩容提质", "一是推动优质资源下沉。三级医院要向县级医院派驻专家。", "推动优质医疗资源扩容提质"),
    ("以医共体建设为抓手纵深推进医改", "一是深化紧密型县域医共体建设。二是推进医保支付方式改革。",
     "以医共体建设为抓手纵深推进医改"),
])
def test_a_heading_claiming_a_lever_is_backed_by_it(heading, body, expected):
    blocks = owned.headings_owned([Heading(1, "", "重点任务"), Heading(2, "", heading, body)])
    assert blocks[1].text == expected


def test_the_lever_s_item_goes_first_under_a_heading_naming_it():
    blocks = owned.headings_owned([
        Heading(1, "", "重点任务"),
        Heading(2, "", "以医共体建设为抓手纵深推进医改", "年内要见到成效。一是推进医保支付方式改革。要配合县医保局推进。"),
        Paragraph("要落实集采政策。"),
        Paragraph("二是深化紧密型县域医共体建设。医共体内的双向转诊要有标准。"),
        Paragraph("三是深化公立医院改革。薪酬分配严禁与创收挂钩。"),
    ])
    assert blocks[1].text == "以医共体建设为抓手纵深推进医改"
    assert blocks[1].body == "年内要见到成效。一是深化紧密型县域医共体建设。医共体内的双向转诊要有标准。"
    assert [b.text for b in blocks[2:]] == ["二是推进医保支付方式改革。要配合县医保局推进。", "要落实集采政策。",
                                            "三是深化公立医院改革。薪酬分配严禁与创收挂钩。"]
