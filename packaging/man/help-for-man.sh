#!/bin/bash
# help2man runs this script (a copy named after the program) instead of the program, to read
# its `--help` and `--version`:
#   SSTC_HELP_PROGRAM=build/app/sstc help2man … build/packaging/man/bin/sstc
# The language is the locale help2man sets (LC_ALL); the rest of the environment is made
# neutral so that the page says what the program says to anyone.
set -euo pipefail

# The GUI builds its QApplication before reading its options, and takes its language from
# the settings file before the locale: no display, and a home without settings.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$home" XDG_CONFIG_HOME="$home/config" \
       XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home"

# help2man knows "Usage: …" and headings such as "Options:" by their ASCII colon; Chinese
# text ends them with a full-width one (用法：, 选项：).
"$SSTC_HELP_PROGRAM" "$@" | sed -e 's/^用法：/用法: /' -e 's/^\([^ ：]*\)：$/\1:/'
