from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/_parts.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_topped = l_0_spoken_before = l_0_announce = l_0_figures_when = l_0_season_line = l_0_said_data = l_0_weighed = l_0_told = l_0_results = l_0_review_areas = l_0_credit = l_0_ordered_reviews = l_0_run_of = l_0_affirmed = l_0_answered_in = l_0_government_answer = l_0_midyear_honest = l_0_problems = l_0_situation = l_0_task_areas = l_0_facets = l_0_safeguards = l_0_closing = missing
    try:
        t_1 = environment.filters['batch']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'batch' found.")
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
        t_6 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_7 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_8 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_9 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_10 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_11 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_12 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_13 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_14 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_15 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    try:
        t_16 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_17 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    try:
        t_18 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_category, l_1_role, l_1_n, l_1_own, l_1_topic, l_1_specific_only, l_1_avoid, l_1_after):
        t_19 = []
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
            if (t_18(l_1_after) or ((l_2_s[:2] != environment.getattr((undefined(name='last') if l_1_last is missing else l_1_last), 's')[:2]) and (not ((l_2_s[:2] == '随着') and ('随着' in environment.getattr((undefined(name='last') if l_1_last is missing else l_1_last), 's')))))):
                pass
                t_19.append(
                    str(l_2_s),
                )
                if not isinstance(l_1_last, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_last['s'] = l_2_s
        l_2_s = missing
        return concat(t_19)
    context.exported_vars.add('topped')
    context.vars['topped'] = l_0_topped = Macro(environment, macro, 'topped', ('category', 'role', 'n', 'own', 'topic', 'specific_only', 'avoid', 'after'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_20 = []
        l_1_b = resolve('b')
        l_1_reports = resolve('reports')
        l_1_pick = resolve('pick')
        l_1_agreed = resolve('agreed')
        l_1_noun = resolve('noun')
        l_1_rc = resolve('rc')
        l_1_named = resolve('named')
        l_1_vary = resolve('vary')
        l_1_keep = resolve('keep')
        pass
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'):
            pass
            l_1_reports = t_4(context.eval_ctx, t_13(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), 'agreeable'))
            if (t_3((undefined(name='reports') if l_1_reports is missing else l_1_reports)) == t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'))):
                pass
                l_1_agreed = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'agreement', 'agree', max_len=30, default=['讲得很好，我完全同意。', '讲得很全面、很具体，我完全赞同。', '讲得很实在、很到位，我都同意。'])
            elif (undefined(name='reports') if l_1_reports is missing else l_1_reports):
                pass
                l_1_noun = ('工作报告' if ('工作报告' in environment.getattr(environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0), 'content')) else ('报告' if ('报告' in environment.getattr(environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0), 'content')) else ''))
                l_1_rc = environment.getattr(environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0), 'content')
                l_1_named = (('工作总结和安排' if (('总结' in (undefined(name='rc') if l_1_rc is missing else l_1_rc)) and ('安排' in (undefined(name='rc') if l_1_rc is missing else l_1_rc))) else ('工作安排' if (('安排' in (undefined(name='rc') if l_1_rc is missing else l_1_rc)) or ('部署' in (undefined(name='rc') if l_1_rc is missing else l_1_rc))) else ('工作总结' if ('总结' in (undefined(name='rc') if l_1_rc is missing else l_1_rc)) else ''))) if (environment.getitem((undefined(name='reports') if l_1_reports is missing else l_1_reports), 0) != environment.getitem(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), -1)) else '')
                l_1_agreed = (environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '讲得很好，我完全同意。', )), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '讲得很全面、很具体，我完全赞同。', ))) if (undefined(name='noun') if l_1_noun is missing else l_1_noun) else (environment.call(context, (undefined(name='keep') if l_1_keep is missing else l_1_keep), environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对', (undefined(name='named') if l_1_named is missing else l_1_named), '，我完全同意。', )), str_join(('对', (undefined(name='named') if l_1_named is missing else l_1_named), '，我都赞成。', )))) if (undefined(name='named') if l_1_named is missing else l_1_named) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '我完全同意。', '我都赞成。')))
            else:
                pass
                l_1_agreed = ''
            t_20.append(
                '¶刚才，\n',
            )
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), undefined):
                _loop_vars = {}
                pass
                t_20.extend((
                    str(environment.getattr(l_2_s, 'title')),
                    str(environment.getattr(l_2_s, 'name')),
                    '同志',
                ))
                if (not environment.getattr(l_2_s, 'content')):
                    pass
                    t_20.append(
                        '作了讲话',
                    )
                elif ((((('作了' in environment.getattr(l_2_s, 'content')) or (environment.getattr(l_2_s, 'content')[:2] in ['作了', '通报', '宣读', '传达', '介绍', '部署', '总结', '汇报', '回顾', '讲了', '就'])) or (environment.getattr(l_2_s, 'content')[:1] == '就')) or ('了' in environment.getattr(l_2_s, 'content')[1:3])) or ((environment.getattr(l_2_s, 'content')[:2] in ['代表', '围绕', '结合', '针对']) and ('作' in environment.getattr(l_2_s, 'content')[2:]))):
                    pass
                    t_20.append(
                        str((t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, environment.getattr(l_2_s, 'content'), '作安排', '作了安排'), '作部署', '作了部署'), '作说明', '作了说明'), '作介绍', '作了介绍'), '作汇报', '作了汇报'), '作解读', '作了解读'), '作表态', '作了表态'), '作交流', '作了交流'), '作发言', '作了发言'), '作典型', '作了典型'), '作经验', '作了经验'), '了了', '了') if ((environment.getattr(l_2_s, 'content')[:1] == '就') or (environment.getattr(l_2_s, 'content')[:2] in ['代表', '围绕', '结合', '针对'])) else environment.getattr(l_2_s, 'content'))),
                    )
                elif (environment.getattr(l_2_s, 'content') in ['交流发言', '典型发言', '表态发言', '经验交流发言', '经验介绍', '典型经验介绍']):
                    pass
                    t_20.extend((
                        '作了',
                        str(environment.getattr(l_2_s, 'content')),
                    ))
                elif (environment.getattr(l_2_s, 'content')[:2] in ['解读', '说明', '分析', '布置', '安排', '交流', '发布', '解析', '讲解']):
                    pass
                    t_20.extend((
                        str(environment.getattr(l_2_s, 'content')[:2]),
                        '了',
                        str(environment.getattr(l_2_s, 'content')[2:]),
                    ))
                else:
                    pass
                    t_20.extend((
                        '作了',
                        str(environment.getattr(l_2_s, 'content')),
                    ))
                t_20.extend((
                    str(('，' if ((not environment.getattr(l_2_loop, 'last')) or environment.call(context, environment.getattr((undefined(name='agreed') if l_1_agreed is missing else l_1_agreed), 'startswith'), ('讲得', '我'), _loop_vars=_loop_vars)) else '。')),
                    '\n',
                ))
            l_2_loop = l_2_s = missing
            t_20.append(
                str((undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)),
            )
            if (((not (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)) and t_4(context.eval_ctx, t_13(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), 'progress'))) and (not t_4(context.eval_ctx, t_9(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers'), 'progress')))):
                pass
                t_20.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '各单位要对照通报的情况，查找差距，抓紧整改。', '请大家对照通报的情况，找准差距，抓好整改。')),
                    '\n',
                ))
            elif (not ((('落实' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)) or ('执行' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed))) or ('领会' in (undefined(name='agreed') if l_1_agreed is missing else l_1_agreed)))):
                pass
                t_20.extend((
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'agreement', 'urge', max_len=30, default=['希望大家认真领会，抓好落实。', '请各单位结合实际，认真抓好贯彻落实。', '请大家认真抓好落实。'])),
                    '\n',
                ))
        return concat(t_20)
    context.exported_vars.add('spoken_before')
    context.vars['spoken_before'] = l_0_spoken_before = Macro(environment, macro, 'spoken_before', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_21 = []
        l_1_pick = resolve('pick')
        l_1_b = resolve('b')
        l_1_parts_cn = resolve('parts_cn')
        l_1_kind = resolve('kind')
        l_1_namespace = resolve('namespace')
        l_1_said = l_1_own = missing
        pass
        l_1_said = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'outline', 'announce', default=[str_join(('下面，结合', (str_join(('我', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region')), '实际，我讲', (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', )), str_join((('下面，围绕做好今年工作，我再讲' if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'previous_speakers') else '下面，围绕做好今年工作，我讲'), (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', )), str_join(('下面，就做好今年的卫生健康工作，我讲', (undefined(name='parts_cn') if l_1_parts_cn is missing else l_1_parts_cn), '点意见。', ))])
        l_1_said = (t_10(context.eval_ctx, (undefined(name='said') if l_1_said is missing else l_1_said), '做好今年', '做好下半年') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else (undefined(name='said') if l_1_said is missing else l_1_said))
        l_1_said = (t_10(context.eval_ctx, (undefined(name='said') if l_1_said is missing else l_1_said), '我强调', '我讲') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) in ('annual_conference', 'midyear_review', 'work_report')) else (undefined(name='said') if l_1_said is missing else l_1_said))
        l_1_own = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s=(undefined(name='said') if l_1_said is missing else l_1_said))
        if (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') != 'general')):
            pass
            for l_2_whole in ('卫生健康工作', '卫生计生工作', '卫生工作'):
                _loop_vars = {}
                pass
                for l_3_when in ('今年的', '明年的', '下半年的', '今年', '明年', '下半年'):
                    _loop_vars = {}
                    pass
                    if not isinstance(l_1_own, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_own['s'] = t_10(context.eval_ctx, environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 's'), str_join(('做好', l_3_when, l_2_whole, )), str_join(('做好', l_3_when, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作', )))
                l_3_when = missing
            l_2_whole = missing
        t_21.extend((
            str((environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 's') if environment.call(context, environment.getattr(environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 's'), 'startswith'), '下面') else str_join(('下面，', environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 's'), )))),
            '\n',
        ))
        return concat(t_21)
    context.exported_vars.add('announce')
    context.vars['announce'] = l_0_announce = Macro(environment, macro, 'announce', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_22 = []
        l_1_figure_times = resolve('figure_times')
        pass
        t_22.append(
            str(environment.getitem((undefined(name='figure_times') if l_1_figure_times is missing else l_1_figure_times), 0)),
        )
        return concat(t_22)
    context.exported_vars.add('figures_when')
    context.vars['figures_when'] = l_0_figures_when = Macro(environment, macro, 'figures_when', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_23 = []
        l_1_plan = resolve('plan')
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_vary = resolve('vary')
        l_1_keys = l_1_m = missing
        pass
        l_1_keys = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='keys') if l_1_keys is missing else l_1_keys), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_tp = l_2__ = missing
        l_1_m = environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month')
        if (t_4(context.eval_ctx, t_12(context, ['disease_control', 'public_health', 'emergency'], 'in', (undefined(name='keys') if l_1_keys is missing else l_1_keys))) or (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') in ['disease_control', 'public_health', 'emergency']))):
            pass
            if ((undefined(name='m') if l_1_m is missing else l_1_m) == 12):
                pass
                t_23.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '眼下已进入冬季，流感等呼吸道传染病进入高发期，元旦、春节临近，人员流动和聚集明显增多，传染病防控的压力随之加大。', '冬春季历来是呼吸道传染病的高发季节，元旦、春节接踵而至，人员流动大、聚集多，防控工作一刻也不能放松。')),
                    '\n',
                ))
            elif ((undefined(name='m') if l_1_m is missing else l_1_m) == 11):
                pass
                t_23.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '即将进入冬春季，流感等呼吸道传染病进入高发期，传染病防控要提前谋划、早做准备。', '冬春季传染病高发期就要到来，监测、救治和物资储备都要提前做好准备。')),
                    '\n',
                ))
            elif ((undefined(name='m') if l_1_m is missing else l_1_m) in (6, 7, 8)):
                pass
                t_23.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '眼下正值夏季，肠道传染病和蚊媒传染病进入高发期，又逢主汛期，汛期卫生防病的任务不轻。', '夏季是肠道传染病、蚊媒传染病的高发季节，加上汛期到来，卫生防病工作一刻也不能放松。')),
                    '\n',
                ))
        return concat(t_23)
    context.exported_vars.add('season_line')
    context.vars['season_line'] = l_0_season_line = Macro(environment, macro, 'season_line', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_when, l_1_with_late):
        t_24 = []
        l_1_with_actor = resolve('with_actor')
        l_1_b = resolve('b')
        l_1_own_time = resolve('own_time')
        l_1_timed = resolve('timed')
        l_1_vary = resolve('vary')
        l_1_said = resolve('said')
        l_1_plan = resolve('plan')
        l_1_early = l_1_late = l_1_facts = l_1_whole_year = l_1_this_year = l_1_look = missing
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        if l_1_with_late is missing:
            l_1_with_late = True
        pass
        l_1_early = []
        l_1_late = []
        for l_2_f in environment.getattr(l_1_r, 'facts'):
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), l_2_f, _loop_vars=_loop_vars) and (environment.getattr(l_1_r, 'results') or (t_3(environment.getattr(l_1_r, 'facts')) > 1))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='late') if l_1_late is missing else l_1_late), 'append'), l_2_f, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            else:
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='early') if l_1_early is missing else l_1_early), 'append'), l_2_f, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_f = l_2__ = missing
        l_1_facts = environment.call(context, (undefined(name='with_actor') if l_1_with_actor is missing else l_1_with_actor), t_2(context.eval_ctx, (undefined(name='early') if l_1_early is missing else l_1_early), '，'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'))
        l_1_whole_year = (l_1_when in [str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年', ))])
        l_1_this_year = (l_1_when == str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年', )))
        l_1_look = ''
        if (environment.getattr(l_1_r, 'results') and (undefined(name='facts') if l_1_facts is missing else l_1_facts)):
            pass
            l_1_timed = (environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), environment.getitem(environment.getattr(l_1_r, 'results'), 0)) or (l_1_when and environment.call(context, environment.getattr(environment.getitem(environment.getattr(l_1_r, 'results'), 0), 'startswith'), l_1_when)))
            t_24.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '；', (undefined(name='look') if l_1_look is missing else l_1_look), t_2(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'), '。', )), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '，', t_2(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'), '。', ))) if (not ((((not l_1_when) or (l_1_when in (undefined(name='facts') if l_1_facts is missing else l_1_facts))) or environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), (undefined(name='facts') if l_1_facts is missing else l_1_facts))) or (undefined(name='timed') if l_1_timed is missing else l_1_timed))) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='facts') if l_1_facts is missing else l_1_facts), ('，' if (undefined(name='timed') if l_1_timed is missing else l_1_timed) else '；'), (undefined(name='look') if l_1_look is missing else l_1_look), t_2(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'), '。', ))))),
                '\n',
            ))
        elif environment.getattr(l_1_r, 'results'):
            pass
            l_1_said = str_join((t_2(context.eval_ctx, environment.getattr(l_1_r, 'results'), '，'), '。', ))
            if (environment.call(context, environment.getattr((undefined(name='said') if l_1_said is missing else l_1_said), 'startswith'), l_1_when) or environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), (undefined(name='said') if l_1_said is missing else l_1_said))):
                pass
                t_24.append(
                    str((undefined(name='said') if l_1_said is missing else l_1_said)),
                )
            elif ('累计' in (undefined(name='said') if l_1_said is missing else l_1_said)):
                pass
                t_24.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), (str_join(('截至', l_1_when, '底，', (undefined(name='said') if l_1_said is missing else l_1_said), )) if (undefined(name='whole_year') if l_1_whole_year is missing else l_1_whole_year) else str_join(('截至目前，', (undefined(name='said') if l_1_said is missing else l_1_said), ))))),
                    '\n',
                ))
            else:
                pass
                t_24.extend((
                    str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *((([str_join((l_1_when, '，', (undefined(name='said') if l_1_said is missing else l_1_said), ))] + ([] if ((undefined(name='this_year') if l_1_this_year is missing else l_1_this_year) or (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') != environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'))) else [str_join(('去年，', (undefined(name='said') if l_1_said is missing else l_1_said), ))])) + ([str_join(('今年以来，', (undefined(name='said') if l_1_said is missing else l_1_said), ))] if (undefined(name='this_year') if l_1_this_year is missing else l_1_this_year) else [])) + ([str_join(((undefined(name='look') if l_1_look is missing else l_1_look), (undefined(name='said') if l_1_said is missing else l_1_said), ))] if (undefined(name='look') if l_1_look is missing else l_1_look) else []))) if (undefined(name='whole_year') if l_1_whole_year is missing else l_1_whole_year) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='said') if l_1_said is missing else l_1_said), )), str_join(('截至目前，', (undefined(name='said') if l_1_said is missing else l_1_said), )), *([str_join(((undefined(name='look') if l_1_look is missing else l_1_look), (undefined(name='said') if l_1_said is missing else l_1_said), ))] if (undefined(name='look') if l_1_look is missing else l_1_look) else [])))),
                    '\n',
                ))
        elif (undefined(name='facts') if l_1_facts is missing else l_1_facts):
            pass
            if ((environment.call(context, (undefined(name='own_time') if l_1_own_time is missing else l_1_own_time), (undefined(name='facts') if l_1_facts is missing else l_1_facts)) or (not l_1_when)) or (l_1_when in (undefined(name='facts') if l_1_facts is missing else l_1_facts))):
                pass
                t_24.extend((
                    str(str_join(((undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', ))),
                    '\n',
                ))
            else:
                pass
                t_24.append(
                    str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', )), str_join(('这一年，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', ))) if (undefined(name='whole_year') if l_1_whole_year is missing else l_1_whole_year) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((l_1_when, '，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', )), str_join(('今年以来，', (undefined(name='facts') if l_1_facts is missing else l_1_facts), '。', ))))),
                )
        if ((undefined(name='late') if l_1_late is missing else l_1_late) and l_1_with_late):
            pass
            t_24.append(
                str(str_join((t_2(context.eval_ctx, (undefined(name='late') if l_1_late is missing else l_1_late), '；'), '。', ))),
            )
        return concat(t_24)
    context.exported_vars.add('said_data')
    context.vars['said_data'] = l_0_said_data = Macro(environment, macro, 'said_data', ('r', 'when', 'with_late'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_25 = []
        l_1_ts = resolve('ts')
        l_1_names = resolve('names')
        l_1_named = resolve('named')
        l_1_vary = resolve('vary')
        l_1_shorts = missing
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        l_1_shorts = []
        for (l_2_n, l_2_t, l_2_verdict, l_2_progress) in environment.getattr(l_1_r, 'goals'):
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if ((l_2_verdict == 'short') and (not environment.getitem(l_2_progress, 1))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='shorts') if l_1_shorts is missing else l_1_shorts), 'append'), (l_2_n, l_2_t), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_n = l_2_t = l_2_verdict = l_2_progress = l_2__ = missing
        if (t_3((undefined(name='shorts') if l_1_shorts is missing else l_1_shorts)) >= 2):
            pass
            l_1_ts = t_4(context.eval_ctx, t_17(environment, t_5(context, (undefined(name='shorts') if l_1_shorts is missing else l_1_shorts), 'last')))
            l_1_names = t_4(context.eval_ctx, t_5(context, (undefined(name='shorts') if l_1_shorts is missing else l_1_shorts), 'first'))
            l_1_named = str_join((t_2(context.eval_ctx, (undefined(name='names') if l_1_names is missing else l_1_names)[:-1], '、'), '和', environment.getitem((undefined(name='names') if l_1_names is missing else l_1_names), -1), ))
            t_25.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='named') if l_1_named is missing else l_1_named), (str_join(('全年的目标都是', environment.getitem((undefined(name='ts') if l_1_ts is missing else l_1_ts), 0), )) if (t_3((undefined(name='ts') if l_1_ts is missing else l_1_ts)) == 1) else str_join(('全年的目标分别是', t_2(context.eval_ctx, t_5(context, (undefined(name='shorts') if l_1_shorts is missing else l_1_shorts), 'last'), '、'), ))), '，目前都还有差距，下半年要加大工作力度。', )), str_join(((undefined(name='named') if l_1_named is missing else l_1_named), '离全年', (environment.getitem((undefined(name='ts') if l_1_ts is missing else l_1_ts), 0) if (t_3((undefined(name='ts') if l_1_ts is missing else l_1_ts)) == 1) else t_2(context.eval_ctx, t_5(context, (undefined(name='shorts') if l_1_shorts is missing else l_1_shorts), 'last'), '、')), '的目标都还有一段距离，下半年要盯住这些指标抓。', )))),
                '\n',
            ))
        def t_26(fiter):
            for (l_2_n, l_2_t, l_2_verdict, l_2_progress) in fiter:
                if (not ((t_3((undefined(name='shorts') if l_1_shorts is missing else l_1_shorts)) >= 2) and ((l_2_n, l_2_t) in (undefined(name='shorts') if l_1_shorts is missing else l_1_shorts)))):
                    yield (l_2_n, l_2_t, l_2_verdict, l_2_progress)
        for (l_2_n, l_2_t, l_2_verdict, l_2_progress) in t_26(environment.getattr(l_1_r, 'goals')):
            l_2_subj = l_2_done = missing
            _loop_vars = {}
            pass
            l_2_subj = ('这项指标' if ((t_3(environment.getattr(l_1_r, 'goals')) == 1) and ((t_3(environment.getattr(l_1_r, 'results')) + t_3(environment.getattr(l_1_r, 'setbacks'))) == 1)) else l_2_n)
            _loop_vars['subj'] = l_2_subj
            l_2_done = (str_join(('完成了', environment.getitem(l_2_progress, 0), '，还差', environment.getitem(l_2_progress, 1), )) if environment.getitem(l_2_progress, 0) else '')
            _loop_vars['done'] = l_2_done
            if (l_2_verdict == 'met'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，上半年已经达到，下半年重在巩固。', )), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，已经提前达到，下半年要保持住这个水平，不能松劲。', )), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，上半年已经实现，下半年要稳住，防止出现反弹。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif ((l_2_verdict == 'short') and environment.getitem(l_2_progress, 1)):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，还差', environment.getitem(l_2_progress, 1), '，下半年要加大工作力度。', )), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，目前还差', environment.getitem(l_2_progress, 1), '，下半年要拿出更有力的措施。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif (l_2_verdict == 'short'):
                pass
                t_25.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，目前还有差距，下半年要加大工作力度。', )), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '全年的目标是', l_2_t, '，对照这个目标还有差距，下半年要拿出更有力的措施。', )), str_join(((undefined(name='subj') if l_2_subj is missing else l_2_subj), '离全年', l_2_t, '的目标还有一段距离，下半年要盯住这个数字抓。', )), _loop_vars=_loop_vars)),
                )
            elif (l_2_verdict == 'most'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((('' if ((undefined(name='subj') if l_2_subj is missing else l_2_subj) == '这项指标') else l_2_n), '全年的任务是', l_2_t, '，上半年', ((undefined(name='done') if l_2_done is missing else l_2_done) if (undefined(name='done') if l_2_done is missing else l_2_done) else '已经完成大部分'), '，进度快于时间进度，下半年要乘势而上，确保全年任务全面完成。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif (l_2_verdict == 'half'):
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((('' if ((undefined(name='subj') if l_2_subj is missing else l_2_subj) == '这项指标') else l_2_n), '全年的任务是', l_2_t, '，上半年', ((undefined(name='done') if l_2_done is missing else l_2_done) if (undefined(name='done') if l_2_done is missing else l_2_done) else '已经完成一半以上'), '，做到了时间过半、任务过半。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            else:
                pass
                t_25.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((('' if ((undefined(name='subj') if l_2_subj is missing else l_2_subj) == '这项指标') else l_2_n), '全年的任务是', l_2_t, '，上半年', (str_join(((undefined(name='done') if l_2_done is missing else l_2_done), '，', )) if (undefined(name='done') if l_2_done is missing else l_2_done) else '完成的还不到一半，'), '进度落后于时间进度，下半年要抓紧赶上来。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_n = l_2_t = l_2_verdict = l_2_progress = l_2_subj = l_2_done = missing
        return concat(t_25)
    context.exported_vars.add('weighed')
    context.vars['weighed'] = l_0_weighed = Macro(environment, macro, 'weighed', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_when):
        t_27 = []
        l_1_joined = resolve('joined')
        l_1_keep = resolve('keep')
        l_1_d = l_1_ms = l_1_late = missing
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        pass
        l_1_d = t_16(environment.call(context, (undefined(name='said_data') if l_0_said_data is missing else l_0_said_data), l_1_r, l_1_when, with_late=False))
        l_1_ms = []
        for l_2_m in environment.getattr(l_1_r, 'meanings')[:1]:
            l_2_vary = resolve('vary')
            l_2__ = resolve('_')
            l_2_v = missing
            _loop_vars = {}
            pass
            l_2_v = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), l_2_m, _loop_vars=_loop_vars)
            _loop_vars['v'] = l_2_v
            if (undefined(name='v') if l_2_v is missing else l_2_v):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='ms') if l_1_ms is missing else l_1_ms), 'append'), environment.call(context, environment.getattr((undefined(name='v') if l_2_v is missing else l_2_v), 'rstrip'), '。', _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_m = l_2_vary = l_2_v = l_2__ = missing
        if ((undefined(name='ms') if l_1_ms is missing else l_1_ms) and environment.call(context, environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d), 'endswith'), '。')):
            pass
            l_1_joined = str_join(((undefined(name='d') if l_1_d is missing else l_1_d)[:-1], '，', t_2(context.eval_ctx, (undefined(name='ms') if l_1_ms is missing else l_1_ms), '，'), '。', ))
            t_27.append(
                str(environment.call(context, (undefined(name='keep') if l_1_keep is missing else l_1_keep), ((undefined(name='joined') if l_1_joined is missing else l_1_joined) if (t_3((undefined(name='joined') if l_1_joined is missing else l_1_joined)) <= 110) else str_join(((undefined(name='d') if l_1_d is missing else l_1_d)[:-1], '，', environment.getitem((undefined(name='ms') if l_1_ms is missing else l_1_ms), 0), '。', ))))),
            )
        else:
            pass
            t_27.append(
                str((undefined(name='d') if l_1_d is missing else l_1_d)),
            )
        l_1_late = []
        for l_2_f in environment.getattr(l_1_r, 'facts'):
            l_2_own_time = resolve('own_time')
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (environment.call(context, (undefined(name='own_time') if l_2_own_time is missing else l_2_own_time), l_2_f, _loop_vars=_loop_vars) and (environment.getattr(l_1_r, 'results') or (t_3(environment.getattr(l_1_r, 'facts')) > 1))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='late') if l_1_late is missing else l_1_late), 'append'), l_2_f, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_f = l_2_own_time = l_2__ = missing
        if (undefined(name='late') if l_1_late is missing else l_1_late):
            pass
            t_27.append(
                str(str_join((t_2(context.eval_ctx, (undefined(name='late') if l_1_late is missing else l_1_late), '；'), '。', ))),
            )
        return concat(t_27)
    context.exported_vars.add('told')
    context.vars['told'] = l_0_told = Macro(environment, macro, 'told', ('r', 'when'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r, l_1_i, l_1_lead, l_1_when, l_1_first):
        t_28 = []
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
        if l_1_first is missing:
            l_1_first = True
        pass
        t_28.extend((
            '¶',
            str((environment.call(context, (undefined(name='nth') if l_1_nth is missing else l_1_nth), l_1_i) if l_1_i else '')),
            str(environment.getattr(environment.getattr(l_1_r, 'topic'), 'name')),
            str(l_1_lead),
            '。\n',
            str(environment.call(context, (undefined(name='told') if l_0_told is missing else l_0_told), l_1_r, (l_1_when if l_1_first else ''))),
            '\n',
        ))
        if (l_1_when == '上半年'):
            pass
            t_28.append(
                str(environment.call(context, (undefined(name='weighed') if l_0_weighed is missing else l_0_weighed), l_1_r)),
            )
        if ((not environment.getattr(l_1_r, 'results')) and (not environment.getattr(l_1_r, 'facts'))):
            pass
            t_28.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), environment.call(context, environment.getattr((undefined(name='REVIEW_WORDING') if l_1_REVIEW_WORDING is missing else l_1_REVIEW_WORDING), 'get'), environment.getattr(environment.getattr(l_1_r, 'topic'), 'key'), environment.getitem((undefined(name='REVIEW_WORDING') if l_1_REVIEW_WORDING is missing else l_1_REVIEW_WORDING), 'general')))),
            )
        return concat(t_28)
    context.exported_vars.add('results')
    context.vars['results'] = l_0_results = Macro(environment, macro, 'results', ('r', 'i', 'lead', 'when', 'first'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_when, l_1_thanks, l_1_as_headings):
        t_29 = []
        l_1_deal = resolve('deal')
        l_1_leads = l_1_order = missing
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        if l_1_thanks is missing:
            l_1_thanks = True
        if l_1_as_headings is missing:
            l_1_as_headings = False
        pass
        l_1_leads = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['工作扎实推进', '工作取得新进展', '工作有序开展', '工作迈出新步伐', '工作稳步推进', '工作持续加强', '工作进一步加强', '工作扎实开展'])
        l_1_order = t_16(t_16(environment.call(context, (undefined(name='ordered_reviews') if l_0_ordered_reviews is missing else l_0_ordered_reviews))), ',')
        l_1_order = (t_4(context.eval_ctx, t_5(context, environment.call(context, environment.getattr((undefined(name='order') if l_1_order is missing else l_1_order), 'split'), ','), 'int')) if (undefined(name='order') if l_1_order is missing else l_1_order) else [])
        l_2_loop = missing
        for l_2_i, l_2_loop in LoopContext((undefined(name='order') if l_1_order is missing else l_1_order), undefined):
            l_2_reviews = resolve('reviews')
            l_2_vary = resolve('vary')
            l_2_REVIEW_WORDING = resolve('REVIEW_WORDING')
            l_2_r = l_2_lead = missing
            _loop_vars = {}
            pass
            l_2_r = environment.getitem((undefined(name='reviews') if l_2_reviews is missing else l_2_reviews), l_2_i)
            _loop_vars['r'] = l_2_r
            l_2_lead = environment.getitem((undefined(name='leads') if l_1_leads is missing else l_1_leads), (environment.getattr(l_2_loop, 'index0') % t_3((undefined(name='leads') if l_1_leads is missing else l_1_leads))))
            _loop_vars['lead'] = l_2_lead
            l_2_lead = ('工作深入推进' if (('改' in environment.getattr(environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'topic'), 'name')) and ('加强' in (undefined(name='lead') if l_2_lead is missing else l_2_lead))) else (undefined(name='lead') if l_2_lead is missing else l_2_lead))
            _loop_vars['lead'] = l_2_lead
            if l_1_as_headings:
                pass
                t_29.extend((
                    '## ',
                    str(environment.getattr(environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'topic'), 'name')),
                    str((undefined(name='lead') if l_2_lead is missing else l_2_lead)),
                    '。\n',
                    str(environment.call(context, (undefined(name='told') if l_0_told is missing else l_0_told), (undefined(name='r') if l_2_r is missing else l_2_r), '', _loop_vars=_loop_vars)),
                    '\n',
                ))
                if (l_1_when == '上半年'):
                    pass
                    t_29.append(
                        str(environment.call(context, (undefined(name='weighed') if l_0_weighed is missing else l_0_weighed), (undefined(name='r') if l_2_r is missing else l_2_r), _loop_vars=_loop_vars)),
                    )
                if ((not environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'results')) and (not environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'facts'))):
                    pass
                    t_29.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), environment.call(context, environment.getattr((undefined(name='REVIEW_WORDING') if l_2_REVIEW_WORDING is missing else l_2_REVIEW_WORDING), 'get'), environment.getattr(environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'topic'), 'key'), environment.getitem((undefined(name='REVIEW_WORDING') if l_2_REVIEW_WORDING is missing else l_2_REVIEW_WORDING), 'general'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)),
                    )
            else:
                pass
                t_29.extend((
                    str(environment.call(context, (undefined(name='results') if l_0_results is missing else l_0_results), (undefined(name='r') if l_2_r is missing else l_2_r), (environment.getattr(l_2_loop, 'index') if (t_3((undefined(name='order') if l_1_order is missing else l_1_order)) > 1) else 0), (undefined(name='lead') if l_2_lead is missing else l_2_lead), l_1_when, first=environment.getattr(l_2_loop, 'first'), _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_loop = l_2_i = l_2_reviews = l_2_r = l_2_lead = l_2_vary = l_2_REVIEW_WORDING = missing
        t_29.extend((
            str(environment.call(context, (undefined(name='credit') if l_0_credit is missing else l_0_credit), l_1_thanks)),
            '\n',
        ))
        return concat(t_29)
    context.exported_vars.add('review_areas')
    context.vars['review_areas'] = l_0_review_areas = Macro(environment, macro, 'review_areas', ('when', 'thanks', 'as_headings'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_thanks, l_1_new_para):
        t_30 = []
        l_1_reviews = resolve('reviews')
        l_1_b = resolve('b')
        l_1_vary = resolve('vary')
        l_1_kind = resolve('kind')
        l_1_township = resolve('township')
        l_1_crew = resolve('crew')
        l_1_voice_given = resolve('voice_given')
        l_1_plan = resolve('plan')
        l_1_mine = resolve('mine')
        l_1_pick = resolve('pick')
        l_1_namespace = resolve('namespace')
        l_1_honoured = missing
        if l_1_thanks is missing:
            l_1_thanks = True
        if l_1_new_para is missing:
            l_1_new_para = True
        pass
        if (l_1_thanks and (not (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews))):
            pass
            t_30.extend((
                '¶',
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('在此，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工一年来的辛勤付出表示衷心的感谢！', )), str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', ))) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '在此，向全系统广大干部职工一年来的辛勤付出表示衷心的感谢！', '借此机会，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！'))),
                '\n',
            ))
        elif (l_1_thanks and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review')):
            pass
            l_1_crew = (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '医务人员和基层干部', )) if (undefined(name='township') if l_1_township is missing else l_1_township) else '全系统干部职工')
            t_30.extend((
                str(('¶' if l_1_new_para else cond_expr_undefined("the inline if-expression on line 239 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('上半年的进展，是', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '辛勤工作的结果。', )), str_join(('半年来的进展，凝聚着', (undefined(name='crew') if l_1_crew is missing else l_1_crew), '的辛勤付出。', )))),
            ))
            l_1_mine = (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') and ((undefined(name='voice_given') if l_1_voice_given is missing else l_1_voice_given) or (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') not in ('government', 'township'))))
            t_30.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if (undefined(name='mine') if l_1_mine is missing else l_1_mine) else '在此，'), '向大家道一声辛苦！', )), str_join(('借此机会，', (str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if (undefined(name='mine') if l_1_mine is missing else l_1_mine) else ''), '向奋战在一线的同志们表示感谢！', )))),
                '\n',
            ))
        elif l_1_thanks:
            pass
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'):
                pass
                t_30.extend((
                    str(('¶' if l_1_new_para else cond_expr_undefined("the inline if-expression on line 247 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '成绩来之不易，凝聚着全系统广大干部职工的心血和汗水，也离不开各部门的大力支持和密切配合。', '一年来的成绩，是全系统广大干部职工扎实苦干的结果，也凝聚着各有关部门的大力支持。', '这些成绩的取得，靠的是全系统广大干部职工的辛勤付出，靠的是各部门、各单位的通力协作。', '成绩来之不易，是各部门密切配合、全系统干部职工团结拼搏、辛勤付出的结果。')),
                    '\n',
                ))
            else:
                pass
                t_30.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'transition', 'credit', default=[str_join(('成绩来之不易。这是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), '坚强领导的结果，是各部门大力支持、密切配合的结果，更是全系统广大干部职工团结拼搏、辛勤付出的结果。', )), '成绩来之不易，凝聚着全系统广大干部职工的心血和汗水。', str_join(('一年来的成绩来之不易，是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), '正确领导、各部门通力协作和全系统干部职工共同奋斗的结果。', ))])),
                    '\n',
                ))
            if ((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') and (not (undefined(name='voice_given') if l_1_voice_given is missing else l_1_voice_given))) and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'township')):
                pass
                t_30.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('在此，向', (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '医务人员和基层干部', )) if (undefined(name='township') if l_1_township is missing else l_1_township) else '奋战在卫生健康战线上的广大干部职工'), '表示衷心的感谢！', )), ('借此机会，向全系统广大干部职工致以衷心的感谢！' if (not (undefined(name='township') if l_1_township is missing else l_1_township)) else str_join(('借此机会，向', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '医务人员和基层干部致以衷心的感谢！', ))))),
                )
            else:
                pass
                t_30.append(
                    str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('在此，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', )), (str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工道一声辛苦，表示衷心的感谢！', )) if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'bureau') else str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统广大干部职工致以崇高的敬意和衷心的感谢！', ))), str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向一年来辛勤工作在', (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '战线', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department') else '一线'), '的同志们表示衷心的感谢！', )), str_join(('在这里，我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，向全系统的同志们，向支持', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作的各部门表示衷心的感谢！', ))) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'thanks', 'thanks', default=['在此，向奋战在卫生健康战线上的广大干部职工表示衷心的感谢！', '在此，我向全系统广大干部职工表示衷心的感谢，并致以崇高的敬意！', '借此机会，向辛勤工作在卫生健康战线上的同志们表示诚挚的感谢！']))),
                )
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
            t_30.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '向受到表彰的先进集体和先进个人表示热烈的祝贺！', '向今天受到表彰的先进集体和先进个人表示热烈祝贺！')),
                '\n',
            ))
        return concat(t_30)
    context.exported_vars.add('credit')
    context.vars['credit'] = l_0_credit = Macro(environment, macro, 'credit', ('thanks', 'new_para'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_31 = []
        l_1_namespace = resolve('namespace')
        l_1_reviews = resolve('reviews')
        l_1_plan = resolve('plan')
        l_1_hl = missing
        pass
        l_1_hl = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), i=-1)
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
            _loop_vars = {}
            pass
            if ((environment.getattr((undefined(name='hl') if l_1_hl is missing else l_1_hl), 'i') < 0) and environment.getattr(l_2_r, 'facts')):
                pass
                if not isinstance(l_1_hl, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_hl['i'] = environment.getattr(l_2_loop, 'index0')
        l_2_loop = l_2_r = missing
        if ((environment.getattr((undefined(name='hl') if l_1_hl is missing else l_1_hl), 'i') < 0) and environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks')):
            pass
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
                _loop_vars = {}
                pass
                if ((environment.getattr((undefined(name='hl') if l_1_hl is missing else l_1_hl), 'i') < 0) and (environment.getattr(environment.getattr(l_2_r, 'topic'), 'key') == environment.getattr(environment.getattr(environment.getattr(environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'), 0), 'view'), 'topic'), 'key'))):
                    pass
                    if not isinstance(l_1_hl, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_hl['i'] = environment.getattr(l_2_loop, 'index0')
            l_2_loop = l_2_r = missing
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_loop, 'index0') == t_6(environment, [environment.getattr((undefined(name='hl') if l_1_hl is missing else l_1_hl), 'i'), 0])):
                pass
                t_31.extend((
                    str(environment.getattr(l_2_loop, 'index0')),
                    ',',
                ))
        l_2_loop = l_2_r = missing
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='reviews') if l_1_reviews is missing else l_1_reviews), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_loop, 'index0') != t_6(environment, [environment.getattr((undefined(name='hl') if l_1_hl is missing else l_1_hl), 'i'), 0])):
                pass
                t_31.extend((
                    str(environment.getattr(l_2_loop, 'index0')),
                    ',',
                ))
        l_2_loop = l_2_r = missing
        return concat(t_31)
    context.exported_vars.add('ordered_reviews')
    context.vars['ordered_reviews'] = l_0_ordered_reviews = Macro(environment, macro, 'ordered_reviews', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_32 = []
        l_1_n = missing
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_1_n = ((t_3(l_1_items) + 2) // 3)
        for l_2_chunk in t_1(l_1_items, ((((t_3(l_1_items) + (undefined(name='n') if l_1_n is missing else l_1_n)) - 1) // (undefined(name='n') if l_1_n is missing else l_1_n)) if (undefined(name='n') if l_1_n is missing else l_1_n) else 1)):
            _loop_vars = {}
            pass
            t_32.extend((
                str(t_2(context.eval_ctx, l_2_chunk, '，')),
                '。',
            ))
        l_2_chunk = missing
        return concat(t_32)
    context.exported_vars.add('run_of')
    context.vars['run_of'] = l_0_run_of = Macro(environment, macro, 'run_of', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_when):
        t_33 = []
        l_1_plan = resolve('plan')
        l_1_many = resolve('many')
        l_1_vary = resolve('vary')
        l_1_deal = resolve('deal')
        l_1_rn = resolve('rn')
        l_1_ri = resolve('ri')
        l_1_noun = l_1_order = l_1_said = l_1_lead_key = l_1_time = l_1_an = l_1_by = l_1_rest = l_1_lead = missing
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        pass
        l_1_noun = str_join((('刚才的' if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report') == '汇报') else ''), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report'), ))
        l_1_order = t_16(t_16(environment.call(context, (undefined(name='ordered_reviews') if l_0_ordered_reviews is missing else l_0_ordered_reviews))), ',')
        l_1_order = (t_4(context.eval_ctx, t_5(context, environment.call(context, environment.getattr((undefined(name='order') if l_1_order is missing else l_1_order), 'split'), ','), 'int')) if (undefined(name='order') if l_1_order is missing else l_1_order) else [])
        l_1_said = []
        l_1_lead_key = (environment.getattr(environment.getattr(environment.getattr(environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'), 0), 'view'), 'topic'), 'key') if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks') else '')
        for l_2_i in (undefined(name='order') if l_1_order is missing else l_1_order):
            l_2_reviews = resolve('reviews')
            l_2__ = resolve('_')
            l_2_r = missing
            _loop_vars = {}
            pass
            l_2_r = environment.getitem((undefined(name='reviews') if l_2_reviews is missing else l_2_reviews), l_2_i)
            _loop_vars['r'] = l_2_r
            if ((environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'results') or environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'facts')) and (environment.getattr(environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'topic'), 'key') == (undefined(name='lead_key') if l_1_lead_key is missing else l_1_lead_key))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='said') if l_1_said is missing else l_1_said), 'append'), (undefined(name='r') if l_2_r is missing else l_2_r), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_i = l_2_reviews = l_2_r = l_2__ = missing
        for l_2_i in (undefined(name='order') if l_1_order is missing else l_1_order):
            l_2_reviews = resolve('reviews')
            l_2__ = resolve('_')
            l_2_r = missing
            _loop_vars = {}
            pass
            l_2_r = environment.getitem((undefined(name='reviews') if l_2_reviews is missing else l_2_reviews), l_2_i)
            _loop_vars['r'] = l_2_r
            if ((environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'results') or environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'facts')) and (environment.getattr(environment.getattr((undefined(name='r') if l_2_r is missing else l_2_r), 'topic'), 'key') != (undefined(name='lead_key') if l_1_lead_key is missing else l_1_lead_key))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='said') if l_1_said is missing else l_1_said), 'append'), (undefined(name='r') if l_2_r is missing else l_2_r), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_i = l_2_reviews = l_2_r = l_2__ = missing
        l_1_time = ('去年' if (l_1_when != '上半年') else '上半年')
        l_1_an = (str_join((environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='said') if l_1_said is missing else l_1_said))), '个方面', )) if (t_3((undefined(name='said') if l_1_said is missing else l_1_said)) > 1) else (environment.getattr(environment.getattr(environment.getitem((undefined(name='said') if l_1_said is missing else l_1_said), 0), 'topic'), 'name') if (undefined(name='said') if l_1_said is missing else l_1_said) else ''))
        l_1_by = (str_join(('从', (undefined(name='an') if l_1_an is missing else l_1_an), )) if (t_3((undefined(name='said') if l_1_said is missing else l_1_said)) > 1) else str_join(('就', (undefined(name='an') if l_1_an is missing else l_1_an), )))
        if (l_1_when == '上半年'):
            pass
            t_33.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对上半年的工作讲得很具体，主要指标我', (undefined(name='by') if l_1_by is missing else l_1_by), '简要回顾一下。', )), str_join(('上半年的进度，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '已经讲清楚了，我就不多讲了，主要指标再简要回顾一下。', )), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲了上半年的进度，我', (undefined(name='by') if l_1_by is missing else l_1_by), '把主要指标简要回顾一下。', ))) if (undefined(name='said') if l_1_said is missing else l_1_said) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对上半年的工作已经作了全面总结，我不再展开。', )), str_join(('上半年各项工作的进度，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，我不再重复。', ))))),
                '\n',
            ))
        else:
            pass
            t_33.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对去年的工作作了全面总结，主要指标我', (undefined(name='by') if l_1_by is missing else l_1_by), '简要回顾一下。', )), str_join(('去年的工作，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '讲得很具体，我就不多讲了，主要指标再简要回顾一下。', )), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对去年的工作讲得很具体，我', (undefined(name='by') if l_1_by is missing else l_1_by), '把主要指标简要回顾一下。', ))) if (undefined(name='said') if l_1_said is missing else l_1_said) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='noun') if l_1_noun is missing else l_1_noun), '对去年的工作已经作了全面总结，我不再展开。', )), str_join(('去年各方面工作的情况，', (undefined(name='noun') if l_1_noun is missing else l_1_noun), '里讲得很具体，我不再重复。', ))))),
                '\n',
            ))
        l_1_rest = []
        l_1_lead = environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), [['首先是', '。', '其次是'], ['先说', '。', '再说'], ['先看', '。', '再看']]), 0)
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext((undefined(name='said') if l_1_said is missing else l_1_said), undefined):
            l_2__ = resolve('_')
            l_2_items = missing
            _loop_vars = {}
            pass
            l_2_items = (t_4(context.eval_ctx, environment.getattr(l_2_r, 'facts')) + t_4(context.eval_ctx, environment.getattr(l_2_r, 'results')))
            _loop_vars['items'] = l_2_items
            if (environment.getattr(l_2_loop, 'index0') == 0):
                pass
                t_33.extend((
                    str(environment.getitem((undefined(name='lead') if l_1_lead is missing else l_1_lead), 0)),
                    str(environment.getattr(environment.getattr(l_2_r, 'topic'), 'name')),
                    '，',
                    str(environment.call(context, (undefined(name='run_of') if l_0_run_of is missing else l_0_run_of), (undefined(name='items') if l_2_items is missing else l_2_items), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif ((environment.getattr(l_2_loop, 'index0') == 1) and (t_3((undefined(name='said') if l_1_said is missing else l_1_said)) <= 3)):
                pass
                t_33.extend((
                    str(environment.getitem((undefined(name='lead') if l_1_lead is missing else l_1_lead), 2)),
                    str(environment.getattr(environment.getattr(l_2_r, 'topic'), 'name')),
                    '，',
                    str(environment.call(context, (undefined(name='run_of') if l_0_run_of is missing else l_0_run_of), (undefined(name='items') if l_2_items is missing else l_2_items), _loop_vars=_loop_vars)),
                    '\n',
                ))
            else:
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='rest') if l_1_rest is missing else l_1_rest), 'append'), l_2_r, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_loop = l_2_r = l_2_items = l_2__ = missing
        if (undefined(name='rest') if l_1_rest is missing else l_1_rest):
            pass
            l_1_rn = []
            l_1_ri = []
            for l_2_r in (undefined(name='rest') if l_1_rest is missing else l_1_rest):
                l_2__ = missing
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='rn') if l_1_rn is missing else l_1_rn), 'append'), environment.getattr(environment.getattr(l_2_r, 'topic'), 'name'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                for l_3_x in (t_4(context.eval_ctx, environment.getattr(l_2_r, 'facts')) + t_4(context.eval_ctx, environment.getattr(l_2_r, 'results'))):
                    l_3__ = l_2__
                    _loop_vars = {}
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='ri') if l_1_ri is missing else l_1_ri), 'append'), l_3_x, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                l_3_x = l_3__ = missing
            l_2_r = l_2__ = missing
            if (t_3((undefined(name='ri') if l_1_ri is missing else l_1_ri)) <= 3):
                pass
                t_33.extend((
                    str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), [str_join((t_2(context.eval_ctx, (undefined(name='rn') if l_1_rn is missing else l_1_rn), '、'), ('等方面' if (t_3((undefined(name='rn') if l_1_rn is missing else l_1_rn)) > 1) else '方面'), '也有新的进展，', )), ('其他几个方面，' if (t_3((undefined(name='rn') if l_1_rn is missing else l_1_rn)) > 1) else str_join((environment.getitem((undefined(name='rn') if l_1_rn is missing else l_1_rn), 0), '方面，', )))]), 0)),
                    str(t_2(context.eval_ctx, (undefined(name='ri') if l_1_ri is missing else l_1_ri), '，')),
                    '。\n',
                ))
            else:
                pass
                for l_2_r in (undefined(name='rest') if l_1_rest is missing else l_1_rest):
                    _loop_vars = {}
                    pass
                    t_33.extend((
                        str(environment.getattr(environment.getattr(l_2_r, 'topic'), 'name')),
                        '方面，',
                        str(environment.call(context, (undefined(name='run_of') if l_0_run_of is missing else l_0_run_of), (t_4(context.eval_ctx, environment.getattr(l_2_r, 'facts')) + t_4(context.eval_ctx, environment.getattr(l_2_r, 'results'))), _loop_vars=_loop_vars)),
                    ))
                l_2_r = missing
        t_33.extend((
            str(environment.call(context, (undefined(name='credit') if l_0_credit is missing else l_0_credit), True, new_para=False)),
            '\n',
        ))
        return concat(t_33)
    context.exported_vars.add('affirmed')
    context.vars['affirmed'] = l_0_affirmed = Macro(environment, macro, 'affirmed', ('when',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_after):
        t_34 = []
        l_1_plan = resolve('plan')
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_these = resolve('these')
        l_1_vary = resolve('vary')
        l_1_homes = resolve('homes')
        l_1_hs = resolve('hs')
        l_1_pairs = l_1_seen = l_1_yr = l_1_led = missing
        if l_1_after is missing:
            l_1_after = False
        pass
        l_1_pairs = []
        l_1_seen = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            _loop_vars = {}
            pass
            for l_3_p in environment.getattr(environment.getattr(l_2_tp, 'view'), 'answers'):
                l_3__ = resolve('_')
                l_3_h = missing
                _loop_vars = {}
                pass
                l_3_h = environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_3_p, 'split'), '，', _loop_vars=_loop_vars), 0), 'split'), '；', _loop_vars=_loop_vars), 0), 'rstrip'), '。', _loop_vars=_loop_vars)
                _loop_vars['h'] = l_3_h
                if ((undefined(name='h') if l_3_h is missing else l_3_h) not in (undefined(name='seen') if l_1_seen is missing else l_1_seen)):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='seen') if l_1_seen is missing else l_1_seen), 'append'), (undefined(name='h') if l_3_h is missing else l_3_h), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                    l_3__ = environment.call(context, environment.getattr((undefined(name='pairs') if l_1_pairs is missing else l_1_pairs), 'append'), ((undefined(name='h') if l_3_h is missing else l_3_h), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'name')), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_p = l_3_h = l_3__ = missing
        l_2_tp = missing
        l_1_yr = ('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年')
        l_1_led = ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'situation_problems') and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'problems_home') != 'situation')) and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'problems_home') != 'direction'))
        if ((undefined(name='led') if l_1_led is missing else l_1_led) and (not l_1_after)):
            pass
            l_1_these = ('这些问题' if (t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) > 1) else '这个问题')
            t_34.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对', (undefined(name='these') if l_1_these is missing else l_1_these), '，我们必须高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中认真加以解决。', )), str_join(('对', (undefined(name='these') if l_1_these is missing else l_1_these), '，必须正视，不能回避，要在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的各项任务中切实加以解决。', )), str_join(((undefined(name='these') if l_1_these is missing else l_1_these), '，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '都要拿出具体的解决办法，在各项任务中逐步加以解决。', )), str_join(('对此，我们要高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中采取有力措施，切实加以解决。', )))),
                '\n',
            ))
        elif ((t_3((undefined(name='pairs') if l_1_pairs is missing else l_1_pairs)) > 1) or ((undefined(name='pairs') if l_1_pairs is missing else l_1_pairs) and (t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) > 1))):
            pass
            l_1_homes = []
            for (l_2_h, l_2_t) in (undefined(name='pairs') if l_1_pairs is missing else l_1_pairs):
                l_2__ = resolve('_')
                _loop_vars = {}
                pass
                if (l_2_t not in (undefined(name='homes') if l_1_homes is missing else l_1_homes)):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='homes') if l_1_homes is missing else l_1_homes), 'append'), l_2_t, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_h = l_2_t = l_2__ = missing
            l_1_hs = str_join((t_2(context.eval_ctx, (undefined(name='homes') if l_1_homes is missing else l_1_homes), '、'), ('等' if (t_3((undefined(name='homes') if l_1_homes is missing else l_1_homes)) > 2) else ''), ))
            t_34.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('解决这些问题的措施，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的工作安排中都有考虑。', )), str_join(('针对这些问题，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中都有相应的措施。', ))) if l_1_after else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对这些问题，我们必须高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中认真加以解决。', )), str_join(('对这些问题，必须正视，不能回避，要在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的各项任务中切实加以解决。', )), str_join(('这些问题，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中都有针对性的安排，要逐项加以解决。', )), str_join(('对此，我们要高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中采取有力措施，切实加以解决。', ))))),
                '\n',
            ))
        elif (undefined(name='pairs') if l_1_pairs is missing else l_1_pairs):
            pass
            t_34.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对这个问题，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中有专门的安排，要切实加以解决。', ))) if l_1_after else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这个问题，', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中有专门的安排，要切实加以解决。', )), str_join(('对这个问题，我们必须高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中认真加以解决。', )), str_join(('对此，我们要高度重视，在', (undefined(name='yr') if l_1_yr is missing else l_1_yr), '的任务中采取有力措施，切实加以解决。', ))))),
                '\n',
            ))
        return concat(t_34)
    context.exported_vars.add('answered_in')
    context.vars['answered_in'] = l_0_answered_in = Macro(environment, macro, 'answered_in', ('after',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_named_count):
        t_35 = []
        l_1_b = resolve('b')
        l_1_plan = resolve('plan')
        l_1_vary = resolve('vary')
        l_1_ins = resolve('ins')
        l_1_gov = l_1_said = l_1_what = l_1_what_said = l_1_dept = missing
        if l_1_named_count is missing:
            l_1_named_count = undefined("parameter 'named_count' was not provided", name='named_count')
        pass
        l_1_gov = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')
        l_1_said = str_join((t_2(context.eval_ctx, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'), '；'), '；', t_2(context.eval_ctx, t_5(context, t_5(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'join', '；'), '；'), ))
        l_1_what = []
        for (l_2_words, l_2_name) in [(['人才', '人员', '编制', '队伍', '医生', '村医', '招聘'], '编制、人才政策'), (['设施', '设备', '投入', '经费', '资金', '陈旧', '标准化', '用房'], '经费投入'), (['医保', '医疗保障', '支付方式', '报销', '医疗服务价格'], ('医保政策' if (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') >= 2019) else '')), (['部门', '协同', '衔接', '整合', '联动'], '部门职责')]:
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (l_2_name and t_4(context.eval_ctx, t_12(context, l_2_words, 'in', (undefined(name='said') if l_1_said is missing else l_1_said)))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='what') if l_1_what is missing else l_1_what), 'append'), l_2_name, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_words = l_2_name = l_2__ = missing
        l_1_what_said = t_2(context.eval_ctx, (undefined(name='what') if l_1_what is missing else l_1_what), '、')
        l_1_dept = str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门', ))
        if ((undefined(name='what') if l_1_what is missing else l_1_what) and (l_1_named_count > 1)):
            pass
            t_35.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这些问题，有的靠', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '系统自身努力就能解决，有的涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将统筹研究，有关部门要密切配合。', )), str_join(('解决这些问题，光靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '一家不行，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将统筹研究，有关部门要密切配合。', )))),
                '\n',
            ))
        elif (undefined(name='what') if l_1_what is missing else l_1_what):
            pass
            t_35.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这个问题，单靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '解决不了，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将统筹研究，有关部门要密切配合。', )), str_join(('解决这个问题，光靠', (undefined(name='dept') if l_1_dept is missing else l_1_dept), '一家不行，涉及', (undefined(name='what_said') if l_1_what_said is missing else l_1_what_said), '的，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将统筹研究，有关部门要密切配合。', )))),
                '\n',
            ))
        elif (not l_1_named_count):
            pass
            t_35.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作中的短板，有的靠系统自身努力就能补上，有的涉及编制、投入和人才政策，', (undefined(name='gov') if l_1_gov is missing else l_1_gov), '将统筹研究。', )))),
                '\n',
            ))
        t_35.extend((
            str(environment.call(context, (undefined(name='answered_in') if l_0_answered_in is missing else l_0_answered_in), after=True)),
            '\n',
        ))
        if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'answers_insurance'):
            pass
            l_1_ins = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'answers_insurance')
            t_35.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '医保基金是群众的看病钱、救命钱。对通报中反映的问题，相关定点医疗机构要逐项对照、限期整改，举一反三堵塞漏洞。', '医保基金是群众的看病钱、救命钱，决不能让它成为“唐僧肉”。通报中反映的问题，涉及的定点医疗机构要逐条整改到位，其他单位要对照检查。')),
                '\n',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='ins') if l_1_ins is missing else l_1_ins), '要会同', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '加强对定点医疗机构的日常监管，对欺诈骗保行为发现一起、查处一起；各医疗机构要规范诊疗和收费行为，决不能在医保基金上动歪脑筋。', )), str_join(((undefined(name='ins') if l_1_ins is missing else l_1_ins), '和', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要加强协作，把医保基金监管和医疗行为监管结合起来，对违规使用医保基金的严肃处理；各医疗机构主要负责同志要把医保基金使用管理作为“一把手”工程来抓。', )))),
                '\n',
            ))
        return concat(t_35)
    context.exported_vars.add('government_answer')
    context.vars['government_answer'] = l_0_government_answer = Macro(environment, macro, 'government_answer', ('named_count',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_36 = []
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        pass
        t_36.extend((
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '上半年的工作完成得怎么样，要拿数据来说话。', '上半年的情况到底怎么样，要用数据来说话。')),
            '\n',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('会后，各单位要把上半年各项指标的完成情况、重点工作的进度和遇到的困难逐项梳理清楚，报', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '汇总。', )), str_join(('会后，各单位要把上半年主要指标完成情况、重点任务推进情况和存在的困难逐项列出来，报', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '汇总。', )))),
            '\n¶',
            str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('上半年，全系统广大干部职工做了大量工作，', (str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else ''), '向大家表示感谢！', )), str_join(('半年来，全系统干部职工坚守岗位、辛勤工作，', (str_join(('我代表', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice'), '，', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') else '在此，'), '向大家表示衷心的感谢！', )))),
            '\n',
        ))
        return concat(t_36)
    context.exported_vars.add('midyear_honest')
    context.vars['midyear_honest'] = l_0_midyear_honest = Macro(environment, macro, 'midyear_honest', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_37 = []
        l_1_namespace = resolve('namespace')
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_reviews = resolve('reviews')
        l_1_vary = resolve('vary')
        l_1_rv = resolve('rv')
        l_1_pick = resolve('pick')
        l_1_dealt = resolve('dealt')
        l_1_many = resolve('many')
        l_1_joins = resolve('joins')
        l_1_weighed_a = resolve('weighed_a')
        l_1_weighed_q = resolve('weighed_q')
        l_1_plan = resolve('plan')
        l_1_where = resolve('where')
        l_1_fill = resolve('fill')
        l_1_turn = l_1_field = l_1_listed = l_1_n_listed = l_1_shape = l_1_falls = l_1_named_count = l_1_felt = l_1_lag = l_1_behind = missing
        pass
        l_1_turn = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s='')
        l_1_field = (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else '卫生健康')
        if (not (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews)):
            pass
            t_37.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('对照上级要求和群众期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还有不少薄弱环节。', )), str_join(('我们也要清醒地看到，对照上级要求和群众期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还存在一些短板和不足。', )), str_join(('客观地讲，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作与上级要求和群众期待相比还有差距。', )))),
                '\n',
            ))
        else:
            pass
            l_1_rv = []
            for l_2_r in (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews):
                l_2__ = resolve('_')
                _loop_vars = {}
                pass
                if ((environment.getattr(l_2_r, 'results') and (t_3((undefined(name='rv') if l_1_rv is missing else l_1_rv)) < 2)) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'special_topic')):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='rv') if l_1_rv is missing else l_1_rv), 'append'), environment.getattr(environment.getattr(l_2_r, 'topic'), 'name'), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_r = l_2__ = missing
            if not isinstance(l_1_turn, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_turn['s'] = environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'transition', 'problems', default=([str_join(('在肯定成绩的同时，我们也要清醒地看到，对照上级要求和人民群众的期盼，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作还存在一些短板和不足。', )), '成绩值得肯定，问题也不容忽视。', '在看到成绩的同时，我们也要清醒认识到工作中存在的困难和问题。', '成绩要讲足，问题也要讲透。', '成绩是主要的，但也要清醒地看到存在的差距和不足。'] + ([str_join(('在看到', environment.getitem((undefined(name='rv') if l_1_rv is missing else l_1_rv), 0), ('等方面' if (t_3((undefined(name='rv') if l_1_rv is missing else l_1_rv)) > 1) else ''), '进展的同时，也要看到', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='field') if l_1_field is missing else l_1_field), '工作的短板。', )), str_join((environment.getitem((undefined(name='rv') if l_1_rv is missing else l_1_rv), 0), ('等方面' if (t_3((undefined(name='rv') if l_1_rv is missing else l_1_rv)) > 1) else ('工作' if (t_3(environment.getitem((undefined(name='rv') if l_1_rv is missing else l_1_rv), 0)) <= 2) else '')), '取得了进展，但短板和差距同样不容忽视。', ))] if (undefined(name='rv') if l_1_rv is missing else l_1_rv) else [])))
            t_37.extend((
                '¶',
                str(environment.getattr((undefined(name='turn') if l_1_turn is missing else l_1_turn), 's')),
                '\n',
            ))
        l_1_listed = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')
        l_1_n_listed = t_3((undefined(name='listed') if l_1_listed is missing else l_1_listed))
        l_1_shape = (environment.getitem(environment.call(context, (undefined(name='dealt') if l_1_dealt is missing else l_1_dealt), (['list', 'spoken', 'sentences'] if ((undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed) in (2, 3)) else (['list', 'sentences'] if ((undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed) in (4, 5)) else ['list'])), 'problem list'), 0) if ((undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed) > 1) else '')
        if ((undefined(name='shape') if l_1_shape is missing else l_1_shape) == 'spoken'):
            pass
            t_37.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('从掌握的情况看，问题主要有', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), (undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed)), '个：', )), str_join(('归结起来，比较突出的问题有', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), (undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed)), '个：', )), str_join(('我看，主要是', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), (undefined(name='n_listed') if l_1_n_listed is missing else l_1_n_listed)), '个问题：', )))),
                '\n',
            ))
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext((undefined(name='listed') if l_1_listed is missing else l_1_listed), undefined):
                _loop_vars = {}
                pass
                t_37.extend((
                    str(environment.getitem(['一个是', '再一个是', '还有一个是'], environment.getattr(l_2_loop, 'index0'))),
                    str(t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_p, 'rstrip'), '。；', _loop_vars=_loop_vars), '；', '，')),
                    str(('；' if (not environment.getattr(l_2_loop, 'last')) else '。')),
                    '\n',
                ))
            l_2_loop = l_2_p = missing
        elif ((undefined(name='shape') if l_1_shape is missing else l_1_shape) == 'sentences'):
            pass
            l_1_joins = environment.call(context, (undefined(name='dealt') if l_1_dealt is missing else l_1_dealt), ['再一个，', '还有，', '另外，', '同时，', '再就是'], 'problem joins')
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext((undefined(name='listed') if l_1_listed is missing else l_1_listed), undefined):
                _loop_vars = {}
                pass
                t_37.extend((
                    str(((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '最突出的是', '比较突出的是', _loop_vars=_loop_vars) if ('突出' not in l_2_p) else '一个是') if environment.getattr(l_2_loop, 'first') else environment.getitem((undefined(name='joins') if l_1_joins is missing else l_1_joins), (environment.getattr(l_2_loop, 'index0') - 1)))),
                    str(t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_p, 'rstrip'), '。；', _loop_vars=_loop_vars), '；', '，')),
                    '。\n',
                ))
            l_2_loop = l_2_p = missing
        elif (t_3((undefined(name='listed') if l_1_listed is missing else l_1_listed)) > 1):
            pass
            t_37.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '具体来看，问题主要有：', '问题突出表现在：', str_join(('归纳起来，主要是', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='listed') if l_1_listed is missing else l_1_listed))), '个方面：', ))) if (('存在' in environment.getattr((undefined(name='turn') if l_1_turn is missing else l_1_turn), 's')) or ('问题' in environment.getattr((undefined(name='turn') if l_1_turn is missing else l_1_turn), 's'))) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '存在的问题主要是：', '具体来看，问题主要有：', '问题突出表现在：', str_join(('归纳起来，主要有', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='listed') if l_1_listed is missing else l_1_listed))), '个方面的问题：', ))))),
                '\n',
            ))
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext((undefined(name='listed') if l_1_listed is missing else l_1_listed), undefined):
                l_2_nth = resolve('nth')
                _loop_vars = {}
                pass
                t_37.extend((
                    str(environment.call(context, (undefined(name='nth') if l_2_nth is missing else l_2_nth), environment.getattr(l_2_loop, 'index'), _loop_vars=_loop_vars)),
                    str(t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_p, 'rstrip'), '。；', _loop_vars=_loop_vars), '；', '，')),
                    str(('；' if (not environment.getattr(l_2_loop, 'last')) else '。')),
                    '\n',
                ))
            l_2_loop = l_2_p = l_2_nth = missing
        elif (undefined(name='listed') if l_1_listed is missing else l_1_listed):
            pass
            t_37.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '突出的是', '最突出的问题是', '主要是') if ('突出' not in environment.getitem((undefined(name='listed') if l_1_listed is missing else l_1_listed), 0)) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '主要是', '主要问题是'))),
                str(t_10(context.eval_ctx, environment.call(context, environment.getattr(environment.getitem((undefined(name='listed') if l_1_listed is missing else l_1_listed), 0), 'rstrip'), '。；'), '；', '，')),
                '。\n',
            ))
        if (((not (undefined(name='listed') if l_1_listed is missing else l_1_listed)) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) not in ('special_topic', 'midyear_review'))) and (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope') not in ('全镇', '全乡', '全街道'))):
            pass
            t_37.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '优质医疗资源总量不足、分布不均，基层服务能力仍然薄弱，公共卫生体系还有短板，人才队伍建设与事业发展的要求还不相适应。')),
                '\n',
            ))
        l_1_falls = []
        for l_2_r in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'):
            _loop_vars = {}
            pass
            for l_3_s in environment.getattr(l_2_r, 'setbacks'):
                l_3__ = missing
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='falls') if l_1_falls is missing else l_1_falls), 'append'), l_3_s, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_s = l_3__ = missing
        l_2_r = missing
        if (t_3((undefined(name='falls') if l_1_falls is missing else l_1_falls)) == 1):
            pass
            t_37.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('值得注意的是，', environment.getitem((undefined(name='falls') if l_1_falls is missing else l_1_falls), 0), '，这个变化要认真分析原因。', )), str_join(('特别是', environment.getitem((undefined(name='falls') if l_1_falls is missing else l_1_falls), 0), '，这一指标的变化要引起警觉。', )), str_join(('还要看到，', environment.getitem((undefined(name='falls') if l_1_falls is missing else l_1_falls), 0), '，这个变化值得警惕。', )))),
                '\n',
            ))
        elif (undefined(name='falls') if l_1_falls is missing else l_1_falls):
            pass
            t_37.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('值得注意的是，', t_2(context.eval_ctx, (undefined(name='falls') if l_1_falls is missing else l_1_falls), '；'), '，这些变化要认真分析原因。', )), str_join(('还要看到，', t_2(context.eval_ctx, (undefined(name='falls') if l_1_falls is missing else l_1_falls), '；'), '，对这几项指标的变化要保持警惕。', )))),
                '\n',
            ))
        l_1_named_count = (t_3((undefined(name='listed') if l_1_listed is missing else l_1_listed)) + t_15(environment, t_5(context, t_5(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'length')))
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
        if t_15(environment, t_5(context, t_5(context, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'achievements'), attribute='setbacks'), 'length')):
            pass
            if not isinstance(l_1_felt, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_felt['v'] = True
        l_1_lag = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
        for l_2_p in (undefined(name='listed') if l_1_listed is missing else l_1_listed):
            _loop_vars = {}
            pass
            for l_3_w in ['进度', '滞后', '落后']:
                _loop_vars = {}
                pass
                if (l_3_w in l_2_p):
                    pass
                    if not isinstance(l_1_lag, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_lag['v'] = True
            l_3_w = missing
        l_2_p = missing
        if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
            pass
            l_1_weighed_a = []
            l_1_weighed_q = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
            for l_2_pr in (undefined(name='listed') if l_1_listed is missing else l_1_listed):
                l_2__ = resolve('_')
                l_2_hit = missing
                _loop_vars = {}
                pass
                l_2_hit = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), r=None, _loop_vars=_loop_vars)
                _loop_vars['hit'] = l_2_hit
                for l_3_r in (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews):
                    _loop_vars = {}
                    pass
                    for l_4_x in environment.getattr(l_3_r, 'results'):
                        l_4_shared_run = resolve('shared_run')
                        _loop_vars = {}
                        pass
                        if (t_18(environment.getattr((undefined(name='hit') if l_2_hit is missing else l_2_hit), 'r')) and (environment.call(context, (undefined(name='shared_run') if l_4_shared_run is missing else l_4_shared_run), l_2_pr, l_4_x, _loop_vars=_loop_vars) >= 4)):
                            pass
                            if not isinstance(l_2_hit, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_2_hit['r'] = l_3_r
                    l_4_x = l_4_shared_run = missing
                l_3_r = missing
                if ((not t_18(environment.getattr((undefined(name='hit') if l_2_hit is missing else l_2_hit), 'r'))) and (environment.getattr(environment.getattr(environment.getattr((undefined(name='hit') if l_2_hit is missing else l_2_hit), 'r'), 'topic'), 'name') not in (undefined(name='weighed_a') if l_1_weighed_a is missing else l_1_weighed_a))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='weighed_a') if l_1_weighed_a is missing else l_1_weighed_a), 'append'), environment.getattr(environment.getattr(environment.getattr((undefined(name='hit') if l_2_hit is missing else l_2_hit), 'r'), 'topic'), 'name'), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                    if (environment.getattr(environment.getattr((undefined(name='hit') if l_2_hit is missing else l_2_hit), 'r'), 'results') and t_4(context.eval_ctx, t_12(context, ['质量', '不高', '不实', '形式', '走过场', '不规范'], 'in', l_2_pr))):
                        pass
                        if not isinstance(l_1_weighed_q, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_1_weighed_q['v'] = True
            l_2_pr = l_2_hit = l_2__ = missing
            if ((t_3((undefined(name='weighed_a') if l_1_weighed_a is missing else l_1_weighed_a)) == 1) and environment.getattr((undefined(name='weighed_q') if l_1_weighed_q is missing else l_1_weighed_q), 'v')):
                pass
                t_37.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '有的工作指标上半年有所提升，服务质量却还没有同步跟上，数量和质量要一起抓。', '上半年指标上的进步，还没有完全转化为服务质量的提高，数量和质量还不相匹配。')),
                    '\n',
                ))
            elif (undefined(name='weighed_a') if l_1_weighed_a is missing else l_1_weighed_a):
                pass
                t_37.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这些问题，有的恰恰出在上半年有进展的工作上，有了进展不等于没有差距。', '有些问题恰恰出在上半年指标有进展的工作上，指标好看不等于工作到位，不能因为有了进展就放松。')),
                    '\n',
                ))
        l_1_behind = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
        for l_2_r in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'reviews'):
            _loop_vars = {}
            pass
            for l_3_g in environment.getattr(l_2_r, 'goals'):
                _loop_vars = {}
                pass
                if (environment.getitem(l_3_g, 2) == 'behind'):
                    pass
                    if not isinstance(l_1_behind, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_behind['v'] = True
            l_3_g = missing
        l_2_r = missing
        if ((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') and environment.getattr((undefined(name='lag') if l_1_lag is missing else l_1_lag), 'v')) and (not environment.getattr((undefined(name='behind') if l_1_behind is missing else l_1_behind), 'v'))):
            pass
            t_37.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '时间已经过半，进度上欠下的账，下半年必须抓紧补上，否则全年目标就会落空。', '现在全年时间已经过半，进度跟不上的，到年底就难以交账，对此各单位要有清醒的认识。', '全年时间已经过半，进度慢的工作如果不抓紧赶上来，全年目标任务就难以完成。')),
            )
        if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'after_report'):
            pass
            t_37.extend((
                str(environment.call(context, (undefined(name='government_answer') if l_0_government_answer is missing else l_0_government_answer), (undefined(name='named_count') if l_1_named_count is missing else l_1_named_count))),
                '\n',
            ))
        elif ((undefined(name='named_count') if l_1_named_count is missing else l_1_named_count) > 1):
            pass
            l_1_where = t_16(environment.call(context, (undefined(name='answered_in') if l_0_answered_in is missing else l_0_answered_in)))
            if (((((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 3) and environment.getattr((undefined(name='felt') if l_1_felt is missing else l_1_felt), 'v')) and (not (undefined(name='where') if l_1_where is missing else l_1_where))) and (not (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') and environment.getattr((undefined(name='lag') if l_1_lag is missing else l_1_lag), 'v')))):
                pass
                t_37.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这些问题，群众感受最直接，也是今年工作必须攻克的难点，解决好了，全年工作就能赢得主动。', '这些问题不解决，群众的获得感就难以提升，全年的目标任务也难以完成。')),
                )
            t_37.extend((
                str(((undefined(name='where') if l_1_where is missing else l_1_where) if (undefined(name='where') if l_1_where is missing else l_1_where) else environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'problem', 'resolve', default=['对这些问题，我们必须高度重视，采取有力措施，切实加以解决。', '这些问题，必须在今后工作中认真研究、切实解决。', '对存在的问题，我们要正视它、研究它，拿出切实管用的办法加以解决。']))),
                '\n',
            ))
        elif ((undefined(name='named_count') if l_1_named_count is missing else l_1_named_count) == 1):
            pass
            l_1_where = t_16(environment.call(context, (undefined(name='answered_in') if l_0_answered_in is missing else l_0_answered_in)))
            if ((((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 3) and environment.getattr((undefined(name='felt') if l_1_felt is missing else l_1_felt), 'v')) and (not (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') and environment.getattr((undefined(name='lag') if l_1_lag is missing else l_1_lag), 'v')))):
                pass
                t_37.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这个问题，群众感受最直接，也是今年工作必须攻克的难点。', '这个问题关系群众的切身利益，解决好了，全年工作就能赢得主动。')),
                )
            t_37.extend((
                str(((undefined(name='where') if l_1_where is missing else l_1_where) if (undefined(name='where') if l_1_where is missing else l_1_where) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '对这个问题，我们必须高度重视，拿出切实管用的办法加以解决。', '这个问题不解决，全年目标就难以实现，必须下大力气抓紧解决。', '对此，我们要正视它、研究它，拿出有力措施切实加以解决。'))),
                '\n',
            ))
        else:
            pass
            if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic'):
                pass
                t_37.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '对工作中的薄弱环节，各单位要对照上级标准逐项查找、逐项解决。', '各单位要对照上级标准，把自己工作中的薄弱环节找准、找实，逐项加以整改。', '薄弱环节在哪里，各单位要对照标准自查，查出来的问题要列出清单、限期整改。')),
                )
            elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
                pass
                t_37.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '哪些工作进度慢、哪些指标还没有达到时间进度，各单位要认真对照检查、找准差距。', '哪些工作抓得紧、哪些工作还落在后面，各单位要逐项对照检查、查找原因。')),
                    '\n',
                ))
            else:
                pass
                t_37.extend((
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '对存在的短板和不足，我们要正视它、研究它，拿出切实管用的办法加以解决。', ('对这些短板，我们必须高度重视，在今后工作中认真研究、切实解决。' if (('短板' in environment.getattr((undefined(name='turn') if l_1_turn is missing else l_1_turn), 's')) and ((undefined(name='named_count') if l_1_named_count is missing else l_1_named_count) or (((undefined(name='kind') if l_1_kind is missing else l_1_kind) not in ('special_topic', 'midyear_review')) and (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope') not in ('全镇', '全乡', '全街道'))))) else '各单位要对照上级要求，把自己工作中的短板找准、找实，逐项加以解决。'), '短板在哪里，工作的着力点就在哪里，各单位要对照检查、逐项整改。')),
                    '\n',
                ))
        return concat(t_37)
    context.exported_vars.add('problems')
    context.vars['problems'] = l_0_problems = Macro(environment, macro, 'problems', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_lead_year, l_1_conclude):
        t_38 = []
        l_1_plan = resolve('plan')
        l_1_reviews = resolve('reviews')
        l_1_kind = resolve('kind')
        l_1_namespace = resolve('namespace')
        l_1_f = resolve('f')
        l_1_yp = resolve('yp')
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        l_1_agenda_items = resolve('agenda_items')
        l_1_news_in_force = resolve('news_in_force')
        l_1_SITUATION_POLICY = resolve('SITUATION_POLICY')
        l_1_fresh = resolve('fresh')
        l_1__ = resolve('_')
        l_1_era_moment = resolve('era_moment')
        l_1_in_force = resolve('in_force')
        l_1_ERA_LINES = resolve('ERA_LINES')
        l_1_pn = resolve('pn')
        l_1_weighed = l_0_weighed
        l_1_several = resolve('several')
        l_1_items = resolve('items')
        l_1_heads = resolve('heads')
        l_1_head = resolve('head')
        l_1_noun = resolve('noun')
        l_1_hitems = resolve('hitems')
        l_1_these = resolve('these')
        l_1_many = resolve('many')
        l_1_turn = resolve('turn')
        l_1_seen = resolve('seen')
        l_1_left_stakes = resolve('left_stakes')
        l_1_an = resolve('an')
        l_1_na = resolve('na')
        l_1_ends = resolve('ends')
        l_1_deal = resolve('deal')
        l_1_ph = resolve('ph')
        l_1_frame = resolve('frame')
        l_1_answer = resolve('answer')
        l_1_left_solved = resolve('left_solved')
        l_1_left_done = resolve('left_done')
        l_1_us = resolve('us')
        l_1_areas = l_1_keys = l_1_names = l_1_closing_due = l_1_k = l_1_year_line = l_1_agenda_said = l_1_agenda_marks = l_1_moment = l_1_own = l_1_tasked = l_1_cg = l_1_centre_names_congress = l_1_judged = l_1_said_congress = l_1_cap = l_1_dated = l_1_last = l_1_asked = l_1_hard = l_1_took = l_1_asked_names = l_1_wish = l_1_task_keys = l_1_from_brief = l_1_one = l_1_left = l_1_bridge = missing
        if l_1_lead_year is missing:
            l_1_lead_year = True
        if l_1_conclude is missing:
            l_1_conclude = True
        pass
        l_1_areas = []
        l_1_keys = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key') not in (undefined(name='keys') if l_1_keys is missing else l_1_keys)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='keys') if l_1_keys is missing else l_1_keys), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                l_2__ = environment.call(context, environment.getattr((undefined(name='areas') if l_1_areas is missing else l_1_areas), 'append'), environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_tp = l_2__ = missing
        for l_2_r in (undefined(name='reviews') if l_1_reviews is missing else l_1_reviews):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(l_2_r, 'topic'), 'key') not in (undefined(name='keys') if l_1_keys is missing else l_1_keys)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='keys') if l_1_keys is missing else l_1_keys), 'append'), environment.getattr(environment.getattr(l_2_r, 'topic'), 'key'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                l_2__ = environment.call(context, environment.getattr((undefined(name='areas') if l_1_areas is missing else l_1_areas), 'append'), environment.getattr(l_2_r, 'topic'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_r = l_2__ = missing
        l_1_names = []
        for l_2_t in (undefined(name='areas') if l_1_areas is missing else l_1_areas)[:3]:
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'append'), environment.getattr(l_2_t, 'name'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_t = l_2__ = missing
        l_1_closing_due = ((l_1_conclude and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'annual_conference')) and (t_3(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks')) > 0))
        l_1_k = t_7(environment, [t_6(environment, [(((environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'situation') or environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'direction')) or 600) // 170), 1]), (4 if (t_3((undefined(name='areas') if l_1_areas is missing else l_1_areas)) >= 4) else (3 if (t_3((undefined(name='areas') if l_1_areas is missing else l_1_areas)) >= 3) else 2))])
        l_1_year_line = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s='')
        if l_1_lead_year:
            pass
            l_1_f = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')
            if (undefined(name='f') if l_1_f is missing else l_1_f):
                pass
                l_1_yp = (str_join(('实施“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划的重要一年', )) if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '重要一年') else (str_join(('实现“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划目标任务的关键一年', )) if (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '关键一年') else str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'), ))))
                if not isinstance(l_1_year_line, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_year_line['s'] = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年是', (undefined(name='yp') if l_1_yp is missing else l_1_yp), '，做好今年的', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作意义重大。', )), str_join(('今年是', (undefined(name='yp') if l_1_yp is missing else l_1_yp), '，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作任务繁重。', )))
        l_1_agenda_said = environment.call(context, (undefined(name='agenda_items') if l_1_agenda_items is missing else l_1_agenda_items), (2 if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) in ('annual_conference', 'work_report')) else 1))
        l_1_agenda_marks = []
        for l_2_a in (undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='agenda_marks') if l_1_agenda_marks is missing else l_1_agenda_marks), 'extend'), environment.getattr(l_2_a, 'marks'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_a = l_2__ = missing
        l_1_moment = []
        for l_2_x in environment.call(context, (undefined(name='news_in_force') if l_1_news_in_force is missing else l_1_news_in_force), t_14(environment, (undefined(name='SITUATION_POLICY') if l_1_SITUATION_POLICY is missing else l_1_SITUATION_POLICY), attribute='from', reverse=True)):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            if (((t_3((undefined(name='moment') if l_1_moment is missing else l_1_moment)) < 2) and environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'leads_to_task'), l_2_x, _loop_vars=_loop_vars)) and (not t_4(context.eval_ctx, t_12(context, (undefined(name='agenda_marks') if l_1_agenda_marks is missing else l_1_agenda_marks), 'in', l_2_x)))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='moment') if l_1_moment is missing else l_1_moment), 'append'), l_2_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_x = l_2__ = missing
        l_1_own = []
        l_1_tasked = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='tasked') if l_1_tasked is missing else l_1_tasked), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_tp = l_2__ = missing
        for l_2_t in (undefined(name='areas') if l_1_areas is missing else l_1_areas)[:6]:
            l_2__ = l_1__
            l_2_lines = missing
            _loop_vars = {}
            pass
            l_2_lines = environment.call(context, (undefined(name='news_in_force') if l_1_news_in_force is missing else l_1_news_in_force), t_14(environment, environment.call(context, environment.getattr(environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'special'), 'get'), environment.getattr(l_2_t, 'key'), [], _loop_vars=_loop_vars), attribute='from', reverse=True), _loop_vars=_loop_vars)
            _loop_vars['lines'] = l_2_lines
            if ((((((undefined(name='lines') if l_2_lines is missing else l_2_lines) and ((environment.getattr(l_2_t, 'key') in (undefined(name='tasked') if l_1_tasked is missing else l_1_tasked)) or (not (undefined(name='tasked') if l_1_tasked is missing else l_1_tasked)))) and (environment.getitem((undefined(name='lines') if l_2_lines is missing else l_2_lines), 0) not in (undefined(name='own') if l_1_own is missing else l_1_own))) and (t_3((undefined(name='own') if l_1_own is missing else l_1_own)) < (undefined(name='k') if l_1_k is missing else l_1_k))) and (not t_4(context.eval_ctx, t_12(context, (undefined(name='agenda_marks') if l_1_agenda_marks is missing else l_1_agenda_marks), 'in', environment.getitem((undefined(name='lines') if l_2_lines is missing else l_2_lines), 0))))) and (not (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'annual_conference') and environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')) and environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress')) and (environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress')[-4:] in environment.getitem((undefined(name='lines') if l_2_lines is missing else l_2_lines), 0))))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='own') if l_1_own is missing else l_1_own), 'append'), environment.getitem((undefined(name='lines') if l_2_lines is missing else l_2_lines), 0), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_t = l_2_lines = l_2__ = missing
        l_1_cg = ((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress') or '') if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing') else '')
        l_1_centre_names_congress = (((undefined(name='cg') if l_1_cg is missing else l_1_cg) and (undefined(name='moment') if l_1_moment is missing else l_1_moment)) and ((undefined(name='cg') if l_1_cg is missing else l_1_cg)[-4:] in environment.getitem((undefined(name='moment') if l_1_moment is missing else l_1_moment), 0)))
        if (((undefined(name='cg') if l_1_cg is missing else l_1_cg) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'annual_conference')) and l_1_lead_year):
            pass
            l_1_fresh = []
            for l_2_m in (undefined(name='own') if l_1_own is missing else l_1_own):
                l_2__ = l_1__
                _loop_vars = {}
                pass
                if ((undefined(name='cg') if l_1_cg is missing else l_1_cg)[-4:] not in l_2_m):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='fresh') if l_1_fresh is missing else l_1_fresh), 'append'), l_2_m, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_m = l_2__ = missing
            l_1_own = (undefined(name='fresh') if l_1_fresh is missing else l_1_fresh)
        l_1_judged = []
        if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'outbreak'):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), ['当前，新冠肺炎疫情防控正处在关键阶段，疫情防控是压倒一切的头等大事，丝毫不能放松。', '眼下，新冠肺炎疫情防控到了最吃劲的时候，必须把疫情防控作为当前最重要的工作来抓。'])
        elif (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'normal'):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), ['当前，境外疫情仍在蔓延，国内零星散发和局部聚集性疫情的风险依然存在，常态化疫情防控任务艰巨繁重。', '疫情防控已经转入常态化，但外防输入、内防反弹的压力依然很大，任何时候都不能麻痹大意。', '疫情防控一刻也不能放松，外防输入、内防反弹总策略和动态清零总方针必须毫不动摇坚持。'])
        elif (((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'pandemic') == 'after') and environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'leads_to_task'), '疫情防控')) and ('乙类乙管' not in (undefined(name='agenda_marks') if l_1_agenda_marks is missing else l_1_agenda_marks))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), ['新冠病毒感染实施“乙类乙管”后，疫情防控进入新阶段，工作重心从防感染转向保健康、防重症。', '新冠病毒感染实施“乙类乙管”以后，疫情防控工作的重心转向保健康、防重症，医疗救治和重点人群健康服务的任务依然很重。'])
        if ((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said) and (not environment.getattr(environment.getitem((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said), 0), 'bound'))):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), environment.getattr(environment.getitem((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said), 0), 'lines'))
        if (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report') and l_1_lead_year):
            pass
            l_1_era_moment = []
            for l_2_x in t_5(context, environment.call(context, (undefined(name='in_force') if l_1_in_force is missing else l_1_in_force), t_14(environment, environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'opening'), attribute='from', reverse=True))[:2], 'replace', '{scope}', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope')):
                l_2__ = l_1__
                _loop_vars = {}
                pass
                if environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'leads_to_task'), l_2_x, _loop_vars=_loop_vars):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='era_moment') if l_1_era_moment is missing else l_1_era_moment), 'append'), l_2_x, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_x = l_2__ = missing
            if (undefined(name='era_moment') if l_1_era_moment is missing else l_1_era_moment):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), (undefined(name='era_moment') if l_1_era_moment is missing else l_1_era_moment))
        if (undefined(name='moment') if l_1_moment is missing else l_1_moment):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), [environment.getitem((undefined(name='moment') if l_1_moment is missing else l_1_moment), 0)])
        if ((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said) and environment.getattr(environment.getitem((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said), 0), 'bound')):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), environment.getattr(environment.getitem((undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said), 0), 'lines'))
        if (undefined(name='own') if l_1_own is missing else l_1_own):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), [environment.getitem((undefined(name='own') if l_1_own is missing else l_1_own), 0)])
        for l_2_a in (undefined(name='agenda_said') if l_1_agenda_said is missing else l_1_agenda_said)[1:]:
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), environment.getattr(l_2_a, 'lines'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_a = l_2__ = missing
        for l_2_x in (undefined(name='own') if l_1_own is missing else l_1_own)[1:]:
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='judged') if l_1_judged is missing else l_1_judged), 'append'), [l_2_x], _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_x = l_2__ = missing
        l_1_said_congress = ((((l_1_lead_year and environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')) and environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress')) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'annual_conference')) and (not (undefined(name='centre_names_congress') if l_1_centre_names_congress is missing else l_1_centre_names_congress)))
        l_1_cap = ((3 if (((environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'situation') or environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'budget'), 'direction')) or 600) >= 450) else 2) + (2 if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report') else 0))
        t_38.extend((
            '¶',
            str(environment.getattr((undefined(name='year_line') if l_1_year_line is missing else l_1_year_line), 's')),
            '\n',
        ))
        if (undefined(name='said_congress') if l_1_said_congress is missing else l_1_said_congress):
            pass
            t_38.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('做好今年的工作，要深入学习贯彻', environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress'), '精神，把上级的决策部署落实到', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作的各个方面。', )), str_join(('我们要把学习贯彻', environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing'), 'congress'), '精神贯穿今年工作的全过程。', )))),
            )
        l_1_dated = []
        l_1_last = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), d='')
        l_2_loop = missing
        for l_2_j, l_2_loop in LoopContext((undefined(name='judged') if l_1_judged is missing else l_1_judged)[:(undefined(name='cap') if l_1_cap is missing else l_1_cap)], undefined):
            l_2_since = resolve('since')
            l_2__ = l_1__
            l_2_d = missing
            _loop_vars = {}
            pass
            l_2_d = environment.call(context, (undefined(name='since') if l_2_since is missing else l_2_since), environment.getitem(l_2_j, 0), _loop_vars=_loop_vars)
            _loop_vars['d'] = l_2_d
            if (undefined(name='d') if l_2_d is missing else l_2_d):
                pass
                if not isinstance(l_1_last, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_last['d'] = (undefined(name='d') if l_2_d is missing else l_2_d)
            l_2__ = environment.call(context, environment.getattr((undefined(name='dated') if l_1_dated is missing else l_1_dated), 'append'), [environment.getattr((undefined(name='last') if l_1_last is missing else l_1_last), 'd'), environment.getattr(l_2_loop, 'index'), l_2_j], _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_loop = l_2_j = l_2_since = l_2_d = l_2__ = missing
        for l_2_d in t_14(environment, (undefined(name='dated') if l_1_dated is missing else l_1_dated), attribute='0'):
            _loop_vars = {}
            pass
            t_38.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.getitem(l_2_d, 2))),
            )
        l_2_d = missing
        t_38.append(
            str(t_16(environment.call(context, (undefined(name='season_line') if l_0_season_line is missing else l_0_season_line)))),
        )
        l_1_asked = []
        l_1_hard = []
        l_1_took = []
        l_1_asked_names = []
        l_1_wish = ['期待', '期盼', '盼头', '盼的是', '最盼', '盼着']
        l_1_task_keys = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = l_1__
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_tp = l_2__ = missing
        for l_2_t in (undefined(name='areas') if l_1_areas is missing else l_1_areas):
            l_2_SITUATION_MORE = resolve('SITUATION_MORE')
            l_2_said = resolve('said')
            l_2__ = l_1__
            l_2_d = l_2_c = missing
            _loop_vars = {}
            pass
            l_2_d = environment.call(context, environment.getattr(environment.getattr((undefined(name='SITUATION_MORE') if l_2_SITUATION_MORE is missing else l_2_SITUATION_MORE), 'demand'), 'get'), environment.getattr(l_2_t, 'key'), [], _loop_vars=_loop_vars)
            _loop_vars['d'] = l_2_d
            l_2_c = environment.call(context, environment.getattr(environment.getattr((undefined(name='SITUATION_MORE') if l_2_SITUATION_MORE is missing else l_2_SITUATION_MORE), 'challenge'), 'get'), environment.getattr(l_2_t, 'key'), [], _loop_vars=_loop_vars)
            _loop_vars['c'] = l_2_c
            if ((((undefined(name='d') if l_2_d is missing else l_2_d) and (t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)) < (undefined(name='k') if l_1_k is missing else l_1_k))) and ((environment.getattr(l_2_t, 'key') in (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys)) or (not (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys)))) and ((t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)) <= t_3((undefined(name='hard') if l_1_hard is missing else l_1_hard))) or (not (undefined(name='c') if l_2_c is missing else l_2_c)))):
                pass
                l_2_said = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='d') if l_2_d is missing else l_2_d), _loop_vars=_loop_vars)[:1])
                _loop_vars['said'] = l_2_said
                if (((undefined(name='said') if l_2_said is missing else l_2_said) and ((not (undefined(name='asked') if l_1_asked is missing else l_1_asked)) or ((undefined(name='said') if l_2_said is missing else l_2_said)[:2] != environment.getitem((undefined(name='asked') if l_1_asked is missing else l_1_asked), -1)[:2]))) and (not (t_4(context.eval_ctx, t_12(context, (undefined(name='wish') if l_1_wish is missing else l_1_wish), 'in', (undefined(name='said') if l_2_said is missing else l_2_said))) and t_4(context.eval_ctx, t_12(context, (undefined(name='wish') if l_1_wish is missing else l_1_wish), 'in', t_2(context.eval_ctx, (undefined(name='asked') if l_1_asked is missing else l_1_asked), '')))))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='asked') if l_1_asked is missing else l_1_asked), 'append'), (undefined(name='said') if l_2_said is missing else l_2_said), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                    l_2__ = environment.call(context, environment.getattr((undefined(name='took') if l_1_took is missing else l_1_took), 'append'), str_join((environment.getattr(l_2_t, 'key'), ':d', )), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                    if (environment.getattr(l_2_t, 'name') not in (undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names)):
                        pass
                        l_2__ = environment.call(context, environment.getattr((undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names), 'append'), environment.getattr(l_2_t, 'name'), _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_2__
            elif (((undefined(name='c') if l_2_c is missing else l_2_c) and (t_3((undefined(name='hard') if l_1_hard is missing else l_1_hard)) < (undefined(name='k') if l_1_k is missing else l_1_k))) and (environment.getattr(l_2_t, 'key') in (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys))):
                pass
                l_2_said = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='c') if l_2_c is missing else l_2_c), _loop_vars=_loop_vars)[:1])
                _loop_vars['said'] = l_2_said
                if ((undefined(name='said') if l_2_said is missing else l_2_said) and ((not (undefined(name='hard') if l_1_hard is missing else l_1_hard)) or ((undefined(name='said') if l_2_said is missing else l_2_said)[:2] != environment.getitem((undefined(name='hard') if l_1_hard is missing else l_1_hard), -1)[:2]))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='hard') if l_1_hard is missing else l_1_hard), 'append'), (undefined(name='said') if l_2_said is missing else l_2_said), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                    l_2__ = environment.call(context, environment.getattr((undefined(name='took') if l_1_took is missing else l_1_took), 'append'), str_join((environment.getattr(l_2_t, 'key'), ':c', )), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
        l_2_t = l_2_SITUATION_MORE = l_2_d = l_2_c = l_2_said = l_2__ = missing
        for l_2_t in (undefined(name='areas') if l_1_areas is missing else l_1_areas):
            l_2_SITUATION_MORE = resolve('SITUATION_MORE')
            l_2_said = resolve('said')
            l_2__ = l_1__
            l_2_d = l_2_c = missing
            _loop_vars = {}
            pass
            l_2_d = environment.call(context, environment.getattr(environment.getattr((undefined(name='SITUATION_MORE') if l_2_SITUATION_MORE is missing else l_2_SITUATION_MORE), 'demand'), 'get'), environment.getattr(l_2_t, 'key'), [], _loop_vars=_loop_vars)
            _loop_vars['d'] = l_2_d
            l_2_c = environment.call(context, environment.getattr(environment.getattr((undefined(name='SITUATION_MORE') if l_2_SITUATION_MORE is missing else l_2_SITUATION_MORE), 'challenge'), 'get'), environment.getattr(l_2_t, 'key'), [], _loop_vars=_loop_vars)
            _loop_vars['c'] = l_2_c
            if ((((undefined(name='d') if l_2_d is missing else l_2_d) and (t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)) < (undefined(name='k') if l_1_k is missing else l_1_k))) and ((environment.getattr(l_2_t, 'key') in (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys)) or (not (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys)))) and (str_join((environment.getattr(l_2_t, 'key'), ':d', )) not in (undefined(name='took') if l_1_took is missing else l_1_took))):
                pass
                l_2_said = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='d') if l_2_d is missing else l_2_d), _loop_vars=_loop_vars)[:1])
                _loop_vars['said'] = l_2_said
                if (((undefined(name='said') if l_2_said is missing else l_2_said) and ((not (undefined(name='asked') if l_1_asked is missing else l_1_asked)) or ((undefined(name='said') if l_2_said is missing else l_2_said)[:2] != environment.getitem((undefined(name='asked') if l_1_asked is missing else l_1_asked), -1)[:2]))) and (not (t_4(context.eval_ctx, t_12(context, (undefined(name='wish') if l_1_wish is missing else l_1_wish), 'in', (undefined(name='said') if l_2_said is missing else l_2_said))) and t_4(context.eval_ctx, t_12(context, (undefined(name='wish') if l_1_wish is missing else l_1_wish), 'in', t_2(context.eval_ctx, (undefined(name='asked') if l_1_asked is missing else l_1_asked), '')))))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='asked') if l_1_asked is missing else l_1_asked), 'append'), (undefined(name='said') if l_2_said is missing else l_2_said), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                    if (environment.getattr(l_2_t, 'name') not in (undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names)):
                        pass
                        l_2__ = environment.call(context, environment.getattr((undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names), 'append'), environment.getattr(l_2_t, 'name'), _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_2__
            elif ((((undefined(name='c') if l_2_c is missing else l_2_c) and (t_3((undefined(name='hard') if l_1_hard is missing else l_1_hard)) < (undefined(name='k') if l_1_k is missing else l_1_k))) and (str_join((environment.getattr(l_2_t, 'key'), ':c', )) not in (undefined(name='took') if l_1_took is missing else l_1_took))) and (environment.getattr(l_2_t, 'key') in (undefined(name='task_keys') if l_1_task_keys is missing else l_1_task_keys))):
                pass
                l_2_said = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), _loop_vars=_loop_vars, *environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='c') if l_2_c is missing else l_2_c), _loop_vars=_loop_vars)[:1])
                _loop_vars['said'] = l_2_said
                if ((undefined(name='said') if l_2_said is missing else l_2_said) and ((not (undefined(name='hard') if l_1_hard is missing else l_1_hard)) or ((undefined(name='said') if l_2_said is missing else l_2_said)[:2] != environment.getitem((undefined(name='hard') if l_1_hard is missing else l_1_hard), -1)[:2]))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='hard') if l_1_hard is missing else l_1_hard), 'append'), (undefined(name='said') if l_2_said is missing else l_2_said), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
        l_2_t = l_2_SITUATION_MORE = l_2_d = l_2_c = l_2_said = l_2__ = missing
        l_1_from_brief = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
            pass
            l_1_pn = []
            for l_2_p in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                l_2_problem_name = resolve('problem_name')
                l_2__ = l_1__
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='pn') if l_1_pn is missing else l_1_pn), 'append'), environment.call(context, (undefined(name='problem_name') if l_2_problem_name is missing else l_2_problem_name), l_2_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_p = l_2_problem_name = l_2__ = missing
            l_1_weighed = []
            for l_2_p in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                l_2_stake = resolve('stake')
                l_2__ = l_1__
                l_2_sk = missing
                _loop_vars = {}
                pass
                l_2_sk = environment.call(context, (undefined(name='stake') if l_2_stake is missing else l_2_stake), l_2_p, _loop_vars=_loop_vars)
                _loop_vars['sk'] = l_2_sk
                if (undefined(name='sk') if l_2_sk is missing else l_2_sk):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='weighed') if l_1_weighed is missing else l_1_weighed), 'append'), (undefined(name='sk') if l_2_sk is missing else l_2_sk), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_p = l_2_stake = l_2_sk = l_2__ = missing
            l_1_several = (t_3((undefined(name='pn') if l_1_pn is missing else l_1_pn)) > 1)
            if (undefined(name='weighed') if l_1_weighed is missing else l_1_weighed):
                pass
                l_1_hard = (undefined(name='weighed') if l_1_weighed is missing else l_1_weighed)
                if not isinstance(l_1_from_brief, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_from_brief['v'] = True
        l_1_one = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), hard=False)
        if (undefined(name='asked') if l_1_asked is missing else l_1_asked):
            pass
            l_1_items = []
            for l_2_x in (undefined(name='asked') if l_1_asked is missing else l_1_asked):
                l_2__ = l_1__
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='items') if l_1_items is missing else l_1_items), 'append'), t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_x, 'rstrip'), '。', _loop_vars=_loop_vars), '；', '，'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_x = l_2__ = missing
            if (t_3((undefined(name='items') if l_1_items is missing else l_1_items)) > 1):
                pass
                l_1_heads = ['群众的期盼越来越具体：', str_join(('群众对', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作的期盼越来越具体：', )), str_join(('群众对', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '服务的要求越来越具体：', )), '随着生活水平的提高，群众对健康服务的需求更加多元：', '群众的健康需求越来越多样，关心的问题也越来越具体：']
                if t_4(context.eval_ctx, t_12(context, (undefined(name='wish') if l_1_wish is missing else l_1_wish), 'in', t_2(context.eval_ctx, (undefined(name='asked') if l_1_asked is missing else l_1_asked), ''))):
                    pass
                    l_1_heads = (undefined(name='heads') if l_1_heads is missing else l_1_heads)[2:]
                l_1_head = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='heads') if l_1_heads is missing else l_1_heads))
                l_1_noun = ('要求' if ('要求' in (undefined(name='head') if l_1_head is missing else l_1_head)) else ('需求' if ('需求' in (undefined(name='head') if l_1_head is missing else l_1_head)) else ('关切' if ('关心的事' in (undefined(name='head') if l_1_head is missing else l_1_head)) else '期盼')))
                t_38.extend((
                    '¶',
                    str((undefined(name='head') if l_1_head is missing else l_1_head)),
                    str(t_2(context.eval_ctx, (undefined(name='items') if l_1_items is missing else l_1_items), '；')),
                    '。\n',
                ))
            else:
                pass
                l_1_head = ''
                l_1_noun = '期盼'
                t_38.extend((
                    '¶',
                    str(environment.getitem((undefined(name='asked') if l_1_asked is missing else l_1_asked), 0)),
                    '\n',
                ))
            if (undefined(name='hard') if l_1_hard is missing else l_1_hard):
                pass
                if not isinstance(l_1_one, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_one['hard'] = True
                l_1_hitems = []
                for l_2_x in (undefined(name='hard') if l_1_hard is missing else l_1_hard):
                    l_2__ = l_1__
                    _loop_vars = {}
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems), 'append'), t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_x, 'rstrip'), '。', _loop_vars=_loop_vars), '；', '，'), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                l_2_x = l_2__ = missing
                l_1_these = (str_join(('这些', (undefined(name='noun') if l_1_noun is missing else l_1_noun), )) if (t_3((undefined(name='items') if l_1_items is missing else l_1_items)) > 1) else '这个期盼')
                if environment.getattr((undefined(name='from_brief') if l_1_from_brief is missing else l_1_from_brief), 'v'):
                    pass
                    l_1_turn = [str_join(('对照', (undefined(name='these') if l_1_these is missing else l_1_these), '，有', (str_join((environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems))), '个问题', )) if (t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems)) > 1) else '一个问题'), '必须正视：', )), str_join(('回应好', (undefined(name='these') if l_1_these is missing else l_1_these), '，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '有', (str_join((environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems))), '处短板', )) if (t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems)) > 1) else '一处短板'), '必须看清：', )), str_join(('但就', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '而言，离', (undefined(name='these') if l_1_these is missing else l_1_these), '还有差距：', ))]
                    l_1_seen = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), review=False, before=False)
                    for l_2_p in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'parts'):
                        _loop_vars = {}
                        pass
                        if (environment.getattr(l_2_p, 'role') in ('review', 'retrospect')):
                            pass
                            if not isinstance(l_1_seen, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_1_seen['review'] = True
                        elif ((environment.getattr(l_2_p, 'role') in ('situation', 'direction')) and environment.getattr((undefined(name='seen') if l_1_seen is missing else l_1_seen), 'review')):
                            pass
                            if not isinstance(l_1_seen, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_1_seen['before'] = True
                    l_2_p = missing
                    l_1_left_stakes = []
                    for l_2_p in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                        l_2_stake = resolve('stake')
                        l_2_sk = resolve('sk')
                        l_2__ = l_1__
                        _loop_vars = {}
                        pass
                        if (l_2_p in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'situation_problems')):
                            pass
                            l_2_sk = environment.call(context, (undefined(name='stake') if l_2_stake is missing else l_2_stake), l_2_p, _loop_vars=_loop_vars)
                            _loop_vars['sk'] = l_2_sk
                            if (undefined(name='sk') if l_2_sk is missing else l_2_sk):
                                pass
                                l_2__ = environment.call(context, environment.getattr((undefined(name='left_stakes') if l_1_left_stakes is missing else l_1_left_stakes), 'append'), t_10(context.eval_ctx, environment.call(context, environment.getattr((undefined(name='sk') if l_2_sk is missing else l_2_sk), 'rstrip'), '。', _loop_vars=_loop_vars), '；', '，'), _loop_vars=_loop_vars)
                                _loop_vars['_'] = l_2__
                    l_2_p = l_2_stake = l_2_sk = l_2__ = missing
                    if (environment.getattr((undefined(name='seen') if l_1_seen is missing else l_1_seen), 'before') and (undefined(name='left_stakes') if l_1_left_stakes is missing else l_1_left_stakes)):
                        pass
                        l_1_hitems = (undefined(name='left_stakes') if l_1_left_stakes is missing else l_1_left_stakes)
                        l_1_turn = [str_join(('对照', (undefined(name='these') if l_1_these is missing else l_1_these), '，还有', (str_join((environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems))), '个问题', )) if (t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems)) > 1) else '一个问题'), '必须正视：', )), str_join(('回应好', (undefined(name='these') if l_1_these is missing else l_1_these), '，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '还有', (str_join((environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems))), '处短板', )) if (t_3((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems)) > 1) else '一处短板'), '必须看清：', ))]
                    elif environment.getattr((undefined(name='seen') if l_1_seen is missing else l_1_seen), 'before'):
                        pass
                        l_1_hitems = []
                        l_1_turn = [str_join(('对照', (undefined(name='these') if l_1_these is missing else l_1_these), '，我们工作中存在的', ('问题' if (t_3(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) > 1) else '这个问题'), '必须下决心解决。', )), str_join(('用', (undefined(name='these') if l_1_these is missing else l_1_these), '来衡量，我们的工作还有不小的差距。', )), (str_join(('同', (undefined(name='these') if l_1_these is missing else l_1_these), '相比，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作的差距还不小。', )) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department') else '')]
                else:
                    pass
                    l_1_turn = [str_join(('回应好', (undefined(name='these') if l_1_these is missing else l_1_these), '，工作的难处也不能低估：', )), str_join(((undefined(name='these') if l_1_these is missing else l_1_these), '背后，工作的难处也不少：', ))]
                t_38.append(
                    str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='turn') if l_1_turn is missing else l_1_turn))),
                )
                if (undefined(name='hitems') if l_1_hitems is missing else l_1_hitems):
                    pass
                    t_38.extend((
                        str(t_2(context.eval_ctx, (undefined(name='hitems') if l_1_hitems is missing else l_1_hitems), '；')),
                        '。',
                    ))
            l_1_an = ((undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names) if (undefined(name='asked_names') if l_1_asked_names is missing else l_1_asked_names) else (undefined(name='names') if l_1_names is missing else l_1_names)[:2])
            l_1_na = environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)))
            l_1_ends = ['回应这些期盼，是今年工作的出发点。', '这些期盼，就是今年工作要努力的方向。', (str_join(('对群众的这', (undefined(name='na') if l_1_na is missing else l_1_na), '个方面期盼，今年的各项任务都要作出回应。', )) if (t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)) > 1) else '对群众的这一期盼，今年的任务要作出回应。'), (str_join(('回应好这', (undefined(name='na') if l_1_na is missing else l_1_na), '个方面的期盼，是今年部署任务的出发点。', )) if (t_3((undefined(name='asked') if l_1_asked is missing else l_1_asked)) > 1) else '回应群众的这一期盼，是今年部署任务的出发点。'), '今年部署的各项任务，都要与群众的期盼对应起来。']
            if (environment.getitem((undefined(name='asked') if l_1_asked is missing else l_1_asked), -1)[:2] != '群众'):
                pass
                l_1_ends = ((undefined(name='ends') if l_1_ends is missing else l_1_ends) + ['群众盼什么，我们就要抓什么。'])
            if (((not (undefined(name='closing_due') if l_1_closing_due is missing else l_1_closing_due)) and (not environment.getattr((undefined(name='one') if l_1_one is missing else l_1_one), 'hard'))) and environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), [True, True, True, False]), 0)):
                pass
                t_38.append(
                    str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='ends') if l_1_ends is missing else l_1_ends)) if (undefined(name='an') if l_1_an is missing else l_1_an) else cond_expr_undefined("the inline if-expression on line 716 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                )
        l_1_left = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'situation_problems')
        l_1_bridge = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s='')
        if (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report') and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')) and (not (undefined(name='left') if l_1_left is missing else l_1_left))) and (not environment.getattr((undefined(name='from_brief') if l_1_from_brief is missing else l_1_from_brief), 'v'))):
            pass
            l_1_ph = []
            for l_2_p in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems')[:3]:
                l_2__ = l_1__
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='ph') if l_1_ph is missing else l_1_ph), 'append'), environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_2_p, 'split'), '，', _loop_vars=_loop_vars), 0), 'split'), '；', _loop_vars=_loop_vars), 0), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_p = l_2__ = missing
            if not isinstance(l_1_bridge, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_bridge['s'] = environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '今年的工作安排，要从去年工作中暴露出来的问题出发，每一项都要拿出具体办法。', '去年工作中暴露出来的问题，今年都要在相应的任务里拿出具体办法。')
        if ((undefined(name='hard') if l_1_hard is missing else l_1_hard) and environment.getattr((undefined(name='one') if l_1_one is missing else l_1_one), 'hard')):
            pass
            l_1_hard = []
        if (((undefined(name='hard') if l_1_hard is missing else l_1_hard) or (undefined(name='left') if l_1_left is missing else l_1_left)) or environment.getattr((undefined(name='bridge') if l_1_bridge is missing else l_1_bridge), 's')):
            pass
            l_1_frame = (environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['', '', '应当看到，']), 0) if (undefined(name='hard') if l_1_hard is missing else l_1_hard) else '')
            l_1_hitems = []
            for l_2_x in (undefined(name='hard') if l_1_hard is missing else l_1_hard):
                l_2__ = l_1__
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems), 'append'), t_10(context.eval_ctx, environment.call(context, environment.getattr(l_2_x, 'rstrip'), '。', _loop_vars=_loop_vars), '；', '，'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_x = l_2__ = missing
            if (((undefined(name='hitems') if l_1_hitems is missing else l_1_hitems) or environment.getattr((undefined(name='bridge') if l_1_bridge is missing else l_1_bridge), 's')) or (not environment.getattr((undefined(name='one') if l_1_one is missing else l_1_one), 'hard'))):
                pass
                t_38.extend((
                    '¶',
                    str((undefined(name='frame') if l_1_frame is missing else l_1_frame)),
                    str((str_join((t_2(context.eval_ctx, (undefined(name='hitems') if l_1_hitems is missing else l_1_hitems), '；'), '。', )) if (undefined(name='hitems') if l_1_hitems is missing else l_1_hitems) else cond_expr_undefined("the inline if-expression on line 733 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    str(environment.getattr((undefined(name='bridge') if l_1_bridge is missing else l_1_bridge), 's')),
                ))
            if (undefined(name='left') if l_1_left is missing else l_1_left):
                pass
                l_1_left_solved = environment.call(context, (undefined(name='answer') if l_1_answer is missing else l_1_answer), (undefined(name='left') if l_1_left is missing else l_1_left))
                l_1_left_done = t_4(context.eval_ctx, t_5(context, (undefined(name='left_solved') if l_1_left_solved is missing else l_1_left_solved), 'first'))
                for (l_2_p, l_2_s, l_2_on_item) in (undefined(name='left_solved') if l_1_left_solved is missing else l_1_left_solved):
                    _loop_vars = {}
                    pass
                    t_38.extend((
                        '¶',
                        str(l_2_s),
                    ))
                l_2_p = l_2_s = l_2_on_item = missing
                l_1_left = t_4(context.eval_ctx, t_8(context, (undefined(name='left') if l_1_left is missing else l_1_left), 'in', (undefined(name='left_done') if l_1_left_done is missing else l_1_left_done)))
                if ((undefined(name='left_solved') if l_1_left_solved is missing else l_1_left_solved) and (undefined(name='left') if l_1_left is missing else l_1_left)):
                    pass
                    t_38.append(
                        '¶',
                    )
            if (undefined(name='left') if l_1_left is missing else l_1_left):
                pass
                l_1_heads = []
                for l_2_p in (undefined(name='left') if l_1_left is missing else l_1_left):
                    l_2_problem_name = resolve('problem_name')
                    l_2__ = l_1__
                    _loop_vars = {}
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='heads') if l_1_heads is missing else l_1_heads), 'append'), environment.call(context, (undefined(name='problem_name') if l_2_problem_name is missing else l_2_problem_name), l_2_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                l_2_p = l_2_problem_name = l_2__ = missing
                if environment.getattr((undefined(name='from_brief') if l_1_from_brief is missing else l_1_from_brief), 'v'):
                    pass
                    t_38.extend((
                        str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('其中', t_2(context.eval_ctx, (undefined(name='heads') if l_1_heads is missing else l_1_heads), '、'), '，不是哪一项工作单独能解决的，', (str_join(('需要', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '统筹协调、各部门一起发力。', )) if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else '要在各项工作中统筹考虑、一并推进。'), )))),
                        '\n',
                    ))
                elif (t_3((undefined(name='heads') if l_1_heads is missing else l_1_heads)) > 1):
                    pass
                    t_38.extend((
                        str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((t_2(context.eval_ctx, (undefined(name='heads') if l_1_heads is missing else l_1_heads), '，'), '，都不是哪一项工作单独能解决的，要统筹各方面力量一起推进。', )), str_join((t_2(context.eval_ctx, (undefined(name='heads') if l_1_heads is missing else l_1_heads), '、'), '，涉及面广，', (str_join(('需要', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '统筹协调、各部门一起发力。', )) if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else '要在各项工作中统筹考虑、一并推进。'), )))),
                        '\n',
                    ))
                else:
                    pass
                    t_38.extend((
                        str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getitem((undefined(name='heads') if l_1_heads is missing else l_1_heads), 0), '，不是哪一项工作单独能解决的，要放到全局中统筹考虑。', )), str_join((environment.getitem((undefined(name='heads') if l_1_heads is missing else l_1_heads), 0), '，涉及面广，', (str_join(('需要', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '统筹协调、各部门一起发力。', )) if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else '要在各项工作中统筹考虑、一并推进。'), )))),
                        '\n',
                    ))
        if (undefined(name='closing_due') if l_1_closing_due is missing else l_1_closing_due):
            pass
            l_1_f = environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'framing')
            l_1_us = str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '工作', ))
            if ((undefined(name='f') if l_1_f is missing else l_1_f) and (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '开局之年')):
                pass
                l_1_ends = [str_join(('开局起步，关系全局。今年', (undefined(name='us') if l_1_us is missing else l_1_us), '要把上级的要求和群众的期盼逐项落到实处，为“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”时期的发展打下扎实基础。', )), str_join(('认清形势、把握机遇，今年', (undefined(name='us') if l_1_us is missing else l_1_us), '要把第一步迈稳迈好。头一年的每一项任务，都关系到“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”时期的全局。', ))]
            elif ((undefined(name='f') if l_1_f is missing else l_1_f) and (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '收官之年')):
                pass
                l_1_ends = [str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划定下的目标能不能如期实现，就看今年。规划确定的各项任务，各单位要对照目标逐项盘点，进度慢的要加快推进。', )), str_join(('认清形势、正视问题，今年', (undefined(name='us') if l_1_us is missing else l_1_us), '就要对照“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划的目标逐项盘点、查漏补缺。规划任务能否如期完成，年底要用实绩来检验。', ))]
            elif ((undefined(name='f') if l_1_f is missing else l_1_f) and ('承上启下' in environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place'))):
                pass
                l_1_ends = [str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划确定的各项指标走到了哪一步，今年各单位要对照目标逐项盘点。规划确定的重点项目，要逐项落实到今年的工作安排和项目资金上。', )), str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划定下的目标任务完成了多少、还差多少，今年各单位要逐项梳理、找准差距。差距大的几项，要列为今年的重点，明确牵头单位和完成时限。', ))]
            elif ((undefined(name='f') if l_1_f is missing else l_1_f) and (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'place') == '关键一年')):
                pass
                l_1_ends = [str_join(('今年“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划实施进入后半程，留给我们的时间不多了。规划确定的目标任务还有哪些没有完成，各单位要心中有数，能在今年完成的要抓紧完成。', )), str_join(('离“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划收官只剩两年，规划的目标任务今年要对照盘点。还没有完成的目标任务，要排出时间表，一项一项往前赶。', ))]
                if environment.getattr((undefined(name='year_line') if l_1_year_line is missing else l_1_year_line), 's'):
                    pass
                    l_1_ends = [str_join(('对照“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划，目标任务还有哪些没有完成，各单位要逐项梳理清楚。今年能完成的要抓紧完成，需要跨年度实施的要统筹安排、压茬推进。', )), str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划确定的目标任务，各单位要逐项对照、查漏补缺。今年', (undefined(name='us') if l_1_us is missing else l_1_us), '要把尚未完成的指标和项目作为工作重点，确保规划目标如期实现。', ))]
            elif (undefined(name='f') if l_1_f is missing else l_1_f):
                pass
                l_1_ends = [str_join(('去年是“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划的开局之年，开了个好头。今年', (undefined(name='us') if l_1_us is missing else l_1_us), '要在规划确定的重点任务上继续用力，把开了头的工作一项一项抓出成效。', )), str_join(('“', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'plan'), '”规划已经实施一年，开局时部署的各项工作，今年要取得更大实效。规划确定的各项任务，各单位要对照目标逐项推进。', ))]
            else:
                pass
                l_1_ends = [str_join(('群众的期盼，要靠一件一件实事去回应。今年', (undefined(name='us') if l_1_us is missing else l_1_us), '要把上级的要求落到实处。', ))]
            t_38.extend((
                '¶',
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='ends') if l_1_ends is missing else l_1_ends))),
                '\n',
            ))
        return concat(t_38)
    context.exported_vars.add('situation')
    context.vars['situation'] = l_0_situation = Macro(environment, macro, 'situation', ('lead_year', 'conclude'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_per_topic, l_1_kept, l_1_moved):
        t_39 = []
        l_1_deal = resolve('deal')
        l_1_TASK_HEADING_PATTERNS = resolve('TASK_HEADING_PATTERNS')
        l_1_plan = resolve('plan')
        l_1_kind = resolve('kind')
        l_1_namespace = resolve('namespace')
        l_1_owners = resolve('owners')
        l_1_patterns = l_1_late = l_1_now = l_1_catch_up = l_1_caught = l_1_referred = l_1_style = l_1_goal_turn = missing
        if l_1_per_topic is missing:
            l_1_per_topic = 1
        if l_1_kept is missing:
            l_1_kept = []
        if l_1_moved is missing:
            l_1_moved = {}
        pass
        l_1_patterns = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='TASK_HEADING_PATTERNS') if l_1_TASK_HEADING_PATTERNS is missing else l_1_TASK_HEADING_PATTERNS))
        l_1_late = (((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') in (9, 10)) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review')) and (not environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'ahead')))
        l_1_now = ('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else ('下一步' if (undefined(name='late') if l_1_late is missing else l_1_late) else '今年'))
        l_1_catch_up = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['{t}工作，下半年要抓住关键环节，每月调度一次进展，确保年底前见到实效。‖{t}工作下半年要每月调度一次进展，对照时间节点督促检查，确保年底前见到实效。', '{t}的各项任务，下半年要细化到每个月，明确责任单位和完成时限，抓紧推进。‖{t}的任务要细化分解到月，落实到责任单位，明确完成时限。', '{t}工作要对照年初确定的目标逐项盘点，已经完成的要巩固，进度慢的要查明原因、加快推进，牵头单位每月向{b}报告一次进展。‖对照年初目标，{t}工作要逐项盘点，进度慢的要查明原因、加快推进，牵头单位每月向{b}报告进展。', '推进{t}工作，牵头单位要制定下半年的具体方案，把进度排到月、把责任落到人，遇到政策和资金上的难题要及时提出来。‖{t}工作的牵头单位要尽快拿出下半年的推进方案，进度排到月、责任落到人，政策和资金上的难题及时提出来。'])
        l_1_caught = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0)
        l_1_referred = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0)
        l_1_style = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0, rest=0)
        l_1_goal_turn = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0, shapes=environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['first', 'lean', 'last']))
        if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'bureau') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report')):
            pass
            l_1_owners = ['各责任单位要把{t}的各项任务列入本单位年度重点工作，主要负责同志亲自抓。']
        elif ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report')):
            pass
            l_1_owners = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['{b}要牵头抓好{t}各项任务的落实，有关部门和单位要主动配合。', '{t}工作由{b}牵头负责，有关部门要在政策和资金上给予支持。'])
        else:
            pass
            l_1_owners = []
        l_2_loop = missing
        for l_2_tp, l_2_loop in LoopContext(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'), undefined):
            l_2_TASK_HEADINGS = resolve('TASK_HEADINGS')
            l_2_fit = resolve('fit')
            l_2_b = resolve('b')
            l_2_on_field = resolve('on_field')
            l_2_items_heading = resolve('items_heading')
            l_2_vary = resolve('vary')
            l_2_topic_only = resolve('topic_only')
            l_2_heading_within = resolve('heading_within')
            l_2_TASK_WORDING = resolve('TASK_WORDING')
            l_2_answer = resolve('answer')
            l_2_serve = resolve('serve')
            l_2_TASK_MORE = resolve('TASK_MORE')
            l_2_kept_runs = resolve('kept_runs')
            l_2_own_n = resolve('own_n')
            l_2_open_kept = resolve('open_kept')
            l_2_placed = resolve('placed')
            l_2_lost = resolve('lost')
            l_2_landmark = resolve('landmark')
            l_2_keep = resolve('keep')
            l_2_oaims = resolve('oaims')
            l_2_problem_lead = resolve('problem_lead')
            l_2_aim_of = resolve('aim_of')
            l_2_oaim = resolve('oaim')
            l_2_stake = resolve('stake')
            l_2_last_bears = resolve('last_bears')
            l_2_unsaid_by = resolve('unsaid_by')
            l_2_lead_named = resolve('lead_named')
            l_2_lead_targets = resolve('lead_targets')
            l_2_measures = resolve('measures')
            l_2_many = resolve('many')
            l_2_told = l_0_told
            l_2_t = l_2_shape = l_2_goal_shape = l_2_heads = l_2_heading = l_2_twins = l_2_pheads = l_2_named = l_2_framing = l_2_solved = l_2_solved_ps = l_2_open = l_2_ar = l_2_goal = l_2_with_targets = l_2_all_runs = l_2_fed = l_2_under = l_2_bare = l_2_added_to = l_2_delivered = l_2_joined = l_2_lead_runs = l_2_ordinal = l_2_lm = l_2_problem_first = l_2_sk = l_2_near = l_2_solved_first = l_2_front = l_2_told_len = missing
            _loop_vars = {}
            pass
            l_2_t = environment.getattr(l_2_tp, 'view')
            _loop_vars['t'] = l_2_t
            l_2_shape = environment.getattr(l_2_tp, 'shape')
            _loop_vars['shape'] = l_2_shape
            l_2_goal_shape = 'first'
            _loop_vars['goal_shape'] = l_2_goal_shape
            l_2_heads = (environment.call(context, environment.getattr((undefined(name='TASK_HEADINGS') if l_2_TASK_HEADINGS is missing else l_2_TASK_HEADINGS), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), [], _loop_vars=_loop_vars) if environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'known') else [])
            _loop_vars['heads'] = l_2_heads
            if ((environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key') == 'health_poverty') and (((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') * 100) + environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month')) >= 202101)):
                pass
                l_2_heads = t_4(context.eval_ctx, t_8(context, (undefined(name='heads') if l_2_heads is missing else l_2_heads), 'in', ['深入实施健康扶贫工程', '打赢健康扶贫攻坚战']))
                _loop_vars['heads'] = l_2_heads
            if environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'):
                pass
                l_2_fit = []
                _loop_vars['fit'] = l_2_fit
                for l_3_h in (undefined(name='heads') if l_2_heads is missing else l_2_heads):
                    l_3__ = resolve('_')
                    _loop_vars = {}
                    pass
                    if environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'delivers'), l_3_h, (t_4(context.eval_ctx, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) + t_4(context.eval_ctx, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'))), _loop_vars=_loop_vars):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='fit') if l_2_fit is missing else l_2_fit), 'append'), l_3_h, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_h = l_3__ = missing
                if (undefined(name='fit') if l_2_fit is missing else l_2_fit):
                    pass
                    l_2_heads = (undefined(name='fit') if l_2_fit is missing else l_2_fit)
                    _loop_vars['heads'] = l_2_heads
            if ((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'subject_field')) and (environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key') != environment.getattr(environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'main_topic'), 'key'))):
                pass
                l_2_on_field = []
                _loop_vars['on_field'] = l_2_on_field
                for l_3_h in (undefined(name='heads') if l_2_heads is missing else l_2_heads):
                    l_3_in_field = resolve('in_field')
                    l_3__ = resolve('_')
                    _loop_vars = {}
                    pass
                    if environment.call(context, (undefined(name='in_field') if l_3_in_field is missing else l_3_in_field), l_3_h, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'subject_field'), _loop_vars=_loop_vars):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='on_field') if l_2_on_field is missing else l_2_on_field), 'append'), l_3_h, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_h = l_3_in_field = l_3__ = missing
                if (t_3((undefined(name='on_field') if l_2_on_field is missing else l_2_on_field)) < t_3((undefined(name='heads') if l_2_heads is missing else l_2_heads))):
                    pass
                    l_2_heads = ((undefined(name='on_field') if l_2_on_field is missing else l_2_on_field) or ([environment.call(context, (undefined(name='items_heading') if l_2_items_heading is missing else l_2_items_heading), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)] if (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') and environment.call(context, (undefined(name='items_heading') if l_2_items_heading is missing else l_2_items_heading), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)) else (undefined(name='heads') if l_2_heads is missing else l_2_heads)))
                    _loop_vars['heads'] = l_2_heads
            l_2_heading = (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *(undefined(name='heads') if l_2_heads is missing else l_2_heads)) or t_10(context.eval_ctx, environment.getitem((undefined(name='patterns') if l_1_patterns is missing else l_1_patterns), (environment.getattr(l_2_loop, 'index0') % t_3((undefined(name='patterns') if l_1_patterns is missing else l_1_patterns)))), '{t}', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name')))
            _loop_vars['heading'] = l_2_heading
            l_2_twins = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0, _loop_vars=_loop_vars)
            _loop_vars['twins'] = l_2_twins
            for l_3_other in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
                _loop_vars = {}
                pass
                if (environment.getattr(environment.getattr(environment.getattr(l_3_other, 'view'), 'topic'), 'key') == environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key')):
                    pass
                    if not isinstance(l_2_twins, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_2_twins['n'] = (environment.getattr((undefined(name='twins') if l_2_twins is missing else l_2_twins), 'n') + 1)
            l_3_other = missing
            if (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') and (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (t_3(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks')) > 1)) and environment.call(context, (undefined(name='topic_only') if l_2_topic_only is missing else l_2_topic_only), (undefined(name='heading') if l_2_heading is missing else l_2_heading), environment.getattr(environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'main_topic'), 'key'), _loop_vars=_loop_vars)) or ((environment.getattr((undefined(name='twins') if l_2_twins is missing else l_2_twins), 'n') > 1) and environment.call(context, (undefined(name='topic_only') if l_2_topic_only is missing else l_2_topic_only), (undefined(name='heading') if l_2_heading is missing else l_2_heading), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), _loop_vars=_loop_vars)))):
                pass
                l_2_heading = (environment.call(context, (undefined(name='items_heading') if l_2_items_heading is missing else l_2_items_heading), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars) or (undefined(name='heading') if l_2_heading is missing else l_2_heading))
                _loop_vars['heading'] = l_2_heading
            l_2_heading = environment.call(context, (undefined(name='heading_within') if l_2_heading_within is missing else l_2_heading_within), (undefined(name='heading') if l_2_heading is missing else l_2_heading), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), _loop_vars=_loop_vars)
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
            l_2_named = str_join((t_2(context.eval_ctx, (undefined(name='pheads') if l_2_pheads is missing else l_2_pheads), '、'), ('等' if (t_3((undefined(name='pheads') if l_2_pheads is missing else l_2_pheads)) > 1) else ''), ))
            _loop_vars['named'] = l_2_named
            l_2_framing = []
            _loop_vars['framing'] = l_2_framing
            if (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') or environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets')):
                pass
                for l_3_w in environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), [], _loop_vars=_loop_vars):
                    l_3__ = resolve('_')
                    l_3_e = missing
                    _loop_vars = {}
                    pass
                    l_3_e = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), f=False, _loop_vars=_loop_vars)
                    _loop_vars['e'] = l_3_e
                    for l_4_it in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'):
                        l_4_range = resolve('range')
                        _loop_vars = {}
                        pass
                        for l_5_i in environment.call(context, (undefined(name='range') if l_4_range is missing else l_4_range), t_6(environment, [(t_3(l_4_it) - 5), 0]), _loop_vars=_loop_vars):
                            _loop_vars = {}
                            pass
                            if (l_4_it[l_5_i:(l_5_i + 6)] in l_3_w):
                                pass
                                if not isinstance(l_3_e, Namespace):
                                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                l_3_e['f'] = True
                        l_5_i = missing
                    l_4_it = l_4_range = missing
                    if (not environment.getattr((undefined(name='e') if l_3_e is missing else l_3_e), 'f')):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='framing') if l_2_framing is missing else l_2_framing), 'append'), l_3_w, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_w = l_3_e = l_3__ = missing
            l_2_solved = environment.call(context, (undefined(name='answer') if l_2_answer is missing else l_2_answer), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)
            _loop_vars['solved'] = l_2_solved
            l_2_solved_ps = t_4(context.eval_ctx, t_5(context, (undefined(name='solved') if l_2_solved is missing else l_2_solved), 'first'))
            _loop_vars['solved_ps'] = l_2_solved_ps
            l_2_open = t_4(context.eval_ctx, t_8(context, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'), 'in', (undefined(name='solved_ps') if l_2_solved_ps is missing else l_2_solved_ps)))
            _loop_vars['open'] = l_2_open
            l_2_ar = environment.call(context, (undefined(name='serve') if l_2_serve is missing else l_2_serve), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), (environment.call(context, environment.getattr((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), environment.getitem((undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), 'general'), _loop_vars=_loop_vars) + (undefined(name='framing') if l_2_framing is missing else l_2_framing)), topic=environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), budget=environment.getattr(l_2_tp, 'budget'), targets=environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'), general=(not environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'known')), headline=environment.getattr(l_2_tp, 'headline'), elsewhere=(undefined(name='TASK_MORE') if l_2_TASK_MORE is missing else l_2_TASK_MORE), heading=(undefined(name='heading') if l_2_heading is missing else l_2_heading), _loop_vars=_loop_vars)
            _loop_vars['ar'] = l_2_ar
            l_2_goal = (t_2(context.eval_ctx, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'), '，') if ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'target') else t_2(context.eval_ctx, environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'targets'), '，'))
            _loop_vars['goal'] = l_2_goal
            l_2_with_targets = ((undefined(name='shape') if l_2_shape is missing else l_2_shape) != 'target')
            _loop_vars['with_targets'] = l_2_with_targets
            l_2_all_runs = []
            _loop_vars['all_runs'] = l_2_all_runs
            for l_3_r in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'runs'):
                l_3__ = missing
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), 'append'), l_3_r, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_r = l_3__ = missing
            for l_3_r in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'standing'):
                l_3_facet_of = resolve('facet_of')
                l_3__ = resolve('_')
                l_3_stay = l_3_jr = missing
                _loop_vars = {}
                pass
                l_3_stay = []
                _loop_vars['stay'] = l_3_stay
                l_3_jr = (environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), environment.getattr(l_3_r, 'item'), t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars) if l_1_kept else -1)
                _loop_vars['jr'] = l_3_jr
                for l_4_s in environment.getattr(l_3_r, 'measures'):
                    l_4__ = l_3__
                    l_4_j = missing
                    _loop_vars = {}
                    pass
                    l_4_j = ((undefined(name='jr') if l_3_jr is missing else l_3_jr) if ((undefined(name='jr') if l_3_jr is missing else l_3_jr) >= 0) else (environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), l_4_s, t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars) if l_1_kept else -1))
                    _loop_vars['j'] = l_4_j
                    if ((undefined(name='j') if l_4_j is missing else l_4_j) >= 0):
                        pass
                        l_4__ = environment.call(context, environment.getattr(environment.call(context, environment.getattr(l_1_moved, 'setdefault'), (undefined(name='j') if l_4_j is missing else l_4_j), [], _loop_vars=_loop_vars), 'append'), l_4_s, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                    else:
                        pass
                        l_4__ = environment.call(context, environment.getattr((undefined(name='stay') if l_3_stay is missing else l_3_stay), 'append'), l_4_s, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                l_4_s = l_4_j = l_4__ = missing
                if (t_3((undefined(name='stay') if l_3_stay is missing else l_3_stay)) >= 2):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), 'append'), environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), item=environment.getattr(l_3_r, 'item'), targets=environment.getattr(l_3_r, 'targets'), measures=(undefined(name='stay') if l_3_stay is missing else l_3_stay), breaks=environment.getattr(l_3_r, 'breaks'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_r = l_3_stay = l_3_facet_of = l_3_jr = l_3__ = missing
            if l_1_kept:
                pass
                for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'facet_rest'):
                    l_3_facet_of = resolve('facet_of')
                    l_3__ = resolve('_')
                    l_3_j = missing
                    _loop_vars = {}
                    pass
                    l_3_j = environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), l_3_s, t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars)
                    _loop_vars['j'] = l_3_j
                    if ((undefined(name='j') if l_3_j is missing else l_3_j) >= 0):
                        pass
                        l_3__ = environment.call(context, environment.getattr(environment.call(context, environment.getattr(l_1_moved, 'setdefault'), (undefined(name='j') if l_3_j is missing else l_3_j), [], _loop_vars=_loop_vars), 'append'), l_3_s, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_s = l_3_facet_of = l_3_j = l_3__ = missing
            l_2_fed = {}
            _loop_vars['fed'] = l_2_fed
            for l_3_it in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'):
                l_3_item_content = resolve('item_content')
                l_3__ = missing
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='fed') if l_2_fed is missing else l_2_fed), 'update'), {l_3_it: t_7(environment, [t_3(environment.call(context, (undefined(name='item_content') if l_3_item_content is missing else l_3_item_content), l_3_it, _loop_vars=_loop_vars)), 2])}, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_it = l_3_item_content = l_3__ = missing
            l_2_under = {}
            _loop_vars['under'] = l_2_under
            l_2_bare = []
            _loop_vars['bare'] = l_2_bare
            l_2_added_to = []
            _loop_vars['added_to'] = l_2_added_to
            if t_4(context.eval_ctx, t_13(context, (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), 'measures')):
                pass
                l_2_kept_runs = []
                _loop_vars['kept_runs'] = l_2_kept_runs
                for l_3_r in (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                    l_3__ = resolve('_')
                    l_3_hit = resolve('hit')
                    _loop_vars = {}
                    pass
                    if (environment.getattr(l_3_r, 'measures') or environment.call(context, environment.getattr((undefined(name='fed') if l_2_fed is missing else l_2_fed), 'get'), environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars)):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='kept_runs') if l_2_kept_runs is missing else l_2_kept_runs), 'append'), l_3_r, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                    else:
                        pass
                        l_3_hit = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), s='', _loop_vars=_loop_vars)
                        _loop_vars['hit'] = l_3_hit
                        for (l_4_p, l_4_s, l_4_on_item) in (undefined(name='solved') if l_2_solved is missing else l_2_solved):
                            _loop_vars = {}
                            pass
                            if (((((not environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's')) and (l_4_s not in environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'values'), _loop_vars=_loop_vars))) and ((not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'apart'), l_4_p, _loop_vars=_loop_vars)) or environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heads_item'), l_4_p, environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars))) and environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'names_subject'), l_4_p, environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars)) and (not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'closer_elsewhere'), l_4_p, environment.getattr(l_3_r, 'item'), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars))):
                                pass
                                if not isinstance(l_3_hit, Namespace):
                                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                l_3_hit['s'] = l_4_s
                        l_4_p = l_4_s = l_4_on_item = missing
                        for (l_4_p, l_4_s, l_4_on_item) in (undefined(name='solved') if l_2_solved is missing else l_2_solved):
                            l_4_near_item = resolve('near_item')
                            l_4_owns = resolve('owns')
                            _loop_vars = {}
                            pass
                            if (((((not environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's')) and (l_4_s not in environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'values'), _loop_vars=_loop_vars))) and (not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'apart'), l_4_p, _loop_vars=_loop_vars))) and (environment.call(context, (undefined(name='near_item') if l_4_near_item is missing else l_4_near_item), l_4_p, environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars) or environment.call(context, (undefined(name='owns') if l_4_owns is missing else l_4_owns), environment.getattr(l_3_r, 'item'), l_4_p, _loop_vars=_loop_vars))) and (not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'closer_elsewhere'), l_4_p, environment.getattr(l_3_r, 'item'), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars))):
                                pass
                                if not isinstance(l_3_hit, Namespace):
                                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                l_3_hit['s'] = l_4_s
                        l_4_p = l_4_s = l_4_on_item = l_4_near_item = l_4_owns = missing
                        if ((not environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's')) and (environment.getattr(l_3_r, 'item') == environment.getitem(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), 0))):
                            pass
                            for (l_4_p, l_4_s, l_4_on_item) in (undefined(name='solved') if l_2_solved is missing else l_2_solved):
                                l_4_home = resolve('home')
                                _loop_vars = {}
                                pass
                                if (((not environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's')) and (l_4_s not in environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'values'), _loop_vars=_loop_vars))) and (not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'apart'), l_4_p, _loop_vars=_loop_vars))):
                                    pass
                                    l_4_home = environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'place'), l_4_p, t_4(context.eval_ctx, t_5(context, (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), attribute='item')), (undefined(name='under') if l_2_under is missing else l_2_under), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)
                                    _loop_vars['home'] = l_4_home
                                    if (((undefined(name='home') if l_4_home is missing else l_4_home) == environment.getattr(l_3_r, 'item')) or ((not (undefined(name='home') if l_4_home is missing else l_4_home)) and (not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_4_p, _loop_vars=_loop_vars)))):
                                        pass
                                        if not isinstance(l_3_hit, Namespace):
                                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                        l_3_hit['s'] = l_4_s
                            l_4_p = l_4_s = l_4_on_item = l_4_home = missing
                        if environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's'):
                            pass
                            l_3__ = environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'update'), {environment.getattr(l_3_r, 'item'): environment.getattr((undefined(name='hit') if l_3_hit is missing else l_3_hit), 's')}, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                            l_3__ = environment.call(context, environment.getattr((undefined(name='kept_runs') if l_2_kept_runs is missing else l_2_kept_runs), 'append'), l_3_r, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                        else:
                            pass
                            l_3__ = environment.call(context, environment.getattr((undefined(name='bare') if l_2_bare is missing else l_2_bare), 'append'), environment.getattr(l_3_r, 'item'), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                l_3_r = l_3__ = l_3_hit = missing
                l_2_all_runs = (undefined(name='kept_runs') if l_2_kept_runs is missing else l_2_kept_runs)
                _loop_vars['all_runs'] = l_2_all_runs
            if (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                pass
                l_2_own_n = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0, _loop_vars=_loop_vars)
                _loop_vars['own_n'] = l_2_own_n
                l_3_loop = missing
                for l_3_r, l_3_loop in LoopContext((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), undefined):
                    _loop_vars = {}
                    pass
                    if (environment.getattr(l_3_r, 'item') in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')):
                        pass
                        if not isinstance(l_2_own_n, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_2_own_n['n'] = environment.getattr(l_3_loop, 'index')
                l_3_loop = l_3_r = missing
                l_3_loop = missing
                for (l_3_p, l_3_s, l_3_on_item), l_3_loop in LoopContext((undefined(name='solved') if l_2_solved is missing else l_2_solved), undefined):
                    l_3_hit = resolve('hit')
                    l_3__ = resolve('_')
                    l_3_home = resolve('home')
                    l_3_facet_of = resolve('facet_of')
                    l_3_last_standing = resolve('last_standing')
                    _loop_vars = {}
                    pass
                    if (l_3_s not in environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'values'), _loop_vars=_loop_vars)):
                        pass
                        l_3_hit = environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'place'), l_3_p, t_4(context.eval_ctx, t_5(context, (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), attribute='item')), (undefined(name='under') if l_2_under is missing else l_2_under), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)
                        _loop_vars['hit'] = l_3_hit
                        if (undefined(name='hit') if l_3_hit is missing else l_3_hit):
                            pass
                            l_3__ = environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'update'), {(undefined(name='hit') if l_3_hit is missing else l_3_hit): l_3_s}, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                        elif ((not environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'apart'), l_3_p, _loop_vars=_loop_vars)) and environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'joins'), l_3_p, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), (undefined(name='under') if l_2_under is missing else l_2_under), _loop_vars=_loop_vars)):
                            pass
                            l_3_home = environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'joins'), l_3_p, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), (undefined(name='under') if l_2_under is missing else l_2_under), _loop_vars=_loop_vars)
                            _loop_vars['home'] = l_3_home
                            l_3__ = environment.call(context, environment.getattr((undefined(name='added_to') if l_2_added_to is missing else l_2_added_to), 'append'), environment.getitem((undefined(name='under') if l_2_under is missing else l_2_under), (undefined(name='home') if l_3_home is missing else l_3_home)), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                            l_3__ = environment.call(context, environment.getattr((undefined(name='added_to') if l_2_added_to is missing else l_2_added_to), 'append'), l_3_s, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                            l_3__ = environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'update'), {(undefined(name='home') if l_3_home is missing else l_3_home): str_join((environment.getitem((undefined(name='under') if l_2_under is missing else l_2_under), (undefined(name='home') if l_3_home is missing else l_3_home)), l_3_s, ))}, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                        elif ((l_1_kept and environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars)) and (environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars), t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars) >= 0)):
                            pass
                            l_3__ = environment.call(context, environment.getattr(environment.call(context, environment.getattr(l_1_moved, 'setdefault'), environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars), t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars), [], _loop_vars=_loop_vars), 'append'), l_3_s, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                        elif (environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars) and (environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars) not in (undefined(name='under') if l_2_under is missing else l_2_under))):
                            pass
                            l_3_last_standing = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), i=-1, _loop_vars=_loop_vars)
                            _loop_vars['last_standing'] = l_3_last_standing
                            l_4_loop = missing
                            for l_4_r, l_4_loop in LoopContext((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), undefined):
                                _loop_vars = {}
                                pass
                                if ((environment.getattr(l_4_r, 'item') not in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) and (environment.getattr(l_4_r, 'item') not in (undefined(name='under') if l_2_under is missing else l_2_under))):
                                    pass
                                    if not isinstance(l_3_last_standing, Namespace):
                                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                                    l_3_last_standing['i'] = environment.getattr(l_4_loop, 'index0')
                            l_4_loop = l_4_r = missing
                            if ((t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)) >= ((4 + environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'room')) + (1 if environment.getattr(l_2_tp, 'headline') else 0))) and (environment.getattr((undefined(name='last_standing') if l_3_last_standing is missing else l_3_last_standing), 'i') >= environment.getattr((undefined(name='own_n') if l_2_own_n is missing else l_2_own_n), 'n'))):
                                pass
                                l_3__ = environment.call(context, environment.getattr((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), 'pop'), environment.getattr((undefined(name='last_standing') if l_3_last_standing is missing else l_3_last_standing), 'i'), _loop_vars=_loop_vars)
                                _loop_vars['_'] = l_3__
                            l_3__ = environment.call(context, environment.getattr((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), 'insert'), environment.getattr((undefined(name='own_n') if l_2_own_n is missing else l_2_own_n), 'n'), environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), item=environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars), targets=[], measures=[], breaks=[], _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                            if not isinstance(l_2_own_n, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_2_own_n['n'] = (environment.getattr((undefined(name='own_n') if l_2_own_n is missing else l_2_own_n), 'n') + 1)
                            l_3__ = environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'update'), {environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'heading'), l_3_p, _loop_vars=_loop_vars): l_3_s}, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_3__
                l_3_loop = l_3_p = l_3_s = l_3_on_item = l_3_hit = l_3__ = l_3_home = l_3_facet_of = l_3_last_standing = missing
            if (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                pass
                l_2_open_kept = []
                _loop_vars['open_kept'] = l_2_open_kept
                for l_3_p in (undefined(name='open') if l_2_open is missing else l_2_open):
                    l_3__ = resolve('_')
                    l_3_hit = l_3_rf = missing
                    _loop_vars = {}
                    pass
                    l_3_hit = environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'place'), l_3_p, t_4(context.eval_ctx, t_5(context, (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), attribute='item')), (undefined(name='under') if l_2_under is missing else l_2_under), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)
                    _loop_vars['hit'] = l_3_hit
                    l_3_rf = (environment.call(context, environment.getattr((undefined(name='answer') if l_2_answer is missing else l_2_answer), 'refer'), l_3_p, _loop_vars=_loop_vars) if (undefined(name='hit') if l_3_hit is missing else l_3_hit) else '')
                    _loop_vars['rf'] = l_3_rf
                    if (undefined(name='rf') if l_3_rf is missing else l_3_rf):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'update'), {(undefined(name='hit') if l_3_hit is missing else l_3_hit): (undefined(name='rf') if l_3_rf is missing else l_3_rf)}, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                        if not isinstance(l_1_referred, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_1_referred['n'] = (environment.getattr((undefined(name='referred') if l_1_referred is missing else l_1_referred), 'n') + 1)
                    else:
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='open_kept') if l_2_open_kept is missing else l_2_open_kept), 'append'), l_3_p, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_p = l_3_hit = l_3_rf = l_3__ = missing
                l_2_open = (undefined(name='open_kept') if l_2_open_kept is missing else l_2_open_kept)
                _loop_vars['open'] = l_2_open
            l_2_delivered = []
            _loop_vars['delivered'] = l_2_delivered
            for l_3_r in (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                l_3__ = resolve('_')
                _loop_vars = {}
                pass
                if (environment.getattr(l_3_r, 'item') in (undefined(name='under') if l_2_under is missing else l_2_under)):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='delivered') if l_2_delivered is missing else l_2_delivered), 'append'), l_3_r, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                elif (environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'delivers'), environment.getattr(l_3_r, 'item'), environment.getattr(l_3_r, 'measures'), _loop_vars=_loop_vars) or (environment.getattr(l_3_r, 'item') in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'))):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='delivered') if l_2_delivered is missing else l_2_delivered), 'append'), environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), item=environment.getattr(l_3_r, 'item'), targets=environment.getattr(l_3_r, 'targets'), measures=environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'delivering_first'), environment.getattr(l_3_r, 'item'), environment.getattr(l_3_r, 'measures'), _loop_vars=_loop_vars), breaks=environment.getattr(l_3_r, 'breaks'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_r = l_3__ = missing
            l_2_all_runs = (undefined(name='delivered') if l_2_delivered is missing else l_2_delivered)
            _loop_vars['all_runs'] = l_2_all_runs
            l_2_joined = environment.call(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'joined_runs'), (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), (undefined(name='under') if l_2_under is missing else l_2_under), (undefined(name='bare') if l_2_bare is missing else l_2_bare), (undefined(name='fed') if l_2_fed is missing else l_2_fed), _loop_vars=_loop_vars)
            _loop_vars['joined'] = l_2_joined
            l_2_all_runs = environment.getitem((undefined(name='joined') if l_2_joined is missing else l_2_joined), 0)
            _loop_vars['all_runs'] = l_2_all_runs
            l_2_lead_runs = environment.getitem((undefined(name='joined') if l_2_joined is missing else l_2_joined), 1)
            _loop_vars['lead_runs'] = l_2_lead_runs
            l_2_bare = []
            _loop_vars['bare'] = l_2_bare
            if (undefined(name='with_targets') if l_2_with_targets is missing else l_2_with_targets):
                pass
                l_2_placed = []
                _loop_vars['placed'] = l_2_placed
                for l_3_r in ((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs) + (undefined(name='lead_runs') if l_2_lead_runs is missing else l_2_lead_runs)):
                    _loop_vars = {}
                    pass
                    for l_4_x in environment.getattr(l_3_r, 'targets'):
                        l_4__ = missing
                        _loop_vars = {}
                        pass
                        l_4__ = environment.call(context, environment.getattr((undefined(name='placed') if l_2_placed is missing else l_2_placed), 'append'), l_4_x, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                    l_4_x = l_4__ = missing
                l_3_r = missing
                l_2_lost = []
                _loop_vars['lost'] = l_2_lost
                for l_3_x in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'):
                    l_3__ = resolve('_')
                    _loop_vars = {}
                    pass
                    if ((l_3_x not in (undefined(name='placed') if l_2_placed is missing else l_2_placed)) and (l_3_x not in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'targets'))):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='lost') if l_2_lost is missing else l_2_lost), 'append'), l_3_x, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_x = l_3__ = missing
                if (undefined(name='lost') if l_2_lost is missing else l_2_lost):
                    pass
                    l_2_goal = t_2(context.eval_ctx, (t_4(context.eval_ctx, environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'targets')) + (undefined(name='lost') if l_2_lost is missing else l_2_lost)), '，')
                    _loop_vars['goal'] = l_2_goal
            l_2_ordinal = (t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)) >= 2)
            _loop_vars['ordinal'] = l_2_ordinal
            if (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal):
                pass
                if not isinstance(l_1_style, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_style['n'] = (environment.getattr((undefined(name='style') if l_1_style is missing else l_1_style), 'n') + 1)
            t_39.extend((
                '\n## ',
                str((undefined(name='heading') if l_2_heading is missing else l_2_heading)),
                '\n',
            ))
            l_2_lm = environment.call(context, (undefined(name='landmark') if l_2_landmark is missing else l_2_landmark), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars)
            _loop_vars['lm'] = l_2_lm
            if (undefined(name='lm') if l_2_lm is missing else l_2_lm):
                pass
                t_39.append(
                    str(environment.call(context, (undefined(name='keep') if l_2_keep is missing else l_2_keep), (undefined(name='lm') if l_2_lm is missing else l_2_lm), _loop_vars=_loop_vars)),
                )
            l_2_problem_first = (undefined(name='open') if l_2_open is missing else l_2_open)
            _loop_vars['problem_first'] = l_2_problem_first
            if (t_3((undefined(name='open') if l_2_open is missing else l_2_open)) > 1):
                pass
                l_2_oaims = []
                _loop_vars['oaims'] = l_2_oaims
                for l_3_p in (undefined(name='open') if l_2_open is missing else l_2_open):
                    l_3__ = resolve('_')
                    _loop_vars = {}
                    pass
                    if environment.call(context, (undefined(name='aim_of') if l_2_aim_of is missing else l_2_aim_of), l_3_p, _loop_vars=_loop_vars):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='oaims') if l_2_oaims is missing else l_2_oaims), 'append'), environment.call(context, (undefined(name='aim_of') if l_2_aim_of is missing else l_2_aim_of), l_3_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_p = l_3__ = missing
                l_2_problem_lead = (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要着力', t_2(context.eval_ctx, (undefined(name='oaims') if l_2_oaims is missing else l_2_oaims), '，'), '。', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '的一个重点，是', t_2(context.eval_ctx, (undefined(name='oaims') if l_2_oaims is missing else l_2_oaims), '，'), '。', )), _loop_vars=_loop_vars) if ((undefined(name='oaims') if l_2_oaims is missing else l_2_oaims) and (not environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'taken_up'))) else '')
                _loop_vars['problem_lead'] = l_2_problem_lead
            elif (undefined(name='open') if l_2_open is missing else l_2_open):
                pass
                l_2_oaim = environment.call(context, (undefined(name='aim_of') if l_2_aim_of is missing else l_2_aim_of), environment.getitem((undefined(name='open') if l_2_open is missing else l_2_open), 0), _loop_vars=_loop_vars)
                _loop_vars['oaim'] = l_2_oaim
                l_2_problem_lead = (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要着力', (undefined(name='oaim') if l_2_oaim is missing else l_2_oaim), '。', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '的一个重点，是', (undefined(name='oaim') if l_2_oaim is missing else l_2_oaim), '。', )), _loop_vars=_loop_vars) if ((undefined(name='oaim') if l_2_oaim is missing else l_2_oaim) and (not environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'taken_up'))) else '')
                _loop_vars['problem_lead'] = l_2_problem_lead
            else:
                pass
                l_2_problem_lead = ''
                _loop_vars['problem_lead'] = l_2_problem_lead
            l_2_sk = (environment.call(context, (undefined(name='stake') if l_2_stake is missing else l_2_stake), environment.getitem((undefined(name='open') if l_2_open is missing else l_2_open), 0), _loop_vars=_loop_vars) if (undefined(name='problem_lead') if l_2_problem_lead is missing else l_2_problem_lead) else '')
            _loop_vars['sk'] = l_2_sk
            l_2_problem_lead = str_join(((undefined(name='problem_lead') if l_2_problem_lead is missing else l_2_problem_lead), (undefined(name='sk') if l_2_sk is missing else l_2_sk), ))
            _loop_vars['problem_lead'] = l_2_problem_lead
            l_2_near = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False, _loop_vars=_loop_vars)
            _loop_vars['near'] = l_2_near
            for (l_3_p, l_3_s, l_3_on_item) in (undefined(name='solved') if l_2_solved is missing else l_2_solved):
                _loop_vars = {}
                pass
                if l_3_on_item:
                    pass
                    if not isinstance(l_2_near, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_2_near['v'] = True
            l_3_p = l_3_s = l_3_on_item = missing
            l_2_solved_first = (undefined(name='solved') if l_2_solved is missing else l_2_solved)
            _loop_vars['solved_first'] = l_2_solved_first
            l_2_front = []
            _loop_vars['front'] = l_2_front
            for (l_3_p, l_3_s, l_3_on_item) in (undefined(name='solved') if l_2_solved is missing else l_2_solved):
                l_3__ = resolve('_')
                _loop_vars = {}
                pass
                if ((l_3_s not in environment.call(context, environment.getattr((undefined(name='under') if l_2_under is missing else l_2_under), 'values'), _loop_vars=_loop_vars)) and (l_3_s not in (undefined(name='added_to') if l_2_added_to is missing else l_2_added_to))):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='front') if l_2_front is missing else l_2_front), 'append'), l_3_s, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_p = l_3_s = l_3_on_item = l_3__ = missing
            if ((undefined(name='solved_first') if l_2_solved_first is missing else l_2_solved_first) and (undefined(name='front') if l_2_front is missing else l_2_front)):
                pass
                l_3_loop = missing
                for l_3_s, l_3_loop in LoopContext((undefined(name='front') if l_2_front is missing else l_2_front), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_3_loop, 'first')):
                        pass
                        t_39.append(
                            '¶',
                        )
                    t_39.append(
                        str(l_3_s),
                    )
                l_3_loop = l_3_s = missing
                t_39.append(
                    '¶',
                )
            if (undefined(name='problem_first') if l_2_problem_first is missing else l_2_problem_first):
                pass
                t_39.append(
                    str((undefined(name='problem_lead') if l_2_problem_lead is missing else l_2_problem_lead)),
                )
                if (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                    pass
                    for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'):
                        _loop_vars = {}
                        pass
                        t_39.append(
                            str(l_3_s),
                        )
                    l_3_s = missing
                if (((undefined(name='sk') if l_2_sk is missing else l_2_sk) or ((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs) and environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'))) and ((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs) or (undefined(name='goal') if l_2_goal is missing else l_2_goal))):
                    pass
                    t_39.append(
                        '¶',
                    )
                if (undefined(name='goal') if l_2_goal is missing else l_2_goal):
                    pass
                    t_39.extend((
                        str((environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['', '年内，'], _loop_vars=_loop_vars), 0) if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review') else '')),
                        str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                        '。',
                    ))
                if (not (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)):
                    pass
                    for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'):
                        _loop_vars = {}
                        pass
                        t_39.append(
                            str(l_3_s),
                        )
                    l_3_s = missing
            elif ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'target'):
                pass
                l_2_goal_shape = (environment.getitem(environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'shapes'), (environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'n') % 3)) if ((undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal) and (undefined(name='goal') if l_2_goal is missing else l_2_goal)) else 'first')
                _loop_vars['goal_shape'] = l_2_goal_shape
                if not isinstance(l_1_goal_turn, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_goal_turn['n'] = (environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'n') + (1 if (undefined(name='goal') if l_2_goal is missing else l_2_goal) else 0))
                if (((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) == 'last') and (not environment.call(context, (undefined(name='last_bears') if l_2_last_bears is missing else l_2_last_bears), (undefined(name='goal') if l_2_goal is missing else l_2_goal), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars))):
                    pass
                    l_2_goal_shape = 'first'
                    _loop_vars['goal_shape'] = l_2_goal_shape
                if ((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) != 'last'):
                    pass
                    t_39.extend((
                        str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (['', '年内，', '今年，', '今年的目标是：'] if ((undefined(name='now') if l_1_now is missing else l_1_now) == '今年') else (['', '到年底，'] if (undefined(name='late') if l_1_late is missing else l_1_late) else ['', '到年底，', '下半年，'])), _loop_vars=_loop_vars), 0)),
                        str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                        '。',
                    ))
            else:
                pass
                if (not (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') or environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'))):
                    pass
                    t_39.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *environment.call(context, (undefined(name='unsaid_by') if l_2_unsaid_by is missing else l_2_unsaid_by), environment.call(context, environment.getattr((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'get'), environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key'), environment.getitem((undefined(name='TASK_WORDING') if l_2_TASK_WORDING is missing else l_2_TASK_WORDING), 'general'), _loop_vars=_loop_vars), (undefined(name='ar') if l_2_ar is missing else l_2_ar), (undefined(name='kind') if l_1_kind is missing else l_1_kind), _loop_vars=_loop_vars))),
                    )
                if (undefined(name='goal') if l_2_goal is missing else l_2_goal):
                    pass
                    l_2_goal_shape = (environment.getitem(environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'shapes'), (environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'n') % 3)) if (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal) else 'first')
                    _loop_vars['goal_shape'] = l_2_goal_shape
                    if not isinstance(l_1_goal_turn, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_goal_turn['n'] = (environment.getattr((undefined(name='goal_turn') if l_1_goal_turn is missing else l_1_goal_turn), 'n') + 1)
                if (((undefined(name='goal') if l_2_goal is missing else l_2_goal) and ((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) == 'last')) and (not environment.call(context, (undefined(name='last_bears') if l_2_last_bears is missing else l_2_last_bears), (undefined(name='goal') if l_2_goal is missing else l_2_goal), environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), _loop_vars=_loop_vars))):
                    pass
                    l_2_goal_shape = 'first'
                    _loop_vars['goal_shape'] = l_2_goal_shape
                if ((undefined(name='goal') if l_2_goal is missing else l_2_goal) and ((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) != 'last')):
                    pass
                    t_39.extend((
                        str((environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['', '年内，'], _loop_vars=_loop_vars), 0) if (((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review') and (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') or environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets'))) else '')),
                        str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                        '。',
                    ))
            if ((((not (undefined(name='problem_first') if l_2_problem_first is missing else l_2_problem_first)) and environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers')) and (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)) and (not environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'answers'))):
                pass
                for l_3_s in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'):
                    _loop_vars = {}
                    pass
                    t_39.append(
                        str(l_3_s),
                    )
                l_3_s = missing
                t_39.append(
                    '¶',
                )
            if (undefined(name='lead_runs') if l_2_lead_runs is missing else l_2_lead_runs):
                pass
                l_2_lead_named = []
                _loop_vars['lead_named'] = l_2_lead_named
                l_2_lead_targets = []
                _loop_vars['lead_targets'] = l_2_lead_targets
                for l_3_r in (undefined(name='lead_runs') if l_2_lead_runs is missing else l_2_lead_runs):
                    _loop_vars = {}
                    pass
                    for l_4_x in environment.getattr(l_3_r, 'named'):
                        l_4__ = missing
                        _loop_vars = {}
                        pass
                        l_4__ = environment.call(context, environment.getattr((undefined(name='lead_named') if l_2_lead_named is missing else l_2_lead_named), 'append'), l_4_x, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                    l_4_x = l_4__ = missing
                    for l_4_x in environment.getattr(l_3_r, 'targets'):
                        l_4__ = missing
                        _loop_vars = {}
                        pass
                        l_4__ = environment.call(context, environment.getattr((undefined(name='lead_targets') if l_2_lead_targets is missing else l_2_lead_targets), 'append'), l_4_x, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                    l_4_x = l_4__ = missing
                l_3_r = missing
                t_39.extend((
                    str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), [str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要', )), '要着力'], _loop_vars=_loop_vars), 0)),
                    str(environment.call(context, (undefined(name='measures') if l_2_measures is missing else l_2_measures), (undefined(name='lead_named') if l_2_lead_named is missing else l_2_lead_named), _loop_vars=_loop_vars)),
                    str((str_join(('，', t_2(context.eval_ctx, (undefined(name='lead_targets') if l_2_lead_targets is missing else l_2_lead_targets), '，'), )) if ((undefined(name='with_targets') if l_2_with_targets is missing else l_2_with_targets) and (undefined(name='lead_targets') if l_2_lead_targets is missing else l_2_lead_targets)) else '')),
                    '。',
                ))
                for l_3_r in (undefined(name='lead_runs') if l_2_lead_runs is missing else l_2_lead_runs):
                    _loop_vars = {}
                    pass
                    for l_4_x in environment.getattr(l_3_r, 'named'):
                        _loop_vars = {}
                        pass
                        if (l_4_x in (undefined(name='under') if l_2_under is missing else l_2_under)):
                            pass
                            t_39.append(
                                str(environment.getitem((undefined(name='under') if l_2_under is missing else l_2_under), l_4_x)),
                            )
                    l_4_x = missing
                    for l_4_s in environment.getattr(l_3_r, 'measures'):
                        _loop_vars = {}
                        pass
                        t_39.append(
                            str(l_4_s),
                        )
                    l_4_s = missing
                l_3_r = missing
                if (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                    pass
                    t_39.append(
                        '¶',
                    )
            if (((((undefined(name='goal') if l_2_goal is missing else l_2_goal) and ((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) == 'lean')) and (not (undefined(name='problem_first') if l_2_problem_first is missing else l_2_problem_first))) and (not (undefined(name='lead_runs') if l_2_lead_runs is missing else l_2_lead_runs))) and (not environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'))):
                pass
                t_39.extend((
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('围绕这个目标，重点抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)), _loop_vars=_loop_vars), '件事。', )), str_join(('围绕这个目标，', (undefined(name='now') if l_1_now is missing else l_1_now), '要抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)), _loop_vars=_loop_vars), '件事。', )), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif ((t_3(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) >= 3) and (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal)):
                pass
                t_39.append(
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('重点抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)), _loop_vars=_loop_vars), '件事。', )), str_join((('' if (undefined(name='late') if l_1_late is missing else l_1_late) else (undefined(name='now') if l_1_now is missing else l_1_now)), '要重点抓好', environment.call(context, (undefined(name='many') if l_2_many is missing else l_2_many), t_3((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs)), _loop_vars=_loop_vars), '件事。', )), _loop_vars=_loop_vars)),
                )
            l_3_loop = missing
            for l_3_r, l_3_loop in LoopContext((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs), undefined):
                l_3_nth = resolve('nth')
                l_3_m = missing
                _loop_vars = {}
                pass
                l_3_m = str_join((environment.call(context, (undefined(name='measures') if l_2_measures is missing else l_2_measures), environment.getattr(l_3_r, 'named'), _loop_vars=_loop_vars), (str_join(('，', t_2(context.eval_ctx, environment.getattr(l_3_r, 'targets'), '，'), )) if ((undefined(name='with_targets') if l_2_with_targets is missing else l_2_with_targets) and environment.getattr(l_3_r, 'targets')) else ''), ))
                _loop_vars['m'] = l_3_m
                if ((not environment.getattr(l_3_loop, 'first')) and ((environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'measures') or (environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'item') in (undefined(name='under') if l_2_under is missing else l_2_under))) or (((environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'item') in environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items')) and (not environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'measures'))) and (t_3(environment.getattr(environment.getattr(l_3_loop, 'previtem'), 'named')) == 1)))):
                    pass
                    t_39.append(
                        '¶',
                    )
                elif ((environment.getattr(l_3_loop, 'first') and (not (environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items') or environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'targets')))) and (environment.getattr(l_3_loop, 'length') > 1)):
                    pass
                    t_39.append(
                        '¶',
                    )
                if (environment.getattr(l_3_loop, 'length') == 1):
                    pass
                    t_39.extend((
                        str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['重点是', str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '的重点是', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要着力', )), str_join(((undefined(name='now') if l_1_now is missing else l_1_now), '要重点', ))], _loop_vars=_loop_vars), 0)),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                elif (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal):
                    pass
                    t_39.extend((
                        str(environment.call(context, (undefined(name='nth') if l_3_nth is missing else l_3_nth), environment.getattr(l_3_loop, 'index'), _loop_vars=_loop_vars)),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                else:
                    pass
                    t_39.extend((
                        str(('首先，要' if environment.getattr(l_3_loop, 'first') else ('最后，要' if (environment.getattr(l_3_loop, 'last') and (environment.getattr(l_3_loop, 'length') > 2)) else environment.getitem(['其次，要', '再次，要'], t_7(environment, [(environment.getattr(l_3_loop, 'index0') - 1), 1]))))),
                        str((undefined(name='m') if l_3_m is missing else l_3_m)),
                        '。\n',
                    ))
                for l_4_x in environment.getattr(l_3_r, 'named'):
                    _loop_vars = {}
                    pass
                    if (l_4_x in (undefined(name='under') if l_2_under is missing else l_2_under)):
                        pass
                        t_39.append(
                            str(environment.getitem((undefined(name='under') if l_2_under is missing else l_2_under), l_4_x)),
                        )
                l_4_x = missing
                l_4_loop = missing
                for l_4_s, l_4_loop in LoopContext(environment.getattr(l_3_r, 'measures'), undefined):
                    _loop_vars = {}
                    pass
                    if ((environment.getattr(l_4_loop, 'index0') in environment.getattr(l_3_r, 'breaks')) and (not (undefined(name='ordinal') if l_2_ordinal is missing else l_2_ordinal))):
                        pass
                        t_39.append(
                            '¶',
                        )
                    t_39.append(
                        str(l_4_s),
                    )
                l_4_loop = l_4_s = missing
            l_3_loop = l_3_r = l_3_m = l_3_nth = missing
            if (undefined(name='bare') if l_2_bare is missing else l_2_bare):
                pass
                t_39.extend((
                    '¶',
                    str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['此外，还要', '同时，还要'], _loop_vars=_loop_vars), 0)),
                    str(t_2(context.eval_ctx, (undefined(name='bare') if l_2_bare is missing else l_2_bare), '，')),
                    '。',
                ))
            if (environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest') and ((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs) or environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'))):
                pass
                t_39.append(
                    '¶\n',
                )
            l_3_loop = missing
            for l_3_s, l_3_loop in LoopContext(environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest'), undefined):
                l_3_facet_of = resolve('facet_of')
                l_3__ = resolve('_')
                l_3_j = missing
                _loop_vars = {}
                pass
                l_3_j = (environment.call(context, (undefined(name='facet_of') if l_3_facet_of is missing else l_3_facet_of), l_3_s, t_4(context.eval_ctx, t_5(context, l_1_kept, 'first')), _loop_vars=_loop_vars) if l_1_kept else -1)
                _loop_vars['j'] = l_3_j
                if ((undefined(name='j') if l_3_j is missing else l_3_j) >= 0):
                    pass
                    l_3__ = environment.call(context, environment.getattr(environment.call(context, environment.getattr(l_1_moved, 'setdefault'), (undefined(name='j') if l_3_j is missing else l_3_j), [], _loop_vars=_loop_vars), 'append'), l_3_s, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
                else:
                    pass
                    if (environment.getattr(l_3_loop, 'index0') in environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest_breaks')):
                        pass
                        t_39.append(
                            '¶',
                        )
                    t_39.append(
                        str(l_3_s),
                    )
            l_3_loop = l_3_s = l_3_facet_of = l_3_j = l_3__ = missing
            if (((undefined(name='goal') if l_2_goal is missing else l_2_goal) and ((undefined(name='goal_shape') if l_2_goal_shape is missing else l_2_goal_shape) == 'last')) and (not (undefined(name='problem_first') if l_2_problem_first is missing else l_2_problem_first))):
                pass
                t_39.extend((
                    str(environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['通过这些工作，', '通过这几方面的工作，'], _loop_vars=_loop_vars), 0)),
                    str((undefined(name='goal') if l_2_goal is missing else l_2_goal)),
                    '。',
                ))
            l_2_told = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=(t_3(environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest')) + t_3(environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'))), _loop_vars=_loop_vars)
            _loop_vars['told'] = l_2_told
            for l_3_r in (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                _loop_vars = {}
                pass
                if not isinstance(l_2_told, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_2_told['n'] = (environment.getattr((undefined(name='told') if l_2_told is missing else l_2_told), 'n') + t_3(environment.getattr(l_3_r, 'measures')))
            l_3_r = missing
            l_2_told_len = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=((t_3(t_2(context.eval_ctx, environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'items'), '')) + t_3(t_2(context.eval_ctx, environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest'), ''))) + t_3(t_2(context.eval_ctx, environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'), ''))), _loop_vars=_loop_vars)
            _loop_vars['told_len'] = l_2_told_len
            for l_3_r in (undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs):
                _loop_vars = {}
                pass
                if not isinstance(l_2_told_len, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_2_told_len['n'] = (environment.getattr((undefined(name='told_len') if l_2_told_len is missing else l_2_told_len), 'n') + t_3(t_2(context.eval_ctx, environment.getattr(l_3_r, 'measures'), '')))
            l_3_r = missing
            if (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') and (environment.getattr((undefined(name='caught') if l_1_caught is missing else l_1_caught), 'n') < 1)) and (not environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'answers'))) and ((environment.getattr((undefined(name='told') if l_2_told is missing else l_2_told), 'n') < 2) or (environment.getattr((undefined(name='told_len') if l_2_told_len is missing else l_2_told_len), 'n') < (environment.getattr(l_2_tp, 'budget') * 0.9)))):
                pass
                t_39.extend((
                    '¶',
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), t_10(context.eval_ctx, t_10(context.eval_ctx, environment.getitem((undefined(name='catch_up') if l_1_catch_up is missing else l_1_catch_up), environment.getattr((undefined(name='caught') if l_1_caught is missing else l_1_caught), 'n')), '{t}', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name')), '{b}', (environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau') if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') else (environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'government') if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'township') else ('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau'), 'endswith'), '委', _loop_vars=_loop_vars) else '局里')))), _loop_vars=_loop_vars)),
                ))
                if not isinstance(l_1_caught, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_caught['n'] = (environment.getattr((undefined(name='caught') if l_1_caught is missing else l_1_caught), 'n') + 1)
            if ((undefined(name='owners') if l_1_owners is missing else l_1_owners) and environment.getattr(l_2_loop, 'first')):
                pass
                if ((undefined(name='all_runs') if l_2_all_runs is missing else l_2_all_runs) or environment.getattr((undefined(name='ar') if l_2_ar is missing else l_2_ar), 'rest')):
                    pass
                    t_39.append(
                        '¶',
                    )
                t_39.append(
                    str(t_10(context.eval_ctx, t_10(context.eval_ctx, environment.getitem((undefined(name='owners') if l_1_owners is missing else l_1_owners), 0), '{b}', (str_join((environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau')[:1], '爱卫会', )) if ((environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key') == 'patriotic_health') and environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau')) else (str_join((environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau')[:1], '医改办', )) if ((environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'key') == 'medical_reform') and environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau')) else environment.getattr((undefined(name='b') if l_2_b is missing else l_2_b), 'bureau')))), '{t}', environment.getattr(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'topic'), 'name'))),
                )
        l_2_loop = l_2_tp = l_2_t = l_2_shape = l_2_goal_shape = l_2_TASK_HEADINGS = l_2_heads = l_2_fit = l_2_b = l_2_on_field = l_2_items_heading = l_2_vary = l_2_heading = l_2_twins = l_2_topic_only = l_2_heading_within = l_2_pheads = l_2_named = l_2_framing = l_2_TASK_WORDING = l_2_answer = l_2_solved = l_2_solved_ps = l_2_open = l_2_serve = l_2_TASK_MORE = l_2_ar = l_2_goal = l_2_with_targets = l_2_all_runs = l_2_fed = l_2_under = l_2_bare = l_2_added_to = l_2_kept_runs = l_2_own_n = l_2_open_kept = l_2_delivered = l_2_joined = l_2_lead_runs = l_2_placed = l_2_lost = l_2_ordinal = l_2_landmark = l_2_lm = l_2_keep = l_2_problem_first = l_2_oaims = l_2_problem_lead = l_2_aim_of = l_2_oaim = l_2_stake = l_2_sk = l_2_near = l_2_solved_first = l_2_front = l_2_last_bears = l_2_unsaid_by = l_2_lead_named = l_2_lead_targets = l_2_measures = l_2_many = l_2_told = l_2_told_len = missing
        return concat(t_39)
    context.exported_vars.add('task_areas')
    context.vars['task_areas'] = l_0_task_areas = Macro(environment, macro, 'task_areas', ('per_topic', 'kept', 'moved'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_kept, l_1_moved):
        t_40 = []
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
            l_2_dealt = resolve('dealt')
            l_2_head = missing
            _loop_vars = {}
            pass
            l_2_head = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), t_10(context.eval_ctx, environment.getitem(l_2_f, 0), '{t}', environment.getattr(l_1_t, 'name')), _loop_vars=_loop_vars)
            _loop_vars['head'] = l_2_head
            if (undefined(name='head') if l_2_head is missing else l_2_head):
                pass
                t_40.extend((
                    '\n## ',
                    str((undefined(name='head') if l_2_head is missing else l_2_head)),
                    '\n',
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), t_10(context.eval_ctx, environment.getitem(l_2_f, 1), '{t}', environment.getattr(l_1_t, 'name')), _loop_vars=_loop_vars)),
                    str(environment.call(context, (undefined(name='topped') if l_0_topped is missing else l_0_topped), 'task', 'facet', (2 + ((undefined(name='fill') if l_2_fill is missing else l_2_fill) // 3)), environment.call(context, (undefined(name='dealt') if l_2_dealt is missing else l_2_dealt), t_4(context.eval_ctx, t_5(context, l_2_f[2:], 'replace', '{t}', environment.getattr(l_1_t, 'name'))), environment.getitem(l_2_f, 0), _loop_vars=_loop_vars), topic=l_1_t, specific_only=True, _loop_vars=_loop_vars)),
                ))
                for l_3_s in environment.call(context, environment.getattr(l_1_moved, 'get'), environment.getattr(l_2_loop, 'index0'), [], _loop_vars=_loop_vars)[:4]:
                    _loop_vars = {}
                    pass
                    t_40.append(
                        str(l_3_s),
                    )
                l_3_s = missing
        l_2_loop = l_2_f = l_2_vary = l_2_head = l_2_fill = l_2_dealt = missing
        return concat(t_40)
    context.exported_vars.add('facets')
    context.vars['facets'] = l_0_facets = Macro(environment, macro, 'facets', ('t', 'kept', 'moved'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_roles):
        t_41 = []
        l_1_plan = resolve('plan')
        l_1_kind = resolve('kind')
        l_1_b = resolve('b')
        l_1_township = resolve('township')
        l_1_task_subjects = resolve('task_subjects')
        l_1_local_units = resolve('local_units')
        l_1_namespace = resolve('namespace')
        l_1_deal = resolve('deal')
        l_1_heads = l_1_gov = l_1_field = l_1_boss = l_1_names = l_1_keys = l_1_items = l_1_areas = l_1_subj = l_1_first_subj = l_1_heads_of = l_1_money = l_1_staff = l_1_builds = l_1_works = l_1_y = l_1_partners = l_1_depts = l_1_places = l_1_ref = l_1_several = l_1_alts = l_1_more = l_1_dw = l_1_why = l_1_made = l_1_used_heads = l_1_kept = l_1_left = l_1_why_role = missing
        if l_1_roles is missing:
            l_1_roles = undefined("parameter 'roles' was not provided", name='roles')
        pass
        l_1_heads = {'leadership': ['加强组织领导', '压实工作责任', '强化责任担当', '落实领导责任', '扛牢主体责任', '层层压实责任', '明确责任分工', '压实领导责任'], 'supervision': ['强化督查考核', '严格督导问效', '健全考核评价机制', '抓实督查问效', '严格考核奖惩', '抓好跟踪问效', '加强督促检查', '用好考核评价'], 'style': ['切实转变作风', '大力改进作风', '锤炼过硬作风', '改进工作作风', '树立实干导向', '大兴务实之风', '以优良作风抓落实', '弘扬实干作风'], 'integrity': ['严守纪律规矩', '筑牢廉洁防线', '持续正风肃纪', '从严正风肃纪', '守牢廉洁底线', '加强行风建设', '严明纪律要求'], 'coordination': ['强化协作配合', '形成工作合力', '加强统筹协调', '凝聚部门合力', '推动协同联动', '加强部门协作', '健全协调机制'], 'publicity': ['加强宣传引导', '营造良好氛围', '做好宣传动员', '强化舆论引导', '广泛宣传发动', '做好政策解读', '凝聚社会共识'], 'funding': ['加大投入保障', '强化要素保障', '落实经费保障', '保障资金投入', '强化投入支撑', '落实投入责任', '管好用好资金'], 'talent': ['强化人才支撑', '用好用活人才', '激发队伍活力', '关心关爱人才', '建强人才队伍', '加强队伍建设', '关心爱护医务人员']}
        l_1_gov = (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') in ('government', 'township'))
        l_1_field = (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'))
        l_1_boss = (str_join(((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') if (undefined(name='township') if l_1_township is missing else l_1_township) else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')[:1]), '爱卫会', )) if ((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') == 'patriotic_health')) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')) else (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')[:1], '医改办', )) if (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') == 'medical_reform')) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')) and (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government')) else (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government') if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'township') and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'))))
        l_1_names = []
        l_1_keys = []
        l_1_items = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key') not in (undefined(name='keys') if l_1_keys is missing else l_1_keys)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='keys') if l_1_keys is missing else l_1_keys), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'key'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                l_2__ = environment.call(context, environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'name'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            for l_3_it in environment.getattr(environment.getattr(l_2_tp, 'view'), 'items'):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                l_3__ = environment.call(context, environment.getattr((undefined(name='items') if l_1_items is missing else l_1_items), 'append'), l_3_it, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_it = l_3__ = missing
        l_2_tp = l_2__ = missing
        l_1_areas = (str_join((t_2(context.eval_ctx, (undefined(name='names') if l_1_names is missing else l_1_names)[:3], '、'), ('等' if (t_3((undefined(name='names') if l_1_names is missing else l_1_names)) > 1) else ''), )) if (undefined(name='names') if l_1_names is missing else l_1_names) else (undefined(name='field') if l_1_field is missing else l_1_field))
        l_1_subj = environment.call(context, (undefined(name='task_subjects') if l_1_task_subjects is missing else l_1_task_subjects), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'))
        l_1_first_subj = (str_join((environment.getitem((undefined(name='subj') if l_1_subj is missing else l_1_subj), 0), '等', )) if (t_3((undefined(name='subj') if l_1_subj is missing else l_1_subj)) > 1) else (environment.getitem((undefined(name='subj') if l_1_subj is missing else l_1_subj), 0) if (undefined(name='subj') if l_1_subj is missing else l_1_subj) else ''))
        l_1_heads_of = []
        for l_2_p in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
            l_2_problem_name = resolve('problem_name')
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = environment.call(context, environment.getattr((undefined(name='heads_of') if l_1_heads_of is missing else l_1_heads_of), 'append'), environment.call(context, (undefined(name='problem_name') if l_2_problem_name is missing else l_2_problem_name), l_2_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_p = l_2_problem_name = l_2__ = missing
        l_1_money = []
        l_1_staff = []
        l_1_builds = []
        for l_2_p in (undefined(name='heads_of') if l_1_heads_of is missing else l_1_heads_of):
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if t_4(context.eval_ctx, t_12(context, ['设施', '设备', '投入', '经费', '资金', '陈旧', '用房', '欠账'], 'in', l_2_p)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='money') if l_1_money is missing else l_1_money), 'append'), l_2_p, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            if t_4(context.eval_ctx, t_12(context, ['人才', '人员', '队伍', '村医', '医生', '编制', '留不住', '流失'], 'in', l_2_p)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='staff') if l_1_staff is missing else l_1_staff), 'append'), l_2_p, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_p = l_2__ = missing
        l_1_works = []
        for l_2_it in (undefined(name='items') if l_1_items is missing else l_1_items):
            l_2_subject_of_item = resolve('subject_of_item')
            l_2__ = resolve('_')
            l_2_w = missing
            _loop_vars = {}
            pass
            l_2_w = environment.call(context, (undefined(name='subject_of_item') if l_2_subject_of_item is missing else l_2_subject_of_item), l_2_it, _loop_vars=_loop_vars)
            _loop_vars['w'] = l_2_w
            if (((undefined(name='w') if l_2_w is missing else l_2_w) and ((undefined(name='w') if l_2_w is missing else l_2_w) not in (undefined(name='builds') if l_1_builds is missing else l_1_builds))) and t_4(context.eval_ctx, t_12(context, ['工程', '项目', '改造', '标准化', '补助', '平台', '实验室', '新建', '扩建', '基础设施', '社区医院', '中医馆', '卫生室', '中心建设', '医院建设'], 'in', l_2_it))):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='builds') if l_1_builds is missing else l_1_builds), 'append'), (undefined(name='w') if l_2_w is missing else l_2_w), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                if t_4(context.eval_ctx, t_12(context, ['改造', '标准化', '新建', '扩建', '基础设施', '社区医院', '中医馆', '卫生室', '中心建设', '医院建设', '实验室'], 'in', l_2_it)):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='works') if l_1_works is missing else l_1_works), 'append'), (undefined(name='w') if l_2_w is missing else l_2_w), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
        l_2_it = l_2_subject_of_item = l_2_w = l_2__ = missing
        l_1_y = environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year')
        l_1_partners = {'medical_reform': (['医保', '财政', '发改'] if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else ['发改', '财政', '人社']), 'primary_care': ['编办', '人社', '财政'], 'workforce': ['编办', '人社', '教育'], 'maternal_child': ['妇联', '财政', '民政'], 'population_family': ['民政', '教育', '发改'], 'public_health': ['教育', '财政', ('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管')], 'disease_control': ['教育', '公安', ('农业农村' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '农业'), ('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管')], 'patriotic_health': ['住建', ('城市管理' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '城管'), ('农业农村' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '农业'), ('生态环境' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '环保')], 'elderly_health': ['民政', ('医保' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '人社'), '残联'], 'tcm': ['发改', '财政', ('医保' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '人社')], 'medical_services': [('医保' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '人社'), '公安', ('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管')], 'health_promotion': ['教育', '宣传', '体育'], 'emergency': [('应急管理' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '安监'), '公安', '交通运输'], 'regulation': [('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管'), '公安', ('医保' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '人社')], 'informatization': ['发改', '财政', '工信'], 'health_poverty': (['民政', '财政', '医保'] if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else ['民政', '财政', '扶贫'])}
        l_1_depts = []
        for l_2_key in (undefined(name='keys') if l_1_keys is missing else l_1_keys):
            _loop_vars = {}
            pass
            for l_3_d in environment.call(context, environment.getattr((undefined(name='partners') if l_1_partners is missing else l_1_partners), 'get'), l_2_key, [], _loop_vars=_loop_vars):
                l_3__ = resolve('_')
                _loop_vars = {}
                pass
                if ((l_3_d not in (undefined(name='depts') if l_1_depts is missing else l_1_depts)) and (t_3((undefined(name='depts') if l_1_depts is missing else l_1_depts)) < 4)):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='depts') if l_1_depts is missing else l_1_depts), 'append'), l_3_d, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_d = l_3__ = missing
        l_2_key = missing
        l_1_depts = ((undefined(name='depts') if l_1_depts is missing else l_1_depts) if (undefined(name='depts') if l_1_depts is missing else l_1_depts) else (['编办', '人社', '财政', '医保'] if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else ['编办', '人社', '财政']))
        l_1_places = (environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') if (environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') and (not (undefined(name='township') if l_1_township is missing else l_1_township))) else '')
        l_1_ref = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0)
        l_1_several = ((t_3((undefined(name='names') if l_1_names is missing else l_1_names)) > 1) or (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks') and (t_3(environment.getattr(environment.getattr(environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'), 0), 'view'), 'items')) > 1)))
        l_1_alts = (environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['各项重点任务', '各项任务']) if (undefined(name='several') if l_1_several is missing else l_1_several) else ['这项任务', str_join(((environment.getitem((undefined(name='names') if l_1_names is missing else l_1_names), 0) if (undefined(name='names') if l_1_names is missing else l_1_names) else (undefined(name='field') if l_1_field is missing else l_1_field)), '任务', ))])
        l_1_more = {'leadership': ['各单位领导班子要把重点任务摆上重要议事日程，定期听取汇报、研究解决重大问题。‖各单位领导班子要定期听取汇报，遇到重大问题集体研究解决。', '各单位分管负责同志要靠前指挥，重要节点亲自盯、关键环节亲自抓。‖各单位分管负责同志要盯在一线，工作推进的情况要第一时间掌握。', '涉及几个部门的难题，牵头单位要及时提请协调，不能久拖不决。‖跨部门的难题要及时提请协调，不能久拖不决。', '主要负责同志对本单位承担的任务要心中有数，重要工作亲自部署、重大问题亲自过问，这是抓落实的第一道关口。‖抓落实首先是领导干部的责任，一把手对本单位承担的任务要心中有数，重要工作亲自部署、重大问题亲自过问。', '任务布置下去以后，牵头领导要经常过问，工作推进到哪一步、卡在哪个环节，都要及时掌握，不能一布置了之。‖牵头领导要经常过问任务进展，推进到哪一步、卡在哪个环节要及时掌握，决不能一布置了之。', '单位之间、科室之间的分工要清楚，职责交叉的事项要明确由谁牵头，避免出现几家都管、又都不管的情况。'], 'supervision': ['要把日常督查和专项督查结合起来，发现的问题限期整改、跟踪复查。‖日常督查和专项督查要结合起来，发现的问题限期整改、跟踪复查。', '考核要奖优罚劣，对工作成绩突出的单位和个人予以表彰，对工作落后的单位通报批评。‖考核结果要用起来，奖优罚劣、激励先进。', '对群众反映强烈的问题，要跟踪督办、一督到底。‖群众反映集中的问题，要挂牌督办、跟踪到底。', '考核要突出重点任务和群众感受，指标少而精，防止以填表代替工作、以材料代替实绩。‖考核指标要少而精，突出重点任务和群众感受，不能以填表代替工作、以材料代替实绩。', '对屡查屡犯、整改不力的，要严肃追究有关单位和人员的责任，并在一定范围内通报。‖同一个问题反复出现、整改一拖再拖的，要点名通报，追究有关单位和人员的责任。', '督查要多用暗访和随机抽查，看实情、听实话。'], 'coordination': [(str_join(((undefined(name='boss') if l_1_boss is missing else l_1_boss), '要发挥统筹协调作用，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')[:1], '爱卫办要定期召集成员单位通报情况、研究解决难题。‖', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '成员单位要各负其责，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')[:1], '爱卫办要定期通报情况、协调解决难题。', )) if ('爱卫会' in (undefined(name='boss') if l_1_boss is missing else l_1_boss)) else '要建立部门会商机制，定期通报情况、协调解决难题。‖部门之间要定期会商，通报情况、协调难题。'), '牵头单位要主动协调，配合单位要积极支持，决不能推诿扯皮。‖牵头的要牵好头，配合的要配合好，不能推诿扯皮。', '涉及多个部门的事项，要加强信息沟通，工作进展和遇到的问题要及时相互通报。‖部门之间要加强信息沟通，工作进展和遇到的问题及时相互通报。', '部门之间要定期会商，议定的事项要落到具体单位，下一次会商先通报办理情况。‖部门之间要建立定期会商机制，会商定下来的事，下次会商先听办理情况。', '部门之间的情况和数据要互通共享，不能各管一段、各说各话。‖各部门掌握的情况和数据要及时互相通气，一件事不能几家各有一本账。', '牵头部门要定期召集有关部门碰头，及时协调解决推进中遇到的困难和问题。‖牵头部门要对推进中卡住的环节召集有关部门当面协调，不让问题在部门之间来回转。'], 'funding': ['项目资金要专款专用、跟踪问效，防止闲置和挪用。‖项目资金要专款专用，跟踪问效，防止闲置挪用。', '要加强资金监管，把有限的资金用在群众最需要的地方。‖资金使用要加强监管、讲求绩效，用在群众最需要的地方。', '要积极争取上级项目和资金支持，多渠道筹措资金。‖要主动对接上级部门，多争取项目和资金。', '资金拨付要跟上项目进度，该拨付的及时拨付，防止资金闲置沉淀。', '资金使用情况要开展绩效评价，评价结果作为下一年度安排资金的重要依据。‖要对资金使用开展绩效评价，把评价结果作为以后安排资金的重要依据。'], 'talent': ['对作出突出贡献的医务人员，要及时给予表彰奖励。‖对表现突出的医务人员，要及时表彰，树立鲜明导向。', '要落实好医务人员带薪休假和定期体检等制度，关心他们的身心健康。‖要关心医务人员的身心健康，落实好休假和体检制度。', '要为青年医务人员成长搭平台、压担子。‖要让青年医务人员在重要岗位上经受锻炼、加快成长。', '职称评聘、评先评优要向基层和一线倾斜，对长期扎根基层的同志在同等条件下优先考虑。', '医务人员培训要以临床实用技能为重点，分层分类组织，学用结合、讲求实效。'], 'style': ['领导干部要带头深入基层，每人联系一个基层单位，帮助解决实际困难。', '机关科室要主动为基层服务，基层反映的困难要有回音、有着落。', '要多到问题多、困难大的地方去，帮助基层把难事办成。‖哪里工作推不开、难题积得多，机关干部就要到哪里去，帮着把事办下来。'], 'integrity': [], 'publicity': ['要用好报刊、广播电视和新媒体，及时发布权威信息。‖要用好各类媒体平台，及时发布权威信息。', '要挖掘和宣传基层一线的先进典型，弘扬崇高职业精神。‖要宣传基层一线的先进典型，引导医务人员见贤思齐。', '要做好舆情监测研判，对群众关切及时回应。‖要加强舆情监测，对群众关切做到及时回应、正面发声。', '基层医务人员离群众最近，要发挥他们的作用，在日常诊疗和随访中把政策讲清楚、把知识讲明白。']}
        l_1_dw = environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department')
        l_1_why = {'leadership': ['各单位要把重点任务摆上重要议事日程，主要领导亲自抓、分管领导具体抓，一级抓一级、层层抓落实。‖有的单位工作落不下去，主要是领导重视不够、工作责任不明确，部署以后没有人具体抓，这种情况今年要坚决纠正。'], 'supervision': ['工作部署得再周密，不跟踪检查，就难免出现上热下冷、前紧后松。', '任务部署之后，检查和问效跟得上，落实才有保证。'], 'coordination': ['部门之间衔接不畅，往往是工作推不动的重要原因。‖不少工作推不动，原因往往出在部门之间的衔接上。'], 'funding': [str_join(('各项任务最终都要落到项目和资金上，各级要把资金保障作为落实任务的重要环节来抓。‖任务部署下去，资金安排也要同步跟上。‖', (str_join((environment.getitem((undefined(name='builds') if l_1_builds is missing else l_1_builds), 0), ('这样的工程，资金不到位就难以开工、难见实效。' if (environment.getitem((undefined(name='builds') if l_1_builds is missing else l_1_builds), 0) in (undefined(name='works') if l_1_works is missing else l_1_works)) else '这样的任务，资金不到位就难以落地、难见实效。'), )) if (undefined(name='builds') if l_1_builds is missing else l_1_builds) else '任务部署得再好，资金跟不上，到头来也只能停在纸面上。'), '‖', (str_join((environment.getitem((undefined(name='money') if l_1_money is missing else l_1_money), 0), '，根子上是投入跟不上。', )) if (undefined(name='money') if l_1_money is missing else l_1_money) else '不少任务需要资金支撑，资金安排要与任务相衔接。'), ))], 'talent': ['医务人员是推动各项任务落地的主体力量，调动好他们的积极性，各项工作才有底气。'], 'style': ['作风问题本质上是对群众的态度问题，作风不实，部署得再好也难以落地。'], 'integrity': ['医药卫生领域资金密集、环节多，廉政风险点也多，纪律规矩必须严之又严。', '行风建设的成效，直接影响群众对医疗卫生行业的信任。'], 'publicity': ['政策要落地见效，群众的知晓和理解是重要前提。', '很多工作需要群众的理解和参与，宣传工作要走在前面。']}
        l_1_made = []
        l_1_used_heads = []
        for l_2_role in l_1_roles:
            l_2_vary = resolve('vary')
            l_2_at = l_2_aw = l_2_pool = l_2_head = l_2__ = l_2_body = missing
            _loop_vars = {}
            pass
            l_2_at = (str_join(((undefined(name='areas') if l_1_areas is missing else l_1_areas), '任务', )) if ((environment.getattr((undefined(name='ref') if l_1_ref is missing else l_1_ref), 'n') == 0) and (t_3((undefined(name='names') if l_1_names is missing else l_1_names)) <= 1)) else environment.getitem((undefined(name='alts') if l_1_alts is missing else l_1_alts), (environment.getattr((undefined(name='ref') if l_1_ref is missing else l_1_ref), 'n') % t_3((undefined(name='alts') if l_1_alts is missing else l_1_alts)))))
            _loop_vars['at'] = l_2_at
            l_2_aw = (str_join(((undefined(name='areas') if l_1_areas is missing else l_1_areas), '工作', )) if ((environment.getattr((undefined(name='ref') if l_1_ref is missing else l_1_ref), 'n') == 0) and (t_3((undefined(name='names') if l_1_names is missing else l_1_names)) <= 1)) else environment.getitem(['各项工作', str_join((('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年'), '的重点工作', ))], (environment.getattr((undefined(name='ref') if l_1_ref is missing else l_1_ref), 'n') % 2)))
            _loop_vars['aw'] = l_2_aw
            l_2_pool = []
            _loop_vars['pool'] = l_2_pool
            for l_3_h in environment.getitem((undefined(name='heads') if l_1_heads is missing else l_1_heads), l_2_role):
                l_3__ = l_2__
                _loop_vars = {}
                pass
                if ((l_3_h[:2] not in (undefined(name='used_heads') if l_1_used_heads is missing else l_1_used_heads)) and (l_3_h[-2:] not in (undefined(name='used_heads') if l_1_used_heads is missing else l_1_used_heads))):
                    pass
                    l_3__ = environment.call(context, environment.getattr((undefined(name='pool') if l_2_pool is missing else l_2_pool), 'append'), l_3_h, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_3__
            l_3_h = l_3__ = missing
            l_2_head = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *((undefined(name='pool') if l_2_pool is missing else l_2_pool) or environment.getitem((undefined(name='heads') if l_1_heads is missing else l_1_heads), l_2_role)))
            _loop_vars['head'] = l_2_head
            l_2__ = environment.call(context, environment.getattr((undefined(name='used_heads') if l_1_used_heads is missing else l_1_used_heads), 'append'), (undefined(name='head') if l_2_head is missing else l_2_head)[:2], _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
            l_2__ = environment.call(context, environment.getattr((undefined(name='used_heads') if l_1_used_heads is missing else l_1_used_heads), 'append'), (undefined(name='head') if l_2_head is missing else l_2_head)[-2:], _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
            l_3_env_work = resolve('env_work')
            l_3_doers = resolve('doers')
            l_3_checked = resolve('checked')
            l_3_upkeep = resolve('upkeep')
            l_3_paced = resolve('paced')
            l_3_first = resolve('first')
            l_3_kept_up = resolve('kept_up')
            l_3_checker = resolve('checker')
            l_3_fw = resolve('fw')
            l_3_tnames = resolve('tnames')
            l_3_counts = resolve('counts')
            l_3_tn = resolve('tn')
            l_3_midyear_ahead = resolve('midyear_ahead')
            l_3_brief_said = resolve('brief_said')
            l_3_named = resolve('named')
            l_3_duty_lines = resolve('duty_lines')
            l_3_duties = resolve('duties')
            l_3_orders = resolve('orders')
            l_3_own_units = resolve('own_units')
            l_3_said_d = resolve('said_d')
            l_3_asks = resolve('asks')
            l_3_told = l_0_told
            l_3_by_item = resolve('by_item')
            l_3_item_duties = resolve('item_duties')
            l_3_ds_seen = resolve('ds_seen')
            l_3_ds_list = resolve('ds_list')
            l_3_ds = resolve('ds')
            l_3_subdivision_duty = resolve('subdivision_duty')
            l_3_sub_duty = resolve('sub_duty')
            l_3_budget_passed = resolve('budget_passed')
            l_3_style_first = resolve('style_first')
            l_3_fill = resolve('fill')
            t_42 = []
            pass
            if (l_2_role == 'leadership'):
                pass
                l_3_doers = ((str_join((environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'departments_word'), '和', environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions'), )) if ((undefined(name='env_work') if l_3_env_work is missing else l_3_env_work) and environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')) else t_2(context.eval_ctx, (t_4(context.eval_ctx, environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'grassroots')[:1]) + ([environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')] if environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') else [])), '和')) if (undefined(name='township') if l_1_township is missing else l_1_township) else '')
                if ((undefined(name='township') if l_1_township is missing else l_1_township) and (undefined(name='doers') if l_3_doers is missing else l_3_doers)):
                    pass
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '，', (undefined(name='doers') if l_3_doers is missing else l_3_doers), '要逐项明确责任人和完成时限，抓紧抓实、抓出成效。', )), str_join(((undefined(name='doers') if l_3_doers is missing else l_3_doers), '是', (undefined(name='at') if l_2_at is missing else l_2_at), '的具体承担者，每一项任务都要做到责任到人、时限明确。', )))),
                        '\n',
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将定期听取重点任务的进展汇报，遇到困难及时研究解决。', )), str_join(('推进中遇到的困难，', (undefined(name='doers') if l_3_doers is missing else l_3_doers), '要及时报告，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将专题研究。', ))) if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government') else cond_expr_undefined("the inline if-expression on line 1229 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                        '\n',
                    ))
                else:
                    pass
                    t_42.extend((
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '，', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '要逐项明确牵头领导、责任单位和完成时限，各责任单位主要负责同志要亲自过问。', )), str_join(('各单位主要负责同志是第一责任人，对', (undefined(name='at') if l_2_at is missing else l_2_at), '要亲自部署、亲自过问，分管同志具体抓。', )), str_join(('对', (undefined(name='at') if l_2_at is missing else l_2_at), '，每一项都要明确一位牵头领导、一个责任单位和完成时限。', )), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '要列出任务清单，逐项明确牵头单位、配合单位和完成时限，建立工作台账。', )), str_join(('对', (undefined(name='at') if l_2_at is missing else l_2_at), '，各责任单位要制定具体的推进方案，把时间节点和工作措施落实到具体科室和人员。', ))) if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((('委' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), 'endswith'), '委') else '局'), '班子成员要按分工各抓一块，', (undefined(name='at') if l_2_at is missing else l_2_at), '都要有一名班子成员牵头、一个科室负责。', )), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '，班子成员要分工负责，各责任科室和直属单位要逐项细化措施。', )), str_join(('系统各单位主要负责同志要把', (undefined(name='at') if l_2_at is missing else l_2_at), '扛在肩上，亲自抓、带头干。', ))))),
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')[:1], '爱卫办', )) if ('爱卫会' in (undefined(name='boss') if l_1_boss is missing else l_1_boss)) else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')), '要定期向', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '报告', (undefined(name='at') if l_2_at is missing else l_2_at), '进展，遇到需要协调的问题及时提出来。', )), str_join(((str_join(((undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '任务', )) if (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj) else '各项任务'), '推进中遇到的难题，', ('各责任单位' if ((undefined(name='boss') if l_1_boss is missing else l_1_boss) == environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else (undefined(name='boss') if l_1_boss is missing else l_1_boss)), '要及时报告，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将专题研究。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将定期听取', (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '重点任务的进展汇报，现场研究解决问题。', )), str_join(('涉及几个部门的事，牵头单位要主动召集会商，会商解决不了的报', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '研究。‖涉及多个部门的事项，由牵头单位召集有关部门会商，会商不能解决的，提请', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '研究决定。', ))) if ((undefined(name='gov') if l_1_gov is missing else l_1_gov) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '各科室、各直属单位要把承担的任务细化到月、落实到人。', str_join(('各直属单位要对照分工制定推进计划，报', ('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), 'endswith'), '委') else '局里'), '备案。', ))))),
                        '\n',
                    ))
            elif (l_2_role == 'supervision'):
                pass
                l_3_checked = []
                l_3_upkeep = []
                for l_4_it in (undefined(name='items') if l_1_items is missing else l_1_items):
                    l_4_subject_of_item = resolve('subject_of_item')
                    l_4_deliverable = resolve('deliverable')
                    l_4__ = l_2__
                    l_4_routine = resolve('routine')
                    l_4_w = missing
                    _loop_vars = {}
                    pass
                    l_4_w = environment.call(context, (undefined(name='subject_of_item') if l_4_subject_of_item is missing else l_4_subject_of_item), l_4_it, _loop_vars=_loop_vars)
                    _loop_vars['w'] = l_4_w
                    if ((undefined(name='w') if l_4_w is missing else l_4_w) and ((undefined(name='w') if l_4_w is missing else l_4_w) not in (undefined(name='builds') if l_1_builds is missing else l_1_builds)[:2])):
                        pass
                        if environment.call(context, (undefined(name='deliverable') if l_4_deliverable is missing else l_4_deliverable), l_4_it, _loop_vars=_loop_vars):
                            pass
                            if (t_3((undefined(name='checked') if l_3_checked is missing else l_3_checked)) < 2):
                                pass
                                l_4__ = environment.call(context, environment.getattr((undefined(name='checked') if l_3_checked is missing else l_3_checked), 'append'), (undefined(name='w') if l_4_w is missing else l_4_w), _loop_vars=_loop_vars)
                                _loop_vars['_'] = l_4__
                        elif (environment.call(context, (undefined(name='routine') if l_4_routine is missing else l_4_routine), l_4_it, _loop_vars=_loop_vars) and (t_3((undefined(name='upkeep') if l_3_upkeep is missing else l_3_upkeep)) < 2)):
                            pass
                            l_4__ = environment.call(context, environment.getattr((undefined(name='upkeep') if l_3_upkeep is missing else l_3_upkeep), 'append'), (undefined(name='w') if l_4_w is missing else l_4_w), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                l_4_it = l_4_subject_of_item = l_4_w = l_4_deliverable = l_4__ = l_4_routine = missing
                l_3_paced = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), v=False)
                for l_4_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
                    _loop_vars = {}
                    pass
                    if environment.getattr(environment.getattr(l_4_tp, 'view'), 'answers'):
                        pass
                        if not isinstance(l_3_paced, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_3_paced['v'] = True
                l_4_tp = missing
                l_3_first = t_2(context.eval_ctx, (undefined(name='checked') if l_3_checked is missing else l_3_checked), '、')
                l_3_kept_up = t_2(context.eval_ctx, (undefined(name='upkeep') if l_3_upkeep is missing else l_3_upkeep), '、')
                if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
                    pass
                    t_42.extend((
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((('哪项任务进度慢' if (undefined(name='first') if l_3_first is missing else l_3_first) else '各项任务中进度慢的'), '，就要倒排工期、挂图推进，对滞后的环节重点推进。', )), str_join(((str_join(((undefined(name='first') if l_3_first is missing else l_3_first), '等任务', )) if (undefined(name='first') if l_3_first is missing else l_3_first) else '各项任务'), '，下半年要一项一项盯住进度，落后的要说明原因、提出补救措施。', ))) if environment.getattr((undefined(name='paced') if l_3_paced is missing else l_3_paced), 'v') else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((str_join(((undefined(name='first') if l_3_first is missing else l_3_first), '等任务', )) if (undefined(name='first') if l_3_first is missing else l_3_first) else '各项任务'), '，下半年要加强调度，定期通报进度。', )), str_join((('哪项任务进度慢' if (undefined(name='first') if l_3_first is missing else l_3_first) else '各项任务中进度慢的'), '，就要倒排工期，每月通报一次。', ))))),
                        '\n',
                    ))
                    l_3_checker = (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau') if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') else (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government') if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'township') else ('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), 'endswith'), '委') else '局里')))
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('三季度末，', (undefined(name='checker') if l_3_checker is missing else l_3_checker), '要组织一次全面督查，重点看各项任务完成了多少、质量怎么样，发现的问题及时反馈、限期整改。', )), str_join(('下半年，', (undefined(name='checker') if l_3_checker is missing else l_3_checker), '要组织专项督查，对照年初目标逐项检查，督查情况在', (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope') if (undefined(name='township') if l_1_township is missing else l_1_township) else '全系统'), '通报。', )))),
                        '\n',
                    ))
                else:
                    pass
                    l_3_fw = str_join(((undefined(name='first') if l_3_first is missing else l_3_first), ('等任务' if (t_3((undefined(name='checked') if l_3_checked is missing else l_3_checked)) > 1) else '这项任务'), ))
                    if ((undefined(name='first') if l_3_first is missing else l_3_first) and (t_3((undefined(name='checked') if l_3_checked is missing else l_3_checked)) > 1)):
                        pass
                        t_42.append(
                            str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='fw') if l_3_fw is missing else l_3_fw), '要列入督查清单，逐项明确完成时限，到期检查、逐项销号。', )), str_join(((undefined(name='fw') if l_3_fw is missing else l_3_fw), '要建立工作台账，完成一项、销号一项。', )), str_join(((undefined(name='first') if l_3_first is missing else l_3_first), '这样有完成节点的任务，要倒排工期、挂图推进，到期没有完成的要说明原因。', )), str_join(((undefined(name='fw') if l_3_fw is missing else l_3_fw), '，完成时限要一项一项定下来，到期逐项检查验收。', )))),
                        )
                    elif (undefined(name='first') if l_3_first is missing else l_3_first):
                        pass
                        t_42.append(
                            str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '有完成节点的任务，要定下完成时限，倒排工期、挂图推进，到期没有完成的要说明原因。', '有完成节点的任务要列入督查清单，到期检查验收。', '有完成节点的任务要制定具体的实施方案，明确责任单位、责任人和完成时限，按月报送工作进展情况。')),
                        )
                    if (undefined(name='kept_up') if l_3_kept_up is missing else l_3_kept_up):
                        pass
                        t_42.append(
                            str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '经常性的工作贵在持之以恒，要把日常检查和随机抽查结合起来，发现问题及时纠正。', '常态工作要防止抓一阵、松一阵，推动督查常态化，重点检查各项措施在日常工作中的落实情况。')),
                        )
                    if ((not (undefined(name='first') if l_3_first is missing else l_3_first)) and (not (undefined(name='kept_up') if l_3_kept_up is missing else l_3_kept_up))):
                        pass
                        t_42.append(
                            str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '今年的重点任务要列入督查清单，到了时间节点就检查、就通报。', '督查要跟着任务走，重点任务到了节点就要检查进度、通报结果。')),
                        )
                l_3_tnames = []
                for l_4_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
                    _loop_vars = {}
                    pass
                    for l_5_t in environment.getattr(environment.getattr(l_4_tp, 'view'), 'targets'):
                        l_5__ = l_2__
                        l_5_rest = l_5_n = missing
                        _loop_vars = {}
                        pass
                        l_5_rest = (l_5_t[2:] if (l_5_t[:2] in ['确保', '力争']) else l_5_t)
                        _loop_vars['rest'] = l_5_rest
                        l_5_n = environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr((undefined(name='rest') if l_5_rest is missing else l_5_rest), 'split'), '力争', _loop_vars=_loop_vars), 0), 'split'), '继续', _loop_vars=_loop_vars), 0), 'split'), '达到', _loop_vars=_loop_vars), 0), 'split'), '控制在', _loop_vars=_loop_vars), 0), 'split'), '降为', _loop_vars=_loop_vars), 0), 'split'), '的增至', _loop_vars=_loop_vars), 0), 'split'), '为零', _loop_vars=_loop_vars), 0)
                        _loop_vars['n'] = l_5_n
                        if ((((undefined(name='n') if l_5_n is missing else l_5_n) and (t_3((undefined(name='n') if l_5_n is missing else l_5_n)) <= 16)) and ((undefined(name='n') if l_5_n is missing else l_5_n) not in (undefined(name='tnames') if l_3_tnames is missing else l_3_tnames))) and ('为零' not in l_5_t)):
                            pass
                            l_5__ = environment.call(context, environment.getattr((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames), 'append'), (undefined(name='n') if l_5_n is missing else l_5_n), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_5__
                    l_5_t = l_5_rest = l_5_n = l_5__ = missing
                l_4_tp = missing
                l_3_counts = [str_join(('年底对', ('各项重点工作' if (t_3((undefined(name='names') if l_1_names is missing else l_1_names)) > 1) else str_join(((environment.getitem((undefined(name='names') if l_1_names is missing else l_1_names), 0) if (undefined(name='names') if l_1_names is missing else l_1_names) else (undefined(name='field') if l_1_field is missing else l_1_field)), '工作', ))), '逐项考核，考核结果作为评先评优的依据。', ))]
                if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems'):
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + ['今年的考核，要把会上指出问题的整改情况作为重点，问题没有解决的，要在考核结果中如实体现。', '考核要深入基层、深入现场，采取听汇报、查资料、看现场、走访群众相结合的办法进行，如实反映各单位的工作成效。‖考核不能只看台账和汇报材料，要到现场看、到群众中问，把各单位的实绩考准考实。'])
                if ((undefined(name='gov') if l_1_gov is missing else l_1_gov) and (undefined(name='places') if l_1_places is missing else l_1_places)):
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + [str_join(((undefined(name='places') if l_1_places is missing else l_1_places), '和有关部门承担的任务，完成情况纳入', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '对他们的年度综合考核。', ))])
                elif ((not (undefined(name='gov') if l_1_gov is missing else l_1_gov)) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau')):
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + ['考核结果要与直属单位的绩效工资总量和领导班子年度考核挂钩，干好干坏不能一个样。'])
                if (undefined(name='tnames') if l_3_tnames is missing else l_3_tnames):
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + [str_join(('考核以指标说话，', environment.getitem((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames), 0), '这样的硬指标完不成，其他工作做得再多也不能算合格。', ))])
                if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + [str_join(('年底前要对账销号，完不成的要向', (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government') if ((undefined(name='gov') if l_1_gov is missing else l_1_gov) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else ('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), 'endswith'), '委') else '局里')), '说明原因。', ))])
                else:
                    pass
                    l_3_counts = ((undefined(name='counts') if l_3_counts is missing else l_3_counts) + [str_join(('要把', (undefined(name='at') if l_2_at is missing else l_2_at), '完成情况纳入年度目标考核，考核结果与评先评优挂钩。', ))])
                t_42.append(
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), *(undefined(name='counts') if l_3_counts is missing else l_3_counts))),
                )
                l_3_tn = ('各项年度指标' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '今年定下的指标')
                if ((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames) and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review')):
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((('各项年度指标' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '年初确定的指标'), '，完成情况是考核的重要内容，要逐一落实到责任单位。', )), str_join(('全年提出的', ('各项指标' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '指标'), '，要逐一落实到责任单位，年底前对账销号。', )))),
                    )
                elif ((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames) and (undefined(name='midyear_ahead') if l_3_midyear_ahead is missing else l_3_midyear_ahead)):
                    pass
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='tn') if l_3_tn is missing else l_3_tn), '，要分解到责任单位，年中、年底各对一次账。', )), str_join((('今年提出的各项指标，要逐项明确责任单位' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '今年提出的指标，要明确责任单位'), '，年中、年底两次对账。', )), str_join(((undefined(name='tn') if l_3_tn is missing else l_3_tn), '，年中要开展一次盘点，对进度滞后的及早采取措施。', )))),
                        '\n',
                    ))
                elif (undefined(name='tnames') if l_3_tnames is missing else l_3_tnames):
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='tn') if l_3_tn is missing else l_3_tn), ('，要分解到责任单位，年底前逐项对账。' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '，要落实到责任单位，年底前对账。'), )), str_join((('今年提出的各项指标，要逐项明确责任单位' if (t_3((undefined(name='tnames') if l_3_tnames is missing else l_3_tnames)) > 1) else '今年提出的指标，要明确责任单位'), '，年底前对账销号。', )), str_join(((undefined(name='tn') if l_3_tn is missing else l_3_tn), '，要按月盘点进度，跟不上的要及早加力。', )))),
                    )
                if (undefined(name='gov') if l_1_gov is missing else l_1_gov):
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('对', (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '任务推进不力的，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将通报约谈、限期整改。', )), str_join(((str_join(((undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '任务', )) if (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj) else '任务'), '推进滞后的，牵头单位要说明原因、采取补救措施。', )), str_join(('对', (str_join(((undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '任务', )) if (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj) else '各项任务'), '中进度滞后的，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将予以通报，连续滞后的约谈主要负责同志。', )), str_join(('对', (str_join(((undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj), '任务中', )) if (undefined(name='first_subj') if l_1_first_subj is missing else l_1_first_subj) else ''), '工作不实、进度落后的单位，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将专门听取情况汇报，问题不解决不放过。', )))),
                    )
            elif (l_2_role == 'coordination'):
                pass
                l_3_brief_said = t_2(context.eval_ctx, (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'problems') + (undefined(name='items') if l_1_items is missing else l_1_items)), '；')
                l_3_named = []
                l_3_duty_lines = []
                l_3_duties = {'medical_reform': (['医保部门要在支付方式改革和医疗服务价格调整上同步跟进', '财政部门要落实政府办医投入责任'] if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else [('发改（物价）部门要牵头做好医疗服务价格调整' if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'level') in ('省', '市', '州', '盟')) and (not environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'county_city'))) else '发改（物价）部门要牵头落实医疗服务价格调整政策'), '财政部门要落实政府办医投入责任']), 'primary_care': ['编办要核定落实基层医疗卫生机构编制', '人社部门要在职称评聘上向基层倾斜', '财政部门要保障基层机构运行经费'], 'workforce': ['编办、人社部门要在编制、岗位和职称上给予支持', '教育部门要配合做好医学人才定向培养'], 'maternal_child': ['妇联要参与孕产期保健的宣传动员', '民政部门要落实困难孕产妇和儿童救助政策'], 'population_family': (['民政、教育部门要按照职责做好人口家庭相关工作'] if ((undefined(name='y') if l_1_y is missing else l_1_y) < 2019) else ((['自然资源、住建部门要把托育服务设施纳入新建居住区配套建设'] if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') else []) + ['发改部门要把托育服务纳入经济社会发展规划和投资计划', '民政、教育部门要按照职责支持托育服务发展'])), 'public_health': ['教育部门要抓好学校卫生和学生健康工作', str_join((('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管'), '部门要协同开展食品安全风险监测', ))], 'disease_control': ['教育部门要落实学校传染病防控措施', str_join((('农业农村' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '农业'), '部门要做好人畜共患病防治', )), '公安部门要配合做好突发疫情处置'], 'patriotic_health': (([str_join((('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '工商'), '部门要督促农贸市场落实环境卫生和病媒生物防制责任', ))] if ('农贸市场' in (undefined(name='brief_said') if l_3_brief_said is missing else l_3_brief_said)) else []) + [str_join(('住建、', ('城市管理' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '城管'), '部门要抓好城区环境卫生整治', )), str_join((('农业农村' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '农业'), '部门要抓好农村人居环境整治', ))]), 'elderly_health': ['民政部门要推进医养结合机构建设', str_join((('医保' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '人社'), '部门要落实相关支付政策', ))], 'tcm': ['发改、财政部门要支持中医医院基础设施建设'], 'medical_services': ['公安部门要依法打击涉医违法犯罪，维护正常医疗秩序'], 'health_promotion': ['宣传、教育部门要把健康知识普及纳入宣传和教学安排'], 'emergency': [str_join((('应急管理' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '安监'), '、公安、交通运输等部门要完善联动机制', ))], 'regulation': [str_join((('市场监管' if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else '食品药品监管'), '、公安部门要配合开展联合执法', ))], 'informatization': ['发改、工信部门要支持区域信息平台建设'], 'health_poverty': (['医保部门要做好基本医保、大病保险和医疗救助的衔接', '民政部门要及时提供低保对象、特困人员等救助对象的认定信息'] if ((undefined(name='y') if l_1_y is missing else l_1_y) >= 2019) else ['民政部门要落实困难群众医疗救助', '扶贫部门要配合做好贫困人口的动态核实'])}
                l_3_orders = (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government')
                l_3_own_units = (str_join((('街道各科室' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), '直各站所', ))), (str_join(('和', environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions'), )) if environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') else ''), )) if (undefined(name='township') if l_1_township is missing else l_1_township) else '')
                l_3_said_d = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0)
                l_3_asks = (environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['要主动配合', '要积极配合']) if (undefined(name='township') if l_1_township is missing else l_1_township) else environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), ['要主动商请', '要积极争取', '需要', '要协调']))
                l_3_told = []
                l_3_by_item = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=0)
                for l_4_x in (undefined(name='item_duties') if l_3_item_duties is missing else l_3_item_duties):
                    l_4_w = resolve('w')
                    l_4__ = l_2__
                    l_4_departments_in = resolve('departments_in')
                    l_4_who = missing
                    _loop_vars = {}
                    pass
                    l_4_who = environment.getitem(environment.call(context, environment.getattr(l_4_x, 'split'), '要', _loop_vars=_loop_vars), 0)
                    _loop_vars['who'] = l_4_who
                    if (((undefined(name='who') if l_4_who is missing else l_4_who) not in (undefined(name='told') if l_3_told is missing else l_3_told)) and (environment.getattr((undefined(name='by_item') if l_3_by_item is missing else l_3_by_item), 'n') < (3 if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else 2))):
                        pass
                        l_4_w = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), l_4_x, _loop_vars=_loop_vars)
                        _loop_vars['w'] = l_4_w
                        if (undefined(name='w') if l_4_w is missing else l_4_w):
                            pass
                            if not isinstance(l_3_by_item, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_3_by_item['n'] = (environment.getattr((undefined(name='by_item') if l_3_by_item is missing else l_3_by_item), 'n') + 1)
                            if not isinstance(l_3_said_d, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_3_said_d['n'] = (environment.getattr((undefined(name='said_d') if l_3_said_d is missing else l_3_said_d), 'n') + 1)
                            l_4__ = environment.call(context, environment.getattr((undefined(name='told') if l_3_told is missing else l_3_told), 'append'), (undefined(name='who') if l_4_who is missing else l_4_who), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                            def t_43(fiter):
                                for l_5_who2 in fiter:
                                    if (not (undefined(name='township') if l_1_township is missing else l_1_township)):
                                        yield l_5_who2
                            for l_5_who2 in t_43(environment.call(context, (undefined(name='departments_in') if l_4_departments_in is missing else l_4_departments_in), (undefined(name='w') if l_4_w is missing else l_4_w), _loop_vars=_loop_vars)):
                                l_5__ = l_4__
                                _loop_vars = {}
                                pass
                                l_5__ = environment.call(context, environment.getattr((undefined(name='named') if l_3_named is missing else l_3_named), 'append'), l_5_who2, _loop_vars=_loop_vars)
                                _loop_vars['_'] = l_5__
                            l_5_who2 = l_5__ = missing
                            l_4__ = environment.call(context, environment.getattr((undefined(name='duty_lines') if l_3_duty_lines is missing else l_3_duty_lines), 'append'), (str_join(((undefined(name='w') if l_4_w is missing else l_4_w), '。', )) if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else str_join((environment.getitem((undefined(name='asks') if l_3_asks is missing else l_3_asks), (environment.getattr((undefined(name='said_d') if l_3_said_d is missing else l_3_said_d), 'n') % t_3((undefined(name='asks') if l_3_asks is missing else l_3_asks)))), t_10(context.eval_ctx, (undefined(name='w') if l_4_w is missing else l_4_w), '部门要', '部门'), '。', ))), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                l_4_x = l_4_who = l_4_w = l_4__ = l_4_departments_in = missing
                def t_44(fiter):
                    for l_4_tp in fiter:
                        if (not (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and environment.getattr((undefined(name='by_item') if l_3_by_item is missing else l_3_by_item), 'n'))):
                            yield l_4_tp
                for l_4_tp in t_44(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks')):
                    l_4__ = l_2__
                    l_4_d0 = l_4_d = missing
                    _loop_vars = {}
                    pass
                    l_4_d0 = environment.call(context, environment.getattr((undefined(name='duties') if l_3_duties is missing else l_3_duties), 'get'), environment.getattr(environment.getattr(environment.getattr(l_4_tp, 'view'), 'topic'), 'key'), [], _loop_vars=_loop_vars)
                    _loop_vars['d0'] = l_4_d0
                    l_4_d = []
                    _loop_vars['d'] = l_4_d
                    def t_45(fiter):
                        l_5_line_needed = resolve('line_needed')
                        for l_5_x in fiter:
                            if (environment.call(context, (undefined(name='line_needed') if l_5_line_needed is missing else l_5_line_needed), l_5_x, (undefined(name='brief_said') if l_3_brief_said is missing else l_3_brief_said)) and ((not (undefined(name='township') if l_1_township is missing else l_1_township)) or (((environment.getattr(environment.getattr(environment.getattr(l_4_tp, 'view'), 'topic'), 'key') in ((('patriotic_health',) if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else ()) + ('disease_control', 'public_health', 'health_promotion'))) and ('要配合' not in l_5_x)) and (not ((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') and (('农村' in l_5_x) or ('农业' in l_5_x))))))):
                                yield l_5_x
                    for l_5_x in t_45((undefined(name='d0') if l_4_d0 is missing else l_4_d0)):
                        l_5__ = l_4__
                        l_5_who = missing
                        _loop_vars = {}
                        pass
                        l_5_who = environment.getitem(environment.call(context, environment.getattr(l_5_x, 'split'), '要', _loop_vars=_loop_vars), 0)
                        _loop_vars['who'] = l_5_who
                        if ((undefined(name='who') if l_5_who is missing else l_5_who) not in (undefined(name='told') if l_3_told is missing else l_3_told)):
                            pass
                            l_5__ = environment.call(context, environment.getattr((undefined(name='d') if l_4_d is missing else l_4_d), 'append'), l_5_x, _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_5__
                            l_5__ = environment.call(context, environment.getattr((undefined(name='told') if l_3_told is missing else l_3_told), 'append'), (undefined(name='who') if l_5_who is missing else l_5_who), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_5__
                    l_5_x = l_5_who = l_5__ = missing
                    if ((undefined(name='d') if l_4_d is missing else l_4_d) and (environment.getattr((undefined(name='said_d') if l_3_said_d is missing else l_3_said_d), 'n') < 2)):
                        pass
                        if not isinstance(l_3_said_d, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_3_said_d['n'] = (environment.getattr((undefined(name='said_d') if l_3_said_d is missing else l_3_said_d), 'n') + 1)
                        for l_5_x in (undefined(name='d') if l_4_d is missing else l_4_d)[:2]:
                            _loop_vars = {}
                            pass
                            for l_6_who in environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_5_x, 'split'), '要', _loop_vars=_loop_vars), 0), 'split'), '、', _loop_vars=_loop_vars):
                                l_6__ = l_4__
                                _loop_vars = {}
                                pass
                                l_6__ = environment.call(context, environment.getattr((undefined(name='named') if l_3_named is missing else l_3_named), 'append'), t_10(context.eval_ctx, t_10(context.eval_ctx, l_6_who, '等部门', ''), '部门', ''), _loop_vars=_loop_vars)
                                _loop_vars['_'] = l_6__
                            l_6_who = l_6__ = missing
                        l_5_x = missing
                        if (undefined(name='orders') if l_3_orders is missing else l_3_orders):
                            pass
                            l_4__ = environment.call(context, environment.getattr((undefined(name='duty_lines') if l_3_duty_lines is missing else l_3_duty_lines), 'append'), str_join((t_2(context.eval_ctx, (undefined(name='d') if l_4_d is missing else l_4_d)[:2], '，'), '。', )), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                        else:
                            pass
                            l_4__ = environment.call(context, environment.getattr((undefined(name='duty_lines') if l_3_duty_lines is missing else l_3_duty_lines), 'append'), str_join((environment.getitem((undefined(name='asks') if l_3_asks is missing else l_3_asks), (environment.getattr((undefined(name='said_d') if l_3_said_d is missing else l_3_said_d), 'n') % t_3((undefined(name='asks') if l_3_asks is missing else l_3_asks)))), t_2(context.eval_ctx, t_5(context, t_5(context, t_5(context, (undefined(name='d') if l_4_d is missing else l_4_d)[:2], 'replace', '部门要', '部门'), 'replace', '编办要', '编办'), 'replace', '妇联要', '妇联'), '，'), '。', )), _loop_vars=_loop_vars)
                            _loop_vars['_'] = l_4__
                l_4_tp = l_4_d0 = l_4_d = l_4__ = missing
                l_3_ds_seen = []
                l_3_ds_list = []
                for l_4_n in (undefined(name='named') if l_3_named is missing else l_3_named):
                    l_4__ = l_2__
                    l_4_base = missing
                    _loop_vars = {}
                    pass
                    l_4_base = environment.getitem(environment.call(context, environment.getattr(l_4_n, 'split'), '（', _loop_vars=_loop_vars), 0)
                    _loop_vars['base'] = l_4_base
                    if ((undefined(name='base') if l_4_base is missing else l_4_base) not in (undefined(name='ds_seen') if l_3_ds_seen is missing else l_3_ds_seen)):
                        pass
                        l_4__ = environment.call(context, environment.getattr((undefined(name='ds_seen') if l_3_ds_seen is missing else l_3_ds_seen), 'append'), (undefined(name='base') if l_4_base is missing else l_4_base), _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                        l_4__ = environment.call(context, environment.getattr((undefined(name='ds_list') if l_3_ds_list is missing else l_3_ds_list), 'append'), l_4_n, _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_4__
                l_4_n = l_4_base = l_4__ = missing
                l_3_ds = t_2(context.eval_ctx, (undefined(name='ds_list') if l_3_ds_list is missing else l_3_ds_list)[:4], '、')
                t_42.extend((
                    str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门要按照职责分工，把涉及本部门的', (undefined(name='at') if l_2_at is missing else l_2_at), '认领到位，', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '要牵好头、协调好。', )), (str_join(('爱国卫生是全', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), '上下的共同任务，', (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门要各司其职、密切配合。', )) if (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') == 'patriotic_health')) else str_join(((undefined(name='aw') if l_2_aw is missing else l_2_aw), '都不是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门一家能办好的，', (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门要各司其职、密切配合。', ))), str_join(((undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门要主动认领任务，在', (undefined(name='aw') if l_2_aw is missing else l_2_aw), '中同向发力。', ))) if ((undefined(name='orders') if l_3_orders is missing else l_3_orders) and (undefined(name='ds') if l_3_ds is missing else l_3_ds)) else (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='own_units') if l_3_own_units is missing else l_3_own_units), '要按照职责分工，把涉及本单位的', (undefined(name='at') if l_2_at is missing else l_2_at), '认领到位，', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '要牵好头、协调好。', )), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '不是哪一家能单独办好的，', (undefined(name='own_units') if l_3_own_units is missing else l_3_own_units), '要各司其职、密切配合。', ))) if ((undefined(name='township') if l_1_township is missing else l_1_township) and (not (undefined(name='ds') if l_3_ds is missing else l_3_ds))) else (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='aw') if l_2_aw is missing else l_2_aw), '中涉及', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'above'), (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门的事项，', (undefined(name='own_units') if l_3_own_units is missing else l_3_own_units), '要主动汇报衔接、争取支持。', )), str_join(('需要', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'above'), (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门支持的事项，', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '要及早汇总、主动对接。', ))) if (((undefined(name='township') if l_1_township is missing else l_1_township) and (undefined(name='ds') if l_3_ds is missing else l_3_ds)) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'above')) else (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='aw') if l_2_aw is missing else l_2_aw), '中涉及', (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门的事项，要主动沟通、争取支持。', )), str_join(('要加强与', (undefined(name='ds') if l_3_ds is missing else l_3_ds), '等部门的沟通衔接，把', (undefined(name='aw') if l_2_aw is missing else l_2_aw), '中需要各方支持的事项及早提出来。', ))) if (undefined(name='ds') if l_3_ds is missing else l_3_ds) else (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('各有关部门要按照职责分工，把涉及本部门的', (undefined(name='at') if l_2_at is missing else l_2_at), '认领到位，', (undefined(name='boss') if l_1_boss is missing else l_1_boss), '要牵好头、协调好。', )), str_join(((undefined(name='aw') if l_2_aw is missing else l_2_aw), '都不是', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门一家能办好的，各有关部门要各司其职、密切配合。', ))) if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('要加强与有关部门的沟通衔接，把', (undefined(name='aw') if l_2_aw is missing else l_2_aw), '中需要各方支持的事项及早提出来。', ))))))))),
                    '\n',
                ))
                for l_4_x in (undefined(name='duty_lines') if l_3_duty_lines is missing else l_3_duty_lines):
                    _loop_vars = {}
                    pass
                    t_42.append(
                        str(l_4_x),
                    )
                l_4_x = missing
                l_3_sub_duty = environment.call(context, (undefined(name='subdivision_duty') if l_3_subdivision_duty is missing else l_3_subdivision_duty), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'level'), (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else ''))
                if (((undefined(name='gov') if l_1_gov is missing else l_1_gov) and (undefined(name='places') if l_1_places is missing else l_1_places)) and (undefined(name='sub_duty') if l_3_sub_duty is missing else l_3_sub_duty)):
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), *(([str_join(((undefined(name='places') if l_1_places is missing else l_1_places), '要落实属地责任，把', (undefined(name='field') if l_1_field is missing else l_1_field), '工作纳入本地的总体安排。', ))] + ([str_join(((undefined(name='places') if l_1_places is missing else l_1_places), '要把', (undefined(name='field') if l_1_field is missing else l_1_field), '工作摆上议事日程，作为责任主体抓好各项任务落地。', ))] if ((undefined(name='sub_duty') if l_3_sub_duty is missing else l_3_sub_duty) == '主体') else [])) + [str_join(((undefined(name='places') if l_1_places is missing else l_1_places), '对本地承担的', (undefined(name='field') if l_1_field is missing else l_1_field), '任务，要定人、定责、定时限，逐项抓到位。', ))]))),
                    )
            elif (l_2_role == 'funding'):
                pass
                if (undefined(name='money') if l_1_money is missing else l_1_money):
                    pass
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((environment.getitem((undefined(name='money') if l_1_money is missing else l_1_money), 0), '，从根本上要靠稳定的投入来解决。', )), str_join((environment.getitem((undefined(name='money') if l_1_money is missing else l_1_money), 0), '，归根结底要靠持续稳定的投入来改变。', )))),
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('财政部门要把相关项目列入预算、分年安排，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要把项目和资金需求报准、报实。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要会同财政部门拿出分年度投入计划，确保资金落实到位。', ))) if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要主动向财政部门报准、报实资金需求，争取分年度安排。', '要把资金需求逐项测算清楚，积极争取财政和上级项目支持。'))),
                        '\n',
                    ))
                elif (undefined(name='builds') if l_1_builds is missing else l_1_builds):
                    pass
                    l_3_budget_passed = (2 <= environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') <= 10)
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((t_2(context.eval_ctx, (undefined(name='builds') if l_1_builds is missing else l_1_builds)[:2], '、'), '所需资金，', (('财政部门要统筹安排、足额拨付。' if (undefined(name='budget_passed') if l_3_budget_passed is missing else l_3_budget_passed) else '财政部门要及早列入预算、足额拨付。') if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else '要及早测算、积极争取财政支持。'), )), str_join(('要保障', t_2(context.eval_ctx, (undefined(name='builds') if l_1_builds is missing else l_1_builds)[:2], '、'), '所需的资金，', ('财政部门要按进度拨付到位。' if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else '把项目资金需求报准、报实。'), )))),
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '资金要跟着项目进度走，防止资金沉淀、项目拖期。', '项目建成后要及时组织验收、投入使用，尽早发挥效益。') if (environment.getitem((undefined(name='builds') if l_1_builds is missing else l_1_builds), 0) in (undefined(name='works') if l_1_works is missing else l_1_works)) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '资金要跟着项目进度走，防止资金沉淀、项目拖期。'))),
                        '\n',
                    ))
                else:
                    pass
                    l_3_budget_passed = (2 <= environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month') <= 10)
                    t_42.extend((
                        str(((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('今年部署的', (undefined(name='at') if l_2_at is missing else l_2_at), '所需经费，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将积极统筹、优先保障，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要把资金需求测算准确、及时上报。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将积极统筹', (undefined(name='at') if l_2_at is missing else l_2_at), '所需经费，优先保障、及时拨付。', ))) if (undefined(name='budget_passed') if l_3_budget_passed is missing else l_3_budget_passed) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('今年部署的', (undefined(name='at') if l_2_at is missing else l_2_at), '所需经费，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将按规定列入预算、保障到位，', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), '要把资金需求测算准确、及时上报。', )), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), '将把', (undefined(name='at') if l_2_at is missing else l_2_at), '所需经费列入预算，优先保障、及时拨付。', )))) if ((undefined(name='gov') if l_1_gov is missing else l_1_gov) and environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government')) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(('要把', (undefined(name='at') if l_2_at is missing else l_2_at), '所需经费逐项测算清楚，主动向财政部门报准、报实，争取及早安排。', )), str_join(((undefined(name='at') if l_2_at is missing else l_2_at), '所需经费要及早测算，积极争取财政和上级项目支持。', ))))),
                        '\n',
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '资金要跟着任务走，用在群众最需要的地方，年底要看钱花在了哪里、办成了什么事。', '要加强资金绩效管理，把有限的资金用在刀刃上，防止资金沉淀。')),
                        '\n',
                    ))
            elif (l_2_role == 'talent'):
                pass
                if (undefined(name='staff') if l_1_staff is missing else l_1_staff):
                    pass
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((environment.getitem((undefined(name='staff') if l_1_staff is missing else l_1_staff), 0), '，要在编制、待遇、职称上想办法、出实招。', )), str_join((environment.getitem((undefined(name='staff') if l_1_staff is missing else l_1_staff), 0), '，关键要在招得来、留得住上下功夫。', )))),
                        str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '编办、人社部门要在编制核定、岗位设置和职称评聘上给予倾斜。', str_join(('人社部门要会同', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department'), '部门完善激励政策，在岗位聘用、职称评聘上为引进人才开绿灯，住房、子女入学等由有关部门按职责落实。', ))) if (undefined(name='gov') if l_1_gov is missing else l_1_gov) else environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要主动争取编办、人社部门支持，在招聘和职称评聘上多想办法。', str_join((('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau'), 'endswith'), '委') else '局里'), '要拿出具体的引才留才措施，定期研究人才工作。', ))))),
                        '\n',
                    ))
                else:
                    pass
                    t_42.extend((
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要关心关爱医务人员，落实各项待遇保障，调动广大医务人员的积极性。', '要为医务人员办实事、解难题，把各项待遇兑现好。', '要真心关爱医务人员，落实带薪休假、健康体检等制度，关心他们的工作和生活。')),
                        '\n',
                    ))
            elif (l_2_role == 'style'):
                pass
                l_3_style_first = environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要力戒形式主义、官僚主义，把心思和精力用在抓落实上。', '要精简会议文件，把更多的时间和精力用在深入基层、解决实际问题上。')
                t_42.append(
                    str((undefined(name='style_first') if l_3_style_first is missing else l_3_style_first)),
                )
                if ((t_3((undefined(name='items') if l_1_items is missing else l_1_items)) > 1) and ('力戒' in (undefined(name='style_first') if l_3_style_first is missing else l_3_style_first))):
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join((('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年'), '的各项任务，要深入一线推动，研究务实管用的举措。', )), '抓重点任务要深入一线，在现场发现问题、解决问题。')),
                    )
            elif (l_2_role == 'integrity'):
                pass
                t_42.extend((
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要严格落实全面从严治党主体责任，持续纠治医药购销和医疗服务中的不正之风。', '要扛牢全面从严治党主体责任，驰而不息纠治医药购销领域和医疗服务中的不正之风。', str_join(('要把全面从严治党要求贯穿', (undefined(name='field') if l_1_field is missing else l_1_field), '工作全过程，坚决整治医药购销和医疗服务中的不正之风。', )))),
                    '\n',
                    str((environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), '要紧盯采购、基建、财务等重点岗位和关键环节，把权力关进制度的笼子。', '要经常性开展警示教育，以案示警、以案促改。', '领导干部要带头遵守廉洁自律各项规定，管好自己、管好身边人。') if ((undefined(name='fill') if l_3_fill is missing else l_3_fill) >= 6) else cond_expr_undefined("the inline if-expression on line 1387 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    '\n',
                ))
            elif (l_2_role == 'publicity'):
                pass
                t_42.extend((
                    str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), str_join(((undefined(name='aw') if l_2_aw is missing else l_2_aw), '的政策，要向群众讲清楚、讲明白，及时回应群众关切。', )), str_join(('要把', (undefined(name='aw') if l_2_aw is missing else l_2_aw), '的进展和成效及时向群众讲清楚，凝聚社会共识。', )), str_join(('要总结宣传', (undefined(name='aw') if l_2_aw is missing else l_2_aw), '中涌现的好做法、好典型，营造良好舆论环境。', )))),
                    '\n',
                ))
            if ((environment.getitem((undefined(name='more') if l_1_more is missing else l_1_more), l_2_role) and ((undefined(name='fill') if l_3_fill is missing else l_3_fill) >= 6)) and (not (((l_2_role == 'funding') and (not (undefined(name='money') if l_1_money is missing else l_1_money))) and (not (undefined(name='builds') if l_1_builds is missing else l_1_builds))))):
                pass
                for l_4_x in environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), environment.getitem((undefined(name='more') if l_1_more is missing else l_1_more), l_2_role))[:(2 if (l_2_role == 'publicity') else 1)]:
                    _loop_vars = {}
                    pass
                    t_42.append(
                        str(environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), l_4_x, _loop_vars=_loop_vars)),
                    )
                l_4_x = missing
            l_2_body = (Markup if context.eval_ctx.autoescape else identity)(concat(t_42))
            _loop_vars['body'] = l_2_body
            l_3_env_work = l_3_doers = l_3_checked = l_3_upkeep = l_3_paced = l_3_first = l_3_kept_up = l_3_checker = l_3_fw = l_3_tnames = l_3_counts = l_3_tn = l_3_midyear_ahead = l_3_brief_said = l_3_named = l_3_duty_lines = l_3_duties = l_3_orders = l_3_own_units = l_3_said_d = l_3_asks = l_3_told = l_3_by_item = l_3_item_duties = l_3_ds_seen = l_3_ds_list = l_3_ds = l_3_subdivision_duty = l_3_sub_duty = l_3_budget_passed = l_3_style_first = l_3_fill = missing
            l_2__ = environment.call(context, environment.getattr((undefined(name='made') if l_1_made is missing else l_1_made), 'append'), [l_2_role, (undefined(name='head') if l_2_head is missing else l_2_head), (undefined(name='body') if l_2_body is missing else l_2_body)], _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
            if not isinstance(l_1_ref, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_ref['n'] = (environment.getattr((undefined(name='ref') if l_1_ref is missing else l_1_ref), 'n') + 1)
        l_2_role = l_2_at = l_2_aw = l_2_pool = l_2_vary = l_2_head = l_2__ = l_2_body = missing
        l_1_kept = []
        l_1_left = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), n=t_3((undefined(name='made') if l_1_made is missing else l_1_made)))
        l_1_why_role = environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), t_4(context.eval_ctx, t_8(context, t_12(context, t_5(context, (undefined(name='made') if l_1_made is missing else l_1_made), 'first'), 'in', (undefined(name='why') if l_1_why is missing else l_1_why)), 'in', ['leadership', 'supervision', 'coordination', 'style'])))[:1]
        l_2_loop = missing
        for (l_2_role, l_2_head, l_2_body), l_2_loop in LoopContext((undefined(name='made') if l_1_made is missing else l_1_made), undefined):
            l_2__ = resolve('_')
            l_2_fill = resolve('fill')
            l_2_vary = resolve('vary')
            l_2_reason = resolve('reason')
            l_2_said = l_2_co = missing
            _loop_vars = {}
            pass
            l_2_said = (environment.call(context, environment.getattr(l_2_body, 'count'), '。', _loop_vars=_loop_vars) + environment.call(context, environment.getattr(l_2_body, 'count'), '！', _loop_vars=_loop_vars))
            _loop_vars['said'] = l_2_said
            l_2_co = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), i=-1, _loop_vars=_loop_vars)
            _loop_vars['co'] = l_2_co
            l_3_loop = missing
            for l_3_k, l_3_loop in LoopContext((undefined(name='kept') if l_1_kept is missing else l_1_kept), undefined):
                _loop_vars = {}
                pass
                if (environment.getitem(l_3_k, 0) == 'coordination'):
                    pass
                    if not isinstance(l_2_co, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_2_co['i'] = environment.getattr(l_3_loop, 'index0')
            l_3_loop = l_3_k = missing
            if (((((undefined(name='said') if l_2_said is missing else l_2_said) <= 1) and (environment.getattr((undefined(name='left') if l_1_left is missing else l_1_left), 'n') > 3)) and (l_2_role == 'funding')) and (environment.getattr((undefined(name='co') if l_2_co is missing else l_2_co), 'i') >= 0)):
                pass
                l_2__ = environment.call(context, environment.getattr(environment.getitem((undefined(name='kept') if l_1_kept is missing else l_1_kept), environment.getattr((undefined(name='co') if l_2_co is missing else l_2_co), 'i')), 'append'), l_2_body, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
                if not isinstance(l_1_left, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_left['n'] = (environment.getattr((undefined(name='left') if l_1_left is missing else l_1_left), 'n') - 1)
            elif (((undefined(name='said') if l_2_said is missing else l_2_said) <= 1) and (environment.getattr((undefined(name='left') if l_1_left is missing else l_1_left), 'n') > 3)):
                pass
                if not isinstance(l_1_left, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_left['n'] = (environment.getattr((undefined(name='left') if l_1_left is missing else l_1_left), 'n') - 1)
            else:
                pass
                l_2_reason = (environment.call(context, (undefined(name='vary') if l_2_vary is missing else l_2_vary), _loop_vars=_loop_vars, *environment.getitem((undefined(name='why') if l_1_why is missing else l_1_why), l_2_role)) if ((((undefined(name='fill') if l_2_fill is missing else l_2_fill) >= 6) and environment.call(context, environment.getattr((undefined(name='why') if l_1_why is missing else l_1_why), 'get'), l_2_role, _loop_vars=_loop_vars)) and (l_2_role in (undefined(name='why_role') if l_1_why_role is missing else l_1_why_role))) else '')
                _loop_vars['reason'] = l_2_reason
                l_2__ = environment.call(context, environment.getattr((undefined(name='kept') if l_1_kept is missing else l_1_kept), 'append'), [l_2_role, l_2_head, (str_join(((undefined(name='reason') if l_2_reason is missing else l_2_reason), l_2_body, )) if (undefined(name='reason') if l_2_reason is missing else l_2_reason) else l_2_body)], _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_loop = l_2_role = l_2_head = l_2_body = l_2_said = l_2_co = l_2__ = l_2_fill = l_2_vary = l_2_reason = missing
        for l_2_k in (undefined(name='kept') if l_1_kept is missing else l_1_kept):
            _loop_vars = {}
            pass
            t_41.extend((
                '## ',
                str(environment.getitem(l_2_k, 1)),
                '\n',
            ))
            for l_3_x in l_2_k[2:]:
                _loop_vars = {}
                pass
                t_41.extend((
                    str(l_3_x),
                    '\n',
                ))
            l_3_x = missing
        l_2_k = missing
        return concat(t_41)
    context.exported_vars.add('safeguards')
    context.vars['safeguards'] = l_0_safeguards = Macro(environment, macro, 'safeguards', ('roles',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rally):
        t_46 = []
        l_1_kind = resolve('kind')
        l_1_vary = resolve('vary')
        l_1_b = resolve('b')
        l_1_plan = resolve('plan')
        l_1_many = resolve('many')
        l_1_plan_in_force = resolve('plan_in_force')
        l_1_ERA_LINES = resolve('ERA_LINES')
        l_1_not_in_closing = resolve('not_in_closing')
        l_1_fill = resolve('fill')
        l_1_township = resolve('township')
        l_1_all_units = resolve('all_units')
        l_1_env_work = resolve('env_work')
        l_1_local_units = resolve('local_units')
        l_1_doers = resolve('doers')
        l_1_pick = resolve('pick')
        l_1_picks = resolve('picks')
        l_1_run = resolve('run')
        l_1_meeting_subject = resolve('meeting_subject')
        l_1_subject = resolve('subject')
        l_1_short_topic = resolve('short_topic')
        l_1_own_work = resolve('own_work')
        l_1_wl = resolve('wl')
        l_1_welcome = resolve('welcome')
        l_1_era_aim = resolve('era_aim')
        l_1_rally_under = resolve('rally_under')
        l_1_led_by = resolve('led_by')
        l_1_won = resolve('won')
        l_1_topic_aim = resolve('topic_aim')
        l_1_special_aim = resolve('special_aim')
        l_1_rallies = resolve('rallies')
        l_1_deal = resolve('deal')
        l_1_cn = l_1_opens = l_1_aim = missing
        if l_1_rally is missing:
            l_1_rally = True
        pass
        t_46.append(
            '¶同志们，\n',
        )
        if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '这次会议，既总结了上半年的工作，也明确了下半年的目标任务。', '下半年的任务更重、要求更高，各单位一定要鼓足干劲、加压奋进。')),
                '\n',
            ))
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic'):
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天的会议，对', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作作了专题部署，提出了明确要求。', )), str_join(('这次会议统一了思想，明确了', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作的重点任务和各方责任。', )), str_join(('今天的会议，对', environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'), '工作进行了全面动员和部署，目标任务已经明确。', )))),
                '\n',
            ))
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'work_report'):
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的目标任务已经明确，全系统要以这次大会为新的起点，一步一个脚印把各项工作落到实处。', )), '新的一年，任务更加繁重，使命更加光荣。')),
                '\n',
            ))
        else:
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('这次会议，回顾了', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'prev_year'), '年的工作，明确了', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'year'), '年的目标任务和工作举措。', )), '今天的会议，既总结了成绩、查找了问题，又分析了形势、明确了任务。', '这次会议全面总结了过去一年的工作，对今年的任务作出了部署。', '去年的工作已经作了回顾，今年的任务也已经作了部署。')),
                '\n',
            ))
        l_1_cn = []
        for l_2_tp in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'):
            l_2__ = resolve('_')
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'name') not in (undefined(name='cn') if l_1_cn is missing else l_1_cn)):
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='cn') if l_1_cn is missing else l_1_cn), 'append'), environment.getattr(environment.getattr(environment.getattr(l_2_tp, 'view'), 'topic'), 'name'), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
        l_2_tp = l_2__ = missing
        if (t_3((undefined(name='cn') if l_1_cn is missing else l_1_cn)) > 1):
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '今天部署的各项任务，要做到件件有着落、事事有回音。', str_join((('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年'), '的', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'))), '个方面任务能否落地见效，关键在各单位抓落实。', )), '接下来，关键在于大家回去以后结合实际、认真抓好落实。', '任务摆在这里，年底要一项一项对账。', '这些任务哪一项落了空，都对不起群众的期待。', ('这些任务，有的下半年就要完成，有的需要持续用力，都要抓紧抓实、务求实效。' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '这些任务，有的要在年内完成，有的需要持续用力，都要一抓到底、久久为功。'), str_join(('会上部署的', environment.call(context, (undefined(name='many') if l_1_many is missing else l_1_many), t_3(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'tasks'))), ('个方面任务，会后都要迅速部署、抓紧推进。' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else '个方面任务，年底前都要取得明显成效。'), )))),
                '\n',
            ))
        elif (undefined(name='cn') if l_1_cn is missing else l_1_cn):
            pass
            t_46.extend((
                str((environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天部署的', environment.getitem((undefined(name='cn') if l_1_cn is missing else l_1_cn), 0), '任务，要做到件件有着落、事事有回音。', ))) if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('今天部署的', environment.getitem((undefined(name='cn') if l_1_cn is missing else l_1_cn), 0), '任务，要做到件件有着落、事事有回音。', )), str_join((environment.getitem((undefined(name='cn') if l_1_cn is missing else l_1_cn), 0), '的任务已经明确，关键在于真抓实干。', ))))),
                '\n',
            ))
        else:
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('做好今年的', (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department')), '工作，任务艰巨，责任重大。', )), '新的任务已经明确，关键在于抓落实。')),
                '\n',
            ))
        l_1_opens = ('开局' in t_2(context.eval_ctx, environment.call(context, (undefined(name='plan_in_force') if l_1_plan_in_force is missing else l_1_plan_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'welcome')), ''))
        l_1_aim = ('把下半年的各项工作抓实抓细。' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else ('确保全年目标任务圆满完成。' if (undefined(name='opens') if l_1_opens is missing else l_1_opens) else '推动各项工作开好局、起好步。'))
        if (not environment.call(context, (undefined(name='not_in_closing') if l_1_not_in_closing is missing else l_1_not_in_closing), [(undefined(name='aim') if l_1_aim is missing else l_1_aim)])):
            pass
            l_1_aim = ('把下半年的各项工作抓实抓细。' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '推动各项工作落地见效。')
        if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 6):
            pass
            l_1_all_units = ('各单位' if (undefined(name='township') if l_1_township is missing else l_1_township) else '各级各单位')
            t_46.append(
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(((undefined(name='all_units') if l_1_all_units is missing else l_1_all_units), '要把思想和行动统一到会议部署上来，以只争朝夕的精神状态、真抓实干的工作作风，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖', (undefined(name='all_units') if l_1_all_units is missing else l_1_all_units), '要迅速行动起来，以时不我待的紧迫感和舍我其谁的责任感，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖', (undefined(name='all_units') if l_1_all_units is missing else l_1_all_units), '要把会议部署转化为具体行动，拿出攻坚克难的勇气、真抓实干的劲头，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖任务越重，越需要大家拧成一股绳，', (undefined(name='all_units') if l_1_all_units is missing else l_1_all_units), '要把心思和精力集中到抓落实上来，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), '‖', (undefined(name='all_units') if l_1_all_units is missing else l_1_all_units), '要增强责任感和紧迫感，一级抓一级、层层抓落实，', (undefined(name='aim') if l_1_aim is missing else l_1_aim), )))),
            )
        if (((((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'work_report') and (undefined(name='township') if l_1_township is missing else l_1_township)) and (undefined(name='env_work') if l_1_env_work is missing else l_1_env_work)) and environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')):
            pass
            l_1_doers = str_join((environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'departments_word'), '和', environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions'), ))
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('会后，', (undefined(name='doers') if l_1_doers is missing else l_1_doers), '要迅速传达会议精神，把任务分解到', ('小区、楼院' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else '村组'), '，把群众发动起来。', )), str_join(('会后，', (undefined(name='doers') if l_1_doers is missing else l_1_doers), '要把会议精神传达到每一名干部，把各项任务落实到', ('每一个小区、每一个楼院' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else '每一个村组、每一户群众'), '。', )))),
                '\n',
            ))
        elif (((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'work_report') and (undefined(name='township') if l_1_township is missing else l_1_township)):
            pass
            l_1_doers = t_2(context.eval_ctx, (t_4(context.eval_ctx, environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'grassroots')[:1]) + ([environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions')] if environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') else [])), '和')
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), str_join(('会后，', (undefined(name='doers') if l_1_doers is missing else l_1_doers), '要抓紧行动起来，把会议部署落到实处。', )), str_join(('会后，', (undefined(name='doers') if l_1_doers is missing else l_1_doers), '要把会议精神传达到每一名医务人员和', ('社区干部' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else '村干部'), '。', )))),
                '\n',
            ))
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'work_report'):
            pass
            t_46.extend((
                str(environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), '会后，各单位要迅速传达学习这次会议精神，结合实际细化措施，确保会议部署落到实处。', '会后，大家要抓紧把会议精神传达到每一个单位、每一名干部职工，把今天部署的各项任务落到实处。', '会后，各单位要及时向班子成员和干部职工传达会议精神，抓紧制定具体措施，把会议部署落到实处。', str_join(('会后，', (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'bureau') if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'voice') == 'government') else '机关各科室'), '要把今天部署的任务逐项分解，列出清单、明确时限。', )), '会后，各单位要对照会议部署，结合自身承担的任务制定具体的落实方案。', '会后，各单位主要负责同志要把会议精神原原本本传达下去，把任务分解到岗、到人。', '会议开过了，关键在行动。各单位回去以后要把会议部署和本单位的实际结合起来，尽快研究制定措施、启动工作。', str_join(('会后，各单位要把会议精神传达到基层一线，让每一位干部职工都清楚', ('下半年' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review') else '今年'), '要干什么、自己该干什么。', )))),
                '\n',
            ))
        if l_1_rally:
            pass
            if ((undefined(name='fill') if l_1_fill is missing else l_1_fill) >= 4):
                pass
                t_46.append(
                    str(environment.call(context, (undefined(name='pick') if l_1_pick is missing else l_1_pick), 'closing', 'vision', min_len=16)),
                )
            l_1_run = environment.call(context, (undefined(name='picks') if l_1_picks is missing else l_1_picks), 'parallel', 'run', 1, max_len=12)
            l_1_subject = (environment.call(context, (undefined(name='meeting_subject') if l_1_meeting_subject is missing else l_1_meeting_subject), t_10(context.eval_ctx, environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'meeting'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region'), str_join(('全', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level'), )))) or environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name'))
            l_1_own_work = str_join((((undefined(name='subject') if l_1_subject is missing else l_1_subject) if (t_3((undefined(name='subject') if l_1_subject is missing else l_1_subject)) <= 4) else (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name') if (t_3(environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name')) <= 4) else environment.call(context, (undefined(name='short_topic') if l_1_short_topic is missing else l_1_short_topic), environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key'), environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'name')))), '工作', ))
            l_1_wl = []
            for l_2_w in environment.call(context, (undefined(name='plan_in_force') if l_1_plan_in_force is missing else l_1_plan_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'welcome')):
                l_2__ = resolve('_')
                _loop_vars = {}
                pass
                if (((undefined(name='kind') if l_1_kind is missing else l_1_kind) != 'midyear_review') or ('开局' not in l_2_w)):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='wl') if l_1_wl is missing else l_1_wl), 'append'), (t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, t_10(context.eval_ctx, l_2_w, '卫生事业发展的良好开局', '良好开局'), '卫生事业良好开局', '良好开局'), '卫生健康规划确定的目标任务', str_join(((undefined(name='own_work') if l_1_own_work is missing else l_1_own_work), '各项目标任务', ))), '卫生健康规划圆满收官', str_join(((undefined(name='own_work') if l_1_own_work is missing else l_1_own_work), '圆满收官', ))) if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') else l_2_w), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_w = l_2__ = missing
            l_1_welcome = environment.call(context, (undefined(name='not_in_closing') if l_1_not_in_closing is missing else l_1_not_in_closing), (undefined(name='wl') if l_1_wl is missing else l_1_wl))
            l_1_welcome = ((t_2(context.eval_ctx, t_11((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome)), '，') if (t_3((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome)) == 2) else environment.call(context, (undefined(name='vary') if l_1_vary is missing else l_1_vary), *(undefined(name='welcome') if l_1_welcome is missing else l_1_welcome))) if (undefined(name='welcome') if l_1_welcome is missing else l_1_welcome) else '')
            l_1_era_aim = environment.call(context, (undefined(name='plan_in_force') if l_1_plan_in_force is missing else l_1_plan_in_force), environment.getattr((undefined(name='ERA_LINES') if l_1_ERA_LINES is missing else l_1_ERA_LINES), 'aim'))
            l_1_rally_under = (str_join((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'party'), '、', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'government'), )) if ((environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') and (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'voice') == environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))) and (not ((('政府' in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org')) or ('党委' in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))) or (environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'), 'endswith'), '委') and ('卫' not in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org')))))) else environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org'))
            if ((undefined(name='led_by') if l_1_led_by is missing else l_1_led_by) != environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'org')):
                pass
                l_1_rally_under = (undefined(name='led_by') if l_1_led_by is missing else l_1_led_by)
            l_1_won = []
            for l_2_t in environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'priorities'):
                _loop_vars = {}
                pass
                for l_3_i in environment.getattr(l_2_t, 'items'):
                    l_3__ = resolve('_')
                    _loop_vars = {}
                    pass
                    if ((l_3_i[:2] in ('创建', '争创')) and (t_3(l_3_i) > 4)):
                        pass
                        l_3__ = environment.call(context, environment.getattr((undefined(name='won') if l_1_won is missing else l_1_won), 'append'), str_join(('早日创成', l_3_i[2:], )), _loop_vars=_loop_vars)
                        _loop_vars['_'] = l_3__
                l_3_i = l_3__ = missing
            l_2_t = missing
            l_1_topic_aim = (str_join(('改善', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), ('' if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'level') == '街道') else '城乡'), '人居环境', )) if (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') == 'patriotic_health') else (str_join(('保障', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), '人民群众身体健康', )) if (environment.getattr(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'main_topic'), 'key') in ('disease_control', 'public_health', 'emergency')) else str_join(('推动', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope'), (undefined(name='subject') if l_1_subject is missing else l_1_subject), '工作再上新台阶', ))))
            l_1_special_aim = (str_join((environment.getitem((undefined(name='won') if l_1_won is missing else l_1_won), 0), '、', (undefined(name='topic_aim') if l_1_topic_aim is missing else l_1_topic_aim), )) if (undefined(name='won') if l_1_won is missing else l_1_won) else (undefined(name='topic_aim') if l_1_topic_aim is missing else l_1_topic_aim))
            if (undefined(name='won') if l_1_won is missing else l_1_won):
                pass
                l_1_era_aim = []
            l_1_rallies = []
            for l_2_r in (([t_2(context.eval_ctx, (undefined(name='run') if l_1_run is missing else l_1_run), '、')] if (undefined(name='run') if l_1_run is missing else l_1_run) else []) + ['凝心聚力、开拓进取', '团结奋进、攻坚克难', '锐意进取、埋头苦干', '坚定信心、奋发有为']):
                l_2__ = resolve('_')
                _loop_vars = {}
                pass
                if ((not environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing')) or (not t_4(context.eval_ctx, t_12(context, environment.call(context, environment.getattr(l_2_r, 'split'), '、', _loop_vars=_loop_vars), 'in', environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing'))))):
                    pass
                    l_2__ = environment.call(context, environment.getattr((undefined(name='rallies') if l_1_rallies is missing else l_1_rallies), 'append'), l_2_r, _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
            l_2_r = l_2__ = missing
            l_1_rally = ((environment.getitem((undefined(name='rallies') if l_1_rallies is missing else l_1_rallies), 0) if (((undefined(name='run') if l_1_run is missing else l_1_run) and (undefined(name='rallies') if l_1_rallies is missing else l_1_rallies)) and (environment.getitem((undefined(name='rallies') if l_1_rallies is missing else l_1_rallies), 0) == t_2(context.eval_ctx, (undefined(name='run') if l_1_run is missing else l_1_run), '、'))) else environment.getitem(environment.call(context, (undefined(name='deal') if l_1_deal is missing else l_1_deal), (undefined(name='rallies') if l_1_rallies is missing else l_1_rallies)), 0)) if (undefined(name='rallies') if l_1_rallies is missing else l_1_rallies) else '')
            t_46.extend((
                '让我们在',
                str((undefined(name='rally_under') if l_1_rally_under is missing else l_1_rally_under)),
                '的坚强领导下，',
                str((str_join((l_1_rally, '，', )) if l_1_rally else cond_expr_undefined("the inline if-expression on line 1505 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                str((str_join(((undefined(name='welcome') if l_1_welcome is missing else l_1_welcome), '，', )) if (undefined(name='welcome') if l_1_welcome is missing else l_1_welcome) else cond_expr_undefined("the inline if-expression on line 1505 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
            ))
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing'):
                pass
                t_46.extend((
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'closing')),
                    '！',
                ))
            elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'midyear_review'):
                pass
                t_46.append(
                    str(('为夺取全年工作的全面胜利而努力奋斗！' if ('目标任务' in (undefined(name='welcome') if l_1_welcome is missing else l_1_welcome)) else '为确保全年目标任务圆满完成而努力奋斗！')),
                )
            elif (((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'special_topic') and ((undefined(name='won') if l_1_won is missing else l_1_won) or (((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') * 100) + environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month')) < 201609))):
                pass
                t_46.extend((
                    '为',
                    str((str_join((environment.getitem((undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim), 0), '、', )) if (undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim) else cond_expr_undefined("the inline if-expression on line 1513 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    str((undefined(name='special_aim') if l_1_special_aim is missing else l_1_special_aim)),
                    '作出新的更大贡献！',
                ))
            elif (((environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'year') * 100) + environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'date'), 'month')) < 201609):
                pass
                t_46.extend((
                    '为',
                    str((str_join((environment.getitem((undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim), 0), '、', )) if (undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim) else cond_expr_undefined("the inline if-expression on line 1516 in 'sections/_parts.j2' evaluated to false and no else section was defined."))),
                    '推动',
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'scope')),
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'department')),
                    '事业健康发展作出新的更大贡献！',
                ))
            elif (undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim):
                pass
                t_46.extend((
                    '为',
                    str(environment.getitem((undefined(name='era_aim') if l_1_era_aim is missing else l_1_era_aim), 0)),
                    '、建设健康',
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region_short')),
                    '作出新的更大贡献！',
                ))
            else:
                pass
                t_46.extend((
                    '为建设健康',
                    str(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'region_short')),
                    '、保障人民群众身体健康作出新的更大贡献！',
                ))
        return concat(t_46)
    context.exported_vars.add('closing')
    context.vars['closing'] = l_0_closing = Macro(environment, macro, 'closing', ('rally',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '6=120&9=142&10=143&11=146&16=158&17=170&21=172&22=173&23=175&24=176&26=178&31=179&33=180&34=181&36=184&39=189&40=193&41=197&44=202&47=207&48=213&49=224&51=232&54=234&55=237&56=240&57=243&63=249&64=258&65=259&67=260&70=261&71=262&72=276&80=282&85=292&86=300&87=308&88=309&89=311&90=317&91=323&97=332&101=349&102=364&103=365&106=367&107=368&112=370&113=372&114=375&115=377&117=378&118=381&121=383&122=386&126=392&128=395&130=397&131=406&133=408&138=416&142=426&143=436&144=438&145=439&146=440&147=442&149=445&150=453&152=455&153=457&156=460&157=463&158=466&159=469&161=472&164=474&165=477&166=480&167=483&169=489&179=496&180=506&181=507&182=521&183=532&184=543&188=551&191=569&192=573&193=576&200=581&205=589&206=600&207=601&208=602&209=604&210=611&212=613&213=615&214=617&217=621&218=624&219=627&222=632&224=640&227=645&231=651&232=670&234=674&235=677&238=679&239=681&241=684&242=686&243=689&246=691&247=694&249=702&254=705&257=715&258=725&259=728&267=734&268=741&269=743&270=752&271=765&272=776&281=789&283=808&288=820&289=821&290=822&291=823&294=824&295=825&296=838&297=851&299=852&300=853&301=854&303=857&306=863&308=866&309=867&310=869&313=874&314=876&319=879&320=885&322=888&324=896&327=899&328=901&329=917&330=920&334=926&339=936&345=942&346=955&347=957&350=975&351=976&352=977&359=979&360=981&361=984&362=986&363=996&364=998&365=1001&366=1004&372=1010&373=1020&376=1021&377=1022&378=1023&379=1027&381=1032&382=1033&383=1034&384=1037&385=1040&386=1043&387=1046&388=1049&392=1053&393=1056&394=1058&395=1061&396=1063&402=1069&403=1075&404=1077&405=1079&409=1085&410=1104&411=1105&412=1106&413=1110&416=1115&417=1127&418=1130&422=1133&426=1134&428=1135&429=1136&430=1139&431=1143&432=1147&434=1153&436=1155&437=1157&438=1161&440=1166&443=1169&444=1173&446=1178&448=1184&451=1187&456=1191&457=1194&461=1197&462=1209&464=1212&465=1215&466=1218&471=1221&473=1222&474=1223&475=1236&478=1241&481=1255&482=1257&483=1259&487=1266&488=1280&489=1284&493=1290&494=1293&495=1296&496=1299&501=1302&502=1316&503=1321&504=1324&505=1327&506=1329&509=1330&510=1336&511=1339&512=1341&513=1342&514=1348&516=1353&517=1356&520=1358&521=1361&523=1367&533=1373&535=1420&536=1422&537=1433&538=1444&541=1452&544=1453&545=1454&546=1455&547=1457&548=1458&551=1460&552=1463&562=1464&563=1465&564=1473&565=1483&568=1484&569=1492&570=1504&574=1505&575=1506&576=1508&583=1519&584=1520&585=1522&586=1523&587=1525&588=1526&590=1528&595=1529&598=1532&599=1547&600=1550&601=1553&602=1556&603=1563&604=1570&606=1571&607=1574&608=1577&611=1582&612=1601&613=1609&618=1611&621=1615&626=1616&627=1624&628=1631&629=1633&630=1635&631=1649&635=1660&636=1667&637=1669&638=1671&639=1683&644=1692&645=1693&646=1695&647=1704&648=1718&653=1719&661=1725&662=1726&663=1728&664=1736&665=1738&667=1739&668=1742&669=1743&670=1746&672=1752&673=1756&675=1759&676=1763&677=1764&679=1772&680=1773&683=1775&687=1776&688=1777&690=1791&691=1807&692=1809&693=1810&694=1811&695=1813&700=1814&703=1817&705=1819&709=1827&713=1828&714=1829&715=1830&716=1833&718=1838&721=1839&722=1840&723=1842&726=1852&728=1853&729=1856&730=1858&731=1859&733=1867&737=1875&738=1877&739=1878&741=1879&742=1887&743=1888&745=1893&746=1895&747=1904&749=1907&750=1910&752=1913&754=1919&767=1922&770=1924&771=1925&772=1926&773=1928&774=1929&775=1931&780=1932&781=1934&782=1935&783=1937&786=1938&787=1941&790=1943&792=1946&794=1949&801=1955&802=1971&805=1972&806=1973&807=1974&808=1975&811=1976&812=1977&816=1978&823=1979&824=1981&825=1982&826=1984&827=1987&829=1989&830=2024&831=2026&832=2028&833=2030&836=2032&839=2036&842=2053&843=2071&847=2073&849=2084&852=2088&854=2090&855=2092&856=2099&861=2101&862=2103&865=2131&866=2133&867=2135&868=2137&869=2139&870=2141&875=2143&878=2152&879=2183&886=2198&887=2208&888=2214&889=2216&890=2218&891=2223&893=2229&902=2231&903=2240&908=2251&909=2267&912=2278&917=2280&918=2282&919=2295&920=2305&921=2307&925=2311&926=2313&929=2321&930=2323&931=2325&934=2327&935=2339&936=2343&937=2348&941=2351&942=2353&943=2355&944=2360&946=2362&947=2364&948=2373&950=2376&956=2378&957=2380&958=2384&959=2388&962=2393&966=2395&967=2397&970=2403&971=2418&972=2429&973=2433&974=2435&976=2442&980=2445&987=2452&988=2454&990=2456&996=2467&997=2469&1002=2471&1003=2473&1004=2477&1008=2479&1009=2481&1013=2483&1014=2494&1015=2496&1016=2507&1017=2525&1019=2528&1021=2544&1022=2551&1023=2560&1027=2562&1029=2567&1030=2571&1035=2580&1036=2585&1037=2592&1038=2596&1043=2603&1046=2615&1047=2670&1048=2676&1049=2682&1050=2687&1053=2689&1054=2699&1056=2702&1057=2706&1058=2709&1061=2716&1067=2720&1070=2730&1073=2743&1076=2751&1080=2757&1084=2780&1087=2787&1088=2796&1090=2805&1098=2814&1103=2828&1105=2838&1108=2845&1109=2847&1111=2851&1112=2853&1115=2854&1117=2856&1126=2867&1127=2881&1134=2882&1135=2883&1141=2884&1143=2885&1144=2888&1145=2906&1148=2907&1149=2908&1150=2909&1151=2918&1152=2921&1153=2925&1154=2929&1160=2934&1161=2935&1164=2952&1165=2953&1178=2954&1179=2955&1180=2968&1181=2969&1184=2970&1187=2971&1189=2972&1192=2973&1204=2974&1205=2975&1214=2976&1215=2978&1218=2983&1220=2987&1221=2998&1223=3038&1226=3040&1227=3041&1228=3044&1229=3046&1231=3052&1233=3053&1235=3056&1241=3058&1244=3083&1245=3093&1247=3095&1250=3098&1251=3101&1252=3103&1254=3108&1256=3109&1258=3114&1262=3119&1263=3124&1268=3129&1269=3130&1270=3138&1271=3140&1272=3142&1278=3148&1279=3149&1280=3152&1281=3155&1282=3158&1283=3161&1284=3168&1287=3170&1288=3171&1292=3176&1293=3182&1294=3187&1295=3192&1296=3194&1297=3195&1300=3197&1321=3198&1322=3199&1323=3200&1326=3202&1330=3203&1331=3204&1332=3241&1336=3252&1337=3273&1342=3298&1343=3314&1346=3316&1347=3319&1351=3326&1352=3327&1353=3332&1354=3334&1356=3337&1357=3341&1360=3343&1361=3345&1363=3346&1367=3351&1368=3353&1369=3355&1371=3358&1372=3360&1373=3363&1375=3370&1377=3373&1380=3375&1384=3379&1385=3384&1386=3387&1387=3389&1388=3392&1389=3395&1394=3398&1222=3407&1396=3410&1397=3414&1401=3416&1404=3418&1405=3420&1406=3428&1407=3430&1408=3442&1409=3444&1410=3449&1411=3453&1415=3456&1416=3458&1419=3461&1420=3466&1421=3469&1428=3481&1430=3521&1431=3524&1432=3527&1433=3530&1434=3533&1435=3536&1437=3542&1443=3545&1447=3555&1451=3558&1452=3561&1454=3564&1456=3570&1459=3573&1461=3574&1463=3575&1464=3578&1465=3584&1468=3586&1469=3588&1470=3591&1471=3593&1472=3595&1473=3598&1474=3601&1476=3604&1477=3606&1478=3611&1485=3612&1486=3613&1487=3614&1488=3624&1491=3625&1492=3626&1495=3627&1497=3628&1498=3631&1499=3645&1500=3646&1501=3647&1503=3650&1504=3660&1505=3663&1506=3668&1510=3674&1513=3679&1516=3687&1517=3697&1518=3710'
# Compiled from templates/sections/_parts.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 39215b407ecd03e48f199d2da646c3a7327a40960aef8225d841c67c7981475d
