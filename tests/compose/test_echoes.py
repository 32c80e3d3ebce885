"""compose.echoes: a heading said again, sibling headings ending alike, the lagging-work remedy, long terms, adverbs of
pace and 我代表 said once (reading 45's r1–r6)."""
from __future__ import annotations

import pytest

from jianggao.compose import echoes
from jianggao.model.speech import Block, Heading, Paragraph


def test_a_heading_said_again_in_other_words_is_a_restatement() -> None:
    assert echoes.restates("全力保障母婴安全", "守牢母婴安全底线")
    assert echoes.restates("以高质量党建引领高质量发展", "以高质量党建推动高质量发展")
    assert echoes.restates("切实增强做好爱国卫生工作的责任感和使命感", "切实增强做好工作的责任感和紧迫感")
    assert not echoes.restates("加强出生缺陷防治", "妇幼保健机构要加强对基层的业务指导")
    assert not echoes.restates("加强严重精神障碍患者服务管理", "各基层医疗卫生机构要加强严重精神障碍患者的发现、登记和随访管理")


def test_an_item_does_not_end_on_the_next_heading_nor_the_subsection_say_its_heading_again() -> None:
    shells = [[Heading(2, "（五）", "全面提升妇幼健康服务水平"), Paragraph(""), Paragraph("")]]
    parts = [[[],
              ["二是加强产科儿科服务能力。", "助产机构要加强高危孕产妇专案管理，提升危重孕产妇救治能力，保障母婴安全。"],
              ["三是保障母婴安全。", "加强农村和偏远地区孕产妇的转运保障，确保危急情况下转得出、送得快。"]]]
    echoes.heads_not_said_again(parts, shells, ())
    assert parts[0][1][1] == "助产机构要加强高危孕产妇专案管理，提升危重孕产妇救治能力。"
    assert parts[0][2] == ["三是保障母婴安全。", "加强农村和偏远地区孕产妇的转运保障，确保危急情况下转得出、送得快。"]
    # the brief's words stay, unless the heading they would be said again under says them
    parts = [[[], ["二是加强产科儿科服务能力。", "助产机构要提升危重孕产妇救治能力，保障母婴安全。"], ["三是做好孕产妇保健。"]]]
    echoes.heads_not_said_again(parts, shells, ("提升危重孕产妇救治能力，保障母婴安全",))
    assert parts[0][1][1].endswith("保障母婴安全。")
    parts = [[[], ["二是加强产科儿科服务能力。", "助产机构要提升危重孕产妇救治能力，保障母婴安全。"], ["三是保障母婴安全。"]]]
    echoes.heads_not_said_again(parts, shells, ("保障母婴安全",))
    assert parts[0][1][1] == "助产机构要提升危重孕产妇救治能力。"


def test_an_item_says_its_own_head_once() -> None:
    # rep30's readers: 五是保障群众基本用药…保障群众基本用药需求; 三是深化公立医院改革…深化公立医院综合改革
    shells = [[Heading(2, "（一）", "深化医药卫生体制改革"), Paragraph("")]]
    parts = [[[], ["五是保障群众基本用药。", "要加强短缺药品监测，及时预警、及时调剂。",
                   "推动基层医疗卫生机构全面配备和优先使用基本药物，保障群众基本用药需求。",
                   "三是深化公立医院改革。", "公立医院改革要坚持公益性导向，政府投入责任要落实到位。",
                   "要合理控制公立医院床位规模，把发展的重点转到提高质量和效率上来，深化公立医院综合改革。"]]]
    echoes.heads_not_said_again(parts, shells, ())
    assert parts[0][1][2] == "推动基层医疗卫生机构全面配备和优先使用基本药物。"
    # (the item's subject named with something new to say of it stays)
    assert parts[0][1][4] == "公立医院改革要坚持公益性导向，政府投入责任要落实到位。"
    assert parts[0][1][5] == "要合理控制公立医院床位规模，把发展的重点转到提高质量和效率上来。"


