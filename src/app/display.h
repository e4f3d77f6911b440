/* The window and the renderer: made to suit the machine (a GPU when there is one, else
 * SDL's own software renderer rather than Mesa's), the layout for the output size and
 * the TV layout, fullscreen, and the settings applied to all of these. */
#ifndef GA_DISPLAY_H
#define GA_DISPLAY_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct App App;

/* The display's bookkeeping (app->display): display.c's alone. */
typedef struct Display {
    bool vsync;             /* presenting waits for the screen's refresh */
    bool tv_auto;           /* a controller took a seat: TV layout until turned off */
    bool can_save_settings; /* false in a replay without --data-dir: your own settings stay */
    int out_w, out_h;       /* the renderer's output, in pixels */
    /* A page taller than the window, scrolled (big text on a small window): screens lay
     * out on page_h pixels and the part from scroll down is shown. 0: no page. */
    int page_h, scroll;
    SDL_Texture *page; /* what the screens draw on while there is a page */
    int page_w;        /* the texture's size */
    int page_tex_h;
    int page_want;    /* pixels the top screen asked for (display_need_height); 0: none */
    bool page_barred; /* the top screen fits the window itself (Screen.fits_window) */
} Display;

/* Opens the window (hidden until the first frame is drawn, see screen_present) and its renderer
 * into app->window and app->renderer. Returns false with err filled. */
bool display_open(App *app, int w, int h, bool fullscreen, char *err, size_t err_size);
void display_close(App *app);
/* Lays the screens out for the output size, the UI scale and the TV layout. */
void display_fit(App *app);
/* The tall page (reflow for big text, WCAG 1.4.10): at text sizes that leave the
 * screens less than DISPLAY_PAGE_MIN_H reference units of height, they lay out on a
 * page that tall and the window shows a part of it, which follows the focus, the wheel
 * and arrows the screen does not use. display_frame_begin and _end wrap drawing a frame. */
enum { DISPLAY_PAGE_MIN_H = 600 };
bool display_paged(const App *app);
void display_frame_begin(App *app);
void display_frame_end(App *app);
/* A screen whose layout needs more height than it has (one column for big text) asks
 * for it here, from its layout; the page grows after the frame (display_settle_page),
 * and shrinks back when another screen comes. */
void display_need_height(App *app, float px);
/* Applies a height asked for; returns whether the layout changed. */
bool display_settle_page(App *app);
void display_forget_page(App *app);
/* After the screens changed: a top screen that fits the window itself (the card, the
 * reveal) never gets a page; the others may again. Returns whether the layout changed. */
bool display_page_for_screen(App *app);
/* Scrolls the page by dy pixels (clamped); returns whether it moved. */
bool display_scroll_by(App *app, int dy);
/* Scrolls the least that shows rect (page pixels) whole, or its top when it is too tall. */
bool display_show(App *app, SDL_Rect rect);

/* The TV layout's smallest font size for an output this many pixels tall: 30 px at
 * 1080p, scaled with the output, so the ink of "Agpq" is at least 28 px at 1080p (Xbox
 * Accessibility Guideline 101 asks 26 px at 1080p, 52 at 4K, for console text). */
int display_tv_min_px(int out_h);

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
