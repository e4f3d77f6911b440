/* Before setup: the friendly screen shown when no decks could be loaded, and the prompt to
 * resume a session left unfinished. */
#include "app/screens/resume.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- no decks ------------------------------------------------------------------------- */

static SDL_FRect nodecks_button(App *app) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    return (SDL_FRect){(W - 240 * S) * 0.5f, H * 0.7f, 240 * S, 56 * S};
}

static void nodecks_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    char path[VFS_PATH_MAX], body[VFS_PATH_MAX + 400];
    if (!vfs_data_path("packs", path, sizeof path)) utf8_snprintf(path, sizeof path, "%s", _("the packs folder"));
    utf8_snprintf(
        body, sizeof body,
        _("Gray Area could not find any decks to play. The shipped decks live in the game's scenarios folder; your own "
          "go in:\n\n%s\n\nPut a deck (.yaml) or a pack (.zip) there and start the game again."),
        path);
    text_draw(app->text, TEXT_TITLE, _("No decks yet"), (int)(W * 0.5f), (int)(H * 0.22f), 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)(H * 0.22f + 70 * S), (int)fminf(W - 80 * S, 820 * S),
              th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, nodecks_button(app), _("Back"), BUTTON_PRIMARY, true, 1.0f);
}

static void nodecks_input(App *app, const InputEvent *ev) {
    if (ev->kind == INPUT_CONFIRM || ev->kind == INPUT_BACK ||
        (ev->kind == INPUT_CLICK && rect_contains(nodecks_button(app), (float)ev->x, (float)ev->y)))
        nav_go(app, PLACE_TITLE);
    else if (ev->kind == INPUT_QUIT)
        nav_ask_quit(app);
}

const Screen SCREEN_NODECKS = {.name = "nodecks", .draw = nodecks_draw, .input = nodecks_input};

/* ---- resume ----------------------------------------------------------------------------- */

enum { RES_RESUME, RES_FRESH, RES_COUNT };

typedef struct ResumeState {
    int focus;
} ResumeState;

static void resume_layout(App *app, SDL_FRect *panel, SDL_FRect *b) {
    *panel = look_dialog_rect(app, 640, 300);
    look_dialog_pair(app, *panel, &b[RES_FRESH], &b[RES_RESUME]);
}

static void resume_draw(App *app) {
    ResumeState *st = app->state;
    const Session *s = app->game->session;
    SDL_FRect panel, b[RES_COUNT];
    resume_layout(app, &panel, b);
    char body[400];
    const Scenario *sc = s ? session_scenario(s) : NULL;
    bool summary = s && s->phase == PHASE_SUMMARY;
    if (summary) {
        utf8_snprintf(
            body, sizeof body,
            _("The summary of %s and %s (%d card%s talked through) has not been saved yet. If you start fresh, it "
              "goes once your new session begins."),
            session_name(s, 0), session_name(s, 1), s->n_records, s->n_records == 1 ? "" : "s");
    } else if (sc) {
        /* The scenario they will see first: the one the autosave stands in. */
        StrBuf title;
        strbuf_init(&title);
        session_fill_text(s, sc->title, &title);
        utf8_snprintf(
            body, sizeof body,
            _("%s and %s were on \xE2\x80\x9C%s\xE2\x80\x9D (scenario %d of %d), with %d card%s talked through."),
            session_name(s, 0), session_name(s, 1), title.data ? title.data : "", session_scenario_number(s), s->n_deal,
            s->n_records, s->n_records == 1 ? "" : "s");
        strbuf_free(&title);
    } else {
        utf8_snprintf(body, sizeof body, "%s", _("A session is waiting."));
    }
    look_dialog_draw(app, panel, summary ? _("Your summary is waiting") : _("Pick up where you left off?"), body);
    draw_button(&app->draw, b[RES_FRESH], _("Start fresh"), BUTTON_NORMAL, st->focus == RES_FRESH, 1.0f);
    draw_button(&app->draw, b[RES_RESUME], summary ? _("See the summary") : _("Resume"), BUTTON_PRIMARY,
                st->focus == RES_RESUME, 1.0f);
}

static void resume_activate(App *app, int which) {
    nav_close(app);
    if (which == RES_RESUME) {
        nav_follow(app);
    } else {
        /* The old save stays on disk until the new session has really started. */
        game_set_aside(app->game);
        nav_go(app, PLACE_SETUP);
    }
}

static void resume_input(App *app, const InputEvent *ev) {
    ResumeState *st = app->state;
    SDL_FRect panel, b[RES_COUNT];
    resume_layout(app, &panel, b);
    switch (ev->kind) {
    case INPUT_LEFT:
    case INPUT_RIGHT:
    case INPUT_UP:
    case INPUT_DOWN: st->focus = 1 - st->focus; break;
    case INPUT_CONFIRM: resume_activate(app, st->focus); break;
    case INPUT_BACK:
        /* Not now: the save stays for next time. */
        session_destroy(app->game->session);
        app->game->session = NULL;
        nav_close(app);
        break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = look_hit(b, RES_COUNT, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = look_hit(b, RES_COUNT, ev->x, ev->y);
        if (h >= 0) resume_activate(app, h);
        break;
    }
    default: break;
    }
}

const Screen SCREEN_RESUME = {
    .name = "resume", .state_size = sizeof(ResumeState), .overlay = true, .draw = resume_draw, .input = resume_input};
