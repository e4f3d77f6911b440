/* The title screen: the wordmark, Play / Settings / Help / Quit, and the notices banner. */
#include "app/screens/title.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/notice.h"
#include "app/screens/nav.h"
#include "app/ui/glyphs.h"
#include "app/ui/look.h"

#include <math.h>

enum { N_BUTTONS = 4, FOCUS_DISMISS = N_BUTTONS, INTRO_MS = 900 };

static const char *const LABELS[N_BUTTONS] = {N_("Play"), N_("Settings"), N_("Help"), N_("Quit")};

typedef struct TitleState {
    int focus;
} TitleState;

typedef struct Layout {
    SDL_FRect buttons[N_BUTTONS];
    bool banner_on;
    SDL_FRect banner, dismiss;
    float text_x, text_y, text_w; /* the notice text inside the banner */
    bool logo_on;
    float logo_cx, logo_cy, logo_r;
    TextRole word_role;
    float word_x, word_y, tag_y, tag_w; /* wordmark and tagline, centred on word_x */
    bool hints_on;
    float hints_y;
} Layout;

static const char *TAGLINE = N_("A gentle game for two about the small things, and where each of you draws the line.");

/* From roomy to tight: a big text setting on a small window still gets every button. */
typedef struct Variant {
    TextRole word;
    float logo_r, btn_h, btn_gap, gap;
    bool hints, side_by_side;
} Variant;

static const Variant VARIANTS[] = {
    {TEXT_DISPLAY, 44, 58, 14, 28, true, false}, {TEXT_TITLE, 30, 54, 12, 22, true, false},
    {TEXT_TITLE, 0, 50, 10, 18, true, false},    {TEXT_TITLE, 0, 50, 10, 18, false, false},
    {TEXT_TITLE, 0, 50, 10, 18, false, true},
};
enum { N_VARIANTS = (int)(sizeof VARIANTS / sizeof VARIANTS[0]) };

/* The notices banner at the top, when there are notices; returns where the rest starts. */
static float layout_banner(App *app, Layout *L, float margin) {
    Text *tx = app->text;
    float S = app->ui.s, W = (float)app->ui.w;
    float top = margin;
    L->banner_on = app->n_notices > 0;
    if (!L->banner_on) return top;
    float bw = fminf(W - 2 * margin, 920 * S);
    SDL_Point dz = text_measure(tx, TEXT_BODY_BOLD, _("Dismiss"), 0, TEXT_LEFT);
    float dw = (float)dz.x + 40 * S, pad = 18 * S;
    L->text_w = bw - dw - 3 * pad;
    SDL_Point tz = text_measure(tx, TEXT_SMALL, app->notices[0], (int)L->text_w, TEXT_LEFT);
    float bh = fmaxf((float)tz.y, 44 * S) + 2 * pad;
    L->banner = (SDL_FRect){(W - bw) * 0.5f, top, bw, bh};
    L->text_x = L->banner.x + pad;
    L->text_y = L->banner.y + (bh - (float)tz.y) * 0.5f;
    L->dismiss = (SDL_FRect){L->banner.x + bw - pad - dw, L->banner.y + (bh - 44 * S) * 0.5f, dw, 44 * S};
    return top + bh + 12 * S;
}

/* The roomiest variant whose height (total) fits the space left (avail). */
static const Variant *pick_variant(App *app, Layout *L, float top, float margin, float col_w, float *total,
                                   float *avail) {
    Text *tx = app->text;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    const Variant *v = &VARIANTS[N_VARIANTS - 1];
    *total = 0;
    *avail = 0;
    for (int i = 0; i < N_VARIANTS; i++) {
        v = &VARIANTS[i];
        *avail = (v->hints ? L->hints_y - 16 * S : H - margin) - top;
        float gap = v->gap * S, lr = v->logo_r * S;
        float tag_w = v->side_by_side ? col_w : fminf(W - 2 * margin, 900 * S);
        float word = (float)text_line_height(tx, v->word) +
                     (float)text_measure(tx, TEXT_BODY, _(TAGLINE), (int)tag_w, TEXT_CENTER).y;
        float buttons = N_BUTTONS * v->btn_h * S + (N_BUTTONS - 1) * v->btn_gap * S;
        *total =
            v->side_by_side ? fmaxf(word, buttons) : (lr > 0 ? 2 * lr + gap * 0.6f : 0) + word + gap * 1.8f + buttons;
        L->tag_w = tag_w;
        if (*total <= *avail) break;
    }
    return v;
}

