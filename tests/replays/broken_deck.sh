#!/usr/bin/env bash
# A broken deck next to good ones: a notice naming it, and the game goes on to setup.
name=replay_broken_deck
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$out/$name.decks"
cp "$decks"/*.yaml "$out/$name.decks/"
cp "$tests/fixtures/bad/bad-target.yaml" "$out/$name.decks/"
decks_arg=(--decks "$out/$name.decks")
printf 'grayarea-replay 1\nseed 1\nsize 1280 720\n500 confirm\n' > "$out/$name.replay"
play "$out/$name.replay" ""; rc=$?
check "[[ $rc == 0 ]]" "broken deck: exit $rc"
check "has '$out/$name.log' \"Skipped broken deck scenarios/bad-target.yaml (line 17: card 'c1' sends players to 'c9'\"" \
    "broken deck notice"
check "shot_of setup" "broken deck: the game still reaches setup"
finish
