/* Turns a YAML tree into a checked deck: keys, types, ids, rules, graph soundness, advice. */
#include "deck.h"

#include "compare.h"
#include "i18n.h"
#include "yamltree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Loader {
    Deck *deck;
    Arena *arena;
    const char *file;
    DiagList *diags;
} Loader;

static const char *const CATEGORY_IDS[CAT_COUNT] = {"messaging", "exes",    "social", "apps",   "flirting",
                                                    "closeness", "honesty", "inner",  "online", "checking"};
static const char *const CATEGORY_TITLES[CAT_COUNT] = {
    /* TRANSLATORS: the themes of the scenarios, shown as chips at setup and as the rows of the
       summary's boundary map: a word or two each. */
    N_("Texts & DMs"), N_("Exes"),    N_("Social media"), N_("Dating apps"), N_("Flirting"),
    N_("Closeness"),   N_("Honesty"), N_("Inner life"),   N_("Life online"), N_("Checking up")};
static const char *const INTENSITY_IDS[INTENSITY_COUNT] = {"gentle", "honest", "deep"};
static const char *const STEP_IDS[SCALE_STEPS + 1] = {"", "fine", "fine_if_known", "uneasy", "line"};
/* TRANSLATORS: the four answers on the Fine-to-line scale, on buttons side by side: keep each
   short (about 20 characters at most) and in the first person where English is. */
static const char *const STEP_LABELS[SCALE_STEPS + 1] = {"", N_("Fine"), N_("Fine if I know"), N_("Uneasy, let's talk"),
                                                         N_("Crosses a line")};
static const char *const PROMPT_KEYS[PROMPT_KIND_COUNT] = {"same", "close", "apart", "mirror", "always"};

const char *category_id(Category c) { return (unsigned)c < CAT_COUNT ? CATEGORY_IDS[c] : "?"; }
const char *category_title(Category c) { return (unsigned)c < CAT_COUNT ? _(CATEGORY_TITLES[c]) : "?"; }
int category_from_id(const char *id) {
    for (int i = 0; i < CAT_COUNT; i++)
        if (!strcmp(id, CATEGORY_IDS[i])) return i;
    return -1;
}
const char *intensity_id(Intensity i) { return (unsigned)i < INTENSITY_COUNT ? INTENSITY_IDS[i] : "?"; }
const char *intensity_title(Intensity i) {
    /* TRANSLATORS: the three intensities of a scenario: light and playful, real tension,
       things that may hurt. A word each, on chips at setup. */
    static const char *const TITLES[INTENSITY_COUNT] = {N_("Gentle"), N_("Honest"), N_("Deep")};
    return (unsigned)i < INTENSITY_COUNT ? _(TITLES[i]) : "?";
}
const char *step_label(int step) { return step >= 1 && step <= SCALE_STEPS ? _(STEP_LABELS[step]) : ""; }
const char *step_id(int step) { return step >= 1 && step <= SCALE_STEPS ? STEP_IDS[step] : ""; }

static void err(Loader *L, const YNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void warn(Loader *L, const YNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void report(Loader *L, DiagLevel level, const YNode *at, const char *fmt, va_list ap) {
    diag_vadd(L->diags, level, L->file, at ? at->line : 0, at ? at->column : 0, fmt, ap);
}

static void err(Loader *L, const YNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_ERROR, at, fmt, ap);
    va_end(ap);
}

static void warn(Loader *L, const YNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_WARNING, at, fmt, ap);
    va_end(ap);
}

/* ---- keys -------------------------------------------------------------------------- */

/* The scalar value of `key` in a mapping, or NULL. */
static const char *map_scalar(const YNode *map, const char *key) {
    for (int i = 0; i < map->n; i++)
        if (map->keys[i] && !strcmp(map->keys[i]->str, key) && map->items[i]->kind == YNODE_SCALAR)
            return map->items[i]->str;
    return NULL;
}

/* The line of the key whose value is v (where a '# en:' comment sits above). */
static int key_line_of(const YNode *map, const YNode *v) {
    for (int i = 0; i < map->n; i++)
        if (map->items[i] == v && map->keys[i]) return map->keys[i]->line;
    return v->line;
}

static bool map_has_key(const YNode *map, const char *key) {
    for (int i = 0; i < map->n; i++)
        if (map->keys[i] && !strcmp(map->keys[i]->str, key)) return true;
    return false;
}

/* Looks up each key of a mapping in `allowed` (NULL-terminated) and stores the values
 * in `out` (same order). Unknown keys are errors, with a suggestion. */
static void read_keys(Loader *L, const YNode *map, const char *where, const char *const *allowed, const YNode **out) {
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
            err(L, k, "unknown key '%s' in %s (did you mean '%s'?)", k->str, where, best);
        else {
            StrBuf b;
            strbuf_init(&b);
            for (int a = 0; a < n_allowed; a++) strbuf_printf(&b, "%s%s", a ? ", " : "", allowed[a]);
            err(L, k, "unknown key '%s' in %s; the keys here are: %s", k->str, where, b.data ? b.data : "");
            strbuf_free(&b);
        }
    }
}

static bool is_null_scalar(const YNode *n) {
    return n->kind == YNODE_SCALAR && n->plain && (n->len == 0 || !strcmp(n->str, "~") || !strcmp(n->str, "null"));
}

/* A required or optional text value. Returns NULL (after reporting) when absent or wrong. */
static const char *get_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                            bool required) {
    if (!v) {
        if (required) err(L, parent, "%s has no '%s'", where, key);
        return NULL;
    }
    if (v->kind != YNODE_SCALAR) {
        err(L, v, "'%s' in %s should be text, not a %s", key, where, v->kind == YNODE_MAP ? "mapping" : "list");
        return NULL;
    }
    if (is_null_scalar(v) || v->len == 0) {
        err(L, v, "'%s' in %s is empty", key, where);
        return NULL;
    }
    /* The tree is freed after loading: the deck keeps its own copy. */
    return arena_strndup(L->arena, v->str, v->len);
}

static bool valid_id(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > DECK_MAX_ID) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

static const char *get_id(Loader *L, const YNode *v, const YNode *parent, const char *where) {
    const char *id = get_text(L, v, parent, "id", where, true);
    if (id && !valid_id(id)) {
        err(L, v, "the id '%s' should use only letters, digits, '-' and '_' (at most %d)", id, DECK_MAX_ID);
        return NULL;
    }
    return id;
}

