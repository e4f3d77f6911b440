/* The help screen: how a round works, the controls as key caps, and the safety note. */
#include "app/screens/help.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/notice.h"
#include "app/screens/nav.h"
#include "app/ui/glyphs.h"

#include <math.h>

typedef struct HelpState {
    float scroll; /* reference units, so it survives a change of text size */
} HelpState;

static const char *const HOW[] = {
    /* TRANSLATORS: the help's "How it works", a short paragraph each. Name the four answers
       and the three verdicts exactly as you translated them on the buttons and the reveal. */
    N_("You both answer each card in secret; the screen only shows who is ready."),
    N_("The scale: Fine, Fine if I know, Uneasy (let's talk), Crosses a line. No middle: go with your gut."),
    N_("Some cards ask twice, if you did it and if your partner did. When those differ, that mirror is something to "
       "wonder about, never an accusation."),
    N_("Ladders add one detail per step. The first step where you feel uneasy is your line."),
    N_("Same page, close or different views: answers are for talking, not for keeping score. Take your time."),
};
enum { N_HOW = (int)(sizeof HOW / sizeof HOW[0]) };

static const char *SAFETY =
    N_("Gray Area starts conversations; it is not therapy. Either of you can call a break at any "
       "moment, no reason needed.\n"
       "If your relationship involves fear, control or harm, a game is not the right next step: "
       "please reach out to a professional or a local helpline.");

typedef struct Layout {
    float view_y, view_h; /* the scrolling area */
    float title_y, hints_y;
    SDL_FRect back;
    bool two_columns;
    float col_x[2], col_w[2], full_x, full_w;
} Layout;

/* Each block is measured and drawn by the same code, so they cannot disagree:
 * with draw false it only returns its height. */

static float block_how(App *app, float x, float y, float w, bool draw) {
    float S = app->ui.s;
    const Theme *th = &app->theme;
    float y0 = y;
    if (draw) text_draw(app->text, TEXT_HEADING, _("How it works"), (int)x, (int)y, 0, th->text, TEXT_LEFT);
    y += (float)text_line_height(app->text, TEXT_HEADING) + 8 * S;
    float bullet = 26 * S, indent = bullet + 14 * S;
    for (int i = 0; i < N_HOW; i++) {
        SDL_Point sz = text_measure(app->text, TEXT_SMALL, _(HOW[i]), (int)(w - indent), TEXT_LEFT);
        if (draw) {
            int lh = text_line_height(app->text, TEXT_SMALL);
            float cy = y + (float)lh * 0.5f;
            draw_circle(&app->draw, x + bullet * 0.5f, cy, bullet * 0.5f, th->surface_sunk);
            char num[4] = {(char)('1' + i), 0};
            int kh = text_line_height(app->text, TEXT_KEYCAP);
            text_draw(app->text, TEXT_KEYCAP, num, (int)(x + bullet * 0.5f), (int)(cy - (float)kh * 0.5f), 0, th->text,
                      TEXT_CENTER);
            text_draw(app->text, TEXT_SMALL, _(HOW[i]), (int)(x + indent), (int)y, (int)(w - indent), th->text,
                      TEXT_LEFT);
        }
        y += (float)sz.y + 10 * S;
    }
    return y - y0;
}

/* Key caps and labels laid out left to right, wrapping to the next line when full. */
typedef struct Flow {
    App *app;
    float x0, x, y, w, line_h;
    bool draw;
} Flow;

static void flow_item(Flow *f, const char *const *keys, int n_keys, const char *label) {
    const Draw *d = &f->app->draw;
    float S = f->app->ui.s, cap = 32 * S, gap = 6 * S;
    float width = 0;
    for (int i = 0; i < n_keys; i++) width += keycap_width(d, cap, keys[i]) + (i ? gap : 0);
    SDL_Point t = text_measure(f->app->text, TEXT_SMALL, label, 0, TEXT_LEFT);
    width += 10 * S + (float)t.x;
    if (f->x > f->x0 && f->x + width > f->x0 + f->w) {
        f->x = f->x0;
        f->y += f->line_h;
    }
    if (f->draw) {
        float x = f->x;
        for (int i = 0; i < n_keys; i++) x += draw_keycap(d, x, f->y, cap, keys[i], 1.0f) + gap;
        int lh = text_line_height(f->app->text, TEXT_SMALL);
        text_draw(f->app->text, TEXT_SMALL, label, (int)(x - gap + 10 * S),
                  (int)(f->y + (cap * 0.9f - (float)lh) * 0.5f), 0, f->app->theme.text_dim, TEXT_LEFT);
    }
    f->x += width + 18 * S;
}

