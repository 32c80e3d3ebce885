from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/opening.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_kind = resolve('kind')
    l_0_b = resolve('b')
    l_0_vary = resolve('vary')
    l_0_plan = resolve('plan')
    l_0_fill = resolve('fill')
    l_0_approved = resolve('approved')
    l_0_pick = resolve('pick')
    l_0_meeting_subject = resolve('meeting_subject')
    l_0_about = resolve('about')
    l_0_task_subjects = resolve('task_subjects')
    l_0_subj = resolve('subj')
    l_0_moment = resolve('moment')
    l_0_in_force = resolve('in_force')
    l_0_ERA_LINES = resolve('ERA_LINES')
    l_0_landmarks = resolve('landmarks')
    l_0_short_topic = resolve('short_topic')
    l_0_planned_work = resolve('planned_work')
    l_0_keep = resolve('keep')
    l_0_f = resolve('f')
    l_0_plan_line = resolve('plan_line')
    l_0__ = resolve('_')
    l_0_agenda_items = resolve('agenda_items')
    l_0_parts = missing
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
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_6 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('sections/_parts.j2', 'sections/opening.j2').make_module(context.get_all(), True, {'_': l_0__, 'about': l_0_about, 'approved': l_0_approved, 'f': l_0_f, 'landmarks': l_0_landmarks, 'moment': l_0_moment, 'parts': l_0_parts, 'plan_line': l_0_plan_line, 'planned_work': l_0_planned_work, 'subj': l_0_subj})
    context.exported_vars.discard('parts')
    if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'work_report'):
        pass
        if ('代表' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('现在，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_unit'), '向大会报告工作，请予审议。', )), str_join(('现在，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_unit'), '作工作报告，请予审议。', ))))
            yield '\n'
        else:
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('现在，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_unit'), '，向大家报告', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年工作，安排', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年任务。', )), str_join(('下面，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_unit'), '作工作报告。', )), str_join(('现在，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'speaker_unit'), '，回顾', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年工作，部署', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年重点任务。', ))))
            yield '\n'
    else:
        pass
        if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('government', 'township')) and environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org')):
            pass
            l_0_approved = (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('这次会议是', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '决定召开的一次重要会议。', )), str_join(('召开这次会议，是', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '研究确定的。', )), str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '对开好这次会议很重视，专门作了安排。', )), str_join(('这次会议是', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'), '专门安排召开的。', ))) if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'annual_conference')) else '')
            context.vars['approved'] = l_0_approved
            context.exported_vars.add('approved')
        else:
            pass
            l_0_approved = (environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'opening', 'approval', default='') if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 2) and ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'annual_conference')) else '')
            context.vars['approved'] = l_0_approved
            context.exported_vars.add('approved')
        yield '¶'
        yield str((undefined(name='approved') if l_0_approved is missing else l_0_approved))
        yield '\n'
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review'):
            pass
            yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'opening', 'purpose', avoid=['考核结果', '督查结果'], default=['今天召开的这次会议，主要任务是总结上半年卫生健康工作，分析存在的差距和不足，安排部署下半年重点任务，确保全面完成全年目标任务。', '这次会议是在全年工作时间过半的关键节点召开的，目的是盘点上半年工作，查找差距，部署下半年任务。', '全年时间已经过半，各项任务也要过半。今天召开这次会议，就是要总结上半年工作，查找差距和不足，安排好下半年的重点任务。']))
            yield '\n'
        elif ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic'):
            pass
            l_0_about = (environment.call(context, (undefined(name='meeting_subject') if l_0_meeting_subject is missing else l_0_meeting_subject), t_5(context.eval_ctx, environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), str_join(('全', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'level'), )))) or environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'))
            context.vars['about'] = l_0_about
            context.exported_vars.add('about')
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join((('今天，我们召开这次会议' if ((undefined(name='about') if l_0_about is missing else l_0_about) in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')) else str_join(('今天，我们召开', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), ))), '，主要任务是统一思想、提高认识，明确', (undefined(name='about') if l_0_about is missing else l_0_about), '工作的重点任务，', ('压实' if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') >= 2016) else '落实'), '各方责任，推动这项工作取得新成效。', )), str_join(('这次会议专题研究部署', (undefined(name='about') if l_0_about is missing else l_0_about), '工作，目的是进一步统一思想、明确任务、落实责任。', )), str_join(('今天召开这次会议，专题研究部署', (undefined(name='about') if l_0_about is missing else l_0_about), '工作，就是要动员各方面力量，把这项工作抓紧抓实抓好。', ))))
            yield '\n'
        else:
            pass
            l_0_subj = environment.call(context, (undefined(name='task_subjects') if l_0_task_subjects is missing else l_0_task_subjects), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'tasks'))
            context.vars['subj'] = l_0_subj
            context.exported_vars.add('subj')
            yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'opening', 'purpose', avoid=(['召开', '会议上', '这次会议', '本次会议'] if (undefined(name='approved') if l_0_approved is missing else l_0_approved) else []), default=((['会议的主要任务是回顾总结过去一年的卫生健康工作，研判形势，明确今年工作的目标任务和主要举措。', '会议的主要任务是总结过去一年的工作，分析面临的形势，部署今年的重点任务。'] + ([str_join(('主要是总结去年的工作，把今年', t_1(context.eval_ctx, (undefined(name='subj') if l_0_subj is missing else l_0_subj)[:2], '、'), '等任务部署下去。', ))] if (t_2((undefined(name='subj') if l_0_subj is missing else l_0_subj)) > 1) else [])) if (undefined(name='approved') if l_0_approved is missing else l_0_approved) else [str_join(('今天，我们召开', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '，主要任务是深入贯彻落实上级卫生健康工作会议精神，总结', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年工作，分析当前形势，安排部署', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年重点任务。', )), '这次会议的主要任务是回顾总结过去一年的卫生健康工作，研判形势，明确今年工作的目标任务和主要举措。', str_join(('今天召开', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '，主要是总结', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'prev_year'), '年工作，分析面临的形势，部署', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'year'), '年的重点任务。', ))])))
            yield '\n'
        l_0_moment = []
        context.vars['moment'] = l_0_moment
        context.exported_vars.add('moment')
        l_0_landmarks = t_3(context.eval_ctx, t_4(context, environment.call(context, (undefined(name='in_force') if l_0_in_force is missing else l_0_in_force), t_6(environment, environment.getattr((undefined(name='ERA_LINES') if l_0_ERA_LINES is missing else l_0_ERA_LINES), 'opening'), attribute='from', reverse=True))[:2], 'replace', '{scope}', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope')))
        context.vars['landmarks'] = l_0_landmarks
        context.exported_vars.add('landmarks')
        for l_1_x in (undefined(name='landmarks') if l_0_landmarks is missing else l_0_landmarks):
            l_1__ = l_0__
            _loop_vars = {}
            pass
            if environment.call(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'leads_to_task'), l_1_x, _loop_vars=_loop_vars):
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='moment') if l_0_moment is missing else l_0_moment), 'append'), l_1_x, _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
        l_1_x = l_1__ = missing
        if (not (undefined(name='moment') if l_0_moment is missing else l_0_moment)):
            pass
            l_0_moment = (undefined(name='landmarks') if l_0_landmarks is missing else l_0_landmarks)
            context.vars['moment'] = l_0_moment
            context.exported_vars.add('moment')
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review'):
            pass
            l_0_moment = (undefined(name='moment') if l_0_moment is missing else l_0_moment)[:1]
            context.vars['moment'] = l_0_moment
            context.exported_vars.add('moment')
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review'):
            pass
            l_0_moment = t_3(context.eval_ctx, t_4(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment), 'replace', '谋划和推进今年的', '推进下半年的'))
            context.vars['moment'] = l_0_moment
            context.exported_vars.add('moment')
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'special_topic'):
            pass
            l_0_planned_work = ((undefined(name='about') if l_0_about is missing else l_0_about) if (t_2((undefined(name='about') if l_0_about is missing else l_0_about)) <= 4) else (environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name') if (t_2(environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name')) <= 4) else environment.call(context, (undefined(name='short_topic') if l_0_short_topic is missing else l_0_short_topic), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key'), environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'))))
            context.vars['planned_work'] = l_0_planned_work
            context.exported_vars.add('planned_work')
            l_0_moment = t_3(context.eval_ctx, t_4(context, t_4(context, t_4(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment), 'replace', '卫生健康工作', '卫生工作'), 'replace', '卫生计生工作', '卫生工作'), 'replace', '卫生工作', str_join(((undefined(name='planned_work') if l_0_planned_work is missing else l_0_planned_work), '工作', ))))
            context.vars['moment'] = l_0_moment
            context.exported_vars.add('moment')
        if (undefined(name='moment') if l_0_moment is missing else l_0_moment):
            pass
            yield str((environment.call(context, (undefined(name='keep') if l_0_keep is missing else l_0_keep), environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *(undefined(name='moment') if l_0_moment is missing else l_0_moment))) if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) in ('midyear_review', 'special_topic')) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *(undefined(name='moment') if l_0_moment is missing else l_0_moment))))
            yield '\n'
        elif ((((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'annual_conference') and environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing')) and environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing'), 'congress')):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('这次会议是在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '上下深入学习贯彻', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing'), 'congress'), '精神的重要时刻召开的，意义重大。', )), str_join(('开好这次会议，对于贯彻落实', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing'), 'congress'), '精神、做好全年卫生健康工作具有重要意义。', ))))
            yield '\n'
        l_0_f = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing')
        context.vars['f'] = l_0_f
        context.exported_vars.add('f')
        l_0_plan_line = []
        context.vars['plan_line'] = l_0_plan_line
        context.exported_vars.add('plan_line')
        if (((((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review') and (undefined(name='f') if l_0_f is missing else l_0_f)) and environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan')) and (not ((environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan') in t_1(context.eval_ctx, (undefined(name='moment') if l_0_moment is missing else l_0_moment), '')) and (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'place')[:2] in t_1(context.eval_ctx, (undefined(name='moment') if l_0_moment is missing else l_0_moment), ''))))):
            pass
            if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'place') == '开局之年'):
                pass
                l_0__ = environment.call(context, environment.getattr((undefined(name='plan_line') if l_0_plan_line is missing else l_0_plan_line), 'append'), environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年是“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”开局之年，做好下半年的各项工作，对于规划开好局、起好步具有十分重要的意义。', )), str_join(('今年是“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”开局之年，年初确定的各项指标能否兑现、规划能否起好步，关键在后几个月。', ))))
                context.vars['_'] = l_0__
            elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'place') == '收官之年'):
                pass
                l_0__ = environment.call(context, environment.getattr((undefined(name='plan_line') if l_0_plan_line is missing else l_0_plan_line), 'append'), environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今年是“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”规划收官之年，规划确定的目标任务能否如期完成，关键在后几个月。', )), str_join(('今年是“', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'plan'), '”规划收官之年，规划定下的各项目标，下半年要逐项盘点、全力冲刺。', ))))
                context.vars['_'] = l_0__
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'midyear_review'):
            pass
            if (undefined(name='plan_line') if l_0_plan_line is missing else l_0_plan_line):
                pass
                yield str(environment.call(context, (undefined(name='keep') if l_0_keep is missing else l_0_keep), environment.getitem((undefined(name='plan_line') if l_0_plan_line is missing else l_0_plan_line), 0)))
            else:
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '这次会议开在年中，既是一次盘点，也是一次加油鼓劲，希望大家认清形势、鼓足干劲，确保年初确定的各项目标任务如期完成。', '时间已经过半，任务还很繁重，各单位要进一步增强紧迫感，加大工作力度，确保年初确定的各项指标如期兑现。', '年初确定的指标能否如期完成，关键在后几个月。'))
            if (undefined(name='moment') if l_0_moment is missing else l_0_moment):
                pass
                for l_1_a in environment.call(context, (undefined(name='agenda_items') if l_0_agenda_items is missing else l_0_agenda_items), 1):
                    _loop_vars = {}
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), _loop_vars=_loop_vars, *environment.getattr(l_1_a, 'lines')))
                l_1_a = missing
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '希望通过这次会议，进一步统一思想、鼓足干劲，推动下半年各项工作加快进度、提高质量。', '开好这次会议，就是要进一步动员全系统干部职工增强信心、强化措施、狠抓落实。'))
        if (((((undefined(name='kind') if l_0_kind is missing else l_0_kind) in ('special_topic', 'midyear_review')) and environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice')) and (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') == environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))) and (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org') != str_join((environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'party'), '、', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government'), )))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice'), '，向长期以来关心支持', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作的各部门、各单位和同志们表示衷心的感谢！', )), str_join(('借此机会，我代表', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice'), '，向奋战在', environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'name'), '工作一线的同志们表示诚挚的问候！', ))))
            yield '\n'
        if (((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3) and (not (undefined(name='moment') if l_0_moment is missing else l_0_moment))):
            pass
            yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'opening', 'significance'))
        if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 5):
            pass
            yield str(environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'opening', 'timing'))
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'spoken_before')))
        yield '\n'
        if (not environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'previous_speakers')):
            pass
            yield '¶'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'announce')))
        yield '\n'

blocks = {}
debug_info = '2=70&3=72&6=74&7=77&9=82&15=86&16=88&18=93&20=97&21=99&23=101&24=103&28=105&30=108&36=112&37=115&44=117&46=132&49=137&51=142&56=147&57=155&60=157&61=159&62=161&67=163&68=166&70=169&71=171&72=175&77=179&81=187&82=194&83=195&84=197&86=199&87=202&88=205&89=207&90=210'
# Compiled from templates/sections/opening.j2 by jianggao.compose.templating.write_compiled; do not edit.
# 7f3c94afd01b533dc547f27d789199467e48ec98c4293b756ce39fce97a6548e
