#!/usr/bin/env bash
# Settings -> Keys with the keyboard alone: the left player's answer 1 becomes A; their
# answer 2 cannot take Q (their take back) nor Enter (a menu key), and the screen and
# Read aloud say why; the change is kept in settings.ini; Standard keys puts them back.
name=a11y_remap
source "$(dirname "$0")/lib.sh" "$@"
{
    printf 'grayarea-replay 1\nseed 7\nsize 1280 720\nnotices 0\n'
    t=100
    ev() { echo "$t $*"; t=$((t + 100)); }
    ev down; ev confirm                       # Settings
    for _ in $(seq 1 12); do ev down; done    # down to Keys
    ev confirm                                # the Keys screen
    ev confirm; ev key 4                      # left answer 1: A
    ev down; ev confirm; ev key 20            # left answer 2: Q, refused
    ev confirm; ev key 40                     # Enter, refused
    ev confirm; ev key 41                     # Esc: keep the old key
} > "$out/$name.replay"
play "$out/$name.replay" "" --speech-log "$out/$name.speech"; rc=$?
check "[[ $rc == 0 ]]" "exit $rc"
ini=$(data)/settings.ini
check "grep -qx 'key_p1_answer1 = A' '$ini'" "the new key is kept"
check "grep -qx 'key_p1_answer2 = 2' '$ini'" "the refused key changed nothing"
check "has '$out/$name.speech' 'Q is already take back for the left player.'" "the conflict is said"
check "has '$out/$name.speech' 'stays with the menus'" "a menu key is refused"
check "has '$out/$name.speech' 'Kept the old key.'" "Esc keeps the old key"
check "shot_of keys" "no picture of the keys screen"
# Then Standard keys: everything back.
{
    printf 'grayarea-replay 1\nseed 7\nsize 1280 720\nnotices 0\n'
    t=100
    ev() { echo "$t $*"; t=$((t + 100)); }
    ev down; ev confirm
    for _ in $(seq 1 12); do ev down; done
    ev confirm; ev up; ev up; ev confirm      # Standard keys (above Back, from the top: up twice)
} > "$out/$name-reset.replay"
play "$out/$name-reset.replay" "-reset"; rc=$?
check "[[ $rc == 0 ]]" "reset: exit $rc"
check "grep -qx 'key_p1_answer1 = 1' '$ini'" "Standard keys puts them back"
finish
