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

/* Text in the shipped fonts (/assets/fonts) at sizes for this UI scale; each role's
 * font is loaded when first used. Returns NULL with err filled when a font file
 * cannot be read. */
Text *text_create(SDL_Renderer *renderer, float scale, char *err, size_t err_size);
void text_destroy(Text *t);
/* Resizes every role for a new UI scale and empties the cache (no-op if unchanged). */
void text_set_scale(Text *t, float scale);
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
int text_line_height(Text *t, TextRole role);   /* pixels from one line to the next */
int text_font_px(const Text *t, TextRole role); /* the role's current pixel size */
/* utf8 on one line in at most max_w pixels: whole, or cut between characters with an
 * ellipsis ("Bartholomew-Jo…"). Measures without rasterising or caching. */
void text_fit(Text *t, TextRole role, const char *utf8, int max_w, char *out, size_t size);
/* Tests: fn hears every string drawn, with its role and where it went (fn NULL stops). */
typedef void (*TextObserver)(void *ctx, TextRole role, const char *utf8, SDL_Rect where);
void text_observe(Text *t, TextObserver fn, void *ctx);

/* How many strings have been rasterised since creation: a test can draw a frame twice
 * and check this did not move. */
unsigned long text_rasterised(const Text *t);

#endif
