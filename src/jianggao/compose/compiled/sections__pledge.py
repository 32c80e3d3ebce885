from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/pledge.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_township = resolve('township')
    l_0_plan = resolve('plan')
    l_0_b = resolve('b')
    l_0_vary = resolve('vary')
    l_0_over_bodies = resolve('over_bodies')
    l_0_over_bureau = resolve('over_bureau')
    l_0_answer = resolve('answer')
    l_0_pa = resolve('pa')
    l_0_deal = resolve('deal')
    l_0_fill = resolve('fill')
    l_0_many = resolve('many')
    l_0_options = resolve('options')
    l_0_picks = resolve('picks')
    l_0_unit_tiers = resolve('unit_tiers')
    l_0_local_units = resolve('local_units')
    l_0_namespace = resolve('namespace')
    l_0_short_agenda = resolve('short_agenda')
    l_0_tasks = resolve('tasks')
    l_0_said_items = resolve('said_items')
    l_0_centre = resolve('centre')
    l_0_posts = resolve('posts')
    l_0_own = resolve('own')
    l_0__ = resolve('_')
    l_0_is_street = resolve('is_street')
    l_0_above_bureau = resolve('above_bureau')
    l_0_local_duties = resolve('local_duties')
    l_0_creation = resolve('creation')
    l_0_firsts = resolve('firsts')
    l_0_others = resolve('others')
    l_0_plan_in_force = resolve('plan_in_force')
    l_0_ERA_LINES = resolve('ERA_LINES')
    l_0_as_ours = l_0_in_township = l_0_who = l_0_own_unit = l_0_cg = l_0_fit = l_0_said = l_0_campaign = l_0_any_target = l_0_honour = missing
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
        t_4 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_5 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_6 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    def macro(l_1_w, l_1_lead):
        t_8 = []
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_lead is missing:
            l_1_lead = undefined("parameter 'lead' was not provided", name='lead')
        pass
        t_8.append(
            str((str_join((l_1_lead, l_1_w[2:], )) if environment.call(context, environment.getattr(l_1_w, 'startswith'), '必须') else (str_join((l_1_lead, l_1_w[1:], )) if environment.call(context, environment.getattr(l_1_w, 'startswith'), '要') else ''))),
        )
        return concat(t_8)
    context.exported_vars.add('as_ours')
    context.vars['as_ours'] = l_0_as_ours = Macro(environment, macro, 'as_ours', ('w', 'lead'), False, False, False, context.eval_ctx.autoescape)
    l_0_in_township = (undefined(name='township') if l_0_township is missing else l_0_township)
    context.vars['in_township'] = l_0_in_township
    context.exported_vars.add('in_township')
    l_0_township = ((undefined(name='township') if l_0_township is missing else l_0_township) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') != 'unit'))
    context.vars['township'] = l_0_township
    context.exported_vars.add('township')
    l_0_who = (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') or environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))
    context.vars['who'] = l_0_who
    context.exported_vars.add('who')
    l_0_own_unit = (str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), (undefined(name='who') if l_0_who is missing else l_0_who)[1:], )) if ((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'parent') and ((undefined(name='who') if l_0_who is missing else l_0_who)[:1] == environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'level'))) and (not environment.call(context, environment.getattr((undefined(name='who') if l_0_who is missing else l_0_who), 'startswith'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region')))) else (undefined(name='who') if l_0_who is missing else l_0_who))
    context.vars['own_unit'] = l_0_own_unit
    context.exported_vars.add('own_unit')
    yield '¶'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('根据会议安排，我代表', (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit), '作表态发言。‖按照会议安排，下面我代表', (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit), '作表态发言。‖根据会议议程，我代表', (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit), '作表态发言。', ))))
    yield '\n'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('刚才，会议对', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作作了全面部署，目标明确、措施有力，我们完全拥护、坚决落实。', )), '这次会议目标明确、任务具体，对做好今年工作具有很强的指导性，我们将全力抓好落实。', '会议的各项部署站位高、要求实，为我们做好今年工作指明了方向，我们一定认真学习、坚决贯彻。', '听了会议的安排部署，我们深受鼓舞，也深感责任重大。', '会议部署的各项任务，我们将逐项对标、逐项落实。'))
    yield '\n'
    if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
        pass
        if ((undefined(name='over_bodies') if l_0_over_bodies is missing else l_0_over_bodies) and ((((undefined(name='township') if l_0_township is missing else l_0_township) or ((undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit) == environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'))) or (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party') in (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit))) or (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government') in (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit)))):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，在', (undefined(name='over_bodies') if l_0_over_bodies is missing else l_0_over_bodies), '的坚强领导下', (str_join(('，在', (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau), '的精心指导下', )) if (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau) else ''), '，我们扎实工作，取得了一定成绩。', )), str_join(('过去一年，在', (undefined(name='over_bodies') if l_0_over_bodies is missing else l_0_over_bodies), (str_join(('的领导和', (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau), '的指导下', )) if (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau) else '的正确领导下'), '，我们围绕年初确定的任务扎实推进各项工作。', )), str_join(('过去一年，我们按照', (undefined(name='over_bodies') if l_0_over_bodies is missing else l_0_over_bodies), '的部署', (str_join(('和', (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau), '的要求', )) if (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau) else ''), '，推动年初确定的各项任务逐项落实。', ))))
        elif (((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') and (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau)) and (undefined(name='in_township') if l_0_in_township is missing else l_0_in_township)):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，在', (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau), '的正确领导下，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的大力支持下，我们扎实工作，取得了一定成绩。', )), str_join(('过去一年，在', (undefined(name='over_bureau') if l_0_over_bureau is missing else l_0_over_bureau), '的领导和', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的支持下，我们围绕年初确定的任务扎实推进各项工作。', ))))
            yield '\n'
        else:
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的正确领导下，我们扎实工作，取得了一定成绩。', )), str_join(('过去一年，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的领导和上级业务部门的指导下，我们围绕年初确定的任务扎实推进各项工作。', )), str_join(('过去一年，我们按照上级的部署和', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的要求，推动年初确定的各项任务逐项落实。', ))))
            yield '\n'
        for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
            l_1_figure_times = resolve('figure_times')
            l_1_own_time = resolve('own_time')
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_r, 'results') or environment.getattr(l_1_r, 'setbacks')):
                pass
                yield str(('' if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') and (t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements')) == 1)) else environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), ([str_join((environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '方面，', )), str_join(('在', environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '方面，', )), str_join((environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '工作中，', ))] + ([str_join(('一年来，', environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '方面', ))] if (('一年来，' in (undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times)) and (not environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), environment.getitem((environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')), 0), _loop_vars=_loop_vars))) else [])), _loop_vars=_loop_vars), 0)))
                yield str(t_1(context.eval_ctx, ((environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')) + environment.getattr(l_1_r, 'facts')), '，'))
                yield '。'
            elif environment.getattr(l_1_r, 'facts'):
                pass
                yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), ['', '这一年，', '去年，'], _loop_vars=_loop_vars), 0))
                yield str(t_1(context.eval_ctx, environment.getattr(l_1_r, 'facts'), '，'))
                yield '。'
        l_1_r = l_1_figure_times = l_1_own_time = missing
        if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'):
            pass
            l_0_pa = environment.call(context, (undefined(name='answer') if l_0_answer is missing else l_0_answer), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'))
            context.vars['pa'] = l_0_pa
            context.exported_vars.add('pa')
            if (t_2((undefined(name='pa') if l_0_pa is missing else l_0_pa)) == t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'))):
                pass
                yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), ['同时我们也清醒地看到自身的短处。', '我们也清醒地看到工作中的不足。']), 0))
                for (l_1_p, l_1_said, l_1_on_item) in (undefined(name='pa') if l_0_pa is missing else l_0_pa):
                    _loop_vars = {}
                    pass
                    yield str(l_1_said)
                l_1_p = l_1_said = l_1_on_item = missing
            else:
                pass
                yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), ['同时我们也清醒地认识到，', '我们也清醒地看到，', '同时也要看到，']), 0))
                yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), '；'))
                yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), (['，这些都需要在今后工作中认真加以解决。', '，这些问题我们将在今后工作中认真解决。', '，对此我们将采取有力措施切实加以解决。'] if (t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems')) > 1) else ['，这个问题需要在今后工作中认真加以解决。', '，对此我们将采取有力措施切实加以解决。'])), 0))
                for (l_1_p, l_1_said, l_1_on_item) in (undefined(name='pa') if l_0_pa is missing else l_0_pa):
                    _loop_vars = {}
                    pass
                    yield str(l_1_said)
                l_1_p = l_1_said = l_1_on_item = missing
    elif environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'):
        pass
        l_0_pa = environment.call(context, (undefined(name='answer') if l_0_answer is missing else l_0_answer), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'))
        context.vars['pa'] = l_0_pa
        context.exported_vars.add('pa')
        if (t_2((undefined(name='pa') if l_0_pa is missing else l_0_pa)) == t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'))):
            pass
            yield '¶我们也清醒地看到工作中的不足。'
            for (l_1_p, l_1_said, l_1_on_item) in (undefined(name='pa') if l_0_pa is missing else l_0_pa):
                _loop_vars = {}
                pass
                yield str(l_1_said)
            l_1_p = l_1_said = l_1_on_item = missing
        else:
            pass
            yield '¶我们也清醒地认识到，'
            yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), '；'))
            yield '，'
            yield str(('这些都需要' if (t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems')) > 1) else '这个问题需要'))
            yield '在今后工作中认真加以解决。'
            for (l_1_p, l_1_said, l_1_on_item) in (undefined(name='pa') if l_0_pa is missing else l_0_pa):
                _loop_vars = {}
                pass
                yield str(l_1_said)
            l_1_p = l_1_said = l_1_on_item = missing
    if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements')):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '成绩属于过去，新的一年任务更重、要求更高，我们丝毫不敢懈怠。‖成绩只能代表过去，面对新的一年更重的任务、更高的要求，我们一刻也不能松劲。‖我们深知，成绩只属于过去，新的一年任务更加艰巨，必须拿出更大的干劲。'))
    yield '¶'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('下面，我就贯彻会议精神作', environment.call(context, (undefined(name='many') if l_0_many is missing else l_0_many), environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'points', 3)), '点表态：', )), '对做好今年的工作，我们表态如下：', '围绕落实好这次会议精神，我们表态如下：'))
    yield '\n¶一是'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '提高站位，统一思想。‖提高政治站位，统一思想认识。‖统一思想，提高站位。‖统一思想，提高认识。'))
    yield '\n'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '会议精神是做好今年工作的遵循，我们将把思想和行动统一到会议精神上来，把各项部署要求不折不扣落到实处。', '学习贯彻会议精神是当前的一项重要任务，班子成员将带头学、带头讲，把思想统一到会议部署上来。', '我们将认真学习领会会议精神，自觉把思想和行动统一到会议的各项部署上来。', str_join(('我们将以这次会议为契机，把', (str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '干部', )) if (undefined(name='township') if l_0_township is missing else l_0_township) else '全体干部职工'), '的思想统一到会议部署上来。', ))))
    yield '\n'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '会后，我们将研究制定贯彻落实方案，把各项任务分解到岗、落实到人。', '对照会议部署，各项任务都将列出清单，明确责任人和完成时限。', '会议结束后，我们将对照任务逐项细化措施，明确每项工作的牵头人和完成时限。', '会后，我们将结合实际制定具体的落实方案，明确时间表、路线图和责任人。', '我们将把会议确定的目标任务逐项分解，做到任务到人、责任到岗、时限到天。'))
    l_0_cg = ((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing'), 'congress') or '') if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing') else '')
    context.vars['cg'] = l_0_cg
    context.exported_vars.add('cg')
    if ((undefined(name='cg') if l_0_cg is missing else l_0_cg) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') != 'unit')):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('我们将把学习贯彻', (undefined(name='cg') if l_0_cg is missing else l_0_cg), '精神同落实这次会议的部署结合起来，转化为做好今年工作的具体举措。', )), str_join(('我们将在学习贯彻', (undefined(name='cg') if l_0_cg is missing else l_0_cg), '精神上再下功夫，把会议部署同上级的要求结合起来一体推进。', ))))
    if (undefined(name='township') if l_0_township is missing else l_0_township):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('我们将把', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作摆上', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '的重要议事日程，主要负责同志亲自过问，分管负责同志具体抓。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), '将定期研究', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作，主要负责同志亲自过问，分管负责同志具体抓。', ))))
    for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'pledge', 'commit', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 4), max_len=60):
        _loop_vars = {}
        pass
        yield str(l_1_s)
    l_1_s = missing
    if ((((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and ('副' not in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_title'))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit')) and ('医院' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_title'))) and (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year') >= 2018)):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我将在院党委领导下履行好院长职责，重要工作提交党委会集体研究后亲自部署、亲自过问，班子成员分工负责，一级抓一级、一级对一级负责。‖在院党委的领导下，我将带头履职尽责，重大事项集体研究决定，班子成员分工负责，形成一级抓一级的工作格局。'))
    elif (((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and ('副' not in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_title'))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('unit', 'bureau'))) and (not (undefined(name='unit_tiers') if l_0_unit_tiers is missing else l_0_unit_tiers))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我将带头履职，重要工作亲自部署、亲自过问，班子成员分工负责，每一项任务都明确到科室、落实到人。‖我将带头履职尽责，重要工作亲自部署，班子成员各管一块，每一项任务都有人抓、有人管。'))
        yield '\n'
    elif ((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and ('副' not in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_title'))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('unit', 'bureau'))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我将带头履职，重要工作亲自部署、亲自过问，分管负责同志具体抓，一级抓一级、一级对一级负责。‖我将带头履职尽责，重要工作亲自部署，班子成员分工负责，形成一级抓一级的工作格局。'))
        yield '\n'
    elif (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and (not (undefined(name='unit_tiers') if l_0_unit_tiers is missing else l_0_unit_tiers))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将坚持领导班子带头，主要负责同志亲自抓、分管负责同志具体抓，每一项任务都明确到科室、落实到人。‖领导班子将带头抓落实，主要负责同志负总责，班子成员各管一块，每一项任务都有人抓、有人管。'))
        yield '\n'
    elif ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将坚持领导班子带头，主要负责同志亲自抓、分管负责同志具体抓，一级抓一级、一级对一级负责。‖我们将坚持班子成员带头示范，主要负责同志亲自抓、分管负责同志具体抓，形成一级抓一级的工作格局。‖领导班子将带头抓落实，主要负责同志负总责，分管负责同志各负其责，层层传导压力。'))
    if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3) and (undefined(name='township') if l_0_township is missing else l_0_township)):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('我们将把会议精神传达到每一个', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions')[1:], '、每一名干部，组织大家认真学习讨论，把思想统一到会议精神上来。‖会后，我们将召开', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作会议，把这次会议的精神和任务传达到', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions'), '和', environment.getitem(environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'grassroots'), 0), '。', ))))
    elif ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '会议精神将及时传达到每一个科室、每一名职工，组织大家逐条学习讨论今年的目标任务。‖我们将把会议精神传达到每一个科室、每一名职工，并把今年的目标任务分解到科室、落实到人。‖我们将通过多种形式组织干部职工学习会议精神，把思想和行动统一到会议的部署上来。'))
    yield '¶二是'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '突出重点，真抓实干。‖聚焦重点，狠抓落实。‖突出重点，攻坚克难。'))
    l_0_fit = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), said=False)
    context.vars['fit'] = l_0_fit
    context.exported_vars.add('fit')
    for l_1_x in environment.call(context, (undefined(name='short_agenda') if l_0_short_agenda is missing else l_0_short_agenda), 'agenda')[:2]:
        l_1_line = missing
        _loop_vars = {}
        pass
        l_1_line = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), t_5(context.eval_ctx, t_5(context.eval_ctx, t_5(context.eval_ctx, t_5(context.eval_ctx, l_1_x, '{scope}', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope')), '{subdivs}', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions')), '{subdiv}', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions')[1:]), '{centre}', environment.getitem(environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'grassroots'), 0)), _loop_vars=_loop_vars)
        _loop_vars['line'] = l_1_line
        if (undefined(name='line') if l_1_line is missing else l_1_line):
            pass
            yield str((undefined(name='line') if l_1_line is missing else l_1_line))
            if not isinstance(l_0_fit, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fit['said'] = True
    l_1_x = l_1_line = missing
    if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 1):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将紧紧围绕会议确定的目标任务，把人力、财力向几项重点工作倾斜。', str_join(('会议部署的重点工作，我们将结合', (('我院' if ('医院' in (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit)) else '本单位') if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') else str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '的', ))), '实际，排在全年工作的最前面。', )), '对会上点到的几项重点工作，我们将优先安排人员和经费。', '我们将把有限的人力、财力集中用在会议部署的几项重点工作上。'))
    l_0_said = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), any=False, n=0, content=0)
    context.vars['said'] = l_0_said
    context.exported_vars.add('said')
    for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
        l_1_measures = resolve('measures')
        l_1_township_measures = resolve('township_measures')
        l_1_role_of = l_1_builds = missing
        _loop_vars = {}
        pass
        l_1_role_of = ({'patriotic_health': str_join(('，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'level'), '村两级负责发动群众、抓好日常保洁和设施管护', )), 'primary_care': '，建设用地由镇党委、镇政府统筹协调'} if ((undefined(name='township') if l_0_township is missing else l_0_township) and (not (undefined(name='is_street') if l_0_is_street is missing else l_0_is_street))) else ({'patriotic_health': '，各社区包片负责、定期清查', 'primary_care': '，发动社区干部和网格员入户宣传', 'elderly_health': '，由各社区负责通知和组织'} if (undefined(name='is_street') if l_0_is_street is missing else l_0_is_street) else {}))
        _loop_vars['role_of'] = l_1_role_of
        l_1_builds = t_3(context.eval_ctx, t_6(context, ['建设', '新建', '改建', '扩建', '标准化', '用房', '达标', '改造'], 'in', t_1(context.eval_ctx, environment.getattr(l_1_t, 'items'), '|')))
        _loop_vars['builds'] = l_1_builds
        if (environment.getattr(l_1_t, 'items') and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit')):
            pass
            yield str(environment.getitem(['今年，我们将重点', '同时，我们将', '我们还将'], t_4(environment, [environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'n'), 2])))
            yield str(t_5(context.eval_ctx, environment.call(context, (undefined(name='measures') if l_1_measures is missing else l_1_measures), environment.getattr(l_1_t, 'items'), _loop_vars=_loop_vars), '县级医院', ('医院' if ('医院' in (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit)) else '县级医院')))
        elif environment.getattr(l_1_t, 'items'):
            pass
            yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), [str_join(('在', environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '方面，我们将', )), str_join((environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '方面，我们将', )), str_join(('围绕', environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '，我们将', )), str_join(('在', environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '工作中，我们将', ))], _loop_vars=_loop_vars), 0))
            yield str((environment.call(context, (undefined(name='township_measures') if l_1_township_measures is missing else l_1_township_measures), environment.getattr(l_1_t, 'items'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'level'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), environment.call(context, (undefined(name='measures') if l_1_measures is missing else l_1_measures), environment.getattr(l_1_t, 'items'), _loop_vars=_loop_vars), _loop_vars=_loop_vars) if (undefined(name='township') if l_0_township is missing else l_0_township) else environment.call(context, (undefined(name='measures') if l_1_measures is missing else l_1_measures), environment.getattr(l_1_t, 'items'), _loop_vars=_loop_vars)))
        if environment.getattr(l_1_t, 'items'):
            pass
            if environment.getattr(l_1_t, 'targets'):
                pass
                yield '，'
                yield str(t_1(context.eval_ctx, environment.getattr(l_1_t, 'targets'), '，'))
            yield str((environment.call(context, environment.getattr((undefined(name='role_of') if l_1_role_of is missing else l_1_role_of), 'get'), environment.getattr(environment.getattr(l_1_t, 'topic'), 'key'), '', _loop_vars=_loop_vars) if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') != 'unit') and (((environment.getattr(environment.getattr(l_1_t, 'topic'), 'key') != 'primary_care') or (undefined(name='builds') if l_1_builds is missing else l_1_builds)) or (undefined(name='is_street') if l_0_is_street is missing else l_0_is_street))) else ''))
            yield '。'
            if not isinstance(l_0_said, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_said['any'] = True
            if not isinstance(l_0_said, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_said['n'] = (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'n') + 1)
            if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit'):
                pass
                for l_2_it in environment.getattr(l_1_t, 'items'):
                    l_2_item_content = resolve('item_content')
                    l_2_first = resolve('first')
                    l_2_line = resolve('line')
                    l_2_cl = missing
                    _loop_vars = {}
                    pass
                    l_2_cl = environment.call(context, (undefined(name='item_content') if l_2_item_content is missing else l_2_item_content), l_2_it, _loop_vars=_loop_vars)
                    _loop_vars['cl'] = l_2_cl
                    if ((undefined(name='cl') if l_2_cl is missing else l_2_cl) and (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'content') < 2)):
                        pass
                        l_2_first = environment.getitem(environment.call(context, environment.getattr(environment.getitem((undefined(name='cl') if l_2_cl is missing else l_2_cl), 0), 'split'), '‖', _loop_vars=_loop_vars), 0)
                        _loop_vars['first'] = l_2_first
                        if (environment.call(context, environment.getattr((undefined(name='first') if l_2_first is missing else l_2_first), 'startswith'), '要', _loop_vars=_loop_vars) and ('要' not in (undefined(name='first') if l_2_first is missing else l_2_first)[1:])):
                            pass
                            l_2_line = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('我们将', (undefined(name='first') if l_2_first is missing else l_2_first)[1:], )), _loop_vars=_loop_vars)
                            _loop_vars['line'] = l_2_line
                            if (undefined(name='line') if l_2_line is missing else l_2_line):
                                pass
                                yield str((undefined(name='line') if l_2_line is missing else l_2_line))
                                if not isinstance(l_0_said, Namespace):
                                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                l_0_said['content'] = (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'content') + 1)
                l_2_it = l_2_item_content = l_2_cl = l_2_first = l_2_line = missing
        elif environment.getattr(l_1_t, 'targets'):
            pass
            yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), [str_join(('在', environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '方面，', )), str_join((environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '方面，', )), str_join(('围绕', environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '，', ))], _loop_vars=_loop_vars), 0))
            yield str(t_1(context.eval_ctx, environment.getattr(l_1_t, 'targets'), '，'))
            yield '。'
            if not isinstance(l_0_said, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_said['any'] = True
            if not isinstance(l_0_said, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_said['n'] = (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'n') + 1)
    l_1_t = l_1_role_of = l_1_builds = l_1_measures = l_1_township_measures = missing
    if ((not environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'any')) and (not (undefined(name='township') if l_0_township is missing else l_0_township))):
        pass
        for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)[:3]:
            l_1_TASK_WORDING = resolve('TASK_WORDING')
            l_1_ours = missing
            _loop_vars = {}
            pass
            l_1_ours = environment.call(context, (undefined(name='as_ours') if l_0_as_ours is missing else l_0_as_ours), environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_1_TASK_WORDING is missing else l_1_TASK_WORDING), 'get'), environment.getattr(environment.getattr(l_1_t, 'topic'), 'key'), environment.getitem((undefined(name='TASK_WORDING') if l_1_TASK_WORDING is missing else l_1_TASK_WORDING), 'general'), _loop_vars=_loop_vars)), '', _loop_vars=_loop_vars)
            _loop_vars['ours'] = l_1_ours
            if t_7((undefined(name='ours') if l_1_ours is missing else l_1_ours)):
                pass
                yield '在'
                yield str(environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'))
                yield '方面，我们将'
                yield str((undefined(name='ours') if l_1_ours is missing else l_1_ours))
                if not isinstance(l_0_said, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_said['any'] = True
                if not isinstance(l_0_said, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_said['n'] = (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'n') + 1)
        l_1_t = l_1_TASK_WORDING = l_1_ours = missing
    if (undefined(name='township') if l_0_township is missing else l_0_township):
        pass
        l_0_said_items = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), text='')
        context.vars['said_items'] = l_0_said_items
        context.exported_vars.add('said_items')
        for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_t, 'items'):
                pass
                if not isinstance(l_0_said_items, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_said_items['text'] = str_join((environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'), environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), '|', t_1(context.eval_ctx, environment.getattr(l_1_t, 'items'), '|'), ))
        l_1_t = missing
        l_0_centre = environment.getitem(environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'grassroots'), 0)
        context.vars['centre'] = l_0_centre
        context.exported_vars.add('centre')
        l_0_posts = (environment.getitem(environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'grassroots'), 1) if (t_2(environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'grassroots')) > 1) else '')
        context.vars['posts'] = l_0_posts
        context.exported_vars.add('posts')
        l_0_own = []
        context.vars['own'] = l_0_own
        context.exported_vars.add('own')
        if (('卫生院' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text')) and ('社区卫生服务中心' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), str_join(('我们将帮助', (undefined(name='centre') if l_0_centre is missing else l_0_centre), '解决用房、场地等方面的实际困难，组织', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions'), '配合做好重点人群健康随访。‖对', (undefined(name='centre') if l_0_centre is missing else l_0_centre), '在用房、场地上的实际困难，我们将主动协调解决，并组织', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions'), '配合做好重点人群的健康随访。', )))
            context.vars['_'] = l_0__
        if (not (undefined(name='is_street') if l_0_is_street is missing else l_0_is_street)):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), str_join(('协调解决', (undefined(name='posts') if l_0_posts is missing else l_0_posts), '用房和运行中的实际困难，配合上级把乡村医生补助落实到位，把乡村医生队伍稳定住。‖为', (undefined(name='posts') if l_0_posts is missing else l_0_posts), '解决用房、水电等实际困难，配合上级落实乡村医生补助，稳定乡村医生队伍。', )))
            context.vars['_'] = l_0__
        if ('签约' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text')):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), str_join(('组织', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions'), '做好家庭医生签约服务的宣传动员，提高群众的知晓率和签约率。‖发动', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions'), '干部配合家庭医生团队入户，把签约服务做实，做好入户随访和健康指导。', )))
            context.vars['_'] = l_0__
        if ((((not (undefined(name='is_street') if l_0_is_street is missing else l_0_is_street)) and ('改厕' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))) and ('厕所' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))) and ('人居环境' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), '结合农村人居环境整治，扎实推进农村改厕和村庄清洁行动。‖把农村改厕和村庄清洁行动抓在手上，改一户、成一户，不搞形式、不走过场。')
            context.vars['_'] = l_0__
        if ((undefined(name='is_street') if l_0_is_street is missing else l_0_is_street) and ('环境' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), '结合老旧小区改造，抓好背街小巷和小区环境卫生整治。‖把背街小巷、农贸市场和老旧小区作为环境卫生整治的重点，一处一处抓到位。')
            context.vars['_'] = l_0__
        l_0__ = environment.call(context, environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'append'), str_join(('落实属地责任，主动配合', ((undefined(name='above_bureau') if l_0_above_bureau is missing else l_0_above_bureau) or str_join(('上级', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '部门', ))), '做好传染病防控、预防接种和重点人群健康管理。‖守好属地责任，配合', ((undefined(name='above_bureau') if l_0_above_bureau is missing else l_0_above_bureau) or str_join(('上级', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '部门', ))), '把传染病防控、预防接种和重点人群健康管理落到每一个', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions')[1:], '。', )))
        context.vars['_'] = l_0__
        l_0_creation = (environment.getitem((undefined(name='local_duties') if l_0_local_duties is missing else l_0_local_duties), 1) if (t_2((undefined(name='local_duties') if l_0_local_duties is missing else l_0_local_duties)) > 1) else '')
        context.vars['creation'] = l_0_creation
        context.exported_vars.add('creation')
        if (('爱国卫生' in (undefined(name='local_duties') if l_0_local_duties is missing else l_0_local_duties)) and ('爱国卫生' not in environment.getattr((undefined(name='said_items') if l_0_said_items is missing else l_0_said_items), 'text'))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('深入开展爱国卫生运动，以', (undefined(name='creation') if l_0_creation is missing else l_0_creation), '为抓手，把环境卫生整治抓在日常、落到', environment.getattr((undefined(name='local_units') if l_0_local_units is missing else l_0_local_units), 'subdivisions')[1:], '。‖把爱国卫生运动和', (undefined(name='creation') if l_0_creation is missing else l_0_creation), '结合起来，发动群众清洁家园，集中整治', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '的卫生死角和脏乱差问题。', ))))
        l_0_firsts = []
        context.vars['firsts'] = l_0_firsts
        context.exported_vars.add('firsts')
        l_0_others = []
        context.vars['others'] = l_0_others
        context.exported_vars.add('others')
        for l_1_x in (undefined(name='own') if l_0_own is missing else l_0_own):
            l_1__ = l_0__
            _loop_vars = {}
            pass
            if ('乡村医生' in l_1_x):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='firsts') if l_0_firsts is missing else l_0_firsts), 'append'), l_1_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            else:
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='others') if l_0_others is missing else l_0_others), 'append'), l_1_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
        l_1_x = l_1__ = missing
        for l_1_x in ((undefined(name='firsts') if l_0_firsts is missing else l_0_firsts) + environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), (undefined(name='others') if l_0_others is missing else l_0_others)))[:2]:
            _loop_vars = {}
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), l_1_x, _loop_vars=_loop_vars))
        l_1_x = missing
    else:
        pass
        l_1_loop = missing
        for l_1_t, l_1_loop in LoopContext((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)[:2], undefined):
            l_1_TASK_MORE = resolve('TASK_MORE')
            l_1_line = resolve('line')
            _loop_vars = {}
            pass
            if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= environment.getattr(l_1_loop, 'index')):
                pass
                l_1_line = environment.call(context, (undefined(name='as_ours') if l_0_as_ours is missing else l_0_as_ours), environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), _loop_vars=_loop_vars, *environment.call(context, environment.getattr((undefined(name='TASK_MORE') if l_1_TASK_MORE is missing else l_1_TASK_MORE), 'get'), environment.getattr(environment.getattr(l_1_t, 'topic'), 'key'), environment.getitem((undefined(name='TASK_MORE') if l_1_TASK_MORE is missing else l_1_TASK_MORE), 'general'), _loop_vars=_loop_vars)), '我们将', _loop_vars=_loop_vars)
                _loop_vars['line'] = l_1_line
                if (not ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') and t_3(context.eval_ctx, t_6(context, ['监管', '打击', '执法', '查处', '非法行医', '战略研究', '决策参考', '决策依据', '规划', '部门', '纳入'], 'in', (undefined(name='line') if l_1_line is missing else l_1_line))))):
                    pass
                    yield str((undefined(name='line') if l_1_line is missing else l_1_line))
        l_1_loop = l_1_t = l_1_TASK_MORE = l_1_line = missing
    if (environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'n') > 1):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '这几项工作推进中遇到的困难，我们将主动研究解决，需要上级协调的及时报告。', '对这几项工作，我们既要抓进度，更要抓质量，做一件成一件。', '这几项工作，我们将由班子成员分头牵头，逐项抓好落实。', '这几项工作的成效，我们将请群众来评判，广泛听取群众意见。'))
    yield '¶三是'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '转变作风，担当作为。‖改进作风，勇于担当。‖转变作风，主动作为。'))
    yield '\n'
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将大力弘扬求真务实的作风，以钉钉子精神抓好工作落实，以实际行动践行初心使命。', '我们将坚持干字当头、实字为先，敢于担当、善于作为，以优良作风保障任务落实。', ('我们将坚持一线工作法，班子成员带头深入科室、病区和服务窗口，现场解决实际问题。' if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') and ('医院' in (undefined(name='own_unit') if l_0_own_unit is missing else l_0_own_unit))) else '我们将坚持一线工作法，领导干部带头深入村组、深入群众，解决实际问题。'), '我们将把功夫下在平时，班子成员带头深入一线，把问题解决在萌芽状态。', '我们将把抓落实的功夫用在平时，少说多做、真抓实干。'))
    if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit'):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将把各项任务分解到科室，完成情况与科室和个人绩效考核挂钩。', '我们将定期对重点任务开展自查，发现问题立行立改。', '我们将建立工作台账，定期盘点进度，对滞后的工作及时分析原因、拿出措施。'))
    else:
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将建立重点任务台账，实行清单化管理、项目化推进，定期调度、跟踪问效。', '我们将把各项任务纳入绩效考核，定期督查通报，对工作推进不力的严肃问责。', '我们将对照时间节点定期开展督查，发现问题及时整改，以督促干、以考促效。', '我们将定期对重点任务开展自查，发现问题立行立改。', '我们将建立工作台账，定期盘点进度，对滞后的工作及时分析原因、拿出措施。', '我们将把任务完成情况与干部考核挂钩，对工作落后的及时约谈、督促整改。'))
    l_0_campaign = environment.call(context, (undefined(name='short_agenda') if l_0_short_agenda is missing else l_0_short_agenda), 'conduct')[:1]
    context.vars['campaign'] = l_0_campaign
    context.exported_vars.add('campaign')
    for l_1_x in (undefined(name='campaign') if l_0_campaign is missing else l_0_campaign):
        _loop_vars = {}
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), l_1_x, _loop_vars=_loop_vars))
    l_1_x = missing
    if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 4):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们将主动向上级汇报工作进展，及时研究解决工作中遇到的困难和问题，不等不靠、主动作为。‖我们将及时向上级汇报工作进展，对工作中遇到的困难和问题主动研究、主动解决。'))
    if (((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and (not (undefined(name='township') if l_0_township is missing else l_0_township))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit')) and (not ((undefined(name='campaign') if l_0_campaign is missing else l_0_campaign) and ('不正之风' in environment.getitem((undefined(name='campaign') if l_0_campaign is missing else l_0_campaign), 0))))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '同时，我们将持续加强医德医风建设，坚决杜绝收受红包、回扣，树立良好的行业形象。‖我们还将持续加强医德医风建设，严守职业道德，以优质服务赢得群众信任。'))
        yield '\n'
    elif ((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and (not (undefined(name='township') if l_0_township is missing else l_0_township))) and (not ((undefined(name='campaign') if l_0_campaign is missing else l_0_campaign) and ('不正之风' in environment.getitem((undefined(name='campaign') if l_0_campaign is missing else l_0_campaign), 0))))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('同时，我们将严守纪律规矩，持续加强行风建设，坚决纠治群众身边的不正之风，树立', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '行业的良好形象。‖同时，我们将严明纪律规矩，把行风建设抓紧抓实，坚决整治群众身边的不正之风，维护', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '行业的良好形象。‖我们还将把行风建设抓在日常、严在经常，坚决纠治群众身边的不正之风，守护', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '行业的良好形象。', ))))
    l_0_any_target = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), on=False)
    context.vars['any_target'] = l_0_any_target
    context.exported_vars.add('any_target')
    for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_t, 'targets'):
            pass
            if not isinstance(l_0_any_target, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_any_target['on'] = True
    l_1_t = missing
    l_0_honour = []
    context.vars['honour'] = l_0_honour
    context.exported_vars.add('honour')
    for l_1_w in environment.call(context, (undefined(name='plan_in_force') if l_0_plan_in_force is missing else l_0_plan_in_force), environment.getattr((undefined(name='ERA_LINES') if l_0_ERA_LINES is missing else l_0_ERA_LINES), 'welcome')):
        l_1__ = l_0__
        _loop_vars = {}
        pass
        if (environment.call(context, environment.getattr(l_1_w, 'startswith'), '以优异成绩', _loop_vars=_loop_vars) and (not (undefined(name='honour') if l_0_honour is missing else l_0_honour))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='honour') if l_0_honour is missing else l_0_honour), 'append'), l_1_w, _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
    l_1_w = l_1__ = missing
    if (undefined(name='honour') if l_0_honour is missing else l_0_honour):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('请各位领导放心，我们一定说到做到、干出实效，', environment.getitem((undefined(name='honour') if l_0_honour is missing else l_0_honour), 0), '！', )), str_join(('请各位领导放心，我们一定把会议部署的各项任务落到实处，', environment.getitem((undefined(name='honour') if l_0_honour is missing else l_0_honour), 0), '！', ))))
        yield '\n'
    elif environment.getattr((undefined(name='any_target') if l_0_any_target is missing else l_0_any_target), 'on'):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '请各位领导放心，我们一定以这次会议为新的起点，攻坚克难、奋发作为，确保全面完成全年各项目标任务！', '请各位领导放心，我们一定说到做到、干出实效，以优异成绩回报组织的信任和群众的期待！', '请各位领导放心，我们有信心、有决心完成今年的各项目标任务！', '请各位领导放心，我们一定对标对表、加压奋进，确保今年的目标如期实现！'))
        yield '\n'
    else:
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '请各位领导放心，我们一定说到做到、干出实效，以优异成绩回报组织的信任和群众的期待！', '请各位领导放心，我们一定以更加扎实的作风，把会议部署的各项任务落到实处！', '请各位领导放心，今天表态的各项工作，我们一定逐项兑现！', '请各位领导放心，我们一定把今天的表态落到行动上，请领导和同志们监督！', '请各位领导放心，会议交给我们的任务，我们一定一件一件落到实处！'))
        yield '\n'

blocks = {}
debug_info = '5=85&12=98&13=101&14=104&15=107&16=111&17=113&18=115&21=117&22=120&25=121&26=124&28=129&30=131&32=136&34=147&35=170&36=172&37=175&38=186&41=195&42=199&43=201&44=203&45=205&48=206&51=209&52=212&53=215&57=220&60=223&61=227&62=231&63=235&64=238&65=245&68=246&69=249&72=262&73=265&74=268&78=274&81=276&84=278&85=282&86=286&90=300&91=326&96=338&97=340&100=345&101=347&106=360&109=362&110=374&111=377&112=380&113=383&115=385&117=387&118=391&119=395&120=399&121=403&123=405&124=408&126=411&127=430&132=438&136=451&138=455&139=457&142=458&143=463&145=464&146=467&147=472&150=475&151=479&153=482&157=494&158=506&159=509&160=511&161=514&163=519'
# Compiled from templates/sections/pledge.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 7edcec87d5d565c48149d0a19b68bec7182387ea8ebe6344bba125f4a4b43727
