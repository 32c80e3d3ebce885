"""finish: what makes a worded speech speakable (here: a numbered item not said again in the next sentence)."""


def test_a_numbered_item_is_not_said_again_as_the_next_sentence_s_opening():
    """三是加强传染病监测预警。要强化传染病监测预警，… (the twenty-second reading, seven times in five drafts): the clause
    goes; a sentence that is nothing more goes whole; a rest that leans back or is a slogan takes the sentence with it;
    the brief's own words stay unless the item above says them."""
    from jianggao.compose.finish import _heading_not_restated
    parts = [[["二是加强传染病监测预警。", "要强化传染病监测预警，做到早发现、早报告、早处置，决不让疫情扩散。",
               "各医疗机构要落实首诊负责。"],
              ["三是做好重点传染病防控。", "要加强重点传染病防治。", "对结核病患者要落实全程管理。"],
              ["四是加强健康教育。", "要加强健康教育，提高健康教育工作水平。", "把健康教育送到工地、市场、车站。"],
              ["一是推进疾控体系改革。", "推进疾控体系改革，要让疾控机构既能抓预防又能指导医疗机构。"],
              ["五是巩固创建成果。", "巩固创建成果，成功创建国家卫生县城。", "要建立长效机制。"]]]
    parts[0].append(["一是做好夏季传染病防控。", "要做好传染病防控物资和检测试剂的储备，确保一旦出现疫情能够拉得出、用得上。"])
    # a purpose clause left alone names no one (使老年人…: b14, the twenty-third session): the sentence goes
    parts[0].append(["二是做好老年人健康管理。", "要做好老年人健康管理，使老年人看病就医更方便、健康服务更贴心。",
                     "推进老年人居家医疗服务。"])
    _heading_not_restated(parts, ("推进疾控体系改革", "成功创建国家卫生县城"))
    p = parts[0]
    assert p[0] == ["二是加强传染病监测预警。", "做到早发现、早报告、早处置，决不让疫情扩散。", "各医疗机构要落实首诊负责。"]
    assert p[1] == ["三是做好重点传染病防控。", "对结核病患者要落实全程管理。"]
    assert p[2] == ["四是加强健康教育。", "把健康教育送到工地、市场、车站。"]
    assert p[3] == ["一是推进疾控体系改革。", "要让疾控机构既能抓预防又能指导医疗机构。"]
    assert p[4][1] == "巩固创建成果，成功创建国家卫生县城。"      # another brief statement in it: kept
    assert p[5][1].startswith("要做好传染病防控物资")           # a clause saying more than the item: kept
    assert p[6] == ["二是做好老年人健康管理。", "推进老年人居家医疗服务。"]


def test_a_subsection_heading_is_not_said_again_by_the_clause_after_it():
    from jianggao.compose.finish import _subheading_not_restated
    from jianggao.model.speech import Heading
    shells = [[Heading(2, "（五）", "推动医养结合提质增效", ""), Heading(2, "（二）", "深化医保支付方式改革", ""),
               Heading(2, "（三）", "推进医养结合", "")]]
    parts = [[["深入推进医养结合，完善老年健康服务体系，提升失能老年人照护能力。"],
              ["今年还要深化医保支付方式改革。", "县医保局要全面推行按病种付费。"],
              ["进一步支持基层医疗卫生机构开展医养结合服务，为居家老年人提供上门医疗服务。"]]]
    _subheading_not_restated(parts, shells, ())
    assert parts[0][0] == ["完善老年健康服务体系，提升失能老年人照护能力。"]
    assert parts[0][1] == ["县医保局要全面推行按病种付费。"]
    assert parts[0][2][0].startswith("进一步支持基层医疗卫生机构")         # says more than its heading: it stays


