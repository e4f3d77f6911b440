/* What text needs before any font draws it: clusters, line breaks, fonts, bidi, runs. */
#include "app/ui/textrun.h"

#include <fribidi.h>
#include <hb.h>
#include <stdlib.h>
#include <string.h>

uint32_t tr_next(const char *s, size_t len, size_t *at) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = *at;
    unsigned c = u[i];
    int more = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    uint32_t v = more == 0 ? c : more == 1 ? (c & 0x1F) : more == 2 ? (c & 0x0F) : (c & 0x07);
    bool ok = more >= 0 && i + (size_t)more < len;
    for (int k = 1; ok && k <= more; k++) {
        if ((u[i + k] & 0xC0) != 0x80) ok = false;
        v = (v << 6) | (u[i + k] & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are malformed too. */
    static const uint32_t least[4] = {0, 0x80, 0x800, 0x10000};
    if (ok && (v < least[more] || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)) ok = false;
    *at = i + (ok ? (size_t)more + 1 : 1);
    return ok ? v : 0xFFFD;
}

size_t tr_decode(const char *s, size_t len, uint32_t *cps, size_t *offs) {
    size_t i = 0, n = 0;
    while (i < len) {
        offs[n] = i;
        cps[n++] = tr_next(s, len, &i);
    }
    offs[n] = len;
    return n;
}

static hb_unicode_funcs_t *ucd(void) { return hb_unicode_funcs_get_default(); }

static hb_unicode_general_category_t category(uint32_t c) { return hb_unicode_general_category(ucd(), c); }

static bool is_mark(uint32_t c) {
    hb_unicode_general_category_t g = category(c);
    return g == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK || g == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
           g == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

/* UAX #29's Extend (marks, ZWNJ, variation selectors, tags, emoji skin tones) and ZWJ. */
static bool is_extend(uint32_t c) {
    return is_mark(c) || c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0020 && c <= 0xE007F) ||
           (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0100 && c <= 0xE01EF);
}

static bool is_control(uint32_t c) {
    if (c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F)) return false;
    hb_unicode_general_category_t g = category(c);
    return g == HB_UNICODE_GENERAL_CATEGORY_CONTROL || g == HB_UNICODE_GENERAL_CATEGORY_FORMAT ||
           g == HB_UNICODE_GENERAL_CATEGORY_LINE_SEPARATOR || g == HB_UNICODE_GENERAL_CATEGORY_PARAGRAPH_SEPARATOR;
}

static bool is_regional(uint32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

/* Hangul syllable types for clusters: 1 L, 2 V, 3 T, 4 LV, 5 LVT, 0 none. */
static int hangul(uint32_t c) {
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C)) return 1;
    if ((c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6)) return 2;
    if ((c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB)) return 3;
    if (c >= 0xAC00 && c <= 0xD7A3) return (c - 0xAC00) % 28 == 0 ? 4 : 5;
    return 0;
}

/* Brahmic scripts (Devanagari to Malayalam), where a virama joins consonants into one
 * conjunct (UAX #29's GB9c). */
static bool is_indic(uint32_t c) { return c >= 0x0900 && c <= 0x0DFF; }

static bool joins_conjunct(const uint32_t *cps, size_t cluster, size_t i) {
    uint32_t c = cps[i];
    if (!is_indic(c) || category(c) != HB_UNICODE_GENERAL_CATEGORY_OTHER_LETTER) return false;
    bool linker = false;
    for (size_t j = i; j-- > cluster;) {
        uint32_t p = cps[j];
        if (hb_unicode_combining_class(ucd(), p) == HB_UNICODE_COMBINING_CLASS_VIRAMA && is_indic(p))
            linker = true;
        else if (!is_extend(p))
            return linker && (p >> 7) == (c >> 7); /* the consonant before, in the same script's block */
    }
    return false;
}

static bool cluster_break(const uint32_t *cps, size_t cluster, size_t i) {
    uint32_t p = cps[i - 1], c = cps[i];
    if (p == '\r' && c == '\n') return false;
    if (is_control(p) || is_control(c) || p == '\r' || p == '\n' || c == '\r' || c == '\n') return true;
    int hp = hangul(p), hc = hangul(c);
    if (hp == 1 && hc != 0 && hc != 3) return false;
    if ((hp == 2 || hp == 4) && (hc == 2 || hc == 3)) return false;
    if ((hp == 3 || hp == 5) && hc == 3) return false;
    if (is_extend(c)) return false;
    if (p == 0x200D) return false; /* emoji ZWJ sequences, and ZWJ half forms in Indic scripts */
    if (joins_conjunct(cps, cluster, i)) return false;
    if (is_regional(c) && is_regional(p)) {
        size_t run = 0;
        for (size_t j = i; j-- > 0 && is_regional(cps[j]);) run++;
        return run % 2 == 0; /* flags pair up */
    }
    return true;
}

