/* Fonts in a few roles and word-wrapped UTF-8 text rendered once into cached textures. */
#ifndef GA_TEXT_H
#define GA_TEXT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum TextRole {
    TEXT_SMALL,     /* hints, footers, captions */
    TEXT_BODY,      /* card text, help text */
    TEXT_BODY_BOLD, /* buttons, emphasis */
    TEXT_HEADING,   /* section and dialog headings */
    TEXT_TITLE,     /* a screen's title */
    TEXT_DISPLAY,   /* the wordmark */
    TEXT_KEYCAP,    /* labels inside key caps */
    TEXT_ROLE_COUNT
} TextRole;

typedef enum TextAlign { TEXT_LEFT, TEXT_CENTER, TEXT_RIGHT } TextAlign;

typedef struct Text Text;

/* Loads the shipped fonts from /assets/fonts at sizes for this UI scale. Returns NULL
 * with err filled when a font cannot be loaded. */
Text *text_create(SDL_Renderer *renderer, float scale, char *err, size_t err_size);
void text_destroy(Text *t);
/* Resizes every role for a new UI scale and empties the cache (no-op if unchanged). */
void text_set_scale(Text *t, float scale);
/* The smallest pixel size any role may have (0: none): the TV layout's floor. Resizes
 * and empties the cache when it changes. */
void text_set_floor(Text *t, int px);
/* The ink height of "Agpq" in a role, from the top of A to the foot of p: what text size
 * guidelines measure. */
int text_glyph_height(const Text *t, TextRole role);
/* Drops every cached texture: call after SDL_RENDER_TARGETS_RESET / DEVICE_RESET. */
void text_flush(Text *t);

/* Draws text with its top edge at y. x is the left edge, the centre or the right edge
 * depending on align; wrap_w > 0 wraps on spaces at that width (explicit newlines
 * always break). The colour, alpha included, is applied at draw time, so it costs no
 * re-rasterising. Returns the drawn size; {0,0} for empty text. */
SDL_Point text_draw(Text *t, TextRole role, const char *utf8, int x, int y, int wrap_w, SDL_Color color,
                    TextAlign align);
/* The size text_draw would give (and caches the texture for it). */
SDL_Point text_measure(Text *t, TextRole role, const char *utf8, int wrap_w, TextAlign align);
int text_line_height(const Text *t, TextRole role); /* pixels from one line to the next */
int text_font_px(const Text *t, TextRole role);     /* the role's current pixel size */
/* How many strings have been rasterised since creation: a test can draw a frame twice
 * and check this did not move. */
unsigned long text_rasterised(const Text *t);
/* Every text_draw from now on is also noted in log (framelog.h); NULL stops. */
struct FrameLog;
void text_set_log(Text *t, struct FrameLog *log);

#endif
