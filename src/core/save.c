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
} Reader;

/* Reads one line into buf (without the newline). Returns false at the end or on a bad line. */
static bool next_line(Reader *r, char *buf, size_t size) {
    if (r->p >= r->end) return false;
    const char *nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
    size_t n = nl ? (size_t)(nl - r->p) : (size_t)(r->end - r->p);
    r->line++;
    if (n >= size) {
        snprintf(r->err, r->err_size, "line %d of the saved session is too long", r->line);
        r->p = r->end;
        buf[0] = '\0';
        return false;
    }
    memcpy(buf, r->p, n);
    buf[n] = '\0';
    r->p += n + (nl ? 1 : 0);
    return true;
}

static bool fail(Reader *r, const char *what) {
    if (!r->err[0]) snprintf(r->err, r->err_size, "line %d of the saved session: %s", r->line, what);
    return false;
}

static bool parse_flag(Reader *r, const char *v, bool *out) {
    if (!strcmp(v, "0"))
        *out = false;
    else if (!strcmp(v, "1"))
        *out = true;
    else
        return fail(r, "expected 0 or 1");
    return true;
}

static bool parse_words(Reader *r, char *v, bool *flags, int count, const char *(*name)(int)) {
    memset(flags, 0, (size_t)count * sizeof *flags);
    for (char *w = strtok(v, " "); w; w = strtok(NULL, " ")) {
        int found = -1;
        for (int i = 0; i < count; i++)
            if (!strcmp(w, name(i))) found = i;
        if (found < 0) return fail(r, "unknown word");
        flags[found] = true;
    }
    return true;
}

/* A whole number in [lo, hi], or lo - 1 when v is anything else. */
static long number(const char *v, long lo, long hi) {
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || end == v || *end || x < lo || x > hi) return lo - 1;
    return x;
}

static const char *cat_name(int i) { return category_id((Category)i); }
static const char *int_name(int i) { return intensity_id((Intensity)i); }

typedef struct SavedRecord {
    int deal;
    char card[DECK_MAX_ID + 1];
    int picks[2][ROUND_KIND_COUNT];
} SavedRecord;

