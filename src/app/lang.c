/* Catalogues through the VFS, the languages on offer, and applying a choice (see lang.h). */
#include "app/lang.h"

#include "app/app.h"
#include "app/ui/text.h"
#include "app/game.h"
#include "app/platform/vfs.h"
#include "core/catalogue.h"
#include "core/deck.h"
#include "core/i18n.h"
#include "core/util.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The pseudo-locale of the layout check: selectable with --lang, never offered. */
static const char PSEUDO[] = "qps";

typedef struct Problems {
    char first[240];
    int count;
} Problems;

static void problem(Problems *p, const char *where, const char *why) {
    if (!p->count++) utf8_snprintf(p->first, sizeof p->first, "%s: %s", where, why);
}

/* Reads one language's catalogue under dir ("/locale", "/packs/x/locale"). */
static void load_one(const char *dir, const char *folder, Problems *pr) {
    char code[LANG_CODE_MAX], path[VFS_PATH_MAX], err[200];
    snprintf(code, sizeof code, "%s", folder);
    for (char *c = code; *c; c++)
        if (*c == '_') *c = '-'; /* gettext's folders say pt_BR, the decks pt-BR */
    snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/grayarea.mo", dir, folder);
    if (strlen(folder) >= sizeof code || !i18n_code_valid(code) || !vfs_exists(path)) return;
    size_t len = 0;
    char *bytes = vfs_read(path, LANG_MO_MAX, &len, err, sizeof err);
    if (!bytes) {
        problem(pr, path + 1, err);
        return;
    }
    int skipped = 0;
    Catalogue *cat = catalogue_parse(bytes, len, &skipped, err, sizeof err);
    free(bytes);
    if (!cat) {
        problem(pr, path + 1, err);
        return;
    }
    if (skipped)
        SDL_Log("lang: %s: %d translations left out (not UTF-8, or placeholders unlike the English)", path + 1,
                skipped);
    if (!i18n_add(code, cat)) {
        catalogue_free(cat);
        problem(pr, path + 1, "too many catalogues");
    }
}

static void load_dir(const char *dir, Problems *pr) {
    if (!vfs_exists(dir)) return;
    VfsEntry *e = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_list(dir, &e, err, sizeof err);
    for (int i = 0; i < n; i++)
        if (e[i].kind == VFS_FOLDER) load_one(dir, e[i].name, pr);
    if (n > 0) vfs_list_free(e, n);
}

void lang_load_catalogues(char *notice, size_t notice_size) {
    i18n_reset();
    Problems pr = {"", 0};
    load_dir("/locale", &pr);
    /* Packs after the shipped catalogues: searched first, so a pack can correct a word. */
    VfsEntry *packs = NULL;
    char err[VFS_ERR_LEN];
    int n = vfs_exists("/packs") ? vfs_list("/packs", &packs, err, sizeof err) : 0;
    for (int i = 0; i < n; i++) {
        char dir[VFS_PATH_MAX];
        snprintf(dir, sizeof dir, "/packs/%s/locale", packs[i].name);
        load_dir(dir, &pr);
    }
    if (n > 0) vfs_list_free(packs, n);
    const char *codes[LANG_OFFERED_MAX];
    char list[200] = "";
    for (int i = 0, k = i18n_languages(codes, LANG_OFFERED_MAX); i < k; i++)
        utf8_snprintf(list + strlen(list), sizeof list - strlen(list), " %s", codes[i]);
    SDL_Log("lang: the game's words in English and:%s", list[0] ? list : " nothing else");
    if (notice_size) notice[0] = '\0';
    if (pr.count) {
        SDL_Log("lang: a catalogue was skipped: %s", pr.first);
        /* English: no catalogue is chosen yet, and this names a file for whoever fixes it. */
        if (pr.count == 1)
            snprintf(notice, notice_size, "Skipped a translation of the game's words (%s); English shows instead.",
                     pr.first);
        else
            snprintf(notice, notice_size,
                     "Skipped %d translations of the game's words (the first: %s); English shows instead.", pr.count,
                     pr.first);
    }
}

