/* Notices for the title screen and the passing toast. */
#include "app/notice.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/voice.h"
#include "core/util.h"

#include <SDL.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum {
    TOAST_MS = 3200, /* how long a toast stays */
    TOAST_FADE_MS = 400,
};

void notice_add(App *app, const char *fmt, ...) {
    char msg[APP_NOTICE_LEN];
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    SDL_Log("notice: %s", msg);
    voice_say(app, msg);
    /* The first ones usually explain the rest; the log has them all. */
    if (app->n_notices == APP_NOTICE_MAX)
        utf8_snprintf(app->notices[APP_NOTICE_MAX - 1], APP_NOTICE_LEN, "%s",
                      _("There are more notices than fit here: the terminal output (the log) lists them all."));
    else
        snprintf(app->notices[app->n_notices++], APP_NOTICE_LEN, "%s", msg);
    app_redraw(app);
}

void notice_dismiss(App *app) {
    if (app->n_notices == 0) return;
    memmove(app->notices[0], app->notices[1], sizeof app->notices[0] * (APP_NOTICE_MAX - 1));
    app->n_notices--;
    app_redraw(app);
}

void notice_toast(App *app, const char *msg) {
    snprintf(app->toast, sizeof app->toast, "%s", msg);
    voice_say(app, msg);
    app->toast_since = app->now;
    app_redraw(app);
}

bool notice_toast_showing(const App *app) { return app->toast[0] && app->now - app->toast_since < TOAST_MS; }

void notice_draw_toast(App *app) {
    if (!notice_toast_showing(app)) return;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    uint32_t age = app->now - app->toast_since;
    float a = age + TOAST_FADE_MS > TOAST_MS ? (float)(TOAST_MS - age) / TOAST_FADE_MS : 1.0f;
    if (app->settings.reduced_motion) a = 1.0f;
    /* At the top, where no screen keeps anything that matters while a toast is up. */
    SDL_Point sz = text_measure(app->text, TEXT_BODY_BOLD, app->toast, 0, TEXT_CENTER);
    if ((float)sz.x > W * 0.7f) sz = text_measure(app->text, TEXT_BODY_BOLD, app->toast, (int)(W * 0.7f), TEXT_CENTER);
    SDL_FRect r = {(W - (float)sz.x) * 0.5f - 28 * S, 16 * S, (float)sz.x + 56 * S, (float)sz.y + 30 * S};
    draw_shadow(&app->draw, r, r.h * 0.3f, 12 * S, color_alpha(th->shadow, a));
    draw_round_rect(&app->draw, r, fminf(r.h * 0.5f, 28 * S), color_alpha(th->text, 0.94f * a));
    text_draw(app->text, TEXT_BODY_BOLD, app->toast, (int)(W * 0.5f), (int)(r.y + 15 * S), (int)(W * 0.7f),
              color_alpha(th->bg, a), TEXT_CENTER);
}
