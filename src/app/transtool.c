/* --translation-template and --translation-refresh: file work around core/translate.c. */
#include "app/transtool.h"

#include "app/platform/os.h"
#include "app/platform/realfile.h"
#include "app/platform/terminal.h"
#include "core/translate.h"
#include "core/trtools.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One line of a message, its control characters escaped like all the game prints
 * (terminal.h): paths, ids and texts come from files someone else may have written. */
static void say(FILE *f, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void say(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *line = str_vformat(fmt, ap);
    va_end(ap);
    terminal_line(f, line ? line : "grayarea: out of memory");
    free(line);
}

/* Text of several lines, each escaped on its own. */
static void say_lines(FILE *f, const char *text) {
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        say(f, "%.*s", (int)n, text);
        text += n + (nl ? 1 : 0);
    }
}

static void print_diags(DiagList *d, FILE *errs) {
    diag_sort(d);
    char line[2048];
    for (size_t i = 0; i < d->count; i++) {
        diag_format(&d->items[i], line, sizeof line);
        terminal_line(errs, line);
    }
}

/* Reads and loads a file as a deck file; NULL bytes (reported) when it cannot be read. */
static char *read_deck_file(const char *path, size_t *len, FILE *errs) {
    char err[600];
    char *bytes = vfs_read_real(path, DECK_MAX_BYTES, len, err, sizeof err);
    if (!bytes) say(errs, "grayarea: cannot read %s: %s", path, err);
    return bytes;
}

/* The deck a translation is made from; NULL (reported) when it is not a clean deck. */
static Deck *load_source(const char *path, FILE *errs) {
    size_t len;
    char *bytes = read_deck_file(path, &len, errs);
    if (!bytes) return NULL;
    DiagList d;
    diag_init(&d);
    DeckFile df;
    deck_file_load(path, bytes, len, &d, &df);
    free(bytes);
    if (df.translation) {
        say(errs, "grayarea: %s is a translation deck (of '%s'); give the deck it translates", path,
            df.translation->translates);
        translation_destroy(df.translation);
        df.translation = NULL;
    } else if (!df.deck) {
        print_diags(&d, errs);
        say(errs, "grayarea: %s has errors; fix them first (grayarea --check %s)", path, path);
    }
    diag_free(&d);
    return df.deck;
}

int transtool_template(const char *source_path, const char *lang, const char *out_path, FILE *out, FILE *errs) {
    if (!language_code_valid(lang)) {
        say(errs, "grayarea: '%s' is not a language code; write one like es, hi or pt-BR", lang);
        return 1;
    }
    bool to_file = out_path && strcmp(out_path, "-");
    /* Anything there counts, a dangling link too. */
    if (to_file && (os_is_link(out_path) || os_kind(out_path) != OS_MISSING)) {
        say(errs, "grayarea: %s already exists; the template never writes over a file (choose another name)", out_path);
        return 1;
    }
    Deck *src = load_source(source_path, errs);
    if (!src) return 1;
    if (!strcmp(src->language, lang)) {
        say(errs, "grayarea: %s is already written in '%s'", source_path, lang);
        deck_destroy(src);
        return 1;
    }
    StrBuf b;
    strbuf_init(&b);
    int texts = translation_template(src, lang, source_path, &b);
    int rc = 0;
    char err[600];
    if (b.failed) {
        say(errs, "grayarea: out of memory");
        rc = 1;
    } else if (!to_file) {
        fwrite(b.data, 1, b.len, out);
    } else if (!vfs_write_real_atomic(out_path, b.data, b.len, 0644, err, sizeof err)) {
        say(errs, "grayarea: %s", err);
        rc = 1;
    } else {
        say(out, "wrote %s: %d texts of '%s' to translate into %s (%s)", out_path, texts, src->id, language_name(lang),
            lang);
    }
    strbuf_free(&b);
    deck_destroy(src);
    return rc;
}

int transtool_refresh(const char *source_path, const char *tr_path, int n_keys, char **keys, FILE *out, FILE *errs) {
    Deck *src = load_source(source_path, errs);
    if (!src) return 1;
    size_t len;
    char *bytes = read_deck_file(tr_path, &len, errs);
    if (!bytes) {
        deck_destroy(src);
        return 1;
    }
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load(tr_path, bytes, len, &d);
    int rc = 1;
    char err[1200];
    if (!tr) {
        print_diags(&d, errs);
        say(errs, "grayarea: %s cannot be read as a translation deck; fix the errors above first", tr_path);
    } else if (strcmp(tr->translates, src->id)) {
        say(errs, "grayarea: %s translates the deck '%s', but %s is the deck '%s'", tr_path, tr->translates,
            source_path, src->id);
    } else {
        StrBuf o, report;
        strbuf_init(&o);
        strbuf_init(&report);
        if (!translation_refresh(src, tr, bytes, len, (const char *const *)keys, n_keys, &o, &report, err,
                                 sizeof err)) {
            say(errs, "grayarea: %s", err);
        } else {
            say_lines(out, report.data ? report.data : "");
            struct stat st;
            int mode = stat(tr_path, &st) == 0 ? (int)(st.st_mode & 07777) : 0644;
            if (o.len == len && !memcmp(o.data, bytes, len)) {
                say(out, "%s: nothing to change", tr_path);
                rc = 0;
            } else if (!vfs_write_real_atomic(tr_path, o.data, o.len, mode, err, sizeof err)) {
                say(errs, "grayarea: %s", err);
            } else {
                say(out, "wrote %s", tr_path);
                rc = 0;
            }
        }
        strbuf_free(&o);
        strbuf_free(&report);
    }
    translation_destroy(tr);
    diag_free(&d);
    free(bytes);
    deck_destroy(src);
    return rc;
}
