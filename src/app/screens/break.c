/* The two overlays either player can call during a session: the break, which hides the
 * card completely, and the session menu (continue, skip, end now, leave for later); and the
 * question that comes before ending early, from the menu or the facilitator's End. */
#include "app/screens/break.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/console.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

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
    text_draw(app->text, TEXT_TITLE, _("Taking a breather"), (int)(W * 0.5f), (int)(H * 0.34f), 0, th->text,
              TEXT_CENTER);
    text_draw(
        app->text, TEXT_BODY,
        _("Take as long as you need. Stretch, get some water, hold hands if that feels right. Nothing moves until you "
          "come back, and nothing you picked is lost."),
        (int)(W * 0.5f), (int)(H * 0.34f + 64 * S), (int)fminf(W - 80 * S, 760 * S), th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, break_button(app), _("We're ready"), BUTTON_PRIMARY, true, 1.0f);
    const char *hints[] = {play_key(INPUT_BREAK, -1), NC_("hint", "back to the game"), "Esc", NC_("hint", "menu")};
    play_footer(app, hints, 2);
}

static void break_input(App *app, const InputEvent *ev) {
    /* The facilitator's console works over the break too (its timer waits, End asks). */
    if (console_input(app, ev)) return;
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
static const char *const MENU_LABELS[MENU_COUNT] = {
    N_("Continue"), N_("Skip this scenario"), N_("End now and see the summary"), N_("Leave (you can pick up later)")};

typedef struct MenuState {
    int focus;
} MenuState;

static void menu_layout(App *app, SDL_FRect *panel, SDL_FRect *buttons) {
    float S = app->ui.s, W = (float)app->ui.w;
    float bw = 420 * S, bh = 54 * S, gap = 12 * S;
    /* As wide as the longest label needs (a language with longer words), within the screen. */
    for (int i = 0; i < MENU_COUNT; i++)
        bw = fmaxf(bw, (float)text_measure(app->text, TEXT_BODY_BOLD, _(MENU_LABELS[i]), 0, TEXT_LEFT).x + 48 * S);
    bw = fminf(bw, W - 80 * S);
    *panel = look_dialog_rect(app, fmaxf(500, (bw / S) + 80), 110 + MENU_COUNT * 66);
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
    look_dialog_draw(app, panel, _("Paused"), NULL);
    for (int i = 0; i < MENU_COUNT; i++)
        draw_button(&app->draw, b[i], _(MENU_LABELS[i]), i == 0 ? BUTTON_PRIMARY : BUTTON_NORMAL, st->focus == i, 1.0f);
}

static void menu_activate(App *app, int which) {
    Game *g = app->game;
    nav_close(app);
    switch (which) {
    case MENU_SKIP:
        nav_send(app, (Action){ACT_VETO, 0, 0});
        game_veto_done(app->game, app->now); /* "Left out. Undo" on offer, as after a hold */
        break;
    case MENU_END: nav_open(app, PLACE_END_ASK); break; /* asks first */
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

/* ---- "End the session now?" ------------------------------------------------------------ */

enum { ASK_STAY, ASK_END, ASK_COUNT };

typedef struct AskState {
    int focus;
} AskState;

typedef struct AskLayout {
    SDL_FRect panel, buttons[ASK_COUNT];
    float title_y, body_y, text_w;
} AskLayout;

/* What ending now keeps and what it loses, in words: a half-answered card is never thrown
 * away without saying so. */
static void ask_body(const App *app, char *out, size_t n) {
    const Session *s = app->game->session;
    int kept = s ? s->n_records : 0;
    if (s && session_card_started(s))
        utf8_snprintf(
            out, n,
            P_("This card is half answered: the answers given on it so far will not be kept. The summary shows "
               "the %d card answered before it.",
               "This card is half answered: the answers given on it so far will not be kept. The summary shows "
               "the %d cards answered before it.",
               kept),
            kept);
    else if (kept)
        utf8_snprintf(out, n,
                      P_("You'll go straight to the summary of the %d card answered so far.",
                         "You'll go straight to the summary of the %d cards answered so far.", kept),
                      kept);
    else
        utf8_snprintf(out, n, "%s", _("Nothing has been answered yet, so the summary will be empty."));
}

static void ask_layout(App *app, AskLayout *L, const char *body) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pw = fminf(600 * S, W - 48 * S), pad = 32 * S;
    L->text_w = pw - 2 * pad;
    float th = (float)text_measure(app->text, TEXT_HEADING, _("End the session now?"), (int)L->text_w, TEXT_CENTER).y;
    float bh = (float)text_measure(app->text, TEXT_BODY, body, (int)L->text_w, TEXT_CENTER).y;
    float gap = 16 * S, btn_h = 54 * S, bw = (pw - 2 * pad - gap) * 0.5f;
    float ph = pad + th + 12 * S + bh + 28 * S + btn_h + pad;
    L->panel = (SDL_FRect){(W - pw) * 0.5f, fmaxf(8 * S, (H - ph) * 0.5f), pw, ph};
    L->title_y = L->panel.y + pad;
    L->body_y = L->title_y + th + 12 * S;
    float by = L->panel.y + ph - pad - btn_h;
    L->buttons[ASK_STAY] = (SDL_FRect){L->panel.x + pad, by, bw, btn_h};
    L->buttons[ASK_END] = (SDL_FRect){L->panel.x + pad + bw + gap, by, bw, btn_h};
}

static void ask_draw(App *app) {
    AskState *st = app->state;
    const Theme *th = &app->theme;
    char body[320];
    ask_body(app, body, sizeof body);
    AskLayout L;
    ask_layout(app, &L, body);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, color_alpha(th->bg, 0.9f));
    draw_shadow(&app->draw, L.panel, 24 * S, 18 * S, th->shadow);
    draw_round_rect(&app->draw, L.panel, 24 * S, th->surface);
    float cx = L.panel.x + L.panel.w * 0.5f;
    text_draw(app->text, TEXT_HEADING, _("End the session now?"), (int)cx, (int)L.title_y, (int)L.text_w, th->text,
              TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, body, (int)cx, (int)L.body_y, (int)L.text_w, th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, L.buttons[ASK_STAY], _("Keep going"), BUTTON_PRIMARY, st->focus == ASK_STAY, 1.0f);
    draw_button(&app->draw, L.buttons[ASK_END], _("End now"), BUTTON_NORMAL, st->focus == ASK_END, 1.0f);
}

static void ask_activate(App *app, int which) {
    nav_close(app);
    if (which == ASK_END) nav_send(app, (Action){ACT_END, -1, 0});
}

static void ask_input(App *app, const InputEvent *ev) {
    AskState *st = app->state;
    char body[320];
    ask_body(app, body, sizeof body);
    AskLayout L;
    ask_layout(app, &L, body);
    if (ev->kind == INPUT_QUIT) {
        nav_ask_quit(app);
        return;
    }
    int chosen = look_dialog_pair_input(ev, L.buttons, L.panel, &st->focus);
    if (chosen == ASK_END)
        ask_activate(app, ASK_END);
    else if (chosen == ASK_STAY)
        nav_close(app); /* keep going */
}

const Screen SCREEN_END_ASK = {
    .name = "end-ask", .state_size = sizeof(AskState), .overlay = true, .draw = ask_draw, .input = ask_input};
