/* The texts of a deck, in one order, each with its key and its place in a translation.
 * The checker (translate.c), the template and the refresh (trtools.c) all walk a deck's
 * texts with each_slot, so they always agree on what a text is and what it is called.
 *
 * A text's key is the path to it by ids: "title", "late/title", "late/s1/text",
 * "late/help/options/2", "late/s1/prompts/same/1". */
#ifndef GA_TRSLOTS_H
#define GA_TRSLOTS_H

#include "deck.h"

enum { KEY_MAX = 200 };

/* The names of the prompt outcomes in keys, by PromptKind: "same", "close"... */
extern const char *const PROMPT_NAMES[PROMPT_KIND_COUNT];

/* Given: written in the translation (maybe as "", not translated yet). Translated: given
 * with text. */
static inline bool given(const TrText *t) { return t && t->line > 0; }
static inline bool translated(const TrText *t) { return t && t->text && t->text[0]; }

/* The translation's scenario or card with this id, or NULL (ts may be NULL). */
const TrScenario *find_tr_scenario(const Translation *tr, const char *id);
const TrCard *find_tr_card(const TrScenario *ts, const char *id);

typedef enum Field { F_FIELD, F_OPTION, F_PROMPT } Field;

/* One text of the source deck, with its place in the translation. */
typedef struct Slot {
    char key[KEY_MAX];
    const char *name;     /* the key its line starts with ("text"); NULL for list items (that start with "- ") */
    const char *source;   /* the source's text */
    const TrText *tr;     /* the translation's text; NULL when not given */
    const Scenario *s;    /* NULL for the deck's own texts */
    const Card *c;        /* NULL above card level */
    const TrScenario *ts; /* the translation's scenario; NULL when it has none */
    const TrCard *tc;     /* the translation's card; NULL when it has none */
    Field field;
    int at_line, at_column; /* where a text that is not translated is reported */
} Slot;

typedef void (*SlotFn)(const Slot *slot, void *ctx);
/* Calls fn for every text of src, in order: the deck's, then each scenario's and its
 * cards'. tr may be NULL (the template). */
void each_slot(const Deck *src, const Translation *tr, SlotFn fn, void *ctx);

#endif
