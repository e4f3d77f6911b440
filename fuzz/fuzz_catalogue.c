/* libFuzzer harness: any bytes as a gettext catalogue (.mo), as a pack could bring one.
 * A refused file has a message; a loaded one answers every lookup (plain, with a context,
 * every plural form for n from 0 to 120) with NULL or UTF-8 text whose printf
 * placeholders agree with the English; its plural rule gives a form below nplurals. The
 * bytes are also tried as a Plural-Forms value. */
#include "core/catalogue.h"
#include "core/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void must(bool ok, const char *what) {
    if (ok) return;
    fprintf(stderr, "%s\n", what);
    abort();
}

static void check_text(const char *t, const char *english, bool plural) {
    if (!t) return;
    must(utf8_validate(t, strlen(t)) == strlen(t), "a translation is not UTF-8");
    must(*t != '\0', "an empty translation was given out");
    must(catalogue_formats_agree(english, t, plural), "a translation's placeholders differ from the English");
}

/* The keys a fuzzer can find from the dictionary (fuzz/catalogue.dict). */
static const char *const KEYS[] = {"Back", "Step %d of %d", "%s read %s right", "a", "Close", "%d card"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[200] = "";
    int skipped = -1;
    Catalogue *c = catalogue_parse(data, size, &skipped, err, sizeof err);
    if (!c) {
        must(err[0] != '\0', "a refused catalogue has no message");
    } else {
        must(skipped >= 0 && catalogue_count(c) >= 0, "counts out of range");
        int np = catalogue_nplurals(c);
        must(np >= 1 && np <= 6, "nplurals out of range");
        for (size_t k = 0; k < sizeof KEYS / sizeof KEYS[0]; k++) {
            check_text(catalogue_find(c, NULL, KEYS[k], NULL, 1), KEYS[k], false);
            check_text(catalogue_find(c, "verdict", KEYS[k], NULL, 1), KEYS[k], false);
            for (unsigned long n = 0; n <= 120; n += 7)
                check_text(catalogue_find(c, NULL, KEYS[k], "%d cards", n), "%d cards", true);
        }
        for (unsigned long n = 0; n < 1000; n += 37) {
            int f = catalogue_plural(c, n);
            must(f >= 0 && f < np, "a plural form past nplurals");
        }
        catalogue_free(c);
    }
    /* The same bytes as a Plural-Forms value. */
    char forms[512];
    size_t n = size < sizeof forms - 1 ? size : sizeof forms - 1;
    memcpy(forms, data, n);
    forms[n] = '\0';
    PluralRule r;
    if (plural_rule_parse(forms, &r, err, sizeof err)) {
        for (unsigned long v = 0; v < 200; v++) {
            int f = plural_rule_eval(&r, v);
            must(f >= 0 && f < r.nplurals, "a plural rule gives a form past nplurals");
        }
    } else {
        must(err[0] != '\0', "a refused plural rule has no message");
    }
    return 0;
}
