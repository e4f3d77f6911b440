#!/usr/bin/env bash
# Forget everything: a data folder with a session to resume, two saved summary files
# (a session ended early and saved) and leftovers; Settings -> Forget everything deletes
# every one of them, keeps the settings and the packs, and says what it deleted.
name=forget_everything
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$(data)/packs"
# A short session ended from the session menu (End now asks first) and saved: one .md
# and one .html.
{ header ""; side_blocks 2
  echo "$t back"; echo "$((t + 100)) down"; echo "$((t + 200)) down"; echo "$((t + 300)) confirm"
  echo "$((t + 400)) right"; echo "$((t + 500)) confirm"; echo "$((t + 1100)) confirm"; } > "$out/$name-saved.replay"
play "$out/$name-saved.replay" "-saved"
check "[[ \$(ls '$(data)/summaries' | wc -l) == 2 ]]" "forget: two summary files to forget"
{ header ""; side_blocks 6; } > "$out/$name-seed.replay"
play "$out/$name-seed.replay" "-seed"
touch "$(data)/settings.ini.bad" "$(data)/session.sav.tmp.1234"
cp "$decks/exes.yaml" "$(data)/packs/"
check "[[ -s '$(data)/session.sav' ]]" "forget: a session to forget"
printf 'grayarea-replay 1\nseed 1\nsize 1280 720\nnotices 0\n100 back\n300 down\n400 confirm\n600 up\n700 confirm\n900 right\n1000 confirm\n1500 confirm\n' > "$out/$name.replay"
play "$out/$name.replay" ""; rc=$?
check "[[ $rc == 0 ]]" "forget: exit $rc"
left=$(cd "$(data)" && find . -type f | grep -E 'session|summaries/|\.tmp|\.bad' | sort)
check "[[ -z '$left' ]]" "forget: nothing sensitive left (found: $left)"
check "[[ -f '$(data)/packs/exes.yaml' && -f '$(data)/settings.ini' ]]" "forget: settings and packs stay"
check "has '$out/$name.log' 'Deleted 2 saved session files, 2 summary files and 1 temporary or backup file.'" "forget: says what it deleted"
check "shot_of forget" "forget: no screenshot"
finish
