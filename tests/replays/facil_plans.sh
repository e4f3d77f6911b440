#!/usr/bin/env bash
# Plans: built, reordered by keys (Ctrl+Up/Down) and by mouse (the rows' arrows and x),
# named, saved; renamed from the saved plans; opened again and played; deleted after a
# question whose default keeps it. An old version 1 plan and a broken file sit beside
# them: the first is listed and kept, the second listed as unreadable, neither breaks
# anything. Clicks are at 1280x720 (plan_layout and row_tools in planner.c).
name=facil_plans
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$(data)/plans"
printf 'grayarea-plan 1\nscenario test-exes coffee\n' > "$(data)/plans/plan-2020-01-01-000000.txt"
printf '\x00\x01 not a plan' > "$(data)/plans/plan-2020-01-02-000000.txt"

# 1. Build coffee, gifts, late; reorder to late, gifts (coffee taken out); name; save; rename.
{ header "down down down down right up up up up"
  t=$((t + 300))
  for i in 1 2 3; do
      [[ $i == 1 ]] || { echo "$t down"; t=$((t + 100)); }
      echo "$t confirm"; t=$((t + 200)); echo "$t confirm"; t=$((t + 200))
  done
  echo "$t right"; t=$((t + 100))                   # the plan: coffee, gifts, late
  echo "$t command down"; t=$((t + 100))            # gifts, coffee, late (keys)
  echo "$t down"; t=$((t + 100))                    # the focus on late
  echo "$t command up"; t=$((t + 100))              # gifts, late, coffee
  echo "$t click 1221 304"; t=$((t + 200))          # x on row 3: gifts, late (mouse)
  echo "$t click 1187 232"; t=$((t + 200))          # the down arrow on row 1: late, gifts
  echo "$t command rename"; t=$((t + 200))
  echo "$t text \"Week one: Sam & Alex\""; t=$((t + 100))
  echo "$t confirm"; t=$((t + 200))
  echo "$t command save"; t=$((t + 300))
  echo "$t command open"; t=$((t + 300))            # the saved plans: ours is the newest
  echo "$t command rename"; t=$((t + 200))
  for i in $(seq 1 20); do echo "$t backspace"; t=$((t + 20)); done
  echo "$t text \"Second week\""; t=$((t + 100))
  echo "$t confirm"; t=$((t + 300))
  echo "$t back"; t=$((t + 300)); } > "$out/$name-1.replay"
play "$out/$name-1.replay" "-1"; rc=$?
check "[[ $rc == 0 ]]" "plans 1: exit $rc"
ours=$(ls "$(data)"/plans/plan-20[3-9]*.txt "$(data)"/plans/plan-202[1-9]*.txt 2>/dev/null | head -1)
check "[[ -n '$ours' ]] && [[ \"\$(cat '$ours')\" == \"\$(printf 'grayarea-plan 2\nname Second week\nscenario test-texts late\nscenario test-exes gifts')\" ]]" "plans 1: reordered by keys and mouse, named, saved, renamed"
for s in planner-preview planner-rename planner-saved; do check "shot_of $s" "plans 1: no $s screenshot"; done

# 2. Open it again and play it; then delete it (the question keeps it by default).
rm -rf "$(shots)"
{ header "down down down down right up up up up"
  t=$((t + 300))
  echo "$t command open"; t=$((t + 300))
  echo "$t confirm"; t=$((t + 300))                 # open the newest: Second week
  echo "$t command open"; t=$((t + 300))
  echo "$t command remove"; t=$((t + 300))          # Delete "Second week"?
  echo "$t confirm"; t=$((t + 300))                 # Keep it (the default)
  echo "$t command remove"; t=$((t + 300))
  echo "$t right"; t=$((t + 100)); echo "$t confirm"; t=$((t + 300))   # Delete
  echo "$t back"; t=$((t + 300))
  echo "$t click 1150 673"; t=$((t + 500))          # start the plan that was opened
  echo "$t confirm"; t=$((t + 300))                 # Late replies: both ways
  echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 2000))
  echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 2000))
  echo "$t command end"; t=$((t + 200)); echo "$t right"; t=$((t + 100)); echo "$t confirm"; t=$((t + 500))
  echo "$t command save"; t=$((t + 300)); echo "$t confirm"; } > "$out/$name-2.replay"
play "$out/$name-2.replay" "-2"; rc=$?
check "[[ $rc == 0 ]]" "plans 2: exit $rc"
check "[[ ! -e '$ours' ]]" "plans 2: deleted after asking"
check "[[ -f '$(data)/plans/plan-2020-01-01-000000.txt' && -f '$(data)/plans/plan-2020-01-02-000000.txt' ]]" "plans 2: the other files untouched"
md=$(summary md)
check "[[ -n '$md' ]] && has '$md' 'Late replies'" "plans 2: the opened plan was played"
check "shot_of planner-delete" "plans 2: no planner-delete screenshot"
finish
