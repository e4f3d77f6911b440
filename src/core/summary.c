/* Builds the end-of-session comparison from the session's records and writes it out. */
#include "summary.h"

#include <stdlib.h>
#include <string.h>

const char *outcome_label(Outcome o) {
    switch (o) {
    case OUTCOME_SAME: return "Same page";
    case OUTCOME_CLOSE: return "Close";
    case OUTCOME_APART: return "Different views";
    }
    return "";
}

static const Scenario *deal_scenario(const Session *s, int deal) {
    const DealItem *d = &s->deal[deal];
    return &s->lib->decks[d->deck]->scenarios[d->scenario];
}

static const Deck *deal_deck(const Session *s, int deal) { return s->lib->decks[s->deal[deal].deck]; }

static const Card *record_card(const Session *s, const CardRecord *r) {
    return &deal_scenario(s, r->deal)->cards[r->card];
}

/* Keeps the best `SUMMARY_TOP` indices by score (higher first; earlier wins ties). */
static void keep_top(int *list, int *n, int *scores, int index, int score) {
    int pos = *n;
    while (pos > 0 && scores[pos - 1] < score) pos--;
    if (pos >= SUMMARY_TOP) return;
    int last = *n < SUMMARY_TOP ? *n : SUMMARY_TOP - 1;
    for (int i = last; i > pos; i--) {
        list[i] = list[i - 1];
        scores[i] = scores[i - 1];
    }
    list[pos] = index;
    scores[pos] = score;
    if (*n < SUMMARY_TOP) (*n)++;
}

void summary_build(const Session *s, Summary *out) {
    memset(out, 0, sizeof *out);
    int diff_scores[SUMMARY_TOP] = {0}, agree_scores[SUMMARY_TOP] = {0}, mirror_scores[SUMMARY_TOP] = {0};
    for (int i = 0; i < s->n_records; i++) {
        const CardRecord *r = &s->records[i];
        const Card *c = record_card(s, r);
        CategoryAlignment *ca = &out->category[deal_deck(s, r->deal)->category];
        out->cards++;
        ca->cards++;
        if (r->outcome == OUTCOME_SAME)
            ca->same++;
        else if (r->outcome == OUTCOME_CLOSE)
            ca->close++;
        else
            ca->apart++;
        if (r->outcome == OUTCOME_APART) keep_top(out->differences, &out->n_differences, diff_scores, i, r->gap);
        if (r->outcome == OUTCOME_SAME) {
            /* An agreement means most at the ends of the scale: both clearly fine, or both a line. */
            int strength = c->ask == ASK_CHOICE ? 1 : abs(2 * r->main[0] - 5);
            keep_top(out->agreements, &out->n_agreements, agree_scores, i, strength);
        }
        int m = r->mirror[0] > r->mirror[1] ? r->mirror[0] : r->mirror[1];
        if (m > 0) keep_top(out->mirrors, &out->n_mirrors, mirror_scores, i, m);
        if (r->guessed[0] >= 0) {
            out->guesses++;
            out->guessed[0] += r->guessed[0];
            out->guessed[1] += r->guessed[1];
        }
    }
    /* Ladder lines, one per ladder scenario that was played. */
    for (int d = 0; d < s->n_deal; d++) {
        const Scenario *sc = deal_scenario(s, d);
        if (!sc->ladder) continue;
        LadderLine l = {.deal = d};
        bool played = false;
        for (int i = 0; i < sc->n_cards; i++)
            if (sc->cards[i].step > l.total_steps) l.total_steps = sc->cards[i].step;
        for (int i = 0; i < s->n_records; i++) {
            const CardRecord *r = &s->records[i];
            if (r->deal != d) continue;
            const Card *c = &sc->cards[r->card];
            if (!c->step) continue;
            played = true;
            if (c->step > l.last_step) l.last_step = c->step;
            for (int p = 0; p < 2; p++)
                if (r->main[p] >= STEP_UNEASY && (!l.line[p] || c->step < l.line[p])) l.line[p] = c->step;
        }
        if (played && out->n_ladders < SESSION_MAX_LENGTH) out->ladders[out->n_ladders++] = l;
    }
}

