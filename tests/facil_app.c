/* The facilitated flow through the real app (app_run, a frame hook acting as the
 * facilitator and the couple with real key and mouse events, on logical time): one case
 * per CTest name, chosen by the first argument.
 *
 *   timer          counts only while the discussion shows: not in a pause, a break or the
 *                  menu; asks the loop for a wake at the next second and no sooner, and for
 *                  none when idle; its length moves a minute at a time, 1 to 10, kept in
 *                  settings; at zero a calm "Time's up" and nothing moves on
 *   shortcuts      every console key does its action, none is a player's key, none of the
 *                  players' keys is a console key, the caps are on the console, and the
 *                  mouse still works
 *   end_confirm    End and the menu's End now ask first; a half-answered card is named in
 *                  the question; "Keep going" keeps everything
 *   hide_verdicts  no verdict word on the reveal, the summary or in the exports until the
 *                  facilitator shows them again
 *   export_one_partner  one partner left out: the other's answers stay, and the files hold
 *                  exactly the answers the screen shows
 *   console_layout at every size, text size and TV mode, the console's buttons (the timer
 *                  among them) never overlap each other, stay on the screen and above the
 *                  card; a picture of each console state at each size goes to
 *                  build/facil/console_layout.shots for a person to look at */
#include "app/app.h"
#include "app/display.h"
#include "app/game.h"
#include "app/platform/input.h"
#include "app/platform/shortcuts.h"
#include "app/screen.h"
#include "app/screens/console.h"
#include "app/screens/nav.h"
#include "harness.h"
#include "newest_lib.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

enum { TIMEOUT_MS = 1500000 }; /* logical: the layout case waits out a 1-minute timer per size */

typedef struct Run {
    const char *name;
    int step;
    uint32_t since; /* app->now when the step began */
    bool done, failed;
    StrBuf seen;    /* what text_draw drew since the last look() */
    int redraws;    /* redraw requests counted by the timer case */
    uint32_t mark;  /* a timer reading kept between steps */
    bool armed;     /* the step has taken its first look (mark is set) */
    char data[512]; /* the data folder */
    char summary_seen[1 << 15];
} Run;

/* ---- acting like a person -------------------------------------------------------------------- */

static void key(SDL_Scancode sc, Uint16 mod) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    SDL_PushEvent(&e);
}
static void press(SDL_Scancode sc) { key(sc, KMOD_NONE); }
static void ctrl(SDL_Scancode sc) { key(sc, KMOD_LCTRL); }

static void click(App *app, SDL_FRect r) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = app->view.x + (int)(r.x + r.w * 0.5f);
    e.button.y = app->view.y + (int)(r.y + r.h * 0.5f);
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&e);
}

static bool top_is(App *app, const char *name) { return screen_top(app) && !strcmp(screen_top(app)->name, name); }
static void next(App *app, Run *r) {
    r->step++;
    r->since = app->now;
    r->armed = false;
}

/* The first time a step runs, it notes the timer: a key takes effect after the pass's tick,
 * so the reading to compare with is the one once the key has landed. */
static bool arm(Run *r, uint32_t value) {
    if (r->armed) return false;
    r->armed = true;
    r->mark = value;
    return true;
}
static uint32_t waited(const App *app, const Run *r) { return app->now - r->since; }

/* ---- seeing what is drawn -------------------------------------------------------------------- */

static void witness(void *ctx, TextRole role, const char *utf8, SDL_Rect where) {
    (void)role;
    (void)where;
    Run *r = ctx;
    strbuf_puts(&r->seen, utf8);
    strbuf_puts(&r->seen, "\n");
}

/* Draws the screens as they stand and returns every string drawn ("" if none). */
static const char *look(App *app, Run *r) {
    r->seen.len = 0;
    if (r->seen.data) r->seen.data[0] = '\0';
    text_observe(app->text, witness, r);
    screen_draw(app);
    text_observe(app->text, NULL, NULL);
    return r->seen.data ? r->seen.data : "";
}

static const char *const VERDICT_WORDS[] = {"Same page",           "Close",
                                            "Different views",     "more okay to do",
                                            "stricter line",       "Boundary map",
                                            "Worth talking about", "Where you agree",
                                            "Easier to do",        "Stricter with yourself"};

static bool has_verdict_word(const char *text) {
    for (size_t i = 0; i < sizeof VERDICT_WORDS / sizeof VERDICT_WORDS[0]; i++)
        if (strstr(text, VERDICT_WORDS[i])) {
            fprintf(stderr, "verdict word seen: %s\n", VERDICT_WORDS[i]);
            return true;
        }
    return false;
}

/* ---- the session --------------------------------------------------------------------------- */

static PlanItem find(const App *app, const char *deck, const char *scenario) {
    const Library *lib = &app->game->lib;
    for (int d = 0; d < lib->n_decks; d++)
        if (!strcmp(lib->decks[d]->id, deck))
            for (int i = 0; i < lib->decks[d]->n_scenarios; i++)
                if (!strcmp(lib->decks[d]->scenarios[i].id, scenario)) return (PlanItem){d, i};
    return (PlanItem){0, 0};
}

