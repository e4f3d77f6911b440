#!/usr/bin/env bash
# Leaving a scenario out is a hold, not a press, and can be undone: a tap does nothing, a
# hold of a second leaves the scenario out (the autosave says so), and pressing the key
# again while "Left out. Undo" shows brings the scenario back with the pick already made.
name=replay_leave_out
source "$(dirname "$0")/lib.sh" "$@"
sav=$(data)/session.sav

# 1. A tap, then a hold: the first scenario is left out, and stays out.
{ header ""
  echo "$t confirm"; t=$((t + 400))                     # Begin
  echo "$t answer 0 1"; t=$((t + 400))                  # Alex picks on the first card
  echo "$t veto 0"; echo "$((t + 300)) veto 0 up"; t=$((t + 700))   # a tap: nothing happens
  echo "$t answer 1 1"; echo "$((t + 100)) unlock 1"; t=$((t + 400)) # Sam picks and takes it back
  echo "$t veto 1"; echo "$((t + 1300)) veto 1 up"; t=$((t + 1500)) # held 1.3 s: left out at 1 s
  echo "$((t + 7000)) break"; echo "$((t + 7200)) break"         # time passes; the undo is gone
  echo "$((t + 7600)) veto 0"; echo "$((t + 7700)) veto 0 up"     # a tap now undoes nothing
} > "$out/$name-1.replay"
play "$out/$name-1.replay" "-1"; rc=$?
check "[[ $rc == 0 && -s '$sav' ]]" "hold: the run ends with an autosave"
first=$(grep -m1 '^deal ' "$sav" 2>/dev/null)
check "[[ '$first' == *' 1' ]]" "hold: the first scenario is left out ($first)"
check "grep -q '^pos 1$' '$sav'" "hold: play moved on to the second scenario"
check "shot_of card" "no card screenshot"

# 2. A tap does nothing on its own: the card is still there after it (the first run's
# screenshots: card, then the next intro only after the hold).
n_intro=$(ls "$(shots)" | grep -c -- '-intro')
check "[[ $n_intro -ge 2 ]]" "hold: the next scenario's intro came after the hold ($n_intro intros)"

# 3. Hold, then undo: the scenario comes back with Alex's pick, so Sam's pick alone
# starts the countdown; the card is answered and recorded.
rm -rf "$(data)"
{ header ""
  echo "$t confirm"; t=$((t + 400))
  echo "$t answer 0 1"; t=$((t + 400))
  echo "$t veto 1"; echo "$((t + 1200)) veto 1 up"; t=$((t + 1600))   # left out
  echo "$t veto 0"; echo "$((t + 100)) veto 0 up"; t=$((t + 500))    # undone
  echo "$t answer 1 1"; t=$((t + 1900))                             # countdown: round 2
  echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 2000))  # the reveal
} > "$out/$name-2.replay"
play "$out/$name-2.replay" "-2"; rc=$?
first=$(grep -m1 '^deal ' "$sav" 2>/dev/null)
check "[[ $rc == 0 && '$first' == *' 0' ]]" "undo: the first scenario is back ($first)"
check "grep -q '^pos 0$' '$sav'" "undo: play is on the first scenario again"
check "grep -qE '^record 0 g1 1 1 0 0 1 1 0 0$' '$sav'" "undo: the card was answered with the pick made before"
finish
