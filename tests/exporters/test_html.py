"""The offline HTML page: self-contained, and in headless Chromium it lists, filters as one types, and copies."""
from __future__ import annotations

import re

import pytest
from readers.chromium import Browser, BrowserWontStart, find_chromium, open_browser, page_url
from readers.sample_bank import write_bank

from jianggao.exporters import export_bank
from jianggao.model.bank import Phrase, load_bank
from jianggao.model.slots import with_fallbacks


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("html")
    bank = load_bank(write_bank(tmp / "bank"))
    out = tmp / "jianggao-phrases.html"
    export_bank(bank, "html", out)
    return bank, out


def test_page_is_self_contained(page):
    _, out = page
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|[\w./-]+\.(js|css))""", html, re.I)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert '<html lang="zh-CN">' in html


def test_phrase_text_cannot_break_out_of_the_data_script(tmp_path):
    p = Phrase("closing.end.001", "谢谢大家！</script><script>alert(1)</script>", "closing", "end", code="xxdj")
    out = tmp_path / "p.html"
    export_bank([p], "html", out)
    html = out.read_text(encoding="utf-8")
    assert html.count("</script>") == 2 and "alert(1)" in html        # data kept, but only as JSON text


@pytest.fixture(scope="module")
def browser(page):
    if find_chromium() is None:
        pytest.skip("Chromium 未安装（Debian: apt-get install chromium）；跳过网页测试")
    _, out = page
    try:
        b = open_browser(page_url(out))
    except BrowserWontStart as e:
        pytest.skip(f"Chromium 已安装但启动失败，跳过网页测试：{e}")
    with b:
        yield b


def shown_ids(b: Browser) -> list[str]:
    return b.eval("Array.from(document.querySelectorAll('li.phrase')).filter(li => !li.hidden)"
                  ".map(li => li.dataset.id)")


def reset(b: Browser) -> None:
    b.eval("(() => { for (const id of ['search', 'category', 'topic']) {"
           " const el = document.getElementById(id); el.value = '';"
           " el.dispatchEvent(new Event(id === 'search' ? 'input' : 'change')); } })()")


def test_page_shows_every_phrase_with_slots_highlighted(browser, page):
    bank, _ = page
    reset(browser)
    assert sorted(shown_ids(browser)) == sorted(p.id for p in bank)
    assert browser.eval("document.getElementById('count').textContent") == f"显示 {len(bank)} / {len(bank)} 条"
    marks = browser.eval("Array.from(document.querySelectorAll("
                         "'li[data-id=\"opening.approval.001\"] mark.slot')).map(m => m.textContent)")
    assert marks == ["党委政府", "会议名称"]
    assert browser.eval("document.title") == "讲稿词库 · 查找与复制"


@pytest.mark.parametrize("typed, expected", [
    ("nxjl", {"parallel.run.001", "parallel.run.002", "parallel.run.003"}),
    ("攻坚克难", {"parallel.run.002", "achievement.overall.001"}),
    ("凝心 发展", {"parallel.run.003"}),
    ("地区名称 短板", {"transition.problems.001"}),          # slot labels are searchable too
    ("没有这句话", set()),
])
def test_typing_filters_as_one_types(browser, typed, expected):
    reset(browser)
    browser.type_into("#search", typed)
    assert set(shown_ids(browser)) == expected
    assert browser.eval("document.getElementById('empty').hidden") == bool(expected)


def test_category_and_topic_selects_filter(browser, page):
    bank, _ = page
    reset(browser)
    browser.eval("(() => { const s = document.getElementById('category'); s.value = 'parallel';"
                 " s.dispatchEvent(new Event('change')); })()")
    assert set(shown_ids(browser)) == {p.id for p in bank if p.category == "parallel"}
    options = browser.eval("Array.from(document.getElementById('topic').options).map(o => o.textContent)")
    assert "医改" not in options and "深化医药卫生体制改革" in options and options[:2] == ["全部领域", "通用"]
    browser.eval("(() => { const c = document.getElementById('category'); c.value = 'achievement';"
                 " c.dispatchEvent(new Event('change'));"
                 " const t = document.getElementById('topic'); t.value = 'public_health';"
                 " t.dispatchEvent(new Event('change')); })()")
    assert set(shown_ids(browser)) == {"achievement.overall.001", "achievement.topic.002"}


def test_click_copies_the_fallback_text(browser, page):
    bank, _ = page
    reset(browser)
    browser.type_into("#search", "jqwty")
    browser.eval("delete document.body.dataset.copied")
    browser.click("li.phrase:not([hidden])")
    copied = browser.wait_for("document.body.dataset.copied")
    expected = with_fallbacks(bank.get("opening.approval.001").text)
    assert copied == expected == "经区委、区政府同意，今天我们召开这次会议。"
    assert browser.eval("document.getElementById('status').textContent") == "已复制：" + expected
    assert browser.eval("document.querySelector('li.copied').dataset.id") == "opening.approval.001"
    # Whichever route the page took (async clipboard API, or the textarea fallback when that is refused),
    # the browser's clipboard now holds the text; reading it back needs the read permission.
    assert browser.eval("document.body.dataset.copiedHow") in ("clipboard", "execCommand")
    browser.call("Browser.grantPermissions", permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
    assert browser.eval("navigator.clipboard.readText()") == expected
    # A second copy replaces the clipboard's content.
    browser.eval("navigator.clipboard.writeText('旧内容')")
    reset(browser)
    browser.type_into("#search", "xxdj")
    browser.click("li.phrase:not([hidden]) button.copy")
    browser.wait_for("document.body.dataset.copied === '谢谢大家！'")
    assert browser.eval("navigator.clipboard.readText()") == "谢谢大家！"
    # A browser without the async API (older, or refusing it) still copies through the textarea route.
    read_clipboard = browser.eval("(window.readClip = navigator.clipboard.readText.bind(navigator.clipboard),"
                                  " Object.defineProperty(navigator, 'clipboard', {value: undefined}), true)")
    assert read_clipboard
    reset(browser)
    browser.type_into("#search", "szcx")
    browser.click("li.phrase:not([hidden])")
    browser.wait_for("document.body.dataset.copied === '守正创新'")
    assert browser.eval("document.body.dataset.copiedHow") == "execCommand"
    assert browser.eval("window.readClip()") == "守正创新"


def test_a_browser_that_never_answers_is_reported_with_what_it_printed(tmp_path, monkeypatch):
    # The CI host's Chromium once never answered its first command; the fixture must tell that apart from a
    # page that fails, and say what the browser printed.
    fake = tmp_path / "bin" / "chromium"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'cannot open display: fake' >&2\nexec sleep 30\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    with pytest.raises(BrowserWontStart, match="cannot open display: fake"):
        open_browser("about:blank", attempts=2, start_timeout=1.0)
