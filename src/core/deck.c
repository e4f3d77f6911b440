/* Turns a YAML tree into a checked deck: keys, types, ids, rules, graph soundness, advice. */
#include "deck.h"

#include "compare.h"
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
static const char *const CATEGORY_TITLES[CAT_COUNT] = {"Texts & DMs", "Exes",       "Social media", "Dating apps",
                                                       "Flirting",    "Closeness",  "Honesty",      "Inner life",
                                                       "Life online", "Checking up"};
static const char *const INTENSITY_IDS[INTENSITY_COUNT] = {"gentle", "honest", "deep"};
static const char *const STEP_IDS[SCALE_STEPS + 1] = {"", "fine", "fine_if_known", "uneasy", "line"};
static const char *const STEP_LABELS[SCALE_STEPS + 1] = {"", "Fine", "Fine if I know", "Uneasy, let's talk",
                                                         "Crosses a line"};
static const char *const PROMPT_KEYS[PROMPT_KIND_COUNT] = {"same", "close", "apart", "mirror", "always"};

const char *category_id(Category c) { return (unsigned)c < CAT_COUNT ? CATEGORY_IDS[c] : "?"; }
const char *category_title(Category c) { return (unsigned)c < CAT_COUNT ? CATEGORY_TITLES[c] : "?"; }
int category_from_id(const char *id) {
    for (int i = 0; i < CAT_COUNT; i++)
        if (!strcmp(id, CATEGORY_IDS[i])) return i;
    return -1;
}
const char *intensity_id(Intensity i) { return (unsigned)i < INTENSITY_COUNT ? INTENSITY_IDS[i] : "?"; }
const char *step_label(int step) { return step >= 1 && step <= SCALE_STEPS ? STEP_LABELS[step] : ""; }
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
    StrBuf b;
    strbuf_init(&b);
    strbuf_vprintf(&b, fmt, ap);
    diag_add(L->diags, level, L->file, at ? at->line : 0, at ? at->column : 0, "%s", b.data ? b.data : "out of memory");
    strbuf_free(&b);
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

static int edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 30 || lb > 30) return 99;
    int d[32][32];
    for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            /* a swap of two neighbours counts as one edit */
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < c)
                c = d[i - 2][j - 2] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
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
            int dist = edit_distance(k->str, allowed[a]);
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

static void read_prompts(Loader *L, Card *c, const YNode *v, const YNode *cardnode, const char *where) {
    if (!v) {
        err(L, cardnode, "%s has no 'prompts'", where);
        return;
    }
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
            const char *s = get_string_text(L, list, v, PROMPT_KEYS[k], where2, true);
            if (s) c->prompts[k][c->n_prompts[k]++] = s;
            continue;
        }
        if (list->kind != YNODE_SEQ) {
            err(L, list, "'%s' prompts should be a list of texts", PROMPT_KEYS[k]);
            continue;
        }
        if (list->n == 0) err(L, list, "'%s' has no prompts; write at least one or remove the key", PROMPT_KEYS[k]);
        if (list->n > DECK_MAX_PROMPTS)
            err(L, list->items[DECK_MAX_PROMPTS], "at most %d prompts per outcome", DECK_MAX_PROMPTS);
        for (int i = 0; i < list->n && i < DECK_MAX_PROMPTS; i++) {
            const char *s = get_string_text(L, list->items[i], list, PROMPT_KEYS[k], where2, true);
            if (s) c->prompts[k][c->n_prompts[k]++] = s;
        }
    }
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
        size_t chars = s ? utf8_length(s, strlen(s)) : 0;
        if (chars > DECK_MAX_OPTION)
            err(L, v->items[i], "an option may be at most %d characters; this one has %zu", DECK_MAX_OPTION, chars);
        else if (chars > DECK_OPTION_WARN)
            warn(L, v->items[i],
                 "this answer is %zu characters; keep answers to %d so each fits on one line at the largest text size",
                 chars, DECK_OPTION_WARN);
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
    snprintf(where, sizeof where, "card %d of scenario '%s'", index + 1, scen_id);
    c->line = n->line;
    c->column = n->column;
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with id, text, ask and prompts", where);
        return;
    }
    const char *early_id = map_scalar(n, "id");
    if (early_id && valid_id(early_id)) snprintf(where, sizeof where, "card '%s'", early_id);
    read_keys(L, n, where, CARD_KEYS, vals);
    c->id = get_id(L, vals[K_ID], n, where);
    c->text = get_string_text(L, vals[K_TEXT], n, "text", where, true);
    if (c->text) {
        size_t chars = utf8_length(c->text, strlen(c->text));
        if (chars > DECK_TEXT_WARN)
            warn(L, vals[K_TEXT],
                 "the text of %s is %zu characters; keep it to %d so the whole card fits on a screen at the largest "
                 "text size",
                 where, chars, DECK_TEXT_WARN);
    }
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
    if (c->question && utf8_length(c->question, strlen(c->question)) > DECK_QUESTION_WARN)
        warn(L, vals[K_QUESTION],
             "the question of %s is %zu characters; keep it to %d so it fits at the largest text size", where,
             utf8_length(c->question, strlen(c->question)), DECK_QUESTION_WARN);
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
        size_t chars = utf8_length(c->step_label, strlen(c->step_label));
        if (!vals[K_STEP])
            err(L, vals[K_STEP_LABEL], "%s has a 'step_label' but no 'step'; a label names a ladder rung", where);
        else if (chars > DECK_MAX_STEP_LABEL)
            err(L, vals[K_STEP_LABEL],
                "a step_label names the one detail a rung adds in at most %d characters; this one has %zu",
                DECK_MAX_STEP_LABEL, chars);
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
    snprintf(where, sizeof where, "scenario %d", index + 1);
    s->line = n->line;
    s->column = n->column;
    s->id = "";
    if (n->kind != YNODE_MAP) {
        err(L, n, "%s should be a mapping with id, title, intensity and cards", where);
        return;
    }
    const YNode *v[8];
    const char *early_id = map_scalar(n, "id");
    if (early_id && valid_id(early_id)) snprintf(where, sizeof where, "scenario '%s'", early_id);
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

Deck *deck_load(const char *file, const char *bytes, size_t len, DiagList *diags) {
    Deck *d = calloc(1, sizeof *d);
    if (!d) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        return NULL;
    }
    arena_init(&d->arena);
    size_t errors_before = diags->errors;
    Loader L = {.deck = d, .arena = &d->arena, .file = file, .diags = diags};
    d->file = arena_strdup(&d->arena, file);
    /* The YAML tree lives only while the deck is read; the deck keeps what it needs. */
    Arena tree;
    arena_init(&tree);
    YNode *root = ytree_parse(&tree, file, bytes, len, DECK_MAX_BYTES, DECK_MAX_DEPTH, DECK_MAX_STRING, diags);
    if (!root) goto fail;
    if (root->kind != YNODE_MAP) {
        err(&L, root, "a deck should start with keys like 'format: 1', 'id:', 'title:'");
        goto fail;
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
    if (d->arena.failed || tree.failed) diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
    arena_destroy(&tree);
    if (diags->errors == errors_before) return d;
    deck_destroy(d);
    return NULL;
fail:
    arena_destroy(&tree);
    deck_destroy(d);
    return NULL;
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
