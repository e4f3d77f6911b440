/* The two overlays either player can call during a session: the break, which hides the
 * card completely, and the session menu (continue, skip, end now, leave for later). */
#include "app/screens/break.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"

#include <math.h>

/* ---- break overlay ------------------------------------------------------------------ */

static SDL_FRect break_button(App *app) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    return (SDL_FRect){(W - 280 * S) * 0.5f, H * 0.64f, 280 * S, 58 * S};
}

static void break_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* Cover the card completely: nothing of the picks shows through. */
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, th->bg);
    draw_vignette(&app->draw);
    draw_logo(&app->draw, W * 0.5f, H * 0.24f, 34 * S, 0);
    text_draw(app->text, TEXT_TITLE, "Taking a breather", (int)(W * 0.5f), (int)(H * 0.34f), 0, th->text, TEXT_CENTER);
    text_draw(
        app->text, TEXT_BODY,
        "Take as long as you need. Stretch, get some water, hold hands if that feels right. Nothing moves until you "
        "come back, and nothing you picked is lost.",
        (int)(W * 0.5f), (int)(H * 0.34f + 64 * S), (int)fminf(W - 80 * S, 760 * S), th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, break_button(app), "We're ready", BUTTON_PRIMARY, true, 1.0f);
    static const char *const hints[] = {"Space", "back to the game", "Esc", "menu"};
    play_footer(app, hints, 2);
}

static void break_input(App *app, const InputEvent *ev) {
    if ((ev->kind == INPUT_CLICK && rect_contains(break_button(app), (float)ev->x, (float)ev->y)) ||
        ev->kind == INPUT_CONFIRM || ev->kind == INPUT_BREAK) {
        nav_send(app, (Action){ACT_BREAK, -1, 0});
        return;
    }
    if (ev->kind == INPUT_BACK) nav_open(app, PLACE_MENU);
    if (ev->kind == INPUT_QUIT) nav_ask_quit(app);
}

const Screen SCREEN_BREAK = {.name = "break", .overlay = true, .draw = break_draw, .input = break_input};

/* ---- session menu overlay ----------------------------------------------------------- */

enum { MENU_CONTINUE, MENU_SKIP, MENU_END, MENU_LEAVE, MENU_COUNT };
static const char *const MENU_LABELS[MENU_COUNT] = {"Continue", "Skip this scenario", "End now and see the summary",
                                                    "Leave (you can pick up later)"};

typedef struct MenuState {
    int focus;
} MenuState;

static void menu_layout(App *app, SDL_FRect *panel, SDL_FRect *buttons) {
    float S = app->ui.s, W = (float)app->ui.w;
    float bw = 420 * S, bh = 54 * S, gap = 12 * S;
    *panel = look_dialog_rect(app, 500, 110 + MENU_COUNT * 66);
    float y = panel->y + 90 * S;
    for (int i = 0; i < MENU_COUNT; i++) {
        buttons[i] = (SDL_FRect){(W - bw) * 0.5f, y, bw, bh};
        y += bh + gap;
    }
}

static void menu_draw(App *app) {
    MenuState *st = app->state;
    SDL_FRect panel, b[MENU_COUNT];
    menu_layout(app, &panel, b);
    look_dialog_draw(app, panel, "Paused", NULL);
    for (int i = 0; i < MENU_COUNT; i++)
        draw_button(&app->draw, b[i], MENU_LABELS[i], i == 0 ? BUTTON_PRIMARY : BUTTON_NORMAL, st->focus == i, 1.0f);
}

static void menu_activate(App *app, int which) {
    Game *g = app->game;
    nav_close(app);
    switch (which) {
    case MENU_SKIP:
        nav_send(app, (Action){ACT_VETO, 0, 0});
        game_veto_done(app->game, app->now); /* "Left out. Undo" on offer, as after a hold */
        break;
    case MENU_END: nav_send(app, (Action){ACT_END, -1, 0}); break;
    case MENU_LEAVE:
        /* The autosave stays: the title screen offers to resume. */
        session_destroy(g->session);
        g->session = NULL;
        nav_go(app, PLACE_TITLE);
        break;
    default: break;
    }
}

static void menu_input(App *app, const InputEvent *ev) {
    MenuState *st = app->state;
    SDL_FRect panel, b[MENU_COUNT];
    menu_layout(app, &panel, b);
    switch (ev->kind) {
    case INPUT_UP: st->focus = (st->focus + MENU_COUNT - 1) % MENU_COUNT; break;
    case INPUT_DOWN: st->focus = (st->focus + 1) % MENU_COUNT; break;
    case INPUT_CONFIRM: menu_activate(app, st->focus); break;
    case INPUT_BACK: nav_close(app); break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = look_hit(b, MENU_COUNT, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = look_hit(b, MENU_COUNT, ev->x, ev->y);
        if (h >= 0) menu_activate(app, h);
        break;
    }
    default: break;
    }
}

const Screen SCREEN_MENU = {
    .name = "menu", .state_size = sizeof(MenuState), .overlay = true, .draw = menu_draw, .input = menu_input};
