#!/usr/bin/env bash
# Leaving mid-session keeps the autosave; the next start offers to resume, and the
# session ends (early, from the session menu) with the answers of both runs.
name=replay_resume
source "$(dirname "$0")/lib.sh" "$@"

{ header ""; side_blocks 8; } > "$out/$name-1.replay"
play "$out/$name-1.replay" "-1"; rc=$?
sav=$(data)/session.sav
check "[[ $rc == 0 && -s '$sav' ]]" "mid-session: autosave kept"
check "head -1 '$sav' | grep -q '^grayarea-session 1$'" "autosave header"
saved=$(grep -c '^record ' "$sav" 2>/dev/null)
check "[[ ${saved:-0} -ge 1 ]]" "mid-session: the autosave holds the answered cards ($saved)"
{ printf 'grayarea-replay 1\nseed 9\nsize 1280 720\nnotices 0\n300 confirm\n'; t=600; side_blocks 2
  echo "$t back"; echo "$((t + 100)) down"; echo "$((t + 200)) down"; echo "$((t + 300)) confirm"
  echo "$((t + 400)) right"; echo "$((t + 500)) confirm"; echo "$((t + 1100)) confirm"; } > "$out/$name-2.replay"
play "$out/$name-2.replay" "-2"; rc=$?
md=$(summary md)
check "[[ $rc == 0 && -n '$md' ]]" "resume: summary saved"
if [[ -n $md ]]; then
    cards=$(sed -n 's/.* \([0-9]*\) cards\? talked through.*/\1/p' "$md")
    check "[[ -n '$cards' && $cards -gt ${saved:-0} ]]" "resume: the summary has the cards of both runs ($cards > $saved)"
fi
check "shot_of resume" "resume: no resume screenshot"
check "shot_of menu" "resume: no session menu screenshot"
check "[[ ! -e '$sav' ]]" "resume: autosave gone at the end"
finish
