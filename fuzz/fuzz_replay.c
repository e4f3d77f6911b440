/* libFuzzer harness: any bytes as a replay file (replay_parse, what --replay reads). A replay
 * that parses is written back event by event (replay_format_event, what --record writes)
 * and must parse again to the very same events; a refused one has a "NAME:LINE: message". */
#include "app/platform/replay.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same_event(const ReplayItem *a, const ReplayItem *b) {
    const InputEvent *x = &a->ev, *y = &b->ev;
    return a->t == b->t && x->kind == y->kind && x->player == y->player && x->value == y->value && x->x == y->x &&
           x->y == y->y && x->device == y->device && x->device_id == y->device_id && !strcmp(x->text, y->text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1); /* exact size: an overread is caught */
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    Replay r;
    char err[512];
    err[0] = '\0';
    if (!replay_parse(&r, "fuzz.replay", text, size, err, sizeof err)) {
        if (strncmp(err, "fuzz.replay:", 12) != 0) {
            fprintf(stderr, "a refused replay without a 'NAME:LINE:' message: '%s'\n", err);
            abort();
        }
        free(text);
        return 0;
    }
    /* Written back as --record writes events, then read again. */
    size_t cap = 32 + (size_t)r.n * REPLAY_MAX_LINE, len = 0;
    char *again = malloc(cap);
    if (again) {
        len += (size_t)snprintf(again, cap, "grayarea-replay 1\n");
        for (int i = 0; i < r.n; i++) {
            char line[REPLAY_MAX_LINE];
            replay_format_event(r.items[i].t, &r.items[i].ev, line, sizeof line);
            len += (size_t)snprintf(again + len, cap - len, "%s\n", line);
        }
        Replay back;
        if (!replay_parse(&back, "again.replay", again, len, err, sizeof err)) {
            fprintf(stderr, "a replay written back does not parse: %s\n", err);
            abort();
        }
        if (back.n != r.n) abort();
        for (int i = 0; i < r.n; i++) {
            if (!same_event(&r.items[i], &back.items[i])) {
                fprintf(stderr, "event %d changed when written back\n", i);
                abort();
            }
        }
        replay_free(&back);
        free(again);
    }
    replay_free(&r);
    free(text);
    return 0;
}