static int code_cmp(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

int lang_offered(const char **codes, int max) {
    if (max < 1) return 0;
    const char *all[32];
    int n = i18n_languages(all, 32), k = 0;
    qsort(all, (size_t)n, sizeof all[0], code_cmp);
    codes[k++] = "en";
    for (int i = 0; i < n && k < max; i++)
        if (strcmp(all[i], PSEUDO) && strcmp(all[i], "en")) codes[k++] = all[i];
    return k;
}

const char *lang_autonym(const char *code) {
    static const struct {
        const char *code, *name;
    } NAMES[] = {
        {"en", "English"},
        {"es", "Espa\xC3\xB1ol"},
        {"hi", "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80"}, /* हिन्दी */
        {"de", "Deutsch"},
        {"fr", "Fran\xC3\xA7"
               "ais"},
        {"it", "Italiano"},
        {"pt", "Portugu\xC3\xAAs"},
        {"nl", "Nederlands"},
        {"pl", "Polski"},
        {"sv", "Svenska"},
        {"tr", "T\xC3\xBCrk\xC3\xA7"
               "e"},
    };
    for (size_t i = 0; code && i < sizeof NAMES / sizeof NAMES[0]; i++)
        if (!strcmp(NAMES[i].code, code)) return NAMES[i].name;
    return code ? code : "";
}

/* The offered code that a locale name ("es_MX.UTF-8", "pt-BR", "hi") asks for: the whole
 * code first, then its language; false when none is offered. */
static bool match_offered(const char *name, const char **offered, int n, char *out, size_t size) {
    char code[LANG_CODE_MAX];
    size_t k = 0;
    for (; name[k] && name[k] != '.' && name[k] != '@' && name[k] != ':' && k + 1 < sizeof code; k++)
        code[k] = name[k] == '_' ? '-' : name[k];
    code[k] = '\0';
    if (!k || !strcmp(code, "C") || !strcmp(code, "POSIX")) return false;
    for (int pass = 0; pass < 2; pass++) {
        if (pass) code[strcspn(code, "-")] = '\0';
        for (int i = 0; i < n; i++)
            if (!strcmp(offered[i], code)) {
                snprintf(out, size, "%s", offered[i]);
                return true;
            }
    }
    return false;
}

void lang_from_system(char *out, size_t size) {
    snprintf(out, size, "en");
    const char *offered[32];
    int n = lang_offered(offered, 32);
    /* POSIX's order: LANGUAGE's list, then LC_ALL, LC_MESSAGES and LANG. */
    static const char *const VARS[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t v = 0; v < sizeof VARS / sizeof VARS[0]; v++) {
        const char *list = SDL_getenv(VARS[v]);
        for (const char *p = list; p && *p; p += strcspn(p, ":"), p += *p == ':') {
            if (match_offered(p, offered, n, out, size)) return;
            if (v > 0) break; /* only LANGUAGE is a list */
        }
        if (list && *list && v > 0 && strcmp(list, "C") && strncmp(list, "C.", 2) && strcmp(list, "POSIX")) return;
    }
    /* Elsewhere (Windows), what the system says. */
    SDL_Locale *locales = SDL_GetPreferredLocales();
    if (!locales) return;
    for (SDL_Locale *l = locales; l->language; l++) {
        char full[LANG_CODE_MAX];
        snprintf(full, sizeof full, "%s%s%s", l->language, l->country ? "_" : "", l->country ? l->country : "");
        if (match_offered(full, offered, n, out, size)) break;
    }
    SDL_free(locales);
}

bool lang_devanagari(const char *code) {
    return code && (!strncmp(code, "hi", 2) || !strncmp(code, "mr", 2) || !strncmp(code, "ne", 2)) &&
           (!code[2] || code[2] == '-');
}

void lang_apply(App *app, const char *code) {
    if (!code || !*code || !i18n_code_valid(code)) code = "en";
    i18n_set_language(code);
    if (app->game) game_set_language(app->game, strcmp(code, "en") ? code : NULL);
    speech_set_language(&app->speech, code);
    text_set_tall_lines(app->text, lang_devanagari(code));
    app_redraw(app);
}
