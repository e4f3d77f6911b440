/* Seen by everyone: every text/background pair of every theme meets WCAG 2.x contrast
 * (4.5:1, and 7:1 in high contrast), the focus ring stands out from what it surrounds
 * (3:1, WCAG 1.4.11), and the player and scale colours stay apart for people with
 * protanopia, deuteranopia and tritanopia.
 *
 * Colour vision is simulated with Machado, Oliveira & Fernandes (2009), "A
 * physiologically-based model for simulation of color vision deficiency", severity 1.0
 * (full dichromacy), applied in linear RGB; difference is CIEDE2000 in CIELAB (D65).
 * The bar: 12 for any two of the four player colours and any two scale steps, in every
 * kind of vision. A just-noticeable difference is about 2.3; markers are small and seen
 * from across a room, so we ask for five times that. Shapes and words carry the meaning
 * as well (a marker's shape and name, the scale's labels), so colour is never alone. */
#include "app/ui/draw.h"
#include "harness.h"

#include <math.h>
#include <stddef.h>

static double channel(Uint8 v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

static double ratio(SDL_Color a, SDL_Color b) {
    double x = luminance(a), y = luminance(b);
    return x > y ? (x + 0.05) / (y + 0.05) : (y + 0.05) / (x + 0.05);
}

/* fg drawn at alpha over bg, as the screen shows it. */
static SDL_Color over(SDL_Color fg, double alpha, SDL_Color bg) {
    SDL_Color c = {(Uint8)lround(fg.r * alpha + bg.r * (1 - alpha)), (Uint8)lround(fg.g * alpha + bg.g * (1 - alpha)),
                   (Uint8)lround(fg.b * alpha + bg.b * (1 - alpha)), 255};
    return c;
}

#define F(field) offsetof(Theme, field)
static SDL_Color at(const Theme *t, size_t off) { return *(const SDL_Color *)((const char *)t + off); }

/* Every place a text colour is drawn on a surface colour (alpha: how the screens fade it
 * when settled; disabled controls, which WCAG exempts, are left out). */
typedef struct Pair {
    const char *what;
    size_t fg, bg;
    double alpha;
} Pair;

static const Pair PAIRS[] = {
    {"text on the background", F(text), F(bg), 1},
    {"text on the vignette's edge", F(text), F(bg_edge), 1},
    {"text on a panel", F(text), F(surface), 1},
    {"text on a focused row", F(text), F(surface_hover), 1},
    {"text on a track", F(text), F(surface_sunk), 1},
    {"dim text on the background", F(text_dim), F(bg), 1},
    {"dim text on the vignette's edge", F(text_dim), F(bg_edge), 1},
    {"dim text on a panel", F(text_dim), F(surface), 1},
    {"dim text on a focused row", F(text_dim), F(surface_hover), 1},
    {"dim text on a track (the theme switch)", F(text_dim), F(surface_sunk), 1},
    {"a primary button's label", F(text_on_accent), F(accent), 1},
    {"a switch's knob on", F(text_on_accent), F(accent), 1},
    {"a key cap's label", F(keycap_text), F(keycap), 1},
    {"a notice", F(notice_text), F(notice), 1},
    {"a content note's heading (0.8)", F(notice_text), F(notice), 0.8},
    {"a toast (the background's colour on text, 0.94)", F(bg), F(text), 0.94},
};

static void check_theme(bool dark, bool high) {
    Theme t;
    theme_get(&t, dark, high);
    double need = high ? 7.0 : 4.5;
    for (size_t i = 0; i < sizeof PAIRS / sizeof PAIRS[0]; i++) {
        const Pair *p = &PAIRS[i];
        SDL_Color bg = at(&t, p->bg), fg = at(&t, p->fg);
        /* A toast's panel is text colour at 0.94 over the background. */
        if (p->fg == F(bg))
            bg = over(at(&t, F(text)), p->alpha, at(&t, F(bg)));
        else
            fg = over(fg, p->alpha, bg);
        double r = ratio(fg, bg);
        if (r < need)
            fprintf(stderr, "%s%s: %s: %.2f:1 (needs %.1f:1)\n", high ? "high contrast " : "", dark ? "dark" : "light",
                    p->what, r, need);
        CHECK(r >= need);
    }
    /* A focus ring against what it surrounds: the background, a panel, a focused row. */
    size_t around[] = {F(bg), F(surface), F(surface_hover)};
    for (int i = 0; i < 3; i++) {
        double r = ratio(t.focus, at(&t, around[i]));
        if (r < 3.0) fprintf(stderr, "%s: the focus ring: %.2f:1\n", dark ? "dark" : "light", r);
        CHECK(r >= 3.0);
    }
}

static void test_contrast(void) {
    for (int dark = 0; dark < 2; dark++)
        for (int high = 0; high < 2; high++) check_theme(dark, high);
}

/* The check can fail: a pale grey on white is far below the bar. */
static void test_contrast_can_fail(void) {
    SDL_Color grey = {0xAA, 0xAA, 0xAA, 255}, white = {255, 255, 255, 255}, black = {0, 0, 0, 255};
    CHECK(ratio(grey, white) < 4.5);
    CHECK(fabs(ratio(black, white) - 21.0) < 0.01);
}

/* ---- Colour vision ---- */

static const double MACHADO[3][3][3] = {
    /* protanopia */
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
    /* deuteranopia */
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
    /* tritanopia */
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
};
static const char *const VISION[4] = {"protanopia", "deuteranopia", "tritanopia", "typical vision"};

typedef struct Lab {
    double L, a, b;
} Lab;

static double lab_f(double t) { return t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; }

/* How a colour looks (vision 0-2: a dichromacy; 3: typical), in CIELAB. */
static Lab seen(SDL_Color c, int vision) {
    double l[3] = {channel(c.r), channel(c.g), channel(c.b)}, s[3];
    for (int i = 0; i < 3; i++) {
        s[i] = vision < 3 ? MACHADO[vision][i][0] * l[0] + MACHADO[vision][i][1] * l[1] + MACHADO[vision][i][2] * l[2]
                          : l[i];
        s[i] = s[i] < 0 ? 0 : s[i] > 1 ? 1 : s[i];
    }
    double X = 0.4124564 * s[0] + 0.3575761 * s[1] + 0.1804375 * s[2];
    double Y = 0.2126729 * s[0] + 0.7151522 * s[1] + 0.0721750 * s[2];
    double Z = 0.0193339 * s[0] + 0.1191920 * s[1] + 0.9503041 * s[2];
    double fx = lab_f(X / 0.95047), fy = lab_f(Y), fz = lab_f(Z / 1.08883);
    return (Lab){116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

static const double PI = 3.14159265358979323846;
static double deg(double r) { return r * 180.0 / PI; }
static double rad(double d) { return d * PI / 180.0; }

/* CIEDE2000 (Sharma, Wu & Dalal 2005). */
static double de2000(Lab x, Lab y) {
    double C1 = hypot(x.a, x.b), C2 = hypot(y.a, y.b), Cb = (C1 + C2) / 2;
    double G = 0.5 * (1 - sqrt(pow(Cb, 7) / (pow(Cb, 7) + pow(25, 7))));
    double a1 = (1 + G) * x.a, a2 = (1 + G) * y.a;
    double C1p = hypot(a1, x.b), C2p = hypot(a2, y.b);
    double h1 = fmod(deg(atan2(x.b, a1)) + 360, 360), h2 = fmod(deg(atan2(y.b, a2)) + 360, 360);
    double dL = y.L - x.L, dC = C2p - C1p, dh = 0;
    if (C1p * C2p != 0) dh = fabs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
    double dH = 2 * sqrt(C1p * C2p) * sin(rad(dh / 2));
    double Lb = (x.L + y.L) / 2, Cbp = (C1p + C2p) / 2, hb = h1 + h2;
    if (C1p * C2p != 0)
        hb = fabs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    double T = 1 - 0.17 * cos(rad(hb - 30)) + 0.24 * cos(rad(2 * hb)) + 0.32 * cos(rad(3 * hb + 6)) -
               0.20 * cos(rad(4 * hb - 63));
    double dth = 30 * exp(-pow((hb - 275) / 25, 2));
    double RC = 2 * sqrt(pow(Cbp, 7) / (pow(Cbp, 7) + pow(25, 7)));
    double SL = 1 + 0.015 * pow(Lb - 50, 2) / sqrt(20 + pow(Lb - 50, 2)), SC = 1 + 0.045 * Cbp,
           SH = 1 + 0.015 * Cbp * T;
    double RT = -sin(rad(2 * dth)) * RC;
    return sqrt(pow(dL / SL, 2) + pow(dC / SC, 2) + pow(dH / SH, 2) + RT * (dC / SC) * (dH / SH));
}

enum { DE_MIN = 12 };

/* The smallest difference between any two of n colours, in any kind of vision. */
static double closest(const SDL_Color *c, int n, const char *what, const char *theme) {
    double worst = 1e9;
    for (int v = 0; v < 4; v++)
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                double d = de2000(seen(c[i], v), seen(c[j], v));
                if (d < DE_MIN)
                    fprintf(stderr, "%s: %s %d and %d under %s: CIEDE2000 %.1f (needs %d)\n", theme, what, i, j,
                            VISION[v], d, DE_MIN);
                if (d < worst) worst = d;
            }
    return worst;
}

static void test_colour_vision(void) {
    static const char *const NAMES[4] = {"light", "dark", "high contrast light", "high contrast dark"};
    for (int k = 0; k < 4; k++) {
        Theme t;
        theme_get(&t, k % 2, k >= 2);
        CHECK(closest(t.player, THEME_PLAYER_COLORS, "player colours", NAMES[k]) >= DE_MIN);
        CHECK(closest(t.scale, THEME_SCALE_STEPS, "scale steps", NAMES[k]) >= DE_MIN);
        /* The scale darkens step by step, so its order reads in grey too. */
        for (int i = 1; i < THEME_SCALE_STEPS; i++) CHECK(seen(t.scale[i], 3).L < seen(t.scale[i - 1], 3).L + 3);
    }
}

/* Known values: Sharma et al.'s first test pair (2.0425), and the model making red and
 * green alike for a protanope, as it must. */
static void test_models(void) {
    CHECK(fabs(de2000((Lab){50, 2.6772, -79.7751}, (Lab){50, 0, -82.7485}) - 2.0425) < 0.001);
    SDL_Color red = {200, 60, 40, 255}, green = {110, 130, 40, 255};
    CHECK(de2000(seen(red, 0), seen(green, 0)) < de2000(seen(red, 3), seen(green, 3)) / 2);
}

int main(void) {
    RUN(test_contrast);
    RUN(test_contrast_can_fail);
    RUN(test_models);
    RUN(test_colour_vision);
    return harness_finish();
}
