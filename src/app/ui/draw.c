/* Drawing helpers for a calm, warm look: layout scale, smooth shapes, buttons, key caps. */
#include "app/ui/draw.h"

#include "core/i18n.h"

#include "app/ui/framelog.h"

#include <math.h>
#include <string.h>

#define PI_F 3.14159265358979f

void ui_update(Ui *ui, int w, int h, float user_scale) {
    if (w < 1) w = 1;
    if (h < 1) h = 1;
    float sx = (float)w / 1280.0f, sy = (float)h / 720.0f;
    ui->w = w;
    ui->h = h;
    ui->s = (sx < sy ? sx : sy) * user_scale;
    if (ui->s < 0.1f) ui->s = 0.1f;
    ui->lw = (float)w / ui->s;
    ui->lh = (float)h / ui->s;
    ui->ring = 1.0f;
}

float ui_px(const Ui *ui, float ref) { return ref * ui->s; }

int ui_pxi(const Ui *ui, float ref) { return (int)lroundf(ref * ui->s); }

bool rect_contains(SDL_FRect r, float x, float y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

/* ---- The sprite cache ----
 * Every shape is a white texture whose alpha is the shape's coverage of each pixel,
 * worked out from a signed distance e (negative inside, in pixels): coverage is
 * 0.5 - e, clamped. Colour comes from texture colour modulation, so one texture
 * serves every colour. Sizes are whole or quarter pixels, so a layout uses a handful
 * of textures and a frame creates none. */

enum { SPRITE_CAP = 192 };

typedef enum SpriteKind { SP_CORNER, SP_EDGE_H, SP_EDGE_V, SP_SHAPE, SP_ARC, SP_LENS, SP_VIGNETTE, SP_MARK } SpriteKind;
typedef enum Profile { P_FILL, P_OUTLINE, P_SHADOW } Profile;

typedef struct SpriteKey {
    int kind, a, b, c, d, e, f;
} SpriteKey;

typedef struct Sprite {
    SpriteKey key;
    SDL_Texture *tex; /* NULL: free slot */
    int w, h;
    Uint64 used;
} Sprite;

struct DrawCache {
    SDL_Renderer *r;
    Sprite s[SPRITE_CAP];
    Uint64 clock;
};

DrawCache *draw_cache_create(SDL_Renderer *r) {
    DrawCache *c = SDL_calloc(1, sizeof *c);
    if (c) c->r = r;
    return c;
}

void draw_cache_flush(DrawCache *c) {
    if (!c) return;
    for (int i = 0; i < SPRITE_CAP; i++) {
        if (c->s[i].tex) SDL_DestroyTexture(c->s[i].tex);
        memset(&c->s[i], 0, sizeof c->s[i]);
    }
}

void draw_cache_destroy(DrawCache *c) {
    draw_cache_flush(c);
    SDL_free(c);
}

static float clamp01(float v) { return v < 0 ? 0 : v > 1 ? 1 : v; }

static float profile(Profile p, float e, float width, float spread) {
    switch (p) {
    case P_OUTLINE: return clamp01(0.5f - e) * clamp01(e + width + 0.5f);
    case P_SHADOW: {
        if (e <= 0) return 1;
        if (e >= spread) return 0;
        float t = 1 - e / spread;
        return t * t;
    }
    case P_FILL:
    default: return clamp01(0.5f - e);
    }
}

/* Signed distance to a polygon: exact, for convex and star shapes alike. */
static float poly_sdf(const SDL_FPoint *p, int n, float x, float y) {
    float best = 1e30f;
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        float ex = p[i].x - p[j].x, ey = p[i].y - p[j].y;
        float wx = x - p[j].x, wy = y - p[j].y;
        float t = clamp01((wx * ex + wy * ey) / (ex * ex + ey * ey));
        float dx = wx - ex * t, dy = wy - ey * t;
        float d2 = dx * dx + dy * dy;
        if (d2 < best) best = d2;
        if ((p[i].y > y) != (p[j].y > y) && x < (p[j].x - p[i].x) * (y - p[i].y) / (p[j].y - p[i].y) + p[i].x)
            inside = !inside;
    }
    float d = sqrtf(best);
    return inside ? -d : d;
}

