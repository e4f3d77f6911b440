/* What text needs before any font draws it, as pure functions over code points (no SDL,
 * no window): UTF-8 decoding, grapheme clusters and where a line may break, which font of
 * a fallback chain draws each cluster, bidi levels (FriBidi) and scripts (HarfBuzz's
 * Unicode data), runs, greedy line wrapping and each line's runs in visual order.
 * text.c renders with it; tests/test_textrun.c checks it without a renderer. */
#ifndef GA_TEXTRUN_H
#define GA_TEXTRUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code point at byte *at of s (len bytes, *at < len), moving *at past it; a malformed
 * byte is U+FFFD and one byte long. */
uint32_t tr_next(const char *s, size_t len, size_t *at);
/* Decodes UTF-8 into cps (room for len entries); a malformed byte becomes U+FFFD. offs
 * (room for len + 1) gets each code point's byte offset, and offs[n] = len. Returns n. */
size_t tr_decode(const char *s, size_t len, uint32_t *cps, size_t *offs);

/* Flags per code point, from tr_breaks. */
enum {
    TR_CLUSTER = 1, /* a grapheme cluster starts here (never inside a conjunct, emoji sequence, base + marks) */
    TR_LINE = 2,    /* a line may start here (after spaces, around ideographs), always at a cluster */
};
/* One paragraph (no newline inside): brk[i] for each of the n code points. */
void tr_breaks(const uint32_t *cps, size_t n, uint8_t *brk);

/* A code point no glyph needs to draw (ZWJ, ZWNJ, variation selectors, bidi controls):
 * shaping hides them, so they need no font. */
bool tr_ignorable(uint32_t c);
/* A code point one font shapes alone, as SDL_ttf's own wrapping expects: no mark, no
 * joiner or other invisible control, nothing right to left. */
bool tr_plain(uint32_t c);
/* A space where a line may break (not a no-break space). */
bool tr_space(uint32_t c);
/* The code point's script as an ISO 15924 tag packed like HB_TAG ('Deva' = 0x44657661);
 * Zyyy for common (spaces, digits, punctuation, emoji), Zinh for inherited marks. */
uint32_t tr_script(uint32_t c);
enum { TR_SCRIPT_COMMON = 0x5A797979u, TR_SCRIPT_INHERITED = 0x5A696E68u };

/* Does font (0 = the role's own, then its fallbacks) draw c? */
typedef bool (*TrProvides)(void *ctx, int font, uint32_t c);
/* font[i] for each code point: per cluster, the first font of the chain that draws every
 * code point of it that needs a glyph; a cluster of common characters (spaces, digits,
 * punctuation) stays in the font before it when that font draws it, so words of one
 * script shape as one run. -1: no font of the chain draws it. */
void tr_fonts(const uint32_t *cps, size_t n, const uint8_t *brk, int nfonts, TrProvides provides, void *ctx,
              int8_t *font);

/* What stands in for c when no font draws it: full-width Latin letters, digits and
 * punctuation (U+FF01..FF5E) and the ideographic space as their ASCII twins; else c. */
uint32_t tr_fold(uint32_t c);
/* Writes c as UTF-8 to out (room for 4), returns the bytes written. */
size_t tr_encode(uint32_t c, char *out);

/* Bidi embedding levels of one paragraph (FriBidi, base direction from its first strong
 * character, left to right if none). Returns true when the paragraph is right to left.
 * false with levels all 0 when FriBidi fails (or n is 0). */
bool tr_bidi(const uint32_t *cps, size_t n, int8_t *levels);

/* Each code point's script, common and inherited ones taking their neighbour's. */
void tr_scripts(const uint32_t *cps, size_t n, uint32_t *script);

typedef struct TrRun {
    size_t start, len; /* code points */
    int font;          /* index in the chain; -1 none */
    int level;         /* bidi level: odd is right to left */
    uint32_t script;
} TrRun;
/* The logical runs of [a, b): code points that share font, level and script. At most
 * cap; returns how many there are (may exceed cap: then only cap were written). */
size_t tr_runs(size_t a, size_t b, const int8_t *font, const int8_t *level, const uint32_t *script, TrRun *out,
               size_t cap);

/* Pixels [a, b) of the paragraph take on one line. */
typedef int (*TrWidth)(void *ctx, size_t a, size_t b);
/* Greedy wrapping of one paragraph in max_w pixels (0: no limit): lines break where
 * brk has TR_LINE, and inside a word too wide for a line only between clusters (at least
 * one cluster a line). Line k is [start[k], end[k]): end leaves out the spaces the line
 * broke after. start and end have room for n + 1 lines. Returns the number of lines (1
 * for an empty paragraph). */
size_t tr_wrap(const uint32_t *cps, size_t n, const uint8_t *brk, int max_w, TrWidth width, void *ctx, size_t *start,
               size_t *end);

/* The runs of the line [a, b) of a paragraph in visual order, left to right (FriBidi's
 * line reordering, trailing spaces at the paragraph's level). levels are the
 * paragraph's (tr_bidi). Returns the count (at most cap written, as tr_runs). */
size_t tr_line_runs(const uint32_t *cps, size_t a, size_t b, bool rtl, const int8_t *levels, const int8_t *font,
                    const uint32_t *script, TrRun *out, size_t cap);

#endif
