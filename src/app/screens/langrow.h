/* The setup's "Languages" row: each player's language, chosen from those the decks have
 * translations into, and remembered in the settings with their names. */
#ifndef GA_SCREENS_LANGROW_H
#define GA_SCREENS_LANGROW_H

#include <SDL.h>
#include <stdbool.h>

typedef struct App App;

/* Whether there is a choice to make (a translation is installed). */
bool langrow_shown(const App *app);
/* The two players' halves of the row. */
void langrow_rects(const App *app, SDL_FRect row, SDL_FRect out[2]);
/* The next (dir > 0) or previous language for player. */
void langrow_cycle(App *app, int player, int dir);
/* Each half: the player's marker and their language in its own name; focus is the half
 * with the focus, or -1. */
void langrow_draw(App *app, const SDL_FRect r[2], int focus);

#endif
