#!/usr/bin/env bash
# The command line: --help, --version, bad options, and --check on files, folders and packs.
# Usage: cli.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
set -u
bin=$1 tests=$2 build=$3
fx=$tests/fixtures
tmp=$(mktemp -d "$(cd "$build" && pwd)/cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
expect_rc() { # want_rc description command...
    local want=$1 what=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
    if [[ $rc == "$want" ]]; then ok; else bad "$what: exit $rc, wanted $want"; cat "$tmp/out" "$tmp/err" >&2; fi
}
expect_out() { # text description
    if grep -qF -- "$1" "$tmp/out" "$tmp/err"; then ok; else bad "$2: no '$1' in output"; cat "$tmp/out" "$tmp/err" >&2; fi
}

expect_rc 0 "--help" "$bin" --help
expect_out "--check PATH" "--help lists --check"
expect_rc 0 "--version" "$bin" --version
expect_out "grayarea 0." "--version"
expect_rc 2 "unknown option" "$bin" --frobnicate
expect_out "unknown option '--frobnicate'" "unknown option message"
expect_out "Usage:" "usage after an unknown option"
expect_rc 2 "--check alone" "$bin" --check
expect_rc 2 "--size garbage" "$bin" --size 12by7
expect_out "--size wants WIDTHxHEIGHT" "--size message"
expect_rc 2 "--seed garbage" "$bin" --seed -4
expect_rc 2 "--record without file" "$bin" --record

expect_rc 0 "good decks" "$bin" --check "$fx/good"
expect_out "checked 2 decks: 0 errors, 0 warnings" "good summary line"
expect_rc 0 "shipped decks" "$bin" --check "$tests/../scenarios"
expect_out "0 errors, 0 warnings" "shipped decks are clean"
expect_rc 1 "one bad deck" "$bin" --check "$fx/bad/bad-target.yaml"
expect_out "bad-target.yaml:17:17: error: card 'c1' sends players to 'c9', but scenario 's' has no card 'c9'" "exact message"
expect_rc 0 "warnings only" "$bin" --check "$fx/bad/long-text-warning.yaml"
expect_out "warning: the text of card 'c1'" "warning printed"
expect_rc 1 "the bad folder" "$bin" --check "$fx/bad"
expect_out "checked 24 decks" "every bad deck is checked"
expect_rc 1 "missing file" "$bin" --check "$tmp/nope.yaml"
expect_out "nope.yaml: error: cannot open: No such file or directory" "missing file message"
expect_rc 0 "an empty folder only warns" "$bin" --check "$tmp"
expect_out "no .yaml decks found here" "empty folder message"

# The same deck id in two files.
cp "$fx/good/exes.yaml" "$tmp/a.yaml"; cp "$fx/good/exes.yaml" "$tmp/b.yaml"
expect_rc 1 "duplicate deck ids" "$bin" --check "$tmp/a.yaml" "$tmp/b.yaml"
expect_out "the deck id 'test-exes' is also used by" "duplicate id message"
rm "$tmp"/*.yaml

# Packs: a good zip, a zip with a broken deck, a fake zip, a truncated zip, a zip bomb.
if command -v zip >/dev/null; then
    (cd "$fx/good" && zip -q "$tmp/good.zip" texts.yaml exes.yaml)
    expect_rc 0 "good pack" "$bin" --check "$tmp/good.zip"
    expect_out "checked 2 decks: 0 errors" "pack decks are checked"
    mkdir -p "$tmp/in/sub" && cp "$fx/bad/loop.yaml" "$tmp/in/sub/"
    (cd "$tmp/in" && zip -qr "$tmp/broken.zip" sub)
    expect_rc 1 "pack with a broken deck" "$bin" --check "$tmp/broken.zip"
    expect_out "broken.zip/sub/loop.yaml:11:9: error: from card 'c1'" "position inside a pack"
    head -c 60 "$tmp/good.zip" > "$tmp/cut.zip"
    expect_rc 1 "truncated pack" "$bin" --check "$tmp/cut.zip"
    expect_out "it is damaged" "truncated pack message"
    head -c 3000000 /dev/zero | tr '\0' 'a' > "$tmp/in/huge.yaml"
    (cd "$tmp/in" && zip -q "$tmp/bomb.zip" huge.yaml)
    expect_rc 1 "oversized deck in a pack" "$bin" --check "$tmp/bomb.zip"
    expect_out "huge.yaml: error: it is too large" "oversized message"
else
    bad "zip is not installed (the test command installs it)"
fi
echo "this is not a zip" > "$tmp/fake.zip"
expect_rc 1 "fake zip" "$bin" --check "$tmp/fake.zip"
expect_out "this is not a .zip file" "fake zip message"
head -c 2000000 /dev/zero | tr '\0' 'a' > "$tmp/big.yaml"
expect_rc 1 "oversized file" "$bin" --check "$tmp/big.yaml"
# Translation decks: checked with their deck, alone, against the shipped decks.
trfx=$fx/translations
expect_rc 0 "a translation with its deck" "$bin" --check "$trfx/es/texts.yaml" "$fx/good/texts.yaml"
expect_out "checked 1 deck and 1 translation: 0 errors, 0 warnings" "a clean translation"
expect_rc 0 "a translation alone" "$bin" --check "$trfx/es/texts.yaml"
expect_out "warning: the deck 'test-texts' it translates is neither among the checked files nor a shipped deck" \
    "a translation whose deck is nowhere"
expect_rc 1 "a translation with an answer missing" "$bin" --check "$trfx/bad/es/options.yaml" "$fx/good/texts.yaml"
expect_out "options.yaml:14:11: error: card 'help' has 3 options in English and 2 here" "option count, exact position"
expect_rc 1 "a translation with structure in it" "$bin" --check "$trfx/bad/es/structure.yaml"
expect_out "checked 0 decks and 1 translation: 7 errors" "a broken translation counts as a translation"
cp "$trfx/es/texts.yaml" "$tmp/a.yaml"; cp "$trfx/es/texts.yaml" "$tmp/b.yaml"
expect_rc 1 "two translations of one deck into one language" "$bin" --check "$tmp/a.yaml" "$tmp/b.yaml"
expect_out "also translates 'test-texts' into 'es'" "duplicate translation message"
rm "$tmp"/*.yaml

# The template: a shipped deck's, checked alone against the shipped deck.
expect_rc 0 "a template of a shipped deck" "$bin" --translation-template "$tests/../scenarios/exes.yaml" hi "$tmp/exes-hi.yaml"
expect_out "wrote $tmp/exes-hi.yaml:" "the template names what it wrote"
expect_rc 0 "the template checked alone" "$bin" --check "$tmp/exes-hi.yaml"
expect_out "exes-hi.yaml:12:8: warning: 'title' is not translated yet; the English shows instead" "found the shipped deck"
if grep -q "^checked 0 decks and 1 translation: 0 errors, [1-9]" "$tmp/out"; then ok; else bad "template: every text missing"; fi
expect_rc 1 "the template never writes over a file" "$bin" --translation-template "$fx/good/texts.yaml" es "$tmp/exes-hi.yaml"
expect_out "already exists" "overwrite refused"
expect_rc 0 "a template to standard output" "$bin" --translation-template "$fx/good/texts.yaml" es
expect_out "translates: test-texts" "template on stdout"
expect_rc 1 "a template into no language" "$bin" --translation-template "$fx/good/texts.yaml" es_ES
expect_out "'es_ES' is not a language code" "bad language message"
expect_rc 1 "a template of a translation" "$bin" --translation-template "$trfx/es/texts.yaml" hi
expect_out "is a translation deck (of 'test-texts'); give the deck it translates" "template of a translation"
expect_rc 1 "a template of a broken deck" "$bin" --translation-template "$fx/bad/bad-target.yaml" es
expect_out "has errors; fix them first" "template of a broken deck"
expect_rc 2 "--translation-template usage" "$bin" --translation-template "$fx/good/texts.yaml"
expect_rc 2 "--translation-refresh usage" "$bin" --translation-refresh a.yaml b.yaml
expect_rc 2 "--lang garbage" "$bin" --lang Spanish
expect_out "--lang wants a language code" "--lang message"

# The English changes; the checker names the text; the translator re-checks and refreshes.
mkdir -p "$tmp/pack/translations/es"
cp "$fx/good/texts.yaml" "$tmp/pack/"
cp "$trfx/es/texts.yaml" "$tmp/pack/translations/es/"
chmod 640 "$tmp/pack/translations/es/texts.yaml"
sed -i 's/The thread is muted so no preview shows./The thread is muted and archived./' "$tmp/pack/texts.yaml"
expect_rc 0 "a stale text is a warning" "$bin" --check "$tmp/pack"
expect_out "es/texts.yaml:59:15: warning: the English of 'late/s3/text' changed since it was translated" "stale text"
expect_out "then run: grayarea --translation-refresh $tmp/pack/texts.yaml $tmp/pack/translations/es/texts.yaml late/s3/text" \
    "the exact refresh command"
expect_rc 1 "a refresh of a text that is not there" "$bin" --translation-refresh "$tmp/pack/texts.yaml" \
    "$tmp/pack/translations/es/texts.yaml" late/s3/txt
expect_out "'late/s3/txt' names no text of the deck 'test-texts'" "unknown key"
expect_rc 0 "a refresh" "$bin" --translation-refresh "$tmp/pack/texts.yaml" "$tmp/pack/translations/es/texts.yaml" late/s3/text
expect_out "late/s3/text: 1 refreshed" "refresh report"
expect_rc 0 "clean after the refresh" "$bin" --check "$tmp/pack"
expect_out "checked 1 deck and 1 translation: 0 errors, 0 warnings" "refreshed translation is clean"
if [[ $(stat -c %a "$tmp/pack/translations/es/texts.yaml") == 640 ]]; then ok; else bad "refresh keeps the file mode"; fi
if grep -qF "# en: The thread is muted and archived." "$tmp/pack/translations/es/texts.yaml"; then ok; else
    bad "refresh updates the English comment"; fi
rm -rf "$tmp/pack"

# Random bytes never crash the checker (exit 0 or 1 only, never a signal).
for i in $(seq 1 30); do
    head -c $((RANDOM % 4000)) /dev/urandom > "$tmp/r$i.yaml"
    "$bin" --check "$tmp/r$i.yaml" >/dev/null 2>&1; rc=$?
    if [[ $rc == 0 || $rc == 1 ]]; then ok; else bad "random bytes: exit $rc"; fi
done

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
