/* Settings -> Keys: every key a player can change, in a list that scrolls; Enter waits for
 * the new key (Esc keeps the old one). A key another action has, or one the menus need,
 * is refused with the reason; "Standard keys" puts them all back. Saved on every change. */
#include "app/screens/keys.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/display.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { FOCUS_RESET = KEY_SLOTS, FOCUS_BACK, N_FOCUS };

typedef struct KeysState {
    int focus;
    int first;      /* the first row in view */
    bool waiting;   /* for the new key of the focused row */
    char said[200]; /* what happened last ("Q now takes the pick back...", or why not) */
} KeysState;

typedef struct Layout {
    float title_y, sub_y, said_y;
    int first, n_view;
    SDL_FRect rows[KEY_SLOTS];
    SDL_FRect reset, back;
} Layout;

/* "Left player: answer 1" */
static void row_words(int slot, char *out, size_t n) {
    static const char *const WHAT[KEY_PLAYER_SLOTS] = {N_("answer 1"), N_("answer 2"),  N_("answer 3"),
                                                       N_("answer 4"), N_("take back"), N_("leave this one out")};
    if (slot < 2 * KEY_PLAYER_SLOTS) /* TRANSLATORS: a row of the keys screen: "Left player: answer 1". */
        snprintf(out, n, slot < KEY_PLAYER_SLOTS ? _("Left player: %s") : _("Right player: %s"),
                 _(WHAT[slot % KEY_PLAYER_SLOTS]));
    else
        utf8_snprintf(out, n, "%s",
                      slot == KEY_BREAK ? _("Either of you: a break") : _("Either of you: read aloud again"));
}

static void layout(App *app, const KeysState *st, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, margin = 20 * S;
    Text *tx = app->text;
    int lb = text_line_height(tx, TEXT_BODY_BOLD), ls = text_line_height(tx, TEXT_SMALL);
    memset(L, 0, sizeof *L);
    float y = margin;
    L->title_y = y;
    y += (float)text_line_height(tx, TEXT_HEADING);
    L->sub_y = y;
    y += (float)ls * 2 + 10 * S;
    float bh = fmaxf(48 * S, (float)lb + 16 * S);
    float bottom = H - margin - bh - 10 * S - (float)ls * 2;
    float row_h = fmaxf(46 * S, (float)lb + 14 * S), gap = 6 * S;
    int fit = (int)((bottom - y + gap) / (row_h + gap));
    if (fit < 1) fit = 1;
    L->n_view = fit < KEY_SLOTS ? fit : KEY_SLOTS;
    L->first = look_list_first(st->first, st->focus, KEY_SLOTS, L->n_view);
    float rw = fminf(720 * S, W - 2 * margin), rx = (W - rw) * 0.5f;
    for (int i = L->first; i < L->first + L->n_view; i++) {
        L->rows[i] = (SDL_FRect){rx, y, rw, row_h};
        y += row_h + gap;
    }
    L->said_y = y + 4 * S;
    y = H - margin - bh;
    float bw = fminf(300 * S, (W - 2 * margin - 16 * S) * 0.5f);
    L->reset = (SDL_FRect){W * 0.5f - bw - 8 * S, y, bw, bh};
    L->back = (SDL_FRect){W * 0.5f + 8 * S, y, bw, bh};
}

static void stop_waiting(App *app, KeysState *st) {
    st->waiting = false;
    input_capture_key(&app->input, false);
}

static void set_key(App *app, KeysState *st, SDL_Scancode sc) {
    stop_waiting(app, st);
    if (sc == SDL_SCANCODE_ESCAPE) {
        utf8_snprintf(st->said, sizeof st->said, "%s", _("Kept the old key."));
        return;
    }
    KeySlot slot = (KeySlot)st->focus;
    char why[200];
    if (!input_key_allowed(&app->settings.keys, slot, sc, why, sizeof why)) {
        snprintf(st->said, sizeof st->said, "%s", why);
        return;
    }
    app->settings.keys.key[slot] = sc;
    display_settings_changed(app); /* uses and saves them */
    char label[32];
    utf8_snprintf(st->said, sizeof st->said, _("%s is now %s."), input_scancode_label(sc, label, sizeof label),
                  input_slot_words(slot));
}

static void activate(App *app, KeysState *st, int focus) {
    if (focus == FOCUS_BACK) {
        nav_go(app, PLACE_SETTINGS);
    } else if (focus == FOCUS_RESET) {
        input_default_keys(&app->settings.keys);
        display_settings_changed(app);
        utf8_snprintf(st->said, sizeof st->said, "%s", _("The standard keys are back."));
    } else {
        st->waiting = true;
        input_capture_key(&app->input, true);
        utf8_snprintf(st->said, sizeof st->said, _("Press the new key for %s (Esc keeps the old one)."),
                      input_slot_words((KeySlot)focus));
    }
}

static int hit(const Layout *L, int x, int y) {
    if (rect_contains(L->reset, (float)x, (float)y)) return FOCUS_RESET;
    if (rect_contains(L->back, (float)x, (float)y)) return FOCUS_BACK;
    return look_hit(L->rows, KEY_SLOTS, x, y);
}

