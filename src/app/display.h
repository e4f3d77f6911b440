/* The window and the renderer: made to suit the machine (a GPU when there is one, else
 * SDL's own software renderer rather than Mesa's), the layout for the output size and
 * the TV layout, fullscreen, and the settings applied to all of these. */
#ifndef GA_DISPLAY_H
#define GA_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>

typedef struct App App;

/* The display's bookkeeping (app->display): display.c's alone. */
typedef struct Display {
    bool vsync;             /* presenting waits for the screen's refresh */
    bool tv_auto;           /* a controller took a seat: TV layout until turned off */
    bool can_save_settings; /* false in a replay without --data-dir: your own settings stay */
    int out_w, out_h;       /* the renderer's output, in pixels */
} Display;

/* Opens the window (hidden until the first frame is drawn, see screen_present) and its renderer
 * into app->window and app->renderer. Returns false with err filled. */
bool display_open(App *app, int w, int h, bool fullscreen, char *err, size_t err_size);
void display_close(App *app);
/* Lays the screens out for the output size, the UI scale and the TV layout. */
void display_fit(App *app);
/* Applies app->settings (theme, scale, fullscreen, rumble) after a change and saves
 * them. A failed save becomes a notice; the change still applies. */
void display_settings_changed(App *app);
void display_toggle_fullscreen(App *app);
/* Turns the TV layout on or off (the setting; off also undoes the automatic switch a
 * controller joining makes) and saves. */
void display_set_tv(App *app, bool on);
/* Someone picked up a controller: they are probably across the room, so the TV layout
 * comes on until the setting turns it off. */
void display_seat_taken(App *app);

#endif
