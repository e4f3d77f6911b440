/* Writes a session as checksummed text and reads it back, refusing anything damaged. */
#include "save.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t fnv1a(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static const Scenario *deal_scenario(const Session *s, int i) {
    return &s->lib->decks[s->deal[i].deck]->scenarios[s->deal[i].scenario];
}

void save_write(const Session *s, StrBuf *out) {
    size_t start = out->len;
    const SessionSetup *st = &s->setup;
    strbuf_printf(out, "grayarea-session %d\n", SAVE_VERSION);
    strbuf_printf(out, "name1 %s\nname2 %s\n", st->names[0], st->names[1]);
    strbuf_printf(out, "mode %s\n", st->mode == MODE_TAKE_TURNS ? "take_turns" : "side_by_side");
    strbuf_printf(out, "facilitated %d\n", st->facilitated ? 1 : 0);
    strbuf_puts(out, "categories");
    for (int c = 0; c < CAT_COUNT; c++)
        if (st->categories[c]) strbuf_printf(out, " %s", category_id((Category)c));
    strbuf_puts(out, "\nintensities");
    for (int i = 0; i < INTENSITY_COUNT; i++)
        if (st->intensities[i]) strbuf_printf(out, " %s", intensity_id((Intensity)i));
    strbuf_printf(out, "\nskip_notes %d\nstarter %d\nlength %d\nguess %d\nseed %" PRIu64 "\n",
                  st->skip_content_notes ? 1 : 0, st->starter_only ? 1 : 0, st->length, st->guess ? 1 : 0, st->seed);
    strbuf_printf(out, "countdown %d\n", st->countdown_ms);
    if (st->langs[0][0] || st->langs[1][0]) /* "-": the decks as written */
        strbuf_printf(out, "langs %s %s\n", st->langs[0][0] ? st->langs[0] : "-", st->langs[1][0] ? st->langs[1] : "-");
    strbuf_printf(out, "planned %d\n", st->n_plan > 0 ? 1 : 0);
    for (int i = 0; i < s->n_deal; i++)
        strbuf_printf(out, "deal %s %s %d\n", s->lib->decks[s->deal[i].deck]->id, deal_scenario(s, i)->id,
                      s->deal[i].skipped ? 1 : 0);
    strbuf_printf(out, "pos %d\nhide_verdicts %d\n", s->pos, s->hide_verdicts ? 1 : 0);
    for (int i = 0; i < s->n_records; i++) {
        const CardRecord *r = &s->records[i];
        strbuf_printf(out, "record %d %s", r->deal, deal_scenario(s, r->deal)->cards[r->card].id);
        for (int p = 0; p < 2; p++)
            for (int k = 0; k < ROUND_KIND_COUNT; k++) strbuf_printf(out, " %d", r->picks[p][k]);
        strbuf_puts(out, "\n");
    }
    strbuf_printf(out, "phase %s\n", s->phase == PHASE_SUMMARY ? "summary" : "play");
    uint64_t h = fnv1a(out->data ? out->data + start : "", out->len - start);
    strbuf_printf(out, "checksum %016" PRIx64 "\n", h);
}

typedef struct Reader {
    const char *p, *end;
    int line;
    char *err;
    size_t err_size;
    char key[32];
    char value[1024];
    bool pending; /* key/value hold a line read ahead and not used yet */
} Reader;

static bool fail(Reader *r, const char *what) {
    if (!r->err[0]) utf8_snprintf(r->err, r->err_size, "line %d of the saved session: %s", r->line, what);
    return false;
}

/* Reads the next line as "key value" (the value may be empty). False at the end. */
static bool next_line(Reader *r) {
    if (r->pending) {
        r->pending = false;
        return true;
    }
    if (r->p >= r->end) return false;
    const char *nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
    size_t n = nl ? (size_t)(nl - r->p) : (size_t)(r->end - r->p);
    r->line++;
    const char *line = r->p;
    r->p += n + (nl ? 1 : 0);
    if (n >= sizeof r->value) return fail(r, "the line is too long");
    if (memchr(line, '\0', n)) return fail(r, "the line holds a NUL byte");
    const char *sp = memchr(line, ' ', n);
    size_t klen = sp ? (size_t)(sp - line) : n;
    if (klen >= sizeof r->key) return fail(r, "unknown line");
    memcpy(r->key, line, klen);
    r->key[klen] = '\0';
    size_t vlen = sp ? n - klen - 1 : 0;
    memcpy(r->value, sp ? sp + 1 : line + n, vlen);
    r->value[vlen] = '\0';
    return true;
}

