/* Builds a YNode tree from libyaml's event stream, refusing what decks must not contain. */
#include "yamltree.h"

enum { DECK_MAX_KEYS_IN_MAP = 64 };

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct Builder {
    Arena *arena;
    const char *file;
    DiagList *diags;
    int max_depth;
    size_t max_string;
    bool failed;
} Builder;

/* Growable child lists live in malloc memory while building, then move to the arena. */
typedef struct Frame {
    YNode *node;
    YNode **keys, **items;
    int n, cap;
    bool want_key; /* maps: the next scalar is a key */
    YNode *pending_key;
} Frame;

/* A fatal error: parsing stops. */
static void error_at(Builder *b, int line, int col, const char *fmt, const char *arg) {
    diag_add(b->diags, DIAG_ERROR, b->file, line, col, fmt, arg ? arg : "");
    b->failed = true;
}

/* An error that leaves the tree usable, so later problems are reported too. */
static void soft_error(Builder *b, int line, int col, const char *fmt, const char *arg) {
    diag_add(b->diags, DIAG_ERROR, b->file, line, col, fmt, arg ? arg : "");
}

static int line_of(yaml_mark_t m) { return (int)m.line + 1; }
static int col_of(yaml_mark_t m) { return (int)m.column + 1; }

static YNode *new_node(Builder *b, YNodeKind kind, yaml_mark_t m) {
    YNode *n = arena_alloc(b->arena, sizeof *n);
    if (!n) return NULL;
    n->kind = kind;
    n->line = line_of(m);
    n->column = col_of(m);
    return n;
}

static bool frame_push(Frame *f, YNode *key, YNode *item) {
    if (f->n == f->cap) {
        int cap = f->cap ? f->cap * 2 : 8;
        YNode **k = realloc(f->keys, (size_t)cap * sizeof *k);
        if (!k) return false;
        f->keys = k;
        YNode **it = realloc(f->items, (size_t)cap * sizeof *it);
        if (!it) return false;
        f->items = it;
        f->cap = cap;
    }
    f->keys[f->n] = key;
    f->items[f->n] = item;
    f->n++;
    return true;
}

static bool frame_finish(Builder *b, Frame *f) {
    YNode *node = f->node;
    if (!node) return false;
    node->n = f->n;
    if (f->n) {
        node->items = arena_alloc(b->arena, (size_t)f->n * sizeof(YNode *));
        if (!node->items) return false;
        memcpy(node->items, f->items, (size_t)f->n * sizeof(YNode *));
        if (node->kind == YNODE_MAP) {
            node->keys = arena_alloc(b->arena, (size_t)f->n * sizeof(YNode *));
            if (!node->keys) return false;
            memcpy(node->keys, f->keys, (size_t)f->n * sizeof(YNode *));
        }
    }
    free(f->keys);
    free(f->items);
    f->keys = f->items = NULL;
    return true;
}

/* Adds a finished child to the frame on top; checks duplicate keys. */
static bool attach(Builder *b, Frame *top, YNode *child) {
    if (top->node->kind == YNODE_SEQ) return frame_push(top, NULL, child);
    if (top->want_key) {
        if (top->n >= DECK_MAX_KEYS_IN_MAP) {
            error_at(b, child->line, child->column,
                     "this mapping has more than 64 keys; a deck never needs that many%s", NULL);
            return true;
        }
        if (child->kind != YNODE_SCALAR) {
            soft_error(b, child->line, child->column, "a key must be a plain word, not a list or mapping%s", NULL);
            child = NULL;
        } else {
            for (int i = 0; i < top->n; i++) {
                if (top->keys[i] && !strcmp(top->keys[i]->str, child->str)) {
                    diag_add(b->diags, DIAG_ERROR, b->file, child->line, child->column,
                             "'%s' appears twice here (first on line %d); each key may appear once", child->str,
                             top->keys[i]->line);
                    break;
                }
            }
        }
        top->pending_key = child;
        top->want_key = false;
        return true;
    }
    top->want_key = true;
    return frame_push(top, top->pending_key, child);
}

