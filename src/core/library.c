/* The loaded decks and their translations, owned together. */
#include "library.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void library_init(Library *lib) { memset(lib, 0, sizeof *lib); }

void library_free(Library *lib) {
    /* Views point into their decks and translations: they go first. */
    for (int i = 0; i < lib->n_trs; i++) {
        deck_destroy(lib->trs[i].view);
        translation_destroy(lib->trs[i].tr);
    }
    for (int i = 0; i < lib->n_decks; i++) deck_destroy(lib->written[i]);
    free(lib->trs);
    free(lib->decks);
    free(lib->written);
    library_init(lib);
}

bool library_add(Library *lib, Deck *deck) {
    if (library_find_deck(lib, deck->id) >= 0) return false;
    if (lib->n_decks == lib->cap) {
        int cap = lib->cap ? lib->cap * 2 : 16;
        Deck **p = realloc(lib->decks, (size_t)cap * sizeof *p);
        if (!p) return false;
        lib->decks = p;
        p = realloc(lib->written, (size_t)cap * sizeof *p);
        if (!p) return false;
        lib->written = p;
        lib->cap = cap;
    }
    lib->written[lib->n_decks] = deck;
    lib->decks[lib->n_decks++] = deck;
    return true;
}

int library_find_deck(const Library *lib, const char *id) {
    for (int i = 0; i < lib->n_decks; i++)
        if (!strcmp(lib->decks[i]->id, id)) return i;
    return -1;
}

int library_scenario_count(const Library *lib, Category cat) {
    int n = 0;
    for (int i = 0; i < lib->n_decks; i++)
        if (lib->decks[i]->category == cat) n += lib->decks[i]->n_scenarios;
    return n;
}

static LibTranslation *find_tr(const Library *lib, const char *deck_id, const char *lang) {
    for (int i = 0; i < lib->n_trs; i++) {
        const Translation *t = lib->trs[i].tr;
        if (!strcmp(t->translates, deck_id) && !strcmp(t->language, lang)) return &lib->trs[i];
    }
    return NULL;
}

bool library_add_translation(Library *lib, Translation *tr) {
    if (!tr->translates || !tr->language || find_tr(lib, tr->translates, tr->language)) return false;
    if (lib->n_trs == lib->cap_trs) {
        int cap = lib->cap_trs ? lib->cap_trs * 2 : 16;
        LibTranslation *p = realloc(lib->trs, (size_t)cap * sizeof *p);
        if (!p) return false;
        lib->trs = p;
        lib->cap_trs = cap;
    }
    lib->trs[lib->n_trs++] = (LibTranslation){.tr = tr, .deck = -1};
    return true;
}

void library_link_translations(Library *lib, DiagList *diags) {
    int kept = 0;
    for (int i = 0; i < lib->n_trs; i++) {
        LibTranslation *t = &lib->trs[i];
        int d = library_find_deck(lib, t->tr->translates);
        if (d < 0) {
            diag_add(diags, DIAG_WARNING, t->tr->file, t->tr->line, t->tr->column,
                     "there is no deck '%s' to translate, so this translation is not used", t->tr->translates);
        } else if (!t->view) {
            size_t errors = diags->errors;
            translation_check(t->tr, lib->written[d], NULL, diags, &t->cov);
            if (diags->errors == errors) {
                t->deck = d;
                t->view = translation_apply(lib->written[d], t->tr);
                if (!t->view) diag_add(diags, DIAG_ERROR, t->tr->file, 0, 0, "out of memory");
            }
        }
        if (t->view) {
            lib->trs[kept++] = *t;
        } else {
            translation_destroy(t->tr);
        }
    }
    lib->n_trs = kept;
    if (lib->language[0]) library_set_language(lib, lib->language);
}

const LibTranslation *library_find_translation(const Library *lib, const char *deck_id, const char *lang) {
    const LibTranslation *t = lang ? find_tr(lib, deck_id, lang) : NULL;
    return t && t->view ? t : NULL;
}

const Deck *library_deck_in(const Library *lib, int deck, const char *lang) {
    if (deck < 0 || deck >= lib->n_decks) return NULL;
    const Deck *d = lib->written[deck];
    const LibTranslation *t = lang && lang[0] ? library_find_translation(lib, d->id, lang) : NULL;
    return t ? t->view : d;
}

void library_set_language(Library *lib, const char *lang) {
    snprintf(lib->language, sizeof lib->language, "%s", lang ? lang : "");
    for (int i = 0; i < lib->n_decks; i++) lib->decks[i] = (Deck *)library_deck_in(lib, i, lib->language);
}
