/* Both players' languages on the in-session screens: the session in each, and text shown
 * in both, grouped by each reader's marker. */
#include "app/screens/duo.h"

#include "app/app.h"
#include "app/game.h"
#include "app/ui/look.h"

#include <math.h>

const char *ui_text_for(const App *app, int player, const char *msgid) {
    const Session *s = app->game ? app->game->session : NULL;
    return lang_text(s && player >= 0 && player < 2 ? s->setup.langs[player] : "", msgid);
}

bool duo_on(const App *app) { return app->game && bilingual_on(app->game->session); }

const Session *duo_session(App *app, int player) {
    Game *g = app->game;
    if (!duo_on(app) || player < 0 || player > 1) return g->session;
    return session_in(g->session, player, &g->views[player]);
}

TextRole duo_second_role(TextRole role) {
    switch (role) {
    case TEXT_TITLE: return TEXT_HEADING;
    case TEXT_HEADING: return TEXT_BODY_BOLD;
    case TEXT_BODY_BOLD: return TEXT_SMALL; /* answers: the row stays short */
    default: return TEXT_SMALL;
    }
}

/* The gap between the two texts: enough to read them as two, close enough to belong together. */
static float gap(const App *app) { return 8 * app->ui.s; }

/* Two texts leave room at each side for their readers' markers. */
static int inner(const App *app, int wrap, const char *second) {
    return second && wrap > 0 ? wrap - (int)(2 * 24 * app->ui.s) : wrap;
}

float duo_measure(App *app, TextRole role, const char *first, const char *second, int wrap) {
    wrap = inner(app, wrap, second);
    float h = (float)text_measure(app->text, role, first ? first : "", wrap, TEXT_CENTER).y;
    if (second) h += gap(app) + (float)text_measure(app->text, duo_second_role(role), second, wrap, TEXT_CENTER).y;
    return h;
}

/* A reader's marker left of a centred block's widest line, level with its first line. */
static void mark(App *app, int player, TextRole role, const char *text, float cx, float y, int wrap, float alpha) {
    float S = app->ui.s;
    /* A wrapped block is as wide as its wrap; one line, as wide as its words. */
    float w = (float)text_measure(app->text, role, text, 0, TEXT_LEFT).x;
    if (wrap > 0 && w > (float)wrap) w = (float)text_measure(app->text, role, text, wrap, TEXT_CENTER).x;
    float lh = (float)text_line_height(app->text, role);
    float r = fminf(7 * S, lh * 0.22f);
    draw_shape(&app->draw, look_player_shape(app, player), cx - w * 0.5f - r - 8 * S, y + lh * 0.5f, r, 0,
               color_alpha(look_player_color(app, player), alpha));
}

static float draw_two(App *app, TextRole role, const char *first, const char *second, float cx, float y, int wrap,
                      SDL_Color color, bool marks) {
    wrap = inner(app, wrap, second);
    float h = (float)text_draw(app->text, role, first ? first : "", (int)cx, (int)y, wrap, color, TEXT_CENTER).y;
    if (!second) return h;
    /* Room for the markers: they sit just outside the text's own width. */
    if (marks) mark(app, 0, role, first ? first : "", cx, y, wrap, color.a / 255.0f);
    float y2 = y + h + gap(app);
    TextRole r2 = duo_second_role(role);
    /* Dimmer when it is the page's own text; on anything else (a notice) the same colour,
     * so it keeps its contrast: the smaller size tells it apart. */
    SDL_Color t = app->theme.text, dim = color;
    if (color.r == t.r && color.g == t.g && color.b == t.b) dim = color_alpha(app->theme.text_dim, color.a / 255.0f);
    float h2 = (float)text_draw(app->text, r2, second, (int)cx, (int)y2, wrap, dim, TEXT_CENTER).y;
    if (marks) mark(app, 1, r2, second, cx, y2, wrap, color.a / 255.0f);
    return h + gap(app) + h2;
}

float duo_draw(App *app, TextRole role, const char *first, const char *second, float cx, float y, int wrap,
               SDL_Color color) {
    return draw_two(app, role, first, second, cx, y, wrap, color, true);
}

float duo_draw_bare(App *app, TextRole role, const char *first, const char *second, float cx, float y, int wrap,
                    SDL_Color color) {
    return draw_two(app, role, first, second, cx, y, wrap, color, false);
}

/* The separator between two texts on one line. */
static const char *const SEP = "  \xC2\xB7  ";

float duo_inline_measure(App *app, TextRole role, const char *first, const char *second, int wrap) {
    TextRole r2 = duo_second_role(role);
    float w =
        (float)(text_measure(app->text, role, first, 0, TEXT_LEFT).x +
                text_measure(app->text, r2, SEP, 0, TEXT_LEFT).x + text_measure(app->text, r2, second, 0, TEXT_LEFT).x);
    if (wrap > 0 && w > (float)wrap) return 0;
    return (float)text_line_height(app->text, role);
}

void duo_inline_draw(App *app, TextRole role, const char *first, const char *second, float cx, float y,
                     SDL_Color color) {
    TextRole r2 = duo_second_role(role);
    float w1 = (float)text_measure(app->text, role, first, 0, TEXT_LEFT).x;
    float ws = (float)text_measure(app->text, r2, SEP, 0, TEXT_LEFT).x;
    float w2 = (float)text_measure(app->text, r2, second, 0, TEXT_LEFT).x;
    float x = cx - (w1 + ws + w2) * 0.5f;
    /* The smaller text sits on the same line, centred on the first's line. */
    float dy = ((float)text_line_height(app->text, role) - (float)text_line_height(app->text, r2)) * 0.5f;
    SDL_Color dim = color_alpha(app->theme.text_dim, color.a / 255.0f);
    text_draw(app->text, role, first, (int)x, (int)y, 0, color, TEXT_LEFT);
    text_draw(app->text, r2, SEP, (int)(x + w1), (int)(y + dy), 0, dim, TEXT_LEFT);
    text_draw(app->text, r2, second, (int)(x + w1 + ws), (int)(y + dy), 0, dim, TEXT_LEFT);
}
