"""compose/jinja_runtime.py runs the shipped compiled templates without importing Jinja2, and gives what Jinja2 gives:
the same speech, the same filters, loops, macros and namespaces, and Jinja2's own errors (it hands a failing render
back to Jinja2)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from compose_helpers import REPO, sample_brief

from jianggao.compose import jinja_runtime, templating
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


@pytest.mark.parametrize("source", ["{{ missing_value }}", "{{ words.nothing }}", "{{ words | center(9) }}",
                                    "{{ '{0}'.format(1) }}", "{{ words.__class__ }}", "{{ pick.__code__ }}"])
def test_what_jinja2_refuses_or_this_runtime_lacks_raises(source):
    jinja = templating.make_environment(REPO / "templates")
    code = compile(jinja.compile(source, "t.j2", raw=True), "t.py", "exec")
    fast = jinja_runtime.run_code(jinja_runtime.Environment(lambda env, name: None), code, "t.j2")
    with pytest.raises(jinja_runtime.Unsupported):
        fast.render(_context())


def test_the_jinja2_version_is_read_without_importing_it():
    import jinja2

    assert templating._declared_version() in (None, jinja2.__version__)   # (None once jinja2 is imported: asked of it)
    assert templating.jinja_version() == jinja2.__version__
