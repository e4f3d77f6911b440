/* A gettext catalogue (.mo) read from bytes: the translations of one language, with its
 * plural rule. The core never opens a file: the app reads the bytes (through PhysicsFS,
 * so a pack can bring a language) and hands them here.
 *
 * A catalogue is checked as it loads and refuses what it cannot trust: offsets or lengths
 * outside the file, counts that cannot fit, a charset other than UTF-8, a plural rule that
 * does not parse. One bad entry is left out (its English shows) rather than the whole
 * file: text that is not UTF-8, or placeholders that differ from the English (a "%s" where
 * the English has "%d" would crash printf). */
#ifndef GA_CATALOGUE_H
#define GA_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Catalogue Catalogue;

/* Reads a .mo file's bytes (copied: the caller keeps its own). NULL with a message in err
 * when the file cannot be used at all. *skipped (may be NULL) counts the entries left out. */
Catalogue *catalogue_parse(const void *bytes, size_t len, int *skipped, char *err, size_t err_size);
void catalogue_free(Catalogue *c);

/* The translation of msgid (ctx NULL for none), or NULL when the catalogue has none (or an
 * empty one: msgfmt leaves fuzzy entries out). With plural, the form for n. */
const char *catalogue_find(const Catalogue *c, const char *ctx, const char *msgid, const char *plural, unsigned long n);

/* How many entries it translates (the header not counted). */
int catalogue_count(const Catalogue *c);
/* The plural form index for n by the catalogue's rule (0 .. nplurals-1). */
int catalogue_plural(const Catalogue *c, unsigned long n);
int catalogue_nplurals(const Catalogue *c);

/* ---- the pieces, for tests ---------------------------------------------------------- */

/* A plural rule: the C-like expression of a Plural-Forms header ("n != 1",
 * "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2"). */
typedef struct PluralRule {
    int n_nodes;
    int nplurals;
    struct PluralNode {
        unsigned char op;
        unsigned long value;
        short a, b, c;
    } nodes[96];
} PluralRule;

/* Parses "nplurals=N; plural=EXPR;" (the header field's value). false with a message when
 * it does not parse, nplurals is not 1..6, or the expression is too deep or too long. */
bool plural_rule_parse(const char *forms, PluralRule *r, char *err, size_t err_size);
/* The form for n; a result past nplurals (or a division by zero) gives form 0. */
int plural_rule_eval(const PluralRule *r, unsigned long n);

/* Whether a translation may stand for an English text when both are used as printf formats:
 * the same conversions with the same argument types, in the same order (a plural form may
 * leave out trailing ones: "one card" for "%d card"). No %n, no positional "%1$s". */
bool catalogue_formats_agree(const char *english, const char *translation, bool may_drop_trailing);

#endif
