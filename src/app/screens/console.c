/* The facilitator's console: a slim toolbar at the top right of the in-session screens in
 * facilitated mode, and the neutral screen its Pause shows. */
#include "app/screens/console.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <stdio.h>

enum { CON_SKIP, CON_BACK, CON_PAUSE, CON_TIMER, CON_VERDICTS, CON_END, CON_COUNT };
enum { TIMER_MINUTES = 3 };

static void console_rects(const App *app, SDL_FRect *r) {
    float S = app->ui.s, W = (float)app->ui.w;
    float w = 96 * S, h = 34 * S, gap = 4 * S, x = W - 24 * S - w;
    for (int i = CON_COUNT - 1; i >= 0; i--) {
        r[i] = (SDL_FRect){x, 18 * S, w, h};
        x -= w + gap;
    }
}

bool console_active(const App *app) {
    return app->game->session && app->game->session->setup.facilitated && app->game->session->phase != PHASE_SUMMARY;
}

static uint32_t timer_left(const App *app) {
    const Game *g = app->game;
    return g->timer_on && g->timer_end > app->now ? g->timer_end - app->now : 0;
}

void console_draw(App *app) {
    if (!console_active(app)) return;
    const Session *s = app->game->session;
    SDL_FRect r[CON_COUNT];
    console_rects(app, r);
    char timer[32];
    uint32_t left = timer_left(app);
    if (app->game->timer_on && left == 0)
        snprintf(timer, sizeof timer, "Time");
    else if (app->game->timer_on)
        snprintf(timer, sizeof timer, "%u:%02u", (unsigned)(left / 60000), (unsigned)(left / 1000 % 60));
    else
        snprintf(timer, sizeof timer, "Timer");
    const char *labels[CON_COUNT] = {
        "Skip", "Back", s->paused ? "Resume" : "Pause", timer, s->hide_verdicts ? "Show verdicts" : "Hide verdicts",
        "End"};
    /* A slim toolbar for the facilitator: present, but quieter than anything the couple reads. */
    const Theme *th = &app->theme;
    float S = app->ui.s;
    SDL_FRect bar = {r[0].x - 6 * S, r[0].y - 4 * S, r[CON_COUNT - 1].x + r[CON_COUNT - 1].w - r[0].x + 12 * S,
                     r[0].h + 8 * S};
    draw_round_rect(&app->draw, bar, bar.h * 0.5f, color_alpha(th->surface, 0.85f));
    draw_round_rect_outline(&app->draw, bar, bar.h * 0.5f, 1.0f * S, color_alpha(th->border, 0.8f));
    int lh = text_line_height(app->text, TEXT_SMALL);
    for (int i = 0; i < CON_COUNT; i++) {
        bool hover = app->pointer_active && rect_contains(r[i], (float)app->pointer_x, (float)app->pointer_y);
        bool active = i == CON_TIMER && app->game->timer_on;
        if (active || hover) draw_round_rect(&app->draw, r[i], r[i].h * 0.5f, active ? th->accent : th->surface_hover);
        text_draw(app->text, TEXT_SMALL, labels[i], (int)(r[i].x + r[i].w * 0.5f),
                  (int)(r[i].y + (r[i].h - (float)lh) * 0.5f), 0, active ? th->text_on_accent : th->text, TEXT_CENTER);
    }
}

float console_left(const App *app) {
    SDL_FRect r[CON_COUNT];
    console_rects(app, r);
    return r[0].x - 6 * app->ui.s;
}

/* The console's clicks; true when one landed on it. */
bool console_input(App *app, const InputEvent *ev) {
    if (!console_active(app) || ev->kind != INPUT_CLICK) return false;
    SDL_FRect r[CON_COUNT];
    console_rects(app, r);
    int hit = look_hit(r, CON_COUNT, ev->x, ev->y);
    Game *g = app->game;
    switch (hit) {
    case CON_SKIP: nav_send(app, (Action){ACT_SKIP, -1, 0}); break;
    case CON_BACK: nav_send(app, (Action){ACT_BACK, -1, 0}); break;
    case CON_PAUSE: nav_send(app, (Action){ACT_PAUSE, -1, 0}); break;
    case CON_TIMER:
        g->timer_on = !g->timer_on;
        g->timer_end = app->now + TIMER_MINUTES * 60000u;
        app_redraw(app);
        break;
    case CON_VERDICTS: nav_send(app, (Action){ACT_VERDICTS, -1, 0}); break;
    case CON_END: nav_send(app, (Action){ACT_END, -1, 0}); break;
    default: return false;
    }
    return true;
}

/* While the timer runs, screens redraw so the countdown moves. */
bool console_ticking(const App *app) { return console_active(app) && app->game->timer_on && timer_left(app) > 0; }

/* ---- paused (neutral) ------------------------------------------------------------------ */

static void paused_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* Neutral: nothing of the card, the picks or the reveal shows through. */
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, th->bg);
    draw_vignette(&app->draw);
    draw_logo(&app->draw, W * 0.5f, H * 0.32f, 40 * S, 0);
    text_draw(app->text, TEXT_TITLE, "Paused", (int)(W * 0.5f), (int)(H * 0.44f), 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, "We'll pick this up in a moment.", (int)(W * 0.5f), (int)(H * 0.44f + 64 * S), 0,
              th->text_dim, TEXT_CENTER);
    console_draw(app);
}

static void paused_input(App *app, const InputEvent *ev) {
    if (console_input(app, ev)) return;
    if (ev->kind == INPUT_QUIT) nav_ask_quit(app);
}

const Screen SCREEN_PAUSED = {.name = "paused", .overlay = true, .draw = paused_draw, .input = paused_input};
