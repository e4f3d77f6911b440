/* Reads gettext .mo catalogues from bytes, checks them, and looks texts up (see catalogue.h). */
#include "catalogue.h"

#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* More entries than any game needs; a file claiming more is refused before allocating. */
#define CATALOGUE_MAX_ENTRIES 200000
#define MAX_FORMS 6

typedef struct Entry {
    const char *key; /* "ctx\004msgid" or "msgid" */
    size_t key_len;
    const char *plural; /* the English plural the forms were checked against; NULL: none */
    const char *forms[MAX_FORMS];
    int n_forms;
} Entry;

struct Catalogue {
    char *bytes;
    Entry *entries;
    int n;
    PluralRule rule;
};

/* ---- plural rules ------------------------------------------------------------------- */

enum {
    OP_NUM,
    OP_N,
    OP_NOT,
    OP_MUL,
    OP_DIV,
    OP_MOD,
    OP_ADD,
    OP_SUB,
    OP_LT,
    OP_GT,
    OP_LE,
    OP_GE,
    OP_EQ,
    OP_NE,
    OP_AND,
    OP_OR,
    OP_COND
};

typedef struct Parser {
    const char *s;
    PluralRule *r;
    int depth;
    const char *error;
} Parser;

enum { MAX_DEPTH = 40 };

static void skip_space(Parser *p) {
    while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r') p->s++;
}

static int node(Parser *p, int op, unsigned long value, int a, int b, int c) {
    PluralRule *r = p->r;
    if (a < 0 || b < -1 || c < -1 || p->error) return -1;
    if (r->n_nodes >= (int)(sizeof r->nodes / sizeof r->nodes[0])) {
        p->error = "the plural rule is too long";
        return -1;
    }
    r->nodes[r->n_nodes] = (struct PluralNode){(unsigned char)op, value, (short)a, (short)b, (short)c};
    return r->n_nodes++;
}

static int parse_cond(Parser *p);

static int parse_primary(Parser *p) {
    skip_space(p);
    if (++p->depth > MAX_DEPTH) {
        p->error = "the plural rule is nested too deeply";
        return -1;
    }
    int at = -1;
    if (*p->s == '(') {
        p->s++;
        at = parse_cond(p);
        skip_space(p);
        if (*p->s != ')') {
            if (!p->error) p->error = "a '(' in the plural rule is not closed";
            at = -1;
        } else {
            p->s++;
        }
    } else if (*p->s == '!') {
        p->s++;
        at = node(p, OP_NOT, 0, parse_primary(p), -1, -1);
    } else if (*p->s == 'n') {
        p->s++;
        at = node(p, OP_N, 0, 0, -1, -1);
    } else if (*p->s >= '0' && *p->s <= '9') {
        unsigned long v = 0;
        while (*p->s >= '0' && *p->s <= '9') {
            if (v > 100000000UL) {
                p->error = "a number in the plural rule is too large";
                return -1;
            }
            v = v * 10 + (unsigned long)(*p->s++ - '0');
        }
        at = node(p, OP_NUM, v, 0, -1, -1);
    } else if (!p->error) {
        p->error = "the plural rule has something other than n, a number or an operator";
    }
    p->depth--;
    return at;
}

/* Binary operators by precedence level, lowest first; each level is left-associative. */
static const struct {
    const char *tok[4];
    int op[4];
} LEVELS[] = {
    {{"||"}, {OP_OR}},
    {{"&&"}, {OP_AND}},
    {{"==", "!="}, {OP_EQ, OP_NE}},
    {{"<=", ">=", "<", ">"}, {OP_LE, OP_GE, OP_LT, OP_GT}},
    {{"+", "-"}, {OP_ADD, OP_SUB}},
    {{"*", "/", "%"}, {OP_MUL, OP_DIV, OP_MOD}},
};
enum { N_LEVELS = (int)(sizeof LEVELS / sizeof LEVELS[0]) };