/* Finds the index of s in names (NULL-terminated) or reports the choices. */
static int get_enum(Loader *L, const YNode *v, const char *key, const char *const *names, int count) {
    if (!v || v->kind != YNODE_SCALAR) {
        if (v) err(L, v, "'%s' should be a single word", key);
        return -1;
    }
    for (int i = 0; i < count; i++)
        if (names[i][0] && !strcmp(v->str, names[i])) return i;
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0, k = 0; i < count; i++)
        if (names[i][0]) strbuf_printf(&b, "%s%s", k++ ? ", " : "", names[i]);
    err(L, v, "'%s' cannot be '%s'; it is one of: %s", key, v->str, b.data ? b.data : "");
    strbuf_free(&b);
    return -1;
}

static int get_bool(Loader *L, const YNode *v, const char *key) {
    if (!v) return 0;
    if (v->kind == YNODE_SCALAR && v->plain) {
        if (!strcmp(v->str, "true")) return 1;
        if (!strcmp(v->str, "false")) return 0;
    }
    err(L, v, "'%s' should be true or false", key);
    return 0;
}

static int get_int(Loader *L, const YNode *v, const char *key, int lo, int hi) {
    if (v->kind == YNODE_SCALAR && v->plain && v->len > 0 && v->len <= 6) {
        char *end;
        long x = strtol(v->str, &end, 10);
        if (!*end && x >= lo && x <= hi) return (int)x;
    }
    err(L, v, "'%s' should be a whole number from %d to %d", key, lo, hi);
    return lo - 1;
}

/* Checks {p1}/{p2} placeholders in a text. */
static void check_placeholders(Loader *L, const YNode *v, const char *s) {
    for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
        const char *close = strchr(p, '}');
        if (!close) {
            err(L, v, "a '{' is never closed; names are written {p1} or {p2}");
            return;
        }
        size_t n = (size_t)(close - p - 1);
        if (!((n == 2 && (!strncmp(p + 1, "p1", 2) || !strncmp(p + 1, "p2", 2))))) {
            err(L, v, "'{%.*s}' is not a name this game knows; use {p1} or {p2}", utf8_cut(p + 1, n > 40 ? 40 : n),
                p + 1);
        }
    }
    if (strchr(s, '}') && !strchr(s, '{')) err(L, v, "a '}' has no matching '{'");
}

static const char *get_string_text(Loader *L, const YNode *v, const YNode *parent, const char *key, const char *where,
                                   bool required) {
    const char *s = get_text(L, v, parent, key, where, required);
    if (s) check_placeholders(L, v, s);
    return s;
}

/* ---- cards ------------------------------------------------------------------------- */

static const char *const CARD_KEYS[] = {"id",       "step",    "step_label", "text", "ask", "from",
                                        "question", "options", "prompts",    "next", NULL};
enum { K_ID, K_STEP, K_STEP_LABEL, K_TEXT, K_ASK, K_FROM, K_QUESTION, K_OPTIONS, K_PROMPTS, K_NEXT };

/* Rule targets are resolved after every card of the scenario is read. */
typedef struct PendingRule {
    const YNode *go;   /* the 'go' value, or NULL for end */
    const YNode *cond; /* the 'if' value, or NULL */
} PendingRule;

/* How messages name a card or scenario before its id is checked: by its id when it has a
 * valid one ("card 's1'"), else by its place ("card 3 of scenario 'late'", "scenario 2"). */
static void name_place(char *where, size_t size, const YNode *n, const char *what, int index, const char *scen_id) {
    const char *id = n->kind == YNODE_MAP ? map_scalar(n, "id") : NULL;
    if (id && valid_id(id))
        snprintf(where, size, "%s '%s'", what, id);
    else if (scen_id)
        snprintf(where, size, "%s %d of scenario '%s'", what, index + 1, scen_id);
    else
        snprintf(where, size, "%s %d", what, index + 1);
}

typedef enum Measure { MEASURE_TEXT, MEASURE_STEP_LABEL, MEASURE_OPTION, MEASURE_QUESTION } Measure;

/* The lengths a screen can show, for decks and translations alike: a card's text (a
 * warning past DECK_TEXT_WARN), a step label and an option (errors past their limits). */
static void check_length(Loader *L, const YNode *v, const char *s, Measure m, const char *where) {
    if (!s) return;
    size_t chars = utf8_length(s, strlen(s));
    /* Warnings are what fits at 1280x720 at the largest text size (deck.h). */
    if (m == MEASURE_TEXT && chars > DECK_TEXT_WARN)
        warn(L, v,
             "the text of %s is %zu characters; keep it to %d so the whole card fits on a screen at the largest text "
             "size",
             where, chars, DECK_TEXT_WARN);
    else if (m == MEASURE_STEP_LABEL && chars > DECK_MAX_STEP_LABEL)
        err(L, v, "a step_label names the one detail a rung adds in at most %d characters; this one has %zu",
            DECK_MAX_STEP_LABEL, chars);
    else if (m == MEASURE_OPTION && chars > DECK_MAX_OPTION)
        err(L, v, "an option may be at most %d characters; this one has %zu", DECK_MAX_OPTION, chars);
    else if (m == MEASURE_OPTION && chars > DECK_OPTION_WARN)
        warn(L, v, "this answer is %zu characters; keep answers to %d so each fits on one line at the largest text size",
             chars, DECK_OPTION_WARN);
    else if (m == MEASURE_QUESTION && chars > DECK_QUESTION_WARN)
        warn(L, v, "the question of %s is %zu characters; keep it to %d so it fits at the largest text size", where,
             chars, DECK_QUESTION_WARN);
}

/* One prompt as read from a 'prompts' mapping: its outcome, its place in the outcome's
 * list, the node of the list (or of the one text written instead of a list) and its own. */
typedef void (*PromptFn)(Loader *L, void *card, int kind, int i, const YNode *list, const YNode *item, int key_line,
                         const char *where);

/* Reads a 'prompts' mapping, for decks and translations alike: each outcome holds one
 * text or a list of 1 to DECK_MAX_PROMPTS texts. Calls fn for each; reports the rest. */
static void read_prompt_lists(Loader *L, const YNode *v, const char *where, PromptFn fn, void *card) {
    if (v->kind != YNODE_MAP) {
        err(L, v, "'prompts' in %s should map outcomes (same, close, apart, mirror, always) to lists", where);
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
            err(L, list, "'%s' prompts should be a list of texts", PROMPT_KEYS[k]);
            continue;
        }
        if (list->n == 0) err(L, list, "'%s' has no prompts; write at least one or remove the key", PROMPT_KEYS[k]);
        if (list->n > DECK_MAX_PROMPTS)
            err(L, list->items[DECK_MAX_PROMPTS], "at most %d prompts per outcome", DECK_MAX_PROMPTS);
        for (int i = 0; i < list->n && i < DECK_MAX_PROMPTS; i++)
            fn(L, card, k, i, list, list->items[i], list->items[i]->line, where2);
    }
}

