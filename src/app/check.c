/* grayarea --check: reads deck files, folders and .zip packs and prints every problem.
 * Folders and packs are mounted and walked exactly as the game does (vfs.h, decks.h), so
 * the checker sees the decks the game sees and refuses the packs the game refuses. A
 * translation deck is checked against its deck: one checked in the same run, else the
 * shipped deck, found as the game finds it. */
#include "app/check.h"

#include "app/decks.h"
#include "app/platform/os.h"
#include "app/platform/packs.h"
#include "app/platform/realfile.h"
#include "app/platform/terminal.h"
#include "app/platform/vfs.h"
#include "core/deck.h"
#include "core/library.h"
#include "core/translate.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct Checker {
    DiagList diags;
    int decks;
    int mounts; /* to give every mount its own point */
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

static void check_deck(void *ctx, const char *shown, const char *bytes, size_t len) {
    Checker *c = ctx;
    DeckFile df;
    deck_file_load(shown, bytes, len, &c->diags, &df);
    Translation *tr = df.translation;
    if (df.is_translation) c->translations++;
    if (tr) {
        const LibTranslation *twin = NULL;
        for (int i = 0; i < c->kept.n_trs && !twin; i++)
            if (!strcmp(c->kept.trs[i].tr->translates, tr->translates) &&
                !strcmp(c->kept.trs[i].tr->language, tr->language))
                twin = &c->kept.trs[i];
        if (twin)
            diag_add(&c->diags, DIAG_ERROR, shown, 0, 0, "%s also translates '%s' into '%s'; keep one of the two",
                     twin->tr->file, tr->translates, tr->language);
        if (twin || !library_add_translation(&c->kept, tr)) translation_destroy(tr);
        return;
    }
    if (!df.is_translation) c->decks++;
    Deck *d = df.deck;
    if (d) {
        remember_id(c, d, shown);
        if (!library_add(&c->kept, d)) deck_destroy(d);
    }
}

static void check_problem(void *ctx, const char *shown, const char *why, bool error) {
    Checker *c = ctx;
    const char *base = os_last_sep((char *)shown);
    if (error && deck_is_file_name(base ? base + 1 : shown)) c->decks++;
    diag_add(&c->diags, error ? DIAG_ERROR : DIAG_WARNING, shown, 0, 0, "%s", why);
}

static const DeckVisitor *visitor(Checker *c) {
    static DeckVisitor v;
    /* Every folder, translations/ ones too: a translator checks them all at once. */
    v = (DeckVisitor){check_deck, check_problem, c, DECKS_EVERY_FOLDER, NULL};
    return &v;
}

/* Walks a pack mounted at its own point, as the game walks /packs/<name>. */
static void walk_pack(Checker *c, const char *mount, const char *shown, bool is_zip) {
    int decks = c->decks + c->translations;
    size_t problems = c->diags.count;
    decks_walk(mount, shown, visitor(c));
    if (is_zip && c->decks + c->translations == decks && c->diags.count == problems)
        diag_add(&c->diags, DIAG_WARNING, shown, 0, 0, "the pack holds no .yaml decks");
}

static void next_mount(Checker *c, char *out, size_t n) { snprintf(out, n, "/check/%d", c->mounts++); }

/* A .zip or a folder, as the game mounts a pack. */
static void check_pack(Checker *c, const char *path, bool is_zip) {
    char mount[64], why[VFS_ERR_LEN];
    next_mount(c, mount, sizeof mount);
    if (!vfs_mount_pack(path, mount, why, sizeof why)) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "%s (the game skips this pack)", why);
        return;
    }
    walk_pack(c, mount, path, is_zip);
    vfs_unmount(path);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The .zip files at the top of a folder are packs, as in the game's packs folder. */
static void check_zips_in(Checker *c, const char *dir) {
    OsDir *d = os_dir_open(dir);
    if (!d) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (const char *e; (e = os_dir_next(d)) != NULL;) {
        if (e[0] == '.' || !str_ends_with(e, ".zip")) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) break;
            names = p;
        }
        if ((names[n] = dupstr(e)) != NULL) n++;
    }
    os_dir_close(d);
    if (names) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char shown[VFS_PATH_MAX], mount[64], why[VFS_ERR_LEN];
        snprintf(shown, sizeof shown, "%s%s%s", dir, *dir && os_is_sep(dir[strlen(dir) - 1]) ? "" : "/", names[i]);
        next_mount(c, mount, sizeof mount);
        if (!vfs_mount_pack_in(dir, names[i], mount, why, sizeof why))
            diag_add(&c->diags, DIAG_ERROR, shown, 0, 0, "%s (the game skips this pack)", why);
        else {
            walk_pack(c, mount, shown, true);
            vfs_unmount(shown);
        }
        free(names[i]);
    }
    free(names);
}

