/* Diagnostics: the errors and warnings the loader and checker report to deck authors. */
#ifndef GA_DIAG_H
#define GA_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum DiagLevel { DIAG_WARNING, DIAG_ERROR } DiagLevel;

typedef struct Diag {
    char *file;       /* owned */
    int line, column; /* 1-based; 0 when the problem has no position */
    DiagLevel level;
    char *message; /* owned */
} Diag;

enum { DIAG_MAX_PER_FILE = 200 };

typedef struct DiagList {
    Diag *items;
    size_t count, cap;
    size_t errors, warnings;
    /* Past DIAG_MAX_PER_FILE problems in one file the rest are counted, not kept. */
    size_t in_file;
    char *file;
} DiagList;

void diag_init(DiagList *d);
void diag_free(DiagList *d);
void diag_clear(DiagList *d);
void diag_add(DiagList *d, DiagLevel level, const char *file, int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
/* The same with a va_list, for reporters of their own (their format strings checked there). */
void diag_vadd(DiagList *d, DiagLevel level, const char *file, int line, int column, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 0)))
#endif
    ;
/* Formats one diagnostic as "file:line:column: error: message" into buf. */
void diag_format(const Diag *d, char *buf, size_t size);
/* Sorts by file, line and column, keeping the order of equal positions. */
void diag_sort(DiagList *d);

#endif