Session *save_read(const Library *lib, const char *bytes, size_t len, char *err, size_t err_size) {
    err[0] = '\0';
    if (!bytes) len = 0;
    if (len > SAVE_MAX_BYTES) {
        snprintf(err, err_size, "the saved session is too large to be ours (%zu bytes)", len);
        return NULL;
    }
    /* The checksum line covers everything before it. */
    const char *ck = NULL;
    for (const char *p = bytes; p && p < bytes + len;) {
        if ((size_t)(bytes + len - p) >= 9 && !strncmp(p, "checksum ", 9)) ck = p;
        const char *nl = memchr(p, '\n', (size_t)(bytes + len - p));
        p = nl ? nl + 1 : NULL;
    }
    if (!bytes || len < 17 || strncmp(bytes, "grayarea-session ", 17)) {
        snprintf(err, err_size, "this is not a Gray Area session file");
        return NULL;
    }
    /* Read the version within len: the bytes need not end in a NUL. */
    int version = 0;
    for (size_t i = 17; i < len && bytes[i] >= '0' && bytes[i] <= '9' && version < 100000; i++)
        version = version * 10 + (bytes[i] - '0');
    if (version != SAVE_VERSION) {
        snprintf(err, err_size, "the saved session is from another version of the game (format %d; this game reads %d)",
                 version, SAVE_VERSION);
        return NULL;
    }
    if (!ck) {
        snprintf(err, err_size, "the saved session is cut short (no checksum line)");
        return NULL;
    }
    /* The checksum line is the last line, exactly 16 lowercase hex digits. */
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

    Reader r = {.p = bytes, .end = ck, .err = err, .err_size = err_size};
    SessionSetup st;
    session_setup_defaults(&st);
    DealItem deal[SESSION_MAX_LENGTH];
    int n_deal = 0, pos = -1;
    bool planned = false, hide = false, summary = false;
    SavedRecord *recs = NULL;
    int n_recs = 0, cap_recs = 0;
    char line[1024];
    bool ok = true;
    next_line(&r, line, sizeof line); /* header, checked above */
    while (ok && next_line(&r, line, sizeof line)) {
        char *sp = strchr(line, ' ');
        char *v = sp ? sp + 1 : line + strlen(line);
        if (sp) *sp = '\0';
        const char *k = line;
        if (!strcmp(k, "name1") || !strcmp(k, "name2")) {
            char *dst = st.names[k[4] - '1'];
            size_t n = strlen(v);
            if (n >= SESSION_NAME_MAX)
                ok = fail(&r, "name too long");
            else
                memcpy(dst, v, n + 1);
        } else if (!strcmp(k, "mode")) {
            if (!strcmp(v, "take_turns"))
                st.mode = MODE_TAKE_TURNS;
            else if (!strcmp(v, "side_by_side"))
                st.mode = MODE_SIDE_BY_SIDE;
            else
                ok = fail(&r, "unknown mode");
        } else if (!strcmp(k, "facilitated")) {
            ok = parse_flag(&r, v, &st.facilitated);
        } else if (!strcmp(k, "categories")) {
            ok = parse_words(&r, v, st.categories, CAT_COUNT, cat_name);
        } else if (!strcmp(k, "intensities")) {
            ok = parse_words(&r, v, st.intensities, INTENSITY_COUNT, int_name);
        } else if (!strcmp(k, "skip_notes")) {
            ok = parse_flag(&r, v, &st.skip_content_notes);
        } else if (!strcmp(k, "starter")) {
            ok = parse_flag(&r, v, &st.starter_only);
        } else if (!strcmp(k, "guess")) {
            ok = parse_flag(&r, v, &st.guess);
        } else if (!strcmp(k, "planned")) {
            ok = parse_flag(&r, v, &planned);
        } else if (!strcmp(k, "hide_verdicts")) {
            ok = parse_flag(&r, v, &hide);
        } else if (!strcmp(k, "length")) {
            st.length = (int)number(v, 1, SESSION_MAX_LENGTH);
            if (st.length < 1) ok = fail(&r, "length out of range");
        } else if (!strcmp(k, "seed")) {
            st.seed = strtoull(v, NULL, 10);
        } else if (!strcmp(k, "countdown")) {
            /* Saves from before this line keep the default. */
            long ms = number(v, 0, SESSION_COUNTDOWN_MAX_MS);
            if (ms < 0)
                ok = fail(&r, "countdown out of range");
            else
                st.countdown_ms = (int)ms;
        } else if (!strcmp(k, "deal")) {
            char deck[DECK_MAX_ID + 1], scen[DECK_MAX_ID + 1];
            int skipped;
            if (n_deal >= SESSION_MAX_LENGTH)
                ok = fail(&r, "too many scenarios");
            else if (sscanf(v, "%40s %40s %d", deck, scen, &skipped) != 3)
                ok = fail(&r, "bad scenario line");
            else {
                int d = library_find_deck(lib, deck);
                int si = -1;
                if (d >= 0)
                    for (int i = 0; i < lib->decks[d]->n_scenarios; i++)
                        if (!strcmp(lib->decks[d]->scenarios[i].id, scen)) si = i;
                if (si < 0) {
                    snprintf(err, err_size,
                             "the saved session uses scenario '%s' of deck '%s', which is not loaded now", scen, deck);
                    ok = false;
                } else {
                    deal[n_deal++] = (DealItem){.deck = d, .scenario = si, .skipped = skipped != 0};
                }
            }
        } else if (!strcmp(k, "pos")) {
            pos = (int)number(v, 0, SESSION_MAX_LENGTH);
        } else if (!strcmp(k, "record")) {
            if (n_recs == cap_recs) {
                int cap = cap_recs ? cap_recs * 2 : 32;
                SavedRecord *p = realloc(recs, (size_t)cap * sizeof *p);
                if (!p) {
                    ok = fail(&r, "out of memory");
                    break;
                }
                recs = p;
                cap_recs = cap;
            }
            SavedRecord *sr = &recs[n_recs];
            int *pk = &sr->picks[0][0];
            int n = sscanf(v, "%d %40s %d %d %d %d %d %d %d %d", &sr->deal, sr->card, &pk[0], &pk[1], &pk[2], &pk[3],
                           &pk[4], &pk[5], &pk[6], &pk[7]);
            if (n != 2 + 2 * ROUND_KIND_COUNT)
                ok = fail(&r, "bad record line");
            else
                n_recs++;
        } else if (!strcmp(k, "phase")) {
            if (!strcmp(v, "summary"))
                summary = true;
            else if (strcmp(v, "play"))
                ok = fail(&r, "unknown phase");
        } else {
            ok = fail(&r, "unknown line");
        }
    }
    if (ok && err[0]) ok = false;
    if (ok && (n_deal == 0 || pos < 0 || pos > n_deal)) ok = fail(&r, "the session has no scenarios or a bad position");
    Session *s = NULL;
    if (ok) {
        SessionSetup use = st;
        use.n_plan = n_deal;
        for (int i = 0; i < n_deal; i++) use.plan[i] = (PlanItem){deal[i].deck, deal[i].scenario};
        s = session_create(lib, &use, err, err_size);
        if (!s) ok = false;
    }
    if (ok) {
        if (!planned) s->setup.n_plan = 0;
        for (int i = 0; i < n_deal; i++) s->deal[i].skipped = deal[i].skipped;
        s->pos = pos;
        s->hide_verdicts = hide;
        for (int i = 0; ok && i < n_recs; i++) {
            SavedRecord *sr = &recs[i];
            if (sr->deal < 0 || sr->deal >= n_deal) {
                ok = fail(&r, "a record points to a scenario that is not in the session");
                break;
            }
            const Scenario *sc = &lib->decks[deal[sr->deal].deck]->scenarios[deal[sr->deal].scenario];
            int card = scenario_find_card(sc, sr->card);
            if (card < 0) {
                snprintf(err, err_size, "the saved session uses card '%s' of scenario '%s', which has changed",
                         sr->card, sc->id);
                ok = false;
                break;
            }
            const Card *c = &sc->cards[card];
            int maxv = c->ask == ASK_CHOICE ? c->n_options : SCALE_STEPS;
            for (int p = 0; p < 2; p++)
                for (int k = 0; k < ROUND_KIND_COUNT; k++)
                    if (sr->picks[p][k] < 0 || sr->picks[p][k] > maxv) ok = false;
            if (!ok) {
                fail(&r, "a record holds an answer that does not exist");
                break;
            }
            /* Rebuild the record through the same path play uses. */
            if (!session_add_record(s, sr->deal, card, (const int(*)[ROUND_KIND_COUNT])sr->picks)) {
                ok = fail(&r, "out of memory");
                break;
            }
        }
        s->pos = pos;
    }
    free(recs);
    if (!ok) {
        session_destroy(s);
        if (!err[0]) snprintf(err, err_size, "the saved session could not be read");
        return NULL;
    }
    const CardRecord *last = session_last_record(s);
    s->cards_in_scenario = 0;
    for (int i = 0; i < s->n_records; i++)
        if (s->records[i].deal == s->pos) s->cards_in_scenario++;
    if (summary || s->pos >= s->n_deal) {
        s->phase = PHASE_SUMMARY;
    } else if (last && last->deal == s->pos) {
        s->card = last->card;
        s->phase = PHASE_REVEAL;
    } else {
        s->phase = PHASE_INTRO;
    }
    return s;
}
