#!/usr/bin/env bash
# A whole session side by side on the fixture decks. With these decks (gentle + honest:
# 4 scenarios) and every answer "Fine", it takes 12 blocks to reach the summary; one
# more Enter saves it. Run under umask 000: file modes must not depend on it.
name=replay_side_by_side
source "$(dirname "$0")/lib.sh" "$@"

{ header ""; side_blocks 12; echo "$t confirm"; } > "$out/$name.replay"
(umask 000; play "$out/$name.replay" ""); rc=$?
check "[[ $rc == 0 ]]" "side by side: exit $rc"
md=$(summary md)
check "[[ -n '$md' ]]" "side by side: no summary saved"
if [[ -n $md ]]; then
    check "has '$md' '# Gray Area: Alex & Sam'" "summary names"
    check "has '$md' '| Texts & DMs | 4 | 4 | 0 | 0 |'" "summary boundary map (texts)"
    check "has '$md' '| Exes | 2 | 2 | 0 | 0 |'" "summary boundary map (exes)"
    check "has '$md' \"**Late replies**: Alex: no line in these 3 steps · Sam: no line in these 3 steps\"" "ladder lines"
    check "[[ \$(stat -c %a '$md') == 600 ]]" "summary file mode under umask 000"
    check "[[ \$(stat -c %a '$(dirname "$md")') == 700 ]]" "summaries folder mode under umask 000"
fi
check "[[ ! -e '$(data)/session.sav' ]]" "the autosave is gone once the session ends"
check "[[ \$(stat -c %a '$(data)') == 700 ]]" "data folder mode under umask 000"
for s in title setup intro card reveal summary; do
    check "shot_of $s" "side by side: no $s screenshot"
done
finish
