/* The facilitator's console: a slim toolbar at the top right of the in-session screens in
 * facilitated mode (every button with its key cap), the discussion timer it runs, and the
 * neutral screen its Pause shows. */
#include "app/screens/console.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/display.h"
#include "app/game.h"
#include "app/platform/shortcuts.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

enum { CON_SKIP, CON_BACK, CON_PAUSE, CON_SHORTER, CON_TIMER, CON_LONGER, CON_VERDICTS, CON_END, CON_COUNT };

static const Command COMMANDS[CON_COUNT] = {CMD_SKIP,  CMD_BACK, CMD_PAUSE,    CMD_DOWN,
                                            CMD_TIMER, CMD_UP,   CMD_VERDICTS, CMD_END};

/* Where everything goes. Each button is a column: its label, and its key cap under it.
 * Widths come from the widest thing a column ever shows (Pause and Resume, every timer
 * reading), so nothing moves or overlaps when a label changes. Three ways to fit, tried
 * in order: full caps ("Ctrl K") beside the title; one "Ctrl" cap for all and a letter
 * under each button; the same over the whole header row (the title steps aside). */
typedef struct ConsoleLayout {
    SDL_FRect bar;
    SDL_FRect button[CON_COUNT];
    SDL_FRect legend; /* the shared "Ctrl" cap (short caps only) */
    bool short_caps;
    bool whole_row; /* the title is not drawn */
    float cap_h, label_y;
} ConsoleLayout;

bool console_active(const App *app) {
    return app->game->session && app->game->session->setup.facilitated && app->game->session->phase != PHASE_SUMMARY;
}

/* ---- the timer -------------------------------------------------------------------------- */

static uint32_t timer_length_ms(const App *app) {
    int m = app->settings.timer_minutes;
    if (m < SETTINGS_TIMER_MIN || m > SETTINGS_TIMER_MAX) m = SETTINGS_TIMER_DEFAULT;
    return (uint32_t)m * 60000u;
}

/* The reading: whole seconds, rounded up, so it shows 3:00 at the start and 0:01 last. */
static void timer_words(const App *app, char *out, size_t n) {
    const Game *g = app->game;
    if (g->timer == TIMER_DONE) {
        utf8_snprintf(out, n, "%s", _("Time's up"));
    } else if (g->timer == TIMER_RUNNING) {
        uint32_t sec = (g->timer_left + 999) / 1000;
        snprintf(out, n, "%u:%02u", (unsigned)(sec / 60), (unsigned)(sec % 60));
    } else {
        utf8_snprintf(out, n, _("Timer %d min"), (int)(timer_length_ms(app) / 60000));
    }
}

/* Whether the timer counts now: the discussion is showing (not a pause, a break, or a
 * menu or question over it: those are overlays, whose ticks never reach here). */
static bool counting(const App *app) {
    const Session *s = app->game->session;
    return console_active(app) && !s->paused && !s->on_break;
}

void console_tick(App *app, uint32_t dt) {
    Game *g = app->game;
    if (!counting(app)) return;
    game_add_time(g, dt);
    if (g->timer != TIMER_RUNNING) return;
    uint32_t before = (g->timer_left + 999) / 1000;
    g->timer_left = dt >= g->timer_left ? 0 : g->timer_left - dt;
    if (g->timer_left == 0) {
        /* A calm cue on the console; nothing moves on by itself. */
        g->timer = TIMER_DONE;
        app_redraw(app);
        return;
    }
    if ((g->timer_left + 999) / 1000 != before) app_redraw(app);
    /* Wake for the next second on the reading, and no sooner. */
    uint32_t next = g->timer_left % 1000;
    screen_wake_in(app, next ? next : 1000);
}

static void timer_toggle(App *app) {
    Game *g = app->game;
    if (g->timer == TIMER_IDLE) {
        g->timer = TIMER_RUNNING;
        g->timer_left = timer_length_ms(app);
    } else {
        g->timer = TIMER_IDLE;
    }
}

/* A minute more or less: the length (kept in settings), and what is left if it runs. */
static void timer_adjust(App *app, int minutes) {
    Game *g = app->game;
    int m = app->settings.timer_minutes + minutes;
    if (m >= SETTINGS_TIMER_MIN && m <= SETTINGS_TIMER_MAX) {
        app->settings.timer_minutes = m;
        display_settings_changed(app);
    }
    if (g->timer == TIMER_RUNNING) {
        if (minutes > 0)
            g->timer_left = g->timer_left + 60000u > 600000u ? 600000u : g->timer_left + 60000u;
        else
            g->timer_left = g->timer_left > 60000u ? g->timer_left - 60000u : 1000u;
    }
}

/* ---- layout ---------------------------------------------------------------------------- */

static const char *label_of(const App *app, int i, char *buf, size_t n) {
    const Session *s = app->game->session;
    switch (i) {
    case CON_SKIP: return _("Skip");
    case CON_BACK: return _("Back");
    case CON_PAUSE: return s && s->paused ? _("Resume") : _("Pause");
    case CON_SHORTER: return "\xE2\x88\x92"; /* − */
    case CON_TIMER: timer_words(app, buf, n); return buf;
    case CON_LONGER: return "+";
    case CON_VERDICTS: return s && s->hide_verdicts ? _("Show verdicts") : _("Hide verdicts");
    default: return C_("end the session", "End");
    }
}

