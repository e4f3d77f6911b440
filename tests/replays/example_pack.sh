#!/usr/bin/env bash
# The example pack, zipped here, dropped into the packs folder of the data folder and
# played alone (its deck is on honesty).
name=replay_example_pack
source "$(dirname "$0")/lib.sh" "$@"

if command -v zip >/dev/null; then
    mkdir -p "$(data)/packs"
    (cd "$tests/../examples/pack" && zip -q "$(data)/packs/our-rules.zip" ./*.yaml)
    keys="down down down down down down"
    for c in 0 1 2 3 4 5 6 7; do [[ $c != 6 ]] && keys="$keys confirm"; keys="$keys right"; done
    { header "$keys" "down down down"; side_blocks 20; } > "$out/$name.replay"
    play "$out/$name.replay" ""; rc=$?
    md=$(summary md)
    check "[[ $rc == 0 && -n '$md' ]] && has '$md' '| Honesty |'" "example pack: its deck plays from a .zip in the packs folder"
    check "! grep -q 'Skipped' '$out/$name.log'" "example pack: loads without notices"
else
    bad "zip is not installed (the test command installs it)"
fi
finish