static void check_path(Checker *c, const char *path) {
    /* The path given is followed even when it is a link: someone named it. */
    OsKind kind = os_kind(path);
    if (kind == OS_MISSING) {
        diag_add(&c->diags, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
        return;
    }
    if (kind == OS_DIR) {
        check_pack(c, path, false);
        check_zips_in(c, path);
    } else if (str_ends_with(path, ".zip")) {
        check_pack(c, path, true);
    } else {
        size_t len = 0;
        char why[VFS_ERR_LEN];
        char *bytes = vfs_read_real(path, DECK_MAX_BYTES, &len, why, sizeof why);
        if (bytes)
            check_deck(c, path, bytes, len);
        else
            check_problem(c, path, why, true);
        free(bytes);
    }
}

static void free_ids(Checker *c) {
    for (int i = 0; i < c->n_ids; i++) {
        free(c->ids[i]);
        free(c->id_files[i]);
    }
    free(c->ids);
    free(c->id_files);
}

/* The shipped decks, as the game finds them, into lib (their problems are not ours). */
static void load_shipped(Checker *c, Library *lib) {
    char root[VFS_PATH_MAX], dir[VFS_PATH_MAX + 16];
    if (!vfs_game_root(root, sizeof root)) return;
    snprintf(dir, sizeof dir, "%s/scenarios", root);
    Checker shipped = {.mounts = c->mounts};
    diag_init(&shipped.diags);
    library_init(&shipped.kept);
    check_path(&shipped, dir);
    c->mounts = shipped.mounts;
    *lib = shipped.kept;
    library_init(&shipped.kept);
    diag_free(&shipped.diags);
    free_ids(&shipped);
}

/* Each translation against its deck: one from this run, else a shipped one. */
static void check_translations(Checker *c) {
    Library shipped;
    library_init(&shipped);
    bool looked = false;
    for (int i = 0; i < c->kept.n_trs; i++) {
        const Translation *tr = c->kept.trs[i].tr;
        int d = library_find_deck(&c->kept, tr->translates);
        const Deck *src = d >= 0 ? c->kept.written[d] : NULL;
        if (!src && !looked) {
            load_shipped(c, &shipped);
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
    (void)argv0; /* PhysicsFS finds the game's folder without it */
    Checker c = {.decks = 0};
    diag_init(&c.diags);
    library_init(&c.kept);
    char why[VFS_ERR_LEN];
    bool vfs_ok = vfs_init_packs_only(why, sizeof why);
    for (int i = 0; i < n; i++) {
        size_t before = c.diags.count;
        int decks_before = c.decks + c.translations;
        if (!vfs_ok)
            diag_add(&c.diags, DIAG_ERROR, paths[i], 0, 0, "%s", why);
        else
            check_path(&c, paths[i]);
        if (c.decks + c.translations == decks_before && c.diags.count == before)
            diag_add(&c.diags, DIAG_WARNING, paths[i], 0, 0, "no .yaml decks found here");
    }
    if (vfs_ok) check_translations(&c);
    diag_sort(&c.diags);
    char line[4096];
    for (size_t i = 0; i < c.diags.count; i++) {
        diag_format(&c.diags.items[i], line, sizeof line);
        terminal_line(out, line);
    }
    char translations[64] = "";
    if (c.translations)
        snprintf(translations, sizeof translations, " and %d translation%s", c.translations,
                 c.translations == 1 ? "" : "s");
    fprintf(out, "checked %d deck%s%s: %zu error%s, %zu warning%s\n", c.decks, c.decks == 1 ? "" : "s", translations,
            c.diags.errors, c.diags.errors == 1 ? "" : "s", c.diags.warnings, c.diags.warnings == 1 ? "" : "s");
    int rc = c.diags.errors ? 1 : 0;
    diag_free(&c.diags);
    free_ids(&c);
    library_free(&c.kept);
    vfs_shutdown();
    return rc;
}
