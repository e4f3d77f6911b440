/* Writes and reads facilitator session plans. */
#include "plan.h"

#include <stdio.h>
#include <string.h>

void plan_write(const Library *lib, const PlanItem *items, int n, StrBuf *out) {
    strbuf_printf(out, "grayarea-plan %d\n", PLAN_VERSION);
    for (int i = 0; i < n; i++) {
        const Deck *d = lib->decks[items[i].deck];
        strbuf_printf(out, "scenario %s %s\n", d->id, d->scenarios[items[i].scenario].id);
    }
}

int plan_read(const Library *lib, const char *bytes, size_t len, PlanItem *items, int *missing, char *err,
              size_t err_size) {
    *missing = 0;
    if (len > PLAN_MAX_BYTES) {
        snprintf(err, err_size, "this file is too large to be a session plan");
        return -1;
    }
    const char *head = "grayarea-plan ";
    size_t hl = strlen(head);
    if (len < hl + 1 || memcmp(bytes, head, hl)) {
        snprintf(err, err_size, "this is not a Gray Area session plan");
        return -1;
    }
    if (bytes[hl] != '1' || (len > hl + 1 && bytes[hl + 1] != '\n' && bytes[hl + 1] != '\r')) {
        snprintf(err, err_size, "this session plan is from another version of the game");
        return -1;
    }
    int n = 0, line_no = 0;
    const char *p = bytes, *end = bytes + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char line[200];
        line_no++;
        if (l >= sizeof line) {
            snprintf(err, err_size, "line %d of the session plan is too long", line_no);
            return -1;
        }
        memcpy(line, p, l);
        line[l] = '\0';
        if (l && line[l - 1] == '\r') line[l - 1] = '\0';
        p += l + (nl ? 1 : 0);
        if (line_no == 1 || !line[0] || line[0] == '#') continue;
        char deck[DECK_MAX_ID + 1], scen[DECK_MAX_ID + 1], extra[2];
        if (sscanf(line, "scenario %40s %40s %1s", deck, scen, extra) != 2) {
            snprintf(err, err_size, "line %d of the session plan is not 'scenario DECK SCENARIO'", line_no);
            return -1;
        }
        int d = library_find_deck(lib, deck), si = -1;
        if (d >= 0)
            for (int i = 0; i < lib->decks[d]->n_scenarios; i++)
                if (!strcmp(lib->decks[d]->scenarios[i].id, scen)) si = i;
        if (si < 0) {
            (*missing)++;
            continue;
        }
        if (n < SESSION_MAX_PLAN) items[n++] = (PlanItem){d, si};
    }
    return n;
}