/* The widest label a column ever shows. */
static float label_w(App *app, int i) {
    char timer[96];
    utf8_snprintf(timer, sizeof timer, _("Timer %d min"), 10);
    const char *const WIDEST[CON_COUNT][3] = {{_("Skip")},
                                              {_("Back")},
                                              {_("Pause"), _("Resume")},
                                              {"\xE2\x88\x92"},
                                              {timer, "10:00", _("Time's up")},
                                              {"+"},
                                              {_("Hide verdicts"), _("Show verdicts")},
                                              {C_("end the session", "End")}};
    float w = 0;
    for (int k = 0; k < 3 && WIDEST[i][k]; k++)
        w = fmaxf(w, (float)text_measure(app->text, TEXT_SMALL, WIDEST[i][k], 0, TEXT_LEFT).x);
    return w;
}

/* The cap a column shows: "Ctrl K", or only "K" with the shared legend. */
static const char *cap_of(int i, bool short_caps) {
    const char *full = shortcuts_label(COMMANDS[i]);
    return short_caps && full[0] == 'C' ? full + 5 : full; /* past "Ctrl " */
}

static float try_layout(App *app, ConsoleLayout *L, bool short_caps, float pad, float gap) {
    float S = app->ui.s, w = 0;
    L->short_caps = short_caps;
    L->cap_h = 24 * S;
    float widths[CON_COUNT];
    for (int i = 0; i < CON_COUNT; i++) {
        widths[i] = fmaxf(label_w(app, i), keycap_width(&app->draw, L->cap_h, cap_of(i, short_caps))) + 2 * pad;
        w += widths[i] + (i && i != CON_TIMER && i != CON_LONGER ? gap : 0);
    }
    float legend_w = short_caps ? keycap_width(&app->draw, L->cap_h, "Ctrl") + 2 * pad : 0;
    if (short_caps) w += legend_w + gap;
    float lh = (float)text_line_height(app->text, TEXT_SMALL);
    float h = 6 * S + lh + 4 * S + L->cap_h + 6 * S;
    float right = (float)app->ui.w - 16 * S, y = 8 * S;
    float x = right - w;
    L->bar = (SDL_FRect){x - 6 * S, y, w + 12 * S, h};
    if (short_caps) {
        L->legend = (SDL_FRect){x, y, legend_w, h};
        x += legend_w + gap;
    }
    for (int i = 0; i < CON_COUNT; i++) {
        L->button[i] = (SDL_FRect){x, y, widths[i], h};
        x += widths[i] + (i == CON_SHORTER || i == CON_TIMER ? 0 : gap);
    }
    L->label_y = y + 6 * S;
    return L->bar.w;
}

static void console_layout(App *app, ConsoleLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w;
    float title_room = 300 * S; /* what the scenario's title keeps beside the console */
    float room = W - 16 * S - 32 * S;
    L->whole_row = false;
    if (try_layout(app, L, false, 8 * S, 4 * S) <= room - title_room) return;
    if (try_layout(app, L, true, 8 * S, 4 * S) <= room - title_room) return;
    /* Too narrow beside a title (the largest text on a small screen): the whole row. */
    L->whole_row = true;
    if (try_layout(app, L, true, 6 * S, 2 * S) > W - 16 * S) try_layout(app, L, true, 3 * S, 1 * S);
}

float console_left(App *app) {
    ConsoleLayout L;
    console_layout(app, &L);
    return L.whole_row ? -1 : L.bar.x;
}

float console_bottom(App *app) {
    if (!console_active(app)) return 0;
    ConsoleLayout L;
    console_layout(app, &L);
    return L.bar.y + L.bar.h;
}

/* ---- drawing ------------------------------------------------------------------------- */

