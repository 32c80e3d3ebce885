from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/situation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pick = resolve('pick')
    l_0_parts = missing
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/situation.j2').make_module(context.get_all(), True, {'parts': l_0_parts})
    context.exported_vars.discard('parts')
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'situation'), conclude=False))
    yield '\n¶'
    yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'transition', 'to_tasks', default=['面对新形势新任务，我们必须增强机遇意识和风险意识，以更高的标准、更实的举措，推动卫生健康事业高质量发展。', '形势逼人，不进则退。我们要准确把握新形势新要求，主动作为、奋勇争先。', '面对新形势新要求，我们必须增强责任感和紧迫感，以更加务实的作风推动各项工作落地见效。']))
    yield '\n'

blocks = {}
debug_info = '2=13&3=15&4=17'
# Compiled from templates/sections/situation.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 8fab502bd35e917326497b78ada19ed5fe45992d8d8ef1e486c5aaf3b620b891
