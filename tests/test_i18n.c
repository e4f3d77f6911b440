/* The catalogue reader and the lookups: plural rules as tables of n -> form, printf
 * formats that may or may not stand for each other, .mo files built here (good and
 * hostile), contexts, plurals and every fallback to English. */
#include "core/catalogue.h"
#include "core/i18n.h"
#include "harness.h"

#include <stdint.h>
#include <stdlib.h>

/* ---- plural rules ------------------------------------------------------------------- */

static void test_plural_rules(void) {
    static const struct {
        const char *forms;
        unsigned long n[8];
        int form[8];
    } CASES[] = {
        /* English and Spanish (msginit's rule for es) */
        {"nplurals=2; plural=(n != 1);", {0, 1, 2, 5, 11, 21, 100, 1000000}, {1, 0, 1, 1, 1, 1, 1, 1}},
        /* CLDR's rule for Hindi and Amharic (0 and 1 take the singular; po/hi.po keeps
           gettext's n != 1, which i18nspector expects) */
        {"nplurals=2; plural=(n > 1);", {0, 1, 2, 5, 11, 21, 100, 1000000}, {0, 0, 1, 1, 1, 1, 1, 1}},
        /* Polish */
        {"nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
         {1, 2, 4, 5, 12, 22, 25, 112},
         {0, 1, 1, 2, 2, 1, 2, 2}},
        /* Russian */
        {"nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
         {1, 2, 5, 11, 21, 22, 111, 101},
         {0, 1, 2, 2, 0, 1, 2, 0}},
        /* Arabic: six forms */
        {"nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
         {0, 1, 2, 3, 10, 11, 99, 102},
         {0, 1, 2, 3, 3, 4, 4, 5}},
        /* Japanese: one form; spaces and no parentheses */
        {"nplurals=1; plural=0;", {0, 1, 2, 5, 11, 21, 100, 7}, {0, 0, 0, 0, 0, 0, 0, 0}},
        /* a result past nplurals, and a division by zero, give form 0 */
        {"nplurals=2; plural=n+5;", {0, 1, 2, 3, 4, 5, 6, 7}, {0, 0, 0, 0, 0, 0, 0, 0}},
        {"nplurals=2; plural=1/(n-1);", {0, 1, 2, 3, 4, 5, 6, 7}, {0, 0, 1, 0, 0, 0, 0, 0}},
        /* ! and arithmetic */
        {"nplurals=2;plural=!(n*2-2);", {0, 1, 2, 3, 4, 5, 6, 7}, {0, 1, 0, 0, 0, 0, 0, 0}},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        PluralRule r;
        char err[120] = "";
        CHECK(plural_rule_parse(CASES[i].forms, &r, err, sizeof err));
        for (int k = 0; k < 8; k++) {
            int got = plural_rule_eval(&r, CASES[i].n[k]);
            if (got != CASES[i].form[k]) fprintf(stderr, "  %s with n=%lu\n", CASES[i].forms, CASES[i].n[k]);
            CHECK_INT(got, CASES[i].form[k]);
        }
    }
}

