/* The first start: a calm question, which language to play in, before the title. The
 * system's language (lang_from_system) is chosen already; moving the focus shows the
 * screen in the language under it, so each choice can be read in itself. Enter keeps it
 * (settings.ini); Settings can change it any time. */
#include "app/screens/language.h"

#include "app/app.h"
#include "app/display.h"
#include "app/lang.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"
#include "core/i18n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct LanguageState {
    const char *codes[LANG_OFFERED_MAX];
    int n, focus;
    bool pointer_seen; /* the window's first pointer event, where the pointer already rested */
} LanguageState;

typedef struct Layout {
    float title_y, sub_y;
    SDL_FRect buttons[LANG_OFFERED_MAX];
} Layout;

static void layout(App *app, const LanguageState *st, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float bh = fmaxf(54 * S, (float)text_line_height(app->text, TEXT_BODY_BOLD) + 20 * S), gap = 12 * S;
    float bw = fminf(420 * S, W - 48 * S);
    float head = (float)text_line_height(app->text, TEXT_TITLE) + 12 * S +
                 (float)text_measure(app->text, TEXT_BODY, _("You can change it any time in Settings."),
                                     (int)(W - 48 * S), TEXT_CENTER)
                     .y +
                 36 * S;
    float total = head + (float)st->n * (bh + gap) - gap;
    float y = fmaxf(24 * S, (H - total) * 0.5f);
    L->title_y = y;
    L->sub_y = y + (float)text_line_height(app->text, TEXT_TITLE) + 12 * S;
    y += head;
    for (int i = 0; i < st->n; i++) {
        L->buttons[i] = (SDL_FRect){(W - bw) * 0.5f, y, bw, bh};
        y += bh + gap;
    }
    display_need_height(app, y + 24 * S);
}

static void language_enter(App *app) {
    LanguageState *st = app->state;
    st->n = lang_offered(st->codes, LANG_OFFERED_MAX);
    for (int i = 0; i < st->n; i++)
        if (!strcmp(st->codes[i], i18n_language())) st->focus = i;
}

static void focus_on(App *app, LanguageState *st, int i) {
    if (i < 0 || i >= st->n || i == st->focus) return;
    st->focus = i;
    lang_apply(app, st->codes[i]); /* the screen now reads in the language under the focus */
}

static void choose(App *app, LanguageState *st, int i) {
    lang_apply(app, st->codes[i]);
    snprintf(app->settings.language, sizeof app->settings.language, "%s", st->codes[i]);
    display_settings_changed(app); /* saves settings.ini */
    nav_go(app, PLACE_TITLE);
}

static void language_input(App *app, const InputEvent *ev) {
    LanguageState *st = app->state;
    Layout L;
    layout(app, st, &L);
    int h;
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_LEFT: focus_on(app, st, st->focus - 1); break;
    case INPUT_DOWN:
    case INPUT_RIGHT: focus_on(app, st, st->focus + 1); break;
    case INPUT_CONFIRM: choose(app, st, st->focus); break;
    case INPUT_POINTER_MOVE:
        /* Hovering highlights without switching the screen's language, and the pointer
         * resting where the window opened (its first event) highlights nothing: the
         * system's language stays chosen until someone moves or clicks. */
        if (!st->pointer_seen) {
            st->pointer_seen = true;
            break;
        }
        if ((h = look_hit(L.buttons, st->n, ev->x, ev->y)) >= 0) st->focus = h;
        break;
    case INPUT_CLICK:
        if ((h = look_hit(L.buttons, st->n, ev->x, ev->y)) >= 0) choose(app, st, h);
        break;
    default: break;
    }
}

static void language_draw(App *app) {
    LanguageState *st = app->state;
    const Theme *th = &app->theme;
    Layout L;
    layout(app, st, &L);
    float W = (float)app->ui.w, S = app->ui.s;
    /* TRANSLATORS: the first start's question, above the list of languages. */
    text_draw(app->text, TEXT_TITLE, _("Which language shall we use?"), (int)(W * 0.5f), (int)L.title_y,
              (int)(W - 48 * S), th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, _("You can change it any time in Settings."), (int)(W * 0.5f), (int)L.sub_y,
              (int)(W - 48 * S), th->text_dim, TEXT_CENTER);
    for (int i = 0; i < st->n; i++)
        draw_button(&app->draw, L.buttons[i], lang_autonym(st->codes[i]),
                    i == st->focus ? BUTTON_PRIMARY : BUTTON_NORMAL, i == st->focus, 1.0f);
}

static void language_voice(App *app, VoiceText *v) {
    const LanguageState *st = app->state;
    snprintf(v->title, sizeof v->title, "%s", _("Which language shall we use?"));
    snprintf(v->body, sizeof v->body, "%s",
             _("Up and down choose; Enter keeps it. You can change it any time in Settings."));
    if (st->n) snprintf(v->focus, sizeof v->focus, "%s.", lang_autonym(st->codes[st->focus]));
}

const Screen SCREEN_LANGUAGE = {
    .name = "language",
    .state_size = sizeof(LanguageState),
    .enter = language_enter,
    .draw = language_draw,
    .input = language_input,
    .voice = language_voice,
};
