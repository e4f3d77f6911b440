/* Session saves: a round trip resumes the same session; damaged files are refused clearly. */
#include "core/save.h"
#include "fixture_lib.h"
#include "harness.h"

#include <inttypes.h>

static Library lib;

static Session *played_with_countdown(int countdown_ms) {
    SessionSetup st;
    session_setup_defaults(&st);
    st.seed = 11;
    st.guess = true;
    st.countdown_ms = countdown_ms; /* a session setting: a resumed session keeps it */
    snprintf(st.names[0], sizeof st.names[0], "Mika Lee");
    snprintf(st.names[1], sizeof st.names[1], "Jo");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, 0, 0));
    /* Answer until the second reveal. */
    int reveals = 0;
    for (int i = 0; i < 200 && reveals < 2; i++) {
        if (s->phase == PHASE_PICK) {
            session_apply(s, act(ACT_PICK, 0, 1 + i % 2));
            session_apply(s, act(ACT_PICK, 1, 2));
        } else if (s->phase == PHASE_COUNTDOWN) {
            /* With no countdown, either of them presses "reveal". */
            session_apply(s, countdown_ms ? act(ACT_TICK, -1, 2000) : act(ACT_NEXT, 0, 0));
            if (s->phase == PHASE_REVEAL) reveals++;
        } else if (s->phase == PHASE_REVEAL || s->phase == PHASE_INTRO) {
            session_apply(s, act(ACT_NEXT, 0, 0));
        }
    }
    CHECK_INT(s->phase, PHASE_REVEAL);
    return s;
}

static Session *played_session(void) { return played_with_countdown(3000); }

static char *save_text(const Session *s) {
    StrBuf b;
    strbuf_init(&b);
    save_write(s, &b);
    return strbuf_take(&b);
}

static void test_round_trip(void) {
    Session *a = played_session();
    char *text = save_text(a);
    char err[200];
    Session *b = save_read(&lib, text, strlen(text), err, sizeof err);
    if (!b) fprintf(stderr, "  %s\n", err);
    CHECK(b != NULL);
    if (!b) return;
    CHECK_INT(b->phase, PHASE_REVEAL);
    CHECK_INT(b->n_records, a->n_records);
    CHECK(!memcmp(b->records, a->records, (size_t)a->n_records * sizeof *a->records));
    CHECK_STR(session_name(b, 0), "Mika Lee");
    CHECK_INT(b->setup.countdown_ms, 3000);
    char *again = save_text(b);
    CHECK_STR(again, text);
    /* Both go on the same way from here. */
    for (int i = 0; i < 50; i++) {
        Action x = act((ActionType)(1 + i % 4), i % 2, 1 + i % 4);
        if (x.type == ACT_TICK) x.value = 2000;
        CHECK_INT(session_apply(a, x), session_apply(b, x));
    }
    char *ta = save_text(a), *tb = save_text(b);
    CHECK_STR(ta, tb);
    free(ta);
    free(tb);
    free(again);
    free(text);
    session_destroy(a);
    session_destroy(b);
}

static void expect_refused(const char *text, size_t len, const char *message_part) {
    char err[300];
    Session *s = save_read(&lib, text, len, err, sizeof err);
    CHECK(s == NULL);
    if (!strstr(err, message_part)) fprintf(stderr, "  got '%s', want '%s'\n", err, message_part);
    CHECK(strstr(err, message_part) != NULL);
    session_destroy(s);
}

static void test_damaged_files(void) {
    Session *a = played_session();
    char *text = save_text(a);
    size_t len = strlen(text);
    /* Every single flipped byte is caught (the header, a field, or the checksum). */
    int refused = 0;
    for (size_t i = 0; i < len; i++) {
        char *copy = malloc(len + 1);
        memcpy(copy, text, len + 1);
        copy[i] ^= 0x01;
        char err[300];
        Session *s = save_read(&lib, copy, len, err, sizeof err);
        if (!s) refused++;
        session_destroy(s);
        free(copy);
    }
    CHECK_INT(refused, (int)len);
    /* Cut short anywhere: refused. */
    for (size_t cut = 0; cut < len; cut += 7) {
        char err[300];
        Session *s = save_read(&lib, text, cut, err, sizeof err);
        CHECK(s == NULL);
        session_destroy(s);
    }
    expect_refused("", 0, "not a Gray Area session file");
    expect_refused("hello\n", 6, "not a Gray Area session file");
    expect_refused("grayarea-session 9\n", 19, "another version of the game (format 9");
    char *nock = strstr(text, "checksum ");
    expect_refused(text, (size_t)(nock - text), "no checksum line");
    expect_refused(text, len - 1, "checksum line is broken");
    nock[10] = nock[10] == '0' ? '1' : '0';
    expect_refused(text, len, "checksum does not match");
    free(text);
    session_destroy(a);
}

