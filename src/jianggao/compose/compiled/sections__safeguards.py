from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/safeguards.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pick = resolve('pick')
    l_0_plan = resolve('plan')
    l_0_parts = missing
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/safeguards.j2').make_module(context.get_all(), True, {'parts': l_0_parts})
    context.exported_vars.discard('parts')
    yield '¶'
    yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'transition', 'to_safeguards', min_len=10, default=['目标已经明确，任务已经部署，关键在于抓落实。', '蓝图已经绘就，关键在于落实。', '各项任务已经明确，能否完成，关键在于落实。']))
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'safeguards'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'safeguards')))
    yield '\n'

blocks = {}
debug_info = '2=14&3=17&5=18'
# Compiled from templates/sections/safeguards.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 0a2ca42930b99dfb3b7ebdf25776ad04d42a39f4554a0af742107e48b3a82e14
