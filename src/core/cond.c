/* Parser and evaluator for next-rule conditions ("both <= fine_if_known and not apart"). */
#include "cond.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum CondKind {
    C_ALWAYS,
    C_SAME,
    C_CLOSE,
    C_APART,
    C_MIRROR,
    C_CMP,
    C_GAP,
    C_GUESSED,
    C_AND,
    C_OR,
    C_NOT
} CondKind;

typedef enum Quant { Q_BOTH, Q_EACH, Q_ANY, Q_NEITHER } Quant;
typedef enum CmpOp { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE } CmpOp;

struct Cond {
    CondKind kind;
    Quant quant;
    CmpOp op;
    int value;
    Cond *a, *b;
};

enum { MAX_NESTING = 32 };

typedef struct Parser {
    Arena *arena;
    const char *src;
    size_t pos;
    bool choice;
    int n_options;
    char *err;
    size_t err_size;
    int err_offset;
    bool failed;
    int depth;
    /* the current token */
    size_t tok_start, tok_len;
} Parser;

static void fail(Parser *p, size_t at, const char *fmt, const char *arg) {
    if (p->failed) return;
    p->failed = true;
    p->err_offset = (int)at;
    snprintf(p->err, p->err_size, fmt, arg ? arg : "");
}

static void skip_space(Parser *p) {
    while (p->src[p->pos] == ' ' || p->src[p->pos] == '\t') p->pos++;
}

/* Reads the next token without consuming it; returns its length (0 at the end). */
static size_t peek(Parser *p) {
    skip_space(p);
    const char *s = p->src + p->pos;
    size_t n = 0;
    p->tok_start = p->pos;
    if (isalpha((unsigned char)s[0]) || s[0] == '_') {
        while (isalnum((unsigned char)s[n]) || s[n] == '_') n++;
    } else if (isdigit((unsigned char)s[0])) {
        while (isdigit((unsigned char)s[n])) n++;
    } else if (s[0] == '<' || s[0] == '>' || s[0] == '!' || s[0] == '=') {
        n = (s[1] == '=') ? 2 : 1;
    } else if (s[0]) {
        n = 1;
    }
    p->tok_len = n;
    return n;
}

static bool tok_is(Parser *p, const char *word) {
    peek(p);
    return p->tok_len == strlen(word) && !strncmp(p->src + p->tok_start, word, p->tok_len);
}

static void tok_copy(Parser *p, char *buf, size_t size) {
    size_t n = p->tok_len < size - 1 ? p->tok_len : size - 1;
    memcpy(buf, p->src + p->tok_start, n);
    buf[n] = '\0';
}

static void consume(Parser *p) { p->pos = p->tok_start + p->tok_len; }

static Cond *node(Parser *p, CondKind kind) {
    Cond *c = arena_alloc(p->arena, sizeof *c);
    if (!c)
        fail(p, p->pos, "out of memory%s", NULL);
    else
        c->kind = kind;
    return c;
}

static int step_by_name(const char *w) {
    static const char *names[] = {"fine", "fine_if_known", "uneasy", "line"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(w, names[i])) return i + 1;
    return 0;
}

static bool parse_op(Parser *p, CmpOp *op) {
    peek(p);
    static const struct {
        const char *s;
        CmpOp op;
    } ops[] = {{"==", OP_EQ}, {"=", OP_EQ}, {"!=", OP_NE}, {"<=", OP_LE}, {"<", OP_LT}, {">=", OP_GE}, {">", OP_GT}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (p->tok_len == strlen(ops[i].s) && !strncmp(p->src + p->tok_start, ops[i].s, p->tok_len)) {
            *op = ops[i].op;
            consume(p);
            return true;
        }
    }
    return false;
}

