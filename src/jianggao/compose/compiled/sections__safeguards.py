from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/safeguards.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plan = resolve('plan')
    l_0_kind = resolve('kind')
    l_0_promise = resolve('promise')
    l_0_promised = resolve('promised')
    l_0_many = resolve('many')
    l_0_leads = resolve('leads')
    l_0_vary = resolve('vary')
    l_0_parts = l_0_n = l_0_cn = l_0_when = missing
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
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/safeguards.j2').make_module(context.get_all(), True, {'cn': l_0_cn, 'leads': l_0_leads, 'n': l_0_n, 'parts': l_0_parts, 'promise': l_0_promise, 'promised': l_0_promised, 'when': l_0_when})
    context.exported_vars.discard('parts')
    l_0_n = t_2(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'tasks'))
    context.vars['n'] = l_0_n
    context.exported_vars.add('n')
    l_0_cn = []
    context.vars['cn'] = l_0_cn
    context.exported_vars.add('cn')
    for l_1_tp in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'tasks'):
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        if (environment.getattr(environment.getattr(environment.getattr(l_1_tp, 'view'), 'topic'), 'name') not in (undefined(name='cn') if l_0_cn is missing else l_0_cn)):
            pass
            l_1__ = environment.call(context, environment.getattr((undefined(name='cn') if l_0_cn is missing else l_0_cn), 'append'), environment.getattr(environment.getattr(environment.getattr(l_1_tp, 'view'), 'topic'), 'name'), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
    l_1_tp = l_1__ = missing
    l_0_when = ('今年' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'midyear_review') else '下半年')
    context.vars['when'] = l_0_when
    context.exported_vars.add('when')
    if (t_2((undefined(name='cn') if l_0_cn is missing else l_0_cn)) > 1):
        pass
        l_0_promise = {'leadership': '责任', 'supervision': '督查', 'coordination': '协作', 'funding': '保障', 'style': '作风', 'integrity': '纪律', 'publicity': '宣传', 'talent': '人才'}
        context.vars['promise'] = l_0_promise
        context.exported_vars.add('promise')
        l_0_promised = []
        context.vars['promised'] = l_0_promised
        context.exported_vars.add('promised')
        for l_1_r in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards'):
            l_1__ = resolve('_')
            _loop_vars = {}
            pass
            if ((l_1_r in (undefined(name='promise') if l_0_promise is missing else l_0_promise)) and (environment.getitem((undefined(name='promise') if l_0_promise is missing else l_0_promise), l_1_r) not in (undefined(name='promised') if l_0_promised is missing else l_0_promised))):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='promised') if l_0_promised is missing else l_0_promised), 'append'), environment.getitem((undefined(name='promise') if l_0_promise is missing else l_0_promise), l_1_r), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
        l_1_r = l_1__ = missing
        l_0_leads = [str_join(('为确保', (undefined(name='when') if l_0_when is missing else l_0_when), '部署的', environment.call(context, (undefined(name='many') if l_0_many is missing else l_0_many), (undefined(name='n') if l_0_n is missing else l_0_n)), '个方面任务不折不扣完成，要抓好以下几点。', )), str_join(('把', ('这次会议' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'annual_conference') else (undefined(name='when') if l_0_when is missing else l_0_when)), '部署的', environment.call(context, (undefined(name='many') if l_0_many is missing else l_0_many), (undefined(name='n') if l_0_n is missing else l_0_n)), '个方面任务落实到位，要靠以下几条保障。', )), str_join(('任务能否完成，关键在', t_1(context.eval_ctx, (undefined(name='promised') if l_0_promised is missing else l_0_promised)[:3], '、在'), '，要在以下几个方面下功夫。', )), (str_join(('任务定下来了，责任要', ('压实' if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') >= 2016) else '落实'), '，督查要跟上，保障要到位，这里强调几点。', )) if (('supervision' in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards')) and ('funding' in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards'))) else '任务已经明确，关键在于落实，这里强调几点。'), '会议部署的各项任务，要逐项落到实处，这里再强调几点。']
        context.vars['leads'] = l_0_leads
        context.exported_vars.add('leads')
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *(undefined(name='leads') if l_0_leads is missing else l_0_leads)) if (undefined(name='n') if l_0_n is missing else l_0_n) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '确保各项任务落到实处，要做好以下几方面保障。', '抓落实，要在以下几个方面下功夫。')))
        yield '\n'
    else:
        pass
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('为确保', (undefined(name='when') if l_0_when is missing else l_0_when), '的', environment.getitem((undefined(name='cn') if l_0_cn is missing else l_0_cn), 0), '任务不折不扣完成，要抓好以下几个方面。', )), '把这次会议安排的任务抓实抓好，要靠以下几条保障。', str_join((environment.getitem((undefined(name='cn') if l_0_cn is missing else l_0_cn), 0), '工作能否取得实效，关键在落实，这里强调几点。', )), str_join((environment.getitem((undefined(name='cn') if l_0_cn is missing else l_0_cn), 0), '工作成效如何，关键看各方面责任是否落实到位，下面提几点要求。', ))) if (undefined(name='cn') if l_0_cn is missing else l_0_cn) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '把这次会议安排的任务抓实抓好，要靠以下几条保障。', '能否取得实效，关键在落实，这里强调几点。')))
        yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'safeguards'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards')))
    yield '\n'

blocks = {}
debug_info = '2=31&5=33&6=36&7=48&10=51&15=53&16=56&17=68&18=72&21=77&23=79'
# Compiled from templates/sections/safeguards.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 3e321479efecde6aa321b7da37bd0be260a267efd52751d42ae9284cf195a506