def test_an_item_head_said_again_as_a_duty_loses_the_clause() -> None:
    # rep32's readers: 二是深化医保支付方式改革。落实…。要深化医保支付方式改革，发挥医保… — the head whole again as a duty
    # is no topic the rest is said of (县级公立医院改革，重在… stays: the head's object alone)
    shells = [[Heading(2, "（一）", "深化医药卫生体制改革"), Paragraph("")]]
    parts = [[[], ["二是深化医保支付方式改革。", "落实医疗服务价格动态调整机制，理顺比价关系。",
                   "要进一步深化医保支付方式改革，发挥医保对医疗服务的激励约束作用。",
                   "三是深入开展健康知识普及。", "深入开展健康知识普及，各医疗机构要把健康教育融入诊疗服务。",
                   "四是推进县级公立医院改革试点。", "县级公立医院改革，重在管理体制和运行机制。"]]]
    echoes.heads_not_said_again(parts, shells, ())
    assert parts[0][1][2] == "要发挥医保对医疗服务的激励约束作用。"
    assert parts[0][1][4] == "各医疗机构要把健康教育融入诊疗服务。"
    assert parts[0][1][6] == "县级公立医院改革，重在管理体制和运行机制。"
    assert echoes.head_as_duty("要着力深化医保支付方式改革", ["深化医保支付方式改革"])
    assert not echoes.head_as_duty("保障母婴安全要守住救治这道防线", ["保障母婴安全"])


def test_a_part_heading_said_again_at_its_end_loses_the_clause() -> None:
    shells = [[Heading(1, "一、", "提高思想认识，切实增强做好爱国卫生工作的责任感和使命感"), Paragraph("")]]
    parts = [[[], ["成绩值得肯定，问题也不容忽视。",
                   "各单位一定要从讲政治、保民生的高度看待爱国卫生工作，切实增强做好工作的责任感和紧迫感。"]]]
    echoes.heads_not_said_again(parts, shells, ())
    assert parts[0][1][1] == "各单位一定要从讲政治、保民生的高度看待爱国卫生工作。"


def test_sibling_headings_do_not_end_on_one_phrase() -> None:
    shells: list[list] = [[], [Heading(1, "一、", "客观看待成绩，正视问题不足，坚定推动卫生健康事业发展的信心")],
                          [Heading(1, "二、", "准确把握新形势新要求，持续增强推动卫生健康事业发展的使命担当")]]
    echoes.sibling_heads_differ(shells)
    assert shells[2][0].text == "准确把握新形势新要求，持续增强使命担当"
    assert shells[1][0].text.endswith("发展的信心")


def test_the_lagging_remedy_is_said_once() -> None:
    parts = [[["对进度滞后的指标和任务，要逐项分析原因，拿出针对性措施，确保年底前全面完成。"],
              ["局里要对进度落后的单位逐个督导，约谈主要负责同志，帮助查找原因、拿出赶上来的办法；推进情况由局里按季度通报。",
               "基层卫生工作要逐项盘点，已经完成的要巩固，进度慢的要查明原因、加速推进，牵头单位每月报告一次进展。"],
              ["签约服务试点等任务，下半年要一项一项盯住进度，落后的要说明原因、拿出补救办法。"]]]
    echoes.remedies_once(parts, ())
    assert parts[0][0][0].startswith("对进度滞后的指标和任务，要逐项分析原因")
    assert parts[0][1] == ["局里要对进度落后的单位逐个督导，约谈主要负责同志；推进情况由局里按季度通报。",
                           "基层卫生工作要逐项盘点，已经完成的要巩固，牵头单位每月报告一次进展。"]
    assert parts[0][2] == ["签约服务试点等任务，下半年要一项一项盯住进度。"]
    assert len(echoes.remedy_lines(parts)) == 1


