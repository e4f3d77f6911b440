/* Fonts in a few roles and word-wrapped UTF-8 text rendered once into cached textures.
 * Text our Latin font draws alone goes through SDL_ttf's own wrapping, as it always has;
 * anything else (Devanagari, Hebrew, Arabic, emoji, marks) is laid out here: a run per
 * font of the chain, script and direction (textrun.c), our own line breaks, and each
 * line's runs in visual order. */
#include "app/ui/text.h"

#include "app/platform/rwops.h"
#include "app/ui/textrun.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CACHE_CAP = 256 };

typedef struct RoleSpec {
    const char *file;
    float ref_px; /* pixel size in the 1280x720 reference layout */
} RoleSpec;

static const RoleSpec ROLE_SPECS[TEXT_ROLE_COUNT] = {
    [TEXT_SMALL] = {"/assets/fonts/Inter-Regular.otf", 17.0f},
    [TEXT_BODY] = {"/assets/fonts/Inter-Regular.otf", 22.0f},
    [TEXT_BODY_BOLD] = {"/assets/fonts/Inter-SemiBold.otf", 22.0f},
    [TEXT_HEADING] = {"/assets/fonts/Inter-SemiBold.otf", 30.0f},
    [TEXT_TITLE] = {"/assets/fonts/Inter-Bold.otf", 44.0f},
    [TEXT_DISPLAY] = {"/assets/fonts/Inter-Bold.otf", 84.0f},
    [TEXT_KEYCAP] = {"/assets/fonts/Inter-SemiBold.otf", 19.0f},
};

/* After a role's own font, in this order: a font opens when a string first needs it. A
 * script's font is asked only about its script's letters, and about common characters
 * (spaces, punctuation) once it is open. */
enum { FALLBACKS = 4, CHAIN = 1 + FALLBACKS };
typedef struct Fallback {
    const char *regular, *bold;
    uint32_t script; /* 0: any */
} Fallback;
static const Fallback FALLBACK[FALLBACKS] = {
    {"/assets/fonts/NotoSansDevanagari-Regular.ttf", "/assets/fonts/NotoSansDevanagari-Bold.ttf", 0x44657661u},
    {"/assets/fonts/NotoSansHebrew-Regular.ttf", "/assets/fonts/NotoSansHebrew-Bold.ttf", 0x48656272u},
    {"/assets/fonts/NotoSansArabic-Regular.ttf", "/assets/fonts/NotoSansArabic-Bold.ttf", 0x41726162u},
    {"/assets/fonts/Symbola.ttf", "/assets/fonts/Symbola.ttf", 0}, /* emoji and symbols, one colour */
};

static const char *chain_file(TextRole role, int fi) {
    if (fi == 0) return ROLE_SPECS[role].file;
    bool regular = role == TEXT_SMALL || role == TEXT_BODY;
    return regular ? FALLBACK[fi - 1].regular : FALLBACK[fi - 1].bold;
}

typedef struct Entry {
    SDL_Texture *tex; /* NULL: free slot */
    char *str;
    uint64_t hash;
    uint64_t last_used;
    int role, wrap, align;
    int w, h;
} Entry;

struct Text {
    SDL_Renderer *renderer;
    TTF_Font *fonts[TEXT_ROLE_COUNT][CHAIN]; /* opened on first use (chain_font()) */
    bool tall_lines; /* the UI's language is written in Devanagari: lines as tall as its font's */
    bool failed[TEXT_ROLE_COUNT][CHAIN];
    int px[TEXT_ROLE_COUNT];
    float scale;
    int floor_px;
    Entry cache[CACHE_CAP];
    uint64_t clock;
    unsigned long rasterised;
    bool ttf_started;
    TextObserver observer;
    void *observer_ctx;
};

static int px_for(TextRole role, float scale, int floor_px) {
    int px = (int)(ROLE_SPECS[role].ref_px * scale + 0.5f);
    if (px < floor_px) px = floor_px;
    return px < 8 ? 8 : px;
}

static uint64_t hash_of(const char *s, int role, int wrap, int align) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    h ^= (uint64_t)(unsigned)role * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)(unsigned)wrap << 20;
    h ^= (uint64_t)(unsigned)align << 52;
    return h;
}

static void drop(Entry *e) {
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->str);
    memset(e, 0, sizeof *e);
}

void text_flush(Text *t) {
    for (int i = 0; i < CACHE_CAP; i++) drop(&t->cache[i]);
}

