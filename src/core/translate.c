/* Translation decks against their source: the checks, the translated deck, the template
 * and the hash refresh. Everything walks the source's texts in one order (each_slot), so
 * the checker, the game, the template and the refresh always agree on what a text is. */
#include "translate.h"

#include "i18n.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KEY_MAX = 200, QUOTE_CHARS = 70 };

static const char *const PROMPT_NAMES[PROMPT_KIND_COUNT] = {"same", "close", "apart", "mirror", "always"};

void translation_hash(const char *text, char out[TR_HASH_CHARS + 1]) {
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        h ^= *p;
        h *= 16777619u;
    }
    snprintf(out, TR_HASH_CHARS + 1, "%08lx", (unsigned long)h);
}

static const struct {
    const char *code, *name;
} LANGUAGES[] = {
    /* TRANSLATORS: language names, as they read inside a sentence ("No deck is in Spanish yet"). */
    {"ar", N_("Arabic")},    {"bn", N_("Bengali")},  {"de", N_("German")},     {"en", N_("English")},
    {"es", N_("Spanish")},   {"fr", N_("French")},   {"he", N_("Hebrew")},     {"hi", N_("Hindi")},
    {"it", N_("Italian")},   {"ja", N_("Japanese")}, {"ko", N_("Korean")},     {"mr", N_("Marathi")},
    {"nl", N_("Dutch")},     {"pl", N_("Polish")},   {"pt", N_("Portuguese")}, {"ru", N_("Russian")},
    {"sv", N_("Swedish")},   {"ta", N_("Tamil")},    {"te", N_("Telugu")},     {"tr", N_("Turkish")},
    {"uk", N_("Ukrainian")}, {"ur", N_("Urdu")},     {"zh", N_("Chinese")},
};

const char *language_name(const char *code) {
    if (!code) return "";
    size_t n = strcspn(code, "-_");
    for (size_t i = 0; i < sizeof LANGUAGES / sizeof LANGUAGES[0]; i++)
        if (strlen(LANGUAGES[i].code) == n && !strncmp(LANGUAGES[i].code, code, n)) return _(LANGUAGES[i].name);
    return code;
}

static bool given(const TrText *t) { return t && t->line > 0; }
static bool translated(const TrText *t) { return t && t->text && t->text[0]; }

static const TrScenario *find_tr_scenario(const Translation *tr, const char *id) {
    for (int i = 0; tr && i < tr->n_scenarios; i++)
        if (tr->scenarios[i].id && !strcmp(tr->scenarios[i].id, id)) return &tr->scenarios[i];
    return NULL;
}

static const TrCard *find_tr_card(const TrScenario *ts, const char *id) {
    for (int i = 0; ts && i < ts->n_cards; i++)
        if (ts->cards[i].id && !strcmp(ts->cards[i].id, id)) return &ts->cards[i];
    return NULL;
}

static const Scenario *find_scenario(const Deck *d, const char *id) {
    for (int i = 0; i < d->n_scenarios; i++)
        if (!strcmp(d->scenarios[i].id, id)) return &d->scenarios[i];
    return NULL;
}

/* ---- the texts of a deck, in order ------------------------------------------------- */

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

static void emit(Slot *sl, const char *name, const char *source, const TrText *t, int line, int column, SlotFn fn,
                 void *ctx) {
    sl->name = name;
    sl->source = source;
    sl->tr = given(t) ? t : NULL;
    sl->at_line = sl->tr ? t->line : line;
    sl->at_column = sl->tr ? t->column : column;
    fn(sl, ctx);
}

static int card_texts(const Card *c) {
    int n = 1 + (c->step_label != NULL) + (c->question != NULL) + c->n_options;
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) n += c->n_prompts[k];
    return n;
}

static int scenario_texts(const Scenario *s) {
    int n = 1 + (s->content_note != NULL);
    for (int i = 0; i < s->n_cards; i++) n += card_texts(&s->cards[i]);
    return n;
}

