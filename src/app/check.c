/* grayarea --check: reads deck files, folders and .zip packs and prints every problem.
 * A translation deck is checked against its deck: one checked in the same run, else the
 * shipped deck, found as the game finds it. */
#include "app/check.h"

#include "app/platform/os.h"
#include "app/platform/vfs.h"
#include "core/deck.h"
#include "core/library.h"
#include "core/translate.h"

#include <errno.h>
#include <physfs.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_FOLDER_DEPTH = 8 };

typedef struct Checker {
    FILE *out;
    DiagList diags;
    int decks;
    /* deck ids seen so far, to catch the same id in two files */
    char **ids;
    char **id_files;
    int n_ids, cap_ids;
    /* What loaded, kept to check translations against their decks at the end. */
    Library kept;
    int translations;
} Checker;

static char *dupstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

static void remember_id(Checker *c, const Deck *d, const char *file) {
    for (int i = 0; i < c->n_ids; i++) {
        if (!strcmp(c->ids[i], d->id)) {
            diag_add(&c->diags, DIAG_ERROR, file, 0, 0,
                     "the deck id '%s' is also used by %s; each deck needs its own id", d->id, c->id_files[i]);
            return;
        }
    }
    if (c->n_ids == c->cap_ids) {
        int cap = c->cap_ids ? c->cap_ids * 2 : 32;
        char **a = realloc(c->ids, (size_t)cap * sizeof *a);
        if (!a) return;
        c->ids = a;
        char **b = realloc(c->id_files, (size_t)cap * sizeof *b);
        if (!b) return;
        c->id_files = b;
        c->cap_ids = cap;
    }
    c->ids[c->n_ids] = dupstr(d->id);
    c->id_files[c->n_ids] = dupstr(file);
    c->n_ids++;
}

static void check_bytes(Checker *c, const char *name, const char *bytes, size_t len) {
    DeckFile df;
    deck_file_load(name, bytes, len, &c->diags, &df);
    Translation *tr = df.translation;
    if (df.is_translation) c->translations++;
    if (tr) {
        const LibTranslation *twin = NULL;
        for (int i = 0; i < c->kept.n_trs && !twin; i++)
            if (!strcmp(c->kept.trs[i].tr->translates, tr->translates) &&
                !strcmp(c->kept.trs[i].tr->language, tr->language))
                twin = &c->kept.trs[i];
        if (twin)
            diag_add(&c->diags, DIAG_ERROR, name, 0, 0, "%s also translates '%s' into '%s'; keep one of the two",
                     twin->tr->file, tr->translates, tr->language);
        if (twin || !library_add_translation(&c->kept, tr)) translation_destroy(tr);
        return;
    }
    if (!df.is_translation) c->decks++;
    Deck *d = df.deck;
    if (d) {
        remember_id(c, d, name);
        if (!library_add(&c->kept, d)) deck_destroy(d);
    }
}

static void check_file(Checker *c, const char *path) {
    FILE *f = os_fopen(path, "rb");
    if (!f) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
        return;
    }
    /* Read at most one byte past the limit: enough to know it is too large. */
    size_t cap = DECK_MAX_BYTES + 1;
    char *buf = malloc(cap);
    size_t len = buf ? fread(buf, 1, cap, f) : 0;
    bool read_error = ferror(f);
    fclose(f);
    if (!buf) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "out of memory");
    } else if (read_error) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot read the file");
    } else if (len > DECK_MAX_BYTES) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "the file is larger than 1 MiB; a deck may be at most 1 MiB");
        c->decks++;
    } else {
        check_bytes(c, path, buf, len);
    }
    free(buf);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* ---- zip packs ----------------------------------------------------------------------- */

typedef struct ZipWalk {
    Checker *c;
    const char *zip;
    int found;
    int depth;
} ZipWalk;

static void zip_dir(ZipWalk *w, const char *dir);

