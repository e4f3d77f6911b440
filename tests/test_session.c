/* The session state machine: dealing, hidden picks, countdown, branching, turns, breaks. */
#include "core/save.h"
#include "core/session.h"
#include "core/summary.h"
#include "fixture_lib.h"
#include "harness.h"

static Library lib;

static void play_card(Session *s, const int *a, const int *b) { CHECK(fixture_play_card(s, a, b)); }

static SessionSetup plan_setup(const char *deck, const char *scen) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "Alex");
    snprintf(st.names[1], sizeof st.names[1], "Sam");
    int d = library_find_deck(&lib, deck);
    st.n_plan = 1;
    st.plan[0].deck = d;
    for (int i = 0; i < lib.decks[d]->n_scenarios; i++)
        if (!strcmp(lib.decks[d]->scenarios[i].id, scen)) st.plan[0].scenario = i;
    return st;
}

static void test_dealing_filters_and_balances(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.seed = 7;
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK(s != NULL);
    /* Gentle + honest only: the deep scenario is left out, 4 of 5 remain. */
    CHECK_INT(s->n_deal, 4);
    for (int i = 0; i < s->n_deal; i++) {
        const Scenario *sc = &lib.decks[s->deal[i].deck]->scenarios[s->deal[i].scenario];
        CHECK(sc->intensity != INTENSITY_DEEP);
    }
    /* Balanced: the categories alternate. */
    CHECK(lib.decks[s->deal[0].deck]->category != lib.decks[s->deal[1].deck]->category);
    CHECK(lib.decks[s->deal[2].deck]->category != lib.decks[s->deal[3].deck]->category);
    session_destroy(s);

    st.intensities[INTENSITY_DEEP] = true;
    st.skip_content_notes = true;
    s = session_create(&lib, &st, err, sizeof err);
    CHECK_INT(s->n_deal, 4); /* the deep one has a content note */
    session_destroy(s);

    st.skip_content_notes = false;
    st.length = 2;
    s = session_create(&lib, &st, err, sizeof err);
    CHECK_INT(s->n_deal, 2);
    session_destroy(s);

    session_setup_defaults(&st);
    st.starter_only = true;
    s = session_create(&lib, &st, err, sizeof err);
    CHECK_INT(s->n_deal, 1);
    CHECK_STR(lib.decks[s->deal[0].deck]->scenarios[s->deal[0].scenario].id, "late");
    session_destroy(s);

    session_setup_defaults(&st);
    for (int c = 0; c < CAT_COUNT; c++) st.categories[c] = false;
    st.categories[CAT_INNER] = true;
    CHECK(session_create(&lib, &st, err, sizeof err) == NULL);
    CHECK(strstr(err, "No scenarios match") != NULL);
}

static void test_seed_changes_order_not_content(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    int differing = 0;
    char err[200];
    for (uint64_t seed = 1; seed <= 8; seed++) {
        st.seed = seed;
        Session *a = session_create(&lib, &st, err, sizeof err);
        Session *b = session_create(&lib, &st, err, sizeof err);
        CHECK(!memcmp(a->deal, b->deal, sizeof a->deal));
        st.seed = seed + 100;
        Session *c = session_create(&lib, &st, err, sizeof err);
        if (memcmp(a->deal, c->deal, sizeof a->deal)) differing++;
        session_destroy(a);
        session_destroy(b);
        session_destroy(c);
    }
    CHECK(differing > 0);
}

