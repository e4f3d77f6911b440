/* What the text tests share: SDL with a hidden 1280x720 window and the software
 * renderer, the game's files through PhysicsFS (with a fresh data folder), and the text
 * module at scale 1. Include after harness.h. */
#ifndef GA_TEXT_FIXTURE_H
#define GA_TEXT_FIXTURE_H

#include "app/platform/vfs.h"
#include "app/ui/text.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>

typedef struct TextFixture {
    SDL_Window *win;
    SDL_Renderer *r;
    Text *t; /* NULL if anything failed (and a CHECK said so) */
} TextFixture;

static void text_fixture_up(TextFixture *fx) {
    char err[512];
    static char data[] = "/tmp/grayarea-text-test-XXXXXX";
    *fx = (TextFixture){0};
    CHECK(mkdtemp(data) != NULL);
    CHECK(SDL_Init(SDL_INIT_VIDEO) == 0);
    CHECK(TTF_Init() == 0);
    bool up = vfs_init(NULL, data, NULL, err, sizeof err);
    if (!up) fprintf(stderr, "vfs: %s\n", err);
    CHECK(up);
    fx->win = SDL_CreateWindow("t", 0, 0, 1280, 720, SDL_WINDOW_HIDDEN);
    fx->r = fx->win ? SDL_CreateRenderer(fx->win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    CHECK(fx->r != NULL);
    fx->t = fx->r && up ? text_create(fx->r, 1.0f, err, sizeof err) : NULL;
    if (!fx->t) fprintf(stderr, "text: %s\n", err);
    CHECK(fx->t != NULL);
}

static void text_fixture_down(TextFixture *fx) {
    text_destroy(fx->t);
    if (fx->r) SDL_DestroyRenderer(fx->r);
    if (fx->win) SDL_DestroyWindow(fx->win);
    vfs_shutdown();
    TTF_Quit();
    SDL_Quit();
}

#endif