def test_a_long_term_said_a_third_time_is_said_short() -> None:
    shells = [[], [Paragraph("")]]
    parts = [[], [["三是落实乡村医生待遇保障。", "更加关心和爱护乡村医生，落实乡村医生补助。", "为乡村医生购买医疗责任保险。"]]]
    echoes.terms_short(parts, shells, ())
    assert parts[1][0] == ["三是落实乡村医生待遇保障。", "更加关心和爱护乡村医生，落实村医补助。", "为村医购买医疗责任保险。"]
    # the brief's words are said as the brief says them
    parts = [[], [["三是落实乡村医生待遇保障。", "更加关心和爱护乡村医生，落实乡村医生补助。", "为乡村医生购买医疗责任保险。"]]]
    echoes.terms_short(parts, shells, ("为乡村医生购买医疗责任保险",))
    assert parts[1][0][2] == "为乡村医生购买医疗责任保险。"
    # an audience is named in full, and the opening is left as it is
    parts = [[["乡村医生甲。乡村医生乙。", "乡村医生丙。"]], [["要为广大乡村医生办实事。乡村医生甲。乡村医生乙。"]]]
    echoes.terms_short(parts, [[Paragraph("")], [Paragraph("")]], ())
    assert parts == [[["乡村医生甲。乡村医生乙。", "乡村医生丙。"]], [["要为广大乡村医生办实事。乡村医生甲。村医乙。"]]]
    assert echoes.dense_terms([[["病媒生物防制甲。病媒生物防制乙。", "病媒生物防制丙。"]]], [[Paragraph("")]]) == ["病媒生物防制"]


def test_two_running_clauses_do_not_share_an_adverb_of_pace() -> None:
    parts = [[["要巩固补偿机制，有序推进非政府办机构逐步实行基本药物制度。", "平稳有序实施，有序开展接种。",
               "要稳步推进签约服务。",
               # (two clauses each opening on one are a parallel: the guiding line's 深入贯彻…，深入贯彻…)
               "深入贯彻党的十八大精神，深入贯彻习近平总书记系列重要讲话精神。", "要有序推进改革，逐步扩大覆盖面。"]]]
    echoes.adverbs_once(parts, ())
    assert parts[0][0] == ["要巩固补偿机制，有序推进非政府办机构实行基本药物制度。", "平稳有序实施，开展接种。",
                           "要稳步推进签约服务。", "深入贯彻党的十八大精神，深入贯彻习近平总书记系列重要讲话精神。",
                           "要有序推进改革，逐步扩大覆盖面。"]


def test_the_speaker_says_whom_he_speaks_for_once() -> None:
    parts = [[["现在，我代表县卫生健康局，回顾2022年工作，部署2023年重点任务。"]],
             [["成绩来之不易。", "我代表县卫生健康局，向辛勤工作在卫生健康战线的同志们表示衷心的感谢！"]]]
    echoes.represent_once(parts)
    assert parts[1][0][1] == "在此，向辛勤工作在卫生健康战线的同志们表示衷心的感谢！"
    assert parts[0][0][0].startswith("现在，我代表")


def test_a_measure_said_in_one_subsection_is_not_said_in_another() -> None:
    shells = [[Heading(1, "三、", "突出重点"), Heading(2, "（一）", "加强基层"), Heading(2, "（二）", "改善医疗服务"),
               Paragraph("")]]
    parts = [[[], ["要推动医共体内药品目录统一和检查检验结果互认，使群众在乡镇能用上县级医院的药。"],
              ["四是持续改善群众就医感受。", "要畅通医疗投诉渠道。", "推进检查检验结果互认，减少重复检查，减轻群众就医负担。"],
              ["完善医疗机构评审评价，以评促建、以评促改，推动检查检验结果互认。"]]]
    roles = ["tasks"]
    assert [c for *_, c in echoes.measure_clauses(parts, shells, roles)] == ["推进检查检验结果互认", "推动检查检验结果互认"]
    echoes.measures_once(parts, shells, roles, (), may_go=lambda para, k: k > 0)
    assert parts[0][2] == ["四是持续改善群众就医感受。", "要畅通医疗投诉渠道。"]
    assert parts[0][3] == ["完善医疗机构评审评价，以评促建、以评促改。"]
    assert parts[0][1][0].startswith("要推动医共体内药品目录统一和检查检验结果互认")


