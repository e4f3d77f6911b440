/* The session state machine: deals scenarios, collects hidden picks, reveals, follows rules. */
#include "session.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void session_setup_defaults(SessionSetup *s) {
    memset(s, 0, sizeof *s);
    s->mode = MODE_SIDE_BY_SIDE;
    for (int c = 0; c < CAT_COUNT; c++) s->categories[c] = true;
    s->intensities[INTENSITY_GENTLE] = true;
    s->intensities[INTENSITY_HONEST] = true;
    s->length = 6;
    s->countdown_ms = SESSION_COUNTDOWN_MS;
}

const char *session_name_problem(const char *name) {
    size_t n = strnlen(name, SESSION_NAME_MAX);
    if (n == SESSION_NAME_MAX) return _("is too long");
    if (utf8_validate(name, n) != n) return _("is not valid text");
    bool shows = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(name + i, n - i, &cp);
        if (utf8_control(cp)) return _("contains characters that cannot be shown");
        if (!utf8_invisible(cp)) shows = true;
    }
    /* Empty is fine ("Player 1"); only spaces or zero-width characters would show as nothing. */
    if (n > 0 && !shows) return _("shows nothing on screen; type a name with letters, or leave it empty");
    return NULL;
}

/* Deals scenarios from the library: seeded, filtered, balanced round-robin by category. */
static void deal(Session *s) {
    const SessionSetup *st = &s->setup;
    if (st->n_plan > 0) {
        for (int i = 0; i < st->n_plan && s->n_deal < SESSION_MAX_LENGTH; i++)
            s->deal[s->n_deal++] = (DealItem){.deck = st->plan[i].deck, .scenario = st->plan[i].scenario};
        return;
    }
    Rng rng;
    rng_seed(&rng, st->seed);
    /* Candidates per category, in library order, then shuffled. */
    PlanItem *pool[CAT_COUNT] = {0};
    int count[CAT_COUNT] = {0};
    int total = 0;
    for (int d = 0; d < s->lib->n_decks; d++) total += s->lib->decks[d]->n_scenarios;
    for (int c = 0; c < CAT_COUNT; c++) {
        if (!st->categories[c]) continue;
        pool[c] = malloc((size_t)(total ? total : 1) * sizeof **pool);
        if (!pool[c]) continue;
        for (int d = 0; d < s->lib->n_decks; d++) {
            const Deck *deck = s->lib->decks[d];
            if ((int)deck->category != c) continue;
            for (int i = 0; i < deck->n_scenarios; i++) {
                const Scenario *sc = &deck->scenarios[i];
                if (!st->intensities[sc->intensity]) continue;
                if (st->skip_content_notes && sc->content_note) continue;
                if (st->starter_only && !sc->starter) continue;
                pool[c][count[c]++] = (PlanItem){d, i};
            }
        }
        for (int i = count[c] - 1; i > 0; i--) {
            int j = (int)rng_below(&rng, (uint32_t)i + 1);
            PlanItem t = pool[c][i];
            pool[c][i] = pool[c][j];
            pool[c][j] = t;
        }
    }
    int order[CAT_COUNT], n_order = 0;
    for (int c = 0; c < CAT_COUNT; c++)
        if (count[c] > 0) order[n_order++] = c;
    for (int i = n_order - 1; i > 0; i--) {
        int j = (int)rng_below(&rng, (uint32_t)i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    int taken[CAT_COUNT] = {0};
    int length = st->length;
    for (bool any = true; any && s->n_deal < length;) {
        any = false;
        for (int k = 0; k < n_order && s->n_deal < length; k++) {
            int c = order[k];
            if (taken[c] < count[c]) {
                PlanItem p = pool[c][taken[c]++];
                s->deal[s->n_deal++] = (DealItem){.deck = p.deck, .scenario = p.scenario};
                any = true;
            }
        }
    }
    for (int c = 0; c < CAT_COUNT; c++) free(pool[c]);
}

Session *session_create(const Library *lib, const SessionSetup *setup, char *err, size_t err_size) {
    for (int p = 0; p < 2; p++) {
        const char *problem = session_name_problem(setup->names[p]);
        if (problem) {
            /* TRANSLATORS: "Player 1's name is too long."; the second %s is one of the problems
               below ("is too long", "is not valid text", ...). */
            snprintf(err, err_size, _("Player %d's name %s."), p + 1, problem);
            return NULL;
        }
    }
    for (int i = 0; i < setup->n_plan; i++) {
        const PlanItem *it = &setup->plan[i];
        if (setup->n_plan > SESSION_MAX_PLAN || it->deck < 0 || it->deck >= lib->n_decks || it->scenario < 0 ||
            it->scenario >= lib->decks[it->deck]->n_scenarios) {
            snprintf(err, err_size, "%s", _("The session plan names a scenario that is not loaded."));
            return NULL;
        }
    }
    Session *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, err_size, "%s", _("Out of memory."));
        return NULL;
    }
    s->lib = lib;
    s->setup = *setup;
    if (s->setup.length < 1) s->setup.length = 1;
    if (s->setup.length > SESSION_MAX_LENGTH) s->setup.length = SESSION_MAX_LENGTH;
    if (s->setup.n_plan < 0) s->setup.n_plan = 0;
    if (s->setup.mode != MODE_TAKE_TURNS) s->setup.mode = MODE_SIDE_BY_SIDE;
    if (s->setup.countdown_ms < 0) s->setup.countdown_ms = 0;
    if (s->setup.countdown_ms > SESSION_COUNTDOWN_MAX_MS) s->setup.countdown_ms = SESSION_COUNTDOWN_MAX_MS;
    for (int p = 0; p < 2; p++) /* a language that is no code plays the decks as written */
        if (memchr(s->setup.langs[p], 0, sizeof s->setup.langs[p]) == NULL || !language_code_valid(s->setup.langs[p]))
            memset(s->setup.langs[p], 0, sizeof s->setup.langs[p]);
    deal(s);
    if (s->n_deal == 0) {
        snprintf(err, err_size, "%s",
                 _("No scenarios match these choices. Try more categories or intensities, or allow scenarios with "
                   "content notes."));
        free(s);
        return NULL;
    }
    s->turn = -1;
    s->phase = PHASE_INTRO;
    return s;
}

