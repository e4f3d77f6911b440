#!/usr/bin/env bash
# Guess mode, side by side: after their own answers each guesses the other's, about one
# named question; the reveal says who read whom right, and the summary counts it.
name=replay_guess
source "$(dirname "$0")/lib.sh" "$@"

# Guess mode on (down twice from the second name, Right), back up to Start. Every
# answer is "Fine", so every guess of "Fine" is right.
{ header "down down right up up"; side_blocks ${GUESS_BLOCKS:-18}; echo "$t confirm"; } > "$out/$name.replay"
play "$out/$name.replay" ""; rc=$?
md=$(summary md)
check "[[ $rc == 0 && -n '$md' ]]" "guess: the session reaches its summary and it is saved"
if [[ -n $md ]]; then
    n=$(grep -c '' "$md")
    check "grep -qE '^- Alex read Sam right ([0-9]+) of \\1 times?$' '$md'" "guess: Alex read Sam right every time"
    check "grep -qE '^- Sam read Alex right ([0-9]+) of \\1 times?$' '$md'" "guess: Sam read Alex right every time"
fi
check "shot_of reveal" "guess: no reveal screenshot"
finish
