/* The reading kit that deck.c and trdeck.c share: messages at a node, keys, texts, ids,
 * enums, placeholders, the lengths a screen can show, and 'prompts' mappings. */
#include "loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const PROMPT_KEYS[PROMPT_KIND_COUNT] = {"same", "close", "apart", "mirror", "always"};

static void report(Loader *L, DiagLevel level, const YNode *at, const char *fmt, va_list ap) {
    diag_vadd(L->diags, level, L->file, at ? at->line : 0, at ? at->column : 0, fmt, ap);
}

void load_err(Loader *L, const YNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_ERROR, at, fmt, ap);
    va_end(ap);
}

void load_warn(Loader *L, const YNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_WARNING, at, fmt, ap);
    va_end(ap);
}

/* ---- keys -------------------------------------------------------------------------- */

/* The scalar value of `key` in a mapping, or NULL. */
const char *map_scalar(const YNode *map, const char *key) {
    for (int i = 0; i < map->n; i++)
        if (map->keys[i] && !strcmp(map->keys[i]->str, key) && map->items[i]->kind == YNODE_SCALAR)
            return map->items[i]->str;
    return NULL;
}

/* The line of the key whose value is v (where a '# en:' comment sits above). */
int key_line_of(const YNode *map, const YNode *v) {
    for (int i = 0; i < map->n; i++)
        if (map->items[i] == v && map->keys[i]) return map->keys[i]->line;
    return v->line;
}

bool map_has_key(const YNode *map, const char *key) {
    for (int i = 0; i < map->n; i++)
        if (map->keys[i] && !strcmp(map->keys[i]->str, key)) return true;
    return false;
}

/* Looks up each key of a mapping in `allowed` (NULL-terminated) and stores the values
 * in `out` (same order). Unknown keys are errors, with a suggestion. */
void read_keys(Loader *L, const YNode *map, const char *where, const char *const *allowed, const YNode **out) {
    int n_allowed = 0;
    while (allowed[n_allowed]) out[n_allowed++] = NULL;
    for (int i = 0; i < map->n; i++) {
        const YNode *k = map->keys[i];
        if (!k) continue;
        int found = -1;
        for (int a = 0; a < n_allowed; a++)
            if (!strcmp(k->str, allowed[a])) found = a;
        if (found >= 0) {
            if (!out[found]) out[found] = map->items[i];
            continue;
        }
        const char *best = NULL;
        int best_d = 3;
        for (int a = 0; a < n_allowed; a++) {
            int dist = str_edit_distance(k->str, allowed[a]);
            if (dist < best_d) {
                best_d = dist;
                best = allowed[a];
            }
        }
        if (best)
            load_err(L, k, "unknown key '%s' in %s (did you mean '%s'?)", k->str, where, best);
        else {
            StrBuf b;
            strbuf_init(&b);
            for (int a = 0; a < n_allowed; a++) strbuf_printf(&b, "%s%s", a ? ", " : "", allowed[a]);
            load_err(L, k, "unknown key '%s' in %s; the keys here are: %s", k->str, where, b.data ? b.data : "");
            strbuf_free(&b);
        }
    }
}

bool is_null_scalar(const YNode *n) {
    return n->kind == YNODE_SCALAR && n->plain && (n->len == 0 || !strcmp(n->str, "~") || !strcmp(n->str, "null"));
}

/* A required or optional text value. Returns NULL (after reporting) when absent or wrong. */
const char *get_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                            bool required) {
    if (!v) {
        if (required) load_err(L, parent, "%s has no '%s'", where, key);
        return NULL;
    }
    if (v->kind != YNODE_SCALAR) {
        load_err(L, v, "'%s' in %s should be text, not a %s", key, where, v->kind == YNODE_MAP ? "mapping" : "list");
        return NULL;
    }
    if (is_null_scalar(v) || v->len == 0) {
        load_err(L, v, "'%s' in %s is empty", key, where);
        return NULL;
    }
    /* The tree is freed after loading: the deck keeps its own copy. */
    return arena_strndup(L->arena, v->str, v->len);
}

bool valid_id(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > DECK_MAX_ID) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

const char *get_id(Loader *L, const YNode *v, const YNode *parent, const char *where) {
    const char *id = get_text(L, v, parent, "id", where, true);
    if (id && !valid_id(id)) {
        load_err(L, v, "the id '%s' should use only letters, digits, '-' and '_' (at most %d)", id, DECK_MAX_ID);
        return NULL;
    }
    return id;
}

/* Finds the index of s in names (NULL-terminated) or reports the choices. */
int get_enum(Loader *L, const YNode *v, const char *key, const char *const *names, int count) {
    if (!v || v->kind != YNODE_SCALAR) {
        if (v) load_err(L, v, "'%s' should be a single word", key);
        return -1;
    }
    for (int i = 0; i < count; i++)
        if (names[i][0] && !strcmp(v->str, names[i])) return i;
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0, k = 0; i < count; i++)
        if (names[i][0]) strbuf_printf(&b, "%s%s", k++ ? ", " : "", names[i]);
    load_err(L, v, "'%s' cannot be '%s'; it is one of: %s", key, v->str, b.data ? b.data : "");
    strbuf_free(&b);
    return -1;
}

int get_bool(Loader *L, const YNode *v, const char *key) {
    if (!v) return 0;
    if (v->kind == YNODE_SCALAR && v->plain) {
        if (!strcmp(v->str, "true")) return 1;
        if (!strcmp(v->str, "false")) return 0;
    }
    load_err(L, v, "'%s' should be true or false", key);
    return 0;
}

