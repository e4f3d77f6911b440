/* Collects diagnostics with their positions. */
#include "diag.h"

#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_init(DiagList *d) { memset(d, 0, sizeof *d); }

void diag_clear(DiagList *d) {
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
    }
    free(d->file);
    d->file = NULL;
    d->count = d->errors = d->warnings = d->in_file = 0;
}

void diag_free(DiagList *d) {
    diag_clear(d);
    free(d->items);
    diag_init(d);
}

static char *dupstr(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p) memcpy(p, s, n + 1);
    return p;
}

/* Appends one diagnostic, whatever the limits. */
static void append(DiagList *d, DiagLevel level, const char *file, int line, int column, const char *message) {
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        Diag *p = realloc(d->items, cap * sizeof *p);
        if (!p) return;
        d->items = p;
        d->cap = cap;
    }
    Diag *g = &d->items[d->count];
    g->file = dupstr(file);
    g->message = dupstr(message);
    g->line = line;
    g->column = column;
    g->level = level;
    if (!g->file || !g->message) {
        free(g->file);
        free(g->message);
        return;
    }
    d->count++;
}

void diag_add(DiagList *d, DiagLevel level, const char *file, int line, int column, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(d, level, file, line, column, fmt, ap);
    va_end(ap);
}

void diag_vadd(DiagList *d, DiagLevel level, const char *file, int line, int column, const char *fmt, va_list ap) {
    if (!file) file = "";
    if (level == DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    if (!d->file || strcmp(d->file, file)) {
        free(d->file);
        d->file = dupstr(file);
        d->in_file = 0;
    }
    /* Past the limit problems are still counted, so a deck with errors stays refused. */
    if (++d->in_file > DIAG_MAX_PER_FILE) {
        if (d->in_file == DIAG_MAX_PER_FILE + 1)
            append(d, DIAG_ERROR, file, 0, 0, "more problems follow; fix the ones above and check again");
        return;
    }
    char *message = str_vformat(fmt, ap);
    append(d, level, file, line, column, message ? message : "out of memory");
    free(message);
}

void diag_format(const Diag *d, char *buf, size_t size) {
    const char *lvl = d->level == DIAG_ERROR ? "error" : "warning";
    if (d->line > 0)
        utf8_snprintf(buf, size, "%s:%d:%d: %s: %s", d->file, d->line, d->column, lvl, d->message);
    else
        utf8_snprintf(buf, size, "%s: %s: %s", d->file, lvl, d->message);
}

static int cmp_diag(const Diag *a, const Diag *b) {
    int c = strcmp(a->file, b->file);
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->column != b->column) return a->column < b->column ? -1 : 1;
    return 0;
}

void diag_sort(DiagList *d) {
    /* Insertion sort: stable, and lists are short. */
    for (size_t i = 1; i < d->count; i++) {
        Diag t = d->items[i];
        size_t j = i;
        while (j > 0 && cmp_diag(&d->items[j - 1], &t) > 0) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = t;
    }
}
