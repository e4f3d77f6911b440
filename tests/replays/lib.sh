# Shared by the replay tests (one scenario per script, each its own CTest test): whole
# sessions replayed headless from recorded input. Sourced, after setting name:
#   name=replay_side_by_side; source "$(dirname "$0")/lib.sh" "$@"
# Arguments: GRAYAREA SOURCE_TESTS_DIR BUILD_DIR. Everything a test writes goes to
# BUILD_DIR/replays/<name>.* (its data folder, screenshots, logs, replay files), so tests
# run alone (ctest -R) or side by side (ctest -j) without touching each other.
set -u
bin=$1 tests=$2 build=$3
decks=$tests/fixtures/good
out=$(cd "$build" && pwd)/replays
mkdir -p "$out"
rm -rf "$out/$name".* "$out/$name"-*
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
has() { grep -qF -- "$2" "$1"; }
shots() { echo "$out/$name.shots"; }
data() { echo "$out/$name.data"; }

# A replay file's head and the setup from the title: names typed with the keyboard,
# then Start. $1: extra setup keys; $2: the keys back round to Start (default "up up").
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

# Plays a replay file on this test's data folder, with its screenshots, logging to
# <name><suffix>.log. Usage: play FILE SUFFIX [more grayarea arguments]. The fixture
# decks unless the test empties decks_arg (the shipped decks) or sets others.
decks_arg=(--decks "$decks")
play() {
    local file=$1 log=$2
    shift 2
    SDL_VIDEODRIVER=dummy "$bin" --replay "$file" "${decks_arg[@]}" --data-dir "$(data)" --screenshot-dir "$(shots)" \
        "$@" >"$out/$name$log.log" 2>&1
}

# The newest summary of this test's data folder ("" when none): $1 md or html.
summary() { ls "$(data)"/summaries/*."$1" 2>/dev/null | head -1; }

# Whether a screenshot of screen $1 was taken.
shot_of() { ls "$(shots)" 2>/dev/null | grep -q -- "-$1"; }

# Whether none of this test's logs holds an answer (answers never reach a log).
no_answer_in_logs() {
    local f
    for f in "$out/$name".log "$out/$name"-*.log; do
        [[ -f $f ]] || continue
        grep -qE 'Fine if I know|Crosses a line|Uneasy, let|picked|answer [0-9]' "$f" && return 1
    done
    return 0
}

# Every test ends here: no log of it holds an answer, then the count.
finish() {
    check "no_answer_in_logs" "no log holds an answer"
    echo "$name: $passed passed, $failed failed"
    [[ $failed == 0 ]]
}