/* A value after a comparison: a step (rate cards) or an option number (choice cards). */
static bool parse_value(Parser *p, int *value, const char *after) {
    char word[32];
    if (!peek(p)) {
        fail(p, p->pos,
             p->choice ? "expected an option number after '%s'"
                       : "expected a step after '%s' (fine, fine_if_known, uneasy, line or 1-4)",
             after);
        return false;
    }
    tok_copy(p, word, sizeof word);
    size_t at = p->tok_start;
    int v = 0;
    if (isdigit((unsigned char)word[0])) {
        v = p->tok_len > 2 ? 99 : atoi(word);
    } else if (!p->choice) {
        v = step_by_name(word);
        if (!v) {
            fail(p, at, "'%s' is not a step: use fine, fine_if_known, uneasy, line or 1-4", word);
            return false;
        }
    } else {
        fail(p, at, "'%s' is not an option number: on a choice card compare with 1 to 4", word);
        return false;
    }
    consume(p);
    int max = p->choice ? p->n_options : 4;
    if (v < 1 || v > max) {
        char msg[64];
        snprintf(msg, sizeof msg, "%d", v);
        if (p->choice) {
            char full[160];
            snprintf(full, sizeof full, "option %s does not exist: this card has %d options", msg, p->n_options);
            fail(p, at, "%s", full);
        } else {
            fail(p, at, "step %s does not exist: the scale goes from 1 to 4", msg);
        }
        return false;
    }
    *value = v;
    return true;
}

static Cond *parse_or(Parser *p);

static Cond *parse_atom(Parser *p) {
    char word[32];
    if (!peek(p)) {
        fail(p, p->pos, "the condition ends too early%s", NULL);
        return NULL;
    }
    size_t at = p->tok_start;
    if (p->src[at] == '(') {
        if (++p->depth > MAX_NESTING) {
            fail(p, at, "the condition is nested too deeply%s", NULL);
            return NULL;
        }
        consume(p);
        Cond *c = parse_or(p);
        if (!c) return NULL;
        if (!tok_is(p, ")")) {
            fail(p, p->tok_start, "missing ')'%s", NULL);
            return NULL;
        }
        consume(p);
        p->depth--;
        return c;
    }
    tok_copy(p, word, sizeof word);
    if (!isalpha((unsigned char)word[0])) {
        fail(p, at, "unexpected '%s' in the condition", word);
        return NULL;
    }
    consume(p);
    if (!strcmp(word, "always")) return node(p, C_ALWAYS);
    if (!strcmp(word, "same")) return node(p, C_SAME);
    if (!strcmp(word, "apart")) return node(p, C_APART);
    if (!strcmp(word, "close")) {
        if (p->choice) {
            fail(p, at, "'close' has no meaning on a choice card: answers are the same or not%s", NULL);
            return NULL;
        }
        return node(p, C_CLOSE);
    }
    if (!strcmp(word, "mirror")) return node(p, C_MIRROR);
    if (!strcmp(word, "gap")) {
        if (p->choice) {
            fail(p, at, "'gap' only works on rate cards%s", NULL);
            return NULL;
        }
        Cond *c = node(p, C_GAP);
        if (!c) return NULL;
        if (!parse_op(p, &c->op)) {
            fail(p, p->pos, "expected =, !=, <, <=, > or >= after 'gap'%s", NULL);
            return NULL;
        }
        peek(p);
        char num[32];
        tok_copy(p, num, sizeof num);
        if (!isdigit((unsigned char)num[0]) || p->tok_len > 1 || num[0] > '3') {
            fail(p, p->tok_start, "'gap' compares with a number from 0 to 3%s", NULL);
            return NULL;
        }
        consume(p);
        c->value = num[0] - '0';
        return c;
    }
    Quant q;
    if (!strcmp(word, "both"))
        q = Q_BOTH;
    else if (!strcmp(word, "each"))
        q = Q_EACH;
    else if (!strcmp(word, "any"))
        q = Q_ANY;
    else if (!strcmp(word, "neither"))
        q = Q_NEITHER;
    else {
        fail(p, at, "unknown word '%s' in the condition", word);
        return NULL;
    }
    if (tok_is(p, "guessed")) {
        consume(p);
        Cond *c = node(p, C_GUESSED);
        if (c) c->quant = q;
        return c;
    }
    Cond *c = node(p, C_CMP);
    if (!c) return NULL;
    c->quant = q;
    size_t op_at = p->pos;
    if (!parse_op(p, &c->op)) {
        fail(p, op_at, "expected =, !=, <, <=, >, >= or 'guessed' after '%s'", word);
        return NULL;
    }
    if (p->choice && c->op != OP_EQ && c->op != OP_NE) {
        fail(p, op_at, "on a choice card compare answers with = or != only%s", NULL);
        return NULL;
    }
    char opword[4];
    size_t oplen = p->pos - op_at;
    while (oplen && p->src[op_at] == ' ') op_at++, oplen--;
    snprintf(opword, sizeof opword, "%.*s", (int)oplen, p->src + op_at);
    if (!parse_value(p, &c->value, opword)) return NULL;
    return c;
}

