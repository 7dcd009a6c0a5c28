#!/usr/bin/python3
"""Sign in with Webex in a real browser: the app, its embedded sandbox, xdg-open, headless Chromium.

Started by run-browser-sign-in.sh inside Xvfb and a private D-Bus session. It starts
`webex-org-delete --sign-in` (embedded sandbox) with BROWSER set to headless_browser.py and no
desktop default for http(s) URLs, so that the app's QDesktopServices::openUrl() goes through
xdg-open to $BROWSER, as on a desktop without a configured browser. It presses the sign-in
dialog's "Sign in with Webex" through AT-SPI (as a user of a screen reader would) twice:

  1. the user presses Deny on the sandbox's consent page: the browser lands on the app's loopback
     port with error=access_denied, and the dialog says that sign-in was refused, in words;
  2. the user presses Allow: the browser lands on the loopback port with a code, the app
     exchanges it and ends signed in (the main window names the signed-in admin).

The browser's pages (addresses without their query, and their text) are printed. Exit 0 when
both paths behave, 1 otherwise.
"""

import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "a11y", "atspi"))
import screen_reader_tour as at  # noqa: E402  (the AT-SPI helpers)


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="wod-browser-sign-in-")
    home = os.path.join(work, "home")
    no_apps = os.path.join(work, "no-desktop-apps")  # XDG_DATA_DIRS without any .desktop
    os.makedirs(home)
    os.makedirs(no_apps)
    consent_file = os.path.join(work, "consent")
    browser_log = os.path.join(work, "browser.log")
    proc = at.start_app(args.app, home, ["--sign-in"], {
        # xdg-open would otherwise pick the system's x-scheme-handler (chromium.desktop, with a
        # window and the user's profile): with no desktop file to be found it uses $BROWSER.
        "XDG_DATA_DIRS": no_apps,
        "BROWSER": os.path.join(HERE, "headless_browser.py"),
        "WOD_TEST_CONSENT_FILE": consent_file,
        "WOD_TEST_BROWSER_LOG": browser_log,
    })
    try:
        sign_in(consent_file, browser_log)
    except (TimeoutError, RuntimeError) as e:
        at.fail(str(e))
    finally:
        at.stop_app(proc)
        if os.path.exists(browser_log):
            print("\n=== what the browser showed ===")
            with open(browser_log, encoding="utf-8") as f:
                print(f.read())
        shutil.rmtree(work, ignore_errors=True)
    if at.problems:
        print("\n%d problem(s):" % len(at.problems))
        for p in at.problems:
            print("  - " + p)
        return 1
    print("browser sign-in: refused when denied, signed in when allowed")
    return 0


def browser_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def sign_in(consent_file, browser_log):
    app = at.wait_for("the app on the accessibility bus", at.find_app)
    dialog = at.one(app, "dialog", "Sign in to Webex", "the sign-in dialog")
    at.read_aloud("Sign-in dialog", dialog)
    at.check_names(dialog, "sign-in dialog")

    # ---- Deny ----
    with open(consent_file, "w") as f:
        f.write("deny")
    at.do_action(at.one(dialog, "push button", "Sign in with Webex"), "Press")

    def refusal():
        return [a.name for a in at.find_all(dialog, "label") if "refused" in (a.name or "")]

    said = at.wait_for("the dialog to say that the sign-in was refused", refusal)[0]
    at.read_aloud("Sign-in dialog after Deny", dialog)
    if "in the browser" not in said:
        at.fail("after Deny the dialog does not say the browser refused the sign-in: %r" % said)
    if "access_denied" in said:
        at.fail("after Deny the dialog shows the raw OAuth error code: %r" % said)
    if "%" in said or "+" in said:
        at.fail("after Deny the dialog shows an encoded message: %r" % said)
    # The app answers the browser's request before the browser has loaded the page it got.
    try:
        at.wait_for("the browser to show the app's loopback page after Deny",
                    lambda: any("reached the app's loopback page" in line
                                for line in browser_lines(browser_log)), 30)
    except TimeoutError as e:
        at.fail(str(e))
    log = browser_lines(browser_log)
    if not any("pressing 'Deny'" in line for line in log):
        at.fail("the browser did not press Deny on the consent page: %s" % log)
    loopback = [line for line in log if line.startswith("page ") and "/v1/authorize" not in line]
    if not loopback or "Signed in" in loopback[-1] or "not completed" not in loopback[-1]:
        at.fail("after Deny the browser's page does not say that sign-in was not completed: %s"
                % loopback)

    # ---- Allow ----
    with open(consent_file, "w") as f:
        f.write("allow")
    at.wait_for("Sign in with Webex to be offered again",
                lambda: at.has_state(at.one(dialog, "push button", "Sign in with Webex"),
                                     at.pyatspi.STATE_SENSITIVE), 20)
    at.do_action(at.one(dialog, "push button", "Sign in with Webex"), "Press")
    main_window = at.one(app, "frame", "Webex Organization Deletion", "the main window")
    signed_in = at.wait_for(
        "the main window to name the signed-in admin",
        lambda: [a.name for a in at.find_all(main_window, "label")
                 if (a.name or "").startswith("Signed in as ")])[0]
    print("\nmain window: " + signed_in)
    if "Dana Whitfield" not in signed_in:
        at.fail("signed in as someone else than the sandbox's admin: %r" % signed_in)
    try:
        at.wait_for("the browser to show the app's loopback page after Allow",
                    lambda: sum("reached the app's loopback page" in line
                                for line in browser_lines(browser_log)) >= 2, 30)
    except TimeoutError as e:
        at.fail(str(e))
    log = browser_lines(browser_log)
    loopback = [line for line in log if line.startswith("page ") and "/v1/authorize" not in line]
    if not loopback or "Signed in" not in loopback[-1]:
        at.fail("after Allow the browser's page does not say signed in: %s" % loopback)
    if not any("pressing 'Allow'" in line for line in log):
        at.fail("the browser did not press Allow: %s" % log)
    if not any("Sign in to the Webex sandbox" in line for line in log):
        at.fail("the browser never showed the sandbox's sign-in page: %s" % log)


if __name__ == "__main__":
    sys.exit(main())
