/* Controllers take their seats: the join screen ("press A to join", also as an overlay when a
 * controller turns up mid-session) and the reconnect screen when a seated one goes away. */
#include "app/screens/join.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/nav.h"
#include "app/ui/glyphs.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The name shown for a seat: the session's, else the one typed last time, else "Player N". */
static const char *seat_name(const App *app, int seat, char *buf, size_t n) {
    if (app->game && app->game->session) return session_name(app->game->session, seat);
    if (app->settings.names[seat][0]) return app->settings.names[seat];
    utf8_snprintf(buf, n, _("Player %d"), seat + 1);
    return buf;
}

/* The keys a seat answers with on the keyboard ("1 2 3 4"). */
static void keyboard_keys(int seat, char *out, size_t n) {
    out[0] = '\0';
    for (int v = 1; v <= 4; v++) {
        size_t len = strlen(out);
        snprintf(out + len, n - len, "%s%s", v > 1 ? " " : "", input_key_label(INPUT_ANSWER, seat, v));
    }
}

/* Footer hints: controller glyphs when one is around, else key caps. pad[i] and key[i]
 * are the same action's control. */
static void hints(App *app, float y, const PadGlyph *pad, const char *const *keys, const char *const *labels, int n) {
    PadType t;
    float W = (float)app->ui.w;
    if (glyphs_hint_type(app, &t)) {
        glyphs_draw_hints(&app->draw, t, W * 0.5f, y, pad, labels, n, 0.9f);
        return;
    }
    const char *items[8];
    for (size_t i = 0; i < (size_t)n && i < 4; i++) {
        items[2 * i] = keys[i];
        items[2 * i + 1] = labels[i];
    }
    draw_hints_centered(&app->draw, W * 0.5f, y, items, n < 4 ? n : 4, 1.0f);
}

/* ---- join ------------------------------------------------------------------------------- */

typedef struct JoinLayout {
    float title_y, sub_y;
    SDL_FRect card[PADS_SEATS];
    SDL_FRect go;
    float hints_y;
} JoinLayout;

static void join_layout(App *app, JoinLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float gap = 32 * S;
    float cw = fminf(440 * S, (W - 80 * S - gap) * 0.5f), ch = fminf(310 * S, H * 0.46f);
    L->title_y = H * 0.07f;
    L->sub_y = L->title_y + (float)text_line_height(app->text, TEXT_TITLE) + 4 * S;
    float top = L->sub_y + (float)text_line_height(app->text, TEXT_BODY) + 36 * S;
    for (int s = 0; s < PADS_SEATS; s++)
        L->card[s] = (SDL_FRect){W * 0.5f + (s == 0 ? -gap * 0.5f - cw : gap * 0.5f), top, cw, ch};
    L->go = (SDL_FRect){(W - 300 * S) * 0.5f, top + ch + 36 * S, 300 * S, 60 * S};
    L->hints_y = fmaxf(L->go.y + L->go.h + 24 * S, H - 54 * S);
}

