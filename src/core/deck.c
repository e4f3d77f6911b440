/* Turns a YAML tree into a checked deck: keys, types, ids, rules, advice (the reading kit
 * is loader.c, the graph's soundness deckgraph.c); parses a deck file once and reads it as
 * a deck or, through trdeck.c, a translation; and the deck model's names. */
#include "deck.h"

#include "deckgraph.h"
#include "i18n.h"
#include "loader.h"
#include "trdeck.h"
#include "yamltree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
const char *step_msgid(int step) { return step >= 1 && step <= SCALE_STEPS ? STEP_LABELS[step] : ""; }
const char *step_label(int step) { return step >= 1 && step <= SCALE_STEPS ? _(step_msgid(step)) : ""; }
const char *step_id(int step) { return step >= 1 && step <= SCALE_STEPS ? STEP_IDS[step] : ""; }

/* ---- cards ------------------------------------------------------------------------- */

static const char *const CARD_KEYS[] = {"id",       "step",    "step_label", "text", "ask", "from",
                                        "question", "options", "prompts",    "next", NULL};
enum { K_ID, K_STEP, K_STEP_LABEL, K_TEXT, K_ASK, K_FROM, K_QUESTION, K_OPTIONS, K_PROMPTS, K_NEXT };

/* Rule targets are resolved after every card of the scenario is read. */
typedef struct PendingRule {
    const YNode *go;   /* the 'go' value, or NULL for end */
    const YNode *cond; /* the 'if' value, or NULL */
} PendingRule;

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
        load_err(L, cardnode, "%s has no 'prompts'", where);
    else
        read_prompt_lists(L, v, where, deck_prompt, c);
}

