#!/usr/bin/env bash
# The Windows zip, run under Wine with no screen (SDL's dummy video driver): it checks
# its own decks, then plays session.replay; the Markdown summary it saves must equal the
# one the Linux build saves from the same replay on the same decks, line for line, once
# the one line that holds today's date is left out of both. The Wine user is called
# "Zoë Łukasz", so the data folder (the PhysicsFS pref dir under %APPDATA%) has a
# non-ASCII path and every file call crosses the UTF-8/UTF-16 boundary.
# Usage: wine-run.sh GRAYAREA-windows.zip LINUX_GRAYAREA WORK_DIR
set -u
zip=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
linux=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
passed=0 failed=0
check() { if eval "$1"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $2" >&2; fi; }
rm -rf "$work"; mkdir -p "$work"
work=$(cd "$work" && pwd)
unzip -q "$zip" -d "$work/zip" || { echo "FAIL: cannot unzip $zip" >&2; exit 1; }
game=$(ls -d "$work"/zip/grayarea-*/)
game=${game%/}
export WINEPREFIX=$work/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
unset DISPLAY WAYLAND_DISPLAY
user="Zoë Łukasz"
export USER=$user LOGNAME=$user
wineboot -i >"$work/wineboot.log" 2>&1
appdata=$WINEPREFIX/drive_c/users/$user/AppData/Roaming
check "[[ -d '$appdata' ]]" "Wine made no profile for $user"
win() { winepath -w "$1" 2>/dev/null; }

# 1. --check on the decks it ships (relative path, from its own folder).
(cd "$game" && wine grayarea.exe --check scenarios) >"$work/check.txt" 2>&1; rc=$?
check "[[ $rc == 0 ]] && grep -qE '^checked [1-9][0-9]* decks( and [0-9]+ translations?)?: 0 errors' '$work/check.txt'" \
    "wine grayarea.exe --check scenarios: exit $rc, $(tail -1 "$work/check.txt")"

# 2. The same session on Linux and on Windows. Windows finds its decks beside the .exe
# and keeps its data in its own data folder; Linux is pointed at the very same decks.
"$linux" --replay "$here/session.replay" --decks "$game/scenarios" --data-dir "$work/linux-data" >"$work/linux.log" 2>&1
check "[[ $? == 0 ]]" "the Linux run failed (see $work/linux.log)"
(cd "$game" && wine grayarea.exe --replay "$(win "$here/session.replay")") >"$work/wine.log" 2>&1
check "[[ $? == 0 ]]" "the Windows run failed (see $work/wine.log)"
check "grep -qF 'game data from $(win "$game")\\assets' '$work/wine.log'" \
    "the Windows build did not read its data from beside the .exe: $(grep -m1 'game data' "$work/wine.log")"
lin=$(ls "$work"/linux-data/summaries/*.md 2>/dev/null | head -1)
wmd=$(ls "$appdata"/grayarea/grayarea/summaries/*.md 2>/dev/null | head -1)
# The autosave after every reveal replaces session.sav in one step (MoveFileExW); a
# failed write would be logged.
check "! grep -E 'Autosave failed|Could not' '$work/wine.log'" "a write failed under Wine (see $work/wine.log)"
check "grep -qE \"lang: the game's words in English and:.* es.* hi\" '$work/wine.log'" \
    "the Windows build did not read its catalogues: $(grep -m1 'lang:' "$work/wine.log")"
check "[[ -n '$lin' && -n '$wmd' ]]" "a summary from each (Linux: ${lin:-none}, Windows: ${wmd:-none})"
if [[ -n $lin && -n $wmd ]]; then
    # The date line: "Monday 30 November 2026 · 6 cards talked through."
    date_line='^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [0-9]{1,2} [A-Z][a-z]+ [0-9]{4} '
    check "[[ \$(grep -cE '$date_line' '$lin') == 1 ]]" "the Linux summary has one date line"
    check "diff <(grep -vE '$date_line' '$lin') <(grep -vE '$date_line' '$wmd') >'$work/summary.diff'" \
        "the Windows summary differs from the Linux one: $(head -20 "$work/summary.diff" 2>/dev/null)"
    check "cmp -s '$lin' '$wmd' || [[ \$(grep -vcE '$date_line' '$lin') -gt 10 ]]" "the compared summaries are not empty"
fi
# 3. Text in every script: a player's deck in Hindi, emoji, Hebrew and Arabic
# (tests/fixtures/scripts) draws the very same pixels on Windows as on Linux, so the
# Windows SDL2_ttf shapes with HarfBuzz and lays out right to left as Linux does.
decks_scripts=$here/../fixtures/scripts
"$linux" --replay "$here/scripts.replay" --decks "$decks_scripts" --data-dir "$work/linux-scripts" \
    --screenshot-dir "$work/linux-shots" >"$work/linux-scripts.log" 2>&1
check "[[ $? == 0 ]]" "the Linux run of the scripts deck failed (see $work/linux-scripts.log)"
(cd "$game" && wine grayarea.exe --replay "$(win "$here/scripts.replay")" --decks "$(win "$decks_scripts")" \
    --data-dir "$(win "$work/wine-scripts")" --screenshot-dir "$(win "$work/wine-shots")") >"$work/wine-scripts.log" 2>&1
check "[[ $? == 0 ]]" "the Windows run of the scripts deck failed (see $work/wine-scripts.log)"
same=$(dirname "$linux")/tests/png_same
cards=$(ls "$work/linux-shots" 2>/dev/null | grep -c -- '-card\.png$')
check "[[ $cards == 4 ]]" "the scripts deck showed $cards cards on Linux, not 4"
for shot in $(ls "$work/linux-shots" 2>/dev/null | grep -E -- '-(card|reveal)\.png$'); do
    if [[ -x $same ]]; then
        check "'$same' '$work/linux-shots/$shot' '$work/wine-shots/$shot' >'$work/png_same.txt' 2>&1" \
            "$shot differs between Linux and Windows: $(cat "$work/png_same.txt" 2>/dev/null)"
    else
        check "[[ -s '$work/wine-shots/$shot' ]]" "Windows drew no $shot"
    fi
done

echo "wine: $passed passed, $failed failed"
((failed == 0))