/* What the planner's Start does, for a plan the test names (the planner has its own tests). */
static void start(App *app, const char *const *scenarios, int n) {
    Game *g = app->game;
    g->setup.facilitated = true;
    g->setup.n_plan = n;
    for (int i = 0; i < n; i++) {
        char deck[40];
        const char *dot = strchr(scenarios[i], '/');
        snprintf(deck, sizeof deck, "%.*s", (int)(dot - scenarios[i]), scenarios[i]);
        g->setup.plan[i] = find(app, deck, dot + 1);
    }
    snprintf(g->setup.names[0], sizeof g->setup.names[0], "Alex");
    snprintf(g->setup.names[1], sizeof g->setup.names[1], "Sam");
    g->setup.seed = 7;
    g->timer = TIMER_IDLE;
    CHECK(game_start(g));
    nav_follow(app);
}

static char *newest(Run *r, const char *suffix) {
    char dir[600];
    snprintf(dir, sizeof dir, "%s/summaries", r->data);
    return read_newest(dir, suffix);
}

/* Renames the summaries ending in suffix to "...checked", out of newest()'s way (two
 * exports in the same second differ only by a "-2"). */
static void set_aside(Run *r, const char *suffix) {
    char dir[600];
    snprintf(dir, sizeof dir, "%s/summaries", r->data);
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name), k = strlen(suffix);
        if (len <= k || strcmp(e->d_name + len - k, suffix)) continue;
        char from[900], to[920];
        snprintf(from, sizeof from, "%s/%s", dir, e->d_name);
        snprintf(to, sizeof to, "%s.checked", from);
        CHECK(rename(from, to) == 0);
    }
    closedir(d);
}

static int count_files(Run *r, const char *suffix) {
    char dir[600];
    snprintf(dir, sizeof dir, "%s/summaries", r->data);
    DIR *d = opendir(dir);
    if (!d) return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name), k = strlen(suffix);
        n += len > k && !strcmp(e->d_name + len - k, suffix);
    }
    closedir(d);
    return n;
}

/* Both players answer the current round: Alex a, Sam b (1-4). */
static void answer(int a, int b) {
    static const SDL_Scancode LEFT[] = {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4};
    static const SDL_Scancode RIGHT[] = {SDL_SCANCODE_7, SDL_SCANCODE_8, SDL_SCANCODE_9, SDL_SCANCODE_0};
    if (a) press(LEFT[a - 1]);
    if (b) press(RIGHT[b - 1]);
}

/* ---- timer ----------------------------------------------------------------------------------- */

static uint32_t left(const App *app) { return app->game->timer_left; }

/* On the screen named, the timer holds still and nothing asks the loop for a wake; true
 * once that has been so for ms. */
static bool holds(App *app, Run *r, const char *name, uint32_t ms) {
    if (!top_is(app, name)) return false;
    arm(r, left(app));
    CHECK_INT(left(app), r->mark);
    CHECK_INT(screen_wake_ms(app), 0);
    return waited(app, r) >= ms;
}

