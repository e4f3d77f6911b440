/* The run from start to finish: everything started in order, the loop, and the shut-down. */
#include "app/app.h"

#include "app/game.h"
#include "app/lang.h"
#include "app/notice.h"
#include "app/platform/os.h"
#include "app/platform/terminal.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "core/i18n.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t fresh_seed(void) {
    uint64_t s = (uint64_t)time(NULL) ^ (SDL_GetPerformanceCounter() * 0x9E3779B97F4A7C15ull);
    return s ? s : 1;
}

static void fatal(const char *msg, bool show_box) {
    terminal_error("%s", msg);
    if (show_box) SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Gray Area", msg, NULL);
}

/* The replay and the screenshot folder: a bad one is the caller's mistake, said before
 * any window appears. */
static bool open_replay_and_shots(App *app, const AppOptions *opt, char *err, size_t n) {
    if (opt->replay_path) {
        if (!replay_load(&app->loop.replay, opt->replay_path, err, n)) return false;
        app->replaying = true;
    }
    return screen_shots_init(app, opt->screenshot_dir, err, n);
}

static bool start_sdl(const AppOptions *opt, char *err, size_t n) {
    /* Closing the window asks first (SDL_WINDOWEVENT_CLOSE); SDL_QUIT then only
     * comes from signals and logging out, which quit at once. */
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        snprintf(err, n, "cannot start SDL: %s", SDL_GetError());
        fatal(err, false);
        return false;
    }
    if (!vfs_init(NULL, opt->data_dir, opt->decks_dir, err, n)) {
        fatal(err, true);
        SDL_Quit();
        return false;
    }
    SDL_Log("app: game data from %s", vfs_origin("/assets/fonts"));
    return true;
}

/* Settings and the keyboard. A settings file that cannot be read becomes a notice. */
static void load_settings(App *app, const AppOptions *opt, char *notice) {
    if (app->replaying) {
        /* The replay's settings, not this machine's: layout decides where clicks land. */
        const ReplayHeader *h = &app->loop.replay.head;
        settings_defaults(&app->settings);
        app->settings.ui_scale = h->ui_scale;
        app->settings.dark = h->dark;
        app->settings.reduced_motion = h->reduced_motion;
        app->settings.tv_mode = h->tv_mode;
        app->settings.timer_minutes = h->timer_minutes;
    } else {
        settings_load(&app->settings, notice, APP_NOTICE_LEN);
    }
    /* A replay never overwrites your own settings; with --data-dir (tests) it may. */
    app->display.can_save_settings = !app->replaying || opt->data_dir;
    theme_get(&app->theme, app->settings.dark, app->settings.high_contrast);
    input_init(&app->input);
    input_set_keys(&app->settings.keys);
}

/* The game's words before the first frame: --lang, else settings.ini's choice, else (a
 * first start) the system's language when we have it. A replay plays in --lang or English,
 * whatever this machine's settings say. */
static void choose_language(App *app, const AppOptions *opt) {
    lang_load_catalogues(app->lang_notice, sizeof app->lang_notice);
    char code[LANG_CODE_MAX] = "en";
    if (opt->lang)
        snprintf(code, sizeof code, "%s", opt->lang);
    else if (app->replaying)
        snprintf(code, sizeof code, "en");
    else if (app->settings.language[0])
        snprintf(code, sizeof code, "%s", app->settings.language);
    else
        lang_from_system(code, sizeof code);
    lang_apply(app, code); /* before the game exists: the decks follow in start_game */
    const char *offered[LANG_OFFERED_MAX];
    app->ask_language = opt->ask_language && !opt->lang && !app->replaying && !app->settings.language[0] &&
                        lang_offered(offered, LANG_OFFERED_MAX) > 1;
}

/* Read aloud and the layout check: both read what each frame drew. A speech-dispatcher
 * that cannot be had is a notice; the game carries on silently. */
static bool start_speech(App *app, const AppOptions *opt, char *notice, char *err, size_t n) {
    if (opt->speech_log && !speech_open_log(&app->speech, opt->speech_log, err, n)) return false;
    if (opt->layout_log) {
        app->layout_log = os_fopen(opt->layout_log, "w");
        if (!app->layout_log) {
            snprintf(err, n, "cannot write the layout check's log %s", opt->layout_log);
            return false;
        }
    }
    app->frame.on = opt->layout_log != NULL;
    char why[300] = "";
    const Settings *s = &app->settings;
    if (!speech_configure(&app->speech, s->read_aloud, s->speech_rate, s->speech_volume * 2 - 100, why, sizeof why) &&
        why[0] && !notice[0])
        snprintf(notice, APP_NOTICE_LEN, "%s", why);
    app->frame.on = app->frame.on || speech_active(&app->speech);
    return true;
}