static void each_card_slot(Slot *sl, const Scenario *s, const Card *c, const TrCard *tc, int line, int column,
                           SlotFn fn, void *ctx) {
    sl->c = c;
    sl->tc = tc;
    if (tc) {
        line = tc->line;
        column = tc->column;
    }
    sl->field = F_FIELD;
    if (c->step_label) {
        snprintf(sl->key, KEY_MAX, "%s/%s/step_label", s->id, c->id);
        emit(sl, "step_label", c->step_label, tc ? &tc->step_label : NULL, line, column, fn, ctx);
    }
    snprintf(sl->key, KEY_MAX, "%s/%s/text", s->id, c->id);
    emit(sl, "text", c->text, tc ? &tc->text : NULL, line, column, fn, ctx);
    if (c->question) {
        snprintf(sl->key, KEY_MAX, "%s/%s/question", s->id, c->id);
        emit(sl, "question", c->question, tc ? &tc->question : NULL, line, column, fn, ctx);
    }
    sl->field = F_OPTION;
    for (int i = 0; i < c->n_options; i++) {
        snprintf(sl->key, KEY_MAX, "%s/%s/options/%d", s->id, c->id, i + 1);
        bool has = tc && i < tc->n_options && i < DECK_MAX_OPTIONS;
        bool list = tc && tc->options_line;
        emit(sl, NULL, c->options[i], has ? &tc->options[i] : NULL, list ? tc->options_line : line,
             list ? tc->options_column : column, fn, ctx);
    }
    sl->field = F_PROMPT;
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        for (int i = 0; i < c->n_prompts[k]; i++) {
            snprintf(sl->key, KEY_MAX, "%s/%s/prompts/%s/%d", s->id, c->id, PROMPT_NAMES[k], i + 1);
            const TrText *t = tc && i < tc->n_prompts[k] ? &tc->prompts[k][i] : NULL;
            int l = line, col = column;
            if (tc && tc->prompt_line[k]) {
                l = tc->prompt_line[k];
                col = tc->prompt_column[k];
            } else if (tc && tc->prompts_line) {
                l = tc->prompts_line;
                col = tc->prompts_column;
            }
            /* A lone prompt may be written as text on its outcome's line rather than as a list. */
            bool lone = tc && tc->n_prompts[k] == 1;
            emit(sl, lone ? PROMPT_NAMES[k] : NULL, c->prompts[k][i], t, l, col, fn, ctx);
        }
    }
}

/* Calls fn for every text of src, in order: the deck's, then each scenario's and its
 * cards'. tr may be NULL (the template). */
static void each_slot(const Deck *src, const Translation *tr, SlotFn fn, void *ctx) {
    Slot sl;
    memset(&sl, 0, sizeof sl);
    int line = tr ? tr->line : 0, column = tr ? tr->column : 0;
    snprintf(sl.key, KEY_MAX, "title");
    emit(&sl, "title", src->title, tr ? &tr->title : NULL, line, column, fn, ctx);
    if (src->description) {
        snprintf(sl.key, KEY_MAX, "description");
        emit(&sl, "description", src->description, tr ? &tr->description : NULL, line, column, fn, ctx);
    }
    if (tr && tr->scenarios_line) {
        line = tr->scenarios_line;
        column = tr->scenarios_column;
    }
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *s = &src->scenarios[i];
        const TrScenario *ts = find_tr_scenario(tr, s->id);
        sl.s = s;
        sl.ts = ts;
        sl.c = NULL;
        sl.tc = NULL;
        sl.field = F_FIELD;
        int sline = ts ? ts->line : line, scol = ts ? ts->column : column;
        snprintf(sl.key, KEY_MAX, "%s/title", s->id);
        emit(&sl, "title", s->title, ts ? &ts->title : NULL, sline, scol, fn, ctx);
        if (s->content_note) {
            snprintf(sl.key, KEY_MAX, "%s/content_note", s->id);
            emit(&sl, "content_note", s->content_note, ts ? &ts->content_note : NULL, sline, scol, fn, ctx);
        }
        if (ts && ts->cards_line) {
            sline = ts->cards_line;
            scol = ts->cards_column;
        }
        for (int j = 0; j < s->n_cards; j++)
            each_card_slot(&sl, s, &s->cards[j], find_tr_card(ts, s->cards[j].id), sline, scol, fn, ctx);
    }
}

/* ---- checking ---------------------------------------------------------------------- */

typedef struct Check {
    const Translation *tr;
    const Deck *src;
    const char *source_path;
    DiagList *diags;
    TrCoverage cov;
    char src_words[48];        /* "the English", or "the original" for a language we do not name */
    char src_lang[48];         /* "English", or "its own language" */
    const Scenario *told_scen; /* a whole scenario already reported as not translated */
    const Card *told_card;     /* the same for a card */
} Check;

static void note(Check *x, DiagLevel level, int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static void note(Check *x, DiagLevel level, int line, int column, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(x->diags, level, x->tr->file, line, column, fmt, ap);
    va_end(ap);
}

/* A text cut to a readable length for a message, on one line. */
static void quote(const char *s, char *out, size_t size) {
    size_t o = 0, chars = 0;
    for (const char *p = s; *p && o + 8 < size; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch & 0xC0) != 0x80 && ++chars > QUOTE_CHARS) {
            memcpy(out + o, "\xE2\x80\xA6", 3); /* … */
            o += 3;
            break;
        }
        out[o++] = (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : (char)ch;
    }
    out[o] = '\0';
}