/* A controller button (or, with g = GLYPH_COUNT, the four face buttons) and its label. */
static void flow_glyph(Flow *f, PadType t, PadGlyph g, const char *label) {
    const Draw *d = &f->app->draw;
    float S = f->app->ui.s, cap = 32 * S;
    float gw = g == GLYPH_COUNT ? cap * 1.4f : glyphs_width(d, t, g, cap);
    SDL_Point sz = text_measure(f->app->text, TEXT_SMALL, label, 0, TEXT_LEFT);
    float width = gw + 10 * S + (float)sz.x;
    if (f->x > f->x0 && f->x + width > f->x0 + f->w) {
        f->x = f->x0;
        f->y += f->line_h;
    }
    if (f->draw) {
        if (g == GLYPH_COUNT)
            glyphs_draw_cluster(d, t, f->x, f->y, cap, 1.0f);
        else
            glyphs_draw(d, t, g, f->x, f->y, cap, 1.0f);
        int lh = text_line_height(f->app->text, TEXT_SMALL);
        text_draw(f->app->text, TEXT_SMALL, label, (int)(f->x + gw + 10 * S), (int)(f->y + (cap - (float)lh) * 0.5f), 0,
                  f->app->theme.text_dim, TEXT_LEFT);
    }
    f->x += width + 18 * S;
}

/* One row of the controls: a half of the keyboard (p 0, 1), the keys for either of you
 * (2), or the controllers (3). */
static void flow_controls(App *app, Flow *f, int p) {
    if (p < 2) {
        const char *answers[4], *unlock = input_key_label(INPUT_UNLOCK, p, 0);
        const char *veto = input_key_label(INPUT_VETO, p, 0);
        for (int i = 0; i < 4; i++) answers[i] = input_key_label(INPUT_ANSWER, p, i + 1);
        flow_item(f, answers, 4, _("answer"));
        flow_item(f, &unlock, 1, _("take it back"));
        flow_item(f, &veto, 1, _("hold to leave this one out"));
    } else if (p == 3) {
        /* Drawn for the controller in use; an Xbox pad shows what they look like. */
        PadType t = PAD_XBOXONE;
        glyphs_hint_type(app, &t);
        flow_glyph(f, t, GLYPH_COUNT, _("answer: bottom, right, left, top"));
        flow_glyph(f, t, GLYPH_LB, _("take it back"));
        flow_glyph(f, t, GLYPH_START, _("take a break"));
        flow_glyph(f, t, GLYPH_BACK, _("session menu"));
        flow_glyph(f, t, GLYPH_RSTICK, _("hold to leave this one out"));
        flow_glyph(f, t, glyphs_yes(t), _("select"));
        flow_glyph(f, t, glyphs_no(t), _("back"));
    } else {
        const char *k;
        k = input_key_label(INPUT_BREAK, -1, 0);
        flow_item(f, &k, 1, _("take a break"));
        k = input_key_label(INPUT_CONFIRM, -1, 0);
        flow_item(f, &k, 1, _("continue"));
        k = input_key_label(INPUT_BACK, -1, 0);
        flow_item(f, &k, 1, _("back"));
        k = input_key_label(INPUT_FULLSCREEN, -1, 0);
        flow_item(f, &k, 1, _("full screen"));
    }
}