static void report_parser_error(Builder *b, yaml_parser_t *p, const char *bytes, size_t len) {
    yaml_mark_t m = p->problem_mark;
    int line = line_of(m), col = col_of(m);
    const char *problem = p->problem ? p->problem : "unreadable YAML";
    if (m.index < len && bytes[m.index] == '\t') {
        error_at(b, line, col, "a tab is used here; YAML needs spaces for indentation%s", NULL);
    } else if (strstr(problem, "mapping values are not allowed")) {
        error_at(b, line, col, "unexpected ':' here; if the text itself contains ': ', put the whole text in quotes%s",
                 NULL);
    } else if (strstr(problem, "did not find expected key") || strstr(problem, "did not find expected '-' indicator")) {
        error_at(b, line, col, "the indentation here does not line up with the lines above (YAML: %s)", problem);
    } else if (strstr(problem, "found unexpected end of stream")) {
        error_at(b, line, col, "the file ends inside a quoted text; a closing quote is missing (YAML: %s)", problem);
    } else if (strstr(problem, "control characters are not allowed")) {
        error_at(b, line, col, "the file contains a control character that is not allowed in text%s", NULL);
    } else {
        error_at(b, line, col, "YAML syntax: %s", problem);
    }
}

/* Reports lines whose indentation contains a tab; libyaml's own message is cryptic. */
static bool check_tabs(Builder *b, const char *bytes, size_t len) {
    bool found = false;
    int line = 1;
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && (bytes[i] == ' ' || bytes[i] == '\t')) i++;
        for (size_t k = start; k < i; k++) {
            if (bytes[k] == '\t' && i < len && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '#') {
                error_at(b, line, (int)(k - start) + 1, "a tab is used for indentation; YAML needs spaces%s", NULL);
                found = true;
                break;
            }
        }
        while (i < len && bytes[i] != '\n') i++;
        if (i < len) i++;
        line++;
    }
    return found;
}

static void position_of(const char *bytes, size_t offset, int *line, int *col) {
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)bytes[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* Refuses a text that holds a character no deck text may: a NUL (from a "\0" escape) would
 * silently cut it short, other control characters show as boxes or worse. libyaml lets
 * them through escapes in double quotes, though it refuses them written out. */
static void check_scalar_chars(Builder *b, const yaml_event_t *ev) {
    const char *s = (const char *)ev->data.scalar.value;
    size_t len = ev->data.scalar.length;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (n == 0) return; /* libyaml checked the encoding; nothing to add */
        i += n;
        char what[16];
        if (cp == 0) {
            soft_error(b, line_of(ev->start_mark), col_of(ev->start_mark),
                       "this text contains a NUL character (the escape \\0), which would cut it short; remove it%s",
                       NULL);
            return;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)) {
            snprintf(what, sizeof what, "U+%04X", (unsigned)cp);
            soft_error(b, line_of(ev->start_mark), col_of(ev->start_mark),
                       "this text contains the control character %s (written as an escape); remove it", what);
            return;
        }
    }
}