static Cond *parse_unary(Parser *p) {
    if (tok_is(p, "not")) {
        consume(p);
        if (++p->depth > MAX_NESTING) {
            fail(p, p->pos, "the condition is nested too deeply%s", NULL);
            return NULL;
        }
        Cond *inner = parse_unary(p);
        p->depth--;
        if (!inner) return NULL;
        Cond *c = node(p, C_NOT);
        if (c) c->a = inner;
        return c;
    }
    return parse_atom(p);
}

static Cond *parse_and(Parser *p) {
    Cond *left = parse_unary(p);
    while (left && tok_is(p, "and")) {
        consume(p);
        Cond *right = parse_unary(p);
        if (!right) return NULL;
        Cond *c = node(p, C_AND);
        if (!c) return NULL;
        c->a = left;
        c->b = right;
        left = c;
    }
    return left;
}

static Cond *parse_or(Parser *p) {
    Cond *left = parse_and(p);
    while (left && tok_is(p, "or")) {
        consume(p);
        Cond *right = parse_and(p);
        if (!right) return NULL;
        Cond *c = node(p, C_OR);
        if (!c) return NULL;
        c->a = left;
        c->b = right;
        left = c;
    }
    return left;
}

Cond *cond_parse(Arena *arena, const char *text, bool choice, int n_options, char *err, size_t err_size,
                 int *err_offset) {
    Parser p = {
        .arena = arena, .src = text, .choice = choice, .n_options = n_options, .err = err, .err_size = err_size};
    if (err_size) err[0] = '\0';
    peek(&p);
    if (!p.tok_len) {
        fail(&p, 0, "the condition is empty%s", NULL);
    }
    Cond *c = p.failed ? NULL : parse_or(&p);
    if (c && !p.failed && peek(&p)) {
        char word[32];
        tok_copy(&p, word, sizeof word);
        fail(&p, p.tok_start, "unexpected '%s': join conditions with 'and' or 'or'", word);
    }
    if (p.failed) {
        if (err_offset) *err_offset = p.err_offset;
        return NULL;
    }
    return c;
}

static bool compare(int a, CmpOp op, int b) {
    switch (op) {
    case OP_EQ: return a == b;
    case OP_NE: return a != b;
    case OP_LT: return a < b;
    case OP_LE: return a <= b;
    case OP_GT: return a > b;
    case OP_GE: return a >= b;
    }
    return false;
}

/* true_count[p]: how many of player p's n answers are true. */
static bool quantify(Quant q, const int true_count[2], int n) {
    switch (q) {
    case Q_BOTH: return true_count[0] == n && true_count[1] == n;
    case Q_EACH: return true_count[0] > 0 && true_count[1] > 0;
    case Q_ANY: return true_count[0] > 0 || true_count[1] > 0;
    case Q_NEITHER: return true_count[0] == 0 && true_count[1] == 0;
    }
    return false;
}

bool cond_eval(const Cond *c, const CondInput *in) {
    if (!c) return true;
    switch (c->kind) {
    case C_ALWAYS: return true;
    case C_SAME: return in->gap == 0;
    case C_CLOSE: return !in->choice && in->gap == 1;
    case C_APART: return in->choice ? in->gap != 0 : in->gap >= 2;
    case C_MIRROR: return in->mirror;
    case C_GAP: return compare(in->gap, c->op, c->value);
    case C_CMP: {
        int n = in->n_answers == 2 ? 2 : 1, count[2] = {0, 0};
        for (int p = 0; p < 2; p++)
            for (int i = 0; i < n; i++) count[p] += compare(in->answer[p][i], c->op, c->value);
        return quantify(c->quant, count, n);
    }
    case C_GUESSED: {
        if (in->guessed[0] < 0 || in->guessed[1] < 0) return false;
        int count[2] = {in->guessed[0] == 1, in->guessed[1] == 1};
        return quantify(c->quant, count, 1);
    }
    case C_AND: return cond_eval(c->a, in) && cond_eval(c->b, in);
    case C_OR: return cond_eval(c->a, in) || cond_eval(c->b, in);
    case C_NOT: return !cond_eval(c->a, in);
    }
    return false;
}