static void draw_seat(App *app, const JoinLayout *L, int s, bool next) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect r = L->card[s];
    PadType type = PAD_GENERIC;
    const PadSeat *seat = &app->pads.seat[s];
    SDL_Color col = look_player_color(app, s);
    draw_shadow(d, r, 26 * S, 14 * S, th->shadow);
    draw_round_rect(d, r, 26 * S, th->surface);
    if (seat->state == SEAT_PAD) draw_round_rect_outline(d, r, 26 * S, 4 * S, col);

    /* Name with the player's marker. */
    char buf[32];
    const char *name = seat_name(app, s, buf, sizeof buf);
    float cx = r.x + r.w * 0.5f, y = r.y + 26 * S;
    int hh = text_line_height(app->text, TEXT_HEADING);
    SDL_Point nz = text_measure(app->text, TEXT_HEADING, name, 0, TEXT_LEFT);
    float mr = 13 * S, total = 2 * mr + 14 * S + (float)nz.x;
    draw_shape(d, look_player_shape(app, s), cx - total * 0.5f + mr, y + (float)hh * 0.5f, mr, 0, col);
    text_draw(app->text, TEXT_HEADING, name, (int)(cx - total * 0.5f + 2 * mr + 14 * S), (int)y, 0, th->text,
              TEXT_LEFT);
    y += (float)hh + 22 * S;

    float big = 92 * S;
    char line[160];
    if (seat->state == SEAT_PAD) {
        draw_circle(d, cx, y + big * 0.5f, big * 0.5f, col);
        text_draw(app->text, TEXT_TITLE, "\xE2\x9C\x93", (int)cx,
                  (int)(y + (big - (float)text_line_height(app->text, TEXT_TITLE)) * 0.5f), 0, th->text_on_accent,
                  TEXT_CENTER);
        y += big + 16 * S;
        text_draw(app->text, TEXT_BODY_BOLD, _("Ready"), (int)cx, (int)y, 0, th->text, TEXT_CENTER);
        y += (float)text_line_height(app->text, TEXT_BODY_BOLD) + 2 * S;
        text_draw(app->text, TEXT_SMALL, pads_type_title(seat->type), (int)cx, (int)y, 0, th->text_dim, TEXT_CENTER);
        return;
    }
    if (seat->state == SEAT_LOST) {
        text_draw(app->text, TEXT_BODY, _("Waiting for this controller to come back\xE2\x80\xA6"), (int)cx,
                  (int)(y + big * 0.3f), (int)(r.w - 40 * S), th->text_dim, TEXT_CENTER);
        return;
    }
    /* The button of a controller that can still join, when there is one. */
    bool pad_around = pads_unseated_count(&app->pads, &type) > 0 || glyphs_hint_type(app, &type);
    if (pad_around) {
        /* Full strength on the seat the next press takes. */
        glyphs_draw(d, type, glyphs_yes(type), cx - big * 0.5f, y, big, next ? 1.0f : 0.4f);
        y += big + 16 * S;
        utf8_snprintf(line, sizeof line, next ? _("Press %s to join") : _("Then the other controller"),
                      glyphs_name(type, glyphs_yes(type)));
        text_draw(app->text, TEXT_BODY_BOLD, line, (int)cx, (int)y, (int)(r.w - 30 * S), next ? th->text : th->text_dim,
                  TEXT_CENTER);
    } else {
        text_draw(app->text, TEXT_BODY_BOLD, _("Plug in or switch on a controller"), (int)cx, (int)(y + big * 0.25f),
                  (int)(r.w - 40 * S), th->text, TEXT_CENTER);
    }
    char keys[64];
    keyboard_keys(s, keys, sizeof keys);
    utf8_snprintf(line, sizeof line, _("or the keyboard: %s"), keys);
    text_draw(app->text, TEXT_SMALL, line, (int)cx,
              (int)(r.y + r.h - 22 * S - (float)text_line_height(app->text, TEXT_SMALL)), (int)(r.w - 30 * S),
              th->text_dim, TEXT_CENTER);
}

