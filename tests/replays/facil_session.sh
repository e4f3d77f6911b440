#!/usr/bin/env bash
# A facilitated session: the plan chosen and saved, then timer, hidden verdicts, skip,
# back to the last reveal, pause and resume, end early, export. Afterwards the data
# folder holds the exports and the plan, nothing else. The console is driven by its
# keyboard shortcuts (command events), the planner by keys and clicks at 1280x720 (see
# plan_layout in src/app/screens/planner.c).
name=facil_session
source "$(dirname "$0")/lib.sh" "$@"

{ header "down down down down right up up up up"
  for i in 1 2 3; do                                                # coffee, gifts, late replies:
      [[ $i == 1 ]] || { echo "$t down"; t=$((t + 100)); }           # each previewed whole (Enter),
      echo "$t confirm"; t=$((t + 200)); echo "$t confirm"; t=$((t + 200))   # then added (Enter)
  done
  echo "$t command save"; t=$((t + 300))                             # save the plan (Ctrl+S)
  echo "$t click 1150 673"; t=$((t + 500))                           # start
  echo "$t confirm"; t=$((t + 300))                                  # coffee: begin
  echo "$t answer 0 1"; echo "$((t + 100)) answer 1 2"; t=$((t + 2000))
  echo "$t command timer"; t=$((t + 300))                            # timer on
  echo "$t command verdicts"; t=$((t + 300))                         # hide verdict words
  echo "$t confirm"; t=$((t + 500))                                  # next: gifts' intro
  echo "$t command skip"; t=$((t + 500))                             # skip gifts
  echo "$t confirm"; t=$((t + 300))                                  # late: begin
  for r in 1 2; do echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 2000)); done
  echo "$t confirm"; t=$((t + 500))                                  # on to step 2
  echo "$t command back"; t=$((t + 500))                             # back to the last reveal
  echo "$t command pause"; t=$((t + 800))                            # pause
  echo "$t answer 0 3"; t=$((t + 200))                               # ignored while paused
  echo "$t command pause"; t=$((t + 500))                            # resume
  echo "$t command end"; t=$((t + 300))                              # end early: it asks first
  echo "$t right"; t=$((t + 100)); echo "$t confirm"; t=$((t + 800)) # End now
  echo "$t left"; t=$((t + 100)); echo "$t confirm"; t=$((t + 200))  # Sam leaves their answers out
  echo "$t right"; t=$((t + 100)); echo "$t confirm"; t=$((t + 300)) # save: first what will be written,
  echo "$t confirm"; } > "$out/$name.replay"                         # then the files
play "$out/$name.replay" ""; rc=$?
check "[[ $rc == 0 ]]" "facilitated: exit $rc"
plan=$(ls "$(data)"/plans/plan-*.txt 2>/dev/null | head -1)
check "[[ -n '$plan' ]] && [[ \"\$(grep -v '^name ' '$plan')\" == \"\$(printf 'grayarea-plan 2\nscenario test-exes coffee\nscenario test-exes gifts\nscenario test-texts late')\" ]] && grep -qE '^name [A-Z][a-z]+day [0-9]+ ' '$plan'" "facilitated: the saved plan, named by its date"
md=$(summary md)
html=$(summary html)
check "[[ -n '$md' && -n '$html' ]]" "facilitated: summary exported as Markdown and HTML"
if [[ -n $md ]]; then
    check "has '$md' '2 cards talked through'" "facilitated: back undid nothing answered, the skip left gifts out"
    check "has '$md' 'Verdict words were hidden for this session' && has '$md' '| Exes | 1 |' && ! grep -qE 'Same page|Close|Different views' '$md'" "facilitated: verdicts hidden in the export too"
fi
if [[ -n $html ]]; then
    check "! grep -qiE 'http|<script|<link|src=' '$html'" "facilitated: the HTML page is self-contained"
    check "has '$html' 'Alex &amp; Sam'" "facilitated: the HTML names the players"
    check "has '$html' 'Sam: kept private' && ! grep -q 'who p2\">Sam</span> [A-Z]' '$html'" "facilitated: Sam's answers left out of the page"
    check "grep -qE 'who p1\">Alex(: no line|.s line)' '$html' && has '$html' '<h2>Card by card</h2>' && has '$html' 'Alex</span>: Fine'" "facilitated: Alex's line and answers stay, card by card"
fi
check "! ls '$(data)'/summaries/*-record.md >/dev/null 2>&1" "facilitated: no session record unless asked for"
extra=$(cd "$(data)" && find . -type f ! -path './summaries/gray-area-*' ! -path './plans/plan-*.txt' | sort)
check "[[ -z '$extra' ]]" "facilitated: the data folder holds only exports (found: $extra)"
for s in planner planner-preview paused end-ask summary-preview; do check "shot_of $s" "facilitated: no $s screenshot"; done
finish
