#!/usr/bin/env bash
# A pack brings a language and corrects one: packs/<name>/locale/<code>/LC_MESSAGES/grayarea.mo,
# read through the VFS like its decks (a folder and a .zip). --lang fr plays the title in
# the pack's French (Read aloud says it); --lang es takes a pack's word over the shipped
# one; a damaged catalogue is skipped with a log line and English shows.
name=i18n_pack
source "$(dirname "$0")/lib.sh" "$@"

pack_po() { # CODE MSGSTR_FOR_PLAY OUT.mo
    local po=$out/$name.$1.po
    printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: %s\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\nmsgid "Play"\nmsgstr "%s"\n\nmsgid "Settings"\nmsgstr "%s"\n' \
        "$1" "$2" "$2-2" >"$po"
    mkdir -p "$(dirname "$3")"
    msgfmt --check -o "$3" "$po"
}
rm -rf "$(data)"
mkdir -p "$(data)/packs"
pack_po fr "Jouer" "$(data)/packs/french/locale/fr/LC_MESSAGES/grayarea.mo"
pack_po es "A jugar" "$(data)/packs/spanish-fix/locale/es/LC_MESSAGES/grayarea.mo"
mkdir -p "$(data)/packs/broken/locale/de/LC_MESSAGES"
head -c 300 /dev/urandom >"$(data)/packs/broken/locale/de/LC_MESSAGES/grayarea.mo"
if command -v zip >/dev/null; then
    mkdir -p "$out/$name.zipped"
    pack_po it "Gioca" "$out/$name.zipped/locale/it/LC_MESSAGES/grayarea.mo"
    (cd "$out/$name.zipped" && zip -q -r "$(data)/packs/italian.zip" locale)
fi
printf 'grayarea-replay 1\nseed 1\nsize 1280 720\nnotices 0\n100 read\n300 down\n' >"$out/$name.replay"

for lang in fr es it de; do
    play "$out/$name.replay" "-$lang" --lang "$lang" --speech-log "$out/$name.$lang.speech"; rc=$?
    check "[[ $rc == 0 ]]" "$lang: exit $rc"
done
check "grep -q 'Jouer' '$out/$name.fr.speech'" "fr: the pack's French is spoken: $(head -3 "$out/$name.fr.speech")"
check "grep -q 'Jouer-2' '$out/$name.fr.speech'" "fr: the focus moved to the second word in French"
check "grep -q 'A jugar' '$out/$name.es.speech' && ! grep -q 'Jugar' '$out/$name.es.speech'" \
    "es: the pack's word wins over the shipped one: $(head -3 "$out/$name.es.speech")"
if command -v zip >/dev/null; then
    check "grep -q 'Gioca' '$out/$name.it.speech'" "it: a zipped pack's catalogue: $(head -3 "$out/$name.it.speech")"
else
    bad "zip is not installed (the test command installs it)"
fi
check "grep -q 'Play' '$out/$name.de.speech'" "de: a damaged catalogue leaves English"
check "grep -q 'lang: a catalogue was skipped: packs/broken/locale/de' '$out/$name-de.log'" \
    "de: the damaged catalogue is named in the log: $(grep 'lang:' "$out/$name-de.log" | head -2)"
finish