def test_a_topic_and_a_frame_are_never_left_without_what_completes_them() -> None:
    shells = [[Heading(1, "一、", "提高思想认识，充分认识做好这项工作的重要性和紧迫性"), Heading(2, "（一）", "做好今年的疾病预防控制工作"),
               Paragraph("")]]
    parts = [[[], ["对重点传染病，要坚持常抓不懈，监测、报告、处置各个环节都要有人盯、有人管。"],
              ["我们一定要从讲政治、保民生的高度，充分认识做好这项工作的重要性和紧迫性。",
               "今年的疾病预防控制工作，要在巩固已有成果的基础上，聚焦薄弱环节，集中力量攻坚突破。",
               "新冠肺炎疫情发生以来，做好今年的疾病预防控制工作更加重要，必须同常态化疫情防控结合起来。"]]]
    before = [list(p) for p in parts[0]]
    echoes.heads_not_said_again(parts, shells, ())
    assert parts[0] == before


def test_a_remedy_cut_never_leaves_a_bare_heading_of_a_sentence() -> None:
    # the merged tree's sample half-year meeting: 各项任务，下半年要一项一项盯住进度。 (then …逐项盯住进度。) stood alone
    # where its remedy was cut as said before
    parts = [[["对进度滞后的指标和任务，要逐项分析原因，拿出针对性措施，确保年底前全面完成。"],
              ["各项任务，下半年要一项一项盯住进度，落后的要说明原因、拿出补救办法。"]]]
    echoes.remedies_once(parts, ())
    assert parts[0][1] == ["各项任务，下半年要一项一项盯住进度，落后的要说明原因、拿出补救办法。"]


def test_a_clause_saying_again_what_the_sentence_before_it_said_goes() -> None:
    # reading 46 (r1's 计划生育 block; b01's 接种率): the later clause goes, the sentence's own news stays
    shells = [[Heading(2, "（四）", "扎实做好公共卫生服务"), Paragraph("")]]
    parts = [[[], ["生育政策调整以后，出生人口监测要跟上，及时掌握出生人口变化，为妇幼保健和学前教育资源配置提供依据。",
                   "要掌握出生人口变化，提前做好产科、儿科床位和人员的调配，满足群众的生育服务需求。"]]]
    echoes.ideas_once(parts, shells, ())
    assert parts[0][1][1] == "要提前做好产科、儿科床位和人员的调配，满足群众的生育服务需求。"
    # the brief's words and a new subject stay
    parts = [[[], ["生育政策调整以后，出生人口监测要跟上，及时掌握出生人口变化，为妇幼保健和学前教育资源配置提供依据。",
                   "要掌握出生人口变化，提前做好产科、儿科床位和人员的调配，满足群众的生育服务需求。"]]]
    echoes.ideas_once(parts, shells, ("要掌握出生人口变化",))
    assert parts[0][1][1].startswith("要掌握出生人口变化")
    parts = [[[], ["要加强儿童健康管理和出生缺陷综合防治。", "做好两癌筛查，扩大筛查覆盖面，做到早发现、早诊断、早治疗。"]]]
    echoes.ideas_once(parts, shells, ())
    assert len(parts[0][1]) == 2 and parts[0][1][1].startswith("做好两癌筛查")


def test_the_safeguards_say_each_duty_once() -> None:
    # reading 46's r1: 防止资金沉淀 … 防止闲置挪用; 问题不解决不放过 … 决不能不了了之
    parts = [[["资金要跟着项目进度走，防止资金沉淀、项目拖期。", "项目资金要专款专用，跟踪问效，防止闲置挪用。"],
              ["对进度落后的单位，县政府将专门听取情况汇报，问题不解决不放过。",
               "对屡查屡犯、整改不力的，要严肃追究有关单位和人员的责任，决不能不了了之。"]]]
    echoes.duties_once(parts, ["safeguards"], ())
    # (项目资金要专款专用，跟踪问效。 reads as a headline: the clause stays where the sentence may not go)
    assert parts[0][0][1].endswith("防止闲置挪用。")
    assert parts[0][1][1] == "对屡查屡犯、整改不力的，要严肃追究有关单位和人员的责任。"
    echoes.duties_once(parts, ["safeguards"], (), may_go=lambda para, k: True)
    assert parts[0][0] == ["资金要跟着项目进度走，防止资金沉淀、项目拖期。"]
    # only in the safeguards, and never the brief's words
    parts = [[["资金要跟着项目进度走，防止资金沉淀、项目拖期。", "项目资金要专款专用，跟踪问效，防止闲置挪用。"]]]
    echoes.duties_once(parts, ["tasks"], ())
    assert parts[0][0][1].endswith("防止闲置挪用。")
    echoes.duties_once(parts, ["safeguards"], ("防止闲置挪用",))
    assert parts[0][0][1].endswith("防止闲置挪用。")


