#!/usr/bin/env bash
# Links and the one path: --check walks a folder by the game's rules (links inside are not
# followed, hidden files and __MACOSX are skipped, depth is limited), and a pack that is a
# link out of the packs folder is refused with a notice, in the game and in --check alike.
# Usage: hostile_links.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR
source "$(dirname "$0")/hostile.inc" "$@"

# A folder of decks with a link to / in it, a linked deck, hidden and Mac files, a deep deck.
f=$tmp/decks && mkdir -p "$f/__MACOSX" "$f/a/b/c/d/e/f/g" "$tmp/outside"
cp "$fx/good/exes.yaml" "$f/"
cp "$fx/bad/loop.yaml" "$tmp/outside/broken.yaml"
ln -s / "$f/root"
ln -s "$tmp/outside" "$f/elsewhere"
ln -s "$tmp/outside/broken.yaml" "$f/linked.yaml"
cp "$fx/bad/loop.yaml" "$f/.hidden.yaml"
cp "$fx/bad/loop.yaml" "$f/__MACOSX/._exes.yaml"
cp "$fx/bad/loop.yaml" "$f/a/b/c/d/e/f/g/deep.yaml"
run "check a folder with a link to /" "$bin" --check "$f"
expect_rc 0 "check a folder with a link to /"
expect_out "checked 1 deck: 0 errors" "only the deck the game reads is checked"
expect_no_out "broken.yaml" "a linked folder or deck is not followed"
expect_no_out "hidden" "a hidden deck is skipped"
expect_no_out "__MACOSX" "Mac metadata is skipped"
expect_out "decks/a/b/c/d/e/f/g: warning: folders nested this deep are not searched" "too deep is named"
# The game skips the very same files: the pack, mounted by the game, gives no other notice.
d=$tmp/data1 && mkdir -p "$d/packs" && cp -r "$f" "$d/packs/mine"
game "game on the same folder" "$d"
expect_rc 0 "game on the same folder"
expect_out "Skipped packs/mine/a/b/c/d/e/f/g: folders nested this deep are not searched" "the game names the deep folder"
expect_no_out "broken" "the game does not follow links inside a pack either"
# The link named on the command line is followed: someone asked for it.
ln -s "$tmp/outside" "$tmp/named-link"
run "check a link named on the command line" "$bin" --check "$tmp/named-link"
expect_rc 1 "check a link named on the command line"
expect_out "named-link/broken.yaml:" "a named link is read"

# Packs that are links: out of the packs folder, refused; inside it, used.
d=$tmp/data2 && mkdir -p "$d/packs/real" "$tmp/far"
cp "$fx/good/texts.yaml" "$d/packs/real/"
cp "$fx/good/exes.yaml" "$tmp/far/"
(cd "$tmp/far" && zip -q "$tmp/far.zip" exes.yaml)
ln -s "$tmp/far" "$d/packs/away"
ln -s "$tmp/far.zip" "$d/packs/away2.zip"
ln -s real "$d/packs/alias"
ln -s / "$d/packs/root"
game "game with linked packs" "$d"
expect_rc 0 "game with linked packs"
expect_out "Skipped pack away: it is a link to a place outside the packs folder" "a linked folder pack is refused"
expect_out "Skipped pack away2.zip: it is a link to a place outside the packs folder" "a linked zip pack is refused"
expect_out "Skipped pack root: it is a link to a place outside the packs folder" "a link to / is refused"
expect_out "Skipped deck packs/real/texts.yaml: another deck already uses the id 'test-texts'" \
    "a link inside the packs folder is a pack (its decks load, so the real ones clash)"
# --check on the packs folder refuses the same zip link.
run "check the packs folder" "$bin" --check "$d/packs"
expect_rc 1 "check the packs folder"
expect_out "away2.zip: error: it is a link to a place outside the packs folder" "--check refuses the zip link too"

finish
