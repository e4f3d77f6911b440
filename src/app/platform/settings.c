/* The player's settings, kept as a small "key = value" file (settings.ini) in the data folder. */
#include "app/platform/settings.h"

#include "app/ui/draw.h"
#include "app/platform/vfs.h"
#include "core/deck.h"
#include "core/session.h"
#include "core/util.h"

#include <SDL.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FILE_MAX = 16 * 1024, LINE_MAX_LEN = 512 };

static const char *const FILE_NAME = "settings.ini";

static const float UI_SCALES[] = {0.75f, 0.85f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f};
static const float COUNTDOWN_STEPS[] = {0, 1500, 3000, 5000, 10000};
enum { N_COUNTDOWN_STEPS = (int)(sizeof COUNTDOWN_STEPS / sizeof COUNTDOWN_STEPS[0]) };
enum { N_UI_SCALES = (int)(sizeof UI_SCALES / sizeof UI_SCALES[0]) };

static const char *const SHAPE_NAMES[SHAPE_COUNT] = {"circle", "square", "triangle", "diamond", "star"};

void settings_defaults(Settings *s) {
    memset(s, 0, sizeof *s);
    s->ui_scale = 1.0f;
    s->rumble = true;
    s->speech_volume = 70;
    s->countdown_ms = 1500;
    input_default_keys(&s->keys);
    s->colors[0] = 0;
    s->colors[1] = 1;
    s->shapes[0] = SHAPE_CIRCLE;
    s->shapes[1] = SHAPE_SQUARE;
    s->timer_minutes = SETTINGS_TIMER_DEFAULT;
}

/* The step of steps[n] nearest current, moved by dir (clamped). */
static int step_of(const float *steps, int n, float current, int dir) {
    int best = 0;
    for (int i = 1; i < n; i++)
        if (fabsf(steps[i] - current) < fabsf(steps[best] - current)) best = i;
    best += dir > 0 ? 1 : dir < 0 ? -1 : 0;
    return best < 0 ? 0 : best >= n ? n - 1 : best;
}

int settings_countdown_step(int current, int dir) {
    return (int)COUNTDOWN_STEPS[step_of(COUNTDOWN_STEPS, N_COUNTDOWN_STEPS, (float)current, dir)];
}

float settings_scale_step(float current, int dir) { return UI_SCALES[step_of(UI_SCALES, N_UI_SCALES, current, dir)]; }

static bool parse_bool(const char *v, bool *out) {
    static const char *const yes[] = {"yes", "true", "on", "1"};
    static const char *const no[] = {"no", "false", "off", "0"};
    for (int i = 0; i < 4; i++) {
        if (SDL_strcasecmp(v, yes[i]) == 0) return (*out = true), true;
        if (SDL_strcasecmp(v, no[i]) == 0) return (*out = false), true;
    }
    return false;
}

/* A whole number from lo to hi into *out; false (out untouched) otherwise. */
static bool whole(const char *v, long lo, long hi, int *out) {
    char *end;
    long l = strtol(v, &end, 10);
    if (end == v || *end || l < lo || l > hi) return false;
    *out = (int)l;
    return true;
}

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) *--e = '\0';
    return s;
}

