/* The speech log: one line per utterance, "<logical ms> <text>", with line breaks
 * flattened and the screen's middle dots turned into pauses; nothing is written while
 * nothing listens; and the game carries on silently when speech-dispatcher is not to be
 * had (here: never asked for, so it is never loaded). */
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
    return harness_finish();
}
