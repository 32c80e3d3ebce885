from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/tasks.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_kind = resolve('kind')
    l_0_b = resolve('b')
    l_0_plan = resolve('plan')
    l_0_pandemic_line = resolve('pandemic_line')
    l_0_vary = resolve('vary')
    l_0_namespace = resolve('namespace')
    l_0_tasks = resolve('tasks')
    l_0_plan_next = resolve('plan_next')
    l_0_nxt = resolve('nxt')
    l_0_keep = resolve('keep')
    l_0_lagging = resolve('lagging')
    l_0_fill = resolve('fill')
    l_0_year_word = resolve('year_word')
    l_0_focus = resolve('focus')
    l_0_pick = resolve('pick')
    l_0_picks = resolve('picks')
    l_0_heads = resolve('heads')
    l_0_who = resolve('who')
    l_0_objs = resolve('objs')
    l_0_lagging_work = resolve('lagging_work')
    l_0_answer = resolve('answer')
    l_0_own_solved = resolve('own_solved')
    l_0_own_done = resolve('own_done')
    l_0_items = resolve('items')
    l_0_facets_of = resolve('facets_of')
    l_0_all_facets = resolve('all_facets')
    l_0_dealt = resolve('dealt')
    l_0_many = resolve('many')
    l_0_options = resolve('options')
    l_0_parts = l_0_now = l_0_on_epidemic = l_0_deployed = l_0_beside = l_0_f = l_0_plan_due = l_0_facet_count = l_0_kept = l_0_moved = l_0_n_cn = l_0_n_all = l_0_late_lead = missing
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
        t_6 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_7 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/tasks.j2').make_module(context.get_all(), True, {'all_facets': l_0_all_facets, 'beside': l_0_beside, 'deployed': l_0_deployed, 'f': l_0_f, 'facet_count': l_0_facet_count, 'focus': l_0_focus, 'heads': l_0_heads, 'items': l_0_items, 'kept': l_0_kept, 'lagging': l_0_lagging, 'lagging_work': l_0_lagging_work, 'late_lead': l_0_late_lead, 'moved': l_0_moved, 'n_all': l_0_n_all, 'n_cn': l_0_n_cn, 'now': l_0_now, 'nxt': l_0_nxt, 'objs': l_0_objs, 'on_epidemic': l_0_on_epidemic, 'own_done': l_0_own_done, 'own_solved': l_0_own_solved, 'pandemic_line': l_0_pandemic_line, 'parts': l_0_parts, 'plan_due': l_0_plan_due, 'who': l_0_who, 'year_word': l_0_year_word})
    context.exported_vars.discard('parts')
    l_0_now = ('下半年' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') else ('当前' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic') else '今年的工作'))
    context.vars['now'] = l_0_now
    context.exported_vars.add('now')
    l_0_on_epidemic = (((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'special_topic') or (environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key') in ('public_health', 'disease_control', 'patriotic_health', 'emergency', 'health_promotion', 'general')))
    context.vars['on_epidemic'] = l_0_on_epidemic
    context.exported_vars.add('on_epidemic')
    if ((not (undefined(name='on_epidemic') if l_0_on_epidemic is missing else l_0_on_epidemic)) or (((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic') and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'after'))):
        pass
        l_0_pandemic_line = ''
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'outbreak'):
        pass
        l_0_pandemic_line = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '当前，首要的是毫不放松抓好疫情防控，同时有序推进卫生健康各项工作。', str_join(((undefined(name='now') if l_0_now is missing else l_0_now), '，首先要把疫情防控作为头等大事，一刻也不能放松。', )))
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'normal'):
        pass
        l_0_pandemic_line = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(((undefined(name='now') if l_0_now is missing else l_0_now), '，首先要毫不放松抓好常态化疫情防控，统筹推进疫情防控和卫生健康各项工作。', )), str_join(('抓好', ('下半年' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') else '今年'), '的工作，前提是毫不放松抓好常态化疫情防控，坚决守住不发生规模性疫情的底线。', )))
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    elif (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'after'):
        pass
        l_0_pandemic_line = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '要落实好新冠病毒感染“乙类乙管”各项措施，把工作重心放到保健康、防重症上来。', '新冠病毒感染实施“乙类乙管”后，要做好重点人群健康服务和医疗救治，巩固疫情防控平稳转段的成果。')
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    else:
        pass
        l_0_pandemic_line = ''
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    l_0_deployed = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
    context.vars['deployed'] = l_0_deployed
    context.exported_vars.add('deployed')
    for l_1_x in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
        _loop_vars = {}
        pass
        for l_2_i in environment.getattr(l_1_x, 'items'):
            _loop_vars = {}
            pass
            if ('疫情防控' in l_2_i):
                pass
                if not isinstance(l_0_deployed, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_deployed['v'] = True
        l_2_i = missing
    l_1_x = missing
    l_0_beside = (str_join((environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作', )) if (((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic') and (t_2(environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')) <= 6)) else '卫生健康各项工作')
    context.vars['beside'] = l_0_beside
    context.exported_vars.add('beside')
    if (environment.getattr((undefined(name='deployed') if l_0_deployed is missing else l_0_deployed), 'v') and (undefined(name='pandemic_line') if l_0_pandemic_line is missing else l_0_pandemic_line)):
        pass
        l_0_pandemic_line = ('' if ('疫情' in (undefined(name='beside') if l_0_beside is missing else l_0_beside)) else str_join(((undefined(name='now') if l_0_now is missing else l_0_now), '，要统筹推进疫情防控和', (undefined(name='beside') if l_0_beside is missing else l_0_beside), '，两手抓、两不误。', )))
        context.vars['pandemic_line'] = l_0_pandemic_line
        context.exported_vars.add('pandemic_line')
    l_0_f = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing')
    context.vars['f'] = l_0_f
    context.exported_vars.add('f')
    l_0_plan_due = ''
    context.vars['plan_due'] = l_0_plan_due
    context.exported_vars.add('plan_due')
    if ((((undefined(name='f') if l_0_f is missing else l_0_f) and (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'place') == '收官之年')) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('government', 'bureau'))) and ((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'special_topic')):
        pass
        l_0_nxt = environment.call(context, (undefined(name='plan_next') if l_0_plan_next is missing else l_0_plan_next), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'))
        context.vars['nxt'] = l_0_nxt
        context.exported_vars.add('nxt')
        if ((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt) and (((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') or (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') >= 7))):
            pass
            l_0_plan_due = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划确定的主要指标，要逐个对账，还没有达到的，年底前要达到规划要求；同时要抓紧研究起草“', (undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划，把群众的健康需求和', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '的短板弱项摸清楚，把下一个规划期要办的大事想在前面。', )), str_join(('下半年还要做好规划的两件事：一件是对照“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划逐项对账，没有完成的指标年底前要达到规划要求；另一件是抓紧研究起草“', (undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划，深入分析群众健康需求和发展短板，把下一个规划期的重点任务和项目谋划好。', )))
            context.vars['plan_due'] = l_0_plan_due
            context.exported_vars.add('plan_due')
        elif (undefined(name='nxt') if l_0_nxt is missing else l_0_nxt):
            pass
            l_0_plan_due = environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年要着手“', (undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划的前期研究，深入分析群众健康需求和发展短板，为起草好规划打下基础。', )), str_join(('“', (undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), '”', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '规划的前期研究今年要启动，把群众的健康需求和', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '的短板弱项摸清楚，为起草规划打好基础。', )))
            context.vars['plan_due'] = l_0_plan_due
            context.exported_vars.add('plan_due')
    if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review'):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '当前，全年工作已经进入下半程，时间紧、任务重，各单位要对照年度目标逐项盘点，倒排工期、挂图作战，确保序时进度。', '下半年时间紧、任务重，越是到了关键时期，越要保持定力、加压奋进，决不能有松劲歇脚的思想。', '离年底只有不到半年时间，各单位要增强紧迫感，对照目标找差距，集中精力抓重点、补短板。'))
        yield str((undefined(name='pandemic_line') if l_0_pandemic_line is missing else l_0_pandemic_line))
        if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') in (6, 7, 8)):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '下半年的各项任务，要排出时间表，明确完成时限，确保年底前全面完成。', '各单位要把下半年的工作细化到月，防止松劲懈怠。'))
        if (undefined(name='plan_due') if l_0_plan_due is missing else l_0_plan_due):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='keep') if l_0_keep is missing else l_0_keep), (undefined(name='plan_due') if l_0_plan_due is missing else l_0_plan_due)))
        l_0_lagging = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
        context.vars['lagging'] = l_0_lagging
        context.exported_vars.add('lagging')
        for l_1_pr in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'):
            _loop_vars = {}
            pass
            for l_2_w in ['进度', '滞后', '落后']:
                _loop_vars = {}
                pass
                if (l_2_w in l_1_pr):
                    pass
                    if not isinstance(l_0_lagging, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_0_lagging['v'] = True
            l_2_w = missing
        l_1_pr = missing
        if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 6) and (not environment.getattr((undefined(name='lagging') if l_0_lagging is missing else l_0_lagging), 'v'))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '对进度滞后的指标和任务，要逐项分析原因，制定有针对性的措施，确保年底前全面完成。‖对进度滞后的指标和任务，要逐项分析原因，有针对性地制定措施，确保年底前全面完成。‖凡是进度滞后的，都要认真查找原因，拿出管用的措施，确保年底前如期完成。'))
    elif ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic'):
        pass
        l_0_year_word = ('下一步的' if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') in (9, 10)) else '今年的')
        context.vars['year_word'] = l_0_year_word
        context.exported_vars.add('year_word')
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('做好', (undefined(name='year_word') if l_0_year_word is missing else l_0_year_word), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作，要坚持问题导向和目标导向，突出重点、攻坚克难，一项一项抓出成效。', )), str_join(((undefined(name='year_word') if l_0_year_word is missing else l_0_year_word), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作，要在巩固已有成果的基础上，聚焦薄弱环节，集中力量攻坚突破。', )), str_join(('抓好', (undefined(name='year_word') if l_0_year_word is missing else l_0_year_word), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作，要坚持巩固和提升并重，在解决薄弱环节上下功夫，在建立长效机制上求突破。', ))))
        yield str((undefined(name='pandemic_line') if l_0_pandemic_line is missing else l_0_pandemic_line))
        yield '\n'
    else:
        pass
        if (undefined(name='pandemic_line') if l_0_pandemic_line is missing else l_0_pandemic_line):
            pass
            yield '¶'
            yield str((undefined(name='pandemic_line') if l_0_pandemic_line is missing else l_0_pandemic_line))
            yield '\n'
        else:
            pass
            l_0_focus = []
            context.vars['focus'] = l_0_focus
            context.exported_vars.add('focus')
            for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
                l_1__ = resolve('_')
                _loop_vars = {}
                pass
                if environment.getattr(l_1_t, 'from_brief'):
                    pass
                    l_1__ = environment.call(context, environment.getattr((undefined(name='focus') if l_0_focus is missing else l_0_focus), 'append'), environment.getattr(environment.getattr(l_1_t, 'topic'), 'name'), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_1__
            l_1_t = l_1__ = missing
            if ((t_2((undefined(name='focus') if l_0_focus is missing else l_0_focus)) > 4) or (t_2((undefined(name='focus') if l_0_focus is missing else l_0_focus)) != t_2((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)))):
                pass
                l_0_focus = []
                context.vars['focus'] = l_0_focus
                context.exported_vars.add('focus')
            yield '¶'
            yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'task', 'general', min_len=20, default=(['做好今年的卫生健康工作，要坚持以人民健康为中心，坚持新时代党的卫生与健康工作方针，推动优质医疗资源扩容下沉和区域均衡布局，不断增强人民群众的获得感、幸福感、安全感。'] if (not (undefined(name='focus') if l_0_focus is missing else l_0_focus)) else [str_join(('今年的', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作，重中之重是', (str_join((t_1(context.eval_ctx, (undefined(name='focus') if l_0_focus is missing else l_0_focus)[:-1], '、'), '和', environment.getitem((undefined(name='focus') if l_0_focus is missing else l_0_focus), -1), )) if (t_2((undefined(name='focus') if l_0_focus is missing else l_0_focus)) > 1) else environment.getitem((undefined(name='focus') if l_0_focus is missing else l_0_focus), 0)), '。', )), str_join(('今年的', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作，重点在', (str_join((t_1(context.eval_ctx, (undefined(name='focus') if l_0_focus is missing else l_0_focus)[:-1], '、'), '和', environment.getitem((undefined(name='focus') if l_0_focus is missing else l_0_focus), -1), )) if (t_2((undefined(name='focus') if l_0_focus is missing else l_0_focus)) > 1) else environment.getitem((undefined(name='focus') if l_0_focus is missing else l_0_focus), 0)), '。', ))])))
            yield '\n'
        for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'task', 'general', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 4), min_len=24):
            _loop_vars = {}
            pass
            yield str(l_1_s)
        l_1_s = missing
        if (undefined(name='plan_due') if l_0_plan_due is missing else l_0_plan_due):
            pass
            yield str(environment.call(context, (undefined(name='keep') if l_0_keep is missing else l_0_keep), (undefined(name='plan_due') if l_0_plan_due is missing else l_0_plan_due)))
    if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'situation_problems') and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'problems_home') != 'situation')) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'problems_home') != 'direction')):
        pass
        l_0_heads = []
        context.vars['heads'] = l_0_heads
        context.exported_vars.add('heads')
        for l_1_p in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'situation_problems'):
            l_1__ = missing
            _loop_vars = {}
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='heads') if l_0_heads is missing else l_0_heads), 'append'), environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_1_p, 'split'), '，', _loop_vars=_loop_vars), 0), 'split'), '；', _loop_vars=_loop_vars), 0), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
        l_1_p = l_1__ = missing
        if (((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') and environment.getattr((undefined(name='lagging') if l_0_lagging is missing else l_0_lagging), 'v')):
            pass
            l_0_who = (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'bureau') if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'government') else (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government') if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'township') else ('委里' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'bureau'), 'endswith'), '委') else '局里')))
            context.vars['who'] = l_0_who
            context.exported_vars.add('who')
            l_0_objs = []
            context.vars['objs'] = l_0_objs
            context.exported_vars.add('objs')
            for l_1_p in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'situation_problems'):
                l_1_lag_object = resolve('lag_object')
                l_1__ = resolve('_')
                _loop_vars = {}
                pass
                if environment.call(context, (undefined(name='lag_object') if l_1_lag_object is missing else l_1_lag_object), l_1_p, _loop_vars=_loop_vars):
                    pass
                    l_1__ = environment.call(context, environment.getattr((undefined(name='objs') if l_0_objs is missing else l_0_objs), 'append'), environment.call(context, (undefined(name='lag_object') if l_1_lag_object is missing else l_1_lag_object), l_1_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_1__
            l_1_p = l_1_lag_object = l_1__ = missing
            l_0_lagging_work = (str_join((t_1(context.eval_ctx, (undefined(name='objs') if l_0_objs is missing else l_0_objs), '、'), ('等' if (t_2((undefined(name='objs') if l_0_objs is missing else l_0_objs)) > 1) else ''), '进度滞后的工作', )) if (undefined(name='objs') if l_0_objs is missing else l_0_objs) else '进度滞后的工作')
            context.vars['lagging_work'] = l_0_lagging_work
            context.exported_vars.add('lagging_work')
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('对', (undefined(name='lagging_work') if l_0_lagging_work is missing else l_0_lagging_work), '，', (undefined(name='who') if l_0_who is missing else l_0_who), '要逐项查明滞后的原因，对推进不力的单位约谈主要负责同志，督促限期赶上。', )), str_join(((undefined(name='lagging_work') if l_0_lagging_work is missing else l_0_lagging_work), '，', (undefined(name='who') if l_0_who is missing else l_0_who), '要把滞后的环节和原因逐项查清楚，推进不力的要约谈主要负责同志，明确赶上来的时限。', ))))
            yield '\n'
        else:
            pass
            l_0_own_solved = environment.call(context, (undefined(name='answer') if l_0_answer is missing else l_0_answer), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'situation_problems'))
            context.vars['own_solved'] = l_0_own_solved
            context.exported_vars.add('own_solved')
            for (l_1_p, l_1_s, l_1_on_item) in (undefined(name='own_solved') if l_0_own_solved is missing else l_0_own_solved):
                _loop_vars = {}
                pass
                yield str(l_1_s)
            l_1_p = l_1_s = l_1_on_item = missing
            l_0_own_done = t_3(context.eval_ctx, t_4(context, (undefined(name='own_solved') if l_0_own_solved is missing else l_0_own_solved), 'first'))
            context.vars['own_done'] = l_0_own_done
            context.exported_vars.add('own_done')
            l_0_heads = []
            context.vars['heads'] = l_0_heads
            context.exported_vars.add('heads')
            for l_1_p in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'situation_problems'):
                l_1__ = resolve('_')
                _loop_vars = {}
                pass
                if (l_1_p not in (undefined(name='own_done') if l_0_own_done is missing else l_0_own_done)):
                    pass
                    l_1__ = environment.call(context, environment.getattr((undefined(name='heads') if l_0_heads is missing else l_0_heads), 'append'), environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(l_1_p, 'split'), '，', _loop_vars=_loop_vars), 0), 'split'), '；', _loop_vars=_loop_vars), 0), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_1__
            l_1_p = l_1__ = missing
            if (undefined(name='heads') if l_0_heads is missing else l_0_heads):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('对', t_1(context.eval_ctx, (undefined(name='heads') if l_0_heads is missing else l_0_heads), '、'), ('等' if (t_2((undefined(name='heads') if l_0_heads is missing else l_0_heads)) > 1) else '的'), '问题，各单位要对照检查、逐项整改。', )), str_join(('对', t_1(context.eval_ctx, (undefined(name='heads') if l_0_heads is missing else l_0_heads), '、'), ('等' if (t_2((undefined(name='heads') if l_0_heads is missing else l_0_heads)) > 1) else '的'), '问题，要放到', ('下半年' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') else '今年'), '的全局工作中统筹解决。', )), str_join(('解决', t_1(context.eval_ctx, (undefined(name='heads') if l_0_heads is missing else l_0_heads), '、'), ('等' if (t_2((undefined(name='heads') if l_0_heads is missing else l_0_heads)) > 1) else '的'), '问题，各单位要对照检查、逐项整改。', ))))
                yield '\n'
    l_0_facet_count = (t_5(environment, [0, ((4 + environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'extra_areas')) - t_2((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)))]) if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic') else 0)
    context.vars['facet_count'] = l_0_facet_count
    context.exported_vars.add('facet_count')
    l_0_kept = []
    context.vars['kept'] = l_0_kept
    context.exported_vars.add('kept')
    if (undefined(name='facet_count') if l_0_facet_count is missing else l_0_facet_count):
        pass
        l_0_items = []
        context.vars['items'] = l_0_items
        context.exported_vars.add('items')
        for l_1_x in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
            _loop_vars = {}
            pass
            for l_2_i in environment.getattr(l_1_x, 'items'):
                l_2__ = missing
                _loop_vars = {}
                pass
                l_2__ = environment.call(context, environment.getattr((undefined(name='items') if l_0_items is missing else l_0_items), 'append'), l_2_i, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_i = l_2__ = missing
        l_1_x = missing
        l_0_all_facets = environment.call(context, (undefined(name='facets_of') if l_0_facets_of is missing else l_0_facets_of), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key'))
        context.vars['all_facets'] = l_0_all_facets
        context.exported_vars.add('all_facets')
        for l_1_f in ((undefined(name='all_facets') if l_0_all_facets is missing else l_0_all_facets)[:1] + environment.call(context, (undefined(name='dealt') if l_0_dealt is missing else l_0_dealt), (undefined(name='all_facets') if l_0_all_facets is missing else l_0_all_facets)[1:], environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key'))):
            l_1_held_by_area = resolve('held_by_area')
            l_1_title_fits = resolve('title_fits')
            l_1_in_field = resolve('in_field')
            l_1__ = resolve('_')
            l_1_cover = missing
            _loop_vars = {}
            pass
            l_1_cover = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), hit=(t_2(t_3(context.eval_ctx, t_7(context, environment.call(context, environment.getattr(t_6(context.eval_ctx, environment.getitem(l_1_f, 0), '{t}', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')), 'split'), '‖', _loop_vars=_loop_vars), 'in', t_1(context.eval_ctx, (undefined(name='items') if l_0_items is missing else l_0_items), '|')))) > 0), _loop_vars=_loop_vars)
            _loop_vars['cover'] = l_1_cover
            for l_2_i in (undefined(name='items') if l_0_items is missing else l_0_items):
                l_2_facet_of = resolve('facet_of')
                l_2_same_subject = resolve('same_subject')
                _loop_vars = {}
                pass
                if ((environment.call(context, (undefined(name='facet_of') if l_2_facet_of is missing else l_2_facet_of), l_2_i, [environment.getitem(l_1_f, 0)], _loop_vars=_loop_vars) >= 0) or environment.call(context, (undefined(name='same_subject') if l_2_same_subject is missing else l_2_same_subject), t_6(context.eval_ctx, environment.getitem(environment.call(context, environment.getattr(environment.getitem(l_1_f, 0), 'split'), '‖', _loop_vars=_loop_vars), 0), '{t}', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')), l_2_i, _loop_vars=_loop_vars)):
                    pass
                    if not isinstance(l_1_cover, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_cover['hit'] = True
            l_2_i = l_2_facet_of = l_2_same_subject = missing
            if environment.call(context, (undefined(name='held_by_area') if l_1_held_by_area is missing else l_1_held_by_area), t_6(context.eval_ctx, environment.getitem(environment.call(context, environment.getattr(environment.getitem(l_1_f, 0), 'split'), '‖', _loop_vars=_loop_vars), 0), '{t}', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')), t_3(context.eval_ctx, t_4(context, (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks), attribute='topic.key')), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key'), _loop_vars=_loop_vars):
                pass
                if not isinstance(l_1_cover, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_cover['hit'] = True
            if (((((not environment.getattr((undefined(name='cover') if l_1_cover is missing else l_1_cover), 'hit')) and (t_2((undefined(name='kept') if l_0_kept is missing else l_0_kept)) < (undefined(name='facet_count') if l_0_facet_count is missing else l_0_facet_count))) and environment.call(context, (undefined(name='title_fits') if l_1_title_fits is missing else l_1_title_fits), environment.getitem(l_1_f, 0), _loop_vars=_loop_vars)) and (('农村' not in environment.getitem(l_1_f, 0)) or environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'countryside'))) and environment.call(context, (undefined(name='in_field') if l_1_in_field is missing else l_1_in_field), t_6(context.eval_ctx, environment.getitem(environment.call(context, environment.getattr(environment.getitem(l_1_f, 0), 'split'), '‖', _loop_vars=_loop_vars), 0), '{t}', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'subject_field'), _loop_vars=_loop_vars)):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='kept') if l_0_kept is missing else l_0_kept), 'append'), l_1_f, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
        l_1_f = l_1_cover = l_1_held_by_area = l_1_title_fits = l_1_in_field = l_1__ = missing
    l_0_moved = {}
    context.vars['moved'] = l_0_moved
    context.exported_vars.add('moved')
    l_0_n_cn = environment.call(context, (undefined(name='many') if l_0_many is missing else l_0_many), (t_2((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)) + t_2((undefined(name='kept') if l_0_kept is missing else l_0_kept))))
    context.vars['n_cn'] = l_0_n_cn
    context.exported_vars.add('n_cn')
    l_0_n_all = (t_2((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks)) + t_2((undefined(name='kept') if l_0_kept is missing else l_0_kept)))
    context.vars['n_all'] = l_0_n_all
    context.exported_vars.add('n_all')
    l_0_late_lead = ('接下来，要重点抓好以下几项工作。‖当前和今后一段时间，要着力抓好以下几项工作。' if ((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') in (9, 10)) and ((undefined(name='kind') if l_0_kind is missing else l_0_kind) not in ('midyear_review',))) else '')
    context.vars['late_lead'] = l_0_late_lead
    context.exported_vars.add('late_lead')
    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), (((undefined(name='late_lead') if l_0_late_lead is missing else l_0_late_lead) or environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'lead', '')) or (str_join(('今年重点抓好', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面的工作。‖具体来说，今年要着力抓好以下', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面的工作。‖今年要重点抓好', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面。‖今年要突出抓好', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面的工作。', )) if ((undefined(name='n_all') if l_0_n_all is missing else l_0_n_all) <= 5) else str_join(('具体来说，今年要抓好以下', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面的工作。‖今年的任务分', (undefined(name='n_cn') if l_0_n_cn is missing else l_0_n_cn), '个方面来部署。', ))))))
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'task_areas'), environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'per_topic', 1), (undefined(name='kept') if l_0_kept is missing else l_0_kept), (undefined(name='moved') if l_0_moved is missing else l_0_moved)))
    yield '\n'
    if (undefined(name='kept') if l_0_kept is missing else l_0_kept):
        pass
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'facets'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), (undefined(name='kept') if l_0_kept is missing else l_0_kept), (undefined(name='moved') if l_0_moved is missing else l_0_moved)))

blocks = {}
debug_info = '2=83&4=85&6=88&7=91&8=93&9=96&10=98&11=101&12=103&13=106&14=108&15=113&19=116&21=132&23=135&27=140&28=143&29=146&30=148&31=151&32=153&33=156&34=158&37=161&38=164&40=166&41=169&42=173&43=189&44=192&46=194&47=198&49=203&50=206&56=210&58=222&59=228&61=230&62=235&66=238&67=240&68=250&72=252&75=255&76=268&77=271&81=275&82=278&83=283&84=286&85=298&86=300&94=302&97=305&98=308&99=310&102=324&103=327&104=335&105=337&111=348&112=353&115=358&116=361&118=364&121=367&122=370&123=372&124=374'
# Compiled from templates/sections/tasks.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 147a40b2a1b650f09ecebae4379093f9c1e1542f920565d321ccbf8777d5348c
