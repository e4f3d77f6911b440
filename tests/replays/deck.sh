#!/usr/bin/env bash
# A whole session on one shipped deck alone (the theme named by $4, e.g. "exes"), with
# answers that vary so the branches differ: it must reach its summary, on that theme
# alone. Usage: deck.sh GRAYAREA SOURCE_TESTS_DIR BUILD_DIR THEME
theme=${4:-}
name=deck_$theme
source "$(dirname "$0")/lib.sh" "$@"

# The themes in the order setup lists them (src/core/deck.c), with their titles.
themes=(messaging exes social apps flirting closeness honesty inner online checking)
titles=("Texts & DMs" "Exes" "Social media" "Dating apps" "Flirting" "Closeness" "Honesty" "Inner life"
        "Life online" "Checking up")
k=-1
for i in "${!themes[@]}"; do [[ ${themes[$i]} == "$theme" ]] && k=$i; done
if [[ $k -lt 0 ]]; then
    bad "unknown theme '$theme' (known: ${themes[*]})"
    finish
    exit
fi

# Down to the themes, then every theme chip but this one switched off.
keys="down down down down down down down"   # past Languages too (the shipped decks have translations)
last=$((${#themes[@]} - 1))
for c in $(seq 0 $last); do [[ $c != "$k" ]] && keys="$keys confirm"; keys="$keys right"; done
{ header "$keys" "down down down"
  for i in $(seq 1 70); do
      echo "$t answer 0 $(( (i * 7 + k) % 4 + 1 ))"; echo "$((t + 100)) answer 1 $(( (i * 5 + 2 * k) % 4 + 1 ))"
      t=$((t + 1900)); echo "$t confirm"; t=$((t + 300))
  done; } > "$out/$name.replay"
decks_arg=()   # the shipped decks
play "$out/$name.replay" ""; rc=$?
md=$(summary md)
check "[[ $rc == 0 && -n '$md' ]] && has '$md' '| ${titles[$k]} |' && ! grep -q '^| [A-Z].* | [0-9]' <(grep -v '| ${titles[$k]} |' '$md' | grep -v '^| Theme')" \
    "deck $theme: a whole session reaches its summary, on that theme alone"
finish