/* Opens a font of a role's chain on first use: the first screen needs only some of them,
 * and each costs memory (a FreeType face and its HarfBuzz tables) and time. text_create
 * has checked that every role's own file opens. Returns NULL, logged once, if it cannot
 * be loaded after all. */
static TTF_Font *chain_font(Text *t, TextRole role, int fi) {
    if (t->fonts[role][fi] || t->failed[role][fi]) return t->fonts[role][fi];
    const char *file = chain_file(role, fi);
    SDL_RWops *rw = rwops_open(file);
    /* freesrc: the font keeps reading from rw while it lives and closes it at the end. */
    t->fonts[role][fi] = rw ? TTF_OpenFontRW(rw, 1, t->px[role]) : NULL;
    if (!t->fonts[role][fi]) {
        SDL_Log("text: cannot load the font %s: %s", file, SDL_GetError());
        t->failed[role][fi] = true;
        return NULL;
    }
    TTF_SetFontHinting(t->fonts[role][fi], TTF_HINTING_LIGHT);
    return t->fonts[role][fi];
}

static TTF_Font *font(Text *t, TextRole role) { return chain_font(t, role, 0); }

Text *text_create(SDL_Renderer *renderer, float scale, char *err, size_t n) {
    Text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, n, "out of memory");
        return NULL;
    }
    t->renderer = renderer;
    t->scale = scale;
    if (TTF_Init() != 0) {
        snprintf(err, n, "cannot start SDL_ttf: %s", TTF_GetError());
        free(t);
        return NULL;
    }
    t->ttf_started = true;
    for (int r = 0; r < TEXT_ROLE_COUNT; r++) {
        t->px[r] = px_for((TextRole)r, scale, t->floor_px);
        /* A font that cannot be read stops the game here, not halfway through a session. */
        SDL_RWops *rw = rwops_open(ROLE_SPECS[r].file);
        if (!rw) {
            snprintf(err, n, "cannot load the font %s: %s", ROLE_SPECS[r].file, SDL_GetError());
            text_destroy(t);
            return NULL;
        }
        SDL_RWclose(rw);
    }
    return t;
}

void text_destroy(Text *t) {
    if (!t) return;
    text_flush(t);
    for (int r = 0; r < TEXT_ROLE_COUNT; r++)
        for (int fi = 0; fi < CHAIN; fi++)
            if (t->fonts[r][fi]) TTF_CloseFont(t->fonts[r][fi]);
    if (t->ttf_started) TTF_Quit();
    free(t);
}

static void resize(Text *t) {
    text_flush(t);
    for (int r = 0; r < TEXT_ROLE_COUNT; r++) {
        int px = px_for((TextRole)r, t->scale, t->floor_px);
        if (px == t->px[r]) continue;
        t->px[r] = px; /* fonts not open yet open at this size when first used */
        /* Same face, new size: SDL_ttf re-sizes in place, no need to read the file again. */
        for (int fi = 0; fi < CHAIN; fi++)
            if (t->fonts[r][fi] && TTF_SetFontSize(t->fonts[r][fi], px) != 0)
                SDL_Log("text: cannot resize %s to %d px: %s", chain_file((TextRole)r, fi), px, TTF_GetError());
    }
}

void text_set_scale(Text *t, float scale) {
    if (scale == t->scale) return;
    t->scale = scale;
    resize(t);
}

void text_set_floor(Text *t, int px) {
    if (px == t->floor_px) return;
    t->floor_px = px;
    resize(t);
}

int text_glyph_height(Text *t, TextRole role) {
    TTF_Font *f = (unsigned)role < TEXT_ROLE_COUNT ? font(t, role) : NULL;
    int top = 0, bottom = 0, miny, maxy;
    if (!f) return 0;
    if (TTF_GlyphMetrics32(f, 'A', NULL, NULL, NULL, &maxy, NULL) == 0) top = maxy;
    if (TTF_GlyphMetrics32(f, 'p', NULL, NULL, &miny, NULL, NULL) == 0) bottom = miny;
    return top - bottom;
}

int text_line_height(Text *t, TextRole role) {
    TTF_Font *f = (unsigned)role < TEXT_ROLE_COUNT ? font(t, role) : NULL;
    int h = f ? TTF_FontLineSkip(f) : t->px[role < TEXT_ROLE_COUNT ? role : 0];
    /* Screens that predict heights from a line's must make room for the script they show
     * most: Devanagari's line is a few pixels taller than Inter's. */
    TTF_Font *tall = t->tall_lines && f ? chain_font(t, role, 1) : NULL;
    if (tall && TTF_FontLineSkip(tall) > h) h = TTF_FontLineSkip(tall);
    return h;
}

