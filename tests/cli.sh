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
# Random bytes never crash the checker (exit 0 or 1 only, never a signal).
for i in $(seq 1 30); do
    head -c $((RANDOM % 4000)) /dev/urandom > "$tmp/r$i.yaml"
    "$bin" --check "$tmp/r$i.yaml" >/dev/null 2>&1; rc=$?
    if [[ $rc == 0 || $rc == 1 ]]; then ok; else bad "random bytes: exit $rc"; fi
done

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