static void deck_prompt(Loader *L, void *card, int kind, int i, const YNode *list, const YNode *item, int key_line,
                        const char *where) {
    (void)i;
    (void)key_line;
    Card *c = card;
    const char *s = get_string_text(L, item, list, PROMPT_KEYS[kind], where, true);
    if (s) c->prompts[kind][c->n_prompts[kind]++] = s;
}

static void read_prompts(Loader *L, Card *c, const YNode *v, const YNode *cardnode, const char *where) {
    if (!v)
        err(L, cardnode, "%s has no 'prompts'", where);
    else
        read_prompt_lists(L, v, where, deck_prompt, c);
}

static void read_options(Loader *L, Card *c, const YNode *v, const YNode *cardnode, const char *where) {
    if (!v) {
        err(L, cardnode, "%s asks a choice but has no 'options' (2 to 4 answers)", where);
        return;
    }
    if (v->kind != YNODE_SEQ) {
        err(L, v, "'options' should be a list of 2 to 4 answers");
        return;
    }
    if (v->n < 2 || v->n > DECK_MAX_OPTIONS) {
        err(L, v, "%s has %d option%s; a choice card needs 2 to 4", where, v->n, v->n == 1 ? "" : "s");
    }
    for (int i = 0; i < v->n && i < DECK_MAX_OPTIONS; i++) {
        const char *s = get_string_text(L, v->items[i], v, "options", where, true);
        check_length(L, v->items[i], s, MEASURE_OPTION, where);
        c->options[c->n_options++] = s ? s : "";
    }
}

static PendingRule *read_rules(Loader *L, Card *c, const YNode *v, const char *where) {
    if (!v) return NULL;
    if (v->kind != YNODE_SEQ) {
        err(L, v, "'next' should be a list of rules (each with 'if' and 'go' or 'end')");
        return NULL;
    }
    if (v->n > DECK_MAX_RULES) {
        err(L, v->items[DECK_MAX_RULES], "%s has %d rules in 'next'; the limit is %d", where, v->n, DECK_MAX_RULES);
        return NULL;
    }
    PendingRule *pending = arena_alloc(L->arena, (size_t)(v->n ? v->n : 1) * sizeof *pending);
    c->rules = arena_alloc(L->arena, (size_t)(v->n ? v->n : 1) * sizeof *c->rules);
    if (!pending || !c->rules) return NULL;
    static const char *const keys[] = {"if", "go", "end", NULL};
    char where2[160];
    snprintf(where2, sizeof where2, "a rule of %s", where);
    for (int i = 0; i < v->n; i++) {
        const YNode *r = v->items[i];
        Rule *rule = &c->rules[c->n_rules];
        PendingRule *pr = &pending[c->n_rules];
        rule->line = r->line;
        rule->column = r->column;
        if (r->kind == YNODE_SCALAR && !strcmp(r->str, "end")) {
            rule->target = RULE_END;
            c->n_rules++;
            continue;
        }
        if (r->kind != YNODE_MAP) {
            err(L, r, "each rule in 'next' should be a mapping like '- if: same' + 'go: c2', or '- end: true'");
            continue;
        }
        const YNode *vals[3];
        read_keys(L, r, where2, keys, vals);
        pr->cond = vals[0];
        pr->go = vals[1];
        if (vals[1] && vals[2]) {
            err(L, r, "a rule has both 'go' and 'end'; it can do only one");
            pr->go = NULL;
        } else if (!vals[1] && !vals[2]) {
            err(L, r, "a rule needs 'go: CARD-ID' or 'end: true'");
        } else if (vals[2]) {
            if (!get_bool(L, vals[2], "end")) err(L, vals[2], "'end' may only be true; remove the rule instead");
            pr->go = NULL;
        } else if (vals[1]->kind != YNODE_SCALAR || vals[1]->len == 0) {
            err(L, vals[1], "'go' should name a card of this scenario");
            continue;
        }
        if (vals[0] && vals[0]->kind != YNODE_SCALAR) {
            err(L, vals[0], "'if' should be a condition such as 'both <= fine_if_known'");
            pr->cond = NULL;
        }
        c->n_rules++;
    }
    return pending;
}

static void read_card(Loader *L, Card *c, const YNode *n, int index, const char *scen_id, PendingRule **pending,
                      const YNode **vals) {
    char where[128];
    name_place(where, sizeof where, n, "card", index, scen_id);
    c->line = n->line;
    c->column = n->column;
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with id, text, ask and prompts", where);
        return;
    }
    read_keys(L, n, where, CARD_KEYS, vals);
    c->id = get_id(L, vals[K_ID], n, where);
    c->text = get_string_text(L, vals[K_TEXT], n, "text", where, true);
    check_length(L, vals[K_TEXT], c->text, MEASURE_TEXT, where);
    static const char *const ASKS[] = {"rate", "choice"};
    int ask = vals[K_ASK] ? get_enum(L, vals[K_ASK], "ask", ASKS, 2) : -1;
    if (!vals[K_ASK]) err(L, n, "%s has no 'ask' (rate or choice)", where);
    c->ask = ask == 1 ? ASK_CHOICE : ASK_RATE;
    c->from = FROM_PARTNER;
    if (vals[K_FROM]) {
        static const char *const FROMS[] = {"", "you", "partner", "both"};
        int f = get_enum(L, vals[K_FROM], "from", FROMS, 4);
        if (f > 0) c->from = (Perspective)f;
        if (c->ask == ASK_CHOICE && ask >= 0)
            err(L, vals[K_FROM], "'from' is for rate cards; %s is a choice card", where);
    }
    c->question = get_string_text(L, vals[K_QUESTION], n, "question", where, c->ask == ASK_CHOICE && ask >= 0);
    check_length(L, vals[K_QUESTION], c->question, MEASURE_QUESTION, where);
    if (c->ask == ASK_CHOICE && ask >= 0) {
        read_options(L, c, vals[K_OPTIONS], n, where);
    } else if (vals[K_OPTIONS] && ask >= 0) {
        err(L, vals[K_OPTIONS], "'options' are for choice cards; a rate card uses the game's 4-step scale");
    }
    if (vals[K_STEP]) {
        c->step = get_int(L, vals[K_STEP], "step", 1, DECK_MAX_CARDS);
        if (c->step < 0) c->step = 0;
        if (c->ask == ASK_CHOICE && ask >= 0) {
            err(L, vals[K_STEP], "'step' is for rate cards; ladder steps are rated on the scale");
            c->step = 0;
        }
    }
    c->step_label = get_string_text(L, vals[K_STEP_LABEL], n, "step_label", where, false);
    if (c->step_label) {
        if (!vals[K_STEP])
            err(L, vals[K_STEP_LABEL], "%s has a 'step_label' but no 'step'; a label names a ladder rung", where);
        else
            check_length(L, vals[K_STEP_LABEL], c->step_label, MEASURE_STEP_LABEL, where);
    } else if (c->step > 0) {
        warn(L, vals[K_STEP], "%s is step %d of a ladder but has no 'step_label': name the one detail this step adds",
             where, c->step);
    }
    read_prompts(L, c, vals[K_PROMPTS], n, where);
    if (vals[K_PROMPTS] && vals[K_PROMPTS]->kind == YNODE_MAP && ask >= 0) {
        if (!c->n_prompts[PROMPT_SAME])
            warn(L, vals[K_PROMPTS], "%s has no 'same' prompts: the reveal would have nothing to say when both agree",
                 where);
        if (c->ask == ASK_RATE && !c->n_prompts[PROMPT_CLOSE])
            warn(L, vals[K_PROMPTS],
                 "%s has no 'close' prompts: the reveal would have nothing to say when the picks are one step apart",
                 where);
        if (!c->n_prompts[PROMPT_APART])
            warn(L, vals[K_PROMPTS],
                 "%s has no 'apart' prompts: the reveal would have nothing to say when the picks are far apart", where);
        if (c->ask == ASK_CHOICE && c->n_prompts[PROMPT_CLOSE])
            warn(L, vals[K_PROMPTS], "'close' prompts are never shown on a choice card");
        if (c->n_prompts[PROMPT_MIRROR] && !(c->ask == ASK_RATE && c->from == FROM_BOTH))
            warn(L, vals[K_PROMPTS], "'mirror' prompts are only shown on rate cards with 'from: both'");
    }
    *pending = read_rules(L, c, vals[K_NEXT], where);
}

