from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/review.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_options = resolve('options')
    l_0_b = resolve('b')
    l_0_vary = resolve('vary')
    l_0_fill = resolve('fill')
    l_0_reviews = resolve('reviews')
    l_0_parts = l_0_when = missing
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/review.j2').make_module(context.get_all(), True, {'parts': l_0_parts, 'when': l_0_when})
    context.exported_vars.discard('parts')
    l_0_when = environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'when', str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年', )))
    context.vars['when'] = l_0_when
    context.exported_vars.add('when')
    if ((undefined(name='when') if l_0_when is missing else l_0_when) == '上半年'):
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年以来，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统紧紧围绕年初确定的目标任务，真抓实干、奋力攻坚，上半年各项工作总体进展顺利。', )), str_join(('上半年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统按照年初部署，扎实推进各项工作，总体呈现稳中有进、稳中向好的态势。', )), str_join(('今年以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统认真落实年初工作会议部署，各项工作有序推进，总体保持了良好的发展势头。', ))))
        yield '\n'
        if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '从上半年的情况看，重点工作推进有序，大部分指标进度符合预期，为完成全年目标任务打下了较好基础。‖总的看，上半年重点工作推进有序，多数指标达到序时进度，为完成全年任务打下了较好基础。‖从半年的运行情况看，重点工作进展总体顺利，大部分指标进度符合预期，为全年目标的实现奠定了基础。'))
    else:
        pass
        yield '¶'
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('过去的一年，在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的坚强领导下，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统坚持以人民健康为中心，攻坚克难、真抓实干，各项工作取得了新的成效。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统紧紧围绕', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的决策部署，扎实工作，各项事业保持了良好的发展态势。', )), str_join(('一年来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '卫生健康系统在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '的正确领导下，坚持以人民健康为中心，扎实推进各项工作，卫生健康事业发展取得了新成绩。', ))))
        if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3) and (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews)):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们坚持稳中求进，统筹推进深化改革、服务提升和体系建设，人民群众的健康获得感进一步增强。', '我们把保障人民健康放在优先发展的位置，一手抓改革攻坚，一手抓能力提升，推动卫生健康事业迈上新台阶。', '过去一年，我们坚持改革和发展两手抓，统筹推进体系建设和能力提升，群众看病就医的获得感进一步增强。'))
    if (undefined(name='reviews') if l_0_reviews is missing else l_0_reviews):
        pass
        yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '主要体现在以下几个方面：', '归纳起来，主要有以下几点：', '具体来说，主要有以下几个方面：', '概括起来，主要体现在以下几个方面：'))
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'review_areas'), (undefined(name='when') if l_0_when is missing else l_0_when)))
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'problems')))
    yield '\n'

blocks = {}
debug_info = '2=17&3=19&4=22&5=25&6=27&8=33&11=34&13=37&14=40&15=42'
# Compiled from templates/sections/review.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 8507f6c6f5230c57fbd21930d22530f754b47a673f6678ac919a695a66074696
