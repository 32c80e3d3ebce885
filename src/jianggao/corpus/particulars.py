"""Particular names a bank entry may not carry (another county's place, person or unit), found with jieba's tags.

Why jieba: it installs from PyPI as pure Python with its dictionary inside (no model download, runs offline),
tags places ``ns``, person names ``nr`` and organisations ``nt`` from a dictionary that holds every Chinese
county and town, and its HMM finds person names it has never seen. On speech text its tags over-fire
(弘扬/nr, 城市/ns), so a tag is evidence only together with the shape of a name: a place word with a proper
stem before its 县/镇/村, a never-seen word that starts with a surname, a unit ending in 医院/公司.
Pinned HanLP/LTP models would be stronger but download hundreds of MB; the regex rules in generalize.py
stay the first line and this the second.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

_SUFFIX = "省市县区镇乡村旗州盟屯"
# Words jieba tags ns/nr/nt on speech text that name nothing particular.
_COMMON = frozenset("""
城市 中国 广大干部 新建 城镇 惠及 城中村 满意度 普及 滑坡 神圣 四中 三中 五中 深度 东西 中东 的国 土建 长安 治本 立马 日志
广度 扎根 爱国 上岗 重镇 江湖 开黑店 依法治国 深水 花钱买 大国 同城 多角度 余本 山镇 中镇 大城市 偏远地区 西北地区 各省市
各县区 各乡镇 自治县 自治区 新城区 高新区 百强县 全国 全省 全市 全县 全区 城乡 乡镇 乡村 农村 社区 城区 县城 地区 基层 东部
西部 中部 南方 北方 沿海 内地 边远 山区 牧区 农区 老区 街道 社区卫生 卫生镇 卫生村 卫生县 卫生城 文明城 健康城
保健 党风廉政 惠民 许可 廉政 建立健全 弘扬 大力支持 养老 幸福家庭 广大群众 杜绝 督促检查 文明 爱卫办 许可证 福祉 爱卫 明显提高
纪检监察 宣传教育 关怀 拓宽 谢谢 艾稳 严肃处理 采取措施 广泛开展 托幼 严格考核 加强监督 文明卫生 卓越 从严治党 诸如 严格执行
施策 比武 老大难 西医 智慧 荣获 宣传周 努力创造 光荣 齐全 新高潮 严肃查处 小康 严于律己 隆重召开 托育 马拉松赛 明显增强 比超
包村 晋升 练兵 官德 德政 常鸣 花名册 张榜 严格管理 公正 严肃性 边远 阳光 家庭幸福 宣传部 文明办 尚德 爱婴 明查暗访 宣传单
明显改善 周密安排 宣传栏 思路清晰 明珠 周全 子孙 越权 许可法 承诺制 严格纪律 爱岗敬业 红帽子 钱财 市场秩序 高潮 任重道远
博士生 多渠道 高素质 大比武 祝贺 高达 清正廉洁 严峻考验 周密 克难 康复 师承 明白 明白人 崇高 科普 二十大 托底 努力提高
多劳多得 习近平 毛泽东 邓小平 马克思 列宁 卫生院 公立医院 卫生室 中医院 中医医院 儿童医院 专科医院 妇幼保健院 人民医院
公共场所 国务院 联合体 人民政府 党组织 党中央 共青团 全国人大 中共中央 住院医师 统一安排 公共财政 非政府 信息中心 上市公司
医疗集团 中医学 新进展 大力开展 中医中药 党和政府 党委政府 中国化 全委会 同志会 卫生局 卫计局 建设局 财政局 交通局 公安局
华佗 扁鹊 雷锋 焦裕禄 白求恩 南丁格尔 林巧稚 新时代 新征程 中华 中华民族 华夏 神州 长城 长江 黄河
""".split())
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                      "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
                      "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
                      "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
                      "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
                      "明佘池乔查麻苑迟邝")
_TITLE_AFTER = re.compile(r"^(?:副?(?:局长|书记|主任|县长|区长|市长|省长|厅长|院长|部长|科长|处长|镇长|乡长|旗长|州长)|同志|主席|委员)")
_UNIT_END = re.compile(r"(?:医院|卫生院|医疗集团|公司|集团|学校|中学|小学|大学|学院|电视台|报社)$")


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return posseg, jieba.dt.FREQ


def particular_name(text: str) -> str | None:
    """The first particular place, person or unit name in ``text`` (slots ignored), or None."""
    body = re.sub(r"\{[a-z_]+\}", "，", text)
    posseg, freq = _tagger()
    pairs = [(p.word, p.flag) for p in posseg.lcut(body)]
    for index, (word, flag) in enumerate(pairs):
        if len(word) < 2 or word in _COMMON:
            continue
        after = "".join(w for w, _ in pairs[index + 1:index + 3])
        if flag == "ns":
            if word[-1] in _SUFFIX:
                stem = word[:-1]
                if len(stem) >= 2 and not stem.startswith(("各", "全", "本", "我", "该", "外", "邻")):
                    return word
                continue
            return word
        if flag in ("nr", "nrfg", "nrt"):
            unseen = word not in freq or not freq.get(word)
            if _TITLE_AFTER.match(after) and word[0] in _SURNAMES:
                return word
            if unseen and 2 <= len(word) <= 3 and word[0] in _SURNAMES:
                return word
        if flag in ("nt", "nz") and _UNIT_END.search(word) and len(word) >= 4:
            return word
        if flag in ("nt", "nz", "ns", "nr") and _UNIT_END.match(after) and word[0] not in "各全本该":
            return word + after
    return None
