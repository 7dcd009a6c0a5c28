#!/usr/bin/python3
"""Reads and drives webex-org-delete from outside its process, as a screen reader does: over AT-SPI.

Started by run-screen-reader-tour.sh inside Xvfb and a private D-Bus session (the AT-SPI bus and
registry are D-Bus activated there). It starts the app on its embedded sandbox with Qt's Linux
accessibility bridge on, then, through pyatspi only (no X input, no Qt API):

  1. finds the main window, the navigation list (Overview, Users, Account) and moves through it
     with the items' Toggle action, the way an AT selects an item;
  2. finds Account > Info's "Delete Organization" push button by name and role and presses it
     through the Action interface;
  3. reads every pre-flight row (name = title + status word, description = what was found), the
     two user choices (radio buttons with descriptions), the acknowledgement check box, the
     typed-name field and its label (labelled-by relation), the commit button's name;
  4. completes the deletion with actions and EditableText alone, and reads progress and result.

For every page it prints what a screen reader would speak. Any showing control without a name,
or a control with the wrong role, fails the run (exit 1); every problem is listed at the end.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:  # Debian: python3-pyatspi (packaging/install-deps.sh)
    print("screen-reader tour: pyatspi is missing (Debian package python3-pyatspi)", file=sys.stderr)
    sys.exit(1)

# Roles a user operates: each needs a name. Table cells, list items and page tabs are named by
# their text; the structure around them (fillers, panels, scroll panes) may stay unnamed.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "text", "password text",
    "entry", "combo box", "spin button", "slider", "list", "list item", "page tab",
    "page tab list", "table", "tree", "tree table", "menu item", "link",
}
STATUS_WORDS = {"Passed", "Blocked", "Note", "Unknown", "Checking"}

problems = []
WAIT_S = float(os.environ.get("WOD_ATSPI_WAIT_S", "90"))


def fail(message):
    problems.append(message)
    print("PROBLEM: " + message)


def safe(fn, default=None):
    try:
        return fn()
    except Exception:  # a widget gone between two calls (the UI moves on while we read)
        return default


def showing(acc):
    return safe(lambda: acc.getState().contains(pyatspi.STATE_SHOWING), False)


def has_state(acc, state):
    return safe(lambda: acc.getState().contains(state), False)


def children(acc):
    return [c for c in safe(lambda: list(acc), []) if c is not None]


def walk(root, only_showing=True):
    """Depth first, in the order AT-SPI gives (the reading order of flat review)."""
    out = []

    def rec(acc, depth):
        if only_showing and not showing(acc):
            return
        out.append((acc, depth))
        for c in children(acc):
            rec(c, depth + 1)

    rec(root, 0)
    return out


def find_all(root, role=None, name=None, only_showing=True):
    return [a for a, _ in walk(root, only_showing)
            if (role is None or safe(a.getRoleName) == role)
            and (name is None or safe(lambda: a.name) == name)]


def wait_for(what, fn, timeout=None):
    deadline = time.monotonic() + (timeout or WAIT_S)
    while time.monotonic() < deadline:
        result = safe(fn)
        if result:
            return result
        time.sleep(0.25)
    raise TimeoutError("timed out waiting for " + what)


def one(root, role, name, what=None):
    """The showing object with this role and name, waiting for it to appear."""
    return wait_for(what or "%s '%s'" % (role, name), lambda: (find_all(root, role, name) or [None])[0])


def actions(acc):
    ai = safe(acc.queryAction)
    if ai is None:
        return []
    return [ai.getName(i) for i in range(ai.nActions)]


def do_action(acc, name):
    ai = acc.queryAction()
    for i in range(ai.nActions):
        if ai.getName(i) == name:
            return ai.doAction(i)
    raise RuntimeError("'%s' (%s) has no action %s, only %s"
                       % (acc.name, acc.getRoleName(), name, actions(acc)))


def labelled_by(acc):
    names = []
    for rel in safe(acc.getRelationSet, []) or []:
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    return names


def spoken(acc):
    """What Orca says for one object: name, role, states, description."""
    role = acc.getRoleName()
    name = acc.name or ""
    if not name and role in ("text", "entry"):
        name = " ".join(labelled_by(acc))
    parts = [name] if name else []
    if role not in ("label", "filler", "panel", "frame", "static"):
        parts.append(role)
    if role in ("check box", "radio button", "toggle button"):
        parts.append("checked" if has_state(acc, pyatspi.STATE_CHECKED) else "not checked")
    if role in INTERACTIVE and not has_state(acc, pyatspi.STATE_SENSITIVE):
        parts.append("unavailable")
    if role == "progress bar":
        value = safe(lambda: acc.queryValue())
        if value is not None and value.maximumValue > value.minimumValue:
            parts.append("%d percent" % round(100 * (value.currentValue - value.minimumValue)
                                              / (value.maximumValue - value.minimumValue)))
    if role in ("text", "entry"):
        text = safe(lambda: acc.queryText().getText(0, -1), "")
        if text:
            parts.append("text: " + text)
    if acc.description:
        parts.append(acc.description)
    return ", ".join(p for p in parts if p)


def check_names(root, where):
    """Every showing control has a name."""
    for acc, _ in walk(root):
        role = safe(acc.getRoleName, "")
        if role not in INTERACTIVE:
            continue
        if not (safe(lambda: acc.name, "") or "").strip():
            if role in ("text", "entry") and labelled_by(acc):
                continue
            fail("%s: a showing %s has no name" % (where, role))


def read_aloud(title, root):
    """Prints a page the way flat review reads it: one line per named object or control."""
    print("\n=== %s ===" % title)
    for acc, depth in walk(root):
        role = safe(acc.getRoleName, "")
        name = safe(lambda: acc.name, "") or ""
        if role in ("filler", "panel", "frame", "layered pane", "scroll pane", "viewport") \
                and not name:
            continue
        if role == "image" and not name:
            continue  # decorative: Orca skips unnamed images
        if role in ("table cell", "table column header", "table row header", "scroll bar"):
            continue  # tables are read cell by cell on demand; the table's name is enough here
        line = safe(lambda: spoken(acc), "")
        if line:
            print("  " * min(depth, 8) + line)


def start_app(app, home, extra_args=(), extra_env=None):
    """Starts the app on the X server with its accessibility bridge on, in a private HOME.

    `extra_args` come before "--lang en"; `extra_env` is added to the environment. Shared by
    browser_sign_in.py (tests/auth/browser)."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_DATA_HOME": os.path.join(home, ".local/share"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
    })
    env.update(extra_env or {})
    # Under the sanitized suite: libxkbcommon-x11 (Qt's xcb plugin reading the keymap) strndup()s
    # names that are exactly as long as their buffer, which ASan's strict_string_checks reports
    # as an overflow. Only this X11 run relaxes that one check; every offscreen test keeps it.
    if "ASAN_OPTIONS" in env:
        env["ASAN_OPTIONS"] = env["ASAN_OPTIONS"].replace("strict_string_checks=1",
                                                          "strict_string_checks=0")
    return subprocess.Popen([app] + list(extra_args) + ["--lang", "en"], env=env)


