/* Saves that lie: a save is sealed by its checksum, but a seal only proves that nothing
 * changed since it was written. Every lie below carries a correct seal and must still be
 * refused (save_read replays the saved answers through the session and believes only
 * what play could have produced), while every save a real session writes reads back.
 * Then the app: a refused save is kept as session.sav.bad, a second one never overwrites
 * it (session.sav.bad.1, ...), and the message says where it went. */
#include "app/game.h"
#include "app/platform/vfs.h"
#include "core/save.h"
#include "fixture_lib.h"
#include "harness.h"

#include <inttypes.h>
#include <sys/stat.h>
#include <unistd.h>

static Library lib;

/* ---- sealing ---------------------------------------------------------------------------- */

static uint64_t fnv1a(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* body (everything but the checksum line) with a correct checksum line after it. */
static char *seal(const char *body) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, body);
    strbuf_printf(&b, "checksum %016" PRIx64 "\n", fnv1a(body, strlen(body)));
    return strbuf_take(&b);
}

/* The text of a save without its checksum line (caller frees). */
static char *body_of(const Session *s) {
    StrBuf b;
    strbuf_init(&b);
    save_write(s, &b);
    char *text = strbuf_take(&b);
    char *ck = strstr(text, "checksum ");
    if (ck) *ck = '\0';
    return text;
}

/* Replaces the first occurrence of from in text (which must have one); caller frees. */
static char *replaced(const char *text, const char *from, const char *to) {
    const char *at = strstr(text, from);
    CHECK(at != NULL);
    if (!at) return strdup(text);
    StrBuf b;
    strbuf_init(&b);
    strbuf_add(&b, text, (size_t)(at - text));
    strbuf_puts(&b, to);
    strbuf_puts(&b, at + strlen(from));
    return strbuf_take(&b);
}

static void expect_refused(const char *what, const char *body, const char *message_part) {
    char *text = seal(body);
    char err[400];
    Session *s = save_read(&lib, text, strlen(text), err, sizeof err);
    if (s || !strstr(err, message_part))
        fprintf(stderr, "  %s: got %s '%s', want a refusal saying '%s'\n", what, s ? "a session and" : "", s ? "" : err,
                message_part);
    CHECK(s == NULL);
    CHECK(strstr(err, message_part) != NULL);
    session_destroy(s);
    free(text);
}

/* ---- real sessions ---------------------------------------------------------------------- */

static Session *start(PlayMode mode, bool guess, uint64_t seed) {
    SessionSetup st;
    session_setup_defaults(&st);
    for (int i = 0; i < INTENSITY_COUNT; i++) st.intensities[i] = true;
    st.mode = mode;
    st.guess = guess;
    st.seed = seed;
    st.length = 8;
    snprintf(st.names[0], sizeof st.names[0], "Ana");
    snprintf(st.names[1], sizeof st.names[1], "B\xC3\xA9la");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK(s != NULL);
    return s;
}

/* One action a player might take now, from a seeded generator. */
static Action some_action(const Session *s, Rng *rng) {
    uint32_t r = rng_below(rng, 100);
    if (r < 4) return act(ACT_VETO, (int)rng_below(rng, 2), 0);
    switch (s->phase) {
    case PHASE_PICK:
    case PHASE_COUNTDOWN: {
        int p = s->setup.mode == MODE_TAKE_TURNS ? s->turn : (int)rng_below(rng, 2);
        if (r < 10) return act(ACT_UNLOCK, p, 0);
        if (s->phase == PHASE_COUNTDOWN && r < 60) return act(ACT_TICK, -1, SESSION_COUNTDOWN_MS);
        if (s->setup.mode == MODE_TAKE_TURNS && s->pick[p] && r < 70) return act(ACT_NEXT, p, 0);
        return act(ACT_PICK, p, 1 + (int)rng_below(rng, (uint32_t)session_option_count(s)));
    }
    case PHASE_COVER: return act(ACT_NEXT, s->turn, 0);
    default: return act(ACT_NEXT, -1, 0);
    }
}

/* Every save a session writes where the game autosaves (a new reveal, a scenario left out)
 * reads back to a session that writes the very same text. */