def test_a_word_is_not_stacked_in_running_sentences() -> None:
    # reading 46's r1 #2 and #4
    parts = [[["刚才，局长作了工作报告，我完全赞同。", "请各单位结合实际，认真抓好贯彻落实。", "下面，结合我旗实际，我讲四点意见。"],
              ["这些成绩，是全旗卫生计生系统团结拼搏、辛勤付出的结果。",
               "我代表旗委、旗政府，向一年来辛勤工作在卫生计生战线的同志们表示衷心的感谢！"]]]
    echoes.stacked_once(parts, ())
    assert parts[0][0][-1] == "下面，我讲四点意见。"
    assert parts[0][1][1] == "我代表旗委、旗政府，向一年来工作在卫生计生战线的同志们表示衷心的感谢！"


def test_a_list_said_again_in_its_item_goes() -> None:
    # reading 46's r1 #15: 推广针灸、推拿、拔罐等中医药适宜技术 … 大力开展针灸、推拿等中医特色疗法
    shells = [[Heading(2, "（二）", "充分发挥中医药特色优势"), Paragraph("")]]
    parts = [[[], ["苏木乡镇卫生院的中医馆要配齐中医药人员，推广针灸、推拿、拔罐等中医药适宜技术。",
                   "开展中医药文化进社区、进校园、进家庭活动。",
                   "各苏木乡镇卫生院要加强基层中医药服务能力建设。",
                   "大力开展针灸、推拿等中医特色疗法，建立并完善中医临床科室与西医临床科室的会诊、转诊制度。"]]]
    echoes.ideas_once(parts, shells, ())
    assert parts[0][1][3] == "建立并完善中医临床科室与西医临床科室的会诊、转诊制度。"
    # a list named again to say something new of it stays (高血压、糖尿病: screened, then managed)
    parts = [[[], ["要开展高血压、糖尿病筛查，做到早发现、早干预。",
                   "对确诊的高血压、糖尿病患者，签约医生要按规范开展随访，指导用药和生活方式调整。"]]]
    echoes.ideas_once(parts, shells, ())
    assert len(parts[0][1]) == 2 and parts[0][1][1].startswith("对确诊的")


def test_the_meeting_s_long_name_is_said_short_from_its_third_mention_outside_the_opening_and_the_brief():
    from jianggao.compose.echoes import speech_terms_short
    # (reading 47's r5: 深化医药卫生体制改革工作 eleven times in a 医改 meeting; real speeches say 医改)
    parts = [[["下面，就做好今年的深化医药卫生体制改革工作讲三点意见。"]],
             [["对深化医药卫生体制改革工作也提出了更高要求。", "全县深化医药卫生体制改革工作打下了较好的基础。"],
              ["一是深化医药卫生体制改革综合试点。", "抓好今年的深化医药卫生体制改革工作。",
               "要落实推进深化医药卫生体制改革工作方案。"]]]
    speech_terms_short(parts, ["推进深化医药卫生体制改革工作方案"])
    assert parts[0][0] == ["下面，就做好今年的深化医药卫生体制改革工作讲三点意见。"]
    assert parts[1][0] == ["对深化医药卫生体制改革工作也提出了更高要求。", "全县医改工作打下了较好的基础。"]
    assert parts[1][1] == ["一是深化医药卫生体制改革综合试点。", "抓好今年的医改工作。",
                           "要落实推进深化医药卫生体制改革工作方案。"]


