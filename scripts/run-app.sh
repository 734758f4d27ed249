#!/usr/bin/env bash
# Builds SSTC Desk and starts it on your own portfolio (created with the sample China–ILO
# portfolio on first start). Arguments go to the app, e.g. --database other.sstc
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target sstc-desk sstc

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting SSTC Desk on a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1920x1080x24" build/app/sstc-desk "$@"
fi
exec build/app/sstc-desk "$@"