/* Applies one key; returns false for an unknown key, sets *bad for a bad value. */
static bool apply(Settings *s, const char *key, const char *v, bool *bad) {
    *bad = false;
    bool b;
    if (!strcmp(key, "ui_scale")) {
        char *end;
        double d = strtod(v, &end);
        if (end == v || *end || !(d >= (double)SETTINGS_SCALE_MIN - 1e-6 && d <= (double)SETTINGS_SCALE_MAX + 1e-6))
            *bad = true;
        else
            s->ui_scale = (float)d;
    } else if (!strcmp(key, "theme")) {
        if (!strcmp(v, "light"))
            s->dark = false;
        else if (!strcmp(v, "dark"))
            s->dark = true;
        else
            *bad = true;
    } else if (!strncmp(key, "key_", 4)) {
        int slot = -1;
        for (int i = 0; i < KEY_SLOTS; i++)
            if (!strcmp(key + 4, input_slot_id((KeySlot)i))) slot = i;
        if (slot < 0) return false;
        SDL_Scancode sc = SDL_GetScancodeFromName(v);
        if (sc == SDL_SCANCODE_UNKNOWN)
            *bad = true;
        else
            s->keys.key[slot] = sc;
    } else if (!strcmp(key, "countdown_ms")) {
        *bad = !whole(v, 0, 10000, &s->countdown_ms);
    } else if (!strcmp(key, "contrast")) {
        if (!strcmp(v, "normal"))
            s->high_contrast = false;
        else if (!strcmp(v, "high"))
            s->high_contrast = true;
        else
            *bad = true;
    } else if (!strcmp(key, "speech_rate")) {
        *bad = !whole(v, -100, 100, &s->speech_rate);
    } else if (!strcmp(key, "speech_volume")) {
        *bad = !whole(v, 0, 100, &s->speech_volume);
    } else if (!strcmp(key, "reduced_motion") || !strcmp(key, "fullscreen") || !strcmp(key, "rumble") ||
               !strcmp(key, "tv_mode") || !strcmp(key, "read_aloud")) {
        if (!parse_bool(v, &b))
            *bad = true;
        else if (!strcmp(key, "read_aloud"))
            s->read_aloud = b;
        else if (!strcmp(key, "reduced_motion"))
            s->reduced_motion = b;
        else if (!strcmp(key, "fullscreen"))
            s->fullscreen = b;
        else if (!strcmp(key, "rumble"))
            s->rumble = b;
        else
            s->tv_mode = b;
    } else if (!strcmp(key, "player1_name") || !strcmp(key, "player2_name")) {
        int p = key[6] - '1';
        if (strlen(v) >= SETTINGS_NAME_MAX || session_name_problem(v))
            *bad = true;
        else
            snprintf(s->names[p], sizeof s->names[p], "%s", v);
    } else if (!strcmp(key, "player1_lang") || !strcmp(key, "player2_lang")) {
        int p = key[6] - '1'; /* "" or "en": the decks as written */
        if (v[0] && (strlen(v) >= SETTINGS_LANG_MAX || !language_code_valid(v)))
            *bad = true;
        else
            snprintf(s->langs[p], sizeof s->langs[p], "%s", v);
    } else if (!strcmp(key, "player1_color") || !strcmp(key, "player2_color")) {
        int p = key[6] - '1';
        if (strlen(v) != 1 || v[0] < '0' || v[0] >= '0' + THEME_PLAYER_COLORS)
            *bad = true;
        else
            s->colors[p] = v[0] - '0';
    } else if (!strcmp(key, "player1_shape") || !strcmp(key, "player2_shape")) {
        int p = key[6] - '1', found = -1;
        for (int i = 0; i < SHAPE_COUNT; i++)
            if (!strcmp(v, SHAPE_NAMES[i])) found = i;
        if (found < 0)
            *bad = true;
        else
            s->shapes[p] = found;
    } else if (!strcmp(key, "timer_minutes")) {
        *bad = !whole(v, SETTINGS_TIMER_MIN, SETTINGS_TIMER_MAX, &s->timer_minutes);
    } else if (!strcmp(key, "language")) {
        if (v[0] && (strlen(v) >= sizeof s->language || !language_code_valid(v)))
            *bad = true;
        else
            snprintf(s->language, sizeof s->language, "%s", v);
    } else {
        return false;
    }
    return true;
}

bool settings_parse(Settings *s, const char *text, size_t len, char *err, size_t n) {
    if (memchr(text, '\0', len)) {
        snprintf(err, n, "it contains binary data");
        return false;
    }
    size_t bad_at = utf8_validate(text, len);
    if (bad_at != len) {
        int line = 1;
        for (size_t i = 0; i < bad_at; i++) line += text[i] == '\n';
        snprintf(err, n, "line %d: not valid UTF-8", line);
        return false;
    }
    const char *p = text, *end = text + len;
    for (int line = 1; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (ll >= LINE_MAX_LEN) {
            snprintf(err, n, "line %d: too long", line);
            return false;
        }
        char buf[LINE_MAX_LEN];
        memcpy(buf, p, ll);
        buf[ll] = '\0';
        p = nl ? nl + 1 : end;
        char *l = trim(buf);
        if (!*l || *l == '#' || *l == ';') continue;
        if (*l == '[') {
            SDL_Log("settings.ini:%d: sections are not used here (ignored)", line);
            continue;
        }
        char *eq = strchr(l, '=');
        if (!eq) {
            snprintf(err, n, "line %d: expected 'key = value'", line);
            return false;
        }
        *eq = '\0';
        char *key = trim(l), *value = trim(eq + 1);
        bool bad;
        if (!*key) {
            snprintf(err, n, "line %d: expected a key before '='", line);
            return false;
        }
        if (!apply(s, key, value, &bad))
            SDL_Log("settings.ini:%d: unknown key '%s' (ignored)", line, key);
        else if (bad && strstr(key, "_name"))
            /* A name is the players' own: it never goes to a log, even a broken one. */
            SDL_Log("settings.ini:%d: the name in %s cannot be used (the default is used)", line, key);
        else if (bad)
            SDL_Log("settings.ini:%d: bad value '%s' for %s (the default is used)", line, value, key);
    }
    /* Keys edited by hand that clash or take a menu key: the standard ones, all of them. */
    char why[200];
    for (int i = 0; i < KEY_SLOTS; i++)
        if (!input_key_allowed(&s->keys, (KeySlot)i, s->keys.key[i], why, sizeof why)) {
            SDL_Log("settings.ini: key for %s: %s The standard keys are in use.", input_slot_words((KeySlot)i), why);
            input_default_keys(&s->keys);
            break;
        }
    return true;
}

