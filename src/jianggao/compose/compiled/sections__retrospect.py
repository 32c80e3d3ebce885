from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/retrospect.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plan = resolve('plan')
    l_0_b = resolve('b')
    l_0_vary = resolve('vary')
    l_0_reviews = resolve('reviews')
    l_0_fill = resolve('fill')
    l_0_options = resolve('options')
    l_0_y = resolve('y')
    l_0_parts = missing
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/retrospect.j2').make_module(context.get_all(), True, {'parts': l_0_parts, 'y': l_0_y})
    context.exported_vars.discard('parts')
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review'):
        pass
        yield '¶'
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年是极不平凡的一年。面对突如其来的新冠肺炎疫情，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，把疫情防控作为头等大事，统筹推进疫情防控和卫生健康各项工作。', )), str_join(('过去的一年，我们经受了新冠肺炎疫情的严峻考验。', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，一手抓疫情防控，一手抓卫生健康事业发展。', ))) if (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year') == 2020) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，坚持常态化疫情防控不放松，统筹推进疫情防控和卫生健康各项工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，面对复杂多变的疫情形势，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统一手抓常态化疫情防控，一手抓卫生健康事业发展。', )))))
        yield '\n'
    elif (not (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去的一年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的领导下，围绕年初确定的目标任务做了大量工作。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统按照', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的部署，推进了各项工作。', ))))
        yield '\n'
    else:
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *[str_join(('过去的一年，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统坚持以人民健康为中心，攻坚克难、真抓实干，各项工作扎实推进。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统紧紧围绕年初确定的目标任务，扎实工作，各项事业保持了良好的发展态势。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的正确领导下，坚持以人民健康为中心，扎实推进各项工作，卫生健康事业发展取得了新成绩。', ))]))
        yield '\n'
    if ((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 1) and (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)) and (not environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'pandemic_review'))):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们坚持稳中求进，把年初部署的任务一项一项往前推。', '我们对照年初部署，一项一项抓推进、抓落实。'))
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'review_areas'), environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'when', str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年', ))), thanks=True, as_headings=True))
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'problems')))
    if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '回顾一年来的工作，我们有以下几点体会：', '一年来的实践，使我们深刻体会到：', '总结一年来的工作，我们有几点深刻体会：', '回顾过去一年，我们深切感到：'))
        l_0_y = environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year')
        context.vars['y'] = l_0_y
        context.exported_vars.add('y')
        yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('一是必须坚持党的全面领导，把党的领导贯穿', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作全过程，确保各项工作始终沿着正确方向前进；', )), str_join(('一是必须坚持党的全面领导，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的重大事项都要在党的领导下研究推进；', ))) if ((undefined(name='y') if l_0_y is missing else l_0_y) >= 2018) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('一是必须紧紧依靠', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的领导和各部门的支持，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作才能形成合力；', )), str_join(('一是必须把', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作放到', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '经济社会发展的大局中谋划，主动争取各方面的支持；', )))))
        yield '\n'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '二是必须坚持重心下移，把人员、资金和项目更多地放到基层，把服务网底织牢；', '二是必须坚持强基层，人往基层走、钱往基层投、项目往基层放，网底牢了，全局才稳；'))
        yield '\n'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '三是必须紧盯短板，哪里薄弱就在哪里用力，把群众反映强烈的问题作为工作的着力点；', '三是必须坚持问题导向，群众反映最强烈的地方，就是工作最该用力的地方；'))
        yield '\n'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('四是必须坚持真抓实干，一级抓一级、层层抓落实，', ('以钉钉子精神推动各项任务落地见效。' if ((undefined(name='y') if l_0_y is missing else l_0_y) >= 2014) else '一抓到底，推动各项任务落地见效。'), )), '四是必须坚持真抓实干，定了的事就一抓到底，不搞花架子、不做表面文章。'))
        yield '\n'
        if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 7):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '这些体会，是我们做好今后工作的宝贵经验，必须长期坚持、不断深化。‖这些体会来之不易，是我们做好今后工作的宝贵财富，必须长期坚持。‖这几点体会，是我们在实践中得出的经验，要在今后的工作中长期坚持、不断丰富。'))

blocks = {}
debug_info = '2=19&3=21&5=24&6=26&7=29&9=34&11=36&12=39&13=41&16=42&17=45&20=46&21=49&22=51&23=53&24=55&25=57'
# Compiled from templates/sections/retrospect.j2 by jianggao.compose.templating.write_compiled; do not edit.
# ec8ce9a2a6178bc5b1882a73b9278c3b27ba01700accc47d1e0edde0094c5af4