static float block_controls(App *app, float x, float y, float w, bool draw) {
    float S = app->ui.s, pad = 24 * S;
    const Theme *th = &app->theme;
    float y0 = y;
    if (draw) {
        float h = block_controls(app, x, y, w, false);
        SDL_FRect panel = {x, y, w, h};
        draw_shadow(&app->draw, panel, 18 * S, 10 * S, th->shadow);
        draw_round_rect(&app->draw, panel, 18 * S, th->surface);
    }
    float ix = x + pad, iw = w - 2 * pad;
    y += pad;
    if (draw) text_draw(app->text, TEXT_HEADING, _("Controls"), (int)ix, (int)y, 0, th->text, TEXT_LEFT);
    y += (float)text_line_height(app->text, TEXT_HEADING) + 14 * S;
    static const char *const who[4] = {N_("Left player"), N_("Right player"), N_("Either of you"), N_("Controllers")};
    static const Shape shapes[2] = {SHAPE_CIRCLE, SHAPE_SQUARE};
    int lb = text_line_height(app->text, TEXT_BODY_BOLD);
    float cap = 32 * S, mr = 9 * S, mark_w = 2 * mr + 10 * S;
    /* Names in a column beside the keys when there is room, above them when not. */
    float name_w = 0;
    for (int p = 0; p < 4; p++) {
        float nw = (float)text_measure(app->text, TEXT_BODY_BOLD, _(who[p]), 0, TEXT_LEFT).x + (p < 2 ? mark_w : 0);
        if (nw > name_w) name_w = nw;
    }
    name_w += 20 * S;
    bool beside = iw - name_w >= 380 * S;
    for (int p = 0; p < 4; p++) {
        float name_y = beside ? y + (cap * 0.9f - (float)lb) * 0.5f : y;
        if (draw) {
            float tx = ix;
            if (p < 2) {
                draw_shape(&app->draw, shapes[p], ix + mr, name_y + (float)lb * 0.5f, mr, 0, th->player[p]);
                tx += mark_w;
            }
            text_draw(app->text, TEXT_BODY_BOLD, _(who[p]), (int)tx, (int)name_y, 0, th->text, TEXT_LEFT);
        }
        float fx = beside ? ix + name_w : ix;
        if (!beside) y += (float)lb + 8 * S;
        Flow f = {app, fx, fx, y, ix + iw - fx, cap + 10 * S, draw};
        flow_controls(app, &f, p);
        y = f.y + cap + 14 * S;
    }
    static const char *MOUSE = N_("A mouse or touchpad works in every menu.");
    if (draw) text_draw(app->text, TEXT_SMALL, _(MOUSE), (int)ix, (int)y, (int)iw, th->text_dim, TEXT_LEFT);
    y += (float)text_measure(app->text, TEXT_SMALL, _(MOUSE), (int)iw, TEXT_LEFT).y + pad;
    return y - y0;
}

static float block_safety(App *app, float x, float y, float w, bool draw) {
    float S = app->ui.s, pad = 24 * S, bar = 6 * S;
    const Theme *th = &app->theme;
    float tw = w - 2 * pad - bar;
    float h = pad + (float)text_line_height(app->text, TEXT_BODY_BOLD) + 8 * S +
              (float)text_measure(app->text, TEXT_SMALL, _(SAFETY), (int)tw, TEXT_LEFT).y + pad;
    if (draw) {
        SDL_FRect panel = {x, y, w, h};
        draw_round_rect(&app->draw, panel, 18 * S, th->notice);
        SDL_FRect accent = {x + pad * 0.6f, y + pad, bar, h - 2 * pad};
        draw_round_rect(&app->draw, accent, bar * 0.5f, color_alpha(th->notice_text, 0.35f));
        float tx = x + pad + bar;
        text_draw(app->text, TEXT_BODY_BOLD, _("Before you start"), (int)tx, (int)(y + pad), 0, th->notice_text,
                  TEXT_LEFT);
        text_draw(app->text, TEXT_SMALL, _(SAFETY), (int)tx,
                  (int)(y + pad + (float)text_line_height(app->text, TEXT_BODY_BOLD) + 8 * S), (int)tw, th->notice_text,
                  TEXT_LEFT);
    }
    return h;
}

/* Lays out (draw false) or draws the scrolling content from y; returns its height. */
static float content(App *app, const Layout *L, float y, bool draw) {
    float S = app->ui.s, gap = 20 * S;
    if (L->two_columns) {
        /* The safety note goes under whichever column leaves the page shorter. */
        float a = block_how(app, L->col_x[0], y, L->col_w[0], draw);
        float b = block_controls(app, L->col_x[1], y, L->col_w[1], draw);
        float sl = block_safety(app, L->col_x[0], 0, L->col_w[0], false);
        float sr = block_safety(app, L->col_x[1], 0, L->col_w[1], false);
        bool left = fmaxf(a + gap + sl, b) <= fmaxf(a, b + gap + sr);
        if (left)
            a += gap + block_safety(app, L->col_x[0], y + a + gap, L->col_w[0], draw);
        else
            b += gap + block_safety(app, L->col_x[1], y + b + gap, L->col_w[1], draw);
        return a > b ? a : b;
    }
    /* One column: the safety note before the controls, so nobody has to scroll to it. */
    float h = block_how(app, L->full_x, y, L->full_w, draw) + gap;
    h += block_safety(app, L->full_x, y + h, L->full_w, draw) + gap;
    h += block_controls(app, L->full_x, y + h, L->full_w, draw);
    return h;
}

