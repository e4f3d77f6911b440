/* Writes one valid save of a played session on the good test decks: the fuzz_save seed.
 * Usage: fuzz_seed_save OUT-FILE */
#include "core/save.h"
#include "../tests/fixture_lib.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUT-FILE\n", argv[0]);
        return 2;
    }
    Library lib;
    fixture_library(&lib);
    SessionSetup st;
    session_setup_defaults(&st);
    for (int i = 0; i < INTENSITY_COUNT; i++) st.intensities[i] = true;
    st.seed = 7;
    st.guess = true;
    st.facilitated = true;
    snprintf(st.names[0], sizeof st.names[0], "Mika");
    snprintf(st.names[1], sizeof st.names[1], "Jo");
    char err[256];
    Session *s = session_create(&lib, &st, err, sizeof err);
    if (!s) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    /* Play until the fourth reveal, so the save holds several records and a skipped scenario. */
    int reveals = 0;
    for (int i = 0; i < 400 && reveals < 4; i++) {
        if (s->phase == PHASE_PICK) {
            session_apply(s, (Action){ACT_PICK, 0, 1 + i % 3});
            session_apply(s, (Action){ACT_PICK, 1, 2});
        } else if (s->phase == PHASE_COUNTDOWN) {
            session_apply(s, (Action){ACT_TICK, -1, 2000});
            if (s->phase == PHASE_REVEAL && ++reveals == 2) session_apply(s, (Action){ACT_SKIP, -1, 0});
        } else {
            session_apply(s, (Action){ACT_NEXT, -1, 0});
        }
    }
    StrBuf b;
    strbuf_init(&b);
    save_write(s, &b);
    FILE *f = fopen(argv[1], "wb");
    if (!f || fwrite(b.data, 1, b.len, f) != b.len || fclose(f)) {
        fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    strbuf_free(&b);
    session_destroy(s);
    library_free(&lib);
    return 0;
}
