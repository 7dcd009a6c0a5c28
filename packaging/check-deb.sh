#!/usr/bin/env bash
# ctest packaging_deb: builds the .deb with `cpack -G DEB` from BUILD_DIR into WORK_DIR and checks
# its control data (name, version, section, maintainer, dependencies found by dpkg-shlibdeps) and
# its contents (both executables, desktop entry, metainfo, icons, man pages, scenarios, copyright).
#   check-deb.sh BUILD_DIR WORK_DIR PACKAGE VERSION
set -uo pipefail

build=$1
work=$2
package=$3
version=$4
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run packaging/install-deps.sh" >&2; exit 1; }
done

rm -rf "$work"
mkdir -p "$work"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
deb=$(find "$work" -maxdepth 1 -name "${package}_${version}_*.deb" | head -n 1)
if [ -z "$deb" ]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack wrote no ${package}_${version}_*.deb" >&2
    exit 1
fi
ok "cpack -G DEB wrote $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -I "$deb")
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] && ok "Package: $package" || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || fail "Version: $(field Version)"
[ "$(field Section)" = admin ] && ok "Section: admin" || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] && ok "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ -n "$(field Homepage)" ] && ok "Homepage: $(field Homepage)" || fail "no Homepage"
depends=$(field Depends)
# dpkg-shlibdeps must have turned every shared library the executables need into a dependency on
# the package that ships it; the plugin packages loaded at run time are listed by hand.
dpkg-deb -x "$deb" "$work/extracted"
needed_pkgs=()
for exe in "$work"/extracted/usr/bin/*; do
    for lib in $(readelf -d "$exe" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
        path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64|64bit/ {print $NF; exit}')
        [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
        pkg=$( { dpkg -S "$path" || dpkg -S "/usr$path" || dpkg -S "$(readlink -f "$path")"; } 2>/dev/null | head -n 1 | cut -d: -f1)
        [ -n "$pkg" ] || fail "no Debian package ships $lib, which $(basename "$exe") needs"
        [ -n "$pkg" ] && needed_pkgs+=("$pkg")
    done
done
for pkg in $(printf '%s\n' "${needed_pkgs[@]}" qt6-qpa-plugins libqt6svg6 | sort -u); do
    pattern=$(sed 's/[+.]/\\&/g' <<<"$pkg")
    grep -qE "(^|[ ,|])$pattern( |,|$)" <<<"$depends" && ok "Depends names $pkg" || fail "Depends lacks $pkg: $depends"
done

contents=$(dpkg-deb -c "$deb")
echo "$contents"
for f in ./usr/bin/webex-org-delete ./usr/bin/webex-sandbox \
         ./usr/share/applications/io.github.webexorgdelete.WebexOrgDelete.desktop \
         ./usr/share/metainfo/io.github.webexorgdelete.WebexOrgDelete.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.webexorgdelete.WebexOrgDelete.svg \
         ./usr/share/icons/hicolor/256x256/apps/io.github.webexorgdelete.WebexOrgDelete.png \
         ./usr/share/man/man1/webex-org-delete.1.gz ./usr/share/man/man1/webex-sandbox.1.gz \
         ./usr/share/webex-org-delete/scenarios/demo.json ./usr/share/doc/webex-org-delete/copyright; do
    grep -q " $f\$" <<<"$contents" && ok "contains $f" || fail "does not contain $f"
done
# Nothing outside /usr, nothing of the build or test tree.
stray=$(awk '{print $6}' <<<"$contents" | grep -vE '^\./(usr/?.*)?$' || true)
[ -z "$stray" ] && ok "every file is under /usr" || fail "files outside /usr: $stray"
grep -qE 'libwod_|/include/|fuzz_|_test$' <<<"$contents" && fail "build or test artefacts in the .deb" \
    || ok "no static library, header or test in the .deb"

if [ "$failures" -ne 0 ]; then
    echo "packaging_deb: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_deb: all checks passed"