void session_destroy(Session *s) {
    if (!s) return;
    free(s->records);
    free(s);
}

const Scenario *session_scenario(const Session *s) {
    if (s->phase == PHASE_SUMMARY || s->pos >= s->n_deal) return NULL;
    const DealItem *d = &s->deal[s->pos];
    return &s->lib->decks[d->deck]->scenarios[d->scenario];
}

const Card *session_card(const Session *s) {
    const Scenario *sc = session_scenario(s);
    if (!sc || s->phase == PHASE_INTRO) return NULL;
    return &sc->cards[s->card];
}

const char *session_name(const Session *s, int player) {
    if (player < 0 || player > 1) return "";
    if (s->setup.names[player][0]) return s->setup.names[player];
    return player == 0 ? _("Player 1") : _("Player 2");
}

bool session_locked(const Session *s, int player) {
    if (player < 0 || player > 1) return false;
    if (s->phase != PHASE_PICK && s->phase != PHASE_COUNTDOWN) return false;
    return s->pick[player] != 0;
}

bool session_can_pick(const Session *s, int player) {
    if (player < 0 || player > 1 || s->on_break || s->paused) return false;
    if (s->setup.mode == MODE_TAKE_TURNS) return s->phase == PHASE_PICK && player == s->turn;
    return s->phase == PHASE_PICK || s->phase == PHASE_COUNTDOWN;
}

RoundKind session_round_kind(const Session *s) { return s->n_rounds ? s->rounds[s->round] : ROUND_PARTNER; }

int session_option_count(const Session *s) {
    const Card *c = session_card(s);
    if (!c) return 0;
    return c->ask == ASK_CHOICE ? c->n_options : SCALE_STEPS;
}

const CardRecord *session_last_record(const Session *s) { return s->n_records ? &s->records[s->n_records - 1] : NULL; }

int session_scenario_number(const Session *s) { return s->pos + 1; }