void summary_line_text(const Session *s, const LadderLine *l, int player, StrBuf *out) {
    const char *name = session_name(s, player);
    if (l->line[player])
        strbuf_printf(out, "%s's line: step %d", name, l->line[player]);
    else if (l->last_step >= l->total_steps)
        strbuf_printf(out, "%s: no line in these %d steps", name, l->total_steps);
    else
        strbuf_printf(out, "%s: no line up to step %d", name, l->last_step);
}

/* ---- Markdown ------------------------------------------------------------------------ */

/* Escapes characters that Markdown would read as formatting. */
static void md_text(StrBuf *out, const char *text) {
    for (const char *p = text; *p; p++) {
        if (strchr("\\`*_[]<>#|", *p)) strbuf_add(out, "\\", 1);
        strbuf_add(out, p, 1);
    }
}

static void md_filled(const Session *s, StrBuf *out, const char *text) {
    StrBuf t;
    strbuf_init(&t);
    session_fill_text(s, text, &t);
    md_text(out, t.data ? t.data : "");
    strbuf_free(&t);
}

static const char *answer_text(const Card *c, RoundKind k, int pick) {
    if (pick <= 0) return "";
    if (c->ask == ASK_CHOICE && (k == ROUND_CHOICE || k == ROUND_GUESS))
        return pick <= c->n_options ? c->options[pick - 1] : "";
    return step_label(pick);
}

/* A player's answer to a record in words, both perspectives where the card asked both. */
static void answer_words(const Card *c, const CardRecord *r, int p, StrBuf *out) {
    if (c->ask == ASK_RATE && c->from == FROM_BOTH) {
        strbuf_puts(out, "if they did it: ");
        strbuf_puts(out, answer_text(c, ROUND_YOU, r->picks[p][ROUND_YOU]));
        strbuf_puts(out, "; if their partner did it: ");
        strbuf_puts(out, answer_text(c, ROUND_PARTNER, r->picks[p][ROUND_PARTNER]));
    } else {
        strbuf_puts(out, answer_text(c, c->ask == ASK_CHOICE ? ROUND_CHOICE : ROUND_PARTNER, r->main[p]));
    }
}

/* A ladder line for one player, or "kept private" when they left their answers out. */
static void line_words(const Session *s, const SummaryPrivacy *priv, const LadderLine *l, int p, StrBuf *out) {
    if (priv->include[p])
        summary_line_text(s, l, p, out);
    else
        strbuf_printf(out, "%s: kept private", session_name(s, p));
}

typedef void (*Escape)(StrBuf *out, const char *text);

/* Runs a StrBuf-producing helper and appends its text escaped for the output format. */
static void escaped_answer(Escape esc, StrBuf *out, const Card *c, const CardRecord *r, int p) {
    StrBuf t;
    strbuf_init(&t);
    answer_words(c, r, p, &t);
    esc(out, t.data ? t.data : "");
    strbuf_free(&t);
}

static void escaped_line(Escape esc, StrBuf *out, const Session *s, const SummaryPrivacy *priv, const LadderLine *l,
                         int p) {
    StrBuf t;
    strbuf_init(&t);
    line_words(s, priv, l, p, &t);
    esc(out, t.data ? t.data : "");
    strbuf_free(&t);
}

static void md_record(const Session *s, const SummaryPrivacy *priv, StrBuf *out, const CardRecord *r) {
    const Card *c = record_card(s, r);
    const Scenario *sc = deal_scenario(s, r->deal);
    strbuf_puts(out, "- **");
    md_filled(s, out, sc->title);
    strbuf_puts(out, "**: ");
    md_filled(s, out, c->text);
    strbuf_puts(out, "\n");
    for (int p = 0; p < 2; p++) {
        strbuf_puts(out, "  - ");
        md_text(out, session_name(s, p));
        strbuf_puts(out, ": ");
        if (!priv->include[p]) {
            strbuf_puts(out, "*(kept private)*\n");
            continue;
        }
        escaped_answer(md_text, out, c, r, p);
        strbuf_puts(out, "\n");
    }
}

