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
grep -qE '^checked [1-9][0-9]* decks( and [0-9]+ translations?)?: 0 errors' "$work/check.txt" || fail "--check: $(tail -1 "$work/check.txt")"

# session.replay: Play, two names (Robin and Kai), start on the shipped decks; both
# answer "Fine if I know" a few times, then Esc, "End now and see the summary" (it asks
# first: Right, Enter), and Enter saves it.
SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$bin" --replay "$(dirname "$0")/session.replay" --data-dir "$work/data" \
    >"$work/session.log" 2>&1 || fail "the replayed session exits $? (see $work/session.log)"
grep -qF "game data from $root/assets" "$work/session.log" ||
    fail "it did not read its own data in $root: $(grep -m1 'game data' "$work/session.log")"
# The game's words in Spanish and Hindi are installed and read; the pseudo-locale is not.
for lang in es hi; do
    [[ -f $root/locale/$lang/LC_MESSAGES/grayarea.mo ]] || fail "no catalogue for $lang in $root/locale"
done
[[ ! -e $root/locale/qps ]] || fail "the pseudo-locale qps was installed"
grep -qE "lang: the game's words in English and:.* es.* hi" "$work/session.log" ||
    fail "it did not read its catalogues: $(grep -m1 'lang:' "$work/session.log")"
mds=("$work"/data/summaries/*.md)
md=${mds[0]}
if [[ ${#mds[@]} != 1 || ! -e $md ]]; then
    fail "expected one saved summary, found ${#mds[@]} (see $work/session.log)"
else
    grep -qF '# Gray Area: Robin & Kai' "$md" || fail "the summary does not name the players"
    grep -qE '^\| [A-Z][^|]* \| [0-9]+ \| [0-9]+ \|' "$md" || fail "the summary has no boundary map"
fi
exit $((fails > 0))