static void keys_input(App *app, const InputEvent *ev) {
    KeysState *st = app->state;
    Layout L;
    layout(app, st, &L);
    if (st->waiting) {
        if (ev->kind == INPUT_KEY)
            set_key(app, st, (SDL_Scancode)ev->value);
        else if (ev->kind == INPUT_CLICK || ev->kind == INPUT_BACK) {
            stop_waiting(app, st);
            utf8_snprintf(st->said, sizeof st->said, "%s", _("Kept the old key."));
        }
        return;
    }
    switch (ev->kind) {
    case INPUT_UP: st->focus = (st->focus + N_FOCUS - 1) % N_FOCUS; break;
    case INPUT_DOWN: st->focus = (st->focus + 1) % N_FOCUS; break;
    case INPUT_CONFIRM: activate(app, st, st->focus); break;
    case INPUT_BACK: nav_go(app, PLACE_SETTINGS); break;
    case INPUT_SCROLL:
        st->first = L.first;
        look_list_scroll(&st->first, &st->focus, KEY_SLOTS, L.n_view, ev->value);
        return;
    case INPUT_POINTER_MOVE:
    case INPUT_CLICK: { /* the pointer moves the focus; a click also acts */
        int h = hit(&L, ev->x, ev->y);
        if (h < 0) break;
        st->focus = h;
        if (ev->kind == INPUT_CLICK) activate(app, st, h);
        break;
    }
    default: break;
    }
    layout(app, st, &L);
    st->first = L.first;
}

static void keys_draw(App *app) {
    KeysState *st = app->state;
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s, W = (float)app->ui.w;
    Layout L;
    layout(app, st, &L);
    text_draw(app->text, TEXT_HEADING, _("Keys"), (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_SMALL, _("Enter, then the new key. Menus keep Enter, Esc, the arrows and Tab."),
              (int)(W * 0.5f), (int)L.sub_y, (int)(W - 48 * S), th->text_dim, TEXT_CENTER);
    for (int i = L.first; i < L.first + L.n_view; i++) {
        SDL_FRect r = L.rows[i];
        bool focus = st->focus == i;
        draw_shadow(d, r, 14 * S, 6 * S, th->shadow);
        draw_round_rect(d, r, 14 * S, focus ? th->surface_hover : th->surface);
        if (th->high) draw_round_rect_outline(d, r, 14 * S, 1.5f * S, th->border);
        if (focus) draw_focus_ring(d, r, 14 * S, 1.0f);
        char what[400], shown[400], label[32];
        row_words(i, what, sizeof what);
        TextRole role = look_fit_line(app, TEXT_BODY_BOLD, what, (int)(r.w * 0.75f), shown, sizeof shown);
        float rh = (float)text_line_height(app->text, role);
        text_draw(app->text, role, shown, (int)(r.x + 16 * S), (int)(r.y + (r.h - rh) * 0.5f), 0, th->text, TEXT_LEFT);
        const char *cap =
            st->waiting && focus ? "\xE2\x80\xA6" : input_scancode_label(input_keys()->key[i], label, sizeof label);
        float kh = fminf(34 * S, r.h - 8 * S);
        float kw = keycap_width(d, kh, cap);
        draw_keycap(d, r.x + r.w - 16 * S - kw, r.y + (r.h - kh) * 0.5f, kh, cap, 1.0f);
    }
    if (st->said[0])
        text_draw(app->text, TEXT_SMALL, st->said, (int)(W * 0.5f), (int)L.said_y, (int)(W - 48 * S), th->text,
                  TEXT_CENTER);
    draw_button(d, L.reset, _("Standard keys"), BUTTON_QUIET, st->focus == FOCUS_RESET, 1.0f);
    draw_button(d, L.back, _("Back"), BUTTON_NORMAL, st->focus == FOCUS_BACK, 1.0f);
}

/* Read aloud: the focused key and what it does; what just happened. */
static void keys_voice(App *app, VoiceText *v) {
    const KeysState *st = app->state;
    utf8_snprintf(v->title, sizeof v->title, "%s", _("Keys."));
    utf8_snprintf(v->body, sizeof v->body, "%s",
                  _("Enter, then the new key. Menus keep Enter, Esc, the arrows and Tab."));
    snprintf(v->status, sizeof v->status, "%s", st->said);
    if (st->focus == FOCUS_RESET)
        utf8_snprintf(v->focus, sizeof v->focus, "%s", _("Standard keys."));
    else if (st->focus == FOCUS_BACK)
        utf8_snprintf(v->focus, sizeof v->focus, "%s", _("Back."));
    else {
        char what[400], label[32];
        row_words(st->focus, what, sizeof what);
        snprintf(v->focus, sizeof v->focus, "%s: %s.", what,
                 input_scancode_label(input_keys()->key[st->focus], label, sizeof label));
    }
}

static void keys_leave(App *app) { input_capture_key(&app->input, false); }

const Screen SCREEN_KEYS = {
    .name = "keys",
    .state_size = sizeof(KeysState),
    .leave = keys_leave,
    .draw = keys_draw,
    .input = keys_input,
    .voice = keys_voice,
};
