/* The registry of loaded catalogues and the current UI language (see i18n.h). */
#include "i18n.h"

#include "catalogue.h"
#include "deck.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_LANGS = 24, MAX_PER_LANG = 8, CODE_MAX = 16 };

typedef struct Lang {
    char code[CODE_MAX];
    Catalogue *cats[MAX_PER_LANG]; /* newest last; searched newest first */
    int n;
} Lang;

static Lang langs[MAX_LANGS];
static int n_langs;
static char current[CODE_MAX] = "en";

bool i18n_code_valid(const char *lang) { return lang && strlen(lang) < CODE_MAX && language_code_valid(lang); }

static Lang *find_lang(const char *code) {
    for (int i = 0; i < n_langs; i++)
        if (!strcmp(langs[i].code, code)) return &langs[i];
    return NULL;
}

bool i18n_add(const char *lang, Catalogue *cat) {
    if (!cat || !i18n_code_valid(lang)) return false;
    Lang *l = find_lang(lang);
    if (!l) {
        if (n_langs == MAX_LANGS) return false;
        l = &langs[n_langs++];
        memset(l, 0, sizeof *l);
        strcpy(l->code, lang);
    }
    if (l->n == MAX_PER_LANG) return false;
    l->cats[l->n++] = cat;
    return true;
}

void i18n_reset(void) {
    for (int i = 0; i < n_langs; i++)
        for (int k = 0; k < langs[i].n; k++) catalogue_free(langs[i].cats[k]);
    n_langs = 0;
    strcpy(current, "en");
}

int i18n_languages(const char **out, int max) {
    int n = 0;
    for (int i = 0; i < n_langs && n < max; i++) out[n++] = langs[i].code;
    return n;
}

bool i18n_has(const char *lang) { return lang && find_lang(lang) != NULL; }

const char *i18n_language(void) { return current; }

bool i18n_set_language(const char *lang) {
    if (!i18n_code_valid(lang)) return false;
    strcpy(current, lang);
    return true;
}

/* The translation in one language's catalogues, newest first; NULL when none has it. */
static const char *find_in(const Lang *l, const char *ctx, const char *msgid, const char *plural, unsigned long n) {
    for (int k = l->n - 1; k >= 0; k--) {
        const char *t = catalogue_find(l->cats[k], ctx, msgid, plural, n);
        if (t) return t;
    }
    return NULL;
}

const char *i18n_lookup(const char *lang, const char *ctx, const char *msgid, const char *plural, unsigned long n) {
    const char *english = plural && n != 1 ? plural : msgid;
    if (!msgid || !*msgid) return english ? english : "";
    if (!lang) lang = current;
    const Lang *l = find_lang(lang);
    const char *t = l ? find_in(l, ctx, msgid, plural, n) : NULL;
    if (!t && strchr(lang, '-')) { /* "pt-BR" falls back to "pt", then English */
        char base[CODE_MAX];
        size_t bl = (size_t)(strchr(lang, '-') - lang);
        if (bl < sizeof base) {
            memcpy(base, lang, bl);
            base[bl] = '\0';
            l = find_lang(base);
            t = l ? find_in(l, ctx, msgid, plural, n) : NULL;
        }
    }
    return t ? t : english;
}