static float layout(App *app, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, margin = 20 * S;
    L->title_y = margin;
    L->view_y = L->title_y + (float)text_line_height(app->text, TEXT_TITLE) + 10 * S;
    float bh = 50 * S;
    L->back = (SDL_FRect){(W - 220 * S) * 0.5f, H - margin - bh, 220 * S, bh};
    L->hints_y = L->back.y + (bh - 30 * S) * 0.5f;
    L->view_h = L->back.y - 12 * S - L->view_y;
    float total = fminf(W - 2 * margin, 1180 * S);
    L->two_columns = app->ui.lw >= 1100;
    float x0 = (W - total) * 0.5f, gap = 40 * S;
    L->col_w[0] = (total - gap) * 0.47f;
    L->col_w[1] = total - gap - L->col_w[0];
    L->col_x[0] = x0;
    L->col_x[1] = x0 + L->col_w[0] + gap;
    L->full_w = fminf(total, 760 * S);
    L->full_x = (W - L->full_w) * 0.5f;
    return content(app, L, 0, false);
}

static float max_scroll(App *app, const Layout *L, float content_h) {
    float m = (content_h - L->view_h) / app->ui.s;
    return m > 0 ? m : 0;
}

static void scroll_by(App *app, float ref) {
    HelpState *st = app->state;
    Layout L;
    float h = layout(app, &L);
    st->scroll += ref;
    float m = max_scroll(app, &L, h);
    if (st->scroll > m) st->scroll = m;
    if (st->scroll < 0) st->scroll = 0;
}

static void help_input(App *app, const InputEvent *ev) {
    Layout L;
    layout(app, &L);
    switch (ev->kind) {
    case INPUT_UP: scroll_by(app, -60); break;
    case INPUT_DOWN: scroll_by(app, 60); break;
    case INPUT_SCROLL: scroll_by(app, (float)-ev->value * 60); break;
    case INPUT_CONFIRM:
    case INPUT_BACK: nav_go(app, PLACE_TITLE); break;
    case INPUT_CLICK:
        if (rect_contains(L.back, (float)ev->x, (float)ev->y)) nav_go(app, PLACE_TITLE);
        break;
    case INPUT_RESIZE: scroll_by(app, 0); break;
    default: break;
    }
}

static void help_draw(App *app) {
    HelpState *st = app->state;
    const Theme *th = &app->theme;
    Layout L;
    float h = layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    float m = max_scroll(app, &L, h);
    float scroll = (st->scroll > m ? m : st->scroll) * S;

    text_draw(app->text, TEXT_TITLE, _("How to play"), (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    /* Centre short content; clip long content to the view and let it scroll. */
    float y = L.view_y + (m > 0 ? -scroll : fmaxf(0, (L.view_h - h) * 0.35f));
    SDL_Rect clip = {0, (int)L.view_y, app->ui.w, (int)L.view_h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    content(app, &L, y, true);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (m > 0) {
        float track_h = L.view_h, thumb_h = fmaxf(40 * S, track_h * L.view_h / h);
        float ty = L.view_y + (track_h - thumb_h) * (scroll / (m * S));
        SDL_FRect thumb = {W - 14 * S, ty, 6 * S, thumb_h};
        draw_round_rect(&app->draw, thumb, 3 * S, color_alpha(th->text_dim, 0.45f));
    }
    bool pointer_on_back = app->pointer_active && rect_contains(L.back, (float)app->pointer_x, (float)app->pointer_y);
    draw_button(&app->draw, L.back, _("Back"), BUTTON_NORMAL, !app->pointer_active || pointer_on_back, 1.0f);
    if (m > 0) {
        const Draw *d = &app->draw;
        PadType t;
        if (glyphs_hint_type(app, &t))
            glyphs_draw_hint(d, t, GLYPH_DPAD, L.back.x + L.back.w + 32 * S, L.hints_y, NC_("hint", "scroll"), 1.0f);
        else
            draw_hint(d, L.back.x + L.back.w + 32 * S, L.hints_y, "\xE2\x86\x91 \xE2\x86\x93", NC_("hint", "scroll"),
                      1.0f);
    }
}

const Screen SCREEN_HELP = {
    .name = "help",
    .state_size = sizeof(HelpState),
    .draw = help_draw,
    .input = help_input,
};