void session_fill_text(const Session *s, const char *text, StrBuf *out) {
    const char *p = text;
    while (*p) {
        const char *brace = strstr(p, "{p");
        if (!brace) {
            strbuf_puts(out, p);
            return;
        }
        strbuf_add(out, p, (size_t)(brace - p));
        if ((brace[2] == '1' || brace[2] == '2') && brace[3] == '}') {
            strbuf_puts(out, session_name(s, brace[2] - '1'));
            p = brace + 4;
        } else {
            strbuf_add(out, brace, 2);
            p = brace + 2;
        }
    }
}

/* ---- flow ---------------------------------------------------------------------------- */

static void begin_card(Session *s, int card) {
    const Scenario *sc = session_scenario(s);
    const Card *c = &sc->cards[card];
    s->card = card;
    s->cards_in_scenario++;
    s->n_rounds = compare_rounds(c, s->setup.guess, s->rounds);
    s->round = 0;
    s->pick[0] = s->pick[1] = 0;
    memset(s->pending, 0, sizeof s->pending);
    s->countdown_ms = 0;
    if (s->setup.mode == MODE_TAKE_TURNS) {
        /* Alternate who goes first, so neither always has to wait. */
        s->first_turn = s->n_records % 2;
        s->turn = s->first_turn;
        s->phase = PHASE_COVER;
    } else {
        s->turn = -1;
        s->phase = PHASE_PICK;
    }
}

static void begin_scenario(Session *s) {
    s->cards_in_scenario = 0;
    s->n_rounds = 0;
    s->phase = s->pos < s->n_deal ? PHASE_INTRO : PHASE_SUMMARY;
}

static void next_scenario(Session *s) {
    s->pos++;
    begin_scenario(s);
}

/* Appends a record built from picks, computing verdicts the same way for play and saves. */
bool session_add_record(Session *s, int deal_index, int card, const int picks[2][ROUND_KIND_COUNT]) {
    if (deal_index < 0 || deal_index >= s->n_deal) return false;
    const DealItem *d = &s->deal[deal_index];
    const Scenario *sc = &s->lib->decks[d->deck]->scenarios[d->scenario];
    if (card < 0 || card >= sc->n_cards) return false;
    if (s->n_records == s->cap_records) {
        int cap = s->cap_records ? s->cap_records * 2 : 32;
        CardRecord *r = realloc(s->records, (size_t)cap * sizeof *r);
        if (!r) return false;
        s->records = r;
        s->cap_records = cap;
    }
    const Card *c = &sc->cards[card];
    CardRecord *r = &s->records[s->n_records++];
    memset(r, 0, sizeof *r);
    r->deal = deal_index;
    r->card = card;
    memcpy(r->picks, picks, sizeof r->picks);
    compare_card(c, (const int(*)[ROUND_KIND_COUNT])r->picks, s->setup.guess, &r->result);
    return true;
}

static void finish_card(Session *s) {
    /* Out of memory leaves the players on the card; nothing they picked is lost. */
    if (!session_add_record(s, s->pos, s->card, (const int(*)[ROUND_KIND_COUNT])s->pending)) return;
    s->phase = PHASE_REVEAL;
    s->pick[0] = s->pick[1] = 0;
    s->turn = -1;
}

/* Stores the current round's picks and moves to the next round, turn or the reveal. */
static void commit_round(Session *s) {
    RoundKind k = s->rounds[s->round];
    if (s->setup.mode == MODE_TAKE_TURNS) {
        s->pending[s->turn][k] = s->pick[s->turn];
        s->pick[s->turn] = 0;
        if (++s->round < s->n_rounds) return;
        if (s->turn == s->first_turn) {
            s->turn = 1 - s->turn;
            s->round = 0;
            s->phase = PHASE_COVER;
            return;
        }
        finish_card(s);
        return;
    }
    s->pending[0][k] = s->pick[0];
    s->pending[1][k] = s->pick[1];
    s->pick[0] = s->pick[1] = 0;
    if (++s->round < s->n_rounds) {
        s->phase = PHASE_PICK;
        return;
    }
    finish_card(s);
}

