#!/usr/bin/env bash
# Nothing a couple said is lost on the summary: killed there, the next start resumes to
# the summary; Esc asks before letting it go, and "Go back" keeps it; leaving without
# saving (after the question) deletes the session; a save that fails (no summaries
# folder can be made) keeps everything on screen and on disk, and works once it can.
name=replay_summary_kept
source "$(dirname "$0")/lib.sh" "$@"
sav=$(data)/session.sav

# 1. Killed on the summary screen (SIGKILL follows the autosave that says "summary").
{ header ""; side_blocks 12
  for i in $(seq 1 1500); do echo "$((t + i * 10)) scroll $(( i % 2 ? 1 : -1 ))"; done; } > "$out/$name-1.replay"
play "$out/$name-1.replay" "-1" &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! grep -q '^phase summary$' "$sav" 2>/dev/null; do sleep 0.02; done
alive=no
kill -KILL "$pid" 2>/dev/null && alive=yes
wait "$pid" 2>/dev/null
check "[[ $alive == yes ]]" "kill: the run was still on the summary when killed"
check "grep -q '^phase summary$' '$sav' && tail -1 '$sav' | grep -qE '^checksum [0-9a-f]{16}$'" "kill: the summary is kept on disk, whole"
check "[[ ! -e \$(data)/summaries ]] || [[ -z \$(ls \$(data)/summaries) ]]" "kill: nothing was saved as a summary"

# 2. The next start offers the summary; Esc on it asks first, and "Go back" keeps it.
printf 'grayarea-replay 1\nseed 2\nsize 1280 720\nnotices 0\n300 confirm\n900 back\n1200 confirm\n' > "$out/$name-2.replay"
play "$out/$name-2.replay" "-2"; rc=$?
check "[[ $rc == 0 ]] && shot_of resume && shot_of summary" "resume: the summary is offered and shown"
check "[[ -s '$sav' ]]" "go back: the summary is still kept"

# 3. Esc, then "Leave without saving": the session is let go, and only then.
printf 'grayarea-replay 1\nseed 2\nsize 1280 720\nnotices 0\n300 confirm\n900 back\n1200 right\n1500 confirm\n' > "$out/$name-3.replay"
play "$out/$name-3.replay" "-3"; rc=$?
check "[[ $rc == 0 && ! -e '$sav' ]]" "leave without saving: the session is gone once they said so"
check "shot_of title" "leave without saving: back at the title"

# 4. A save that cannot be written (a file where the summaries folder would go): the
# summary stays, the session stays on disk; once the folder can be made, Try again saves.
rm -rf "$(data)"; mkdir -p "$(data)"; echo "not a folder" > "$(data)/summaries"
{ header ""; side_blocks 12; echo "$t confirm"; } > "$out/$name-4.replay"
play "$out/$name-4.replay" "-4"; rc=$?
check "[[ $rc == 0 ]] && grep -q '^phase summary$' '$sav'" "failed save: the summary is still kept on disk"
check "grep -q 'Could not save summaries' '$out/$name-4.log'" "failed save: the failure is reported"
rm -f "$(data)/summaries"
printf 'grayarea-replay 1\nseed 2\nsize 1280 720\nnotices 0\n300 confirm\n900 confirm\n' > "$out/$name-5.replay"
play "$out/$name-5.replay" "-5"; rc=$?
md=$(summary md)
check "[[ $rc == 0 && -n '$md' ]] && has '$md' '# Gray Area: Alex & Sam'" "try again: saved once it could be"
check "[[ ! -e '$sav' ]]" "try again: the session leaves the disk once the summary is saved"

# 5. A picture, then Sam takes his answers out, then Save: the files are written once, and
# the picture saved before is written over too, so nothing on disk keeps what he took out.
rm -rf "$(data)"
{ header ""; side_blocks 12
  echo "$t right"; echo "$((t + 200)) confirm"                        # Save picture
  echo "$((t + 400)) left"; echo "$((t + 500)) left"; echo "$((t + 600)) confirm"   # Sam's answers: out
  echo "$((t + 800)) right"; echo "$((t + 900)) confirm"; } > "$out/$name-6.replay"  # Save summary
play "$out/$name-6.replay" "-6"; rc=$?
n_png=$(ls "$(data)"/summaries/*.png 2>/dev/null | wc -l)
n_md=$(ls "$(data)"/summaries/*.md 2>/dev/null | wc -l)
md=$(summary md)
check "[[ $rc == 0 && $n_png == 1 && $n_md == 1 ]]" "picture then save: one picture and one summary ($n_png, $n_md)"
check "[[ -n '$md' ]] && has '$md' 'Sam: kept private' && ! grep -q 'Sam: Fine' '$md'" "picture then save: Sam's answers are out"
png=$(ls "$(data)"/summaries/*.png 2>/dev/null | head -1)
# Written again after the Markdown (nanosecond times: the same second is likely).
later=$(awk -v a="$(stat -c %.9Y "$png" 2>/dev/null || echo 0)" -v b="$(stat -c %.9Y "$md" 2>/dev/null || echo 1)" 'BEGIN { print (a > b) ? "yes" : "no" }')
check "[[ -n '$png' && $later == yes ]]" "picture then save: the picture was written again with the summary"
finish