static void timer_hook(App *app, Run *r) {
    const Game *g = app->game;
    switch (r->step) {
    case 0:
        start(app, (const char *const[]){"test-exes/coffee", "test-texts/late"}, 2);
        next(app, r);
        return;
    case 1:
        if (!top_is(app, "intro") || waited(app, r) < 2000) return;
        /* Idle: nothing runs, so nothing asks the loop to wake. */
        CHECK_INT(screen_wake_ms(app), 0);
        CHECK_INT(g->timer, TIMER_IDLE);
        CHECK(strstr(look(app, r), "Timer 3 min") != NULL);
        ctrl(SDL_SCANCODE_T);
        next(app, r);
        return;
    case 2:
        CHECK_INT(g->timer, TIMER_RUNNING);
        CHECK_INT(left(app), 180000);
        r->mark = app->now;
        app->dirty = false;
        r->redraws = 0;
        next(app, r);
        return;
    case 3:
        /* Running on the intro: the wake is for the next second on the reading, never later. */
        CHECK(screen_wake_ms(app) > 0 && screen_wake_ms(app) <= 1000);
        CHECK_INT(left(app), 180000 - (app->now - r->mark));
        if (app->dirty) r->redraws++, app->dirty = false;
        if (waited(app, r) < 5000) return;
        /* A redraw a second (the digits move by themselves), not a frame each pass. */
        CHECK(r->redraws >= 4 && r->redraws <= 6);
        CHECK(strstr(look(app, r), "2:55") != NULL);
        ctrl(SDL_SCANCODE_H); /* pause */
        next(app, r);
        return;
    case 4:
        if (!holds(app, r, "paused", 5000)) return;
        ctrl(SDL_SCANCODE_H); /* resume */
        next(app, r);
        return;
    case 5:
        if (!top_is(app, "intro")) return;
        r->mark = left(app);
        press(SDL_SCANCODE_RETURN); /* the card */
        next(app, r);
        return;
    case 6:
        if (!top_is(app, "card") || waited(app, r) < 2000) return;
        CHECK(left(app) < r->mark && left(app) >= r->mark - waited(app, r));
        press(SDL_SCANCODE_SPACE); /* a break, from the couple's keys */
        next(app, r);
        return;
    case 7:
        if (!holds(app, r, "break", 4000)) return;
        press(SDL_SCANCODE_SPACE);
        next(app, r);
        return;
    case 8:
        if (!top_is(app, "card")) return;
        press(SDL_SCANCODE_ESCAPE); /* the session menu */
        next(app, r);
        return;
    case 9:
        if (!holds(app, r, "menu", 3000)) return;
        press(SDL_SCANCODE_ESCAPE);
        next(app, r);
        return;
    case 10:
        if (!top_is(app, "card") || waited(app, r) < 1000) return;
        CHECK(left(app) < r->mark);
        /* A minute shorter, then two longer: the setting follows, 1 to 10. */
        r->mark = left(app);
        ctrl(SDL_SCANCODE_DOWN);
        next(app, r);
        return;
    case 11:
        CHECK_INT(app->settings.timer_minutes, 2);
        CHECK_INT(left(app), r->mark - 16 - 60000); /* a pass of time, and the minute */
        ctrl(SDL_SCANCODE_UP);
        ctrl(SDL_SCANCODE_UP);
        next(app, r);
        return;
    case 12: {
        CHECK_INT(app->settings.timer_minutes, 4);
        char settings[700];
        snprintf(settings, sizeof settings, "%s/settings.ini", r->data);
        FILE *f = fopen(settings, "r");
        char buf[2048] = "";
        if (f) {
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            buf[n] = '\0';
            fclose(f);
        }
        CHECK(strstr(buf, "timer_minutes = 4") != NULL);
        for (int i = 0; i < 12; i++) ctrl(SDL_SCANCODE_UP); /* never past 10 */
        next(app, r);
        return;
    }
    case 13:
        CHECK_INT(app->settings.timer_minutes, 10);
        for (int i = 0; i < 12; i++) ctrl(SDL_SCANCODE_DOWN); /* never under 1 */
        next(app, r);
        return;
    case 14:
        CHECK_INT(app->settings.timer_minutes, 1);
        CHECK(left(app) >= 1000);
        r->mark = (uint32_t)app->game->session->phase;
        next(app, r);
        return;
    case 15:
        /* Let it run out, on the card, with nobody touching anything. */
        if (g->timer == TIMER_RUNNING) return;
        CHECK_INT(g->timer, TIMER_DONE);
        CHECK_INT(app->game->session->phase, (int)r->mark);
        CHECK(top_is(app, "card"));
        CHECK(strstr(look(app, r), "Time's up") != NULL);
        next(app, r);
        return;
    case 16:
        if (waited(app, r) < 3000) return;
        /* Still the same card, and nothing asks for a wake any more. */
        CHECK(top_is(app, "card"));
        CHECK_INT(screen_wake_ms(app), 0);
        ctrl(SDL_SCANCODE_T); /* cleared */
        next(app, r);
        return;
    case 17:
        CHECK_INT(g->timer, TIMER_IDLE);
        CHECK(strstr(look(app, r), "Timer 1 min") != NULL);
        r->done = true;
        app_quit(app, 0);
        return;
    default: return;
    }
}

/* ---- shortcuts --------------------------------------------------------------------------------- */

/* The keyboard alone, without the app: no player key is a console key, no console key is a
 * player key, with or without Ctrl. */