static void zip_entry(ZipWalk *w, const char *dir, const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s%s%s", dir, *dir ? "/" : "", name);
    PHYSFS_Stat st;
    if (!PHYSFS_stat(path, &st)) return;
    if (st.filetype == PHYSFS_FILETYPE_DIRECTORY) {
        if (w->depth < MAX_FOLDER_DEPTH) {
            w->depth++;
            zip_dir(w, path);
            w->depth--;
        }
        return;
    }
    if (!deck_is_file_name(name)) return;
    w->found++;
    char shown[1400];
    snprintf(shown, sizeof shown, "%s/%s", w->zip, path);
    if (st.filesize < 0 || st.filesize > DECK_MAX_BYTES) {
        diag_add(&w->c->diags, DIAG_ERROR, shown, 0, 0, "the file is larger than 1 MiB; a deck may be at most 1 MiB");
        return;
    }
    PHYSFS_File *f = PHYSFS_openRead(path);
    if (!f) {
        diag_add(&w->c->diags, DIAG_ERROR, shown, 0, 0, "cannot read it from the pack: %s",
                 PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode()));
        return;
    }
    /* Trust nothing the archive declares: read at most the limit plus one byte. */
    size_t cap = DECK_MAX_BYTES + 1;
    char *buf = malloc(cap);
    PHYSFS_sint64 n = buf ? PHYSFS_readBytes(f, buf, cap) : -1;
    PHYSFS_close(f);
    if (n < 0) {
        diag_add(&w->c->diags, DIAG_ERROR, shown, 0, 0, "cannot read it from the pack (the archive may be damaged)");
    } else if ((size_t)n > DECK_MAX_BYTES) {
        diag_add(&w->c->diags, DIAG_ERROR, shown, 0, 0, "the file is larger than 1 MiB; a deck may be at most 1 MiB");
    } else {
        check_bytes(w->c, shown, buf, (size_t)n);
    }
    free(buf);
}

static void zip_dir(ZipWalk *w, const char *dir) {
    char **list = PHYSFS_enumerateFiles(dir);
    if (!list) return;
    size_t n = 0;
    while (list[n]) n++;
    qsort(list, n, sizeof *list, cmp_names);
    for (size_t i = 0; i < n; i++) zip_entry(w, dir, list[i]);
    PHYSFS_freeList(list);
}

static void check_zip(Checker *c, const char *path) {
    FILE *f = os_fopen(path, "rb");
    unsigned char sig[4] = {0};
    size_t got = f ? fread(sig, 1, 4, f) : 0;
    if (f) fclose(f);
    if (!f) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
        return;
    }
    if (got < 4 || sig[0] != 'P' || sig[1] != 'K' || !((sig[2] == 3 && sig[3] == 4) || (sig[2] == 5 && sig[3] == 6))) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0,
                 "this is not a .zip file; a pack is a zip of .yaml decks or a folder");
        return;
    }
    if (!PHYSFS_isInit() && !PHYSFS_init(NULL)) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open packs: %s",
                 PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode()));
        return;
    }
    if (!PHYSFS_mount(path, "/", 0)) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open the pack: %s (the zip may be damaged)",
                 PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode()));
        return;
    }
    ZipWalk w = {.c = c, .zip = path};
    zip_dir(&w, "");
    PHYSFS_unmount(path);
    if (!w.found) diag_add(&c->diags, DIAG_WARNING, path, 0, 0, "the pack holds no .yaml decks");
}

/* ---- folders ------------------------------------------------------------------------- */

static void check_path(Checker *c, const char *path, int depth, bool named);

static void check_folder(Checker *c, const char *path, int depth) {
    OsDir *dir = os_dir_open(path);
    if (!dir) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open the folder: %s", strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    const char *e;
    while ((e = os_dir_next(dir))) {
        if (e[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) break;
            names = p;
        }
        names[n] = dupstr(e);
        if (names[n]) n++;
    }
    os_dir_close(dir);
    if (names) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *full = malloc(len);
        if (full) {
            snprintf(full, len, "%s%s%s", path, str_ends_with(path, "/") ? "" : "/", names[i]);
            check_path(c, full, depth + 1, false);
            free(full);
        }
        free(names[i]);
    }
    free(names);
}

