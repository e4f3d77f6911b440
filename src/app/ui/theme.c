/* The light, dark and high-contrast palettes, and mixing colours. */
#include "app/ui/theme.h"

#include <string.h>

SDL_Color color_hex(unsigned hex) {
    SDL_Color c = {(Uint8)(hex >> 16), (Uint8)(hex >> 8), (Uint8)hex, 255};
    return c;
}

static SDL_Color rgba(unsigned hex, Uint8 a) {
    SDL_Color c = color_hex(hex);
    c.a = a;
    return c;
}

/* The four looks. Every text colour meets WCAG 2.x contrast on every surface it is drawn
 * on: 4.5:1 in the warm themes, 7:1 in high contrast; the player and scale colours stay
 * apart under protanopia, deuteranopia and tritanopia (tests/test_app_contrast.c checks
 * both, so a new colour cannot slip under them). */
static void theme_light(Theme *t) {
    t->bg = color_hex(0xF7F2EA);
    t->bg_edge = color_hex(0xE6DCCD);
    t->surface = color_hex(0xFFFCF7);
    t->surface_hover = color_hex(0xFFF4E4);
    t->surface_sunk = color_hex(0xEAE2D6);
    t->border = color_hex(0xD8CCBC);
    t->text = color_hex(0x2D2A32);
    t->text_dim = color_hex(0x5E5763);
    t->text_on_accent = color_hex(0xFFFFFF);
    t->accent = color_hex(0x3D6B66);
    t->focus = color_hex(0x1E2A44);
    t->shadow = rgba(0x5A3C1E, 46);
    t->keycap = color_hex(0xFFFFFF);
    t->keycap_edge = color_hex(0xCFC3B2);
    t->keycap_text = color_hex(0x2D2A32);
    t->notice = color_hex(0xF9E6C4);
    t->notice_text = color_hex(0x57401F);
    t->player[0] = color_hex(0xB95E10);
    t->player[1] = color_hex(0x1F5A8C);
    t->player[2] = color_hex(0xAC80EC);
    t->player[3] = color_hex(0x2EA88A);
    t->scale[0] = color_hex(0xC3E2AC);
    t->scale[1] = color_hex(0x86B8EA);
    t->scale[2] = color_hex(0xE59E33);
    t->scale[3] = color_hex(0xA84D43);
}

static void theme_dark(Theme *t) {
    t->bg = color_hex(0x222938);
    t->bg_edge = color_hex(0x151922);
    t->surface = color_hex(0x2A3242);
    t->surface_hover = color_hex(0x333D50);
    t->surface_sunk = color_hex(0x1B202B);
    t->border = color_hex(0x3D475C);
    t->text = color_hex(0xEEE8DE);
    t->text_dim = color_hex(0xB3ADA5);
    t->text_on_accent = color_hex(0x132026);
    t->accent = color_hex(0x86BDB3);
    t->focus = color_hex(0xF3D58C);
    t->shadow = rgba(0x000000, 90);
    t->keycap = color_hex(0x3A4459);
    t->keycap_edge = color_hex(0x1C212C);
    t->keycap_text = color_hex(0xEEE8DE);
    t->notice = color_hex(0x3B3425);
    t->notice_text = color_hex(0xF1DDB2);
    t->player[0] = color_hex(0xF59B55);
    t->player[1] = color_hex(0x4F8FDB);
    t->player[2] = color_hex(0xD7B8F7);
    t->player[3] = color_hex(0x5FC498);
    t->scale[0] = color_hex(0xB8E0A8);
    t->scale[1] = color_hex(0x7AB0E6);
    t->scale[2] = color_hex(0xE3A64C);
    t->scale[3] = color_hex(0xCC6A60);
}

/* High contrast: black on white, or white on black, with one strong accent and a focus
 * ring in a colour nothing else uses. No vignette, no soft shadow. */
static void theme_high_light(Theme *t) {
    theme_light(t);
    t->bg = t->bg_edge = t->surface = color_hex(0xFFFFFF);
    t->surface_hover = color_hex(0xFFF3C4);
    t->surface_sunk = color_hex(0xE9E9E9);
    t->border = color_hex(0x000000);
    t->text = color_hex(0x000000);
    t->text_dim = color_hex(0x333333);
    t->text_on_accent = color_hex(0xFFFFFF);
    t->accent = color_hex(0x003E80);
    t->focus = color_hex(0xB00060);
    t->shadow = rgba(0x000000, 0);
    t->keycap = color_hex(0xFFFFFF);
    t->keycap_edge = color_hex(0x000000);
    t->keycap_text = color_hex(0x000000);
    t->notice = color_hex(0xFFF0A0);
    t->notice_text = color_hex(0x000000);
    t->player[0] = color_hex(0xB35400);
    t->player[1] = color_hex(0x0A3D73);
    t->player[2] = color_hex(0x9E6CF2);
    t->player[3] = color_hex(0x00806A);
}

static void theme_high_dark(Theme *t) {
    theme_dark(t);
    t->bg = t->bg_edge = t->surface_sunk = color_hex(0x000000);
    t->surface = color_hex(0x141414);
    t->surface_hover = color_hex(0x2E2A00);
    t->border = color_hex(0xFFFFFF);
    t->text = color_hex(0xFFFFFF);
    t->text_dim = color_hex(0xE0E0E0);
    t->text_on_accent = color_hex(0x000000);
    t->accent = color_hex(0xFFE14D);
    t->focus = color_hex(0x00E5FF);
    t->shadow = rgba(0x000000, 0);
    t->keycap = color_hex(0x141414);
    t->keycap_edge = color_hex(0xFFFFFF);
    t->keycap_text = color_hex(0xFFFFFF);
    t->notice = color_hex(0x332B00);
    t->notice_text = color_hex(0xFFFFFF);
    t->player[0] = color_hex(0xFF9E3D);
    t->player[1] = color_hex(0x3D9BFF);
    t->player[2] = color_hex(0xF0C8FF);
    t->player[3] = color_hex(0x4BE3A5);
}

void theme_get(Theme *t, bool dark, bool high) {
    memset(t, 0, sizeof *t);
    if (high)
        dark ? theme_high_dark(t) : theme_high_light(t);
    else
        dark ? theme_dark(t) : theme_light(t);
    t->dark = dark;
    t->high = high;
}

SDL_Color color_alpha(SDL_Color c, float a) {
    if (a < 0) a = 0;
    if (a > 1) a = 1;
    c.a = (Uint8)(c.a * a + 0.5f);
    return c;
}

SDL_Color color_mix(SDL_Color a, SDL_Color b, float t) {
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    SDL_Color c = {(Uint8)(a.r + (b.r - a.r) * t + 0.5f), (Uint8)(a.g + (b.g - a.g) * t + 0.5f),
                   (Uint8)(a.b + (b.b - a.b) * t + 0.5f), (Uint8)(a.a + (b.a - a.a) * t + 0.5f)};
    return c;
}
