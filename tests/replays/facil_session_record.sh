#!/usr/bin/env bash
# The facilitator's session record: written only with an export, when asked for in "Before
# saving". It says which scenarios were played, skipped by the facilitator and left out by
# the couple (a count, never who), the breaks and pauses, and the time on each scenario in
# the app's logical time (so these numbers are exact): never an answer, never a name.
name=facil_session_record
source "$(dirname "$0")/lib.sh" "$@"

{ header "down down down down right up up up up"
  t=$((t + 300))
  for i in 1 2 3 4; do                                                # every scenario, in order
      [[ $i == 1 ]] || { echo "$t down"; t=$((t + 100)); }
      echo "$t confirm"; t=$((t + 200)); echo "$t confirm"; t=$((t + 200))
  done
  s=$((t + 300)); echo "$s click 1150 673"                          # start: coffee's intro
  echo "$((s + 1000)) confirm"                                       # coffee, its card
  echo "$((s + 1500)) answer 0 1"; echo "$((s + 1600)) answer 1 1"   # Fine, Fine: the reveal
  echo "$((s + 4000)) break"; echo "$((s + 9000)) break"             # a 5 s break, not counted
  echo "$((s + 10000)) command pause"; echo "$((s + 13000)) command pause"  # a 3 s pause, neither
  echo "$((s + 14000)) confirm"                                      # coffee ends after 6 s: gifts
  echo "$((s + 15000)) command skip"                                 # gifts skipped after 1 s: late
  echo "$((s + 16000)) confirm"                                      # late's first card...
  echo "$((s + 17000)) back"; echo "$((s + 17100)) down"             # ...left out from the menu
  echo "$((s + 17200)) confirm"                                      # after 2 s (the menu stops time)
  echo "$((s + 18000)) confirm"                                      # deleted chat, its card
  echo "$((s + 18500)) answer 0 1"; echo "$((s + 18600)) answer 1 4"
  echo "$((s + 21000)) command end"                                  # 3.8 s on it; End asks first
  echo "$((s + 21100)) right"; echo "$((s + 21200)) confirm"
  echo "$((s + 22000)) command save"                                 # Before saving...
  echo "$((s + 22100)) left"; echo "$((s + 22200)) left"; echo "$((s + 22300)) confirm"  # ...with the record
  echo "$((s + 22400)) right"; echo "$((s + 22500)) right"; echo "$((s + 22600)) confirm"; } > "$out/$name.replay"
play "$out/$name.replay" ""; rc=$?
check "[[ $rc == 0 ]]" "record: exit $rc"
rec=$(ls "$(data)"/summaries/*-record.md 2>/dev/null | head -1)
check "[[ -n '$rec' ]]" "record: written with the export"
if [[ -n $rec ]]; then
    check "has '$rec' '| 1 | Coffee with an ex | Exes | gentle | played | 1 | 0:06 |'" "record: coffee played, 6 s (break and pause not counted)"
    check "has '$rec' '| 2 | Old gifts | Exes | honest | skipped by you | 0 | 0:01 |'" "record: gifts skipped by the facilitator"
    check "has '$rec' '| 3 | Late replies | Texts & DMs | gentle | left out by the couple | 0 | 0:02 |'" "record: late replies left out"
    check "has '$rec' '| 4 | Deleted chat | Texts & DMs | honest | played | 1 | 0:03 |'" "record: deleted chat played"
    check "has '$rec' '- Scenarios: 2 played, 1 skipped by you, 1 left out by the couple, 0 shown with no card answered, 0 not reached.'" "record: the counts"
    check "has '$rec' '- Breaks the couple called: 1. Your pauses: 1.'" "record: breaks and pauses"
    check "has '$rec' '- Time with the scenarios: 0:12 (breaks and pauses not counted).'" "record: the total"
    check "! grep -qE 'Fine|Uneasy|Crosses a line|kept private|Alex|Sam|heads-up' '$rec'" "record: no answer and no name"
    base=${rec%-record.md}
    check "[[ -f '$base.md' && -f '$base.html' ]] && has '$rec' \"(\$(basename '$base').html)\"" "record: next to the summary it names"
fi
check "shot_of summary-preview" "record: Before saving was shown"
extra=$(cd "$(data)" && find . -type f ! -path './summaries/gray-area-*' | sort)
check "[[ -z '$extra' ]]" "record: nothing else on disk (found: $extra)"
finish
