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
/* The smallest pixel size any role may have (0: none): the TV layout's floor. Resizes
 * and empties the cache when it changes. */
void text_set_floor(Text *t, int px);
/* The ink height of "Agpq" in a role, from the top of A to the foot of p: what text size
 * guidelines measure. */
int text_glyph_height(Text *t, TextRole role);
/* Drops every cached texture: call after SDL_RENDER_TARGETS_RESET / DEVICE_RESET. */
void text_flush(Text *t);

/* Draws text with its top edge at y. x is the left edge, the centre or the right edge
 * depending on align; wrap_w > 0 wraps at that width where Unicode lets a line break
 * (spaces; between ideographs), a word too long for a line between grapheme clusters
 * (explicit newlines always break). Each character comes from the first font of the
 * role's chain that draws it (Inter, then Noto Sans Devanagari, Hebrew, Arabic, then
 * Symbola for emoji and symbols), each run shaped for its script and direction; a
 * right-to-left paragraph reads in its order and, aligned left and wrapped over more
 * than one line, sits at the right of wrap_w (on one line its size is its own, as
 * English's is). The colour, alpha included, is applied at draw time, so it costs no
 * re-rasterising. Returns the drawn size; {0,0} for empty text. */
SDL_Point text_draw(Text *t, TextRole role, const char *utf8, int x, int y, int wrap_w, SDL_Color color,
                    TextAlign align);
/* The size text_draw would give (and caches the texture for it). */
SDL_Point text_measure(Text *t, TextRole role, const char *utf8, int wrap_w, TextAlign align);
int text_line_height(Text *t, TextRole role);
/* The UI's language is written in Devanagari (Hindi): text_line_height gives the taller of
 * Inter's line and the Devanagari font's, so predicted heights hold for it. */
void text_set_tall_lines(Text *t, bool devanagari);   /* pixels from one line to the next */
int text_font_px(const Text *t, TextRole role); /* the role's current pixel size */
/* utf8 on one line in at most max_w pixels: whole, or cut between characters with an
 * ellipsis ("Bartholomew-Jo…"). Measures without rasterising or caching. */
void text_fit(Text *t, TextRole role, const char *utf8, int max_w, char *out, size_t size);
/* How many code points of utf8 (beyond invisible ones like ZWJ) no font of the role's
 * chain draws: what would show as an empty box. Opens the fallback fonts it asks. */
int text_missing(Text *t, TextRole role, const char *utf8);
/* fn hears every string drawn where it can be seen (not faded out to nothing), with its
 * role and where it went; fn NULL stops. One at a time: the app gives it to the frame
 * log (framelog_observe) for Read aloud, the tall page and the layout check; a test
 * that observes takes its place. */
typedef void (*TextObserver)(void *ctx, TextRole role, const char *utf8, SDL_Rect where);
void text_observe(Text *t, TextObserver fn, void *ctx);

/* How many fonts are open, fallbacks included: fonts open when a string first needs
 * them, so a test can check that English text never opens a fallback. */
int text_fonts_open(const Text *t);

/* How many strings have been rasterised since creation: a test can draw a frame twice
 * and check this did not move. */
unsigned long text_rasterised(const Text *t);

#endif