/* ---- scenario soundness -------------------------------------------------------------- */

/* Which cards can be reached from the start following only rules that can fire (in one
 * guess mode), and from which the scenario can end. */
static void walk_graph(const Scenario *s, const RuleReach *reach, int mode, bool *reached, bool *can_end, int *queue) {
    int n = s->n_cards, head = 0, tail = 0;
    memset(reached, 0, (size_t)n * sizeof *reached);
    reached[s->start] = true;
    queue[tail++] = s->start;
    while (head < tail) {
        int i = queue[head++];
        const Card *c = &s->cards[i];
        for (int r = 0; r < c->n_rules; r++) {
            int t = c->rules[r].target;
            if (reach[i].fires[mode][r] && t >= 0 && !reached[t]) {
                reached[t] = true;
                queue[tail++] = t;
            }
        }
    }
    for (int i = 0; i < n; i++) can_end[i] = reach[i].ends[mode];
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            const Card *c = &s->cards[i];
            for (int r = 0; !can_end[i] && r < c->n_rules; r++) {
                int t = c->rules[r].target;
                if (reach[i].fires[mode][r] && t >= 0 && can_end[t]) can_end[i] = changed = true;
            }
        }
    }
}

/* Proves what the docs promise ("What the checker proves"): every rule is tried against
 * every possible combination of answers, so a rule that can never fire is found, and a
 * card from which no answers ever lead to an end is an error, in either guess mode. */
static void check_graph(Loader *L, Scenario *s) {
    int n = s->n_cards;
    if (n == 0) return;
    RuleReach *reach = calloc((size_t)n, sizeof *reach);
    bool *reached[2] = {calloc((size_t)n, sizeof(bool)), calloc((size_t)n, sizeof(bool))};
    bool *can_end[2] = {calloc((size_t)n, sizeof(bool)), calloc((size_t)n, sizeof(bool))};
    int *queue = calloc((size_t)n, sizeof *queue);
    if (reach && reached[0] && reached[1] && can_end[0] && can_end[1] && queue) {
        for (int i = 0; i < n; i++) compare_rule_reach(&s->cards[i], &reach[i]);
        for (int mode = 0; mode < 2; mode++) walk_graph(s, reach, mode, reached[mode], can_end[mode], queue);
        static const char *const IN_MODE[2] = {" when guess mode is off", " in guess mode"};
        for (int i = 0; i < n; i++) {
            const Card *c = &s->cards[i];
            YNode at = {.line = c->line, .column = c->column};
            if (!reached[0][i] && !reached[1][i]) {
                bool named = false;
                for (int j = 0; j < n && !named; j++)
                    for (int r = 0; r < s->cards[j].n_rules; r++) named |= s->cards[j].rules[r].target == i;
                err(L, &at, "card '%s' can never be reached from the start card '%s' of scenario '%s'%s", c->id,
                    s->cards[s->start].id, s->id, named ? ": no rule that leads to it can ever fire" : "");
                continue;
            }
            bool stuck[2] = {reached[0][i] && !can_end[0][i], reached[1][i] && !can_end[1][i]};
            if (stuck[0] || stuck[1])
                err(L, &at,
                    "from card '%s' the scenario '%s' can never end%s: whatever the answers, its rules only loop "
                    "back; add an 'end: true' rule or a way out that some answers take",
                    c->id, s->id, stuck[0] && stuck[1] ? "" : IN_MODE[stuck[1]]);
            for (int r = 0; r < c->n_rules; r++) {
                if (reach[i].fires[0][r] || reach[i].fires[1][r]) continue;
                const Rule *rule = &c->rules[r];
                YNode rat = {.line = rule->line, .column = rule->column};
                if (cond_uses_mirror(rule->cond) && !(c->ask == ASK_RATE && c->from == FROM_BOTH)) continue;
                if (!reach[i].matches[r])
                    warn(L, &rat, "rule %d of card '%s' never fires: no answers make its condition true on this card",
                         r + 1, c->id);
                else
                    warn(L, &rat,
                         "rule %d of card '%s' never fires: whenever its condition is true, a rule before it matches "
                         "first",
                         r + 1, c->id);
            }
        }
    }
    free(reach);
    free(reached[0]);
    free(reached[1]);
    free(can_end[0]);
    free(can_end[1]);
    free(queue);
}

