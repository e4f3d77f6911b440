#!/usr/bin/env bash
# The layout check (--layout-check) at the largest text size, 200%, on a 1280x720 window
# ($4 may ask for TV mode at 1920x1080 instead, or a language at 1280x720 and 100%: 'qps',
# the pseudo-locale, every text of the game 40% longer and accented, or 'es'): every screen a couple meets, from the
# title through help, settings, keys and the dialogs, to a whole session of every kind of
# card in guess mode (side by side, then taking turns) with the longest names setup
# allows, the break, the menu and the summary. No text may be drawn outside the screen,
# across a widget's edge, or over another text.
variant=${4:-200}
name=a11y_layout_$variant
source "$(dirname "$0")/lib.sh" "$@"
decks_arg=(--decks "$tests/fixtures/speech")
lang_arg=()
if [[ $variant == tv ]]; then
    head_extra='size 1920 1080\nui_scale 1.00\ntv_mode yes'
elif [[ $variant == qps || $variant == es || $variant == hi ]]; then
    head_extra='size 1280 720\nui_scale 1.00'
    lang_arg=(--lang "$variant")
else
    head_extra='size 1280 720\nui_scale 2.00'
fi
# On the TV, two controllers hold the seats, so hints and answers show their buttons
# (the keyboard still types the names).
if [[ $variant == tv ]]; then
    pads='50 pad added 3 -1 ps5\n60 pad joined 3 0 ps5\n70 pad added 4 -1 xboxone\n80 pad joined 4 1 xboxone\n'
else
    pads=''
fi
start() { printf "grayarea-replay 1\nseed 7\n$head_extra\nnotices 0\n$pads"; t=100; }
ev() { echo "$t $*"; t=$((t + 100)); }

# Title, help, settings (every row), keys, forget and quit dialogs.
{
    start
    ev down; ev down; ev confirm; ev scroll -3; ev scroll -3; ev back       # help, scrolled
    ev down; ev confirm                                                    # settings
    for _ in $(seq 1 12); do ev down; done
    ev confirm; ev confirm; ev key 20; ev back                              # keys: a refusal shown
    for _ in $(seq 1 16); do ev down; done; ev back                         # scrolled to the end
    ev down; ev confirm; for _ in $(seq 1 14); do ev down; done; ev confirm; ev back   # forget dialog
    ev back; ev up; ev confirm; ev back                                     # quit dialog
} > "$out/$name-menus.replay"

# A session side by side in guess mode, with the break and the menu on a card.
# Picks turn round the scale, so each name meets each step's words (the top marker's
# name sits under the step names, where a long name once ran into "Uneasy, let's talk").
n_side=0
side() {
    local a=$((n_side % 4 + 1)) b=$(((n_side + 2) % 4 + 1))
    n_side=$((n_side + 1))
    # The countdown, then the reveal's markers and prompts settle: only a settled frame
    # is judged.
    echo "$t answer 0 $a"; echo "$((t + 100)) answer 1 $b"; t=$((t + 4000))
    # The reveal scrolls at this size: down through all of it, so every part is checked
    # where it shows whole (a text cut by the edge of the view is not judged).
    for _ in 1 2 3 4 5 6; do echo "$t down"; t=$((t + 100)); done
    echo "$t confirm"; t=$((t + 300))
}
{
    start
    ev confirm; ev down; ev confirm; ev text '"Alexandria-Katherine"'; ev confirm
    ev down; ev confirm; ev text '"Bartholomew-Jonathan"'; ev confirm
    ev down; ev down; ev right; ev up; ev up; ev up; ev up; ev confirm
    ev confirm                                   # the intro: begin
    ev break; ev break; ev back; ev back         # the break and the menu over a card
    for _ in $(seq 1 13); do side; done
} > "$out/$name-side.replay"

# Taking turns in guess mode: covers, picks, done.
{
    start
    ev confirm; ev down; ev confirm; ev text '"Alexandria-Katherine"'; ev confirm
    ev down; ev confirm; ev text '"Bartholomew-Jonathan"'; ev confirm
    ev down; ev right; ev down; ev right; ev up; ev up; ev up; ev up; ev confirm
    # Each screen settles before the next key, so each is judged.
    for _ in $(seq 1 34); do echo "$t answer 0 2"; t=$((t + 200)); echo "$t confirm"; t=$((t + 2000)); done
} > "$out/$name-turns.replay"

for run in menus side turns; do
    rm -rf "$(data)"
    play "$out/$name-$run.replay" "-$run" --layout-check "$out/$name-$run.layout" "${lang_arg[@]}"; rc=$?
    check "[[ $rc == 0 ]]" "$run: exit $rc"
    rm -rf "$(shots)-$run"; mv "$(shots)" "$(shots)-$run" # each run's pictures, to look at
    check "[[ -f '$out/$name-$run.layout' && ! -s '$out/$name-$run.layout' ]]" \
        "$run: text does not fit at $variant: $(head -c 600 "$out/$name-$run.layout" 2>/dev/null)"
done
for s in title help settings keys forget quit setup intro card break menu reveal cover summary; do
    check "ls '$out/$name'.shots-* | grep -q -- '-$s'" "no $s screen was checked"
done
finish
