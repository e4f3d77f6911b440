/* The condition language of next rules: parsed once when a deck loads, then evaluated. */
#ifndef GA_COND_H
#define GA_COND_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef struct Cond Cond;

/* What a condition sees (compare.h builds it from a card's picks; the meaning of every
 * word is in docs/deck-format.md, "Conditions"). */
typedef struct CondInput {
    bool choice;      /* the card is a choice card: answers are options */
    int n_answers;    /* answers per player: 1, or 2 on from-both cards */
    int answer[2][2]; /* [player][i]: a step 1-4 on rate cards, an option 1-4 on choice cards */
    int gap;          /* the card's gap: the widest comparison's (choice: 0 same, 1 different) */
    bool mirror;      /* some player answered their two sides differently */
    int guessed[2];   /* 1 right, 0 wrong, -1 no guess (guess mode off) */
} CondInput;

/* Parses `text` into arena memory. On failure returns NULL and writes a message
 * and the 0-based character offset of the problem. choice: the card is a choice
 * card with n_options options (comparisons are checked against them). */
Cond *cond_parse(Arena *arena, const char *text, bool choice, int n_options, char *err, size_t err_size,
                 int *err_offset);
bool cond_eval(const Cond *c, const CondInput *in);
/* True when the condition is the literal `always` (so later rules are unreachable). */
bool cond_is_always(const Cond *c);
/* True when the condition mentions `mirror` anywhere. */
bool cond_uses_mirror(const Cond *c);
/* The condition in plain words, for someone choosing scenarios who reads no condition
 * language ("every answer is “Fine if I know” or milder"). values[0..3] name the values
 * 1-4: the scale's steps on rate cards, the options on choice cards (NULL entries are
 * said as numbers). NULL c is "always". */
void cond_describe(const Cond *c, bool choice, const char *const values[4], StrBuf *out);

#endif
