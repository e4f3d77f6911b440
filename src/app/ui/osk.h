/* The on-screen keyboard: a grid of letters for typing names with a controller (the arrows,
 * a mouse and real typing work on it too). */
#ifndef GA_OSK_H
#define GA_OSK_H

#include "app/screen.h"

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

/* What the keyboard edits (app->osk): filled by osk_open before it shows. */
typedef struct OskRequest {
    char *buf;   /* UTF-8, edited in place; must outlive the keyboard */
    size_t size; /* bytes, with the NUL */
    int max_chars;
    int player; /* whose name it is (for their colour), or -1 */
    char title[96];
} OskRequest;

/* The grid: OSK_ROWS rows of OSK_COLS keys; the last row has five wide keys (Shift,
 * accents, Space, Delete, Done), each two columns wide. Focus starts on "q".
 *
 *   controller: d-pad / left stick move, "yes" types the key, left button deletes,
 *               top button types a space, Start (or "no") is done
 *   keyboard:   type as usual; the arrows move, Enter or Esc is done
 *   mouse:      click a key */
enum { OSK_COLS = 10, OSK_ROWS = 5, OSK_START_ROW = 1, OSK_START_COL = 0 };

/* Whether a name should be typed on the on-screen keyboard now: in the TV layout, or
 * when the input being handled came from a controller. */
bool osk_wanted(const App *app);
/* Opens the keyboard over the current screen, editing buf in place (UTF-8, size bytes
 * with the NUL, at most max_chars characters). player colours it (-1: nobody's). */
void osk_open(App *app, char *buf, size_t size, int max_chars, const char *title, int player);

/* Where a key sits on the first page, by its lower-case label ("s", "-", "Space",
 * "Done"...). Returns false when there is no such key. For tests and hints. */
bool osk_key_position(const char *label, int *row, int *col);
/* The key's rectangle on screen (in the screens' area), as the keyboard lays it out now. */
SDL_FRect osk_key_rect(App *app, int row, int col);

extern const Screen SCREEN_OSK; /* overlay: the keyboard (osk_open shows it) */

#endif
