/* The registry of loaded catalogues and the current UI language (see i18n.h). */
#include "core/i18n.h"

#include <string.h>

static char current[16] = "en";

const char *i18n_lookup(const char *lang, const char *ctx, const char *msgid, const char *plural, unsigned long n) {
    (void)lang;
    (void)ctx;
    if (plural && n != 1) return plural;
    return msgid;
}

const char *i18n_language(void) { return current; }

bool i18n_code_valid(const char *lang) {
    if (!lang) return false;
    size_t i = 0;
    while (lang[i] >= 'a' && lang[i] <= 'z') i++;
    if (i < 2 || i > 3) return false;
    if (!lang[i]) return true;
    if (lang[i] != '_') return false;
    size_t j = i + 1, k = j;
    while ((lang[k] >= 'A' && lang[k] <= 'Z') || (lang[k] >= '0' && lang[k] <= '9')) k++;
    return !lang[k] && k - j >= 2 && k - j <= 3;
}

bool i18n_set_language(const char *lang) {
    if (!i18n_code_valid(lang)) return false;
    strcpy(current, lang);
    return true;
}