static unsigned names_used(const char *s) { return (strstr(s, "{p1}") ? 1u : 0u) | (strstr(s, "{p2}") ? 2u : 0u); }

static bool options_mismatch(const TrCard *tc, const Card *c) {
    return tc && tc->options_line && c->ask == ASK_CHOICE && tc->n_options != c->n_options;
}

static void refresh_hint(const Check *x, const char *key, char *out, size_t size) {
    if (x->source_path)
        snprintf(out, size, "then run: grayarea --translation-refresh %s %s %s", x->source_path, x->tr->file, key);
    else
        snprintf(out, size, "then refresh its hash with grayarea --translation-refresh");
}

/* Whether a card, or a whole scenario, has no text translated yet (a fresh template's
 * state): it is reported once, not text by text. */
static bool card_untouched(const TrCard *tc) {
    if (!tc) return true;
    bool any = translated(&tc->step_label) || translated(&tc->text) || translated(&tc->question);
    for (int i = 0; i < tc->n_options && i < DECK_MAX_OPTIONS; i++) any |= translated(&tc->options[i]);
    for (int k = 0; k < PROMPT_KIND_COUNT; k++)
        for (int i = 0; i < tc->n_prompts[k]; i++) any |= translated(&tc->prompts[k][i]);
    return !any;
}

static bool scenario_untouched(const TrScenario *ts) {
    if (!ts) return true;
    if (translated(&ts->title) || translated(&ts->content_note)) return false;
    for (int i = 0; i < ts->n_cards; i++)
        if (!card_untouched(&ts->cards[i])) return false;
    return true;
}

static void check_slot(const Slot *sl, void *ctx) {
    Check *x = ctx;
    x->cov.texts++;
    bool done = translated(sl->tr);
    if (!done) x->cov.missing++;
    if (sl->s && scenario_untouched(sl->ts)) {
        if (x->told_scen != sl->s) {
            x->told_scen = sl->s;
            note(x, DIAG_WARNING, sl->ts ? sl->ts->line : sl->at_line, sl->ts ? sl->ts->column : sl->at_column,
                 "scenario '%s' is not translated yet: its %d text%s show%s in %s", sl->s->id, scenario_texts(sl->s),
                 scenario_texts(sl->s) == 1 ? "" : "s", scenario_texts(sl->s) == 1 ? "s" : "", x->src_lang);
        }
        return;
    }
    if (sl->s && sl->c && card_untouched(sl->tc)) {
        if (x->told_card != sl->c) {
            x->told_card = sl->c;
            note(x, DIAG_WARNING, sl->tc ? sl->tc->line : sl->at_line, sl->tc ? sl->tc->column : sl->at_column,
                 "card '%s' of scenario '%s' is not translated yet: its %d text%s show%s in %s", sl->c->id, sl->s->id,
                 card_texts(sl->c), card_texts(sl->c) == 1 ? "" : "s", card_texts(sl->c) == 1 ? "s" : "", x->src_lang);
        }
        return;
    }
    if (!done) {
        /* A list of options of the wrong length is already an error of its own. */
        if (sl->field == F_OPTION && sl->c && options_mismatch(sl->tc, sl->c)) return;
        note(x, DIAG_WARNING, sl->at_line, sl->at_column, "'%s' is not translated yet; %s shows instead", sl->key,
             x->src_words);
        return;
    }
    const TrText *t = sl->tr;
    unsigned want = names_used(sl->source), have = names_used(t->text);
    for (int p = 0; p < 2; p++) {
        unsigned bit = 1u << p;
        if ((want & bit) && !(have & bit))
            note(x, DIAG_WARNING, t->line, t->column,
                 "'%s' leaves out {p%d}, which %s uses: a player's name goes there", sl->key, p + 1, x->src_words);
        else if (!(want & bit) && (have & bit))
            note(x, DIAG_WARNING, t->line, t->column, "'%s' uses {p%d}, which %s does not", sl->key, p + 1,
                 x->src_words);
    }
    char now[TR_HASH_CHARS + 1], q[QUOTE_CHARS * 4 + 8], hint[1200];
    translation_hash(sl->source, now);
    const TrSource *rec = translation_source(x->tr, sl->key);
    if (rec && !strcmp(rec->hash, now)) return;
    x->cov.stale++;
    quote(sl->source, q, sizeof q);
    refresh_hint(x, sl->key, hint, sizeof hint);
    if (!rec)
        note(x, DIAG_WARNING, t->line, t->column,
             "'%s' has no record of the text it was translated from; check it against %s (\"%s\"), %s", sl->key,
             x->src_words, q, hint);
    else
        note(x, DIAG_WARNING, t->line, t->column,
             "%s of '%s' changed since it was translated; it now reads \"%s\": re-check the translation, %s",
             x->src_words, sl->key, q, hint);
}

