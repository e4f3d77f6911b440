/* The player's settings, kept as a small "key = value" file (settings.ini) in the data folder. */
#ifndef GA_SETTINGS_H
#define GA_SETTINGS_H

#include "app/platform/input.h"

#include <stdbool.h>
#include <stddef.h>

enum { SETTINGS_NAME_MAX = 64 }; /* bytes with the NUL, like SESSION_NAME_MAX */
enum { SETTINGS_LANG_MAX = 16 }; /* a language code with the NUL, like LIBRARY_LANG_MAX */

#define SETTINGS_SCALE_MIN 0.75f
#define SETTINGS_SCALE_MAX 2.0f
enum { SETTINGS_TIMER_MIN = 1, SETTINGS_TIMER_MAX = 10, SETTINGS_TIMER_DEFAULT = 3 };

typedef struct Settings {
    float ui_scale;      /* text and layout size on top of the window size, 0.75..2 */
    bool dark;           /* theme */
    bool high_contrast;  /* the theme's high-contrast look (black on white, white on black) */
    bool reduced_motion; /* no slides or fades, only instant changes */
    bool fullscreen;
    bool rumble;                      /* gamepad rumble on lock-in */
    bool tv_mode;                     /* larger defaults for a TV across the room */
    bool read_aloud;                  /* speak through speech-dispatcher (voice.h) */
    int speech_rate;                  /* -100..100, 0 is the voice's own speed */
    int speech_volume;                /* 0..100 % */
    int countdown_ms;                 /* the lock-in countdown for new sessions; 0: off (a reveal button) */
    KeyMap keys;                      /* the keyboard's player and shared keys (Settings -> Keys) */
    char names[2][SETTINGS_NAME_MAX]; /* last used, UTF-8; may be empty */
    int colors[2];                    /* last used, index into Theme.player */
    int shapes[2];                    /* last used, a Shape */
    char langs[2][SETTINGS_LANG_MAX]; /* each player's language, last used ("": as the decks are written) */
    int timer_minutes;                /* the facilitator's discussion timer, 1..10 */
    char language[16];                /* "es", "hi"...; "" until chosen on first start (lang.h) */
} Settings;

void settings_defaults(Settings *s);

/* Parses settings text over defaults already in s. Unknown keys and bad values are
 * logged (SDL_Log) and leave the default. Returns false, with err naming the line,
 * only when the text is not a settings file at all (binary, no "key = value" shape). */
bool settings_parse(Settings *s, const char *text, size_t len, char *err, size_t err_size);
/* Writes s as settings text into out; returns the length, or 0 if out is too small. */
size_t settings_format(const Settings *s, char *out, size_t out_size);

/* Loads settings.ini from the data folder (defaults when it is missing). A file that
 * cannot be parsed is renamed to settings.ini.bad and notice tells the player so
 * (notice is "" otherwise). Never fails: s always ends up usable. */
void settings_load(Settings *s, char *notice, size_t notice_size);
/* Saves atomically to settings.ini in the data folder. */
bool settings_save(const Settings *s, char *err, size_t err_size);

/* The countdown steps Settings offers (0 = off), next up or down from current. */
int settings_countdown_step(int current, int dir);

/* The allowed UI scale steps, for a stepper: returns the next step up (dir > 0) or
 * down (dir < 0) from the current value. */
float settings_scale_step(float current, int dir);

#endif