static void test_real_saves_read_back(void) {
    int saves = 0, summaries = 0;
    for (int run = 0; run < 120; run++) {
        Rng rng;
        rng_seed(&rng, 1000 + (uint64_t)run);
        Session *s = start(run % 2 ? MODE_TAKE_TURNS : MODE_SIDE_BY_SIDE, run % 3 == 0, (uint64_t)run);
        if (!s) continue;
        for (int step = 0; step < 3000 && s->phase != PHASE_SUMMARY; step++) {
            int before = s->n_records;
            Action a = some_action(s, &rng);
            if (!session_apply(s, a)) continue;
            if (s->n_records == before && a.type != ACT_VETO) continue;
            StrBuf b;
            strbuf_init(&b);
            save_write(s, &b);
            char err[300];
            Session *back = save_read(&lib, b.data, b.len, err, sizeof err);
            if (!back) fprintf(stderr, "  run %d step %d: %s\n%s", run, step, err, b.data);
            CHECK(back != NULL);
            if (back) {
                StrBuf again;
                strbuf_init(&again);
                save_write(back, &again);
                CHECK_STR(again.data, b.data);
                CHECK_INT(back->phase, s->phase);
                CHECK_INT(back->n_records, s->n_records);
                strbuf_free(&again);
                session_destroy(back);
            }
            strbuf_free(&b);
            saves++;
        }
        summaries += s->phase == PHASE_SUMMARY;
        if (getenv("GA_VERBOSE")) fprintf(stderr, "  run %d: %d saves so far\n", run, saves);
        session_destroy(s);
    }
    /* The runs cover the ground: many saves, some sessions played to the end. */
    CHECK(saves > 500);
    CHECK(summaries > 20);
}

/* A session at its second reveal, side by side, no guessing (records are easy to edit). */
static Session *two_reveals(void) {
    Session *s = start(MODE_SIDE_BY_SIDE, false, 5);
    session_apply(s, act(ACT_NEXT, -1, 0));
    const int a[4] = {1, 1, 1, 1}, b[4] = {1, 1, 1, 1};
    for (int i = 0; i < 2 && s->phase != PHASE_SUMMARY; i++) {
        if (i) session_apply(s, act(ACT_NEXT, -1, 0));
        if (s->phase == PHASE_INTRO) session_apply(s, act(ACT_NEXT, -1, 0));
        fixture_play_card(s, a, b);
    }
    CHECK_INT(s->phase, PHASE_REVEAL);
    CHECK_INT(s->n_records, 2);
    return s;
}

static void test_repeated_record(void) {
    Session *s = two_reveals();
    char *body = body_of(s);
    /* The first record again and again, after itself: "5003 cards talked through". */
    const char *rec = strstr(body, "record ");
    const char *end = strchr(rec, '\n') + 1;
    StrBuf b;
    strbuf_init(&b);
    strbuf_add(&b, body, (size_t)(end - body));
    for (int i = 0; i < 5000; i++) strbuf_add(&b, rec, (size_t)(end - rec));
    strbuf_puts(&b, end);
    expect_refused("a record 5000 times", b.data, "more answered cards than a session can hold");
    strbuf_free(&b);
    /* Only twice: within every count, but not what play can produce. */
    strbuf_init(&b);
    strbuf_add(&b, body, (size_t)(end - body));
    strbuf_add(&b, rec, (size_t)(end - rec));
    strbuf_puts(&b, end);
    expect_refused("a record twice", b.data, "line ");
    strbuf_free(&b);
    free(body);
    session_destroy(s);
}

static void test_version_line(void) {
    Session *s = two_reveals();
    char *body = body_of(s);
    static const char *const LIES[] = {"grayarea-session 1junk\n", "grayarea-session 01\n", "grayarea-session 1 \n",
                                       "grayarea-session \n", "grayarea-session 1\r\n"};
    for (size_t i = 0; i < sizeof LIES / sizeof LIES[0]; i++) {
        char *lie = replaced(body, "grayarea-session 1\n", LIES[i]);
        expect_refused(LIES[i], lie, "damaged (its first line is not 'grayarea-session 1')");
        free(lie);
    }
    char *other = replaced(body, "grayarea-session 1\n", "grayarea-session 7\n");
    expect_refused("format 7", other, "another version of the game (format 7");
    free(other);
    free(body);
    session_destroy(s);
}