bool cond_is_always(const Cond *c) { return !c || c->kind == C_ALWAYS; }

bool cond_uses_mirror(const Cond *c) {
    if (!c) return false;
    if (c->kind == C_MIRROR) return true;
    return cond_uses_mirror(c->a) || cond_uses_mirror(c->b);
}

/* ---- in words ------------------------------------------------------------------------- */

static void value_words(int v, const char *const values[4], StrBuf *out) {
    if (v >= 1 && v <= 4 && values && values[v - 1])
        strbuf_printf(out, "\xE2\x80\x9C%s\xE2\x80\x9D", values[v - 1]);
    else
        strbuf_printf(out, "%d", v);
}

/* "is “Fine”", "is “Uneasy, let's talk” or stronger", "is option “Tell me”"... */
static void predicate_words(CmpOp op, int v, bool choice, const char *const values[4], StrBuf *out) {
    static const char *const RATE[] = {[OP_EQ] = "is ", [OP_NE] = "is not ",           [OP_LT] = "is milder than ",
                                       [OP_LE] = "is ", [OP_GT] = "is stronger than ", [OP_GE] = "is "};
    strbuf_puts(out, choice ? (op == OP_NE ? "is not " : "is ") : RATE[op]);
    value_words(v, values, out);
    if (!choice && op == OP_LE) strbuf_puts(out, " or milder");
    if (!choice && op == OP_GE) strbuf_puts(out, " or stronger");
}

static void describe(const Cond *c, bool choice, const char *const values[4], StrBuf *out, bool nested) {
    static const char *const GAP[] = {[OP_EQ] = "exactly", [OP_NE] = "not",       [OP_LT] = "less than",
                                      [OP_LE] = "at most", [OP_GT] = "more than", [OP_GE] = "at least"};
    switch (c->kind) {
    case C_ALWAYS: strbuf_puts(out, "always"); break;
    case C_SAME: strbuf_puts(out, choice ? "you chose the same" : "you are on the same page"); break;
    case C_CLOSE: strbuf_puts(out, "you are one step apart"); break;
    case C_APART: strbuf_puts(out, choice ? "you chose differently" : "you are two or more steps apart"); break;
    case C_MIRROR: strbuf_puts(out, "someone answers differently for themselves and for their partner"); break;
    case C_GAP:
        strbuf_printf(out, "the gap between you is %s %d step%s", GAP[c->op], c->value, c->value == 1 ? "" : "s");
        break;
    case C_CMP:
        switch (c->quant) {
        case Q_BOTH: strbuf_puts(out, "every answer "); break;
        case Q_EACH: strbuf_puts(out, "each of you gives an answer that "); break;
        case Q_ANY: strbuf_puts(out, "any answer "); break;
        case Q_NEITHER: strbuf_puts(out, "no answer "); break;
        }
        predicate_words(c->op, c->value, choice, values, out);
        break;
    case C_GUESSED:
        strbuf_puts(out, c->quant == Q_ANY       ? "at least one of you read the other right"
                         : c->quant == Q_NEITHER ? "neither of you read the other right"
                                                 : "you both read each other right");
        break;
    case C_AND:
    case C_OR:
        if (nested) strbuf_puts(out, "(");
        describe(c->a, choice, values, out, c->a->kind != c->kind);
        strbuf_puts(out, c->kind == C_AND ? " and " : " or ");
        describe(c->b, choice, values, out, c->b->kind != c->kind);
        if (nested) strbuf_puts(out, ")");
        break;
    case C_NOT:
        strbuf_puts(out, "not (");
        describe(c->a, choice, values, out, false);
        strbuf_puts(out, ")");
        break;
    }
}

void cond_describe(const Cond *c, bool choice, const char *const values[4], StrBuf *out) {
    if (!c) {
        strbuf_puts(out, "always");
        return;
    }
    describe(c, choice, values, out, false);
}
