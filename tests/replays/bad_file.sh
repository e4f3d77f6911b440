#!/usr/bin/env bash
# A bad replay file is refused with its line, exit 2.
name=replay_bad_file
source "$(dirname "$0")/lib.sh" "$@"

printf 'grayarea-replay 1\n100 answer 7 1\n' > "$out/$name.replay"
SDL_VIDEODRIVER=dummy "$bin" --replay "$out/$name.replay" --data-dir "$(data)" >"$out/$name.log" 2>&1; rc=$?
check "[[ $rc == 2 ]] && has '$out/$name.log' '$name.replay:2:'" "bad replay refused with its line"
finish
