#!/usr/bin/env bash
# Never print what an attacker wrote: every name that reaches the terminal (pack folders,
# zip entries, deck paths, settings values, replay paths and words, options, the
# translation tools' paths) has its control characters escaped (terminal.c), and no
# player name is ever logged.
# Usage: hostile_escapes.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
source "$(dirname "$0")/hostile.inc" "$@"
esc=$'\e' csi=$'\xc2\x9b' zwsp=$'\xe2\x80\x8b'
# No raw escape byte, no 8-bit CSI, no line that was forged by a newline in a name.
clean() { # WHAT
    if grep -q "$esc" "$tmp/out" || grep -q "$csi" "$tmp/out"; then
        bad "$1: a raw control sequence reached the terminal"; cat -v "$tmp/out" >&2
    else ok; fi
    if grep -q '^FORGED' "$tmp/out"; then bad "$1: a name forged a line of output"; else ok; fi
}

# --check: a zip entry, a deck file name, a folder name, a deck's own text.
run "check a zip entry with escapes" "$bin" --check "$fx/zip/escape-name.zip"
expect_rc 1 "check a zip entry with escapes"
expect_out 'escape-name.zip/\x1B[31mred\x1B[0m.yaml:2:1: error:' "the entry name is escaped"
clean "check a zip entry with escapes"
mkdir -p "$tmp/d${esc}]0;pwned${esc}\\" && cp "$fx/bad/loop.yaml" "$tmp/d${esc}]0;pwned${esc}\\/a${esc}[2J"$'\nFORGED'.yaml
cp "$fx/bad/loop.yaml" "$tmp/d${esc}]0;pwned${esc}\\/c1${csi}31m.yaml"
run "check names with escapes" "$bin" --check "$tmp/d${esc}]0;pwned${esc}\\"
expect_rc 1 "check names with escapes"
expect_out 'd\x1B]0;pwned\x1B\/a\x1B[2J\x0AFORGED.yaml:' "folder and deck names are escaped"
expect_out 'c1\u009B31m.yaml' "an 8-bit control is escaped"
clean "check names with escapes"
printf 'format: 1\nid: "x\\e[5m"\nbogus\\e: 1\n' >"$tmp/text.yaml"
run "check a deck whose text has escapes" "$bin" --check "$tmp/text.yaml"
expect_rc 1 "check a deck whose text has escapes"
clean "check a deck whose text has escapes"

# The game: packs named with escapes, their decks broken, so notices name them.
d=$tmp/data && mkdir -p "$d/packs/p${esc}[31m"$'\nFORGED'
cp "$fx/bad/loop.yaml" "$d/packs/p${esc}[31m"$'\nFORGED'"/x${esc}[2J.yaml"
cp "$fx/zip/escape-name.zip" "$d/packs/z${esc}]0;t"$'\a'".zip"
game "game with packs named with escapes" "$d"
expect_rc 0 "game with packs named with escapes"
expect_out 'Skipped broken deck packs/p\x1B[31m\x0AFORGED/x\x1B[2J.yaml' "a pack folder name is escaped"
expect_out 'packs/z\x1B]0;t\x07/\x1B[31mred\x1B[0m.yaml' "a zip pack and entry name are escaped"
clean "game with packs named with escapes"

# Settings: unknown keys and bad values are named, escaped; names are never logged.
d=$tmp/settings && mkdir -p "$d"
printf 'bogus\e[31m = 1\ntheme = dark\e[2J\nplayer1_name = %s\nplayer2_name = Quentin\e[5m\n' "$zwsp" \
    >"$d/settings.ini"
run "settings with escapes" "$GA_PROBE" settings "$d"
expect_rc 0 "settings with escapes"
expect_out "unknown key 'bogus\\x1B[31m'" "an unknown key is escaped"
expect_out "bad value 'dark\\x1B[2J' for theme" "a bad value is escaped"
expect_out "the name in player1_name cannot be used" "a name that shows nothing is refused"
expect_out "names: [] []" "refused names are not kept"
expect_no_out "$zwsp" "the zero-width name is not logged"
expect_no_out "Quentin" "a refused name is not logged"
clean "settings with escapes"

# Replays: the path and the words quoted from a bad line.
printf 'grayarea-replay 1\n0 up\e[2J\n' >"$tmp/r${esc}[31m.replay"
run "a bad replay named with escapes" env SDL_VIDEODRIVER=dummy "$bin" --replay "$tmp/r${esc}[31m.replay" --data-dir "$tmp/d1"
expect_rc 2 "a bad replay named with escapes"
expect_out "r\\x1B[31m.replay:2: unknown event 'up\\x1B[2J'" "the replay path and word are escaped"
clean "a bad replay named with escapes"
run "a missing replay named with escapes" env SDL_VIDEODRIVER=dummy "$bin" --replay "$tmp/no${esc}[31m"$'\nFORGED'
expect_rc 2 "a missing replay named with escapes"
clean "a missing replay named with escapes"
run "an option with escapes" "$bin" "--x${esc}[2J"
expect_rc 2 "an option with escapes"
expect_out "unknown option '--x\\x1B[2J'" "the option is escaped"
clean "an option with escapes"

# The translator's tools: the paths given and what the files say.
run "a translation template from a path with escapes" "$bin" --translation-template "$tmp/t${esc}[31m"$'\nFORGED'.yaml es
expect_rc 1 "a translation template from a path with escapes"
expect_out 't\x1B[31m\x0AFORGED.yaml: ' "the template's deck path is escaped"
clean "a translation template from a path with escapes"
cp "$fx/good/texts.yaml" "$tmp/n${esc}[5m.yaml"
run "a translation refresh of a deck named with escapes" "$bin" --translation-refresh "$fx/good/texts.yaml" \
    "$tmp/n${esc}[5m.yaml" late/s3/text
expect_rc 1 "a translation refresh of a deck named with escapes"
expect_out 'n\x1B[5m.yaml cannot be read as a translation deck' "the refresh's paths are escaped"
clean "a translation refresh of a deck named with escapes"

# Players' names: typed at setup, never in the log, whatever they are. A name that shows
# nothing is refused at setup with a message.
names() { # NAME1 NAME2: setup from the title, the names typed, then Start
    printf 'grayarea-replay 1\nseed 3\nsize 1280 720\nnotices 0\n'
    printf '100 confirm\n200 down\n300 confirm\n400 text "%s"\n500 confirm\n' "$1"
    printf '600 down\n700 confirm\n800 text "%s"\n900 confirm\n1000 up\n1100 up\n1200 confirm\n' "$2"
}
names 'Quentin' 'Zo\xC3\xAB' >"$tmp/names.replay"
run "a session with names" env SDL_VIDEODRIVER=dummy "$bin" --replay "$tmp/names.replay" --decks "$fx/good" \
    --data-dir "$tmp/d2"
expect_rc 0 "a session with names"
expect_no_out "Quentin" "a player's name is not logged"
expect_no_out "Zoë" "a player's name is not logged (2)"
names '\xE2\x80\x8B\xE2\x80\x8B' 'Sam' >"$tmp/zw.replay"
run "a zero-width name" env SDL_VIDEODRIVER=dummy "$bin" --replay "$tmp/zw.replay" --decks "$fx/good" \
    --data-dir "$tmp/d3" --screenshot-dir "$tmp/zw.shots"
expect_rc 0 "a zero-width name"
expect_out "Player 1's name shows nothing on screen" "a zero-width name is refused at setup"
expect_no_out "$zwsp" "the zero-width name is not logged"
check "! ls '$tmp/zw.shots' | grep -q -- '-intro'" "no session starts with a name that shows nothing"

finish