/* The wordmark (with the mark above it when there is room) on the left, the buttons on the right. */
static void layout_side_by_side(App *app, Layout *L, const Variant *v, float top, float margin, float col_w,
                                float total, float avail) {
    Text *tx = app->text;
    float S = app->ui.s;
    float bw = fminf(320 * S, col_w), bh = v->btn_h * S;
    float word = (float)text_line_height(tx, v->word) +
                 (float)text_measure(tx, TEXT_BODY, _(TAGLINE), (int)L->tag_w, TEXT_CENTER).y;
    float mr = 30 * S, mark = 2 * mr + 12 * S;
    L->logo_on = word + mark <= avail;
    if (L->logo_on) word += mark;
    total = fmaxf(total, word);
    float y = top + fmaxf(0, (avail - total) * 0.45f);
    L->word_x = margin + col_w * 0.5f;
    L->word_y = y + (total - word) * 0.5f;
    if (L->logo_on) {
        L->logo_r = mr;
        L->logo_cx = L->word_x;
        L->logo_cy = L->word_y + mr;
        L->word_y += mark;
    }
    L->tag_y = L->word_y + (float)text_line_height(tx, v->word);
    float by = y + (total - (N_BUTTONS * bh + (N_BUTTONS - 1) * v->btn_gap * S)) * 0.5f;
    for (int i = 0; i < N_BUTTONS; i++)
        L->buttons[i] =
            (SDL_FRect){2 * margin + col_w + (col_w - bw) * 0.5f, by + (float)i * (bh + v->btn_gap * S), bw, bh};
}

/* The mark, the wordmark, the tagline and the buttons, one under the other. */
static void layout_stacked(App *app, Layout *L, const Variant *v, float y, float margin) {
    Text *tx = app->text;
    float S = app->ui.s, W = (float)app->ui.w;
    float lr = v->logo_r * S, gap = v->gap * S;
    float bw = fminf(320 * S, W - 2 * margin), bh = v->btn_h * S;
    if (L->logo_on) {
        L->logo_r = lr;
        L->logo_cx = W * 0.5f;
        L->logo_cy = y + lr;
        y += 2 * lr + gap * 0.6f;
    }
    L->word_x = W * 0.5f;
    L->word_y = y;
    y += (float)text_line_height(tx, L->word_role);
    L->tag_y = y;
    y += (float)text_measure(tx, TEXT_BODY, _(TAGLINE), (int)L->tag_w, TEXT_CENTER).y + gap * 1.8f;
    for (int i = 0; i < N_BUTTONS; i++) {
        L->buttons[i] = (SDL_FRect){(W - bw) * 0.5f, y, bw, bh};
        y += bh + v->btn_gap * S;
    }
}

static void layout(App *app, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float margin = 24 * S;
    float top = layout_banner(app, L, margin);
    L->hints_y = H - margin - 30 * S;
    float total, avail, col_w = (W - 3 * margin) * 0.5f;
    const Variant *v = pick_variant(app, L, top, margin, col_w, &total, &avail);
    L->hints_on = v->hints;
    L->logo_on = v->logo_r > 0;
    L->word_role = v->word;
    if (v->side_by_side)
        layout_side_by_side(app, L, v, top, margin, col_w, total, avail);
    else
        layout_stacked(app, L, v, top + fmaxf(0, (avail - total) * 0.45f), margin);
}

static void activate(App *app, int which) {
    switch (which) {
    case 0:
        /* A controller without a seat: seats first ("press A to join"). */
        if (pads_unseated_count(&app->pads, NULL) > 0 && pads_seated_count(&app->pads) < PADS_SEATS)
            nav_go(app, PLACE_JOIN);
        else
            nav_play(app);
        break;
    case 1: nav_go(app, PLACE_SETTINGS); break;
    case 2: nav_go(app, PLACE_HELP); break;
    case 3: nav_ask_quit(app); break;
    case FOCUS_DISMISS: {
        TitleState *st = app->state;
        notice_dismiss(app);
        if (app->n_notices == 0) st->focus = 0;
        break;
    }
    default: break;
    }
}

static int hit(const Layout *L, int x, int y) {
    if (L->banner_on && rect_contains(L->dismiss, (float)x, (float)y)) return FOCUS_DISMISS;
    return look_hit(L->buttons, N_BUTTONS, x, y);
}

