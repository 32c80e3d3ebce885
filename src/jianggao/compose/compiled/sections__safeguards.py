from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/safeguards.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plan = resolve('plan')
    l_0_vary = resolve('vary')
    l_0_kind = resolve('kind')
    l_0_many = resolve('many')
    l_0_parts = l_0_n = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/safeguards.j2').make_module(context.get_all(), True, {'n': l_0_n, 'parts': l_0_parts})
    context.exported_vars.discard('parts')
    l_0_n = t_1(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'tasks'))
    context.vars['n'] = l_0_n
    context.exported_vars.add('n')
    yield '¶'
    yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('确保', ('今年' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'midyear_review') else '下半年'), '的', environment.call(context, (undefined(name='many') if l_0_many is missing else l_0_many), (undefined(name='n') if l_0_n is missing else l_0_n)), '项重点任务不折不扣完成，要抓好以下几个方面。', )), '任务已经明确，要在以下几个方面下功夫，确保件件有着落。', str_join(('把', ('这次会议' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) != 'annual_conference') else '今年'), '部署的任务落实到位，要靠以下几条保障。', ))) if (undefined(name='n') if l_0_n is missing else l_0_n) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '各项任务能不能落实到位，要靠以下几条保障。', '抓落实，要在以下几个方面下功夫。')))
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'safeguards'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards')))
    yield '\n'

blocks = {}
debug_info = '2=22&5=24&6=28&7=30'
# Compiled from templates/sections/safeguards.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 4e3e260636fb91b0e203178e921014a63c1a991160709e9d197af1f74a934d2b
