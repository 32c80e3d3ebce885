

def test_an_area_listed_twice_is_one_area():
    """A secretary who lists 信息化 twice among the priorities (or reviews 医改 in two groups) gets one area with both
    groups' items, not two subsections and 医改、信息化和信息化 (test_speech_contract's generated briefs found it)."""
    from jianggao.compose.context import brief_view
    from jianggao.model.brief import Brief

    b = Brief.model_validate({
        "kind": "annual_conference", "year": 2020, "region": {"name": "白水镇"},
        "speaker": {"name": "李明", "title": "镇长"},
        "achievements": [{"topic": "医改", "facts": ["镇卫生院加入县医共体"]},
                         {"topic": "医改", "facts": ["村卫生室实行一体化管理"]}],
        "priorities": [{"topic": "医改", "items": ["推进医共体建设"]}, {"topic": "信息化", "items": ["推进远程医疗"]},
                       {"topic": "信息化", "items": ["推进电子健康档案应用", "推进远程医疗"]}]})
    view = brief_view(b)
    assert [t.topic.name for t in view.priorities] == ["医改", "信息化"]
    assert view.priorities[1].items == ("推进远程医疗", "推进电子健康档案应用")
    assert [r.topic.name for r in view.achievements] == ["医改"]
    assert len(view.achievements[0].facts) == 2