/* The polygon of a marker shape around (0, 0), and how much its corners are rounded. */
static int shape_polygon(Shape s, float r, SDL_FPoint *p, float *round) {
    int n = 0;
    *round = r * 0.1f;
    float k = *round;
    switch (s) {
    case SHAPE_TRIANGLE: {
        /* Nudged down so it looks centred: a triangle's weight sits low. */
        float R = r * 1.12f - 2 * k, oy = r * 0.16f;
        for (int i = 0; i < 3; i++) {
            float a = -PI_F * 0.5f + 2 * PI_F * (float)i / 3.0f;
            p[n++] = (SDL_FPoint){cosf(a) * R, oy + sinf(a) * R};
        }
        break;
    }
    case SHAPE_DIAMOND:
        p[n++] = (SDL_FPoint){0, -(r * 1.08f - k * 1.4f)};
        p[n++] = (SDL_FPoint){r * 0.92f - k * 1.4f, 0};
        p[n++] = (SDL_FPoint){0, r * 1.08f - k * 1.4f};
        p[n++] = (SDL_FPoint){-(r * 0.92f - k * 1.4f), 0};
        break;
    case SHAPE_STAR:
        *round = k = r * 0.05f;
        for (int i = 0; i < 10; i++) {
            float a = -PI_F * 0.5f + PI_F * (float)i / 5.0f;
            float R = (i % 2 == 0) ? r * 1.12f - 2 * k : r * 0.5f;
            p[n++] = (SDL_FPoint){cosf(a) * R, r * 0.06f + sinf(a) * R};
        }
        break;
    default: break;
    }
    return n;
}

static float shape_sdf(Shape s, float r, const SDL_FPoint *poly, int n, float round, float x, float y) {
    switch (s) {
    case SHAPE_CIRCLE: return sqrtf(x * x + y * y) - r;
    case SHAPE_SQUARE: {
        float h = r * 0.82f, k = r * 0.22f;
        float qx = fabsf(x) - (h - k), qy = fabsf(y) - (h - k);
        float ox = qx > 0 ? qx : 0, oy = qy > 0 ? qy : 0;
        float in = qx > qy ? qx : qy;
        return sqrtf(ox * ox + oy * oy) + (in < 0 ? in : 0) - k;
    }
    default: return poly_sdf(poly, n, x, y) - round;
    }
}

static float seg_dist(float px, float py, float ax, float ay, float bx, float by) {
    float dx = bx - ax, dy = by - ay;
    float t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    float qx = px - (ax + t * dx), qy = py - (ay + t * dy);
    return sqrtf(qx * qx + qy * qy);
}

/* Distance from a mark's centre line, in pixels, for a box s pixels square centred on 0. */
static float mark_dist(Mark m, float x, float y, float s) {
    switch (m) {
    case MARK_CROSS: {
        float a = 0.25f * s;
        return fminf(seg_dist(x, y, -a, -a, a, a), seg_dist(x, y, -a, a, a, -a));
    }
    case MARK_RING: return fabsf(sqrtf(x * x + y * y) - 0.29f * s);
    case MARK_SQUARE: {
        float b = 0.245f * s, qx = fabsf(x) - b, qy = fabsf(y) - b;
        float ox = fmaxf(qx, 0), oy = fmaxf(qy, 0);
        return fabsf(sqrtf(ox * ox + oy * oy) + fminf(fmaxf(qx, qy), 0));
    }
    case MARK_TRIANGLE: {
        /* Pointing up, nudged down so it looks centred (its centroid sits low). */
        float r = 0.33f * s, dy = 0.04f * s;
        float ax = 0, ay = dy - r, bx = r * 0.866f, by = r * 0.5f + dy, cx = -bx;
        return fminf(seg_dist(x, y, ax, ay, bx, by),
                     fminf(seg_dist(x, y, bx, by, cx, by), seg_dist(x, y, cx, by, ax, ay)));
    }
    case MARK_RAYS: {
        /* Three short rays bursting up and out. */
        float oy = 0.18f * s, a = 0.14f * s, b = 0.4f * s;
        return fminf(seg_dist(x, y, 0, oy - a, 0, oy - b),
                     fminf(seg_dist(x, y, -0.7f * a, oy - 0.7f * a, -0.7f * b, oy - 0.7f * b),
                           seg_dist(x, y, 0.7f * a, oy - 0.7f * a, 0.7f * b, oy - 0.7f * b)));
    }
    default: return 1e9f;
    }
}