YNode *ytree_parse(Arena *arena, const char *file, const char *bytes, size_t len, size_t max_bytes, int max_depth,
                   size_t max_string, DiagList *diags) {
    Builder b = {.arena = arena, .file = file, .diags = diags, .max_depth = max_depth, .max_string = max_string};
    /* Editors on Windows start UTF-8 files with a byte-order mark: it is not part of the deck. */
    if (len >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
        (unsigned char)bytes[2] == 0xBF) {
        bytes += 3;
        len -= 3;
    }
    if (len > max_bytes) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "the file is %zu bytes; a deck may be at most %zu bytes (1 MiB)", len,
                 max_bytes);
        return NULL;
    }
    size_t bad = utf8_validate(bytes, len);
    if (bad < len) {
        int line, col;
        position_of(bytes, bad, &line, &col);
        diag_add(diags, DIAG_ERROR, file, line, col, "the file is not valid UTF-8 here; save it as UTF-8 text");
        return NULL;
    }
    if (memchr(bytes, '\0', len)) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "the file contains a NUL byte; it is not a text file");
        return NULL;
    }
    if (check_tabs(&b, bytes, len)) return NULL;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

    Frame *stack = calloc((size_t)max_depth + 2, sizeof *stack);
    int depth = 0;
    YNode *root = NULL;
    int documents = 0;
    bool done = false;
    if (!stack) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        yaml_parser_delete(&parser);
        return NULL;
    }
    while (!done && !b.failed) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            report_parser_error(&b, &parser, bytes, len);
            break;
        }
        yaml_mark_t m = ev.start_mark;
        YNode *finished = NULL;
        const yaml_char_t *anchor = NULL, *tag = NULL;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT: done = true; break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1)
                error_at(&b, line_of(m), col_of(m),
                         "a deck file holds one document; remove the second '---' and what follows%s", NULL);
            break;
        case YAML_ALIAS_EVENT:
            soft_error(&b, line_of(m), col_of(m),
                       "YAML aliases (*%s) are not allowed in decks; write the text out in full",
                       (const char *)ev.data.alias.anchor);
            /* An empty stand-in keeps keys and values paired. */
            finished = new_node(&b, YNODE_SCALAR, m);
            if (finished) {
                finished->str = "(alias)";
                finished->len = 7;
            }
            break;
        case YAML_SCALAR_EVENT:
            anchor = ev.data.scalar.anchor;
            tag = ev.data.scalar.tag;
            if (ev.data.scalar.length > max_string) {
                /* Count characters, not bytes, before refusing. */
                size_t chars = utf8_length((const char *)ev.data.scalar.value, ev.data.scalar.length);
                if (chars > max_string) {
                    diag_add(diags, DIAG_ERROR, file, line_of(m), col_of(m),
                             "this text is %zu characters long; the limit is %zu", chars, max_string);
                }
            }
            check_scalar_chars(&b, &ev);
            finished = new_node(&b, YNODE_SCALAR, m);
            if (finished) {
                finished->str = arena_strndup(arena, (const char *)ev.data.scalar.value, ev.data.scalar.length);
                finished->len = ev.data.scalar.length;
                finished->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            }
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            bool map = ev.type == YAML_MAPPING_START_EVENT;
            anchor = map ? ev.data.mapping_start.anchor : ev.data.sequence_start.anchor;
            tag = map ? ev.data.mapping_start.tag : ev.data.sequence_start.tag;
            if (depth >= max_depth) {
                diag_add(diags, DIAG_ERROR, file, line_of(m), col_of(m),
                         "the deck is nested more than %d levels deep here", max_depth);
                b.failed = true;
                break;
            }
            YNode *n = new_node(&b, map ? YNODE_MAP : YNODE_SEQ, m);
            if (!n) break;
            depth++;
            memset(&stack[depth], 0, sizeof stack[depth]);
            stack[depth].node = n;
            stack[depth].want_key = true;
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (!frame_finish(&b, &stack[depth])) b.failed = true;
            finished = stack[depth].node;
            depth--;
            break;
        default: break;
        }
        if (anchor)
            soft_error(&b, line_of(m), col_of(m),
                       "YAML anchors (&%s) are not allowed in decks; write the text out in full", (const char *)anchor);
        if (tag) soft_error(&b, line_of(m), col_of(m), "YAML tags (%s) are not allowed in decks", (const char *)tag);
        if (finished && !b.failed) {
            if (depth == 0) {
                root = finished;
            } else if (!attach(&b, &stack[depth], finished)) {
                diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
                b.failed = true;
            }
        }
        yaml_event_delete(&ev);
    }
    for (int i = 1; i <= depth; i++) {
        free(stack[i].keys);
        free(stack[i].items);
    }
    free(stack);
    yaml_parser_delete(&parser);
    if (arena->failed && !b.failed) {
        diag_add(diags, DIAG_ERROR, file, 0, 0, "out of memory");
        b.failed = true;
    }
    if (b.failed) return NULL;
    if (!root) {
        diag_add(diags, DIAG_ERROR, file, 1, 1, "the file is empty; a deck starts with 'format: 1'");
        return NULL;
    }
    return root;
}
