/* The speech log: one line per utterance, "<logical ms> <text>", with line breaks
 * flattened and the screen's middle dots turned into pauses; nothing is written while
 * nothing listens; and the game carries on silently when speech-dispatcher is not to be
 * had (here: never asked for, so it is never loaded); and speech-dispatcher is told the
 * language. */
#include "app/platform/speech.h"
#include "harness.h"

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
    return harness_finish();
}
