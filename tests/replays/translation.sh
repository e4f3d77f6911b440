#!/usr/bin/env bash
# A session played in Spanish (--lang es) on the fixture decks, one of which has the
# sample translation: its scenarios reach the summary in Spanish, and the other deck,
# with no translation, plays in English with a notice that says so. Translations load
# per language: another language's folder is read only when that language is played.
name=replay_translation
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$out/$name.decks/translations/es"
cp "$decks"/*.yaml "$out/$name.decks/"
cp "$tests/fixtures/translations/es/texts.yaml" "$out/$name.decks/translations/es/"
# A broken file in another language's folder: read only when that language is played.
mkdir -p "$out/$name.decks/translations/hi"
cp "$tests/fixtures/bad/bad-target.yaml" "$out/$name.decks/translations/hi/broken.yaml"
cp "$decks/exes.yaml" "$out/$name.decks/translations/hi/exes.yaml"
# ...and a partial Hindi translation of the texts deck (a few texts left out).
sed 's/^language: es$/language: hi/' "$tests/fixtures/translations/bad/es/missing.yaml" \
    > "$out/$name.decks/translations/hi/texts.yaml"
decks_arg=(--decks "$out/$name.decks")
{ header ""; side_blocks 12; echo "$t confirm"; } > "$out/$name.replay"
play "$out/$name.replay" "" --lang es; rc=$?
log=$out/$name.log
check "[[ $rc == 0 ]]" "translation: exit $rc"
# The notices are in the game's language, which --lang sets too.
check "has '$log' 'Todavía no está en español (es), así que se ve en inglés: Test exes.'" "notice for the deck with no translation"
check "! grep -q 'Se omitió' '$log'" "the translation loads without notices"
md=$(summary md)
check "[[ -n '$md' ]]" "translation: no summary saved"
if [[ -n $md ]]; then
    check "has '$md' '**Respuestas a deshoras**'" "the translated scenario in the summary"
    check "! grep -q 'Late replies' '$md'" "no English title of the translated deck in the summary"
    check "has '$md' '| Exparejas | 2 | 2 | 0 | 0 |'" "the untranslated deck still plays"
fi
# The same decks without --lang play in English.
play "$out/$name.replay" "-en"; rc=$?
check "[[ $rc == 0 ]]" "translation, English: exit $rc"
check "! grep -q 'Not in Spanish' '$out/$name-en.log'" "no language notice without --lang"
# Hindi: that folder is read now (its broken files named), one deck is partly in Hindi.
play "$out/$name.replay" "-hi" --lang hi; rc=$?
check "[[ $rc == 0 ]]" "translation, Hindi: exit $rc"
check "has '$out/$name-hi.log' 'ख़राब डेक scenarios/translations/hi/broken.yaml छोड़ दिया'" "the hi folder is read for hi"
check "has '$out/$name-hi.log' 'डेक scenarios/translations/hi/exes.yaml छोड़ दिया: a translations folder holds translation decks only'" \
    "a deck in a translations folder"
check "has '$out/$name-hi.log' 'अभी हिंदी (hi) में नहीं, इसलिए अंग्रेज़ी में दिख रहे हैं: Test exes।'" "hi: the deck with no translation"
check "has '$out/$name-hi.log' 'कुछ शब्द अभी हिंदी (hi) में नहीं हैं और अंग्रेज़ी में दिखते हैं, इनमें: Test texts।'" \
    "hi: the deck whose translation leaves texts out"
check "! grep -q 'translations/hi' '$log' '$out/$name-en.log'" "the hi folder is not read for es or English"
# A language no deck is in: one notice says so, and the session still plays.
play "$out/$name.replay" "-fr" --lang fr; rc=$?
check "[[ $rc == 0 ]]" "translation, French: exit $rc"
check "has '$out/$name-fr.log' 'No deck is in French (fr) yet: every card shows in English.'" "notice when no deck is translated"
for s in title setup intro card reveal summary; do
    check "shot_of $s" "translation: no $s screenshot"
done
finish
