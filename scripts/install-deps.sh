#!/usr/bin/env bash
# Installs the Debian packages SSTC Desk needs to build, run and test, when they are missing.
# Usage: scripts/install-deps.sh [run|test]   (Debian bookworm; as root, or with sudo)
set -euo pipefail

build_and_run=(
    cmake ninja-build g++ pkg-config
    # The store asks SQLite itself (the library Qt's driver uses) why a write failed.
    libsqlite3-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-noto-cjk fonts-dejavu-core
    # Server passwords the user asks to remember go to the system keychain (QtKeychain).
    qtkeychain-qt6-dev
    # The PDF reports draw Chinese in WenQuanYi Micro Hei: with Noto Sans CJK, PDF readers
    # extract 月, 日, 目… as Kangxi radicals (the font maps both code points to one glyph).
    fonts-wqy-microhei
    # The build writes the manual pages from the programs' --help; the Chinese ones take the
    # zh_CN locale's source, compiled into the build folder.
    help2man locales
)
# The tests also read the built PDFs, SQLite files and XML; xvfb gives a display when needed;
# the packaging tests validate the installed menu entry, metainfo and file type, and check
# the Debian package with lintian (and its libraries with readelf, from binutils).
# The server tests start a PostgreSQL server of their own (initdb, pg_ctl; pg_trgm in contrib).
test_only=(sqlite3 poppler-utils qpdf libxml2-utils xvfb xauth postgresql postgresql-contrib
           desktop-file-utils appstream shared-mime-info lintian binutils)

packages=("${build_and_run[@]}")
if [ "${1:-run}" = test ]; then
    packages+=("${test_only[@]}")
else
    packages+=(xvfb xauth)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "${missing[@]}"