/* The next line must be `key`; its value is left in r->value. */
static bool expect(Reader *r, const char *key) {
    if (!next_line(r)) {
        if (!r->err[0]) utf8_snprintf(r->err, r->err_size, "the saved session is cut short (no '%s' line)", key);
        return false;
    }
    if (strcmp(r->key, key) != 0) {
        char what[80];
        snprintf(what, sizeof what, "expected the '%s' line here", key);
        return fail(r, what);
    }
    return true;
}

/* Whether the next line is `key` (it stays to be read when it is not). */
static bool peek_is(Reader *r, const char *key) {
    if (!r->pending) {
        if (!next_line(r)) return false;
        r->pending = true;
    }
    return !strcmp(r->key, key);
}

static bool parse_flag(Reader *r, bool *out) {
    if (!strcmp(r->value, "0"))
        *out = false;
    else if (!strcmp(r->value, "1"))
        *out = true;
    else
        return fail(r, "expected 0 or 1");
    return true;
}

static bool parse_words(Reader *r, bool *flags, int count, const char *(*name)(int)) {
    memset(flags, 0, (size_t)count * sizeof *flags);
    for (char *w = strtok(r->value, " "); w; w = strtok(NULL, " ")) {
        int found = -1;
        for (int i = 0; i < count; i++)
            if (!strcmp(w, name(i))) found = i;
        if (found < 0 || flags[found]) return fail(r, "unknown or repeated word");
        flags[found] = true;
    }
    return true;
}

/* A whole number in [lo, hi] written plainly (digits only), or lo - 1. */
static long long number(const char *v, long long lo, long long hi) {
    if (!*v || strlen(v) > 19 || (v[0] == '0' && v[1])) return lo - 1;
    long long x = 0;
    for (const char *p = v; *p; p++) {
        if (*p < '0' || *p > '9') return lo - 1;
        x = x * 10 + (*p - '0');
    }
    return x < lo || x > hi ? lo - 1 : x;
}

static bool parse_seed(const char *v, uint64_t *out) {
    if (!*v || strlen(v) > 20 || (v[0] == '0' && v[1])) return false;
    uint64_t x = 0;
    for (const char *p = v; *p; p++) {
        if (*p < '0' || *p > '9') return false;
        unsigned d = (unsigned)(*p - '0');
        if (x > (UINT64_MAX - d) / 10) return false;
        x = x * 10 + d;
    }
    *out = x;
    return true;
}

/* Splits value into at most max words separated by single spaces; returns the count. */
static int split(char *v, char **words, int max) {
    int n = 0;
    for (char *w = strtok(v, " "); w; w = strtok(NULL, " ")) {
        if (n == max) return max + 1;
        words[n++] = w;
    }
    return n;
}

static const char *cat_name(int i) { return category_id((Category)i); }
static const char *int_name(int i) { return intensity_id((Intensity)i); }

typedef struct SavedRecord {
    int deal, line;
    char card[DECK_MAX_ID + 1];
    int picks[2][ROUND_KIND_COUNT];
} SavedRecord;

/* What the file says, before any of it is believed. */
typedef struct Saved {
    SessionSetup setup;
    DealItem deal[SESSION_MAX_LENGTH];
    int n_deal, pos;
    bool planned, hide, summary;
    SavedRecord *recs;
    int n_recs;
} Saved;

/* "langs es hi": each player's language, "-" for the decks as written. */
static bool read_langs(Reader *r, SessionSetup *st) {
    next_line(r);
    char *w[3];
    int n = split(r->value, w, 3);
    if (n != 2) return fail(r, "langs wants two language codes");
    for (int p = 0; p < 2; p++) {
        if (!strcmp(w[p], "-")) continue;
        if (!language_code_valid(w[p])) return fail(r, "langs names something that is not a language code");
        snprintf(st->langs[p], sizeof st->langs[p], "%s", w[p]);
    }
    return true;
}

