/* What a card's answers mean: which answers are compared, each comparison's verdict, the
 * card's outcome, mirror gaps and guesses. One definition for the reveal, the rules, the
 * summary, the exports and the checker (docs/deck-format.md, "What the reveal compares"). */
#ifndef GA_COMPARE_H
#define GA_COMPARE_H

#include "cond.h"
#include "deck.h"

#include <stdbool.h>

/* What a player is asked in one round of a card. */
typedef enum RoundKind { ROUND_YOU, ROUND_PARTNER, ROUND_CHOICE, ROUND_GUESS, ROUND_KIND_COUNT } RoundKind;

typedef enum Outcome { OUTCOME_SAME, OUTCOME_CLOSE, OUTCOME_APART } Outcome;

enum { COMPARE_STANDARDS = -1 }; /* Comparison.about on one-sided and choice cards */

/* Two answers about the same thing, one per player. */
typedef struct Comparison {
    /* Whose act: 0 or 1 on a from-both card ("If Ann did it"); COMPARE_STANDARDS when the
     * two answers are each player's own standard (one-sided rate cards, choice cards). */
    int about;
    RoundKind round[2]; /* the round each player's answer comes from */
    int answer[2];      /* by player: a step 1-4 or an option 1-4 */
    int gap;            /* steps apart (0-3); on choice cards 0 (same) or 1 (different) */
    Outcome outcome;
} Comparison;

/* Everything a card's answers say, computed from the picks alone. */
typedef struct CardResult {
    Comparison acts[2];
    int n_acts; /* 2 on from-both cards, else 1 */
    int widest; /* index into acts of the widest gap (the first on a tie) */
    int gap;    /* the card's gap: the widest act's */
    Outcome outcome;
    /* Mirror gap per player on from-both cards: their partner answer minus their you
     * answer. >0: more okay to do than to have done to them; <0: stricter with
     * themselves. 0 elsewhere. */
    int mirror[2];
    bool guess;         /* guess mode was on */
    RoundKind guess_of; /* which of the other player's answers a guess is about */
    int guessed[2];     /* 1 read the other right, 0 not, -1 guess mode off */
} CardResult;

/* The rounds a card asks, in order (guess last in guess mode). Returns the count. */
int compare_rounds(const Card *c, bool guess, RoundKind out[ROUND_KIND_COUNT]);
/* The outcome of a gap: 0 same, 1 close, 2+ apart; on choice cards any gap is apart. */
Outcome compare_outcome(const Card *c, int gap);
/* Which of the other player's answers guess mode asks about: on a from-both card their
 * "if I did it" answer, on one-sided cards their only answer, on choice cards their choice. */
RoundKind compare_guess_round(const Card *c);

/* Fills out from a card's picks (picks[player][round], 0 = not asked). */
void compare_card(const Card *c, const int picks[2][ROUND_KIND_COUNT], bool guess, CardResult *out);
/* What the card's next rules see. */
void compare_cond_input(const Card *c, const int picks[2][ROUND_KIND_COUNT], const CardResult *r, CondInput *in);
/* The index of the first rule whose condition holds, or -1 when none does (the scenario ends). */
int compare_first_rule(const Card *c, const CondInput *in);

/* The checker's exact view of a card: which rules can be the one that fires, over every
 * possible combination of answers (and of guesses right and wrong). */
typedef struct RuleReach {
    bool fires[2][DECK_MAX_RULES]; /* [guess mode off/on][rule] */
    bool ends[2];                  /* some combination ends the scenario here */
    bool matches[DECK_MAX_RULES];  /* the rule's condition is true for some combination */
} RuleReach;
void compare_rule_reach(const Card *c, RuleReach *out);

#endif
