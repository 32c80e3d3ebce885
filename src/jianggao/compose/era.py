"""Time for compose: which wording a speech of a given date may use, and what that year was.

One seam (``outside_window``, ``modernise``, ``year_framing``) so that the 提法 registry of issue 12
(``jianggao.model.tifa``) replaces the small table below without touching any caller.  Until it lands
the table holds only the terms our own templates and the bank's common sentences use; each window is
the date the term entered (or left) national usage, generous where local usage lagged.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model is imported where used (below), as tifa and levels are
    from ..model.brief import Brief

# (pattern, from, to): a sentence holding the pattern is out of its time before ``from`` or after ``to``.
# Reasons, as facts: 新时代 and 习近平新时代… from the 19th Party Congress (2017-10-18); 高质量发展 and
# 获得感、幸福感、安全感 from the same report; 以人民健康为中心 and 卫生与健康工作方针 from the national health
# conference (2016-08-19); 健康中国 from the 5th plenum of the 18th CC (2015-10-29); 全面从严治党 from the
# 4 comprehensives (2014-12); 医防协同/危机中育先机/常态化 from 2020; 急难愁盼 in speeches from 2021;
# 紧密型医共体 from the 2019 pilot; 医共体 from 2017; 家庭医生签约 from 2016; 分级诊疗 from 2015 (国办发〔2015〕70号);
# 公立医院薪酬制度改革 and 现代医院管理制度 from 2017; 托育 and 婴幼儿照护 from 2019 (国办发〔2019〕15号: a 2014
# district heard 婴幼儿照护问题 as its people's wish); 三孩 from 2021-05-31;
# 新质生产力 from 2023-09; 扩容下沉 from 2021; 新农合 merged into 城乡居民医保 (国发〔2016〕3号, counties by 2019);
# 住院分娩补助 and 非政府办基层…基本药物 belong to the first reform years (to 2016).
# 胸痛/卒中/创伤中心 from 国卫医发〔2017〕73号 (2017-12-29); 把党的领导贯穿…全过程 from the 19th Congress's
# 党的领导 formulations (2017-10-18); 集采, 带量采购 and 中选 products in a place's tasks from the pilot's
# nationwide extension (2019-09: the 4+7 pilot of 2018-11-14 bought for 11 cities only, a February 2019 city that was
# none of them had nothing to 落实; 国办发〔2019〕37号 took 耗材 into it in 2019-07); 保留线下服务 for the old from
# 国办发〔2020〕45号 (解决老年人运用智能技术困难, 2020-11-24); 数字赋能 in health speeches from 2020.
# Party-discipline wording of its time: 不敢腐、不能腐、不想腐 and 驰而不息 from the 3rd plenum of the 18th CCDI
# (2014-01-14), 扣好人生第一粒扣子 from 2014-05-04, 意识形态工作责任制 from its 2015 measures; 清廉医院 from the
# provinces' 2020 campaigns; 优质服务基层行 from 2019-03; 签约向履约 from the 2018 家庭医生 documents; 高质量党建
# after 高质量发展 (2018); 老年医学科 with 老年健康服务体系 (2019-10-28); 医疗质量安全核心制度要点 (国卫医发〔2018〕8号);
# 多学科诊疗 and 日间手术 from the 改善医疗服务 action plans (国卫医发〔2017〕73号, 〔2015〕2号); 数字健康 from the
# 十四五 plans (2021); 生命至上 with 人民至上 (2020-05-22); 文明健康、绿色环保 and 分餐/公筷 from the 2020 campaign.
_WINDOWS: tuple[tuple[str, dt.date | None, dt.date | None], ...] = tuple(
    (p, dt.date.fromisoformat(a) if a else None, dt.date.fromisoformat(b) if b else None)
    for p, a, b in (
        (r"新时代|习近平新时代|高质量发展|幸福感、安全感|获得感、幸福感", "2017-10-18", None),
        (r"以人民健康为中心|卫生与健康工作方针|健康优先", "2016-08-19", None),
        (r"健康中国", "2015-10-29", None),
        (r"全面从严治党", "2014-12-01", None),
        (r"医防协同|医防融合|危机中育先机|危中寻机", "2020-03-01", None),
        (r"常态化疫情防控|疫情防控常态化", "2020-05-01", "2023-01-08"),
        (r"急难愁盼", "2021-01-01", None),
        (r"紧密型", "2019-05-01", None),
        (r"医共体", "2017-04-01", None),
        (r"家庭医生签约", "2016-05-01", None),
        (r"分级诊疗", "2015-01-01", None),
        (r"薪酬制度改革|现代医院管理制度", "2017-01-01", None),
        (r"托育|婴幼儿照护|孩子有人带", "2019-05-01", None),
        (r"三孩", "2021-05-31", None),
        (r"新质生产力", "2023-09-01", None),
        (r"扩容|区域均衡布局|县域医疗中心|生育支持|生育友好", "2021-01-01", None),
        (r"不平衡不充分", "2017-10-18", None),
        (r"智慧医院", "2018-01-01", None),
        (r"胸痛中心|卒中中心|创伤中心|胸痛、卒中", "2017-12-29", None),
        (r"把党的领导贯穿|党的领导贯穿", "2017-10-18", None),
        (r"集采|中选产品|中选药品", "2019-09-01", None),
        (r"保留线下|智能技术困难|数字鸿沟", "2020-11-24", None),
        (r"数字赋能|数智", "2020-01-01", None),
        (r"不敢腐、不能腐、不想腐|驰而不息", "2014-01-14", None),
        (r"第一粒扣子", "2014-05-04", None),
        (r"意识形态工作责任制", "2015-07-01", None),
        (r"清廉医院", "2020-01-01", None),
        # the pandemic years' own turn of phrase (2020-05: 在危机中育先机、于变局中开新局); readers marked it in 2025–26
        (r"危机中育先机|变局中开新局", "2020-05-23", "2022-12-31"),
        (r"优质服务基层行", "2019-03-01", None),
        (r"签约向履约|重签约、?轻履约", "2018-01-01", None),
        (r"高质量党建", "2018-01-01", None),
        (r"老年医学科", "2019-10-28", None),
        (r"医疗质量安全核心制度", "2018-04-18", None),
        (r"多学科诊疗", "2017-12-29", None),
        # (日间手术 as a county's task from the 2016 pilots, 国卫办医函〔2016〕1278号: the twenty-seventh reading, p2 2015)
        (r"日间手术|日间服务", "2016-01-01", None),
        (r"数字健康", "2021-01-01", None),
        (r"生命至上", "2020-05-22", None),
        (r"文明健康、绿色环保|分餐制|公筷", "2020-03-01", None),
        # (compose's own end, a year before the registry's: a county's scheme was merged by 2019 at the latest, most in
        # 2017–2018 with their cities, 统筹地区 by 2016's end (人社部 2016-01-18, hnhlg.com/news/show-448628.html), and from
        # 2019 a county's 医保局 ran it; the thirtieth reading: 深化新农合支付方式改革 in a 2019 city and a 2019 county)
        (r"新农合|新型农村合作医疗", None, "2018-12-31"),
        (r"城乡居民医保|城乡居民基本医疗保险", "2016-01-12", None),
        (r"住院分娩补助|非政府办基层医疗卫生机构", None, "2016-12-31"),
        (r"补短板|强弱项", "2015-11-01", None),
        (r"开好局、起好步|开好局起好步", None, None),   # only in a plan's first year: see outside_window
        (r"疾病预防控制局|疾控局", "2021-05-13", None),
        (r"医保局", "2018-05-31", None),
        (r"习近平总书记|习近平同志", "2012-11-15", None),
        (r"关于卫生健康的重要论述|习近平新时代中国特色社会主义思想", "2017-10-18", None),
        (r"协同发展和治理", "2020-03-05", None),
        (r"三医联动", "2016-01-01", None),
        (r"全面深化", "2013-11-12", None),
        (r"获得感", "2015-02-27", None),
        (r"规模性疫情|新冠|疫情防控|多点触发", "2020-01-20", None),
        (r"带量采购", "2019-09-01", None),
        (r"社区医院", "2019-03-01", None),
        (r"以治病为中心向以健康为中心", "2016-08-19", None),
        (r"初心使命|不忘初心", "2017-10-18", None),
        (r"人民城市人民建", "2019-11-02", None),
        (r"一老一小", "2020-10-29", None),
        # (compose's only, narrower than the registry's 2024 first quarter, which a real 2024 review of 2023 may meet: 新冠
        # 病毒感染实施“乙类乙管”以后… as the frame of a speech is the news of 2023, the thirtieth reading's 2024 and 2026)
        (r"乙类乙管", "2023-01-08", "2023-12-31"),
        (r"互联网\+", "2015-03-05", None),
        (r"守正创新", "2018-01-01", None),
        (r"提质扩面|提档升级", "2016-01-01", None),
        (r"医养结合", "2013-09-28", None),
        (r"四个意识|两个维护|两个确立", "2016-01-29", None),
        (r"总体国家安全观|统筹发展和安全", "2014-04-15", None),
        (r"人民至上", "2020-05-22", None),
        (r"系统观念", "2020-10-29", None),
        (r"DRG|DIP|按病种分值", "2019-05-01", None),
        (r"稳中求进工作总基调", "2011-12-14", None),
        (r"从规模扩张转向", "2021-06-04", None),
        (r"看病钱、救命钱|医保基金监管", "2018-05-31", None),
        # 党史学习教育 was launched on 2021-02-20 (党史学习教育动员大会): a speech of that spring 扎实开展 / 深入开展 it;
        # 持续 speaks of a campaign already under way (the third session's readings marked it on 2021-02-24)
        (r"持续(?:开展|深化|推进)党史学习教育", "2021-04-01", None),
        # Compose's own, narrower than the registry's (which a real speech's review may still meet, lint): a TASK of
        # 单独两孩 after 全面两孩 took effect on 2016-01-01 (the twenty-sixth reading: a 2016 speech's task); 医师多点执业
        # after the 医师执业注册管理办法 (国家卫生计生委令第13号, in force 2017-04-01: 区域注册, 多机构执业); the price
        # formula 总量控制、结构调整、有升有降、逐步到位 of the 2015–17 drug mark-up removal (国办发〔2015〕38号,
        # 发改价格〔2016〕1431号), after which the 2021 pilot speaks of 总量调控、分类形成、动态调整 (医保发〔2021〕41号);
        # the 1990s–2000s 爱卫 formula for 改水改厕 (认识到位、领导到位、措施到位、经费到位) after the 2018 农村人居环境
        # 整治三年行动方案 and 厕所革命.
        (r"单独两孩|单独二孩", None, "2015-12-31"),
        # 国办发〔2017〕67号 had every public hospital write its charter by 2020: later it is carried out, not written
        # (fresh15 r4, a 2022 医改 meeting: 公立医院要制定医院章程)
        (r"制定(?:医院)?章程|章程制定", "2017-07-25", "2020-12-31"),
        (r"多点执业", None, "2017-03-31"),
        (r"有升有降|总量控制、结构调整", None, "2019-12-31"),
        (r"改水改厕[^。；]{0,30}到位|到位、经费到位", None, "2017-12-31"),
        # 除四害 (中共中央、国务院《关于除四害讲卫生的指示》, 1958-02-12) was still the State Council's word in 2014: 国发
        # 〔2014〕66号 (新时期爱国卫生工作, published 2015-01-13) 有针对性地组织开展“除四害”活动 beside 科学预防控制病媒生物;
        # 国发〔2020〕15号 (深入开展爱国卫生运动, 2020-11-27) says only 强化病媒生物防制, and so do the 爱卫 campaigns since
        # (防蚊灭蚊, 病媒生物防制专项行动).  A 2025 爱卫 speech's 除四害 read as dated (issue 10).  Compose's own: a real
        # local speech may still say it (lint stays silent); 病媒生物防制, its neighbour, has no window (卫生部
        # 病媒生物预防控制管理规定, 2010; and every period since).
        (r"除[“\"]?四害", None, "2020-11-26"),
        # Compose's own, narrower than the registry's (era27; model/tifa.yaml zhongyi.jiceng_zhongyiguan and
        # xiangcun.cunyi_linghuo_jiuye say why the registry is wider: real 2012–2016 speeches of the corpus say both):
        # a 乡镇卫生院's 中医馆 as every township's from the 基层中医药服务能力提升工程 of 2015–16 (before it 中医科、中药房);
        # 乡村医生 in the 职工养老 as 灵活就业人员 nationally from 国办发〔2015〕13号 (2015-03-06), before it a few provinces'.
        (r"中医馆", "2015-01-01", None),
        (r"(?:乡村医生|村医)(?:按照?|以)灵活就业人员", "2015-03-06", None),
        # the 2017 母婴安全 system in the templates' wording without the registry's literal terms (read in a 2013 county's
        # annual draft, seed 1): a maternal/newborn 救治中心 (危重孕产妇和危重新生儿救治中心 from 国卫办妇幼发〔2017〕40号;
        # registry fuwu.weizhong_jiuzhi) and the 约谈通报 of a hospital over a maternal or newborn death (国卫妇幼发
        # 〔2017〕42号; registry fuwu.yuetan_tongbao: 约谈通报制度).  Compose's only: 约谈通报 is older elsewhere.
        (r"(?:孕产妇|新生儿)[^。；]{0,30}救治中心", "2017-01-01", None),
        (r"(?:孕产妇|新生儿)[^。；]{0,40}约谈通报", "2017-07-01", None),
        # the twenty-seventh reading's ERA (p2, a 2015 county; p5, a 2013 town): 儿童白血病、先天性心脏病 as the 新农合's
        # new 重大疾病 (the 2010 pilot, 20 diseases by 2012); 产后抑郁 screening (健康中国行动 2019, the 2020 抑郁症
        # 防治特色服务); 多学科联合诊疗 with 多学科诊疗 (2017-12-29, above); 纠治四风 (the CCDI's wording from 2018;
        # 2015 said 纠正“四风”); 年轻干部教育管理监督 (a discipline theme from 2019); 医联体 and 城市医疗集团 (the 2016
        # 分级诊疗 pilots, 国办发〔2017〕32号); 法制化 of health work after the 2014 plenum's 法治
        (r"儿童白血病、先天性心脏病", None, "2012-12-31"),
        (r"产后抑郁", "2019-07-01", None),
        (r"多学科联合诊疗|多学科会诊", "2017-12-29", None),
        (r"纠治[“\"]?四风", "2018-01-01", None),
        (r"年轻干部教育管理监督", "2019-01-01", None),
        (r"医联体|医疗联合体|医疗集团", "2016-01-01", None),
        (r"法制化、规范化", None, "2014-10-23"),
        # the twenty-ninth reading's ERA (p1 2024, p2 2015, p3 July 2021, p5 2013): 人口家庭 and 人口监测与家庭发展 name
        # the 2018 国家卫生健康委's 人口监测与家庭发展司 (before it the 卫生计生委's 计划生育 and 家庭发展 lines); 筑牢…公共卫生
        # 防线 is the pandemic's (2020-02, 习近平 on 构建起强大的公共卫生体系); 纠治 and 群众身边的腐败问题 are the CCDI's from
        # its 2018 plenum (2015 said 纠正, 查处发生在群众身边的不正之风); 对表 (对标对表) came in after the 十九大; 新时期 gave
        # way to 新时代 with the 十九大 (the title 关于进一步加强新时期爱国卫生工作的意见 of 2014-12 stays a title); 门诊统筹
        # and 即时结报 were the 新农合's new tasks of 2009–2012, a matter of course by 2014; the early-2021 vaccination order
        # (按照国家确定的顺序，优先…重点人群) gave way to 应接尽接 from 2021-04/05; 多元办医格局 was the 2009–2015 reform's
        # (国办发〔2015〕14号), 社会办医规范发展 after it
        (r"人口监测(?:和|与)家庭发展|人口家庭", "2018-03-17", None),
        (r"公共卫生防线", "2020-02-14", None),
        (r"纠治|群众身边的腐败问题|群众身边的不正之风和腐败问题", "2018-01-11", None),
        (r"对表", "2017-10-18", None),
        (r"新时期(?!爱国卫生工作)", None, "2017-12-31"),
        (r"(?<!普通)门诊统筹|即时结报", None, "2014-03-31"),
        (r"按照国家确定的顺序|国家确定的顺序", "2020-12-15", "2021-04-30"),
        (r"多元办医格局|多元化办医格局", None, "2016-12-31"),
        # the thirty-fifth reading's ERA, in forms the registry's literal terms cannot hold (model/tifa.yaml has the
        # literal ones: 保障母婴安全, 信息多跑路, 应接尽接, 大病专项救治, 建立疾病应急救助制度, 经常性收支差额补助):
        # 补齐…短板 with the gap filled (补齐急诊急救、儿科…短板) as 补短板 (the 十三五 proposal 2015-10-29 and the
        # 2015-12 中央经济工作会议); 医保 as a department beside 民政/财政/人社 before the 2018 reform made one (国家医疗
        # 保障局 2018-05-31, local bureaus 2018-10 to 2019-03; before it 新农合 sat with 卫生计生 and 城镇医保 with 人社);
        # 互联网医疗, 诊间结算 and an 电子健康档案 opened for use (国办发〔2015〕70号 and 国发〔2015〕40号 互联网+ 2015-07;
        # 国办发〔2018〕26号); 直接考察 hiring of public-health staff (人社部 on 疫情防控 hiring, 2020-03; 国办发〔2023〕46号
        # 疾控 reform); 垃圾分类 (国办发〔2017〕26号, 2017-03-18; 住建部 2019-04 全面启动); 粪污清掏 of
        # toilets' upkeep (农村人居环境整治三年行动方案 2018-02-05; 厕所革命 专项行动 2019-01); 结核病主动筛查 (遏制结核病行动
        # 计划 国卫疾控发〔2019〕32号); 考核…少而精 and 以填表代替工作 (中办 关于解决形式主义突出问题为基层减负的通知
        # 2019-03-11); 提高出生人口素质 with 婚前孕前保健 is the 计划生育 era's (人口与计划生育法 2001), 优生优育服务
        # and 生育支持 after the 三孩 decision (中发〔2021〕30号, 2021-06-26).
        (r"补齐[^。；，]{0,24}短板", "2015-11-01", None),
        (r"(?:民政|财政|人社|卫生计生|卫生健康|卫生)、医保(?=、|等|部门)|医保(?:、|和)(?:民政|财政|卫生计生|人社)", "2018-05-31", None),
        (r"互联网医疗|诊间结算|电子健康档案[^。；]{0,16}开放", "2015-07-01", None),
        (r"直接考察等方式", "2020-03-01", None),
        (r"垃圾分类", "2017-03-18", None),
        (r"粪污清掏", "2018-02-05", None),
        (r"结核病主动筛查|结核病的?主动筛查|主动筛查", "2019-05-01", None),
        (r"少而精|以填表代替工作|以材料代替实绩", "2019-03-11", None),
        (r"提高出生人口素质", None, "2021-12-31"),
        # the thirty-seventh and thirty-eighth readings' ERA in the templates' own wording (task_more.yaml,
        # problem_answers.yaml, problem_stakes.yaml, situation_more.yaml; bench/wording_audit.py lists every line):
        # a public hospital's 薪酬 (分配, 水平, 体系) and a medic's pay kept apart from drug and test income are the 两个
        # 允许 of the 2016-08-19 全国卫生与健康大会 and the 公立医院薪酬制度改革试点 (人社部发〔2017〕10号, 2017-01-24;
        # 2012 said 绩效工资); the money a hospital lost by 取消药品加成 to be made up (测算, 补偿, 补不上) is a county
        # hospital's from the 县级公立医院综合改革试点 (国办发〔2012〕33号, 2012-06-07: before it the zero mark-up was the
        # 基层's 基本药物零差率); the pilot's own formula for a 县级公立医院改革 (重在管理体制、补偿机制、人事分配, 国办发〔2012〕
        # 33号; 国办发〔2015〕33号 全面推开) and the reform itself as a task until all public hospitals had it (国卫体改发
        # 〔2017〕22号: 2017-09-30; a 2018 speech still reviews it, narrower than the registry's 2019, which a real speech's
        # review may meet); the 产科、儿科 shortage, their beds and pay weighted to them, a 全面两孩 matter (中发〔2015〕40号,
        # in force 2016-01-01; 国卫医发〔2016〕21号 儿童医疗卫生服务改革与发展, 2016-05).
        (r"(?:公立医院|医院|医务人员)的?薪酬|薪酬(?:分配|水平|体系|待遇)", "2016-08-19", None),
        (r"取消药品加成(?:后|以后)?(?:减少的|减少部分|带来的)|逐院测算|药品加成[^。；]{0,6}补偿", "2012-06-07", None),
        (r"重在管理体制|管理体制、补偿机制、人事分配|管理体制、补偿机制和人事分配", "2012-06-07", "2017-12-31"),
        (r"县级公立医院(?:综合)?改革", None, "2018-12-31"),
        (r"产科、儿科[^。；]{0,8}(?:紧缺|倾斜|人才培养周期)|向产科、儿科|产儿科", "2016-01-01", None),
        # read by hand in the audit's undated policy lines (bench/wording_audit.py, this session): 双随机、一公开 (国办发
        # 〔2015〕58号, 2015-08-05); 综合监管 as a 制度 of the health sector (the 十三五 医改规划, 国发〔2016〕78号,
        # 2016-12-27; 国办发〔2018〕63号); 人工智能 in diagnosis (新一代人工智能发展规划, 国发〔2017〕35号, 2017-07-08);
        # 母婴安全 as the 妇幼 line's aim after 全面两孩 (2016-01-01) and its 五项制度 (妊娠风险筛查, 危急重症救治, 约谈通报:
        # 国卫妇幼发〔2017〕42号); 计划生育特殊家庭 (国卫家庭发〔2013〕41号, 2013-12: before it 独生子女伤残死亡家庭);
        # 稳定适度低生育水平, the 计划生育 aim until 全面两孩 (the registry's 稳定低生育水平, in its other spelling).
        (r"双随机", "2015-08-05", None),
        (r"综合监管制度|行业综合监管", "2016-12-27", None),
        (r"人工智能", "2017-07-08", None),
        (r"母婴安全", "2016-01-01", None),
        (r"妊娠风险筛查|危急重症救治制度|约谈通报制度", "2017-07-01", None),
        (r"计划生育特殊家庭|计生特殊家庭", "2013-12-01", None),
        (r"稳定适度低生育水平", None, "2016-12-31"),
        # the first reform years' own (a 2012–2013 speech's lines where the later ones are out of their time): 基层运行新
        # 机制 of the 基层综合改革 (国办发〔2010〕62号, 国办发〔2013〕14号: to 2016 as 基本药物制度实施后的多渠道补偿机制
        # in the registry); the 卫生部's 三好一满意 campaign (卫医管发〔2011〕32号, 2011-04, run to 2013); 创先争优 in the
        # party's 基层组织 (中办 2010-04, closed with the 十八大 2012)
        (r"基层运行新机制", "2010-12-10", "2016-12-31"),
        (r"三好一满意", "2011-04-01", "2014-03-31"),
        (r"创先争优", "2010-04-01", "2012-12-31"),
        # the 2009 reform's pay lines (中发〔2009〕6号: 严禁把医务人员个人收入与药品和医学检查收入挂钩; 基层 绩效工资 from
        # 人社部发〔2009〕182号), said until the 两个允许 and 薪酬制度改革 took their place (2016-08, 2017)
        (r"医学检查收入|要落实绩效工资制度", "2009-03-17", "2016-12-31"),
        # round 41's ERA in measures (the registry dates the slogans; these are the measures of an era, narrower than
        # any lint window, so a real speech is never judged by them): the vaccine's traceability, 全流程管理 and 筑牢免疫
        # 屏障 came with the 2016 Shandong case (国务院令第668号 amending the 疫苗流通和预防接种管理条例, 2016-04-23: 疫苗全程
        # 追溯制度) and the 疫苗管理法 (2019-06-29, in force 2019-12-01: 全程电子追溯); a 2013 speech spoke of 冷链管理 and 规范
        # 接种 (uncertain: 筑牢 is a style of the later years, dated with the tracing).  就医体验 belongs to the 改善医疗服务行动
        # 计划 (国卫医发〔2015〕2号, 2015-01-28; 国卫医发〔2017〕73号); before it 便民惠民 and 三好一满意.  爱国卫生运动 as 群众路线
        # 运用于卫生防病工作的…成功实践 is 刘延东's at the new 全国爱卫会's first plenary (2013-12-05) and 国发〔2014〕66号; in 2012
        # the 60th anniversary spoke of 卫生工作与群众运动相结合 (全国爱卫办, 2012-04-11).  住院分娩 urged on mothers (引导…住院
        # 分娩) is the 2009–2015 task of the 农村孕产妇住院分娩补助 (near 100% by 2015: 99.7%); after it 母婴安全 and 妊娠风险
        # 筛查 (2017).  把中医科、中药房建起来 in every 卫生院 is the 基层中医药服务能力提升工程's first two phases (2012–2015,
        # 2016–2020: 中医馆 in 85% of 社区中心, 70% of 卫生院 by 2020); the 十四五 行动计划 (2022) covers all of them and asks 服务
        # 内涵.  建立 a 医共体's unified drug purchasing is late once the 紧密型 model was set nationwide (国卫基层发〔2023〕41号,
        # 2023-12): 完善 it.  人口长期均衡发展 (the 2021 decision's frame, 中发〔2021〕30号) gave way to 人口高质量发展 (二十届中央
        # 财经委一次会议, 2023-05-05; 完善生育支持政策体系, 二十届三中全会 2024-07).  外防输入、内防反弹 said alone, and 疫情防控
        # 转入常态化, are the 常态化 stage's (2020-04-08); from the 2021-07 Nanjing outbreak to the 新十条 (2022-12-07) the
        # 总方针 动态清零 is named with it (registry yiqing.dongtai_qingling, wider for lint).  深化公立医院综合改革 as the
        # year's frame gave way to 公立医院高质量发展 (国办发〔2021〕18号, 2021-06-04; the registry keeps it to 2022 for lint).
        (r"疫苗[^。；]{0,40}(?:可追溯|全程追溯|全流程)|疫苗全流程|(?:全程|全流程)[^。；]{0,6}追溯[^。；]{0,10}疫苗", "2016-04-23",
         None),
        (r"筑牢免疫屏障", "2016-04-23", None),
        (r"就医体验|体验更好", "2015-01-28", None),
        (r"群众路线运用于卫生", "2013-12-05", None),
        (r"(?:引导|动员|鼓励)[^。；]{0,12}住院分娩|住院分娩服务|提高住院分娩率", None, "2016-12-31"),
        (r"中医科、中药房|中医科和中药房", None, "2020-12-31"),
        (r"建立医共体内统一", None, "2023-12-31"),
        (r"人口长期均衡发展", None, "2023-06-30"),
        (r"外防输入、内防反弹(?![”\"]?总策略)|转入常态化", None, "2021-07-19"),
        (r"动态清零", "2021-07-20", "2022-12-07"),
        # (any wording of it, era28: the ‖ sibling 公立医院综合改革要向纵深推进 of a 2022 report escaped the literal 深化…)
        (r"公立医院综合改革", None, "2021-12-31"),
        # reading 44's r3 (a 2013 town): 压实…责任 in any form (压实单位和个人的防制责任, 责任要压实, 压紧压实) is the
        # wording of 全面从严治党's 两个责任 as it spread after 2016 (中国共产党问责条例 2016-07-08; 十八届六中全会
        # 2016-10); the registry opens its literal 压实责任 in 2014-01 (十八届中央纪委三次全会) so that lint never faults a
        # real early use; a 2012–2015 speech of ours says 落实 (templates: safeguards.j2, opening.j2 choose by year)
        (r"压实|压紧压实", "2016-01-01", None),
        # the tuberculosis programme's indicator: 治愈率 (of 涂阳 patients) in the 十二五 规划, 成功治疗率 in the 十三五
        # 结核病防治规划 (国办发〔2017〕16号, 2017-02-01) and after (reading 44's r6: a 2018 brief's 成功治疗率 said as 治愈率)
        (r"提高治愈率", None, "2017-01-31"),
        (r"提高成功治疗率", "2017-02-01", None),
        # reading 51's ERA, the kinds behind its lines (era28; the registry's literal terms in model/tifa.yaml say why:
        # fuyou.chanke_erke_nengli, fuwu.peizhen, rencai.dingxiang_biye, yigai.jiating_yisheng_tuandui,
        # lianzheng.yiti_tuijin, fuyou.muying_xingshi_fenxi, yigai.pochu_yiyaobuyi): 产科 and 儿科 as one pair of needs
        # is the 全面两孩's (2016-01-01), in any wording (产科儿科服务能力, 产科和儿科); 陪诊 for the old and disabled in a
        # hospital from 国办发〔2020〕45号 (2020-11-24); a 定向生 in post from the first national cohort's graduation (2015
        # summer: compose's narrower than the registry's 2010 programme start); the 家庭医生 as a team that calls on
        # households, and 签约服务 as a service to make real, from the 2016 guideline (国医改办发〔2016〕1号, 2016-05-25:
        # compose's only, as 家庭医生签约 above; the registry keeps 2011 for the 全科医生 guideline and 2013 for 村医签约);
        # 一体推进 from the CCDI's 2019 plenum; the 母婴安全 systems (形势分析, 五项制度) from 国卫妇幼发〔2017〕42号;
        # 破除以药补医 as a task until every public hospital had dropped the mark-up (2017-09-30; after it 巩固…成果), and
        # 城市公立医院综合改革 as a task once it was 全面推开 (国卫体改发〔2017〕22号; a 2018 speech still reviews it);
        # 加强公立医院党的建设 from 中办's 2018-06-25 意见; 健康企业 from the 全国爱卫办's 2019 健康企业建设 notice.
        (r"产科、?(?:和)?儿科|儿科、?(?:和)?产科|产儿科", "2016-01-01", None),
        (r"陪诊", "2020-11-24", None),
        # (the 村医 programme's graduates said as such, 定向培养的村医学生: the bare 定向生 read as the national 订单定向
        # cohort, who serve in 乡镇卫生院, not 回到村里 — era28's reading; dated with it)
        (r"定向生|定向医学生|定向培养的?村医学生", "2015-07-01", None),
        (r"家庭医生", "2016-05-25", None),
        (r"(?<!乡村医生)(?<!村医)签约服务|签约居民|签约率|履约", "2016-05-25", None),
        (r"一体推进", "2019-01-11", None),
        (r"母婴安全[^。；]{0,6}(?:形势分析|制度)|形势分析制度", "2017-07-01", None),
        (r"(?<!巩固)破除以药补医(?!成果|改革成果)", None, "2017-12-31"),
        # (and not before the reform had that name: 国办发〔2015〕38号 speaks of the 2010 pilot as 国家联系试点城市公立医院改革
        # (cnpre.com/sadclist/lawsshow_pi.php?id=6544); the name came with the 2014 second batch of pilot cities, a date
        # not checked here, so compose opens it on 2014-01-01 and the registry keeps 2010 for lint — era30's sweep: 12 of
        # 12 2012 county and district drafts said 城市公立医院综合改革试点效果评估)
        (r"城市公立医院(?:综合)?改革", "2014-01-01", "2018-12-31"),
        (r"公立医院党的建设|公立医院党建", "2018-06-25", None),
        (r"健康企业", "2019-10-01", None),
        # a 医共体 pilot once 紧密型县域医共体 was to be built everywhere (国卫基层发〔2023〕41号, 2023-12: the 2019 试点 over)
        (r"医共体(?:建设)?试点", None, "2023-12-31"),
        # a 中心卫生院 raised to a 县域医疗卫生次中心 is the 十四五's (the 十四五 plans of 2021–22; compose's only: its first
        # national document's date was not checked, era28) — read in a 2012 draft's wording as every year's; 权责清单 of a
        # health bureau from the 十八届三中全会 (registry zhili.quanze_qingdan)
        (r"次中心", "2021-01-01", None),
        (r"权责清单|权力清单", "2013-11-12", None),
        # 网络和数据安全 of a health bureau's IT (read in the 2013 county's draft after the above): a 2013 speech spoke of
        # 信息安全 (等级保护, 公通字〔2007〕43号); 网络安全 and data as a thing to secure from the 网络安全法 (in force
        # 2017-06-01), 数据安全法 2021 (registry xinxi.wangluo_dengbao dates the 等级保护 form; compose's only)
        (r"网络和数据安全|数据安全", "2017-06-01", None),
        # the thirtieth reading's ERA, the kinds behind its lines: the pandemic's tone in lines that name no dated term —
        # 疫情没有局外之地, 外来输入的风险始终存在 (the 外防输入 stage's watchword, registry yiqing.waifang_shuru, to the
        # 乙类乙管 of 2023-01-08 and its first quarter), 疫情防控 as the 头等大事 or at its 关键时期 (2020-01-20 to the 新十条
        # of 2022-12-07, registry yiqing.dongtai_qingling), 复工复产 (统筹推进疫情防控和经济社会发展工作部署会议 2020-02-23,
        # through 2021), 进口冷链食品 and a lab's 日检测能力 (the 2020-06 Xinfadi cluster and the 2020-07 核酸检测能力建设
        # notice, to the 新十条): a 2026 county heard 疫情没有局外之地、外来输入的风险始终存在 as if the pandemic were on
        (r"没有局外之地|外来输入", None, "2023-03-31"),
        (r"疫情防控[^。；]{0,6}(?:头等大事|关键时期)|疫情防控的关键时期", "2020-01-20", "2022-12-31"),
        (r"复工复产", "2020-02-01", "2021-12-31"),
        (r"进口冷链食品|冷链食品从业人员|日检测能力", "2020-06-11", "2022-12-31"),
    ))

# A registered area's own name that is of a later date than the speech (the twenty-ninth reading: 人口家庭工作取得新进展
# in a 2015 work report): the label the 2018 reform gave the 计划生育 line of work, said as 计划生育 before it.  Only
# the registry's names are changed; a secretary who typed 流动人口 or 计划生育服务 keeps her words.
_AREA_NAME_SINCE: dict[str, tuple[tuple[str, ...], dt.date, str]] = {
    "population_family": (("人口家庭", "人口监测", "人口发展", "人口监测和家庭发展", "人口监测与家庭发展"),
                          dt.date(2018, 3, 17), "计划生育"),
    # 妇幼健康 names the line of work from the 2013 reform that made 国家卫生计生委 and its 妇幼健康服务司 (tifa.yaml
    # jigou.fuyou_jiankang); before it a speech said 妇幼卫生 (round 41: 妇幼健康方面 in a February 2013 speech)
    "maternal_child": (("妇幼健康",), dt.date(2013, 3, 14), "妇幼卫生"),
}


def area_name(key: str, name: str, date: dt.date | None) -> str:
    """The name a speech of ``date`` says for a registered area typed as ``name`` (人口家庭 → 计划生育 before 2018)."""
    rule = _AREA_NAME_SINCE.get(key)
    if rule is None or date is None or name not in rule[0] or date >= rule[1]:
        return name
    return rule[2]


@functools.lru_cache(maxsize=32)
def _out_of_window(date: dt.date) -> tuple[re.Pattern[str], ...]:
    """The patterns of the table above whose window ``date`` lies outside (in the table's order): only they
    can be found, and picking one speech asks about a thousand texts on one date (compiled only here: most
    are never needed in a process)."""
    return tuple(re.compile(p) for p, start, end in _WINDOWS if (start and date < start) or (end and date > end))


_OPENING_YEAR = re.compile(r"开好局、?起好步")


def meeting_date(brief: Brief) -> dt.date:
    """The date a speech is given (the brief's, else the usual time of such a meeting: model.brief)."""
    return brief.speech_date


def outside_window(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The terms of ``text`` a speech of ``date`` at ``level`` may not say (empty when it fits): those not in use
    then (the 提法 registry, jianggao.model.tifa, and for the phrasings it does not list the small table above), and
    a stock line whose turn this speech is not (``not_its_turn``)."""
    # (what the picker and the templates may choose: a finished sentence is judged by out_of_time alone, so that a line
    # the brief's words brought in is never dropped for its turn)
    return list(_outside_window(text, date, level)) + not_its_turn(text, date, level)


def out_of_time(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The terms of ``text`` not in use on ``date`` at ``level``: what a reader marks ERA (bench/era_scan.py)."""
    return list(_outside_window(text, date, level))


# Stock lines (the twenty-ninth reading's "signs of one template behind all six drafts"): a vivid maxim so particular
# in its wording that a reader who sees two drafts recognises it (衡量慢性病管理，关键看…; 少得病、晚得病; 优生优育服务，
# 年轻父母问得越来越细; 大多数病在本地就能看好).  Each line is said in one speech of STOCK_TURN: its turn comes by the
# speech's date and level (the brief's own), so two briefs seldom share it and the same brief always says the same.  A
# line is given by the distinctive words of each of its wordings (‖), which share one turn: rationing one wording alone
# only moved the drafts to the other.  The picker then takes the area's other measures.  Data: add a maxim here — not an
# area's plain measures, which a thin area leans on (rationing ten of bench_quality's most shared measures took b14 seed
# 1, g1 seed 1 and test_length's 2012 report under 0.85 of their lengths).
STOCK_LINES: tuple[tuple[str, ...], ...] = (
    ("血压、血糖控制",), ("少得病、晚得病",), ("问得越来越细", "问得越来越具体"),
    ("大多数病在本地就能看好", "少往外跑、就近看好病"),
    # the issue's own (公立医院是医改的主战场…, 群众就医的每一个环节…, 医疗集团要统一管理、统一调度…) and bench_quality's lines
    # in drafts of other kinds, years and levels at dec1ce4 (5–7 of 28 drafts each, task_more.yaml's measures of a
    # standing area).  (Not 医疗服务价格调整要做好测算评估…, in 5 drafts too: a 医改 area without it in its turn took three
    # more numbered items under one heading, test_standing_items' b05 at seed 2.)
    ("医改的主战场",), ("都是改善服务的着力点",), ("统一管理、统一调度",),
    ("生长发育监测纳入",), ("感染孕产妇的规范干预",), ("出院后有人管",),
    ("都要组织逐例评审",), ("早筛查、早识别、早干预",), ("晋升职称前要到",),
)
# A measure written in several wordings (task_more.yaml's ‖): each speech says one of them, by its turn, so the measure
# stays in every speech and each wording is in about 1/n of them (rationing one wording alone moved the drafts to its
# sibling — 助产人员的培训和考核… took 助产人员要经常培训…'s six drafts —, and independent turns dropped the measure from a
# quarter of the speeches: the minimal brief fell under test_core's floor).
STOCK_WORDINGS: tuple[tuple[str, ...], ...] = (
    ("关键在激励机制", "要完善人才激励机制，在引进"),
    ("作出突出贡献的人员倾斜", "医务人员的薪酬要体现多劳多得"),
    ("助产人员要经常培训", "助产人员的培训和考核", "助产技术人员培训，规范"),
    ("妇女儿童健康涉及多个部门", "部门协作机制，教育、民政、妇联"),
    ("政策解读要做在前面", "调价之前要先把政策讲清楚"),
    ("转到“用起来”", "电子健康档案要真正用起来", "建档不是目的"),
    # (stock22: the measures said in 9–11 of bench_quality's 40 drafts, one wording each)
    ("加强预防接种规范化管理", "接种门诊要按规范设置", "预防接种的每个环节都要按规范来"),
    ("推动助产机构落实促进母乳喂养", "爱婴医院要定期复核", "督促助产机构把母乳喂养"),
    ("健全防治工作网络，提高综合防治水平", "两项基础性工作", "两项工作都要摆上重要位置"),
    ("定期公布费用、质量和服务等信息", "自觉接受群众和社会各方面的监督"),
    ("早发现、早诊断、早治疗，筛查出的患儿", "对筛查发现的先天性心脏病"),
    ("产科质量要定期检查", "定期开展助产机构产科质量检查"),
    # (voice23: the standing work's follow-up line, 抓一阵、松一阵 in 7 of 40 drafts after stock22)
    ("没有一劳永逸", "贵在持之以恒", "不能抓一阵、松一阵"),
)
# A maxim (the first four lines) is said in one speech of STOCK_TURN; an area's plain measure, which a thin area leans on
# for its length, in one of MEASURE_TURN.
STOCK_TURN = 3
MEASURE_TURN = 2
_MAXIMS = 4
_LINE_OF = {mark: line[0] for line in STOCK_LINES for mark in line}
_TURN_OF = {line[0]: STOCK_TURN if i < _MAXIMS else MEASURE_TURN for i, line in enumerate(STOCK_LINES)}
_WORDINGS_OF = {mark: group for group in STOCK_WORDINGS for mark in group}
_STOCK = re.compile("|".join(re.escape(m) for m in (*_LINE_OF, *_WORDINGS_OF)))


def _draw(key: str) -> int:
    # (blake2b, not crc32: a CRC is linear, and two wordings' turns came out always opposite)
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "big")


def not_its_turn(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The stock lines of ``text`` a speech of ``date`` at ``level`` leaves to other speeches: each line of STOCK_LINES
    has its turn in one speech of its share (STOCK_TURN, MEASURE_TURN), each measure of STOCK_WORDINGS is said in one of
    its wordings, by the brief's own date and level, so the same brief always says the same and two briefs seldom share
    the line."""
    if not level:
        return []       # a text of no known level (a finished speech checked by date alone) is not judged here
    out = []
    for m in _STOCK.finditer(text):
        mark = m.group(0)
        group = _WORDINGS_OF.get(mark)
        if group is not None:
            if group[_draw(f"{group[0]}|{date.isoformat()}|{level}") % len(group)] != mark:
                out.append(mark)
        elif _draw(f"{_LINE_OF[mark]}|{date.isoformat()}|{level}") % _TURN_OF[_LINE_OF[mark]]:
            out.append(mark)
    return out


@functools.lru_cache(maxsize=32)
def _any_out_of_window(date: dt.date) -> re.Pattern[str]:
    """One pattern finding whether any of ``_out_of_window(date)`` occurs in a text: a text none of them is in (most)
    is searched once, not with each of them (~14 on a 2025 date, ~500 texts a render)."""
    patterns = _out_of_window(date)
    try:
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:              # (a pattern that cannot stand in an alternation: each is asked as before)
        return re.compile("")
    if any(re.search(r"\\\d|\(\?P=", p.pattern) for p in patterns):
        return re.compile("")     # (a back-reference counts its groups: joined, it would name another)
    return joined


@functools.lru_cache(maxsize=32)
def _could_be_out_of_window(date: dt.date) -> re.Pattern[str] | None:
    """The needles of ``_any_out_of_window(date)`` as one alternation of plain strings (model.patterns.prefilter), or
    None where it has none: a text holding none of them holds no pattern out of window (~0.5 µs a text, where the
    alternation costs ~30)."""
    from ..model.patterns import prefilter

    return prefilter(_any_out_of_window(date))


# Picking one speech asks about each candidate text two or three times (1,000 questions, 400 texts); the
# registry is the packaged one, loaded once, so an answer never changes within a process.
@functools.lru_cache(maxsize=8192)
def _outside_window(text: str, date: dt.date, level: str | None) -> tuple[str, ...]:
    from ..model import tifa

    found = [h.term for h in tifa.outside_window(text, date, level)]
    patterns = _out_of_window(date)
    could = _could_be_out_of_window(date) if patterns else None
    if patterns and (could is None or could.search(text)) and _any_out_of_window(date).search(text):
        found += [m.group(0) for p in patterns for m in p.finditer(text)]
    opening = _OPENING_YEAR.search(text)
    if opening and (date.year - 1966) % 5 != 0:
        found.append(opening.group(0))
    return tuple(found)


def department_word(date: dt.date, level: str = "县") -> str:
    """The health department's stem of that date at that level (卫生 · 卫生计生 · 卫生健康), from the
    level model: the 2013 merger and the 2018 reform reached each tier at its own time."""
    from ..model import levels

    return levels.meeting_word(level, date)


# The department's compounds in any era's form (卫生系统, 卫生计生工作, 卫生健康事业); 公共卫生, 爱国卫生,
# 环境卫生 … are work areas, not the department, and are left alone; nor is the nation's own body (国家卫生和计划生育委员会
# became 国家卫生委员会 in a 2014 district's speech, whose own department was still a 卫生局).
_DEPARTMENT = re.compile(r"(?<![公共爱国环境精神职业学校饮水食品妇幼基层乡村农村城乡医疗家])卫生(?:健康|计生|和计划生育)?"
                         r"(?=工作会议|系统|事业|工作|部门|战线|行业|队伍|故事|声音|委员会|局|发展)")


# Our wording said in the form of an earlier date, where the later form has a plain older one (rather than losing the
# sentence: 补齐…短板 is in some forty wordings of the templates): (pattern, the day the later form came in, the older
# form).  补齐…短板 came with the 十三五 proposal (2015-10-29, above); before it a speech 弥补…的不足.  A 医保 body beside
# 民政 or 财政 before the 2018 reform was the 人社 department (城镇医保; 新农合 sat with 卫生计生).
_BACKDATED: tuple[tuple[re.Pattern[str], dt.date, str], ...] = (
    (re.compile(r"补齐(的?)短板"), dt.date(2015, 11, 1), r"弥补\1不足"),
    (re.compile(r"补齐([^。；，]{0,23}[^的。；，])的?短板"), dt.date(2015, 11, 1), r"弥补\1的不足"),
    (re.compile(r"(?:(?<=民政、)|(?<=财政、)|(?<=人社、)|(?<=计生、)|(?<=健康、))医保(?=、|等|和)"
                r"|医保(?=(?:、|和)(?:民政|财政|卫生计生|人社))"),
     dt.date(2018, 5, 31), "人社"),
)


def backdate(text: str, date: dt.date) -> str:
    """``text`` with the later forms of _BACKDATED in the older form of ``date``."""
    if "补齐" not in text and "医保" not in text:
        return text
    for pattern, since, older in _BACKDATED:
        if date < since:
            text = pattern.sub(older, text)
    return text


def modernise(text: str, date: dt.date, level: str = "县", naming: dt.date | None = None) -> str:
    """Our own wording and the bank's in the forms of ``date``: the registry's successors (新农合 →
    城乡居民医保 …), and the department's compounds (卫生健康系统 → 卫生计生系统 in 2016, 卫生系统 in 2012; a
    mined 卫生工作会议 → 卫生健康工作会议 in 2025), named as of ``naming`` where the brief's own words name the
    department (brief.naming_date: a 2014 city 卫生计生委's speech says 卫生计生系统).  Brief text is never passed here."""
    from ..model import levels, tifa

    word = department_word(naming or date, level)
    if naming and naming != date:
        # the registry's name of the day (市卫生局) gives way to the one the brief uses (市卫生计生委)
        for full in (False, True):
            said, named = levels.department(level, date, short=not full), levels.department(level, naming, short=not full)
            if said and named and said != named:
                text = text.replace(said, named)
    text = _DEPARTMENT.sub(word, tifa.modernise(backdate(text, date), naming or date, level))
    if word != "卫生健康":
        # Before the 2018 reform reached the level, 卫生健康 names no body at all: 卫生健康、医保等部门 →
        # 卫生计生、医保等部门, 卫生健康人才 → 卫生计生人才 (卫生健康风尚 and the like are not the department).
        text = re.sub(r"卫生健康(风尚|知识|素养|意识|教育|理念)", r"健康\1", text)
        text = re.sub(r"(?<![公共爱国环境])卫生健康(?!中国)", word, text)
    return text


@dataclass(frozen=True)
class YearFraming:
    """What the year of a speech was: its place in the five-year plan and the meeting whose spirit it
    carries out (None where nothing sure can be said)."""

    plan: str            # 十四五
    place: str           # 开局之年
    congress: str | None  # 党的二十大 / 党的十九届五中全会 …


# The Party congress or plenum whose spirit a health meeting early in a year carries out (held the
# autumn before, or that year's spring for congresses held in autumn of the year before).
_CONGRESS = {2012: "党的十七届六中全会", 2013: "党的十八大", 2014: "党的十八届三中全会", 2015: "党的十八届四中全会",
             2016: "党的十八届五中全会", 2017: "党的十八届六中全会", 2018: "党的十九大", 2019: "党的十九大和十九届二中、三中全会",
             2020: "党的十九届四中全会", 2021: "党的十九届五中全会", 2022: "党的十九届六中全会", 2023: "党的二十大",
             2024: "党的二十大和二十届二中全会", 2025: "党的二十届三中全会", 2026: "党的二十届四中全会"}


def year_framing(date: dt.date, level: str | None = None, year: int | None = None) -> YearFraming | None:
    """The plan year of ``date`` (十四五 开局之年 …) and the spirit the year's work carries out, from the
    registry; nothing after the date.  With ``year`` (plan_year: a December meeting plans the next), the place in
    the five-year plan is that year's (十四五开局之年 at the end of 2020), the spirit still the date's."""
    from ..model import tifa

    try:
        f = tifa.year_framing(date, level)
        planned = tifa.year_framing(dt.date(year, 1, 1), level) if year and year > date.year else f
    except ValueError:
        return None
    return YearFraming(planned.plan, planned.plan_place, f.spirit.removesuffix("精神") or None)


# From November a meeting plans the year after its date's (the readers' 2020-12-23 疾控 meeting said 做好今年的工作 and
# 年中、年底两次对账 eight days before the year ended, and 确保完成“十三五”规划 when the 十四五 was about to open).
AHEAD_FROM_MONTH = 11


def plan_year(date: dt.date, year: int, kind: str = "annual_conference") -> int:
    """The year a speech of ``date`` plans (its 今年 of the work ahead): the brief's ``year``, but from November the
    next calendar year (a brief of the meeting's own year then reviews that year: its 今年以来), and never a year
    before the date's.  A half-year review speaks of its own year."""
    if kind == "midyear_review":
        return year
    if date.month >= AHEAD_FROM_MONTH and date.year >= year:
        return date.year + 1
    # a meeting in January 2021 of a brief that says 2020 (a 2020年度 meeting held after the year) plans 2021: a
    # speech never plans a year already over
    return max(year, date.year)


_THIS_YEAR = re.compile(r"今年(?!以来)|去年|(?<![明今去上全当半每一二两三四五六七八九十本前次])年(?=内|底|中)")


def ahead_words(text: str) -> str:
    """Our words of a speech that plans the year after its date's (plan_year): the work ahead is 明年's, the
    year reviewed is 今年 (去年 → 今年), and a deadline of the year (年底前, 年内, 年中、年底) is next year's: the first
    in each sentence says so (明年年底前), once."""
    out, dated = [], False
    for piece in re.split(r"(?<=[。！？；])", text):
        def swap(m: re.Match[str]) -> str:
            nonlocal dated
            word = m.group(0)
            if word.startswith("今年"):
                dated = True
                return "明年"
            if word == "去年":
                return "今年"
            if dated:
                return word
            dated = True
            return "明年" + word
        dated = False
        out.append(_THIS_YEAR.sub(swap, piece))
    return "".join(out)


def meeting_name(brief: Brief) -> str:
    """The meeting as the title names it (model.brief follows the date, the level and a township's
    level above)."""
    return brief.meeting_name
