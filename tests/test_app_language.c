/* The language through the real app (app_run, a frame hook acting as the player): a first
 * start asks, with the system's language (LANGUAGE=es) already chosen and the screen in
 * it; moving the focus shows the next language; Enter keeps it in settings.ini and goes
 * on to the title, in Spanish. The next start asks nothing and plays in Spanish; Settings'
 * Language row changes it back to English at once (words and settings.ini). */
#include "app/app.h"
#include "app/screen.h"
#include "core/i18n.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

typedef struct Run {
    int step;
    bool done;
    char seen_lang[4][16]; /* the UI language at each look */
    const char *screens[4];
} Run;

static void press(SDL_Scancode sc) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    SDL_PushEvent(&e);
}

static const char *top(App *app) { return screen_top(app) ? screen_top(app)->name : ""; }

static void note(Run *r, App *app, int k) {
    snprintf(r->seen_lang[k], sizeof r->seen_lang[k], "%s", i18n_language());
    r->screens[k] = top(app);
}

/* First start: language screen (es), down (hi), up (es), Enter: the title. */
static void first_start(App *app, void *ctx) {
    Run *r = ctx;
    if (r->done || app->now < 500) return;
    switch (r->step++) {
    case 0:
        note(r, app, 0);
        press(SDL_SCANCODE_DOWN);
        break;
    case 1:
        note(r, app, 1);
        press(SDL_SCANCODE_UP);
        break;
    case 2:
        note(r, app, 2);
        press(SDL_SCANCODE_RETURN);
        break;
    case 3: break;
    default:
        note(r, app, 3);
        r->done = true;
        app_quit(app, 0);
    }
}

/* Second start: the title in Spanish; Settings (down, Enter); the Language row (first) to
 * English (left); back at the title. */
static void second_start(App *app, void *ctx) {
    Run *r = ctx;
    if (r->done || app->now < 500) return;
    switch (r->step++) {
    case 0:
        note(r, app, 0);
        press(SDL_SCANCODE_DOWN);
        break;
    case 1: press(SDL_SCANCODE_RETURN); break;
    case 2:
        note(r, app, 1);
        press(SDL_SCANCODE_LEFT);
        break;
    case 3: break;
    default:
        note(r, app, 2);
        r->done = true;
        app_quit(app, 0);
    }
}

static bool ini_has(const char *data, const char *line) {
    char path[600], buf[4096];
    snprintf(path, sizeof path, "%s/settings.ini", data);
    FILE *f = fopen(path, "r");
    if (!f) return false;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strstr(buf, line) != NULL;
}

int main(void) {
    char data[] = "/tmp/grayarea-lang-XXXXXX";
    CHECK(mkdtemp(data) != NULL);
    setenv("LANGUAGE", "es", 1); /* the system's language: Spanish */
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = data;
    opt.decks_dir = GA_FIXTURES "/good";
    opt.ask_language = true;
    opt.width = 1280;
    opt.height = 720;
    opt.windowed = true;

    Run r1 = {0};
    opt.frame_hook = first_start;
    opt.hook_ctx = &r1;
    CHECK_INT(app_run(&opt), 0);
    CHECK(r1.done);
    CHECK_STR(r1.screens[0], "language");
    CHECK_STR(r1.seen_lang[0], "es"); /* the system's language, chosen already */
    CHECK_STR(r1.seen_lang[1], "hi"); /* the focus moved: the screen reads in Hindi */
    CHECK_STR(r1.seen_lang[2], "es");
    CHECK_STR(r1.screens[3], "title");
    CHECK_STR(r1.seen_lang[3], "es");
    CHECK(ini_has(data, "language = es\n"));

    i18n_reset();
    Run r2 = {0};
    opt.frame_hook = second_start;
    opt.hook_ctx = &r2;
    CHECK_INT(app_run(&opt), 0);
    CHECK(r2.done);
    CHECK_STR(r2.screens[0], "title"); /* asked once only */
    CHECK_STR(r2.seen_lang[0], "es");
    CHECK_STR(r2.screens[1], "settings");
    CHECK_STR(r2.seen_lang[2], "en");
    CHECK(ini_has(data, "language = en\n"));

    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", data);
    CHECK(system(cmd) == 0);
    return harness_finish();
}
