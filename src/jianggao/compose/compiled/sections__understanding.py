from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/understanding.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_b = resolve('b')
    l_0_plan = resolve('plan')
    l_0_ERA_LINES = resolve('ERA_LINES')
    l_0_in_force = resolve('in_force')
    l_0_agenda_items = resolve('agenda_items')
    l_0_vary = resolve('vary')
    l_0_pick = resolve('pick')
    l_0_picks = resolve('picks')
    l_0_fill = resolve('fill')
    l_0_deal = resolve('deal')
    l_0_UNDERSTANDING_MORE = resolve('UNDERSTANDING_MORE')
    l_0_pts = resolve('pts')
    l_0_parts = l_0_t = l_0_hq = l_0_probs = l_0_unsaid = l_0_landmark = l_0_agenda_said = l_0_on_epidemic = l_0_k = l_0_points = missing
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
        t_4 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_5 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_6 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_7 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_8 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_9 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_10 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/understanding.j2').make_module(context.get_all(), True, {'agenda_said': l_0_agenda_said, 'hq': l_0_hq, 'k': l_0_k, 'landmark': l_0_landmark, 'on_epidemic': l_0_on_epidemic, 'parts': l_0_parts, 'points': l_0_points, 'probs': l_0_probs, 'pts': l_0_pts, 't': l_0_t, 'unsaid': l_0_unsaid})
    context.exported_vars.discard('parts')
    l_0_t = environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic')
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    l_0_hq = ('高质量发展' if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') >= 2019) else '健康发展')
    context.vars['hq'] = l_0_hq
    context.exported_vars.add('hq')
    l_0_probs = t_1(context.eval_ctx, environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), '|')
    context.vars['probs'] = l_0_probs
    context.exported_vars.add('probs')
    l_0_unsaid = []
    context.vars['unsaid'] = l_0_unsaid
    context.exported_vars.add('unsaid')
    for l_1_l in environment.call(context, environment.getattr(environment.getattr((undefined(name='ERA_LINES') if l_0_ERA_LINES is missing else l_0_ERA_LINES), 'special'), 'get'), environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'key'), []):
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        if ((not (environment.getattr(l_1_l, 'mark') and (environment.getattr(l_1_l, 'mark') in (undefined(name='probs') if l_0_probs is missing else l_0_probs)))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'countryside') or (not (('农村' in environment.getattr(l_1_l, 'text')) or ('乡村' in environment.getattr(l_1_l, 'text')))))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='unsaid') if l_0_unsaid is missing else l_0_unsaid), 'append'), l_1_l, _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
    l_1_l = l_1__ = missing
    l_0_landmark = environment.call(context, (undefined(name='in_force') if l_0_in_force is missing else l_0_in_force), t_9(environment, (undefined(name='unsaid') if l_0_unsaid is missing else l_0_unsaid), attribute='from', reverse=True))[:2]
    context.vars['landmark'] = l_0_landmark
    context.exported_vars.add('landmark')
    l_0_agenda_said = []
    context.vars['agenda_said'] = l_0_agenda_said
    context.exported_vars.add('agenda_said')
    for l_1_a in environment.call(context, (undefined(name='agenda_items') if l_0_agenda_items is missing else l_0_agenda_items), 2, bound=True):
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        if ((not (undefined(name='agenda_said') if l_0_agenda_said is missing else l_0_agenda_said)) and (not t_3(context.eval_ctx, t_8(context, environment.getattr(l_1_a, 'marks'), 'in', t_1(context.eval_ctx, (undefined(name='landmark') if l_0_landmark is missing else l_0_landmark), ''))))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='agenda_said') if l_0_agenda_said is missing else l_0_agenda_said), 'append'), l_1_a, _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
    l_1_a = l_1__ = missing
    yield '¶'
    yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *(undefined(name='landmark') if l_0_landmark is missing else l_0_landmark)) if (undefined(name='landmark') if l_0_landmark is missing else l_0_landmark) else cond_expr_undefined("the inline if-expression on line 14 in 'sections/understanding.j2' evaluated to false and no else section was defined.")))
    for l_1_a in (undefined(name='agenda_said') if l_0_agenda_said is missing else l_0_agenda_said):
        _loop_vars = {}
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), _loop_vars=_loop_vars, *environment.getattr(l_1_a, 'lines')))
    l_1_a = missing
    yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'situation', 'policy', topic=(undefined(name='t') if l_0_t is missing else l_0_t), avoid=(['强大动力', '卫生健康事业改革发展'] if (environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'key') == 'patriotic_health') else []), default=('' if ((undefined(name='landmark') if l_0_landmark is missing else l_0_landmark) or (undefined(name='agenda_said') if l_0_agenda_said is missing else l_0_agenda_said)) else str_join(('做好', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作，是保障人民群众身体健康的重要举措，也是推动卫生健康事业', (undefined(name='hq') if l_0_hq is missing else l_0_hq), '的必然要求。‖', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作事关群众身体健康，是推动卫生健康事业', (undefined(name='hq') if l_0_hq is missing else l_0_hq), '的重要内容。‖抓好', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作，既是保障群众健康的重要举措，也是推动卫生健康事业发展的内在要求。', )))))
    for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'situation', 'policy', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 3), topic=(undefined(name='t') if l_0_t is missing else l_0_t), avoid=(['强大动力', '卫生健康事业改革发展'] if (environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'key') == 'patriotic_health') else [])):
        _loop_vars = {}
        pass
        yield str(l_1_s)
    l_1_s = missing
    if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2):
        pass
        yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'situation', 'demand', topic=(undefined(name='t') if l_0_t is missing else l_0_t), default=str_join(('人民群众对健康生活的期盼越来越高，对', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作也提出了更高要求。‖群众对健康生活的期待越来越高，对', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作的要求也越来越高。', ))))
    l_0_on_epidemic = (environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'key') in ('public_health', 'disease_control', 'patriotic_health', 'emergency', 'health_promotion', 'general'))
    context.vars['on_epidemic'] = l_0_on_epidemic
    context.exported_vars.add('on_epidemic')
    if (not (undefined(name='on_epidemic') if l_0_on_epidemic is missing else l_0_on_epidemic)):
        pass
        if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'outbreak'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('当前正处在疫情防控的关键时期，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作要服从服务于疫情防控大局，该推进的工作也不能停下来。', ))))
            yield '\n'
        elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'normal'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('新冠肺炎疫情是对医疗卫生服务体系的一次大考，也暴露出一些短板和不足，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作要在补短板、强弱项上下更大功夫。', )), str_join(('在常态化疫情防控条件下，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作既要服务好疫情防控大局，也要保障好群众日常的看病就医需求。', ))))
    elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'outbreak'):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('当前正处在疫情防控的关键时期，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作要同疫情防控紧密结合起来。', )), str_join(('特别是在疫情防控的关键时期，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作更要抓紧抓实。', ))))
        yield '\n'
    elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'normal'):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('新冠肺炎疫情发生以来，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作的重要性更加凸显，必须同常态化疫情防控结合起来，一起谋划、一起推进。', )), str_join(('在常态化疫情防控的大背景下，', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作的分量更重、要求更高，必须同疫情防控一起谋划、一起推进。', ))))
        yield '\n'
    yield str(t_10(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'season_line'))))
    if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('近年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作取得了积极进展。', )), str_join(('应当看到，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作已经有了较好的基础。', )), str_join(('多年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作打下了较好的基础。', ))))
        yield '\n'
        for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
            l_1_options = resolve('options')
            l_1_own_time = resolve('own_time')
            l_1_figure_times = resolve('figure_times')
            l_1_with_actor = resolve('with_actor')
            _loop_vars = {}
            pass
            if environment.getattr(l_1_r, 'results'):
                pass
                yield str((('' if environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), environment.getitem(environment.getattr(l_1_r, 'results'), 0), _loop_vars=_loop_vars) else environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), (t_3(context.eval_ctx, t_6(context, (undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times), 'equalto', '一年来，')) or (undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times)), _loop_vars=_loop_vars), 0)) if (not environment.call(context, environment.getattr((undefined(name='options') if l_1_options is missing else l_1_options), 'get'), 'when', _loop_vars=_loop_vars)) else environment.call(context, environment.getattr((undefined(name='options') if l_1_options is missing else l_1_options), 'get'), 'when', _loop_vars=_loop_vars)))
                yield str(t_1(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'))
                yield '。'
            if environment.getattr(l_1_r, 'facts'):
                pass
                yield str(environment.call(context, (undefined(name='with_actor') if l_1_with_actor is missing else l_1_with_actor), t_1(context.eval_ctx, environment.getattr(l_1_r, 'facts'), '，'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), _loop_vars=_loop_vars))
                yield '。'
        l_1_r = l_1_options = l_1_own_time = l_1_figure_times = l_1_with_actor = missing
    l_0_k = t_5(environment, [t_4(environment, [(environment.call(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'budget'), 'understanding') // 250), 1]), 5])
    context.vars['k'] = l_0_k
    context.exported_vars.add('k')
    l_0_points = []
    context.vars['points'] = l_0_points
    context.exported_vars.add('points')
    for l_1_s in environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), environment.call(context, environment.getattr((undefined(name='UNDERSTANDING_MORE') if l_0_UNDERSTANDING_MORE is missing else l_0_UNDERSTANDING_MORE), 'get'), environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'key'), environment.getitem((undefined(name='UNDERSTANDING_MORE') if l_0_UNDERSTANDING_MORE is missing else l_0_UNDERSTANDING_MORE), 'general'))):
        l_1_said = resolve('said')
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        if ((t_2((undefined(name='points') if l_0_points is missing else l_0_points)) < (undefined(name='k') if l_0_k is missing else l_0_k)) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'countryside') or (not (('村' in l_1_s) or ('乡' in l_1_s))))):
            pass
            l_1_said = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), t_7(context.eval_ctx, l_1_s, '{t}', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name')), _loop_vars=_loop_vars)
            _loop_vars['said'] = l_1_said
            if (undefined(name='said') if l_1_said is missing else l_1_said):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='points') if l_0_points is missing else l_0_points), 'append'), (undefined(name='said') if l_1_said is missing else l_1_said), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
    l_1_s = l_1_said = l_1__ = missing
    if (t_2((undefined(name='points') if l_0_points is missing else l_0_points)) > 1):
        pass
        l_0_pts = []
        context.vars['pts'] = l_0_pts
        context.exported_vars.add('pts')
        for l_1_x in (undefined(name='points') if l_0_points is missing else l_0_points):
            l_1__ = missing
            _loop_vars = {}
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='pts') if l_0_pts is missing else l_0_pts), 'append'), t_7(context.eval_ctx, environment.call(context, environment.getattr(l_1_x, 'rstrip'), '。', _loop_vars=_loop_vars), '；', '，'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
        l_1_x = l_1__ = missing
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('做好', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作，有几点要认识清楚：', )), str_join(('从', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作自身的特点看，有几点要心中有数：', )), str_join((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作有其自身规律，以下几点需要准确把握：', ))))
        yield str(t_1(context.eval_ctx, (undefined(name='pts') if l_0_pts is missing else l_0_pts), '；'))
        yield '。\n'
    elif (undefined(name='points') if l_0_points is missing else l_0_points):
        pass
        yield '¶'
        yield str(t_1(context.eval_ctx, (undefined(name='points') if l_0_points is missing else l_0_points), ''))
        yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'problems')))
    yield '\n¶'
    yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'situation', 'challenge', topic=(undefined(name='t') if l_0_t is missing else l_0_t), default=['我们一定要从讲政治、保民生的高度，充分认识做好这项工作的重要性和紧迫性，切实增强抓好这项工作的自觉性和主动性。‖我们一定要站在讲政治、保民生的高度，充分认识做好这项工作的重要性和紧迫性，以更大的决心和力度把这项工作抓紧抓实。', str_join(('各级各部门一定要从讲政治、保民生的高度看待', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作，切实增强做好工作的责任感和紧迫感。', )), str_join(('抓', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作，是为群众办实事、解难题的具体行动，各级各部门要把它作为分内之事，主动抓、抓到位。', )), str_join((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'), '工作做得怎么样，群众看在眼里、记在心上，我们必须以对群众高度负责的态度抓紧抓好。', ))]))
    yield '\n'
    for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'situation', 'challenge', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 3), topic=(undefined(name='t') if l_0_t is missing else l_0_t)):
        _loop_vars = {}
        pass
        yield str(l_1_s)
    l_1_s = missing

blocks = {}
debug_info = '2=84&3=86&5=89&9=92&10=107&13=110&14=123&18=130&20=135&22=138&25=141&26=147&27=150&28=152&29=154&30=156&32=158&36=159&37=162&38=164&41=171&42=173&44=176&50=181&52=184&55=201&56=203&57=214&58=217&59=220&61=222&62=224&63=226'
# Compiled from templates/sections/understanding.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 665c74dea0af5c452efb330066daa3d5d98e5f98935d21ec2ae780c801d22252
