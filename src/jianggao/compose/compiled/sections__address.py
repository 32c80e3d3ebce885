from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/address.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_work_meeting = resolve('work_meeting')
    l_0_b = resolve('b')
    l_0_occasion = resolve('occasion')
    l_0_ceremony = resolve('ceremony')
    l_0_festival = resolve('festival')
    l_0_ev = resolve('ev')
    l_0_CEREMONIES = resolve('CEREMONIES')
    l_0_ev_key = resolve('ev_key')
    l_0_ev_on = resolve('ev_on')
    l_0_entry = resolve('entry')
    l_0_said_of = resolve('said_of')
    l_0_from_above = resolve('from_above')
    l_0_home = resolve('home')
    l_0_staff_of = resolve('staff_of')
    l_0_honour = resolve('honour')
    l_0_honoured = resolve('honoured')
    l_0_crew = resolve('crew')
    l_0_namespace = resolve('namespace')
    l_0_trainee = resolve('trainee')
    l_0_TRAINEES = resolve('TRAINEES')
    l_0_event = resolve('event')
    l_0_held = resolve('held')
    l_0_pick = resolve('pick')
    l_0_welcome = resolve('welcome')
    l_0_vary = resolve('vary')
    l_0_host = resolve('host')
    l_0_voice_given = resolve('voice_given')
    l_0_plan = resolve('plan')
    l_0_unit_event = resolve('unit_event')
    l_0_hosting = resolve('hosting')
    l_0_plaque = resolve('plaque')
    l_0_staff_fact = resolve('staff_fact')
    l_0_sig = resolve('sig')
    l_0_short_agenda = resolve('short_agenda')
    l_0_moment = resolve('moment')
    l_0_agenda_items = resolve('agenda_items')
    l_0_cg = resolve('cg')
    l_0__ = resolve('_')
    l_0_celebration = resolve('celebration')
    l_0_tasks = resolve('tasks')
    l_0_area = resolve('area')
    l_0_UNDERSTANDING_MORE = resolve('UNDERSTANDING_MORE')
    l_0_deal = resolve('deal')
    l_0_picks = resolve('picks')
    l_0_fill = resolve('fill')
    l_0_we = resolve('we')
    l_0_n_said = resolve('n_said')
    l_0_own = resolve('own')
    l_0_any_figure = resolve('any_figure')
    l_0_mt = resolve('mt')
    l_0_news = resolve('news')
    l_0_figure_times = resolve('figure_times')
    l_0_went = resolve('went')
    l_0_DEPLOYED = resolve('DEPLOYED')
    l_0_crew1 = resolve('crew1')
    l_0_any_items = resolve('any_items')
    l_0_run = resolve('run')
    l_0_opener = resolve('opener')
    l_0_said = resolve('said')
    l_0_cared = resolve('cared')
    l_0_shown = resolve('shown')
    l_0_wish = resolve('wish')
    l_0_work = missing
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
        t_4 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_5 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_work = context.vars['work'] = environment.get_template('sections/_address_work.j2', 'sections/address.j2').make_module(context.get_all(), True, {'_': l_0__, 'any_figure': l_0_any_figure, 'any_items': l_0_any_items, 'area': l_0_area, 'cared': l_0_cared, 'celebration': l_0_celebration, 'cg': l_0_cg, 'crew': l_0_crew, 'crew1': l_0_crew1, 'entry': l_0_entry, 'ev': l_0_ev, 'ev_key': l_0_ev_key, 'ev_on': l_0_ev_on, 'event': l_0_event, 'festival': l_0_festival, 'held': l_0_held, 'home': l_0_home, 'honour': l_0_honour, 'honoured': l_0_honoured, 'host': l_0_host, 'hosting': l_0_hosting, 'moment': l_0_moment, 'mt': l_0_mt, 'n_said': l_0_n_said, 'news': l_0_news, 'occasion': l_0_occasion, 'opener': l_0_opener, 'own': l_0_own, 'plaque': l_0_plaque, 'run': l_0_run, 'said': l_0_said, 'said_of': l_0_said_of, 'shown': l_0_shown, 'sig': l_0_sig, 'staff_fact': l_0_staff_fact, 'staff_of': l_0_staff_of, 'trainee': l_0_trainee, 'unit_event': l_0_unit_event, 'we': l_0_we, 'welcome': l_0_welcome, 'went': l_0_went, 'wish': l_0_wish, 'work': l_0_work})
    context.exported_vars.discard('work')
    if (undefined(name='work_meeting') if l_0_work_meeting is missing else l_0_work_meeting):
        pass
        yield str(environment.call(context, environment.getattr((undefined(name='work') if l_0_work is missing else l_0_work), 'speech')))
        yield '\n'
    else:
        pass
        l_0_occasion = ('training' if (((('培训' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')) or ('研修' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'))) or ('开班' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'))) or ('进修班' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'))) else ('award' if ('表彰' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')) else 'other'))
        context.vars['occasion'] = l_0_occasion
        context.exported_vars.add('occasion')
        l_0_festival = ('医师' if (environment.getattr((undefined(name='ceremony') if l_0_ceremony is missing else l_0_ceremony), 'kind') == 'doctors_day') else ('护士' if (environment.getattr((undefined(name='ceremony') if l_0_ceremony is missing else l_0_ceremony), 'kind') == 'nurses_day') else ''))
        context.vars['festival'] = l_0_festival
        context.exported_vars.add('festival')
        l_0_ev = (undefined(name='ceremony') if l_0_ceremony is missing else l_0_ceremony)
        context.vars['ev'] = l_0_ev
        context.exported_vars.add('ev')
        l_0_ev_key = (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') if ((environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') in (undefined(name='CEREMONIES') if l_0_CEREMONIES is missing else l_0_CEREMONIES)) and (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'subject') or (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') in ('promotion', 'clinic', 'signing', 'cooperation')))) else 'other')
        context.vars['ev_key'] = l_0_ev_key
        context.exported_vars.add('ev_key')
        l_0_ev_on = (((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'other') and (not (undefined(name='festival') if l_0_festival is missing else l_0_festival)))
        context.vars['ev_on'] = l_0_ev_on
        context.exported_vars.add('ev_on')
        l_0_entry = environment.getitem((undefined(name='CEREMONIES') if l_0_CEREMONIES is missing else l_0_CEREMONIES), (undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key))
        context.vars['entry'] = l_0_entry
        context.exported_vars.add('entry')
        def macro(l_1_text):
            t_7 = []
            l_1_local_units = resolve('local_units')
            if l_1_text is missing:
                l_1_text = undefined("parameter 'text' was not provided", name='text')
            pass
            t_7.append(
                str(t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, l_1_text, '{subject}', (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'subject') or '这次活动')), '{scope}', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope')), '{region}', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region')), '{department}', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department')), '{done}', (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'done') or '正式启用')), '{event}', (undefined(name='event') if l_0_event is missing else l_0_event)), '{it}', ((environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it') or environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'subject')) or '这项工作')), '{subdivs}', (environment.getattr((undefined(name='local_units') if l_1_local_units is missing else l_1_local_units), 'subdivisions') or '各村（社区）'))),
            )
            return concat(t_7)
        context.exported_vars.add('said_of')
        context.vars['said_of'] = l_0_said_of = Macro(environment, macro, 'said_of', ('text',), False, False, False, context.eval_ctx.autoescape)
        l_0_home = (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region') if ((undefined(name='from_above') if l_0_from_above is missing else l_0_from_above) or (not environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'level'))) else str_join(('我', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'level'), )))
        context.vars['home'] = l_0_home
        context.exported_vars.add('home')
        l_0_staff_of = (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region') if (undefined(name='from_above') if l_0_from_above is missing else l_0_from_above) else environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'))
        context.vars['staff_of'] = l_0_staff_of
        context.exported_vars.add('staff_of')
        l_0_honour = (environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), 'split'), '暨'), -1), 'split'), '表彰'), 0) if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award') else '')
        context.vars['honour'] = l_0_honour
        context.exported_vars.add('honour')
        l_0_honoured = ((undefined(name='honour') if l_0_honour is missing else l_0_honour) if (((undefined(name='honour') if l_0_honour is missing else l_0_honour) and (t_2((undefined(name='honour') if l_0_honour is missing else l_0_honour)) <= 8)) and (not environment.call(context, environment.getattr((undefined(name='honour') if l_0_honour is missing else l_0_honour), 'startswith'), ('20', '全', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'))))) else '先进集体和先进个人')
        context.vars['honoured'] = l_0_honoured
        context.exported_vars.add('honoured')
        l_0_crew = (str_join(('广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), )) if (undefined(name='festival') if l_0_festival is missing else l_0_festival) else '广大医务工作者')
        context.vars['crew'] = l_0_crew
        context.exported_vars.add('crew')
        l_0_trainee = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), e=None)
        context.vars['trainee'] = l_0_trainee
        context.exported_vars.add('trainee')
        if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training'):
            pass
            def t_8(fiter):
                for l_1_e in fiter:
                    if (t_6(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e')) and t_3(context.eval_ctx, t_5(context, environment.getattr(l_1_e, 'words'), 'in', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')))):
                        yield l_1_e
            for l_1_e in t_8((undefined(name='TRAINEES') if l_0_TRAINEES is missing else l_0_TRAINEES)):
                _loop_vars = {}
                pass
                if not isinstance(l_0_trainee, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_trainee['e'] = l_1_e
            l_1_e = missing
        l_0_event = ('培训班' if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training') else ('活动' if ((('仪式' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')) or ('活动' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'))) or ('启动' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'))) else ('大会' if environment.call(context, environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), 'endswith'), '大会') else '会议')))
        context.vars['event'] = l_0_event
        context.exported_vars.add('event')
        l_0_held = ('召开' if ((undefined(name='event') if l_0_event is missing else l_0_event) in ('会议', '大会')) else '举办')
        context.vars['held'] = l_0_held
        context.exported_vars.add('held')
        l_0_welcome = (environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'address', 'welcome') if (((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'training') and (not (undefined(name='festival') if l_0_festival is missing else l_0_festival))) else '')
        context.vars['welcome'] = l_0_welcome
        context.exported_vars.add('welcome')
        if (undefined(name='welcome') if l_0_welcome is missing else l_0_welcome):
            pass
            yield '¶'
            yield str((undefined(name='welcome') if l_0_welcome is missing else l_0_welcome))
            yield '\n'
        else:
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('今天，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '在这里举行。', )), (str_join(('今天，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '正式开班。', )) if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training') else str_join(('今天，我们在这里隆重举行', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '。', ))), str_join(('值此', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting'), '举行之际，我们欢聚一堂。', ))))
            l_0_host = (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') or environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))
            context.vars['host'] = l_0_host
            context.exported_vars.add('host')
            if (((not (undefined(name='voice_given') if l_0_voice_given is missing else l_0_voice_given)) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('government', 'township'))) and environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government')):
                pass
                l_0_host = environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'government')
                context.vars['host'] = l_0_host
                context.exported_vars.add('host')
            l_0_unit_event = ((environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') in ('opening', 'alliance', 'groundbreaking', 'anniversary', 'cooperation')) and environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'subject'))
            context.vars['unit_event'] = l_0_unit_event
            context.exported_vars.add('unit_event')
            l_0_hosting = (((((((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'training') and (not (undefined(name='festival') if l_0_festival is missing else l_0_festival))) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'award')) and (not (undefined(name='from_above') if l_0_from_above is missing else l_0_from_above))) and (((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'unit') and (undefined(name='unit_event') if l_0_unit_event is missing else l_0_unit_event)) or ((environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'own') and (not (undefined(name='unit_event') if l_0_unit_event is missing else l_0_unit_event))) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') in ('government', 'township', 'bureau'))))) if (undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) else (((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'township') and environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'own')) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'training')))
            context.vars['hosting'] = l_0_hosting
            context.exported_vars.add('hosting')
            if (undefined(name='hosting') if l_0_hosting is missing else l_0_hosting):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向出席', (undefined(name='event') if l_0_event is missing else l_0_event), '的各位领导、各位来宾表示热烈的欢迎！', )), str_join(('首先，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对各位领导、各位来宾的到来表示热烈的欢迎！', ))))
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向一直以来关心支持', (undefined(name='home') if l_0_home is missing else l_0_home), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的上级部门和各界朋友表示衷心的感谢！', )), str_join(('对长期以来关心', (undefined(name='home') if l_0_home is missing else l_0_home), '群众健康的上级部门和社会各界表示衷心的感谢！', ))))
                yield '\n'
            elif (((((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training') and ('政府' not in (undefined(name='host') if l_0_host is missing else l_0_host))) and ('党委' not in (undefined(name='host') if l_0_host is missing else l_0_host))) and (not environment.call(context, environment.getattr((undefined(name='host') if l_0_host is missing else l_0_host), 'endswith'), '县委'))):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向参加培训的各位学员表示热烈的欢迎！', )), str_join(('我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对各位学员的到来表示欢迎！', ))))
                yield '\n'
            elif (((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (undefined(name='unit_event') if l_0_unit_event is missing else l_0_unit_event)) and (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') == 'cooperation')):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对这次签约合作表示热烈的祝贺！', )), str_join(('首先，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对双方的签约合作表示热烈的祝贺！', ))))
                yield '\n'
            elif ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (undefined(name='unit_event') if l_0_unit_event is missing else l_0_unit_event)):
                pass
                yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对', environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it'), '的', (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'done') or ('开工建设' if (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') == 'groundbreaking') else '')), '表示热烈的祝贺！', )), str_join(('首先，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向', environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it'), '的', (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'done') or ''), '致以热烈的祝贺！', ))) if (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'kind') != 'anniversary') else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向', environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it'), '全体干部职工表示热烈的祝贺！', )), str_join(('首先，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向', environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it'), '的全体干部职工致以热烈的祝贺！', )))))
                yield '\n'
            else:
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('在此，我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对', (undefined(name='event') if l_0_event is missing else l_0_event), '的', (undefined(name='held') if l_0_held is missing else l_0_held), '表示热烈的祝贺！', )), str_join(('我谨代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向', (undefined(name='event') if l_0_event is missing else l_0_event), '的', (undefined(name='held') if l_0_held is missing else l_0_held), '表示热烈的祝贺！', )), str_join(('借此机会，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，向', (undefined(name='event') if l_0_event is missing else l_0_event), '的', (undefined(name='held') if l_0_held is missing else l_0_held), '致以热烈的祝贺！', )), str_join(('在此，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对', (undefined(name='event') if l_0_event is missing else l_0_event), '的', (undefined(name='held') if l_0_held is missing else l_0_held), '表示衷心的祝贺！', )), str_join(('首先，我代表', (undefined(name='host') if l_0_host is missing else l_0_host), '，对', (undefined(name='event') if l_0_event is missing else l_0_event), '的', (undefined(name='held') if l_0_held is missing else l_0_held), '表示热烈的祝贺！', ))))
                yield '\n'
            if ((not (undefined(name='hosting') if l_0_hosting is missing else l_0_hosting)) and (not ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (undefined(name='from_above') if l_0_from_above is missing else l_0_from_above)))):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向出席', (undefined(name='event') if l_0_event is missing else l_0_event), '的各位领导、各位来宾表示热烈的欢迎！', )), '向各位领导、各位来宾表示诚挚的欢迎！', '对各位领导、各位来宾的到来表示诚挚欢迎！', str_join(('向在百忙之中出席', (undefined(name='event') if l_0_event is missing else l_0_event), '的各位领导、各位来宾表示衷心的感谢！', ))))
        if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向受到表彰的', (undefined(name='honoured') if l_0_honoured is missing else l_0_honoured), '表示热烈的祝贺！', )), str_join(('向受到表彰的', (undefined(name='honoured') if l_0_honoured is missing else l_0_honoured), '致以热烈的祝贺！', ))))
        l_0_plaque = (t_4(context.eval_ctx, t_4(context.eval_ctx, (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it') or ''), '授牌', ''), '授旗', '') if (((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'award')) and (('授牌' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')) or ('授旗' in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting')))) else '')
        context.vars['plaque'] = l_0_plaque
        context.exported_vars.add('plaque')
        l_0_plaque = (environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.getitem(environment.call(context, environment.getattr(environment.call(context, environment.getattr((undefined(name='plaque') if l_0_plaque is missing else l_0_plaque), 'replace'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), ''), 'split'), '卫生院'), -1), 'split'), '医院'), -1), 'split'), '中心'), -1) if ((undefined(name='plaque') if l_0_plaque is missing else l_0_plaque) and ((undefined(name='plaque') if l_0_plaque is missing else l_0_plaque) != environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'it'))) else '')
        context.vars['plaque'] = l_0_plaque
        context.exported_vars.add('plaque')
        if (undefined(name='plaque') if l_0_plaque is missing else l_0_plaque):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向今天获得授牌的', ('各' if environment.call(context, environment.getattr((undefined(name='plaque') if l_0_plaque is missing else l_0_plaque), 'endswith'), ('团队', '小组', '站', '室')) else ''), (undefined(name='plaque') if l_0_plaque is missing else l_0_plaque), '表示热烈的祝贺！', ))))
        if (undefined(name='festival') if l_0_festival is missing else l_0_festival):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '和医务工作者致以节日的问候！', )), str_join(('向', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '和辛勤工作在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '战线上的同志们致以节日的问候和崇高的敬意！', ))))
            yield '\n'
        elif ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '向承担授课任务的各位老师表示衷心的感谢！', '向为这期培训班授课的各位老师表示诚挚的谢意！'))
            yield '\n'
        elif ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'greet')):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'greet'))))
            yield '\n'
        else:
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('向长期以来关心支持', (undefined(name='home') if l_0_home is missing else l_0_home), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业发展的各界人士致以诚挚的问候！', )), str_join(('向一直以来关心和支持', (undefined(name='home') if l_0_home is missing else l_0_home), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业的各界朋友表示衷心的感谢！', )), str_join(('向所有关心支持', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业的同志们、朋友们致以诚挚的问候！', )), str_join(('向辛勤工作在', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '战线上的广大干部职工致以诚挚的问候！', )), '向长期以来为守护群众健康默默奉献的广大医务工作者致以崇高的敬意！'))
        l_0_staff_fact = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), f='')
        context.vars['staff_fact'] = l_0_staff_fact
        context.exported_vars.add('staff_fact')
        for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
            _loop_vars = {}
            pass
            for l_2_f in environment.getattr(l_1_r, 'facts'):
                _loop_vars = {}
                pass
                if (((not environment.getattr((undefined(name='staff_fact') if l_0_staff_fact is missing else l_0_staff_fact), 'f')) and t_3(context.eval_ctx, t_5(context, ['医务人员', '医务工作者', '医师', '医生', '护士', '干部职工', '卫生健康系统'], 'in', l_2_f))) and (not t_3(context.eval_ctx, t_5(context, ['获评', '表彰', '评为', '荣获', '命名'], 'in', l_2_f)))):
                    pass
                    if not isinstance(l_0_staff_fact, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_0_staff_fact['f'] = l_2_f
            l_2_f = missing
        l_1_r = missing
        l_0_staff_fact = (environment.getattr((undefined(name='staff_fact') if l_0_staff_fact is missing else l_0_staff_fact), 'f') if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award') else '')
        context.vars['staff_fact'] = l_0_staff_fact
        context.exported_vars.add('staff_fact')
        l_0_sig = environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'address', 'significance', default=['健康是促进人的全面发展的必然要求，是经济社会发展的基础条件。', '人民健康是民族昌盛和国家强盛的重要标志。', '没有全民健康，就没有全面小康。', '健康是幸福生活最重要的指标，健康是一，其他是后面的零。', '群众的健康是经济社会发展的重要基础，也是千家万户最关心的事。'])
        context.vars['sig'] = l_0_sig
        context.exported_vars.add('sig')
        yield '¶'
        yield str((undefined(name='sig') if l_0_sig is missing else l_0_sig))
        if ((((not (undefined(name='festival') if l_0_festival is missing else l_0_festival)) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'award')) and ('千家万户' not in (undefined(name='sig') if l_0_sig is missing else l_0_sig))) and (not ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业事关千家万户，事关人民群众的切身利益，是最大的民生工程之一。', )), str_join(('', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作一头连着千家万户，一头连着经济社会发展大局。', )), str_join(('', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业关系千家万户的幸福安康，是一项重大的民生工程。', ))))
        l_0_moment = environment.call(context, (undefined(name='short_agenda') if l_0_short_agenda is missing else l_0_short_agenda), 'agenda', address=True)[:1]
        context.vars['moment'] = l_0_moment
        context.exported_vars.add('moment')
        if (not (undefined(name='moment') if l_0_moment is missing else l_0_moment)):
            pass
            def t_9(fiter):
                for l_1_a in fiter:
                    if ((not environment.getattr(l_1_a, 'areas')) and (not (undefined(name='moment') if l_0_moment is missing else l_0_moment))):
                        yield l_1_a
            for l_1_a in t_9(environment.call(context, (undefined(name='agenda_items') if l_0_agenda_items is missing else l_0_agenda_items), 3)):
                l_1__ = l_0__
                _loop_vars = {}
                pass
                l_1__ = environment.call(context, environment.getattr((undefined(name='moment') if l_0_moment is missing else l_0_moment), 'append'), environment.getitem(environment.getattr(l_1_a, 'lines'), 0), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            l_1_a = l_1__ = missing
        l_0_cg = ((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing'), 'congress') or '') if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'framing') else '')
        context.vars['cg'] = l_0_cg
        context.exported_vars.add('cg')
        if ((not (undefined(name='moment') if l_0_moment is missing else l_0_moment)) and (undefined(name='cg') if l_0_cg is missing else l_0_cg)):
            pass
            l_0__ = environment.call(context, environment.getattr((undefined(name='moment') if l_0_moment is missing else l_0_moment), 'append'), str_join(('我们要深入学习贯彻', (undefined(name='cg') if l_0_cg is missing else l_0_cg), '精神，把上级的部署要求落实到', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '各项工作中去。‖当前，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '上下正在认真学习贯彻', (undefined(name='cg') if l_0_cg is missing else l_0_cg), '精神，我们要把学习成果转化为推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业发展的实际行动。', )))
            context.vars['_'] = l_0__
        l_0_celebration = ((undefined(name='festival') if l_0_festival is missing else l_0_festival) or ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award'))
        context.vars['celebration'] = l_0_celebration
        context.exported_vars.add('celebration')
        l_0_area = (environment.getattr(environment.getattr(environment.getitem((undefined(name='tasks') if l_0_tasks is missing else l_0_tasks), 0), 'topic'), 'key') if (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks) else environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'main_topic'), 'key'))
        context.vars['area'] = l_0_area
        context.exported_vars.add('area')
        if ((((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) == 'launch')) and ((undefined(name='area') if l_0_area is missing else l_0_area) in (undefined(name='UNDERSTANDING_MORE') if l_0_UNDERSTANDING_MORE is missing else l_0_UNDERSTANDING_MORE))) and ((undefined(name='area') if l_0_area is missing else l_0_area) != 'general')):
            pass
            yield str(environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), environment.getitem((undefined(name='UNDERSTANDING_MORE') if l_0_UNDERSTANDING_MORE is missing else l_0_UNDERSTANDING_MORE), (undefined(name='area') if l_0_area is missing else l_0_area))), 0))
        if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')):
            pass
            for l_1_m in environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'meaning'):
                _loop_vars = {}
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), l_1_m, _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            l_1_m = missing
            if (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'facility') and (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'facility') in environment.getattr((undefined(name='CEREMONIES') if l_0_CEREMONIES is missing else l_0_CEREMONIES), 'facilities'))):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.getitem(environment.getattr((undefined(name='CEREMONIES') if l_0_CEREMONIES is missing else l_0_CEREMONIES), 'facilities'), environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'facility')))))
        if (not (undefined(name='celebration') if l_0_celebration is missing else l_0_celebration)):
            pass
            for l_1_x in (undefined(name='moment') if l_0_moment is missing else l_0_moment):
                _loop_vars = {}
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), l_1_x, _loop_vars=_loop_vars))
            l_1_x = missing
        if ((undefined(name='festival') if l_0_festival is missing else l_0_festival) == '护士'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('护理工作是', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业的重要组成部分，护士在临床护理、慢病管理和健康促进中发挥着不可替代的作用。', )), '护士是守护群众健康的重要力量，护理工作的质量直接关系群众的就医感受。'))
            yield '\n'
        elif (((undefined(name='festival') if l_0_festival is missing else l_0_festival) == '医师') and (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'year') >= 2018)):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('国家设立中国医师节，体现了党和政府对', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '工作的高度重视，也体现了对广大医师的关心和厚爱。', )), '设立中国医师节，是党和国家对广大医师的关怀，也是全社会对医师职业的尊重。'))
        elif (((not (undefined(name='festival') if l_0_festival is missing else l_0_festival)) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'training')) and (not ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')))):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('这次', (undefined(name='event') if l_0_event is missing else l_0_event), '，是凝聚共识、汇聚力量的一次盛会，对推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业高质量发展具有重要意义。', )), str_join(('这次', (undefined(name='event') if l_0_event is missing else l_0_event), '的举办，对于动员各方力量、推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业发展，具有积极的意义。', )), str_join(('这次', (undefined(name='event') if l_0_event is missing else l_0_event), '的举办，必将进一步凝聚各方力量，推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业迈上新台阶。', )), str_join(('我们举办这次', (undefined(name='event') if l_0_event is missing else l_0_event), '，就是要凝聚各方共识、汇聚各方力量，共同推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业发展。', ))))
        if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training'):
            pass
            if environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'role')))
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'need')))
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '办好这期培训班，就是要帮助大家更新知识、开阔视野、提升能力，更好地担负起守护群众健康的职责。', '举办这期培训班，目的是帮助大家学习新政策、掌握新知识、提高新本领，更好地适应工作的新要求。'))
            yield '\n'
        elif ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('这次表彰的', (undefined(name='honoured') if l_0_honoured is missing else l_0_honoured), '，是', ((undefined(name='crew') if l_0_crew is missing else l_0_crew) if (undefined(name='festival') if l_0_festival is missing else l_0_festival) else '全系统干部职工'), '的优秀代表。', )), str_join(('受到表彰的', (undefined(name='honoured') if l_0_honoured is missing else l_0_honoured), '，是大家身边看得见、学得到的榜样。', ))))
            yield '\n'
        for l_1_s in environment.call(context, (undefined(name='picks') if l_0_picks is missing else l_0_picks), 'address', 'significance', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) // 3)):
            _loop_vars = {}
            pass
            yield str(l_1_s)
        l_1_s = missing
        if (((((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 5) and ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'other')) and (not (undefined(name='festival') if l_0_festival is missing else l_0_festival))) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) == 'other')):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '我们要以此为契机，进一步凝聚全社会关心健康、支持健康、参与健康的共识，让健康理念深入人心。‖我们要以此为契机，在全社会形成人人关心健康、人人参与健康的良好氛围。‖希望以此为契机，让关心健康、支持健康、参与健康在全社会蔚然成风。'))
        l_0_we = ('我们' if (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') and (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') == environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))) else environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))
        context.vars['we'] = l_0_we
        context.exported_vars.add('we')
        if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
            pass
            l_0_n_said = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
            context.vars['n_said'] = l_0_n_said
            context.exported_vars.add('n_said')
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                if not isinstance(l_0_n_said, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_n_said['n'] = (environment.getattr((undefined(name='n_said') if l_0_n_said is missing else l_0_n_said), 'n') + t_2(((environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')) + environment.getattr(l_1_r, 'facts'))))
            l_1_r = missing
            l_0_own = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), all=True)
            context.vars['own'] = l_0_own
            context.exported_vars.add('own')
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_1_r, 'results') or environment.getattr(l_1_r, 'setbacks')):
                    pass
                    if not isinstance(l_0_own, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_0_own['all'] = False
                for l_2_f in environment.getattr(l_1_r, 'facts'):
                    l_2_own_time = resolve('own_time')
                    _loop_vars = {}
                    pass
                    if (not environment.call(context, (undefined(name='own_time') if l_2_own_time is missing else l_2_own_time), l_2_f, _loop_vars=_loop_vars)):
                        pass
                        if not isinstance(l_0_own, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_0_own['all'] = False
                l_2_f = l_2_own_time = missing
            l_1_r = missing
            l_0_any_figure = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
            context.vars['any_figure'] = l_0_any_figure
            context.exported_vars.add('any_figure')
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_1_r, 'results') or environment.getattr(l_1_r, 'setbacks')):
                    pass
                    if not isinstance(l_0_any_figure, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_0_any_figure['v'] = True
            l_1_r = missing
            l_0_mt = t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, t_4(context.eval_ctx, (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'meeting') or ''), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), ''), '仪式', ''), '大会', ''), '启用', '')
            context.vars['mt'] = l_0_mt
            context.exported_vars.add('mt')
            l_0_news = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), all=environment.getattr((undefined(name='any_figure') if l_0_any_figure is missing else l_0_any_figure), 'v'))
            context.vars['news'] = l_0_news
            context.exported_vars.add('news')
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                for l_2_x in (environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')):
                    l_2_shared_run = resolve('shared_run')
                    _loop_vars = {}
                    pass
                    if (environment.call(context, (undefined(name='shared_run') if l_2_shared_run is missing else l_2_shared_run), (undefined(name='mt') if l_0_mt is missing else l_0_mt), l_2_x, _loop_vars=_loop_vars) < 3):
                        pass
                        if not isinstance(l_0_news, Namespace):
                            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                        l_0_news['all'] = False
                l_2_x = l_2_shared_run = missing
            l_1_r = missing
            if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.getattr((undefined(name='news') if l_0_news is missing else l_0_news), 'all')):
                pass
                if not isinstance(l_0_own, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_own['all'] = True
            yield '¶'
            yield str(('' if (environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'all') or ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (not environment.getattr((undefined(name='any_figure') if l_0_any_figure is missing else l_0_any_figure), 'v')))) else (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '过去一年，', '一年来，') if ('一年来，' in (undefined(name='figure_times') if l_0_figure_times is missing else l_0_figure_times)) else (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '过去一年，') if (undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), *([str_join((environment.getitem((undefined(name='figure_times') if l_0_figure_times is missing else l_0_figure_times), 0), '，', ))] + (['去年，'] if ('去年' in (undefined(name='figure_times') if l_0_figure_times is missing else l_0_figure_times)) else [])))))))
            yield '\n'
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_1_r, 'results') or environment.getattr(l_1_r, 'setbacks')):
                    pass
                    yield str((environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), [str_join((environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '方面，', )), str_join(('在', environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '方面，', )), str_join((environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '工作中，', )), str_join(('从', environment.getattr(environment.getattr(l_1_r, 'topic'), 'name'), '看，', ))], _loop_vars=_loop_vars), 0) if (t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements')) > 1) else ('' if (((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.getattr((undefined(name='news') if l_0_news is missing else l_0_news), 'all')) or environment.call(context, environment.getattr(environment.getitem(((environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')) + environment.getattr(l_1_r, 'facts')), 0), 'startswith'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), _loop_vars=_loop_vars)) else environment.getitem(environment.call(context, (undefined(name='deal') if l_0_deal is missing else l_0_deal), [environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), ''], _loop_vars=_loop_vars), 0))))
                    yield str(t_1(context.eval_ctx, ((environment.getattr(l_1_r, 'results') + environment.getattr(l_1_r, 'setbacks')) + environment.getattr(l_1_r, 'facts')), '，'))
                    yield '。'
                elif environment.getattr(l_1_r, 'facts'):
                    pass
                    yield str(t_1(context.eval_ctx, environment.getattr(l_1_r, 'facts'), '，'))
                    yield '。'
            l_1_r = missing
            l_0_went = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
            context.vars['went'] = l_0_went
            context.exported_vars.add('went')
            for l_1_r in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'achievements'):
                _loop_vars = {}
                pass
                for l_2_f in environment.getattr(l_1_r, 'facts'):
                    _loop_vars = {}
                    pass
                    for l_3_w in environment.getattr((undefined(name='DEPLOYED') if l_0_DEPLOYED is missing else l_0_DEPLOYED), 'words'):
                        _loop_vars = {}
                        pass
                        if (l_3_w in l_2_f):
                            pass
                            if not isinstance(l_0_went, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_0_went['v'] = True
                    l_3_w = missing
                l_2_f = missing
            l_1_r = missing
            if environment.getattr((undefined(name='went') if l_0_went is missing else l_0_went), 'v'):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.getattr((undefined(name='DEPLOYED') if l_0_DEPLOYED is missing else l_0_DEPLOYED), 'thanks')))
            if (environment.getattr((undefined(name='n_said') if l_0_n_said is missing else l_0_n_said), 'n') > 1):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('这些成绩的取得，凝聚着', (undefined(name='crew') if l_0_crew is missing else l_0_crew), '的心血和汗水，也离不开社会各界的关心和支持。‖这些成绩，是', (undefined(name='crew') if l_0_crew is missing else l_0_crew), '用心血和汗水换来的，也凝聚着社会各界的关心和支持。‖这些成绩来之不易，既是', (undefined(name='crew') if l_0_crew is missing else l_0_crew), '辛勤付出的结果，也是社会各界关心支持的结果。‖成绩的背后，是', (undefined(name='crew') if l_0_crew is missing else l_0_crew), '的默默奉献，也是社会各界的大力支持。', ))))
            else:
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('大家的付出，', (undefined(name='we') if l_0_we is missing else l_0_we), '都看在眼里、记在心上。', )), str_join(('对大家的付出，', (undefined(name='we') if l_0_we is missing else l_0_we), '始终看在眼里、记在心上。', ))))
        elif ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'credit', True) == False)):
            pass
        else:
            pass
            if environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'):
                pass
                yield '¶'
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('长期以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'who'), '坚守岗位、甘于奉献，为守护群众健康付出了大量心血和汗水。', )), str_join(('一直以来，', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'who'), '在各自岗位上默默奉献，为守护群众健康付出了辛勤的劳动。', ))))
                yield '\n'
            else:
                pass
                yield '¶'
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('长期以来，', (undefined(name='staff_of') if l_0_staff_of is missing else l_0_staff_of), '广大医务工作者坚守岗位、甘于奉献，为守护群众健康付出了大量心血和汗水。', )), str_join(('多年来，', (undefined(name='staff_of') if l_0_staff_of is missing else l_0_staff_of), '', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '战线的同志们扎根基层、默默奉献，为守护群众健康做了大量工作。', )), str_join(('一直以来，', (undefined(name='staff_of') if l_0_staff_of is missing else l_0_staff_of), '广大医务工作者日夜坚守在守护群众健康的岗位上，付出了辛勤的劳动。', ))))
            l_0_crew1 = (environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'who') if environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e') else '医务工作者')
            context.vars['crew1'] = l_0_crew1
            context.exported_vars.add('crew1')
            yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('群众的健康、家庭的幸福，离不开每一位', (undefined(name='crew1') if l_0_crew1 is missing else l_0_crew1), '的付出。', )), str_join(('群众看病就医的每一次方便，背后都有', (undefined(name='crew1') if l_0_crew1 is missing else l_0_crew1), '的辛勤付出。', ))) if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) >= 3) else ''))
            yield '\n'
        if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'):
            pass
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '同时也要看到，', '我们也清醒地认识到，', '当然，我们也看到，'))
            yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'problems'), '，'))
            yield '，需要我们共同努力加以解决。\n'
        l_0_any_items = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
        context.vars['any_items'] = l_0_any_items
        context.exported_vars.add('any_items')
        for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_t, 'items') or environment.getattr(l_1_t, 'targets')):
                pass
                if not isinstance(l_0_any_items, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_any_items['v'] = True
        l_1_t = missing
        l_0_run = (environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'run_town') if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'township') and environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'run_town')) else environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'run'))
        context.vars['run'] = l_0_run
        context.exported_vars.add('run')
        if (((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')) and (not environment.getattr((undefined(name='any_items') if l_0_any_items is missing else l_0_any_items), 'v'))):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), (undefined(name='run') if l_0_run is missing else l_0_run))))
            if (environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'run_more') and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') != 'township')):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'run_more'))))
        else:
            pass
            l_0_opener = (str_join(('希望', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'region'), '以此为契机，', )) if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (undefined(name='from_above') if l_0_from_above is missing else l_0_from_above)) else (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lead'))) if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lead')) else ''))
            context.vars['opener'] = l_0_opener
            context.exported_vars.add('opener')
            yield '¶'
            yield str((((undefined(name='opener') if l_0_opener is missing else l_0_opener) or (environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '今年，我们将', '新的一年，我们将', '下一步，我们将') if (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), 'month') <= 3) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '下一步，我们将', '今后，我们将'))) or '我们将'))
            yield '\n'
            l_0_said = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), any=False)
            context.vars['said'] = l_0_said
            context.exported_vars.add('said')
            l_0_cared = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), v=False)
            context.vars['cared'] = l_0_cared
            context.exported_vars.add('cared')
            for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
                l_1_township_measures = resolve('township_measures')
                _loop_vars = {}
                pass
                if environment.getattr(l_1_t, 'items'):
                    pass
                    yield str((environment.call(context, (undefined(name='township_measures') if l_1_township_measures is missing else l_1_township_measures), environment.getattr(l_1_t, 'items'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'level'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'date'), t_1(context.eval_ctx, environment.getattr(l_1_t, 'items'), '，'), _loop_vars=_loop_vars) if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') == 'township') else t_1(context.eval_ctx, environment.getattr(l_1_t, 'items'), '，')))
                    yield '，'
                    if not isinstance(l_0_said, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_0_said['any'] = True
                    for l_2_it in environment.getattr(l_1_t, 'items'):
                        _loop_vars = {}
                        pass
                        if ((undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) and t_3(context.eval_ctx, t_5(context, ['医务人员', '医师', '医生', '护士', '人才', '队伍'], 'in', l_2_it))):
                            pass
                            if not isinstance(l_0_cared, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_0_cared['v'] = True
                    l_2_it = missing
                if environment.getattr(l_1_t, 'targets'):
                    pass
                    yield str(t_1(context.eval_ctx, environment.getattr(l_1_t, 'targets'), '，'))
                    yield '，'
            l_1_t = l_1_township_measures = missing
            if (((not environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'any')) or environment.getattr((undefined(name='cared') if l_0_cared is missing else l_0_cared), 'v')) and ((undefined(name='festival') if l_0_festival is missing else l_0_festival) == '护士')):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('持续充实护士队伍，改善护士的工作条件，', ('落实好护士的待遇保障' if ('政府' in (undefined(name='host') if l_0_host is missing else l_0_host)) else '积极争取党委、政府支持落实护士的待遇保障'), '，减轻护士的非护理负担，依法维护护士的合法权益，为广大护士创造良好的工作环境。', ))))
                yield '\n'
            elif (((not environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'any')) or environment.getattr((undefined(name='cared') if l_0_cared is missing else l_0_cared), 'v')) and ((undefined(name='festival') if l_0_festival is missing else l_0_festival) or ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award'))):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('不断改善医务人员的工作条件，', ('落实好医务人员的待遇保障' if ('政府' in (environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'voice') or environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'org'))) else '积极争取党委、政府支持落实医务人员的待遇保障'), '，切实减轻基层医务人员的额外负担，依法维护医务人员的合法权益，为广大医务工作者创造良好的执业环境。', ))))
                yield '\n'
            elif ((not environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'any')) and environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e')):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='trainee') if l_0_trainee is missing else l_0_trainee), 'e'), 'care'), 'replace'), '{act}', ('落实好' if ('政府' in (undefined(name='host') if l_0_host is missing else l_0_host)) else '积极争取各方支持，落实好'))))
                yield '\n'
            else:
                pass
                if (not environment.getattr((undefined(name='said') if l_0_said is missing else l_0_said), 'any')):
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '坚持以人民健康为中心，持续深化医药卫生体制改革，加强公共卫生体系建设，提升医疗服务和基层服务能力，', '聚焦群众看病就医的急难愁盼，推动优质医疗资源扩容下沉，织牢织密公共卫生防护网，'))
                    yield '\n'
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '努力为人民群众提供更加优质高效的健康服务。‖努力为群众提供更加优质、便捷、高效的健康服务。‖让群众享有更加优质高效的健康服务。'))
            if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')):
                pass
                l_0_shown = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
                context.vars['shown'] = l_0_shown
                context.exported_vars.add('shown')
                for l_1_t in (undefined(name='tasks') if l_0_tasks is missing else l_0_tasks):
                    _loop_vars = {}
                    pass
                    for l_2_it in environment.getattr(l_1_t, 'items'):
                        l_2_item_content = resolve('item_content')
                        l_2_lines = missing
                        _loop_vars = {}
                        pass
                        l_2_lines = environment.call(context, (undefined(name='item_content') if l_2_item_content is missing else l_2_item_content), l_2_it, _loop_vars=_loop_vars)
                        _loop_vars['lines'] = l_2_lines
                        if ((undefined(name='lines') if l_2_lines is missing else l_2_lines) and (environment.getattr((undefined(name='shown') if l_0_shown is missing else l_0_shown), 'n') < 2)):
                            pass
                            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.getitem((undefined(name='lines') if l_2_lines is missing else l_2_lines), 0), _loop_vars=_loop_vars))
                            if not isinstance(l_0_shown, Namespace):
                                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                            l_0_shown['n'] = (environment.getattr((undefined(name='shown') if l_0_shown is missing else l_0_shown), 'n') + 1)
                    l_2_it = l_2_item_content = l_2_lines = missing
                l_1_t = missing
            if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and (undefined(name='run') if l_0_run is missing else l_0_run)):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), (undefined(name='run') if l_0_run is missing else l_0_run))))
            if (((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'run_more')) and (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'voice') != 'township')):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'run_more'))))
        if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training'):
            pass
            yield '¶'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '希望各位学员珍惜这次难得的学习机会，遵守培训纪律，认真听讲、深入思考，把学到的新知识、新方法带回岗位、用到工作中去。', '希望各位学员端正学习态度，严守培训纪律，沉下心来学、带着问题学，真正做到学有所获、学以致用。'))
            yield '\n'
            yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '也希望各位授课老师把经验和方法毫无保留地传授给大家，把这期培训班办出质量、办出实效。', '也希望承办单位周密组织、搞好服务，确保培训取得实效。'))
            yield '\n'
        else:
            pass
            if ((undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) and (undefined(name='moment') if l_0_moment is missing else l_0_moment)):
                pass
                yield '¶'
                for l_1_x in (undefined(name='moment') if l_0_moment is missing else l_0_moment):
                    _loop_vars = {}
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), l_1_x, _loop_vars=_loop_vars))
                l_1_x = missing
            if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award'):
                pass
                yield str(('' if ((undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) and (undefined(name='moment') if l_0_moment is missing else l_0_moment)) else '¶'))
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '希望受到表彰的同志珍惜荣誉、再接再厉，在各自岗位上继续发挥示范带动作用。', str_join(('希望受到表彰的', ('先进集体和个人' if ((undefined(name='honoured') if l_0_honoured is missing else l_0_honoured) == '先进集体和先进个人') else (undefined(name='honoured') if l_0_honoured is missing else l_0_honoured)), '珍惜荣誉、戒骄戒躁，继续当好排头兵。', ))))
                if (not (undefined(name='festival') if l_0_festival is missing else l_0_festival)):
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '全系统广大干部职工要以先进为榜样，学习他们爱岗敬业、无私奉献的精神。', '全系统要在学习先进、争当先进上形成风气，大力宣传先进典型的事迹。'))
            if (undefined(name='festival') if l_0_festival is missing else l_0_festival):
                pass
                yield str(('' if (((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award') or ((undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) and (undefined(name='moment') if l_0_moment is missing else l_0_moment))) else '¶'))
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('希望', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '以先进为榜样，大力弘扬敬佑生命、救死扶伤、甘于奉献、大爱无疆的崇高精神，以精湛的', ('护理技术' if ((undefined(name='festival') if l_0_festival is missing else l_0_festival) == '护士') else '医术'), '和优质的服务守护群众健康。', )), str_join(('希望', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '向先进学习，践行敬佑生命、救死扶伤、甘于奉献、大爱无疆的职业精神，当好群众健康的守护人。', ))))
                yield '\n'
            elif ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other')):
                pass
                yield '¶'
                for l_1_h in environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'hope'):
                    _loop_vars = {}
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), l_1_h, _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                l_1_h = missing
            else:
                pass
                yield str(('' if (((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'award') or ((undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) and (undefined(name='moment') if l_0_moment is missing else l_0_moment))) else '¶'))
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '希望广大医务工作者坚守初心、再接再厉，弘扬敬佑生命、救死扶伤、甘于奉献、大爱无疆的崇高精神，以精湛的医术和优质的服务守护群众健康。‖希望广大医务工作者再接再厉，大力弘扬敬佑生命、救死扶伤、甘于奉献、大爱无疆的崇高精神，用精湛医术和优质服务守护群众健康。‖希望广大医务工作者牢记初心使命，践行敬佑生命、救死扶伤、甘于奉献、大爱无疆的职业精神，当好群众健康的守护人。‖希望广大医务工作者继续发扬救死扶伤、无私奉献的精神，以精湛的医术和优质的服务守护群众健康。', '希望全系统广大干部职工坚守初心、勇于担当，以更加饱满的热情投入工作，为守护群众健康作出新的贡献。‖希望全系统广大干部职工坚定信心、勇于担当，以更加饱满的精神状态投入工作，为守护群众健康再立新功。‖希望全系统广大干部职工不忘初心、担当作为，在守护群众健康的岗位上作出新的更大贡献。'))
            if (not ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and ((undefined(name='ev_key') if l_0_ev_key is missing else l_0_ev_key) != 'other'))):
                pass
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('也希望社会各界一如既往地关心支持', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业，共同营造尊医重卫的良好氛围。', )), '也希望各有关部门和社会各界携起手来，共同为群众健康保驾护航。', str_join(('各有关部门要继续加强协作配合，共同推动', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业发展。', )), str_join(('希望社会各界继续关心、支持和参与', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'department'), '事业，共同守护群众健康。', ))))
        l_0_wish = (environment.call(context, (undefined(name='pick') if l_0_pick is missing else l_0_pick), 'address', 'wish') if (((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) != 'training') and (not (undefined(name='festival') if l_0_festival is missing else l_0_festival))) else '')
        context.vars['wish'] = l_0_wish
        context.exported_vars.add('wish')
        if (undefined(name='wish') if l_0_wish is missing else l_0_wish):
            pass
            yield '¶'
            yield str((undefined(name='wish') if l_0_wish is missing else l_0_wish))
            yield '\n'
        else:
            pass
            if ((undefined(name='occasion') if l_0_occasion is missing else l_0_occasion) == 'training'):
                pass
                yield '¶'
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '最后，预祝本期培训班取得圆满成功！', '最后，预祝培训班圆满成功！'))
                yield '\n'
                yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '祝大家身体健康、工作顺利！', '祝同志们身体健康、学习进步！'))
                yield '\n谢谢大家！\n'
            else:
                pass
                yield '¶'
                yield str((environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), environment.call(context, (undefined(name='said_of') if l_0_said_of is missing else l_0_said_of), environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'wish'))) if ((undefined(name='ev_on') if l_0_ev_on is missing else l_0_ev_on) and environment.call(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'get'), 'wish')) else environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('最后，预祝', (undefined(name='event') if l_0_event is missing else l_0_event), '取得圆满成功！', )), str_join(('最后，预祝本次', (undefined(name='event') if l_0_event is missing else l_0_event), '圆满成功！', )), str_join(('最后，衷心祝愿', (undefined(name='event') if l_0_event is missing else l_0_event), '取得圆满成功！', )), *([] if (undefined(name='celebration') if l_0_celebration is missing else l_0_celebration) else [str_join(('最后，预祝', (undefined(name='event') if l_0_event is missing else l_0_event), '圆满成功、取得实效！', ))]))))
                yield '\n'
                if (undefined(name='festival') if l_0_festival is missing else l_0_festival):
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), str_join(('祝', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '和医务工作者节日快乐、身体健康、工作顺利！', )), str_join(('祝', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'scope'), '广大', (undefined(name='festival') if l_0_festival is missing else l_0_festival), '节日快乐、身体健康、阖家幸福！', ))))
                else:
                    pass
                    yield str(environment.call(context, (undefined(name='vary') if l_0_vary is missing else l_0_vary), '祝各位领导、各位来宾身体健康、工作顺利、万事如意！', '祝大家身体健康、工作顺利、阖家幸福！', '祝各位领导、各位来宾身体健康、万事顺意！', '祝同志们、朋友们身体健康、工作顺利！'))
                yield '谢谢大家！\n'

