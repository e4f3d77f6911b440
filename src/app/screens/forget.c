/* "Forget everything": a confirmation, then every saved session, summary and leftover
 * file is deleted, and the screen says what went. */
#include "app/screens/forget.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

enum { F_CANCEL, F_FORGET, F_COUNT };

typedef struct ForgetState {
    int focus;
    bool done;
    char report[300];
} ForgetState;

static void body_text(const ForgetState *st, char *body, size_t n) {
    char folder[VFS_PATH_MAX];
    if (!vfs_data_path("", folder, sizeof folder)) utf8_snprintf(folder, sizeof folder, "%s", _("the data folder"));
    if (st->done)
        snprintf(body, n, "%s", st->report);
    else
        utf8_snprintf(
            body, n,
            _("This deletes any session waiting to be resumed, every saved summary, and any temporary or backup "
              "files, from %s. Settings and your own decks stay. It cannot be undone."),
            folder);
}

static void layout(App *app, SDL_FRect *panel, SDL_FRect *b) {
    char body[VFS_PATH_MAX + 300];
    body_text(app->state, body, sizeof body);
    *panel = look_dialog_fit(app, 700, 330, body);
    look_dialog_pair(app, *panel, &b[F_CANCEL], &b[F_FORGET]);
}

static void forget_draw(App *app) {
    ForgetState *st = app->state;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    SDL_FRect panel, b[F_COUNT];
    layout(app, &panel, b);
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, color_alpha(th->bg, 0.9f));
    draw_shadow(&app->draw, panel, 24 * S, 18 * S, th->shadow);
    draw_round_rect(&app->draw, panel, 24 * S, th->surface);
    text_draw(app->text, TEXT_HEADING, st->done ? _("Forgotten") : _("Forget everything?"), (int)(W * 0.5f),
              (int)(panel.y + 28 * S), 0, th->text, TEXT_CENTER);
    char body[VFS_PATH_MAX + 300];
    body_text(st, body, sizeof body);
    text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)(panel.y + 86 * S), (int)(panel.w - 60 * S),
              th->text_dim, TEXT_CENTER);
    if (st->done) {
        draw_button(&app->draw, (SDL_FRect){(W - 260 * S) * 0.5f, b[0].y, 260 * S, b[0].h}, _("Done"), BUTTON_PRIMARY,
                    true, 1.0f);
        return;
    }
    draw_button(&app->draw, b[F_CANCEL], _("Keep everything"), BUTTON_PRIMARY, st->focus == F_CANCEL, 1.0f);
    draw_button(&app->draw, b[F_FORGET], _("Forget everything"), BUTTON_NORMAL, st->focus == F_FORGET, 1.0f);
}

static void activate(App *app, ForgetState *st, int which) {
    if (st->done || which == F_CANCEL) {
        nav_close(app);
        return;
    }
    /* A session loaded for resuming goes too, so nothing of it can be saved again. */
    session_destroy(app->game->session);
    app->game->session = NULL;
    game_forget_everything(st->report, sizeof st->report);
    st->done = true;
}

static void forget_input(App *app, const InputEvent *ev) {
    ForgetState *st = app->state;
    SDL_FRect panel, b[F_COUNT];
    layout(app, &panel, b);
    switch (ev->kind) {
    case INPUT_LEFT:
    case INPUT_RIGHT: st->focus = 1 - st->focus; break;
    case INPUT_CONFIRM: activate(app, st, st->focus); break;
    case INPUT_BACK: nav_close(app); break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = look_hit(b, F_COUNT, ev->x, ev->y);
        if (h >= 0 && !st->done) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = look_hit(b, F_COUNT, ev->x, ev->y);
        if (st->done || h >= 0) activate(app, st, st->done ? F_CANCEL : h);
        break;
    }
    default: break;
    }
}

const Screen SCREEN_FORGET = {
    .name = "forget", .state_size = sizeof(ForgetState), .overlay = true, .draw = forget_draw, .input = forget_input};
