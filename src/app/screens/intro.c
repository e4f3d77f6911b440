/* Before a card: the scenario's intro (its title, theme and content note) and the cover
 * that comes between two players taking turns. They draw the session and send actions. */
#include "app/screens/intro.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/duo.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"
#include "app/voice.h"
#include "core/i18n.h"
#include "core/util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- intro -------------------------------------------------------------------------- */

typedef struct IntroLayout {
    float title_y, chips_y, note_y, body_y;
    SDL_FRect note, start;
} IntroLayout;

/* A scenario's title or content note in each player's language (t[1] empty with one);
 * the second to show, or NULL. */
static const char *intro_two(App *app, bool note, StrBuf t[2]) {
    for (int p = 0; p < 2; p++) {
        const Session *s = duo_session(app, p);
        const Scenario *sc = session_scenario(s);
        const char *text = sc && (p == 0 || duo_on(app)) ? (note ? sc->content_note : sc->title) : NULL;
        play_fill(s, text ? text : "", &t[p]);
    }
    return duo_on(app) ? bilingual_second(t[0].data, t[1].data) : NULL;
}

static void intro_two_free(StrBuf t[2]) {
    strbuf_free(&t[0]);
    strbuf_free(&t[1]);
}

/* Who reads this scenario as written because their language has no translation of it
 * ("" when nobody): said here, once a scenario, not on every card. */
static void intro_fallback(App *app, char *out, size_t n) {
    const Session *s = app->game->session;
    out[0] = '\0';
    if (!duo_on(app)) return;
    DeckLangs dl;
    bilingual_deck(s->lib, s->deal[s->pos].deck, s->setup.langs[0], s->setup.langs[1], &dl);
    for (int p = 0; p < 2; p++)
        if (dl.fallback[p])
            /* TRANSLATORS: a player's name, the language they read this scenario in, then
             * their own language, which has no translation of it yet. */
            utf8_snprintf(out, n, _("%s reads this one in %s: it is not in %s yet."), session_name(s, p),
                          language_autonym(dl.deck[p]->language), language_autonym(s->setup.langs[p]));
}

/* The intro's words, shared by its layout and drawing. */
static void intro_chips(const Session *s, char *out, size_t n) {
    const Scenario *sc = session_scenario(s);
    const Deck *deck = s->lib->decks[s->deal[s->pos].deck];
    snprintf(out, n, "%s  \xC2\xB7  %s", category_title(deck->category), intensity_title(sc->intensity));
    if (sc->ladder) {
        size_t len = strlen(out);
        utf8_snprintf(out + len, n - len, "  \xC2\xB7  %s", _("a ladder: each step adds one detail"));
    }
}

static const char *intro_body(const Scenario *sc) {
    static char note[400];
    if (!sc->content_note) return _("Read the card together, then each pick in secret.");
    utf8_snprintf(note, sizeof note,
                  _("Either of you can leave this one out: hold %s or %s for a second. No one is told who."),
                  play_key(INPUT_VETO, 0), play_key(INPUT_VETO, 1));
    return note;
}

/* Every line measured, so a title or a theme line that wraps (big text) pushes the rest
 * down; on a tall page the page grows to hold them. */
static void intro_layout(App *app, IntroLayout *L) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    float y = H * 0.24f;
    L->title_y = y;
    L->note = (SDL_FRect){0, 0, 0, 0};
    if (!sc) {
        L->start = (SDL_FRect){(W - 260 * S) * 0.5f, H - 140 * S, 260 * S, 56 * S};
        return;
    }
    StrBuf two[2];
    const char *second = intro_two(app, false, two);
    y += duo_measure(app, TEXT_TITLE, two[0].data, second, (int)cw) + 14 * S;
    intro_two_free(two);
    L->chips_y = y;
    char chips[160];
    intro_chips(s, chips, sizeof chips);
    y += (float)text_measure(app->text, TEXT_BODY, chips, (int)cw, TEXT_CENTER).y + 26 * S;
    char fallback[240];
    intro_fallback(app, fallback, sizeof fallback);
    if (fallback[0]) y += (float)text_measure(app->text, TEXT_SMALL, fallback, (int)cw, TEXT_CENTER).y + 8 * S;
    if (sc->content_note) {
        /* Two languages: the note box is as wide as the text, so both fit in it. */
        float nw = duo_on(app) ? cw : cw * 0.7f;
        second = intro_two(app, true, two);
        float nh = duo_measure(app, TEXT_BODY, two[0].data, second, (int)(nw - 40 * S));
        intro_two_free(two);
        L->note = (SDL_FRect){(W - nw) * 0.5f, y, nw, nh + 70 * S};
        y += L->note.h + 24 * S;
    }
    L->body_y = y;
    float body_h = (float)text_measure(app->text, TEXT_BODY, intro_body(sc), (int)cw, TEXT_CENTER).y;
    y += fmaxf(body_h, (float)text_line_height(app->text, TEXT_BODY) * 2) + 30 * S;
    L->start = (SDL_FRect){(W - 260 * S) * 0.5f, fminf(y, H - 140 * S), 260 * S, 56 * S};
    if (y > H - 140 * S) display_need_height(app, y + 140 * S);
}