void summary_write_markdown(const Session *s, const Summary *sum, const SummaryPrivacy *priv, const char *date,
                            StrBuf *out) {
    SummaryPrivacy all = {{true, true}};
    if (!priv) priv = &all;
    bool both = priv->include[0] && priv->include[1];
    strbuf_puts(out, "# Gray Area: ");
    md_text(out, session_name(s, 0));
    strbuf_puts(out, " & ");
    md_text(out, session_name(s, 1));
    strbuf_puts(out, "\n\n");
    if (date && *date) strbuf_printf(out, "%s · ", date);
    strbuf_printf(out, "%d card%s talked through.\n\n", sum->cards, sum->cards == 1 ? "" : "s");
    strbuf_puts(out, "This is a starting point for a conversation, not a score. Where you differ is where the "
                     "interesting talk is.\n\n");

    strbuf_puts(out, "## Boundary map\n\n");
    strbuf_puts(out, "| Theme | Cards | Same page | Close | Different views |\n|---|---|---|---|---|\n");
    for (int c = 0; c < CAT_COUNT; c++) {
        const CategoryAlignment *a = &sum->category[c];
        if (!a->cards) continue;
        strbuf_printf(out, "| %s | %d | %d | %d | %d |\n", category_title((Category)c), a->cards, a->same, a->close,
                      a->apart);
    }
    strbuf_puts(out, "\n");

    if (sum->n_ladders) {
        strbuf_puts(out, "## Where each line sits\n\n");
        for (int i = 0; i < sum->n_ladders; i++) {
            const LadderLine *l = &sum->ladders[i];
            strbuf_puts(out, "- **");
            md_filled(s, out, deal_scenario(s, l->deal)->title);
            strbuf_puts(out, "**: ");
            for (int p = 0; p < 2; p++) {
                escaped_line(md_text, out, s, priv, l, p);
                strbuf_puts(out, p == 0 ? " · " : "\n");
            }
        }
        strbuf_puts(out, "\n");
    }

    if (both) {
        strbuf_puts(out, "## Worth talking about\n\n");
        if (!sum->n_differences) strbuf_puts(out, "No big differences came up this time.\n");
        for (int i = 0; i < sum->n_differences; i++) md_record(s, priv, out, &s->records[sum->differences[i]]);
        strbuf_puts(out, "\n## Where you agree\n\n");
        if (!sum->n_agreements) strbuf_puts(out, "No exact matches this time; closeness counts too.\n");
        for (int i = 0; i < sum->n_agreements; i++) md_record(s, priv, out, &s->records[sum->agreements[i]]);
        if (sum->n_mirrors) {
            strbuf_puts(out, "\n## Mirror gaps\n\nSomething that felt more okay when you imagined doing it yourself "
                             "than when you imagined your partner doing it.\n\n");
            for (int i = 0; i < sum->n_mirrors; i++) md_record(s, priv, out, &s->records[sum->mirrors[i]]);
        }
        if (sum->guesses) {
            strbuf_puts(out, "\n## Reading each other\n\n");
            for (int p = 0; p < 2; p++) {
                strbuf_puts(out, "- ");
                md_text(out, session_name(s, p));
                strbuf_printf(out, " read the other right %d of %d times\n", sum->guessed[p], sum->guesses);
            }
        }
    } else {
        strbuf_puts(out, "## Answers\n\nOne of you chose to keep their own answers out of this file, so the "
                         "card-by-card comparison is left out.\n");
    }
    strbuf_puts(out, "\n---\nGray Area is a conversation starter, not therapy. If a relationship involves fear, "
                     "control or harm, talk to a professional or a local helpline.\n");
}