static int parse_level(Parser *p, int level) {
    if (level == N_LEVELS) return parse_primary(p);
    int left = parse_level(p, level + 1);
    for (;;) {
        skip_space(p);
        int found = -1;
        size_t len = 0;
        for (int k = 0; k < 4 && LEVELS[level].tok[k]; k++) {
            size_t l = strlen(LEVELS[level].tok[k]);
            if (!strncmp(p->s, LEVELS[level].tok[k], l)) {
                found = k;
                len = l;
                break;
            }
        }
        /* "!" alone is unary, "!=" is handled at its own level; "<" must not take "<=". */
        if (found < 0 || left < 0) return left;
        p->s += len;
        int right = parse_level(p, level + 1);
        left = node(p, LEVELS[level].op[found], 0, left, right, -1);
    }
}

static int parse_cond(Parser *p) {
    if (++p->depth > MAX_DEPTH) {
        p->error = "the plural rule is nested too deeply";
        return -1;
    }
    int test = parse_level(p, 0);
    skip_space(p);
    if (*p->s == '?' && test >= 0) {
        p->s++;
        int yes = parse_cond(p);
        skip_space(p);
        if (*p->s != ':') {
            if (!p->error) p->error = "a '?' in the plural rule has no ':'";
            p->depth--;
            return -1;
        }
        p->s++;
        int no = parse_cond(p);
        test = yes >= 0 && no >= 0 ? node(p, OP_COND, 0, test, yes, no) : -1;
    }
    p->depth--;
    return test;
}

static void set_err(char *err, size_t n, const char *msg) {
    if (err && n) snprintf(err, n, "%s", msg);
}

bool plural_rule_parse(const char *forms, PluralRule *r, char *err, size_t err_size) {
    memset(r, 0, sizeof *r);
    const char *np = forms ? strstr(forms, "nplurals") : NULL;
    const char *pl = forms ? strstr(forms, "plural=") : NULL;
    if (!np || !pl) {
        set_err(err, err_size, "the Plural-Forms header needs 'nplurals=N; plural=EXPRESSION;'");
        return false;
    }
    np += strlen("nplurals");
    while (*np == ' ') np++;
    if (*np++ != '=') {
        set_err(err, err_size, "the Plural-Forms header needs 'nplurals=N'");
        return false;
    }
    while (*np == ' ') np++;
    if (*np < '1' || *np > '0' + MAX_FORMS || (np[1] >= '0' && np[1] <= '9')) {
        set_err(err, err_size, "nplurals must be a number from 1 to 6");
        return false;
    }
    r->nplurals = *np - '0';
    Parser p = {.s = pl + strlen("plural="), .r = r};
    int root = parse_cond(&p);
    skip_space(&p);
    if (!p.error && root >= 0 && *p.s != ';' && *p.s != '\0')
        p.error = "the plural rule has something after its end (a missing operator?)";
    if (p.error || root < 0) {
        set_err(err, err_size, p.error ? p.error : "the plural rule does not parse");
        return false;
    }
    return true;
}

/* Evaluated without recursion limits to worry about: the parser kept the depth small. */
static unsigned long eval(const PluralRule *r, int i, unsigned long n, bool *bad) {
    const struct PluralNode *x = &r->nodes[i];
    unsigned long a, b;
    switch (x->op) {
    case OP_NUM: return x->value;
    case OP_N: return n;
    case OP_NOT: return !eval(r, x->a, n, bad);
    case OP_AND: return eval(r, x->a, n, bad) && eval(r, x->b, n, bad);
    case OP_OR: return eval(r, x->a, n, bad) || eval(r, x->b, n, bad);
    case OP_COND: return eval(r, x->a, n, bad) ? eval(r, x->b, n, bad) : eval(r, x->c, n, bad);
    default: break;
    }
    a = eval(r, x->a, n, bad);
    b = eval(r, x->b, n, bad);
    switch (x->op) {
    case OP_MUL: return a * b;
    case OP_DIV:
    case OP_MOD:
        if (!b) {
            *bad = true;
            return 0;
        }
        return x->op == OP_DIV ? a / b : a % b;
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_LT: return a < b;
    case OP_GT: return a > b;
    case OP_LE: return a <= b;
    case OP_GE: return a >= b;
    case OP_EQ: return a == b;
    case OP_NE: return a != b;
    default: *bad = true; return 0;
    }
}