static void test_names(void) {
    Session *s = two_reveals();
    char *body = body_of(s);
    static const struct {
        const char *name, *says;
    } LIES[] = {
        {"   ", "shows nothing on screen"},
        {"\xE2\x80\x8B\xE2\x80\x8B", "shows nothing on screen"},   /* zero-width spaces */
        {"\xEF\xBB\xBF\xCC\x81", "shows nothing on screen"},       /* BOM + a lone accent */
        {"A\x1B[31m", "contains characters that cannot be shown"}, /* ESC */
        {"A\xC2\x9B"
         "31m",
         "contains characters that cannot be shown"}, /* 8-bit CSI */
        {"A\xE2\x80\xAE"
         "B",
         "contains characters that cannot be shown"}, /* right-to-left override */
        {"A\xC3", "is not valid text"},
        {"0123456789012345678901234567890123456789012345678901234567890123456789", "is too long"},
    };
    for (size_t i = 0; i < sizeof LIES / sizeof LIES[0]; i++) {
        char line[200];
        snprintf(line, sizeof line, "name1 %s\n", LIES[i].name);
        char *lie = replaced(body, "name1 Ana\n", line);
        expect_refused(LIES[i].says, lie, LIES[i].says);
        free(lie);
    }
    free(body);
    session_destroy(s);
}

static void test_records_against_the_graph(void) {
    Session *s = two_reveals();
    char *body = body_of(s);
    const CardRecord *r0 = &s->records[0], *r1 = &s->records[1];
    const Scenario *sc1 = &lib.decks[s->deal[r1->deal].deck]->scenarios[s->deal[r1->deal].scenario];
    char from[120], to[120];
    /* The second card swapped for another card of the same scenario that the rules do not lead to. */
    int other = -1;
    for (int c = 0; c < sc1->n_cards && other < 0; c++)
        if (c != r1->card && (r1->deal != r0->deal || c != r0->card)) other = c;
    if (other >= 0) {
        snprintf(from, sizeof from, "record %d %s ", r1->deal, sc1->cards[r1->card].id);
        snprintf(to, sizeof to, "record %d %s ", r1->deal, sc1->cards[other].id);
        char *lie = replaced(body, from, to);
        expect_refused("a card the rules do not lead to", lie, "this card is not where");
        free(lie);
    }
    /* A card that does not exist. */
    snprintf(from, sizeof from, "record %d %s ", r1->deal, sc1->cards[r1->card].id);
    snprintf(to, sizeof to, "record %d nosuchcard ", r1->deal);
    char *lie = replaced(body, from, to);
    expect_refused("a card that does not exist", lie, "which has changed");
    free(lie);
    /* A record for a scenario further on, with nothing skipped in between. */
    if (s->n_deal > 3) {
        snprintf(to, sizeof to, "record %d %s ", 3, sc1->cards[r1->card].id);
        lie = replaced(body, from, to);
        expect_refused("a record that jumps ahead", lie, "line ");
        free(lie);
    }
    /* A record pointing outside the deal. */
    snprintf(to, sizeof to, "record 99 %s ", sc1->cards[r1->card].id);
    lie = replaced(body, from, to);
    expect_refused("a record outside the deal", lie, "not in the session");
    free(lie);
    /* An answer for a round the card never asks (guessing is off), and one out of range. */
    lie = replaced(body, " 1 0 0 0 1 0 0 0\n", " 1 0 0 3 1 0 0 0\n");
    char *ask = strstr(body, " 1 0 0 0 1 0 0 0\n") ? lie : NULL;
    if (ask) expect_refused("an answer never asked for", lie, "answers the card does not ask for");
    free(lie);
    lie = replaced(body, "0 0 0 1 0 0 0\n", "0 0 0 5 0 0 0\n");
    expect_refused("an answer out of range", lie, "an answer that does not exist");
    free(lie);
    free(body);
    session_destroy(s);
}