static void test_hidden_picks_and_countdown(void) {
    SessionSetup st = plan_setup("test-texts", "late");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK_INT(s->phase, PHASE_INTRO);
    CHECK(!session_apply(s, act(ACT_PICK, 0, 1))); /* no picking on the intro */
    CHECK(session_apply(s, act(ACT_NEXT, 1, 0)));
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK_STR(session_card(s)->id, "s1");
    CHECK_INT(s->n_rounds, 2); /* from: both asks "you" then "partner" */
    CHECK_INT(session_round_kind(s), ROUND_YOU);
    CHECK(!session_locked(s, 0));
    CHECK(session_apply(s, act(ACT_PICK, 0, 2)));
    CHECK(session_locked(s, 0));
    CHECK(!session_locked(s, 1));
    CHECK(!session_apply(s, act(ACT_PICK, 0, 2))); /* same answer again: nothing changes */
    CHECK(!session_apply(s, act(ACT_PICK, 1, 5))); /* no fifth answer */
    CHECK(session_apply(s, act(ACT_PICK, 1, 1)));
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    session_apply(s, act(ACT_TICK, -1, 1000));
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    /* A change during the countdown runs it again from the top. */
    CHECK(session_apply(s, act(ACT_PICK, 1, 3)));
    CHECK_INT(s->countdown_ms, SESSION_COUNTDOWN_MS);
    /* Taking a pick back cancels the countdown. */
    CHECK(session_apply(s, act(ACT_UNLOCK, 1, 0)));
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK(!session_apply(s, act(ACT_TICK, -1, 5000)));
    CHECK(session_apply(s, act(ACT_PICK, 1, 1)));
    session_apply(s, act(ACT_TICK, -1, 1499));
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    session_apply(s, act(ACT_TICK, -1, 1));
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK_INT(session_round_kind(s), ROUND_PARTNER);
    CHECK(!session_locked(s, 0) && !session_locked(s, 1));
    session_apply(s, act(ACT_PICK, 0, 3));
    session_apply(s, act(ACT_PICK, 1, 2));
    session_apply(s, act(ACT_TICK, -1, 2000));
    CHECK_INT(s->phase, PHASE_REVEAL);
    const CardRecord *r = session_last_record(s);
    CHECK_INT(r->picks[0][ROUND_YOU], 2);
    CHECK_INT(r->picks[0][ROUND_PARTNER], 3);
    /* If Alex did it: Alex's 2 against Sam's 2. If Sam did it: Sam's 1 against Alex's 3. */
    CHECK_INT(r->result.acts[0].outcome, OUTCOME_SAME);
    CHECK_INT(r->result.acts[1].outcome, OUTCOME_APART);
    CHECK_INT(r->result.outcome, OUTCOME_APART);
    CHECK_INT(r->result.gap, 2);
    CHECK_INT(r->result.mirror[0], 1); /* Alex is easier on themselves */
    CHECK_INT(r->result.mirror[1], 1);
    CHECK_INT(r->result.guessed[0], -1);
    /* Not all fine, and apart: the rule that asks what would help. */
    CHECK(session_apply(s, act(ACT_NEXT, 0, 0)));
    CHECK_STR(session_card(s)->id, "help");
    session_destroy(s);
}

/* No essential timing: a longer countdown, and none at all (either player reveals). */
static void test_countdown_setting(void) {
    SessionSetup st = plan_setup("test-texts", "late");
    st.countdown_ms = 5000;
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 1, 0));
    session_apply(s, act(ACT_PICK, 0, 2));
    session_apply(s, act(ACT_PICK, 1, 2));
    CHECK_INT(s->countdown_ms, 5000);
    session_apply(s, act(ACT_TICK, -1, 4999));
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    CHECK(!session_apply(s, act(ACT_NEXT, 0, 0))); /* with a countdown, Enter does not cut it short */
    session_apply(s, act(ACT_TICK, -1, 1));
    CHECK_INT(s->phase, PHASE_PICK); /* the next round */
    session_destroy(s);

    st.countdown_ms = 0;
    s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 1, 0));
    session_apply(s, act(ACT_PICK, 0, 2));
    CHECK(!session_apply(s, act(ACT_NEXT, 1, 0))); /* not before both are in */
    session_apply(s, act(ACT_PICK, 1, 2));
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    CHECK(!session_apply(s, act(ACT_TICK, -1, 60000))); /* time changes nothing */
    CHECK_INT(s->phase, PHASE_COUNTDOWN);
    CHECK(session_apply(s, act(ACT_PICK, 0, 3))); /* a change is still allowed */
    CHECK(session_apply(s, act(ACT_UNLOCK, 1, 0)));
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK(!session_apply(s, act(ACT_NEXT, 0, 0)));
    session_apply(s, act(ACT_PICK, 1, 1));
    CHECK(session_apply(s, act(ACT_NEXT, 1, 0))); /* either of them reveals */
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK_INT(session_round_kind(s), ROUND_PARTNER);
    session_destroy(s);

    /* Out of range is brought into it. */
    st.countdown_ms = 99999;
    s = session_create(&lib, &st, err, sizeof err);
    CHECK_INT(s->setup.countdown_ms, SESSION_COUNTDOWN_MAX_MS);
    session_destroy(s);
}

