/* Deck discovery through the VFS: one walk for the game and --check; shipped decks first,
 * then each pack, in name order. Translation decks are found the same way (by what a file
 * holds, wherever it is; they live in translations/<language>/ by custom) and matched to
 * their decks at the end. */
#include "app/decks.h"

#include "core/i18n.h"

#include "app/platform/vfs.h"
#include "core/translate.h"
#include "core/util.h"

#include <SDL.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { APP_NOTICE_TEXT = 200 };

/* Reads one deck file, or says why not (only when the walk reports: load). */
static void visit_file(const char *path, const char *shown_path, VfsKind kind, bool load, const DeckVisitor *v) {
    if (!load) return;
    if (kind != VFS_FILE) {
        v->problem(v->ctx, shown_path, "not a regular file", true);
        return;
    }
    char err[VFS_ERR_LEN];
    size_t len = 0;
    char *bytes = vfs_read(path, DECK_MAX_BYTES, &len, err, sizeof err);
    if (bytes)
        v->deck(v->ctx, shown_path, bytes, len);
    else
        v->problem(v->ctx, shown_path, err, true);
    free(bytes);
}

/* load: whether what is found here is read and its problems reported (a walk for one
 * language reads only under translations/<lang>/; the folders around were walked before). */
static void walk(const char *vdir, const char *shown, int depth, bool load, const DeckVisitor *v) {
    VfsEntry *entries = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_list(vdir, &entries, err, sizeof err);
    if (n < 0) {
        /* Never silent: every deck in here would be lost. */
        if (load) v->problem(v->ctx, shown, err, true);
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
            if (load) v->problem(v->ctx, shown, "a name in this folder is too long to read", deck_is_file_name(name));
            continue;
        }
        if (entries[i].kind != VFS_FOLDER) {
            if (deck_is_file_name(name)) visit_file(path, shown_path, entries[i].kind, load, v);
            continue;
        }
        if (depth >= DECKS_MAX_DEPTH) {
            if (load) v->problem(v->ctx, shown_path, "folders nested this deep are not searched", false);
            continue;
        }
        if (strcmp(name, "translations") != 0 || v->folders == DECKS_EVERY_FOLDER) {
            walk(path, shown_path, depth + 1, load, v);
        } else if (v->folders == DECKS_ONE_LANGUAGE && v->lang) {
            /* Only this language's folder, and everything in it is read. */
            char sub[VFS_PATH_MAX], shown_sub[VFS_PATH_MAX];
            int k3 = snprintf(sub, sizeof sub, "%s/%s", path, v->lang);
            int k4 = snprintf(shown_sub, sizeof shown_sub, "%s/%s", shown_path, v->lang);
            if (k3 > 0 && (size_t)k3 < sizeof sub && k4 > 0 && (size_t)k4 < sizeof shown_sub && vfs_exists(sub))
                walk(sub, shown_sub, depth + 2, true, v);
        }
    }
    vfs_list_free(entries, n);
}

void decks_walk(const char *vroot, const char *shown_root, const DeckVisitor *v) {
    walk(vroot, shown_root, 0, v->folders != DECKS_ONE_LANGUAGE, v);
}

/* ---- the game's library ----------------------------------------------------------------- */

typedef struct Loading {
    Library *lib;
    DeckNotices *notices;
    const char *lang; /* reading translations/<lang>/, where a deck is out of place */
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
    if (!line) return;
    n->items[n->count++] = line;
    SDL_Log("%s", line); /* also when a replay shows its own recorded notices instead */
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
    DeckFile df;
    deck_file_load(shown, bytes, len, &diags, &df);
    Deck *deck = df.deck;
    if (df.translation) {
        Translation *tr = df.translation;
        if (!library_add_translation(L->lib, tr)) {
            notice(L->notices, _("Skipped translation %s: another %s (%s) translation of '%s' is already loaded"),
                   shown, language_name(tr->language), tr->language, tr->translates);
            translation_destroy(tr);
        }
    } else if (!deck) {
        diag_sort(&diags);
        const Diag *first = NULL;
        for (size_t i = 0; i < diags.count && !first; i++)
            if (diags.items[i].level == DIAG_ERROR) first = &diags.items[i];
        if (first && first->line)
            notice(L->notices, _("Skipped broken deck %s (line %d: %s)"), shown, first->line, first->message);
        else
            notice(L->notices, _("Skipped broken deck %s (%s)"), shown,
                   first ? first->message : "it could not be read");
    } else if (L->lang) {
        notice(L->notices, _("Skipped deck %s: %s"), shown, "a translations folder holds translation decks only");
        deck_destroy(deck);
    } else if (!library_add(L->lib, deck)) {
        notice(L->notices, _("Skipped deck %s: another deck already uses the id '%s'"), shown, deck->id);
        deck_destroy(deck);
    }
    diag_free(&diags);
}

