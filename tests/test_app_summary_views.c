/* The summary the couple sees is the one they keep: a session is played through the real
 * app to its summary screen, and every section, item, answer and verdict of the summary
 * document must be on the screen (the strings drawn), in the Markdown and in the HTML;
 * again with one partner's answers left out (their answers nowhere, the other's
 * everywhere) and with verdict words hidden (no verdict anywhere). */
#include "app/app.h"
#include "app/game.h"
#include "app/screen.h"
#include "app/screens/nav.h"
#include "app/screens/summary.h"
#include "core/summary.h"
#include "harness.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>

typedef enum Stage { START, PLAYING, TOGGLE, CHECK_ALL, CHECK_PRIVATE, CHECK_HIDDEN, DONE } Stage;

typedef struct Run {
    Stage stage;
    int passes;
    int answered;
    StrBuf drawn; /* every string the last frame drew, one per line */
    int checked;
} Run;

/* Answers per card, in order: Ann's then Bo's, per round. Chosen so the session has a
 * difference, an agreement, mirror gaps both ways and a ladder line. */
static const int ANSWERS[][2][2] = {
    {{2, 3}, {4, 2}}, /* Coffee with an ex (both sides): Ann easier on herself, Bo stricter on himself */
    {{3, 0}, {3, 0}}, /* the "lines" card (partner): same page */
    {{1, 0}, {4, 0}}, /* One side: you-card, far apart */
    {{2, 0}, {1, 0}}, /* choice card */
};

static void observe(void *ctx, TextRole role, const char *utf8, SDL_Rect where) {
    (void)role;
    (void)where;
    Run *r = ctx;
    strbuf_puts(&r->drawn, utf8);
    strbuf_puts(&r->drawn, "\n");
}

static void push_key(SDL_Scancode sc) {
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    e.key.state = SDL_PRESSED;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

/* Each file as a reader sees it: the Markdown without its escapes and emphasis marks,
 * the HTML without tags and with its entities read back. */
static void md_plain(const char *s, StrBuf *out) {
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            strbuf_add(out, ++s, 1);
            continue;
        }
        if (*s != '*') strbuf_add(out, s, 1);
    }
}

static void html_plain(const char *s, StrBuf *out) {
    static const char *const ENT[][2] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
    while (*s) {
        if (*s == '<') {
            const char *end = strchr(s, '>');
            s = end ? end + 1 : s + strlen(s);
            continue;
        }
        bool ent = false;
        for (size_t i = 0; i < sizeof ENT / sizeof ENT[0] && !ent; i++)
            if (!strncmp(s, ENT[i][0], strlen(ENT[i][0]))) {
                strbuf_puts(out, ENT[i][1]);
                s += strlen(ENT[i][0]);
                ent = true;
            }
        if (!ent) strbuf_add(out, s++, 1);
    }
}

/* Whether a fact is in all three views (md and html already made plain). */
static bool everywhere(const Run *r, const char *md, const char *html, const char *fact) {
    bool screen = strstr(r->drawn.data ? r->drawn.data : "", fact) != NULL;
    bool in_md = strstr(md, fact) != NULL;
    bool in_html = strstr(html, fact) != NULL;
    if (!screen || !in_md || !in_html)
        fprintf(stderr, "  \"%s\": screen %d, markdown %d, html %d\n", fact, screen, in_md, in_html);
    return screen && in_md && in_html;
}

static bool nowhere(const Run *r, const char *md, const char *html, const char *text) {
    bool found = strstr(r->drawn.data ? r->drawn.data : "", text) || strstr(md, text) || strstr(html, text);
    if (found) fprintf(stderr, "  \"%s\" should be nowhere\n", text);
    return !found;
}

