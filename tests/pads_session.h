/* Shared by the pad tests: SDL virtual joysticks as controllers, and a whole session
 * played by two of them through app_run (a frame hook acts like the players, on the
 * loop's logical time, so the run is the same however busy the machine is). Static
 * inline so each test file uses what it needs without unused-function warnings. */
#ifndef GA_PADS_SESSION_H
#define GA_PADS_SESSION_H

#include "app/app.h"
#include "app/game.h"
#include "app/ui/glyphs.h"
#include "app/ui/osk.h"
#include "app/platform/pads.h"
#include "app/screen.h"
#include "harness.h"
#include "newest_lib.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>

/* ---- virtual pads --------------------------------------------------------------------- */

typedef struct VPad {
    Uint16 vendor, product;
    const char *name;
    SDL_Joystick *js; /* while attached */
    int id;           /* instance id while attached */
    int rumbles;
    SDL_Color led;
    int leds, player_index;
} VPad;

static inline int SDLCALL vpad_rumble(void *user, Uint16 lo, Uint16 hi) {
    (void)lo;
    (void)hi;
    ((VPad *)user)->rumbles++;
    return 0;
}

static inline int SDLCALL vpad_led(void *user, Uint8 r, Uint8 g, Uint8 b) {
    VPad *v = user;
    v->led = (SDL_Color){r, g, b, 255};
    v->leds++;
    return 0;
}

static inline void SDLCALL vpad_player(void *user, int index) { ((VPad *)user)->player_index = index; }

/* Names stay neutral: SDL gives any device named "Xbox..." its XInput mapping, which
 * expects a hat for the d-pad; the type comes from the vendor and product ids. */
static inline bool vpad_attach(VPad *v) {
    SDL_VirtualJoystickDesc d;
    SDL_zero(d);
    d.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    d.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    d.naxes = SDL_CONTROLLER_AXIS_MAX;
    d.nbuttons = SDL_CONTROLLER_BUTTON_MAX; /* SDL maps button i to SDL_GameControllerButton i */
    d.vendor_id = v->vendor;
    d.product_id = v->product;
    d.name = v->name;
    d.userdata = v;
    d.Rumble = vpad_rumble;
    d.SetLED = vpad_led;
    d.SetPlayerIndex = vpad_player;
    int index = SDL_JoystickAttachVirtualEx(&d);
    v->js = index >= 0 ? SDL_JoystickOpen(index) : NULL;
    v->id = v->js ? SDL_JoystickInstanceID(v->js) : -1;
    if (!v->js) fprintf(stderr, "cannot attach a virtual pad: %s\n", SDL_GetError());
    return v->js != NULL;
}

static inline int vpad_index(const VPad *v) {
    for (int i = 0; i < SDL_NumJoysticks(); i++)
        if (SDL_JoystickGetDeviceInstanceID(i) == v->id) return i;
    return -1;
}

static inline void vpad_detach(VPad *v) {
    int index = vpad_index(v);
    if (index >= 0) SDL_JoystickDetachVirtual(index);
    if (v->js) SDL_JoystickClose(v->js);
    v->js = NULL;
    v->id = -1;
}

static inline char *temp_dir(const char *tag) {
    static char buf[4][256];
    static int k;
    char *b = buf[k++ % 4];
    const char *base = getenv("GA_BUILD_DIR");
    snprintf(b, 256, "%s/pads/%s", base ? base : ".", tag);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", b, b);
    if (system(cmd) != 0) fprintf(stderr, "cannot make %s\n", b);
    return b;
}

