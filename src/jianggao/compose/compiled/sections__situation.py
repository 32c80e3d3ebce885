from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/situation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_parts = missing
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/situation.j2').make_module(context.get_all(), True, {'parts': l_0_parts})
    context.exported_vars.discard('parts')
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'situation')))
    yield '\n'

blocks = {}
debug_info = '2=12&3=14'
# Compiled from templates/sections/situation.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 25aed346839480a72b7177f79991da89382bf3613b56403368673fb4395f4c3f