def test_a_generic_restatement_of_a_concrete_line_goes_and_the_concrete_line_stays() -> None:
    # reading 47: the second way of saying one point shares few characters with the first (r1 #7, #22; r5 #11, #12;
    # r3 #9): the meaning table's key joins them, and the line that adds nothing goes
    assert echoes.adds_nothing("推动医疗卫生机构与养老机构签约合作",
                               "区卫生健康局要推动各社区卫生服务中心与养老机构签约合作，有条件的开设康复护理床位。")
    assert echoes.adds_nothing("引导医院回归公益性", "坚持公立医院公益性，完善补偿机制。")
    assert echoes.adds_nothing("提高医院管理的规范化、精细化水平", "推动医院从粗放管理向精细管理转变。")
    assert echoes.adds_nothing("守牢母婴安全底线", "母婴安全是妇幼健康工作的底线，危重孕产妇救治的各项保障措施必须落实到位。")
    assert echoes.adds_nothing("加强医疗机构感染防控", "加强医疗机构院感防控")
    # … but a line that says a point of its own stays (预检分诊; 日间服务; 临床路径 is not 诊疗行为)
    assert not echoes.adds_nothing("严格落实预检分诊和院感管理制度", "加强医疗机构院感防控")
    assert not echoes.adds_nothing("推进多学科诊疗和日间服务", "推进多学科联合诊疗，提高疑难复杂疾病的诊疗能力。")
    assert not echoes.adds_nothing("推进临床路径管理", "加强医疗机构内部管理，规范诊疗行为，坚决遏制过度医疗。")
    shells = [[Heading(2, "（二）", "提升老年健康服务水平"), Paragraph("")]]
    parts = [[["一是推进医养结合。",
               "区卫生健康局要推动各社区卫生服务中心与养老机构签约合作，有条件的开设康复护理床位。"],
              ["推动医疗卫生机构与养老机构签约合作，为老年人提供连续的健康服务。",
               "要做好养老机构的传染病防控，在流感等疾病高发季节加强老年人健康监测。",
               "加强安宁疗护服务，满足老年人多样化健康需求。"]]]
    echoes.points_once(parts, shells, (), may_go=lambda para, k: True)
    assert parts[0][1] == ["要做好养老机构的传染病防控，在流感等疾病高发季节加强老年人健康监测。",
                           "加强安宁疗护服务，满足老年人多样化健康需求。"]
    assert "与养老机构签约合作" in parts[0][0][1]


def test_running_headings_do_not_open_their_last_clause_on_one_verb() -> None:
    # reading 47's r1 #1: 切实增强…信心和决心 / 不断增强…使命担当; the object's other verb is the bank's (坚定…信心)
    shells: list[list[Block]] = [[Heading(1, "一、", "肯定成绩，正视问题，切实增强做好卫生健康工作的信心和决心")],
                                 [Heading(1, "二、", "准确把握新形势新要求，不断增强推动卫生健康事业发展的使命担当")],
                                 [Heading(1, "三、", "聚焦重点任务，在补短板强弱项上取得新突破")]]
    echoes.frames_differ(shells)
    texts = [b.text for shell in shells for b in shell if isinstance(b, Heading)]
    assert texts == ["肯定成绩，正视问题，坚定做好卫生健康工作的信心和决心",
                     "准确把握新形势新要求，不断增强推动卫生健康事业发展的使命担当",
                     "聚焦重点任务，在补短板强弱项上取得新突破"]


def test_a_restatement_cut_hands_its_body_on_and_never_leaves_a_leaning_rest() -> None:
    # reading 47's r1 #24 (人社部门要完善人才评价和激励机制 after 健全人才激励机制): the duty keeps its owner; b05's
    # 坚持公立医院公益性，前提是… keeps the clause its rest hinges on
    shells: list[list[Block]] = [[Heading(2, "（一）", "加强人才队伍建设")]]
    parts = [[["要健全人才激励机制，让人才引得进、留得住、用得好。",
               "人社部门要完善人才评价和激励机制，在职称评聘、评先评优上向基层和一线倾斜。"]]]
    echoes.points_once(parts, shells, (), may_go=lambda para, k: True)
    assert parts[0][0][1] == "人社部门要在职称评聘、评先评优上向基层和一线倾斜。"
    parts = [[["要坚持公立医院公益性，完善补偿机制。",
               "回归公益性，前提是政府办医责任落到实处，公立医院不能靠多开药、多检查来维持运转。"]]]
    echoes.points_once(parts, shells, (), may_go=lambda para, k: True)
    assert parts[0][0][1].startswith("回归公益性，前提是")