static bool read_header(Reader *r, Saved *sv) {
    SessionSetup *st = &sv->setup;
    for (int p = 0; p < 2; p++) {
        if (!expect(r, p ? "name2" : "name1")) return false;
        const char *problem = session_name_problem(r->value);
        if (problem) {
            char what[160];
            snprintf(what, sizeof what, "Player %d's name %s", p + 1, problem);
            return fail(r, what);
        }
        memcpy(st->names[p], r->value, strlen(r->value) + 1);
    }
    if (!expect(r, "mode")) return false;
    if (!strcmp(r->value, "take_turns"))
        st->mode = MODE_TAKE_TURNS;
    else if (!strcmp(r->value, "side_by_side"))
        st->mode = MODE_SIDE_BY_SIDE;
    else
        return fail(r, "unknown mode");
    if (!expect(r, "facilitated") || !parse_flag(r, &st->facilitated)) return false;
    if (!expect(r, "categories") || !parse_words(r, st->categories, CAT_COUNT, cat_name)) return false;
    if (!expect(r, "intensities") || !parse_words(r, st->intensities, INTENSITY_COUNT, int_name)) return false;
    if (!expect(r, "skip_notes") || !parse_flag(r, &st->skip_content_notes)) return false;
    if (!expect(r, "starter") || !parse_flag(r, &st->starter_only)) return false;
    if (!expect(r, "length")) return false;
    st->length = (int)number(r->value, 1, SESSION_MAX_LENGTH);
    if (st->length < 1) return fail(r, "length out of range");
    if (!expect(r, "guess") || !parse_flag(r, &st->guess)) return false;
    if (!expect(r, "seed")) return false;
    if (!parse_seed(r->value, &st->seed)) return fail(r, "the seed is not a whole number");
    if (peek_is(r, "countdown")) { /* saves from before this line keep the default */
        next_line(r);
        long long ms = number(r->value, 0, SESSION_COUNTDOWN_MAX_MS);
        if (ms < 0) return fail(r, "countdown out of range");
        st->countdown_ms = (int)ms;
    }
    if (peek_is(r, "langs") && !read_langs(r, st)) return false; /* older saves: the decks as written */
    return expect(r, "planned") && parse_flag(r, &sv->planned);
}

static bool read_deal(Reader *r, const Library *lib, Saved *sv) {
    while (peek_is(r, "deal")) {
        next_line(r);
        char *w[3];
        if (sv->n_deal >= (sv->planned ? SESSION_MAX_PLAN : sv->setup.length))
            return fail(r, "more scenarios than the session deals");
        if (split(r->value, w, 3) != 3) return fail(r, "bad scenario line");
        long long skipped = number(w[2], 0, 1);
        if (skipped < 0) return fail(r, "bad scenario line");
        int d = library_find_deck(lib, w[0]), si = -1;
        if (d >= 0)
            for (int i = 0; i < lib->decks[d]->n_scenarios; i++)
                if (!strcmp(lib->decks[d]->scenarios[i].id, w[1])) si = i;
        if (si < 0) {
            utf8_snprintf(r->err, r->err_size,
                          "the saved session uses scenario '%.*s' of deck '%.*s', which is not loaded now",
                          utf8_cut(w[1], DECK_MAX_ID), w[1], utf8_cut(w[0], DECK_MAX_ID), w[0]);
            return false;
        }
        for (int i = 0; i < sv->n_deal; i++)
            if (sv->deal[i].deck == d && sv->deal[i].scenario == si) return fail(r, "the same scenario is dealt twice");
        sv->deal[sv->n_deal++] = (DealItem){.deck = d, .scenario = si, .skipped = skipped == 1};
    }
    if (sv->n_deal == 0) return fail(r, "the session has no scenarios");
    if (!expect(r, "pos")) return false;
    sv->pos = (int)number(r->value, 0, sv->n_deal);
    if (sv->pos < 0) return fail(r, "the position is not in the session");
    return expect(r, "hide_verdicts") && parse_flag(r, &sv->hide);
}

static bool read_records(Reader *r, Saved *sv) {
    int cap = 0, max = sv->n_deal * SESSION_MAX_CARDS_PER_SCENARIO;
    while (peek_is(r, "record")) {
        next_line(r);
        if (sv->n_recs == max) return fail(r, "more answered cards than a session can hold");
        if (sv->n_recs == cap) {
            int ncap = cap ? cap * 2 : 32;
            SavedRecord *p = realloc(sv->recs, (size_t)ncap * sizeof *p);
            if (!p) return fail(r, "out of memory");
            sv->recs = p;
            cap = ncap;
        }
        SavedRecord *sr = &sv->recs[sv->n_recs];
        char *w[2 + 2 * ROUND_KIND_COUNT];
        if (split(r->value, w, 2 + 2 * ROUND_KIND_COUNT) != 2 + 2 * ROUND_KIND_COUNT || strlen(w[1]) > DECK_MAX_ID)
            return fail(r, "bad record line");
        sr->deal = (int)number(w[0], 0, sv->n_deal - 1);
        if (sr->deal < 0) return fail(r, "a record points to a scenario that is not in the session");
        memcpy(sr->card, w[1], strlen(w[1]) + 1);
        for (int k = 0; k < 2 * ROUND_KIND_COUNT; k++) {
            long long v = number(w[2 + k], 0, SCALE_STEPS);
            if (v < 0) return fail(r, "a record holds an answer that does not exist");
            sr->picks[k / ROUND_KIND_COUNT][k % ROUND_KIND_COUNT] = (int)v;
        }
        sr->line = r->line;
        sv->n_recs++;
    }
    if (!expect(r, "phase")) return false;
    if (!strcmp(r->value, "summary"))
        sv->summary = true;
    else if (strcmp(r->value, "play"))
        return fail(r, "unknown phase");
    if (next_line(r)) return fail(r, "unknown line after the phase");
    return !r->err[0];
}