static void make_pixels(const SpriteKey *k, int w, int h, Uint32 *out) {
    float q = 0.25f; /* quarter pixels */
    SDL_FPoint poly[12];
    int n = 0;
    float round = 0;
    if (k->kind == SP_SHAPE) n = shape_polygon((Shape)k->a, (float)k->b * q, poly, &round);
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            float fx = (float)x + 0.5f, fy = (float)y + 0.5f, cov = 0;
            switch (k->kind) {
            case SP_CORNER: { /* a = R, b = M, c = profile, d = width/4 */
                float cc = (float)(k->a + k->b), dx = cc - fx, dy = cc - fy;
                float e =
                    (dx > 0 && dy > 0) ? sqrtf(dx * dx + dy * dy) - (float)k->a : (dx > dy ? dx : dy) - (float)k->a;
                cov = profile((Profile)k->c, e, (float)k->d * q, (float)k->b);
                break;
            }
            case SP_EDGE_H: /* a = M, b = profile, c = width/4 */
                cov = profile((Profile)k->b, (float)k->a - fy, (float)k->c * q, (float)k->a);
                break;
            case SP_EDGE_V: cov = profile((Profile)k->b, (float)k->a - fx, (float)k->c * q, (float)k->a); break;
            case SP_SHAPE: { /* a = shape, b = radius/4, c = width/4 (0 fills) */
                float e =
                    shape_sdf((Shape)k->a, (float)k->b * q, poly, n, round, fx - (float)w * 0.5f, fy - (float)h * 0.5f);
                cov = k->c ? profile(P_OUTLINE, e, (float)k->c * q, 0) : clamp01(0.5f - e);
                break;
            }
            case SP_ARC: { /* a = radius/4, b = width/4, c = frac * 1024; round caps */
                float r = (float)k->a * q, wd = (float)k->b * q, mid = r - wd * 0.5f;
                float frac = (float)k->c / 1024.0f;
                float px = fx - (float)w * 0.5f, py = fy - (float)h * 0.5f;
                float d = sqrtf(px * px + py * py);
                float ang = atan2f(px, -py); /* 0 at the top, clockwise */
                if (ang < 0) ang += 2 * PI_F;
                float e;
                if (frac >= 1.0f || ang <= frac * 2 * PI_F) {
                    e = fabsf(d - mid) - wd * 0.5f;
                } else {
                    float ex = sinf(frac * 2 * PI_F) * mid, ey = -cosf(frac * 2 * PI_F) * mid;
                    float d0 = sqrtf(px * px + (py + mid) * (py + mid));
                    float d1 = sqrtf((px - ex) * (px - ex) + (py - ey) * (py - ey));
                    e = (d0 < d1 ? d0 : d1) - wd * 0.5f;
                }
                cov = clamp01(0.5f - e);
                break;
            }
            case SP_MARK: { /* a = mark; the box is w pixels square */
                float stroke = fmaxf(1.5f, 0.095f * (float)w);
                float e = mark_dist((Mark)k->a, fx - (float)w * 0.5f, fy - (float)h * 0.5f, (float)w) - stroke * 0.5f;
                cov = clamp01(0.5f - e);
                break;
            }
            case SP_LENS: { /* a = radius/4, b = centre offset/4 */
                float r = (float)k->a * q, off = (float)k->b * q;
                float px = fx - (float)w * 0.5f, py = fy - (float)h * 0.5f;
                float e1 = sqrtf((px + off) * (px + off) + py * py) - r;
                float e2 = sqrtf((px - off) * (px - off) + py * py) - r;
                cov = clamp01(0.5f - (e1 > e2 ? e1 : e2));
                break;
            }
            case SP_VIGNETTE: { /* b, c = size; d, e = colours 0xRRGGBB */
                float u = (fx / (float)w - 0.5f) * 2.0f, v = (fy / (float)h - 0.42f) * 2.0f;
                float dist = sqrtf(u * u * 0.9f + v * v);
                float t = clamp01((dist - 0.4f) / 1.05f);
                t = t * t * (3 - 2 * t);
                unsigned c0 = (unsigned)k->d, c1 = (unsigned)k->e;
                Uint8 rgba[4];
                for (int ch = 0; ch < 3; ch++) {
                    float a0 = (float)((c0 >> (16 - 8 * ch)) & 255), a1 = (float)((c1 >> (16 - 8 * ch)) & 255);
                    rgba[ch] = (Uint8)(a0 + (a1 - a0) * t + 0.5f);
                }
                rgba[3] = 255;
                memcpy(&out[y * w + x], rgba, 4);
                continue;
            }
            default: break;
            }
            Uint8 rgba[4] = {255, 255, 255, (Uint8)(cov * 255.0f + 0.5f)};
            memcpy(&out[y * w + x], rgba, 4);
        }
    }
}

/* The vignette is opaque and stretched over the whole window. In the window's own pixel
 * format SDL's software renderer scales it straight into the window; in any other it
 * goes through two temporary surfaces the size of the window (8 MB at 1080p, and time
 * on every frame). GPU renderers take any format as it is. */
