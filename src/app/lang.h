/* The language the game speaks: the catalogues of its own words (read through the VFS from
 * /locale and from every pack's locale/ folder, so a pack can add or correct a language),
 * the choice (settings.ini, --lang, the system's languages on first start) and what
 * follows it: the UI's words (core/i18n.h), the decks' translations and Read aloud's voice.
 * One choice sets all three: --lang hi plays in Hindi, menus and cards alike. */
#ifndef GA_LANG_H
#define GA_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct App;

enum { LANG_CODE_MAX = 16, LANG_MO_MAX = 4 << 20, LANG_OFFERED_MAX = 32 };

/* Reads every catalogue: /locale/<code>/LC_MESSAGES/grayarea.mo, then each pack's
 * locale/<code>/LC_MESSAGES/grayarea.mo (searched before the shipped one). A catalogue that
 * cannot be used is skipped; notice says so (the first one, and how many more), or is "". */
void lang_load_catalogues(char *notice, size_t notice_size);

/* The languages players can choose, English first, then every one with a catalogue, in
 * code order; the pseudo-locale 'qps' is never among them. Returns the count. */
int lang_offered(const char **codes, int max);
/* A language's name in itself ("Español", "हिन्दी"); the code when we have none. */
const char *lang_autonym(const char *code);
/* The first of the system's preferred languages (SDL_GetPreferredLocales) that we offer,
 * into out; "en" when none is. */
void lang_from_system(char *out, size_t size);

/* Plays in code from now on: the UI's words, the decks' translations, Read aloud's
 * language. "en" (or "") is English. Does not save the choice (settings.ini does). */
void lang_apply(struct App *app, const char *code);

/* Whether a language is written in Devanagari (Hindi, Marathi, Nepali): its lines are taller. */
bool lang_devanagari(const char *code);

#endif
