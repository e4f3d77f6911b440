/* The light and dark palettes, and mixing colours. */
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

void theme_get(Theme *t, bool dark) {
    memset(t, 0, sizeof *t);
    t->dark = dark;
    if (!dark) {
        t->bg = color_hex(0xF7F2EA);
        t->bg_edge = color_hex(0xE6DCCD);
        t->surface = color_hex(0xFFFCF7);
        t->surface_hover = color_hex(0xFFF4E4);
        t->surface_sunk = color_hex(0xEAE2D6);
        t->border = color_hex(0xD8CCBC);
        t->text = color_hex(0x2D2A32);
        t->text_dim = color_hex(0x6B6470);
        t->text_on_accent = color_hex(0xFFFFFF);
        t->accent = color_hex(0x3D6B66);
        t->focus = color_hex(0x1E2A44);
        t->shadow = rgba(0x5A3C1E, 46);
        t->keycap = color_hex(0xFFFFFF);
        t->keycap_edge = color_hex(0xCFC3B2);
        t->keycap_text = color_hex(0x2D2A32);
        t->notice = color_hex(0xF9E6C4);
        t->notice_text = color_hex(0x57401F);
        t->player[0] = color_hex(0xD4731F);
        t->player[1] = color_hex(0x2D74B5);
        t->player[2] = color_hex(0x8A5BB0);
        t->player[3] = color_hex(0x3A9468);
        t->scale[0] = color_hex(0x79AD86);
        t->scale[1] = color_hex(0x86B4C6);
        t->scale[2] = color_hex(0xE0B25C);
        t->scale[3] = color_hex(0xCF7F6E);
    } else {
        t->bg = color_hex(0x222938);
        t->bg_edge = color_hex(0x151922);
        t->surface = color_hex(0x2A3242);
        t->surface_hover = color_hex(0x333D50);
        t->surface_sunk = color_hex(0x1B202B);
        t->border = color_hex(0x3D475C);
        t->text = color_hex(0xEEE8DE);
        t->text_dim = color_hex(0xA9A39B);
        t->text_on_accent = color_hex(0x132026);
        t->accent = color_hex(0x86BDB3);
        t->focus = color_hex(0xF3D58C);
        t->shadow = rgba(0x000000, 90);
        t->keycap = color_hex(0x3A4459);
        t->keycap_edge = color_hex(0x1C212C);
        t->keycap_text = color_hex(0xEEE8DE);
        t->notice = color_hex(0x3B3425);
        t->notice_text = color_hex(0xF1DDB2);
        t->player[0] = color_hex(0xF09B55);
        t->player[1] = color_hex(0x67ABE4);
        t->player[2] = color_hex(0xB68BD9);
        t->player[3] = color_hex(0x6BC297);
        t->scale[0] = color_hex(0x86BC93);
        t->scale[1] = color_hex(0x8DBBD0);
        t->scale[2] = color_hex(0xE3BA6A);
        t->scale[3] = color_hex(0xD98C7C);
    }
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
