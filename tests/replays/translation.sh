#!/usr/bin/env bash
# A session played in Spanish (--lang es) on the fixture decks, one of which has the
# sample translation: its scenarios reach the summary in Spanish, and the other deck,
# with no translation, plays in English with a notice that says so.
name=replay_translation
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$out/$name.decks/translations/es"
cp "$decks"/*.yaml "$out/$name.decks/"
cp "$tests/fixtures/translations/es/texts.yaml" "$out/$name.decks/translations/es/"
decks_arg=(--decks "$out/$name.decks")
{ header ""; side_blocks 12; echo "$t confirm"; } > "$out/$name.replay"
play "$out/$name.replay" "" --lang es; rc=$?
log=$out/$name.log
check "[[ $rc == 0 ]]" "translation: exit $rc"
check "has '$log' 'Not in Spanish (es) yet, so shown in English: Test exes.'" "notice for the deck with no translation"
check "! grep -q 'Skipped' '$log'" "the translation loads without notices"
md=$(summary md)
check "[[ -n '$md' ]]" "translation: no summary saved"
if [[ -n $md ]]; then
    check "has '$md' '**Respuestas a deshoras**'" "the translated scenario in the summary"
    check "! grep -q 'Late replies' '$md'" "no English title of the translated deck in the summary"
    check "has '$md' '| Exes | 2 | 2 | 0 | 0 |'" "the untranslated deck still plays"
fi
# The same decks without --lang play in English.
play "$out/$name.replay" "-en"; rc=$?
check "[[ $rc == 0 ]]" "translation, English: exit $rc"
check "! grep -q 'Not in Spanish' '$out/$name-en.log'" "no language notice without --lang"
for s in title setup intro card reveal summary; do
    check "shot_of $s" "translation: no $s screenshot"
done
finish
