#!/usr/bin/env bash
# Read aloud never gives a pick away. A whole session in guess mode on a deck with one
# card of every kind (you, partner, both sides, choice), played twice with the same keys
# at the same moments but different answers (in run B one "change" is no change at all);
# during the picks each run also reads the card again, takes a break, opens the menu and
# takes a pick back. The --speech-log of the two runs must be the same line for line,
# reveals and the summary aside: nothing said before a reveal depends on a pick. And
# between the first pick of a card and its reveal, no line names an answer unless it is
# the card's own reading (every answer, numbered). $4: side (side by side) or turns.
mode=${4:-side}
name=a11y_speech_$([[ $mode == turns ]] && echo take_turns || echo side_by_side)
source "$(dirname "$0")/lib.sh" "$@"
decks_arg=(--decks "$tests/fixtures/speech")

# Side by side: player 1 picks and changes (read again, a break and the menu between),
# player 2 picks, takes it back and picks again during the countdown's start; after the
# reveal, read again and Enter. Blocks that land on an intro only begin it.
side_block() {
    echo "$t answer 0 $1"; echo "$((t + 100)) read"; echo "$((t + 200)) answer 0 $2"
    echo "$((t + 300)) break"; echo "$((t + 400)) break"; echo "$((t + 500)) back"; echo "$((t + 600)) back"
    echo "$((t + 700)) answer 1 $3"; echo "$((t + 800)) unlock 1"; echo "$((t + 900)) answer 1 $4"
    t=$((t + 2900)); echo "$t read"; t=$((t + 200)); echo "$t confirm"; t=$((t + 300))
}
# Taking turns: the one whose turn it is picks, reads again, changes, takes a break, done.
turn_block() {
    echo "$t answer 0 $1"; echo "$((t + 100)) read"; echo "$((t + 200)) answer 0 $2"
    echo "$((t + 300)) break"; echo "$((t + 400)) break"; echo "$((t + 500)) confirm"; t=$((t + 800))
}
# Guess mode on (and taking turns): the setup rows below the names.
if [[ $mode == turns ]]; then keys="down right down right up up"; n=34; else keys="down down right up up"; n=13; fi
make_run() { # $1..: the answers, four per block (side by side) or two (taking turns), cycled
    header "$keys"
    local -a v=("$@")
    for i in $(seq 0 $((n - 1))); do
        if [[ $mode == turns ]]; then turn_block "${v[$((i % 2 * 2))]}" "${v[$((i % 2 * 2 + 1))]}"
        else side_block "${v[0]}" "${v[1]}" "${v[2]}" "${v[3]}"; fi
    done
}
make_run 1 2 3 1 > "$out/$name-a.replay"
make_run 2 2 1 3 > "$out/$name-b.replay"

for run in a b; do
    rm -rf "$(data)" # each run starts fresh: no session left waiting
    play "$out/$name-$run.replay" "-$run" --speech-log "$out/$name-$run.speech"; rc=$?
    check "[[ $rc == 0 ]]" "run $run: exit $rc"
    check "grep -q 'Gray Area: Alex & Sam' '$out/$name-$run.speech'" "run $run: the summary was read"
done

# Up to the summary, with the reveals' lines (they start with a verdict) set aside.
before_summary() { sed -n '/Gray Area: Alex & Sam/q;p' "$1"; }
masked() { before_summary "$1" | sed -E 's/^([0-9]+) (Same page|Close|Different views|Here is where).*/\1 <reveal>/'; }
check "diff <(masked '$out/$name-a.speech') <(masked '$out/$name-b.speech') >'$out/$name.diff'" \
    "what is said before a reveal depends on the picks (see $out/$name.diff)"
reveals=$(masked "$out/$name-a.speech" | grep -c '<reveal>')
check "[[ $reveals -ge 4 ]]" "a reveal was read for each of the 4 cards ($reveals)"

# No answer named between a first pick and its reveal, except in the card's own reading.
grep -E '^[0-9]+ answer ' "$out/$name-a.replay" | cut -d' ' -f1 > "$out/$name.answers"
leaks() {
    before_summary "$1" | awk -v labels='Fine|Uneasy|Crosses a line|Tell me before|Tell me after|No need to tell' '
        BEGIN { nl = split(labels, label, "|") }
        NR == FNR { ans[n++] = $1 + 0; next }
        {
            t = $1 + 0; text = substr($0, index($0, " ") + 1)
            while (i < n && ans[i] <= t) { if (open && ans[i] >= card_at) hidden = 1; i++ }
            if (text ~ /^(Same page|Close|Different views|Here is where)/) { hidden = 0; open = 0; next }
            reading = text ~ / 1: / && text ~ / 2: /
            if (reading && !hidden) { open = 1; card_at = t }
            if (!hidden || reading) next
            for (k = 1; k <= nl; k++) if (index(text, label[k])) { print; break }
        }' "$out/$name.answers" -
}
check "[[ -z \"\$(leaks '$out/$name-a.speech')\" ]]" "an answer was named before its reveal: $(leaks "$out/$name-a.speech" | head -3)"
check "grep -q 'is locked in\|Both locked in' '$out/$name-a.speech' || [[ $mode == turns ]]" "lock-ins are said"
if [[ $mode == turns ]]; then
    check "grep -q \"Alex's turn\" '$out/$name-a.speech' && grep -q 'Pass to Sam' '$out/$name-a.speech'" "whose turn is said"
fi
# Read again said the card once more, word for word.
again=$(before_summary "$out/$name-a.speech" | cut -d' ' -f2- | grep ' 1: ' | sort | uniq -d | wc -l)
check "[[ $again -ge 1 ]]" "read again repeats the card"
check "grep -qE 'What did [^ ]+( partner)? answer to' '$out/$name-a.speech'" "the guess question is read"
check "grep -q 'Tell me before' '$out/$name-a.speech'" "a choice card's answers are read"
finish