int plural_rule_eval(const PluralRule *r, unsigned long n) {
    if (!r->n_nodes) return n != 1;
    bool bad = false;
    unsigned long v = eval(r, r->n_nodes - 1, n, &bad);
    return bad || v >= (unsigned long)r->nplurals ? 0 : (int)v;
}

/* ---- printf formats ----------------------------------------------------------------- */

enum { MAX_CONV = 24 };

/* The argument types a format takes, as letters ('i' int, 'l' long, 'L' long long, 'z'
 * size_t, 'f' double, 's' string, 'p' pointer); -1 when it holds something never allowed
 * in a translation (%n, a positional argument, too many conversions). A '%' that starts no
 * valid conversion is text. */
static int conversions(const char *s, char *out) {
    int n = 0;
    for (const char *p = s; *p; p++) {
        if (*p != '%') continue;
        const char *q = p + 1;
        if (*q == '%') {
            p = q;
            continue;
        }
        const char *digits = q;
        while (*q >= '0' && *q <= '9') q++;
        if (*q == '$' && q > digits) return -1;
        q = digits;
        char types[4];
        int nt = 0;
        while (*q && strchr("-+ #0'", *q)) q++;
        if (*q == '*') types[nt++] = 'i', q++;
        while (*q >= '0' && *q <= '9') q++;
        if (*q == '.') {
            q++;
            if (*q == '*') types[nt++] = 'i', q++;
            while (*q >= '0' && *q <= '9') q++;
        }
        char len = 0;
        if (*q == 'h')
            len = 'h', q += q[1] == 'h' ? 2 : 1;
        else if (*q == 'l')
            len = q[1] == 'l' ? 'L' : 'l', q += q[1] == 'l' ? 2 : 1;
        else if (*q == 'z' || *q == 'j' || *q == 't')
            len = 'z', q++;
        char t = 0;
        if (*q && strchr("diouxXc", *q))
            t = len && len != 'h' ? len : 'i';
        else if (*q && strchr("fFeEgGaA", *q))
            t = 'f';
        else if (*q == 's')
            t = len ? 0 : 's';
        else if (*q == 'p')
            t = 'p';
        else if (*q == 'n')
            return -1;
        if (!t) continue; /* not a conversion: a literal '%' */
        types[nt++] = t;
        if (n + nt > MAX_CONV) return -1;
        memcpy(out + n, types, (size_t)nt);
        n += nt;
        p = q;
    }
    return n;
}

bool catalogue_formats_agree(const char *english, const char *translation, bool may_drop_trailing) {
    char a[MAX_CONV], b[MAX_CONV];
    int na = conversions(english, a), nb = conversions(translation, b);
    if (na < 0 || nb < 0) return false;
    if (nb > na || (nb < na && !may_drop_trailing)) return false;
    return memcmp(a, b, (size_t)nb) == 0;
}

/* ---- .mo files ---------------------------------------------------------------------- */

