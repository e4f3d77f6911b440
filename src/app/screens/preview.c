/* A whole scenario on one page, for choosing it: every card, branch, option and prompt. */
#include "app/screens/preview.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "core/plan.h"

#include <stdio.h>
#include <string.h>

void preview_meta(const Deck *deck, const Scenario *sc, bool note, char *out, size_t size) {
    int m = plan_scenario_minutes(sc);
    snprintf(out, size, "%s \xC2\xB7 %s \xC2\xB7 ", category_title(deck->category), intensity_title(sc->intensity));
    size_t len = strlen(out);
    utf8_snprintf(out + len, size - len, P_("about %d minute", "about %d minutes", m), m);
    len = strlen(out);
    if (note && sc->content_note) utf8_snprintf(out + len, size - len, " \xC2\xB7 %s", _("content note"));
}

/* {p1} and {p2} as the names typed at setup (the session does not exist yet). */
static void fill(const App *app, const char *text, StrBuf *out) {
    for (const char *p = text; *p;) {
        if (!strncmp(p, "{p1}", 4) || !strncmp(p, "{p2}", 4)) {
            int who = p[2] - '1';
            const char *name = app->settings.names[who];
            if (name[0])
                strbuf_puts(out, name);
            else
                strbuf_printf(out, _("Player %d"), who + 1);
            p += 4;
        } else {
            strbuf_add(out, p++, 1);
        }
    }
}

typedef struct Pen {
    App *app;
    bool draw;
    float x, y, w;
} Pen;

/* One paragraph at the pen, indented by indent; the pen moves below it. */
static void put(Pen *pen, TextRole role, const char *text, float indent, SDL_Color c, float after) {
    App *app = pen->app;
    int w = (int)(pen->w - indent);
    SDL_Point sz = pen->draw ? text_draw(app->text, role, text, (int)(pen->x + indent), (int)pen->y, w, c, TEXT_LEFT)
                             : text_measure(app->text, role, text, w, TEXT_LEFT);
    pen->y += (float)sz.y + after * app->ui.s;
}

static void put_filled(Pen *pen, TextRole role, const char *text, float indent, SDL_Color c, float after) {
    StrBuf b;
    strbuf_init(&b);
    fill(pen->app, text, &b);
    put(pen, role, b.data ? b.data : "", indent, c, after);
    strbuf_free(&b);
}

/* "card 3 · after midnight", or "the end". */
static void target_words(const Scenario *sc, int target, StrBuf *out) {
    if (target < 0 || target >= sc->n_cards) {
        strbuf_puts(out, _("the scenario ends"));
        return;
    }
    strbuf_printf(out, _("go to card %d"), target + 1);
    const Card *t = &sc->cards[target];
    if (t->step_label) strbuf_printf(out, " (%s)", t->step_label);
}

