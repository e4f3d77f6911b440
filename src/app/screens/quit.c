/* The quit confirmation: a small dialog over whatever is showing. Staying is the default. */
#include "app/screens/quit.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>

enum { BTN_STAY, BTN_LEAVE, N_BTN };

typedef struct QuitState {
    int focus;
} QuitState;

typedef struct Layout {
    SDL_FRect panel, buttons[N_BTN];
    float title_y, body_y, text_w;
} Layout;

static const char *BODY = N_("You can come back whenever you like.");

static void layout(App *app, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pw = fminf(560 * S, W - 48 * S), pad = 32 * S;
    L->text_w = pw - 2 * pad;
    SDL_Point body = text_measure(app->text, TEXT_BODY, _(BODY), (int)L->text_w, TEXT_CENTER);
    float bh = 54 * S;
    float ph = pad + (float)text_line_height(app->text, TEXT_HEADING) + 10 * S + (float)body.y + 28 * S + bh + pad;
    L->panel = (SDL_FRect){(W - pw) * 0.5f, (H - ph) * 0.5f, pw, ph};
    L->title_y = L->panel.y + pad;
    L->body_y = L->title_y + (float)text_line_height(app->text, TEXT_HEADING) + 10 * S;
    float gap = 16 * S, bw = (pw - 2 * pad - gap) * 0.5f, by = L->panel.y + ph - pad - bh;
    L->buttons[BTN_STAY] = (SDL_FRect){L->panel.x + pad, by, bw, bh};
    L->buttons[BTN_LEAVE] = (SDL_FRect){L->panel.x + pad + bw + gap, by, bw, bh};
}

static void activate(App *app, int which) {
    if (which == BTN_STAY)
        nav_close(app);
    else if (which == BTN_LEAVE)
        app_quit(app, 0);
}

static void quit_input(App *app, const InputEvent *ev) {
    QuitState *st = app->state;
    Layout L;
    layout(app, &L);
    int h;
    switch (ev->kind) {
    case INPUT_LEFT:
    case INPUT_RIGHT:
    case INPUT_UP:
    case INPUT_DOWN: st->focus = 1 - st->focus; break;
    case INPUT_CONFIRM: activate(app, st->focus); break;
    case INPUT_BACK: nav_close(app); break;
    case INPUT_POINTER_MOVE:
        if ((h = look_hit(L.buttons, N_BTN, ev->x, ev->y)) >= 0) st->focus = h;
        break;
    case INPUT_CLICK:
        if ((h = look_hit(L.buttons, N_BTN, ev->x, ev->y)) >= 0)
            activate(app, h);
        else if (!rect_contains(L.panel, (float)ev->x, (float)ev->y))
            nav_close(app); /* a click outside: stay */
        break;
    default: break;
    }
}

static void quit_draw(App *app) {
    QuitState *st = app->state;
    const Theme *th = &app->theme;
    Layout L;
    layout(app, &L);
    float S = app->ui.s;
    float t = look_ease(look_anim(app, app->screen_since, 160));
    SDL_FRect all = {0, 0, (float)app->ui.w, (float)app->ui.h};
    draw_rect(&app->draw, all, color_alpha(th->bg_edge, 0.72f * t));
    SDL_FRect p = L.panel;
    p.y += (1 - t) * 10 * S;
    draw_shadow(&app->draw, p, 20 * S, 24 * S, color_alpha(th->shadow, t));
    draw_round_rect(&app->draw, p, 20 * S, color_alpha(th->surface, t));
    float cx = p.x + p.w * 0.5f, dy = p.y - L.panel.y;
    text_draw(app->text, TEXT_HEADING, _("Leave Gray Area?"), (int)cx, (int)(L.title_y + dy), 0,
              color_alpha(th->text, t), TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, _(BODY), (int)cx, (int)(L.body_y + dy), (int)L.text_w, color_alpha(th->text_dim, t),
              TEXT_CENTER);
    static const char *const labels[N_BTN] = {N_("Stay"), N_("Leave")};
    for (int i = 0; i < N_BTN; i++) {
        SDL_FRect b = L.buttons[i];
        b.y += dy;
        draw_button(&app->draw, b, _(labels[i]), i == BTN_STAY ? BUTTON_PRIMARY : BUTTON_NORMAL, st->focus == i, t);
    }
}

static bool quit_tick(App *app, uint32_t dt) {
    (void)dt;
    return look_anim(app, app->screen_since, 160) < 1.0f;
}

const Screen SCREEN_QUIT = {
    .name = "quit",
    .state_size = sizeof(QuitState),
    .overlay = true,
    .draw = quit_draw,
    .input = quit_input,
    .tick = quit_tick,
};