static void join_draw(App *app) {
    const Theme *th = &app->theme;
    float W = (float)app->ui.w;
    JoinLayout L;
    join_layout(app, &L);
    text_draw(app->text, TEXT_TITLE, _("Who's playing?"), (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, _("Each of you takes a controller, or a half of the keyboard."), (int)(W * 0.5f),
              (int)L.sub_y, (int)(W - 80 * app->ui.s), th->text_dim, TEXT_CENTER);
    int next = -1;
    for (int s = 0; s < PADS_SEATS && next < 0; s++)
        if (app->pads.seat[s].state == SEAT_KEYBOARD) next = s;
    for (int s = 0; s < PADS_SEATS; s++) draw_seat(app, &L, s, s == next);
    bool both = next < 0;
    draw_button(&app->draw, L.go, both ? _("Let's go") : _("Continue"), BUTTON_PRIMARY, true, 1.0f);
    static const PadGlyph pad[] = {GLYPH_START, GLYPH_EAST};
    static const char *const keys[] = {"Enter", "Esc"};
    static const char *const labels[] = {NC_("hint", "continue"), NC_("hint", "back")};
    PadGlyph g[2] = {pad[0], pad[1]};
    PadType t;
    if (glyphs_hint_type(app, &t)) g[1] = glyphs_no(t);
    hints(app, L.hints_y, g, keys, labels, 2);
}

/* Over a session the card is hidden completely, picks included. */
static void join_over_draw(App *app) {
    draw_rect(&app->draw, (SDL_FRect){0, 0, (float)app->ui.w, (float)app->ui.h}, app->theme.bg);
    draw_vignette(&app->draw);
    join_draw(app);
}

/* over: the overlay during a session, which just closes; else on to setup or back to the title. */
static void join_go(App *app, bool over, bool forward) {
    if (over)
        nav_close(app);
    else if (forward)
        nav_play(app);
    else
        nav_go(app, PLACE_TITLE);
}

static void join_handle(App *app, const InputEvent *ev, bool over) {
    JoinLayout L;
    join_layout(app, &L);
    switch (ev->kind) {
    case INPUT_PAD:
        /* Before a session nobody waits for a lost controller: its seat is free again. */
        if (ev->value == PAD_LOST && !over) pads_unseat(&app->pads, ev->player);
        break;
    case INPUT_CONFIRM:
        /* A seated player pressing "yes" again while the other seat is free is more
         * likely eager than done: Start, Enter or the button move on. */
        if (ev->player >= 0 && (app->pads.seat[0].state == SEAT_KEYBOARD || app->pads.seat[1].state == SEAT_KEYBOARD))
            break;
        join_go(app, over, true);
        break;
    case INPUT_BREAK: join_go(app, over, true); break;
    case INPUT_BACK:
        /* Before a session, "no" on a seated controller gives its seat up; anything else
         * (and anything during a session, which nobody should lose a seat over) leaves. */
        if (ev->player >= 0 && !over)
            pads_unseat(&app->pads, ev->player);
        else
            join_go(app, over, false);
        break;
    case INPUT_CLICK:
        if (rect_contains(L.go, (float)ev->x, (float)ev->y)) join_go(app, over, true);
        break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    default: break;
    }
}

static void join_input(App *app, const InputEvent *ev) { join_handle(app, ev, false); }
static void join_over_input(App *app, const InputEvent *ev) { join_handle(app, ev, true); }

const Screen SCREEN_JOIN = {.name = "join", .draw = join_draw, .input = join_input};
const Screen SCREEN_JOIN_OVER = {.name = "join", .overlay = true, .draw = join_over_draw, .input = join_over_input};

/* ---- reconnect -------------------------------------------------------------------------- */

typedef struct ReconLayout {
    float icon_y, title_y, body_y;
    SDL_FRect button;
    float keys_y, hints_y;
} ReconLayout;

static int lost_seats(const App *app, int *first) {
    int n = 0;
    *first = 0;
    for (int s = PADS_SEATS - 1; s >= 0; s--)
        if (app->pads.seat[s].state == SEAT_LOST) {
            *first = s;
            n++;
        }
    return n;
}

static void recon_text(App *app, char *title, size_t tn, char *body, size_t bn) {
    int first, n = lost_seats(app, &first);
    char buf[32];
    const char *name = seat_name(app, first, buf, sizeof buf);
    PadType t = app->pads.seat[first].type;
    if (n > 1) {
        utf8_snprintf(title, tn, "%s", _("Both controllers are disconnected"));
        utf8_snprintf(
            body, bn,
            _("Plug them back in or switch them on: each of you keeps your seat, and nothing you picked is lost. "
              "Any other controller can take over too: press %s on it."),
            glyphs_name(t, glyphs_yes(t)));
    } else {
        utf8_snprintf(title, tn, _("%s's controller is disconnected"), name);
        utf8_snprintf(body, bn,
                      _("Plug it back in or switch it on: %s keeps their seat, and nothing picked so far is lost. "
                        "Another controller can take over too: press %s on it."),
                      name, glyphs_name(t, glyphs_yes(t)));
    }
}

static void recon_layout(App *app, ReconLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    char title[160], body[400];
    recon_text(app, title, sizeof title, body, sizeof body);
    float tw = fminf(W - 80 * S, 820 * S);
    L->icon_y = H * 0.14f;
    L->title_y = L->icon_y + 120 * S;
    SDL_Point tz = text_measure(app->text, TEXT_TITLE, title, (int)tw, TEXT_CENTER);
    L->body_y = L->title_y + (float)tz.y + 16 * S;
    SDL_Point bz = text_measure(app->text, TEXT_BODY, body, (int)tw, TEXT_CENTER);
    float by = L->body_y + (float)bz.y + 40 * S;
    L->button = (SDL_FRect){(W - 400 * S) * 0.5f, by, 400 * S, 62 * S};
    L->keys_y = by + L->button.h + 14 * S;
    L->hints_y = fmaxf(L->keys_y + 60 * S, H - 54 * S);
}

/* A controller, drawn simply: a body with two grips, buttons and a stick. */
static void draw_controller(App *app, float cx, float cy, float w, SDL_Color c) {
    const Draw *d = &app->draw;
    const Theme *th = &app->theme;
    float h = w * 0.5f;
    draw_circle(d, cx - w * 0.32f, cy + h * 0.18f, h * 0.42f, c);
    draw_circle(d, cx + w * 0.32f, cy + h * 0.18f, h * 0.42f, c);
    draw_round_rect(d, (SDL_FRect){cx - w * 0.42f, cy - h * 0.42f, w * 0.84f, h * 0.62f}, h * 0.3f, c);
    SDL_Color k = th->surface;
    draw_circle(d, cx - w * 0.25f, cy - h * 0.1f, h * 0.16f, k);
    float bx = cx + w * 0.25f, by = cy - h * 0.1f, o = h * 0.15f, br = h * 0.065f;
    draw_circle(d, bx, by - o, br, k);
    draw_circle(d, bx, by + o, br, k);
    draw_circle(d, bx - o, by, br, k);
    draw_circle(d, bx + o, by, br, k);
}

static void recon_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    ReconLayout L;
    recon_layout(app, &L);
    /* Nothing of the card shows through: the picks stay hidden while nobody plays. */
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, th->bg);
    draw_vignette(&app->draw);
    int first, n = lost_seats(app, &first);
    if (n == 0) return;
    SDL_Color col = look_player_color(app, first);
    draw_controller(app, W * 0.5f, L.icon_y + 40 * S, 150 * S, col);
    /* The unplugged cable: a short line with a gap. */
    float x0 = W * 0.5f + 90 * S, y0 = L.icon_y + 48 * S;
    draw_round_rect(&app->draw, (SDL_FRect){x0, y0, 34 * S, 6 * S}, 3 * S, th->text_dim);
    draw_round_rect(&app->draw, (SDL_FRect){x0 + 50 * S, y0, 44 * S, 6 * S}, 3 * S, th->text_dim);
    char title[160], body[400];
    recon_text(app, title, sizeof title, body, sizeof body);
    float tw = fminf(W - 80 * S, 820 * S);
    text_draw(app->text, TEXT_TITLE, title, (int)(W * 0.5f), (int)L.title_y, (int)tw, th->text, TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)L.body_y, (int)tw, th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, L.button, _("Carry on with the keyboard"), BUTTON_PRIMARY, true, 1.0f);
    char keys[64], line[200], buf[32];
    keyboard_keys(first, keys, sizeof keys);
    if (n > 1)
        utf8_snprintf(line, sizeof line, _("Keys: %s on the left, %s and so on on the right"), keys,
                      input_key_label(INPUT_ANSWER, 1, 1));
    else
        utf8_snprintf(line, sizeof line, _("%s then answers with %s (%s takes a pick back)"),
                      seat_name(app, first, buf, sizeof buf), keys, input_key_label(INPUT_UNLOCK, first, 0));
    text_draw(app->text, TEXT_SMALL, line, (int)(W * 0.5f), (int)L.keys_y, (int)tw, th->text_dim, TEXT_CENTER);
    static const char *const keyl[] = {"Enter", "Esc"};
    static const char *const labels[] = {NC_("hint", "carry on with the keyboard"), NC_("hint", "menu")};
    PadType t = PAD_GENERIC;
    glyphs_hint_type(app, &t);
    PadGlyph g[2] = {glyphs_yes(t), GLYPH_BACK};
    hints(app, L.hints_y, g, keyl, labels, 2);
}

static void recon_carry_on(App *app) {
    for (int s = 0; s < PADS_SEATS; s++)
        if (app->pads.seat[s].state == SEAT_LOST) pads_unseat(&app->pads, s);
}

static void recon_input(App *app, const InputEvent *ev) {
    ReconLayout L;
    recon_layout(app, &L);
    switch (ev->kind) {
    case INPUT_CONFIRM: recon_carry_on(app); break;
    case INPUT_CLICK:
        if (rect_contains(L.button, (float)ev->x, (float)ev->y)) recon_carry_on(app);
        break;
    case INPUT_BACK:
        /* The session menu is still reachable: leaving or ending needs no controller. */
        if (app->game->session) nav_open(app, PLACE_MENU);
        break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    default: break;
    }
}

const Screen SCREEN_RECONNECT = {.name = "reconnect", .overlay = true, .draw = recon_draw, .input = recon_input};