static void test_ladder_branches_and_lines(void) {
    SessionSetup st = plan_setup("test-texts", "late");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 0, 0));
    play_card(s, (int[]){1, 1}, (int[]){1, 2}); /* both relaxed: deeper */
    session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK_STR(session_card(s)->id, "s2");
    play_card(s, (int[]){2}, (int[]){3}); /* close: Sam's line is step 2; no rule matches: end */
    CHECK_INT(session_last_record(s)->result.outcome, OUTCOME_CLOSE);
    session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK_INT(s->phase, PHASE_SUMMARY);
    Summary sum;
    summary_build(s, &sum);
    CHECK_INT(sum.n_ladders, 1);
    CHECK_INT(sum.ladders[0].line[0][LINE_OWN], 0);
    CHECK_INT(sum.ladders[0].line[0][LINE_PARTNER], 0);
    CHECK_INT(sum.ladders[0].line[1][LINE_OWN], 0);
    CHECK_INT(sum.ladders[0].line[1][LINE_PARTNER], 2);
    CHECK_INT(sum.ladders[0].last_step, 2);
    CHECK_INT(sum.ladders[0].total_steps, 3);
    StrBuf b;
    int em[2][2], n_em;
    strbuf_init(&b);
    summary_line_text(s, &sum.ladders[0], 1, &b, em, &n_em);
    CHECK_STR(
        b.data,
        "Sam's line when Sam does it: no line up to step 2 of 3; when Alex does it: close to midnight (step 2 of 3)");
    strbuf_free(&b);
    strbuf_init(&b);
    summary_line_text(s, &sum.ladders[0], 0, &b, em, &n_em);
    CHECK_STR(b.data, "Alex: no line up to step 2 of 3");
    strbuf_free(&b);
    session_destroy(s);

    /* Far apart on the first step: the side branch that asks what would help. */
    s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 0, 0));
    play_card(s, (int[]){1, 1}, (int[]){4, 4});
    CHECK_INT(session_last_record(s)->result.outcome, OUTCOME_APART);
    session_apply(s, act(ACT_NEXT, 1, 0));
    CHECK_STR(session_card(s)->id, "help");
    CHECK_INT(session_option_count(s), 3);
    CHECK(!session_apply(s, act(ACT_PICK, 0, 4)));
    play_card(s, (int[]){2}, (int[]){2});
    CHECK_INT(session_last_record(s)->result.outcome, OUTCOME_SAME);
    session_destroy(s);
}

static void test_take_turns(void) {
    SessionSetup st = plan_setup("test-exes", "gifts");
    st.mode = MODE_TAKE_TURNS;
    st.guess = true;
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, -1, 0));
    CHECK_INT(s->phase, PHASE_COVER);
    CHECK_INT(s->turn, 0);
    CHECK(!session_apply(s, act(ACT_NEXT, 1, 0))); /* only the one being passed to continues */
    CHECK(session_apply(s, act(ACT_NEXT, 0, 0)));
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK(!session_can_pick(s, 1));
    CHECK(!session_apply(s, act(ACT_PICK, 1, 2)));
    /* Alex answers every round of the card (you, partner, guess) before passing. */
    CHECK(session_apply(s, act(ACT_PICK, 0, 1)));
    CHECK(session_apply(s, act(ACT_PICK, 0, 2))); /* change of mind */
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK(session_apply(s, act(ACT_NEXT, 0, 0)));
    CHECK_INT(session_round_kind(s), ROUND_PARTNER);
    session_apply(s, act(ACT_PICK, 0, 3));
    session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK_INT(session_round_kind(s), ROUND_GUESS);
    session_apply(s, act(ACT_PICK, 0, 4));
    session_apply(s, act(ACT_NEXT, -1, 0)); /* the mouse works for whoever's turn it is */
    CHECK_INT(s->phase, PHASE_COVER);
    CHECK_INT(s->turn, 1);
    session_apply(s, act(ACT_NEXT, 1, 0));
    for (int v = 1; v <= 3; v++) {
        session_apply(s, act(ACT_PICK, 1, v == 3 ? 3 : 4));
        session_apply(s, act(ACT_NEXT, 1, 0));
    }
    CHECK_INT(s->phase, PHASE_REVEAL);
    const CardRecord *r = session_last_record(s);
    /* Guesses are about the other's "if I did it": Sam's is 4, Alex's is 2. */
    CHECK_INT(r->result.guess_of, ROUND_YOU);
    CHECK_INT(r->result.guessed[0], 1);  /* Alex guessed Sam's 4 */
    CHECK_INT(r->result.guessed[1], 0);  /* Sam guessed 3 for Alex's 2 */
    CHECK_INT(r->result.acts[0].gap, 2); /* if Alex did it: Alex's 2 against Sam's 4 */
    CHECK_INT(r->result.acts[1].gap, 1); /* if Sam did it: Sam's 4 against Alex's 3 */
    CHECK_INT(r->result.mirror[0], 1);
    CHECK_INT(r->result.mirror[1], 0);
    session_destroy(s);
}

