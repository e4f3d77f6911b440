#!/usr/bin/env bash
# A player's own deck in several scripts (tests/fixtures/scripts: Hindi, emoji, Hebrew,
# Arabic, each with English mixed in), played side by side at $4 (1280x720 or 1920x1080)
# with the layout check: every card, reveal and the summary must fit, and the session
# must reach its summary. The screenshots stay in build/replays/ to look at.
size=${4:-1280x720}
name=replay_scripts_$size
source "$(dirname "$0")/lib.sh" "$@"
decks_arg=(--decks "$tests/fixtures/scripts")
w=${size%x*} h=${size#*x}
{ header ""; side_blocks 8; echo "$t confirm"; } > "$out/$name.replay"
sed -i "s/^size 1280 720$/size $w $h/" "$out/$name.replay"
play "$out/$name.replay" "" --layout-check "$out/$name.layout"; rc=$?
check "[[ $rc == 0 ]]" "scripts: exit $rc"
check "[[ -f '$out/$name.layout' && ! -s '$out/$name.layout' ]]" \
    "scripts: text does not fit at $size: $(head -c 600 "$out/$name.layout" 2>/dev/null)"
md=$(summary md)
check "[[ -n '$md' ]]" "scripts: no summary saved"
if [[ -n $md ]]; then
    check "has '$md' 'देर रात का संदेश'" "the Hindi scenario's title in the summary"
    check "has '$md' 'הודעה בחצות'" "the Hebrew scenario's title in the summary"
fi
check "! grep -q 'cannot load the font' '$out/$name.log'" "a font failed to load"
for s in card reveal summary; do
    check "shot_of $s" "scripts: no $s screenshot"
done
finish
