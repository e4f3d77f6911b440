/* Drawing helpers for a calm, warm look: layout scale, smooth shapes, buttons, key caps (colours: theme.h). */
#ifndef GA_DRAW_H
#define GA_DRAW_H

#include "app/ui/text.h"
#include "app/ui/theme.h"

#include <SDL.h>
#include <stdbool.h>

/* ---- Layout scale ----
 * Screens are designed in a 1280x720 reference space. s = min(w/1280, h/720) times
 * the user's setting, so 1 reference unit is s pixels. lw x lh is the screen size in
 * reference units: at least 1280x720 at the default setting, less when the user asks
 * for bigger text, so layouts must fit lw x lh rather than assume 1280x720. */

typedef struct Ui {
    int w, h; /* renderer output size in pixels (HiDPI aware) */
    float s;  /* pixels per reference unit */
    float lw, lh;
    float ring; /* focus ring weight: 1, more for a screen seen from across a room (the TV layout) */
} Ui;

void ui_update(Ui *ui, int w, int h, float user_scale);
float ui_px(const Ui *ui, float ref); /* reference units to pixels */
int ui_pxi(const Ui *ui, float ref);  /* the same, rounded */

/* ---- Shapes ----
 * Anti-aliased shapes come from small coverage textures computed on the CPU and
 * cached (rounded rectangles are nine-sliced from a corner and an edge), so they look
 * the same, and smooth, on the GPU and the software renderer. */

typedef enum Shape { SHAPE_CIRCLE, SHAPE_SQUARE, SHAPE_TRIANGLE, SHAPE_DIAMOND, SHAPE_STAR, SHAPE_COUNT } Shape;

typedef struct DrawCache DrawCache;
DrawCache *draw_cache_create(SDL_Renderer *r);
void draw_cache_destroy(DrawCache *c);
void draw_cache_flush(DrawCache *c); /* after SDL_RENDER_TARGETS_RESET / DEVICE_RESET */

typedef struct Draw {
    SDL_Renderer *r;
    Text *text;
    const Theme *th;
    const Ui *ui;
    DrawCache *cache;
} Draw;

/* Square corners. A rectangle over the whole screen area (a backdrop) also covers the
 * TV-safe margins outside it, as the vignette does. */
void draw_rect(const Draw *d, SDL_FRect rect, SDL_Color c);
void draw_round_rect(const Draw *d, SDL_FRect rect, float radius, SDL_Color c);
/* An outline of the given width, inside rect. */
void draw_round_rect_outline(const Draw *d, SDL_FRect rect, float radius, float width, SDL_Color c);
/* A soft drop shadow for a rounded panel at rect, spreading this far. */
void draw_shadow(const Draw *d, SDL_FRect rect, float radius, float spread, SDL_Color c);
void draw_circle(const Draw *d, float cx, float cy, float radius, SDL_Color c);
void draw_circle_outline(const Draw *d, float cx, float cy, float radius, float width, SDL_Color c);
/* A player marker: shape centred on (cx, cy), about as big as a circle of this radius.
 * width 0 fills it; otherwise an outline of that width. */
void draw_shape(const Draw *d, Shape shape, float cx, float cy, float radius, float width, SDL_Color c);
/* Line-drawn marks for controller buttons (glyphs.c): PlayStation's cross, circle,
 * square and triangle, and the rays on the DualSense's Create button. */
typedef enum Mark { MARK_CROSS, MARK_RING, MARK_SQUARE, MARK_TRIANGLE, MARK_RAYS, MARK_COUNT } Mark;
/* A mark centred on (cx, cy) in a box size pixels square, stroked about a tenth as thick. */
void draw_mark(const Draw *d, Mark m, float cx, float cy, float size, SDL_Color c);
/* An arc from the top, clockwise, covering frac (0..1) of the circle, over a track. */
void draw_ring(const Draw *d, float cx, float cy, float radius, float width, float frac, SDL_Color c, SDL_Color track);
/* A horizontal bar filled to frac (0..1), over a track. */
void draw_bar(const Draw *d, SDL_FRect rect, float frac, SDL_Color c, SDL_Color track);
/* The background: a soft radial fall-off from th->bg to th->bg_edge over the output. */
void draw_vignette(const Draw *d);
/* The "Gray Area" mark: two overlapping circles in the player colours, the overlap gray.
 * apart (0..1) pulls them apart for the intro; 0 is the resting mark. */
void draw_logo(const Draw *d, float cx, float cy, float radius, float apart);

/* The mark as a size x size RGBA surface with a transparent background, for the
 * window icon. Caller frees with SDL_FreeSurface; NULL when out of memory. */
SDL_Surface *draw_logo_surface(const Theme *th, int size);

/* ---- Widgets ---- */

typedef enum ButtonStyle { BUTTON_NORMAL, BUTTON_PRIMARY, BUTTON_QUIET } ButtonStyle;

/* A button with its label centred. focus draws the ring (keyboard or pointer focus);
 * alpha fades the whole button (0..1). */
void draw_button(const Draw *d, SDL_FRect rect, const char *label, ButtonStyle style, bool focus, float alpha);
/* A key cap with label; x is the left edge, y the top, h the cap height.
 * Returns the cap's width (at least h, wider for longer labels). */
float draw_keycap(const Draw *d, float x, float y, float h, const char *label, float alpha);
float keycap_width(const Draw *d, float h, const char *label);
/* A key hint: a small key cap followed by a dim label ("Esc  back"). Returns the
 * width used; hint_width measures without drawing. y is the top of the cap. */
float draw_hint(const Draw *d, float x, float y, const char *key, const char *label, float alpha);
float hint_width(const Draw *d, const char *key, const char *label);
/* A row of hints centred on cx; keys and labels alternate in items, n pairs. */
void draw_hints_centered(const Draw *d, float cx, float y, const char *const *items, int n, float alpha);
/* The focus ring around rect: thick, offset outside, impossible to miss. */
void draw_focus_ring(const Draw *d, SDL_FRect rect, float radius, float alpha);

bool rect_contains(SDL_FRect r, float x, float y);

#endif
