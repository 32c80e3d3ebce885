from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/_parts.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_topped = l_0_spoken_before = l_0_announce = l_0_said_data = l_0_results = l_0_review_areas = l_0_credit = l_0_affirmed = l_0_government_answer = l_0_midyear_honest = l_0_problems = l_0_situation = l_0_task_areas = l_0_facets = l_0_safeguards = l_0_closing = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_6 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_7 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_8 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_9 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_10 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_11 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_12 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    try:
        t_13 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_category, l_1_role, l_1_n, l_1_own, l_1_topic, l_1_specific_only, l_1_avoid, l_1_after):
        t_14 = []
        l_1_namespace = resolve('namespace')
        l_1_mix = resolve('mix')
        l_1_last = missing
        if l_1_category is missing:
            l_1_category = undefined("parameter 'category' was not provided", name='category')
        if l_1_role is missing:
            l_1_role = undefined("parameter 'role' was not provided", name='role')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        if l_1_own is missing:
            l_1_own = undefined("parameter 'own' was not provided", name='own')
        if l_1_topic is missing:
            l_1_topic = None
        if l_1_specific_only is missing:
            l_1_specific_only = False
        if l_1_avoid is missing:
            l_1_avoid = []
        if l_1_after is missing:
            l_1_after = None
        pass
        l_1_last = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s=(l_1_after or ''))
        for l_2_s in environment.call(context, (undefined(name='mix') if l_1_mix is missing else l_1_mix), l_1_category, l_1_role, l_1_n, l_1_own, topic=l_1_topic, general=(not l_1_specific_only), avoid=l_1_avoid):
            _loop_vars = {}
            pass
            if (t_13(l_1_after) or ((l_2_s[:2] != environment.getattr((undefined(name='last') if l_1_last is missing else l_1_last), 's')[:2]) and (not ((l_2_s[:2] == '随着') and ('随着' in environment.getattr((undefined(name='last') if l_1_last is missing else l_1_last), 's')))))):
                pass
                t_14.append(
                    str(l_2_s),
                )
                if not isinstance(l_1_last, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_last['s'] = l_2_s
        l_2_s = missing
        return concat(t_14)
    context.exported_vars.add('topped')
    context.vars['topped'] = l_0_topped = Macro(environment, macro, 'topped', ('category', 'role', 'n', 'own', 'topic', 'specific_only', 'avoid', 'after'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_15 = []
        l_1_b = resolve('b')
        l_1_reports = resolve('reports')
        l_1_pick = resolve('pick')
        l_1_agreed = resolve('agreed')
        l_1_noun = resolve('noun')
        l_1_vary = resolve('vary')
        pass
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'):
            pass
            l_1_reports = t_3(context.eval_ctx, t_10(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), 'agreeable'))
            if (t_2((undefined(name='reports') if l_1_reports is missing else l_1_reports)) == t_2(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'))):
                pass
                l_1_agreed = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'agreement', 'agree', max_len=30, default=['讲得很好，我完全同意。', '讲得很全面、很具体，我完全赞同。', '讲得很实在、很到位，我都同意。'])
            elif (undefined(name='reports') if l_1_reports is missing else l_1_reports):
                pass
                l_1_noun = ('工作报告' if ('工作报告' in environment.getattr(environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0), 'content')) else ('报告' if ('报告' in environment.getattr(environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0), 'content')) else '讲话'))
                l_1_agreed = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '讲得很好，我完全同意。', )), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '讲得很全面、很具体，我完全赞同。', )))
            else:
                pass
                l_1_agreed = ''
            t_15.append(
                '¶刚才，\n',
            )
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), undefined):
                _loop_vars = {}
                pass
                t_15.extend((
                    str(environment.getattr(l_2_s, 'title')),
                    str(environment.getattr(l_2_s, 'name')),
                    '同志',
                ))
                if (not environment.getattr(l_2_s, 'content')):
                    pass
                    t_15.append(
                        '作了讲话',
                    )
                elif ((environment.getattr(l_2_s, 'content')[:2] in ['作了', '通报', '宣读', '传达', '介绍', '部署', '总结', '汇报', '回顾', '讲了', '就']) or (environment.getattr(l_2_s, 'content')[:1] == '就')):
                    pass
                    t_15.append(
                        str(environment.getattr(l_2_s, 'content')),
                    )
                else:
                    pass
                    t_15.extend((
                        '作了',
                        str(environment.getattr(l_2_s, 'content')),
                    ))
                t_15.extend((
                    str(('，' if ((not environment.getattr(l_2_loop, 'last')) or environment.call(context, environment.getattr((undefined(name='agreed') if l_1_agreed is missing else l_1_agreed), 'startswith'), '讲得', _loop_vars=_loop_vars)) else '。')),
                    '\n',
                ))
            l_2_loop = l_2_s = missing
            t_15.extend((
                str((undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)),
                '\n',
            ))
            if (not ((('落实' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)) or ('执行' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed))) or ('领会' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)))):
                pass
                t_15.extend((
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'agreement', 'urge', max_len=30, default=['希望大家认真领会，抓好落实。', '请各单位结合实际，认真抓好贯彻落实。', '请大家认真抓好落实。'])),
                    '\n',
                ))
        return concat(t_15)
    context.exported_vars.add('spoken_before')
    context.vars['spoken_before'] = l_0_spoken_before = Macro(environment, macro, 'spoken_before', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_16 = []
        l_1_pick = resolve('pick')
        l_1_b = resolve('b')
        l_1_parts_cn = resolve('parts_cn')
        l_1_said = missing
        pass
        l_1_said = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'outline', 'announce', default=[str_join(('下面，结合', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '实际，我讲', (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', )), str_join((('下面，围绕做好今年工作，我再讲' if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers') else '下面，围绕做好今年工作，我讲'), (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', )), str_join(('下面，就做好今年的卫生健康工作，我讲', (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', ))])
        t_16.extend((
            str(((undefined(name='said') if l_1_said is missing else l_1_said) if environment.call(context, environment.getattr((undefined(name='said') if l_1_said is missing else l_1_said), 'startswith'), '下面') else str_join(('下面，', (undefined(name='said') if l_1_said is missing else l_1_said), )))),
            '\n',
        ))
        return concat(t_16)
    context.exported_vars.add('announce')
    context.vars['announce'] = l_0_announce = Macro(environment, macro, 'announce', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_when):
        t_17 = []
        l_1_b = resolve('b')
        l_1_said = resolve('said')
        l_1_vary = resolve('vary')
        l_1_facts = l_1_whole_year = missing
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        pass
        l_1_facts = t_1(context.eval_ctx, environment.getattr(l_1_r, 'facts'), '，')
        l_1_whole_year = (l_1_when == str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年', )))
        if environment.getattr(l_1_r, 'results'):
            pass
            l_1_said = str_join((t_1(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'), (str_join(('，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), )) if (undefined(name='facts') if l_1_facts is missing else l_1_facts) else ''), '。', ))
            if ((environment.call(context, environment.getattr((undefined(name='said') if l_1_said is missing else l_1_said), 'startswith'), l_1_when) or ((undefined(name='said') if l_1_said is missing else l_1_said)[:3] in ['上半年', '下半年'])) or ((undefined(name='said') if l_1_said is missing else l_1_said)[:2] in ['全年', '今年', '去年'])):
                pass
                t_17.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('从主要指标看，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('从数据看，', (undefined(name='said') if l_1_said is missing else l_1_said), )))),
                    '\n',
                ))
            else:
                pass
                t_17.extend((
                    str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('去年，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('从主要指标看，', (undefined(name='said') if l_1_said is missing else l_1_said), ))) if (undefined(name='whole_year') if l_1_whole_year is missing else l_1_whole_year) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('从主要指标看，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('截至目前，', (undefined(name='said') if l_1_said is missing else l_1_said), ))))),
                    '\n',
                ))
        elif (undefined(name='facts') if l_1_facts is missing else l_1_facts):
            pass
            t_17.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', )), str_join(('这一年，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', ))) if (undefined(name='whole_year') if l_1_whole_year is missing else l_1_whole_year) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', )), str_join(('今年以来，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', ))))),
                '\n',
            ))
        return concat(t_17)
    context.exported_vars.add('said_data')
    context.vars['said_data'] = l_0_said_data = Macro(environment, macro, 'said_data', ('r', 'when'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_i, l_1_lead, l_1_when):
        t_18 = []
        l_1_nth = resolve('nth')
        l_1_vary = resolve('vary')
        l_1_REVIEW_WORDING = resolve('REVIEW_WORDING')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_i is missing:
            l_1_i = undefined("parameter 'i' was not provided", name='i')
        if l_1_lead is missing:
            l_1_lead = undefined("parameter 'lead' was not provided", name='lead')
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        pass
        t_18.extend((
            '¶',
            str(environment.call(context, (undefined(name='nth') if l_1_nth is missing else l_1_nth), l_1_i)),
            str(environment.getattr(environment.getattr(l_1_r, 'topic'), 'name')),
            str(l_1_lead),
            '。\n',
            str(environment.call(context, (undefined(name='said_data') if l_0_said_data is missing else l_0_said_data), l_1_r, l_1_when)),
        ))
        if (not environment.getattr(l_1_r, 'results')):
            pass
            t_18.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), environment.call(context, environment.getattr((undefined(name='REVIEW_WORDING') if l_1_REVIEW_WORDING is missing else l_1_REVIEW_WORDING), 'get'), environment.getattr(environment.getattr(l_1_r, 'topic'), 'key'), environment.getitem((undefined(name='REVIEW_WORDING') if l_1_REVIEW_WORDING is missing else l_1_REVIEW_WORDING), 'general')))),
            )
        return concat(t_18)
    context.exported_vars.add('results')
    context.vars['results'] = l_0_results = Macro(environment, macro, 'results', ('r', 'i', 'lead', 'when'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_when, l_1_thanks, l_1_as_headings):
        t_19 = []
        l_1_deal = resolve('deal')
        l_1_reviews = resolve('reviews')
        l_1_leads = missing
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        if l_1_thanks is missing:
            l_1_thanks = True
        if l_1_as_headings is missing:
            l_1_as_headings = False
        pass
        l_1_leads = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['工作扎实推进', '工作取得新进展', '工作有序开展', '工作迈出新步伐', '工作稳步推进', '工作持续加强', '工作进一步加强', '工作扎实开展'])
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
            l_2_vary = resolve('vary')
            l_2_REVIEW_WORDING = resolve('REVIEW_WORDING')
            l_2_REVIEW_MORE = resolve('REVIEW_MORE')
            _loop_vars = {}
            pass
            if l_1_as_headings:
                pass
                t_19.extend((
                    '## ',
                    str(environment.getattr(environment.getattr(l_2_r, 'topic'), 'name')),
                    str(environment.getitem((undefined(name='leads') if l_1_leads is missing else l_1_leads), (environment.getattr(l_2_loop, 'index0') % t_2((undefined(name='leads') if l_1_leads is missing else l_1_leads))))),
                    '。\n',
                    str(environment.call(context, (undefined(name='said_data') if l_0_said_data is missing else l_0_said_data), l_2_r, l_1_when, _loop_vars=_loop_vars)),
                    '\n',
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), environment.call(context, environment.getattr((undefined(name='REVIEW_WORDING') if l_2_REVIEW_WORDING is missing else l_2_REVIEW_WORDING), 'get'), environment.getattr(environment.getattr(l_2_r, 'topic'), 'key'), environment.getitem((undefined(name='REVIEW_WORDING') if l_2_REVIEW_WORDING is missing else l_2_REVIEW_WORDING), 'general'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)),
                    '\n',
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='REVIEW_MORE') if l_2_REVIEW_MORE is missing else l_2_REVIEW_MORE), 'get'), environment.getattr(environment.getattr(l_2_r, 'topic'), 'key'), environment.getitem((undefined(name='REVIEW_MORE') if l_2_REVIEW_MORE is missing else l_2_REVIEW_MORE), 'general'), _loop_vars=_loop_vars))),
                    '\n',
                ))
            else:
                pass
                t_19.extend((
                    str(environment.call(context, (undefined(name='results') if l_0_results is missing else l_0_results), l_2_r, environment.getattr(l_2_loop, 'index'), environment.getitem((undefined(name='leads') if l_1_leads is missing else l_1_leads), (environment.getattr(l_2_loop, 'index0') % t_2((undefined(name='leads') if l_1_leads is missing else l_1_leads)))), l_1_when, _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_loop = l_2_r = l_2_vary = l_2_REVIEW_WORDING = l_2_REVIEW_MORE = missing
        t_19.extend((
            str(environment.call(context, (undefined(name='credit') if l_0_credit is missing else l_0_credit), l_1_thanks)),
            '\n',
        ))
        return concat(t_19)
    context.exported_vars.add('review_areas')
    context.vars['review_areas'] = l_0_review_areas = Macro(environment, macro, 'review_areas', ('when', 'thanks', 'as_headings'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_thanks, l_1_new_para):
        t_20 = []
        l_1_reviews = resolve('reviews')
        l_1_b = resolve('b')
        l_1_vary = resolve('vary')
        l_1_pick = resolve('pick')
        l_1_plan = resolve('plan')
        l_1_namespace = resolve('namespace')
        l_1_honoured = missing
        if l_1_thanks is missing:
            l_1_thanks = True
        if l_1_new_para is missing:
            l_1_new_para = True
        pass
        if (l_1_thanks and (not (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews))):
            pass
            t_20.extend((
                '¶',
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('在此，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工一年来的辛勤付出表示衷心的感谢！', )), str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', ))) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '在此，向全系统广大干部职工一年来的辛勤付出表示衷心的感谢！', '借此机会，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！'))),
                '\n',
            ))
        elif l_1_thanks:
            pass
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'):
                pass
                t_20.extend((
                    str(('¶' if l_1_new_para else cond_expr_undefined("the inline if-expression on line 106 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '成绩来之不易，凝聚着全系统广大干部职工的心血和汗水，也离不开各部门的大力支持和密切配合。', '这些成绩的取得，靠的是全系统广大干部职工的辛勤付出，靠的是各部门、各单位的通力协作。', '成绩来之不易，是各部门密切配合、全系统干部职工团结拼搏、辛勤付出的结果。')),
                    '\n',
                ))
            else:
                pass
                t_20.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'transition', 'credit', default=[str_join(('成绩来之不易。这是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), '坚强领导的结果，是各部门大力支持、密切配合的结果，更是全系统广大干部职工团结拼搏、辛勤付出的结果。', )), '成绩来之不易，凝聚着全系统广大干部职工的心血和汗水。', str_join(('一年来的成绩来之不易，是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), '正确领导、各部门通力协作和全系统干部职工共同奋斗的结果。', ))])),
                    '\n',
                ))
            t_20.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('在此，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', )), (str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工道一声辛苦，表示衷心的感谢！', )) if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'bureau') else str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工致以崇高的敬意和衷心的感谢！', )))) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'thanks', 'thanks', default=['在此，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', '在此，我向全系统广大干部职工表示衷心的感谢，并致以崇高的敬意！', '借此机会，向辛勤工作在卫生健康战线上的同志们表示诚挚的感谢！']))),
                '\n',
            ))
        l_1_honoured = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
        for l_2_x in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'):
            _loop_vars = {}
            pass
            if (('表彰' in environment.getattr(l_2_x, 'content')) or ('通报表扬' in environment.getattr(l_2_x, 'content'))):
                pass
                if not isinstance(l_1_honoured, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_honoured['v'] = True
        l_2_x = missing
        if (l_1_thanks and environment.getattr((undefined(name='honoured') if l_1_honoured is missing else l_1_honoured), 'v')):
            pass
            t_20.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '向受到表彰的先进集体和先进个人表示热烈的祝贺！', '向今天受到表彰的先进集体和先进个人表示热烈祝贺！')),
                '\n',
            ))
        return concat(t_20)
    context.exported_vars.add('credit')
    context.vars['credit'] = l_0_credit = Macro(environment, macro, 'credit', ('thanks', 'new_para'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_when):
        t_21 = []
        l_1_reviews = resolve('reviews')
        l_1_plan = resolve('plan')
        l_1_vary = resolve('vary')
        l_1_heads = l_1_rest = l_1_noun = missing
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        pass
        l_1_heads = []
        l_1_rest = []
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
            l_2__ = resolve('_')
            l_2_mine = missing
            _loop_vars = {}
            pass
            l_2_mine = []
            _loop_vars['mine'] = l_2_mine
            l_3_loop = missing
            for l_3_x, l_3_loop in LoopContext(environment.getattr(l_2_r, 'results'), undefined):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                if (environment.getattr(l_3_loop, 'first') and (t_2((undefined(name='heads') if l_1_heads is missing else l_1_heads)) < 3)):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='heads') if l_1_heads is missing else l_1_heads), 'append'), l_3_x, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                else:
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='mine') if l_2_mine is missing else l_2_mine), 'append'), l_3_x, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_loop = l_3_x = l_3__ = missing
            for l_3_x in environment.getattr(l_2_r, 'facts'):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='mine') if l_2_mine is missing else l_2_mine), 'append'), l_3_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_x = l_3__ = missing
            if (undefined(name='mine') if l_2_mine is missing else l_2_mine):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='rest') if l_1_rest is missing else l_1_rest), 'append'), t_1(context.eval_ctx, (undefined(name='mine') if l_2_mine is missing else l_2_mine), '，'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_loop = l_2_r = l_2_mine = l_2__ = missing
        l_1_noun = str_join((('刚才的' if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report') == '汇报') else ''), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report'), ))
        if (l_1_when == '上半年'):
            pass
            t_21.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对上半年的工作作了全面总结，进度都有数字可查。', )), str_join(('上半年各项工作的进度，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，数字也很实在。', ))) if (undefined(name='heads') if l_1_heads is missing else l_1_heads) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对上半年的工作已经作了全面总结，我不再展开。', )), str_join(('上半年各项工作的进度，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，我不再重复。', ))))),
                '\n',
            ))
        else:
            pass
            t_21.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对去年的工作作了全面总结，成绩都有数字作支撑。', )), str_join(('去年各方面工作的情况，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，一组组数字实实在在。', ))) if (undefined(name='heads') if l_1_heads is missing else l_1_heads) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对去年的工作已经作了全面总结，我不再展开。', )), str_join(('去年各方面工作的情况，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，我不再重复。', ))))),
                '\n',
            ))
        if (undefined(name='heads') if l_1_heads is missing else l_1_heads):
            pass
            t_21.extend((
                str(t_1(context.eval_ctx, (undefined(name='heads') if l_1_heads is missing else l_1_heads), '，')),
                '。',
            ))
        if (undefined(name='rest') if l_1_rest is missing else l_1_rest):
            pass
            t_21.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('此外，', t_1(context.eval_ctx, (undefined(name='rest') if l_1_rest is missing else l_1_rest), '；'), '。', )), str_join(('其他方面，', t_1(context.eval_ctx, (undefined(name='rest') if l_1_rest is missing else l_1_rest), '；'), '。', )))),
            )
        t_21.extend((
            str(environment.call(context, (undefined(name='credit') if l_0_credit is missing else l_0_credit), True, new_para=False)),
            '\n',
        ))
        return concat(t_21)
    context.exported_vars.add('affirmed')
    context.vars['affirmed'] = l_0_affirmed = Macro(environment, macro, 'affirmed', ('when',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_named_count):
        t_22 = []
        l_1_b = resolve('b')
        l_1_plan = resolve('plan')
        l_1_vary = resolve('vary')
        l_1_ins = resolve('ins')
        l_1_gov = l_1_said = l_1_what = l_1_what_said = l_1_dept = missing
        if l_1_named_count is missing:
            l_1_named_count = undefined("parameter 'named_count' was not provided", name='named_count')
        pass
        l_1_gov = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')
        l_1_said = str_join((t_1(context.eval_ctx, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), '；'), '；', t_1(context.eval_ctx, t_4(context, t_4(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'join', '；'), '；'), ))
        l_1_what = []
        for (l_2_words, l_2_name) in [(['人才', '人员', '编制', '队伍', '医生', '村医', '招聘'], '编制、人才政策'), (['设施', '设备', '投入', '经费', '资金', '陈旧', '标准化', '用房'], '经费投入'), (['医保', '支付', '价格'], ('医保政策' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') >= 2019) else '')), (['部门', '协同', '衔接', '整合', '联动'], '部门职责')]:
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (l_2_name and t_3(context.eval_ctx, t_9(context, l_2_words, 'in', (undefined(name='said') if l_1_said is missing else l_1_said)))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='what') if l_1_what is missing else l_1_what), 'append'), l_2_name, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_words = l_2_name = l_2__ = missing
        l_1_what_said = t_1(context.eval_ctx, (undefined(name='what') if l_1_what is missing else l_1_what), '、')
        l_1_dept = str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门', ))
        if ((undefined(name='what') if l_1_what is missing else l_1_what) and (l_1_named_count > 1)):
            pass
            t_22.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这些问题，有的靠', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '系统自身努力就能解决，有的涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹研究、有关部门密切配合。', )), str_join(('解决这些问题，光靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '一家不行，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹研究，有关部门密切配合。', )))),
                '\n',
            ))
        elif (undefined(name='what') if l_1_what is missing else l_1_what):
            pass
            t_22.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这个问题，单靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '解决不了，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹研究，有关部门密切配合。', )), str_join(('解决这个问题，光靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '一家不行，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹研究、有关部门密切配合。', )))),
                '\n',
            ))
        elif l_1_named_count:
            pass
            t_22.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这方面的问题，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '系统要拿出具体措施，一时解决不了、需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹协调的，要及时提出来。', )), (str_join(('对这些差距，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '系统要逐项拿出措施，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹协调的，要及时提出来。', )) if (l_1_named_count > 1) else str_join(('对这个问题，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '系统要拿出具体措施，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹协调的，要及时提出来。', ))))),
                '\n',
            ))
        else:
            pass
            t_22.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作中的短板，有的靠系统自身努力就能补上，有的涉及编制、投入和人才政策，需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '统筹研究。', )))),
                '\n',
            ))
        if ((undefined(name='what') if l_1_what is missing else l_1_what) or (not l_1_named_count)):
            pass
            t_22.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('凡是需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '协调解决的事项，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要梳理出来、及时报告，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将专题研究、推动解决。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要把需要', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '协调的事项列出清单，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将定期调度，能解决的尽快解决，一时解决不了的明确时限。', )))),
            )
        if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'answers_insurance'):
            pass
            l_1_ins = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'answers_insurance')
            t_22.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '医保基金是群众的看病钱、救命钱。对通报中反映的问题，相关定点医疗机构要逐项对照、限期整改，举一反三堵塞漏洞。', '医保基金是群众的看病钱、救命钱，决不能让它成为“唐僧肉”。通报中反映的问题，涉及的定点医疗机构要逐条整改到位，其他单位要对照检查。')),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='ins') if l_1_ins is missing else l_1_ins), '要会同', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '加强对定点医疗机构的日常监管，对欺诈骗保行为发现一起、查处一起；各医疗机构要规范诊疗和收费行为，决不能在医保基金上动歪脑筋。', )), str_join(((undefined(name='ins') if l_1_ins is missing else l_1_ins), '和', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要加强协作，把医保基金监管和医疗行为监管结合起来，对违规使用医保基金的严肃处理；各医疗机构主要负责同志要把医保基金使用管理作为“一把手”工程来抓。', )))),
                '\n',
            ))
        return concat(t_22)
    context.exported_vars.add('government_answer')
    context.vars['government_answer'] = l_0_government_answer = Macro(environment, macro, 'government_answer', ('named_count',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_23 = []
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        pass
        t_23.extend((
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '上半年的工作完成得怎么样，要拿数据来说话。', '上半年的情况到底怎么样，要用数据来说话。')),
            '\n',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('会后，各单位要把上半年各项指标的完成情况、重点工作的进度和遇到的困难逐项梳理清楚，报', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '汇总。', )), str_join(('会后，各单位要把上半年主要指标完成情况、重点任务推进情况和存在的困难逐项列出来，报', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '汇总。', )))),
            '\n¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('上半年，全系统广大干部职工做了大量工作，', (str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else ''), '向大家表示感谢！', )), str_join(('半年来，全系统干部职工坚守岗位、辛勤工作，', (str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else '在此，'), '向大家表示衷心的感谢！', )))),
            '\n',
        ))
        return concat(t_23)
    context.exported_vars.add('midyear_honest')
    context.vars['midyear_honest'] = l_0_midyear_honest = Macro(environment, macro, 'midyear_honest', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_24 = []
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_reviews = resolve('reviews')
        l_1_vary = resolve('vary')
        l_1_pick = resolve('pick')
        l_1_namespace = resolve('namespace')
        l_1_plan = resolve('plan')
        l_1_fill = resolve('fill')
        l_1_field = l_1_listed = l_1_named_count = l_1_felt = missing
        pass
        l_1_field = (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else '卫生健康')
        if (not (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews)):
            pass
            t_24.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对照上级要求和群众期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还有不少薄弱环节。', )), str_join(('我们也要清醒地看到，对照上级要求和群众期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还存在一些短板和不足。', )), str_join(('从实际情况看，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作与上级要求和群众期待相比还有差距。', )))),
                '\n',
            ))
        else:
            pass
            t_24.extend((
                '¶',
                str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'transition', 'problems', default=[str_join(('在肯定成绩的同时，我们也要清醒地看到，对照上级要求和人民群众的期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还存在一些短板和不足。', )), '成绩值得肯定，问题也不容忽视。', '在看到成绩的同时，我们也要清醒认识到工作中存在的困难和问题。'])),
                '\n',
            ))
        l_1_listed = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')
        if (t_2((undefined(name='listed') if l_1_listed is missing else l_1_listed)) > 1):
            pass
            t_24.extend((
                str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'problem', 'framing', max_len=12, default=['主要表现在：', '具体来看：', '突出表现在：'])),
                '\n',
            ))
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext((undefined(name='listed') if l_1_listed is missing else l_1_listed), undefined):
                l_2_nth = resolve('nth')
                _loop_vars = {}
                pass
                t_24.extend((
                    str(environment.call(context, (undefined(name='nth') if l_2_nth is missing else l_2_nth), environment.getattr(l_2_loop, 'index'), _loop_vars=_loop_vars)),
                    str(environment.call(context, environment.getattr(l_2_p, 'rstrip'), '。；', _loop_vars=_loop_vars)),
                    str(('；' if (not environment.getattr(l_2_loop, 'last')) else '。')),
                    '\n',
                ))
            l_2_loop = l_2_p = l_2_nth = missing
        elif (undefined(name='listed') if l_1_listed is missing else l_1_listed):
            pass
            t_24.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '突出的是', '最突出的问题是', '主要是')),
                str(environment.call(context, environment.getattr(environment.getitem((undefined(name='listed') if l_1_listed is missing else l_1_listed), 0), 'rstrip'), '。；')),
                '。\n',
            ))
        if ((not (undefined(name='listed') if l_1_listed is missing else l_1_listed)) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) not in ('special_topic', 'midyear_review'))):
            pass
            t_24.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '优质医疗资源总量不足、分布不均，基层服务能力仍然薄弱，公共卫生体系还有短板，人才队伍建设与事业发展的要求还不相适应。')),
                '\n',
            ))
        for l_2_r in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'):
            _loop_vars = {}
            pass
            for l_3_s in environment.getattr(l_2_r, 'setbacks'):
                _loop_vars = {}
                pass
                t_24.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('从指标看，', l_3_s, '，需要引起高度重视。', )), str_join(('特别是', l_3_s, '，这一指标需要引起高度重视。', )), str_join(('还要看到，', l_3_s, '，对此必须高度重视。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_3_s = missing
        l_2_r = missing
        l_1_named_count = (t_2((undefined(name='listed') if l_1_listed is missing else l_1_listed)) + t_12(environment, t_4(context, t_4(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'length')))
        l_1_felt = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
        for l_2_p in (undefined(name='listed') if l_1_listed is missing else l_1_listed):
            _loop_vars = {}
            pass
            for l_3_w in ['群众', '就医', '看病', '患者', '外流', '服务', '居民', '孕产妇', '儿童', '老年']:
                _loop_vars = {}
                pass
                if (l_3_w in l_2_p):
                    pass
                    if not isinstance(l_1_felt, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_felt['v'] = True
            l_3_w = missing
        l_2_p = missing
        if t_12(environment, t_4(context, t_4(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'length')):
            pass
            if not isinstance(l_1_felt, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_felt['v'] = True
        if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report'):
            pass
            t_24.extend((
                str(environment.call(context, (undefined(name='government_answer') if l_0_government_answer is missing else l_0_government_answer), (undefined(name='named_count') if l_1_named_count is missing else l_1_named_count))),
                '\n',
            ))
        elif ((undefined(name='named_count') if l_1_named_count is missing else l_1_named_count) > 1):
            pass
            if (((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 3) and environment.getattr((undefined(name='felt') if l_1_felt is missing else l_1_felt), 'v')):
                pass
                t_24.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这些问题，群众感受最直接，也是今年工作必须攻克的难点，解决好了，全年工作就能赢得主动。', '这些问题不解决，群众的获得感就难以提升，全年的目标任务也难以完成。', '这些问题，每一个都关系到群众的切身利益，必须一个一个研究、一项一项解决。')),
                )
            t_24.extend((
                str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'problem', 'resolve', default=['对这些问题，我们必须高度重视，采取有力措施，切实加以解决。', '这些问题，必须在今后工作中认真研究、切实解决。', '对存在的问题，我们要正视它、研究它，拿出切实管用的办法加以解决。'])),
                '\n',
            ))
        elif ((undefined(name='named_count') if l_1_named_count is missing else l_1_named_count) == 1):
            pass
            if (((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 3) and environment.getattr((undefined(name='felt') if l_1_felt is missing else l_1_felt), 'v')):
                pass
                t_24.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这个问题，群众感受最直接，也是今年工作必须攻克的难点。', '这个问题关系群众的切身利益，解决好了，全年工作就能赢得主动。')),
                )
            t_24.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '对这个问题，我们必须高度重视，拿出切实管用的办法加以解决。', '这个问题不解决，全年目标就难以实现，必须下大力气抓紧解决。', '对此，我们要正视它、研究它，拿出有力措施切实加以解决。')),
                '\n',
            ))
        else:
            pass
            if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic'):
                pass
                t_24.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '哪里还有薄弱环节，各单位心里要有数，要对照上级标准逐项查找、逐项补齐。', '各单位要对照上级标准，把自己工作中的薄弱环节找准、找实，逐项加以整改。', '薄弱环节在哪里，各单位要对照标准自查，查出来的问题要列出清单、限期整改。')),
                    '\n',
                ))
            else:
                pass
                t_24.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '对存在的短板和不足，我们要正视它、研究它，拿出切实管用的办法加以解决。', '对这些短板，我们必须高度重视，在今后工作中认真研究、切实解决。', '短板在哪里，工作的着力点就在哪里，各单位要对照检查、逐项补齐。')),
                    '\n',
                ))
        return concat(t_24)
    context.exported_vars.add('problems')
    context.vars['problems'] = l_0_problems = Macro(environment, macro, 'problems', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_lead_year, l_1_conclude):
        t_25 = []
        l_1_plan = resolve('plan')
        l_1_f = resolve('f')
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        l_1_kind = resolve('kind')
        l_1_in_force = resolve('in_force')
        l_1_ERA_LINES = resolve('ERA_LINES')
        l_1_era_moment = resolve('era_moment')
        l_1_pick = resolve('pick')
        l_1_fill = resolve('fill')
        l_1_SITUATION_POLICY = resolve('SITUATION_POLICY')
        l_1_SITUATION_MORE = resolve('SITUATION_MORE')
        l_1_moment = l_1_k = l_1_lead_policy = l_1_lead_demand = l_1_lead_challenge = l_1_left = missing
        if l_1_lead_year is missing:
            l_1_lead_year = True
        if l_1_conclude is missing:
            l_1_conclude = True
        pass
        if l_1_lead_year:
            pass
            l_1_f = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')
            if (undefined(name='f') if l_1_f is missing else l_1_f):
                pass
                t_25.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年是“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), '，做好今年的卫生健康工作意义重大。', )), str_join(('今年是“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), '，也是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '卫生健康事业爬坡过坎的重要一年。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年是“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), '，卫生健康工作任务繁重、责任重大。', )))),
                    '\n',
                ))
                if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'congress') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'annual_conference')):
                    pass
                    t_25.append(
                        str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('做好今年的工作，要深入学习贯彻', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'congress'), '精神，把上级的决策部署落实到', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '卫生健康工作的各个方面。', )), str_join(('我们要把学习贯彻', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'congress'), '精神贯穿今年工作的全过程，以实际行动推动各项部署落地见效。', )))),
                    )
                if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report'):
                    pass
                    l_1_era_moment = t_3(context.eval_ctx, t_4(context, environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), t_11(environment, environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'opening'), attribute='from', reverse=True))[:2], 'replace', '{scope}', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope')))
                    t_25.append(
                        str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='era_moment') if l_1_era_moment is missing else l_1_era_moment)) if (undefined(name='era_moment') if l_1_era_moment is missing else l_1_era_moment) else cond_expr_undefined("the inline if-expression on line 245 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    )
            else:
                pass
                t_25.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'situation', 'stage', default=str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年是推动卫生健康事业发展的重要一年。', )))),
                    '\n',
                ))
            if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'outbreak'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '当前，新冠肺炎疫情防控正处在关键阶段，疫情防控是压倒一切的头等大事，丝毫不能放松。', '眼下，新冠肺炎疫情防控到了最吃劲的时候，必须把疫情防控作为当前最重要的工作来抓。')),
                    '\n',
                ))
            elif (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'normal'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '当前，境外疫情仍在蔓延，国内零星散发和局部聚集性疫情的风险依然存在，常态化疫情防控任务艰巨繁重。', '疫情防控已经转入常态化，但外防输入、内防反弹的压力依然很大，任何时候都不能麻痹大意。')),
                    '\n',
                ))
            elif (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'after'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '新冠病毒感染实施“乙类乙管”后，疫情防控进入新阶段，工作重心从防感染转向保健康、防重症。', '新冠病毒感染实施“乙类乙管”以后，疫情防控工作的重心转向保健康、防重症，医疗救治和重点人群健康服务的任务依然很重。')),
                    '\n',
                ))
            t_25.extend((
                str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'situation', 'stage', ((undefined(name='fill') if l_1_fill is missing else l_1_fill) // 3), ['我们既要看到发展的有利条件，也要看到面临的风险挑战，增强忧患意识，坚持底线思维。‖我们既要看到有利条件，也要正视风险挑战，始终保持忧患意识，坚持底线思维。‖机遇和挑战并存，我们要增强忧患意识，坚持底线思维，善于在危机中育先机。'])),
                '\n',
            ))
        l_1_moment = environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), t_11(environment, (undefined(name='SITUATION_POLICY') if l_1_SITUATION_POLICY is missing else l_1_SITUATION_POLICY), attribute='from', reverse=True))[:2]
        l_1_k = t_6(environment, [t_5(environment, [(((environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'situation') or environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'direction')) or 600) // 200), 1]), 4])
        t_25.extend((
            '¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '从政策要求看，', '从宏观形势看，', '从上级要求看，')),
        ))
        if (undefined(name='moment') if l_1_moment is missing else l_1_moment):
            pass
            t_25.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='moment') if l_1_moment is missing else l_1_moment))),
            )
        l_1_lead_policy = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'situation', 'policy', min_len=16, avoid=['这项工作'], default='党中央、国务院把保障人民健康放在优先发展的战略位置，对卫生健康工作提出了新的更高要求。‖党中央、国务院高度重视人民健康，对卫生健康工作提出了新的更高要求。‖党中央、国务院高度重视人民健康，把保障人民健康放在优先发展的战略位置，对卫生健康工作提出了更高要求。‖上级把保障人民健康放在优先发展的战略位置，对卫生健康工作的要求越来越高。')
        t_25.extend((
            str((undefined(name='lead_policy') if l_1_lead_policy is missing else l_1_lead_policy)),
            '\n',
            str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'situation', 'policy', (undefined(name='k') if l_1_k is missing else l_1_k), avoid=['这项工作'], own=(['推进健康中国建设、深化医药卫生体制改革、加强公共卫生体系建设等一系列决策部署，为我们做好工作指明了方向。‖推进健康中国建设、深化医改、加强公共卫生体系建设等一系列部署，为我们做好今年工作提供了政策依据。‖上级关于推进健康中国建设、深化医改和加强公共卫生体系建设的一系列部署，为我们指明了前进方向。'] + environment.getitem((undefined(name='SITUATION_MORE') if l_1_SITUATION_MORE is missing else l_1_SITUATION_MORE), 'policy')[:-1]), after=(undefined(name='lead_policy') if l_1_lead_policy is missing else l_1_lead_policy))),
            '\n',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('我们要准确把握政策导向，用足用好各项政策，把上级的部署要求转化为推动', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '卫生健康事业发展的具体行动。‖我们要吃透上级政策，用足用好政策红利，把上级部署转化为推动', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '卫生健康事业发展的实际成效。‖我们要把上级的政策要求和', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '实际结合起来，把各项部署转化为推动卫生健康事业发展的具体举措。', )))),
            '\n¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '从群众期盼看，', '从人民群众的需求看，', '从群众需求看，')),
        ))
        l_1_lead_demand = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'situation', 'demand', min_len=16, avoid=['这项工作'], default='随着经济社会发展，群众对优质、便捷、高效医疗卫生服务的需求日益增长。‖随着生活水平的提高，群众对优质、便捷、高效医疗卫生服务的需求越来越强烈。‖群众对优质医疗卫生服务的需求日益增长，对看病就医的期待越来越高。')
        t_25.extend((
            str((undefined(name='lead_demand') if l_1_lead_demand is missing else l_1_lead_demand)),
            '\n',
            str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'situation', 'demand', (undefined(name='k') if l_1_k is missing else l_1_k), avoid=['这项工作'], own=(['群众不仅要求看得上病、看得起病，更希望看得好病、少得病，对健康服务的多样化、个性化需求越来越突出。‖群众已经从看得上病、看得起病，转向希望看得好病、少得病，健康需求日益多样化、个性化。‖今天的群众不仅希望看得上病、看得起病，更希望看得好病、少生病，健康服务需求更加多样。'] + environment.getitem((undefined(name='SITUATION_MORE') if l_1_SITUATION_MORE is missing else l_1_SITUATION_MORE), 'demand')), after=(undefined(name='lead_demand') if l_1_lead_demand is missing else l_1_lead_demand))),
            '\n',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '我们必须坚持以人民为中心的发展思想，把群众的期盼作为工作的方向，下更大力气解决群众看病就医的急难愁盼问题。‖我们必须坚持以人民为中心，把群众的期盼作为努力的方向，着力解决群众看病就医的急难愁盼问题。‖对群众的所呼所盼，我们必须有所应，要下更大力气解决好群众看病就医的急难愁盼问题。')),
            '\n¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '从自身发展看，', '从面临的挑战看，', '从发展实际看，')),
        ))
        l_1_lead_challenge = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'situation', 'challenge', min_len=16, avoid=['这项工作'], default='人口老龄化加快，慢性病负担加重，传染病防控任务依然艰巨，卫生健康事业发展不平衡不充分的问题仍然突出。‖人口老龄化进程加快，慢性病负担日益加重，传染病防控形势依然复杂，卫生健康发展不平衡不充分的矛盾仍然存在。‖当前，人口老龄化、慢性病高发和传染病防控等多重挑战交织叠加，卫生健康事业发展不平衡不充分的问题还比较突出。')
        t_25.append(
            str((undefined(name='lead_challenge') if l_1_lead_challenge is missing else l_1_lead_challenge)),
        )
        l_1_left = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'situation_problems')
        if (t_2((undefined(name='left') if l_1_left is missing else l_1_left)) == 1):
            pass
            t_25.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('特别是', environment.getitem((undefined(name='left') if l_1_left is missing else l_1_left), 0), '，这个问题需要在发展中下大力气解决。', )), str_join(('就我', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), '而言，', environment.getitem((undefined(name='left') if l_1_left is missing else l_1_left), 0), '，这是我们必须正视的短板。', )))),
                '\n',
            ))
        elif (undefined(name='left') if l_1_left is missing else l_1_left):
            pass
            t_25.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('就我', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), '而言，', t_1(context.eval_ctx, (undefined(name='left') if l_1_left is missing else l_1_left), '；'), '，这些都是我们必须正视的短板。', )), str_join(('特别是', t_1(context.eval_ctx, (undefined(name='left') if l_1_left is missing else l_1_left), '；'), '，这些问题需要在发展中下大力气解决。', )))),
            )
        t_25.extend((
            str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'situation', 'challenge', ((undefined(name='k') if l_1_k is missing else l_1_k) - (1 if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'situation_problems') else 0)), avoid=['这项工作'], own=environment.getitem((undefined(name='SITUATION_MORE') if l_1_SITUATION_MORE is missing else l_1_SITUATION_MORE), 'challenge'), after=(undefined(name='lead_challenge') if l_1_lead_challenge is missing else l_1_lead_challenge))),
            '\n',
        ))
        if l_1_conclude:
            pass
            t_25.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '面对这些挑战，我们必须保持战略定力，增强工作的预见性和主动性，在爬坡过坎中推动卫生健康事业高质量发展。‖面对这些挑战，我们要保持战略定力，增强工作的主动性和预见性，在攻坚克难中推动卫生健康事业高质量发展。‖越是困难挑战多，越要保持定力、主动作为，在爬坡过坎中推动卫生健康事业向前发展。')),
                '\n',
            ))
        return concat(t_25)
    context.exported_vars.add('situation')
    context.vars['situation'] = l_0_situation = Macro(environment, macro, 'situation', ('lead_year', 'conclude'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_per_topic, l_1_kept, l_1_moved):
        t_26 = []
        l_1_deal = resolve('deal')
        l_1_TASK_HEADING_PATTERNS = resolve('TASK_HEADING_PATTERNS')
        l_1_kind = resolve('kind')
        l_1_namespace = resolve('namespace')
        l_1_plan = resolve('plan')
        l_1_b = resolve('b')
        l_1_owners = resolve('owners')
        l_1_patterns = l_1_now = l_1_style = missing
        if l_1_per_topic is missing:
            l_1_per_topic = 1
        if l_1_kept is missing:
            l_1_kept = []
        if l_1_moved is missing:
            l_1_moved = {}
        pass
        l_1_patterns = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='TASK_HEADING_PATTERNS') if l_1_TASK_HEADING_PATTERNS is missing else l_1_TASK_HEADING_PATTERNS))
        l_1_now = ('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年')
        l_1_style = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0, rest=0)
        if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review')):
            pass
            l_1_owners = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['{b}要牵头抓好{t}各项任务的落实，有关部门和单位要主动配合。', str_join(('{t}工作由{b}牵头负责，要拿出具体实施方案，定期向', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '报告进展情况。', )), '这方面的工作，{b}要细化时间表、路线图，一项一项抓落实，确保年内见到实效。', '{b}要把{t}的各项任务分解到单位、落实到人，有关部门要在政策和资金上给予支持。'])
        elif ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'bureau') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review')):
            pass
            l_1_owners = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['{t}工作由分管负责同志牵头，各责任单位要明确专人、细化措施，定期报送进展情况。', '{t}的各项任务，机关相关科室要逐项分解到单位、落实到人，年底逐项对账。', '各责任单位要把{t}的各项任务列入本单位年度重点工作，主要负责同志亲自抓。', '{t}工作要实行清单化管理，每一项任务都要明确责任单位、责任人和完成时限。'])
        else:
            pass
            l_1_owners = []
        l_2_loop = missing
        for l_2_tp, l_2_loop in LoopContext(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'), undefined):
            l_2_TASK_HEADINGS = resolve('TASK_HEADINGS')
            l_2_vary = resolve('vary')
            l_2_TASK_WORDING = resolve('TASK_WORDING')
            l_2_serve = resolve('serve')
            l_2_TASK_MORE = resolve('TASK_MORE')
            l_2_p = resolve('p')
            l_2_fill = resolve('fill')
            l_2_many = resolve('many')
            l_2_t = l_2_shape = l_2_heads = l_2_heading = l_2_pheads = l_2_named = l_2_wording = l_2_echo = l_2_ar = l_2_goal = l_2_with_targets = l_2_ordinal = missing
            _loop_vars = {}
            pass
            l_2_t = environment.getattr(l_2_tp, 'view')
            _loop_vars['t'] = l_2_t
            l_2_shape = environment.getattr(l_2_tp, 'shape')
            _loop_vars['shape'] = l_2_shape
            l_2_heads = (environment.call(context, environment.getattr((undefined(name='TASK_HEADINGS') if l_2_TASK_HEADINGS is missing else l_2_TASK_HEADINGS), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), [], _loop_vars=_loop_vars) if environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'known') else [])
            _loop_vars['heads'] = l_2_heads
            l_2_heading = (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *(undefined(name='heads') if l_2_heads is missing else l_2_heads)) or t_7(context.eval_ctx, environment.getitem((undefined(name='patterns') if l_1_patterns is missing else l_1_patterns), (environment.getattr(l_2_loop, 'index0') % t_2((undefined(name='patterns') if l_1_patterns is missing else l_1_patterns)))), '{t}', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name')))
            _loop_vars['heading'] = l_2_heading
            l_2_pheads = []
            _loop_vars['pheads'] = l_2_pheads
            for l_3_p in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'):
                l_3__ = missing
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='pheads') if l_2_pheads is missing else l_2_pheads), 'append'), environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_3_p, 'split'), '，', _loop_vars=_loop_vars), 0), 'split'), '；', _loop_vars=_loop_vars), 0), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_p = l_3__ = missing
            l_2_named = str_join((t_1(context.eval_ctx, (undefined(name='pheads') if l_2_pheads is missing else l_2_pheads), '、'), ('等' if (t_2((undefined(name='pheads') if l_2_pheads is missing else l_2_pheads)) > 1) else ''), ))
            _loop_vars['named'] = l_2_named
            l_2_wording = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), environment.getitem((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'general'), _loop_vars=_loop_vars))
            _loop_vars['wording'] = l_2_wording
            l_2_echo = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), found=False, _loop_vars=_loop_vars)
            _loop_vars['echo'] = l_2_echo
            for l_3_it in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'):
                l_3_range = resolve('range')
                _loop_vars = {}
                pass
                for l_4_i in environment.call(context, (undefined(name='range') if l_3_range is missing else l_3_range), t_5(environment, [(t_2(l_3_it) - 5), 0]), _loop_vars=_loop_vars):
                    _loop_vars = {}
                    pass
                    if (l_3_it[l_4_i:(l_4_i + 6)] in (undefined(name='wording') if l_2_wording is missing else l_2_wording)):
                        pass
                        if not isinstance(l_2_echo, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_2_echo['found'] = True
                l_4_i = missing
            l_3_it = l_3_range = missing
            if environment.getattr((undefined(name='echo') if l_2_echo is missing else l_2_echo), 'found'):
                pass
                l_2_wording = ''
                _loop_vars['wording'] = l_2_wording
            l_2_ar = environment.call(context, (undefined(name='serve') if l_2_serve is missing else l_2_serve), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), environment.call(context, environment.getattr((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), environment.getitem((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'general'), _loop_vars=_loop_vars), topic=environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), budget=environment.getattr(l_2_tp, 'budget'), targets=environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'), general=(not environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'known')), headline=environment.getattr(l_2_tp, 'headline'), _loop_vars=_loop_vars)
            _loop_vars['ar'] = l_2_ar
            l_2_goal = (t_1(context.eval_ctx, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'), '，') if ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'target') else t_1(context.eval_ctx, environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'targets'), '，'))
            _loop_vars['goal'] = l_2_goal
            l_2_with_targets = ((undefined(name='shape') if l_2_shape is missing else l_2_shape) != 'target')
            _loop_vars['with_targets'] = l_2_with_targets
            l_2_ordinal = (t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) >= 2)
            _loop_vars['ordinal'] = l_2_ordinal
            if (t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) >= 2):
                pass
                if not isinstance(l_1_style, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_style['n'] = (environment.getattr((undefined(name='style') if l_1_style is missing else l_1_style), 'n') + 1)
            t_26.extend((
                '\n## ',
                str((undefined(name='heading') if l_2_heading is missing else l_2_heading)),
                '\n',
            ))
            if ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'problem'):
                pass
                if (t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers')) > 1):
                    pass
                    t_26.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('前面讲到的', (undefined(name='named') if l_2_named is missing else l_2_named), '问题，都要在', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作中下力气解决。', )), str_join(('解决', (undefined(name='named') if l_2_named is missing else l_2_named), '问题，是', (undefined(name='now') if l_1_now is missing else l_1_now), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作的着力点。', )), _loop_vars=_loop_vars)),
                        '\n',
                    ))
                else:
                    pass
                    l_2_p = environment.call(context, environment.getattr(environment.getitem(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'), 0), 'rstrip'), '。；', _loop_vars=_loop_vars)
                    _loop_vars['p'] = l_2_p
                    t_26.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('前面讲到，', (undefined(name='p') if l_2_p is missing else l_2_p), '。', (undefined(name='now') if l_1_now is missing else l_1_now), '的', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作，要从解决这个问题入手。', )), str_join(((undefined(name='p') if l_2_p is missing else l_2_p), '，这是', (undefined(name='now') if l_1_now is missing else l_1_now), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作必须解决的问题。', )), str_join(('抓', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作，首先要正视', (undefined(name='p') if l_2_p is missing else l_2_p), '的问题。', )), _loop_vars=_loop_vars)),
                        '\n',
                    ))
                if (undefined(name='goal') if l_2_goal is missing else l_2_goal):
                    pass
                    t_26.extend((
                        str((environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['', '年内，', '同时，'], _loop_vars=_loop_vars), 0) if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review') else '')),
                        str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                        '。',
                    ))
            elif ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'target'):
                pass
                t_26.extend((
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作的目标是：', (undefined(name='goal') if l_2_goal is missing else l_2_goal), '。', )), str_join(((undefined(name='goal') if l_2_goal is missing else l_2_goal), '，这是', (undefined(name='now') if l_1_now is missing else l_1_now), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作要完成的硬任务。', )), str_join(('围绕', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'), '工作，', (undefined(name='now') if l_1_now is missing else l_1_now), '的目标是', (undefined(name='goal') if l_2_goal is missing else l_2_goal), '。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
                if environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'):
                    pass
                    t_26.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('针对', (undefined(name='named') if l_2_named is missing else l_2_named), '的问题，要拿出过硬措施。', )), str_join(('对', (undefined(name='named') if l_2_named is missing else l_2_named), '的问题，要逐项研究解决。', )), _loop_vars=_loop_vars)),
                    )
            else:
                pass
                if (((undefined(name='fill') if l_2_fill is missing else l_2_fill) >= 1) or (not (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') or environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets')))):
                    pass
                    t_26.append(
                        str((undefined(name='wording') if l_2_wording is missing else l_2_wording)),
                    )
                if environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'):
                    pass
                    t_26.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('前面讲到的', (undefined(name='named') if l_2_named is missing else l_2_named), '问题，要在', (undefined(name='now') if l_1_now is missing else l_1_now), '的工作中下大力气解决。', )), str_join(('针对', (undefined(name='named') if l_2_named is missing else l_2_named), '的问题，', (undefined(name='now') if l_1_now is missing else l_1_now), '要拿出过硬措施。', )), str_join(('对', (undefined(name='named') if l_2_named is missing else l_2_named), '的问题，要坚持问题导向，逐项研究解决。', )), _loop_vars=_loop_vars)),
                        '\n',
                    ))
                if (undefined(name='goal') if l_2_goal is missing else l_2_goal):
                    pass
                    t_26.extend((
                        str((environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['', '年内，', '同时，'], _loop_vars=_loop_vars), 0) if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review') else '')),
                        str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                        '。',
                    ))
            for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'):
                _loop_vars = {}
                pass
                t_26.append(
                    str(l_3_s),
                )
            l_3_s = missing
            if ((t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) >= 3) and (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal)):
                pass
                t_26.append(
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('重点抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')), _loop_vars=_loop_vars), '件事。', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要重点抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_2(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')), _loop_vars=_loop_vars), '件事。', )), _loop_vars=_loop_vars)),
                )
            l_3_loop = missing
            for l_3_r, l_3_loop in LoopContext(environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'runs'), undefined):
                l_3_measure = resolve('measure')
                l_3_nth = resolve('nth')
                l_3_m = missing
                _loop_vars = {}
                pass
                l_3_m = str_join((environment.call(context, (undefined(name='measure') if l_3_measure is missing else l_3_measure), environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars), (str_join(('，', t_1(context.eval_ctx, environment.getattr(l_3_r, 'targets'), '，'), )) if ((undefined(name='with_targets') if l_2_with_targets is missing else l_2_with_targets) and environment.getattr(l_3_r, 'targets')) else ''), ))
                _loop_vars['m'] = l_3_m
                if (((not environment.getattr(l_3_loop, 'first')) and (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal)) and environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'measures')):
                    pass
                    t_26.append(
                        '¶',
                    )
                if (environment.getattr(l_3_loop, 'length') == 1):
                    pass
                    t_26.extend((
                        str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['重点是', str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '的重点是', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要着力', )), '要集中力量'], _loop_vars=_loop_vars), 0)),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                elif (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal):
                    pass
                    t_26.extend((
                        str(environment.call(context, (undefined(name='nth') if l_3_nth is missing else l_3_nth), environment.getattr(l_3_loop, 'index'), _loop_vars=_loop_vars)),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                else:
                    pass
                    t_26.extend((
                        str(('首先，要' if environment.getattr(l_3_loop, 'first') else ('最后，要' if (environment.getattr(l_3_loop, 'last') and (environment.getattr(l_3_loop, 'length') > 2)) else environment.getitem(['其次，要', '再次，要'], t_6(environment, [(environment.getattr(l_3_loop, 'index0') - 1), 1]))))),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                for l_4_s in environment.getattr(l_3_r, 'measures'):
                    _loop_vars = {}
                    pass
                    t_26.append(
                        str(l_4_s),
                    )
                l_4_s = missing
            l_3_loop = l_3_r = l_3_measure = l_3_m = l_3_nth = missing
            if (environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest') and environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'runs')):
                pass
                t_26.append(
                    '¶\n',
                )
            for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest'):
                l_3_facet_of = resolve('facet_of')
                l_3__ = resolve('_')
                l_3_j = missing
                _loop_vars = {}
                pass
                l_3_j = (environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), l_3_s, t_3(context.eval_ctx, t_4(context, l_1_kept, 'first')), _loop_vars=_loop_vars) if l_1_kept else -1)
                _loop_vars['j'] = l_3_j
                if ((undefined(name='j') if l_3_j is missing else l_3_j) >= 0):
                    pass
                    l_3__ = environment.call(context, environment.getattr(environment.call(context, environment.getattr(l_1_moved, 'setdefault'), (undefined(name='j') if l_3_j is missing else l_3_j), [], _loop_vars=_loop_vars), 'append'), l_3_s, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                else:
                    pass
                    t_26.append(
                        str(l_3_s),
                    )
            l_3_s = l_3_facet_of = l_3_j = l_3__ = missing
            if ((undefined(name='owners') if l_1_owners is missing else l_1_owners) and (environment.getattr(l_2_loop, 'index') <= 4)):
                pass
                t_26.append(
                    str(t_7(context.eval_ctx, t_7(context.eval_ctx, environment.getitem((undefined(name='owners') if l_1_owners is missing else l_1_owners), (environment.getattr(l_2_loop, 'index0') % t_2((undefined(name='owners') if l_1_owners is missing else l_1_owners)))), '{b}', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')), '{t}', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'))),
                )
        l_2_loop = l_2_tp = l_2_t = l_2_shape = l_2_TASK_HEADINGS = l_2_heads = l_2_vary = l_2_heading = l_2_pheads = l_2_named = l_2_TASK_WORDING = l_2_wording = l_2_echo = l_2_serve = l_2_TASK_MORE = l_2_ar = l_2_goal = l_2_with_targets = l_2_ordinal = l_2_p = l_2_fill = l_2_many = missing
        return concat(t_26)
    context.exported_vars.add('task_areas')
    context.vars['task_areas'] = l_0_task_areas = Macro(environment, macro, 'task_areas', ('per_topic', 'kept', 'moved'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_kept, l_1_moved):
        t_27 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_kept is missing:
            l_1_kept = undefined("parameter 'kept' was not provided", name='kept')
        if l_1_moved is missing:
            l_1_moved = undefined("parameter 'moved' was not provided", name='moved')
        pass
        l_2_loop = missing
        for l_2_f, l_2_loop in LoopContext(l_1_kept, undefined):
            l_2_vary = resolve('vary')
            l_2_fill = resolve('fill')
            _loop_vars = {}
            pass
            t_27.extend((
                '## ',
                str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), t_7(context.eval_ctx, environment.getitem(l_2_f, 0), '{t}', environment.getattr(l_1_t, 'name')), _loop_vars=_loop_vars)),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), t_7(context.eval_ctx, environment.getitem(l_2_f, 1), '{t}', environment.getattr(l_1_t, 'name')), _loop_vars=_loop_vars)),
                str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'task', 'facet', (1 + ((undefined(name='fill') if l_2_fill is missing else l_2_fill) // 3)), t_3(context.eval_ctx, t_4(context, l_2_f[2:], 'replace', '{t}', environment.getattr(l_1_t, 'name'))), topic=l_1_t, specific_only=True, _loop_vars=_loop_vars)),
                '\n',
            ))
            for l_3_s in environment.call(context, environment.getattr(l_1_moved, 'get'), environment.getattr(l_2_loop, 'index0'), [], _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                t_27.append(
                    str(l_3_s),
                )
            l_3_s = missing
        l_2_loop = l_2_f = l_2_vary = l_2_fill = missing
        return concat(t_27)
    context.exported_vars.add('facets')
    context.vars['facets'] = l_0_facets = Macro(environment, macro, 'facets', ('t', 'kept', 'moved'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_roles):
        t_28 = []
        l_1_plan = resolve('plan')
        l_1_local_units = resolve('local_units')
        l_1_township = resolve('township')
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_heads = l_1_own = l_1_more = l_1_others = l_1_powers = l_1_places = l_1_field = l_1_voiced_own = l_1_by_voice = missing
        if l_1_roles is missing:
            l_1_roles = undefined("parameter 'roles' was not provided", name='roles')
        pass
        l_1_heads = {'leadership': ['加强组织领导', '压实工作责任', '强化组织保障', '落实领导责任', '扛牢主体责任'], 'supervision': ['强化督查考核', '严格督导问效', '健全考核评价机制', '抓实督查问效', '严格考核奖惩'], 'style': ['切实转变作风', '大力改进作风', '锤炼过硬作风', '改进工作作风', '树立实干导向'], 'integrity': ['严守纪律规矩', '筑牢廉洁防线', '持续正风肃纪', '从严正风肃纪', '守牢廉洁底线'], 'coordination': ['强化协作配合', '形成工作合力', '加强统筹协调', '凝聚部门合力', '推动协同联动'], 'publicity': ['加强宣传引导', '营造良好氛围', '做好宣传动员', '强化舆论引导', '广泛宣传发动'], 'funding': ['加大投入保障', '强化要素保障', '落实经费保障', '保障资金投入', '强化投入支撑'], 'talent': ['强化人才支撑', '用好用活人才', '激发队伍活力', '关心关爱人才', '建强人才队伍']}
        l_1_own = {'leadership': '各级各单位主要负责同志要亲自抓、负总责，把各项任务分解到岗、落实到人，确保件件有着落、事事有回音。‖各单位一把手是第一责任人，要亲自研究、亲自部署、亲自推动，把每一项任务都落实到具体岗位和具体责任人。‖各级各单位要把卫生健康工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。', 'supervision': '要建立健全督查考核机制，对重点任务实行清单化管理，定期调度、跟踪问效，考核结果与评先评优挂钩。‖要对重点任务建立工作台账，实行挂图作战、销号管理，定期调度通报，考核结果作为评先评优的重要依据。‖要把重点任务完成情况纳入年度目标考核，坚持月调度、季通报、年考核，以考核传导压力、推动落实。', 'style': '要大兴调查研究之风，坚决反对形式主义、官僚主义，以实干实绩赢得群众信任。‖要力戒形式主义、官僚主义，把心思和精力用在抓落实上，用实实在在的成效取信于民。‖要坚持说实话、办实事、求实效，把心思和精力集中到抓落实上来，以过硬作风推动工作。', 'integrity': '要严格落实全面从严治党主体责任，持续纠治医药购销和医疗服务中的不正之风。‖要扛牢全面从严治党主体责任，驰而不息纠治医药购销领域和医疗服务中的不正之风。‖要把全面从严治党要求贯穿卫生健康工作全过程，坚决整治医药购销和医疗服务中的不正之风。', 'coordination': '卫生健康工作涉及面广，各有关部门要各司其职、密切配合，形成齐抓共管的工作格局。‖卫生健康工作不是哪一个部门的事，各有关部门要主动认领任务、加强沟通衔接，形成齐抓共管的合力。‖各有关部门要按照职责分工，主动担当、互相支持，形成上下联动、部门协同的工作格局。', 'publicity': '要加强政策解读和典型宣传，凝聚全社会支持卫生健康事业的共识。‖要讲好政策、讲透道理，及时宣传先进典型，为卫生健康工作营造良好舆论环境。‖要把政策解读和典型宣传结合起来，让全社会更加理解和支持卫生健康工作。', 'funding': '要落实政府办医责任，加大财政投入，保障重点项目和重点任务顺利实施。‖要压实政府投入责任，优先保障重点项目和重点任务的资金需求。‖要把卫生健康投入作为民生投入的重点，确保重点项目和重点任务经费落实到位。', 'talent': '要关心关爱医务人员，落实各项待遇保障，充分调动广大医务人员的积极性。‖要真心关爱医务人员，把各项待遇落实到位，让广大医务人员安心、放心、舒心工作。‖要为医务人员办实事、解难题，落实好各项待遇保障，激发干事创业的内生动力。'}
        l_1_more = {'leadership': ['要把重点任务纳入重要议事日程，主要负责同志定期听取汇报、研究解决重大问题，分管负责同志靠前指挥、具体推动。‖要把重点任务摆上重要议事日程，主要负责同志定期听取汇报、研究重大问题，分管负责同志靠前指挥、一线推动。', '对重点难点工作，领导班子成员要分工包干、一线督战，遇到问题及时研究、及时协调。‖对重点难点工作，班子成员要分片包干、靠前督战，发现问题第一时间研究、第一时间协调。', '要层层签订目标责任书，把责任传导到每一个单位、每一个岗位，形成一级抓一级、层层抓落实的工作格局。‖要逐级签订目标责任书，把压力传导到每一个单位、每一个岗位，做到一级抓一级、层层抓落实。'], 'supervision': ['对工作推进不力、任务落实不到位的，要及时通报、限期整改，情节严重的严肃追责问责。‖对推进不力、落实不到位的单位，要及时通报、限期整改，情节严重的要严肃问责。', '督查要突出重点、注重实效，既查进度、也查质量，防止以会议落实会议、以文件落实文件。‖督查工作要突出重点、讲求实效，既看进度、更看质量，坚决防止以会议落实会议、以文件落实文件。', '要把日常督查和专项督查结合起来，对发现的问题建立整改台账，整改一项、销号一项。‖要坚持日常督查与专项督查相结合，发现问题就建立台账，整改一项、销号一项。'], 'style': ['要深入基层、深入一线，多到问题多、困难大、群众意见集中的地方去，面对面听取意见，实打实解决问题。‖要多到基层一线去，多到困难多、矛盾多、群众意见集中的地方去，当面听取意见，实实在在解决问题。', '各级领导干部要带头转变作风，少开会、开短会，把更多时间和精力用在解决实际问题上。‖领导干部要带头改进作风，精简会议文件，把更多精力放到解决实际问题上。', '要大力弘扬崇尚实干、勇于担当的良好风气，对看准了的事情抓紧干、马上办，决不能议而不决、决而不行。‖要大兴实干之风，对看准了的事情马上就办、一抓到底，决不能议而不决、决而不行。'], 'integrity': ['要加强廉洁从业教育，健全权力运行监督机制，让干部职工知敬畏、存戒惧、守底线。‖要深化廉洁从业教育，完善权力运行监督机制，引导干部职工知敬畏、存戒惧、守底线。', '要盯住重点岗位、关键环节，完善内部控制制度，把权力关进制度的笼子。‖要紧盯重点岗位和关键环节，健全内部控制制度，把权力关进制度的笼子里。', '要持续开展警示教育，用身边事教育身边人，筑牢拒腐防变的思想防线。‖要经常性开展警示教育，以案示警、以案促改，筑牢拒腐防变的思想防线。', '要加强对医疗机构采购、基建、财务等重点环节的审计监督，发现问题及时整改。', '领导干部要带头遵守廉洁自律各项规定，管好自己、管好家属、管好身边工作人员。'], 'coordination': ['对涉及多个部门的工作，牵头单位要主动协调，配合单位要积极支持，做到不推诿、不扯皮。‖凡是涉及多个部门的工作，牵头单位要主动协调，配合单位要积极配合，决不能推诿扯皮。', '要建立健全部门联席会议制度，定期通报情况、会商问题，及时解决工作中的矛盾和困难。‖要完善部门联席会议制度，定期通报情况、会商难题，及时化解工作中的矛盾和困难。', '卫生健康部门要当好参谋助手，主动向上汇报、横向沟通，争取各方面的理解和支持。‖卫生健康部门要发挥好参谋助手作用，主动汇报、加强沟通，争取各方面的理解和支持。'], 'publicity': ['要充分利用报刊、广播电视和新媒体，讲好卫生健康故事，传播好卫生健康声音。‖要用好报刊、广播电视和新媒体等各类平台，讲好卫生健康故事，传播卫生健康好声音。', '要注重挖掘和宣传基层一线的先进典型，弘扬崇高职业精神，激励广大医务人员见贤思齐。‖要深入挖掘基层一线的先进典型，大力弘扬崇高职业精神，引导广大医务人员见贤思齐。', '要加强舆情监测和研判，及时回应群众关切，做到正面发声、主动引导。‖要做好舆情监测研判，对群众关切及时回应，坚持正面发声、主动引导。'], 'funding': ['要加强资金监管，提高资金使用效益，把有限的资金用在刀刃上。‖要强化资金监管，提高资金使用绩效，确保有限的资金用在刀刃上。', '要积极争取上级项目和资金支持，拓宽投入渠道，引导社会力量参与卫生健康事业发展。‖要主动争取上级项目和资金支持，多渠道筹措资金，引导社会力量参与卫生健康事业。', '对重点项目资金，要实行专款专用、跟踪问效，防止资金闲置和挪用。', '要建立稳定的投入增长机制，确保卫生健康投入与事业发展需要相适应。'], 'talent': ['要完善人才培养和激励机制，为优秀人才干事创业搭建平台、创造条件。‖要健全人才培养和激励机制，为优秀人才干事创业搭好平台、创造条件。', '要拓宽人才引进渠道，对急需紧缺人才开辟绿色通道，做到引得进、留得住、用得好。‖要拓宽引才渠道，为急需紧缺人才开辟绿色通道，让人才引得进、留得住、用得好。', '要加强基层卫生人才队伍建设，落实基层倾斜政策，让基层人才下得去、稳得住。‖要把基层卫生人才队伍建设摆在突出位置，落实向基层倾斜的政策，让人才下得去、稳得住。', '要落实好医务人员带薪休假和定期体检等制度，关心他们的身心健康。', '对在工作中作出突出贡献的医务人员，要及时给予表彰奖励，树立鲜明的导向。']}
        l_1_others = ('编办、人社、财政、医保' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') >= 2019) else '编办、人社、财政')
        l_1_powers = ('编制核定、人才待遇、经费投入和医保支付' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') >= 2019) else '编制核定、人才待遇和经费投入')
        l_1_places = (environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') if (environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') and (not (undefined(name='township') if l_1_township is missing else l_1_township))) else '')
        l_1_field = (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'))
        l_1_voiced_own = {'government': {'coordination': str_join(((undefined(name='others') if l_1_others is missing else l_1_others), '等部门要按照职责分工，在', (undefined(name='powers') if l_1_powers is missing else l_1_powers), '等方面主动支持', (undefined(name='field') if l_1_field is missing else l_1_field), '工作，形成推动事业发展的合力。‖', (undefined(name='field') if l_1_field is missing else l_1_field), '工作不是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门一家的事，', (undefined(name='others') if l_1_others is missing else l_1_others), '等部门要各司其职、密切配合，把涉及本部门的任务认领到位。', (str_join(('‖', (undefined(name='places') if l_1_places is missing else l_1_places), '要落实属地责任，把', (undefined(name='field') if l_1_field is missing else l_1_field), '工作纳入本地经济社会发展的总体安排，与各有关部门形成上下联动的工作格局。', )) if (undefined(name='places') if l_1_places is missing else l_1_places) else ''), )), 'funding': str_join(('财政部门要落实政府办医责任，把', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '投入作为民生投入的重点，确保重点项目和重点任务经费落实到位。‖要压实政府投入责任，财政部门要优先保障重点项目和重点任务的资金需求。', )), 'talent': str_join(('编办、人社部门要在编制核定、岗位设置、职称评聘和薪酬待遇上给予支持，让医务人员安心、放心、舒心工作。‖要落实医务人员各项待遇保障，人社部门要会同', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门完善人才激励政策，充分调动广大医务人员的积极性。', ))}, 'bureau': {'coordination': str_join(('要主动加强与', (undefined(name='others') if l_1_others is missing else l_1_others), '等部门的沟通，积极争取在', (undefined(name='powers') if l_1_powers is missing else l_1_powers), '等方面的支持。‖系统各单位要各司其职、密切配合，形成齐抓共管的工作格局。', )), 'funding': '要积极争取财政支持，把重点项目和重点任务的资金需求及早报准、报实。‖要积极争取上级项目和资金支持，确保重点项目和重点任务经费落实到位。'}}
        l_1_by_voice = environment.call(context, environment.getattr((undefined(name='voiced_own') if l_1_voiced_own is missing else l_1_voiced_own), 'get'), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice'), {})
        for l_2_role in l_1_roles:
            l_2_vary = resolve('vary')
            l_2_pick = resolve('pick')
            l_2_fill = resolve('fill')
            _loop_vars = {}
            pass
            t_28.extend((
                '## ',
                str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *environment.getitem((undefined(name='heads') if l_1_heads is missing else l_1_heads), l_2_role))),
                '\n',
            ))
            if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and (l_2_role in (undefined(name='by_voice') if l_1_by_voice is missing else l_1_by_voice))):
                pass
                t_28.extend((
                    str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), environment.getitem((undefined(name='by_voice') if l_1_by_voice is missing else l_1_by_voice), l_2_role), _loop_vars=_loop_vars) or environment.call(context, (undefined(name='pick') if l_2_pick is missing else l_2_pick), 'safeguard', l_2_role, min_len=16, default=environment.getitem((undefined(name='own') if l_1_own is missing else l_1_own), l_2_role), _loop_vars=_loop_vars))),
                    '\n',
                ))
            else:
                pass
                t_28.extend((
                    str(environment.call(context, (undefined(name='pick') if l_2_pick is missing else l_2_pick), 'safeguard', l_2_role, min_len=16, avoid=['一级抓一级', '层层抓落实', '一级抓给一级'], default=environment.call(context, environment.getattr((undefined(name='by_voice') if l_1_by_voice is missing else l_1_by_voice), 'get'), l_2_role, environment.getitem((undefined(name='own') if l_1_own is missing else l_1_own), l_2_role), _loop_vars=_loop_vars), _loop_vars=_loop_vars)),
                    '\n',
                ))
            t_28.extend((
                str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'safeguard', l_2_role, ((undefined(name='fill') if l_2_fill is missing else l_2_fill) // 3), environment.getitem((undefined(name='more') if l_1_more is missing else l_1_more), l_2_role), _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_role = l_2_vary = l_2_pick = l_2_fill = missing
        return concat(t_28)
    context.exported_vars.add('safeguards')
    context.vars['safeguards'] = l_0_safeguards = Macro(environment, macro, 'safeguards', ('roles',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rally):
        t_29 = []
        l_1_kind = resolve('kind')
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        l_1_fill = resolve('fill')
        l_1_pick = resolve('pick')
        l_1_picks = resolve('picks')
        l_1_run = resolve('run')
        l_1_in_force = resolve('in_force')
        l_1_ERA_LINES = resolve('ERA_LINES')
        l_1_welcome = resolve('welcome')
        l_1_era_aim = resolve('era_aim')
        l_1_rally_under = resolve('rally_under')
        l_1_deal = resolve('deal')
        l_1_aim = missing
        if l_1_rally is missing:
            l_1_rally = True
        pass
        t_29.extend((
            '¶',
            str(('各位代表、同志们，' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report') else '同志们，')),
            '\n',
        ))
        if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
            pass
            t_29.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '今天的会议，盘点了上半年的工作，查找了差距和不足，对下半年工作作了安排部署。', '这次会议，既总结了上半年的工作，也明确了下半年的目标任务。', '今天的会议，回顾了上半年的工作，分析了存在的差距，部署了下半年的重点任务。')),
                '\n',
            ))
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic'):
            pass
            t_29.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天的会议，对', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作作了专题部署，任务已经明确，责任已经落实。', )), str_join(('这次会议统一了思想，明确了', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作的重点任务和各方责任。', )), str_join(('今天的会议，对', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作进行了全面动员和部署，目标任务已经明确。', )), str_join(('这次专题会议把', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作的任务和责任都讲清楚了。', )), str_join((environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作怎么抓、谁来抓，今天的会议已经讲得很明白。', )))),
                '\n',
            ))
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report'):
            pass
            t_29.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的目标任务已经明确，全系统要以这次大会为新的起点，一步一个脚印把各项工作落到实处。', )), '新的一年，任务更加繁重，使命更加光荣。', '新的一年，我们肩负的任务更加艰巨，责任更加重大。')),
                '\n',
            ))
        else:
            pass
            t_29.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '今天的会议，总结了过去一年的工作，分析了面临的形势，部署了今年的重点任务。', str_join(('这次会议，回顾了', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年的工作，明确了', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的目标任务和工作举措。', )), '今天的会议，既总结了成绩、查找了问题，又分析了形势、明确了任务。')),
                '\n',
            ))
        t_29.extend((
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('做好今年的', (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else '卫生健康'), '工作，任务艰巨，责任重大。', )), '新的任务已经明确，关键在于抓落实。', '蓝图已经绘就，号角已经吹响，关键在于狠抓落实。', '任务已经明确，责任已经落实，关键在于真抓实干。')),
            '\n',
        ))
        l_1_aim = ('确保全年目标任务圆满完成。' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '推动各项工作开好局、起好步。')
        if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 6):
            pass
            t_29.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('各级各单位要把思想和行动统一到会议部署上来，以只争朝夕的精神状态、真抓实干的工作作风，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖各级各单位要迅速行动起来，以时不我待的紧迫感和舍我其谁的责任感，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖各级各单位要把会议部署转化为具体行动，拿出攻坚克难的勇气、真抓实干的劲头，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), )))),
            )
        if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'work_report'):
            pass
            t_29.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '会后，各单位要迅速传达学习这次会议精神，结合实际细化措施，确保会议部署落到实处。', '会后，大家要抓紧把会议精神传达到每一个单位、每一名干部职工，把今天部署的各项任务落到实处。', '会后，各单位要及时向班子成员和干部职工传达会议精神，抓紧制定具体措施，把会议部署落到实处。')),
                '\n',
            ))
        if l_1_rally:
            pass
            if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 4):
                pass
                t_29.append(
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'closing', 'vision', min_len=16)),
                )
            l_1_run = environment.call(context, (undefined(name='picks') if l_1_picks is missing else l_1_picks), 'parallel', 'run', 1, max_len=12)
            l_1_welcome = environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'welcome'))
            l_1_welcome = ((t_1(context.eval_ctx, t_8((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome)), '，') if (t_2((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome)) == 2) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='welcome') if l_1_welcome is missing else l_1_welcome))) if (undefined(name='welcome') if l_1_welcome is missing else l_1_welcome) else '')
            l_1_era_aim = environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'aim'))
            l_1_rally_under = (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'party'), '、', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), )) if ((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') and (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') == environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))) and (not ((('政府' in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org')) or ('党委' in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))) or environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), 'endswith'), '委')))) else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))
            t_29.extend((
                '让我们在',
                str((undefined(name='rally_under') if l_1_rally_under is missing else l_1_rally_under)),
                '的坚强领导下，',
                str((t_1(context.eval_ctx, (undefined(name='run') if l_1_run is missing else l_1_run), '、') if (undefined(name='run') if l_1_run is missing else l_1_run) else environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['凝心聚力、开拓进取', '团结奋进、攻坚克难', '锐意进取、埋头苦干', '坚定信心、奋发有为']), 0))),
                '，',
                str((str_join(((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome), '，', )) if (undefined(name='welcome') if l_1_welcome is missing else l_1_welcome) else cond_expr_undefined("the inline if-expression on line 467 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
            ))
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing'):
                pass
                t_29.extend((
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing')),
                    '！',
                ))
            elif (undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim):
                pass
                t_29.extend((
                    '为',
                    str(environment.getitem((undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim), 0)),
                    '、建设健康',
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region_short')),
                    '作出新的更大贡献！',
                ))
            else:
                pass
                t_29.extend((
                    '为建设健康',
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region_short')),
                    '、保障人民群众身体健康作出新的更大贡献！',
                ))
        return concat(t_29)
    context.exported_vars.add('closing')
    context.vars['closing'] = l_0_closing = Macro(environment, macro, 'closing', ('rally',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '6=90&9=112&10=113&11=116&16=128&17=137&21=139&22=140&23=142&24=143&26=145&27=146&29=149&32=154&33=158&34=162&35=167&36=176&38=184&39=187&40=190&46=196&47=203&48=205&52=211&53=222&54=223&55=224&56=226&58=227&59=230&63=236&65=239&66=242&71=248&72=264&73=268&77=270&82=278&83=290&84=292&85=298&86=302&87=305&88=307&89=309&91=315&94=320&98=326&99=340&101=344&102=347&105=349&106=352&108=360&110=364&113=367&114=377&115=380&121=386&124=395&126=398&127=403&128=406&129=419&130=426&132=431&135=432&136=435&138=441&140=444&141=450&142=456&147=462&148=472&151=473&152=474&153=475&154=479&156=484&157=485&158=486&159=489&160=492&161=495&162=498&163=501&165=507&167=510&168=515&169=517&170=520&171=522&177=528&178=534&179=536&180=538&184=544&185=556&186=557&187=561&189=568&193=571&194=572&195=575&196=579&197=584&199=590&201=593&205=597&206=600&208=603&209=610&214=615&216=616&217=617&218=630&219=635&220=638&221=641&222=643&223=649&224=652&225=654&226=660&228=665&229=668&231=674&238=680&239=700&240=702&241=703&242=707&243=710&245=715&247=725&250=728&251=731&252=734&253=737&254=740&255=743&257=747&261=750&264=751&265=754&266=765&267=767&268=769&269=775&270=777&271=779&273=785&274=786&275=792&276=798&277=801&278=804&285=810&286=827&287=828&288=829&292=830&293=832&294=833&295=835&296=838&298=840&299=852&300=854&301=856&302=858&304=860&305=862&306=869&307=871&309=873&310=875&311=889&314=893&315=895&316=897&319=899&320=901&322=908&323=911&324=913&325=916&327=921&328=924&330=927&331=934&332=937&333=940&335=947&336=952&337=955&339=958&341=965&342=972&343=978&344=984&347=986&348=991&349=994&350=998&351=1001&354=1008&356=1012&359=1020&364=1025&365=1043&370=1052&372=1062&373=1069&374=1071&376=1072&377=1075&382=1086&383=1097&389=1098&398=1099&410=1100&411=1101&412=1102&413=1103&414=1104&422=1105&423=1106&424=1114&427=1117&428=1126&430=1130&436=1137&437=1158&438=1161&439=1164&440=1167&441=1170&442=1173&443=1176&445=1182&449=1186&450=1189&451=1190&452=1195&453=1198&455=1201&456=1203&457=1208&460=1209&463=1210&464=1211&466=1212&467=1215&468=1221&469=1227&470=1240'
# Compiled from templates/sections/_parts.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 00a40f495ad1fbf7f838118bbbdcd5e35f9449983743c25c5ad98ec13a4784f4