def test_a_restated_clause_the_floor_keeps_is_swapped_for_an_unsaid_measure_and_the_rest_stays() -> None:
    # rep27: at the length floor a clause cut is refused, so the repeat stayed (reading 47's r5); the clause is said
    # instead by the pools' next measure that runs on as a clause and restates nothing the block says
    shells: list[list[Block]] = [[Heading(2, "（一）", "加强人才队伍建设")]]
    offered = ["县医院要加强全科医生培养。",                       # names its own doer: not a clause of another's duty
               "要健全人才激励机制，完善绩效工资分配。",             # says the block's point again
               "要加强全科医生队伍建设，落实待遇保障。"]
    asked: list[str] = []

    def clause_swap(i: int, out: str, para: list[str], heading: str) -> str | None:
        asked.append(out)
        return offered.pop(0) if offered else None

    parts = [[["要健全人才激励机制，让人才引得进、留得住、用得好。",
               "人社部门要完善人才评价和激励机制，在职称评聘、评先评优上向基层和一线倾斜。"]]]
    echoes.points_once(parts, shells, (), take=lambda s: False, may_go=lambda para, k: True, clause_swap=clause_swap)
    assert asked[0] == "人社部门要完善人才评价和激励机制。"
    assert parts[0][0][1] == "人社部门要在职称评聘、评先评优上向基层和一线倾斜，加强全科医生队伍建设，落实待遇保障。"
    # (said before the aim a sentence ends on, and never past a listener's length)
    assert echoes.with_clause("要落实家庭医生签约服务，提高签约服务质量。", "推行弹性签约") == \
        "要落实家庭医生签约服务，推行弹性签约，提高签约服务质量。"
    # without a measure that fits, the repeat stays whole (nothing is cut under the floor)
    parts = [[["要健全人才激励机制，让人才引得进、留得住、用得好。",
               "人社部门要完善人才评价和激励机制，在职称评聘、评先评优上向基层和一线倾斜。"]]]
    echoes.points_once(parts, shells, (), take=lambda s: False, may_go=lambda para, k: True,
                       clause_swap=lambda *a: None)
    assert parts[0][0][1] == "人社部门要完善人才评价和激励机制，在职称评聘、评先评优上向基层和一线倾斜。"


def test_a_paragraph_names_the_body_whose_duties_it_lists_once() -> None:
    # rep27: bench_quality's same_measure pairs (各社区卫生服务中心要… twice in one paragraph, b02, b14): the later duty
    # says 同时要…; not where another doer came between, nor across an item head
    parts = [[["各社区卫生服务中心要加强慢性病患者规范管理。", "要做好随访。", "各社区卫生服务中心要加强老年护理从业人员培训。"],
              ["县卫生局要加强数据采集。", "县人民医院要做好病案管理。", "县卫生局要加强数据质量管理。"],
              ["一是加强慢病管理。", "各助产机构要做好筛查。", "二是加强母婴阻断。", "各助产机构要做好预防母婴传播工作。"]]]
    echoes.bodies_once(parts, ())
    assert parts[0][0][2] == "同时要加强老年护理从业人员培训。"
    assert parts[0][1][2] == "县卫生局要加强数据质量管理。"
    assert parts[0][2][3] == "各助产机构要做好预防母婴传播工作。"


def test_a_report_tacked_on_to_a_duty_that_sets_its_check_goes() -> None:
    # reading 48's REP (r1 #8, r3 #5): the tacked-on clause says subject and object again
    parts = [[["县人民医院要确定重点扶持的专科，县卫生局要把患者外转情况作为考核医院的一项内容；外转患者情况由县卫生局每季度分析一次。",
               "局里要入户抽查履约情况，抽查结果与签约服务费拨付挂钩；抽查结果由局里按季度在全系统通报。",
               "要做好疫苗接种；接种率由县疾控中心每月通报。"]]]
    echoes.reports_once(parts, ())
    assert parts[0][0][0].endswith("县卫生局要把患者外转情况作为考核医院的一项内容。")
    assert parts[0][0][1] == "局里要入户抽查履约情况，抽查结果与签约服务费拨付挂钩。"
    # (a short duty that sets no check keeps its report)
    assert parts[0][0][2] == "要做好疫苗接种；接种率由县疾控中心每月通报。"


