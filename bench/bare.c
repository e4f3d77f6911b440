/* The floor for the app's start-up: a bare SDL2 program that opens a 1920x1080 window the
 * way the game does (a GPU renderer with vsync unless it is a CPU rasterizer, with the
 * game's own check, platform/gpu.c; else SDL's software renderer with
 * SDL_FRAMEBUFFER_ACCELERATION=0), renders one paragraph with
 * SDL_ttf in our font into a texture once, and draws it whenever the window needs it.
 * bench/app.sh measures it next to the game. Usage: bench_bare FONT_FILE */
#include "app/platform/gpu.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stdio.h>

static const char *const PARAGRAPH =
    "A gentle game for two about the small things, and where each of you draws the line. You each pick a "
    "reaction in secret on one shared screen; the game shows where your expectations meet and where they differ.";

static bool open_window(SDL_Window **w, SDL_Renderer **r) {
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (gpu_likely()) {
        *w = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080, flags);
        *r = *w ? SDL_CreateRenderer(*w, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC) : NULL;
        if (*r && gpu_renderer_is_cpu(*r)) {
            SDL_DestroyRenderer(*r);
            *r = NULL;
        }
        if (!*r && *w) SDL_DestroyWindow(*w);
        if (*r) return true;
    }
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    *w = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080, flags);
    *r = *w ? SDL_CreateRenderer(*w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    return *r != NULL;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: bench_bare FONT_FILE\n");
        return 2;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "bench_bare: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *win;
    SDL_Renderer *ren;
    if (!open_window(&win, &ren)) {
        fprintf(stderr, "bench_bare: %s\n", SDL_GetError());
        return 1;
    }
    TTF_Font *font = TTF_OpenFont(argv[1], 33);
    SDL_Surface *surf =
        font ? TTF_RenderUTF8_Blended_Wrapped(font, PARAGRAPH, (SDL_Color){60, 60, 70, 255}, 1400) : NULL;
    SDL_Texture *tex = surf ? SDL_CreateTextureFromSurface(ren, surf) : NULL;
    if (!tex) {
        fprintf(stderr, "bench_bare: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Rect dst = {(1920 - surf->w) / 2, (1080 - surf->h) / 2, surf->w, surf->h};
    SDL_FreeSurface(surf);
    bool dirty = true;
    for (;;) {
        if (dirty) {
            SDL_SetRenderDrawColor(ren, 248, 246, 242, 255);
            SDL_RenderClear(ren);
            SDL_RenderCopy(ren, tex, NULL, &dst);
            SDL_RenderPresent(ren);
            dirty = false;
        }
        SDL_Event ev;
        if (!SDL_WaitEvent(&ev) || ev.type == SDL_QUIT) break;
        if (ev.type == SDL_WINDOWEVENT) dirty = true;
    }
    SDL_DestroyTexture(tex);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
