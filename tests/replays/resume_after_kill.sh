#!/usr/bin/env bash
# Killed mid-session (SIGKILL, as a power cut would): the autosave on disk is whole and
# the next start resumes it. The kill follows an event, not a clock: it comes once the
# autosave holds two answered cards, with the session still well short of its end.
name=replay_resume_after_kill
source "$(dirname "$0")/lib.sh" "$@"

sav=$(data)/session.sav
{ header ""; side_blocks 40; } > "$out/$name-1.replay"
play "$out/$name-1.replay" "-1" &
pid=$!
records() { grep -c '^record ' "$sav" 2>/dev/null || true; }
while kill -0 "$pid" 2>/dev/null && [[ $(records) -lt 2 ]]; do sleep 0.02; done
alive=no
kill -KILL "$pid" 2>/dev/null && alive=yes
wait "$pid" 2>/dev/null
check "[[ $alive == yes ]]" "killed: the run was still going when the autosave held two cards"
check "[[ -s '$sav' ]] && tail -1 '$sav' | grep -qE '^checksum [0-9a-f]{16}$'" "killed: the autosave is whole"
printf 'grayarea-replay 1\nseed 2\nsize 1280 720\nnotices 0\n300 confirm\n900 back\n1000 down\n1100 down\n1200 confirm\n1300 right\n1400 confirm\n2000 confirm\n' \
    > "$out/$name-2.replay"
play "$out/$name-2.replay" "-2"; rc=$?
md=$(summary md)
check "[[ $rc == 0 && -n '$md' ]] && has '$md' '# Gray Area: Alex & Sam'" "killed: resumed and finished after the kill"
finish