def stop_app(proc):
    """SIGTERM, then SIGKILL after 20 s; nothing when it already ended."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def find_app():
    for a in pyatspi.Registry.getDesktop(0):
        if a is not None and a.name == "webex-org-delete":
            return a
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--scenario")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="wod-atspi-")
    proc = start_app(args.app, home, ["--scenario", args.scenario] if args.scenario else [])
    try:
        tour(proc)
    except (TimeoutError, RuntimeError) as e:
        fail(str(e))
    finally:
        stop_app(proc)
        shutil.rmtree(home, ignore_errors=True)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nscreen-reader tour: every control named and of the expected role; deleted through AT-SPI")
    return 0


def tour(proc):
    app = wait_for("the app on the accessibility bus", find_app)
    main_window = one(app, "frame", "Webex Organization Deletion", "the main window (frame)")

    # The start-up prompt of an eligible organization: Remind Me Later, then the long way round.
    prompt = one(app, "dialog", "Delete Organization or Remind Me Later", "the start-up prompt")
    read_aloud("Start-up prompt", prompt)
    check_names(prompt, "start-up prompt")
    do_action(one(prompt, "push button", "Remind Me Later"), "Press")
    wait_for("the prompt to close", lambda: not find_all(app, "dialog"))

    nav = one(main_window, "list", "Navigation", "the navigation list")
    items = [safe(lambda a=a: a.name) for a in find_all(nav, "list item")]
    for wanted in ("Overview", "Users", "Account"):
        if wanted not in items:
            fail("navigation: no list item '%s' (items: %s)" % (wanted, items))
    content = one(main_window, "layered pane", "", "the content area")

    # What shows that a section is on screen: a control only that section has.
    markers = {"Overview": ("push button", "Open the account view"),
               "Users": ("table", "Users of the organization"),
               "Account": ("page tab", "Info")}

    def section_shows(section):
        return bool(find_all(content, *markers[section]))

    for section in ("Overview", "Users", "Account"):
        do_action(one(nav, "list item", section), "Toggle")
        try:
            wait_for("the %s section after selecting it" % section, lambda s=section: section_shows(s), 10)
        except TimeoutError as e:
            fail("navigation: %s (selecting the item through AT-SPI does not change the page)" % e)
        read_aloud("Main window: " + section, main_window)
        check_names(main_window, "main window, " + section)

    info_tab = one(main_window, "page tab", "Info")
    do_action(info_tab, "Press")
    delete_button = one(main_window, "push button", "Delete Organization",
                        "Account > Info's Delete Organization push button")
    do_action(delete_button, "Press")

    wizard = one(app, "dialog", "Delete Organization", "the Delete Organization wizard")

    def page(title):
        """The wizard's page, named after its title (so that entering it announces the title)."""
        return wait_for("the wizard page named '%s'" % title,
                        lambda: ([a for a in find_all(wizard, None, title)
                                  if a.getRoleName() in ("filler", "frame", "panel")] or [None])[0])

    def button(name):
        return one(wizard, "push button", name)

    def visible_buttons():
        # QWizard's own buttons are the push buttons directly in the dialog's button area.
        area = children(wizard)[0]
        return [a.name for a in children(area)
                if safe(a.getRoleName) == "push button" and showing(a)]

    # ---- pre-flight ----
    pre = page("Before you delete your organization")
    wait_for("the pre-flight to finish", lambda: has_state(button("Next >"), pyatspi.STATE_SENSITIVE))
    read_aloud("Wizard: pre-flight", wizard)
    check_names(wizard, "pre-flight")
    rows = [a for a in find_all(pre, "frame") if a.name and ": " in a.name]
    if len(rows) < 7:
        fail("pre-flight: %d check rows found, expected 7" % len(rows))
    for row in rows:
        title, _, status = row.name.rpartition(": ")
        if status not in STATUS_WORDS:
            fail("pre-flight row '%s': status '%s' is not a status word" % (row.name, status))
        if not row.description:
            fail("pre-flight row '%s': no description (what was found)" % row.name)
        texts = [a.name for a in find_all(row, "label")]
        if status not in texts:
            fail("pre-flight row '%s': the status word is not shown as text" % row.name)
        print("row: %s. %s" % (row.name, row.description))
    do_action(button("Next >"), "Press")

    # ---- users ----
    users = page("Choose what happens to your users")
    radios = find_all(users, "radio button")
    read_aloud("Wizard: users", wizard)
    check_names(wizard, "users page")
    if len(radios) != 2:
        fail("users page: %d radio buttons, expected 2 (convert, delete)" % len(radios))
    for r in radios:
        if not r.description:
            fail("users page: radio button '%s' has no description" % r.name)
    convert = [r for r in radios if r.name.startswith("Convert")]
    if not convert:
        raise RuntimeError("users page: no 'Convert…' radio button")
    do_action(convert[0], "Toggle")
    wait_for("Convert to be checked", lambda: has_state(convert[0], pyatspi.STATE_CHECKED), 10)
    wait_for("Next to be available", lambda: has_state(button("Next >"), pyatspi.STATE_SENSITIVE), 10)
    do_action(button("Next >"), "Press")

    # ---- acknowledgement (commit page) ----
    ack_page = page("Delete your organization")
    read_aloud("Wizard: acknowledgement", wizard)
    check_names(wizard, "acknowledgement page")
    shown = visible_buttons()
    if "Next >" in shown:
        fail("acknowledgement page: a 'Next >' button is offered beside the commit button (%s)" % shown)
    checks = find_all(ack_page, "check box")
    if len(checks) != 1:
        raise RuntimeError("acknowledgement page: %d check boxes, expected 1" % len(checks))
    ack = checks[0]
    if "irreversible" not in ack.name:
        fail("acknowledgement check box: its name does not say what is acknowledged: '%s'" % ack.name)
    field = one(ack_page, "text", "Organization name", "the typed-name field (text)")
    labels = labelled_by(field)
    if not any("Northwind Trial" in label for label in labels):
        fail("typed-name field: not labelled by the prompt that names the organization (%s)" % labels)
    commit = button("Delete Organization")
    if has_state(commit, pyatspi.STATE_SENSITIVE):
        fail("commit button: available before the acknowledgement")
    print("commit button: " + spoken(commit))
    do_action(ack, "Toggle")
    wait_for("the check box to be checked", lambda: has_state(ack, pyatspi.STATE_CHECKED), 10)
    field.queryEditableText().setTextContents("Northwind Trial")
    wait_for("Delete Organization to be available",
             lambda: has_state(button("Delete Organization"), pyatspi.STATE_SENSITIVE), 10)
    read_aloud("Wizard: acknowledgement, ready", wizard)
    do_action(button("Delete Organization"), "Press")

    # ---- progress, then result ----
    progress = page("Deleting your organization")
    read_aloud("Wizard: progress", wizard)
    check_names(wizard, "progress page")
    bars = find_all(progress, "progress bar")
    if len(bars) != 3 or not all(b.name for b in bars):
        fail("progress page: expected 3 named progress bars, found %s" % [b.name for b in bars])
    result = page("Organization deleted")
    read_aloud("Wizard: result", wizard)
    check_names(wizard, "result page")
    headline = [a.name for a in find_all(result, "label") if "has been deleted" in a.name]
    if not headline:
        fail("result page: no label says the organization has been deleted")
    do_action(button("Finish"), "Press")
    wait_for("the wizard to close", lambda: not find_all(app, "dialog", "Delete Organization"))
    read_aloud("Main window after the deletion", main_window)
    check_names(main_window, "main window after the deletion")


if __name__ == "__main__":
    sys.exit(main())
