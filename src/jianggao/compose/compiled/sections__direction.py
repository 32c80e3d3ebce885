from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/direction.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vary = resolve('vary')
    l_0_pick = resolve('pick')
    l_0_in_force = resolve('in_force')
    l_0_ERA_LINES = resolve('ERA_LINES')
    l_0_b = resolve('b')
    l_0_plan = resolve('plan')
    l_0_fp = resolve('fp')
    l_0_picks = resolve('picks')
    l_0_fill = resolve('fill')
    l_0_parts = l_0_idea = l_0_guide = l_0_points = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/direction.j2').make_module(context.get_all(), True, {'fp': l_0_fp, 'guide': l_0_guide, 'idea': l_0_idea, 'parts': l_0_parts, 'points': l_0_points})
    context.exported_vars.discard('parts')
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'situation')))
    l_0_idea = (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '坚持以人民健康为中心，坚持新时代党的卫生与健康工作方针，以深化医药卫生体制改革为动力，以提升服务能力为重点，推动卫生健康事业高质量发展。') or environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'task', 'general', min_len=30, default=['坚持以深化医药卫生体制改革为动力，以提升服务能力为重点，统筹推进各项工作，努力满足人民群众多层次的医疗卫生服务需求。']))
    context.vars['idea'] = l_0_idea
    context.exported_vars.add('idea')
    l_0_guide = environment.call(context, (undefined(name='in_force') if l_0_in_force is missing else l_0_in_force), environment.getattr((undefined(name='ERA_LINES') if l_0_ERA_LINES is missing else l_0_ERA_LINES), 'direction'))
    context.vars['guide'] = l_0_guide
    context.exported_vars.add('guide')
    l_0_guide = (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *(undefined(name='guide') if l_0_guide is missing else l_0_guide)) if ((undefined(name='guide') if l_0_guide is missing else l_0_guide) and (not (('为指导' in ((undefined(name='idea') if l_0_idea is missing else l_0_idea) or '')) or ('精神，' in ((undefined(name='idea') if l_0_idea is missing else l_0_idea) or ''))))) else '')
    context.vars['guide'] = l_0_guide
    context.exported_vars.add('guide')
    if (((undefined(name='idea') if l_0_idea is missing else l_0_idea) and ('计生' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'))) and (not t_1(context.eval_ctx, t_2(context, ['计划生育', '人口'], 'in', (undefined(name='idea') if l_0_idea is missing else l_0_idea))))):
        pass
        l_0_fp = ('坚持计划生育基本国策，稳定适度低生育水平' if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') < 2016) else ('坚持计划生育基本国策，促进人口长期均衡发展' if ((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') < 2023) or ((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') == 2023) and (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') < 7))) else '完善生育支持政策体系，推动人口高质量发展'))
        context.vars['fp'] = l_0_fp
        context.exported_vars.add('fp')
        l_0_idea = str_join((environment.call(context, environment.getattr((undefined(name='idea') if l_0_idea is missing else l_0_idea), 'rstrip'), '。'), '；', (undefined(name='fp') if l_0_fp is missing else l_0_fp), '。', ))
        context.vars['idea'] = l_0_idea
        context.exported_vars.add('idea')
    if (undefined(name='idea') if l_0_idea is missing else l_0_idea):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的总体思路是：', )), str_join(('综合考虑以上因素，今年', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的总体思路是：', )), str_join(('基于以上考虑，今年', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的总体思路是：', ))))
        yield str((undefined(name='guide') if l_0_guide is missing else l_0_guide))
        yield str((undefined(name='idea') if l_0_idea is missing else l_0_idea))
        yield '\n'
    for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'task', 'general', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 4), min_len=30):
        _loop_vars = {}
        pass
        yield str(l_1_s)
    l_1_s = missing
    l_0_points = (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '一是坚持人民至上，把群众满意不满意作为衡量工作成效的根本标准，着力解决群众急难愁盼的健康问题；二是坚持改革创新，用改革的办法破解发展中的体制机制障碍，激发卫生健康事业发展活力；三是坚持系统观念，统筹发展和安全、当前和长远、城市和农村，推动卫生健康事业协调发展。', '一是坚持以人民为中心的发展思想，把群众满意不满意作为衡量工作成效的根本标准，着力解决群众看病就医的突出问题；二是坚持改革创新，用改革的办法破解发展中的体制机制障碍，激发卫生事业发展活力；三是坚持统筹兼顾，统筹城市和农村、预防和治疗、当前和长远，推动卫生事业协调发展。', '一是坚持以人为本，把群众满意不满意作为衡量工作成效的根本标准，着力解决群众看病就医的突出问题；二是坚持改革创新，用改革的办法破解发展中的体制机制障碍，激发卫生事业发展活力；三是坚持统筹兼顾，统筹城市和农村、预防和治疗、当前和长远，推动卫生事业协调发展。') if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 6) else '')
    context.vars['points'] = l_0_points
    context.exported_vars.add('points')
    if (undefined(name='points') if l_0_points is missing else l_0_points):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '落实好今年的各项任务，要把握好以下几点：', '做好今年的工作，要着重把握好三个方面：', '推进今年的各项工作，要牢牢把握以下三点：', '在工作中，要注意把握好三个方面：'))
        yield '\n'
        yield str((undefined(name='points') if l_0_points is missing else l_0_points))
        yield '\n'

blocks = {}
debug_info = '2=33&3=35&8=36&11=39&12=42&15=45&16=47&17=50&19=53&21=56&23=60&28=65&29=68&30=71&31=73'
# Compiled from templates/sections/direction.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 4b320986f97362d56242d7ac50f38a819f891ca31e58497418378d9d14523ace
