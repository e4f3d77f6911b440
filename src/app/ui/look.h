/* Small look-and-feel pieces the screens share: player colours and shapes, the header,
 * dialogs, animation timing, and which button of a list the pointer is on. */
#ifndef GA_LOOK_H
#define GA_LOOK_H

#include "app/platform/input.h"
#include "app/ui/draw.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct App App;

SDL_Color look_player_color(const App *app, int player);
Shape look_player_shape(const App *app, int player);
/* A player's marker with their name beside it, the name cut with an ellipsis to keep
 * within max_w pixels (0: no limit). Returns the width used. */
float look_player_tag(App *app, int player, float x, float y, float h, float max_w, float alpha);
/* The header strip of a game screen: left text (bold, wrapped before left_max when > 0)
 * and right text (dim). Returns its bottom. */
float look_header(App *app, const char *left, const char *right, float left_max);
/* Text that must stay on one line in max_w pixels (a row's name): in role when it fits,
 * else in the small size, else cut with an ellipsis into out. Returns the role to draw
 * out in. */
TextRole look_fit_line(App *app, TextRole role, const char *text, int max_w, char *out, size_t size);
/* A label for a rate step in the scale colours, e.g. for legends. */
SDL_Color look_step_color(const App *app, int step);

/* Dialogs over the current screen. look_dialog_rect centres a panel of w x h reference
 * units (clamped to the screen); look_dialog_draw dims what is behind and draws the
 * panel with its title and (optional) body; look_dialog_pair places two buttons side by
 * side along the panel's bottom. */
SDL_FRect look_dialog_rect(const App *app, float w, float h);
/* The same, grown (up to the whole screen) until body, wrapped at the panel's width,
 * fits between the title and a row of buttons: big text sizes and long languages. */
SDL_FRect look_dialog_fit(App *app, float w, float h, const char *body);
void look_dialog_draw(App *app, SDL_FRect panel, const char *title, const char *body);
void look_dialog_pair(const App *app, SDL_FRect panel, SDL_FRect *left, SDL_FRect *right);

/* The input of a two-button question (buttons[0] the safe answer, buttons[1] the other):
 * arrows move the focus, Enter and clicks choose, Esc or a click outside the panel is the
 * safe answer. Returns the button chosen (0 or 1), or -1 when nothing was chosen yet. */
int look_dialog_pair_input(const InputEvent *ev, const SDL_FRect buttons[2], SDL_FRect panel, int *focus);

/* Progress 0..1 of an animation of dur_ms that started at logical time since; 1 at
 * once with reduced motion. look_ease gives it a gentle ease-out. */
float look_anim(const App *app, uint32_t since, uint32_t dur_ms);
float look_ease(float t);

/* Scrolling lists of n rows, n_view in view from first: the first row that keeps focus
 * in view (a focus of n or more is below the list and moves nothing), and a wheel's
 * lines applied (the focus stays on a row in view). */
int look_list_first(int first, int focus, int n, int n_view);
void look_list_scroll(int *first, int *focus, int n, int n_view, int lines);

/* For vertical button lists: the index of the button under (x, y), or -1. */
int look_hit(const SDL_FRect *rects, int n, int x, int y);

#endif