/* The card the last reveal leads to, or RULE_END when its scenario is over. */
static int next_target(const Session *s) {
    const CardRecord *r = session_last_record(s);
    const Scenario *sc = session_scenario(s);
    const Card *c = &sc->cards[r->card];
    CondInput in;
    compare_cond_input(c, r->picks, &r->result, &in);
    int rule = compare_first_rule(c, &in);
    int target = rule >= 0 ? c->rules[rule].target : RULE_END;
    return s->cards_in_scenario >= SESSION_MAX_CARDS_PER_SCENARIO ? RULE_END : target;
}

static void follow_rules(Session *s) {
    int target = next_target(s);
    if (target == RULE_END)
        next_scenario(s);
    else
        begin_card(s, target);
}

static void leave_scenario(Session *s, bool by_player) {
    SessionUndo *u = &s->undo;
    u->pos = s->pos;
    u->card = s->card;
    u->cards_in_scenario = s->cards_in_scenario;
    u->phase = s->phase;
    u->round = s->round;
    u->n_rounds = s->n_rounds;
    memcpy(u->rounds, s->rounds, sizeof u->rounds);
    u->turn = s->turn;
    u->first_turn = s->first_turn;
    memcpy(u->pick, s->pick, sizeof u->pick);
    memcpy(u->pending, s->pending, sizeof u->pending);
    s->deal[s->pos].skipped = true;
    s->deal[s->pos].left_out = by_player;
    s->pick[0] = s->pick[1] = 0;
    next_scenario(s);
}

static bool go_back(Session *s) {
    if (!s->n_records) return false;
    const CardRecord *r = session_last_record(s);
    if (s->phase == PHASE_REVEAL && s->pos == r->deal) return false;
    for (int i = r->deal; i < s->n_deal; i++) s->deal[i].skipped = s->deal[i].left_out = false;
    s->pos = r->deal;
    s->card = r->card;
    s->cards_in_scenario = 0;
    for (int i = 0; i < s->n_records; i++)
        if (s->records[i].deal == r->deal) s->cards_in_scenario++;
    s->n_rounds = 0;
    s->pick[0] = s->pick[1] = 0;
    s->turn = -1;
    s->phase = PHASE_REVEAL;
    return true;
}

static bool undo_leave(Session *s) {
    if (!s->can_undo) return false;
    const SessionUndo *u = &s->undo;
    s->pos = u->pos;
    s->deal[s->pos].skipped = s->deal[s->pos].left_out = false;
    s->card = u->card;
    s->cards_in_scenario = u->cards_in_scenario;
    s->phase = u->phase == PHASE_COUNTDOWN ? PHASE_PICK : u->phase; /* the countdown starts again when both pick */
    s->round = u->round;
    s->n_rounds = u->n_rounds;
    memcpy(s->rounds, u->rounds, sizeof s->rounds);
    s->turn = u->turn;
    s->first_turn = u->first_turn;
    memcpy(s->pick, u->pick, sizeof s->pick);
    memcpy(s->pending, u->pending, sizeof s->pending);
    if (u->phase == PHASE_COUNTDOWN) s->pick[0] = s->pick[1] = 0;
    s->countdown_ms = 0;
    s->can_undo = false;
    return true;
}

void session_add_time(Session *s, uint32_t ms) {
    if (s->phase == PHASE_SUMMARY || s->paused || s->on_break || s->pos < 0 || s->pos >= s->n_deal) return;
    DealItem *d = &s->deal[s->pos];
    d->ms = UINT32_MAX - d->ms < ms ? UINT32_MAX : d->ms + ms;
}

bool session_card_started(const Session *s) {
    if (s->phase != PHASE_PICK && s->phase != PHASE_COUNTDOWN && s->phase != PHASE_COVER) return false;
    if (s->pick[0] || s->pick[1] || s->round > 0) return true;
    for (int p = 0; p < 2; p++)
        for (int k = 0; k < ROUND_KIND_COUNT; k++)
            if (s->pending[p][k]) return true;
    return false;
}

static bool apply(Session *s, Action a);