void text_set_tall_lines(Text *t, bool devanagari) {
    if (t) t->tall_lines = devanagari;
}

int text_font_px(const Text *t, TextRole role) { return t->px[role]; }

/* --- Text beyond what one font draws: runs, bidi and our own line breaks ------------- */

/* Anything SDL_ttf's own wrapping cannot draw right: a character the role's font lacks,
 * a mark or joiner (a cluster its wrapping could split), or right-to-left text. */
static bool needs_layout(Text *t, TextRole role, const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (u[i] && u[i] < 0x80) i++;
    if (!u[i]) return false; /* plain ASCII: the common case, decided without decoding */
    size_t len = strlen(s);
    TTF_Font *f = font(t, role);
    while (i < len) {
        uint32_t c = tr_next(s, len, &i);
        if (c >= 0x80 && (!tr_plain(c) || !(f && TTF_GlyphIsProvided32(f, c)))) return true;
    }
    return false;
}

typedef struct Layout {
    Text *t;
    TextRole role;
    uint32_t *cps;
    size_t *offs, n;
    uint8_t *brk;
    int8_t *font, *level;
    uint32_t *script;
    TrRun *runs; /* scratch, n long */
    char *buf;   /* one run's UTF-8 (3 bytes a code point at most: U+FFFD for a bad byte) */
    size_t para; /* the paragraph tr_wrap is measuring: its first code point */
    bool used[CHAIN];
} Layout;

static bool provides(void *ctx, int fi, uint32_t c) {
    Layout *L = ctx;
    uint32_t want = fi > 0 ? FALLBACK[fi - 1].script : 0;
    if (want) {
        uint32_t s = tr_script(c);
        bool common = s == TR_SCRIPT_COMMON || s == TR_SCRIPT_INHERITED;
        if (s != want && !(common && L->t->fonts[L->role][fi])) return false;
    }
    TTF_Font *f = chain_font(L->t, L->role, fi);
    return f && TTF_GlyphIsProvided32(f, c);
}

/* Fonts for the m code points from p; a character no font draws gets its stand-in
 * (tr_fold) if it has one. */
static void assign_fonts(Layout *L, size_t p, size_t m) {
    tr_fonts(L->cps + p, m, L->brk + p, CHAIN, provides, L, L->font + p);
    bool folded = false;
    for (size_t i = p; i < p + m; i++)
        if (L->font[i] < 0 && tr_fold(L->cps[i]) != L->cps[i]) {
            L->cps[i] = tr_fold(L->cps[i]);
            folded = true;
        }
    if (folded) tr_fonts(L->cps + p, m, L->brk + p, CHAIN, provides, L, L->font + p);
}

