/* Deck discovery through the VFS: shipped decks first, then each pack, in name order. */
#include "app/decks.h"

#include "app/platform/vfs.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 6 };

static void notice(DeckNotices *n, const char *fmt, const char *a, const char *b) {
    if (n->count == n->cap) {
        int cap = n->cap ? n->cap * 2 : 8;
        char **p = realloc(n->items, (size_t)cap * sizeof *p);
        if (!p) return;
        n->items = p;
        n->cap = cap;
    }
    size_t len = strlen(fmt) + strlen(a) + strlen(b) + 1;
    char *line = malloc(len);
    if (!line) return;
    snprintf(line, len, fmt, a, b);
    n->items[n->count++] = line;
    SDL_Log("%s", line);
}

void deck_notices_free(DeckNotices *n) {
    for (int i = 0; i < n->count; i++) free(n->items[i]);
    free(n->items);
    memset(n, 0, sizeof *n);
}

static void load_one(Library *lib, DeckNotices *notices, const char *vpath) {
    char err[256];
    size_t len = 0;
    char *bytes = vfs_read(vpath, DECK_MAX_BYTES, &len, err, sizeof err);
    const char *shown = vpath[0] == '/' ? vpath + 1 : vpath;
    if (!bytes) {
        notice(notices, "Skipped deck %s: %s", shown, err);
        return;
    }
    DiagList diags;
    diag_init(&diags);
    Deck *deck = deck_load(shown, bytes, len, &diags);
    free(bytes);
    if (!deck) {
        diag_sort(&diags);
        const Diag *first = NULL;
        for (size_t i = 0; i < diags.count && !first; i++)
            if (diags.items[i].level == DIAG_ERROR) first = &diags.items[i];
        char line[600];
        if (first && first->line)
            snprintf(line, sizeof line, "line %d: %s", first->line, first->message);
        else
            snprintf(line, sizeof line, "%s", first ? first->message : "it could not be read");
        notice(notices, "Skipped broken deck %s (%s)", shown, line);
    } else if (!library_add(lib, deck)) {
        notice(notices, "Skipped deck %s: another deck already uses the id '%s'", shown, deck->id);
        deck_destroy(deck);
    }
    diag_free(&diags);
}

static void walk(Library *lib, DeckNotices *notices, const char *vdir, int depth) {
    VfsEntry *entries = NULL;
    char err[256];
    int n = vfs_list(vdir, &entries, err, sizeof err);
    if (n < 0) return;
    for (int i = 0; i < n; i++) {
        const char *name = entries[i].name;
        /* Archives made on a Mac carry a metadata folder; it holds no decks. */
        if (name[0] == '.' || !strcmp(name, "__MACOSX")) continue;
        char path[VFS_PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", vdir, name);
        if (entries[i].is_dir) {
            if (depth < MAX_DEPTH) walk(lib, notices, path, depth + 1);
        } else if (deck_is_file_name(name)) {
            load_one(lib, notices, path);
        }
    }
    vfs_list_free(entries, n);
}

void decks_load_all(Library *lib, DeckNotices *notices) {
    walk(lib, notices, "/scenarios", 0);
    walk(lib, notices, "/packs", 0);
}