bool session_apply(Session *s, Action a) {
    /* Only the action right after leaving a scenario out may undo it; anything that
     * changes play in between makes the leaving final. */
    if (a.type == ACT_UNDO) return undo_leave(s);
    bool was = s->can_undo;
    bool changed = apply(s, a);
    if (changed && was && a.type != ACT_BREAK && a.type != ACT_PAUSE && a.type != ACT_VERDICTS && a.type != ACT_TICK)
        s->can_undo = false;
    if (changed && a.type == ACT_VETO) s->can_undo = true;
    return changed;
}

static bool apply(Session *s, Action a) {
    bool player = a.player == 0 || a.player == 1;
    bool facilitator = a.player == -1;
    if (a.type == ACT_END) {
        if (s->phase == PHASE_SUMMARY) return false;
        s->on_break = s->paused = false;
        s->phase = PHASE_SUMMARY;
        return true;
    }
    if (a.type == ACT_BREAK) {
        if (s->phase == PHASE_SUMMARY) return false;
        s->on_break = !s->on_break;
        if (s->on_break) s->breaks++;
        return true;
    }
    if (a.type == ACT_PAUSE) {
        if (!facilitator || s->phase == PHASE_SUMMARY) return false;
        s->paused = !s->paused;
        if (s->paused) s->pauses++;
        return true;
    }
    if (a.type == ACT_VERDICTS) {
        /* The facilitator may decide while the screen is covered, before anyone sees a reveal. */
        if (!facilitator) return false;
        s->hide_verdicts = !s->hide_verdicts;
        return true;
    }
    if (s->on_break || s->paused) return false;
    switch (a.type) {
    case ACT_PICK: {
        if (!session_can_pick(s, a.player) || a.value < 1 || a.value > session_option_count(s)) return false;
        if (s->pick[a.player] == a.value) return false;
        s->pick[a.player] = a.value;
        if (s->setup.mode == MODE_SIDE_BY_SIDE && s->pick[0] && s->pick[1]) {
            /* Both locked (or one changed during the countdown): run it from the top. */
            s->phase = PHASE_COUNTDOWN;
            s->countdown_ms = s->setup.countdown_ms;
        }
        return true;
    }
    case ACT_UNLOCK:
        if (!session_can_pick(s, a.player) || !s->pick[a.player]) return false;
        s->pick[a.player] = 0;
        if (s->phase == PHASE_COUNTDOWN) s->phase = PHASE_PICK;
        return true;
    case ACT_TICK:
        if (s->phase != PHASE_COUNTDOWN || a.value <= 0 || s->setup.countdown_ms == 0) return false;
        s->countdown_ms -= a.value;
        if (s->countdown_ms <= 0) {
            s->countdown_ms = 0;
            commit_round(s);
        }
        return true;
    case ACT_NEXT:
        switch (s->phase) {
        case PHASE_INTRO: {
            const Scenario *sc = session_scenario(s);
            begin_card(s, sc->start);
            return true;
        }
        case PHASE_COVER:
            if (player && a.player != s->turn) return false;
            s->phase = PHASE_PICK;
            return true;
        case PHASE_COUNTDOWN:
            /* With no countdown, "reveal" is pressed by either of them. */
            if (s->setup.countdown_ms != 0) return false;
            commit_round(s);
            return true;
        case PHASE_PICK:
            if (s->setup.mode != MODE_TAKE_TURNS || !s->pick[s->turn]) return false;
            if (player && a.player != s->turn) return false;
            commit_round(s);
            return true;
        case PHASE_REVEAL: follow_rules(s); return true;
        default: return false;
        }
    case ACT_VETO:
        if (!player || s->phase == PHASE_SUMMARY) return false;
        leave_scenario(s, true);
        return true;
    case ACT_SKIP:
        if (!facilitator || s->phase == PHASE_SUMMARY) return false;
        /* On the reveal of a scenario's last card nothing is left to skip: it moves on,
         * and the scenario counts as played (the session record says so). */
        if (s->phase == PHASE_REVEAL && next_target(s) == RULE_END)
            next_scenario(s);
        else
            leave_scenario(s, false);
        return true;
    case ACT_BACK:
        if (!facilitator) return false;
        return go_back(s);
    default: return false;
    }
}