static void card_block(Pen *pen, const Scenario *sc, int i) {
    App *app = pen->app;
    const Theme *th = &app->theme;
    const Card *c = &sc->cards[i];
    float ind = 18;
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, _("Card %d"), i + 1);
    if (c->step) {
        int total = 0;
        for (int k = 0; k < sc->n_cards; k++)
            if (sc->cards[k].step > total) total = sc->cards[k].step;
        strbuf_printf(&b, _(" \xC2\xB7 step %d of %d"), c->step, total);
    }
    if (c->step_label) strbuf_printf(&b, " \xC2\xB7 %s", c->step_label);
    if (i == sc->start) strbuf_puts(&b, _(" \xC2\xB7 the scenario starts here"));
    put(pen, TEXT_BODY_BOLD, b.data ? b.data : "", 0, th->text, 4);
    put_filled(pen, TEXT_BODY, c->text, ind * app->ui.s, th->text, 6);
    /* The question, and the answers on offer. */
    b.len = 0;
    if (b.data) b.data[0] = '\0';
    if (c->ask == ASK_CHOICE) {
        fill(app, c->question ? c->question : "", &b);
        put(pen, TEXT_SMALL, b.data ? b.data : "", ind * app->ui.s, th->text, 2);
        for (int o = 0; o < c->n_options; o++) {
            b.len = 0;
            strbuf_printf(&b, "%d. ", o + 1);
            fill(app, c->options[o], &b);
            put(pen, TEXT_SMALL, b.data, 2 * ind * app->ui.s, th->text_dim, 2);
        }
    } else {
        const char *q = c->from == FROM_YOU       ? _("Asked: if you did this, how okay would it be?")
                        : c->from == FROM_PARTNER ? _("Asked: if your partner did this, how okay would it be?")
                                                  : _("Asked both ways: if you did this, and if your partner did.");
        put(pen, TEXT_SMALL, q, ind * app->ui.s, th->text, 2);
        put(pen, TEXT_SMALL, _("Fine \xC2\xB7 Fine if I know \xC2\xB7 Uneasy, let's talk \xC2\xB7 Crosses a line"),
            2 * ind * app->ui.s, th->text_dim, 2);
    }
    pen->y += 4 * app->ui.s;
    /* The prompts, by what the reveal shows. */
    static const char *const KINDS[PROMPT_KIND_COUNT] = {
        N_("When you are on the same page:"), N_("When you are close:"), N_("When you see it differently:"),
        N_("When someone answers differently for themselves and for their partner:"), N_("Every time:")};
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        if (!c->n_prompts[k]) continue;
        const char *kind = _(KINDS[k]);
        if (c->ask == ASK_CHOICE && k == PROMPT_SAME) kind = _("When you chose the same:");
        if (c->ask == ASK_CHOICE && k == PROMPT_APART) kind = _("When you chose differently:");
        put(pen, TEXT_SMALL, kind, ind * app->ui.s, th->text_dim, 2);
        for (int p = 0; p < c->n_prompts[k]; p++) {
            b.len = 0;
            strbuf_puts(&b, "\xE2\x80\xA2 ");
            fill(app, c->prompts[k][p], &b);
            put(pen, TEXT_SMALL, b.data, 2 * ind * app->ui.s, th->text, 2);
        }
    }
    /* Where it goes next, in words. */
    pen->y += 4 * app->ui.s;
    const char *values[4] = {NULL, NULL, NULL, NULL};
    for (int v = 0; v < 4; v++)
        values[v] = c->ask == ASK_CHOICE ? (v < c->n_options ? c->options[v] : NULL) : step_label(v + 1);
    bool always = false;
    for (int r = 0; r < c->n_rules && !always; r++) {
        b.len = 0;
        const Rule *rule = &c->rules[r];
        always = cond_is_always(rule->cond);
        if (always)
            strbuf_puts(&b, r ? _("Otherwise: ") : _("Next: "));
        else {
            strbuf_puts(&b, _("If "));
            cond_describe(rule->cond, c->ask == ASK_CHOICE, values, &b);
            strbuf_puts(&b, ": ");
        }
        target_words(sc, rule->target, &b);
        strbuf_puts(&b, ".");
        put(pen, TEXT_SMALL, b.data, ind * app->ui.s, th->text_dim, 2);
    }
    if (!always)
        put(pen, TEXT_SMALL, c->n_rules ? _("Otherwise: the scenario ends.") : _("Next: the scenario ends."),
            ind * app->ui.s, th->text_dim, 2);
    pen->y += 18 * app->ui.s;
    strbuf_free(&b);
}

float preview_scenario(App *app, const Deck *deck, const Scenario *sc, float x, float y, float w, bool draw) {
    const Theme *th = &app->theme;
    Pen pen = {app, draw, x, y, w};
    put_filled(&pen, TEXT_HEADING, sc->title, 0, th->text, 4);
    char meta[200];
    preview_meta(deck, sc, false, meta, sizeof meta);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s \xC2\xB7 ", meta);
    strbuf_printf(&b, P_("%d card", "%d cards", sc->n_cards), sc->n_cards);
    if (sc->ladder) strbuf_printf(&b, " \xC2\xB7 %s", _("a ladder: each step adds one detail"));
    put(&pen, TEXT_SMALL, b.data ? b.data : "", 0, th->text_dim, 8);
    if (sc->content_note) {
        b.len = 0;
        strbuf_puts(&b, _("Content note: "));
        fill(app, sc->content_note, &b);
        put(&pen, TEXT_BODY, b.data, 0, th->text, 8);
    }
    put(&pen, TEXT_SMALL,
        _("Every card is below, in the order written, with the questions to talk about after each result. A couple "
          "sees only the cards their answers lead to."),
        0, th->text_dim, 16);
    strbuf_free(&b);
    for (int i = 0; i < sc->n_cards; i++) card_block(&pen, sc, i);
    return pen.y - y;
}