static void test_deal_and_position(void) {
    Session *s = two_reveals();
    char *body = body_of(s);
    int at = s->pos;
    char from[40], to[40];
    /* Further on than the answers lead, with nothing skipped. */
    snprintf(from, sizeof from, "\npos %d\n", at);
    snprintf(to, sizeof to, "\npos %d\n", at + 2 <= s->n_deal ? at + 2 : at);
    char *lie = replaced(body, from, to);
    if (at + 2 <= s->n_deal) expect_refused("a position the answers do not reach", lie, "position does not follow");
    free(lie);
    /* The scenario being played marked skipped (one left behind may be: a veto after a
     * reveal leaves it so). */
    const char *d0 = strstr(body, "\ndeal ");
    const char *dp = d0;
    for (int i = 0; i < at; i++) dp = strstr(dp + 1, "\ndeal ");
    const char *eol = strchr(dp + 1, '\n');
    StrBuf b;
    strbuf_init(&b);
    strbuf_add(&b, body, (size_t)(eol - body - 1));
    strbuf_puts(&b, "1");
    strbuf_puts(&b, eol);
    CHECK(eol[-1] == '0');
    expect_refused("the scenario being played marked skipped", b.data, "skipped scenarios do not match");
    strbuf_free(&b);
    eol = strchr(d0 + 1, '\n');
    /* The same scenario twice in the deal. */
    const char *d1 = strstr(d0 + 1, "\ndeal ");
    strbuf_init(&b);
    strbuf_add(&b, body, (size_t)(d1 - body));
    strbuf_add(&b, d0, (size_t)(eol - d0));
    strbuf_puts(&b, strchr(d1 + 1, '\n'));
    expect_refused("a scenario dealt twice", b.data, "dealt twice");
    strbuf_free(&b);
    /* More scenarios than the session's length. */
    lie = replaced(body, "\nlength 8\n", "\nlength 2\n");
    expect_refused("more scenarios than its length", lie, "more scenarios than the session deals");
    free(lie);
    /* Lines missing, repeated, out of order, or not numbers. */
    lie = replaced(body, "mode side_by_side\n", "");
    expect_refused("a missing line", lie, "expected the 'mode' line");
    free(lie);
    lie = replaced(body, "name2 ", "name1 x\nname2 ");
    expect_refused("a repeated line", lie, "expected the 'name2' line");
    free(lie);
    lie = replaced(body, "\nseed 5\n", "\nseed 5abc\n");
    expect_refused("a seed that is not a number", lie, "seed is not a whole number");
    free(lie);
    lie = replaced(body, "\nlength 8\n", "\nlength 08\n");
    expect_refused("a number with a leading zero", lie, "length out of range");
    free(lie);
    lie = replaced(body, "phase play\n", "phase play\nextra 1\n");
    expect_refused("a line after the phase", lie, "unknown line after the phase");
    free(lie);
    free(body);
    session_destroy(s);
}

/* ---- the app: refused saves are kept, never overwritten --------------------------------- */

static char data_dir[256];

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = calloc(1, 4096);
    if (fread(buf, 1, 4095, f)) {
    }
    fclose(f);
    return buf;
}

static void write_file(const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static bool exists(const char *name) {
    char path[512];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    return stat(path, &st) == 0;
}

static void test_refused_saves_are_kept(void) {
    snprintf(data_dir, sizeof data_dir, "%s/hostile-saves-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    CHECK(mkdtemp(data_dir) != NULL);
    char err[600];
    CHECK(vfs_init("hostile_saves", data_dir, GA_FIXTURES "/good", err, sizeof err));
    Game *g = calloc(1, sizeof *g);
    game_init(g);
    CHECK_INT(g->lib.n_decks, 2);
    const char *lies[3] = {"grayarea-session 1junk\n", "not a save at all\n", "grayarea-session 1\nname1 \x1B\n"};
    const char *kept[3] = {"session.sav.bad", "session.sav.bad.1", "session.sav.bad.2"};
    for (int i = 0; i < 3; i++) {
        write_file("session.sav", lies[i]);
        CHECK(game_has_autosave());
        CHECK(!game_resume(g));
        char want[80];
        snprintf(want, sizeof want, "It was kept as %s.", kept[i]);
        if (!strstr(g->note, want)) fprintf(stderr, "  note: %s\n", g->note);
        CHECK(strstr(g->note, want) != NULL);
        CHECK(exists(kept[i]));
        CHECK(!exists("session.sav"));
    }
    /* Each kept file still holds what it held: none was written over. */
    for (int i = 0; i < 3; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", data_dir, kept[i]);
        char *text = read_all(path);
        CHECK_STR(text, lies[i]);
        free(text);
    }
    /* A good save next to them still resumes, and touches none of them. */
    Session *s = two_reveals();
    StrBuf b;
    strbuf_init(&b);
    save_write(s, &b);
    write_file("session.sav", b.data);
    CHECK(game_resume(g));
    CHECK(g->session != NULL && g->session->n_records == 2);
    CHECK(exists("session.sav") && exists("session.sav.bad.2") && !exists("session.sav.bad.3"));
    strbuf_free(&b);
    session_destroy(s);
    /* Forget everything takes the kept files too. */
    char report[300];
    game_forget_everything(report, sizeof report);
    for (int i = 0; i < 3; i++) CHECK(!exists(kept[i]));
    game_free(g);
    free(g);
    vfs_shutdown();
    rmdir(data_dir);
}

int main(void) {
    fixture_library(&lib);
    CHECK_INT(lib.n_decks, 2);
    RUN(test_real_saves_read_back);
    RUN(test_repeated_record);
    RUN(test_version_line);
    RUN(test_names);
    RUN(test_records_against_the_graph);
    RUN(test_deal_and_position);
    RUN(test_refused_saves_are_kept);
    library_free(&lib);
    return harness_finish();
}