/* ---- HTML ---------------------------------------------------------------------------- */

static void html_text(StrBuf *out, const char *text) {
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&': strbuf_puts(out, "&amp;"); break;
        case '<': strbuf_puts(out, "&lt;"); break;
        case '>': strbuf_puts(out, "&gt;"); break;
        case '"': strbuf_puts(out, "&quot;"); break;
        case '\'': strbuf_puts(out, "&#39;"); break;
        default: strbuf_add(out, p, 1);
        }
    }
}

static void html_filled(const Session *s, StrBuf *out, const char *text) {
    StrBuf t;
    strbuf_init(&t);
    session_fill_text(s, text, &t);
    html_text(out, t.data ? t.data : "");
    strbuf_free(&t);
}

static void html_record(const Session *s, const SummaryPrivacy *priv, StrBuf *out, const CardRecord *r) {
    const Card *c = record_card(s, r);
    strbuf_puts(out, "<div class=\"card\"><h3>");
    html_filled(s, out, deal_scenario(s, r->deal)->title);
    strbuf_puts(out, "</h3><p>");
    html_filled(s, out, c->text);
    strbuf_puts(out, "</p><ul>");
    for (int p = 0; p < 2; p++) {
        strbuf_printf(out, "<li><span class=\"who p%d\">", p + 1);
        html_text(out, session_name(s, p));
        strbuf_puts(out, "</span> ");
        if (!priv->include[p]) {
            strbuf_puts(out, "<em>kept private</em></li>");
            continue;
        }
        escaped_answer(html_text, out, c, r, p);
        strbuf_puts(out, "</li>");
    }
    strbuf_puts(out, "</ul></div>\n");
}

static const char HTML_STYLE[] =
    "body{font-family:Inter,'Segoe UI',Helvetica,Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1.5rem;"
    "color:#2b2a33;background:#faf7f2;line-height:1.5}"
    "h1{font-size:1.9rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd5c8;padding-bottom:.2rem}"
    "h3{margin:.2rem 0;font-size:1.05rem}.sub{color:#6b6677}"
    "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem .5rem;border-bottom:1px solid "
    "#e8e1d6}"
    ".bar{display:flex;height:.8rem;border-radius:.4rem;overflow:hidden;background:#eee6da;min-width:8rem}"
    ".same{background:#8fbfa0}.close{background:#e7c77e}.apart{background:#d98e73}"
    ".card{background:#fff;border:1px solid #e8e1d6;border-radius:.8rem;padding:.8rem 1rem;margin:.6rem 0;"
    "break-inside:avoid}.card p{margin:.2rem 0;color:#55505f}.card ul{margin:.3rem 0;padding-left:1.2rem}"
    ".who{font-weight:600}.p1::before{content:'\\25CF  ';color:#d9822b}.p2::before{content:'\\25A0  ';color:#3f7cac}"
    ".note{margin-top:2.5rem;color:#6b6677;font-size:.9rem}"
    "@media print{body{background:#fff;margin:0;max-width:none}.card{border-color:#bbb}h2{break-after:avoid}"
    "a{color:inherit}}";

