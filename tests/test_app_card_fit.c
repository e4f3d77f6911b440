/* The checker's length limits are what fits: a card with text, a question and answers at
 * the limits (deck.h), with the longest names, fits on a 1280x720 screen at the largest
 * text size, on every kind of card and round. The longest text that fits is measured and
 * printed, so the limits can be set from figures, not guesses. And every shipped card,
 * shown in two languages at once (es + hi), fits at 1280x720 at 100% and in the TV layout. */
#include "app/app.h"
#include "app/display.h"
#include "app/game.h"
#include "app/platform/settings.h"
#include "app/platform/vfs.h"
#include "app/screens/card.h"
#include "harness.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

static App app;
static Game game;

/* Plain English words, cut at a word boundary to at most n characters. */
static void words(char *out, size_t n) {
    static const char *const SOURCE =
        "Your partner keeps chatting with someone from the climbing gym late in the evening and laughs at the "
        "screen while you sit next to them on the sofa, then puts the phone face down when you lean over to see "
        "what is so funny about it all tonight and every night this week";
    size_t len = strlen(SOURCE);
    size_t k = 0;
    while (k < n) {
        size_t take = n - k < len ? n - k : len;
        memcpy(out + k, SOURCE, take);
        k += take;
        if (k < n) out[k++] = ' ';
    }
    out[k] = '\0';
    while (k > 0 && out[k - 1] != ' ' && k == n) k--; /* end on a whole word */
    while (k > 0 && out[k - 1] == ' ') k--;
    out[k > 0 ? k : n] = '\0';
}

typedef enum Kind { RATE_BOTH_LADDER, CHOICE } Kind;

/* A one-card deck: text of text_n characters; on a choice card, a question of q_n and
 * four answers of opt_n. Returns whether the card fits in the round asked (0 first). */
