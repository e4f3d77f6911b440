#!/usr/bin/env bash
# Never mislead about a zip pack: --check and the game load packs through one path (packs.c,
# decks.c) and reach the same verdict; a pack PhysicsFS cannot list or read is refused with
# a notice naming the pack and the entry, never dropped in silence; the compression method
# is named. The packs are in fixtures/zip (written by fixtures/zip/make.py).
# Usage: hostile_zip.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
source "$(dirname "$0")/hostile.inc" "$@"
z=$fx/zip

# pack | what --check and the game must both say about it
cases=(
    "dotdot|the entry '../evil.yaml' points outside the pack"
    "absolute|the entry '/etc/evil.yaml' is an absolute path"
    "dos-backslash|the entry '../evil.yaml' points outside the pack"
    "empty-name|an entry has no name"
    "colon|the deck 'a:b.yaml' has ':' or '\\' in its name"
    "bzip2|the deck 'exes.yaml' uses bzip2; re-save the zip with Deflate"
    "lzma|the deck 'exes.yaml' uses LZMA; re-save the zip with Deflate"
    "encrypted|the deck 'exes.yaml' is encrypted"
    "symlink|the deck 'link.yaml' is a symbolic link"
    "duplicate|the name 'exes.yaml' appears twice"
)
d=$tmp/data && mkdir -p "$d/packs"
for c in "${cases[@]}"; do
    name=${c%%|*} says=${c#*|}
    run "check $name.zip" "$bin" --check "$z/$name.zip"
    expect_rc 1 "check $name.zip"
    expect_out "$name.zip: error: $says" "check $name.zip names the entry"
    expect_out "(the game skips this pack)" "check $name.zip says what the game does"
    cp "$z/$name.zip" "$d/packs/"
done
cp "$z/wrong-size.zip" "$z/bom.zip" "$d/packs/"
game "game with the hostile packs" "$d"
expect_rc 0 "game with the hostile packs"
for c in "${cases[@]}"; do
    name=${c%%|*} says=${c#*|}
    expect_out "Skipped pack $name.zip: $says" "the game refuses $name.zip by name"
done
expect_out "Skipped packs/wrong-size/texts.yaml: it is damaged: it holds 2188 bytes, not the 2688 its pack says" \
    "the game skips the deck whose declared size is wrong"
# (The fixture decks the game plays hold test-exes too: the deck with a BOM parses, and
# only its id clashes.)
expect_no_out "Skipped broken deck packs/bom" "the game reads the deck with a BOM"
expect_out "Skipped deck packs/bom/exes.yaml: another deck already uses the id 'test-exes'" \
    "the deck with a BOM got as far as its id"

# A deck whose declared size is wrong: the same verdict from both (skipped, with why).
run "check wrong-size.zip" "$bin" --check "$z/wrong-size.zip"
expect_rc 1 "check wrong-size.zip"
expect_out "wrong-size.zip/texts.yaml: error: it is damaged: it holds 2188 bytes, not the 2688 its pack says" \
    "check names the damaged deck"
expect_out "checked 2 decks: 1 error" "the good deck beside it is checked"
# A deck that starts with a byte-order mark loads, in a pack too.
run "check bom.zip" "$bin" --check "$z/bom.zip"
expect_rc 0 "check bom.zip"
expect_out "checked 1 deck: 0 errors, 0 warnings" "a BOM is accepted"
# The summary for the whole packs folder matches what the game refused.
run "check the packs folder" "$bin" --check "$d/packs"
expect_rc 1 "check the packs folder"
# One error per refused pack, the damaged deck, and exes.yaml in both bom.zip and
# wrong-size.zip (the game skips the second for that too).
expect_out "checked 3 decks: $((${#cases[@]} + 2)) errors" "one error per refused pack, and the damaged deck"
expect_out "wrong-size.zip/exes.yaml: error: the deck id 'test-exes' is also used by" "the clash of ids"

finish
