/* Writes and reads facilitator session plans, and estimates how long they take. */
#include "plan.h"

#include "i18n.h"

#include <stdio.h>
#include <string.h>

void plan_write(const Library *lib, const Plan *plan, StrBuf *out) {
    strbuf_printf(out, "grayarea-plan %d\n", PLAN_VERSION);
    if (plan->name[0]) strbuf_printf(out, "name %s\n", plan->name);
    for (int i = 0; i < plan->n; i++) {
        const Deck *d = lib->decks[plan->items[i].deck];
        strbuf_printf(out, "scenario %s %s\n", d->id, d->scenarios[plan->items[i].scenario].id);
    }
}

bool plan_name_clean(const char *in, char *out, size_t size) {
    if (!size) return false;
    out[0] = '\0';
    size_t n = strlen(in);
    if (utf8_validate(in, n) != n) return false;
    while (n && (*in == ' ' || *in == '\t')) in++, n--;
    while (n && (in[n - 1] == ' ' || in[n - 1] == '\t')) n--;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)in[i] < 0x20 || in[i] == 0x7F) return false;
    if (n >= size) {
        /* Cut at a character boundary: never half a character. */
        n = size - 1;
        while (n && ((unsigned char)in[n] & 0xC0) == 0x80) n--;
    }
    memcpy(out, in, n);
    out[n] = '\0';
    return n > 0;
}

/* One line of a plan file, or false with err filled. */
static bool read_line(const Library *lib, const char *line, int line_no, Plan *plan, char *err, size_t err_size) {
    if (!strncmp(line, "name ", 5)) {
        if (!plan_name_clean(line + 5, plan->name, sizeof plan->name)) {
            snprintf(err, err_size, "line %d of the session plan has a name that cannot be used", line_no);
            return false;
        }
        return true;
    }
    char deck[DECK_MAX_ID + 1], scen[DECK_MAX_ID + 1], extra[2];
    if (sscanf(line, "scenario %40s %40s %1s", deck, scen, extra) != 2) {
        snprintf(err, err_size, "line %d of the session plan is not 'scenario DECK SCENARIO'", line_no);
        return false;
    }
    int d = library_find_deck(lib, deck), si = -1;
    if (d >= 0)
        for (int i = 0; i < lib->decks[d]->n_scenarios; i++)
            if (!strcmp(lib->decks[d]->scenarios[i].id, scen)) si = i;
    if (si < 0)
        plan->missing++;
    else if (plan->n < SESSION_MAX_PLAN)
        plan->items[plan->n++] = (PlanItem){d, si};
    return true;
}

bool plan_read(const Library *lib, const char *bytes, size_t len, Plan *plan, char *err, size_t err_size) {
    memset(plan, 0, sizeof *plan);
    if (len > PLAN_MAX_BYTES) {
        snprintf(err, err_size, "this file is too large to be a session plan");
        return false;
    }
    const char *head = "grayarea-plan ";
    size_t hl = strlen(head);
    if (len < hl + 1 || memcmp(bytes, head, hl)) {
        snprintf(err, err_size, "this is not a Gray Area session plan");
        return false;
    }
    bool known =
        (bytes[hl] == '1' || bytes[hl] == '2') && (len == hl + 1 || bytes[hl + 1] == '\n' || bytes[hl + 1] == '\r');
    if (!known) {
        snprintf(err, err_size, "this session plan is from another version of the game");
        return false;
    }
    int line_no = 0;
    const char *p = bytes, *end = bytes + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char line[200];
        line_no++;
        if (l >= sizeof line) {
            snprintf(err, err_size, "line %d of the session plan is too long", line_no);
            return false;
        }
        if (memchr(p, '\0', l)) {
            snprintf(err, err_size, "line %d of the session plan holds binary data", line_no);
            return false;
        }
        memcpy(line, p, l);
        line[l] = '\0';
        if (l && line[l - 1] == '\r') line[l - 1] = '\0';
        p += l + (nl ? 1 : 0);
        if (line_no == 1 || !line[0] || line[0] == '#') continue;
        if (!read_line(lib, line, line_no, plan, err, err_size)) return false;
    }
    return true;
}

/* ---- how long -------------------------------------------------------------------------- */

static int card_seconds(const Card *c) {
    int questions = c->ask == ASK_RATE && c->from == FROM_BOTH ? 2 : 1;
    return questions * PLAN_QUESTION_S + PLAN_TALK_S;
}

/* The longest way from card i to the end, in seconds, following every rule's target (a
 * loop back is not followed again). memo < 0: not yet known. */
static int longest(const Scenario *sc, int i, int *memo, bool *on_path) {
    if (memo[i] >= 0) return memo[i];
    on_path[i] = true;
    const Card *c = &sc->cards[i];
    int best = 0;
    for (int r = 0; r < c->n_rules; r++) {
        int t = c->rules[r].target;
        if (t < 0 || t >= sc->n_cards || on_path[t]) continue;
        int v = longest(sc, t, memo, on_path);
        if (v > best) best = v;
    }
    on_path[i] = false;
    memo[i] = card_seconds(c) + best;
    return memo[i];
}

int plan_scenario_minutes(const Scenario *sc) {
    if (!sc->n_cards || sc->n_cards > DECK_MAX_CARDS || sc->start < 0 || sc->start >= sc->n_cards) return 1;
    int memo[DECK_MAX_CARDS];
    bool on_path[DECK_MAX_CARDS] = {false};
    for (int i = 0; i < sc->n_cards; i++) memo[i] = -1;
    int seconds = longest(sc, sc->start, memo, on_path);
    int minutes = (seconds + 30) / 60;
    return minutes < 1 ? 1 : minutes;
}

int plan_minutes(const Library *lib, const PlanItem *items, int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        total += plan_scenario_minutes(&lib->decks[items[i].deck]->scenarios[items[i].scenario]);
    return total;
}

void plan_length_words(int scenarios, int minutes, StrBuf *out) {
    /* TRANSLATORS: a session plan's length: "5 scenarios · about 20 minutes"; the first half. */
    strbuf_printf(out, P_("%d scenario", "%d scenarios", scenarios), scenarios);
    strbuf_puts(out, " \xC2\xB7 ");
    /* TRANSLATORS: the second half of a plan's length, after "5 scenarios · ". */
    strbuf_printf(out, P_("about %d minute", "about %d minutes", minutes), minutes);
}
