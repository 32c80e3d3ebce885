"""Drive headless Chromium over the DevTools protocol on a pipe (stdlib only): open a page, type, click, evaluate.

Chromium's --remote-debugging-pipe reads NUL-terminated JSON messages on fd 3 and answers on fd 4, so no
websocket client or network port is needed.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
         "--remote-debugging-pipe")


def find_chromium() -> str | None:
    """The browser's executable, or None when no Chromium or Chrome is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class BrowserWontStart(RuntimeError):
    """Chromium is installed but never answered its first command: the machine's browser, not the page under test.

    The message carries the end of what the browser printed, so a failing machine says why."""


def open_browser(url: str, *, attempts: int = 2, start_timeout: float = 90.0) -> Browser:
    """A started browser showing ``url``; a browser that will not start is tried again once, then BrowserWontStart.

    A first start on a fresh machine can be slow (font caches built, a loaded CI host): the first answer is given
    ``start_timeout`` seconds, later commands the usual 30."""
    last: BrowserWontStart | None = None
    for _ in range(attempts):
        try:
            return Browser(url, start_timeout=start_timeout)
        except BrowserWontStart as e:
            last = e
    assert last is not None
    raise last


class Browser:
    """One headless browser with one page attached; use as a context manager."""

    def __init__(self, url: str, *, timeout: float = 30.0, start_timeout: float = 90.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="jianggao-chromium-")
        self._log_path = Path(self.profile).with_suffix(".log")
        to_child_r, self._to_child_w = os.pipe()
        self._from_child_r, from_child_w = os.pipe()

        def wire_fds() -> None:   # in the child: our pipe ends become fds 3 (commands) and 4 (replies)
            import fcntl

            # Move both ends above 10 first, so that neither dup2 can overwrite the other's source.
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        with self._log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [find_chromium(), *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                preexec_fn=wire_fds, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._next_id = 0
        self.session = ""
        self._answered = False
        try:
            try:
                targets = self.call("Target.getTargets", _timeout=start_timeout)["targetInfos"]
            except (TimeoutError, RuntimeError) as e:
                raise BrowserWontStart(f"{e}; Chromium printed: {self._log_tail()}") from e
            self._answered = True
            page = next(t for t in targets if t["type"] == "page")
            self.session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                     flatten=True)["sessionId"]
            self.call("Page.enable")
            self.call("Runtime.enable")
            self.navigate(url)
        except BaseException:
            self.close()        # never leave a browser running behind a failed start
            raise

    # -- protocol
    def call(self, method: str, _timeout: float | None = None, **params):
        """Send one command (to the page once attached) and return its result; raise on a protocol error."""
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            msg["sessionId"] = self.session
        os.write(self._to_child_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (self.timeout if _timeout is None else _timeout)
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_child_r], [], [], left)
            if ready:
                chunk = os.read(self._from_child_r, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe")
                self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def _log_tail(self, lines: int = 8) -> str:
        try:
            text = self._log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(nothing)"
        tail = [ln for ln in text.splitlines() if ln.strip()][-lines:]
        return " | ".join(tail) or "(nothing)"

    # -- page actions
    def navigate(self, url: str) -> None:
        """Load ``url`` and wait until the document is complete."""
        self.call("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete' && !!document.body")

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True,
                           userGesture=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10.0):
        """Poll until ``expression`` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"never true: {expression}")

    def type_into(self, selector: str, text: str) -> None:
        """Focus an input and type ``text`` as keyboard input (fires the page's input events)."""
        self.eval(f"document.querySelector({json.dumps(selector)}).focus()")
        for ch in text:
            self.call("Input.insertText", text=ch)

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) at the centre of the first element matching ``selector``."""
        box = self.eval(f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
                        "el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
                        "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        """Close the browser and remove its temporary profile."""
        try:
            if self.proc.poll() is None:
                if self._answered:
                    self.call("Browser.close", _timeout=10.0)
                else:
                    self.proc.terminate()     # a browser that never answered will not answer Browser.close
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child_w, self._from_child_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)
        self._log_path.unlink(missing_ok=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def page_url(path: Path) -> str:
    """The file:// address of a local page."""
    return Path(path).resolve().as_uri()