static void title_input(App *app, const InputEvent *ev) {
    TitleState *st = app->state;
    Layout L;
    layout(app, &L);
    int n = N_BUTTONS + (L.banner_on ? 1 : 0);
    /* Focus order runs top to bottom: the banner's Dismiss first, when it is there. */
    int order = st->focus == FOCUS_DISMISS ? 0 : st->focus + (L.banner_on ? 1 : 0);
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_DOWN:
        order = (order + (ev->kind == INPUT_UP ? n - 1 : 1)) % n;
        st->focus = L.banner_on ? (order == 0 ? FOCUS_DISMISS : order - 1) : order;
        break;
    case INPUT_CONFIRM: activate(app, st->focus); break;
    case INPUT_BACK: nav_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = hit(&L, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = hit(&L, ev->x, ev->y);
        if (h >= 0) {
            st->focus = h;
            activate(app, h);
        }
        break;
    }
    default: break;
    }
    if (st->focus == FOCUS_DISMISS && !L.banner_on) st->focus = 0;
}

static void title_draw(App *app) {
    TitleState *st = app->state;
    const Draw *d = &app->draw;
    const Theme *th = &app->theme;
    Layout L;
    layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    float t = look_ease(look_anim(app, app->screen_since, INTRO_MS));

    if (L.banner_on) {
        draw_shadow(&app->draw, L.banner, 14 * S, 10 * S, th->shadow);
        draw_round_rect(&app->draw, L.banner, 14 * S, th->notice);
        text_draw(app->text, TEXT_SMALL, app->notices[0], (int)L.text_x, (int)L.text_y, (int)L.text_w, th->notice_text,
                  TEXT_LEFT);
        if (app->n_notices > 1) {
            char more[96];
            SDL_snprintf(more, sizeof more, _("+%d more"), app->n_notices - 1);
            text_draw(app->text, TEXT_SMALL, more, (int)(L.dismiss.x - 12 * S),
                      (int)(L.dismiss.y + (L.dismiss.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0,
                      th->notice_text, TEXT_RIGHT);
        }
        draw_button(d, L.dismiss, _("Dismiss"), BUTTON_QUIET, st->focus == FOCUS_DISMISS, 1.0f);
    }
    if (L.logo_on) {
        /* The two circles drift together into their overlap: the gray area. */
        draw_logo(&app->draw, L.logo_cx, L.logo_cy, L.logo_r, 1.0f - t);
    }
    text_draw(app->text, L.word_role, _("Gray Area"), (int)L.word_x, (int)L.word_y, 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, _(TAGLINE), (int)L.word_x, (int)L.tag_y, (int)L.tag_w, th->text_dim, TEXT_CENTER);
    for (int i = 0; i < N_BUTTONS; i++)
        draw_button(d, L.buttons[i], _(LABELS[i]), i == 0 ? BUTTON_PRIMARY : BUTTON_NORMAL, st->focus == i, 1.0f);

    if (!L.hints_on) return;
    PadType pt;
    if (glyphs_hint_type(app, &pt)) {
        static const char *const labels[] = {NC_("hint", "choose"), NC_("hint", "select"), NC_("hint", "quit")};
        PadGlyph g[3] = {GLYPH_DPAD, glyphs_yes(pt), glyphs_no(pt)};
        glyphs_draw_hints(d, pt, W * 0.5f, L.hints_y, g, labels, 3, 1.0f);
    } else {
        static const char *const hints[] = {
            "\xE2\x86\x91 \xE2\x86\x93", NC_("hint", "choose"), "Enter", NC_("hint", "select"), "Esc",
            NC_("hint", "quit")};
        draw_hints_centered(d, W * 0.5f, L.hints_y, hints, 3, 1.0f);
    }
    text_draw(app->text, TEXT_SMALL, "v" GA_VERSION, (int)(W - 24 * S),
              (int)(L.hints_y + (30 * S - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0, th->text_dim,
              TEXT_RIGHT);
}

static bool title_tick(App *app, uint32_t dt) {
    (void)dt;
    return look_anim(app, app->screen_since, INTRO_MS) < 1.0f;
}

const Screen SCREEN_TITLE = {
    .name = "title",
    .state_size = sizeof(TitleState),
    .draw = title_draw,
    .input = title_input,
    .tick = title_tick,
};
