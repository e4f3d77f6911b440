/* Turns a YAML tree into a checked translation deck: text only, by the ids of its deck;
 * a key that gives structure is named as such, and damage to 'sources' costs only a warning. */
#include "trdeck.h"

#include "loader.h"

#include <stdlib.h>
#include <string.h>

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
            load_err(L, k, "'%s' comes from the deck this translates; a translation gives only text (remove this line)",
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
        load_err(L, v, "'%s' in %s should be text, not a %s", key, where, v->kind == YNODE_MAP ? "mapping" : "list");
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
        load_err(L, n, "%s should be a mapping with the card's id and its texts", where);
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
            load_err(L, opts, "'options' should be a list of the answers, in the order of the deck it translates");
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
        load_err(L, n, "%s should be a mapping with the scenario's id, title and cards", where);
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
        load_err(L, cards, "'cards' in %s should be a list of cards", where);
        return;
    }
    if (cards->n > DECK_MAX_CARDS) {
        load_err(L, cards, "%s has %d cards; the limit is %d", where, cards->n, DECK_MAX_CARDS);
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
                load_err(L, &at, "two cards in scenario '%s' are called '%s' (the first is on line %d)", s->id, c->id,
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

/* By key, then by line: of a repeated key the first in the file comes first. */
static int cmp_source_line(const void *a, const void *b) {
    int c = strcmp(((const TrSource *)a)->key, ((const TrSource *)b)->key);
    return c ? c : ((const TrSource *)a)->line - ((const TrSource *)b)->line;
}

/* The machine-kept block: "HASH KEY" lines. Damage there is a warning: it costs only the
 * knowledge of which English a text was translated from, never the translation. */
static void read_tr_sources(Loader *L, Translation *t, const YNode *v) {
    if (is_null_scalar(v)) return;
    if (v->kind != YNODE_SEQ) {
        load_warn(L, v,
                  "'sources' should be the list grayarea writes (a hash and a key per line); leave it to grayarea");
        return;
    }
    t->sources = arena_alloc(L->arena, (size_t)(v->n ? v->n : 1) * sizeof *t->sources);
    if (!t->sources) return;
    for (int i = 0; i < v->n; i++) {
        const YNode *e = v->items[i];
        const char *sp = e->kind == YNODE_SCALAR ? strchr(e->str, ' ') : NULL;
        const char *key = sp ? sp + strspn(sp, " ") : NULL;
        if (!sp || !is_hash(e->str, (size_t)(sp - e->str)) || !*key || strchr(key, ' ')) {
            load_warn(
                L, e,
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
            load_warn(L, &at, "'%s' is listed twice in 'sources' (first on line %d); the first counts", b->key,
                      a->line);
            continue;
        }
        t->sources[kept++] = t->sources[i];
    }
    t->n_sources = kept;
}

Translation *translation_read(const char *file, const YNode *root, DiagList *diags) {
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
        load_err(&L, root, "a translation deck should start with keys like 'format: 1', 'translates:', 'language:'");
        translation_destroy(t);
        return NULL;
    }
    const YNode *v[9];
    read_tr_keys(&L, root, "the translation", TR_DECK_KEYS, TR_DECK_STRUCTURE, v);
    if (!v[0])
        load_err(&L, root, "the translation has no 'format' (write 'format: 1' at the top)");
    else if (v[0]->kind != YNODE_SCALAR || strcmp(v[0]->str, "1"))
        load_err(&L, v[0], "'format' should be 1; this game reads format 1 decks");
    t->translates = get_text(&L, v[1], root, "translates", "the translation", true);
    if (t->translates && !valid_id(t->translates)) {
        load_err(&L, v[1], "'translates' should name a deck by its id (letters, digits, '-' and '_'), not '%s'",
                 t->translates);
        t->translates = NULL;
    }
    t->language = get_text(&L, v[2], root, "language", "the translation", true);
    if (v[2]) {
        t->language_line = v[2]->line;
        t->language_column = v[2]->column;
    }
    if (t->language && !language_code_valid(t->language)) {
        load_err(&L, v[2], "'language' should be a language code such as es, hi or pt-BR, not '%s'", t->language);
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
        load_warn(&L, v[2],
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
            load_err(&L, scen, "'scenarios' should be a list of scenarios");
        } else if (scen->n > DECK_MAX_SCENARIOS) {
            load_err(&L, scen, "the translation has %d scenarios; a deck may hold at most %d", scen->n,
                     DECK_MAX_SCENARIOS);
        } else if ((t->scenarios = arena_alloc(&t->arena, (size_t)(scen->n ? scen->n : 1) * sizeof *t->scenarios))) {
            t->n_scenarios = scen->n;
            for (int i = 0; i < scen->n; i++) {
                read_tr_scenario(&L, &t->scenarios[i], scen->items[i], i);
                for (int j = 0; j < i; j++)
                    if (t->scenarios[i].id[0] && !strcmp(t->scenarios[i].id, t->scenarios[j].id)) {
                        YNode at = {.line = t->scenarios[i].line, .column = t->scenarios[i].column};
                        load_err(&L, &at, "two scenarios are called '%s' (the first is on line %d)", t->scenarios[i].id,
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
