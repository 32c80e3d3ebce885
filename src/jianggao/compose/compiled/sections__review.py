from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/review.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_township = resolve('township')
    l_0_options = resolve('options')
    l_0_plan = resolve('plan')
    l_0_b = resolve('b')
    l_0_vary = resolve('vary')
    l_0_reviews = resolve('reviews')
    l_0_led_by = resolve('led_by')
    l_0_fill = resolve('fill')
    l_0_parts = l_0_system = l_0_when = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/review.j2').make_module(context.get_all(), True, {'parts': l_0_parts, 'system': l_0_system, 'when': l_0_when})
    context.exported_vars.discard('parts')
    l_0_system = ('战线' if (undefined(name='township') if l_0_township is missing else l_0_township) else '系统')
    context.vars['system'] = l_0_system
    context.exported_vars.add('system')
    l_0_when = environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'when', t_2(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'figures_when'))))
    context.vars['when'] = l_0_when
    context.exported_vars.add('when')
    if (((undefined(name='when') if l_0_when is missing else l_0_when) == '上半年') and environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review')):
        pass
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在抓好常态化疫情防控的同时，按照年初部署推进各项工作。', )), str_join(('今年以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '坚持常态化疫情防控不放松，统筹推进卫生健康各项工作。', ))) if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic') == 'normal') and (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year') > 2020)) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年以来，面对突如其来的新冠肺炎疫情，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '把疫情防控作为头等大事，在抓好疫情防控的同时推进各项工作。', )))))
        yield '\n'
        if (not (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)):
            pass
            yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'midyear_honest')))
    elif (((undefined(name='when') if l_0_when is missing else l_0_when) == '上半年') and (not (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews))):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照年初会议的部署，推进各项工作。', )), str_join(('上半年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照年初确定的目标任务，推进各项工作。', )), str_join(('年初会议以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '围绕全年目标任务，推进各项工作。', ))))
        yield '\n'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'midyear_honest')))
        yield '\n'
    elif ((undefined(name='when') if l_0_when is missing else l_0_when) == '上半年'):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年以来，在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '围绕年初确定的目标任务推进各项工作。', )), str_join(('上半年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照年初部署推进各项工作。', )), str_join(('今年以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照年初工作会议的部署推进各项工作。', ))))
        if (t_1((undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) > 2):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '从进展情况看，主要有以下几个方面：', '总的看，工作有进展，也有差距。进展主要有以下几个方面：'))
        else:
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '从进展情况看：', '总的看，工作有进展，也有差距。从进展看：'))
    elif environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review'):
        pass
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年是极不平凡的一年。面对突如其来的新冠肺炎疫情，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的坚强领导下，把疫情防控作为头等大事，统筹推进疫情防控和卫生健康各项工作。', )), str_join(('过去的一年，我们经受了新冠肺炎疫情的严峻考验。', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的坚强领导下，一手抓疫情防控，一手抓卫生健康事业发展。', ))) if (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year') == 2020) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的坚强领导下，坚持常态化疫情防控不放松，统筹推进疫情防控和卫生健康各项工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，面对复杂多变的疫情形势，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '一手抓常态化疫情防控，一手抓卫生健康事业发展。', )), str_join(('过去一年，面对复杂严峻的疫情形势，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '统筹推进疫情防控和卫生健康各项工作。', )))))
        yield '\n'
    elif (not (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去的一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的领导下，围绕年初确定的目标任务做了大量工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '按照', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的部署，推进了各项工作。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '的同志们围绕年度目标任务，做了大量扎实细致的工作。', ))))
        yield '\n'
    else:
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去的一年，在', (undefined(name='led_by') if l_0_led_by is missing else l_0_led_by), '的坚强领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '坚持以人民健康为中心，攻坚克难、真抓实干，各项工作取得了新的成效。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '紧紧围绕', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的决策部署，聚焦年初确定的重点任务，扎实推进各项工作。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), (undefined(name='system') if l_0_system is missing else l_0_system), '在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的正确领导下，坚持以人民健康为中心，扎实推进各项工作，卫生健康事业发展取得了新成绩。', ))))
        if ((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3) and (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) and (not environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'after_report'))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们坚持稳中求进，把年初部署的任务一项一项往前推。'))
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'after_report'):
        pass
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'affirmed'), (undefined(name='when') if l_0_when is missing else l_0_when)))
        yield '\n'
    else:
        pass
        if ((t_1((undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) > 2) and ((undefined(name='when') if l_0_when is missing else l_0_when) != '上半年')):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '主要体现在以下几个方面：', '归纳起来，主要有以下几点：', '具体来说，主要有以下几个方面：', '概括起来，主要体现在以下几个方面：'))
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'review_areas'), (undefined(name='when') if l_0_when is missing else l_0_when), thanks=((t_1((undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) > 0) or ((undefined(name='when') if l_0_when is missing else l_0_when) != '上半年'))))
        yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'problems')))
    yield '\n'

blocks = {}
debug_info = '2=32&4=34&5=37&6=40&9=43&10=45&11=48&12=51&13=53&14=55&15=58&21=59&22=65&24=68&25=70&27=73&29=78&32=79&34=81&36=82&38=84&40=88&41=91&43=93'
# Compiled from templates/sections/review.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 7c748cfb21949e25904bc6cc4391b778d7fc549b00bf32112a6e01779df64a19
