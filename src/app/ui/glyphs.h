/* Controller button glyphs, drawn per family: Xbox letters, PlayStation shapes, Nintendo letters. */
#ifndef GA_GLYPHS_H
#define GA_GLYPHS_H

#include "app/ui/draw.h"
#include "app/platform/pads.h"

#include <stdbool.h>

/* Buttons by position: the face buttons are bottom, right, left, top on every pad. */
typedef enum PadGlyph {
    GLYPH_SOUTH,
    GLYPH_EAST,
    GLYPH_WEST,
    GLYPH_NORTH,
    GLYPH_LB,     /* left shoulder: take back */
    GLYPH_RB,     /* right shoulder: done */
    GLYPH_START,  /* Start / Menu / Options / +: break */
    GLYPH_BACK,   /* Back / View / Share / Create / −: session menu */
    GLYPH_RSTICK, /* right stick click: veto */
    GLYPH_DPAD,
    GLYPH_COUNT
} PadGlyph;

/* How face buttons look. */
typedef enum GlyphSet { GLYPHS_GENERIC, GLYPHS_XBOX, GLYPHS_PLAYSTATION, GLYPHS_NINTENDO } GlyphSet;

GlyphSet glyphs_set(PadType t);
/* The glyph for answer value (1-4): bottom, right, left, top. */
PadGlyph glyphs_answer(int value);
/* The family's "yes" and "no" buttons (Nintendo: right and bottom). */
PadGlyph glyphs_yes(PadType t);
PadGlyph glyphs_no(PadType t);
/* What the button is called on that controller ("A", "Cross", "Options", "LB"); for
 * words on screen, logs and tests. Never NULL. */
const char *glyphs_name(PadType t, PadGlyph g);

/* Draws the glyph with its top-left corner at (x, y), h pixels tall, and returns its
 * width (round buttons are h wide, shoulders and Start wider). glyphs_width measures. */
float glyphs_draw(const Draw *d, PadType t, PadGlyph g, float x, float y, float h, float alpha);
float glyphs_width(const Draw *d, PadType t, PadGlyph g, float h);
/* The four face buttons as a small diamond, the way they sit on the pad. */
float glyphs_draw_cluster(const Draw *d, PadType t, float x, float y, float h, float alpha);

/* A hint: a glyph followed by a dim label ("(A) select"). Returns the width used. */
float glyphs_draw_hint(const Draw *d, PadType t, PadGlyph g, float x, float y, const char *label, float alpha);
float glyphs_hint_width(const Draw *d, PadType t, PadGlyph g, const char *label);
/* A row of n hints centred on cx: glyphs[i] with labels[i]. */
void glyphs_draw_hints(const Draw *d, PadType t, float cx, float y, const PadGlyph *glyphs, const char *const *labels,
                       int n, float alpha);

/* ---- For screens (the App owns the cache) ---- */

struct App;
/* The controller type whose glyphs hints should show: the first seated controller's,
 * else the first connected one's; false when no controller is around (show keys). */
bool glyphs_hint_type(const struct App *app, PadType *type);
/* The control that gives answer value (1-4) for player on the card screen: the face
 * button glyph of their controller when their seat holds one, else a key cap labelled
 * key. Returns the width; with draw false it only measures. */
float glyphs_answer_cap(struct App *app, int player, int value, const char *key, float x, float y, float h, float alpha,
                        bool draw);
/* When player's seat holds a controller: draws its four face buttons as a diamond
 * ending at right, centred on cy, and returns true. False (nothing drawn) otherwise. */
bool glyphs_player_cluster(struct App *app, int player, float right, float cy, float h, float alpha);
/* The footer hints of the game screens, given as key and label pairs ("Enter", "next",
 * "Space", "break"...), as controller buttons when both seats hold controllers:
 * glyphs_play_hint_widths gives each hint's width (n at most 4), glyphs_play_hints draws
 * them centred on cx at y. Both return false, doing nothing, when someone plays on the
 * keyboard or a key has no button. */
bool glyphs_play_hint_widths(struct App *app, const char *const *items, int n, float *widths);
bool glyphs_play_hints(struct App *app, const char *const *items, int n, float cx, float y);

#endif