/* The window, the renderer, the fonts and the drawing cache. */
static bool open_display(App *app, const AppOptions *opt, char *err, size_t n) {
    int w = opt->width ? opt->width : 1280, h = opt->height ? opt->height : 720;
    bool fullscreen = opt->fullscreen || (!opt->windowed && app->settings.fullscreen);
    if (app->replaying) {
        w = app->loop.replay.head.w;
        h = app->loop.replay.head.h;
        fullscreen = false;
    }
    app->settings.fullscreen = fullscreen;
    if (!display_open(app, w, h, fullscreen, err, n)) {
        fatal(err, true);
        return false;
    }
    SDL_StopTextInput(); /* SDL starts with text input on; we want it only in text fields */
    if (screen_shots_on(app) && !(IMG_Init(IMG_INIT_PNG) & IMG_INIT_PNG))
        SDL_Log("app: PNG support: %s", IMG_GetError());
    display_fit(app);
    app->text = text_create(app->renderer, app->ui.s, err, n);
    text_set_tall_lines(app->text, lang_devanagari(i18n_language())); /* as lang_apply does */
    if (!app->text) {
        fatal(err, true);
        return false;
    }
    app->draw = (Draw){app->renderer, app->text, &app->theme, &app->ui, draw_cache_create(app->renderer), &app->frame};
    app->frame.renderer = app->renderer;
    text_observe(app->text, framelog_observe, &app->frame);
    if (!app->draw.cache) {
        fatal("out of memory", false);
        return false;
    }
    return true;
}

static void choose_seed(App *app, const AppOptions *opt) {
    if (app->replaying) {
        app->seed = app->loop.replay.head.seed;
        if (opt->has_seed && opt->seed != app->seed)
            SDL_Log("app: --seed ignored: the replay was recorded with seed %llu", (unsigned long long)app->seed);
    } else {
        app->seed = opt->has_seed ? opt->seed : fresh_seed();
    }
}

/* Controllers, the decks and the game, with the notices of everything loaded so far.
 * Notices change the title's layout: a replay that recorded them shows those instead. */
static bool start_game(App *app, const char *lang, bool forced, const char *notice) {
    /* Controllers: their mappings come from the data folder, so after vfs_init. */
    char pad_notice[APP_NOTICE_LEN] = "";
    pads_init(&app->pads, pad_notice, sizeof pad_notice);
    app->pads.rumble = app->settings.rumble;
    const ReplayHeader *head = &app->loop.replay.head;
    bool own_notices = !(app->replaying && head->has_notices);
    if (own_notices) {
        for (int i = 0; i < vfs_notice_count(); i++) notice_add(app, "%s", vfs_notice(i));
        if (notice[0]) notice_add(app, "%s", notice);
        if (pad_notice[0]) notice_add(app, "%s", pad_notice);
        if (app->lang_notice[0]) notice_add(app, "%s", app->lang_notice);
    }
    app->game = calloc(1, sizeof *app->game);
    if (!app->game) {
        fatal("out of memory", false);
        return false;
    }
    game_init(app->game);
    bool english = !strcmp(lang, "en");
    game_set_language(app->game, english ? NULL : lang);
    /* Each player's language: --lang for both; else as last chosen at setup; else the
     * game's own ("" is the decks as written, English). */
    for (int p = 0; p < 2; p++) {
        char *mine = app->settings.langs[p];
        if (forced || !mine[0]) snprintf(mine, sizeof app->settings.langs[p], "%s", english ? "" : lang);
        snprintf(app->game->setup.langs[p], sizeof app->game->setup.langs[p], "%s", mine);
    }
    app->game->setup.seed = app->seed;
    app->game->setup.countdown_ms = app->settings.countdown_ms;
    if (own_notices) {
        for (int i = 0; i < app->game->notices.count; i++) notice_add(app, "%s", app->game->notices.items[i]);
    } else {
        for (int i = 0; i < head->n_notices; i++) notice_add(app, "%s", head->notices[i]);
    }
    return true;
}

