/* Each player's language at setup. */
#include "app/screens/langrow.h"

#include "app/app.h"
#include "app/game.h"
#include "app/ui/look.h"

#include <stdio.h>
#include <string.h>

bool langrow_shown(const App *app) { return app->game && app->game->n_offered > 1; }

void langrow_rects(const App *app, SDL_FRect row, SDL_FRect out[2]) {
    float S = app->ui.s, half = row.w * 0.5f - 4 * S;
    out[0] = (SDL_FRect){row.x, row.y, half, row.h};
    out[1] = (SDL_FRect){row.x + row.w - half, row.y, half, row.h};
}

void langrow_cycle(App *app, int player, int dir) {
    Game *g = app->game;
    if (g->n_offered < 1) return;
    int at = 0;
    for (int i = 0; i < g->n_offered; i++)
        if (lang_same(g->offered[i], g->setup.langs[player])) at = i;
    at = ((at + dir) % g->n_offered + g->n_offered) % g->n_offered;
    char code[LIBRARY_LANG_MAX];
    memcpy(code, g->offered[at], sizeof code);
    memcpy(g->setup.langs[player], code, sizeof code);
    snprintf(app->settings.langs[player], sizeof app->settings.langs[player], "%s", code);
}

void langrow_draw(App *app, const SDL_FRect r[2], int focus) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    for (int p = 0; p < 2; p++) {
        SDL_FRect b = r[p];
        if (b.w <= 0) continue;
        draw_round_rect(&app->draw, b, 14 * S, th->surface);
        draw_round_rect_outline(&app->draw, b, 14 * S, 1.5f * S, th->border);
        float m = b.h * 0.2f;
        draw_shape(&app->draw, look_player_shape(app, p), b.x + 14 * S + m, b.y + b.h * 0.5f, m, 0,
                   look_player_color(app, p));
        /* The language in its own name; Enter (or a click) moves to the next, as a theme's
         * chip toggles, while the arrows move between the two players' halves. */
        const char *label = language_autonym(app->game->setup.langs[p]);
        float lh = (float)text_line_height(app->text, TEXT_BODY_BOLD);
        float x0 = b.x + 22 * S + 2 * m;
        text_draw(app->text, TEXT_BODY_BOLD, label, (int)(x0 + (b.x + b.w - 8 * S - x0) * 0.5f),
                  (int)(b.y + (b.h - lh) * 0.5f), 0, th->text, TEXT_CENTER);
        if (focus == p) draw_focus_ring(&app->draw, b, 14 * S, 1.0f);
    }
}