/* " (did you mean 'late'?)" when one id of the source is close to id. */
static void suggest(const char *id, const char *const *ids, int n, char *out, size_t size) {
    const char *best = NULL;
    int best_d = 3;
    for (int i = 0; i < n; i++) {
        int d = str_edit_distance(id, ids[i]);
        if (d < best_d) {
            best_d = d;
            best = ids[i];
        }
    }
    if (best)
        snprintf(out, size, " (did you mean '%s'?)", best);
    else
        out[0] = '\0';
}

static int given_texts_card(const TrCard *tc) {
    int n = given(&tc->step_label) + given(&tc->text) + given(&tc->question);
    for (int i = 0; i < tc->n_options && i < DECK_MAX_OPTIONS; i++) n += given(&tc->options[i]);
    for (int k = 0; k < PROMPT_KIND_COUNT; k++)
        for (int i = 0; i < tc->n_prompts[k]; i++) n += given(&tc->prompts[k][i]);
    return n;
}

static void extra_text(Check *x, const TrText *t, const char *fmt, const char *a, const char *b, const char *c) {
    if (!given(t)) return;
    x->cov.extra++;
    note(x, DIAG_WARNING, t->line, t->column, fmt, a, b, c);
}

static void check_card_extras(Check *x, const Scenario *s, const Card *c, const TrCard *tc) {
    if (!c->step_label)
        extra_text(x, &tc->step_label,
                   "'%s/%s/step_label': card '%s' is not a ladder step, so it has no step label; this text is never "
                   "shown",
                   s->id, c->id, c->id);
    if (!c->question)
        extra_text(x, &tc->question,
                   "'%s/%s/question': card '%s' asks the game's own question, not one of its own; this text is never "
                   "shown",
                   s->id, c->id, c->id);
    if (tc->options_line) {
        if (c->ask != ASK_CHOICE) {
            for (int i = 0; i < tc->n_options && i < DECK_MAX_OPTIONS; i++) x->cov.extra += given(&tc->options[i]);
            note(x, DIAG_WARNING, tc->options_line, tc->options_column,
                 "card '%s' is a rate card: it has no options to translate, so these are never shown", c->id);
        } else if (tc->n_options != c->n_options) {
            note(x, DIAG_ERROR, tc->options_line, tc->options_column,
                 "card '%s' has %d option%s in %s and %d here; give exactly %d, in the same order, since each answer "
                 "keeps its meaning by its place",
                 c->id, c->n_options, c->n_options == 1 ? "" : "s", x->src_lang, tc->n_options, c->n_options);
        }
    }
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        if (tc->n_prompts[k] <= c->n_prompts[k]) continue;
        if (c->n_prompts[k] == 0) {
            for (int i = 0; i < tc->n_prompts[k]; i++) x->cov.extra += given(&tc->prompts[k][i]);
            note(x, DIAG_WARNING, tc->prompt_line[k], tc->prompt_column[k],
                 "'%s/%s/prompts/%s': card '%s' has no '%s' prompts, so these are never shown", s->id, c->id,
                 PROMPT_NAMES[k], c->id, PROMPT_NAMES[k]);
            continue;
        }
        for (int i = c->n_prompts[k]; i < tc->n_prompts[k]; i++) {
            const TrText *t = &tc->prompts[k][i];
            if (!given(t)) continue;
            x->cov.extra++;
            note(x, DIAG_WARNING, t->line, t->column,
                 "'%s/%s/prompts/%s/%d': card '%s' has only %d '%s' prompt%s, so this one is never shown", s->id, c->id,
                 PROMPT_NAMES[k], i + 1, c->id, c->n_prompts[k], PROMPT_NAMES[k], c->n_prompts[k] == 1 ? "" : "s");
        }
    }
}