static void intro_draw(App *app) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    if (!sc) return;
    IntroLayout L;
    intro_layout(app, &L);
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    float t = look_ease(look_anim(app, app->screen_since, 500));
    char top[240];
    utf8_snprintf(top, sizeof top, _("Scenario %d of %d"), session_scenario_number(s), s->n_deal);
    text_draw(app->text, TEXT_SMALL, top, (int)(W * 0.5f), (int)(L.title_y - 34 * S), 0, th->text_dim, TEXT_CENTER);
    StrBuf two[2];
    const char *second = intro_two(app, false, two);
    duo_draw(app, TEXT_TITLE, two[0].data, second, W * 0.5f, L.title_y + (1 - t) * 12 * S, (int)play_content_w(app),
             color_alpha(th->text, t));
    intro_two_free(two);
    char chips[160];
    intro_chips(s, chips, sizeof chips);
    text_draw(app->text, TEXT_BODY, chips, (int)(W * 0.5f), (int)L.chips_y, (int)play_content_w(app), th->text_dim,
              TEXT_CENTER);
    char fallback[240];
    intro_fallback(app, fallback, sizeof fallback);
    if (fallback[0])
        text_draw(app->text, TEXT_SMALL, fallback, (int)(W * 0.5f),
                  (int)(L.chips_y +
                        (float)text_measure(app->text, TEXT_BODY, chips, (int)play_content_w(app), TEXT_CENTER).y +
                        8 * S),
                  (int)play_content_w(app), th->text_dim, TEXT_CENTER);
    if (sc->content_note) {
        draw_round_rect(&app->draw, L.note, 16 * S, th->notice);
        text_draw(app->text, TEXT_SMALL, _("Content note"), (int)(W * 0.5f), (int)(L.note.y + 14 * S), 0,
                  th->notice_text, TEXT_CENTER);
        second = intro_two(app, true, two);
        duo_draw(app, TEXT_BODY, two[0].data, second, W * 0.5f, L.note.y + 40 * S, (int)(L.note.w - 40 * S),
                 th->notice_text);
        intro_two_free(two);
    }
    text_draw(app->text, TEXT_BODY, intro_body(sc), (int)(W * 0.5f), (int)L.body_y, (int)play_content_w(app),
              th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, L.start, _("Begin"), BUTTON_PRIMARY, true, t);
    const char *hints[] = {"Enter", NC_("hint", "begin"), play_key(INPUT_BREAK, -1), NC_("hint", "break"),
                           "Esc",   NC_("hint", "menu")};
    play_footer(app, hints, 3);
}

static void intro_input(App *app, const InputEvent *ev) {
    IntroLayout L;
    intro_layout(app, &L);
    if (ev->kind == INPUT_CLICK && rect_contains(L.start, (float)ev->x, (float)ev->y)) {
        nav_send(app, (Action){ACT_NEXT, -1, 0});
        return;
    }
    play_common_input(app, ev);
}
/* Read aloud: the scenario's name, theme and content note. */
static void intro_voice(App *app, VoiceText *v) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    if (!sc) return;
    StrBuf title;
    play_fill(s, sc->title, &title);
    size_t tl = strlen(title.data);
    bool stop = tl && strchr(".?!", title.data[tl - 1]); /* "Thoughts?" needs no full stop after it */
    snprintf(v->title, sizeof v->title, _("Scenario %d of %d: %s%s"), session_scenario_number(s), s->n_deal, title.data,
             stop ? "" : ".");
    strbuf_free(&title);
    const Deck *deck = s->lib->decks[s->deal[s->pos].deck];
    voice_add(v->body, sizeof v->body, "%s, %s.", category_title(deck->category), intensity_title(sc->intensity));
    if (sc->ladder) voice_add(v->body, sizeof v->body, " %s", _("A ladder: each step adds one detail."));
    if (sc->content_note) voice_add(v->body, sizeof v->body, _(" Content note: %s"), sc->content_note);
    voice_add(v->body, sizeof v->body, _(" Press Enter to begin. %s reads a card again."), play_key(INPUT_READ, -1));
    /* After a leave-out, what the banner says, without who: said once, as the status. */
    if (game_undo_offered(app->game, app->now))
        utf8_snprintf(v->status, sizeof v->status,
                      _("The last scenario was left out. Press %s or %s again to bring it back."),
                      play_key(INPUT_VETO, 0), play_key(INPUT_VETO, 1));
}

