#!/usr/bin/env bash
# Runs an installed Gray Area the way a player would get it, with no help from the source
# tree: --check on the decks it ships, then a whole session on them replayed headless,
# from the title to a saved summary. Checks that it read its data from DATA_ROOT.
# Usage: run-installed.sh GRAYAREA DATA_ROOT WORK_DIR     (exit 0 when all is well)
set -u
bin=$1 root=$2 work=$3
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
rm -rf "$work"; mkdir -p "$work"

"$bin" --version >"$work/version.txt" 2>&1 || fail "--version exits $?"
"$bin" --check "$root/scenarios" >"$work/check.txt" 2>&1 || fail "--check on $root/scenarios exits $? ($(tail -1 "$work/check.txt"))"
grep -qE '^checked [1-9][0-9]* decks: 0 errors' "$work/check.txt" || fail "--check: $(tail -1 "$work/check.txt")"

# Play, two names, start on the default decks; both answer "Fine if I know" a few
# times, then the session menu (Esc): "End now and see the summary", and Enter saves it.
{
    printf 'grayarea-replay 1\nseed 11\nsize 1280 720\nnotices 0\n'
    printf '100 confirm\n200 down\n300 confirm\n400 text "Robin"\n500 confirm\n'
    printf '600 down\n700 confirm\n800 text "Kai"\n900 confirm\n1000 up\n1100 up\n1200 confirm\n'
    t=1500
    for _ in 1 2 3 4; do
        printf '%d answer 0 2\n%d answer 1 2\n%d confirm\n' $t $((t + 100)) $((t + 2000))
        t=$((t + 2300))
    done
    printf '%d back\n%d down\n%d down\n%d confirm\n%d confirm\n' $t $((t + 200)) $((t + 400)) $((t + 600)) $((t + 900))
} >"$work/session.replay"
SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$bin" --replay "$work/session.replay" --data-dir "$work/data" \
    >"$work/session.log" 2>&1 || fail "the replayed session exits $? (see $work/session.log)"
grep -qF "game data from $root/assets" "$work/session.log" ||
    fail "it did not read its own data in $root: $(grep -m1 'game data' "$work/session.log")"
mds=("$work"/data/summaries/*.md)
md=${mds[0]}
if [[ ${#mds[@]} != 1 || ! -e $md ]]; then
    fail "expected one saved summary, found ${#mds[@]} (see $work/session.log)"
else
    grep -qF '# Gray Area: Robin & Kai' "$md" || fail "the summary does not name the players"
    grep -qE '^\| [A-Z][^|]* \| [0-9]+ \| [0-9]+ \|' "$md" || fail "the summary has no boundary map"
fi
exit $((fails > 0))
