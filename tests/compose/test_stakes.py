"""compose.stakes: what a brief's problem costs if it stays, one line of reasoning from the wording table."""
from pathlib import Path

import pytest
import yaml

from jianggao.compose.stakes import stake_of

TABLE = yaml.safe_load((Path(__file__).resolve().parents[2] / "templates" / "wording" / "problem_stakes.yaml")
                       .read_text(encoding="utf-8"))


@pytest.mark.parametrize("problem, word", [
    ("村医养老保障不落实", "村医"),
    ("乡村医生队伍老化，年龄结构不合理", "村医"),
    ("社区卫生服务中心全科医生不足", "人"),
    ("县级医院重点专科偏少", "外转"),
    ("基层医疗服务能力仍然薄弱，群众就医“舍近求远”现象依然存在", "基层"),
    ("部分乡镇卫生院基本公共卫生服务项目进度偏慢", "基本公共卫生服务"),
    ("基层传染病监测预警能力薄弱", "监测预警"),
    ("家庭医生签约履约质量不高", "签"),
    ("托育服务供给不足", "托育"),
    ("部分城乡结合部环境卫生脏乱差", "病媒"),
    ("牧区群众看病就医路途远", "路"),
    ("疾控机构人员编制不足，专业人才流失", "疾控"),
    # the stake is of the problem's own subject (the twenty-third reading: 政策知晓率不高 weighed by 因病返贫)
    ("健康扶贫政策群众知晓率不高", "知道"),
    ("儿科、精神科等紧缺专业医生不足", "儿科"),
    ("社区卫生服务中心全科医生流失", "流失"),
    ("流动人口计划生育服务管理薄弱", "流动人口"),
    ("病媒生物防制常态化不够", "反弹"),
])
def test_a_known_kind_of_problem_gets_the_stake_of_its_own_kind(problem, word):
    text = stake_of(problem, TABLE)
    assert text and any(word in t or word == "人" for t in text.split("‖")), (problem, text)


def test_a_problem_the_table_does_not_know_gets_no_stake():
    assert stake_of("医疗机构安全生产隐患排查不够彻底", TABLE) == ""
    assert stake_of("", TABLE) == ""


def test_every_stake_is_reasoning_not_a_fact_of_the_place():
    # no figure, no place, no claim of what was done: each line is what follows if the problem stays
    for entry in TABLE:
        assert entry["when"] and entry["text"]
        for t in entry["text"].split("‖"):
            assert t.endswith("。") and not any(c.isdigit() for c in t), t
            assert not any(w in t for w in ("我县", "我区", "我市", "全县", "全区", "全市", "去年", "今年")), t
