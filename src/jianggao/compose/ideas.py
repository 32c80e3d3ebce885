"""What a sentence says, as ideas: the same idea said again in other words, and a sentence's tie to its area.

A speech that says 坚持公立医院公益性, then 引导医院回归公益性, then 各公立医院要把公益性放在首位 says one
thing three times; no two of those sentences share a long run of characters, so the character checks of
finish do not see it.  Here each sentence is reduced to the ideas it names (a small table of the ideas of a
health speech, each with the words that say it: 分级诊疗 / 双向转诊 / 基层首诊 / 上下联动 are one idea), and
compose refuses a mined sentence whose ideas the speech has mostly said already (``repeats``).

The same table ties an idea to the work area it belongs to, so that a sentence in an area's paragraph can
be judged by what it is about (``tie``): one of the area's own ideas or words (it belongs), only another
area's (off the area: 院前急救 in the 医改 paragraph), or none at all (empty filler: 建立健全各项工作制度，
推动各项目标任务的实施).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .. import prepared
from ..model import wordsets
from ..model.topics import classify
from ..model.wordsets import WordSets

GENERAL = "general"

# idea: (area, words that say it).  Only ideas specific enough that saying them twice is noticed: broad
# words every sentence shares (服务能力, 体系建设, 工作机制) are not ideas.
_TABLE: dict[str, tuple[str, str]] = {
    # medical reform
    "公益性": ("medical_reform", r"公益性|回归公益|公益属性"),
    "医保基金监管": ("medical_reform", r"医保基金|看病钱|救命钱|骗保|基金监管|基金安全|基金平稳运行"),
    "分级诊疗": ("medical_reform", r"分级诊疗|双向转诊|基层首诊|急慢分治|上下联动|上转|下转|就医格局|就医秩序"),
    "医共体": ("medical_reform", r"医共体|医联体|医疗联合体|医疗共同体|医疗集团|服务共同体"),
    "支付方式改革": ("medical_reform", r"支付方式|付费方式|按病种|DRG|DIP|总额控制|总额预付|医保支付"),
    "薪酬制度": ("medical_reform", r"薪酬|两个允许"),
    "现代医院管理": ("medical_reform", r"现代医院管理|医院章程|运行机制"),
    "公立医院改革": ("medical_reform", r"公立医院综合改革|公立医院改革|以药补医|零差率|高质量发展"),
    # (a patient's 用药指导 or 合理用药 is care, not supply: 乡镇卫生院要明确精神卫生防治人员，把…随访和用药指导接续起来 went
    # under 巩固完善基本药物制度, read68's t1)
    "药品供应": ("medical_reform", r"基本药物|药品供应|药品采购|集中采购|带量采购|药品配送|配送企业|"
                               r"(?<!合理)(?<!规范)(?<!安全)用药(?!指导|行为|知识|习惯|安全|监测|依从)"),
    # narrower than 药品供应 and 培训, which are broad: 基本药物 three times and 定向培养 three times in one draft
    # were the ninth reading's commonest repeats
    "基本药物": ("medical_reform", r"基本药物"),
    "家庭医生签约": ("medical_reform", r"家庭医生|签约服务|签约居民"),
    "医疗服务价格": ("medical_reform", r"服务价格|价格调整|价格调控|调价"),
    "三医联动": ("medical_reform", r"三医|医保、医疗、医药|医疗、医保、医药|政策协同"),
    "控费": ("medical_reform", r"医疗费用|控费|控费用|费用过快|就医负担|用药负担"),
    "区域卫生规划": ("medical_reform", r"区域卫生规划|资源配置|配置医疗卫生资源|资源下沉|扩容下沉"),
    # public health and disease control
    "基本公共卫生": ("public_health", r"基本公共卫生|公共卫生服务项目|公共卫生服务经费|项目资金"),
    "慢性病": ("public_health", r"慢性病|慢病|高血压|糖尿病"),
    "预防接种": ("disease_control", r"预防接种|免疫规划|疫苗|接种"),
    "免疫规划": ("disease_control", r"免疫规划|适龄儿童.{0,4}接种"),
    "新冠疫苗": ("disease_control", r"新冠病毒疫苗|新冠疫苗"),
    "传染病": ("disease_control", r"传染病|结核|艾滋病|疫情|哨点|流感样病例|不明原因肺炎"),
    "结核病": ("disease_control", r"结核"),
    # (an epidemic's warning, not an alarm on a hospital's use of supplies: 建立高值耗材使用监测和异常预警 under 医药领域腐败
    # 整治 was lent 疾控体系改革, 传染病监测预警 and 孤独症 lines, read66's t4; narrowing the idea further reshuffled the
    # lending of briefs it did not concern — test_item_content's 艾滋病 item, test_serve's b13)
    # (… nor a child's development screened: 早期发现孤独症等发育障碍 closed fresh65 y6's 重点传染病监测预警 item, blind70)
    "监测预警": ("disease_control", r"监测预警|(?<!异常)预警|早期发现(?!孤独症|[^，。；]{0,6}障碍)"),
    "健康管理": ("public_health", r"健康管理|健康档案|建档"),
    "健康体检": ("public_health", r"健康体检|体检"),
    "重点人群": ("public_health", r"重点人群"),
    "孕产妇健康教育": ("maternal_child", r"孕妇学校|孕产妇健康教育"),
    "基层取药": ("primary_care", r"开药、取药|基层开药|基层取药|用药衔接"),
    "康复护理床位": ("elderly_health", r"康复、护理床位|护理床位|康复床位"),
    "托幼保健": ("maternal_child", r"托幼机构|托育机构.{0,6}卫生保健"),
    "精神卫生": ("public_health", r"精神卫生|心理健康|精神障碍|严重精神"),
    "医防协同": ("disease_control", r"医防协同|医防融合|防治结合|人员通、信息通"),
    "疾控机构": ("disease_control", r"疾控|疾病预防控制"),
    # emergency
    # (a mother's or a newborn's 急救 is the maternity ward's, not the emergency service's: 加强县级产科急救和新生儿抢救
    # 能力建设 answered no shortage of 产科、儿科床位 as of another area, fresh58's r1)
    "应急": ("emergency", r"应急|突发公共卫生事件|演练|(?<!产科)(?<!儿科)(?<!孕产妇)(?<!新生儿)急救|院前"),
    "应急演练": ("emergency", r"演练"),
    "应急预案": ("emergency", r"预案"),
    "应急物资": ("emergency", r"应急物资|物资储备|储备物资"),
    "院前急救": ("emergency", r"院前|急救站|急救网络|急救反应|急救车"),
    # maternal and child
    "母婴安全": ("maternal_child", r"母婴安全|孕产妇死亡|新生儿死亡|孕产妇和新生儿安全|孕产妇和新生儿的安全"),
    "高危孕产妇": ("maternal_child", r"高危孕产妇|危重孕产妇|专案管理|孕产妇全程|妊娠风险"),
    "助产救治": ("maternal_child", r"助产|产科|危急重症|救治中心|救治演练"),
    "儿童保健": ("maternal_child", r"儿童保健|儿童健康|托幼|儿童早期"),
    "妇女保健": ("maternal_child", r"两癌|妇女常见病|妇女健康"),
    "出生缺陷": ("maternal_child", r"出生缺陷|产前筛查|疾病筛查"),
    "妇幼机构": ("maternal_child", r"妇幼保健机构|妇幼健康服务体系|妇幼保健院"),
    # workforce
    "人才引育": ("workforce", r"人才|引才|育才|留才|招聘|招引"),
    "队伍": ("workforce", r"队伍"),
    "培训": ("workforce", r"培训|进修|规范化培训|全科医生培养|业务能力"),
    "定向培养": ("workforce", r"定向培养|定向医学生|订单定向"),
    "职称评聘": ("workforce", r"职称|评聘|评先评优"),
    "待遇": ("workforce", r"待遇|关心关爱|安心、安身"),
    "医德医风": ("party_building", r"医德医风|职业精神|行风"),
    # primary care
    "村医": ("primary_care", r"乡村医生|村医|村卫生室|乡村一体化"),
    "卫生院": ("primary_care", r"乡镇卫生院|社区卫生服务|基层医疗卫生机构|网底"),
    # other areas
    "中医药": ("tcm", r"中医|中药|治未病|适宜技术|国医"),
    "监督执法": ("regulation", r"卫生监督|执法|非法行医|许可|监督所|监管力度|饮用水|放射防护"),
    "信息化": ("informatization", r"信息化|互联网|远程|智慧|大数据|信息平台"),
    "互联互通": ("informatization", r"互联互通|互通共享|数据共享|信息孤岛|不共享|不兼容"),
    "电子病历": ("informatization", r"电子健康档案|电子病历|电子健康卡"),
    "网络安全": ("informatization", r"网络安全|数据安全|安全等级保护|信息安全|信息系统安全|个人健康信息"),
    # (a 公共场所 facility, 母婴室 or a smoke-free room, is no sanitation inspection: 推进公共场所母婴室建设 took
    # 自然灾害发生后…做好饮用水消毒 by this idea, read59's k6)
    "公共场所卫生": ("regulation", r"公共场所(?![^，。；、]{0,4}(?:母婴|哺乳|无烟|禁烟|控烟|吸烟))|饮用水"),
    "少跑腿": (GENERAL, r"少跑腿|少跑路|少排队|排队等候|往返奔波|两头跑|来回跑|多跑路|跑冤枉路"),
    "结果互认": ("medical_services", r"结果互认|重复检查|调阅共享|影像、检验结果"),
    "预约诊疗": ("medical_services", r"预约诊疗|分时段|预约"),
    "依法执业": ("regulation", r"依法执业|执业资质|执业行为|医疗秩序|医疗服务秩序"),
    "健康教育": ("health_promotion", r"健康教育|健康素养|健康知识|健康促进|控烟"),
    # narrow ideas of items that recur in every era and had none (bench/bench_items.py: 加强控烟工作, 开展省级卫生镇创建
    # 发展互联网+医疗健康 and 加强公立医院党的建设 found no measure of their own, their one word shared with broad ideas only)
    "控烟": ("health_promotion", r"控烟|吸烟|戒烟|无烟|烟草"),
    "卫生乡镇创建": ("patriotic_health", r"卫生乡镇|卫生镇|卫生村|卫生城镇"),
    # (special15) the core items of special meetings, each its own business (爱国卫生 named 卫生县城, 改厕 and 饮用水 as one
    # idea, so a 2013 meeting's 创建省级卫生县城 found every measure of its own refused as said already: reading 35)
    "卫生城市创建": ("patriotic_health", r"卫生城市|卫生县城|创卫|卫生城市（县城）"),
    "饮水安全": ("patriotic_health", r"饮水安全|饮用水安全|水质监测|供水"),
    "禽流感": ("disease_control", r"禽流感|H7N9|活禽|禽类"),
    "蚊媒": ("disease_control", r"登革热|蚊媒|伊蚊"),
    "进口冷链": ("disease_control", r"冷链食品|集中监管仓|冷链物流"),
    "季节性流感": ("disease_control", r"流感疫苗|流感高发|流感聚集|流感等"),
    "冬春季疫情": ("disease_control", r"冬春季疫情|返乡人员|院感防控|预检分诊"),
    "肠道传染病": ("disease_control", r"肠道门诊|肠道传染病|逢泻必检"),
    "互联网医疗": ("informatization", r"互联网\+|互联网医院|互联网复诊|互联网诊疗"),
    "公立医院党建": ("party_building", r"公立医院党的建设|公立医院党建|公立医院党委|公立医院党组织"),
    "爱国卫生": ("patriotic_health", r"爱国卫生|卫生城市|卫生县城|环境卫生|病媒|改厕|卫生乡镇|卫生村"),
    # (a staff's pension is no care of the old: 落实乡村医生待遇保障和养老政策 took 失能老年人上门服务 and 医养结合, read63's q4)
    "老龄": ("elderly_health", r"老年|医养结合|(?<!村医)(?<!乡村医生)养老(?!保险|保障|政策|待遇|金)|失能"),
    "因病致贫": ("health_poverty", r"因病致贫|因病返贫|返贫致贫"),
    "先诊疗后付费": ("health_poverty", r"先诊疗后付费|一次结清|一站式"),
    "贫困大病救治": ("health_poverty", r"大病专项救治|罹患大病|集中力量救治|大病患者的医疗费用"),
    "返贫监测": ("health_poverty", r"动态监测|及时发现、及时帮扶|高风险家庭"),
    "医养结合": ("elderly_health", r"医养结合|医养(?!老)|养老机构|养老服务|护理院|护理站"),     # (not 村医养老)
    "老年医学": ("elderly_health", r"老年医学|老年病"),
    "老年友善": ("elderly_health", r"老年友善|优先挂号|就医中的实际困难|挂号、就诊等便利"),
    "康复医疗": ("elderly_health", r"康复护理能力|康复医疗"),
    "安宁疗护": ("elderly_health", r"安宁疗护"),
    "上门服务": ("elderly_health", r"上门服务|上门医疗|上门巡诊"),
    "社区医院": ("primary_care", r"社区医院|提档升级"),
    "资源下沉": ("primary_care", r"坐诊带教|下沉到|对口帮扶|对口支援|派驻"),
    # (人口健康信息 is a platform's name, not population work: b04's 建设区域人口健康信息平台)
    "人口": ("population_family", r"计划生育|计生|生育|托育|(?<!贫困)(?<!脱贫)(?<!收入)人口(?!健康信息)"),
    "生育政策": ("population_family", r"两孩|三孩|生育政策|生育支持|生育登记|生育服务"),
    "人口监测": ("population_family", r"人口监测|人口形势|出生人口监测"),
    "计生特殊家庭": ("population_family", r"特殊家庭"),
    "党风廉政": ("party_building", r"党建|廉政|廉洁|作风|纪律|从严治党|腐败|不正之风|警示教育"),
    "医疗质量": ("medical_services", r"医疗质量|医疗安全|重点专科|学科建设|改善医疗服务|医患|护理|诊疗能力"),
    # what every area's work needs: said once in a paragraph, noticed the second time
    "绩效考核": (GENERAL, r"绩效考核|绩效评价|考核结果"),
    # (学习宣传贯彻 a spirit is study, not publicity: 深入学习宣传贯彻党的十九大精神 took 减盐 and 控烟宣传 by it, read59's k1)
    "宣传引导": (GENERAL, r"(?<!学习)宣传(?!贯彻)|舆论|氛围"),
    "调查研究": (GENERAL, r"调查研究|调研|到一线|一线去|深入基层|沉下去"),
    "台账": (GENERAL, r"台账|清单"),
    # how any area's work is steered: a paragraph that says each of these once reads as planned; two or three
    # ways of saying "follow it up" or "work together" in one paragraph read as padding (reading, round 3)
    "跟踪问效": (GENERAL, r"督导|跟踪问效|监测评估|定期调度|定期分析|新情况新问题|跟踪评估|回头看"),
    "总结推广": (GENERAL, r"总结推广|好经验|好做法|以点带面|推广开来|典型经验"),
    "群众实惠": (GENERAL, r"实惠"),
    "部门协同": (GENERAL, r"系统工程|牵一发而动全身|加强协同|强化协同|同向发力|单兵突进|各自为战|形成合力|协同配合"),
    "向基层倾斜": (GENERAL, r"倾斜"),
    "儿童早期发展": ("maternal_child", r"儿童早期发展|早期发展"),
    "儿童成长": ("maternal_child", r"健康成长"),
    "标准化建设": (GENERAL, r"标准化建设|标准化水平"),
    # The ninth reading's repeated ideas (class REP, ~10 a draft): each the narrow idea of sentences that said it
    # again in other words, in one paragraph or across parts (bench/bench_repeats.py finds them).  Most are the
    # frame's and the safeguards' own sayings, of no work area (GENERAL): a GENERAL idea leaves tie() alone.
    "医保引导": ("medical_reform", r"导向性作用|引导作用|杠杆作用|基础性作用|基础性、导向性"),
    "规范诊疗": ("medical_services", r"规范诊疗|诊疗行为|过度医疗|大处方|滥检查|处方点评|临床路径|合理用药|合理检查"),
    "就医体验": (GENERAL, r"就医体验|就医感受|看病就医的体验|看病就医的期待|改善就医环境|看病舒心|群众身边的小事|"
                      r"挂号、排队|挂号、候诊"),
    "疫情报告": ("disease_control", r"直报|早报告|及时报告|第一时间报告|迟报|漏报|瞒报|报告、处置|发现、报告|"
                                  r"报告和处置|有人盯"),
    "早发现": (GENERAL, r"早发现|早识别|早处置|早预警|早干预|早诊断|早治疗"),
    "核酸检测": ("disease_control", r"核酸"),
    "重点场所": ("disease_control", r"重点场所"),
    "母婴安全底线": ("maternal_child", r"母婴安全底线|底线工作|守牢母婴|守住母婴|守好母婴"),
    "危重救治": ("maternal_child", r"危重孕产妇|危重新生儿|救治中心|救治网络|转诊路径|转得出、接得住"),
    "儿科建设": (GENERAL, r"儿科"),
    "引育留用": ("workforce", r"留得住|留得下|留不住|愿意来|下得去|稳得住|引得进|引进一个|留住一个|引才、育才|"
                           r"育才、留才|用得好"),
    "传帮带": ("workforce", r"传帮带|搭平台|压担子|青年医生|青年医务人员"),
    "专家下沉": ("primary_care", r"坐诊带教|派驻|对口支援|对口帮扶|专家定期|到基层坐诊|巡回医疗|下沉基层|真正下沉|"
                              r"下沉到群众身边|临床带教"),
    "村卫生室布局": ("primary_care", r"村卫生室布局|单独设置|联合设置|一村一室"),
    "村卫生室达标": ("primary_care", r"合格的村卫生室|达标的卫生院|建设标准逐村|全部达标|标准化村卫生室|村卫生室标准化|"
                                  r"村卫生室建设标准|村卫生室达标|建成达标|已经达标的村卫生室"),
    "乡村一体化": ("primary_care", r"一体化管理|乡村一体化|乡村医疗卫生一体化|乡村卫生服务一体化"),
    "人才安居": ("workforce", r"住房|子女入学|安家|一人一策"),
    "学校卫生": (GENERAL, r"学校卫生|学生常见病|晨午检|因病缺课|托幼机构和学校|学校、托幼|学校、养老机构"),
    "病媒密度": ("patriotic_health", r"病媒生物密度|病媒生物监测|病媒密度|环境治理为主|药物防制为辅"),
    "中医药就近": ("tcm", r"就近享受中医药|家门口就能享受到中医药|家门口享受中医药|身边就能用上中医药|就近用上中医药"),
    "中医药进社区": ("tcm", r"进乡村、进社区|进社区、进家庭|进社区、进校园|进校园、进家庭"),
    "村卫生室运行": ("primary_care", r"运行保障机制|运行经费补助|开得了门|日常运转"),
    "村医养老": ("primary_care", r"(?:乡村医生|村医)[^，。；]{0,8}养老|老年乡村医生|后顾之忧|退出和保障"),
    "上门巡诊": ("elderly_health", r"上门巡诊|巡诊|家庭病床|上门医疗"),
    "老年体检": ("elderly_health", r"老年人健康体检|体检结果|老年人健康管理"),
    "特别扶助": ("population_family", r"特别扶助|特殊家庭|扶助关怀"),
    "生育配套": ("population_family", r"生育支持措施|生育政策配套|配套措施|生育支持政策"),
    "党建堡垒": ("party_building", r"战斗堡垒|先锋模范|当先锋|党组织建设|支部建在"),
    "资金效益": (GENERAL, r"刀刃上|资金使用效益|资金使用绩效|专款专用|资金监管|资金闲置|挪用|专项资金"),
    "关键在于落实": (GENERAL, r"关键在于落实|关键在于抓落实|关键在于狠抓落实|关键在落实|关键在于真抓实干|蓝图已经绘就|"
                            r"任务已经明确|目标任务已明|大政方针已定"),
    "一把手责任": (GENERAL, r"一把手|第一责任人|主要负责同志|主要负责人|亲自抓|亲自研究|亲自部署|亲自过问|听取汇报|负总责"),
    "责任传导": (GENERAL, r"一级抓一级|层层抓落实|目标责任书|传导压力|压力传导"),
    "销号": (GENERAL, r"销号|挂图作战"),
    "感谢干部职工": (GENERAL, r"辛勤付出|辛勤劳动|崇高的敬意|衷心的感谢|表示衷心感谢"),
    # the frame's turns from a problem to its answer, each said once: the wordings of one turn (tasks' subsections)
    # then take their turns instead of 要从解决这个问题入手 under two subheadings
    "从问题入手": (GENERAL, r"从解决这个问题入手"),
    "必须解决的问题": (GENERAL, r"必须解决的问题"),
    "首先要正视": (GENERAL, r"首先要正视"),
    "拿出过硬措施": (GENERAL, r"拿出过硬措施"),
    "逐项研究解决": (GENERAL, r"逐项研究解决"),
    "下大力气解决": (GENERAL, r"下大力气解决|下力气解决"),
    # Measures (the fifteenth session's REP, 107 of ~300 defects): what a sentence does, finer than what it is about.
    # Two wordings of one measure (「医共体内的双向转诊要有标准、有记录」 / 「完善医共体内双向转诊标准和流程」) name one
    # code here and only one is said: an area says each at most once (MEASURES, measure_again), whatever else the
    # second sentence adds.  GENERAL, so that they leave a sentence's area (tie), its subject and its score alone.
    "双向转诊": (GENERAL, r"双向转诊|上转|下转"),
    # (统一医共体内的药品目录 and 财务统一核算 beside 推进医共体内人员、财务、药品、信息统一管理: blind72's paragraph said
    # the drugs' and the money's 统一 twice over)
    "统一管理": (GENERAL, r"统一管理|目录统一|统一用药目录|人员、财务|统一人员|统一调度|统一核算|财务统一|"
                        r"统一[^，。；]{0,8}(?:药品|用药)目录"),
    "检验成效": (GENERAL, r"检验成效|检验改革成效|成效的标准|来检验|检验公立医院|检验.{0,12}成效|定期评估|评估进展|"
                        r"跟踪评估"),
    "政府办医": (GENERAL, r"政府办医|办医责任|办医投入|投入责任|政府投入"),
    "专科建设": (GENERAL, r"专科建设|重点专科|专科能力|学科建设|重点学科|特色专科|特色科室"),
    "村医培训": (GENERAL, r"轮训|乡村医生培训|村医培训|乡村医生.{0,8}(?:培训|进修)|村医.{0,8}(?:培训|进修)"),
    "村医稳定": (GENERAL, r"稳定(?:乡村医生|村医)|(?:乡村医生|村医)队伍|队伍不稳|后顾之忧|安心在村"),
    "设备": (GENERAL, r"闲置|设施设备|配置设备|设备配置|设备购置|诊疗设备|新增的设备|配齐.{0,6}设备"),
    "业务用房": (GENERAL, r"业务用房|建设标准|不达标|缺什么补什么|改造计划"),
    "产科质量": (GENERAL, r"产科质量|产科服务质量|助产技术|助产人员"),
    "部门分工": (GENERAL, r"各负其责|各司其职|分工负责"),
    "目标考核": (GENERAL, r"目标考核|目标管理|纳入.{0,12}考核|与.{0,10}考核挂钩|考核结果.{0,10}挂钩"),
    "落实方案": (GENERAL, r"实施方案|落实方案|推进方案|工作方案|具体方案|专门方案|路线图|时间表"),
    "时限责任": (GENERAL, r"完成时限|时限到|责任人|牵头人|牵头领导|分解到|落实到人|责任到岗|倒排工期|一人牵头|专人负责|"
                        r"月调度|逐项分解"),
    "会议精神": (GENERAL, r"会议精神|精神传达|学习贯彻会议|学习领会"),
    "统一思想": (GENERAL, r"统一思想|思想统一|统一到会议"),
    "开局": (GENERAL, r"开好局|起好步|良好开局"),
    "看得见": (GENERAL, r"看得见、摸得着|看得见、感受得到|看在眼里|看得见的变化|感受得到"),
    "硬骨头": (GENERAL, r"硬骨头"),
    "健康知识普及": (GENERAL, r"健康知识|防病知识|健康科普|科普"),
    "职业病": (GENERAL, r"职业病|职业健康|劳动者"),
    "流调": (GENERAL, r"流调|流行病学调查|溯源"),
    "接种点": (GENERAL, r"接种点|接种单位|接种门诊"),
    "接种管理": (GENERAL, r"预防接种规范|接种规范化|建证|建卡|接种信息"),
    "冷链": (GENERAL, r"冷链"),
    "发热门诊": (GENERAL, r"发热门诊|预检分诊"),
    "关口前移": (GENERAL, r"关口前移|治疗为主|防治结合|危险因素入手"),
    "守门人": (GENERAL, r"守门人|常见病、多发病诊疗|常见病、慢性病|小病在基层|小病不出|常见病就近"),
    "家门口": (GENERAL, r"家门口|就近看好病|就近能看|就近就能看|少往外跑"),
    "宣传栏": (GENERAL, r"宣传栏|宣传阵地|教育阵地"),
    "长效": (GENERAL, r"一阵风|长效管理|长效机制|常态长效"),
    "多重用药": (GENERAL, r"多重用药|用药指导|多病共"),
    "人员配备": (GENERAL, r"配齐配强|人员配备|配齐.{0,8}人员|招聘渠道|公开招聘|紧缺专业"),
    "督查整改": (GENERAL, r"限期整改|整改到位|跟踪复查|限期赶上|立行立改|点名通报"),
    "政策解读": (GENERAL, r"政策解读|讲清楚、讲明白|宣传解读|政策讲清楚|解读要做在前面|把政策讲清楚"),
    "聚集性疫情": (GENERAL, r"聚集性"),
    "履约": (GENERAL, r"履约|签而不约|按协议落实|按照签约协议|按签约协议"),
    "招聘": (GENERAL, r"招聘"),
    "本地生源": (GENERAL, r"本地生源|本地学生|本乡本村|本地、愿意|回乡服务|乡来乡去"),
    "功能定位": (GENERAL, r"功能定位|责任分清|分工协作|各级医疗机构的分工"),
    # … and the fifteenth reading's (reading15.md, 80 REP rows): each the one measure its quotes said twice or more
    "常态化防控": (GENERAL, r"常态化疫情防控|常态化防控"),
    "实验室": (GENERAL, r"实验室"),
    "医防协作": (GENERAL, r"人员交流|信息互通|人员互动|协同工作的机制|医防融合|人员通、信息通|信息通、资源通|指导医疗机构|"
                         r"到医疗机构开展业务指导"),
    "季节防病": (GENERAL, r"汛期|节假日|重大节日|流行季节|高发季节|高发期|季节性"),
    "运行保障": (GENERAL, r"运行保障|正常运行|财政补助|运行经费|列入预算|纳入.{0,4}预算"),
    "约谈": (GENERAL, r"约谈"),
    "议事日程": (GENERAL, r"议事日程"),
    "医疗安全": (GENERAL, r"安全底线|核心制度"),
    "防止反弹": (GENERAL, r"防止反弹|防止问题反弹|回头看"),
    "普惠托育": (GENERAL, r"普惠托育|普惠性托育|送得起|承受得起"),
    "婚前孕前": (GENERAL, r"婚前|孕前"),
    "消防": (GENERAL, r"消防"),
    "危险因素": (GENERAL, r"危险因素"),
    "中医适宜技术": (GENERAL, r"简便验廉|简、便、验、廉|适宜技术"),
    "改厕": (GENERAL, r"改厕|厕所革命"),
    "艾滋病": (GENERAL, r"艾滋病"),
    "能力评价": (GENERAL, r"服务能力评价|优质服务基层行|服务能力标准"),
    "大数据": (GENERAL, r"大数据|用数据"),
    "不等不靠": (GENERAL, r"等靠要|不等不靠"),
    "不负期待": (GENERAL, r"辜负|信任和群众的期待|回报组织"),
    "会议内容": (GENERAL, r"分析了?面临的形势|部署了?今年的"),
    "定向协议": (GENERAL, r"服务协议|培养协议|签订.{0,6}协议|按协议"),
    "人才引进": (GENERAL, r"人才引进|引进人才|引进、培养|引进的急需"),
    "稳住队伍": (GENERAL, r"稳住.{0,8}队伍|稳定.{0,6}技术队伍|人才流失"),
    # The second wave's new measures (len9): each a distinct thing a commission does, written where an area's pool ran
    # dry on held-out rich briefs (医改 at a county in 2012–2017, 基层卫生, 人口家庭, 健康扶贫, 妇幼, 公共卫生, 老年健康)
    "大型设备": (GENERAL, r"大型医用设备"),
    "床位规模": (GENERAL, r"床位规模"),
    "社会办医": (GENERAL, r"社会办医|社会力量办医|社会资本办医"),
    "多点执业": (GENERAL, r"多点执业"),
    "院长培训": (GENERAL, r"院长职业化|院长.{0,4}培训|职业化管理培训"),
    "设置规划": (GENERAL, r"设置规划"),
    "网上采购": (GENERAL, r"网上采购|网下采购|集中采购平台"),
    "网点布局": (GENERAL, r"服务网点"),
    "基层减负": (GENERAL, r"重复录入|填表报数"),
    "基层院长": (GENERAL, r"基层医疗卫生机构负责人|院长岗位"),
    "全科转岗": (GENERAL, r"转岗培训"),
    "处方管理": (GENERAL, r"处方检查|处方管理"),
    "流动人口": (GENERAL, r"流动人口"),
    "两非": (GENERAL, r"性别比|胎儿性别鉴定|选择性别|两非"),
    "托育备案": (GENERAL, r"登记备案|备案管理"),
    "计生协": (GENERAL, r"计划生育协会|计生协"),
    "托育指导": (GENERAL, r"保健业务指导"),
    "育儿指导": (GENERAL, r"科学育儿|育儿指导"),
    "分类救治": (GENERAL, r"分类救治|三个一批"),
    "扶贫健康教育": (GENERAL, r"贫困村、贫困户"),
    "扶贫核查": (GENERAL, r"定期核查"),
    "母婴阻断": (GENERAL, r"母婴传播|母婴阻断"),
    "资金拨付": (GENERAL, r"资金拨付"),
    "档案开放": (GENERAL, r"向本人开放|查询本人的健康档案"),
    "公卫职责": (GENERAL, r"公共卫生职责|防保科"),
    "收支差额": (GENERAL, r"收支差额|多渠道补偿"),
    "基药到村": (GENERAL, r"向村卫生室延伸|实行基本药物制度的村卫生室"),
    "门诊统筹": (GENERAL, r"门诊统筹"),
    "大病保障": (GENERAL, r"重大疾病保障|重大疾病医疗保障"),
    "即时结报": (GENERAL, r"即时结报"),
    "定点管理": (GENERAL, r"准入和退出管理|定点医疗机构的准入"),
    "签约团队": (GENERAL, r"签约服务团队"),
    "健康评估": (GENERAL, r"健康评估|健康管理方案"),
    "在线服务": (GENERAL, r"在线咨询"),
    "远程扶贫": (GENERAL, r"远程医疗要?向贫困村"),
    "托育评估": (GENERAL, r"托育服务质量评估|托育机构开展评估"),
    "入托体检": (GENERAL, r"入托前|入托健康检查|卫生评价"),
    "婚育新风": (GENERAL, r"婚育新风|婚育观念"),
    "人口研究": (GENERAL, r"人口发展战略|人口发展研究"),
    "晋升前下基层": (GENERAL, r"晋升前"),
    "执业校验": (GENERAL, r"执业登记|校验管理"),
    # (the twenty-second reading: 规范医疗机构广告和诊疗信息发布 … 要规范医疗广告发布，严厉查处虚假宣传 in one item)
    "医疗广告": (GENERAL, r"医疗广告|机构广告|广告和诊疗信息|广告发布|虚假宣传|虚假广告"),
    "参合筹资": (GENERAL, r"参合筹资|自愿参合"),
    "住院核查": (GENERAL, r"身份核查|冒名住院"),
    "基层综改": (GENERAL, r"基层医疗卫生机构综合改革|运行新机制"),
    "科室承包": (GENERAL, r"科室承包|超范围执业"),
    "民营监管": (GENERAL, r"民营医疗机构"),
    "医德考评": (GENERAL, r"医德考评"),
    "功能社区": (GENERAL, r"功能社区"),
    "转诊优先": (GENERAL, r"优先接诊|优先住院"),
    "基层急救": (GENERAL, r"初步处置"),
    "延时服务": (GENERAL, r"延时服务|错时服务"),
    "慢病衔接": (GENERAL, r"慢病管理衔接"),
    "人口信息": (GENERAL, r"人口信息"),
    "备孕指导": (GENERAL, r"备孕"),
    "边查边改": (GENERAL, r"边查边改|立查立改"),
    "全覆盖检查": (GENERAL, r"全覆盖检查"),
    "等级评审": (GENERAL, r"等级评审"),
    "法治教育": (GENERAL, r"法治教育"),
    "医疗美容": (GENERAL, r"医疗美容"),
    # The twenty-second reading's repeats: one measure said two or three times in an item or across items, in words the
    # table above did not join (院前院内衔接 ×3, 疫苗追溯 ×3, 补种 ×2, 三道关口 and 三级预防 …); 中医药就近 (above) is one too
    "院内衔接": (GENERAL, r"院前院内|院前急救和院内|院前.{0,8}院内"),
    "疫苗追溯": (GENERAL, r"可追溯|全程追溯|追溯"),
    "补种": (GENERAL, r"补种"),
    "三级预防": (GENERAL, r"三级预防|三道关口"),
    "中医特色": (GENERAL, r"突出中医特色|以中医为主|中医特色优势|特色优势"),
    "护理服务": (GENERAL, r"优质护理|责任制整体护理|护理服务质量"),
    "调价原则": (GENERAL, r"有升有降|总量控制、结构调整|逐步到位"),
    "出院随访": (GENERAL, r"出院.{0,10}随访|出院后.{0,6}有人管"),
    "常用药": (GENERAL, r"常用药"),
    "哨点监测": (GENERAL, r"哨点"),
    # the twenty-seventh reading's (p1, p3, p5: 慢病 judged by control, not by files, in two items running)
    "慢病实效": (GENERAL, r"控制住了没有|控制得怎么样|重数量轻质量|重建档轻管理|建档和随访的次数|建档数量|建了多少档"),
    # pair43's repeats, each one measure said twice in an item in other words (z1: 薪酬要体现多劳多得、优绩优酬 after
    # 让干得多、干得好的多得; 对照能力标准…争创推荐标准 after 对照服务能力标准逐项缩小差距; z2: 推行日间手术 twice)
    "多劳多得": (GENERAL, r"多劳多得|优绩优酬|干得多、干得好"),
    "能力标准": (GENERAL, r"服务能力标准|能力标准|推荐标准"),
    "日间手术": (GENERAL, r"日间手术"),
    # (sec42's y2: 防止贪大求洋 and 注重实用，防止盲目攀比 in one paragraph on the clinics' buildings and equipment)
    "不搞攀比": (GENERAL, r"贪大求洋|盲目攀比|不搞攀比|讲求实用|注重实用"),
}
# The measure codes above: an area says each once (measure_again); the first said bars every other wording of it,
# even one that adds something new (the old rule barred a measure only when all its narrow ideas were said).
MEASURES = frozenset({"双向转诊", "统一管理", "检验成效", "政府办医", "专科建设", "村医培训", "村医稳定", "设备", "业务用房",
                      "产科质量", "部门分工", "目标考核", "落实方案", "时限责任", "会议精神", "统一思想", "开局", "看得见",
                      "硬骨头", "健康知识普及", "职业病", "流调", "接种点", "接种管理", "冷链", "发热门诊", "关口前移",
                      "守门人", "家门口", "宣传栏", "长效", "多重用药", "人员配备", "督查整改", "政策解读", "聚集性疫情",
                      "履约", "招聘", "本地生源", "功能定位", "实验室", "医防协作", "季节防病", "运行保障",
                      "约谈", "议事日程", "医疗安全", "防止反弹", "普惠托育", "婚前孕前", "消防", "危险因素", "中医适宜技术",
                      "改厕", "艾滋病", "能力评价", "大数据", "不等不靠", "不负期待", "会议内容",
                      "上门服务", "康复医疗", "少跑腿", "特别扶助", "计生特殊家庭", "安宁疗护", "健康体检", "重点场所",
                      "结核病", "免疫规划", "互联互通", "定向协议", "人才引进", "稳住队伍", "待遇",
                      # the narrow ideas of the table above that are one measure each, not a subject
                      "结果互认", "预约诊疗", "定向培养", "村卫生室达标", "乡村一体化", "人才安居", "专家下沉",
                      "规范诊疗", "疫情报告", "应急演练", "应急预案", "应急物资", "孕产妇健康教育", "基层取药",
                      "康复护理床位", "上门巡诊", "老年体检", "生育配套", "危重救治", "标准化建设", "病媒密度",
                      "中医药进社区", "村卫生室运行", "村医养老", "台账", "跟踪问效", "总结推广", "部门协同", "向基层倾斜",
                      "调查研究", "群众实惠",
                      # the second wave's (len9): each its own code, said once in an area like every measure
                      "大型设备", "床位规模", "社会办医", "多点执业", "院长培训", "设置规划", "网上采购",
                      "网点布局", "基层减负", "基层院长", "全科转岗", "处方管理", "流动人口", "两非", "托育备案",
                      "计生协", "托育指导", "育儿指导", "分类救治", "扶贫健康教育",
                      "扶贫核查", "母婴阻断", "资金拨付", "档案开放",
                      "公卫职责", "收支差额", "基药到村", "门诊统筹", "大病保障", "即时结报", "定点管理", "签约团队",
                      "健康评估", "在线服务", "远程扶贫", "托育评估", "入托体检", "婚育新风", "人口研究", "晋升前下基层",
                      "执业校验", "医疗广告", "参合筹资", "住院核查", "基层综改", "科室承包", "民营监管",
                      "医德考评", "功能社区", "转诊优先", "基层急救", "延时服务", "慢病衔接", "人口信息", "备孕指导",
                      "边查边改", "全覆盖检查", "等级评审", "法治教育", "医疗美容",
                      "院内衔接", "疫苗追溯", "补种", "三级预防", "中医药就近", "中医特色", "护理服务", "调价原则",
                      "出院随访", "常用药", "哨点监测", "慢病实效",
                      # (the twenty-seventh reading: 创建社区医院 and 社区医院建设要坚持标准 in one item)
                      "社区医院", "多劳多得", "能力标准", "日间手术", "不搞攀比"})
# Ideas a speech says once: the frame's and the safeguards' sayings (关键在于落实, 一把手是第一责任人, 资金用在刀刃上)
# and the slogans that close a measure (留得住, 守牢母婴安全底线, 为青年医生搭平台).  Said a second time anywhere, in any
# words, they are what the readers mark first; the picker refuses them (Picker.said_once) and the templates' own
# wordings prefer an option that does not say one again (Picker.vary).
ONCE = frozenset({"医保引导", "母婴安全底线", "引育留用", "资金效益", "关键在于落实", "一把手责任", "责任传导", "销号",
                  "感谢干部职工", "传帮带", "村卫生室布局", "就医体验", "从问题入手", "必须解决的问题", "首先要正视",
                  "拿出过硬措施", "逐项研究解决", "下大力气解决",
                  # the procedural lines (台账, 考核, 时限, 方案) and the frame's set turns the readers counted four to six
                  # times a speech, and a pledge's study-the-spirit said several ways
                  "台账", "目标考核", "落实方案", "时限责任", "会议精神", "统一思想", "开局", "看得见", "硬骨头",
                  "调查研究", "检验成效", "政府办医", "议事日程", "不等不靠", "不负期待", "会议内容",
                  # (不让群众…来回跑 / 两头跑 / 少跑腿: blind52's reader named it a folksy add-on in two paragraphs)
                  "少跑腿"})
# … of which these are the safeguards' own (组织领导, 投入保障, 督查考核) and the closing's: a task's measure saying one
# (财政部门要…确保资金用在刀刃上 under 公共卫生) takes it from the part where it belongs, which then has one thing less to say.
SAFEGUARDS_OWN = frozenset({"资金效益", "关键在于落实", "一把手责任", "责任传导", "销号", "目标考核", "时限责任", "落实方案"})
# Ideas broad enough that distinct measures share them (住院医师规范化培训 and 进修 are both 培训): the templates'
# own measures may name them again; only narrow ones (公益性, 高危孕产妇, 医防协同) are a repeat the second time.
BROAD = frozenset({"人才引育", "队伍", "培训", "传染病", "慢性病", "健康管理", "卫生院", "宣传引导", "控费", "应急",
                   "基本公共卫生", "医疗质量", "信息化", "健康教育", "党风廉政", "中医药", "老龄", "人口", "爱国卫生",
                   "监督执法", "疾控机构", "儿童保健", "妇幼机构", "绩效考核", "村医", "药品供应",
                   "预防接种", "助产救治", "出生缺陷", "引育留用"})
# The measure codes are broad to every rule but their own (measure_again): a sentence naming one is still new where
# the older rules judge it by its subject (it names no narrow idea of an item, of another subsection, or of the speech).
CODES = frozenset(list(_TABLE)[list(_TABLE).index("双向转诊"):])
BROAD = BROAD | CODES
# Every idea's words asked at once (model.wordsets: the same answers as a regex per idea, without compiling 90).
_IDEAS = tuple(_TABLE)
_WORDS = WordSets(words for _, words in _TABLE.values())
# The ideas of the bank's entries and the templates' own wording, worked out when the package was made
# (prepared/ideas.marshal, made by prepared/make.py; used while this table and its matcher are what made it).
KNOWN = prepared.Answers("ideas", lambda: prepared.digest(prepared.source_of(__file__),
                                                         prepared.source_of(wordsets.__file__)))
AREA_OF = {idea: area for idea, (area, _) in _TABLE.items()}

# Areas whose work overlaps so much that one's ideas are at home in the other's paragraph (慢性病 in 基层卫生,
# 家庭医生签约 in 深化医改 and in 基层卫生).
_AKIN = (
    frozenset({"public_health", "disease_control", "emergency", "health_promotion", "primary_care", "elderly_health"}),
    frozenset({"medical_reform", "primary_care", "medical_services", "informatization"}),
    frozenset({"health_poverty", "medical_reform", "primary_care"}),
    frozenset({"workforce", "party_building", "medical_services"}),
    frozenset({"maternal_child", "population_family", "public_health"}),
    frozenset({"patriotic_health", "health_promotion"}),
    frozenset({"regulation", "medical_services", "medical_reform"}),
)


# Areas whose business is theirs alone: a sentence naming one is out of place in another area's paragraph
# even when it also names that area (把爱国卫生工作纳入突发公共卫生事件应急处理机制 under 公共卫生).
DISTINCT = frozenset({"patriotic_health", "tcm", "maternal_child", "party_building", "elderly_health",
                      "population_family", "work_safety", "emergency", "health_poverty"})


def akin(area: str, other: str) -> bool:
    """Whether ``other``'s ideas are at home in ``area``'s paragraph."""
    return area == other or any(area in group and other in group for group in _AKIN)


# The share of a sentence's ideas already said at or above which it is the same thing said again.
REPEAT_SHARE = 0.5


@lru_cache(maxsize=65536)
def ideas_of(text: str) -> frozenset[str]:
    """The ideas ``text`` names (see the table above); empty for a sentence naming none."""
    known = KNOWN.get(text)
    return frozenset(_IDEAS[i] for i in (idea_indices(text) if known is None else known))


def idea_spans(text: str, idea: str) -> list[tuple[int, int]]:
    """Where ``text`` names ``idea`` (its words' start and end), first to last; none for an idea not in the table."""
    entry = _TABLE.get(idea)
    return [] if entry is None else [m.span() for m in re.finditer(entry[1], text)]


def idea_indices(text: str) -> list[int]:
    """The ideas of ``text`` as their places in the table, worked out (``ideas_of`` may look them up)."""
    return sorted(_WORDS.found(text))


def repeats(text: str, said: Iterable[str]) -> bool:
    """Whether ``text`` mostly says ideas already ``said`` (REPEAT_SHARE of its ideas or more), or says again one of
    the measures (MEASURES) said: one measure in other words, whatever the sentence adds."""
    mine = ideas_of(text)
    if not mine:
        return False
    before = set(said)
    return bool(mine & MEASURES & before) or len(mine & before) / len(mine) >= REPEAT_SHARE


# How often an area says a measure the brief did not ask for: once.  Raising it to 2 trades repeats for length where an
# area's pool runs dry (held-out fresh briefs, seed 1: f2 0.84 -> 0.91 of target, f1 0.78 -> 0.81).
MEASURE_SAYS = 1
# A bureau's work report deploys the whole system's year at ~8,000 characters, every area in detail: its areas may say a
# measure twice (the shipped work_report sample fell to 0.83 of its target at once; the readers mark repeats least in
# reports).  Speeches keep MEASURE_SAYS.
REPORT_MEASURE_SAYS = 2
# How often an area's sentences may name a measure that is the brief's own item (做好老年人健康管理): the item is then
# carried out in other measures, not said four times over (the fifteenth reading: 老年人健康管理 ×4 in a paragraph).
OWN_SAYS = 4
# … and one the brief's problem names (村医队伍青黄不接: 稳定村医队伍): answered, not answered again and again.
ANSWER_SAYS = 2


def measure_again(ideas: frozenset[str], said: Mapping[str, int] | Iterable[str], own: Iterable[str] = (),
                  answering: Iterable[str] = (), says: int = MEASURE_SAYS) -> bool:
    """Whether a sentence naming ``ideas`` says again a measure (MEASURES) already ``said`` in its area (with how
    often, where ``said`` counts); a measure the brief's own item names (``own``) may be said OWN_SAYS times, one its
    problem names (``answering``) ANSWER_SAYS times."""
    again = ideas & MEASURES
    if not again:
        return False
    counts = said if isinstance(said, Mapping) else dict.fromkeys(said, 1)
    mine, asked = set(own), set(answering)
    return any(counts.get(x, 0) >= (OWN_SAYS if x in mine else ANSWER_SAYS if x in asked else says)
               for x in again)


@lru_cache(maxsize=65536)
def tie(text: str, area: str) -> str:
    """How ``text`` relates to the work area ``area``: ``own`` (it names one of the area's ideas or
    registry words, or an akin area's), ``other`` (it names only other areas'), ``none`` (no area's at all: filler)."""
    mine = ideas_of(text)
    about = classify(text)
    foreign = {AREA_OF[i] for i in mine} - {GENERAL}
    foreign = {a for a in foreign if not akin(area, a)}
    if foreign & DISTINCT:
        return "other"          # 爱国卫生 in the 公共卫生 paragraph: that area's own business
    if any(akin(area, a) for a in about) or any(akin(area, AREA_OF[i]) for i in mine):
        return "own"
    if about or any(AREA_OF[i] != GENERAL for i in mine):
        return "other"
    return "none"


# --- the same idea in other words, by its content (issue 13, REP; the fifteenth session's readers, round 35) ------
# The table above sees an idea only where it has a code; a sentence whose content words another sentence of its item
# already said is that idea again whatever its code (今年要着力实施基层中医药服务能力提升工程。要加强基层中医药服务能力
# 建设。; 增加普惠性托育服务供给。… 增加普惠托育服务供给).  A sentence's content is its character pairs once the words any
# sentence carries (加强, 推进, 服务, 能力, 建设, 工作 …) and the function characters are gone.
_STOCK = re.compile(r"进一步|切实|着力|不断|持续|扎实|全面|深入|大力|积极|加快|加强|推进|推动|提升|提高|完善|健全|做好|"
                    r"抓好|做实|抓实|落实|强化|筑牢|夯实|巩固|规范|优化|确保|保障|实现|建设|发展|工作|水平|能力|服务|体系|"
                    r"管理|机制|制度|今年|年内|各项|有效|及时|更加|真正|重点|任务|开展|实施|建立|群众|"
                    r"人民|进行|有关|相关|问题|方面|一批|全县|全区|全市|全镇|全乡|全旗|各级|继续|努力|力争|认真|严格|"
                    r"坚持|注重|重视|要求|作用|发挥|充分|形成|保持|促进|同时|还要|必须|需要|进而|从而|以及|并且")
_FUNCTION = frozenset("的和与及要把对在是将为以了都等让使从向也还并其这此该之所被给于由而又就个些")
# Pairs every sentence of a health speech holds, left out as words but kept in their compounds (村卫生室: 村卫, 生室).
_COMMON_PAIRS = frozenset(("卫生", "健康", "医疗", "医院", "机构"))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# The share of a clause's content pairs an earlier sentence of its item holds, at or above which the clause says that
# sentence's idea again; and the fewest pairs a clause needs to be judged (旨在 alone says nothing to repeat).
SAME_SHARE = 0.75
SAME_MIN_PAIRS = 3


# The bodies a duty is given to: two duties for one body share its name, not an idea (基层医疗卫生机构要… twice).
_BODIES = re.compile(r"基层医疗卫生机构|医疗卫生机构|医疗卫生单位|医疗机构|助产机构|乡镇卫生院|社区卫生服务中心|卫生院|"
                     r"牵头医院|公立医院|疾控中心|妇幼保健院|卫生健康局|卫生健康部门|有关部门")


@lru_cache(maxsize=65536)
def content_pairs(text: str) -> frozenset[str]:
    """The content of ``text`` as character pairs: bodies' names (_BODIES), stock words (_STOCK) and function characters
    left out."""
    out: set[str] = set()
    for piece in _HAN_RUN.findall(_STOCK.sub("|", _BODIES.sub("|", text))):
        for i in range(len(piece) - 1):
            pair = piece[i:i + 2]
            if pair[0] not in _FUNCTION and pair[1] not in _FUNCTION and pair not in _COMMON_PAIRS:
                out.add(pair)
    return frozenset(out)


def said_share(text: str, before: frozenset[str] | set[str]) -> float:
    """The share of ``text``'s content pairs that ``before`` (pairs said already) holds; 0 for a text of fewer than
    SAME_MIN_PAIRS."""
    mine = content_pairs(text)
    if len(mine) < SAME_MIN_PAIRS:
        return 0.0
    return len(mine & before) / len(mine)


def same_idea(text: str, before: frozenset[str] | set[str]) -> bool:
    """Whether ``text`` (a sentence or a clause) says again what the pairs ``before`` said: SAME_SHARE of its content
    or more (要加强基层中医药服务能力建设 after 实施基层中医药服务能力提升工程)."""
    return said_share(text, before) >= SAME_SHARE


def clauses_again(sentence: str, before: frozenset[str] | set[str]) -> list[bool]:
    """For each clause of ``sentence`` (cut at ，；), whether it says again what ``before`` said (same_idea)."""
    return [same_idea(c, before) for c in re.split(r"[，；]", sentence.rstrip("。！？"))]


# A measure says again what one measure of its item said before it (said_before): its whole content mostly
# (SENTENCE_SAME of the pairs outside its item's words, the item being its subject) or one clause of it almost wholly
# (SAME_SHARE, a clause of CLAUSE_MIN_PAIRS or more with no figure).  Beyond its item (its area's other measures, the
# speech's) only the whole sentence counts, and more strictly (SPEECH_SAME): 乡村医生轮训 under 村医 and 加强乡村医生培训
# under 公共卫生.  (Judging every clause against the whole area refused so many measures that work reports fell below
# 0.85 of their length and subsections filled with standing items.)
SENTENCE_SAME = 0.6
SPEECH_SAME = 0.7
CLAUSE_MIN_PAIRS = 5
# A purpose said last (让群众…, 形成…的合力) serves the measure; the measure itself is what is judged.
_PURPOSE = re.compile(r"^(?:让|使|形成|确保|为|以便|从而|进而|助推|促进)")
_FIGURE = re.compile(r"\d")


def said_before(text: str, area: Iterable[frozenset[str]], speech: Iterable[frozenset[str]] = (),
                subject: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` says again what one of the measures said in its item (``area``: their content pairs) or in the
    rest of its area and the speech (``speech``) said; ``subject``, the pairs of its item's words, is what its
    measures are about, not a repeat."""
    mine = content_pairs(text) - subject
    if len(mine) < SAME_MIN_PAIRS:
        return False
    clauses = [content_pairs(c) - subject for c in re.split(r"[，；]", text.rstrip("。！？"))
               if not _FIGURE.search(c) and not _PURPOSE.match(c)]
    clauses = [c for c in clauses if len(c) >= CLAUSE_MIN_PAIRS]
    for before in area:
        if len(mine & before) >= SENTENCE_SAME * len(mine) or any(len(c & before) >= SAME_SHARE * len(c) for c in clauses):
            return True
    return any(len(mine & before) >= SPEECH_SAME * len(mine) for before in speech)