/* Everything the translation gives that the source has no place for. */
static void check_extras(Check *x) {
    const Translation *tr = x->tr;
    const Deck *src = x->src;
    if (!src->description && given(&tr->description)) {
        x->cov.extra++;
        note(x, DIAG_WARNING, tr->description.line, tr->description.column,
             "'description': the deck '%s' has no description, so this is never shown", src->id);
    }
    const char **ids =
        calloc((size_t)(src->n_scenarios > DECK_MAX_CARDS ? src->n_scenarios : DECK_MAX_CARDS) + 1, sizeof *ids);
    if (!ids) return;
    char hint[80];
    for (int i = 0; i < tr->n_scenarios; i++) {
        const TrScenario *ts = &tr->scenarios[i];
        if (!ts->id || !ts->id[0]) continue;
        const Scenario *s = find_scenario(src, ts->id);
        if (!s) {
            for (int j = 0; j < src->n_scenarios; j++) ids[j] = src->scenarios[j].id;
            suggest(ts->id, ids, src->n_scenarios, hint, sizeof hint);
            int n = given(&ts->title) + given(&ts->content_note);
            for (int j = 0; j < ts->n_cards; j++) n += given_texts_card(&ts->cards[j]);
            x->cov.extra += n;
            note(x, DIAG_WARNING, ts->line, ts->column, "the deck '%s' has no scenario '%s'%s, so %s never shown",
                 src->id, ts->id, hint, n == 1 ? "its text is" : "its texts are");
            continue;
        }
        if (!s->content_note)
            extra_text(x, &ts->content_note,
                       "'%s/content_note': scenario '%s' has no content note in the deck %s, so this is never shown",
                       s->id, s->id, src->id);
        for (int j = 0; j < ts->n_cards; j++) {
            const TrCard *tc = &ts->cards[j];
            if (!tc->id) continue;
            int k = scenario_find_card(s, tc->id);
            if (k < 0) {
                for (int m = 0; m < s->n_cards; m++) ids[m] = s->cards[m].id;
                suggest(tc->id, ids, s->n_cards, hint, sizeof hint);
                int n = given_texts_card(tc);
                x->cov.extra += n;
                note(x, DIAG_WARNING, tc->line, tc->column, "scenario '%s' has no card '%s'%s, so %s never shown",
                     s->id, tc->id, hint, n == 1 ? "its text is" : "its texts are");
                continue;
            }
            check_card_extras(x, s, &s->cards[k], tc);
        }
    }
    free(ids);
}

void translation_check(const Translation *tr, const Deck *src, const char *source_path, DiagList *diags,
                       TrCoverage *cov) {
    Check x;
    memset(&x, 0, sizeof x);
    x.tr = tr;
    x.src = src;
    x.source_path = source_path;
    x.diags = diags;
    const char *name = language_name(src->language);
    bool named = name != src->language;
    snprintf(x.src_words, sizeof x.src_words, "the %s", named ? name : "original");
    snprintf(x.src_lang, sizeof x.src_lang, "%s", named ? name : "its own language");
    if (tr->language && src->language && !strcmp(tr->language, src->language))
        note(&x, DIAG_ERROR, tr->language_line, tr->language_column,
             "this translates the deck '%s' into '%s', the language it is already written in", src->id, tr->language);
    each_slot(src, tr, check_slot, &x);
    check_extras(&x);
    if (cov) *cov = x.cov;
}

/* ---- the translated deck ------------------------------------------------------------- */

static const char *pick(const TrText *t, const char *source) { return source && translated(t) ? t->text : source; }

Deck *translation_apply(const Deck *src, const Translation *tr) {
    Deck *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    arena_init(&d->arena);
    d->file = arena_strdup(&d->arena, tr->file);
    d->id = src->id;
    d->title = pick(&tr->title, src->title);
    d->category = src->category;
    d->language = tr->language ? tr->language : src->language;
    d->description = pick(&tr->description, src->description);
    d->author = src->author;
    d->n_scenarios = src->n_scenarios;
    d->scenarios = arena_alloc(&d->arena, (size_t)(src->n_scenarios ? src->n_scenarios : 1) * sizeof *d->scenarios);
    if (!d->scenarios || !d->file) goto fail;
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *s = &src->scenarios[i];
        const TrScenario *ts = find_tr_scenario(tr, s->id);
        Scenario *o = &d->scenarios[i];
        *o = *s;
        o->cards = arena_alloc(&d->arena, (size_t)(s->n_cards ? s->n_cards : 1) * sizeof *o->cards);
        if (!o->cards) goto fail;
        if (ts) {
            o->title = pick(&ts->title, s->title);
            o->content_note = pick(&ts->content_note, s->content_note);
        }
        for (int j = 0; j < s->n_cards; j++) {
            const Card *c = &s->cards[j];
            Card *oc = &o->cards[j];
            *oc = *c; /* the rules stay the source's: structure never comes from a translation */
            const TrCard *tc = find_tr_card(ts, c->id);
            if (!tc) continue;
            oc->step_label = pick(&tc->step_label, c->step_label);
            oc->text = pick(&tc->text, c->text);
            oc->question = pick(&tc->question, c->question);
            if (tc->n_options == c->n_options)
                for (int k = 0; k < c->n_options; k++) oc->options[k] = pick(&tc->options[k], c->options[k]);
            for (int k = 0; k < PROMPT_KIND_COUNT; k++)
                for (int m = 0; m < c->n_prompts[k] && m < tc->n_prompts[k]; m++)
                    oc->prompts[k][m] = pick(&tc->prompts[k][m], c->prompts[k][m]);
        }
    }
    if (!d->arena.failed) return d;
fail:
    deck_destroy(d);
    return NULL;
}

/* ---- the template ---------------------------------------------------------------------- */