void summary_write_html(const Session *s, const Summary *sum, const SummaryPrivacy *priv, const char *date,
                        StrBuf *out) {
    SummaryPrivacy all = {{true, true}};
    if (!priv) priv = &all;
    bool both = priv->include[0] && priv->include[1];
    strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Gray Area: ");
    html_text(out, session_name(s, 0));
    strbuf_puts(out, " &amp; ");
    html_text(out, session_name(s, 1));
    strbuf_printf(out, "</title><style>%s</style></head><body>\n<h1>Gray Area: ", HTML_STYLE);
    html_text(out, session_name(s, 0));
    strbuf_puts(out, " &amp; ");
    html_text(out, session_name(s, 1));
    strbuf_puts(out, "</h1>\n<p class=\"sub\">");
    if (date && *date) {
        html_text(out, date);
        strbuf_puts(out, " · ");
    }
    strbuf_printf(out, "%d card%s talked through. A map for a conversation, not a score.</p>\n", sum->cards,
                  sum->cards == 1 ? "" : "s");

    strbuf_puts(out, "<h2>Boundary map</h2>\n<table><tr><th>Theme</th><th>Cards</th><th>Same page</th><th>Close</th>"
                     "<th>Different views</th><th></th></tr>\n");
    for (int c = 0; c < CAT_COUNT; c++) {
        const CategoryAlignment *a = &sum->category[c];
        if (!a->cards) continue;
        strbuf_puts(out, "<tr><td>");
        html_text(out, category_title((Category)c));
        strbuf_printf(out, "</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td><div class=\"bar\">", a->cards,
                      a->same, a->close, a->apart);
        int parts[3] = {a->same, a->close, a->apart};
        static const char *const cls[3] = {"same", "close", "apart"};
        for (int k = 0; k < 3; k++)
            if (parts[k]) strbuf_printf(out, "<span class=\"%s\" style=\"flex:%d\"></span>", cls[k], parts[k]);
        strbuf_puts(out, "</div></td></tr>\n");
    }
    strbuf_puts(out, "</table>\n");

    if (sum->n_ladders) {
        strbuf_puts(out, "<h2>Where each line sits</h2>\n<table>\n");
        for (int i = 0; i < sum->n_ladders; i++) {
            const LadderLine *l = &sum->ladders[i];
            strbuf_puts(out, "<tr><th>");
            html_filled(s, out, deal_scenario(s, l->deal)->title);
            strbuf_puts(out, "</th>");
            for (int p = 0; p < 2; p++) {
                strbuf_printf(out, "<td class=\"who p%d\">", p + 1);
                escaped_line(html_text, out, s, priv, l, p);
                strbuf_puts(out, "</td>");
            }
            strbuf_puts(out, "</tr>\n");
        }
        strbuf_puts(out, "</table>\n");
    }
    if (both) {
        strbuf_puts(out, "<h2>Worth talking about</h2>\n");
        if (!sum->n_differences) strbuf_puts(out, "<p>No big differences came up this time.</p>\n");
        for (int i = 0; i < sum->n_differences; i++) html_record(s, priv, out, &s->records[sum->differences[i]]);
        strbuf_puts(out, "<h2>Where you agree</h2>\n");
        if (!sum->n_agreements) strbuf_puts(out, "<p>No exact matches this time; closeness counts too.</p>\n");
        for (int i = 0; i < sum->n_agreements; i++) html_record(s, priv, out, &s->records[sum->agreements[i]]);
        if (sum->n_mirrors) {
            strbuf_puts(out,
                        "<h2>Mirror gaps</h2>\n<p>Something that felt more okay when you imagined doing it yourself "
                        "than when you imagined your partner doing it.</p>\n");
            for (int i = 0; i < sum->n_mirrors; i++) html_record(s, priv, out, &s->records[sum->mirrors[i]]);
        }
        if (sum->guesses) {
            strbuf_puts(out, "<h2>Reading each other</h2>\n<ul>\n");
            for (int p = 0; p < 2; p++) {
                strbuf_puts(out, "<li>");
                html_text(out, session_name(s, p));
                strbuf_printf(out, " read the other right %d of %d times</li>\n", sum->guessed[p], sum->guesses);
            }
            strbuf_puts(out, "</ul>\n");
        }
    } else {
        strbuf_puts(out, "<h2>Answers</h2>\n<p>One of you chose to keep their own answers out of this page, so the "
                         "card-by-card comparison is left out.</p>\n");
    }
    strbuf_puts(out,
                "<p class=\"note\">Gray Area is a conversation starter, not therapy. If a relationship involves fear, "
                "control or harm, talk to a professional or a local helpline.</p>\n</body></html>\n");
}
