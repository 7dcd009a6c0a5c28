#!/usr/bin/env bash
# Copies the screenshot-suite baselines that the AppStream metainfo shows into
# packaging/screenshots/ (see packaging/screenshots/README.md). Fails when a baseline is missing.
#   packaging/update-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

env_key=debian-12-qt6.4.2-offscreen-dpr1
baselines=tests/screenshots/baselines/$env_key
# metainfo image name -> baseline <Case>/<step>.png
declare -A map=(
    [checklist]=WizardFlow/checklist-eligible.png
    [users]=WizardFlow/users-convert.png
    [confirm]=WizardFlow/acknowledge-typed.png
)

status=0
for name in "${!map[@]}"; do
    src=$baselines/${map[$name]}
    if [ -f "$src" ]; then
        cp "$src" "packaging/screenshots/$name.png"
        echo "packaging/screenshots/$name.png <- $src"
    else
        echo "missing baseline $src (for $name.png)" >&2
        status=1
    fi
done
exit $status
