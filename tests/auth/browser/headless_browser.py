#!/usr/bin/python3
"""The desktop's browser in the sign-in test: $BROWSER, started by xdg-open with the URL to open.

It runs Debian's headless Chromium (/usr/bin/chromium) with a fresh profile and drives it over
the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no third-party client, only
the standard library), as a user would: loads the page, reads it, presses the sandbox consent
page's Allow or Deny button (the word in the file WOD_TEST_CONSENT_FILE names, else
WOD_TEST_CONSENT=allow|deny, default allow), and waits until the
browser has followed the redirect to the app's loopback port and shows the app's answer page.

What it saw goes to WOD_TEST_BROWSER_LOG (appended): each page's address without its query (an
authorization code never reaches a file) and its visible text. Exits 0 when the loopback page
was shown, 1 otherwise. Never runs longer than WOD_TEST_BROWSER_TIMEOUT_S (default 60) seconds.
"""

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

CHROMIUM = os.environ.get("WOD_TEST_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
         "--password-store=basic", "--remote-debugging-pipe"]


def log(line):
    path = os.environ.get("WOD_TEST_BROWSER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")
    print("browser: " + line, file=sys.stderr)


def without_query(url):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


class DevTools:
    """The DevTools protocol over Chromium's pipe: JSON messages, each ended by a NUL byte."""

    def __init__(self, to_browser, from_browser, deadline):
        self.to_browser = to_browser
        self.from_browser = from_browser
        self.deadline = deadline
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buffer:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the browser did not answer in time")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.from_browser, 65536)
            if not chunk:
                raise EOFError("the browser closed its DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, predicate):
        while True:
            for i, event in enumerate(self.events):
                if predicate(event):
                    return self.events.pop(i)
            self.events.append(self._read_message())


def main():
    if len(sys.argv) < 2:
        print("usage: headless_browser.py URL", file=sys.stderr)
        return 2
    url = sys.argv[1]
    consent = os.environ.get("WOD_TEST_CONSENT", "allow")
    consent_file = os.environ.get("WOD_TEST_CONSENT_FILE")
    if consent_file and os.path.exists(consent_file):
        with open(consent_file, encoding="utf-8") as f:
            consent = f.read().strip() or consent
    deadline = time.monotonic() + float(os.environ.get("WOD_TEST_BROWSER_TIMEOUT_S", "60"))
    profile = tempfile.mkdtemp(prefix="wod-chromium-")
    to_r, to_w = os.pipe()
    from_r, from_w = os.pipe()

    # Chromium reads commands on fd 3 and answers on fd 4. os.pipe() is close-on-exec, and
    # dup2() onto the same number would keep that flag: make both ends inheritable first.
    os.set_inheritable(to_r, True)
    os.set_inheritable(from_w, True)

    def pipes_at_3_and_4():
        os.dup2(to_r, 3)
        os.dup2(from_w, 4)

    browser = subprocess.Popen([CHROMIUM] + FLAGS + ["--user-data-dir=" + profile, "about:blank"],
                               preexec_fn=pipes_at_3_and_4, close_fds=False,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    os.close(to_r)
    os.close(from_w)
    devtools = DevTools(to_w, from_r, deadline)
    ok = False
    try:
        target = devtools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = devtools.call("Target.attachToTarget",
                                {"targetId": target, "flatten": True})["sessionId"]
        devtools.call("Page.enable", session=session)

        def loaded():
            devtools.wait_event(lambda e: e.get("method") == "Page.loadEventFired"
                                and e.get("sessionId") == session)
            page = devtools.call("Runtime.evaluate", {
                "expression": "JSON.stringify({url: location.href, title: document.title,"
                              " text: document.body ? document.body.innerText : ''})",
                "returnByValue": True}, session=session)
            return json.loads(page["result"]["value"])

        devtools.call("Page.navigate", {"url": url}, session=session)
        page = loaded()
        log("page %s title %r text %r" % (without_query(page["url"]), page["title"], page["text"]))
        redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("redirect_uri", [""])[0]
        if not page["url"].startswith(redirect or "\0"):
            # The sign-in page: press the button as a user does (a real click on its centre).
            box = devtools.call("Runtime.evaluate", {
                "expression": "(() => { const b = document.getElementById(%s);"
                              " if (!b) return null; const r = b.getBoundingClientRect();"
                              " return JSON.stringify({x: r.x + r.width / 2, y: r.y + r.height / 2,"
                              " label: b.textContent}); })()" % json.dumps(consent),
                "returnByValue": True}, session=session)["result"].get("value")
            if not box:
                log("no %s button on the page" % consent)
                return 1
            box = json.loads(box)
            log("pressing %r" % box["label"])
            for kind in ("mousePressed", "mouseReleased"):
                devtools.call("Input.dispatchMouseEvent", {
                    "type": kind, "x": box["x"], "y": box["y"], "button": "left",
                    "clickCount": 1}, session=session)
            page = loaded()
            log("page %s title %r text %r" % (without_query(page["url"]), page["title"], page["text"]))
        ok = bool(redirect) and page["url"].startswith(redirect)
        log("reached the app's loopback page" if ok else "did not reach the app's loopback page")
    except (TimeoutError, EOFError, RuntimeError, KeyError, ValueError) as e:
        log("failed: %s" % e)
    finally:
        try:
            devtools.call("Browser.close")
        except Exception:  # already gone
            pass
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait()
        os.close(to_w)
        os.close(from_r)
        shutil.rmtree(profile, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