static uint32_t word(const unsigned char *p, bool swap) {
    return swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The string at table slot i, checked to lie inside the file and end with its NUL. */
static bool string_at(const unsigned char *b, size_t len, uint32_t table, uint32_t i, bool swap, const char **s,
                      size_t *slen) {
    uint64_t at = (uint64_t)table + (uint64_t)i * 8;
    uint32_t l = word(b + at, swap), off = word(b + at + 4, swap);
    if ((uint64_t)off + l >= len || b[(uint64_t)off + l] != '\0') return false;
    *s = (const char *)b + off;
    *slen = l;
    return true;
}

/* The value of a header field ("Plural-Forms"), copied into out; false when absent. */
static bool header_field(const char *header, const char *name, char *out, size_t n) {
    size_t nl = strlen(name);
    for (const char *line = header; *line;) {
        const char *end = strchr(line, '\n');
        size_t ll = end ? (size_t)(end - line) : strlen(line);
        if (ll > nl && !strncmp(line, name, nl) && line[nl] == ':') {
            const char *v = line + nl + 1;
            while (*v == ' ') v++;
            size_t vl = ll - (size_t)(v - line);
            if (vl >= n) vl = n - 1;
            memcpy(out, v, vl);
            out[vl] = '\0';
            return true;
        }
        if (!end) break;
        line = end + 1;
    }
    return false;
}

static int entry_cmp(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
    int c = memcmp(x->key, y->key, n);
    return c ? c : (x->key_len > y->key_len) - (x->key_len < y->key_len);
}

/* The header: UTF-8 only, and the plural rule (English's when there is none). */
static bool read_header(Catalogue *c, const char *header, char *err, size_t err_size) {
    char value[512];
    if (header_field(header, "Content-Type", value, sizeof value)) {
        const char *cs = strstr(value, "charset=");
        if (cs && strncmp(cs + 8, "UTF-8", 5) && strncmp(cs + 8, "utf-8", 5) && strncmp(cs + 8, "ASCII", 5) &&
            strncmp(cs + 8, "CHARSET", 7)) {
            snprintf(err, err_size, "the catalogue is not in UTF-8 (%.40s)", cs + 8);
            return false;
        }
    }
    if (header_field(header, "Plural-Forms", value, sizeof value)) {
        char why[120];
        if (!plural_rule_parse(value, &c->rule, why, sizeof why)) {
            snprintf(err, err_size, "its Plural-Forms cannot be used: %s", why);
            return false;
        }
    } else {
        plural_rule_parse("nplurals=2; plural=(n != 1);", &c->rule, NULL, 0);
    }
    return true;
}

/* Splits one translation into its forms and checks them against the English; false when
 * the entry is left out (its English shows). */
static bool fill_entry(Entry *e, const char *orig, size_t olen, const char *tr, size_t tlen) {
    const char *id = orig, *plural = NULL;
    size_t idlen = strlen(orig);
    if (idlen < olen) plural = orig + idlen + 1;
    const char *eot = memchr(id, '\004', idlen);
    const char *english = eot ? eot + 1 : id;
    e->key = orig;
    e->key_len = idlen;
    e->plural = plural;
    if (utf8_validate(tr, tlen) != tlen) return false;
    for (size_t at = 0; at <= tlen && e->n_forms < MAX_FORMS;) {
        const char *f = tr + at;
        e->forms[e->n_forms++] = f;
        at += strlen(f) + 1;
        if (!plural) break;
    }
    for (int k = 0; k < e->n_forms; k++) {
        if (!*e->forms[k]) return false;
        bool ok = plural ? catalogue_formats_agree(plural, e->forms[k], true)
                         : catalogue_formats_agree(english, e->forms[k], false);
        if (!ok) return false;
    }
    return e->n_forms > 0;
}

Catalogue *catalogue_parse(const void *bytes, size_t len, int *skipped, char *err, size_t err_size) {
    const unsigned char *in = bytes;
    if (skipped) *skipped = 0;
    if (!in || len < 28) {
        set_err(err, err_size, "the file is too short to be a catalogue (.mo)");
        return NULL;
    }
    bool swap;
    if (in[0] == 0xde && in[1] == 0x12 && in[2] == 0x04 && in[3] == 0x95)
        swap = false;
    else if (in[0] == 0x95 && in[1] == 0x04 && in[2] == 0x12 && in[3] == 0xde)
        swap = true;
    else {
        set_err(err, err_size, "this is not a gettext catalogue (.mo): compile .po files with msgfmt");
        return NULL;
    }
    uint32_t rev = word(in + 4, swap), n = word(in + 8, swap), ot = word(in + 12, swap), tt = word(in + 16, swap);
    if (rev >> 16 > 1) {
        set_err(err, err_size, "the catalogue is from a newer gettext than this game reads");
        return NULL;
    }
    if (n > CATALOGUE_MAX_ENTRIES || (uint64_t)ot + (uint64_t)n * 8 > len || (uint64_t)tt + (uint64_t)n * 8 > len) {
        set_err(err, err_size, "the catalogue's tables do not fit in the file (a damaged .mo?)");
        return NULL;
    }
    Catalogue *c = calloc(1, sizeof *c);
    char *copy = malloc(len + 1);
    Entry *entries = calloc(n ? n : 1, sizeof *entries);
    if (!c || !copy || !entries) {
        free(c);
        free(copy);
        free(entries);
        set_err(err, err_size, "out of memory");
        return NULL;
    }
    memcpy(copy, in, len);
    copy[len] = '\0';
    c->bytes = copy;
    c->entries = entries;
    const unsigned char *b = (const unsigned char *)copy;
    bool header_seen = false;
    for (uint32_t i = 0; i < n; i++) {
        const char *orig, *tr;
        size_t olen, tlen;
        if (!string_at(b, len, ot, i, swap, &orig, &olen) || !string_at(b, len, tt, i, swap, &tr, &tlen)) {
            set_err(err, err_size, "an entry of the catalogue points outside the file (a damaged .mo?)");
            catalogue_free(c);
            return NULL;
        }
        if (olen == 0) { /* the header */
            if (!header_seen && !read_header(c, tr, err, err_size)) {
                catalogue_free(c);
                return NULL;
            }
            header_seen = true;
            continue;
        }
        Entry *e = &c->entries[c->n];
        memset(e, 0, sizeof *e);
        if (fill_entry(e, orig, olen, tr, tlen))
            c->n++;
        else if (skipped && tlen)
            (*skipped)++;
    }
    if (!header_seen) plural_rule_parse("nplurals=2; plural=(n != 1);", &c->rule, NULL, 0);
    /* Sorted by us, whatever order the file claims: a file out of order still works. */
    qsort(c->entries, (size_t)c->n, sizeof *c->entries, entry_cmp);
    return c;
}

void catalogue_free(Catalogue *c) {
    if (!c) return;
    free(c->entries);
    free(c->bytes);
    free(c);
}

/* Compares an entry's key with "ctx\004msgid" without building it. */
static int key_cmp(const Entry *e, const char *ctx, const char *msgid) {
    const unsigned char *k = (const unsigned char *)e->key, *end = k + e->key_len;
    const char *parts[3] = {ctx, ctx ? "\004" : NULL, msgid};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        for (const unsigned char *p = (const unsigned char *)parts[i]; *p; p++, k++) {
            if (k == end) return -1;
            if (*k != *p) return *k < *p ? -1 : 1;
        }
    }
    return k == end ? 0 : 1;
}

const char *catalogue_find(const Catalogue *c, const char *ctx, const char *msgid, const char *plural,
                           unsigned long n) {
    if (!c || !msgid || !*msgid) return NULL;
    int lo = 0, hi = c->n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int cmp = key_cmp(&c->entries[mid], ctx, msgid);
        if (cmp == 0) {
            const Entry *e = &c->entries[mid];
            /* The forms were checked against the file's own English plural: they stand only
             * for a caller asking with that very plural (and a plain text only for a plain
             * request), or a file could slip a "%s" in where the game passes a number. */
            if (!plural != !e->plural || (plural && strcmp(plural, e->plural))) return NULL;
            int form = plural ? plural_rule_eval(&c->rule, n) : 0;
            return form < e->n_forms ? e->forms[form] : NULL;
        }
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

int catalogue_count(const Catalogue *c) { return c ? c->n : 0; }
int catalogue_plural(const Catalogue *c, unsigned long n) { return c ? plural_rule_eval(&c->rule, n) : n != 1; }
int catalogue_nplurals(const Catalogue *c) { return c ? c->rule.nplurals : 2; }