static Uint32 opaque_format(SDL_Renderer *r) {
    SDL_RendererInfo info;
    SDL_Window *w = SDL_RenderGetWindow(r);
    if (!w || SDL_GetRendererInfo(r, &info) != 0 || !(info.flags & SDL_RENDERER_SOFTWARE))
        return SDL_PIXELFORMAT_RGBA32;
    Uint32 f = SDL_GetWindowPixelFormat(w);
    bool plain32 = SDL_BYTESPERPIXEL(f) == 4 && !SDL_ISPIXELFORMAT_INDEXED(f) && f != SDL_PIXELFORMAT_ARGB2101010;
    return plain32 ? f : SDL_PIXELFORMAT_RGBA32;
}

static Sprite *sprite_get(const Draw *d, SpriteKey key, int w, int h) {
    DrawCache *c = d->cache;
    if (!c || w <= 0 || h <= 0 || w > 4096 || h > 4096) return NULL;
    Sprite *victim = &c->s[0];
    for (int i = 0; i < SPRITE_CAP; i++) {
        Sprite *s = &c->s[i];
        if (s->tex && !memcmp(&s->key, &key, sizeof key) && s->w == w && s->h == h) {
            s->used = ++c->clock;
            return s;
        }
        if (!s->tex) {
            if (victim->tex) victim = s;
        } else if (victim->tex && s->used < victim->used) {
            victim = s;
        }
    }
    Uint32 *px = SDL_malloc((size_t)w * (size_t)h * 4 * 2);
    if (!px) return NULL;
    make_pixels(&key, w, h, px);
    bool vignette = key.kind == SP_VIGNETTE;
    Uint32 format = vignette ? opaque_format(c->r) : SDL_PIXELFORMAT_RGBA32;
    Uint32 *conv = px + (size_t)w * (size_t)h;
    if (format != SDL_PIXELFORMAT_RGBA32 &&
        SDL_ConvertPixels(w, h, SDL_PIXELFORMAT_RGBA32, px, w * 4, format, conv, w * 4) != 0)
        format = SDL_PIXELFORMAT_RGBA32;
    SDL_Texture *tex = SDL_CreateTexture(c->r, format, SDL_TEXTUREACCESS_STATIC, w, h);
    if (tex) SDL_UpdateTexture(tex, NULL, format == SDL_PIXELFORMAT_RGBA32 ? px : conv, w * 4);
    SDL_free(px);
    if (!tex) {
        SDL_Log("draw: cannot make a %dx%d texture: %s", w, h, SDL_GetError());
        return NULL;
    }
    SDL_SetTextureBlendMode(tex, vignette ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    /* Stretched edges repeat one line of pixels: nearest is exact there. The
     * vignette is a small gradient blown up to the screen: linear keeps it smooth. */
    SDL_SetTextureScaleMode(tex, vignette ? SDL_ScaleModeLinear : SDL_ScaleModeNearest);
    if (victim->tex) SDL_DestroyTexture(victim->tex);
    victim->key = key;
    victim->tex = tex;
    victim->w = w;
    victim->h = h;
    victim->used = ++c->clock;
    return victim;
}

static void blit(const Draw *d, const Sprite *s, int x, int y, int w, int h, SDL_RendererFlip flip, SDL_Color c) {
    if (!s || w <= 0 || h <= 0) return;
    SDL_Rect dst = {x, y, w, h};
    SDL_SetTextureColorMod(s->tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(s->tex, c.a);
    if (flip == SDL_FLIP_NONE)
        SDL_RenderCopy(d->r, s->tex, NULL, &dst);
    else
        SDL_RenderCopyEx(d->r, s->tex, NULL, &dst, 0, NULL, flip);
}

static int quarter(float v) { return (int)lroundf(v * 4.0f); }

static void fill_irect(const Draw *d, int x, int y, int w, int h, SDL_Color c) {
    if (w <= 0 || h <= 0) return;
    SDL_Rect r = {x, y, w, h};
    SDL_SetRenderDrawBlendMode(d->r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(d->r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(d->r, &r);
}

/* A rounded rectangle from nine pieces: four corners (one texture, flipped), four
 * edges (a one-pixel line stretched) and the middle. margin is how far it reaches
 * outside rect (a shadow's spread). */
static void nine_slice(const Draw *d, SDL_FRect rf, float radius, Profile prof, float width, float margin,
                       SDL_Color c) {
    if (c.a == 0) return;
    int x0 = (int)lroundf(rf.x), y0 = (int)lroundf(rf.y);
    int x1 = (int)lroundf(rf.x + rf.w), y1 = (int)lroundf(rf.y + rf.h);
    int w = x1 - x0, h = y1 - y0;
    if (w <= 0 || h <= 0) return;
    int half = (w < h ? w : h) / 2;
    int R = (int)lroundf(radius);
    if (R > half) R = half;
    if (R < 0) R = 0;
    int M = margin > 0 ? (int)lroundf(margin) : 0;
    int w4 = prof == P_OUTLINE ? (quarter(width) > 0 ? quarter(width) : 1) : 0;
    int inner = R;
    if (prof == P_OUTLINE && (w4 + 3) / 4 > inner) inner = (w4 + 3) / 4;
    if (inner > half) inner = half;
    int T = M + inner;
    if (T == 0) {
        fill_irect(d, x0, y0, w, h, c);
        return;
    }
    Sprite *corner = sprite_get(d, (SpriteKey){SP_CORNER, R, M, prof, w4, T, 0}, T, T);
    Sprite *eh = sprite_get(d, (SpriteKey){SP_EDGE_H, M, prof, w4, T, 0, 0}, 1, T);
    Sprite *ev = sprite_get(d, (SpriteKey){SP_EDGE_V, M, prof, w4, T, 0, 0}, T, 1);
    int X0 = x0 - M, Y0 = y0 - M, X1 = x1 + M, Y1 = y1 + M;
    int mw = X1 - X0 - 2 * T, mh = Y1 - Y0 - 2 * T;
    blit(d, corner, X0, Y0, T, T, SDL_FLIP_NONE, c);
    blit(d, corner, X1 - T, Y0, T, T, SDL_FLIP_HORIZONTAL, c);
    blit(d, corner, X0, Y1 - T, T, T, SDL_FLIP_VERTICAL, c);
    blit(d, corner, X1 - T, Y1 - T, T, T, (SDL_RendererFlip)(SDL_FLIP_HORIZONTAL | SDL_FLIP_VERTICAL), c);
    blit(d, eh, X0 + T, Y0, mw, T, SDL_FLIP_NONE, c);
    blit(d, eh, X0 + T, Y1 - T, mw, T, SDL_FLIP_VERTICAL, c);
    blit(d, ev, X0, Y0 + T, T, mh, SDL_FLIP_NONE, c);
    blit(d, ev, X1 - T, Y0 + T, T, mh, SDL_FLIP_HORIZONTAL, c);
    if (prof != P_OUTLINE) fill_irect(d, X0 + T, Y0 + T, mw, mh, c);
}

/* The screens' area may be inset in the output (TV-safe margins: app.c sets a viewport).
 * Backdrops still fill the whole output, so a dimmed or covered screen has no frame. */
static bool viewport_inset(const Draw *d, SDL_Rect *vp) {
    SDL_RenderGetViewport(d->r, vp);
    return vp->x != 0 || vp->y != 0;
}

void draw_rect(const Draw *d, SDL_FRect rect, SDL_Color c) {
    if (c.a == 0) return;
    SDL_Rect vp;
    if (rect.x <= 0 && rect.y <= 0 && rect.x + rect.w >= (float)d->ui->w && rect.y + rect.h >= (float)d->ui->h &&
        viewport_inset(d, &vp)) {
        int ow, oh;
        SDL_RenderSetViewport(d->r, NULL);
        SDL_GetRendererOutputSize(d->r, &ow, &oh);
        fill_irect(d, 0, 0, ow, oh, c);
        SDL_RenderSetViewport(d->r, &vp);
        return;
    }
    int x0 = (int)lroundf(rect.x), y0 = (int)lroundf(rect.y);
    fill_irect(d, x0, y0, (int)lroundf(rect.x + rect.w) - x0, (int)lroundf(rect.y + rect.h) - y0, c);
}

void draw_round_rect(const Draw *d, SDL_FRect rc, float radius, SDL_Color c) {
    nine_slice(d, rc, radius, P_FILL, 0, 0, c);
}

void draw_round_rect_outline(const Draw *d, SDL_FRect rc, float radius, float width, SDL_Color c) {
    nine_slice(d, rc, radius, P_OUTLINE, width, 0, c);
}

void draw_shadow(const Draw *d, SDL_FRect rc, float radius, float spread, SDL_Color c) {
    bool edge = d->th->high; /* high contrast has no soft shadows: a raised surface gets a hard edge */
    if (d->log && (c.a > 0 || edge) && framelog_visible(d->r, (SDL_Rect){(int)rc.x, (int)rc.y, (int)rc.w, (int)rc.h}))
        framelog_box(d->log, BOX_PANEL, rc);
    if (edge) {
        /* Drawn before the surface, a border-coloured rim shows around it. */
        float e = ui_px(d->ui, 2);
        draw_round_rect(d, (SDL_FRect){rc.x - e, rc.y - e, rc.w + 2 * e, rc.h + 2 * e}, radius + e, d->th->border);
        return;
    }
    /* Light from above: the shadow sits a little low and a little inset. */
    SDL_FRect in = {rc.x + spread * 0.25f, rc.y + spread * 0.5f, rc.w - spread * 0.5f, rc.h - spread * 0.25f};
    nine_slice(d, in, radius, P_SHADOW, 0, spread, c);
}

void draw_shape(const Draw *d, Shape s, float cx, float cy, float radius, float width, SDL_Color c) {
    if (c.a == 0 || radius <= 0) return;
    int r4 = quarter(radius), w4 = width > 0 ? quarter(width) : 0;
    if (w4 == 0 && width > 0) w4 = 1;
    /* Even size, centre on a pixel corner: the shape is symmetric in its texture. */
    int size = 2 * (int)ceilf((float)r4 * 0.25f * 1.2f + 2);
    Sprite *sp = sprite_get(d, (SpriteKey){SP_SHAPE, (int)s, r4, w4, 0, 0, 0}, size, size);
    blit(d, sp, (int)lroundf(cx) - size / 2, (int)lroundf(cy) - size / 2, size, size, SDL_FLIP_NONE, c);
}

void draw_circle(const Draw *d, float cx, float cy, float radius, SDL_Color c) {
    draw_shape(d, SHAPE_CIRCLE, cx, cy, radius, 0, c);
}

void draw_mark(const Draw *d, Mark m, float cx, float cy, float size, SDL_Color c) {
    int n = (int)lroundf(size);
    if (n < 4 || (unsigned)m >= MARK_COUNT) return;
    Sprite *sp = sprite_get(d, (SpriteKey){SP_MARK, (int)m, 0, 0, 0, 0, 0}, n, n);
    blit(d, sp, (int)lroundf(cx - (float)n * 0.5f), (int)lroundf(cy - (float)n * 0.5f), n, n, SDL_FLIP_NONE, c);
}

void draw_circle_outline(const Draw *d, float cx, float cy, float radius, float width, SDL_Color c) {
    draw_shape(d, SHAPE_CIRCLE, cx, cy, radius, width, c);
}

void draw_ring(const Draw *d, float cx, float cy, float radius, float width, float frac, SDL_Color c, SDL_Color track) {
    draw_circle_outline(d, cx, cy, radius, width, track);
    if (frac <= 0 || c.a == 0) return;
    int fq = (int)lroundf((frac > 1 ? 1 : frac) * 1024.0f);
    if (fq == 0) return;
    int r4 = quarter(radius), w4 = quarter(width) > 0 ? quarter(width) : 1;
    int size = 2 * (int)ceilf(radius + 2);
    Sprite *sp = sprite_get(d, (SpriteKey){SP_ARC, r4, w4, fq, 0, 0, 0}, size, size);
    blit(d, sp, (int)lroundf(cx) - size / 2, (int)lroundf(cy) - size / 2, size, size, SDL_FLIP_NONE, c);
}

void draw_bar(const Draw *d, SDL_FRect rc, float frac, SDL_Color c, SDL_Color track) {
    float radius = rc.h * 0.5f;
    draw_round_rect(d, rc, radius, track);
    if (frac <= 0) return;
    if (frac > 1) frac = 1;
    SDL_FRect fill = rc;
    fill.w = rc.w * frac;
    if (fill.w < rc.h) fill.w = rc.h; /* keep the rounded end whole */
    draw_round_rect(d, fill, radius, c);
}

static unsigned packed(SDL_Color c) { return ((unsigned)c.r << 16) | ((unsigned)c.g << 8) | c.b; }

void draw_vignette(const Draw *d) {
    int ow = d->ui->w, oh = d->ui->h;
    SDL_Rect vp;
    bool inset = viewport_inset(d, &vp);
    if (inset) {
        SDL_RenderSetViewport(d->r, NULL);
        SDL_GetRendererOutputSize(d->r, &ow, &oh);
    }
    int vw = 160, vh = (int)lroundf(160.0f * (float)oh / (float)(ow > 0 ? ow : 1));
    if (vh < 16) vh = 16;
    if (vh > 400) vh = 400;
    Sprite *sp = sprite_get(
        d, (SpriteKey){SP_VIGNETTE, 0, vw, vh, (int)packed(d->th->bg), (int)packed(d->th->bg_edge), 0}, vw, vh);
    if (!sp) {
        SDL_SetRenderDrawColor(d->r, d->th->bg.r, d->th->bg.g, d->th->bg.b, 255);
        SDL_RenderClear(d->r);
    } else {
        SDL_RenderCopy(d->r, sp->tex, NULL, NULL);
    }
    if (inset) SDL_RenderSetViewport(d->r, &vp);
}

void draw_logo(const Draw *d, float cx, float cy, float radius, float apart) {
    const Theme *th = d->th;
    float off = radius * (0.58f + 0.3f * clamp01(apart));
    draw_circle(d, cx - off, cy, radius, th->player[0]);
    draw_circle(d, cx + off, cy, radius, th->player[1]);
    /* The overlap: the part both circles share. */
    int r4 = quarter(radius), o4 = quarter(off);
    float half_w = radius - off, half_h = sqrtf(radius * radius - off * off);
    int w = 2 * (int)ceilf(half_w + 2), h = 2 * (int)ceilf(half_h + 2);
    Sprite *sp = sprite_get(d, (SpriteKey){SP_LENS, r4, o4, 0, 0, 0, 0}, w, h);
    SDL_Color gray = th->dark ? color_hex(0x8E929B) : color_hex(0x7D7A80);
    blit(d, sp, (int)lroundf(cx) - w / 2, (int)lroundf(cy) - h / 2, w, h, SDL_FLIP_NONE, gray);
}

SDL_Surface *draw_logo_surface(const Theme *th, int size) {
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_RGBA32);
    if (!surf) return NULL;
    float r = (float)size * 0.31f, off = r * 0.58f, c = (float)size * 0.5f;
    SDL_Color gray = th->dark ? color_hex(0x8E929B) : color_hex(0x7D7A80);
    for (int y = 0; y < size; y++) {
        Uint8 *row = (Uint8 *)surf->pixels + y * surf->pitch;
        for (int x = 0; x < size; x++) {
            float px = (float)x + 0.5f - c, py = (float)y + 0.5f - c;
            float ea = sqrtf((px + off) * (px + off) + py * py) - r;
            float eb = sqrtf((px - off) * (px - off) + py * py) - r;
            /* Paint A, then B, then the overlap, each "over" what is there. */
            const SDL_Color cols[3] = {th->player[0], th->player[1], gray};
            const float cov[3] = {clamp01(0.5f - ea), clamp01(0.5f - eb), clamp01(0.5f - (ea > eb ? ea : eb))};
            float rgb_acc[3] = {0, 0, 0}, a = 0;
            for (int k = 0; k < 3; k++) {
                float ck[3] = {cols[k].r / 255.0f, cols[k].g / 255.0f, cols[k].b / 255.0f};
                for (int ch = 0; ch < 3; ch++) rgb_acc[ch] = ck[ch] * cov[k] + rgb_acc[ch] * (1 - cov[k]);
                a = cov[k] + a * (1 - cov[k]);
            }
            Uint8 *o = row + x * 4;
            for (int ch = 0; ch < 3; ch++) o[ch] = (Uint8)(a > 0 ? rgb_acc[ch] / a * 255.0f + 0.5f : 0);
            o[3] = (Uint8)(a * 255.0f + 0.5f);
        }
    }
    return surf;
}

/* ---- Widgets ---- */

void draw_focus_ring(const Draw *d, SDL_FRect rc, float radius, float alpha) {
    if (d->log && alpha > 0) framelog_focus(d->log, rc);
    float gap = ui_px(d->ui, 4) * d->ui->ring, w = ui_px(d->ui, 3) * d->ui->ring;
    if (w < 2) w = 2;
    SDL_FRect ring = {rc.x - gap - w, rc.y - gap - w, rc.w + 2 * (gap + w), rc.h + 2 * (gap + w)};
    draw_round_rect_outline(d, ring, radius + gap + w, w, color_alpha(d->th->focus, alpha));
}

void draw_button(const Draw *d, SDL_FRect rc, const char *label, ButtonStyle style, bool focus, float alpha) {
    const Theme *th = d->th;
    float radius = ui_px(d->ui, 14);
    SDL_Color fill, text;
    switch (style) {
    case BUTTON_PRIMARY:
        fill = focus ? color_mix(th->accent, th->focus, 0.18f) : th->accent;
        text = th->text_on_accent;
        break;
    case BUTTON_QUIET:
        fill = focus ? th->surface_hover : color_alpha(th->surface, 0);
        text = focus ? th->text : th->text_dim;
        break;
    case BUTTON_NORMAL:
    default:
        fill = focus ? th->surface_hover : th->surface;
        text = th->text;
        break;
    }
    if (d->log && alpha > 0 && framelog_visible(d->r, (SDL_Rect){(int)rc.x, (int)rc.y, (int)rc.w, (int)rc.h}))
        framelog_box(d->log, BOX_BUTTON, rc);
    if (style != BUTTON_QUIET) draw_shadow(d, rc, radius, ui_px(d->ui, 8), color_alpha(th->shadow, alpha));
    draw_round_rect(d, rc, radius, color_alpha(fill, alpha));
    if (style == BUTTON_NORMAL)
        draw_round_rect_outline(d, rc, radius, ui_px(d->ui, 1.5f), color_alpha(th->border, alpha));
    if (focus) draw_focus_ring(d, rc, radius, alpha);
    /* A label wider than its button (a language with longer words) steps down to the small
     * size, then wraps onto two lines where the button is tall enough, and only then ends
     * in an ellipsis: every word stays on the button. */
    int room = (int)(rc.w - ui_px(d->ui, 20));
    TextRole role = TEXT_BODY_BOLD;
    int wrap = 0;
    char cut[256];
    if (room > 0 && text_measure(d->text, role, label, 0, TEXT_LEFT).x > room) {
        role = TEXT_SMALL;
        if (text_measure(d->text, role, label, 0, TEXT_LEFT).x > room) {
            SDL_Point two = text_measure(d->text, role, label, room, TEXT_CENTER);
            if ((float)two.y <= rc.h - ui_px(d->ui, 6) && two.y <= 2 * text_line_height(d->text, role)) {
                wrap = room;
            } else {
                text_fit(d->text, role, label, room, cut, sizeof cut);
                label = cut;
            }
        }
    }
    int lh = wrap ? text_measure(d->text, role, label, wrap, TEXT_CENTER).y : text_line_height(d->text, role);
    text_draw(d->text, role, label, (int)lroundf(rc.x + rc.w * 0.5f), (int)lroundf(rc.y + (rc.h - (float)lh) * 0.5f),
              wrap, color_alpha(text, alpha), TEXT_CENTER);
}

float keycap_width(const Draw *d, float h, const char *label) {
    SDL_Point sz = text_measure(d->text, TEXT_KEYCAP, label, 0, TEXT_LEFT);
    float w = (float)sz.x + h * 0.6f;
    return w < h ? h : w;
}

float draw_keycap(const Draw *d, float x, float y, float h, const char *label, float alpha) {
    const Theme *th = d->th;
    float w = keycap_width(d, h, label);
    float radius = h * 0.2f, depth = h * 0.1f;
    SDL_FRect body = {x, y, w, h};
    if (d->log && alpha > 0 && framelog_visible(d->r, (SDL_Rect){(int)x, (int)y, (int)w, (int)h}))
        framelog_box(d->log, BOX_KEYCAP, body);
    /* The darker body shows below the face, like a key standing on the board. */
    draw_round_rect(d, body, radius, color_alpha(th->keycap_edge, alpha));
    SDL_FRect face = {x + 1, y, w - 2, h - depth};
    draw_round_rect(d, face, radius, color_alpha(th->keycap, alpha));
    int lh = text_line_height(d->text, TEXT_KEYCAP);
    text_draw(d->text, TEXT_KEYCAP, label, (int)lroundf(x + w * 0.5f), (int)lroundf(y + (h - depth - (float)lh) * 0.5f),
              0, color_alpha(th->keycap_text, alpha), TEXT_CENTER);
    return w;
}

static float hint_cap_h(const Draw *d) { return ui_px(d->ui, 30); }

float hint_width(const Draw *d, const char *key, const char *label) {
    SDL_Point t = text_measure(d->text, TEXT_SMALL, C_("hint", label), 0, TEXT_LEFT);
    return keycap_width(d, hint_cap_h(d), key) + ui_px(d->ui, 8) + (float)t.x;
}

float draw_hint(const Draw *d, float x, float y, const char *key, const char *label, float alpha) {
    float h = hint_cap_h(d);
    float w = draw_keycap(d, x, y, h, key, alpha);
    int lh = text_line_height(d->text, TEXT_SMALL);
    SDL_Point t =
        text_draw(d->text, TEXT_SMALL, C_("hint", label), (int)lroundf(x + w + ui_px(d->ui, 8)),
                  (int)lroundf(y + (h * 0.9f - (float)lh) * 0.5f), 0, color_alpha(d->th->text_dim, alpha), TEXT_LEFT);
    return w + ui_px(d->ui, 8) + (float)t.x;
}

void draw_hints_centered(const Draw *d, float cx, float y, const char *const *items, int n, float alpha) {
    float gap = ui_px(d->ui, 28), total = 0;
    for (int i = 0; i < n; i++) total += hint_width(d, items[2 * i], items[2 * i + 1]) + (i ? gap : 0);
    float x = cx - total * 0.5f;
    for (int i = 0; i < n; i++) x += draw_hint(d, x, y, items[2 * i], items[2 * i + 1], alpha) + gap;
}
