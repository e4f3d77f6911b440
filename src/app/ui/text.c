/* Fonts in a few roles and word-wrapped UTF-8 text rendered once into cached textures. */
#include "app/ui/text.h"

#include "app/platform/rwops.h"

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
    TTF_Font *fonts[TEXT_ROLE_COUNT]; /* opened on first use (font()) */
    bool failed[TEXT_ROLE_COUNT];
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

/* Opens a role's font on first use: the first screen needs only some of them, and each
 * costs memory (a FreeType face and its HarfBuzz tables) and time. text_create has
 * checked that every file opens. Returns NULL, logged, if it cannot be loaded after all. */
static TTF_Font *font(Text *t, TextRole role) {
    if (t->fonts[role] || t->failed[role]) return t->fonts[role];
    SDL_RWops *rw = rwops_open(ROLE_SPECS[role].file);
    /* freesrc: the font keeps reading from rw while it lives and closes it at the end. */
    t->fonts[role] = rw ? TTF_OpenFontRW(rw, 1, t->px[role]) : NULL;
    if (!t->fonts[role]) {
        SDL_Log("text: cannot load the font %s: %s", ROLE_SPECS[role].file, SDL_GetError());
        t->failed[role] = true;
        return NULL;
    }
    TTF_SetFontHinting(t->fonts[role], TTF_HINTING_LIGHT);
    return t->fonts[role];
}

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
        if (t->fonts[r]) TTF_CloseFont(t->fonts[r]);
    if (t->ttf_started) TTF_Quit();
    free(t);
}

static void resize(Text *t) {
    text_flush(t);
    for (int r = 0; r < TEXT_ROLE_COUNT; r++) {
        int px = px_for((TextRole)r, t->scale, t->floor_px);
        if (px == t->px[r]) continue;
        if (!t->fonts[r]) {
            t->px[r] = px; /* opened at this size when first used */
            continue;
        }
        /* Same face, new size: SDL_ttf re-sizes in place, no need to read the file again. */
        if (TTF_SetFontSize(t->fonts[r], px) == 0)
            t->px[r] = px;
        else
            SDL_Log("text: cannot resize %s to %d px: %s", ROLE_SPECS[r].file, px, TTF_GetError());
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
    return f ? TTF_FontLineSkip(f) : t->px[role < TEXT_ROLE_COUNT ? role : 0];
}

int text_font_px(const Text *t, TextRole role) { return t->px[role]; }

void text_fit(Text *t, TextRole role, const char *utf8, int max_w, char *out, size_t size) {
    snprintf(out, size, "%s", utf8);
    TTF_Font *f = font(t, role);
    int w = 0;
    if (!f || max_w <= 0 || (TTF_SizeUTF8(f, out, &w, NULL) == 0 && w <= max_w)) return;
    /* Drop whole characters from the end until the rest and an ellipsis fit. */
    size_t len = strlen(out);
    while (len > 0) {
        do len--;
        while (len > 0 && ((unsigned char)out[len] & 0xC0) == 0x80);
        if (len + 4 > size) continue;
        memcpy(out + len, "\xE2\x80\xA6", 4);
        if (TTF_SizeUTF8(f, out, &w, NULL) == 0 && w <= max_w) return;
        out[len] = '\0';
    }
    snprintf(out, size, "\xE2\x80\xA6");
}

void text_observe(Text *t, TextObserver fn, void *ctx) {
    t->observer = fn;
    t->observer_ctx = ctx;
}

unsigned long text_rasterised(const Text *t) { return t->rasterised; }

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
    TTF_SetFontWrappedAlign(f, align == TEXT_CENTER  ? TTF_WRAPPED_ALIGN_CENTER
                               : align == TEXT_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                     : TTF_WRAPPED_ALIGN_LEFT);
    SDL_Surface *surf = TTF_RenderUTF8_Blended_Wrapped(f, s, white, (Uint32)wrap);
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