/* Compares the screen with the document and its two files, for the options it shows. */
static void compare_views(App *app, Run *r, const SummaryOptions *opt) {
    SummaryDoc *doc = summary_doc_create(app->game->session, opt, "a day");
    CHECK(doc != NULL);
    if (!doc) return;
    StrBuf md, html, md_text, html_text;
    strbuf_init(&md);
    strbuf_init(&html);
    strbuf_init(&md_text);
    strbuf_init(&html_text);
    summary_doc_markdown(doc, &md);
    summary_doc_html(doc, &html);
    md_plain(md.data ? md.data : "", &md_text);
    html_plain(html.data ? html.data : "", &html_text);
    const char *M = md_text.data ? md_text.data : "", *H = html_text.data ? html_text.data : "";
    int facts = 0;
    CHECK(everywhere(r, M, H, doc->title));
    CHECK(everywhere(r, M, H, doc->lead));
    if (doc->notice) CHECK(everywhere(r, M, H, doc->notice));
    for (int si = 0; si < doc->n_sections; si++) {
        const SumSection *sec = &doc->sections[si];
        CHECK(everywhere(r, M, H, sec->heading));
        if (sec->intro) CHECK(everywhere(r, M, H, sec->intro));
        if (!sec->n_items && sec->empty) CHECK(everywhere(r, M, H, sec->empty));
        for (int i = 0; i < sec->n_items; i++) {
            const SumItem *it = &sec->items[i];
            if (sec->kind == SUMSEC_MAP && it->counts[0] + it->counts[1] + it->counts[2] > 0) {
                /* The same counts on the screen and in both files. */
                char words[160], row[200], cells[120];
                snprintf(words, sizeof words, "Same page %d \xC2\xB7 Close %d \xC2\xB7 Different views %d",
                         it->counts[0], it->counts[1], it->counts[2]);
                snprintf(row, sizeof row, "| %s | %d | %d | %d | %d |", it->title, it->total, it->counts[0],
                         it->counts[1], it->counts[2]);
                snprintf(cells, sizeof cells, "<td>%d</td><td>%d</td><td>%d</td><td>%d</td>", it->total, it->counts[0],
                         it->counts[1], it->counts[2]);
                CHECK(strstr(r->drawn.data ? r->drawn.data : "", words) != NULL);
                CHECK(strstr(M, row) != NULL);
                CHECK(strstr(html.data ? html.data : "", cells) != NULL);
                facts++;
            }
            if (it->title) {
                CHECK(everywhere(r, M, H, it->title));
                facts++;
            }
            if (it->text) {
                CHECK(everywhere(r, M, H, it->text));
                facts++;
            }
            for (int k = 0; k < it->n_rows; k++) {
                const SumRow *row = &it->rows[k];
                if (row->player >= 0) {
                    CHECK(everywhere(r, M, H, row->text));
                    facts++;
                    continue;
                }
                if (row->label) CHECK(everywhere(r, M, H, row->label));
                for (int p = 0; p < 2; p++) {
                    /* The screen writes "Name: answer"; so do both files. */
                    char line[300];
                    snprintf(line, sizeof line, "%s: %s", doc->names[p], row->answer[p]);
                    CHECK(everywhere(r, M, H, line));
                    facts++;
                }
                if (row->verdict) {
                    CHECK(everywhere(r, M, H, row->verdict));
                    facts++;
                }
            }
        }
    }
    CHECK(facts > 10);
    if (!opt->include[1]) {
        /* Bo's answers nowhere; Ann's in every view. */
        CHECK(nowhere(r, M, H, "Bo: Crosses a line"));
        CHECK(nowhere(r, M, H, "Bo: Fine if I know"));
        CHECK(everywhere(r, M, H, "Ann: Uneasy, let's talk"));
        CHECK(everywhere(r, M, H, "Bo: kept private"));
    }
    if (opt->hide_verdicts) {
        CHECK(nowhere(r, M, H, "Different views"));
        CHECK(nowhere(r, M, H, "Same page"));
    } else if (opt->include[0] && opt->include[1]) {
        CHECK(everywhere(r, M, H, "Different views"));
        /* This session has mirror gaps in both directions. */
        CHECK(everywhere(r, M, H, "Easier to do than to have done to you"));
        CHECK(everywhere(r, M, H, "Stricter with yourself"));
    }
    r->checked++;
    strbuf_free(&md);
    strbuf_free(&html);
    strbuf_free(&md_text);
    strbuf_free(&html_text);
    summary_doc_destroy(doc);
}