bool tr_space(uint32_t c) {
    return c == ' ' || c == '\t' || c == 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200A) ||
           c == 0x205F || c == 0x3000;
}

/* Ideographs, kana, Hangul syllables and full-width forms: a line may break between any
 * two of them (UAX #14's ID class). */
static bool is_ideographic(uint32_t c) {
    return (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3001 && c <= 0x303F);
}

/* Never first on a line (closing marks, small kana, stops) or last (opening marks). */
static bool no_break_before(uint32_t c) {
    static const char ascii[] = ".,!?:;)]}%'\"";
    if (c < 0x80) return c != 0 && strchr(ascii, (int)c) != NULL;
    static const uint32_t cjk[] = {0x3001, 0x3002, 0x3005, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301F,
                                   0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
                                   0x309D, 0x309E, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5,
                                   0x30E7, 0x30EE, 0x30F5, 0x30F6, 0x30FC, 0x30FD, 0x30FE, 0xFF01, 0xFF09, 0xFF0C,
                                   0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0x2026, 0x2019, 0x201D};
    for (size_t k = 0; k < sizeof cjk / sizeof cjk[0]; k++)
        if (cjk[k] == c) return true;
    return false;
}

static bool no_break_after(uint32_t c) {
    return c == '(' || c == '[' || c == '{' || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3014 ||
           c == 0x3016 || c == 0x3018 || c == 0xFF08 || c == 0xFF3B || c == 0xFF5B || c == 0xFF5F || c == 0x2018 ||
           c == 0x201C;
}

void tr_breaks(const uint32_t *cps, size_t n, uint8_t *brk) {
    size_t cluster = 0, prev_cluster = 0;
    for (size_t i = 0; i < n; i++) {
        brk[i] = 0;
        if (i == 0 || cluster_break(cps, cluster, i)) {
            brk[i] = TR_CLUSTER;
            prev_cluster = cluster;
            cluster = i;
        }
        if (i == 0 || !(brk[i] & TR_CLUSTER)) continue;
        uint32_t p = cps[i - 1], c = cps[i], base = cps[prev_cluster];
        bool line = false;
        if ((tr_space(p) && !tr_space(c)) || p == 0x200B)
            line = true;
        else if ((is_ideographic(c) || is_ideographic(base)) && !tr_space(c))
            line = !no_break_before(c) && !no_break_after(base);
        if (line) brk[i] |= TR_LINE;
    }
}

bool tr_ignorable(uint32_t c) {
    return c == 0x00AD || c == 0x034F || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
           (c >= 0xE0000 && c <= 0xE0FFF) || c == '\r' || c == '\n';
}

bool tr_plain(uint32_t c) {
    if (c < 0x300) return true; /* Latin, and controls SDL_ttf treats as it always has */
    if (is_mark(c) || tr_ignorable(c)) return false;
    FriBidiCharType t = fribidi_get_bidi_type(c);
    return !FRIBIDI_IS_RTL(t) && t != FRIBIDI_TYPE_AN;
}

uint32_t tr_script(uint32_t c) { return (uint32_t)hb_unicode_script(ucd(), c); }

static bool draws_all(const uint32_t *cps, size_t a, size_t b, int f, TrProvides provides, void *ctx) {
    for (size_t i = a; i < b; i++)
        if (!tr_ignorable(cps[i]) && !provides(ctx, f, cps[i])) return false;
    return true;
}

void tr_fonts(const uint32_t *cps, size_t n, const uint8_t *brk, int nfonts, TrProvides provides, void *ctx,
              int8_t *font) {
    int prev = -1;
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && !(brk[b] & TR_CLUSTER)) b++;
        size_t base = a;
        while (base < b && tr_ignorable(cps[base])) base++;
        int chosen = -1;
        if (base == b) {
            chosen = prev >= 0 ? prev : 0; /* nothing to draw: stays with its neighbour */
        } else {
            uint32_t s = tr_script(cps[base]);
            if ((s == TR_SCRIPT_COMMON || s == TR_SCRIPT_INHERITED) && prev >= 0 &&
                draws_all(cps, a, b, prev, provides, ctx))
                chosen = prev;
            for (int f = 0; f < nfonts && chosen < 0; f++)
                if (draws_all(cps, a, b, f, provides, ctx)) chosen = f;
            for (int f = 0; f < nfonts && chosen < 0; f++)
                if (provides(ctx, f, cps[base])) chosen = f;
        }
        for (size_t i = a; i < b; i++) font[i] = (int8_t)chosen;
        if (chosen >= 0) prev = chosen;
        a = b;
    }
}

uint32_t tr_fold(uint32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    return c == 0x3000 ? ' ' : c;
}

size_t tr_encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