/* "# en: TEXT" above the line it stands for; a text of several lines goes on as "#     ". */
static void en_comment(StrBuf *out, int indent, const char *lang, const char *text) {
    size_t n = strlen(text);
    while (n && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
    char head[16];
    snprintf(head, sizeof head, "# %s: ", lang);
    size_t head_len = strlen(head);
    bool first = true;
    for (size_t i = 0; i <= n;) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        size_t len = e - i;
        if (len && text[i + len - 1] == '\r') len--;
        strbuf_printf(out, "%*s", indent, "");
        if (first)
            strbuf_puts(out, head);
        else
            strbuf_printf(out, "#%*s", (int)head_len - 1, "");
        strbuf_add(out, text + i, len);
        strbuf_puts(out, "\n");
        first = false;
        i = e + 1;
    }
}

static void template_text(StrBuf *out, int indent, const char *lang, const char *key, const char *text) {
    en_comment(out, indent, lang, text);
    strbuf_printf(out, "%*s%s\"\"\n", indent, "", key);
}

static void template_card(StrBuf *out, const char *lang, const Card *c) {
    strbuf_printf(out, "      - id: %s\n", c->id);
    /* What the card asks, so the translation reads right on screen. */
    strbuf_puts(out, "        # (");
    if (c->step) strbuf_printf(out, "ladder step %d; ", c->step);
    if (c->ask == ASK_CHOICE)
        strbuf_puts(out, "a choice card: keep the answers in this order");
    else if (c->from == FROM_BOTH)
        strbuf_puts(out,
                    "rated both ways, \"if I did it\" and \"if my partner did it\": keep it true for either of you");
    else if (c->from == FROM_YOU)
        strbuf_puts(out, "rated on the scale, about you doing it");
    else
        strbuf_puts(out, "rated on the scale, about your partner doing it");
    strbuf_puts(out, ")\n");
    if (c->step_label) template_text(out, 8, lang, "step_label: ", c->step_label);
    template_text(out, 8, lang, "text: ", c->text);
    if (c->question) template_text(out, 8, lang, "question: ", c->question);
    if (c->n_options) {
        strbuf_puts(out, "        options:\n");
        for (int i = 0; i < c->n_options; i++) template_text(out, 10, lang, "- ", c->options[i]);
    }
    bool any = false;
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) any |= c->n_prompts[k] > 0;
    if (!any) return;
    strbuf_puts(out, "        prompts:\n");
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        if (!c->n_prompts[k]) continue;
        strbuf_printf(out, "          %s:\n", PROMPT_NAMES[k]);
        for (int i = 0; i < c->n_prompts[k]; i++) template_text(out, 12, lang, "- ", c->prompts[k][i]);
    }
}

static const char SOURCES_HEAD[] =
    "# ---- Kept by grayarea, not by hand ------------------------------------------------\n"
    "# One line per text: the hash of the text it was translated from, then its key.\n"
    "# 'grayarea --check' compares them with the deck to find texts to look at again;\n"
    "# 'grayarea --translation-refresh' updates them. Everything from 'sources:' to the\n"
    "# end of the file is rewritten by it.\n";

typedef struct SourceLines {
    StrBuf *out;
    int n;
} SourceLines;

static void source_line(const Slot *sl, void *ctx) {
    SourceLines *x = ctx;
    char h[TR_HASH_CHARS + 1];
    translation_hash(sl->source, h);
    strbuf_printf(x->out, "  - %s %s\n", h, sl->key);
    x->n++;
}

int translation_template(const Deck *src, const char *lang, const char *source_path, StrBuf *out) {
    const char *en = src->language;
    strbuf_printf(out,
                  "# Gray Area translation deck: %s (%s) for the deck '%s' (%s).\n"
                  "# Translate every \"\" below; the text it stands for is in the '# %s:' line above it.\n"
                  "# A text left \"\" shows in %s. Only text goes here: ids, steps, rules and the\n"
                  "# order of answers come from the deck itself. Guide: docs/writing-decks.md,\n"
                  "# \"Translating a deck\". Check your work with: grayarea --check THIS-FILE\n"
                  "format: 1\n"
                  "translates: %s\n"
                  "language: %s\n"
                  "translator: \"\"\n\n",
                  language_name(lang), lang, src->id, source_path ? source_path : src->file, en,
                  language_name(en) != en ? language_name(en) : "the deck's own language", src->id, lang);
    template_text(out, 0, en, "title: ", src->title);
    if (src->description) template_text(out, 0, en, "description: ", src->description);
    strbuf_puts(out, "\nscenarios:\n");
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *s = &src->scenarios[i];
        strbuf_printf(out, "%s  - id: %s\n", i ? "\n" : "", s->id);
        template_text(out, 4, en, "title: ", s->title);
        if (s->content_note) template_text(out, 4, en, "content_note: ", s->content_note);
        strbuf_puts(out, "    cards:\n");
        for (int j = 0; j < s->n_cards; j++) template_card(out, en, &s->cards[j]);
    }
    strbuf_printf(out, "\n%ssources:\n", SOURCES_HEAD);
    SourceLines x = {out, 0};
    each_slot(src, NULL, source_line, &x);
    return x.n;
}