static void check_path(Checker *c, const char *path, int depth, bool named) {
    OsKind kind = os_kind(path);
    if (kind == OS_MISSING) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
        return;
    }
    if (kind == OS_DIR) {
        if (depth >= MAX_FOLDER_DEPTH) {
            diag_add(&c->diags, DIAG_WARNING, path, 0, 0, "folders nested this deep are not searched");
            return;
        }
        check_folder(c, path, depth);
    } else if (str_ends_with(path, ".zip")) {
        check_zip(c, path);
    } else if (deck_is_file_name(os_last_sep((char *)path) ? os_last_sep((char *)path) + 1 : path) || named) {
        if (kind != OS_FILE)
            diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "this is not a regular file");
        else
            check_file(c, path);
    }
}

/* The shipped decks, as the game finds them, into lib (their problems are not ours). */
static void load_shipped(Library *lib, const char *argv0) {
    char root[4096], dir[4200];
    if (!PHYSFS_isInit() && !PHYSFS_init(argv0)) return;
    if (!vfs_game_root(root, sizeof root)) return;
    snprintf(dir, sizeof dir, "%s/scenarios", root);
    Checker shipped = {0};
    diag_init(&shipped.diags);
    check_path(&shipped, dir, 0, true);
    *lib = shipped.kept;
    library_init(&shipped.kept);
    diag_free(&shipped.diags);
    for (int i = 0; i < shipped.n_ids; i++) {
        free(shipped.ids[i]);
        free(shipped.id_files[i]);
    }
    free(shipped.ids);
    free(shipped.id_files);
}

/* Each translation against its deck: one from this run, else a shipped one. */
static void check_translations(Checker *c, const char *argv0) {
    Library shipped;
    library_init(&shipped);
    bool looked = false;
    for (int i = 0; i < c->kept.n_trs; i++) {
        const Translation *tr = c->kept.trs[i].tr;
        int d = library_find_deck(&c->kept, tr->translates);
        const Deck *src = d >= 0 ? c->kept.written[d] : NULL;
        if (!src && !looked) {
            load_shipped(&shipped, argv0);
            looked = true;
        }
        if (!src && (d = library_find_deck(&shipped, tr->translates)) >= 0) src = shipped.written[d];
        if (src)
            translation_check(tr, src, src->file, &c->diags, NULL);
        else
            diag_add(&c->diags, DIAG_WARNING, tr->file, tr->line, tr->column,
                     "the deck '%s' it translates is neither among the checked files nor a shipped deck, so only "
                     "the translation's own text was checked (check it together with its deck)",
                     tr->translates);
    }
    library_free(&shipped);
}

int check_paths(int n, char **paths, FILE *out, const char *argv0) {
    Checker c = {.out = out};
    diag_init(&c.diags);
    library_init(&c.kept);
    for (int i = 0; i < n; i++) {
        size_t before = c.diags.count;
        int decks_before = c.decks + c.translations;
        check_path(&c, paths[i], 0, true);
        if (c.decks + c.translations == decks_before && c.diags.count == before)
            diag_add(&c.diags, DIAG_WARNING, paths[i], 0, 0, "no .yaml decks found here");
    }
    check_translations(&c, argv0);
    diag_sort(&c.diags);
    char line[2048];
    for (size_t i = 0; i < c.diags.count; i++) {
        diag_format(&c.diags.items[i], line, sizeof line);
        fprintf(out, "%s\n", line);
    }
    char translations[64] = "";
    if (c.translations)
        snprintf(translations, sizeof translations, " and %d translation%s", c.translations,
                 c.translations == 1 ? "" : "s");
    fprintf(out, "checked %d deck%s%s: %zu error%s, %zu warning%s\n", c.decks, c.decks == 1 ? "" : "s", translations,
            c.diags.errors, c.diags.errors == 1 ? "" : "s", c.diags.warnings, c.diags.warnings == 1 ? "" : "s");
    int rc = c.diags.errors ? 1 : 0;
    diag_free(&c.diags);
    for (int i = 0; i < c.n_ids; i++) {
        free(c.ids[i]);
        free(c.id_files[i]);
    }
    free(c.ids);
    free(c.id_files);
    library_free(&c.kept);
    if (PHYSFS_isInit()) PHYSFS_deinit();
    return rc;
}
