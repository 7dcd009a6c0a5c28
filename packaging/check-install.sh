#!/usr/bin/env bash
# ctest packaging_install: stages `cmake --install BUILD --prefix /usr` into a DESTDIR tree and
# checks it with the validators Debian ships (desktop-file-validate, appstreamcli, groff). A
# missing validator is a failure, not a skip: packaging/install-deps.sh installs them.
#   check-install.sh BUILD_DIR WORK_DIR APP_ID VERSION
set -uo pipefail

build=$1
work=$2
app_id=$3
version=$4
source_dir=$(cd "$(dirname "$0")/.." && pwd)
stage=$work/stage
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in desktop-file-validate appstreamcli groff man file zcat; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing: run packaging/install-deps.sh" >&2
        exit 1
    fi
done

rm -rf "$work"
mkdir -p "$stage"
if ! DESTDIR=$stage cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    echo "FAIL: cmake --install failed" >&2
    exit 1
fi
ok "cmake --install --prefix /usr into $stage ($(grep -c 'Installing' "$work/install.log") files)"
usr=$stage/usr

# 1. Everything a user and a desktop expect, where GNUInstallDirs puts it.
expect=(
    bin/webex-org-delete
    bin/webex-sandbox
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/icons/hicolor/48x48/apps/$app_id.png
    share/icons/hicolor/128x128/apps/$app_id.png
    share/icons/hicolor/256x256/apps/$app_id.png
    share/man/man1/webex-org-delete.1.gz
    share/man/man1/webex-sandbox.1.gz
    share/webex-org-delete/scenarios/demo.json
    share/doc/webex-org-delete/LICENSE
    share/doc/webex-org-delete/copyright
)
for f in "${expect[@]}"; do
    if [ -e "$usr/$f" ]; then ok "installed $f"; else fail "not installed: /usr/$f"; fi
done
for exe in webex-org-delete webex-sandbox; do
    [ -e "$usr/bin/$exe" ] && { [ -x "$usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"; }
done
for size in 48 128 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -e "$png" ] || continue
    if file "$png" | grep -q "PNG image data, $size x $size"; then
        ok "icon ${size}x${size} is a ${size}x${size} PNG"
    else
        fail "icon ${size}x${size}: $(file -b "$png")"
    fi
done
scenarios=$(find "$usr/share/webex-org-delete/scenarios" -name '*.json' 2>/dev/null | wc -l)
[ "$scenarios" -ge 2 ] && ok "$scenarios example scenarios installed" || fail "only $scenarios scenarios installed"

# 2. Desktop entry.
desktop=$usr/share/applications/$app_id.desktop
if [ -e "$desktop" ]; then
    if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
        ok "desktop-file-validate: no error, warning or hint"
    else
        fail "desktop-file-validate: ${out:-exit status $?}"
    fi
    exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$usr/bin/$exec_name" ] && ok "Exec=$exec_name is installed" || fail "Exec=$exec_name is not in /usr/bin"
    icon_name=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon_name" = "$app_id" ] && ok "Icon= is the application id" || fail "Icon=$icon_name, expected $app_id"
fi

# 3. AppStream metainfo.
metainfo=$usr/share/metainfo/$app_id.metainfo.xml
if [ -e "$metainfo" ]; then
    if out=$(appstreamcli validate --no-net --pedantic --explain "$metainfo" 2>&1); then
        ok "appstreamcli validate --no-net: passed"
    else
        fail "appstreamcli validate --no-net: $out"
    fi
    # The only pedantic note allowed is the reverse-DNS id's capitals, which the id needs.
    extra=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1 \
        | grep -E '^[EWIP]:' | grep -v 'cid-contains-uppercase-letter' || true)
    [ -z "$extra" ] && ok "appstreamcli: no info or pedantic note besides the id's capitals" \
                    || fail "appstreamcli notes: $extra"
    grep -q "<id>$app_id</id>" "$metainfo" && ok "metainfo <id> is the application id" \
                                           || fail "metainfo <id> is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        && ok "metainfo launches $app_id.desktop" || fail "metainfo launchable is not $app_id.desktop"
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | sed 's/.*"\(.*\)"/\1/')
    [ "$newest" = "$version" ] && ok "newest <release> is the project version $version" \
                               || fail "newest <release> is '$newest', the project is $version"
    # Screenshot URLs point at committed images of this version's tag: each must exist here once
    # packaging/screenshots/ holds any image (until the screenshot suite exports them, a warning).
    if ! compgen -G "$source_dir/packaging/screenshots/*.png" >/dev/null; then
        echo "WARNING: packaging/screenshots/ has no image yet: the metainfo's screenshot URLs are dangling"
    else while read -r url; do
        path=${url#*/v$version/}
        if [ "$path" = "$url" ]; then
            fail "screenshot $url is not pinned to the tag v$version"
        elif [ ! -f "$source_dir/$path" ]; then
            fail "screenshot $url: $path is not in the repository"
        elif ! file "$source_dir/$path" | grep -q 'PNG image data'; then
            fail "screenshot $path is not a PNG"
        else
            ok "screenshot $path exists"
        fi
    done < <(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g'); fi
fi

# 4. Man pages: groff renders them without a single warning, and each documents every option that
# its program's --help lists.
for page in webex-org-delete webex-sandbox; do
    gz=$usr/share/man/man1/$page.1.gz
    [ -e "$gz" ] || continue
    if out=$(zcat "$gz" | groff -man -Tutf8 -ww -z 2>&1) && [ -z "$out" ]; then
        ok "groff -man -Tutf8 -ww: $page.1 renders without warnings"
    else
        fail "groff warnings in $page.1: $out"
    fi
    if out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null) && [ -z "$out" ]; then
        ok "man -l $page.1: no warning"
    else
        fail "man -l $page.1: $out"
    fi
    exe=$usr/bin/$page
    [ -x "$exe" ] || continue
    help=$(QT_QPA_PLATFORM=offscreen "$exe" --help 2>/dev/null) || { fail "$page --help failed"; continue; }
    text=$(zcat "$gz" | groff -man -Tutf8 -P-c 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g')
    missing=()
    for opt in $(grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' <<<"$help" | tr -d ' ,' | sort -u); do
        case $opt in --help-all) continue ;; esac
        grep -q -- "$opt" <<<"$text" || missing+=("$opt")
    done
    [ ${#missing[@]} -eq 0 ] && ok "$page.1 documents every option of --help" \
                             || fail "$page.1 lacks options listed by --help: ${missing[*]}"
done

if [ "$failures" -ne 0 ]; then
    echo "packaging_install: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_install: all checks passed"
