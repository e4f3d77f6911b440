#!/usr/bin/env bash
# Whole sessions replayed headless from recorded input, on the fixture decks:
# side by side, take turns, resume after leaving mid-session, and a broken deck at start.
# Usage: replay.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
set -u
bin=$1 tests=$2 build=$3
decks=$tests/fixtures/good
out=$(cd "$build" && pwd)/replays
rm -rf "$out"; mkdir -p "$out"
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
has() { grep -qF -- "$2" "$1"; }

# Setup from the title: names typed with the keyboard, then Start. $1: extra setup keys.
header() {
    printf 'grayarea-replay 1\nseed 7\nsize 1280 720\nnotices 0\n'
    t=100
    ev() { echo "$t $*"; t=$((t + 100)); }
    ev confirm            # Play
    ev down; ev confirm; ev text '"Alex"'; ev confirm   # player 1's name
    ev down; ev confirm; ev text '"Sam"'; ev confirm    # player 2's name
    local key
    for key in $1; do ev "$key"; done
    for key in ${2:-up up}; do ev "$key"; done   # back round to Start
    ev confirm
}

# Side by side: both answer, the countdown runs out, Enter moves on. $1 blocks.
side_blocks() {
    for _ in $(seq 1 "$1"); do
        echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 1900))
        echo "$t confirm"; t=$((t + 300))
    done
}

# Taking turns: one answer, then Enter (done / ready / next). $1 blocks.
turn_blocks() {
    for _ in $(seq 1 "$1"); do
        echo "$t answer 0 2"; t=$((t + 200)); echo "$t confirm"; t=$((t + 300))
    done
}

run() { # name replay-file [extra args]
    local name=$1 file=$2; shift 2
    SDL_VIDEODRIVER=dummy "$bin" --replay "$file" --decks "$decks" --data-dir "$out/$name.data" \
        --screenshot-dir "$out/$name.shots" "$@" >"$out/$name.log" 2>&1
}