static inline void write_file(const char *dir, const char *name, const char *text) {
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* ---- whole sessions through app_run ------------------------------------------------------ */

/* In logical milliseconds: while a test drives it, the loop keeps logical time (app.h),
 * so these fail a step that never comes to pass, at the same point on any machine, and
 * never depend on how busy the machine is. */
enum { STEP_TIMEOUT_MS = 60000, RUN_TIMEOUT_MS = 600000 };

typedef struct Script {
    VPad pad[3]; /* 0: Alex's Xbox pad, 1: Sam's DualSense, 2: a Switch Pro that comes late */
    int step;
    uint32_t step_since;
    int held_pad, held_button; /* released on the next pass */
    int held_axis;
    int osk_row, osk_col; /* where the on-screen keyboard's focus is */
    const char *word;     /* being typed */
    int word_pos, word_pad;
    int cards, phase; /* the card loop */
    bool unplugged;   /* the unplug test ran (once) */
    int overlays;     /* the break and the session menu, from the first reveal */
    int took_back;    /* Alex's take-back on the first card */
    int old_id;
    bool failed, done;
    int shots;
    char shot_tag[16];
} Script;

static inline void fail_step(App *app, Script *s, const char *why) {
    fprintf(stderr, "pads script, step %d (screen %s): %s\n", s->step, screen_top(app) ? screen_top(app)->name : "none",
            why);
    harness_failed++;
    s->failed = true;
    app_quit(app, 3);
}

static inline void press(Script *s, int pad, int button) {
    SDL_JoystickSetVirtualButton(s->pad[pad].js, button, 1);
    s->held_pad = pad;
    s->held_button = button;
}

static inline bool top_is(App *app, const char *name) {
    return screen_top(app) && !strcmp(screen_top(app)->name, name);
}

static inline void next(App *app, Script *s) {
    s->step++;
    s->step_since = app->now;
}

/* Moves the keyboard's focus one step towards the next letter of the word, or types it. */
static inline bool type_step(Script *s) {
    if (!s->word[s->word_pos]) return true;
    char letter[2] = {(char)(s->word[s->word_pos] | 0x20), 0};
    int row, col;
    if (!osk_key_position(letter, &row, &col)) return true;
    int pad = s->word_pad;
    if (row != s->osk_row) {
        bool down = row > s->osk_row;
        if (pad == 1 && down && s->held_axis == 0) {
            /* One move with the left stick, the rest with the d-pad. */
            SDL_JoystickSetVirtualAxis(s->pad[pad].js, SDL_CONTROLLER_AXIS_LEFTY, 32000);
            s->held_axis = 1;
        } else {
            press(s, pad, down ? SDL_CONTROLLER_BUTTON_DPAD_DOWN : SDL_CONTROLLER_BUTTON_DPAD_UP);
        }
        s->osk_row += down ? 1 : -1;
    } else if (col != s->osk_col) {
        bool right = col > s->osk_col;
        press(s, pad, right ? SDL_CONTROLLER_BUTTON_DPAD_RIGHT : SDL_CONTROLLER_BUTTON_DPAD_LEFT);
        s->osk_col += right ? 1 : -1;
    } else {
        press(s, pad, SDL_CONTROLLER_BUTTON_A); /* "yes" on Xbox and PlayStation pads */
        s->word_pos++;
    }
    return false;
}

static inline void begin_word(Script *s, int pad, const char *word) {
    s->word = word;
    s->word_pos = 0;
    s->word_pad = pad;
    s->osk_row = OSK_START_ROW;
    s->osk_col = OSK_START_COL;
}

static inline int pick_for(const App *app, int player) {
    int n = session_option_count(app->game->session);
    int want = player == 0 ? 1 : 3; /* Alex: Fine; Sam: Uneasy, let's talk */
    return want <= n ? want : n;
}

static const int ANSWER_BUTTON[5] = {0, SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B, SDL_CONTROLLER_BUTTON_X,
                                     SDL_CONTROLLER_BUTTON_Y};

/* The card loop: intro, card, reveal until the summary; on the second card, Alex's
 * pad is unplugged after Alex locks in, then plugged back; then a third pad turns up. */
static inline bool play_step(App *app, Script *s) {
    Session *ss = app->game->session;
    if (top_is(app, "summary")) return true;
    if (top_is(app, "intro")) {
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        return false;
    }
    /* From the first reveal: either player's Start calls the break and takes it back
     * off; Back opens the session menu and the family's "no" closes it. */
    switch (s->overlays) {
    case 0:
        if (!top_is(app, "reveal") || app->now - app->screen_since < 300) break;
        press(s, 1, SDL_CONTROLLER_BUTTON_START);
        s->overlays++;
        return false;
    case 1:
        if (!top_is(app, "break")) return false;
        CHECK(ss->on_break);
        press(s, 0, SDL_CONTROLLER_BUTTON_START);
        s->overlays++;
        return false;
    case 2:
        if (!top_is(app, "reveal")) return false;
        press(s, 0, SDL_CONTROLLER_BUTTON_BACK);
        s->overlays++;
        return false;
    case 3:
        if (!top_is(app, "menu")) return false;
        press(s, 1, SDL_CONTROLLER_BUTTON_B); /* Circle */
        s->overlays++;
        return false;
    case 4:
        if (!top_is(app, "reveal")) return false;
        s->overlays++;
        break;
    default: break;
    }
    if (top_is(app, "reveal")) {
        if (app->now - app->screen_since < 300) return false;
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        return false;
    }
    if (!ss || !(top_is(app, "card") || top_is(app, "reconnect"))) return false;
    if (ss->phase != PHASE_PICK && ss->phase != PHASE_COUNTDOWN) return false;
    if (s->phase == 0 && top_is(app, "card") && ss->phase == PHASE_PICK) {
        s->cards++;
        s->phase = 1;
    }
    bool second = s->cards == 2 && !s->unplugged;
    switch (s->phase) {
    case 1: /* Alex answers */
        if (s->took_back == 1) {
            CHECK(!session_locked(ss, 0)); /* the left shoulder took the pick back */
            s->took_back = 2;
            return false;
        }
        if (!session_locked(ss, 0)) {
            if (app->now - app->screen_since > 250) press(s, 0, ANSWER_BUTTON[pick_for(app, 0)]);
            return false;
        }
        CHECK(s->pad[0].rumbles > 0); /* the lock-in buzz */
        if (s->took_back == 0) {
            press(s, 0, SDL_CONTROLLER_BUTTON_LEFTSHOULDER); /* take it back, then answer again */
            s->took_back = 1;
            return false;
        }
        s->phase = second ? 10 : 2;
        return false;
    case 2: /* Sam answers; the countdown runs to the reveal */
        if (!session_locked(ss, 1))
            press(s, 1, ANSWER_BUTTON[pick_for(app, 1)]);
        else
            s->phase = 3;
        return false;
    case 3:
        /* Waiting for the reveal (the hook resets the loop there), or the card asks a
         * second question ("if your partner did it"). */
        if (top_is(app, "card") && ss->phase == PHASE_PICK && !session_locked(ss, 0) && !session_locked(ss, 1))
            s->phase = 1;
        return false;
    case 10: /* mid-pick: Alex's controller goes */
        s->old_id = s->pad[0].id;
        s->unplugged = true;
        vpad_detach(&s->pad[0]);
        s->phase = 11;
        return false;
    case 11:
        if (!top_is(app, "reconnect")) return false;
        /* The game waits; nothing is lost. */
        CHECK_INT(app->pads.seat[0].state, SEAT_LOST);
        CHECK(session_locked(ss, 0));
        CHECK_INT(ss->phase, PHASE_PICK);
        screen_request_shot(app, "reconnect");
        /* A duplicate "added" for Sam's pad changes nothing. */
        SDL_Event dup;
        SDL_zero(dup);
        dup.type = SDL_CONTROLLERDEVICEADDED;
        dup.cdevice.which = vpad_index(&s->pad[1]);
        SDL_PushEvent(&dup);
        s->phase = 12;
        return false;
    case 12:
        if (app->now - s->step_since < 200) return false;
        CHECK_INT(app->pads.n_known, 1);
        vpad_attach(&s->pad[0]);
        CHECK(s->pad[0].id != s->old_id);
        s->phase = 13;
        return false;
    case 13:
        if (!top_is(app, "card")) return false;
        /* Back in the same seat, under its new instance id, still locked in. */
        CHECK_INT(app->pads.seat[0].state, SEAT_PAD);
        CHECK_INT(app->pads.seat[0].id, s->pad[0].id);
        CHECK(session_locked(ss, 0));
        CHECK_INT(s->pad[0].player_index, 0);
        vpad_attach(&s->pad[2]);
        s->phase = 14;
        return false;
    case 14:
        if (app->pads.n_known < 3) return false;
        press(s, 2, SDL_CONTROLLER_BUTTON_B); /* "yes" on the Switch pad */
        s->phase = 15;
        return false;
    case 15:
        CHECK_STR(app->toast, "Two players are already seated.");
        CHECK_INT(pads_unseated_count(&app->pads, NULL), 1);
        screen_request_shot(app, "third-pad");
        vpad_detach(&s->pad[2]);
        s->phase = 2;
        return false;
    default: return false;
    }
}

static inline void hook(App *app, void *ctx) {
    Script *s = ctx;
    if (s->held_pad >= 0) {
        SDL_JoystickSetVirtualButton(s->pad[s->held_pad].js, s->held_button, 0);
        s->held_pad = -1;
        return;
    }
    if (s->held_axis) {
        SDL_JoystickSetVirtualAxis(s->pad[1].js, SDL_CONTROLLER_AXIS_LEFTY, 0);
        s->held_axis = 0;
        return;
    }
    if (s->done || s->failed) return;
    if (app->now > RUN_TIMEOUT_MS) {
        fail_step(app, s, "the whole run took too long");
        return;
    }
    if (app->now - s->step_since > STEP_TIMEOUT_MS) {
        fail_step(app, s, "timed out");
        return;
    }
    /* Reset the card loop once a reveal shows. */
    if (top_is(app, "reveal") && s->phase == 3) s->phase = 0;
    switch (s->step) {
    case 0: /* the title: plug in two controllers */
        if (!top_is(app, "title") || app->now < 300) return;
        vpad_attach(&s->pad[0]);
        vpad_attach(&s->pad[1]);
        next(app, s);
        return;
    case 1:
        if (app->pads.n_known < 2) return;
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Play */
        next(app, s);
        return;
    case 2:
        if (!top_is(app, "join")) return;
        CHECK(!app->tv);
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Alex joins */
        next(app, s);
        return;
    case 3:
        if (app->pads.seat[0].state != SEAT_PAD) return;
        CHECK(app->tv); /* a controller joined: TV layout */
        screen_request_shot(app, "join-one");
        press(s, 1, SDL_CONTROLLER_BUTTON_A); /* Sam joins */
        next(app, s);
        return;
    case 4:
        if (app->pads.seat[1].state != SEAT_PAD) return;
        screen_request_shot(app, "join-both");
        CHECK_INT(s->pad[0].player_index, 0);
        CHECK_INT(s->pad[1].player_index, 1);
        press(s, 1, SDL_CONTROLLER_BUTTON_START); /* on to setup */
        next(app, s);
        return;
    case 5: /* setup: down wraps from Start to Player 1's name */
        if (!top_is(app, "setup")) return;
        /* The lights show each player's colour. */
        CHECK(s->pad[0].leds > 0 && s->pad[1].leds > 0);
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 6:
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 7:
        if (!top_is(app, "keyboard")) return;
        begin_word(s, 0, "alex");
        next(app, s);
        return;
    case 8:
        if (type_step(s)) {
            CHECK_STR(app->settings.names[0], "Alex");
            press(s, 0, SDL_CONTROLLER_BUTTON_START); /* done */
            next(app, s);
        }
        return;
    case 9:
        if (!top_is(app, "setup")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN); /* Player 2's name */
        next(app, s);
        return;
    case 10:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 11:
        if (!top_is(app, "keyboard")) return;
        begin_word(s, 1, "samx");
        next(app, s);
        return;
    case 12:
        if (type_step(s)) {
            CHECK_STR(app->settings.names[1], "Samx");
            screen_request_shot(app, "keyboard-typed");
            press(s, 1, SDL_CONTROLLER_BUTTON_X); /* Square deletes */
            next(app, s);
        }
        return;
    case 13:
        CHECK_STR(app->settings.names[1], "Sam");
        press(s, 1, SDL_CONTROLLER_BUTTON_B); /* Circle: done too */
        next(app, s);
        return;
    case 14: /* Length: down 3, then left 4 (6 scenarios down to 2) */
    case 15:
    case 16:
        if (!top_is(app, "setup")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 17:
    case 18:
    case 19:
    case 20:
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_LEFT);
        next(app, s);
        return;
    case 21:
        CHECK_INT(app->game->setup.length, 2);
        /* Up from Length wraps round to the buttons: 5 up reaches Start. */
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_UP);
        next(app, s);
        return;
    case 22:
    case 23:
    case 24:
    case 25:
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_UP);
        next(app, s);
        return;
    case 26:
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Start */
        next(app, s);
        return;
    case 27:
        if (!app->game->session) return;
        CHECK_STR(session_name(app->game->session, 0), "Alex");
        CHECK_STR(session_name(app->game->session, 1), "Sam");
        next(app, s);
        return;
    case 28:
        if (play_step(app, s)) next(app, s);
        return;
    case 29: /* the summary: save it, then Done */
        if (app->now - app->screen_since < 300) return;
        CHECK(s->cards >= 2);
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 30:
        if (strncmp(app->game->note, "Saved", 5) != 0) return;
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* focus moved to Done */
        next(app, s);
        return;
    case 31: /* the title: down to Quit */
    case 32:
    case 33:
        if (!top_is(app, "title")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 34:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 35:
        if (!top_is(app, "quit")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_RIGHT); /* Leave */
        next(app, s);
        return;
    case 36:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        s->done = true;
        return;
    default: return;
    }
}