static void shortcut_table(void) {
    Input in;
    input_init(&in);
    static const SDL_Scancode PLAYER_KEYS[] = {
        SDL_SCANCODE_1,    SDL_SCANCODE_2,     SDL_SCANCODE_3,     SDL_SCANCODE_4,      SDL_SCANCODE_7,
        SDL_SCANCODE_8,    SDL_SCANCODE_9,     SDL_SCANCODE_0,     SDL_SCANCODE_Q,      SDL_SCANCODE_P,
        SDL_SCANCODE_5,    SDL_SCANCODE_MINUS, SDL_SCANCODE_SPACE, SDL_SCANCODE_UP,     SDL_SCANCODE_DOWN,
        SDL_SCANCODE_LEFT, SDL_SCANCODE_RIGHT, SDL_SCANCODE_TAB,   SDL_SCANCODE_RETURN, SDL_SCANCODE_ESCAPE,
        SDL_SCANCODE_F11};
    for (size_t i = 0; i < sizeof PLAYER_KEYS / sizeof PLAYER_KEYS[0]; i++) {
        SDL_Event e;
        SDL_zero(e);
        e.type = SDL_KEYDOWN;
        e.key.keysym.scancode = PLAYER_KEYS[i];
        e.key.keysym.sym = SDL_GetKeyFromScancode(PLAYER_KEYS[i]);
        InputEvent out;
        harness_current = SDL_GetScancodeName(PLAYER_KEYS[i]);
        CHECK(!input_translate(&in, &e, &out) || out.kind != INPUT_COMMAND);
        /* With Ctrl held a player's key means nothing to the game: no answer, no take-back,
         * no leave-out, no break (Ctrl+arrows are the console's, that is the point). */
        e.key.keysym.mod = KMOD_LCTRL;
        bool meant = input_translate(&in, &e, &out);
        CHECK(!meant || (out.kind != INPUT_ANSWER && out.kind != INPUT_UNLOCK && out.kind != INPUT_VETO &&
                         out.kind != INPUT_BREAK));
    }
    /* Every console command has a key of its own, a cap to show, and a Ctrl that it needs:
     * without it, its letter does nothing at all. */
    static const Command CONSOLE[] = {CMD_SKIP, CMD_BACK, CMD_PAUSE,    CMD_TIMER,
                                      CMD_UP,   CMD_DOWN, CMD_VERDICTS, CMD_END};
    static const SDL_Scancode KEYS[] = {SDL_SCANCODE_K,  SDL_SCANCODE_B,    SDL_SCANCODE_H, SDL_SCANCODE_T,
                                        SDL_SCANCODE_UP, SDL_SCANCODE_DOWN, SDL_SCANCODE_V, SDL_SCANCODE_E};
    for (size_t i = 0; i < sizeof CONSOLE / sizeof CONSOLE[0]; i++) {
        harness_current = shortcuts_name(CONSOLE[i]);
        CHECK(!strncmp(shortcuts_label(CONSOLE[i]), "Ctrl ", 5));
        for (size_t j = 0; j < i; j++) CHECK(strcmp(shortcuts_label(CONSOLE[i]), shortcuts_label(CONSOLE[j])) != 0);
        SDL_Event e;
        SDL_zero(e);
        e.type = SDL_KEYDOWN;
        e.key.keysym.scancode = KEYS[i];
        e.key.keysym.sym = SDL_GetKeyFromScancode(KEYS[i]);
        e.key.keysym.mod = KMOD_LCTRL;
        InputEvent out;
        CHECK(input_translate(&in, &e, &out) && out.kind == INPUT_COMMAND && out.value == (int)CONSOLE[i]);
        e.key.keysym.mod = KMOD_NONE;
        bool meant = input_translate(&in, &e, &out);
        CHECK(!meant || out.kind == INPUT_UP || out.kind == INPUT_DOWN);
        /* Held down (a key repeat) it acts once, except the arrows. */
        e.key.keysym.mod = KMOD_LCTRL;
        e.key.repeat = 1;
        meant = input_translate(&in, &e, &out);
        CHECK(meant == (KEYS[i] == SDL_SCANCODE_UP || KEYS[i] == SDL_SCANCODE_DOWN));
    }
    harness_current = "shortcuts";
}

static const Session *sess(const App *app) { return app->game->session; }

