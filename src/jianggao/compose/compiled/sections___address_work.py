from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/_address_work.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_parts = l_0_speech = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_7 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/_address_work.j2').make_module(context.get_all(), True, {'parts': l_0_parts, 'speech': l_0_speech})
    context.exported_vars.discard('parts')
    def macro():
        t_8 = []
        l_1_b = resolve('b')
        l_1_voice_given = resolve('voice_given')
        l_1_plan = resolve('plan')
        l_1_from_above = resolve('from_above')
        l_1_vary = resolve('vary')
        l_1_fill = resolve('fill')
        l_1_namespace = resolve('namespace')
        l_1_own = resolve('own')
        l_1_figure_times = resolve('figure_times')
        l_1_answer = resolve('answer')
        l_1_in_force = resolve('in_force')
        l_1_ERA_LINES = resolve('ERA_LINES')
        l_1_agenda_items = resolve('agenda_items')
        l_1_short_agenda = resolve('short_agenda')
        l_1_year_is = resolve('year_is')
        l_1_pick = resolve('pick')
        l_1_tasks = resolve('tasks')
        l_1__ = resolve('_')
        l_1_local_units = resolve('local_units')
        l_1_many = resolve('many')
        l_1_plan_in_force = resolve('plan_in_force')
        l_1_led_by = resolve('led_by')
        l_1_under = resolve('under')
        l_1_host = l_1_crew = l_1_landmarks = l_1_agenda = l_1_epidemic = l_1_cg = l_1_f = l_1_placed = l_1_points = l_1_ADDRESS_POINT_ROOM = l_1_rest = l_1_honour = l_1_aim = l_1_goal = missing
        pass
        l_1_host = (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') or environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))
        if (((not (undefined(name='voice_given') if l_1_voice_given is missing else l_1_voice_given)) and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') in ('government', 'township'))) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')):
            pass
            l_1_host = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')
        l_1_crew = str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '广大', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作者', ))
        if (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above):
            pass
            t_8.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'meeting'), '召开，我很高兴来参加这次会议。', )), str_join(('很高兴参加', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'meeting'), '。', )))),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('首先，我代表', (undefined(name='host') if l_1_host is missing else l_1_host), '，对会议的召开表示祝贺，向', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '广大', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作者致以诚挚的问候！', )), str_join(('借此机会，我代表', (undefined(name='host') if l_1_host is missing else l_1_host), '，对会议的召开表示热烈的祝贺，向辛勤工作在', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '战线上的同志们表示亲切的问候！', )))),
                '\n',
            ))
        else:
            pass
            if ((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') > 4) and (not environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'ahead'))):
                pass
                t_8.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天，我们召开', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'meeting'), '，主要是盘点前一阶段的工作，分析存在的问题，安排部署下一阶段的任务。', )), '这次会议的主要任务是总结前一阶段的工作，查找差距，推动全年各项任务落实。')),
                    '\n',
                ))
            else:
                pass
                t_8.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天，我们召开', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'meeting'), '，主要任务是总结', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年工作，分析当前形势，安排部署', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的工作任务。', )), str_join(('这次会议的主要任务是回顾总结', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年的', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作，分析面临的形势，明确', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的工作重点。', )), ('今天召开的这次会议，是在新的一年开局之际召开的一次重要会议，主要是总结过去一年的工作，部署今年的任务。' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') <= 3) else ''))),
                    '\n',
                ))
            if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 2):
                pass
                t_8.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('开好这次会议，对于统一思想、明确任务，做好今年的', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作，具有重要意义。', )), (str_join(('开好这次会议，对于动员', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '上下进一步统一思想、鼓足干劲，推动今年各项工作开好局、起好步，十分重要。', )) if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') <= 3) else ''))),
                )
            t_8.extend((
                str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'spoken_before'))),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('借此机会，我代表', (undefined(name='host') if l_1_host is missing else l_1_host), '，向', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '致以诚挚的问候，向一年来辛勤工作在', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '战线上的同志们表示衷心的感谢！', )), str_join(('在这里，我代表', (undefined(name='host') if l_1_host is missing else l_1_host), '，向', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '表示诚挚的问候，向为守护群众健康付出辛勤劳动的同志们表示衷心的感谢！', )))),
                '\n',
            ))
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'):
            pass
            l_1_own = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), all=True)
            for l_2_r in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_r, 'results') or environment.getattr(l_2_r, 'setbacks')):
                    pass
                    if not isinstance(l_1_own, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_own['all'] = False
                for l_3_f in environment.getattr(l_2_r, 'facts'):
                    l_3_own_time = resolve('own_time')
                    _loop_vars = {}
                    pass
                    if (not environment.call(context, (undefined(name='own_time') if l_3_own_time is missing else l_3_own_time), l_3_f, _loop_vars=_loop_vars)):
                        pass
                        if not isinstance(l_1_own, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_1_own['all'] = False
                l_3_f = l_3_own_time = missing
            l_2_r = missing
            t_8.extend((
                '¶',
                str(('' if environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 'all') else (environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '过去一年，', '一年来，') if ('一年来，' in (undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times)) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *([str_join((environment.getitem((undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times), 0), '，', ))] + (['去年，'] if ('去年' in (undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times)) else [])))))),
                '\n',
            ))
            for l_2_r in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'):
                l_2_deal = resolve('deal')
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_r, 'results') or environment.getattr(l_2_r, 'setbacks')):
                    pass
                    t_8.extend((
                        str(environment.getitem(environment.call(context, (undefined(name='deal') if l_2_deal is missing else l_2_deal), [str_join((environment.getattr(environment.getattr(l_2_r, 'topic'), 'name'), '方面，', )), str_join(('在', environment.getattr(environment.getattr(l_2_r, 'topic'), 'name'), '方面，', )), str_join((environment.getattr(environment.getattr(l_2_r, 'topic'), 'name'), '工作中，', ))], _loop_vars=_loop_vars), 0)),
                        str(t_2(context.eval_ctx, ((environment.getattr(l_2_r, 'results') + environment.getattr(l_2_r, 'setbacks')) + environment.getattr(l_2_r, 'facts')), '，')),
                        '。',
                    ))
                elif environment.getattr(l_2_r, 'facts'):
                    pass
                    t_8.extend((
                        str(t_2(context.eval_ctx, environment.getattr(l_2_r, 'facts'), '，')),
                        '。',
                    ))
            l_2_r = l_2_deal = missing
            if (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above):
                pass
                t_8.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这些成绩的取得，是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '各级各部门共同努力的结果，凝聚着广大', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作者的心血和汗水。', )), str_join(('这些成绩来之不易，凝聚着', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '广大', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作者的辛勤付出。', )))),
                    '\n',
                ))
            else:
                pass
                t_8.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这些成绩的取得，凝聚着', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '的心血和汗水。', )), str_join(('这些成绩来之不易，是', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '用辛勤劳动换来的。', )), str_join(('成绩的背后，是', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '的默默奉献。', )))),
                )
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                pass
                t_8.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '在肯定成绩的同时，也要清醒地看到，', '同时也要看到，')),
                    str(t_2(context.eval_ctx, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), '，')),
                    '，',
                    str(('这些问题' if (t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) > 1) else '这个问题')),
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '需要在今年的工作中认真加以解决。', '要在今年的工作中下功夫解决。')),
                ))
                for (l_2_p, l_2_said, l_2_on_item) in environment.call(context, (undefined(name='answer') if l_1_answer is missing else l_1_answer), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')):
                    _loop_vars = {}
                    pass
                    t_8.append(
                        str(l_2_said),
                    )
                l_2_p = l_2_said = l_2_on_item = missing
        else:
            pass
            t_8.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('过去一年，', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '坚守岗位、默默奉献，为守护群众健康付出了辛勤的劳动。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '战线的同志们扎根岗位、埋头苦干，为守护群众健康做了大量工作。', )))),
                '\n',
            ))
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                pass
                t_8.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '同时也要看到，', '我们也清醒地认识到，')),
                    str(t_2(context.eval_ctx, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), '，')),
                    '，',
                    str(('这些问题' if (t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) > 1) else '这个问题')),
                    '需要在今年的工作中认真加以解决。',
                ))
                for (l_2_p, l_2_said, l_2_on_item) in environment.call(context, (undefined(name='answer') if l_1_answer is missing else l_1_answer), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')):
                    _loop_vars = {}
                    pass
                    t_8.append(
                        str(l_2_said),
                    )
                l_2_p = l_2_said = l_2_on_item = missing
        l_1_landmarks = t_4(context.eval_ctx, t_5(context, environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), t_7(environment, environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'opening'), attribute='from', reverse=True))[:1], 'replace', '{scope}', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope')))
        l_1_agenda = []
        for l_2_a in environment.call(context, (undefined(name='agenda_items') if l_1_agenda_items is missing else l_1_agenda_items), 2):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='agenda') if l_1_agenda is missing else l_1_agenda), 'append'), environment.getattr(l_2_a, 'lines'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_a = l_2__ = missing
        l_1_epidemic = environment.call(context, (undefined(name='short_agenda') if l_1_short_agenda is missing else l_1_short_agenda), 'agenda', address=True)[:1]
        l_1_cg = ((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress') or '') if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing') else '')
        l_1_f = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')
        l_1_placed = (((undefined(name='f') if l_1_f is missing else l_1_f) and environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan')) and (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan') in t_2(context.eval_ctx, (undefined(name='landmarks') if l_1_landmarks is missing else l_1_landmarks), '')))
        t_8.append(
            '¶',
        )
        for l_2_x in (undefined(name='landmarks') if l_1_landmarks is missing else l_1_landmarks):
            _loop_vars = {}
            pass
            t_8.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), l_2_x, _loop_vars=_loop_vars)),
            )
        l_2_x = missing
        if ((((undefined(name='f') if l_1_f is missing else l_1_f) and environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan')) and environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place')) and (not (undefined(name='placed') if l_1_placed is missing else l_1_placed))):
            pass
            l_1_year_is = str_join(('今年是“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”', ('规划收官之年' if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '收官之年') else (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '开局之年') else (str_join(('规划', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), )) if ('的' in environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place')) else str_join(('规划的', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), ))))), ))
            t_8.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='year_is') if l_1_year_is is missing else l_1_year_is), '，各项工作都要对照规划目标抓紧推进。', )), (str_join(((undefined(name='year_is') if l_1_year_is is missing else l_1_year_is), '，规划确定的各项目标任务都要对照推进。', )) if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') != '开局之年') else str_join(((undefined(name='year_is') if l_1_year_is is missing else l_1_year_is), '，各项工作都要开好局、起好步。', ))))),
            )
        for l_2_x in (undefined(name='epidemic') if l_1_epidemic is missing else l_1_epidemic):
            _loop_vars = {}
            pass
            t_8.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), l_2_x, _loop_vars=_loop_vars)),
            )
        l_2_x = missing
        for l_2_lines in (undefined(name='agenda') if l_1_agenda is missing else l_1_agenda)[:(1 if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) < 3) else 2)]:
            _loop_vars = {}
            pass
            t_8.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *l_2_lines)),
            )
        l_2_lines = missing
        if ((not (undefined(name='landmarks') if l_1_landmarks is missing else l_1_landmarks)) and (undefined(name='cg') if l_1_cg is missing else l_1_cg)):
            pass
            t_8.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('我们要深入学习贯彻', (undefined(name='cg') if l_1_cg is missing else l_1_cg), '精神，把上级的部署要求落实到', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '各项工作中去。', )))),
            )
        if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 2):
            pass
            t_8.append(
                str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'address', 'significance', default=['人民群众的健康是经济社会发展的重要基础，维护和增进群众健康是各级党委、政府的重要职责。'])),
            )
        t_8.append(
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '我们要认清形势、把握机遇，增强做好今年工作的责任感和紧迫感。', '面对新的形势和任务，我们必须进一步增强责任感和紧迫感，把各项工作抓紧抓实。', '大家要准确把握形势，切实增强做好今年工作的责任感、使命感和紧迫感。')),
        )
        l_1_points = []
        l_1_ADDRESS_POINT_ROOM = t_1((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'target') * 0.12))
        for l_2_t in (undefined(name='tasks') if l_1_tasks is missing else l_1_tasks)[:4]:
            l_2_TASK_HEADINGS = resolve('TASK_HEADINGS')
            l_2_measures = resolve('measures')
            l_2__ = l_1__
            l_2_serve = resolve('serve')
            l_2_TASK_MORE = resolve('TASK_MORE')
            l_2_TASK_WORDING = resolve('TASK_WORDING')
            l_2_ar = resolve('ar')
            l_2_range = resolve('range')
            l_2_heads = l_2_head = l_2_body = l_2_served = missing
            _loop_vars = {}
            pass
            l_2_heads = []
            _loop_vars['heads'] = l_2_heads
            for l_3_h in (environment.call(context, environment.getattr((undefined(name='TASK_HEADINGS') if l_2_TASK_HEADINGS is missing else l_2_TASK_HEADINGS), 'get'), environment.getattr(environment.getattr(l_2_t, 'topic'), 'key'), [], _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_2_t, 'topic'), 'known') else []):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                if ((not t_4(context.eval_ctx, t_6(context, environment.getattr(l_2_t, 'items'), 'in', l_3_h))) and (not t_4(context.eval_ctx, t_6(context, t_5(context, t_5(context, environment.getattr(l_2_t, 'items'), 'replace', '推进', ''), 'replace', '实施', ''), 'in', l_3_h)))):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='heads') if l_2_heads is missing else l_2_heads), 'append'), l_3_h, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_h = l_3__ = missing
            l_2_head = (environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *(undefined(name='heads') if l_2_heads is missing else l_2_heads)) if (undefined(name='heads') if l_2_heads is missing else l_2_heads) else '')
            _loop_vars['head'] = l_2_head
            l_2_body = []
            _loop_vars['body'] = l_2_body
            if environment.getattr(l_2_t, 'items'):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='body') if l_2_body is missing else l_2_body), 'append'), str_join(('要', environment.call(context, (undefined(name='measures') if l_2_measures is missing else l_2_measures), environment.getattr(l_2_t, 'items'), _loop_vars=_loop_vars), (str_join(('，', t_2(context.eval_ctx, environment.getattr(l_2_t, 'targets'), '，'), )) if environment.getattr(l_2_t, 'targets') else ''), '。', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            elif environment.getattr(l_2_t, 'targets'):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='body') if l_2_body is missing else l_2_body), 'append'), str_join(('今年，', t_2(context.eval_ctx, environment.getattr(l_2_t, 'targets'), '，'), '。', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_served = []
            _loop_vars['served'] = l_2_served
            if (environment.getattr(l_2_t, 'items') and environment.getattr(environment.getattr(l_2_t, 'topic'), 'known')):
                pass
                l_2_ar = environment.call(context, (undefined(name='serve') if l_2_serve is missing else l_2_serve), environment.getattr(l_2_t, 'items'), (environment.call(context, environment.getattr((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'get'), environment.getattr(environment.getattr(l_2_t, 'topic'), 'key'), environment.getitem((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'general'), _loop_vars=_loop_vars) + environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'get'), environment.getattr(environment.getattr(l_2_t, 'topic'), 'key'), [], _loop_vars=_loop_vars)), topic=environment.getattr(l_2_t, 'topic'), budget=(undefined(name='ADDRESS_POINT_ROOM') if l_1_ADDRESS_POINT_ROOM is missing else l_1_ADDRESS_POINT_ROOM), targets=environment.getattr(l_2_t, 'targets'), _loop_vars=_loop_vars)
                _loop_vars['ar'] = l_2_ar
                for l_3_r in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'runs'):
                    _loop_vars = {}
                    pass
                    for l_4_s in environment.getattr(l_3_r, 'measures')[:3]:
                        l_4__ = l_2__
                        _loop_vars = {}
                        pass
                        if (t_3((undefined(name='served') if l_2_served is missing else l_2_served)) < 3):
                            pass
                            l_4__ = environment.call(context, environment.getattr((undefined(name='served') if l_2_served is missing else l_2_served), 'append'), l_4_s, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                    l_4_s = l_4__ = missing
                l_3_r = missing
            for l_3_s in (undefined(name='served') if l_2_served is missing else l_2_served):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='body') if l_2_body is missing else l_2_body), 'append'), l_3_s, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_s = l_3__ = missing
            for l_3__ in environment.call(context, (undefined(name='range') if l_2_range is missing else l_2_range), 2, _loop_vars=_loop_vars):
                l_3_more = missing
                _loop_vars = {}
                pass
                l_3_more = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'get'), environment.getattr(environment.getattr(l_2_t, 'topic'), 'key'), environment.getitem((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'general'), _loop_vars=_loop_vars))
                _loop_vars['more'] = l_3_more
                if (undefined(name='more') if l_3_more is missing else l_3_more):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='body') if l_2_body is missing else l_2_body), 'append'), (undefined(name='more') if l_3_more is missing else l_3_more), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3__ = l_3_more = missing
            for l_3__ in environment.call(context, (undefined(name='range') if l_2_range is missing else l_2_range), 3, _loop_vars=_loop_vars):
                l_3_more = missing
                _loop_vars = {}
                pass
                l_3_more = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'get'), environment.getattr(environment.getattr(l_2_t, 'topic'), 'key'), environment.getitem((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'general'), _loop_vars=_loop_vars))
                _loop_vars['more'] = l_3_more
                if (undefined(name='more') if l_3_more is missing else l_3_more):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='body') if l_2_body is missing else l_2_body), 'append'), (undefined(name='more') if l_3_more is missing else l_3_more), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3__ = l_3_more = missing
            if ((undefined(name='head') if l_2_head is missing else l_2_head) or (undefined(name='body') if l_2_body is missing else l_2_body)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='points') if l_1_points is missing else l_1_points), 'append'), [((undefined(name='head') if l_2_head is missing else l_2_head) or str_join(('抓好', environment.getattr(environment.getattr(l_2_t, 'topic'), 'name'), '工作', ))), (undefined(name='body') if l_2_body is missing else l_2_body)], _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_t = l_2_heads = l_2_TASK_HEADINGS = l_2_head = l_2_body = l_2_measures = l_2__ = l_2_served = l_2_serve = l_2_TASK_MORE = l_2_TASK_WORDING = l_2_ar = l_2_range = missing
        l_1_rest = []
        for l_2_t in (undefined(name='tasks') if l_1_tasks is missing else l_1_tasks)[4:]:
            l_2_measures = resolve('measures')
            l_2__ = l_1__
            _loop_vars = {}
            pass
            if environment.getattr(l_2_t, 'items'):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='rest') if l_1_rest is missing else l_1_rest), 'append'), environment.call(context, (undefined(name='measures') if l_2_measures is missing else l_2_measures), environment.getattr(l_2_t, 'items'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            for l_3_x in environment.getattr(l_2_t, 'targets'):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='rest') if l_1_rest is missing else l_1_rest), 'append'), l_3_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_x = l_3__ = missing
        l_2_t = l_2_measures = l_2__ = missing
        if ((undefined(name='rest') if l_1_rest is missing else l_1_rest) and (undefined(name='points') if l_1_points is missing else l_1_points)):
            pass
            l_1__ = environment.call(context, environment.getattr(environment.getitem(environment.getitem((undefined(name='points') if l_1_points is missing else l_1_points), -1), 1), 'insert'), 1, str_join(('同时，要', t_2(context.eval_ctx, (undefined(name='rest') if l_1_rest is missing else l_1_rest), '，'), '。', )))
        if (((t_3((undefined(name='points') if l_1_points is missing else l_1_points)) < 3) and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') in ('government', 'township'))) and (not (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='points') if l_1_points is missing else l_1_points), 'append'), [environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '加强领导，形成合力', '强化责任，协同推进'), [environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('各', environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')[1:], '、各有关部门要把', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作摆上重要议事日程，主要负责同志要亲自过问，分管负责同志要具体抓。', )), str_join(('各', environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')[1:], '、各有关部门要把', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作摆上重要位置，在人员、经费和政策上给予支持。', ))), environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '有关部门要各司其职、密切配合，形成齐抓共管的工作合力。', '涉及多个部门的工作，牵头部门要主动协调，配合部门要积极支持。')]])
        if (t_3((undefined(name='points') if l_1_points is missing else l_1_points)) < 4):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='points') if l_1_points is missing else l_1_points), 'append'), [environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '转变作风，狠抓落实', '真抓实干，务求实效'), [environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '今年的任务已经明确，关键在于落实。', '工作部署下去，关键在抓落实。'), environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '各单位要把会议确定的各项任务分解到岗、落实到人，明确时间表和责任人。', '要对照今年的任务逐项细化措施，明确责任、明确时限，一项一项抓出成效。'), environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '要大力弘扬求真务实的作风，多到基层、多到群众中去，及时发现和解决工作中的实际问题。', '领导干部要带头深入基层，了解群众的所思所盼，把问题解决在基层。'), environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '要加强督促检查，对工作推进不力的及时督促整改，确保各项任务按时保质完成。', '要把重点工作纳入督查范围，定期调度进展，发现问题及时整改。')]])
        l_1_points = (undefined(name='points') if l_1_points is missing else l_1_points)[:4]
        t_8.extend((
            '¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), (str_join(('下面，就做好今年的', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作，我讲', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='points') if l_1_points is missing else l_1_points))), '点意见。', )) if (not (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above)) else str_join(('对做好今年的工作，我提', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='points') if l_1_points is missing else l_1_points))), '点希望。', ))), (str_join(('下面，我就做好今年的工作讲', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='points') if l_1_points is missing else l_1_points))), '点意见。', )) if (not (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above)) else str_join(('借此机会，就做好今年的工作提', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='points') if l_1_points is missing else l_1_points))), '点希望。', ))))),
        ))
        l_2_loop = missing
        for (l_2_head, l_2_body), l_2_loop in LoopContext((undefined(name='points') if l_1_points is missing else l_1_points), undefined):
            _loop_vars = {}
            pass
            t_8.extend((
                '¶',
                str(environment.getitem(['一', '二', '三', '四'], environment.getattr(l_2_loop, 'index0'))),
                '是',
                str(l_2_head),
                '。',
            ))
            for l_3_s in l_2_body:
                _loop_vars = {}
                pass
                t_8.append(
                    str(l_3_s),
                )
            l_3_s = missing
        l_2_loop = l_2_head = l_2_body = missing
        l_1_honour = []
        for l_2_w in environment.call(context, (undefined(name='plan_in_force') if l_1_plan_in_force is missing else l_1_plan_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'welcome')):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            if (not (undefined(name='honour') if l_1_honour is missing else l_1_honour)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='honour') if l_1_honour is missing else l_1_honour), 'append'), l_2_w, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_w = l_2__ = missing
        l_1_aim = environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'aim'))[:1]
        l_1_goal = (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing') or (str_join(('为', environment.getitem((undefined(name='aim') if l_1_aim is missing else l_1_aim), 0), '作出新的更大贡献', )) if (undefined(name='aim') if l_1_aim is missing else l_1_aim) else '为守护群众健康作出新的更大贡献'))
        if (undefined(name='from_above') if l_1_from_above is missing else l_1_from_above):
            pass
            t_8.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('同志们，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作基础扎实，希望大家再接再厉，', (str_join((environment.getitem((undefined(name='honour') if l_1_honour is missing else l_1_honour), 0), '，', )) if (undefined(name='honour') if l_1_honour is missing else l_1_honour) else ''), (undefined(name='goal') if l_1_goal is missing else l_1_goal), '。', )), str_join(('希望', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), '广大', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作者再接再厉、开拓进取，', (str_join((environment.getitem((undefined(name='honour') if l_1_honour is missing else l_1_honour), 0), '，', )) if (undefined(name='honour') if l_1_honour is missing else l_1_honour) else ''), (undefined(name='goal') if l_1_goal is missing else l_1_goal), '。', )))),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '最后，预祝会议取得圆满成功！', '最后，预祝这次会议圆满成功！')),
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '祝同志们身体健康、工作顺利！', '祝大家身体健康、工作顺利、阖家幸福！')),
                '\n',
            ))
        else:
            pass
            l_1_under = ('' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'party') and (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'party') in (undefined(name='host') if l_1_host is missing else l_1_host))) else str_join(('在', (undefined(name='led_by') if l_1_led_by is missing else l_1_led_by), '的坚强领导下，', )))
            t_8.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('同志们，今年的任务艰巨、责任重大。让我们', (undefined(name='under') if l_1_under is missing else l_1_under), '振奋精神、扎实工作，', (str_join((environment.getitem((undefined(name='honour') if l_1_honour is missing else l_1_honour), 0), '，', )) if (undefined(name='honour') if l_1_honour is missing else l_1_honour) else ''), (undefined(name='goal') if l_1_goal is missing else l_1_goal), '！', )), str_join((('同志们，新的一年任务已经明确。' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') <= 3) else '同志们，下一步的任务已经明确。'), '让我们', (undefined(name='under') if l_1_under is missing else l_1_under), '团结一心、真抓实干，', (str_join((environment.getitem((undefined(name='honour') if l_1_honour is missing else l_1_honour), 0), '，', )) if (undefined(name='honour') if l_1_honour is missing else l_1_honour) else ''), (undefined(name='goal') if l_1_goal is missing else l_1_goal), '！', )))),
                '\n',
            ))
        return concat(t_8)
    context.exported_vars.add('speech')
    context.vars['speech'] = l_0_speech = Macro(environment, macro, 'speech', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '6=54&7=56&10=83&11=84&12=87&14=88&15=92&16=94&19=99&20=103&22=110&24=113&25=119&26=121&29=124&30=126&31=148&32=151&33=155&36=169&37=178&38=180&40=200&41=203&46=219&47=220&48=228&49=229&51=230&52=231&53=235&54=242&55=248&56=255&57=262&58=267&59=273&61=275&62=276&66=277&68=289&69=300&70=302&71=304&72=308&77=312&78=314&79=331&80=338&81=349&82=360&84=365&85=383&88=386&89=388&91=389&92=391&94=392&95=395&99=398&100=403&103=416&104=426&105=427&106=428&107=432&108=434&111=440&112=443'
# Compiled from templates/sections/_address_work.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 74c51e3553b6f8c6b4f00d0cbd13425857f055b323e612990e29e7ea8be9acb5
