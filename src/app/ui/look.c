/* Shared pieces of the game screens' look. */
#include "app/ui/look.h"

#include "app/app.h"
#include "app/game.h"

#include <math.h>

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

float look_player_tag(App *app, int player, float x, float y, float h, float max_w, float alpha) {
    const Draw *d = &app->draw;
    float r = h * 0.32f;
    draw_shape(d, look_player_shape(app, player), x + r, y + h * 0.5f, r, 0,
               color_alpha(look_player_color(app, player), alpha));
    char name[SESSION_NAME_MAX * 2];
    float room = max_w > 0 ? max_w - 2 * r - 10 * app->ui.s : 0;
    text_fit(app->text, TEXT_BODY_BOLD, app->game->session ? session_name(app->game->session, player) : "",
             room > 0    ? (int)room
             : max_w > 0 ? 1
                         : 0,
             name, sizeof name);
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

SDL_FRect look_dialog_rect(const App *app, float w, float h) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pw = fminf(W - 80 * S, w * S), ph = fminf(H - 40 * S, h * S);
    return (SDL_FRect){(W - pw) * 0.5f, (H - ph) * 0.5f, pw, ph};
}

SDL_FRect look_dialog_fit(App *app, float w, float h, const char *body) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    SDL_FRect r = look_dialog_rect(app, w, h);
    if (!body || !*body) return r;
    float pw = fmaxf(r.w, fminf(W - 32 * S, w * S));
    SDL_Point bz = text_measure(app->text, TEXT_BODY, body, (int)(pw - 60 * S), TEXT_CENTER);
    /* Title, body, the buttons (look_dialog_pair) and the margins between. */
    float need = 86 * S + (float)bz.y + 20 * S + 56 * S + 28 * S;
    float ph = fminf(H - 16 * S, fmaxf(r.h, need));
    return (SDL_FRect){(W - pw) * 0.5f, (H - ph) * 0.5f, pw, ph};
}

void look_dialog_draw(App *app, SDL_FRect panel, const char *title, const char *body) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, color_alpha(th->bg, 0.9f));
    draw_shadow(&app->draw, panel, 24 * S, 18 * S, th->shadow);
    draw_round_rect(&app->draw, panel, 24 * S, th->surface);
    text_draw(app->text, TEXT_HEADING, title, (int)(W * 0.5f), (int)(panel.y + 28 * S), (int)(panel.w - 40 * S),
              th->text, TEXT_CENTER);
    if (body && *body)
        text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)(panel.y + 86 * S), (int)(panel.w - 60 * S),
                  th->text_dim, TEXT_CENTER);
}

void look_dialog_pair(const App *app, SDL_FRect panel, SDL_FRect *left, SDL_FRect *right) {
    float S = app->ui.s, W = (float)app->ui.w;
    float bw = fminf(260 * S, (panel.w - 60 * S) * 0.5f), bh = 56 * S, y = panel.y + panel.h - bh - 28 * S;
    *left = (SDL_FRect){W * 0.5f - bw - 8 * S, y, bw, bh};
    *right = (SDL_FRect){W * 0.5f + 8 * S, y, bw, bh};
}

int look_dialog_pair_input(const InputEvent *ev, const SDL_FRect buttons[2], SDL_FRect panel, int *focus) {
    int h;
    switch (ev->kind) {
    case INPUT_LEFT:
    case INPUT_RIGHT:
    case INPUT_UP:
    case INPUT_DOWN: *focus = 1 - *focus; return -1;
    case INPUT_CONFIRM: return *focus;
    case INPUT_BACK: return 0;
    case INPUT_POINTER_MOVE:
        if ((h = look_hit(buttons, 2, ev->x, ev->y)) >= 0) *focus = h;
        return -1;
    case INPUT_CLICK:
        if ((h = look_hit(buttons, 2, ev->x, ev->y)) >= 0) return h;
        return rect_contains(panel, (float)ev->x, (float)ev->y) ? -1 : 0;
    default: return -1;
    }
}

float look_anim(const App *app, uint32_t since, uint32_t dur) {
    if (app->settings.reduced_motion || dur == 0) return 1.0f;
    uint32_t el = app->now - since;
    return el >= dur ? 1.0f : (float)el / (float)dur;
}

float look_ease(float t) {
    if (t <= 0) return 0;
    if (t >= 1) return 1;
    float u = 1 - t;
    return 1 - u * u * u;
}

int look_list_first(int first, int focus, int n, int n_view) {
    if (focus < n) {
        if (focus < first) first = focus;
        if (focus >= first + n_view) first = focus - n_view + 1;
    }
    if (first > n - n_view) first = n - n_view;
    return first < 0 ? 0 : first;
}

void look_list_scroll(int *first, int *focus, int n, int n_view, int lines) {
    int f = *first - lines;
    if (f > n - n_view) f = n - n_view;
    *first = f < 0 ? 0 : f;
    if (*focus < n && (*focus < *first || *focus >= *first + n_view)) *focus = *first;
}

int look_hit(const SDL_FRect *rects, int n, int x, int y) {
    for (int i = 0; i < n; i++)
        if (rect_contains(rects[i], (float)x, (float)y)) return i;
    return -1;
}

TextRole look_fit_line(App *app, TextRole role, const char *text, int max_w, char *out, size_t size) {
    if (text_measure(app->text, role, text, 0, TEXT_LEFT).x > max_w) role = TEXT_SMALL;
    text_fit(app->text, role, text, max_w, out, size);
    return role;
}
