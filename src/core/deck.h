/* The deck model: decks, scenarios, cards, prompts and next rules, loaded from YAML bytes. */
#ifndef GA_DECK_H
#define GA_DECK_H

#include "cond.h"
#include "diag.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>

enum {
    DECK_MAX_BYTES = 1024 * 1024,
    DECK_MAX_DEPTH = 16,
    DECK_MAX_STRING = 1000,
    DECK_MAX_ID = 40,
    DECK_MAX_OPTION = 80,
    DECK_MAX_CARDS = 64, /* per scenario */
    DECK_MAX_SCENARIOS = 2000,
    DECK_MAX_KEYS = 64,   /* in one YAML mapping */
    DECK_MAX_PROMPTS = 5, /* per outcome */
    /* Warnings: what fits a 1280x720 screen at the largest text size, measured by
     * tests/test_app_card_fit.c (which fails when a card at these limits does not fit). */
    DECK_TEXT_WARN = 150, /* characters of situation text */
    DECK_OPTION_WARN = 40,   /* characters of a choice answer */
    DECK_QUESTION_WARN = 70, /* characters of a choice question */
    DECK_MAX_OPTIONS = 4,
    DECK_MAX_RULES = 32,      /* next rules per card */
    DECK_MAX_STEP_LABEL = 32, /* characters of a ladder rung's step_label */
};

typedef enum Category {
    CAT_MESSAGING,
    CAT_EXES,
    CAT_SOCIAL,
    CAT_APPS,
    CAT_FLIRTING,
    CAT_CLOSENESS,
    CAT_HONESTY,
    CAT_INNER,
    CAT_ONLINE,
    CAT_CHECKING,
    CAT_COUNT
} Category;

typedef enum Intensity { INTENSITY_GENTLE, INTENSITY_HONEST, INTENSITY_DEEP, INTENSITY_COUNT } Intensity;

typedef enum AskKind { ASK_RATE, ASK_CHOICE } AskKind;

/* Which rating(s) a rate card asks for. */
typedef enum Perspective { FROM_YOU = 1, FROM_PARTNER = 2, FROM_BOTH = 3 } Perspective;

typedef enum PromptKind {
    PROMPT_SAME,
    PROMPT_CLOSE,
    PROMPT_APART,
    PROMPT_MIRROR,
    PROMPT_ALWAYS,
    PROMPT_KIND_COUNT
} PromptKind;

/* The 4-step scale; 0 means "no pick". */
enum { STEP_FINE = 1, STEP_FINE_IF_KNOWN = 2, STEP_UNEASY = 3, STEP_LINE = 4, SCALE_STEPS = 4 };

typedef struct Rule {
    Cond *cond; /* NULL: always */
    int target; /* card index in the scenario, or RULE_END */
    int line, column;
} Rule;
enum { RULE_END = -1 };

typedef struct Card {
    const char *id;
    int step;               /* ladder rung, 0 when not a ladder step */
    const char *step_label; /* the one detail this rung adds ("after midnight"); NULL when none */
    const char *text;
    AskKind ask;
    Perspective from;     /* rate cards */
    const char *question; /* NULL on rate cards without their own question */
    const char *options[DECK_MAX_OPTIONS];
    int n_options;
    const char *prompts[PROMPT_KIND_COUNT][DECK_MAX_PROMPTS];
    int n_prompts[PROMPT_KIND_COUNT];
    Rule *rules;
    int n_rules;
    int line, column;
} Card;

typedef struct Scenario {
    const char *id;
    const char *title;
    Intensity intensity;
    const char *content_note; /* NULL when none */
    bool starter;
    bool ladder; /* some card has a step */
    int start;   /* card index */
    Card *cards;
    int n_cards;
    int line, column;
} Scenario;

typedef struct Deck {
    const char *file; /* the name it was loaded under */
    const char *id;
    const char *title;
    Category category;
    const char *language;
    const char *description; /* may be NULL */
    const char *author;      /* may be NULL */
    Scenario *scenarios;
    int n_scenarios;
    Arena arena; /* owns everything above */
} Deck;

/* Parses and checks a deck from bytes. `file` names it in diagnostics.
 * Every problem found is added to diags. Returns NULL when there was any error;
 * otherwise a deck the caller frees with deck_destroy (warnings may exist). */
Deck *deck_load(const char *file, const char *bytes, size_t len, DiagList *diags);
void deck_destroy(Deck *deck);

/* Whether a file name is a deck's: .yaml or .yml, any case, not hidden. The checker and
 * the game both use it, so they always agree on which files are decks. */
bool deck_is_file_name(const char *name);