static void read_options(Loader *L, Card *c, const YNode *v, const YNode *cardnode, const char *where) {
    if (!v) {
        load_err(L, cardnode, "%s asks a choice but has no 'options' (2 to 4 answers)", where);
        return;
    }
    if (v->kind != YNODE_SEQ) {
        load_err(L, v, "'options' should be a list of 2 to 4 answers");
        return;
    }
    if (v->n < 2 || v->n > DECK_MAX_OPTIONS) {
        load_err(L, v, "%s has %d option%s; a choice card needs 2 to 4", where, v->n, v->n == 1 ? "" : "s");
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
        load_err(L, v, "'next' should be a list of rules (each with 'if' and 'go' or 'end')");
        return NULL;
    }
    if (v->n > DECK_MAX_RULES) {
        load_err(L, v->items[DECK_MAX_RULES], "%s has %d rules in 'next'; the limit is %d", where, v->n,
                 DECK_MAX_RULES);
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
            load_err(L, r, "each rule in 'next' should be a mapping like '- if: same' + 'go: c2', or '- end: true'");
            continue;
        }
        const YNode *vals[3];
        read_keys(L, r, where2, keys, vals);
        pr->cond = vals[0];
        pr->go = vals[1];
        if (vals[1] && vals[2]) {
            load_err(L, r, "a rule has both 'go' and 'end'; it can do only one");
            pr->go = NULL;
        } else if (!vals[1] && !vals[2]) {
            load_err(L, r, "a rule needs 'go: CARD-ID' or 'end: true'");
        } else if (vals[2]) {
            if (!get_bool(L, vals[2], "end")) load_err(L, vals[2], "'end' may only be true; remove the rule instead");
            pr->go = NULL;
        } else if (vals[1]->kind != YNODE_SCALAR || vals[1]->len == 0) {
            load_err(L, vals[1], "'go' should name a card of this scenario");
            continue;
        }
        if (vals[0] && vals[0]->kind != YNODE_SCALAR) {
            load_err(L, vals[0], "'if' should be a condition such as 'both <= fine_if_known'");
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
        load_err(L, n, "%s should be a mapping with id, text, ask and prompts", where);
        return;
    }
    read_keys(L, n, where, CARD_KEYS, vals);
    c->id = get_id(L, vals[K_ID], n, where);
    c->text = get_string_text(L, vals[K_TEXT], n, "text", where, true);
    check_length(L, vals[K_TEXT], c->text, MEASURE_TEXT, where);
    static const char *const ASKS[] = {"rate", "choice"};
    int ask = vals[K_ASK] ? get_enum(L, vals[K_ASK], "ask", ASKS, 2) : -1;
    if (!vals[K_ASK]) load_err(L, n, "%s has no 'ask' (rate or choice)", where);
    c->ask = ask == 1 ? ASK_CHOICE : ASK_RATE;
    c->from = FROM_PARTNER;
    if (vals[K_FROM]) {
        static const char *const FROMS[] = {"", "you", "partner", "both"};
        int f = get_enum(L, vals[K_FROM], "from", FROMS, 4);
        if (f > 0) c->from = (Perspective)f;
        if (c->ask == ASK_CHOICE && ask >= 0)
            load_err(L, vals[K_FROM], "'from' is for rate cards; %s is a choice card", where);
    }
    c->question = get_string_text(L, vals[K_QUESTION], n, "question", where, c->ask == ASK_CHOICE && ask >= 0);
    check_length(L, vals[K_QUESTION], c->question, MEASURE_QUESTION, where);
    if (c->ask == ASK_CHOICE && ask >= 0) {
        read_options(L, c, vals[K_OPTIONS], n, where);
    } else if (vals[K_OPTIONS] && ask >= 0) {
        load_err(L, vals[K_OPTIONS], "'options' are for choice cards; a rate card uses the game's 4-step scale");
    }
    if (vals[K_STEP]) {
        c->step = get_int(L, vals[K_STEP], "step", 1, DECK_MAX_CARDS);
        if (c->step < 0) c->step = 0;
        if (c->ask == ASK_CHOICE && ask >= 0) {
            load_err(L, vals[K_STEP], "'step' is for rate cards; ladder steps are rated on the scale");
            c->step = 0;
        }
    }
    c->step_label = get_string_text(L, vals[K_STEP_LABEL], n, "step_label", where, false);
    if (c->step_label) {
        if (!vals[K_STEP])
            load_err(L, vals[K_STEP_LABEL], "%s has a 'step_label' but no 'step'; a label names a ladder rung", where);
        else
            check_length(L, vals[K_STEP_LABEL], c->step_label, MEASURE_STEP_LABEL, where);
    } else if (c->step > 0) {
        load_warn(L, vals[K_STEP],
                  "%s is step %d of a ladder but has no 'step_label': name the one detail this step adds", where,
                  c->step);
    }
    read_prompts(L, c, vals[K_PROMPTS], n, where);
    if (vals[K_PROMPTS] && vals[K_PROMPTS]->kind == YNODE_MAP && ask >= 0) {
        if (!c->n_prompts[PROMPT_SAME])
            load_warn(L, vals[K_PROMPTS],
                      "%s has no 'same' prompts: the reveal would have nothing to say when both agree", where);
        if (c->ask == ASK_RATE && !c->n_prompts[PROMPT_CLOSE])
            load_warn(
                L, vals[K_PROMPTS],
                "%s has no 'close' prompts: the reveal would have nothing to say when the picks are one step apart",
                where);
        if (!c->n_prompts[PROMPT_APART])
            load_warn(L, vals[K_PROMPTS],
                      "%s has no 'apart' prompts: the reveal would have nothing to say when the picks are far apart",
                      where);
        if (c->ask == ASK_CHOICE && c->n_prompts[PROMPT_CLOSE])
            load_warn(L, vals[K_PROMPTS], "'close' prompts are never shown on a choice card");
        if (c->n_prompts[PROMPT_MIRROR] && !(c->ask == ASK_RATE && c->from == FROM_BOTH))
            load_warn(L, vals[K_PROMPTS], "'mirror' prompts are only shown on rate cards with 'from: both'");
    }
    *pending = read_rules(L, c, vals[K_NEXT], where);
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
                load_err(L, pr->go, "card '%s' sends players to '%s', but scenario '%s' has no card '%s'", c->id,
                         pr->go->str, s->id, pr->go->str);
                rule->target = RULE_END;
                ok = false;
            } else if (s->cards[rule->target].id == c->id) {
                load_err(L, pr->go, "card '%s' sends players back to itself", c->id);
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
                load_err(L, &at, "in the condition '%s': %s", pr->cond->str, msg);
                ok = false;
            } else if (cond_uses_mirror(rule->cond) && !(c->ask == ASK_RATE && c->from == FROM_BOTH)) {
                load_warn(L, pr->cond,
                          "'mirror' can only be true on rate cards with 'from: both'; on card '%s' it never is", c->id);
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
        load_err(L, n, "%s should be a mapping with id, title, intensity and cards", where);
        return;
    }
    const YNode *v[8];
    read_keys(L, n, where, SCEN_KEYS, v);
    const char *id = get_id(L, v[0], n, where);
    if (id) s->id = id;
    s->title = get_string_text(L, v[1], n, "title", where, true);
    int in = v[2] ? get_enum(L, v[2], "intensity", INTENSITY_IDS, INTENSITY_COUNT) : -1;
    if (!v[2]) load_err(L, n, "%s has no 'intensity' (gentle, honest or deep)", where);
    s->intensity = in >= 0 ? (Intensity)in : INTENSITY_HONEST;
    s->content_note = get_string_text(L, v[3], n, "content_note", where, false);
    s->starter = get_bool(L, v[4], "starter");
    if (s->starter && in >= 0 && s->intensity != INTENSITY_GENTLE)
        load_err(L, v[4], "%s is marked 'starter' but is %s; the first-evening selection is gentle only", where,
                 intensity_id(s->intensity));
    if (in == INTENSITY_DEEP && !s->content_note)
        load_warn(L, v[2], "%s is deep but has no 'content_note'; players should know what is coming", where);
    const YNode *cards = v[6];
    if (!cards) {
        load_err(L, n, "%s has no 'cards'", where);
        return;
    }
    if (cards->kind != YNODE_SEQ || cards->n == 0) {
        load_err(L, cards, "'cards' in %s should be a list of at least one card", where);
        return;
    }
    if (cards->n > DECK_MAX_CARDS) {
        load_err(L, cards, "%s has %d cards; the limit is %d", where, cards->n, DECK_MAX_CARDS);
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
                load_err(L, vals[K_ID], "two cards in scenario '%s' are called '%s' (the first is on line %d)", s->id,
                         c->id, s->cards[j].line);
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
                load_err(L, v[5], "%s starts at '%s', but it has no card '%s'", where, st, st);
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
                    load_err(L, &at, "cards '%s' and '%s' are both step %d of the ladder", s->cards[j].id,
                             s->cards[i].id, s->cards[i].step);
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
        load_err(&L, root, "a deck should start with keys like 'format: 1', 'id:', 'title:'");
        deck_destroy(d);
        return NULL;
    }
    const YNode *v[9];
    read_keys(&L, root, "the deck", DECK_KEYS, v);
    if (!v[0])
        load_err(&L, root, "the deck has no 'format' (write 'format: 1' at the top)");
    else if (v[0]->kind != YNODE_SCALAR || strcmp(v[0]->str, "1"))
        load_err(&L, v[0], "'format' should be 1; this game reads format 1 decks");
    d->id = get_id(&L, v[1], root, "the deck");
    d->title = get_string_text(&L, v[2], root, "title", "the deck", true);
    if (!v[3])
        load_err(&L, root, "the deck has no 'category'");
    else {
        int c = get_enum(&L, v[3], "category", CATEGORY_IDS, CAT_COUNT);
        d->category = c >= 0 ? (Category)c : CAT_MESSAGING;
    }
    d->language = get_text(&L, v[4], root, "language", "the deck", true);
    d->description = get_string_text(&L, v[5], root, "description", "the deck", false);
    d->author = get_text(&L, v[6], root, "author", "the deck", false);
    const YNode *scen = v[7];
    if (!scen) {
        load_err(&L, root, "the deck has no 'scenarios'");
    } else if (scen->kind != YNODE_SEQ || scen->n == 0) {
        load_err(&L, scen, "'scenarios' should be a list of at least one scenario");
    } else if (scen->n > DECK_MAX_SCENARIOS) {
        load_err(&L, scen, "the deck has %d scenarios; a deck may hold at most %d (split it into several decks)",
                 scen->n, DECK_MAX_SCENARIOS);
    } else {
        d->scenarios = arena_alloc(&d->arena, (size_t)scen->n * sizeof *d->scenarios);
        if (d->scenarios) {
            d->n_scenarios = scen->n;
            for (int i = 0; i < scen->n; i++) {
                read_scenario(&L, &d->scenarios[i], scen->items[i], i);
                for (int j = 0; j < i; j++) {
                    if (d->scenarios[i].id[0] && !strcmp(d->scenarios[i].id, d->scenarios[j].id)) {
                        YNode at = {.line = d->scenarios[i].line, .column = d->scenarios[i].column};
                        load_err(&L, &at, "two scenarios are called '%s' (the first is on line %d)", d->scenarios[i].id,
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

static int cmp_source(const void *a, const void *b) {
    return strcmp(((const TrSource *)a)->key, ((const TrSource *)b)->key);
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
