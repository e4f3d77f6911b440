/* Two languages on one screen, for the in-session screens: the session as each player
 * reads it, the game's own words in a player's language, and a block of text shown in
 * both (the second a size smaller, each under its reader's marker). With one language
 * every call shows one text, as before. */
#ifndef GA_SCREENS_DUO_H
#define GA_SCREENS_DUO_H

#include "app/ui/text.h"
#include "core/bilingual.h"

#include <SDL.h>

typedef struct App App;

/* The game's own words (the scale, hints, panels) in player's language: today the English
 * msgid (bilingual.h, lang_text); the one call to wire to the UI catalogues for a player. */
const char *ui_text_for(const App *app, int player, const char *msgid);
/* Whether the two players read different languages in this session. */
bool duo_on(const App *app);
/* The session as player reads it (its cards in their language); the session itself when
 * one language. Valid until the next call for that player or the next action. */
const Session *duo_session(App *app, int player);

/* The smaller role the second text takes. */
TextRole duo_second_role(TextRole role);
/* The height of first and, when second is not NULL, second under it. */
float duo_measure(App *app, TextRole role, const char *first, const char *second, int wrap);
/* Draws them centred on cx from y: first in role and colour, second a size smaller and
 * dimmer; with two, each gets its reader's marker at its left. Returns the height. */
float duo_draw(App *app, TextRole role, const char *first, const char *second, float cx, float y, int wrap,
               SDL_Color color);

/* The same without the markers (where a marker already means something else, as beside
 * the answers' keys), at the same size as duo_measure gives. */
float duo_draw_bare(App *app, TextRole role, const char *first, const char *second, float cx, float y, int wrap,
                    SDL_Color color);
/* The two on one line ("first · second", the second a size smaller and dimmer), for rows
 * that are short of height: the line's height, or 0 when they do not fit in wrap. */
float duo_inline_measure(App *app, TextRole role, const char *first, const char *second, int wrap);
void duo_inline_draw(App *app, TextRole role, const char *first, const char *second, float cx, float y,
                     SDL_Color color);

#endif
