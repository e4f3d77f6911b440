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
/* A new string formatted like printf (caller frees), or NULL when memory ran out. */
char *str_vformat(const char *fmt, va_list ap);

/* How many edits (insert, delete, change, swap two neighbours) turn a into b; 99 when
 * either is longer than 30 bytes. For "did you mean" suggestions. */
int str_edit_distance(const char *a, const char *b);

/* Whether s ends with suffix, ignoring ASCII case ("Deck.YAML" ends with ".yaml"). */
bool str_ends_with(const char *s, const char *suffix);

/* Returns the byte offset of the first invalid UTF-8 sequence, or len if valid. */
size_t utf8_validate(const char *s, size_t len);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_length(const char *s, size_t len);
/* Decodes the code point at s[0..len): returns its length in bytes (1-4) and stores it
 * in *cp, or returns 0 when the bytes there are not valid UTF-8. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* The longest prefix of s (NUL-terminated) of at most max bytes that does not end inside
 * a character: for "%.*s" instead of "%.40s", which may cut one in half. */
int utf8_cut(const char *s, size_t max);
/* Formats like snprintf, but when the text does not fit it is cut between two characters,
 * never inside one. Returns out. */
char *utf8_snprintf(char *out, size_t n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
char *utf8_vsnprintf(char *out, size_t n, const char *fmt, va_list ap);
/* Whether a code point shows nothing by itself: spaces, zero-width and joiner characters,
 * direction marks, variation selectors, fillers, combining marks without a base. */
bool utf8_invisible(uint32_t cp);
/* Whether a code point must never be printed or shown raw: C0 and C1 controls, DEL, and
 * the bidirectional embeddings, overrides and isolates that reorder the text around them. */
bool utf8_control(uint32_t cp);

/* Appends s[0..len) to out with every control character (utf8_control: tabs and newlines
 * too) and every invalid byte written as a visible escape ("\x1B", "\u202E"), so text
 * from outside (a file or zip entry name, a settings value) cannot move the cursor, change
 * colours or forge a line of output. Everything else, backslashes included, stays as it is. */
void str_escape(StrBuf *out, const char *s, size_t len);

/* A small, fast, seedable generator (splitmix64): same seed, same numbers everywhere. */
typedef struct Rng {
    uint64_t state;
} Rng;
void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
uint32_t rng_below(Rng *r, uint32_t n); /* 0 <= x < n, n > 0 */

#endif
