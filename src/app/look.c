/* Shared pieces of the game screens' look. */
#include "app/look.h"

#include "app/game.h"

SDL_Color look_player_color(const App *app, int player) {
    int i = app->settings.colors[player == 1 ? 1 : 0];
    if (i < 0 || i >= THEME_PLAYER_COLORS) i = player == 1 ? 1 : 0;
    return app->theme.player[i];
}

Shape look_player_shape(const App *app, int player) {
    int i = app->settings.shapes[player == 1 ? 1 : 0];
    if (i < 0 || i >= SHAPE_COUNT) i = player == 1 ? SHAPE_SQUARE : SHAPE_CIRCLE;
    return (Shape)i;
}

float look_player_tag(App *app, int player, float x, float y, float h, float alpha) {
    const Draw *d = &app->draw;
    float r = h * 0.32f;
    draw_shape(d, look_player_shape(app, player), x + r, y + h * 0.5f, r, 0,
               color_alpha(look_player_color(app, player), alpha));
    const char *name = app->game->session ? session_name(app->game->session, player) : "";
    int lh = text_line_height(app->text, TEXT_BODY_BOLD);
    SDL_Point sz = text_draw(app->text, TEXT_BODY_BOLD, name, (int)(x + 2 * r + 10 * app->ui.s),
                             (int)(y + (h - (float)lh) * 0.5f), 0, color_alpha(app->theme.text, alpha), TEXT_LEFT);
    return 2 * r + 10 * app->ui.s + (float)sz.x;
}

float look_header(App *app, const char *left, const char *right, float left_max) {
    float S = app->ui.s, W = (float)app->ui.w;
    float m = 32 * S, y = 22 * S;
    float wrap = left_max > 0 ? left_max - m - 16 * app->ui.s : W * 0.6f;
    text_draw(app->text, TEXT_BODY_BOLD, left, (int)m, (int)y, (int)wrap, app->theme.text, TEXT_LEFT);
    if (right && *right)
        text_draw(app->text, TEXT_SMALL, right, (int)(W - m), (int)(y + 4 * S), 0, app->theme.text_dim, TEXT_RIGHT);
    return y + (float)text_line_height(app->text, TEXT_BODY_BOLD) + 10 * S;
}

SDL_Color look_step_color(const App *app, int step) {
    if (step < 1 || step > THEME_SCALE_STEPS) return app->theme.surface;
    return app->theme.scale[step - 1];
}