static void test_break_veto_skip_back_end(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.seed = 3;
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 0, 0));
    session_apply(s, act(ACT_PICK, 0, 1));
    CHECK(session_apply(s, act(ACT_BREAK, 1, 0)));
    CHECK(s->on_break);
    CHECK(!session_apply(s, act(ACT_PICK, 1, 1))); /* nothing moves during a break */
    CHECK(!session_apply(s, act(ACT_NEXT, 1, 0)));
    CHECK(session_apply(s, act(ACT_BREAK, 0, 0))); /* anyone can come back */
    CHECK(!s->on_break);
    CHECK(session_locked(s, 0)); /* and nothing was lost */
    /* Facilitator-only actions are refused from a player. */
    CHECK(!session_apply(s, act(ACT_SKIP, 0, 0)));
    CHECK(!session_apply(s, act(ACT_PAUSE, 1, 0)));
    int pos = s->pos;
    CHECK(session_apply(s, act(ACT_VETO, 1, 0)));
    CHECK_INT(s->pos, pos + 1);
    CHECK(s->deal[pos].skipped);
    CHECK_INT(s->phase, PHASE_INTRO);
    session_apply(s, act(ACT_NEXT, 0, 0));
    while (s->phase == PHASE_PICK) play_card(s, (int[]){1, 1, 1}, (int[]){2, 2, 2});
    CHECK_INT(s->phase, PHASE_REVEAL);
    const CardRecord last = *session_last_record(s);
    session_apply(s, act(ACT_NEXT, 0, 0));
    /* Back to the last reveal, from wherever the session went. */
    CHECK(session_apply(s, act(ACT_BACK, -1, 0)));
    CHECK_INT(s->phase, PHASE_REVEAL);
    CHECK_INT(s->pos, last.deal);
    CHECK_INT(s->card, last.card);
    CHECK(!session_apply(s, act(ACT_BACK, -1, 0)));
    CHECK(session_apply(s, act(ACT_SKIP, -1, 0)));
    CHECK(session_apply(s, act(ACT_PAUSE, -1, 0)));
    CHECK(s->paused);
    CHECK(!session_apply(s, act(ACT_NEXT, 0, 0)));
    CHECK(session_apply(s, act(ACT_PAUSE, -1, 0)));
    CHECK(session_apply(s, act(ACT_VERDICTS, -1, 0)));
    CHECK(s->hide_verdicts);
    CHECK(session_apply(s, act(ACT_END, -1, 0)));
    CHECK_INT(s->phase, PHASE_SUMMARY);
    CHECK(!session_apply(s, act(ACT_END, -1, 0)));
    CHECK(!session_apply(s, act(ACT_BREAK, 0, 0)));
    session_destroy(s);
}

/* The facilitator's Skip on a reveal: where the scenario has more cards, it skips them
 * (the scenario counts as skipped); on its last card's reveal it is the same as Next
 * (the scenario counts as played). Two sessions from one seed, one pressing Next and
 * one Skip at the same reveal, must agree on where they go. */
static void test_skip_on_last_reveal(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.seed = 5;
    st.length = 8;
    char err[200];
    int ends = 0, goes_on = 0;
    for (int at = 0; at < 12; at++) {
        Session *a = session_create(&lib, &st, err, sizeof err), *b = session_create(&lib, &st, err, sizeof err);
        /* Both reach the at-th reveal the same way. */
        for (int reveals = 0; a->phase != PHASE_SUMMARY;) {
            if (a->phase == PHASE_REVEAL && reveals++ == at) break;
            int pa[4] = {1 + at % 2, 2, 1, 2}, pb[4] = {2 - at % 2, 1, 2, 1};
            if (a->phase == PHASE_PICK) {
                play_card(a, pa, pb);
                play_card(b, pa, pb);
            } else {
                session_apply(a, act(ACT_NEXT, 0, 0));
                session_apply(b, act(ACT_NEXT, 0, 0));
            }
        }
        if (a->phase == PHASE_REVEAL) {
            int pos = a->pos;
            CHECK(session_apply(a, act(ACT_NEXT, 0, 0)));
            CHECK(session_apply(b, act(ACT_SKIP, -1, 0)));
            if (a->pos != pos) { /* the scenario was over: Skip moved on the same way */
                ends++;
                CHECK_INT(b->pos, a->pos);
                CHECK_INT(b->phase, a->phase);
                CHECK(!b->deal[pos].skipped);
            } else { /* more cards followed: Skip left them */
                goes_on++;
                CHECK_INT(b->pos, pos + 1);
                CHECK(b->deal[pos].skipped);
                CHECK(!b->deal[pos].left_out);
            }
        }
        session_destroy(a);
        session_destroy(b);
    }
    CHECK(ends > 0);    /* both kinds of reveal were met */
    CHECK(goes_on > 0);
}