# 1. A whole session side by side. With these decks (gentle + honest: 4 scenarios)
# and every answer "Fine", it takes 12 blocks to reach the summary; one more Enter saves it.
{ header ""; side_blocks 12; echo "$t confirm"; } > "$out/side.replay"
(umask 000; run side "$out/side.replay"); rc=$?   # permissions must not depend on the umask
check "[[ $rc == 0 ]]" "side by side: exit $rc"
md=$(ls "$out"/side.data/summaries/*.md 2>/dev/null | head -1)
check "[[ -n '$md' ]]" "side by side: no summary saved"
if [[ -n $md ]]; then
    check "has '$md' '# Gray Area: Alex & Sam'" "summary names"
    check "has '$md' '| Texts & DMs | 4 | 4 | 0 | 0 |'" "summary boundary map (texts)"
    check "has '$md' '| Exes | 2 | 2 | 0 | 0 |'" "summary boundary map (exes)"
    check "has '$md' \"**Late replies**: Alex: no line in these 3 steps · Sam: no line in these 3 steps\"" "ladder lines"
    check "[[ \$(stat -c %a '$md') == 600 ]]" "summary file mode under umask 000"
    check "[[ \$(stat -c %a '$(dirname "$md")') == 700 ]]" "summaries folder mode under umask 000"
fi
check "[[ ! -e '$out/side.data/session.sav' ]]" "the autosave is gone once the session ends"
check "[[ \$(stat -c %a '$out/side.data') == 700 ]]" "data folder mode under umask 000"
for s in title setup intro card reveal summary; do
    check "ls '$out/side.shots' | grep -q -- '-$s'" "side by side: no $s screenshot"
done

# 2. Taking turns: 38 steps to the summary (cover, picks, done, reveal), then save.
{ header "down right up"; turn_blocks 38; echo "$t confirm"; } > "$out/turns.replay"
run turns "$out/turns.replay"; rc=$?
check "[[ $rc == 0 ]]" "take turns: exit $rc"
md=$(ls "$out"/turns.data/summaries/*.md 2>/dev/null | head -1)
check "[[ -n '$md' ]] && has '$md' '| Texts & DMs | 4 | 4 | 0 | 0 |'" "take turns: summary"
check "ls '$out/turns.shots' | grep -q -- '-cover'" "take turns: no cover screenshot"

# 3. Leaving mid-session keeps the autosave; the next start offers to resume, and the
# session ends (early, from the session menu) with the answers of both runs.
{ header ""; side_blocks 8; } > "$out/part1.replay"
run resume "$out/part1.replay"; rc=$?
check "[[ $rc == 0 && -s '$out/resume.data/session.sav' ]]" "mid-session: autosave kept"
check "head -1 '$out/resume.data/session.sav' | grep -q '^grayarea-session 1$'" "autosave header"
saved=$(grep -c '^record ' "$out/resume.data/session.sav")
check "[[ $saved -ge 1 ]]" "mid-session: the autosave holds the answered cards ($saved)"
{ printf 'grayarea-replay 1\nseed 9\nsize 1280 720\nnotices 0\n300 confirm\n'; t=600; side_blocks 4
  echo "$t back"; echo "$((t + 100)) down"; echo "$((t + 200)) down"; echo "$((t + 300)) confirm"; echo "$((t + 900)) confirm"; } > "$out/part2.replay"
run resume "$out/part2.replay"; rc=$?
md=$(ls "$out"/resume.data/summaries/*.md 2>/dev/null | head -1)
check "[[ $rc == 0 && -n '$md' ]]" "resume: summary saved"
if [[ -n $md ]]; then
    cards=$(sed -n 's/.* \([0-9]*\) cards\? talked through.*/\1/p' "$md")
    check "[[ -n '$cards' && $cards -gt $saved ]]" "resume: the summary has the cards of both runs ($cards > $saved)"
fi
check "ls '$out/resume.shots' | grep -q -- '-resume'" "resume: no resume screenshot"
check "ls '$out/resume.shots' | grep -q -- '-menu'" "resume: no session menu screenshot"
check "[[ ! -e '$out/resume.data/session.sav' ]]" "resume: autosave gone at the end"

# 4. A broken deck next to good ones: a notice naming it, and the game goes on.
mkdir -p "$out/broken.decks"
cp "$decks"/*.yaml "$out/broken.decks/"
cp "$tests/fixtures/bad/bad-target.yaml" "$out/broken.decks/"
printf 'grayarea-replay 1\nseed 1\nsize 1280 720\n500 confirm\n' > "$out/broken.replay"
SDL_VIDEODRIVER=dummy "$bin" --replay "$out/broken.replay" --decks "$out/broken.decks" --data-dir "$out/broken.data" \
    --screenshot-dir "$out/broken.shots" >"$out/broken.log" 2>&1; rc=$?
check "[[ $rc == 0 ]]" "broken deck: exit $rc"
check "has '$out/broken.log' \"Skipped broken deck scenarios/bad-target.yaml (line 17: card 'c1' sends players to 'c9'\"" "broken deck notice"
check "ls '$out/broken.shots' | grep -q -- '-setup'" "broken deck: the game still reaches setup"

# 5. A bad replay file is refused with its line, exit 2.
printf 'grayarea-replay 1\n100 answer 7 1\n' > "$out/bad.replay"
SDL_VIDEODRIVER=dummy "$bin" --replay "$out/bad.replay" --data-dir "$out/bad.data" >"$out/bad.log" 2>&1; rc=$?
check "[[ $rc == 2 ]] && has '$out/bad.log' 'bad.replay:2:'" "bad replay refused with its line"

# 6. A facilitated session: the plan chosen and saved, then timer, hidden verdicts, skip,
# back to the last reveal, pause and resume, end early, export. Afterwards the data folder
# holds the exports and the plan, nothing else. Clicks are at 1280x720 (see console_rects
# and plan_layout in scr_facil.c).
{ header "down down down down right up up up up"
  t=$((t + 300)); echo "$t confirm"; t=$((t + 200))                  # coffee into the plan
  echo "$t down"; t=$((t + 100)); echo "$t confirm"; t=$((t + 200))  # gifts
  echo "$t down"; t=$((t + 100)); echo "$t confirm"; t=$((t + 300))  # late replies
  echo "$t click 911 665"; t=$((t + 300))                            # save the plan
  echo "$t click 1128 665"; t=$((t + 500))                           # start
  echo "$t confirm"; t=$((t + 300))                                  # coffee: begin
  echo "$t answer 0 1"; echo "$((t + 100)) answer 1 2"; t=$((t + 2000))
  echo "$t click 1008 35"; t=$((t + 300))                            # timer on
  echo "$t click 1108 35"; t=$((t + 300))                            # hide verdict words
  echo "$t confirm"; t=$((t + 500))                                  # next: gifts' intro
  echo "$t click 708 35"; t=$((t + 500))                             # skip gifts
  echo "$t confirm"; t=$((t + 300))                                  # late: begin
  for r in 1 2; do echo "$t answer 0 1"; echo "$((t + 100)) answer 1 1"; t=$((t + 2000)); done
  echo "$t confirm"; t=$((t + 500))                                  # on to step 2
  echo "$t click 808 35"; t=$((t + 500))                             # back to the last reveal
  echo "$t click 908 35"; t=$((t + 800))                             # pause
  echo "$t answer 0 3"; t=$((t + 200))                               # ignored while paused
  echo "$t click 908 35"; t=$((t + 500))                             # resume
  echo "$t click 1208 35"; t=$((t + 800))                            # end early
  echo "$t left"; t=$((t + 100)); echo "$t confirm"; t=$((t + 200))  # Sam leaves their answers out
  echo "$t right"; t=$((t + 100)); echo "$t confirm"; } > "$out/facil.replay"   # export
run facil "$out/facil.replay"; rc=$?
check "[[ $rc == 0 ]]" "facilitated: exit $rc"
plan=$(ls "$out"/facil.data/plans/plan-*.txt 2>/dev/null | head -1)
check "[[ -n '$plan' ]] && [[ \"\$(cat '$plan')\" == \"\$(printf 'grayarea-plan 1\nscenario test-exes coffee\nscenario test-exes gifts\nscenario test-texts late')\" ]]" "facilitated: the saved plan"
md=$(ls "$out"/facil.data/summaries/*.md 2>/dev/null | head -1)
html=$(ls "$out"/facil.data/summaries/*.html 2>/dev/null | head -1)
check "[[ -n '$md' && -n '$html' ]]" "facilitated: summary exported as Markdown and HTML"
if [[ -n $md ]]; then
    check "has '$md' '2 cards talked through'" "facilitated: back undid nothing answered, the skip left gifts out"
    check "has '$md' '| Exes | 1 | 0 | 1 | 0 |'" "facilitated: coffee was close"
fi
if [[ -n $html ]]; then
    check "! grep -qiE 'http|<script|<link|src=' '$html'" "facilitated: the HTML page is self-contained"
    check "has '$html' 'Alex &amp; Sam'" "facilitated: the HTML names the players"
    check "has '$html' 'Sam: kept private' && ! grep -q 'who p2\">Sam</span> [A-Z]' '$html'" "facilitated: Sam's answers left out of the page"
    check "grep -qE 'who p1\">Alex(: no line|.s line)' '$html' && has '$html' 'card-by-card comparison is left out'" "facilitated: Alex's line stays; the card-by-card comparison, which needs both, goes"
fi
extra=$(cd "$out/facil.data" && find . -type f ! -path './summaries/gray-area-*' ! -path './plans/plan-*.txt' | sort)
check "[[ -z '$extra' ]]" "facilitated: the data folder holds only exports (found: $extra)"
for s in planner paused; do check "ls '$out/facil.shots' | grep -q -- '-$s'" "facilitated: no $s screenshot"; done

# 7. Forget everything: a data folder with a session to resume, summaries and leftovers.
mkdir -p "$out/forget.data/summaries" "$out/forget.data/packs"
cp "$out"/resume.data/summaries/* "$out/forget.data/summaries/"
{ header ""; side_blocks 6; } > "$out/forget-seed.replay"
run forget "$out/forget-seed.replay"
touch "$out/forget.data/settings.ini.bad" "$out/forget.data/session.sav.tmp.1234"
cp "$decks/exes.yaml" "$out/forget.data/packs/"
check "[[ -s '$out/forget.data/session.sav' ]]" "forget: a session to forget"
printf 'grayarea-replay 1\nseed 1\nsize 1280 720\nnotices 0\n100 back\n300 down\n400 confirm\n600 up\n700 confirm\n900 right\n1000 confirm\n1500 confirm\n' > "$out/forget.replay"
run forget "$out/forget.replay"; rc=$?
check "[[ $rc == 0 ]]" "forget: exit $rc"
left=$(cd "$out/forget.data" && find . -type f | grep -E 'session|summaries/|\.tmp|\.bad' | sort)
check "[[ -z '$left' ]]" "forget: nothing sensitive left (found: $left)"
check "[[ -f '$out/forget.data/packs/exes.yaml' && -f '$out/forget.data/settings.ini' ]]" "forget: settings and packs stay"
check "has '$out/forget.log' 'Deleted 2 saved session files, 2 summary files and 1 temporary or backup file.'" "forget: says what it deleted"
check "ls '$out/forget.shots' | grep -q -- '-forget'" "forget: no screenshot"

# 8. A whole session on each shipped deck alone, with answers that vary so the branches
# differ; each must reach its summary. Then: no log anywhere holds an answer.
cats=(messaging exes social apps flirting closeness honesty inner online checking)
titles=("Texts & DMs" "Exes" "Social media" "Dating apps" "Flirting" "Closeness" "Honesty" "Inner life" "Life online" "Checking up")
for k in 0 1 2 3 4 5 6 7 8 9; do
    keys="down down down down down down"                 # to the themes
    for c in 0 1 2 3 4 5 6 7 8 9; do [[ $c != "$k" ]] && keys="$keys confirm"; keys="$keys right"; done
    { header "$keys" "down down down"
      for i in $(seq 1 70); do
          echo "$t answer 0 $(( (i * 7 + k) % 4 + 1 ))"; echo "$((t + 100)) answer 1 $(( (i * 5 + 2 * k) % 4 + 1 ))"
          t=$((t + 1900)); echo "$t confirm"; t=$((t + 300))
      done; } > "$out/deck-${cats[$k]}.replay"
    SDL_VIDEODRIVER=dummy "$bin" --replay "$out/deck-${cats[$k]}.replay" --data-dir "$out/deck-${cats[$k]}.data" \
        --screenshot-dir "$out/deck-${cats[$k]}.shots" >"$out/deck-${cats[$k]}.log" 2>&1; rc=$?
    md=$(ls "$out/deck-${cats[$k]}.data"/summaries/*.md 2>/dev/null | head -1)
    check "[[ $rc == 0 && -n '$md' ]] && has '$md' '| ${titles[$k]} |' && ! grep -q '^| [A-Z].* | [0-9]' <(grep -v '| ${titles[$k]} |' '$md' | grep -v '^| Theme')" \
        "deck ${cats[$k]}: a whole session reaches its summary, on that theme alone"
done
check "! grep -lE 'Fine if I know|Crosses a line|Uneasy, let|picked|answer [0-9]' '$out'/*.log" "no log holds an answer"

# 9. Killed mid-session (SIGKILL, as a power cut would): the autosave on disk is whole
# and the next start resumes it.
{ header ""; side_blocks 40; } > "$out/kill.replay"
SDL_VIDEODRIVER=dummy "$bin" --replay "$out/kill.replay" --decks "$decks" --data-dir "$out/kill.data" \
    --screenshot-dir "$out/kill.shots" >"$out/kill.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do [[ -s "$out/kill.data/session.sav" ]] && break; sleep 0.05; done
sleep 0.3
kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
check "[[ -s '$out/kill.data/session.sav' ]] && tail -1 '$out/kill.data/session.sav' | grep -qE '^checksum [0-9a-f]{16}$'" "killed: the autosave is whole"
printf 'grayarea-replay 1\nseed 2\nsize 1280 720\nnotices 0\n300 confirm\n900 back\n1000 down\n1100 down\n1200 confirm\n1800 confirm\n' > "$out/kill2.replay"
run kill "$out/kill2.replay"; rc=$?
md=$(ls "$out"/kill.data/summaries/*.md 2>/dev/null | head -1)
check "[[ $rc == 0 && -n '$md' ]] && has '$md' '# Gray Area: Alex & Sam'" "killed: resumed and finished after the kill"

# 10. The example pack, zipped here, dropped into the packs folder and played alone.
if command -v zip >/dev/null; then
    mkdir -p "$out/pack.data/packs"
    (cd "$tests/../examples/pack" && zip -q "$out/pack.data/packs/our-rules.zip" ./*.yaml)
    keys="down down down down down down"
    for c in 0 1 2 3 4 5 6 7; do [[ $c != 6 ]] && keys="$keys confirm"; keys="$keys right"; done
    { header "$keys" "down down down"; side_blocks 20; } > "$out/pack.replay"
    run pack "$out/pack.replay"; rc=$?
    md=$(ls "$out"/pack.data/summaries/*.md 2>/dev/null | head -1)
    check "[[ $rc == 0 && -n '$md' ]] && has '$md' '| Honesty |'" "example pack: its deck plays from a .zip in the packs folder"
    check "! grep -q 'Skipped' '$out/pack.log'" "example pack: loads without notices"
else
    bad "zip is not installed (the test command installs it)"
fi

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
