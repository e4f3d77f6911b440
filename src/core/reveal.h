/* The words of a reveal: the headline, one row per comparison (which answers, whose act,
 * its verdict), the mirror and guess lines, and the prompts for the outcome. The reveal
 * screen draws this; the summary and the exports use the same wording helpers. */
#ifndef GA_REVEAL_H
#define GA_REVEAL_H

#include "session.h"

enum { REVEAL_MAX_NOTES = 5, REVEAL_MAX_PROMPTS = 3 * DECK_MAX_PROMPTS };

typedef struct RevealRow {
    const char *label;   /* "If Alex did it", "If you did it", "If your partner did it"; NULL on choice cards */
    int answer[2];       /* by player: where the markers go (a step or an option) */
    Outcome outcome;     /* this comparison's verdict */
    const char *verdict; /* its words, or NULL while verdicts are hidden */
} RevealRow;

typedef struct RevealView {
    bool choice;          /* a choice card: rows place markers on its options */
    const char *step;     /* a ladder rung: "Step 2 of 4 · after midnight"; NULL otherwise */
    const char *headline; /* never contradicts the rows */
    const char *subline;  /* "How you each see it for yourselves", or NULL */
    RevealRow rows[2];
    int n_rows;
    const char *notes[REVEAL_MAX_NOTES]; /* mirror gaps, guesses, a ladder stopping early: a sentence each */
    int n_notes;
    const char *prompts[REVEAL_MAX_PROMPTS]; /* names filled in */
    int n_prompts;
    Arena arena; /* owns the strings */
} RevealView;

/* Fills view for a record of s (usually session_last_record). Free with reveal_view_free. */
void reveal_view(const Session *s, const CardRecord *r, RevealView *view);
void reveal_view_free(RevealView *view);

/* A ladder rung in words ("Step 2 of 4 · after midnight"); nothing on other cards. */
void reveal_step_words(const Session *s, const Scenario *sc, const Card *c, StrBuf *out);
/* An answer in words: a step of the scale, or an option with names filled in. "" for none. */
void reveal_answer_words(const Session *s, const Card *c, RoundKind k, int pick, StrBuf *out);
/* The label of a comparison row ("If Alex did it"); nothing on choice cards. */
void reveal_row_label(const Session *s, const Card *c, const Comparison *cmp, StrBuf *out);
/* What guess mode asks about the other's answer on card c, naming the very question they
 * answered: "What did Sam answer to “If you did this”?" or "What did Sam choose?".
 * guesser -1: both guess at once ("What did your partner answer to ..."). */
void reveal_guess_question(const Session *s, const Card *c, int guesser, StrBuf *out);
/* The mirror sentence for one player ("" when they have none). */
void reveal_mirror_words(const Session *s, const CardResult *r, int player, StrBuf *out);

#endif
