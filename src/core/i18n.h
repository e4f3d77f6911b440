/* The words players read, in their language: gettext-style lookups over catalogues the
 * app hands in (the core never opens a file). English is the source text and the fallback
 * for anything a catalogue lacks. The macros are the keywords po/update-pot gives xgettext:
 *   _("text")            the text in the current UI language
 *   N_("text")           marks text for extraction only (tables); look it up later with _()
 *   P_("one", "many", n) the plural form for n in the current language
 *   C_("context", "text") one English word with two meanings, told apart by context
 *   NC_("context", "text") marks text that C_ looks up later (the key hints' words)
 *   tr_in(lang, "text")  the text in a given language (a second player's, for example)
 * Strings used as printf formats keep their placeholders' order; the catalogue refuses a
 * translation whose placeholders differ from the English (it falls back to English). */
#ifndef GA_I18N_H
#define GA_I18N_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Catalogue Catalogue;

/* The text for msgid (with an optional context ctx, NULL for none) in language lang, or
 * msgid itself when lang is NULL, "en" or has no translation for it. n chooses a plural
 * form when plural is not NULL. Never NULL; the result lives as long as the catalogue. */
const char *i18n_lookup(const char *lang, const char *ctx, const char *msgid, const char *plural, unsigned long n);

/* The current UI language ("en" until i18n_set_language). */
const char *i18n_language(void);
/* Chooses the UI language; a code with no catalogue shows English. Codes are the decks'
 * ("es", "hi", "pt-BR": language_code_valid, under 16 bytes); anything else is refused
 * (returns false, nothing changes). A regional code falls back to its language. */
bool i18n_set_language(const char *lang);
/* Whether a code is one we accept (see i18n_set_language). */
bool i18n_code_valid(const char *lang);

/* Hands a catalogue for lang to the registry, which then owns it (a later one for the same
 * language is searched first, so a pack can correct a shipped string). false (and the
 * caller keeps it) when the code is not valid or the registry is full. */
bool i18n_add(const char *lang, Catalogue *cat);
/* Whether lang has at least one catalogue. */
bool i18n_has(const char *lang);
/* Frees every catalogue and goes back to English. */
void i18n_reset(void);
/* The languages that have a catalogue, in the order added (at most max codes). */
int i18n_languages(const char **out, int max);

static inline const char *i18n_tr(const char *msgid) { return i18n_lookup(NULL, NULL, msgid, NULL, 1); }
static inline const char *i18n_tr_n(const char *one, const char *many, unsigned long n) {
    return i18n_lookup(NULL, NULL, one, many, n);
}
static inline const char *i18n_tr_ctx(const char *ctx, const char *msgid) {
    return i18n_lookup(NULL, ctx, msgid, NULL, 1);
}
static inline const char *tr_in(const char *lang, const char *msgid) { return i18n_lookup(lang, NULL, msgid, NULL, 1); }
static inline const char *tr_n_in(const char *lang, const char *one, const char *many, unsigned long n) {
    return i18n_lookup(lang, NULL, one, many, n);
}

#define _(s) i18n_tr(s)
#define N_(s) s
#define P_(one, many, n) i18n_tr_n(one, many, (unsigned long)(n))
#define C_(ctx, s) i18n_tr_ctx(ctx, s)
#define NC_(ctx, s) s /* marks text for C_(ctx, ...) later: the key hints' words ("hint") */

#endif