static void test_plural_rules_refused(void) {
    static const struct {
        const char *forms, *why;
    } CASES[] = {
        {"nplurals=2; plural=n +;", "something other than n"},
        {"nplurals=2; plural=(n != 1;", "not closed"},
        {"nplurals=2; plural=n ? 1;", "has no ':'"},
        {"nplurals=2; plural=x;", "something other than n"},
        {"nplurals=2; plural=n n;", "after its end"},
        {"nplurals=0; plural=0;", "from 1 to 6"},
        {"nplurals=7; plural=0;", "from 1 to 6"},
        {"nplurals=12; plural=0;", "from 1 to 6"},
        {"plural=(n != 1);", "needs"},
        {"nplurals=2;", "needs"},
        {"nplurals=2; plural=99999999999;", "too large"},
        {"nplurals=2; plural=((((((((((((((((((((((((((((((((((((((((((n))))))))))))))))))))))))))))))))))))))))));",
         "too deeply"},
        {"nplurals=2; plural=n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+"
         "n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n+n;",
         "too long"},
        {"nplurals=2; plural=!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!n;", "too deeply"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        PluralRule r;
        char err[120] = "";
        bool ok = plural_rule_parse(CASES[i].forms, &r, err, sizeof err);
        if (ok) fprintf(stderr, "  accepted: %s\n", CASES[i].forms);
        CHECK(!ok);
        if (!strstr(err, CASES[i].why)) fprintf(stderr, "  %s: %s\n", CASES[i].forms, err);
        CHECK(strstr(err, CASES[i].why) != NULL);
    }
}

/* ---- formats ------------------------------------------------------------------------ */

static void test_formats(void) {
    static const struct {
        const char *english, *translation;
        bool drop, agree;
    } CASES[] = {
        {"Step %d of %d", "Paso %d de %d", false, true},
        {"%s read %s right", "%s leyó bien a %s", false, true},
        {"Step %d of %d", "Paso %d", false, false},      /* one dropped: not in a plain string */
        {"%d card", "una carta", true, true},            /* a plural form may leave it out */
        {"%s and %d", "%d y %s", false, false},          /* swapped types */
        {"%s and %s", "%2$s y %1$s", false, false},      /* positional: never */
        {"Saved %s", "Guardado %s %n", false, false},    /* %n: never */
        {"Saved", "Guardado %s", false, false},          /* one more argument than given */
        {"up to 200%.", "hasta el 200 %.", false, true}, /* a literal percent either side */
        {"100%% sure", "100%% seguro", false, true},
        {"%d.%d s", "%d,%d s", false, true},
        {"%.*s, and", "%.*s, y", false, true}, /* '*' takes an int */
        {"%.*s, and", "%s, y", false, false},
        {"%lu left", "%d restantes", false, false}, /* long against int */
        {"%5.2f%%", "%f %%", false, true},
        {"no format", "sin formato", false, true},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        bool got = catalogue_formats_agree(CASES[i].english, CASES[i].translation, CASES[i].drop);
        if (got != CASES[i].agree) fprintf(stderr, "  \"%s\" / \"%s\"\n", CASES[i].english, CASES[i].translation);
        CHECK(got == CASES[i].agree);
    }
}

/* ---- .mo files, built here ---------------------------------------------------------- */

typedef struct MoEntry {
    const char *orig;
    size_t olen; /* 0: strlen(orig) (plural ids and forms carry NULs: give the length) */
    const char *trans;
    size_t tlen;
} MoEntry;

/* A .mo in out (little-endian, or big-endian with swap), entries in the order given. */
static size_t build_mo(const MoEntry *e, int n, unsigned char *out, size_t cap, bool swap) {
    size_t head = 28, ot = head, tt = ot + (size_t)n * 8, data = tt + (size_t)n * 8;
    memset(out, 0, cap);
    uint32_t words[7] = {0x950412de, 0, (uint32_t)n, (uint32_t)ot, (uint32_t)tt, 0, (uint32_t)data};
    for (int i = 0; i < 7; i++)
        for (int b = 0; b < 4; b++) out[i * 4 + b] = (unsigned char)(words[i] >> (swap ? 24 - 8 * b : 8 * b));
    size_t at = data;
    for (int t = 0; t < 2; t++)
        for (int i = 0; i < n; i++) {
            const char *s = t ? e[i].trans : e[i].orig;
            size_t l = t ? (e[i].tlen ? e[i].tlen : strlen(s)) : (e[i].olen ? e[i].olen : strlen(s));
            size_t slot = (t ? tt : ot) + (size_t)i * 8;
            uint32_t w[2] = {(uint32_t)l, (uint32_t)at};
            for (int k = 0; k < 2; k++)
                for (int b = 0; b < 4; b++)
                    out[slot + (size_t)k * 4 + (size_t)b] = (unsigned char)(w[k] >> (swap ? 24 - 8 * b : 8 * b));
            memcpy(out + at, s, l);
            out[at + l] = '\0';
            at += l + 1;
        }
    return at;
}

#define HEADER_ES "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"

static const MoEntry SPANISH[] = {
    {"", 0, HEADER_ES, 0},
    {"Step %d of %d", 0, "Paso %d de %d", 0},
    {"verdict\004Close", 0, "Cerca", 0},
    {"%d card\0%d cards", 16, "%d carta\0%d cartas", 18},
    {"Back", 0, "Volver", 0},
    {"Theme", 0, "Tema %s", 0},          /* a placeholder the English lacks: left out */
    {"Bad bytes", 0, "mal \xff", 0},     /* not UTF-8: left out */
    {"Saved %s", 0, "Guardado %1$s", 0}, /* positional: left out */
    {"%s read %s right", 0, "%s leyó bien a %s", 0},
};

static void test_lookup(void) {
    unsigned char mo[4096];
    for (int swap = 0; swap < 2; swap++) {
        size_t len = build_mo(SPANISH, 9, mo, sizeof mo, swap);
        char err[160] = "";
        int skipped = -1;
        Catalogue *c = catalogue_parse(mo, len, &skipped, err, sizeof err);
        CHECK(c != NULL);
        if (!c) return;
        CHECK_INT(skipped, 3);
        CHECK_INT(catalogue_count(c), 5);
        CHECK_INT(catalogue_nplurals(c), 2);
        CHECK_STR(catalogue_find(c, NULL, "Step %d of %d", NULL, 1), "Paso %d de %d");
        CHECK(catalogue_find(c, NULL, "Close", NULL, 1) == NULL); /* only with its context */
        CHECK_STR(catalogue_find(c, "verdict", "Close", NULL, 1), "Cerca");
        CHECK(catalogue_find(c, "button", "Close", NULL, 1) == NULL);
        CHECK_STR(catalogue_find(c, NULL, "%d card", "%d cards", 1), "%d carta");
        CHECK_STR(catalogue_find(c, NULL, "%d card", "%d cards", 0), "%d cartas");
        CHECK_STR(catalogue_find(c, NULL, "%d card", "%d cards", 7), "%d cartas");
        CHECK(catalogue_find(c, NULL, "%d card", NULL, 1) == NULL);       /* plural entry, plain request */
        CHECK(catalogue_find(c, NULL, "%d card", "%s cards", 2) == NULL); /* another English plural */
        CHECK(catalogue_find(c, NULL, "Back", "Backs", 2) == NULL);       /* plain entry, plural request */
        CHECK(catalogue_find(c, NULL, "Theme", NULL, 1) == NULL);
        CHECK(catalogue_find(c, NULL, "Bad bytes", NULL, 1) == NULL);
        CHECK(catalogue_find(c, NULL, "Saved %s", NULL, 1) == NULL);
        CHECK(catalogue_find(c, NULL, "", NULL, 1) == NULL); /* never the header */
        CHECK(catalogue_find(c, NULL, "Bac", NULL, 1) == NULL);
        CHECK(catalogue_find(c, NULL, "Backs", NULL, 1) == NULL);
        catalogue_free(c);
    }
}

/* The registry: the UI language, a given language, newest catalogue first, fallbacks. */
static void test_registry(void) {
    unsigned char mo[4096];
    size_t len = build_mo(SPANISH, 9, mo, sizeof mo, false);
    char err[160];
    CHECK(i18n_add("es", catalogue_parse(mo, len, NULL, err, sizeof err)));
    static const MoEntry PACK[] = {{"", 0, HEADER_ES, 0}, {"Back", 0, "Atrás", 0}};
    len = build_mo(PACK, 2, mo, sizeof mo, false);
    CHECK(i18n_add("es", catalogue_parse(mo, len, NULL, err, sizeof err)));
    CHECK(!i18n_add("es", NULL));
    Catalogue *refused = catalogue_parse(mo, len, NULL, err, sizeof err);
    CHECK(!i18n_add("Spanish", refused)); /* not a language code: the caller keeps it */
    catalogue_free(refused);

    CHECK_STR(_("Back"), "Back"); /* English until a language is chosen */
    CHECK_STR(P_("%d card", "%d cards", 1), "%d card");
    CHECK_STR(P_("%d card", "%d cards", 0), "%d cards");
    CHECK(i18n_set_language("es"));
    CHECK_STR(i18n_language(), "es");
    CHECK_STR(_("Back"), "Atrás"); /* the pack's, added last */
    CHECK_STR(_("Step %d of %d"), "Paso %d de %d");
    CHECK_STR(C_("verdict", "Close"), "Cerca");
    CHECK_STR(C_("end the session", "Close"), "Close");
    CHECK_STR(P_("%d card", "%d cards", 2), "%d cartas");
    CHECK_STR(_("Not translated"), "Not translated");
    CHECK_STR(P_("%d thing", "%d things", 2), "%d things");
    CHECK_STR(_(""), "");
    CHECK_STR(tr_in("en", "Back"), "Back");
    CHECK_STR(tr_in("hi", "Back"), "Back");
    CHECK_STR(tr_in("es-MX", "Back"), "Atrás"); /* a regional code falls back to its language */
    CHECK_STR(tr_n_in("es", "%d card", "%d cards", 1), "%d carta");
    CHECK(!i18n_set_language("../es"));
    CHECK(!i18n_set_language("ES"));
    CHECK(!i18n_set_language("e"));
    CHECK(i18n_set_language("pt-BR"));
    CHECK(!i18n_set_language("pt_BR"));
    CHECK(i18n_set_language("qps"));
    CHECK_STR(i18n_language(), "qps");
    CHECK_STR(_("Back"), "Back");
    const char *codes[4];
    CHECK_INT(i18n_languages(codes, 4), 1);
    CHECK_STR(codes[0], "es");
    i18n_reset();
    CHECK_STR(i18n_language(), "en");
    CHECK_STR(tr_in("es", "Back"), "Back");
}

/* Files that cannot be used are refused with a message, never a crash. */
static void test_hostile(void) {
    unsigned char mo[4096];
    size_t len = build_mo(SPANISH, 9, mo, sizeof mo, false);
    char err[160];
    static const struct {
        size_t at; /* byte to change (SIZE_MAX: none) */
        unsigned char to;
        size_t len; /* 0: the whole file */
        const char *why;
    } CASES[] = {
        {SIZE_MAX, 0, 10, "too short"},
        {0, 'G', 0, "not a gettext catalogue"},
        {7, 2, 0, "newer gettext"},                /* revision 2.x */
        {11, 0x7f, 0, "do not fit"},               /* a huge count */
        {15, 0x7f, 0, "do not fit"},               /* the originals' table far away */
        {19, 0xff, 0, "do not fit"},               /* the translations' table far away */
        {28 + 8 + 7, 0x7f, 0, "outside the file"}, /* an entry's offset */
        {28 + 8, 0xff, 0, "outside the file"},     /* an entry's length */
        {SIZE_MAX, 0, 300, "outside the file"},    /* cut short */
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        unsigned char bad[4096];
        memcpy(bad, mo, len);
        if (CASES[i].at != SIZE_MAX) bad[CASES[i].at] = CASES[i].to;
        err[0] = '\0';
        Catalogue *c = catalogue_parse(bad, CASES[i].len ? CASES[i].len : len, NULL, err, sizeof err);
        CHECK(c == NULL);
        catalogue_free(c);
        if (!strstr(err, CASES[i].why)) fprintf(stderr, "  case %zu: %s\n", i, err);
        CHECK(strstr(err, CASES[i].why) != NULL);
    }
    /* A string without its NUL, a charset we do not read, a plural rule that does not parse. */
    static const MoEntry NO_NUL[] = {{"", 0, HEADER_ES, 0}, {"Back", 0, "Volver", 0}};
    len = build_mo(NO_NUL, 2, mo, sizeof mo, false);
    mo[len - 1] = 'x';
    CHECK(catalogue_parse(mo, len, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "outside the file") != NULL);
    static const MoEntry LATIN1[] = {{"", 0, "Content-Type: text/plain; charset=ISO-8859-1\n", 0}};
    len = build_mo(LATIN1, 1, mo, sizeof mo, false);
    CHECK(catalogue_parse(mo, len, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "not in UTF-8") != NULL);
    static const MoEntry BAD_RULE[] = {{"", 0, "Plural-Forms: nplurals=2; plural=n ? ;\n", 0}};
    len = build_mo(BAD_RULE, 1, mo, sizeof mo, false);
    CHECK(catalogue_parse(mo, len, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "Plural-Forms cannot be used") != NULL);
    CHECK(catalogue_parse(NULL, 0, NULL, err, sizeof err) == NULL);
    /* No header: English's plural rule. Entries out of order still work (sorted on load). */
    static const MoEntry BARE[] = {{"b", 0, "B", 0}, {"a", 0, "A", 0}, {"%d x\0%d xs", 10, "%d y\0%d ys", 10}};
    len = build_mo(BARE, 3, mo, sizeof mo, false);
    Catalogue *c = catalogue_parse(mo, len, NULL, err, sizeof err);
    CHECK(c != NULL);
    CHECK_STR(catalogue_find(c, NULL, "a", NULL, 1), "A");
    CHECK_STR(catalogue_find(c, NULL, "b", NULL, 1), "B");
    CHECK_STR(catalogue_find(c, NULL, "%d x", "%d xs", 3), "%d ys");
    CHECK_INT(catalogue_plural(c, 1), 0);
    catalogue_free(c);
    /* More forms asked for than the entry has: English. */
    static const MoEntry SHORT[] = {{"", 0, "Plural-Forms: nplurals=3; plural=n%3;\n", 0},
                                    {"%d x\0%d xs", 10, "%d y\0%d ys", 10}};
    len = build_mo(SHORT, 2, mo, sizeof mo, false);
    c = catalogue_parse(mo, len, NULL, err, sizeof err);
    CHECK(c != NULL);
    CHECK(catalogue_find(c, NULL, "%d x", "%d xs", 2) == NULL);
    CHECK_STR(catalogue_find(c, NULL, "%d x", "%d xs", 4), "%d ys");
    catalogue_free(c);
}

int main(void) {
    RUN(test_plural_rules);
    RUN(test_plural_rules_refused);
    RUN(test_formats);
    RUN(test_lookup);
    RUN(test_registry);
    RUN(test_hostile);
    return harness_finish();
}
