#!/usr/bin/env bash
# Copies the screenshot-suite baselines that the AppStream metainfo shows into
# packaging/screenshots/ (see packaging/screenshots/README.md), so software centres show exactly
# what the screenshot tests check. tests/screenshots/update-baselines.sh runs it after a refresh.
# Fails when a baseline is missing, or when the metainfo names an image this table does not make
# (or the other way round).
#   packaging/update-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

env_key=debian-12-qt6.4.2-offscreen-dpr1
baselines=tests/screenshots/baselines/$env_key
metainfo=packaging/io.github.webexorgdelete.WebexOrgDelete.metainfo.xml
# metainfo image name -> baseline <Case>/<step>.png (names as in tests/screenshots/harness/CaptureManifest.cpp)
declare -A map=(
    [checklist]=Preflight/eligible.png
    [users]=Users/convert-chosen.png
    [confirm]=Acknowledge/ready.png
    [result]=Result/success.png
)

status=0
for name in $(printf '%s\n' "${!map[@]}" | sort); do
    src=$baselines/${map[$name]}
    if [ -f "$src" ]; then
        if ! cmp -s "$src" "packaging/screenshots/$name.png"; then
            cp "$src" "packaging/screenshots/$name.png"
            echo "packaging/screenshots/$name.png <- $src"
        fi
    else
        echo "missing baseline $src (for $name.png)" >&2
        status=1
    fi
    if ! grep -q "/packaging/screenshots/$name.png</image>" "$metainfo"; then
        echo "$metainfo does not show $name.png" >&2
        status=1
    fi
done
# Every image the metainfo shows is one this table makes.
while read -r image; do
    name=$(basename "$image" .png)
    if [ -z "${map[$name]+set}" ]; then
        echo "$metainfo shows $name.png, which no baseline is copied to" >&2
        status=1
    fi
done < <(grep -o '/packaging/screenshots/[^<]*</image>' "$metainfo" | sed 's/<.*//')
exit $status
