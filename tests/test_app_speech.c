/* The speech log: one line per utterance, "<logical ms> <text>", with line breaks
 * flattened and the screen's middle dots turned into pauses; nothing is written while
 * nothing listens; and the game carries on silently when speech-dispatcher is not to be
 * had (here: never asked for, so it is never loaded); and a speech-dispatcher that stops
 * answering never holds the game up (a stand-in library whose every line hangs). */
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

int main(void) {
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
