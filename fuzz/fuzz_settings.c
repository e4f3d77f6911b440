/* libFuzzer harness: any bytes as settings.ini (settings_parse). Whatever is accepted must
 * hold usable values (names by the one rule, scale and colours in range) and, written back
 * (settings_format), read again to the same text. */
#include "app/platform/settings.h"
#include "core/session.h"

#include <SDL.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void SDLCALL quiet(void *u, int c, SDL_LogPriority p, const char *m) {
    (void)u;
    (void)c;
    (void)p;
    (void)m;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    SDL_LogSetOutputFunction(quiet, NULL); /* unknown keys are logged; not here */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size ? size : 1); /* exact size, not NUL-terminated: as read from disk */
    if (!text) return 0;
    memcpy(text, data, size);
    Settings s;
    settings_defaults(&s);
    char err[256] = "";
    if (!settings_parse(&s, text, size, err, sizeof err)) {
        if (!err[0]) abort();
        free(text);
        return 0;
    }
    for (int p = 0; p < 2; p++) {
        if (strnlen(s.names[p], SETTINGS_NAME_MAX) == SETTINGS_NAME_MAX || session_name_problem(s.names[p])) abort();
        if (s.colors[p] < 0 || s.shapes[p] < 0) abort();
    }
    if (!(s.ui_scale >= SETTINGS_SCALE_MIN - 0.01f && s.ui_scale <= SETTINGS_SCALE_MAX + 0.01f)) abort();
    char once[4096], twice[4096];
    size_t n1 = settings_format(&s, once, sizeof once);
    if (n1 == 0) abort();
    Settings t;
    settings_defaults(&t);
    if (!settings_parse(&t, once, n1, err, sizeof err)) {
        fprintf(stderr, "settings written back do not parse: %s\n%s", err, once);
        abort();
    }
    size_t n2 = settings_format(&t, twice, sizeof twice);
    if (n1 != n2 || memcmp(once, twice, n1) != 0) {
        fprintf(stderr, "settings change when written back:\n%s---\n%s", once, twice);
        abort();
    }
    free(text);
    return 0;
}
