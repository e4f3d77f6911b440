/* Small look-and-feel pieces the game screens share: player colours and shapes, the header. */
#ifndef GA_LOOK_H
#define GA_LOOK_H

#include "app/screen.h"

SDL_Color look_player_color(const App *app, int player);
Shape look_player_shape(const App *app, int player);
/* A player's marker with their name beside it; returns the width used. */
float look_player_tag(App *app, int player, float x, float y, float h, float alpha);
/* The header strip of a game screen: left text (bold, wrapped before left_max when > 0)
 * and right text (dim). Returns its bottom. */
float look_header(App *app, const char *left, const char *right, float left_max);
/* A label for a rate step in the scale colours, e.g. for legends. */
SDL_Color look_step_color(const App *app, int step);

#endif
