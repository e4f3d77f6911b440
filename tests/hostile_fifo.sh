#!/usr/bin/env bash
# Never hang: a named pipe, a device or a folder where the game or --check expects a file
# is refused at once as "not a regular file" (vfs_open_file), never waited on.
# Usage: hostile_fifo.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
source "$(dirname "$0")/hostile.inc" "$@"

# --check: a named pipe as a deck, as a pack, inside a folder; a device; a folder named .zip.
mkfifo "$tmp/deck.yaml" "$tmp/pack.zip"
run "check fifo deck" "$bin" --check "$tmp/deck.yaml"
expect_rc 1 "check fifo deck"
expect_out "deck.yaml: error: not a regular file (it is a named pipe)" "check fifo deck message"
run "check fifo zip" "$bin" --check "$tmp/pack.zip"
expect_rc 1 "check fifo zip"
expect_out "pack.zip: error: not a regular file (it is a named pipe)" "check fifo zip message"
mkdir -p "$tmp/folder" && cp "$fx/good/exes.yaml" "$tmp/folder/" && mkfifo "$tmp/folder/pipe.yaml"
run "check folder with a fifo" "$bin" --check "$tmp/folder"
expect_rc 1 "check folder with a fifo"
expect_out "folder/pipe.yaml: error: not a regular file" "check folder with a fifo message"
expect_out "checked 2 decks: 1 error" "the good deck beside the pipe is still checked"
run "check a device" "$bin" --check /dev/zero
expect_rc 1 "check a device"
expect_out "/dev/zero: error: not a regular file (it is a device)" "check a device message"
mkdir "$tmp/dir.zip"
run "check a folder named .zip" "$bin" --check "$tmp/dir.zip"
expect_rc 0 "check a folder named .zip (an empty pack folder)"

# The game: each file it reads from its data folder, as a named pipe. (A replay uses its own
# settings: the probe loads settings.ini as a live start does.)
d=$tmp/data-settings && mkdir -p "$d" && mkfifo "$d/settings.ini"
run "settings.ini as a fifo" "$GA_PROBE" settings "$d"
expect_rc 0 "settings.ini as a fifo"
expect_out "Could not read your settings (not a regular file (it is a named pipe))" "settings fifo notice"
for f in session.sav gamecontrollerdb.txt; do
    d=$tmp/data-$f && mkdir -p "$d" && mkfifo "$d/$f"
    game "game with a fifo $f" "$d"
    expect_rc 0 "game with a fifo $f"
    expect_out "not a regular file (it is a named pipe)" "game with a fifo $f: the notice says why"
done
check "[[ -p '$tmp/data-session.sav/session.sav.bad' && ! -e '$tmp/data-session.sav/session.sav' ]]" \
    "a refused save that is a named pipe is set aside as session.sav.bad"
# A folder where the save should be is refused the same way.
d=$tmp/data-dir && mkdir -p "$d/session.sav"
game "game with a folder session.sav" "$d"
expect_rc 0 "game with a folder session.sav"
expect_out "not a regular file (it is a folder)" "folder session.sav message"
# A named pipe for a pack, and inside a pack folder.
d=$tmp/data-packs && mkdir -p "$d/packs/mine" && mkfifo "$d/packs/p.zip" "$d/packs/mine/pipe.yaml"
cp "$fx/good/texts.yaml" "$d/packs/mine/"
game "game with fifo packs" "$d"
expect_rc 0 "game with fifo packs"
expect_out "Skipped pack p.zip: not a regular file (it is a named pipe)" "fifo zip pack notice"
expect_out "Skipped packs/mine/pipe.yaml: not a regular file" "fifo deck in a pack notice"

# Paths given on the command line: a replay, a recording, screenshots.
mkfifo "$tmp/in.replay" "$tmp/out.replay"
run "replay from a fifo" env SDL_VIDEODRIVER=dummy "$bin" --replay "$tmp/in.replay" --data-dir "$tmp/d1"
expect_rc 2 "replay from a fifo"
expect_out "in.replay: not a regular file (it is a named pipe)" "replay fifo message"
run "record into a fifo" env SDL_VIDEODRIVER=dummy "$bin" --record "$tmp/out.replay" --data-dir "$tmp/d2"
expect_rc 2 "record into a fifo"
expect_out "cannot write the recording" "record fifo message"
expect_out "not a regular file (it is a named pipe)" "record fifo says why"
mkfifo "$tmp/shots-fifo"
game "screenshots into a fifo" "$tmp/d3" --screenshot-dir "$tmp/shots-fifo"
expect_rc 2 "screenshots into a fifo"
expect_out "is not a folder" "screenshot fifo message"
mkdir "$tmp/shots" && mkfifo "$tmp/shots/001-title.png"
game "a screenshot onto a fifo" "$tmp/d4" --screenshot-dir "$tmp/shots"
expect_rc 0 "a screenshot onto a fifo"
expect_out "001-title.png: not a regular file (it is a named pipe)" "screenshot onto a fifo message"
check "ls '$tmp/shots' | grep -q -- '-end.png'" "the other screenshots are still taken"

finish