/* ---- believing a save: play it again ----------------------------------------------------- */

static bool act(Session *s, ActionType type, int player, int value) {
    return session_apply(s, (Action){type, player, value});
}

/* Gives the saved picks of the card now showing, through the same actions players use. */
static bool play_card(Session *s, const SavedRecord *sr) {
    int before = s->n_records;
    for (int step = 0; step < 4 * ROUND_KIND_COUNT + 4 && s->n_records == before; step++) {
        if (s->phase == PHASE_COVER) {
            if (!act(s, ACT_NEXT, s->turn, 0)) return false;
        } else if (s->phase == PHASE_PICK && s->setup.mode == MODE_TAKE_TURNS) {
            int p = s->turn;
            if (!act(s, ACT_PICK, p, sr->picks[p][session_round_kind(s)]) || !act(s, ACT_NEXT, p, 0)) return false;
        } else if (s->phase == PHASE_PICK) {
            RoundKind k = session_round_kind(s);
            if (!act(s, ACT_PICK, 0, sr->picks[0][k]) || !act(s, ACT_PICK, 1, sr->picks[1][k])) return false;
            /* Both locked in: the countdown runs out, or with none, "reveal" is pressed. */
            bool revealed =
                s->setup.countdown_ms > 0 ? act(s, ACT_TICK, -1, s->setup.countdown_ms) : act(s, ACT_NEXT, 0, 0);
            if (!revealed) return false;
        } else {
            return false;
        }
    }
    if (s->n_records != before + 1) return false;
    /* Rounds that were never asked must say 0, or the file says more than was answered. */
    const CardRecord *made = session_last_record(s);
    return !memcmp(made->picks, sr->picks, sizeof made->picks);
}

/* Leaves the scenario at s->pos the way the file says it was left: skipped, or ended by
 * its rules after the last reveal. */
static bool leave(Session *s, const Saved *sv) {
    int at = s->pos;
    if (sv->deal[at].skipped)
        act(s, ACT_VETO, 0, 0);
    else if (s->phase == PHASE_REVEAL)
        act(s, ACT_NEXT, -1, 0);
    return s->pos > at;
}

static bool replay(Session *s, Saved *sv, Reader *r) {
    for (int i = 0; i < sv->n_recs; i++) {
        const SavedRecord *sr = &sv->recs[i];
        r->line = sr->line;
        for (;;) {
            if (s->phase == PHASE_SUMMARY || s->pos > sr->deal)
                return fail(r, "this card is not where the earlier answers lead");
            if (s->pos < sr->deal) {
                if (!leave(s, sv))
                    return fail(r, "a scenario before this one was neither played to its end nor skipped");
            } else if (s->phase == PHASE_INTRO || s->phase == PHASE_REVEAL) {
                act(s, ACT_NEXT, -1, 0);
            } else {
                break;
            }
        }
        const Scenario *sc = session_scenario(s);
        int card = scenario_find_card(sc, sr->card);
        if (card < 0) {
            utf8_snprintf(r->err, r->err_size, "the saved session uses card '%.*s' of scenario '%s', which has changed",
                          utf8_cut(sr->card, DECK_MAX_ID), sr->card, sc->id);
            return false;
        }
        if (card != s->card) return fail(r, "this card is not where the scenario's rules lead");
        if (!play_card(s, sr)) return fail(r, "this record holds answers the card does not ask for");
    }
    r->line = 0;
    while (s->pos < sv->pos && s->phase != PHASE_SUMMARY)
        if (!leave(s, sv)) {
            utf8_snprintf(r->err, r->err_size, "the saved session's position does not follow from its answers");
            return false;
        }
    if (s->pos != sv->pos && !(s->phase == PHASE_SUMMARY && sv->pos >= s->n_deal)) {
        utf8_snprintf(r->err, r->err_size, "the saved session's position does not follow from its answers");
        return false;
    }
    if (sv->summary && s->phase != PHASE_SUMMARY) act(s, ACT_END, -1, 0);
    if (sv->hide != s->hide_verdicts) act(s, ACT_VERDICTS, -1, 0);
    for (int i = 0; i < s->n_deal; i++)
        if (s->deal[i].skipped != sv->deal[i].skipped) {
            utf8_snprintf(r->err, r->err_size, "the saved session's skipped scenarios do not match its answers");
            return false;
        }
    return true;
}

