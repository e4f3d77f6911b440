/* Translation decks against their source: the checks and the translated deck. The checks
 * walk the source's texts in the one order of trslots.c, as the template and the refresh
 * do (trtools.c), so they always agree on what a text is. */
#include "translate.h"

#include "i18n.h"

#include "trslots.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { QUOTE_CHARS = 70 };

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

static const Scenario *find_scenario(const Deck *d, const char *id) {
    for (int i = 0; i < d->n_scenarios; i++)
        if (!strcmp(d->scenarios[i].id, id)) return &d->scenarios[i];
    return NULL;
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