/* Returns false when a rule could not be resolved (its error is reported). */
static bool resolve_rules(Loader *L, Scenario *s, Card *c, PendingRule *pending) {
    bool ok = true;
    if (!pending) return ok;
    for (int r = 0; r < c->n_rules; r++) {
        Rule *rule = &c->rules[r];
        const PendingRule *pr = &pending[r];
        if (pr->go) {
            rule->target = scenario_find_card(s, pr->go->str);
            if (rule->target < 0) {
                err(L, pr->go, "card '%s' sends players to '%s', but scenario '%s' has no card '%s'", c->id,
                    pr->go->str, s->id, pr->go->str);
                rule->target = RULE_END;
                ok = false;
            } else if (s->cards[rule->target].id == c->id) {
                err(L, pr->go, "card '%s' sends players back to itself", c->id);
            }
        } else if (rule->target != RULE_END) {
            rule->target = RULE_END;
        }
        if (pr->cond) {
            char msg[200];
            int off = 0;
            rule->cond = cond_parse(L->arena, pr->cond->str, c->ask == ASK_CHOICE, c->n_options, msg, sizeof msg, &off);
            if (!rule->cond) {
                int col = pr->cond->column + off + (pr->cond->plain ? 0 : 1);
                YNode at = {.line = pr->cond->line, .column = col};
                err(L, &at, "in the condition '%s': %s", pr->cond->str, msg);
                ok = false;
            } else if (cond_uses_mirror(rule->cond) && !(c->ask == ASK_RATE && c->from == FROM_BOTH)) {
                warn(L, pr->cond, "'mirror' can only be true on rate cards with 'from: both'; on card '%s' it never is",
                     c->id);
            }
        }
    }
    return ok;
}

static const char *const SCEN_KEYS[] = {"id", "title", "intensity", "content_note", "starter", "start", "cards", NULL};

static void read_scenario(Loader *L, Scenario *s, const YNode *n, int index) {
    char where[128];
    name_place(where, sizeof where, n, "scenario", index, NULL);
    s->line = n->line;
    s->column = n->column;
    s->id = "";
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with id, title, intensity and cards", where);
        return;
    }
    const YNode *v[8];
    read_keys(L, n, where, SCEN_KEYS, v);
    const char *id = get_id(L, v[0], n, where);
    if (id) s->id = id;
    s->title = get_string_text(L, v[1], n, "title", where, true);
    int in = v[2] ? get_enum(L, v[2], "intensity", INTENSITY_IDS, INTENSITY_COUNT) : -1;
    if (!v[2]) err(L, n, "%s has no 'intensity' (gentle, honest or deep)", where);
    s->intensity = in >= 0 ? (Intensity)in : INTENSITY_HONEST;
    s->content_note = get_string_text(L, v[3], n, "content_note", where, false);
    s->starter = get_bool(L, v[4], "starter");
    if (s->starter && in >= 0 && s->intensity != INTENSITY_GENTLE)
        err(L, v[4], "%s is marked 'starter' but is %s; the first-evening selection is gentle only", where,
            intensity_id(s->intensity));
    if (in == INTENSITY_DEEP && !s->content_note)
        warn(L, v[2], "%s is deep but has no 'content_note'; players should know what is coming", where);
    const YNode *cards = v[6];
    if (!cards) {
        err(L, n, "%s has no 'cards'", where);
        return;
    }
    if (cards->kind != YNODE_SEQ || cards->n == 0) {
        err(L, cards, "'cards' in %s should be a list of at least one card", where);
        return;
    }
    if (cards->n > DECK_MAX_CARDS) {
        err(L, cards, "%s has %d cards; the limit is %d", where, cards->n, DECK_MAX_CARDS);
        return;
    }
    s->cards = arena_alloc(L->arena, (size_t)cards->n * sizeof *s->cards);
    PendingRule **pending = calloc((size_t)cards->n, sizeof *pending);
    if (!s->cards || !pending) {
        free(pending);
        return;
    }
    s->n_cards = cards->n;
    bool cards_ok = true;
    for (int i = 0; i < cards->n; i++) {
        const YNode *vals[16] = {0};
        read_card(L, &s->cards[i], cards->items[i], i, s->id, &pending[i], vals);
        Card *c = &s->cards[i];
        if (!c->id) {
            cards_ok = false;
            continue;
        }
        for (int j = 0; j < i; j++) {
            if (s->cards[j].id && !strcmp(s->cards[j].id, c->id)) {
                err(L, vals[K_ID], "two cards in scenario '%s' are called '%s' (the first is on line %d)", s->id, c->id,
                    s->cards[j].line);
                cards_ok = false;
            }
        }
        if (c->step) s->ladder = true;
    }
    s->start = 0;
    if (v[5]) {
        const char *st = get_text(L, v[5], n, "start", where, true);
        if (st) {
            s->start = scenario_find_card(s, st);
            if (s->start < 0) {
                err(L, v[5], "%s starts at '%s', but it has no card '%s'", where, st, st);
                s->start = 0;
                cards_ok = false;
            }
        }
    }
    if (cards_ok) {
        bool rules_ok = true;
        for (int i = 0; i < s->n_cards; i++) rules_ok &= resolve_rules(L, s, &s->cards[i], pending[i]);
        if (rules_ok) check_graph(L, s);
        /* Ladder steps should be unique: each rung adds one detail. */
        for (int i = 0; i < s->n_cards; i++)
            for (int j = 0; j < i; j++)
                if (s->cards[i].step && s->cards[i].step == s->cards[j].step) {
                    YNode at = {.line = s->cards[i].line, .column = s->cards[i].column};
                    err(L, &at, "cards '%s' and '%s' are both step %d of the ladder", s->cards[j].id, s->cards[i].id,
                        s->cards[i].step);
                }
    }
    free(pending);
}

/* ---- deck ---------------------------------------------------------------------------- */

static const char *const DECK_KEYS[] = {"format",      "id",     "title",     "category", "language",
                                        "description", "author", "scenarios", NULL};

