#!/usr/bin/env bash
# Builds SSTC Desk with its tests and runs the whole suite; ends with CTest's summary and
# fails when any test fails. Set SSTC_SCREENSHOTS=/some/folder to keep a PNG of every view.
# It then builds everything again with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-sanitize/, CMake option SSTC_SANITIZE) and runs the suite once more: a memory error,
# undefined behaviour or leak in any test, or in a program a test starts, fails it.
# SSTC_SANITIZE=0 leaves out that second pass on a developer's machine; under CI=true it
# always runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
# Every tool the tests use was installed above: a test that misses one fails, not skips.
export SSTC_STRICT_TESTS=1
(cd build && ctest --output-on-failure --timeout 600)

if [ "${SSTC_SANITIZE:-1}" = 0 ] && [ "${CI:-}" != true ]; then exit 0; fi

# -O1: the instrumented build compiles faster than at -O2 and still runs the suite quickly;
# -g1 gives the file and line of every frame of a report.
cmake -S . -B build-sanitize -G Ninja -DSSTC_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1"
# The build runs its own programs too (the icon renderer, help2man on sstc and sstc-desk):
# the same leak suppressions as the tests (tests/CMakeLists.txt sets them for CTest).
LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
    cmake --build build-sanitize
(cd build-sanitize && ctest --output-on-failure --timeout 1200 -j2)