/* ---- the refresh ----------------------------------------------------------------------- */

typedef struct SlotList {
    Slot *items;
    int n, cap;
    bool failed;
} SlotList;

static void collect(const Slot *sl, void *ctx) {
    SlotList *l = ctx;
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 256;
        Slot *p = realloc(l->items, (size_t)cap * sizeof *p);
        if (!p) {
            l->failed = true;
            return;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->n++] = *sl;
}

/* The byte offset of the start of each line (1-based: starts[1] is line 1), and one past
 * the end at starts[n + 1]. */
typedef struct Lines {
    size_t *starts;
    int n;
    bool crlf;
} Lines;

static bool split_lines(const char *b, size_t len, Lines *ls) {
    int n = 1;
    for (size_t i = 0; i < len; i++) n += b[i] == '\n';
    ls->starts = malloc((size_t)(n + 2) * sizeof *ls->starts);
    if (!ls->starts) return false;
    ls->n = 0;
    ls->starts[++ls->n] = 0;
    for (size_t i = 0; i < len; i++)
        if (b[i] == '\n' && i + 1 < len) ls->starts[++ls->n] = i + 1;
    ls->starts[ls->n + 1] = len;
    ls->crlf = memchr(b, '\r', len) != NULL;
    return true;
}

/* The text of line l without its line end, as a pointer and length. */
static const char *line_at(const char *b, const Lines *ls, int l, size_t *len) {
    size_t s = ls->starts[l], e = ls->starts[l + 1];
    while (e > s && (b[e - 1] == '\n' || b[e - 1] == '\r')) e--;
    *len = e - s;
    return b + s;
}

static size_t indent_of(const char *p, size_t len) {
    size_t i = 0;
    while (i < len && p[i] == ' ') i++;
    return i;
}

static bool starts_with(const char *p, size_t len, const char *word) {
    size_t n = strlen(word);
    return len >= n && !memcmp(p, word, n);
}

/* The '# en:' comment (first, last line) that stands above the line of t, when t's line
 * starts with its key (or list dash) and such a comment is right above it. */
static bool find_comment(const char *b, const Lines *ls, const Slot *sl, const char *lang, int *first, int *last) {
    const TrText *t = sl->tr;
    int k = t->key_line;
    if (k < 2 || k > ls->n) return false;
    size_t len;
    const char *p = line_at(b, ls, k, &len);
    size_t in = indent_of(p, len);
    char want[64];
    snprintf(want, sizeof want, "%s:", sl->name ? sl->name : "-");
    bool dash = sl->field != F_FIELD && starts_with(p + in, len - in, "- ");
    if (!dash && !(sl->name && starts_with(p + in, len - in, want))) return false;
    char head[16], cont[16];
    snprintf(head, sizeof head, "# %s:", lang);
    snprintf(cont, sizeof cont, "#%*s", (int)strlen(head), "");
    for (int l = k - 1; l >= 1; l--) {
        p = line_at(b, ls, l, &len);
        in = indent_of(p, len);
        if (starts_with(p + in, len - in, head)) {
            *first = l;
            *last = k - 1;
            return true;
        }
        if (!starts_with(p + in, len - in, cont)) return false;
    }
    return false;
}

typedef struct Replace {
    int first, last; /* lines */
    const Slot *slot;
} Replace;

static int cmp_replace(const void *a, const void *b) {
    return ((const Replace *)a)->first - ((const Replace *)b)->first;
}

/* Whether key names slot: the text itself, or a scenario or card that holds it. */
static bool key_holds(const char *key, const char *slot_key) {
    size_t n = strlen(key);
    return !strncmp(slot_key, key, n) && slot_key[n] == '/';
}

