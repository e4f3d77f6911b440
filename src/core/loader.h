/* The reading kit that the deck reader (deck.c) and the translation deck reader
 * (trdeck.c) share: a Loader says where messages go, and these read a YAML tree's keys,
 * texts, ids, enums and 'prompts' mappings, checking placeholders and the lengths a
 * screen can show. Every mistake is reported at its node, as file:line:column. */
#ifndef GA_LOADER_H
#define GA_LOADER_H

#include "deck.h"
#include "yamltree.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Loader {
    Deck *deck;
    Arena *arena;
    const char *file;
    DiagList *diags;
} Loader;

/* The keys of a 'prompts' mapping, by PromptKind: "same", "close"... */
extern const char *const PROMPT_KEYS[PROMPT_KIND_COUNT];

/* An error or a warning at a node (NULL: the file as a whole). */
void load_err(Loader *L, const YNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void load_warn(Loader *L, const YNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- keys ---- */
const char *map_scalar(const YNode *map, const char *key);
int key_line_of(const YNode *map, const YNode *v);
bool map_has_key(const YNode *map, const char *key);
void read_keys(Loader *L, const YNode *map, const char *where, const char *const *allowed, const YNode **out);

/* ---- values ---- */
bool is_null_scalar(const YNode *n);
const char *get_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                     bool required);
bool valid_id(const char *s);
const char *get_id(Loader *L, const YNode *v, const YNode *parent, const char *where);
int get_enum(Loader *L, const YNode *v, const char *key, const char *const *names, int count);
int get_bool(Loader *L, const YNode *v, const char *key);
int get_int(Loader *L, const YNode *v, const char *key, int lo, int hi);
void check_placeholders(Loader *L, const YNode *v, const char *s);
/* get_text, then check_placeholders. */
const char *get_string_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                            bool required);

/* ---- places, lengths, prompts ---- */
void name_place(char *where, size_t size, const YNode *n, const char *what, int index, const char *scen_id);

typedef enum Measure { MEASURE_TEXT, MEASURE_STEP_LABEL, MEASURE_OPTION, MEASURE_QUESTION } Measure;
void check_length(Loader *L, const YNode *v, const char *s, Measure m, const char *where);

/* One prompt as read from a 'prompts' mapping: its outcome, its place in the outcome's
 * list, the node of the list (or of the one text written instead of a list) and its own. */
typedef void (*PromptFn)(Loader *L, void *card, int kind, int i, const YNode *list, const YNode *item, int key_line,
                         const char *where);
void read_prompt_lists(Loader *L, const YNode *v, const char *where, PromptFn fn, void *card);

#endif