/* Reads a deck from its parsed tree (which the caller frees). NULL when there was any error. */
static Deck *deck_read(const char *file, const YNode *root, DiagList *diags) {
    Deck *d = calloc(1, sizeof *d);
    if (!d) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        return NULL;
    }
    arena_init(&d->arena);
    size_t errors_before = diags->errors;
    Loader L = {.deck = d, .arena = &d->arena, .file = file, .diags = diags};
    d->file = arena_strdup(&d->arena, file);
    if (root->kind != YNODE_MAP) {
        err(&L, root, "a deck should start with keys like 'format: 1', 'id:', 'title:'");
        deck_destroy(d);
        return NULL;
    }
    const YNode *v[9];
    read_keys(&L, root, "the deck", DECK_KEYS, v);
    if (!v[0])
        err(&L, root, "the deck has no 'format' (write 'format: 1' at the top)");
    else if (v[0]->kind != YNODE_SCALAR || strcmp(v[0]->str, "1"))
        err(&L, v[0], "'format' should be 1; this game reads format 1 decks");
    d->id = get_id(&L, v[1], root, "the deck");
    d->title = get_string_text(&L, v[2], root, "title", "the deck", true);
    if (!v[3])
        err(&L, root, "the deck has no 'category'");
    else {
        int c = get_enum(&L, v[3], "category", CATEGORY_IDS, CAT_COUNT);
        d->category = c >= 0 ? (Category)c : CAT_MESSAGING;
    }
    d->language = get_text(&L, v[4], root, "language", "the deck", true);
    d->description = get_string_text(&L, v[5], root, "description", "the deck", false);
    d->author = get_text(&L, v[6], root, "author", "the deck", false);
    const YNode *scen = v[7];
    if (!scen) {
        err(&L, root, "the deck has no 'scenarios'");
    } else if (scen->kind != YNODE_SEQ || scen->n == 0) {
        err(&L, scen, "'scenarios' should be a list of at least one scenario");
    } else if (scen->n > DECK_MAX_SCENARIOS) {
        err(&L, scen, "the deck has %d scenarios; a deck may hold at most %d (split it into several decks)", scen->n,
            DECK_MAX_SCENARIOS);
    } else {
        d->scenarios = arena_alloc(&d->arena, (size_t)scen->n * sizeof *d->scenarios);
        if (d->scenarios) {
            d->n_scenarios = scen->n;
            for (int i = 0; i < scen->n; i++) {
                read_scenario(&L, &d->scenarios[i], scen->items[i], i);
                for (int j = 0; j < i; j++) {
                    if (d->scenarios[i].id[0] && !strcmp(d->scenarios[i].id, d->scenarios[j].id)) {
                        YNode at = {.line = d->scenarios[i].line, .column = d->scenarios[i].column};
                        err(&L, &at, "two scenarios are called '%s' (the first is on line %d)", d->scenarios[i].id,
                            d->scenarios[j].line);
                    }
                }
            }
        }
    }
    if (d->arena.failed) diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
    if (diags->errors == errors_before) return d;
    deck_destroy(d);
    return NULL;
}

static Translation *translation_read(const char *file, const YNode *root, DiagList *diags);

typedef enum LoadAs { AS_EITHER, AS_DECK, AS_TRANSLATION } LoadAs;

/* Parses a deck file once and reads it as `as` says (either: by its 'translates' key).
 * The tree lives only while the file is read: decks and translations keep their copies. */
static bool load_file(const char *file, const char *bytes, size_t len, DiagList *diags, LoadAs as, DeckFile *out) {
    memset(out, 0, sizeof *out);
    Arena tree;
    arena_init(&tree);
    size_t errors_before = diags->errors;
    YNode *root = ytree_parse(&tree, file, bytes, len, DECK_MAX_BYTES, DECK_MAX_DEPTH, DECK_MAX_STRING, diags);
    out->is_translation =
        as == AS_TRANSLATION || (as == AS_EITHER && root && root->kind == YNODE_MAP && map_has_key(root, "translates"));
    if (root && out->is_translation)
        out->translation = translation_read(file, root, diags);
    else if (root)
        out->deck = deck_read(file, root, diags);
    if (tree.failed) diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
    arena_destroy(&tree);
    if (diags->errors != errors_before) {
        deck_destroy(out->deck);
        translation_destroy(out->translation);
        out->deck = NULL;
        out->translation = NULL;
        return false;
    }
    return out->deck || out->translation;
}

Deck *deck_load(const char *file, const char *bytes, size_t len, DiagList *diags) {
    DeckFile df;
    load_file(file, bytes, len, diags, AS_DECK, &df);
    return df.deck;
}

Translation *translation_load(const char *file, const char *bytes, size_t len, DiagList *diags) {
    DeckFile df;
    load_file(file, bytes, len, diags, AS_TRANSLATION, &df);
    return df.translation;
}

bool deck_file_load(const char *file, const char *bytes, size_t len, DiagList *diags, DeckFile *out) {
    return load_file(file, bytes, len, diags, AS_EITHER, out);
}

void deck_destroy(Deck *deck) {
    if (!deck) return;
    arena_destroy(&deck->arena);
    free(deck);
}

bool deck_is_file_name(const char *name) {
    return name[0] != '.' && (str_ends_with(name, ".yaml") || str_ends_with(name, ".yml"));
}

int deck_total_cards(const Deck *deck) {
    int n = 0;
    for (int i = 0; i < deck->n_scenarios; i++) n += deck->scenarios[i].n_cards;
    return n;
}

int scenario_find_card(const Scenario *s, const char *id) {
    for (int i = 0; i < s->n_cards; i++)
        if (s->cards[i].id && !strcmp(s->cards[i].id, id)) return i;
    return -1;
}

/* ---- translation decks ------------------------------------------------------------- */

static const char *const TR_DECK_KEYS[] = {"format",      "translates", "language", "translator", "title",
                                           "description", "scenarios",  "sources",  NULL};
static const char *const TR_DECK_STRUCTURE[] = {"id", "category", "author", NULL};
static const char *const TR_SCEN_KEYS[] = {"id", "title", "content_note", "cards", NULL};
static const char *const TR_SCEN_STRUCTURE[] = {"intensity", "starter", "start", NULL};
static const char *const TR_CARD_KEYS[] = {"id", "step_label", "text", "question", "options", "prompts", NULL};
static const char *const TR_CARD_STRUCTURE[] = {"step", "ask", "from", "next", NULL};

static bool in_list(const char *s, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (!strcmp(s, list[i])) return true;
    return false;
}

/* read_keys for a translation: a structure key gets its own message, so a translator who
 * copied the English deck learns what to remove rather than "unknown key". */
static void read_tr_keys(Loader *L, const YNode *map, const char *where, const char *const *allowed,
                         const char *const *structure, const YNode **out) {
    YNode *keys[DECK_MAX_KEYS], *items[DECK_MAX_KEYS];
    int n = 0;
    for (int i = 0; i < map->n && n < DECK_MAX_KEYS; i++) {
        YNode *k = map->keys[i];
        if (k && in_list(k->str, structure)) {
            err(L, k, "'%s' comes from the deck this translates; a translation gives only text (remove this line)",
                k->str);
            continue;
        }
        keys[n] = k;
        items[n] = map->items[i];
        n++;
    }
    YNode view = *map;
    view.keys = keys;
    view.items = items;
    view.n = n;
    read_keys(L, &view, where, allowed, out);
}