/* Leaving a scenario out can be taken back right after, with every pick as it was. */
static void test_leave_out_and_undo(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.seed = 3;
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK(!session_apply(s, act(ACT_UNDO, -1, 0))); /* nothing to undo yet */
    session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK(!session_card_started(s));
    session_apply(s, act(ACT_PICK, 0, 3));
    CHECK(session_card_started(s));
    int pos = s->pos, card = s->card;
    CHECK(session_apply(s, act(ACT_VETO, 1, 0)));
    CHECK_INT(s->pos, pos + 1);
    CHECK(s->can_undo);
    CHECK(session_apply(s, act(ACT_BREAK, -1, 0))); /* a break in between keeps the undo */
    CHECK(session_apply(s, act(ACT_BREAK, -1, 0)));
    CHECK(session_apply(s, act(ACT_UNDO, 0, 0)));
    CHECK_INT(s->pos, pos);
    CHECK_INT(s->card, card);
    CHECK(!s->deal[pos].skipped);
    CHECK_INT(s->phase, PHASE_PICK);
    CHECK(session_locked(s, 0)); /* the pick made before is still there */
    CHECK(!session_locked(s, 1));
    CHECK(!session_apply(s, act(ACT_UNDO, 0, 0))); /* once */
    /* Anything that moves play on makes the leaving final. */
    CHECK(session_apply(s, act(ACT_VETO, 0, 0)));
    CHECK(session_apply(s, act(ACT_NEXT, 0, 0)));
    CHECK(!session_apply(s, act(ACT_UNDO, 0, 0)));
    CHECK(s->deal[pos].skipped);
    session_destroy(s);
}

/* Plays a whole session from a scripted stream of pseudo-random actions. */
static void scripted(Session *s, uint64_t seed, int steps) {
    Rng r;
    rng_seed(&r, seed);
    for (int i = 0; i < steps && s->phase != PHASE_SUMMARY; i++) {
        Action a = {.type = (ActionType)(1 + rng_below(&r, 4)),
                    .player = (int)rng_below(&r, 2),
                    .value = 1 + (int)rng_below(&r, 4)};
        if (a.type == ACT_TICK) a.value = 700;
        session_apply(s, a);
    }
}

static void test_determinism(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.intensities[INTENSITY_DEEP] = true;
    st.guess = true;
    st.seed = 42;
    snprintf(st.names[0], sizeof st.names[0], "Río");
    snprintf(st.names[1], sizeof st.names[1], "Kim");
    char err[200];
    StrBuf out[2];
    for (int k = 0; k < 2; k++) {
        Session *s = session_create(&lib, &st, err, sizeof err);
        scripted(s, 99, 4000);
        CHECK(s->n_records > 3);
        strbuf_init(&out[k]);
        save_write(s, &out[k]);
        SummaryDoc *doc = summary_doc_create(s, NULL, "");
        summary_doc_markdown(doc, &out[k]);
        summary_doc_destroy(doc);
        session_destroy(s);
    }
    CHECK(out[0].len > 0 && out[0].len == out[1].len);
    CHECK(!memcmp(out[0].data, out[1].data, out[0].len));
    strbuf_free(&out[0]);
    strbuf_free(&out[1]);
}

static void test_names_and_placeholders(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "Ana");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    StrBuf b;
    strbuf_init(&b);
    session_fill_text(s, "{p1} and {p2}, {p3} {p", &b);
    CHECK_STR(b.data, "Ana and Player 2, {p3} {p");
    strbuf_free(&b);
    session_destroy(s);
    st.names[1][0] = '\x01';
    CHECK(session_create(&lib, &st, err, sizeof err) == NULL);
    memset(st.names[1], 'x', sizeof st.names[1]); /* no terminator inside the limit */
    CHECK(session_create(&lib, &st, err, sizeof err) == NULL);
}

int main(void) {
    fixture_library(&lib);
    CHECK_INT(lib.n_decks, 2);
    RUN(test_dealing_filters_and_balances);
    RUN(test_seed_changes_order_not_content);
    RUN(test_hidden_picks_and_countdown);
    RUN(test_countdown_setting);
    RUN(test_ladder_branches_and_lines);
    RUN(test_take_turns);
    RUN(test_break_veto_skip_back_end);
    RUN(test_skip_on_last_reveal);
    RUN(test_leave_out_and_undo);
    RUN(test_determinism);
    RUN(test_names_and_placeholders);
    library_free(&lib);
    return harness_finish();
}