size_t settings_format(const Settings *s, char *out, size_t n) {
    int k = snprintf(out, n,
                     "# Gray Area settings. Edit while the game is closed; unknown lines are ignored.\n"
                     "ui_scale = %.2f\n"
                     "theme = %s\n"
                     "contrast = %s\n"
                     "reduced_motion = %s\n"
                     "fullscreen = %s\n"
                     "rumble = %s\n"
                     "tv_mode = %s\n"
                     "read_aloud = %s\n"
                     "speech_rate = %d\n"
                     "speech_volume = %d\n"
                     "countdown_ms = %d\n"
                     "player1_name = %s\n"
                     "player2_name = %s\n"
                     "player1_color = %d\n"
                     "player2_color = %d\n"
                     "player1_shape = %s\n"
                     "player2_shape = %s\n"
                     "timer_minutes = %d\n"
                     "language = %s\n",
                     (double)s->ui_scale, s->dark ? "dark" : "light", s->high_contrast ? "high" : "normal",
                     s->reduced_motion ? "yes" : "no", s->fullscreen ? "yes" : "no", s->rumble ? "yes" : "no",
                     s->tv_mode ? "yes" : "no", s->read_aloud ? "yes" : "no", s->speech_rate, s->speech_volume,
                     s->countdown_ms, s->names[0], s->names[1], s->colors[0], s->colors[1],
                     SHAPE_NAMES[s->shapes[0] >= 0 && s->shapes[0] < SHAPE_COUNT ? s->shapes[0] : 0],
                     SHAPE_NAMES[s->shapes[1] >= 0 && s->shapes[1] < SHAPE_COUNT ? s->shapes[1] : 0], s->timer_minutes,
                     s->language);
    if (k <= 0 || (size_t)k >= n) return 0;
    size_t len = (size_t)k;
    k = snprintf(out + len, n - len, "player1_lang = %s\nplayer2_lang = %s\n", s->langs[0], s->langs[1]);
    if (k <= 0 || (size_t)k >= n - len) return 0;
    len += (size_t)k;
    for (int i = 0; i < KEY_SLOTS; i++) {
        k = snprintf(out + len, n - len, "key_%s = %s\n", input_slot_id((KeySlot)i),
                     SDL_GetScancodeName(s->keys.key[i]));
        if (k <= 0 || (size_t)k >= n - len) return 0;
        len += (size_t)k;
    }
    return len;
}

void settings_load(Settings *s, char *notice, size_t n) {
    settings_defaults(s);
    if (n) notice[0] = '\0';
    if (!vfs_data_exists(FILE_NAME)) return;
    char err[256];
    size_t len;
    char *text = vfs_read_data(FILE_NAME, FILE_MAX, &len, err, sizeof err);
    if (!text && !strstr(err, "too large")) {
        SDL_Log("settings: %s", err);
        utf8_snprintf(notice, n, "Could not read your settings (%s); the defaults are in use.", err);
        return;
    }
    Settings tmp = *s;
    if (text && settings_parse(&tmp, text, len, err, sizeof err)) {
        *s = tmp;
        free(text);
        return;
    }
    free(text);
    if (!text) snprintf(err, sizeof err, "it is too large");
    /* Keep the damaged file for the player to look at, never over one kept before. */
    char why[VFS_ERR_LEN], kept[VFS_PATH_MAX];
    if (vfs_set_aside(FILE_NAME, kept, sizeof kept, why, sizeof why))
        utf8_snprintf(notice, n,
                      "Your settings file could not be read (%s). It was kept as %s and the defaults are in use.", err,
                      kept);
    else
        utf8_snprintf(notice, n, "Your settings file could not be read (%s), and could not be set aside: %s.", err,
                      why);
    SDL_Log("settings: %s", notice);
}

bool settings_save(const Settings *s, char *err, size_t n) {
    char buf[2048];
    size_t len = settings_format(s, buf, sizeof buf);
    if (len == 0) {
        snprintf(err, n, "settings do not fit the buffer");
        return false;
    }
    return vfs_write_atomic(FILE_NAME, buf, len, err, n);
}