bool tr_bidi(const uint32_t *cps, size_t n, int8_t *levels) {
    memset(levels, 0, n);
    FriBidiCharType *types = n ? malloc(n * sizeof *types) : NULL;
    FriBidiBracketType *brackets = n ? malloc(n * sizeof *brackets) : NULL;
    bool rtl = false;
    if (types && brackets) {
        fribidi_get_bidi_types(cps, (FriBidiStrIndex)n, types);
        fribidi_get_bracket_types(cps, (FriBidiStrIndex)n, types, brackets);
        FriBidiParType base = FRIBIDI_PAR_ON;
        if (fribidi_get_par_embedding_levels_ex(types, brackets, (FriBidiStrIndex)n, &base, (FriBidiLevel *)levels))
            rtl = FRIBIDI_IS_RTL(base);
        else
            memset(levels, 0, n);
    }
    free(types);
    free(brackets);
    return rtl;
}

void tr_scripts(const uint32_t *cps, size_t n, uint32_t *script) {
    uint32_t last = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t s = tr_script(cps[i]);
        if (s == TR_SCRIPT_COMMON || s == TR_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN)
            s = last;
        else
            last = s;
        script[i] = s;
    }
    /* Common characters before the first of any script take that one's. */
    uint32_t first = last ? 0 : TR_SCRIPT_COMMON;
    for (size_t i = 0; i < n && !first; i++) first = script[i];
    for (size_t i = 0; i < n && !script[i]; i++) script[i] = first;
}

size_t tr_runs(size_t a, size_t b, const int8_t *font, const int8_t *level, const uint32_t *script, TrRun *out,
               size_t cap) {
    size_t count = 0;
    for (size_t i = a; i < b;) {
        size_t j = i + 1;
        while (j < b && font[j] == font[i] && level[j] == level[i] && script[j] == script[i]) j++;
        if (count < cap) out[count] = (TrRun){i, j - i, font[i], level[i], script[i]};
        count++;
        i = j;
    }
    return count;
}

static size_t trim(const uint32_t *cps, size_t s, size_t e) {
    while (e > s && tr_space(cps[e - 1])) e--;
    return e;
}

size_t tr_wrap(const uint32_t *cps, size_t n, const uint8_t *brk, int max_w, TrWidth width, void *ctx, size_t *start,
               size_t *end) {
    if (n == 0 || max_w <= 0) {
        start[0] = 0;
        end[0] = n;
        return 1;
    }
    size_t lines = 0;
    for (size_t s = 0; s < n;) {
        size_t best = 0, b;
        for (b = s + 1; b <= n; b++) {
            if (b < n && !(brk[b] & TR_LINE)) continue;
            size_t e = trim(cps, s, b);
            if (e > s && width(ctx, s, e) > max_w) break;
            best = b;
        }
        if (best == 0) {
            /* The first word alone is too wide: break it between clusters, at least one a line. */
            size_t limit = trim(cps, s, b);
            best = s + 1;
            while (best < limit && !(brk[best] & TR_CLUSTER)) best++;
            for (size_t c = best + 1; c < limit; c++) {
                if (!(brk[c] & TR_CLUSTER)) continue;
                if (width(ctx, s, c) > max_w) break;
                best = c;
            }
        }
        start[lines] = s;
        end[lines] = trim(cps, s, best);
        lines++;
        s = best;
    }
    return lines;
}

size_t tr_line_runs(const uint32_t *cps, size_t a, size_t b, bool rtl, const int8_t *levels, const int8_t *font,
                    const uint32_t *script, TrRun *out, size_t cap) {
    size_t len = b - a, count = 0;
    if (len == 0) return 0;
    FriBidiCharType *types = malloc(len * sizeof *types);
    FriBidiLevel *lv = malloc(len * sizeof *lv);
    FriBidiStrIndex *map = malloc(len * sizeof *map);
    TrRun *logical = malloc(len * sizeof *logical);
    size_t *run_of = malloc(len * sizeof *run_of);
    if (types && lv && map && logical && run_of) {
        fribidi_get_bidi_types(cps + a, (FriBidiStrIndex)len, types);
        memcpy(lv, levels + a, len);
        for (size_t i = 0; i < len; i++) map[i] = (FriBidiStrIndex)i;
        /* Rule L1 (trailing spaces to the paragraph's level), then L2's reversals, on map. */
        if (!fribidi_reorder_line(0, types, (FriBidiStrIndex)len, 0, rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, lv, NULL,
                                  map))
            for (size_t i = 0; i < len; i++) map[i] = (FriBidiStrIndex)(rtl ? len - 1 - i : i);
        size_t nl = tr_runs(0, len, font + a, (const int8_t *)lv, script + a, logical, len);
        for (size_t r = 0; r < nl; r++)
            for (size_t i = logical[r].start; i < logical[r].start + logical[r].len; i++) run_of[i] = r;
        size_t last = (size_t)-1;
        for (size_t v = 0; v < len; v++) {
            size_t r = run_of[map[v]];
            if (r == last) continue;
            last = r;
            if (count < cap) {
                out[count] = logical[r];
                out[count].start += a;
            }
            count++;
        }
    }
    free(types);
    free(lv);
    free(map);
    free(logical);
    free(run_of);
    return count;
}