Session *save_read(const Library *lib, const char *bytes, size_t len, char *err, size_t err_size) {
    err[0] = '\0';
    if (!bytes) len = 0;
    if (len > SAVE_MAX_BYTES) {
        snprintf(err, err_size, "the saved session is too large to be ours (%zu bytes)", len);
        return NULL;
    }
    static const char MAGIC[] = "grayarea-session ";
    const size_t magic = sizeof MAGIC - 1;
    if (!bytes || len < magic || strncmp(bytes, MAGIC, magic)) {
        snprintf(err, err_size, "this is not a Gray Area session file");
        return NULL;
    }
    /* The version line is exactly "grayarea-session 1". */
    size_t digits = 0;
    long long version = 0;
    while (magic + digits < len && bytes[magic + digits] >= '0' && bytes[magic + digits] <= '9' && digits < 6)
        version = version * 10 + (bytes[magic + digits++] - '0');
    bool line_ends = magic + digits < len && bytes[magic + digits] == '\n';
    if (!digits || !line_ends || (bytes[magic] == '0' && digits > 1)) {
        snprintf(err, err_size, "the saved session is damaged (its first line is not 'grayarea-session %d')",
                 SAVE_VERSION);
        return NULL;
    }
    if (version != SAVE_VERSION) {
        snprintf(err, err_size,
                 "the saved session is from another version of the game (format %lld; this game reads %d)", version,
                 SAVE_VERSION);
        return NULL;
    }
    /* The checksum line is the last line, exactly 16 lowercase hex digits, and covers
     * everything before it. */
    const char *ck = NULL;
    for (const char *p = bytes; p < bytes + len;) {
        if ((size_t)(bytes + len - p) >= 9 && !strncmp(p, "checksum ", 9)) ck = p;
        const char *nl = memchr(p, '\n', (size_t)(bytes + len - p));
        p = nl ? nl + 1 : bytes + len;
    }
    if (!ck) {
        snprintf(err, err_size, "the saved session is cut short (no checksum line)");
        return NULL;
    }
    size_t tail = (size_t)(bytes + len - ck);
    bool well_formed = tail == 9 + 16 + 1 && ck[9 + 16] == '\n';
    for (int i = 0; well_formed && i < 16; i++) {
        char h = ck[9 + i];
        well_formed = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f');
    }
    if (!well_formed) {
        snprintf(err, err_size, "the saved session is damaged (its checksum line is broken)");
        return NULL;
    }
    uint64_t want = strtoull(ck + 9, NULL, 16);
    if (fnv1a(bytes, (size_t)(ck - bytes)) != want) {
        snprintf(err, err_size, "the saved session is damaged (its checksum does not match)");
        return NULL;
    }

    /* Sealed, but a seal proves only that nothing changed since it was written: what it
     * says must still make sense, line by line and as a session played by the rules. */
    Reader r = {.p = bytes + magic + digits + 1, .end = ck, .line = 1, .err = err, .err_size = err_size};
    Saved sv;
    memset(&sv, 0, sizeof sv);
    session_setup_defaults(&sv.setup);
    Session *s = NULL;
    bool ok = read_header(&r, &sv) && read_deal(&r, lib, &sv) && read_records(&r, &sv);
    if (ok) {
        SessionSetup use = sv.setup;
        use.n_plan = sv.n_deal;
        for (int i = 0; i < sv.n_deal; i++) use.plan[i] = (PlanItem){sv.deal[i].deck, sv.deal[i].scenario};
        s = session_create(lib, &use, err, err_size);
        ok = s != NULL && replay(s, &sv, &r);
        if (ok && !sv.planned) s->setup.n_plan = 0;
    }
    free(sv.recs);
    if (!ok) {
        session_destroy(s);
        if (!err[0]) snprintf(err, err_size, "the saved session could not be read");
        return NULL;
    }
    return s;
}
