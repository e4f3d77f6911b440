/* Deck discovery through the VFS: shipped decks first, then each pack, in name order.
 * Translation decks are found the same way (by what a file holds, wherever it is; they
 * live in translations/<language>/ by custom) and matched to their decks at the end. */
#include "app/decks.h"

#include "app/platform/vfs.h"
#include "core/translate.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 6, APP_NOTICE_TEXT = 200 };

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

/* only_translations: the file is in a translations/ folder, where a deck is out of place. */
static void load_one(Library *lib, DeckNotices *notices, const char *vpath, bool only_translations) {
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
    DeckFile df;
    deck_file_load(shown, bytes, len, &diags, &df);
    free(bytes);
    Deck *deck = df.deck;
    if (df.translation) {
        Translation *tr = df.translation;
        if (!library_add_translation(lib, tr)) {
            char what[160];
            snprintf(what, sizeof what, "another %s (%s) translation of '%s' is already loaded",
                     language_name(tr->language), tr->language, tr->translates);
            notice(notices, "Skipped translation %s: %s", shown, what);
            translation_destroy(tr);
        }
    } else if (!deck) {
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
    } else if (only_translations) {
        notice(notices, "Skipped deck %s: %s", shown, "a translations folder holds translation decks only");
        deck_destroy(deck);
    } else if (!library_add(lib, deck)) {
        notice(notices, "Skipped deck %s: another deck already uses the id '%s'", shown, deck->id);
        deck_destroy(deck);
    }
    diag_free(&diags);
}

/* The first walk (lang NULL) loads every deck and skips every translations/ folder:
 * translations are read per language once one is chosen (lang set), and then only the
 * files under translations/<lang>/ load (load is false elsewhere). So a language nobody
 * plays costs no start-up time. */
static void walk(Library *lib, DeckNotices *notices, const char *vdir, int depth, const char *lang, bool load) {
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
            if (depth >= MAX_DEPTH) continue;
            if (strcmp(name, "translations") != 0) {
                walk(lib, notices, path, depth + 1, lang, load);
            } else if (lang) {
                char sub[VFS_PATH_MAX];
                if (snprintf(sub, sizeof sub, "%s/%s", path, lang) < (int)sizeof sub)
                    walk(lib, notices, sub, depth + 2, lang, true);
            }
        } else if (load && deck_is_file_name(name)) {
            load_one(lib, notices, path, lang != NULL);
        }
    }
    vfs_list_free(entries, n);
}

/* Matches translations to their decks; one that cannot be used is named in a notice.
 * Its missing and stale texts are for translators (grayarea --check), not players. */
static void link_translations(Library *lib, DeckNotices *notices) {
    int n = lib->n_trs;
    char(*files)[VFS_PATH_MAX] = calloc((size_t)(n ? n : 1), sizeof *files);
    char(*targets)[DECK_MAX_ID + 1] = calloc((size_t)(n ? n : 1), sizeof *targets);
    if (!files || !targets) {
        free(files);
        free(targets);
        return;
    }
    for (int i = 0; i < n; i++) {
        snprintf(files[i], sizeof files[i], "%s", lib->trs[i].tr->file);
        snprintf(targets[i], sizeof targets[i], "%s", lib->trs[i].tr->translates);
    }
    DiagList diags;
    diag_init(&diags);
    library_link_translations(lib, &diags);
    for (int i = 0; i < n; i++) {
        bool kept = false;
        for (int j = 0; j < lib->n_trs && !kept; j++) kept = !strcmp(lib->trs[j].tr->file, files[i]);
        if (kept) continue;
        const Diag *first = NULL;
        for (size_t k = 0; k < diags.count && !first; k++)
            if (diags.items[k].level == DIAG_ERROR && !strcmp(diags.items[k].file, files[i])) first = &diags.items[k];
        char why[600];
        if (first && first->line)
            snprintf(why, sizeof why, "(line %d: %s)", first->line, first->message);
        else if (first)
            snprintf(why, sizeof why, "(%s)", first->message);
        else
            snprintf(why, sizeof why, "(there is no deck '%s' to translate)", targets[i]);
        notice(notices, "Skipped translation %s %s", files[i], why);
    }
    diag_free(&diags);
    free(files);
    free(targets);
}

void decks_load_all(Library *lib, DeckNotices *notices) {
    walk(lib, notices, "/scenarios", 0, NULL, true);
    walk(lib, notices, "/packs", 0, NULL, true);
    link_translations(lib, notices);
}

void decks_load_language(Library *lib, const char *lang, DeckNotices *notices) {
    if (!lang || !language_code_valid(lang)) return;
    walk(lib, notices, "/scenarios", 0, lang, false);
    walk(lib, notices, "/packs", 0, lang, false);
    link_translations(lib, notices);
}

/* "Texts and DMs, Exes and 3 more" into out, from the decks whose flag is set. */
static void deck_list(const Library *lib, const bool *flag, char *out, size_t size) {
    int total = 0, shown = 0;
    for (int i = 0; i < lib->n_decks; i++) total += flag[i];
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < lib->n_decks; i++) {
        if (!flag[i]) continue;
        const char *title = lib->written[i]->title;
        /* Room for this title and a closing " and N more". */
        if (len + strlen(title) + 24 >= size) break;
        len += (size_t)snprintf(out + len, size - len, "%s%s", shown ? ", " : "", title);
        shown++;
    }
    if (shown < total) snprintf(out + len, size - len, " and %d more", total - shown);
}

/* "English" when every flagged deck is written in one language we name, else "the
 * language it was written in". */
static const char *written_in(const Library *lib, const bool *flag) {
    const char *lang = NULL;
    for (int i = 0; i < lib->n_decks; i++) {
        if (!flag[i]) continue;
        if (lang && strcmp(lang, lib->written[i]->language)) return "the language it was written in";
        lang = lib->written[i]->language;
    }
    const char *name = language_name(lang);
    return lang && name != lang ? name : "the language it was written in";
}

void decks_language_notices(const Library *lib, const char *lang, DeckNotices *notices) {
    if (!lang || !lang[0] || lib->n_decks == 0) return;
    bool *none = calloc((size_t)lib->n_decks, sizeof *none), *part = calloc((size_t)lib->n_decks, sizeof *part);
    if (!none || !part) {
        free(none);
        free(part);
        return;
    }
    int n_none = 0, n_part = 0;
    for (int i = 0; i < lib->n_decks; i++) {
        const Deck *d = lib->written[i];
        if (!strcmp(d->language, lang)) continue;
        const LibTranslation *t = library_find_translation(lib, d->id, lang);
        if (!t) {
            none[i] = true;
            n_none++;
        } else if (t->cov.missing) {
            part[i] = true;
            n_part++;
        }
    }
    char name[64], list[APP_NOTICE_TEXT], line[APP_NOTICE_TEXT + 160];
    snprintf(name, sizeof name, "%s (%s)", language_name(lang), lang);
    if (n_none == lib->n_decks) {
        snprintf(line, sizeof line, "No deck is in %s yet: every card shows in %s.", name, written_in(lib, none));
        notice(notices, "%s%s", line, "");
    } else if (n_none) {
        deck_list(lib, none, list, sizeof list);
        snprintf(line, sizeof line, "Not in %s yet, so shown in %s: %s.", name, written_in(lib, none), list);
        notice(notices, "%s%s", line, "");
    }
    if (n_part) {
        deck_list(lib, part, list, sizeof list);
        snprintf(line, sizeof line, "A few texts are not in %s yet and show in %s, in: %s.", name,
                 written_in(lib, part), list);
        notice(notices, "%s%s", line, "");
    }
    free(none);
    free(part);
}