static void shortcuts_hook(App *app, Run *r) {
    switch (r->step) {
    case 0:
        start(app, (const char *const[]){"test-exes/coffee", "test-exes/gifts", "test-texts/late"}, 3);
        next(app, r);
        return;
    case 1: {
        if (!top_is(app, "intro")) return;
        /* Every console action shows its key as a cap. */
        const char *seen = look(app, r);
        static const Command ALL[] = {CMD_SKIP, CMD_BACK, CMD_PAUSE,    CMD_TIMER,
                                      CMD_UP,   CMD_DOWN, CMD_VERDICTS, CMD_END};
        for (size_t i = 0; i < sizeof ALL / sizeof ALL[0]; i++) {
            char cap[32];
            snprintf(cap, sizeof cap, "\n%s\n", shortcuts_label(ALL[i]));
            char all[1 << 14];
            snprintf(all, sizeof all, "\n%s", seen);
            CHECK(strstr(all, cap) != NULL);
        }
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 2:
        if (!top_is(app, "card")) return;
        answer(1, 1);
        next(app, r);
        return;
    case 3:
        if (!top_is(app, "reveal")) return;
        ctrl(SDL_SCANCODE_V); /* verdicts hidden */
        next(app, r);
        return;
    case 4:
        CHECK(sess(app)->hide_verdicts);
        ctrl(SDL_SCANCODE_V);
        next(app, r);
        return;
    case 5:
        CHECK(!sess(app)->hide_verdicts);
        ctrl(SDL_SCANCODE_K); /* skip: the next scenario */
        r->mark = (uint32_t)sess(app)->pos;
        next(app, r);
        return;
    case 6:
        CHECK_INT(sess(app)->pos, (int)r->mark + 1);
        CHECK_INT(sess(app)->phase, PHASE_INTRO);
        ctrl(SDL_SCANCODE_B); /* back to the last reveal */
        next(app, r);
        return;
    case 7:
        CHECK_INT(sess(app)->phase, PHASE_REVEAL);
        CHECK_INT(sess(app)->pos, (int)r->mark);
        ctrl(SDL_SCANCODE_H);
        next(app, r);
        return;
    case 8:
        if (!top_is(app, "paused")) return;
        CHECK(sess(app)->paused);
        /* Answers mean nothing while paused; Ctrl with a player's key neither. */
        press(SDL_SCANCODE_1);
        ctrl(SDL_SCANCODE_7);
        ctrl(SDL_SCANCODE_5);
        ctrl(SDL_SCANCODE_V); /* verdicts can be hidden while the screen is covered */
        ctrl(SDL_SCANCODE_H);
        next(app, r);
        return;
    case 9:
        if (!top_is(app, "reveal")) return;
        CHECK(!sess(app)->paused);
        CHECK(sess(app)->hide_verdicts);
        CHECK_INT(sess(app)->deal[r->mark].skipped, 0);
        ctrl(SDL_SCANCODE_V);
        ctrl(SDL_SCANCODE_T);
        ctrl(SDL_SCANCODE_UP);
        next(app, r);
        return;
    case 10:
        CHECK(!sess(app)->hide_verdicts);
        CHECK_INT(app->game->timer, TIMER_RUNNING);
        CHECK_INT(app->settings.timer_minutes, 4);
        ctrl(SDL_SCANCODE_E);
        next(app, r);
        return;
    case 11:
        if (!top_is(app, "end-ask")) return;
        press(SDL_SCANCODE_ESCAPE);
        next(app, r);
        return;
    case 12:
        /* The mouse: every console button by a click. */
        if (!top_is(app, "reveal")) return;
        click(app, console_button(app, CMD_VERDICTS));
        next(app, r);
        return;
    case 13:
        CHECK(sess(app)->hide_verdicts);
        click(app, console_button(app, CMD_DOWN));
        click(app, console_button(app, CMD_TIMER));
        next(app, r);
        return;
    case 14:
        CHECK_INT(app->settings.timer_minutes, 3);
        CHECK_INT(app->game->timer, TIMER_IDLE);
        click(app, console_button(app, CMD_PAUSE));
        next(app, r);
        return;
    case 15:
        if (!top_is(app, "paused")) return;
        click(app, console_button(app, CMD_PAUSE));
        next(app, r);
        return;
    case 16:
        if (!top_is(app, "reveal")) return;
        r->mark = (uint32_t)sess(app)->pos;
        click(app, console_button(app, CMD_SKIP));
        next(app, r);
        return;
    case 17:
        CHECK_INT(sess(app)->pos, (int)r->mark + 1);
        click(app, console_button(app, CMD_BACK));
        next(app, r);
        return;
    case 18:
        CHECK_INT(sess(app)->phase, PHASE_REVEAL);
        click(app, console_button(app, CMD_END));
        next(app, r);
        return;
    case 19:
        if (!top_is(app, "end-ask")) return;
        press(SDL_SCANCODE_RIGHT);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 20:
        if (!top_is(app, "summary")) return;
        r->done = true;
        app_quit(app, 0);
        return;
    default: return;
    }
}

/* ---- end_confirm ------------------------------------------------------------------------------ */

static void end_hook(App *app, Run *r) {
    switch (r->step) {
    case 0:
        start(app, (const char *const[]){"test-exes/coffee", "test-texts/late"}, 2);
        next(app, r);
        return;
    case 1:
        if (!top_is(app, "intro")) return;
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 2:
        if (!top_is(app, "card")) return;
        answer(1, 3); /* Sam uneasy: coffee goes on to its second card */
        next(app, r);
        return;
    case 3:
        if (!top_is(app, "reveal")) return;
        press(SDL_SCANCODE_RETURN); /* coffee's second card: a choice */
        next(app, r);
        return;
    case 4:
        if (!top_is(app, "card")) return;
        answer(2, 0); /* only Alex so far: half answered */
        ctrl(SDL_SCANCODE_E);
        next(app, r);
        return;
    case 5: {
        if (!top_is(app, "end-ask")) return;
        const char *seen = look(app, r);
        CHECK(strstr(seen, "End the session now?") != NULL);
        CHECK(strstr(seen, "half answered") != NULL && strstr(seen, "will not be kept") != NULL);
        CHECK(strstr(seen, "1 card answered before it") != NULL);
        press(SDL_SCANCODE_RETURN); /* the focus starts on Keep going */
        next(app, r);
        return;
    }
    case 6:
        if (!top_is(app, "card")) return;
        /* Nothing went: Alex's pick is still in, the session still on. */
        CHECK(session_locked(sess(app), 0));
        CHECK_INT(sess(app)->n_records, 1);
        press(SDL_SCANCODE_ESCAPE); /* the session menu... */
        next(app, r);
        return;
    case 7:
        if (!top_is(app, "menu")) return;
        press(SDL_SCANCODE_DOWN);
        press(SDL_SCANCODE_DOWN);
        press(SDL_SCANCODE_RETURN); /* ...End now and see the summary: it asks too */
        next(app, r);
        return;
    case 8:
        if (!top_is(app, "end-ask")) return;
        CHECK(strstr(look(app, r), "will not be kept") != NULL);
        press(SDL_SCANCODE_ESCAPE);
        next(app, r);
        return;
    case 9:
        if (!top_is(app, "card")) return;
        CHECK(session_locked(sess(app), 0));
        answer(0, 2); /* Sam: the card is answered */
        next(app, r);
        return;
    case 10:
        if (!top_is(app, "reveal")) return;
        ctrl(SDL_SCANCODE_E);
        next(app, r);
        return;
    case 11: {
        if (!top_is(app, "end-ask")) return;
        const char *seen = look(app, r);
        CHECK(strstr(seen, "will not be kept") == NULL);
        CHECK(strstr(seen, "summary of the 2 cards answered so far") != NULL);
        /* The mouse: End now. */
        press(SDL_SCANCODE_RIGHT);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 12:
        if (!top_is(app, "summary")) return;
        CHECK_INT(sess(app)->n_records, 2);
        r->done = true;
        app_quit(app, 0);
        return;
    default: return;
    }
}

/* ---- hide_verdicts ----------------------------------------------------------------------------- */

static void hide_hook(App *app, Run *r) {
    const Session *s = sess(app);
    switch (r->step) {
    case 0:
        start(app, (const char *const[]){"test-texts/late", "test-exes/coffee"}, 2);
        next(app, r);
        return;
    case 1:
        if (!top_is(app, "intro")) return;
        ctrl(SDL_SCANCODE_V); /* hidden before anything is answered */
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 2:
        if (!top_is(app, "card")) return;
        CHECK(s->hide_verdicts);
        /* Late replies, step 1, both ways: Alex Fine for himself and Uneasy for Sam (a
         * mirror gap), Sam Fine both ways: two steps apart about Sam. */
        answer(1, 1);
        next(app, r);
        return;
    case 3:
        if (!top_is(app, "card") || s->round != 1) return;
        answer(3, 1);
        next(app, r);
        return;
    case 4: {
        if (!top_is(app, "reveal")) return;
        const char *seen = look(app, r);
        CHECK(strstr(seen, "Here is where you each landed") != NULL);
        CHECK(strstr(seen, "If Alex did it") != NULL); /* the rows and their markers stay */
        CHECK(!has_verdict_word(seen));
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 5:
        /* The help card (a choice): the same answer. */
        if (!top_is(app, "card")) return;
        answer(1, 1);
        next(app, r);
        return;
    case 6: {
        if (!top_is(app, "reveal")) return;
        CHECK(!has_verdict_word(look(app, r)));
        ctrl(SDL_SCANCODE_E);
        next(app, r);
        return;
    }
    case 7:
        if (!top_is(app, "end-ask")) return;
        press(SDL_SCANCODE_RIGHT);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 8: {
        if (!top_is(app, "summary")) return;
        const char *seen = look(app, r);
        CHECK(!has_verdict_word(seen));
        CHECK(strstr(seen, "Verdict words were hidden") != NULL);
        CHECK(strstr(seen, "Show verdicts") != NULL);
        ctrl(SDL_SCANCODE_S); /* save: first what will be written */
        next(app, r);
        return;
    }
    case 9: {
        const char *seen = look(app, r);
        CHECK(strstr(seen, "Before saving") != NULL);
        CHECK(strstr(seen, "Verdict words: hidden, and the files say so.") != NULL);
        CHECK(!has_verdict_word(seen));
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 10: {
        char *md = newest(r, ".md"), *html = newest(r, ".html");
        CHECK(md && html);
        if (md && html) {
            CHECK(!has_verdict_word(md) && !has_verdict_word(html));
            CHECK(strstr(md, "Verdict words were hidden for this session") != NULL);
            CHECK(strstr(html, "Verdict words were hidden for this session") != NULL);
            CHECK(strstr(md, "Alex: Uneasy, let's talk") != NULL); /* the answers themselves stay */
        }
        free(md);
        free(html);
        set_aside(r, ".md"); /* so the next export's Markdown is the only one to read */
        /* Shown again: the words come back, on the screen and in the next export. */
        ctrl(SDL_SCANCODE_V);
        next(app, r);
        return;
    }
    case 11: {
        CHECK(!s->hide_verdicts);
        const char *seen = look(app, r);
        CHECK(strstr(seen, "Different views") != NULL && strstr(seen, "Boundary map") != NULL);
        CHECK(strstr(seen, "Verdict words were hidden") == NULL);
        ctrl(SDL_SCANCODE_S);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 12: {
        CHECK_INT(count_files(r, ".html"), 2); /* a second export never writes over the first */
        char *md = newest(r, ".md");
        CHECK(md && strstr(md, "Different views") && !strstr(md, "Verdict words were hidden"));
        free(md);
        r->done = true;
        app_quit(app, 0);
        return;
    }
    default: return;
    }
}

/* ---- export_one_partner --------------------------------------------------------------------------- */

/* Every "Name: answer" line the summary screen drew is in the Markdown, and the reverse. */
static void same_answers(const char *seen, const char *md) {
    int on_screen = 0;
    for (const char *p = seen; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if ((!strncmp(p, "Alex: ", 6) || !strncmp(p, "Sam: ", 5)) && n < 200) {
            char line[256];
            snprintf(line, sizeof line, "%.*s", (int)n, p);
            on_screen++;
            if (!strstr(md, line)) fprintf(stderr, "on screen, not in the file: %s\n", line);
            CHECK(strstr(md, line) != NULL);
        }
        p += n + (nl ? 1 : 0);
    }
    CHECK(on_screen >= 4);
    int in_file = 0;
    for (const char *p = md; (p = strstr(p, "Sam: ")); p++) in_file++;
    int sam_on_screen = 0;
    for (const char *p = seen; (p = strstr(p, "Sam: ")); p++) sam_on_screen++;
    CHECK_INT(in_file, sam_on_screen);
}

static void partner_hook(App *app, Run *r) {
    switch (r->step) {
    case 0:
        start(app, (const char *const[]){"test-exes/coffee", "test-texts/deleted"}, 2);
        next(app, r);
        return;
    case 1:
        if (top_is(app, "summary")) {
            next(app, r);
            return;
        }
        if (top_is(app, "intro") || (top_is(app, "reveal") && waited(app, r) > 300)) {
            press(SDL_SCANCODE_RETURN);
            r->since = app->now;
        } else if (top_is(app, "card") && waited(app, r) > 300) {
            /* Alex: Fine if I know, or the first option; Sam: Crosses a line, or the second. */
            if (session_option_count(sess(app)) == 4)
                answer(2, 4);
            else
                answer(1, 2);
            r->since = app->now;
        }
        return;
    case 2:
        /* Sam keeps their own answers out: focus Save, one to the left is Sam's. */
        press(SDL_SCANCODE_LEFT);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 3: {
        const char *seen = look(app, r);
        CHECK(strstr(seen, "Sam: kept private") != NULL);
        CHECK(strstr(seen, "Alex: Fine if I know") != NULL);
        CHECK(strstr(seen, "Card by card") != NULL);
        snprintf(r->summary_seen, sizeof r->summary_seen, "%s", seen);
        ctrl(SDL_SCANCODE_S);
        next(app, r);
        return;
    }
    case 4: {
        const char *seen = look(app, r);
        CHECK(strstr(seen, "Answers: Alex's only. Sam chose to keep theirs out") != NULL);
        CHECK(strstr(seen, "Sections, as on the screen: Themes you talked through \xC2\xB7 Card by card.") != NULL);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    }
    case 5: {
        char *md = newest(r, ".md"), *html = newest(r, ".html");
        CHECK(md && html);
        if (md && html) {
            same_answers(r->summary_seen, md);
            CHECK(strstr(md, "## Card by card") != NULL);
            /* None of Sam's answers, in either file. */
            CHECK(strstr(md, "Crosses a line") == NULL && strstr(md, "Hearing about it after") == NULL);
            CHECK(strstr(html, "Crosses a line") == NULL && strstr(html, "Hearing about it after") == NULL);
            CHECK(strstr(md, "A heads-up before") != NULL); /* Alex's choice stays */
            CHECK(strstr(html, "Fine if I know") != NULL);
        }
        free(md);
        free(html);
        r->done = true;
        app_quit(app, 0);
        return;
    }
    default: return;
    }
}

/* ---- console_layout ---------------------------------------------------------------------------- */

typedef struct Size {
    int w, h;
    float scale;
    bool tv;
    const char *tag;
} Size;

static const Size SIZES[] = {
    {1280, 720, 1.0f, false, "720"},
    {1920, 1080, 1.0f, false, "1080"},
    {1280, 720, 1.75f, false, "720-largest"},
    {1920, 1080, 1.75f, false, "1080-largest"},
    {1280, 720, 0.75f, false, "720-smallest"},
    {1280, 720, 1.0f, true, "720-tv"},
    {1280, 720, 1.75f, true, "720-tv-largest"},
    {3840, 2160, 1.0f, true, "2160-tv"},
    {3840, 2160, 1.75f, true, "2160-tv-largest"},
    {1024, 768, 1.75f, false, "1024x768-largest"},
    {800, 600, 1.0f, false, "800x600"},
};
enum { N_SIZES = (int)(sizeof SIZES / sizeof SIZES[0]) };

static void set_size(App *app, const Size *z) {
    SDL_SetWindowSize(app->window, z->w, z->h);
    app->settings.ui_scale = z->scale;
    app->settings.tv_mode = z->tv;
    display_settings_changed(app);
}

/* The console's buttons: apart, on the screen, above where any card or reveal starts. */
static void check_console(App *app, const char *tag) {
    static const int ALL[] = {CMD_SKIP, CMD_BACK, CMD_PAUSE, CMD_DOWN, CMD_TIMER, CMD_UP, CMD_VERDICTS, CMD_END};
    enum { N = (int)(sizeof ALL / sizeof ALL[0]) };
    SDL_FRect r[N];
    harness_current = tag;
    for (int i = 0; i < N; i++) {
        r[i] = console_button(app, ALL[i]);
        CHECK(r[i].w > 0 && r[i].h > 0);
        CHECK(r[i].x >= 0 && r[i].x + r[i].w <= (float)app->ui.w + 0.5f);
        CHECK(r[i].y >= 0 && r[i].y + r[i].h <= 84 * app->ui.s); /* cards and reveals start at 86 */
        for (int j = 0; j < i; j++) {
            SDL_FRect a = r[i], b = r[j];
            bool apart = a.x >= b.x + b.w - 0.5f || b.x >= a.x + a.w - 0.5f;
            if (!apart) fprintf(stderr, "%s: console buttons %d and %d overlap\n", tag, ALL[i], ALL[j]);
            CHECK(apart);
        }
    }
    harness_current = "console_layout";
}

/* Checks the console (when asked) and takes a picture named by the size and the state. */
static void picture(App *app, const Size *z, const char *state, bool console) {
    if (console) check_console(app, z->tag);
    char shot[64];
    snprintf(shot, sizeof shot, "%s-%s", z->tag, state);
    screen_request_shot(app, shot);
}

/* Steps: for each size, the intro (timer idle), the timer running with verdicts hidden on
 * the reveal, the pause, the card at "Time's up", End's question. */
static void layout_hook(App *app, Run *r) {
    int size = r->step / 8, phase = r->step % 8;
    if (size >= N_SIZES) {
        r->done = true;
        app_quit(app, 0);
        return;
    }
    const Size *z = &SIZES[size];
    switch (phase) {
    case 0:
        set_size(app, z); /* start() puts the last summary's session away */
        app->settings.timer_minutes = 1;
        start(app, (const char *const[]){"test-exes/coffee", "test-texts/late"}, 2);
        next(app, r);
        return;
    case 1:
        if (!top_is(app, "intro") || waited(app, r) < 1500) return;
        picture(app, z, "intro-idle", true);
        press(SDL_SCANCODE_RETURN);
        next(app, r);
        return;
    case 2:
        if (!top_is(app, "card")) return;
        answer(1, 3);
        next(app, r);
        return;
    case 3:
        if (!top_is(app, "reveal") || waited(app, r) < 1600) return;
        if (!r->armed) {
            arm(r, 0);
            ctrl(SDL_SCANCODE_T);
            ctrl(SDL_SCANCODE_V);
            return;
        }
        picture(app, z, "reveal-running-hidden", true);
        ctrl(SDL_SCANCODE_H);
        next(app, r);
        return;
    case 4:
        if (!top_is(app, "paused") || waited(app, r) < 300) return;
        picture(app, z, "paused", true);
        ctrl(SDL_SCANCODE_H);
        next(app, r);
        return;
    case 5:
        if (!top_is(app, "reveal")) return;
        press(SDL_SCANCODE_RETURN); /* coffee's choice card; the timer runs out on it */
        next(app, r);
        return;
    case 6:
        if (!top_is(app, "card") || app->game->timer != TIMER_DONE) return;
        picture(app, z, "card-times-up", true);
        ctrl(SDL_SCANCODE_E);
        next(app, r);
        return;
    case 7:
        if (!top_is(app, "end-ask") || waited(app, r) < 300) return;
        picture(app, z, "end-ask", false);
        press(SDL_SCANCODE_RIGHT);
        press(SDL_SCANCODE_RETURN);
        r->step++;
        r->since = app->now;
        r->armed = false;
        return;
    default: return;
    }
}

/* ---- the run ------------------------------------------------------------------------------------ */

typedef struct Case {
    const char *name;
    void (*hook)(App *app, Run *r);
} Case;

static const Case CASES[] = {
    {"timer", timer_hook},        {"shortcuts", shortcuts_hook},        {"end_confirm", end_hook},
    {"hide_verdicts", hide_hook}, {"export_one_partner", partner_hook}, {"console_layout", layout_hook}};

static const Case *current;

static void hook(App *app, void *ctx) {
    Run *r = ctx;
    if (r->done || r->failed) return;
    if (app->now > TIMEOUT_MS) {
        fprintf(stderr, "%s, step %d: timed out on %s\n", r->name, r->step,
                screen_top(app) ? screen_top(app)->name : "none");
        r->failed = true;
        harness_failed++;
        app_quit(app, 3);
        return;
    }
    current->hook(app, r);
}

int main(int argc, char **argv) {
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    const char *which = argc > 1 ? argv[1] : "";
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++)
        if (!strcmp(CASES[i].name, which)) current = &CASES[i];
    if (!current) {
        fprintf(stderr, "usage: facil_app timer|shortcuts|end_confirm|hide_verdicts|export_one_partner|"
                        "console_layout\n");
        return 2;
    }
    harness_current = current->name;
    static Run r;
    r.name = current->name;
    strbuf_init(&r.seen);
    const char *base = getenv("GA_BUILD_DIR");
    snprintf(r.data, sizeof r.data, "%s/facil/%s.data", base ? base : ".", current->name);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", r.data, r.data);
    if (system(cmd) != 0) return 1;
    if (!strcmp(current->name, "shortcuts")) {
        /* The table needs SDL's keyboard layout, so SDL must be up. */
        CHECK(SDL_Init(SDL_INIT_VIDEO) == 0);
        shortcut_table();
        SDL_Quit();
        harness_current = current->name;
    }
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = r.data;
    opt.decks_dir = GA_FIXTURES "/good";
    opt.width = 1280;
    opt.height = 720;
    opt.windowed = true;
    opt.has_seed = true;
    opt.seed = 7;
    opt.frame_hook = hook;
    opt.hook_ctx = &r;
    char shots[600];
    if (!strcmp(current->name, "console_layout")) {
        snprintf(shots, sizeof shots, "%s/facil/console_layout.shots", base ? base : ".");
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", shots);
        if (system(cmd) != 0) return 1;
        opt.screenshot_dir = shots;
    }
    CHECK_INT(app_run(&opt), 0);
    CHECK(r.done);
    strbuf_free(&r.seen);
    return harness_finish();
}
