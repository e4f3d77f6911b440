#!/usr/bin/env bash
# A whole session taking turns: 38 steps to the summary (cover, picks, done, reveal),
# then save.
name=replay_take_turns
source "$(dirname "$0")/lib.sh" "$@"

{ header "down right up"; turn_blocks 38; echo "$t confirm"; } > "$out/$name.replay"
play "$out/$name.replay" ""; rc=$?
check "[[ $rc == 0 ]]" "take turns: exit $rc"
md=$(summary md)
check "[[ -n '$md' ]] && has '$md' '| Texts & DMs | 4 | 4 | 0 | 0 |'" "take turns: summary"
check "shot_of cover" "take turns: no cover screenshot"
finish