static void load_problem(void *ctx, const char *shown, const char *why, bool error) {
    Loading *L = ctx;
    (void)error; /* either way it is not read, and the players may wonder why */
    notice(L->notices, _("Skipped %s: %s"), shown, why);
}

/* /scenarios, then each pack on its own, so depth counts from the top of every pack alike. */
static void walk_all(const DeckVisitor *v) {
    if (vfs_exists("/scenarios")) decks_walk("/scenarios", "scenarios", v);
    VfsEntry *packs = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_exists("/packs") ? vfs_list("/packs", &packs, err, sizeof err) : 0;
    for (int i = 0; i < n; i++) {
        char vroot[VFS_PATH_MAX], shown[VFS_PATH_MAX];
        snprintf(vroot, sizeof vroot, "/packs/%s", packs[i].name);
        snprintf(shown, sizeof shown, "packs/%s", packs[i].name);
        decks_walk(vroot, shown, v);
    }
    vfs_list_free(packs, n);
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
            utf8_snprintf(why, sizeof why, _("(line %d: %s)"), first->line, first->message);
        else if (first)
            snprintf(why, sizeof why, "(%s)", first->message);
        else
            utf8_snprintf(why, sizeof why, _("(there is no deck '%s' to translate)"), targets[i]);
        notice(notices, _("Skipped translation %s %s"), files[i], why);
    }
    diag_free(&diags);
    free(files);
    free(targets);
}

void decks_load_all(Library *lib, DeckNotices *notices) {
    Loading L = {lib, notices, NULL};
    /* Translations in translations/ folders wait until their language is played. */
    DeckVisitor v = {load_deck, load_problem, &L, DECKS_NO_TRANSLATIONS, NULL};
    walk_all(&v);
    link_translations(lib, notices);
}

void decks_load_language(Library *lib, const char *lang, DeckNotices *notices) {
    if (!lang || !language_code_valid(lang)) return;
    Loading L = {lib, notices, lang};
    DeckVisitor v = {load_deck, load_problem, &L, DECKS_ONE_LANGUAGE, lang};
    walk_all(&v);
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
    if (shown < total) utf8_snprintf(out + len, size - len, _(" and %d more"), total - shown);
}

/* "English" when every flagged deck is written in one language we name, else "the
 * language it was written in". */
static const char *written_in(const Library *lib, const bool *flag) {
    const char *lang = NULL;
    for (int i = 0; i < lib->n_decks; i++) {
        if (!flag[i]) continue;
        if (lang && strcmp(lang, lib->written[i]->language)) return _("the language it was written in");
        lang = lib->written[i]->language;
    }
    const char *name = language_name(lang);
    return lang && name != lang ? name : _("the language it was written in");
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
        utf8_snprintf(line, sizeof line, _("No deck is in %s yet: every card shows in %s."), name,
                      written_in(lib, none));
        notice(notices, "%s", line);
    } else if (n_none) {
        deck_list(lib, none, list, sizeof list);
        utf8_snprintf(line, sizeof line, _("Not in %s yet, so shown in %s: %s."), name, written_in(lib, none), list);
        notice(notices, "%s", line);
    }
    if (n_part) {
        deck_list(lib, part, list, sizeof list);
        utf8_snprintf(line, sizeof line, _("A few texts are not in %s yet and show in %s, in: %s."), name,
                      written_in(lib, part), list);
        notice(notices, "%s", line);
    }
    free(none);
    free(part);
}

int decks_languages(char (*out)[LIBRARY_LANG_MAX], int max) {
    int n = 0;
    if (max > 0) snprintf(out[n++], LIBRARY_LANG_MAX, "%s", ""); /* the decks as written: English */
    VfsEntry *entries = NULL;
    char err[VFS_ERR_LEN];
    int k = vfs_exists("/scenarios/translations") ? vfs_list("/scenarios/translations", &entries, err, sizeof err) : -1;
    for (int i = 0; i < k && n < max; i++) {
        const char *name = entries[i].name;
        if (entries[i].kind != VFS_FOLDER || strlen(name) >= LIBRARY_LANG_MAX || !language_code_valid(name) ||
            !strcmp(name, "en"))
            continue;
        /* In a fixed order, whatever order the folder lists them in. */
        int at = n;
        while (at > 1 && strcmp(out[at - 1], name) > 0) at--;
        memmove(out[at + 1], out[at], (size_t)(n - at) * LIBRARY_LANG_MAX);
        snprintf(out[at], LIBRARY_LANG_MAX, "%s", name);
        n++;
    }
    if (k > 0) vfs_list_free(entries, k);
    return n;
}