/* A translated text: not given, "" (not translated yet), or text whose names are valid. */
static void read_tr_text(Loader *L, const YNode *v, int key_line, const char *key, const char *where, TrText *out) {
    if (!v) return;
    out->line = v->line;
    out->column = v->column;
    out->key_line = key_line;
    if (v->kind != YNODE_SCALAR) {
        err(L, v, "'%s' in %s should be text, not a %s", key, where, v->kind == YNODE_MAP ? "mapping" : "list");
        return;
    }
    if (is_null_scalar(v) || v->len == 0) {
        out->text = "";
        return;
    }
    out->text = arena_strndup(L->arena, v->str, v->len);
    if (out->text) check_placeholders(L, v, out->text);
}

static void tr_prompt(Loader *L, void *card, int kind, int i, const YNode *list, const YNode *item, int key_line,
                      const char *where) {
    TrCard *c = card;
    c->prompt_line[kind] = list->line;
    c->prompt_column[kind] = list->column;
    read_tr_text(L, item, key_line, PROMPT_KEYS[kind], where, &c->prompts[kind][i]);
    c->n_prompts[kind] = i + 1;
}

static void read_tr_prompts(Loader *L, TrCard *c, const YNode *v, const char *where) {
    c->prompts_line = v->line;
    c->prompts_column = v->column;
    read_prompt_lists(L, v, where, tr_prompt, c);
}

static void read_tr_card(Loader *L, TrCard *c, const YNode *n, int index, const char *scen_id) {
    char where[128];
    name_place(where, sizeof where, n, "card", index, scen_id);
    c->line = n->line;
    c->column = n->column;
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with the card's id and its texts", where);
        return;
    }
    const YNode *v[7];
    read_tr_keys(L, n, where, TR_CARD_KEYS, TR_CARD_STRUCTURE, v);
    c->id = get_id(L, v[0], n, where);
    read_tr_text(L, v[1], v[1] ? key_line_of(n, v[1]) : 0, "step_label", where, &c->step_label);
    check_length(L, v[1], c->step_label.text, MEASURE_STEP_LABEL, where);
    read_tr_text(L, v[2], v[2] ? key_line_of(n, v[2]) : 0, "text", where, &c->text);
    check_length(L, v[2], c->text.text, MEASURE_TEXT, where);
    read_tr_text(L, v[3], v[3] ? key_line_of(n, v[3]) : 0, "question", where, &c->question);
    check_length(L, v[3], c->question.text, MEASURE_QUESTION, where);
    const YNode *opts = v[4];
    if (opts) {
        c->options_line = opts->line;
        c->options_column = opts->column;
        if (opts->kind != YNODE_SEQ) {
            err(L, opts, "'options' should be a list of the answers, in the order of the deck it translates");
        } else {
            c->n_options = opts->n;
            for (int i = 0; i < opts->n && i < DECK_MAX_OPTIONS; i++) {
                TrText *o = &c->options[i];
                read_tr_text(L, opts->items[i], opts->items[i]->line, "options", where, o);
                check_length(L, opts->items[i], o->text, MEASURE_OPTION, where);
            }
        }
    }
    if (v[5]) read_tr_prompts(L, c, v[5], where);
}

static void read_tr_scenario(Loader *L, TrScenario *s, const YNode *n, int index) {
    char where[128];
    name_place(where, sizeof where, n, "scenario", index, NULL);
    s->line = n->line;
    s->column = n->column;
    s->id = "";
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with the scenario's id, title and cards", where);
        return;
    }
    const YNode *v[5];
    read_tr_keys(L, n, where, TR_SCEN_KEYS, TR_SCEN_STRUCTURE, v);
    const char *id = get_id(L, v[0], n, where);
    if (id) s->id = id;
    read_tr_text(L, v[1], v[1] ? key_line_of(n, v[1]) : 0, "title", where, &s->title);
    read_tr_text(L, v[2], v[2] ? key_line_of(n, v[2]) : 0, "content_note", where, &s->content_note);
    const YNode *cards = v[3];
    if (!cards || is_null_scalar(cards)) return;
    s->cards_line = cards->line;
    s->cards_column = cards->column;
    if (cards->kind != YNODE_SEQ) {
        err(L, cards, "'cards' in %s should be a list of cards", where);
        return;
    }
    if (cards->n > DECK_MAX_CARDS) {
        err(L, cards, "%s has %d cards; the limit is %d", where, cards->n, DECK_MAX_CARDS);
        return;
    }
    s->cards = arena_alloc(L->arena, (size_t)(cards->n ? cards->n : 1) * sizeof *s->cards);
    if (!s->cards) return;
    s->n_cards = cards->n;
    for (int i = 0; i < cards->n; i++) {
        TrCard *c = &s->cards[i];
        read_tr_card(L, c, cards->items[i], i, s->id);
        for (int j = 0; j < i && c->id; j++)
            if (s->cards[j].id && !strcmp(s->cards[j].id, c->id)) {
                YNode at = {.line = c->line, .column = c->column};
                err(L, &at, "two cards in scenario '%s' are called '%s' (the first is on line %d)", s->id, c->id,
                    s->cards[j].line);
            }
    }
}

static bool is_hash(const char *s, size_t n) {
    if (n != TR_HASH_CHARS) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    return true;
}

static int cmp_source(const void *a, const void *b) {
    return strcmp(((const TrSource *)a)->key, ((const TrSource *)b)->key);
}

/* By key, then by line: of a repeated key the first in the file comes first. */
static int cmp_source_line(const void *a, const void *b) {
    int c = cmp_source(a, b);
    return c ? c : ((const TrSource *)a)->line - ((const TrSource *)b)->line;
}

/* The machine-kept block: "HASH KEY" lines. Damage there is a warning: it costs only the
 * knowledge of which English a text was translated from, never the translation. */