bool translation_refresh(const Deck *src, const Translation *tr, const char *bytes, size_t len, const char *const *keys,
                         int n_keys, StrBuf *out, StrBuf *report, char *err, size_t err_size) {
    err[0] = '\0';
    if (tr->sources_line && !tr->sources_last) {
        snprintf(err, err_size,
                 "%s: the 'sources' block should be the last thing in the file (it is rewritten from 'sources:' to "
                 "the end); move it back to the end first",
                 tr->file);
        return false;
    }
    for (size_t i = 0; i < len; i++)
        if (bytes[i] == '\r' && (i + 1 == len || bytes[i + 1] != '\n')) {
            snprintf(err, err_size, "%s: the file uses old Mac line ends; save it with ordinary ones first", tr->file);
            return false;
        }
    SlotList sl = {0};
    each_slot(src, tr, collect, &sl);
    bool *mark = calloc((size_t)(sl.n ? sl.n : 1), sizeof *mark);
    Replace *rep = calloc((size_t)(sl.n ? sl.n : 1), sizeof *rep);
    Lines ls = {0};
    bool ok = !sl.failed && mark && rep && split_lines(bytes, len, &ls);
    if (!ok) snprintf(err, err_size, "out of memory");
    StrBuf said;
    strbuf_init(&said);
    for (int k = 0; ok && k < n_keys; k++) {
        int exact = -1, under = 0, done = 0, fresh = 0, untranslated = 0;
        for (int i = 0; i < sl.n; i++)
            if (!strcmp(sl.items[i].key, keys[k])) exact = i;
        for (int i = 0; i < sl.n; i++) {
            const Slot *s = &sl.items[i];
            if (exact >= 0 ? i != exact : !key_holds(keys[k], s->key)) continue;
            under++;
            if (!translated(s->tr)) {
                untranslated++;
                continue;
            }
            char now[TR_HASH_CHARS + 1];
            translation_hash(s->source, now);
            const TrSource *rec = translation_source(tr, s->key);
            if (rec && !strcmp(rec->hash, now))
                fresh++;
            else
                done++;
            mark[i] = true;
        }
        if (!under) {
            snprintf(err, err_size,
                     "'%s' names no text of the deck '%s'; keys look like 'late/s1/text' or a scenario or card id "
                     "('late', 'late/s1'), as the checker prints them",
                     keys[k], src->id);
            ok = false;
            break;
        }
        strbuf_printf(&said, "%s: %d refreshed", keys[k], done);
        if (fresh) strbuf_printf(&said, ", %d already up to date", fresh);
        if (untranslated) strbuf_printf(&said, ", %d not translated yet (nothing to refresh)", untranslated);
        strbuf_puts(&said, "\n");
    }
    if (ok) {
        /* The comments above the refreshed texts, then everything up to the block. */
        int n_rep = 0;
        for (int i = 0; i < sl.n; i++) {
            int first, last;
            if (mark[i] && find_comment(bytes, &ls, &sl.items[i], src->language, &first, &last))
                rep[n_rep++] = (Replace){first, last, &sl.items[i]};
        }
        qsort(rep, (size_t)n_rep, sizeof *rep, cmp_replace);
        int end_line = tr->sources_line ? tr->sources_line : ls.n + 1;
        size_t end = tr->sources_line ? ls.starts[tr->sources_line] : len;
        size_t at = 0;
        for (int r = 0; r < n_rep && rep[r].last < end_line; r++) {
            strbuf_add(out, bytes + at, ls.starts[rep[r].first] - at);
            size_t l;
            const char *p = line_at(bytes, &ls, rep[r].first, &l);
            StrBuf c;
            strbuf_init(&c);
            en_comment(&c, (int)indent_of(p, l), src->language, rep[r].slot->source);
            for (size_t i = 0; c.data && i < c.len; i++) {
                if (c.data[i] == '\n' && ls.crlf) strbuf_puts(out, "\r");
                strbuf_add(out, c.data + i, 1);
            }
            strbuf_free(&c);
            at = ls.starts[rep[r].last + 1];
        }
        strbuf_add(out, bytes + at, end - at);
        const char *nl = ls.crlf ? "\r\n" : "\n";
        if (!tr->sources_line) {
            if (end && bytes[end - 1] != '\n') strbuf_puts(out, nl);
            strbuf_puts(out, nl);
            for (const char *p = SOURCES_HEAD; *p; p++) {
                if (*p == '\n')
                    strbuf_puts(out, nl);
                else
                    strbuf_add(out, p, 1);
            }
        }
        strbuf_printf(out, "sources:%s", nl);
        for (int i = 0; i < sl.n; i++) {
            const Slot *s = &sl.items[i];
            char h[TR_HASH_CHARS + 1];
            const TrSource *rec = translation_source(tr, s->key);
            if (mark[i])
                translation_hash(s->source, h);
            else if (rec)
                memcpy(h, rec->hash, sizeof h);
            else
                continue;
            strbuf_printf(out, "  - %s %s%s", h, s->key, nl);
        }
        if (out->failed) {
            snprintf(err, err_size, "out of memory");
            ok = false;
        } else if (said.data) {
            strbuf_puts(report, said.data);
        }
    }
    if (!ok) {
        strbuf_free(out);
        strbuf_init(out);
    }
    strbuf_free(&said);
    free(ls.starts);
    free(rep);
    free(mark);
    free(sl.items);
    return ok;
}