def test_an_item_or_heading_said_again_in_other_words_loses_the_clause():
    """Round 39: 二是深入开展爱国卫生运动。广泛开展群众性爱国卫生运动，…; a brief priority pasted under a heading saying it
    (下半年要着力深入开展夏季爱国卫生运动，做好… under （一）深入开展夏季爱国卫生运动)."""
    from jianggao.compose.finish import _heading_not_restated, _subheading_not_restated
    from jianggao.model.speech import Heading
    parts = [[["二是深入开展爱国卫生运动。", "广泛开展群众性爱国卫生运动，发动群众清理房前屋后的卫生死角，消除病媒生物孳生地。"],
              ["三是加强卫生人才队伍建设。", "加强卫生监督的队伍建设，进一步提高卫生监督工作质量和执法水平。"]]]
    _heading_not_restated(parts, ())
    assert parts[0][0][1] == "发动群众清理房前屋后的卫生死角，消除病媒生物孳生地。"
    assert parts[0][1][1].startswith("加强卫生监督的队伍建设")          # another subject: it stays
    brief = "深入开展夏季爱国卫生运动"
    shells = [[Heading(2, "（一）", brief, ""), Heading(2, "（二）", "加强病媒生物防制", "")]]
    parts = [[["下半年要着力深入开展夏季爱国卫生运动，做好农贸市场、城中村等重点区域的环境卫生整治。", "要发动群众参与。"],
              ["下半年要着力深入开展夏季爱国卫生运动，做好农贸市场的环境卫生整治。", "要开展蚊蝇密度监测。"]]]
    _subheading_not_restated(parts, shells, (brief,))
    assert parts[0][0][0] == "做好农贸市场、城中村等重点区域的环境卫生整治。"
    assert parts[0][1][0].startswith("下半年要着力深入开展")             # the brief's words its heading does not say


def test_a_word_written_two_ways_is_spelt_one_way():
    """The forty-second blind reader's tell: 城乡结合部 and 城乡接合部 in one paragraph. The standard form, unless the
    brief writes the other (the secretary's own spelling is kept)."""
    from jianggao.compose.finish import _one_spelling

    parts = [[["加强城乡结合部环境整治。", "城乡接合部要建立长效机制。"]]]
    _one_spelling(parts, ())
    assert parts == [[["加强城乡接合部环境整治。", "城乡接合部要建立长效机制。"]]]
    parts = [[["加强城乡结合部环境整治。", "城乡接合部要建立长效机制。"]]]
    _one_spelling(parts, ("城乡结合部环境卫生反复",))
    assert parts == [[["加强城乡结合部环境整治。", "城乡结合部要建立长效机制。"]]]


def test_a_heading_keeps_no_measure_beyond_the_speaker_s_powers():
    """A heading keeps one refused measure rather than stand bare (test_standing_items), but never one the speaker may
    not order: a street's 推进控烟和健康促进场所建设 kept 要推进健康促进医院和健康促进学校建设 so (its bare item is taken out
    and the rest renumbered by special.no_empty_items)."""
    import datetime as dt

    from jianggao.compose.finish import _fit_time
    from jianggao.compose.voice import TOWNSHIP, Remit

    remit = Remit(TOWNSHIP, "街道", dt.date(2023, 7, 20))
    lines = ["二是推进控烟和健康促进场所建设。", "要推进健康促进医院和健康促进学校建设，发挥其在健康教育中的示范作用。"]
    out = _fit_time(list(lines), remit.date, "街道", (), remit)
    assert out == lines[:1]


def test_a_swapped_measure_lands_in_its_item():
    """fit31: the measure said in place of a repeat is judged under the item it lands in (finish._landing_item): the
    numbered item it stands under, else its subsection's heading, none under a part's own heading."""
    from jianggao.compose.finish import _landing_item
    from jianggao.model.speech import Heading as H
    shell = [H(1, "二、", "聚焦重点任务", ""), H(2, "（一）", "抓好疾病防控。", "")]
    para = ["一是加强结核病防治。", "要落实督导服药。", "二是做好预防接种。", "接种人员要持证上岗。", "要查漏补种。"]
    assert _landing_item("要查漏补种。", para, "抓好疾病防控。", shell) == "做好预防接种"
    assert _landing_item("要落实督导服药。", para, "抓好疾病防控。", shell) == "加强结核病防治"
    assert _landing_item("要落实督导服药。", ["要落实督导服药。"], "抓好疾病防控。", shell) == "抓好疾病防控"
    assert _landing_item("要落实督导服药。", ["要落实督导服药。"], "聚焦重点任务", shell) == ""


def test_a_restating_clause_stays_where_the_rest_completes_it():
    """len35's bench b05: 二是完成剩余村卫生室标准化建设。村卫生室标准化建设每完成一个，都要同步落实村医… lost its first clause
    and opened on 都要: a rest opening on 都/就/才/还 leans on the clause before it."""
    from jianggao.compose.finish import _heading_not_restated
    said = "村卫生室标准化建设每完成一个，都要同步落实村医、药品和基本公共卫生服务，防止建而不用。"
    parts = [[["二是完成剩余村卫生室标准化建设。", said, "要对照建设标准逐村排查。"]]]
    _heading_not_restated(parts, ())
    assert not any(s.startswith("都要") for s in parts[0][0])