static bool fits(Kind kind, int text_n, int q_n, int opt_n, int round, bool guess) {
    char text[2048], q[512], opt[256], yaml[8192];
    words(text, (size_t)text_n);
    words(q, (size_t)q_n);
    words(opt, (size_t)opt_n);
    if (kind == CHOICE)
        snprintf(yaml, sizeof yaml,
                 "format: 1\nid: fit\ntitle: Fit\ncategory: messaging\nlanguage: en\nscenarios:\n"
                 "  - id: s\n    title: A long scenario title that wraps\n    intensity: gentle\n    cards:\n"
                 "      - id: c\n        text: \"%s\"\n        ask: choice\n        question: \"%s?\"\n"
                 "        options: [\"%s\", \"%s\", \"%s\", \"%s\"]\n        prompts: {same: [a], apart: [b]}\n",
                 text, q, opt, opt, opt, opt);
    else
        snprintf(yaml, sizeof yaml,
                 "format: 1\nid: fit\ntitle: Fit\ncategory: messaging\nlanguage: en\nscenarios:\n"
                 "  - id: s\n    title: A long scenario title that wraps\n    intensity: gentle\n    cards:\n"
                 "      - id: c\n        step: 1\n        step_label: \"%.*s\"\n        text: \"%s\"\n"
                 "        ask: rate\n        from: both\n        prompts: {same: [a], close: [b], apart: [c]}\n",
                 DECK_MAX_STEP_LABEL, "a long label for this step of the ladder ok", text);
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("fit.yaml", yaml, strlen(yaml), &d);
    for (size_t i = 0; !deck && i < d.count; i++) {
        char line[600];
        diag_format(&d.items[i], line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    diag_free(&d);
    if (!deck) {
        fprintf(stderr, "the test deck did not load\n");
        return false;
    }
    library_init(&game.lib);
    library_add(&game.lib, deck);
    SessionSetup st;
    session_setup_defaults(&st);
    /* The longest names setup allows (20 characters). */
    snprintf(st.names[0], sizeof st.names[0], "Alexandria-Katherine");
    snprintf(st.names[1], sizeof st.names[1], "Bartholomew-Jonathan");
    st.n_plan = 1;
    st.plan[0] = (PlanItem){0, 0};
    st.guess = guess;
    char err[200];
    game.session = session_create(&game.lib, &st, err, sizeof err);
    bool ok = false;
    if (game.session) {
        Session *s = game.session;
        session_apply(s, (Action){ACT_NEXT, -1, 0});
        for (int r = 0; r < round; r++) { /* answer the rounds before */
            session_apply(s, (Action){ACT_PICK, 0, 1});
            session_apply(s, (Action){ACT_PICK, 1, 1});
            session_apply(s, (Action){ACT_TICK, -1, SESSION_COUNTDOWN_MS});
        }
        ok = s->phase == PHASE_PICK && card_fits(&app);
        session_destroy(s);
        game.session = NULL;
    }
    library_free(&game.lib);
    return ok;
}

/* The longest text (in steps of 5 characters) that still fits. */
static int longest_text(Kind kind, int q_n, int opt_n, int round, bool guess) {
    int n = 20;
    while (n < 1000 && fits(kind, n + 5, q_n, opt_n, round, guess)) n += 5;
    return n;
}

static void test_limits_fit(void) {
    int rate = longest_text(RATE_BOTH_LADDER, 0, 0, 0, false);
    int rate_guess = longest_text(RATE_BOTH_LADDER, 0, 0, 2, true);
    int choice = longest_text(CHOICE, DECK_QUESTION_WARN, DECK_OPTION_WARN, 0, false);
    int choice_guess = longest_text(CHOICE, DECK_QUESTION_WARN, DECK_OPTION_WARN, 1, true);
    printf("1280x720 at %.0f%% text: longest card text that fits: rate %d, rate guessing %d, choice %d, choice "
           "guessing %d (limit %d; options %d, questions %d)\n",
           (double)(SETTINGS_SCALE_MAX * 100), rate, rate_guess, choice, choice_guess, DECK_TEXT_WARN, DECK_OPTION_WARN,
           DECK_QUESTION_WARN);
    /* Every card at the limits fits, in every round... */
    CHECK(fits(RATE_BOTH_LADDER, DECK_TEXT_WARN, 0, 0, 0, false));
    CHECK(fits(RATE_BOTH_LADDER, DECK_TEXT_WARN, 0, 0, 2, true));
    CHECK(fits(CHOICE, DECK_TEXT_WARN, DECK_QUESTION_WARN, DECK_OPTION_WARN, 0, false));
    CHECK(fits(CHOICE, DECK_TEXT_WARN, DECK_QUESTION_WARN, DECK_OPTION_WARN, 1, true));
    /* ...and the limit is close to what fits, not a guess far below it. */
    int least = rate < choice ? rate : choice;
    least = least < rate_guess ? least : rate_guess;
    least = least < choice_guess ? least : choice_guess;
    CHECK(DECK_TEXT_WARN * 10 >= least * 8);
}

/* Every card of every shipped scenario, in every round (guessing too), with player 1 in
 * Spanish and player 2 in Hindi: the card fits in one of its layouts. */
static int shipped_two_languages_misfits(const char *where) {
    int misfits = 0, cards = 0;
    for (int d = 0; d < game.lib.n_decks; d++) {
        for (int sc = 0; sc < game.lib.decks[d]->n_scenarios; sc++) {
            const Scenario *scen = &game.lib.decks[d]->scenarios[sc];
            for (int k = 0; k < scen->n_cards; k++) {
                for (int guess = 0; guess < 2; guess++) {
                    SessionSetup st;
                    session_setup_defaults(&st);
                    snprintf(st.names[0], sizeof st.names[0], "Alexandria-Katherine");
                    snprintf(st.names[1], sizeof st.names[1], "Bartholomew-Jonathan");
                    snprintf(st.langs[0], sizeof st.langs[0], "es");
                    snprintf(st.langs[1], sizeof st.langs[1], "hi");
                    st.n_plan = 1;
                    st.plan[0] = (PlanItem){d, sc};
                    st.guess = guess;
                    char err[200];
                    Session *s = session_create(&game.lib, &st, err, sizeof err);
                    CHECK(s != NULL);
                    if (!s) continue;
                    game.session = s;
                    session_apply(s, (Action){ACT_NEXT, -1, 0});
                    /* Straight to card k and each of its rounds: the test builds the state a
                     * session would reach by some path of answers. */
                    s->card = k;
                    s->n_rounds = compare_rounds(&scen->cards[k], st.guess, s->rounds);
                    for (int r = 0; r < s->n_rounds; r++) {
                        s->round = r;
                        cards++;
                        if (!card_fits(&app)) {
                            misfits++;
                            fprintf(stderr, "%s: %s/%s card %s round %d (guess %d) does not fit in es + hi\n", where,
                                    game.lib.decks[d]->id, scen->id, scen->cards[k].id, r, guess);
                        }
                    }
                    game.session = NULL;
                    session_destroy(s);
                }
            }
        }
    }
    printf("%s: %d card rounds in es + hi, %d do not fit\n", where, cards, misfits);
    CHECK(cards > 100);
    return misfits;
}

static void test_shipped_two_languages(void) {
    library_init(&game.lib);
    decks_load_all(&game.lib, &game.notices);
    game_set_languages(&game, "es", "hi");
    CHECK(game.lib.n_decks >= 10);
    CHECK(library_find_translation(&game.lib, game.lib.decks[0]->id, "hi") != NULL);
    settings_defaults(&app.settings);
    app.settings.ui_scale = 1.0f;
    display_fit(&app);
    CHECK_INT(shipped_two_languages_misfits("1280x720 at 100%"), 0);
    app.settings.tv_mode = true;
    display_fit(&app);
    CHECK(app.tv);
    CHECK_INT(shipped_two_languages_misfits("1280x720 in the TV layout"), 0);
    game_free(&game);
    memset(&game, 0, sizeof game);
}

int main(void) {
    char err[512];
    char data[] = "/tmp/grayarea-fit-test-XXXXXX";
    CHECK(mkdtemp(data) != NULL);
    CHECK(SDL_Init(SDL_INIT_VIDEO) == 0);
    CHECK(TTF_Init() == 0);
    bool up = vfs_init(NULL, data, GA_SOURCE_DIR "/scenarios", err, sizeof err);
    CHECK(up);
    SDL_Window *w = SDL_CreateWindow("t", 0, 0, 1280, 720, SDL_WINDOW_HIDDEN);
    SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    CHECK(r != NULL);
    ui_update(&app.ui, 1280, 720, SETTINGS_SCALE_MAX);
    app.text = r && up ? text_create(r, app.ui.s, err, sizeof err) : NULL;
    CHECK(app.text != NULL);
    app.game = &game;
    app.renderer = r;
    theme_get(&app.theme, false, false);
    app.draw = (Draw){r, app.text, &app.theme, &app.ui, r ? draw_cache_create(r) : NULL, NULL};
    if (app.text && app.draw.cache) RUN(test_limits_fit);
    app.window = w;
    if (app.text && app.draw.cache) RUN(test_shipped_two_languages);
    draw_cache_destroy(app.draw.cache);
    text_destroy(app.text);
    if (r) SDL_DestroyRenderer(r);
    if (w) SDL_DestroyWindow(w);
    vfs_shutdown();
    TTF_Quit();
    SDL_Quit();
    return harness_finish();
}
