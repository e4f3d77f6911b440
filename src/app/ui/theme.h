/* Colours: the light and dark palettes, and mixing them. */
#ifndef GA_THEME_H
#define GA_THEME_H

#include <SDL.h>
#include <stdbool.h>

enum { THEME_SCALE_STEPS = 4, THEME_PLAYER_COLORS = 4 };

typedef struct Theme {
    bool dark;
    SDL_Color bg, bg_edge;                          /* background centre and the vignette's edge */
    SDL_Color surface, surface_hover, surface_sunk; /* panels, buttons, pressed/tracks */
    SDL_Color border;
    SDL_Color text, text_dim, text_on_accent;
    SDL_Color accent; /* the primary button */
    SDL_Color focus;  /* the focus ring: strong contrast with everything else */
    SDL_Color shadow;
    SDL_Color keycap, keycap_edge, keycap_text;
    SDL_Color notice, notice_text;
    /* Player colours, chosen to stay apart under the common colour-vision deficiencies
     * (an orange and a blue, then a purple and a green). Every marker also has a shape. */
    SDL_Color player[THEME_PLAYER_COLORS];
    /* The 4-step scale: Fine · Fine if I know · Uneasy, let's talk · Crosses a line.
     * Gentle, and darkening step by step so the order reads without colour too. */
    SDL_Color scale[THEME_SCALE_STEPS];
} Theme;

void theme_get(Theme *t, bool dark);
SDL_Color color_alpha(SDL_Color c, float a);            /* c with its alpha multiplied by a (0..1) */
SDL_Color color_mix(SDL_Color a, SDL_Color b, float t); /* a..b, t in 0..1 */
SDL_Color color_hex(unsigned hex);                      /* 0xRRGGBB, opaque */

#endif
