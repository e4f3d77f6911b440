/* The end-of-session comparison: alignment per category, ladder lines, differences,
 * agreements, mirror gaps and guesses; and the Markdown writer. */
#ifndef GA_SUMMARY_H
#define GA_SUMMARY_H

#include "session.h"

enum { SUMMARY_TOP = 5 };

typedef struct CategoryAlignment {
    int cards, same, close, apart;
} CategoryAlignment;

typedef struct LadderLine {
    int deal;        /* index into Session.deal */
    int line[2];     /* first step rated uneasy or worse; 0 = none reached */
    int last_step;   /* the highest step both answered */
    int total_steps; /* steps the ladder has */
} LadderLine;

typedef struct Summary {
    int cards;
    CategoryAlignment category[CAT_COUNT];
    LadderLine ladders[SESSION_MAX_LENGTH];
    int n_ladders;
    int differences[SUMMARY_TOP]; /* record indices, biggest gap first */
    int n_differences;
    int agreements[SUMMARY_TOP]; /* record indices: same page on the strongest views */
    int n_agreements;
    int mirrors[SUMMARY_TOP]; /* record indices with a mirror gap */
    int n_mirrors;
    int guesses, guessed[2]; /* guess mode: cards guessed, right per player */
} Summary;

void summary_build(const Session *s, Summary *out);

/* Which players' own answers a written summary may include (both true by default). */
typedef struct SummaryPrivacy {
    bool include[2];
} SummaryPrivacy;

/* Writes the summary as Markdown. `date` is the app's local date text (the core reads no clock). */
void summary_write_markdown(const Session *s, const Summary *sum, const SummaryPrivacy *priv, const char *date,
                            StrBuf *out);

/* Writes the summary as one self-contained, printable HTML page (inline styles, no
 * external files, no scripts). Same content and privacy rules as the Markdown. */
void summary_write_html(const Session *s, const Summary *sum, const SummaryPrivacy *priv, const char *date,
                        StrBuf *out);

/* Short words the screens and writers share. */
const char *outcome_label(Outcome o); /* "Same page", "Close", "Different views" */
/* "Alex's line: step 2" style text for one player of a ladder. */
void summary_line_text(const Session *s, const LadderLine *l, int player, StrBuf *out);

#endif
