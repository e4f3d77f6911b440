/* Deck discovery through the VFS: one walk for the game and --check; shipped decks first,
 * then each pack, in name order. */
#include "app/decks.h"

#include "app/platform/vfs.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void walk(const char *vdir, const char *shown, int depth, const DeckVisitor *v) {
    VfsEntry *entries = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_list(vdir, &entries, err, sizeof err);
    if (n < 0) {
        /* Never silent: every deck in here would be lost. */
        v->problem(v->ctx, shown, err, true);
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = entries[i].name;
        /* Archives made on a Mac carry a metadata folder; it holds no decks. */
        if (name[0] == '.' || !strcmp(name, "__MACOSX")) continue;
        char path[VFS_PATH_MAX], shown_path[VFS_PATH_MAX];
        int k1 = snprintf(path, sizeof path, "%s/%s", vdir, name);
        int k2 = snprintf(shown_path, sizeof shown_path, "%s%s%s", shown,
                          *shown && shown[strlen(shown) - 1] != '/' ? "/" : "", name);
        if (k1 < 0 || (size_t)k1 >= sizeof path || k2 < 0 || (size_t)k2 >= sizeof shown_path) {
            v->problem(v->ctx, shown, "a name in this folder is too long to read", deck_is_file_name(name));
            continue;
        }
        if (entries[i].kind == VFS_FOLDER) {
            if (depth < DECKS_MAX_DEPTH)
                walk(path, shown_path, depth + 1, v);
            else
                v->problem(v->ctx, shown_path, "folders nested this deep are not searched", false);
            continue;
        }
        if (!deck_is_file_name(name)) continue;
        if (entries[i].kind != VFS_FILE) {
            v->problem(v->ctx, shown_path, "not a regular file", true);
            continue;
        }
        size_t len = 0;
        char *bytes = vfs_read(path, DECK_MAX_BYTES, &len, err, sizeof err);
        if (bytes)
            v->deck(v->ctx, shown_path, bytes, len);
        else
            v->problem(v->ctx, shown_path, err, true);
        free(bytes);
    }
    vfs_list_free(entries, n);
}

void decks_walk(const char *vroot, const char *shown_root, const DeckVisitor *v) { walk(vroot, shown_root, 0, v); }

/* ---- the game's library ----------------------------------------------------------------- */

typedef struct Loading {
    Library *lib;
    DeckNotices *notices;
} Loading;

static void notice(DeckNotices *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void notice(DeckNotices *n, const char *fmt, ...) {
    if (n->count == n->cap) {
        int cap = n->cap ? n->cap * 2 : 8;
        char **p = realloc(n->items, (size_t)cap * sizeof *p);
        if (!p) return;
        n->items = p;
        n->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    char *line = str_vformat(fmt, ap);
    va_end(ap);
    if (line) n->items[n->count++] = line;
}

void deck_notices_free(DeckNotices *n) {
    for (int i = 0; i < n->count; i++) free(n->items[i]);
    free(n->items);
    memset(n, 0, sizeof *n);
}

static void load_deck(void *ctx, const char *shown, const char *bytes, size_t len) {
    Loading *L = ctx;
    DiagList diags;
    diag_init(&diags);
    Deck *deck = deck_load(shown, bytes, len, &diags);
    if (!deck) {
        diag_sort(&diags);
        const Diag *first = NULL;
        for (size_t i = 0; i < diags.count && !first; i++)
            if (diags.items[i].level == DIAG_ERROR) first = &diags.items[i];
        if (first && first->line)
            notice(L->notices, "Skipped broken deck %s (line %d: %s)", shown, first->line, first->message);
        else
            notice(L->notices, "Skipped broken deck %s (%s)", shown, first ? first->message : "it could not be read");
    } else if (!library_add(L->lib, deck)) {
        notice(L->notices, "Skipped deck %s: another deck already uses the id '%s'", shown, deck->id);
        deck_destroy(deck);
    }
    diag_free(&diags);
}

static void load_problem(void *ctx, const char *shown, const char *why, bool error) {
    Loading *L = ctx;
    (void)error; /* either way it is not read, and the players may wonder why */
    notice(L->notices, "Skipped %s: %s", shown, why);
}

void decks_load_all(Library *lib, DeckNotices *notices) {
    Loading L = {lib, notices};
    DeckVisitor v = {load_deck, load_problem, &L};
    if (vfs_exists("/scenarios")) decks_walk("/scenarios", "scenarios", &v);
    /* Each pack on its own, so depth counts from the top of every pack alike. */
    VfsEntry *packs = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_exists("/packs") ? vfs_list("/packs", &packs, err, sizeof err) : 0;
    for (int i = 0; i < n; i++) {
        char vroot[VFS_PATH_MAX], shown[VFS_PATH_MAX];
        snprintf(vroot, sizeof vroot, "/packs/%s", packs[i].name);
        snprintf(shown, sizeof shown, "packs/%s", packs[i].name);
        decks_walk(vroot, shown, &v);
    }
    vfs_list_free(packs, n);
}
