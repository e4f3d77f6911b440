#!/usr/bin/env bash
# A couple who read different languages on one screen, on the shipped decks, chosen at
# setup (the Languages row). $4: "hindi" (both players in Hindi) or "mixed" (player 1 in
# Spanish, player 2 in Hindi). Each is played at 1280x720 and again in the TV layout at
# 1920x1080, with the layout check, and the pictures kept with what each one says
# (NNN-screen.txt beside NNN-screen.png). Asserts what the screens and the exports say.
variant=${4:-mixed}
name=replay_$([[ $variant == mixed ]] && echo mixed_es_hi || echo hindi)
source "$(dirname "$0")/lib.sh" "$@"
decks_arg=()   # the shipped decks, with their es and hi translations

# The Languages row sits under Player 2: "" (English) -> es -> hi with each Enter.
if [[ $variant == mixed ]]; then langs="down confirm right confirm confirm"; else langs="down confirm confirm right confirm confirm"; fi
session() {   # $1: the head's size lines
    printf 'grayarea-replay 1\nseed 11\n%b\nnotices 0\n' "$1"
    t=100
    ev() { echo "$t $*"; t=$((t + 100)); }
    ev confirm
    ev down; ev confirm; ev text '"Ana"'; ev confirm
    ev down; ev confirm; ev text '"Ravi"'; ev confirm
    for key in $langs; do ev "$key"; done
    ev up; ev up; ev up; ev confirm
    for i in $(seq 1 26); do   # with this seed: six scenarios to the summary, then one Enter saves it
        echo "$t answer 0 $(( i % 4 + 1 ))"; echo "$((t + 100)) answer 1 $(( (i * 3) % 4 + 1 ))"; t=$((t + 1900))
        echo "$t confirm"; t=$((t + 300))
    done
    echo "$t confirm"
}
session 'size 1280 720' > "$out/$name.replay"
session 'size 1920 1080\nui_scale 1.00\ntv_mode yes' > "$out/$name-tv.replay"
session 'size 1920 1080' > "$out/$name-1080.replay"

for run in "" -tv -1080; do
    rm -rf "$(data)"
    play "$out/$name$run.replay" "$run" --layout-check "$out/$name$run.layout"; rc=$?
    check "[[ $rc == 0 ]]" "$variant$run: exit $rc"
    check "[[ -f '$out/$name$run.layout' && ! -s '$out/$name$run.layout' ]]" \
        "$variant$run: text does not fit: $(head -c 600 "$out/$name$run.layout" 2>/dev/null)"
    rm -rf "$(shots)$run.kept"; mv "$(shots)" "$(shots)$run.kept"   # each run's pictures, to look at
    kept=$(shots)$run.kept
    check "ls '$kept' | tail -1 | grep -q -- '-summary-end.txt'" "$variant$run: the session did not end on its summary"
    for s in setup intro card reveal summary; do
        check "ls '$kept' | grep -q -- '-$s.png'" "$variant$run: no $s screenshot"
    done
    md=$(summary md) html=$(summary html)
    check "[[ -n '$md' && -n '$html' ]]" "$variant$run: no summary saved"
    [[ -n $md ]] || continue
    # Devanagari in the card, the reveal and both exports.
    deva() { grep -qP '\p{Devanagari}' "$@"; }
    check "deva '$kept'/*-card.txt" "$variant$run: the card shows no Hindi"
    check "deva '$kept'/*-reveal.txt" "$variant$run: the reveal shows no Hindi"
    check "deva '$md' && deva '$html'" "$variant$run: the exports carry no Hindi"
    if [[ $variant == mixed ]]; then
        # Both players' words for the same card: the Spanish and the Hindi of one title
        # side by side in the exports, and both on the screens.
        check "grep -qP '\*\*[^*]*[áéíóúñ¿¡][^*]* / [^*]*\p{Devanagari}' '$md'" "$variant$run: a card's title in es / hi in the Markdown"
        check "grep -qP '<h3>[^<]*[áéíóúñ¿¡][^<]* / [^<]*\p{Devanagari}' '$html'" "$variant$run: a card's title in es / hi in the HTML"
        check "grep -qP '[áéíóúñ¿¡]' '$kept'/*-card.txt && grep -qP '[áéíóúñ¿¡]' '$kept'/*-reveal.txt" \
            "$variant$run: the card and the reveal show Spanish"
        check "grep -qP '[áéíóúñ¿¡]' '$kept'/*-intro.txt && deva '$kept'/*-intro.txt" "$variant$run: the intro in both"
        check "has '$(data)/settings.ini' 'player1_lang = es' && has '$(data)/settings.ini' 'player2_lang = hi'" \
            "$variant$run: the languages are remembered with the names"
        check "! has '$md' 'Late replies'" "$variant$run: no English deck text where both have a translation"
    else
        # One language for both: each text once, in Hindi, never "x / x".
        check "! grep -qP '\p{Devanagari}[^/]* / [^/]*\p{Devanagari}' '$md'" "$variant$run: Hindi shown twice in the Markdown"
        check "! grep -qP '[áéíóúñ¿¡]' '$md'" "$variant$run: Spanish in a Hindi session"
        check "has '$(data)/settings.ini' 'player1_lang = hi' && has '$(data)/settings.ini' 'player2_lang = hi'" \
            "$variant$run: the languages are remembered with the names"
    fi
done
finish
