/* A tiny test harness: CHECK macros that count, and a closing "N passed, N failed" line. */
#ifndef GA_HARNESS_H
#define GA_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_passed, harness_failed;
static const char *harness_current = "";

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (cond)                                                                                                      \
            harness_passed++;                                                                                          \
        else {                                                                                                         \
            harness_failed++;                                                                                          \
            fprintf(stderr, "%s:%d: %s: CHECK failed: %s\n", __FILE__, __LINE__, harness_current, #cond);              \
        }                                                                                                              \
    } while (0)

#define CHECK_INT(a, b)                                                                                                \
    do {                                                                                                               \
        long long va_ = (long long)(a), vb_ = (long long)(b);                                                          \
        if (va_ == vb_)                                                                                                \
            harness_passed++;                                                                                          \
        else {                                                                                                         \
            harness_failed++;                                                                                          \
            fprintf(stderr, "%s:%d: %s: %s is %lld, expected %lld\n", __FILE__, __LINE__, harness_current, #a, va_,    \
                    vb_);                                                                                              \
        }                                                                                                              \
    } while (0)

#define CHECK_STR(a, b)                                                                                                \
    do {                                                                                                               \
        const char *sa_ = (a), *sb_ = (b);                                                                             \
        if (sa_ && sb_ && !strcmp(sa_, sb_))                                                                           \
            harness_passed++;                                                                                          \
        else {                                                                                                         \
            harness_failed++;                                                                                          \
            fprintf(stderr, "%s:%d: %s: %s is \"%s\",\n    expected \"%s\"\n", __FILE__, __LINE__, harness_current,    \
                    #a, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)");                                                   \
        }                                                                                                              \
    } while (0)

#define RUN(fn)                                                                                                        \
    do {                                                                                                               \
        harness_current = #fn;                                                                                         \
        fn();                                                                                                          \
    } while (0)

static inline int harness_finish(void) {
    printf("%d passed, %d failed\n", harness_passed, harness_failed);
    return harness_failed ? 1 : (harness_passed ? 0 : 1);
}

#endif
