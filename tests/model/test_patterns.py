"""model.patterns: a word list asked with ``in`` says what its regex says; a lazy pattern is the regex."""
import re

import pytest

from jianggao.compose import voice
from jianggao.model.patterns import Lazy, Words, matcher, plain_words

TEXTS = ["", "各乡镇卫生院要加强健康危害因素监测", "县人社局要落实村医补助", "卫生室", "积极争取财政投入",
         "推进医保支付方式改革。", "所", "某某研究所", "a|b", "职业病防治所\n"]


def test_plain_words():
    assert plain_words("医院|卫生院|所长")
    assert not plain_words("医院||卫生院")
    assert not plain_words("所$")
    assert not plain_words("各乡镇(?!卫生院)")
    with pytest.raises(ValueError):
        Words("a.b")


@pytest.mark.parametrize("pattern", ["医院|医疗机构|卫生院", "人社", "城乡规划|小区配套|场地、补助|村（居）", "a|b"])
def test_words_answer_as_the_regex(pattern):
    for text in TEXTS:
        assert Words(pattern).search(text) == bool(re.search(pattern, text))


def test_lazy_is_the_regex():
    lazy = Lazy(r"(?<=[，；。])")
    assert lazy._compiled is None
    assert lazy.split("甲，乙。丙") == re.split(r"(?<=[，；。])", "甲，乙。丙")
    assert lazy.compiled is lazy.compiled
    assert isinstance(matcher("各镇(?!卫生院)"), Lazy) and isinstance(matcher("医院|卫生院"), Words)


def test_voice_word_lists_answer_as_their_regexes():
    """Every pattern voice keeps as a word list says what its regex said, on voice's own words."""
    lists = [p for pair in voice._WRONG_ACTOR for p in pair if isinstance(p, Words)]
    lists += [v for v in vars(voice).values() if isinstance(v, Words)]
    assert len(lists) > 15
    texts = TEXTS + [w for ws in lists for w in ws.words] + [w[1:] for ws in lists for w in ws.words]
    for ws in lists:
        regex = re.compile(ws.pattern)
        for text in texts:
            assert ws.search(text) == bool(regex.search(text))


@pytest.mark.parametrize("who", ["", "县委、县政府", "县卫生健康局", "县人民医院", "县疾病预防控制中心", "县卫生监督所",
                                 "县卫生监督所\n", "县卫生监督所办公室", "市卫生健康委员会", "镇政府"])
def test_role_of_on_behalf_of(who):
    """role_of's ``in`` tests are its regexes (所$ included: the end, or before a last newline)."""
    def old(who: str) -> str | None:
        if who and re.search(r"[省市县区旗州盟乡镇]委|政府|办事处|行政公署|党工委", who) \
                and not re.search(r"局|委员会|卫健委|卫计委|中心|医院", who):
            return voice.GOVERNMENT
        if who and re.search(r"医院|中心|卫生院|保健院|所$", who):
            return voice.UNIT
        if who and re.search(r"局|卫健委|卫计委|委员会", who):
            return voice.BUREAU
        return None
    expected = old(who)
    if expected is not None:
        assert voice.role_of("", who, "县") == expected


def test_needs_drop_before_is_its_regex():
    """needs._drops_before checks in Python the CJK character the regex's class did."""
    import random

    from jianggao.compose import needs

    old = re.compile(r"^(?:要|必须)(?!看|认识|清醒|明白|知道|记住|相信|懂得|有|是|敢|能|会|靠|像|讲|想|求|使|"
                     r"[，、：；])[\u4e00-\u9fff]")
    chars = "要必须看认识有是，、：；把以对加强a1 \u4e00\u9fff\u3400\ua000"
    rng = random.Random(1)
    for _ in range(20000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 5)))
        assert needs._drops_before(s) == bool(old.match(s)), s
