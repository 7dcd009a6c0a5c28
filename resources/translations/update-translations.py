#!/usr/bin/env python3
"""Regenerates the Qt Linguist catalogues from the sources, keeping every existing translation.

Run through CMake:  cmake --build <build-dir> --target update_translations
(or directly: resources/translations/update-translations.py [--check] <lupdate> <source-root>;
--check changes nothing and fails when the catalogues and the sources disagree).

Why not plain lupdate: several core files translate through a file-local helper,
    QString tr(const char *text) { return QCoreApplication::translate("wod::Blocker", text); }
for which lupdate guesses the context from the enclosing namespace ("wod"), while the runtime asks
for "wod::Blocker". This script runs lupdate into a scratch catalogue, moves every message of such
a file into the helper's context, then merges the existing translations by (context, source,
comment). Messages that vanished from the sources are dropped (no obsolete entries), new ones are
marked unfinished. Every message with %n (or %Ln: the count with the locale's digit grouping)
becomes a plural (numerus) message, also when a helper hides the count from lupdate. webex-org-delete_en.ts holds only the plural messages.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "en": "en_US"}
# Everything the GUI can show: ui/ and core/ (recursively), except the sandbox server's own texts.
SOURCE_DIRS = ["ui", "core"]
EXCLUDED_DIRS = {"core/sandbox"}
HELPER = re.compile(r'QCoreApplication::translate\("([^"]+)",\s*text\b')


def source_files(root):
    files = []
    for d in SOURCE_DIRS:
        for path, dirs, names in os.walk(os.path.join(root, d)):
            rel = os.path.relpath(path, root)
            dirs[:] = sorted(x for x in dirs if os.path.join(rel, x) not in EXCLUDED_DIRS)
            files.extend(os.path.join(path, n) for n in sorted(names) if n.endswith((".cpp", ".h")))
    return files


def helper_contexts(files):
    """file -> the context its local tr() helper uses (only files that have one)."""
    result = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            m = HELPER.search(fh.read())
        if m:
            result[os.path.realpath(f)] = m.group(1)
    return result


CONTEXT_VARIABLE = re.compile(r'const char \*(\w+) = "([^"]+)";')
LITERALS = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'


def unescape(literals):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', literals)
    text = "".join(parts)
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def variable_context_messages(files):
    """(context, message) for translate(ctx, "...") calls whose context is a variable
    (const char *ctx = "wod::Subscription";), which lupdate cannot see."""
    found = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            code = fh.read()
        for var, context in CONTEXT_VARIABLE.findall(code):
            for literals in re.findall(r'translate\(\s*' + var + r'\s*,\s*' + LITERALS, code):
                msg = ET.Element("message")
                ET.SubElement(msg, "source").text = unescape(literals)
                ET.SubElement(msg, "translation", type="unfinished")
                found.append((context, msg))
    return found


def key(message, context):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source"), comment)


def scan(lupdate, files):
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "scan.ts")
        args = [lupdate, "-silent", "-locations", "absolute", "-no-obsolete"]
        subprocess.run(args + files + ["-ts", ts], check=True, stderr=subprocess.DEVNULL)
        root = ET.parse(ts).getroot()
        # lupdate writes locations relative to the .ts file: make them absolute
        for loc in root.iter("location"):
            loc.set("filename", os.path.realpath(os.path.join(tmp, loc.get("filename"))))
        return root


def regroup(scanned, helpers, extra):
    """[(context, message)] with each helper file's messages moved into the helper's context."""
    out = {}
    pairs = [(ctx.findtext("name"), msg) for ctx in scanned.iter("context") for msg in ctx.iter("message")]
    for name, msg in pairs + extra:
        if True:
            target = name
            for loc in msg.findall("location"):
                f = os.path.realpath(loc.get("filename"))
                if f in helpers:
                    target = helpers[f]
                msg.remove(loc)
            source = msg.findtext("source") or ""
            if ("%n" in source or "%Ln" in source) and msg.get("numerus") != "yes":
                # a helper's tr(text, n) hides the count from lupdate; %n says it has one
                msg.set("numerus", "yes")
                translation = msg.find("translation")
                translation.text = None
                ET.SubElement(translation, "numerusform")
            k = key(msg, target)
            if k not in out:
                out[k] = (target, msg)
    return list(out.values())


def update(lupdate, root, lang, files, helpers, check=False):
    path = os.path.join(HERE, "webex-org-delete_%s.ts" % lang)
    old = {}
    if os.path.exists(path):
        for ctx in ET.parse(path).getroot().iter("context"):
            for msg in ctx.iter("message"):
                old[key(msg, ctx.findtext("name"))] = msg
    messages = regroup(scan(lupdate, files), helpers, variable_context_messages(files))
    if lang == "en":
        # English is the source language: only the plural forms need a catalogue
        messages = [(c, m) for c, m in messages if m.get("numerus") == "yes"]
    if check:
        wanted = {key(m, c) for c, m in messages}
        missing = sorted(wanted - set(old))
        stale = sorted(set(old) - wanted)
        for k in missing:
            print("%s: not in the catalogue: [%s] %r" % (os.path.basename(path), k[0], k[1]))
        for k in stale:
            print("%s: no longer in the sources: [%s] %r" % (os.path.basename(path), k[0], k[1]))
        return not missing and not stale
    root_el = ET.Element("TS", version="2.1", language=LANGUAGES[lang], sourcelanguage="en_US")
    contexts = {}
    added = 0
    for context, msg in sorted(messages, key=lambda cm: (cm[0], cm[1].findtext("source"))):
        ctx_el = contexts.get(context)
        if ctx_el is None:
            ctx_el = ET.SubElement(root_el, "context")
            ET.SubElement(ctx_el, "name").text = context
            contexts[context] = ctx_el
        previous = old.get(key(msg, context))
        if previous is not None:
            # keep the existing translation and its state
            msg.remove(msg.find("translation"))
            msg.append(previous.find("translation"))
        else:
            added += 1
        ctx_el.append(msg)
    ET.indent(root_el)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root_el, encoding="unicode"))
        fh.write("\n")
    print("%s: %d messages, %d new (unfinished)" % (os.path.basename(path), len(messages), added))
    return True


def main():
    args = sys.argv[1:]
    check = args[:1] == ["--check"]
    if check:
        args = args[1:]
    lupdate, root = args[0], args[1]
    files = source_files(root)
    helpers = helper_contexts(files)
    ok = True
    for lang in LANGUAGES:
        ok = update(lupdate, root, lang, files, helpers, check) and ok
    if check and not ok:
        print("The catalogues are out of date: cmake --build <build-dir> --target update_translations,"
              " then translate the new strings.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
