#!/usr/bin/env bash
# `cmake --install` into a DESTDIR lays out what a desktop needs, and the installed copy
# runs from its own data: --check on its decks, then a replayed session (install/run-installed.sh).
# Usage: install_destdir.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
set -u
tests=$2 build=$3
dest=$(cd "$build" && pwd)/install-destdir
rm -rf "$dest"
passed=0 failed=0
check() { if eval "$1"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $2" >&2; fi; }
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
png_size() { od -An -tu1 -j16 -N8 "$1" 2>/dev/null | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'; }

DESTDIR=$dest cmake --install "$build" >"$dest.log" 2>&1
check "[[ $? == 0 ]]" "cmake --install failed: $(tail -3 "$dest.log")"
prefix=$dest$(cache CMAKE_INSTALL_PREFIX)
bindir=$(cache CMAKE_INSTALL_BINDIR); bindir=${bindir:-bin}
share=$prefix/share
id=org.grayarea.grayarea
check "[[ -x '$prefix/$bindir/grayarea' ]]" "no binary in $bindir"
check "[[ -f '$share/grayarea/assets/fonts/Inter-Regular.otf' && -f '$share/grayarea/assets/fonts/LICENSE-Inter.txt' ]]" "assets (and the font licence)"
check "ls '$share/grayarea/scenarios/'*.yaml >/dev/null 2>&1" "the shipped decks"
check "[[ -f '$share/man/man6/grayarea.6' ]]" "the man page"
check "[[ -f '$share/icons/hicolor/scalable/apps/$id.svg' ]]" "the SVG icon"
for s in 16 24 32 48 64 128 256; do
    check "[[ \$(png_size '$share/icons/hicolor/${s}x$s/apps/$id.png') == '$s $s' ]]" "the ${s}px icon"
done
check "grep -qx 'Icon=$id' '$share/applications/$id.desktop'" "the desktop entry names the icon"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate '$share/applications/$id.desktop'" "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate --pedantic --no-net "$share/metainfo/$id.metainfo.xml" 2>&1); rc=$?
    check "[[ $rc == 0 ]] && ! grep -qE '^[EWIP]:' <<<\"\$out\"" "appstreamcli validate --pedantic --no-net: $out"
fi
if command -v man >/dev/null; then
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$share/man/man6/grayarea.6" 2>&1 >/dev/null)
    check "[[ -z '$warn' ]]" "man page warnings: $warn"
fi

bash "$tests/install/run-installed.sh" "$prefix/$bindir/grayarea" "$share/grayarea" "$dest.run"
check "[[ $? == 0 ]]" "the installed copy (above)"
echo "$passed passed, $failed failed"
((failed == 0))