/* A run's font, set for its script and direction, with its text in L->buf. */
static TTF_Font *run_font(Layout *L, const TrRun *r) {
    int fi = r->font >= 0 ? r->font : 0; /* nothing draws it: the role's font shows what it can */
    TTF_Font *f = chain_font(L->t, L->role, fi);
    if (!f) f = font(L->t, L->role);
    if (!f) return NULL;
    L->used[f == L->t->fonts[L->role][fi] ? fi : 0] = true;
    char tag[5] = {(char)(r->script >> 24), (char)(r->script >> 16), (char)(r->script >> 8), (char)r->script, 0};
    TTF_SetFontScriptName(f, tag);
    TTF_SetFontDirection(f, r->level & 1 ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    size_t len = 0;
    for (size_t i = r->start; i < r->start + r->len; i++) {
        uint32_t c = L->cps[i];
        /* A one-colour emoji font cannot tint a skin tone into the emoji before it: it
         * would draw the tone as a swatch beside it, so the emoji shows alone. */
        if (fi == CHAIN - 1 && c >= 0x1F3FB && c <= 0x1F3FF && !(L->brk[i] & TR_CLUSTER)) continue;
        if (c == '\r') continue; /* of a CR LF: the LF ends the paragraph */
        len += tr_encode(c, L->buf + len);
    }
    L->buf[len] = '\0';
    return f;
}

static int run_width(Layout *L, const TrRun *r) {
    TTF_Font *f = run_font(L, r);
    int w = 0;
    if (f && TTF_SizeUTF8(f, L->buf, &w, NULL) != 0) w = 0;
    return w;
}

/* tr_wrap's measure: code points [a, b) of the paragraph at L->para, on one line. */
static int span_width(void *ctx, size_t a, size_t b) {
    Layout *L = ctx;
    size_t count = tr_runs(L->para + a, L->para + b, L->font, L->level, L->script, L->runs, L->n);
    int w = 0;
    for (size_t k = 0; k < count; k++) w += run_width(L, &L->runs[k]);
    return w;
}

typedef struct Line {
    size_t a, b; /* code points of the whole text */
    size_t para; /* its paragraph's first code point */
    bool rtl;
    int w;
} Line;

/* Lays utf8 out and, when out is not NULL, renders it white on a transparent surface
 * (*out, NULL if it fails). Returns the size: the same rules as SDL_ttf's wrapped
 * rendering for width (wrap_w, or the text's own width for one line aligned left) and
 * height (a line pitch each, the tallest font's line skip). */
static SDL_Point layout(Text *t, TextRole role, const char *utf8, int wrap_w, TextAlign align, SDL_Surface **out) {
    SDL_Point size = {0, 0};
    if (out) *out = NULL;
    size_t len = strlen(utf8);
    TTF_Font *f0 = font(t, role);
    Layout L = {.t = t, .role = role};
    L.cps = malloc((len + 1) * sizeof *L.cps);
    L.offs = malloc((len + 1) * sizeof *L.offs);
    L.brk = malloc(len + 1);
    L.font = malloc(len + 1);
    L.level = malloc(len + 1);
    L.script = malloc((len + 1) * sizeof *L.script);
    L.runs = malloc((len + 1) * sizeof *L.runs);
    L.buf = malloc(3 * len + 1);
    size_t *starts = malloc((len + 2) * sizeof *starts), *ends = malloc((len + 2) * sizeof *ends);
    Line *lines = malloc((len + 2) * sizeof *lines);
    size_t nlines = 0;
    if (!f0 || !L.cps || !L.offs || !L.brk || !L.font || !L.level || !L.script || !L.runs || !L.buf || !starts ||
        !ends || !lines)
        goto done;
    L.n = tr_decode(utf8, len, L.cps, L.offs);
    for (size_t p = 0; p <= L.n;) {
        size_t q = p;
        while (q < L.n && L.cps[q] != '\n') q++;
        size_t m = q - p;
        tr_breaks(L.cps + p, m, L.brk + p);
        assign_fonts(&L, p, m);
        bool rtl = tr_bidi(L.cps + p, m, L.level + p);
        tr_scripts(L.cps + p, m, L.script + p);
        L.para = p;
        size_t k = tr_wrap(L.cps + p, m, L.brk + p, wrap_w, span_width, &L, starts, ends);
        for (size_t i = 0; i < k; i++) {
            lines[nlines] = (Line){p + starts[i], p + ends[i], p, rtl, span_width(&L, starts[i], ends[i])};
            nlines++;
        }
        if (q < L.n) { /* the newline itself: its own font and level, never drawn */
            L.font[q] = 0;
            L.level[q] = 0;
            L.script[q] = TR_SCRIPT_COMMON;
        }
        p = q + 1;
    }
    int widest = 0, asc = TTF_FontAscent(f0), desc = -TTF_FontDescent(f0), pitch = TTF_FontLineSkip(f0);
    for (size_t i = 0; i < nlines; i++)
        if (lines[i].w > widest) widest = lines[i].w;
    for (int fi = 1; fi < CHAIN; fi++) {
        TTF_Font *f = L.used[fi] ? t->fonts[role][fi] : NULL;
        if (!f) continue;
        if (TTF_FontAscent(f) > asc) asc = TTF_FontAscent(f);
        if (-TTF_FontDescent(f) > desc) desc = -TTF_FontDescent(f);
        if (TTF_FontLineSkip(f) > pitch) pitch = TTF_FontLineSkip(f);
    }
    if (wrap_w > 0)
        size.x = nlines <= 1 && align == TEXT_LEFT ? SDL_min(wrap_w, widest) : wrap_w;
    else
        size.x = widest;
    size.x = SDL_max(size.x, widest); /* a cluster wider than the wrap shows whole */
    size.y = SDL_max(asc + desc, pitch) + pitch * (int)(nlines - 1);
    if (!out) goto done;
    if (size.x <= 0) { /* nothing visible (only joiners, say): as SDL_ttf says of it */
        SDL_SetError("Text has zero width");
        goto done;
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, size.x, size.y, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!surf) goto done;
    /* White and transparent: blending white glyphs onto it keeps every pixel white. */
    SDL_FillRect(surf, NULL, SDL_MapRGBA(surf->format, 255, 255, 255, 0));
    static const SDL_Color white = {255, 255, 255, 255};
    for (size_t i = 0; i < nlines; i++) {
        const Line *ln = &lines[i];
        size_t count = tr_line_runs(L.cps + ln->para, ln->a - ln->para, ln->b - ln->para, ln->rtl, L.level + ln->para,
                                    L.font + ln->para, L.script + ln->para, L.runs, L.n);
        TextAlign al = align == TEXT_LEFT && ln->rtl ? TEXT_RIGHT : align; /* right-to-left reads from the right */
        int x = al == TEXT_RIGHT ? size.x - ln->w : al == TEXT_CENTER ? size.x / 2 - ln->w / 2 : 0;
        int baseline = (int)i * pitch + asc;
        for (size_t k = 0; k < count && k < L.n; k++) {
            TrRun r = L.runs[k];
            r.start += ln->para;
            TTF_Font *f = run_font(&L, &r);
            SDL_Surface *rs = f && L.buf[0] ? TTF_RenderUTF8_Blended(f, L.buf, white) : NULL;
            if (!rs) continue;
            SDL_SetSurfaceBlendMode(rs, SDL_BLENDMODE_BLEND);
            SDL_Rect dst = {x, baseline - TTF_FontAscent(f), rs->w, rs->h};
            SDL_BlitSurface(rs, NULL, surf, &dst);
            x += rs->w;
            SDL_FreeSurface(rs);
        }
    }
    *out = surf;
done:
    if (f0) { /* the role's font as SDL_ttf's own wrapping uses it */
        TTF_SetFontScriptName(f0, "Zzzz");
        TTF_SetFontDirection(f0, TTF_DIRECTION_LTR);
    }
    free(L.cps);
    free(L.offs);
    free(L.brk);
    free(L.font);
    free(L.level);
    free(L.script);
    free(L.runs);
    free(L.buf);
    free(starts);
    free(ends);
    free(lines);
    return size;
}

int text_missing(Text *t, TextRole role, const char *utf8) {
    size_t len = strlen(utf8);
    Layout L = {.t = t, .role = role};
    L.cps = malloc((len + 1) * sizeof *L.cps);
    L.offs = malloc((len + 1) * sizeof *L.offs);
    L.brk = malloc(len + 1);
    L.font = malloc(len + 1);
    int missing = 0;
    if (L.cps && L.offs && L.brk && L.font) {
        size_t n = tr_decode(utf8, len, L.cps, L.offs);
        tr_breaks(L.cps, n, L.brk);
        assign_fonts(&L, 0, n);
        for (size_t i = 0; i < n; i++) {
            uint32_t c = L.cps[i];
            if (tr_ignorable(c)) continue;
            TTF_Font *f = L.font[i] >= 0 ? chain_font(t, role, L.font[i]) : NULL;
            if (!f || !TTF_GlyphIsProvided32(f, c)) missing++;
        }
    } else {
        missing = -1;
    }
    free(L.cps);
    free(L.offs);
    free(L.brk);
    free(L.font);
    return missing;
}

/* utf8's width on one line, as text_draw would draw it. */
static int line_width(Text *t, TextRole role, const char *utf8) {
    if (needs_layout(t, role, utf8)) return layout(t, role, utf8, 0, TEXT_LEFT, NULL).x;
    int w = 0;
    TTF_Font *f = font(t, role);
    return f && TTF_SizeUTF8(f, utf8, &w, NULL) == 0 ? w : 0;
}

void text_fit(Text *t, TextRole role, const char *utf8, int max_w, char *out, size_t size) {
    snprintf(out, size, "%s", utf8);
    if (!font(t, role) || max_w <= 0 || line_width(t, role, out) <= max_w) return;
    /* Drop whole grapheme clusters from the end until the rest and an ellipsis fit: never
     * half a conjunct, a letter without its marks, or half an emoji. */
    size_t len = strlen(out);
    uint32_t *cps = malloc((len + 1) * sizeof *cps);
    size_t *offs = malloc((len + 1) * sizeof *offs);
    uint8_t *brk = malloc(len + 1);
    if (cps && offs && brk) {
        size_t n = tr_decode(out, len, cps, offs);
        tr_breaks(cps, n, brk);
        for (size_t c = n; c-- > 0;) {
            if (!(brk[c] & TR_CLUSTER) || c == 0) continue;
            size_t cut = offs[c];
            if (cut + 4 > size) continue;
            memcpy(out + cut, "\xE2\x80\xA6", 4);
            if (line_width(t, role, out) <= max_w) goto done;
        }
    }
    snprintf(out, size, "\xE2\x80\xA6");
done:
    free(cps);
    free(offs);
    free(brk);
}

void text_observe(Text *t, TextObserver fn, void *ctx) {
    t->observer = fn;
    t->observer_ctx = ctx;
}

unsigned long text_rasterised(const Text *t) { return t->rasterised; }

int text_fonts_open(const Text *t) {
    int open = 0;
    for (int r = 0; r < TEXT_ROLE_COUNT; r++)
        for (int fi = 0; fi < CHAIN; fi++) open += t->fonts[r][fi] != NULL;
    return open;
}

static Entry *lookup(Text *t, TextRole role, const char *s, int wrap, TextAlign align) {
    if ((unsigned)role >= TEXT_ROLE_COUNT || !s || !*s) return NULL;
    if (wrap < 0) wrap = 0;
    uint64_t h = hash_of(s, role, wrap, align);
    Entry *victim = &t->cache[0];
    for (int i = 0; i < CACHE_CAP; i++) {
        Entry *e = &t->cache[i];
        if (e->tex && e->hash == h && e->role == (int)role && e->wrap == wrap && e->align == (int)align &&
            strcmp(e->str, s) == 0) {
            e->last_used = ++t->clock;
            return e;
        }
        if (!e->tex) {
            if (victim->tex) victim = e;
        } else if (victim->tex && e->last_used < victim->last_used) {
            victim = e;
        }
    }
    drop(victim);

    TTF_Font *f = font(t, role);
    if (!f) return NULL;
    /* Always white: the colour comes from texture colour modulation, so one texture
     * serves every colour and every fade step. */
    static const SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *surf = NULL;
    if (needs_layout(t, role, s)) {
        layout(t, role, s, wrap, align, &surf);
    } else {
        TTF_SetFontWrappedAlign(f, align == TEXT_CENTER  ? TTF_WRAPPED_ALIGN_CENTER
                                   : align == TEXT_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                         : TTF_WRAPPED_ALIGN_LEFT);
        surf = TTF_RenderUTF8_Blended_Wrapped(f, s, white, (Uint32)wrap);
    }
    t->rasterised++;
    if (!surf) {
        /* Never the text itself: it may be a player's name or what they answered. */
        SDL_Log("text: cannot render a text of %zu bytes: %s", strlen(s), TTF_GetError());
        return NULL;
    }
    SDL_Texture *tex = SDL_CreateTextureFromSurface(t->renderer, surf);
    int w = surf->w, h2 = surf->h;
    SDL_FreeSurface(surf);
    char *copy = malloc(strlen(s) + 1);
    if (!tex || !copy) {
        SDL_Log("text: cannot make a texture for a text of %zu bytes: %s", strlen(s),
                tex ? "out of memory" : SDL_GetError());
        if (tex) SDL_DestroyTexture(tex);
        free(copy);
        return NULL;
    }
    strcpy(copy, s);
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    victim->tex = tex;
    victim->str = copy;
    victim->hash = h;
    victim->role = (int)role;
    victim->wrap = wrap;
    victim->align = (int)align;
    victim->w = w;
    victim->h = h2;
    victim->last_used = ++t->clock;
    return victim;
}

SDL_Point text_measure(Text *t, TextRole role, const char *utf8, int wrap_w, TextAlign align) {
    Entry *e = lookup(t, role, utf8, wrap_w, align);
    SDL_Point p = {0, 0};
    if (e) {
        p.x = e->w;
        p.y = e->h;
    }
    return p;
}

SDL_Point text_draw(Text *t, TextRole role, const char *utf8, int x, int y, int wrap_w, SDL_Color c, TextAlign align) {
    Entry *e = lookup(t, role, utf8, wrap_w, align);
    SDL_Point p = {0, 0};
    if (!e) return p;
    SDL_Rect dst = {x, y, e->w, e->h};
    if (align == TEXT_CENTER)
        dst.x = x - e->w / 2;
    else if (align == TEXT_RIGHT)
        dst.x = x - e->w;
    SDL_SetTextureColorMod(e->tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(e->tex, c.a);
    SDL_RenderCopy(t->renderer, e->tex, NULL, &dst);
    /* Observers hear what can be seen: a string faded out to nothing is not on the screen. */
    if (t->observer && c.a > 0) t->observer(t->observer_ctx, role, utf8, dst);
    p.x = e->w;
    p.y = e->h;
    return p;
}