/* --record: the header holds what a replay needs to lay out the same way. */
static bool start_recording(App *app, const char *path, char *err, size_t n) {
    ReplayHeader head;
    memset(&head, 0, sizeof head);
    head.seed = app->seed;
    head.w = app->display.out_w;
    head.h = app->display.out_h;
    head.ui_scale = app->settings.ui_scale;
    head.dark = app->settings.dark;
    head.reduced_motion = app->settings.reduced_motion;
    head.tv_mode = app->settings.tv_mode;
    head.timer_minutes = app->settings.timer_minutes;
    head.has_notices = true;
    head.n_notices = app->n_notices < REPLAY_NOTICE_MAX ? app->n_notices : REPLAY_NOTICE_MAX;
    for (int i = 0; i < head.n_notices; i++) snprintf(head.notices[i], sizeof head.notices[i], "%s", app->notices[i]);
    if (!recorder_open(&app->loop.rec, path, &head, err, n)) {
        fatal(err, false);
        return false;
    }
    app->loop.recording = true;
    return true;
}

static void shutdown_app(App *app) {
    screen_leave_all(app);
    input_set_text_mode(&app->input, false);
    if (app->game) {
        game_free(app->game);
        free(app->game);
    }
    text_destroy(app->text);
    draw_cache_destroy(app->draw.cache);
    pads_quit(&app->pads);
    display_close(app);
    replay_free(&app->loop.replay);
    speech_close(&app->speech);
    if (app->layout_log) fclose(app->layout_log);
    vfs_shutdown();
    IMG_Quit();
    SDL_Quit();
}

/* SDL, the files, the settings and the window: everything the first frame needs.
 * Returns 0, or the exit code to give up with. */
static int open_window(App *app, const AppOptions *opt, char *notice) {
    char err[600];
    if (!open_replay_and_shots(app, opt, err, sizeof err)) {
        terminal_error("%s", err);
        return 2;
    }
    if (!start_sdl(opt, err, sizeof err)) return 1;
    load_settings(app, opt, notice);
    choose_language(app, opt);
    if (!start_speech(app, opt, notice, err, sizeof err)) {
        fprintf(stderr, "grayarea: %s\n", err);
        shutdown_app(app);
        return 2;
    }
    if (!open_display(app, opt, err, sizeof err)) {
        shutdown_app(app);
        return 1;
    }
    choose_seed(app, opt);
    return 0;
}

/* The rest: controllers, decks, the recording. Returns 0, or the exit code to give up with. */
static int load_the_rest(App *app, const AppOptions *opt, const char *notice) {
    char err[600];
    if (!start_game(app, i18n_language(), opt->lang != NULL, notice)) {
        shutdown_app(app);
        return 1;
    }
    if (opt->record_path && !start_recording(app, opt->record_path, err, sizeof err)) {
        shutdown_app(app);
        return 2;
    }
    app->loop.announced_w = app->display.out_w;
    app->loop.announced_h = app->display.out_h;
    return 0;
}

/* Whether the title may show before the controllers and decks are loaded. It fades in
 * from the background, so its first frame shows nothing they could change. Not with
 * reduced motion (no fade), nor when a session waits to be resumed (the prompt needs
 * the decks), nor when replaying or recording (the notices they load belong to the
 * recording's first moment). */
static bool title_first(const App *app, const AppOptions *opt) {
    return !app->replaying && !opt->record_path && !app->settings.reduced_motion && !game_has_autosave();
}

static void run_loop(App *app) {
    if (app->replaying)
        loop_replay(app);
    else
        loop_live(app);
}

int app_run(const AppOptions *opt) {
    App *app = calloc(1, sizeof *app);
    if (!app) {
        fatal("out of memory", false);
        return 1;
    }
    app->pointer_x = app->pointer_y = -1;
    app->loop.frame_hook = opt->frame_hook;
    app->loop.hook_ctx = opt->hook_ctx;
    char notice[APP_NOTICE_LEN] = "";
    int code = open_window(app, opt, notice);
    if (code == 0) {
        nav_start(app);
        if (title_first(app, opt)) {
            screen_settle(app);
            screen_present(app);
        }
        code = load_the_rest(app, opt, notice);
    }
    if (code != 0) {
        replay_free(&app->loop.replay);
        free(app);
        return code;
    }
    nav_offer_resume(app);
    run_loop(app);
    code = app->exit_code;
    char err[600];
    if (app->loop.recording && !recorder_close(&app->loop.rec, err, sizeof err)) {
        terminal_error("%s", err);
        if (code == 0) code = 1;
    }
    shutdown_app(app);
    free(app);
    return code;
}