int get_int(Loader *L, const YNode *v, const char *key, int lo, int hi) {
    if (v->kind == YNODE_SCALAR && v->plain && v->len > 0 && v->len <= 6) {
        char *end;
        long x = strtol(v->str, &end, 10);
        if (!*end && x >= lo && x <= hi) return (int)x;
    }
    load_err(L, v, "'%s' should be a whole number from %d to %d", key, lo, hi);
    return lo - 1;
}

/* Checks {p1}/{p2} placeholders in a text. */
void check_placeholders(Loader *L, const YNode *v, const char *s) {
    for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
        const char *close = strchr(p, '}');
        if (!close) {
            load_err(L, v, "a '{' is never closed; names are written {p1} or {p2}");
            return;
        }
        size_t n = (size_t)(close - p - 1);
        if (!((n == 2 && (!strncmp(p + 1, "p1", 2) || !strncmp(p + 1, "p2", 2))))) {
            load_err(L, v, "'{%.*s}' is not a name this game knows; use {p1} or {p2}", utf8_cut(p + 1, n > 40 ? 40 : n),
                     p + 1);
        }
    }
    if (strchr(s, '}') && !strchr(s, '{')) load_err(L, v, "a '}' has no matching '{'");
}

const char *get_string_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                                   bool required) {
    const char *s = get_text(L, v, parent, key, where, required);
    if (s) check_placeholders(L, v, s);
    return s;
}

/* How messages name a card or scenario before its id is checked: by its id when it has a
 * valid one ("card 's1'"), else by its place ("card 3 of scenario 'late'", "scenario 2"). */
void name_place(char *where, size_t size, const YNode *n, const char *what, int index, const char *scen_id) {
    const char *id = n->kind == YNODE_MAP ? map_scalar(n, "id") : NULL;
    if (id && valid_id(id))
        snprintf(where, size, "%s '%s'", what, id);
    else if (scen_id)
        snprintf(where, size, "%s %d of scenario '%s'", what, index + 1, scen_id);
    else
        snprintf(where, size, "%s %d", what, index + 1);
}

/* The lengths a screen can show, for decks and translations alike: a card's text (a
 * warning past DECK_TEXT_WARN), a step label and an option (errors past their limits). */
void check_length(Loader *L, const YNode *v, const char *s, Measure m, const char *where) {
    if (!s) return;
    size_t chars = utf8_length(s, strlen(s));
    /* Warnings are what fits at 1280x720 at the largest text size (deck.h). */
    if (m == MEASURE_TEXT && chars > DECK_TEXT_WARN)
        load_warn(
            L, v,
            "the text of %s is %zu characters; keep it to %d so the whole card fits on a screen at the largest text "
            "size",
            where, chars, DECK_TEXT_WARN);
    else if (m == MEASURE_STEP_LABEL && chars > DECK_MAX_STEP_LABEL)
        load_err(L, v, "a step_label names the one detail a rung adds in at most %d characters; this one has %zu",
                 DECK_MAX_STEP_LABEL, chars);
    else if (m == MEASURE_OPTION && chars > DECK_MAX_OPTION)
        load_err(L, v, "an option may be at most %d characters; this one has %zu", DECK_MAX_OPTION, chars);
    else if (m == MEASURE_OPTION && chars > DECK_OPTION_WARN)
        load_warn(L, v,
                  "this answer is %zu characters; keep answers to %d so each fits on one line at the largest text size",
                  chars, DECK_OPTION_WARN);
    else if (m == MEASURE_QUESTION && chars > DECK_QUESTION_WARN)
        load_warn(L, v, "the question of %s is %zu characters; keep it to %d so it fits at the largest text size",
                  where, chars, DECK_QUESTION_WARN);
}

/* Reads a 'prompts' mapping, for decks and translations alike: each outcome holds one
 * text or a list of 1 to DECK_MAX_PROMPTS texts. Calls fn for each; reports the rest. */
void read_prompt_lists(Loader *L, const YNode *v, const char *where, PromptFn fn, void *card) {
    if (v->kind != YNODE_MAP) {
        load_err(L, v, "'prompts' in %s should map outcomes (same, close, apart, mirror, always) to lists", where);
        return;
    }
    const YNode *kinds[PROMPT_KIND_COUNT + 1];
    static const char *const keys[] = {"same", "close", "apart", "mirror", "always", NULL};
    char where2[160];
    snprintf(where2, sizeof where2, "the prompts of %s", where);
    read_keys(L, v, where2, keys, kinds);
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        const YNode *list = kinds[k];
        if (!list) continue;
        if (list->kind == YNODE_SCALAR) {
            fn(L, card, k, 0, list, list, key_line_of(v, list), where2);
            continue;
        }
        if (list->kind != YNODE_SEQ) {
            load_err(L, list, "'%s' prompts should be a list of texts", PROMPT_KEYS[k]);
            continue;
        }
        if (list->n == 0)
            load_err(L, list, "'%s' has no prompts; write at least one or remove the key", PROMPT_KEYS[k]);
        if (list->n > DECK_MAX_PROMPTS)
            load_err(L, list->items[DECK_MAX_PROMPTS], "at most %d prompts per outcome", DECK_MAX_PROMPTS);
        for (int i = 0; i < list->n && i < DECK_MAX_PROMPTS; i++)
            fn(L, card, k, i, list, list->items[i], list->items[i]->line, where2);
    }
}