static void read_tr_sources(Loader *L, Translation *t, const YNode *v) {
    if (is_null_scalar(v)) return;
    if (v->kind != YNODE_SEQ) {
        warn(L, v, "'sources' should be the list grayarea writes (a hash and a key per line); leave it to grayarea");
        return;
    }
    t->sources = arena_alloc(L->arena, (size_t)(v->n ? v->n : 1) * sizeof *t->sources);
    if (!t->sources) return;
    for (int i = 0; i < v->n; i++) {
        const YNode *e = v->items[i];
        const char *sp = e->kind == YNODE_SCALAR ? strchr(e->str, ' ') : NULL;
        const char *key = sp ? sp + strspn(sp, " ") : NULL;
        if (!sp || !is_hash(e->str, (size_t)(sp - e->str)) || !*key || strchr(key, ' ')) {
            warn(L, e,
                 "this line of 'sources' should be a hash and a key, like '1a2b3c4d late/s1/text'; grayarea writes "
                 "these lines, so leave them to it");
            continue;
        }
        TrSource *s = &t->sources[t->n_sources];
        memcpy(s->hash, e->str, TR_HASH_CHARS);
        s->hash[TR_HASH_CHARS] = '\0';
        s->key = arena_strdup(L->arena, key);
        s->line = e->line;
        s->column = e->column;
        if (s->key) t->n_sources++;
    }
    qsort(t->sources, (size_t)t->n_sources, sizeof *t->sources, cmp_source_line);
    /* Keep the first of a repeated key, say so, and drop the rest. */
    int kept = 0;
    for (int i = 0; i < t->n_sources; i++) {
        if (kept && !strcmp(t->sources[kept - 1].key, t->sources[i].key)) {
            const TrSource *a = &t->sources[kept - 1], *b = &t->sources[i];
            YNode at = {.line = b->line, .column = b->column};
            warn(L, &at, "'%s' is listed twice in 'sources' (first on line %d); the first counts", b->key, a->line);
            continue;
        }
        t->sources[kept++] = t->sources[i];
    }
    t->n_sources = kept;
}

bool language_code_valid(const char *code) {
    size_t n = strlen(code), i = 0;
    if (n < 2 || n > 15) return false;
    while (i < n && code[i] >= 'a' && code[i] <= 'z') i++;
    if (i < 2 || i > 3) return false;
    while (i < n) {
        if (code[i++] != '-') return false;
        size_t start = i;
        while (i < n && ((code[i] >= 'a' && code[i] <= 'z') || (code[i] >= 'A' && code[i] <= 'Z') ||
                         (code[i] >= '0' && code[i] <= '9')))
            i++;
        if (i == start || i - start > 8) return false;
    }
    return true;
}

static Translation *translation_read(const char *file, const YNode *root, DiagList *diags) {
    Translation *t = calloc(1, sizeof *t);
    if (!t) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        return NULL;
    }
    arena_init(&t->arena);
    size_t errors_before = diags->errors;
    Loader L = {.arena = &t->arena, .file = file, .diags = diags};
    t->file = arena_strdup(&t->arena, file);
    t->line = root->line;
    t->column = root->column;
    if (root->kind != YNODE_MAP) {
        err(&L, root, "a translation deck should start with keys like 'format: 1', 'translates:', 'language:'");
        translation_destroy(t);
        return NULL;
    }
    const YNode *v[9];
    read_tr_keys(&L, root, "the translation", TR_DECK_KEYS, TR_DECK_STRUCTURE, v);
    if (!v[0])
        err(&L, root, "the translation has no 'format' (write 'format: 1' at the top)");
    else if (v[0]->kind != YNODE_SCALAR || strcmp(v[0]->str, "1"))
        err(&L, v[0], "'format' should be 1; this game reads format 1 decks");
    t->translates = get_text(&L, v[1], root, "translates", "the translation", true);
    if (t->translates && !valid_id(t->translates)) {
        err(&L, v[1], "'translates' should name a deck by its id (letters, digits, '-' and '_'), not '%s'",
            t->translates);
        t->translates = NULL;
    }
    t->language = get_text(&L, v[2], root, "language", "the translation", true);
    if (v[2]) {
        t->language_line = v[2]->line;
        t->language_column = v[2]->column;
    }
    if (t->language && !language_code_valid(t->language)) {
        err(&L, v[2], "'language' should be a language code such as es, hi or pt-BR, not '%s'", t->language);
        t->language = NULL;
    }
    /* Translations live in translations/<language>/: a file in another language's folder
     * is most likely a copy that was never changed over. */
    const char *end = strrchr(file, '/'), *folder = end;
    while (folder && folder > file && folder[-1] != '/') folder--;
    const char *up = folder && folder > file + 1 ? folder - 1 : NULL;
    while (up && up > file && up[-1] != '/') up--;
    if (t->language && up && !strncmp(up, "translations/", 13) && up + 13 == folder &&
        ((size_t)(end - folder) != strlen(t->language) || strncmp(folder, t->language, (size_t)(end - folder))))
        warn(&L, v[2],
             "this file is in translations/%.*s/ but its language is '%s'; keep each language in its own folder",
             (int)(end - folder), folder, t->language);
    if (v[3] && !is_null_scalar(v[3]) && v[3]->len)
        t->translator = get_text(&L, v[3], root, "translator", "the translation", false);
    read_tr_text(&L, v[4], v[4] ? key_line_of(root, v[4]) : 0, "title", "the translation", &t->title);
    read_tr_text(&L, v[5], v[5] ? key_line_of(root, v[5]) : 0, "description", "the translation", &t->description);
    const YNode *scen = v[6];
    if (scen && !is_null_scalar(scen)) {
        t->scenarios_line = scen->line;
        t->scenarios_column = scen->column;
        if (scen->kind != YNODE_SEQ) {
            err(&L, scen, "'scenarios' should be a list of scenarios");
        } else if (scen->n > DECK_MAX_SCENARIOS) {
            err(&L, scen, "the translation has %d scenarios; a deck may hold at most %d", scen->n, DECK_MAX_SCENARIOS);
        } else if ((t->scenarios = arena_alloc(&t->arena, (size_t)(scen->n ? scen->n : 1) * sizeof *t->scenarios))) {
            t->n_scenarios = scen->n;
            for (int i = 0; i < scen->n; i++) {
                read_tr_scenario(&L, &t->scenarios[i], scen->items[i], i);
                for (int j = 0; j < i; j++)
                    if (t->scenarios[i].id[0] && !strcmp(t->scenarios[i].id, t->scenarios[j].id)) {
                        YNode at = {.line = t->scenarios[i].line, .column = t->scenarios[i].column};
                        err(&L, &at, "two scenarios are called '%s' (the first is on line %d)", t->scenarios[i].id,
                            t->scenarios[j].line);
                    }
            }
        }
    }
    if (v[7]) {
        t->sources_line = key_line_of(root, v[7]);
        t->sources_last = root->n > 0 && root->items[root->n - 1] == v[7];
        read_tr_sources(&L, t, v[7]);
    }
    if (t->arena.failed) diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
    if (diags->errors == errors_before) return t;
    translation_destroy(t);
    return NULL;
}

void translation_destroy(Translation *t) {
    if (!t) return;
    arena_destroy(&t->arena);
    free(t);
}

const TrSource *translation_source(const Translation *t, const char *key) {
    TrSource probe = {.key = key};
    if (!t->n_sources) return NULL;
    return bsearch(&probe, t->sources, (size_t)t->n_sources, sizeof *t->sources, cmp_source);
}
