/* Small building blocks shared by the core: an arena, a growable string, UTF-8 checks. */
#ifndef GA_UTIL_H
#define GA_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An arena hands out memory that is all freed at once by arena_destroy.
 * Allocation failure is sticky: arena->failed is set and NULL returned. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    bool failed;
} Arena;

void arena_init(Arena *a);
void arena_destroy(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);

/* A growable, always NUL-terminated string. Caller frees with strbuf_free. */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
    bool failed; /* an allocation failed; contents are truncated */
} StrBuf;

void strbuf_init(StrBuf *b);
void strbuf_free(StrBuf *b);
void strbuf_add(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap);
char *strbuf_take(StrBuf *b); /* returns data (caller frees) and resets b */

/* How many edits (insert, delete, change, swap two neighbours) turn a into b; 99 when
 * either is longer than 30 bytes. For "did you mean" suggestions. */
int str_edit_distance(const char *a, const char *b);

/* Whether s ends with suffix, ignoring ASCII case ("Deck.YAML" ends with ".yaml"). */
bool str_ends_with(const char *s, const char *suffix);

/* Returns the byte offset of the first invalid UTF-8 sequence, or len if valid. */
size_t utf8_validate(const char *s, size_t len);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_length(const char *s, size_t len);

/* A small, fast, seedable generator (splitmix64): same seed, same numbers everywhere. */
typedef struct Rng {
    uint64_t state;
} Rng;
void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
uint32_t rng_below(Rng *r, uint32_t n); /* 0 <= x < n, n > 0 */

#endif
