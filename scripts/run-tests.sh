#!/usr/bin/env bash
# Builds SSTC Desk with its tests and runs the whole suite; ends with CTest's summary and
# fails when any test fails. Set SSTC_SCREENSHOTS=/some/folder to keep a PNG of every view.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
cd build
ctest --output-on-failure --timeout 600
