/* The end of a session: the comparison over every answered card (Summary), and the one
 * document (SummaryDoc) that the summary screen, the Markdown file and the HTML page all
 * render, so the three always show the same sections with the same words. */
#ifndef GA_SUMMARY_H
#define GA_SUMMARY_H

#include "session.h"

enum { SUMMARY_TOP = 5, SUMMARY_MAX_SECTIONS = 10 };

/* The boundary map's colours for same page, close and different views, as 0xRRGGBB: the
 * screen and the HTML page both use these (calm, and apart from the scale's colours, so
 * "different views" never looks like "crosses a line"). */
extern const unsigned SUMMARY_VERDICT_RGB[3];

typedef struct CategoryAlignment {
    int cards, same, close, apart;
} CategoryAlignment;

/* The two sides a ladder step can ask: a player's own acts (their "if I did it" answers)
 * and their partner's acts (their "if my partner did it" answers). */
enum { LINE_OWN, LINE_PARTNER, LINE_SIDES };

typedef struct LadderLine {
    int deal;                /* index into Session.deal */
    int line[2][LINE_SIDES]; /* [player][side]: first step rated uneasy or worse; 0 = none */
    bool asked[LINE_SIDES];  /* some played step asked that side */
    int last_step;           /* the highest step answered */
    int total_steps;         /* steps the ladder has */
} LadderLine;

typedef struct Summary {
    int cards;
    CategoryAlignment category[CAT_COUNT];
    LadderLine ladders[SESSION_MAX_LENGTH];
    int n_ladders;
    int differences[SUMMARY_TOP]; /* record indices, widest gap first */
    int n_differences;
    int agreements[SUMMARY_TOP]; /* record indices: same page, strongest views first */
    int n_agreements;
    int easier[SUMMARY_TOP]; /* record indices where someone finds it more okay to do than to have done */
    int n_easier;
    int stricter[SUMMARY_TOP]; /* record indices where someone is stricter with themselves */
    int n_stricter;
    int guesses, guessed[2]; /* guess mode: cards guessed, right per player */
} Summary;

void summary_build(const Session *s, Summary *out);

/* What a written or shown summary includes. */
typedef struct SummaryOptions {
    bool include[2];    /* each player's own answers (both by default) */
    bool hide_verdicts; /* no verdict words anywhere (the facilitator's choice) */
} SummaryOptions;

/* One line of an item. A player row is about one player (drawn with their marker); a
 * comparison row puts both players' answers about one thing side by side. */
typedef struct SumRow {
    int player;       /* >= 0: a player row; -1: a comparison row */
    const char *text; /* player rows: the line ("Alex's line: after midnight (step 2 of 4)") */
    int em[2][2];     /* player rows: emphasised spans of text, {byte offset, length} */
    int n_em;
    const char *label;     /* comparison rows: "If Alex did it", "If your partner did it", or NULL */
    const char *answer[2]; /* comparison rows: each player's answer in words ("kept private") */
    const char *verdict;   /* comparison rows: "Close", or NULL when not shown */
} SumRow;

typedef struct SumItem {
    const char *title;    /* a scenario's or a theme's */
    const char *text;     /* the card's text, or NULL */
    int counts[3], total; /* map items: same page, close, different views, of total cards */
    SumRow *rows;
    int n_rows;
} SumItem;

typedef enum SumSectionKind {
    SUMSEC_MAP,   /* items: themes with counts */
    SUMSEC_LINES, /* items: ladders with one player row each */
    SUMSEC_CARDS, /* items: cards with their rows */
    SUMSEC_NOTES, /* one item of player rows (guesses) */
} SumSectionKind;

typedef struct SumSection {
    SumSectionKind kind;
    const char *heading;
    const char *intro; /* or NULL */
    const char *empty; /* said when there are no items (sections without one are left out) */
    SumItem *items;
    int n_items;
} SumSection;

typedef struct SummaryDoc {
    const char *names[2];
    const char *title;    /* "Gray Area: Alex & Sam" */
    const char *subtitle; /* "Friday 20 November 2026 · 12 cards talked through" */
    const char *lead;     /* a map, not a score */
    const char *notice;   /* what was left out, or NULL */
    SumSection sections[SUMMARY_MAX_SECTIONS];
    int n_sections;
    const char *footer; /* where to turn if there is fear or harm */
    Arena arena;        /* owns every string and array above */
} SummaryDoc;

/* Builds the document. date is the app's local date in words (the core reads no clock),
 * or NULL. opt NULL means everything, verdicts shown. Returns NULL when out of memory. */
SummaryDoc *summary_doc_create(const Session *s, const SummaryOptions *opt, const char *date);
void summary_doc_destroy(SummaryDoc *doc);

/* The document as Markdown, and as one self-contained, printable HTML page (inline
 * styles, no external files, no scripts). */
void summary_doc_markdown(const SummaryDoc *doc, StrBuf *out);
void summary_doc_html(const SummaryDoc *doc, StrBuf *out);

/* Appends text with the characters Markdown would read as formatting escaped. */
void summary_md_text(StrBuf *out, const char *text);

/* Short words the screens and writers share. */
const char *outcome_label(Outcome o); /* "Same page", "Close", "Different views" */
const char *outcome_label_mid(Outcome o); /* the same, mid-sentence: "same page" */
/* A player's line on a ladder, in words, with the step labels emphasised (spans into out,
 * relative to where it started). */
void summary_line_text(const Session *s, const LadderLine *l, int player, StrBuf *out, int em[2][2], int *n_em);

#endif
