#!/usr/bin/env bash
# No essential timing: Settings -> Lock-in countdown turned off; then both lock in, and
# nothing happens however long they wait, until one of them presses Enter to reveal.
name=a11y_no_countdown
source "$(dirname "$0")/lib.sh" "$@"
decks_arg=(--decks "$tests/fixtures/speech")
{
    printf 'grayarea-replay 1\nseed 7\nsize 1280 720\nnotices 0\n'
    t=100
    ev() { echo "$t $*"; t=$((t + 100)); }
    ev down; ev confirm                       # Settings
    for _ in $(seq 1 11); do ev down; done    # Lock-in countdown
    ev left                                   # 1.5 s -> off
    ev back                                   # the title
    ev confirm; ev confirm                    # Play, Start
    ev confirm                                # begin the first scenario
    ev answer 0 1; ev answer 1 2
    t=$((t + 20000))                          # a long wait: nothing moves
    ev read
    ev confirm                                # Enter: reveal
} > "$out/$name.replay"
play "$out/$name.replay" "" --speech-log "$out/$name.speech"; rc=$?
check "[[ $rc == 0 ]]" "exit $rc"
check "grep -qx 'countdown_ms = 0' '$(data)/settings.ini'" "the setting is kept"
check "has '$out/$name.speech' 'Either of you can press Enter to reveal.'" "Read aloud says how to reveal"
reveal_t=$(awk '/ (Same page|Close|Different views)/ { print $1; exit }' "$out/$name.speech")
confirm_t=$(tail -1 "$out/$name.replay" | cut -d' ' -f1)
check "[[ -n '$reveal_t' && '$reveal_t' -ge '$confirm_t' ]]" "the reveal waits for Enter (reveal at ${reveal_t:-never}, Enter at $confirm_t)"
check "shot_of card" "no card"
finish