const Screen SCREEN_INTRO = {
    .name = "intro", .draw = intro_draw, .input = intro_input, .tick = play_entry_tick, .voice = intro_voice};

/* ---- take-turns cover --------------------------------------------------------------- */

typedef struct CoverLayout {
    float marker_y, title_y, body_y;
    SDL_FRect button;
    char title[160], body[200], label[160];
} CoverLayout;

/* Measured top to bottom, so long names at big text wrap instead of running into the
 * next line; the button is as wide as its label needs (within the screen), and on a
 * tall page the page grows to hold it. */
static void cover_layout(App *app, CoverLayout *L) {
    const Session *s = app->game->session;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    int p = s->turn >= 0 ? s->turn : 0;
    utf8_snprintf(L->title, sizeof L->title, _("Pass to %s"), session_name(s, p));
    utf8_snprintf(L->body, sizeof L->body, _("%s, look away for a moment. No peeking, no hints."),
                  session_name(s, 1 - p));
    utf8_snprintf(L->label, sizeof L->label, _("I'm %s, ready"), session_name(s, p));
    L->marker_y = H * 0.22f;
    L->title_y = H * 0.32f;
    float y = L->title_y + (float)text_measure(app->text, TEXT_TITLE, L->title, (int)cw, TEXT_CENTER).y + 12 * S;
    L->body_y = fmaxf(y, L->title_y + 70 * S);
    y = L->body_y + (float)text_measure(app->text, TEXT_BODY, L->body, (int)cw, TEXT_CENTER).y + 40 * S;
    float bw = fminf(W - 40 * S,
                     fmaxf(320 * S, (float)text_measure(app->text, TEXT_BODY_BOLD, L->label, 0, TEXT_LEFT).x + 48 * S));
    L->button = (SDL_FRect){(W - bw) * 0.5f, fmaxf(y, H * 0.62f), bw, 58 * S};
    float end = L->button.y + L->button.h + 100 * S; /* clear of the footer */
    if (end > H) display_need_height(app, end);
}

static void cover_draw(App *app) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    CoverLayout L;
    cover_layout(app, &L);
    draw_shape(&app->draw, look_player_shape(app, s->turn), W * 0.5f, L.marker_y, 30 * S, 0,
               look_player_color(app, s->turn));
    text_draw(app->text, TEXT_TITLE, L.title, (int)(W * 0.5f), (int)L.title_y, (int)play_content_w(app), th->text,
              TEXT_CENTER);
    text_draw(app->text, TEXT_BODY, L.body, (int)(W * 0.5f), (int)L.body_y, (int)play_content_w(app), th->text_dim,
              TEXT_CENTER);
    draw_button(&app->draw, L.button, L.label, BUTTON_PRIMARY, true, 1.0f);
    const char *hints[] = {"Enter", NC_("hint", "ready"), play_key(INPUT_BREAK, -1), NC_("hint", "break")};
    play_footer(app, hints, 2);
}

static void cover_input(App *app, const InputEvent *ev) {
    CoverLayout L;
    cover_layout(app, &L);
    if (ev->kind == INPUT_CLICK && rect_contains(L.button, (float)ev->x, (float)ev->y)) {
        nav_send(app, (Action){ACT_NEXT, app->game->session->turn, 0});
        return;
    }
    play_common_input(app, ev);
}

/* Read aloud: whose turn it is, and who looks away. */
static void cover_voice(App *app, VoiceText *v) {
    const Session *s = app->game->session;
    int p = s->turn;
    if (p < 0) return;
    utf8_snprintf(v->title, sizeof v->title, _("Pass to %s."), session_name(s, p));
    utf8_snprintf(v->body, sizeof v->body, _("%s, look away for a moment. %s, press Enter when you are ready."),
                  session_name(s, 1 - p), session_name(s, p));
}

const Screen SCREEN_COVER = {
    .name = "cover", .draw = cover_draw, .input = cover_input, .tick = play_console_tick, .voice = cover_voice};