/* A save from before the countdown was a setting keeps the default; a bad one is refused. */
static void test_countdown_line(void) {
    Session *a = played_session();
    char *text = save_text(a);
    char *line = strstr(text, "countdown 3000\n");
    CHECK(line != NULL);
    char err[200];
    if (line) {
        memmove(line, line + strlen("countdown 3000\n"), strlen(line + strlen("countdown 3000\n")) + 1);
        /* The checksum covers the text: write it again over the edited body. */
        char *ck = strstr(text, "checksum ");
        if (ck) *ck = '\0';
        StrBuf b;
        strbuf_init(&b);
        strbuf_puts(&b, text);
        uint64_t h = 1469598103934665603ull; /* FNV-1a, as the save writes it */
        for (size_t i = 0; i < b.len; i++) h = (h ^ (unsigned char)b.data[i]) * 1099511628211ull;
        strbuf_printf(&b, "checksum %016" PRIx64 "\n", h);
        Session *s = save_read(&lib, b.data, b.len, err, sizeof err);
        CHECK(s != NULL);
        if (s) CHECK_INT(s->setup.countdown_ms, SESSION_COUNTDOWN_MS);
        session_destroy(s);
        strbuf_free(&b);
    }
    free(text);
    session_destroy(a);
}

static void test_missing_deck(void) {
    Session *a = played_session();
    char *text = save_text(a);
    Library small;
    library_init(&small);
    library_add(&small, fixture_deck(GA_FIXTURES "/good/exes.yaml"));
    char err[300];
    Session *s = save_read(&small, text, strlen(text), err, sizeof err);
    CHECK(s == NULL);
    CHECK(strstr(err, "of deck 'test-texts', which is not loaded now") != NULL);
    library_free(&small);
    free(text);
    session_destroy(a);
}

static void test_fuzz_regression(void) {
    /* The header alone, with no NUL after it: once read past the end of the buffer. */
    FILE *f = fopen(GA_FIXTURES "/fuzz/save-version-overread.sav", "rb");
    CHECK(f != NULL);
    if (!f) return;
    char tmp[64];
    size_t len = fread(tmp, 1, sizeof tmp, f);
    fclose(f);
    char *exact = malloc(len);
    memcpy(exact, tmp, len);
    char err[300];
    Session *s = save_read(&lib, exact, len, err, sizeof err);
    CHECK(s == NULL);
    free(exact);
}

/* With the countdown off, a resumed session rebuilds its answers the way they were given:
 * both locked in, then "reveal". */
static void test_round_trip_no_countdown(void) {
    Session *a = played_with_countdown(0);
    char *text = save_text(a);
    char err[200];
    Session *b = save_read(&lib, text, strlen(text), err, sizeof err);
    if (!b) fprintf(stderr, "  %s\n", err);
    CHECK(b != NULL);
    if (b) {
        CHECK_INT(b->setup.countdown_ms, 0);
        CHECK_INT(b->n_records, a->n_records);
        CHECK(!memcmp(b->records, a->records, (size_t)a->n_records * sizeof *a->records));
    }
    session_destroy(b);
    session_destroy(a);
    free(text);
}

int main(void) {
    RUN(test_fuzz_regression);
    fixture_library(&lib);
    RUN(test_round_trip);
    RUN(test_round_trip_no_countdown);
    RUN(test_damaged_files);
    RUN(test_missing_deck);
    RUN(test_countdown_line);
    library_free(&lib);
    return harness_finish();
}