void console_draw(App *app) {
    if (!console_active(app)) return;
    const Game *g = app->game;
    const Theme *th = &app->theme;
    float S = app->ui.s;
    ConsoleLayout L;
    console_layout(app, &L);
    /* A slim toolbar for the facilitator: present, but quieter than anything the couple reads. */
    draw_round_rect(&app->draw, L.bar, 14 * S, color_alpha(th->surface, 0.9f));
    draw_round_rect_outline(&app->draw, L.bar, 14 * S, 1.0f * S, color_alpha(th->border, 0.8f));
    int lh = text_line_height(app->text, TEXT_SMALL);
    float cap_y = L.label_y + (float)lh + 4 * S;
    if (L.short_caps) {
        text_draw(app->text, TEXT_SMALL, _("Hold"), (int)(L.legend.x + L.legend.w * 0.5f), (int)L.label_y, 0,
                  th->text_dim, TEXT_CENTER);
        float cw = keycap_width(&app->draw, L.cap_h, "Ctrl");
        draw_keycap(&app->draw, L.legend.x + (L.legend.w - cw) * 0.5f, cap_y, L.cap_h, "Ctrl", 0.9f);
    }
    const Session *s = app->game->session;
    bool held = s->paused || s->on_break; /* nothing moves: the timer waits, and so do Skip and Back */
    /* The timer and its minute less and more belong together: one sunk group. */
    SDL_FRect lo = L.button[CON_SHORTER], hi = L.button[CON_LONGER];
    draw_round_rect(&app->draw, (SDL_FRect){lo.x, lo.y + 2 * S, hi.x + hi.w - lo.x, lo.h - 4 * S}, 10 * S,
                    color_alpha(th->surface_sunk, 0.7f));
    for (int i = 0; i < CON_COUNT; i++) {
        SDL_FRect r = L.button[i];
        bool hover = app->pointer_active && rect_contains(r, (float)app->pointer_x, (float)app->pointer_y);
        bool running = i == CON_TIMER && g->timer == TIMER_RUNNING;
        bool done = i == CON_TIMER && g->timer == TIMER_DONE;
        SDL_Color text = th->text;
        if (running && !held) {
            /* Counting: the accent. Stopped by a pause: an outline, so it reads as held. */
            draw_round_rect(&app->draw, r, 10 * S, th->accent);
            text = th->text_on_accent;
        } else if (running) {
            draw_round_rect_outline(&app->draw, r, 10 * S, 2 * S, th->accent);
        } else if (done) {
            draw_round_rect(&app->draw, r, 10 * S, th->notice);
            text = th->notice_text;
        } else if (hover) {
            draw_round_rect(&app->draw, r, 10 * S, th->surface_hover);
        }
        char buf[32];
        text_draw(app->text, TEXT_SMALL, label_of(app, i, buf, sizeof buf), (int)(r.x + r.w * 0.5f), (int)L.label_y, 0,
                  text, TEXT_CENTER);
        const char *cap = cap_of(i, L.short_caps);
        float cw = keycap_width(&app->draw, L.cap_h, cap);
        draw_keycap(&app->draw, r.x + (r.w - cw) * 0.5f, cap_y, L.cap_h, cap, 0.9f);
    }
}

/* ---- input ---------------------------------------------------------------------------- */

static void act(App *app, int which) {
    /* A pause over the couple's break would stack two covers: the break comes first. */
    if (which == CON_PAUSE && app->game->session->on_break) return;
    switch (which) {
    case CON_SKIP: nav_send(app, (Action){ACT_SKIP, -1, 0}); break;
    case CON_BACK: nav_send(app, (Action){ACT_BACK, -1, 0}); break;
    case CON_PAUSE: nav_send(app, (Action){ACT_PAUSE, -1, 0}); break;
    case CON_SHORTER: timer_adjust(app, -1); break;
    case CON_TIMER: timer_toggle(app); break;
    case CON_LONGER: timer_adjust(app, 1); break;
    case CON_VERDICTS: nav_send(app, (Action){ACT_VERDICTS, -1, 0}); break;
    case CON_END: nav_open(app, PLACE_END_ASK); break; /* asks first */
    default: return;
    }
    app_redraw(app);
}

bool console_input(App *app, const InputEvent *ev) {
    if (!console_active(app)) return false;
    if (ev->kind == INPUT_COMMAND) {
        for (int i = 0; i < CON_COUNT; i++)
            if (COMMANDS[i] == (Command)ev->value) {
                act(app, i);
                return true;
            }
        return false;
    }
    if (ev->kind != INPUT_CLICK) return false;
    ConsoleLayout L;
    console_layout(app, &L);
    int hit = look_hit(L.button, CON_COUNT, ev->x, ev->y);
    if (hit < 0) return rect_contains(L.bar, (float)ev->x, (float)ev->y); /* between buttons: nothing */
    act(app, hit);
    return true;
}

SDL_FRect console_button(App *app, int command) {
    ConsoleLayout L;
    console_layout(app, &L);
    for (int i = 0; i < CON_COUNT; i++)
        if ((int)COMMANDS[i] == command) return L.button[i];
    return (SDL_FRect){0, 0, 0, 0};
}

/* ---- paused (neutral) ------------------------------------------------------------------ */

static void paused_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* Neutral: nothing of the card, the picks or the reveal shows through. */
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, th->bg);
    draw_vignette(&app->draw);
    draw_logo(&app->draw, W * 0.5f, H * 0.32f, 40 * S, 0);
    text_draw(app->text, TEXT_TITLE, _("Paused"), (int)(W * 0.5f), (int)(H * 0.44f), 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, _("We'll pick this up in a moment."), (int)(W * 0.5f), (int)(H * 0.44f + 64 * S),
              (int)(W - 80 * S), th->text_dim, TEXT_CENTER);
    console_draw(app);
}

static void paused_input(App *app, const InputEvent *ev) {
    if (console_input(app, ev)) return;
    if (ev->kind == INPUT_QUIT) nav_ask_quit(app);
}

const Screen SCREEN_PAUSED = {.name = "paused", .overlay = true, .draw = paused_draw, .input = paused_input};
