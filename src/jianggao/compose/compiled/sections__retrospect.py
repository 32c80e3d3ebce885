from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/retrospect.j2'

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
    l_0_reviews = resolve('reviews')
    l_0_fill = resolve('fill')
    l_0_options = resolve('options')
    l_0_parts = l_0_system = missing
    try:
        t_1 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/retrospect.j2').make_module(context.get_all(), True, {'parts': l_0_parts, 'system': l_0_system})
    context.exported_vars.discard('parts')
    l_0_system = ('战线' if (undefined(name='township') if l_0_township is missing else l_0_township) else '系统')
    context.vars['system'] = l_0_system
    context.exported_vars.add('system')
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review'):
        pass
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年是极不平凡的一年。面对突如其来的新冠肺炎疫情，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，把疫情防控作为头等大事，统筹推进疫情防控和卫生健康各项工作。', )), str_join(('过去的一年，我们经受了新冠肺炎疫情的严峻考验。', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，一手抓疫情防控，一手抓卫生健康事业发展。', ))) if (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year') == 2020) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，坚持常态化疫情防控不放松，统筹推进疫情防控和卫生健康各项工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，面对复杂多变的疫情形势，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '一手抓常态化疫情防控，一手抓卫生健康事业发展。', )), str_join(('过去一年，面对复杂严峻的疫情形势，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '统筹推进疫情防控和卫生健康各项工作。', )))))
        yield '\n'
    elif (not (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去的一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的领导下，围绕年初确定的目标任务做了大量工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的部署，推进了各项工作。', ))))
        yield '\n'
    else:
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *[str_join(('过去的一年，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '坚持以人民健康为中心，攻坚克难、真抓实干，各项工作扎实推进。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '紧紧围绕年初确定的目标任务，聚焦重点、扎实推进各项工作。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的正确领导下，坚持以人民健康为中心，扎实推进各项工作，卫生健康事业发展取得了新成绩。', ))]))
        yield '\n'
    if ((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 1) and (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) and (not environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review'))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们坚持稳中求进，把年初部署的任务一项一项往前推。'))
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'review_areas'), environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'when', t_1(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'figures_when')))), thanks=True, as_headings=True))
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'problems')))

blocks = {}
debug_info = '2=25&4=27&5=30&7=33&8=35&9=38&11=43&13=45&14=48&15=50'
# Compiled from templates/sections/retrospect.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 9751469b301bfdda5bc7fe7d94a83fbd7f9516620e9d8fdd0fcacbb2266ea9be