/* The newest file in dir ending in suffix, read whole; NULL when none. */

static inline bool has_shot(const char *dir, const char *name) {
    DIR *d = opendir(dir);
    if (!d) return false;
    bool found = false;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, name)) found = true;
    closedir(d);
    return found;
}

static inline char *run_session(int w, int h, const char *tag, char **replay_out) {
    char *data = temp_dir(tag);
    char shots[600], rec[600], decks[600];
    snprintf(shots, sizeof shots, "%s/../shots-%s", data, tag);
    snprintf(rec, sizeof rec, "%s/../%s.replay", data, tag);
    snprintf(decks, sizeof decks, "%s", GA_FIXTURES "/good");
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", shots);
    if (system(cmd) != 0) return NULL;
    Script s;
    memset(&s, 0, sizeof s);
    s.pad[0] = (VPad){0x045e, 0x02ea, "Virtual pad one", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.pad[1] = (VPad){0x054c, 0x0ce6, "Virtual pad two", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.pad[2] = (VPad){0x057e, 0x2009, "Virtual pad three", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.held_pad = -1;
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = data;
    opt.decks_dir = decks;
    opt.screenshot_dir = shots;
    opt.record_path = rec;
    opt.width = w;
    opt.height = h;
    opt.windowed = true;
    opt.has_seed = true;
    opt.seed = 7;
    opt.frame_hook = hook;
    opt.hook_ctx = &s;
    int code = app_run(&opt);
    CHECK_INT(code, 0);
    CHECK(s.done);
    CHECK(!s.failed);
    CHECK(has_shot(shots, "-join"));
    CHECK(has_shot(shots, "-join-both"));
    CHECK(has_shot(shots, "-keyboard"));
    CHECK(has_shot(shots, "-card"));
    CHECK(has_shot(shots, "-reveal"));
    CHECK(has_shot(shots, "-reconnect"));
    CHECK(has_shot(shots, "-summary"));
    char sum_dir[700];
    snprintf(sum_dir, sizeof sum_dir, "%s/summaries", data);
    char *md = read_newest(sum_dir, ".md");
    CHECK(md != NULL);
    if (md) {
        CHECK(strstr(md, "# Gray Area: Alex & Sam") != NULL);
        /* Alex answered Fine and Sam Uneasy throughout: two steps apart about each act. */
        CHECK(strstr(md, "  - If Alex did it: Alex: Fine · Sam: Uneasy, let's talk (Different views)\n") != NULL);
        CHECK(strstr(md, "  - If Sam did it: Alex: Fine · Sam: Uneasy, let's talk (Different views)\n") != NULL);
    }
    if (replay_out) *replay_out = strdup(rec);
    return md;
}

#endif