def test_a_frame_the_floor_keeps_is_said_the_second_way_once() -> None:
    # rep27: 做好今年的卫生健康工作意义重大 then the tasks' 做好今年的卫生健康工作，要…; the review's 坚持以人民健康为中心
    # beside the guiding line's; 坚强领导 in the review and the rally
    from jianggao.compose import homes

    class NoRoom:
        left = 0

        def take(self, text: str) -> bool:
            return False

    parts = [[["2026年是“十五五”规划开局之年，做好今年的卫生健康工作意义重大。"],
              ["过去的一年，在市委、市政府的坚强领导下，全市卫生健康系统坚持以人民健康为中心，攻坚克难、真抓实干。"],
              ["今年卫生健康工作的总体思路是：坚持以人民健康为中心，推动卫生健康事业高质量发展。"],
              ["做好今年的卫生健康工作，要坚持以人民健康为中心，推动优质医疗资源扩容下沉。"],
              ["让我们在市委、市政府的坚强领导下，奋力实现良好开局！"]]]
    homes.frames_once(parts, (), NoRoom())  # type: ignore[arg-type]
    said = [p[0] for p in parts[0]]
    assert said[3].startswith("抓好今年的各项任务，要")
    assert "正确领导下" in said[1] and "坚强领导下" in said[4]
    # (the guiding line keeps the frame, the duty says it the second way, and the review, what a system did, the first)
    assert "坚持以人民健康为中心" in said[2] and "坚持以人民健康为中心" in said[1]
    assert said[3] == "抓好今年的各项任务，要把人民健康放在优先发展的战略地位，推动优质医疗资源扩容下沉。"


@pytest.mark.parametrize("sentence, kept", [
    ("要加强慢性病综合防控工作，基层医疗卫生机构要配齐常用的降压、降糖药物。", "基层医疗卫生机构要配齐常用的降压、降糖药物。"),
    ("要抓好妇幼健康工作，各助产机构必须落实危重孕产妇救治制度。", "各助产机构必须落实危重孕产妇救治制度。"),
])
def test_a_cut_duty_hands_no_second_yao_to_a_clause_with_its_own_actor(sentence: str, kept: str) -> None:
    """要X，A要Y less 要X is A要Y: the clause names who acts and their duty (never 要基层医疗卫生机构要…, pair55)."""
    first = sentence.split("，")[0]
    assert echoes.cut_pieces(sentence, lambda clause: clause == first) == kept


def _spans_by_place(r, text):
    # (the definition: the match starting at each place, empty ones aside)
    return [m.span() for at in range(len(text)) if (m := r.match(text, at)) and m.end() > at]


@pytest.mark.parametrize("text", [
    "守牢母婴安全底线，全力保障母婴安全。",
    "要严格落实预检分诊和院感管理制度，加强医疗机构感染防控。",
    "推进家庭医生签约服务，做实做细签约服务，提高签约服务质量。",
    "",
])
def test_spans_are_the_match_at_each_place(text):
    import re

    patterns = [*echoes._POINT_RES.values(), re.compile(r"母婴安全(?:底线)?|安全底线"), re.compile(r"(?<=落实)\w{2}"),
                re.compile(r"签约(?:服务)?|x*")]
    for r in patterns:
        assert echoes._spans(r, text) == _spans_by_place(r, text), r.pattern
    assert echoes._spans(re.compile(r"母婴安全(?:底线)?|安全底线"), "守牢母婴安全底线")[:2] == [(2, 8), (4, 8)]


def test_a_document_title_keeps_its_full_terms():
    """(reading 28, h20: 国务院办公厅印发《关于推动疾控事业高质量发展的指导意见》 — the title shortened with the rest of
    the speech's 疾病预防控制)"""
    from jianggao.compose.echoes import _said_short

    text = "国务院办公厅印发《关于推动疾病预防控制事业高质量发展的指导意见》，疾病预防控制体系要健全。"
    out, said = _said_short(text, "疾病预防控制", "疾控", 5, 3, ())
    assert out == "国务院办公厅印发《关于推动疾病预防控制事业高质量发展的指导意见》，疾控体系要健全。"
    assert said == 7