blocks = {}
debug_info = '6=110&7=112&8=114&10=118&14=121&18=124&19=127&20=130&21=133&22=136&25=148&29=154&30=157&31=160&33=163&34=179&36=182&38=185&39=188&40=191&43=196&48=197&49=200&55=205&56=208&57=211&58=213&59=216&60=218&61=220&62=222&63=224&66=226&68=230&71=232&74=235&76=238&78=241&79=244&82=247&83=251&84=255&85=261&88=262&89=278&90=281&91=285&93=286&96=289&97=292&98=305&99=308&102=312&104=315&105=318&106=321&107=331&108=338&109=342&111=345&112=348&113=356&115=360&116=365&118=368&122=371&125=373&130=383&132=405&135=417&136=420&137=437&138=443&139=445&143=448&148=458&149=478&150=481&151=487&155=491&156=499&157=500&159=505&160=507&165=510&166=522&167=525&168=528&172=534&173=538&174=540&177=543&179=546&182=571&183=575&184=579&185=585&186=589&189=590&190=613&191=616&193=619&194=622&195=624&197=628&200=636&201=643&202=648&203=658&204=660&208=663&209=666&210=669&212=673&213=676&214=678&217=683&218=685'
# Compiled from templates/sections/address.j2 by jianggao.compose.templating.write_compiled; do not edit.
# e13a87bddea5cac40419847ccfc5a332d0946d6280cadb940e44bc6e2eb659f6
