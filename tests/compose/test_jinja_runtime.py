"""compose/jinja_runtime.py runs the shipped compiled templates without importing Jinja2, and gives what Jinja2 gives:
the same speech, the same filters, loops, macros and namespaces, and Jinja2's own errors (it hands a failing render
back to Jinja2)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from compose_helpers import REPO, sample_brief

from jianggao.compose import jinja_runtime, shipped_templates, templating
from jianggao.compose.core import compose
from jianggao.compose.templating import Templates
from jianggao.writers.text import render_text


def test_a_render_of_the_bundled_templates_imports_no_jinja2(tmp_path):
    out = tmp_path / "speech.txt"
    code = ("import sys\nfrom jianggao.cli import main\n"
            f"code = main(['render', {str(REPO / 'samples' / 'annual_conference.yaml')!r}, '-o', {str(out)!r}])\n"
            "print(code, 'jinja2' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]
    assert out.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(("name", "seed"), [("annual_conference.yaml", 1), ("midyear_review.yaml", 2),
                                             ("work_report.yaml", 3)])
def test_the_same_speech_as_jinja2_renders(real, monkeypatch, name, seed):
    brief = sample_brief(name)
    fast = render_text(compose(brief, real.bank, Templates(REPO / "templates"), seed=seed), "txt")

    def refuse(root):
        def load(environment, template):
            raise jinja_runtime.Unsupported(template)
        return load

    monkeypatch.setattr(templating, "_fast_loader", refuse)     # every template rendered by Jinja2
    slow = render_text(compose(brief, real.bank, Templates(REPO / "templates"), seed=seed), "txt")
    assert fast == slow


# Each construct the compiled templates use, and the filters and tests jinja_runtime copies, in one template.
SOURCE = """\
{%- macro m(a, b='x', c=3) -%}[{{ a }}{{ b }}{{ c }}]{%- endmacro -%}
{%- set ns = namespace(n=0, seen=[]) -%}
{%- for x in items -%}
{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ loop.cycle('a', 'b') }}
{%- set ns.n = ns.n + x.v -%}{%- if not loop.last %},{% endif -%}
{%- endfor %}
{{ ns.n }} {{ m(1) }} {{ m(2, c=5) }} {{ m('z', 'y') }}
{{ words | join('、') }} {{ words | length }} {{ words | list }} {{ words | reverse | list }} {{ words | first }}
{{ items | map(attribute='name') | join }} {{ items | sort(attribute='v', reverse=True) | map(attribute='v') | list }}
{{ items | selectattr('flag') | map(attribute='name') | list }} {{ items | rejectattr('flag') | list | length }}
{{ words | select('in', '甲丙') | list }} {{ words | reject('in', '甲') | list }} {{ [3, 1, 3, 2] | unique | list }}
{{ [3, 1, 2] | max }} {{ [3, 1, 2] | min }} {{ items | sum(attribute='v') }} {{ [1, 2, 3, 4, 5] | batch(2) | list }}
{{ '  a b  ' | trim }}|{{ 'aXbX' | replace('X', '-') }} {{ '12' | int + 1 }} {{ ['B', 'a', 'C'] | sort }}
{{ none_value is none }} {{ words | map('replace', '甲', '丁') | join }} {{ range(3) | list }} {{ dict(a=1).a }}
{{ ('甲' ~ 1) if words else '' }} {{ words[0] }} {{ items[1].name }} {{ items[1]['name'] }} {{ pick('x', n=2) }}
{{ words | last }} {{ none_value | default('无') }} {{ '' | d('空', true) }} {{ 'aB cd-eF' | title }} {{ 'aB' | lower }}{{ 'aB' | upper }}
{{ 'ab cd' | capitalize }} {{ words | count }} {{ {'b': 1, 'a': 2} | dictsort }} {{ {'b': 1, 'a': 2} | dictsort(by='value', reverse=true) }}
{{ {'k': 1} | items | list }} {{ 'a b,c' | wordcount }} {{ 'x' | center(5) }}| {{ 2.567 | round(1) }} {{ 2.5 | round(0, 'floor') }}
{{ '1.5' | float }} {{ -3 | abs }} {{ 12 | string }} {{ words | map('last') | list }}
{{ items | map(attribute='v') | select('odd') | list }}
{{ none_value is defined }} {{ missing_here is undefined }} {{ 4 is even }} {{ 9 is divisibleby 3 }} {{ 2 is eq 2 }} {{ 3 is gt 1 }}
{{ words is sameas words }} {{ 1 is number }} {{ 'a' is string }} {{ {} is mapping }} {{ words is sequence }} {{ words is iterable }}
{{ pick is callable }} {{ 'join' is filter }} {{ 'odd' is test }} {{ 'ab' is lower }} {{ true is boolean }} {{ 1.0 is float }}
{{ [1, 2, 3, 4] | select('lessthan', 3) | list }} {{ [1, 2, 3, 4] | reject('==', 2) | list }} {{ [0, 1, None] | select('none') | list }}
"""


class Item:
    def __init__(self, name: str, v: int, flag: bool) -> None:
        self.name, self.v, self.flag = name, v, flag


def _context() -> dict:
    return {"items": [Item("一", 2, True), Item("二", 5, False), {"name": "三", "v": 1, "flag": True}],
            "words": ["甲", "乙", "丙"], "none_value": None, "pick": lambda *a, **k: f"{a}{sorted(k.items())}"}


def test_filters_loops_macros_and_namespaces_as_jinja2_gives_them():
    jinja = templating.make_environment(REPO / "templates")
    expected = jinja.from_string(SOURCE).render(_context())
    code = compile(jinja.compile(SOURCE, "t.j2", raw=True), "t.py", "exec")
    fast = jinja_runtime.run_code(jinja_runtime.Environment(lambda env, name: None), code, "t.j2")
    assert fast.render(_context()) == expected
    assert "[1x3] [2x5] [zy3]" in expected and "甲、乙、丙" in expected      # (the template says what it means to)


def _run(source: str) -> jinja_runtime.Template:
    jinja = templating.make_environment(REPO / "templates")
    code = compile(jinja.compile(source, "t.j2", raw=True), "t.py", "exec")
    return jinja_runtime.run_code(jinja_runtime.Environment(lambda env, name: None), code, "t.j2")


@pytest.mark.parametrize("source", ["{{ missing_value }}", "{{ words.nothing }}", "{{ words.__class__ }}",
                                    "{{ pick.__code__ }}", "{{ words | map('wordwrap') | list }}"])
def test_what_jinja2_refuses_raises(source):
    with pytest.raises(jinja_runtime.Unsupported):
        _run(source).render(_context())


@pytest.mark.parametrize("source", ["{{ pick(1) }}{{ words | wordwrap(3) }}", "{{ pick(1) }}{{ '{0}'.format(words) }}",
                                    "{{ pick(1) }}{% set c = cycler('a', 'b') %}"])
def test_a_template_needing_what_is_not_copied_is_refused_before_it_runs(source):
    said = []
    context = {**_context(), "pick": lambda *a: said.append(a)}
    with pytest.raises(jinja_runtime.Unsupported):
        _run(source).render(context)
    assert said == []            # (refused when loaded: Jinja2 then renders it from the start, nothing said twice)


def test_the_jinja2_version_is_read_without_importing_it():
    import jinja2

    assert shipped_templates._declared_version() in (None, jinja2.__version__)   # (None once jinja2 is imported: asked of it)
    assert shipped_templates.jinja_version() == jinja2.__version__