/* Draws the screen once with every string recorded. */
static void capture(App *app, Run *r) {
    strbuf_free(&r->drawn);
    strbuf_init(&r->drawn);
    text_observe(app->text, observe, r);
    screen_draw(app);
    text_observe(app->text, NULL, NULL);
}

static void hook(App *app, void *ctx) {
    Run *r = ctx;
    Game *g = app->game;
    if (++r->passes > 5000) { /* a guard against a script that never finishes */
        fprintf(stderr, "the script did not finish (stage %d)\n", r->stage);
        app_quit(app, 3);
        return;
    }
    if (screen_changing(app)) return;
    switch (r->stage) {
    case START:
        session_setup_defaults(&g->setup);
        snprintf(g->setup.names[0], sizeof g->setup.names[0], "Ann");
        snprintf(g->setup.names[1], sizeof g->setup.names[1], "Bo");
        g->setup.n_plan = 2;
        g->setup.plan[0] = (PlanItem){0, 0};
        g->setup.plan[1] = (PlanItem){0, 1};
        CHECK(game_start(g));
        nav_follow(app);
        r->stage = PLAYING;
        break;
    case PLAYING: {
        Session *s = g->session;
        if (!s) return;
        if (s->phase == PHASE_INTRO || s->phase == PHASE_REVEAL) {
            nav_send(app, (Action){ACT_NEXT, -1, 0});
        } else if (s->phase == PHASE_PICK && !s->pick[0] && !s->pick[1]) {
            int card = r->answered < 4 ? r->answered : 3;
            nav_send(app, (Action){ACT_PICK, 0, ANSWERS[card][0][s->round]});
            nav_send(app, (Action){ACT_PICK, 1, ANSWERS[card][1][s->round]});
            if (s->round + 1 == s->n_rounds) r->answered++;
        } else if (s->phase == PHASE_SUMMARY && screen_top(app) == &SCREEN_SUMMARY) {
            r->stage = CHECK_ALL;
        }
        break; /* the countdown runs on the loop's logical time */
    }
    case CHECK_ALL:
        capture(app, r);
        compare_views(app, r, &(SummaryOptions){{true, true}, false});
        /* Bo leaves his answers out: Left from Save to "Bo's answers", then Enter. */
        push_key(SDL_SCANCODE_LEFT);
        push_key(SDL_SCANCODE_RETURN);
        r->stage = CHECK_PRIVATE;
        break;
    case CHECK_PRIVATE:
        capture(app, r);
        compare_views(app, r, &(SummaryOptions){{true, false}, false});
        push_key(SDL_SCANCODE_RETURN); /* Bo's answers back in */
        nav_send(app, (Action){ACT_VERDICTS, -1, 0});
        r->stage = CHECK_HIDDEN;
        break;
    case CHECK_HIDDEN:
        capture(app, r);
        compare_views(app, r, &(SummaryOptions){{true, true}, true});
        r->stage = DONE;
        break;
    case DONE: app_quit(app, 0); break;
    default: break;
    }
}

int main(void) {
    char data[] = "/tmp/grayarea-views-test-XXXXXX";
    CHECK(mkdtemp(data) != NULL);
    Run run = {0};
    strbuf_init(&run.drawn);
    AppOptions opt = {0};
    opt.data_dir = data;
    opt.decks_dir = GA_FIXTURES "/compare";
    opt.windowed = true;
    opt.width = 1280;
    opt.height = 720;
    opt.has_seed = true;
    opt.seed = 5;
    opt.frame_hook = hook;
    opt.hook_ctx = &run;
    CHECK_INT(app_run(&opt), 0);
    CHECK_INT(run.checked, 3);
    strbuf_free(&run.drawn);
    return harness_finish();
}
