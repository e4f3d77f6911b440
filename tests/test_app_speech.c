/* The speech log: one line per utterance, "<logical ms> <text>", with line breaks
 * flattened and the screen's middle dots turned into pauses; nothing is written while
 * nothing listens; and the game carries on silently when speech-dispatcher is not to be
 * had (here: never asked for, so it is never loaded); speech-dispatcher is told the
 * language; and a speech-dispatcher that stops answering never holds the game up (a
 * stand-in library whose every line hangs). */
#include "app/platform/speech.h"
#include "harness.h"

#include <SDL.h>

#include <stdlib.h>

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Read aloud on, through a library that connects and then never returns from a line:
 * every call the game makes returns at once, speaking stops with one sentence for the
 * players, and quitting does not wait for the stuck line. */
static void test_never_waits(void) {
    static Speech sp; /* static: the worker left behind still reads it */
    char why[SPEECH_PROBLEM_MAX];
    SDL_setenv("GA_SPEECHD_LIB", GA_FAKE_SPEECHD, 1);
    CHECK(speech_configure(&sp, true, 10, 20, why, sizeof why));
    CHECK(speech_active(&sp));
    CHECK(!speech_take_problem(&sp, why, sizeof why));
    int said = 0;
    while (speech_active(&sp) && said < 10000) {
        speech_say(&sp, (uint32_t)said, said % 5 ? SPEECH_QUEUE : SPEECH_INTERRUPT, "Scenario 1 of 6");
        said++;
    }
    CHECK(!speech_active(&sp));
    CHECK(said < 10000); /* it stopped by itself, long before */
    CHECK(speech_take_problem(&sp, why, sizeof why));
    CHECK(strstr(why, "not answering") != NULL);
    CHECK(!speech_take_problem(&sp, why, sizeof why)); /* said once */
    CHECK(!speech_configure(&sp, true, 0, 0, why, sizeof why));
    CHECK(strstr(why, "not available") != NULL);
    speech_close(&sp);
    CHECK(!speech_active(&sp));
}

/* speech-dispatcher is told the game's language as it changes (and again on a connection
 * made later); the pseudo-locale speaks with English's voice. A stand-in connection. */
static char told[16][8];
static int n_told;
static int fake_set_language(void *conn, const char *lang) {
    (void)conn;
    if (n_told < 16) snprintf(told[n_told++], sizeof told[0], "%s", lang);
    return 0;
}

static void test_language(void) {
    Speech sp = {0};
    speech_set_language(&sp, "hi"); /* nothing connected yet: only kept */
    CHECK_INT(n_told, 0);
    CHECK_STR(sp.language, "hi");
    int conn;
    sp.conn = &conn;
    sp.set_language = fake_set_language;
    speech_set_language(&sp, "es");
    speech_set_language(&sp, "qps");
    speech_set_language(&sp, "");
    sp.set_language = NULL; /* an old library without it: nothing to call */
    speech_set_language(&sp, "hi");
    CHECK_INT(n_told, 3);
    CHECK_STR(told[0], "es");
    CHECK_STR(told[1], "en");
    CHECK_STR(told[2], "en");
    CHECK_STR(sp.language, "hi");
}

int main(void) {
    test_language();
    char path[] = "/tmp/grayarea-speech-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    Speech sp = {0};
    speech_say(&sp, 5, SPEECH_QUEUE, "nobody listens");
    CHECK(!speech_active(&sp));
    char err[200];
    CHECK(speech_open_log(&sp, path, err, sizeof err));
    CHECK(speech_active(&sp));
    char why[200];
    CHECK(speech_configure(&sp, false, 0, 0, why, sizeof why)); /* off: nothing loaded */
    CHECK(sp.lib == NULL);
    speech_say(&sp, 120, SPEECH_QUEUE, "Step 2 of 4 \xC2\xB7 after midnight \xC2\xB7 most nights");
    speech_say(&sp, 340, SPEECH_INTERRUPT, "two\nlines");
    speech_say(&sp, 400, SPEECH_QUEUE, "");
    speech_close(&sp);
    const char *text = slurp(path);
    CHECK_STR(text, "120 Step 2 of 4, after midnight, most nights\n340 two lines\n");
    CHECK(!speech_open_log(&sp, "/nonexistent-dir/speech.log", err, sizeof err));
    CHECK(strstr(err, "cannot write the speech log") != NULL);
    remove(path);
    test_never_waits();
    return harness_finish();
}
