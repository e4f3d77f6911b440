/* The facilitator's session record: which scenarios were played, skipped and left out (a
 * count, never who), how many breaks and pauses, and the time spent on each scenario. It
 * holds no answer: those live only in the summary, and only if the couple let them in.
 * Written only with an export, at the facilitator's choice. */
#ifndef GA_RECORD_H
#define GA_RECORD_H

#include "session.h"

typedef struct RecordOptions {
    const char *date;    /* the app's local date in words (the core reads no clock), or NULL */
    const char *plan;    /* the plan's name, or NULL */
    const char *summary; /* the summary page saved with it ("gray-area-....html"), or NULL */
} RecordOptions;

/* What happened to one scenario of the deal. */
typedef enum RecordFate {
    FATE_PLAYED,      /* a card answered, or under way */
    FATE_SKIPPED,     /* the facilitator's Skip */
    FATE_LEFT_OUT,    /* a partner's "leave this one out" */
    FATE_UNANSWERED,  /* shown, but the session moved on or ended before a card was answered */
    FATE_NOT_REACHED, /* the session ended before it */
    FATE_COUNT
} RecordFate;

typedef struct RecordCounts {
    int fate[FATE_COUNT]; /* scenarios per RecordFate */
    int cards;            /* cards answered */
    uint32_t ms;          /* time with the scenarios (breaks and pauses not counted) */
    int breaks, pauses;
} RecordCounts;

RecordFate record_fate(const Session *s, int deal);
int record_cards(const Session *s, int deal); /* cards answered in that scenario */
void record_counts(const Session *s, RecordCounts *out);
/* The record as Markdown. */
void record_markdown(const Session *s, const RecordOptions *opt, StrBuf *out);

#endif