/* ---- translation decks -------------------------------------------------------------
 * A translation deck gives a deck's text in another language, by the ids of the deck it
 * translates ('translates: <deck id>', 'language: es'). It holds text only: structure
 * (ask, from, next, step, intensity...) always comes from the deck it translates.
 * Every text is optional: one not given, or given as "", is "not translated yet".
 * translate.h checks a translation against its deck and builds the deck it shows. */

enum { TR_HASH_CHARS = 8 }; /* a recorded source hash: 8 lowercase hex digits */

typedef struct TrText {
    const char *text; /* NULL: not given; "": given, not translated yet */
    int line, column; /* of the text; 0 when not given */
    int key_line;     /* the line of its key (or list dash): its '# en:' comment sits above */
} TrText;

typedef struct TrCard {
    const char *id;
    int line, column;
    TrText step_label, text, question;
    TrText options[DECK_MAX_OPTIONS];
    int n_options;                    /* as many as were written (only the first DECK_MAX_OPTIONS are kept) */
    int options_line, options_column; /* of the list; 0 when there is none */
    TrText prompts[PROMPT_KIND_COUNT][DECK_MAX_PROMPTS];
    int n_prompts[PROMPT_KIND_COUNT];                                     /* as many as were written */
    int prompt_line[PROMPT_KIND_COUNT], prompt_column[PROMPT_KIND_COUNT]; /* 0 when not given */
    int prompts_line, prompts_column;                                     /* the 'prompts' mapping; 0 when none */
} TrCard;

typedef struct TrScenario {
    const char *id;
    int line, column;
    TrText title, content_note;
    TrCard *cards;
    int n_cards;
    int cards_line, cards_column; /* the 'cards' list; 0 when none */
} TrScenario;

/* One line of the machine-kept 'sources' block: the hash of the source text a text was
 * translated from, by the text's key ("late/s1/prompts/same/1"). */
typedef struct TrSource {
    const char *key;
    char hash[TR_HASH_CHARS + 1];
    int line, column;
} TrSource;

typedef struct Translation {
    const char *file;       /* the name it was loaded under */
    const char *translates; /* the id of the deck it translates */
    const char *language;   /* "es" */
    const char *translator; /* may be NULL or "" */
    TrText title, description;
    TrScenario *scenarios;
    int n_scenarios;
    int line, column;                     /* of the first key: where deck-level problems point */
    int language_line, language_column;   /* of the language code */
    int scenarios_line, scenarios_column; /* the 'scenarios' list; 0 when none */
    TrSource *sources;                    /* sorted by key, no repeats */
    int n_sources;
    int sources_line;  /* the line of 'sources:'; 0 when there is no such block */
    bool sources_last; /* no other top-level key follows 'sources' (it may be rewritten) */
    Arena arena;       /* owns everything above */
} Translation;

/* Parses and checks a translation deck on its own (keys, types, ids, placeholders,
 * limits); translation_check (translate.h) then compares it with its deck. Returns NULL
 * when there was any error. Free with translation_destroy. */
Translation *translation_load(const char *file, const char *bytes, size_t len, DiagList *diags);
void translation_destroy(Translation *t);
/* The recorded source hash of the text with this key, or NULL. */
const TrSource *translation_source(const Translation *t, const char *key);
/* Whether a language code looks like one: "es", "hi", "pt-BR", "zh-Hans". */
bool language_code_valid(const char *code);

/* Whichever a deck file holds: a deck, or a translation deck (it has 'translates:'). The
 * game and the checker both load files through this, so they always agree. */
typedef struct DeckFile {
    Deck *deck;
    Translation *translation;
    bool is_translation; /* what the file holds, also when it had errors */
} DeckFile;
/* Parses once and loads either. Returns false when there was any error (out is then
 * empty); otherwise exactly one of out's members is set, owned by the caller. */
bool deck_file_load(const char *file, const char *bytes, size_t len, DiagList *diags, DeckFile *out);

int deck_total_cards(const Deck *deck);
int scenario_find_card(const Scenario *s, const char *id); /* index or -1 */

const char *category_id(Category c);    /* "messaging" */
const char *category_title(Category c); /* "Texts & DMs" */
int category_from_id(const char *id);   /* -1 when unknown */
const char *intensity_id(Intensity i);  /* "gentle" */
const char *intensity_title(Intensity i); /* "Gentle", in the UI language */
const char *step_label(int step);       /* "Fine if I know"; "" for 0 */
/* The same words in English, untranslated: the key to look them up in another language. */
const char *step_msgid(int step);
const char *step_id(int step);          /* "fine_if_known" */

#endif
