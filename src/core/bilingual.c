/* Both players' languages: which texts show, the session read in each, and the reveal and
 * summary carrying both. */
#include "bilingual.h"

#include "core/i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *lang_text(const char *lang, const char *msgid) {
    if (!msgid) return "";
    return tr_in(lang && *lang ? lang : "en", msgid);
}

/* The core builds its words (verdicts, headings) in the UI language: for a player's own
 * view, the UI language becomes theirs for the call and is put back after. */
typedef struct LangSwitch {
    char saved[16];
} LangSwitch;

static void lang_switch(LangSwitch *sw, const char *lang) {
    snprintf(sw->saved, sizeof sw->saved, "%s", i18n_language());
    i18n_set_language(lang && *lang ? lang : "en");
}

static void lang_restore(const LangSwitch *sw) { i18n_set_language(sw->saved); }

const char *language_autonym(const char *code) {
    static const struct {
        const char *code, *name;
    } OWN[] = {{"en", "English"},
               {"es", "Espa\xC3\xB1ol"},
               {"hi", "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D"
                      "\xE0\xA4\xA6\xE0\xA5\x80"}};
    if (!code || !code[0]) return "English";
    for (size_t i = 0; i < sizeof OWN / sizeof OWN[0]; i++)
        if (!strcmp(OWN[i].code, code)) return OWN[i].name;
    return language_name(code);
}

static const char *norm(const char *lang) { return lang && lang[0] ? lang : "en"; }

bool lang_same(const char *a, const char *b) { return !strcmp(norm(a), norm(b)); }

bool bilingual_on(const Session *s) { return s && !lang_same(s->setup.langs[0], s->setup.langs[1]); }

void bilingual_deck(const Library *lib, int deck, const char *lang0, const char *lang1, DeckLangs *out) {
    memset(out, 0, sizeof *out);
    const char *langs[2] = {lang0, lang1};
    for (int p = 0; p < 2; p++) {
        out->deck[p] = library_deck_in(lib, deck, langs[p]);
        /* A player whose language is not the deck's and has no translation reads it as written. */
        const Deck *d = out->deck[p];
        out->fallback[p] = d && d->language && !lang_same(d->language, langs[p]) &&
                           !library_find_translation(lib, d->id, norm(langs[p]));
    }
    out->n = out->deck[0] == out->deck[1] ? 1 : 2;
}

const Session *session_in(const Session *s, int player, SessionIn *in) {
    const Library *lib = s->lib;
    if (in->cap < lib->n_decks) {
        Deck **d = realloc(in->decks, (size_t)lib->n_decks * sizeof *d);
        if (!d) return s;
        in->decks = d;
        in->cap = lib->n_decks;
    }
    for (int i = 0; i < lib->n_decks; i++) in->decks[i] = (Deck *)library_deck_in(lib, i, s->setup.langs[player]);
    in->lib = *lib;
    in->lib.decks = in->decks;
    in->s = *s;
    in->s.lib = &in->lib;
    return &in->s;
}

void session_in_free(SessionIn *in) {
    free(in->decks);
    memset(in, 0, sizeof *in);
}

const char *bilingual_second(const char *first, const char *second) {
    if (!second || !second[0]) return NULL;
    return first && !strcmp(first, second) ? NULL : second;
}

void bireveal_view(const Session *s, const CardRecord *r, BiReveal *out) {
    memset(out, 0, sizeof *out);
    out->two = bilingual_on(s);
    SessionIn in = {0};
    for (int p = 0; p < 2; p++) {
        LangSwitch sw;
        if (out->two) lang_switch(&sw, s->setup.langs[p]); /* one language: the UI's, as it is */
        reveal_view(session_in(s, p, &in), r, &out->view[p]);
        if (out->two) lang_restore(&sw);
    }
    session_in_free(&in);
}

void bireveal_free(BiReveal *b) {
    reveal_view_free(&b->view[0]);
    reveal_view_free(&b->view[1]);
}

/* ---- the summary in two languages ----------------------------------------------------------- */

/* a becomes "a / b" when b says something else. */
static void join(Arena *arena, const char **a, const char *b) {
    const char *second = bilingual_second(*a, b);
    if (!second || !*a) return;
    size_t na = strlen(*a), nb = strlen(second);
    char *t = arena_alloc(arena, na + nb + 4);
    if (!t) return;
    memcpy(t, *a, na);
    memcpy(t + na, " / ", 3);
    memcpy(t + na + 3, second, nb + 1);
    *a = t;
}

static void merge_rows(Arena *arena, SumItem *it, const SumItem *jt) {
    if (it->n_rows != jt->n_rows) return;
    for (int r = 0; r < it->n_rows; r++) {
        SumRow *row = &it->rows[r];
        const SumRow *other = &jt->rows[r];
        if (row->text) join(arena, &row->text, other->text); /* emphasis stays on the first */
        if (row->label) join(arena, &row->label, other->label);
        for (int p = 0; p < 2; p++)
            if (row->answer[p]) join(arena, &row->answer[p], other->answer[p]);
        if (row->verdict) join(arena, &row->verdict, other->verdict);
    }
}

/* Adds b's words to a's wherever they differ; a and b were built from the same session,
 * so they have the same sections, items and rows. */
static void merge(SummaryDoc *a, const SummaryDoc *b) {
    Arena *ar = &a->arena;
    /* The title is the two names with the game's name: said once (the names are the same in
     * both languages), so the page does not open with it twice. */
    join(ar, &a->lead, b->lead);
    if (a->notice) join(ar, &a->notice, b->notice);
    join(ar, &a->footer, b->footer);
    if (a->n_sections != b->n_sections) return;
    for (int i = 0; i < a->n_sections; i++) {
        SumSection *sec = &a->sections[i];
        const SumSection *other = &b->sections[i];
        join(ar, &sec->heading, other->heading);
        if (sec->intro) join(ar, &sec->intro, other->intro);
        if (sec->empty) join(ar, &sec->empty, other->empty);
        if (sec->n_items != other->n_items) continue;
        for (int k = 0; k < sec->n_items; k++) {
            SumItem *it = &sec->items[k];
            join(ar, &it->title, other->items[k].title);
            if (it->text) join(ar, &it->text, other->items[k].text);
            merge_rows(ar, it, &other->items[k]);
        }
    }
}

SummaryDoc *summary_doc_create_langs(const Session *s, const SummaryOptions *opt, const char *date) {
    SessionIn in = {0};
    bool two = bilingual_on(s);
    LangSwitch sw;
    if (two) lang_switch(&sw, s->setup.langs[0]);
    SummaryDoc *a = summary_doc_create(session_in(s, 0, &in), opt, date);
    if (two) lang_restore(&sw);
    SummaryDoc *b = NULL;
    if (a && two) {
        lang_switch(&sw, s->setup.langs[1]);
        b = summary_doc_create(session_in(s, 1, &in), opt, date);
        lang_restore(&sw);
    }
    session_in_free(&in);
    if (b) merge(a, b);
    summary_doc_destroy(b);
    return a;
}
